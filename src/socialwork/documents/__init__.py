"""Legal document drafts rendered from .docx templates (docxtpl syntax).

Public API (``docs/documents.md``):

* :func:`templates` — every registered :class:`TemplateSpec` (built-in and plugins);
* :func:`render` — ``render(template_name, obj, *, fmt="docx", on=None) -> bytes``;
* :func:`context` — the exact render context (the object under its model's snake_case tag,
  ``on``, the Polish helpers, plugin additions);
* :func:`environment` — the sandboxed, autoescaping, strict Jinja environment;
* :class:`Converter` — an output format (the built-in ``pdf`` uses LibreOffice);
* :func:`lint_template` / :func:`lint_file` — check a template's variables against its
  model (``socialwork lint-templates``);
* :func:`render_template` — any docxtpl template (a path or .docx bytes) with a dict context;
* :func:`image` — a picture to print (``{{ herb }}``); :class:`TemplateFilter` /
  :class:`TemplateGlobal` — what plugins register through ``register_filters``.

See ``docs/documents.md`` (engine) and ``docs/templates.md`` (writing templates).
"""

from __future__ import annotations

from socialwork.documents.catalog import EXAMPLES_DIR, TEMPLATES_DIR, builtin_templates
from socialwork.documents.engine import (
    context,
    converter,
    get_template,
    model_class,
    model_tag,
    render,
    templates,
)
from socialwork.documents.environment import environment
from socialwork.documents.errors import (
    ConversionError,
    ConverterUnavailableError,
    DocumentError,
    MissingDataError,
    OutputError,
    OutputExistsError,
    TemplateDefinitionError,
    UnknownFormatError,
    UnknownTemplateError,
    UnsupportedFeatureError,
    WrongModelError,
)
from socialwork.documents.extensions import TemplateFilter, TemplateGlobal
from socialwork.documents.images import Image, image
from socialwork.documents.lint import LintProblem, lint_file
from socialwork.documents.lint import lint as lint_template
from socialwork.documents.pdf import PDF
from socialwork.documents.spec import Converter, TemplateSpec
from socialwork.documents.standalone import render_template

__all__ = [
    "BUILTIN_CONVERTERS",
    "BUILTIN_TEMPLATES",
    "EXAMPLES_DIR",
    "TEMPLATES_DIR",
    "ConversionError",
    "Converter",
    "ConverterUnavailableError",
    "DocumentError",
    "Image",
    "LintProblem",
    "MissingDataError",
    "OutputError",
    "OutputExistsError",
    "TemplateDefinitionError",
    "TemplateFilter",
    "TemplateGlobal",
    "TemplateSpec",
    "UnknownFormatError",
    "UnknownTemplateError",
    "UnsupportedFeatureError",
    "WrongModelError",
    "context",
    "converter",
    "environment",
    "get_template",
    "image",
    "lint_file",
    "lint_template",
    "model_class",
    "model_tag",
    "render",
    "render_template",
    "templates",
]

BUILTIN_TEMPLATES: tuple[TemplateSpec, ...] = builtin_templates()
"""The core templates (``socialwork/templates/*.docx`` with their ``*.meta.json``),
registered by the built-in plugin."""

BUILTIN_CONVERTERS: tuple[Converter, ...] = (PDF,)
"""The core converters (``pdf``), registered by the built-in plugin."""
