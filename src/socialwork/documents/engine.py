"""The public rendering API: :func:`templates`, :func:`context`, :func:`render`.

``render`` is pure — model object + template → bytes — and deterministic: the same object,
template and date give byte-identical .docx files. Conversion to other formats (PDF) goes
through the registered :class:`~socialwork.documents.spec.Converter` of that format.
"""

from __future__ import annotations

import datetime as dt
import difflib
from typing import Any

from socialwork.documents.compiler import CompiledTemplate, load_template
from socialwork.documents.environment import environment
from socialwork.documents.errors import (
    ConversionError,
    TemplateDefinitionError,
    UnknownFormatError,
    UnknownTemplateError,
    WrongModelError,
)
from socialwork.documents.extensions import plugin_globals
from socialwork.documents.polish import GLOBALS
from socialwork.documents.spec import Converter, TemplateSpec
from socialwork.errors import InputError, SocialworkError
from socialwork.law.profiles import Profile, apply_defaults, use_profile
from socialwork.model.spec import case_date, loaded_class, snake_case
from socialwork.model.spec import model_tag as tag_of_object
from socialwork.plugins import get_registry, run_after_render, run_extend_context

__all__ = [
    "compiled",
    "context",
    "converter",
    "environment",
    "get_template",
    "model_class",
    "model_tag",
    "model_tag_of",
    "render",
    "template_listing",
    "templates",
]

DOCX = "docx"


def templates() -> list[TemplateSpec]:
    """Every registered template (built-in and from plugins), sorted by name."""
    table = get_registry().templates
    return [table[name] for name in sorted(table)]


def template_listing() -> list[dict[str, Any]]:
    """Every template as JSON-ready data — ``name``, ``title``, ``model``, ``plugin``,
    ``example`` (path or null), ``path`` — what ``socialwork templates --json`` prints and
    ``GET /templates`` answers."""
    table = get_registry().templates
    return [
        {
            "name": spec.name,
            "title": spec.title,
            "model": model_tag(spec),
            "plugin": table.owner(spec.name),
            "example": str(spec.example) if spec.example is not None else None,
            "path": str(spec.path),
        }
        for spec in templates()
    ]


