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

This module only re-exports, and loads each name on first use (PEP 562): importing
``socialwork.documents.spec`` or asking for :class:`TemplateSpec` does not load Jinja, lxml
or python-docx — a command that renders nothing (``socialwork validate``) never pays for them.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from socialwork.documents.catalog import EXAMPLES_DIR, TEMPLATES_DIR
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
    from socialwork.documents.extspec import TemplateFilter, TemplateGlobal
    from socialwork.documents.images import Image, image
    from socialwork.documents.lint import LintProblem, lint_file
    from socialwork.documents.lint import lint as lint_template
    from socialwork.documents.spec import Converter, TemplateSpec
    from socialwork.documents.standalone import render_template

    BUILTIN_TEMPLATES: tuple[TemplateSpec, ...]
    BUILTIN_CONVERTERS: tuple[Converter, ...]

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

_LAZY: dict[str, tuple[str, str]] = {
    **{
        name: ("socialwork.documents.catalog", name)
        for name in ("EXAMPLES_DIR", "TEMPLATES_DIR", "builtin_templates")
    },
    **{
        name: ("socialwork.documents.engine", name)
        for name in (
            "context",
            "converter",
            "get_template",
            "model_class",
            "model_tag",
            "render",
            "templates",
        )
    },
    **{
        name: ("socialwork.documents.errors", name)
        for name in (
            "ConversionError",
            "ConverterUnavailableError",
            "DocumentError",
            "MissingDataError",
            "OutputError",
            "OutputExistsError",
            "TemplateDefinitionError",
            "UnknownFormatError",
            "UnknownTemplateError",
            "UnsupportedFeatureError",
            "WrongModelError",
        )
    },
    "TemplateFilter": ("socialwork.documents.extspec", "TemplateFilter"),
    "TemplateGlobal": ("socialwork.documents.extspec", "TemplateGlobal"),
    "Image": ("socialwork.documents.images", "Image"),
    "image": ("socialwork.documents.images", "image"),
    "LintProblem": ("socialwork.documents.lint", "LintProblem"),
    "lint_file": ("socialwork.documents.lint", "lint_file"),
    "lint_template": ("socialwork.documents.lint", "lint"),
    "PDF": ("socialwork.documents.converters", "PDF"),
    "Converter": ("socialwork.documents.spec", "Converter"),
    "TemplateSpec": ("socialwork.documents.spec", "TemplateSpec"),
    "render_template": ("socialwork.documents.standalone", "render_template"),
}


def _builtin_templates() -> Any:
    from socialwork.documents.catalog import builtin_templates

    return builtin_templates()


def _builtin_converters() -> Any:
    from socialwork.documents.converters import PDF

    return (PDF,)


_COMPUTED = {
    # The core templates (``socialwork/templates/*.docx`` with their ``*.meta.json``),
    # registered by the built-in plugin.
    "BUILTIN_TEMPLATES": _builtin_templates,
    # The core converters (``pdf``), registered by the built-in plugin.
    "BUILTIN_CONVERTERS": _builtin_converters,
}


_computing = threading.Lock()


def __getattr__(name: str) -> Any:
    if name in _COMPUTED:
        with _computing:  # computed once, even when two threads ask at the same time
            if name not in globals():
                globals()[name] = _COMPUTED[name]()
            return globals()[name]
    found = _LAZY.get(name)
    if found is None:
        # ``socialwork.documents.engine`` and the other submodules stay reachable as
        # attributes, as when this module imported them all
        if not name.startswith("_") and importlib.util.find_spec(f"{__name__}.{name}"):
            return importlib.import_module(f"{__name__}.{name}")
        raise AttributeError(f"module 'socialwork.documents' has no attribute {name!r}")
    value = getattr(importlib.import_module(found[0]), found[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY) | set(_COMPUTED) | {"environment"})


if not TYPE_CHECKING:

    class _Facade(types.ModuleType):
        """``socialwork.documents.environment`` is the function, although a submodule has
        that name: importing the submodule (which binds it on its package) must not hide it."""

        @property
        def environment(self):
            from socialwork.documents.environment import environment

            return environment

        @environment.setter
        def environment(self, _module):
            pass  # the import system binding the submodule; it stays in sys.modules

    sys.modules[__name__].__class__ = _Facade
