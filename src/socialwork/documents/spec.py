"""What the core and plugins register for documents: :class:`TemplateSpec` and
:class:`Converter` (the ``templates`` and ``converters`` tables of the plugin registry)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs

from socialwork.plugins.kinds import declare

__all__ = ["Converter", "TemplateSpec"]

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def _name(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _NAME.match(value):
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name} must be a name of letters, digits, "
            f"'-', '_' or '.', starting with a letter or digit (it is used as a file name); "
            f"got {value!r}"
        )


def _model(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, type) or (isinstance(value, str) and value):
        return
    raise TypeError(
        f"TemplateSpec.model must be the model class (or its registered type tag), "
        f"got {value!r}"
    )


def _optional_path(value: object) -> Path | None:
    if value is None:
        return None
    return Path(value)  # type: ignore[arg-type]


@attrs.frozen
class TemplateSpec:
    """A document template, as the core or a plugin registers it.

    * ``name`` — unique name, used on the command line and as the output file name
      (``skierowanie``, ``acme-upomnienie``);
    * ``path`` — the .docx template (ship it inside your package);
    * ``model`` — the model class the template is written for (e.g.
      ``socialwork.model.Referral``; recommended), or the type tag a ``ModelSpec``
      registered for it (``"referral"``); the object is available in the template under its
      registered type tag;
    * ``title`` — the document's Polish title, shown by ``socialwork templates``;
    * ``example`` — optional (``None`` allowed): a JSON example case (``socialwork.to_json``
      format) rendered by ``socialwork demo`` and used by the template lint.

    A ``path`` that is not a file or a ``model`` tag no plugin registers is reported when the
    plugins load (``PluginWarning``) and makes rendering fail with a message saying so.
    """

    name: str = attrs.field(validator=_name)
    path: Path = attrs.field(converter=Path)
    model: type | str = attrs.field(validator=_model)
    title: str = attrs.field(validator=attrs.validators.instance_of(str))
    example: Path | None = attrs.field(default=None, converter=_optional_path)


def _converter_call(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not callable(value):
        raise TypeError("Converter.convert must be callable: convert(docx_bytes) -> bytes")


@attrs.frozen
class Converter:
    """An output format: ``convert(docx_bytes) -> bytes``.

    Required: ``name``, the format name used by ``render(…, fmt=name)`` and ``--format``, and
    ``convert``. Optional: ``title`` (a description), ``media_type`` (the MIME type, default
    ``application/octet-stream``), ``extension`` (the output file suffix with its dot,
    default ``"." + name``; ``socialwork render -o`` picks the format by it).
    ``convert`` raises :class:`~socialwork.documents.errors.ConverterUnavailableError` when
    its external program is missing and
    :class:`~socialwork.documents.errors.ConversionError` when the conversion fails.
    """

    name: str = attrs.field(validator=_name)
    convert: Callable[[bytes], bytes] = attrs.field(validator=_converter_call)
    title: str = ""
    media_type: str = "application/octet-stream"
    extension: str = attrs.field()

    @extension.default
    def _default_extension(self) -> str:
        return f".{self.name}"


def template_problems(spec: TemplateSpec, registry: Any) -> Iterator[str]:
    """Why a registered template cannot be rendered: its .docx path is not a file, or its
    model type tag is registered by no plugin. Reported at registration; rendering one of them
    raises an error saying the same."""
    if not spec.path.is_file():
        yield (
            f"template {spec.name!r}: its .docx file {spec.path} does not exist; the template "
            "cannot be rendered (ship the file inside the package and point "
            "TemplateSpec.path at it)"
        )
    if isinstance(spec.model, str) and spec.model not in registry.models:
        yield (
            f"template {spec.name!r} is written for model {spec.model!r}, which no installed "
            "plugin registers; the template cannot be rendered (register a ModelSpec with "
            "that tag, or give the model class)"
        )


declare(
    "templates",
    TemplateSpec,
    public_name="socialwork.documents.TemplateSpec",
    check=template_problems,
)
declare("converters", Converter, public_name="socialwork.documents.Converter")
