"""The envelope: a model object as a flat JSON object tagged with its type and schema
version, and back::

    {"type": "<tag>", "schema_version": 1, ...the object's fields...}

The ``type`` tag is looked up among the registered model types
(:mod:`socialwork.model.spec`), so model types registered by plugins load and write the same
way as the core's. Every field is written, so a round trip is exact.
"""

from __future__ import annotations

from typing import Any

from socialwork.errors import InputError, Problem
from socialwork.model.spec import ENVELOPE_KEYS, registered_models, spec_for
from socialwork.serialization.conversion import converter
from socialwork.serialization.reading import structure
from socialwork.serialization.values import StrictDict, json_type
from socialwork.serialization.writing import unstructure

__all__ = ["from_data", "to_data"]


def to_data(obj: object) -> dict[str, Any]:
    """The JSON-ready dict of ``obj`` with its envelope (``type``, ``schema_version``).

    What :func:`from_data` would refuse is not written: a Decimal or float that is not finite
    (NaN, Infinity) or a text with a control character (other than tab, new line and carriage
    return) raises :class:`~socialwork.errors.InputError` naming every such path. A Decimal in
    exponent notation (``Decimal("1E+3")``) is written in plain notation (``"1000"``), which
    is the same value.
    """
    spec = spec_for(obj)
    body = unstructure(converter, obj, spec.cls, name=spec.tag)
    return {"type": spec.tag, "schema_version": spec.schema_version, **body}


def from_data(data: object) -> object:
    """Build a model object from an already-parsed JSON value (a dict with the envelope).

    Raises :class:`~socialwork.errors.InputError` listing every problem with its JSON path.
    """
    if not isinstance(data, dict):
        raise InputError(
            "not a socialwork object",
            (
                Problem(
                    "$",
                    "expected a JSON object with 'type' and 'schema_version', "
                    f"got {json_type(data)}",
                    "type.wrong",
                ),
            ),
        )
    models = registered_models()
    tag = data.get("type")
    known = ", ".join(sorted(models))
    if not isinstance(tag, str) or tag not in models:
        what = "missing" if tag is None else "unknown"
        raise InputError(
            f"{what} model type",
            (Problem("$.type", f"{what} model type; use one of: {known}", f"model.{what}"),),
        )
    spec = models[tag]
    version = data.get("schema_version")
    if version is None:
        raise InputError(
            "missing schema version",
            (
                Problem(
                    "$.schema_version", f"required; write {spec.schema_version}", "key.missing"
                ),
            ),
        )
    if isinstance(version, bool) or not isinstance(version, int):
        raise InputError(
            "bad schema version",
            (
                Problem(
                    "$.schema_version",
                    f"expected a whole number, got {json_type(version)}; write "
                    f"{spec.schema_version} (the version of '{tag}' this socialwork writes)",
                    "type.wrong",
                ),
            ),
        )
    if version > spec.schema_version:
        shown = f"version {version}" if version < 10**6 else "the version"
        raise InputError(
            "unsupported schema version",
            (
                Problem(
                    "$.schema_version",
                    f"{shown} of '{tag}' is newer than this socialwork supports "
                    f"({spec.schema_version}); upgrade socialwork, or write "
                    f"{spec.schema_version} if the number is a typo",
                    "schema_version.unsupported",
                ),
            ),
        )
    if version < 1:
        raise InputError(
            "unsupported schema version",
            (
                Problem(
                    "$.schema_version",
                    f"must be between 1 and {spec.schema_version}",
                    "schema_version.unsupported",
                ),
            ),
        )
    body = StrictDict({k: v for k, v in data.items() if k not in ENVELOPE_KEYS})
    body.duplicates = tuple(k for k in getattr(data, "duplicates", ()))
    return structure(converter, body, spec.cls, name=tag)