def get_template(name: str | TemplateSpec) -> TemplateSpec:
    """The template registered under ``name``; an unknown name is an
    :class:`UnknownTemplateError` listing the available ones."""
    if isinstance(name, TemplateSpec):
        return name
    table = get_registry().templates
    if name in table:
        spec: TemplateSpec = table[name]
        return spec
    close = difflib.get_close_matches(str(name), list(table), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    available = ", ".join(sorted(table)) or "none"
    raise UnknownTemplateError(
        f"unknown template {name!r}{hint} (available: {available}; see `socialwork templates`)"
    )


def model_tag_of(obj: object) -> str:
    """The type tag of a model object (``referral``, ``social_contract``…): its name in the
    render context; an unregistered class gets its snake_case class name."""
    try:
        return tag_of_object(obj)
    except Exception:  # not a registered model: fall back to the class name
        return snake_case(type(obj).__name__)


def _from_plugin(spec: TemplateSpec) -> str:
    """`` (plugin 'acme')`` when ``spec`` is the registered template of that name."""
    table = get_registry().templates
    if table.get(spec.name) is spec:
        return f" (plugin {table.owner(spec.name)!r})"
    return ""


def model_class(spec: TemplateSpec) -> type:
    """The model class of ``spec`` (a type tag is looked up in the models registry)."""
    if isinstance(spec.model, type):
        return spec.model
    models = get_registry().models
    if spec.model not in models:
        known = ", ".join(sorted(models)) or "none"
        raise UnknownTemplateError(
            f"template {spec.name!r}{_from_plugin(spec)} is written for model "
            f"{spec.model!r}, which no installed plugin registers (registered models: "
            f"{known}); install the plugin that defines it"
        )
    cls = models[spec.model].cls
    assert isinstance(cls, type)
    return cls


def model_tag(spec: TemplateSpec) -> str:
    """The variable name under which ``spec``'s object appears in its context: the model's
    registered type tag (``referral``), else the snake_case class name."""
    if isinstance(spec.model, str):
        return spec.model
    for model_spec in get_registry().models.values():
        if loaded_class(model_spec) is spec.model:  # loads no other model's module
            return str(model_spec.tag)
    return snake_case(spec.model.__name__)


def _document_date(obj: object, on: dt.date | None) -> dt.date:
    if on is not None:
        if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
            raise InputError(
                f"the document date on= must be a datetime.date, got {type(on).__name__}"
            )
        return on
    return case_date(obj) or dt.date.today()


def context(
    template_name: str | TemplateSpec,
    obj: object,
    *,
    on: dt.date | None = None,
    final: bool = False,
    profile: str | Profile | None = None,
) -> dict[str, Any]:
    """The exact render context of ``template_name`` for ``obj``.

    Keys: the object under its model's snake_case tag (``referral``, ``social_contract``…),
    ``on`` (the document date: ``on=`` if given, else the case's own date — the field its
    model declares as ``ModelSpec.date_field``, see :func:`socialwork.model.spec.case_date`,
    the same date :func:`socialwork.validate` checks the case on — else today),
    ``final`` (``True`` for the document that is signed and sent: templates then print no
    draft marker and no note for the worker; ``False``, the default, for a draft),
    ``template`` (``{"name", "title"}``), ``letterhead`` (``None``; a
    plugin may set it to ``{"name", "lines", "text"}`` and the core templates then print it
    instead of the centre's own name and address), every Polish helper function
    (``date_pl``, ``money``, ``plural``… — also available as filters), the globals plugins
    register (``register_filters``), and whatever plugins add through the ``extend_context``
    hook (which cannot replace the other core keys).

    ``profile`` (a gmina's profile, by name or object; default: the one in force) sets
    ``letterhead`` to the profile's and fills its default signatory and appeal body into a
    case that has none (:mod:`socialwork.law.profiles`).
    """
    with use_profile(profile) as chosen:
        return _context(template_name, obj, on=on, final=final, profile=chosen)


def _context(
    template_name: str | TemplateSpec,
    obj: object,
    *,
    on: dt.date | None,
    final: bool,
    profile: Profile | None,
) -> dict[str, Any]:
    spec = get_template(template_name)
    cls = model_class(spec)
    if not isinstance(obj, cls):
        got = type(obj).__name__
        raise WrongModelError(
            f"template {spec.name!r} is written for a {model_tag(spec)} ({cls.__name__}); "
            f"got {got}; load the matching case or choose another template "
            "(`socialwork templates` lists each template's model)"
        )
    obj = apply_defaults(obj, profile)
    result: dict[str, Any] = dict(GLOBALS)
    result.update(plugin_globals())
    result.update(
        {
            "on": _document_date(obj, on),
            "final": bool(final),
            "template": {"name": spec.name, "title": spec.title},
            "letterhead": None,
            model_tag(spec): obj,
        }
    )
    run_extend_context(spec, obj, result)
    if profile is not None and profile.letterhead is not None:
        # The profile chosen for this call wins over a plugin's process-wide letterhead.
        result["letterhead"] = profile.letterhead.as_context()
    return result


def compiled(spec: TemplateSpec) -> CompiledTemplate:
    """The compiled form of ``spec``'s .docx (compiled once per file version), with Polish
    typography (:mod:`socialwork.documents.typography`)."""
    if not spec.path.is_file():
        raise TemplateDefinitionError(
            f"template {spec.name!r}{_from_plugin(spec)}: its .docx file {spec.path} does not "
            "exist; reinstall the plugin that provides it"
        )
    try:
        return load_template(spec.path, spec.name, typography=True)
    except TemplateDefinitionError as exc:
        raise _naming_plugin(spec, exc) from None


def _naming_plugin(spec: TemplateSpec, exc: TemplateDefinitionError) -> TemplateDefinitionError:
    """``exc`` with the plugin that registered ``spec`` named after the template's name."""
    plugin = _from_plugin(spec)
    head = f"template {spec.name!r}"
    if not plugin or plugin in exc.message or not exc.message.startswith(head):
        return exc
    return TemplateDefinitionError(head + plugin + exc.message[len(head):], exc.problems)


def _render_compiled(spec: TemplateSpec, values: dict[str, Any]) -> bytes:
    """The .docx of ``spec`` rendered with ``values``; a template that fails in a way the
    compiler does not know is a :class:`TemplateDefinitionError` naming it and its plugin
    (only the exception's type: its message may quote case data)."""
    template = compiled(spec)
    try:
        return template.render(values)
    except TemplateDefinitionError as exc:
        raise _naming_plugin(spec, exc) from None
    except SocialworkError:
        raise
    except Exception as exc:
        raise TemplateDefinitionError(
            f"template {spec.name!r}{_from_plugin(spec)} failed with {type(exc).__name__}; "
            "check the template"
        ) from None


def converter(fmt: str) -> Converter:
    """The registered converter for ``fmt`` (``pdf``…)."""
    table = get_registry().converters
    if fmt in table:
        found: Converter = table[fmt]
        return found
    available = ", ".join([DOCX, *sorted(table)])
    raise UnknownFormatError(f"unknown output format {fmt!r} (available: {available})")


def _convert(convert: Converter, document: bytes) -> bytes:
    try:
        result = convert.convert(document)
    except SocialworkError:  # unavailable, failed, bad input: already says what and where
        raise
    except Exception as exc:  # a converter (maybe a plugin's) failed: report, no traceback
        table = get_registry().converters
        owner = table.owner(convert.name) if convert.name in table else "?"
        raise ConversionError(
            f"the {convert.name!r} converter (plugin {owner!r}) failed with "
            f"{type(exc).__name__}; try again, or render to docx"
        ) from exc
    if not isinstance(result, bytes | bytearray):
        raise ConversionError(
            f"the {convert.name!r} converter returned {type(result).__name__}, not bytes"
        )
    return bytes(result)


def render(
    template_name: str | TemplateSpec,
    obj: object,
    *,
    fmt: str = DOCX,
    on: dt.date | None = None,
    final: bool = False,
    profile: str | Profile | None = None,
) -> bytes:
    """Render ``obj`` with the template ``template_name``; returns the document's bytes.

    ``fmt`` is ``"docx"`` or the name of a registered converter (``"pdf"``). ``on`` is the
    document date (see :func:`context`). ``final=False`` (the default) renders a draft: the
    draft marker "PROJEKT" in the header and the notes for the worker as Word comments;
    ``final=True`` renders the document to sign and send: no marker, no notes. Bad input raises an
    :class:`~socialwork.errors.InputError` subclass: unknown template or format, a case of
    the wrong model, data the template needs but the case lacks. ``profile`` is a gmina's
    profile (see :func:`context`): its letterhead, defaults and local figures.
    """
    spec = get_template(template_name)
    fmt = fmt.lower() if isinstance(fmt, str) else fmt
    convert = None if fmt == DOCX else converter(fmt)
    with use_profile(profile):  # figures a template reads are the profile's too
        values = context(spec, obj, on=on, final=final)
        document = _render_compiled(spec, values)
    if convert is not None:
        document = _convert(convert, document)
    run_after_render(spec, obj, document)
    return document

