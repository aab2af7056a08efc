"""JSON Schema (draft 2020-12) of the model types, generated from the attrs classes by the
same rules the strict reading hooks (:mod:`socialwork.serialization.reading`) apply, so the
schema cannot drift from what :func:`~socialwork.serialization.from_json` accepts:

* an object of an attrs class has exactly its ``init`` fields (``additionalProperties:
  false``; a field without a default is ``required``);
* ``str`` → string, ``bool`` → boolean, ``int`` → integer, ``float`` → number (no coercion
  between JSON types); ``Decimal`` → a string of digits (``"823.00"``, never a number);
  ``date`` → a string ``YYYY-MM-DD`` (``format: date``); ``datetime`` → ``format:
  date-time``; an enum → its values; ``Literal`` → its values; ``X | None`` → ``X`` or null;
  ``tuple[X, ...]`` / ``list[X]`` → an array; ``dict[K, V]`` → an object;
* the envelope: ``type`` is the model's tag, ``schema_version`` a whole number from 1 to the
  version this socialwork writes.

What a schema cannot say stays with ``from_json`` (the message and code of each problem:
``docs/errors.md``): PESEL check digits, a real calendar day (a validator that checks
``format`` catches it), the cross-field invariants (dates in order, ids that refer to
something), control characters in text, and a whole number written ``1.0`` where an integer
is expected (JSON Schema counts it as an integer; the reader refuses it). A case valid by
``from_json`` is always valid by the schema.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from socialwork.errors import InputError, Problem
from socialwork.model.spec import ModelSpec, registered_models

__all__ = ["DIALECT", "bundle_schema", "model_schema", "schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
ID_BASE = "https://socialwork.example.invalid/schema/"
"""The ``$id`` prefix of the published schemas (an identifier, not a download address)."""

DECIMAL_PATTERN = r"^-?[0-9]+(\.[0-9]+)?$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


class _Builder:
    """Collects the ``$defs`` of every attrs class met while describing a type."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}
        self._names: dict[type, str] = {}

    def name_of(self, cls: type) -> str:
        if cls in self._names:
            return self._names[cls]
        name = cls.__name__
        taken = set(self._names.values())
        if name in taken:
            name = f"{cls.__module__}.{cls.__qualname__}".replace(".", "_")
        self._names[cls] = name
        return name

    def ref(self, cls: type) -> dict[str, Any]:
        known = cls in self._names
        name = self.name_of(cls)
        if not known:
            self.defs[name] = {}  # placeholder: recursive classes refer to it
            self.defs[name] = self.object_schema(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object_schema(self, cls: type) -> dict[str, Any]:
        attrs.resolve_types(cls)
        fields = [f for f in attrs.fields(cls) if f.init]
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in fields:
            properties[field.name] = self.type_schema(field.type)
            if field.default is attrs.NOTHING:
                required.append(field.name)
        out: dict[str, Any] = {"type": "object", "title": cls.__name__}
        doc = _first_paragraph(cls.__doc__)
        if doc:
            out["description"] = doc
        out["properties"] = properties
        if required:
            out["required"] = required
        out["additionalProperties"] = False
        return out

    def type_schema(self, t: Any) -> dict[str, Any]:
        if t is Any or t is None or t is object:
            return {} if t is not None else {"type": "null"}
        if t is type(None):
            return {"type": "null"}
        if t is bool:
            return {"type": "boolean"}
        if t is int:
            return {"type": "integer"}
        if t is float:
            return {"type": "number"}
        if t is str:
            return {"type": "string"}
        if t is Decimal:
            return {
                "type": "string",
                "pattern": DECIMAL_PATTERN,
                "description": 'an amount written as a string, e.g. "823.00"',
            }
        if t is dt.datetime:
            return {"type": "string", "format": "date-time"}
        if t is dt.date:
            return {"type": "string", "format": "date", "pattern": DATE_PATTERN}
        if isinstance(t, type) and issubclass(t, enum.Enum):
            return {"enum": [m.value for m in t]}
        if isinstance(t, type) and attrs.has(t):
            return self.ref(t)
        origin: Any = typing.get_origin(t)
        args = typing.get_args(t)
        if origin is typing.Literal:
            return {"enum": list(args)}
        if origin in (typing.Union, types.UnionType):
            members = [self.type_schema(a) for a in args]
            return members[0] if len(members) == 1 else {"anyOf": members}
        if origin in (tuple, list):
            if origin is list or (len(args) == 2 and args[1] is Ellipsis):
                return {"type": "array", "items": self.type_schema(args[0]) if args else {}}
            return {
                "type": "array",
                "prefixItems": [self.type_schema(a) for a in args],
                "items": False,
            }
        if origin in (dict, Mapping) or t is dict:
            value_type = args[1] if len(args) == 2 else Any
            return {"type": "object", "additionalProperties": self.type_schema(value_type)}
        # A type with a plugin's own structure hook: the schema cannot describe it.
        return {"description": f"{getattr(t, '__name__', str(t))} (read by a custom hook)"}


def _first_paragraph(doc: str | None) -> str:
    if not doc:
        return ""
    return " ".join(doc.strip().split("\n\n", 1)[0].split())


def _envelope(builder: _Builder, spec: ModelSpec) -> dict[str, Any]:
    body = builder.object_schema(spec.cls)
    properties = {
        "type": {"const": spec.tag},
        "schema_version": {"type": "integer", "minimum": 1, "maximum": spec.schema_version},
        **body["properties"],
    }
    out: dict[str, Any] = {
        "type": "object",
        "title": f"{spec.tag} ({spec.cls.__name__})",
    }
    description = spec.description or body.get("description", "")
    if description:
        out["description"] = description
    out["properties"] = properties
    out["required"] = ["type", "schema_version", *body.get("required", ())]
    out["additionalProperties"] = False
    return out


def _models(models: Iterable[ModelSpec] | None) -> dict[str, ModelSpec]:
    if models is None:
        return dict(registered_models())
    return {spec.tag: spec for spec in models}


def _unknown(tag: object, known: Iterable[str]) -> InputError:
    listed = ", ".join(sorted(known))
    return InputError(
        f"unknown model type {tag!r}",
        (Problem("$.type", f"unknown model type; use one of: {listed}", "model.unknown"),),
    )


def model_schema(tag: str, *, models: Iterable[ModelSpec] | None = None) -> dict[str, Any]:
    """The JSON Schema of the model type ``tag`` (``"decision"``, a plugin's tag…), with the
    classes it contains in ``$defs``. An unknown tag is an :class:`InputError`
    (code ``model.unknown``)."""
    table = _models(models)
    if not isinstance(tag, str) or tag not in table:
        raise _unknown(tag, table)
    builder = _Builder()
    root = _envelope(builder, table[tag])
    return {
        "$schema": DIALECT,
        "$id": f"{ID_BASE}{tag}.json",
        **root,
        "$defs": dict(sorted(builder.defs.items())),
    }


def bundle_schema(*, models: Iterable[ModelSpec] | None = None) -> dict[str, Any]:
    """One schema for every model type: the case is one of them (``oneOf`` by its ``type``);
    each model is ``$defs/<tag>``, the classes inside them ``$defs/<ClassName>``."""
    table = _models(models)
    builder = _Builder()
    roots = {tag: _envelope(builder, table[tag]) for tag in sorted(table)}
    clash = set(roots) & set(builder.defs)
    if clash:  # a class named like a tag: keep the tag and rename the class def
        raise InputError(f"schema: model tags clash with class names: {sorted(clash)}")
    return {
        "$schema": DIALECT,
        "$id": f"{ID_BASE}socialwork.json",
        "title": "socialwork case",
        "description": "Any socialwork model object in its JSON envelope "
        '({"type": <tag>, "schema_version": <n>, ...}).',
        "oneOf": [{"$ref": f"#/$defs/{tag}"} for tag in roots],
        "$defs": {**roots, **dict(sorted(builder.defs.items()))},
    }


def schema(tag: str | None = None, *, models: Iterable[ModelSpec] | None = None) -> Any:
    """The schema of model ``tag``, or of all registered models as one bundle (``None``)."""
    return bundle_schema(models=models) if tag is None else model_schema(tag, models=models)
