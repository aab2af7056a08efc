"""Writing: the unstructure hooks that turn attrs objects into JSON-ready values, refusing
what reading would refuse.

``Decimal`` → its exact string in plain notation (``"823.00"``), ``date`` → ISO
``"2026-11-22"``, ``datetime`` → ISO 8601, enums → their value. A Decimal or float that is
not finite (NaN, Infinity) or a text with a control character (other than tab, new line and
carriage return) is not written: :func:`unstructure` names every such path instead.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs
import cattrs

from socialwork.errors import InputError, Problem
from socialwork.model._base import text_problem
from socialwork.serialization.values import key_path

__all__ = ["install_unstructure_hooks", "unstructure"]


def install_unstructure_hooks(conv: cattrs.Converter) -> None:
    """Install the unstructure hooks on ``conv`` (they work for any attrs class)."""
    conv.register_unstructure_hook(Decimal, _unstructure_decimal)
    conv.register_unstructure_hook(str, _unstructure_str)
    conv.register_unstructure_hook(float, _unstructure_float)
    conv.register_unstructure_hook(dt.datetime, lambda v: v.isoformat())
    conv.register_unstructure_hook(dt.date, _unstructure_date)
    conv.register_unstructure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum),
        lambda _t: lambda v: v.value,
    )


def unstructure(conv: cattrs.Converter, obj: object, cls: type, *, name: str) -> Any:
    """``obj`` unstructured as ``cls`` with ``conv``'s hooks (:func:`install_unstructure_hooks`).

    Raises :class:`~socialwork.errors.InputError` ``"cannot write <name> as JSON: …"`` naming
    every path (from ``$``) that holds what reading would refuse.
    """
    try:
        return conv.unstructure(obj, cls)
    except _Unwritable as exc:
        found = [
            Problem(
                path,
                message,
                "number.not_finite" if message == _NOT_FINITE else "text.character",
            )
            for path, message in _unwritable(obj, "$")
        ]
        count = len(found) or 1
        raise InputError(
            f"cannot write {name} as JSON: from_json would refuse it "
            f"({count} problem{'s' if count != 1 else ''})",
            found or [Problem("$", str(exc))],
        ) from None


class _Unwritable(Exception):
    """Internal: a value ``from_json`` would refuse was met while writing."""


def _unstructure_decimal(value: Decimal) -> str:
    if not value.is_finite():
        raise _Unwritable(_NOT_FINITE)
    # Plain notation: "1E+3" is written "1000" (the same value, so the round trip is exact),
    # because from_json reads amounts written as digits only.
    return format(value, "f")


def _unstructure_str(value: str) -> str:
    if text_problem(value):
        raise _Unwritable("text")
    return value


def _unstructure_float(value: float) -> float:
    if value != value or value in (float("inf"), float("-inf")):
        raise _Unwritable(_NOT_FINITE)
    return value


_NOT_FINITE = "is not a finite number (NaN or Infinity); JSON cannot carry it, set a number"


def _unwritable(value: Any, path: str, depth: int = 0) -> Iterable[tuple[str, str]]:
    """Where ``value`` holds what reading would refuse (paths from ``$``)."""
    if depth > 200:
        return
    if isinstance(value, str):
        problem = text_problem(value)
        if problem:
            yield path, problem
    elif isinstance(value, Decimal):
        if not value.is_finite():
            yield path, _NOT_FINITE
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            yield path, _NOT_FINITE
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _unwritable(
                getattr(value, field.name, None), path + "." + field.name, depth + 1
            )
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _unwritable(item, f"{path}[{i}]", depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _unwritable(key, f"{path}{key_path(str(key))} (key)", depth + 1)
            yield from _unwritable(item, path + key_path(str(key)), depth + 1)


def _unstructure_date(value: dt.date) -> str:
    return value.isoformat()

