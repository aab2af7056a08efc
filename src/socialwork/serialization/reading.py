"""Reading: the strict structure hooks that turn parsed JSON into attrs objects.

No coercion between JSON types (a number is not a string, a string is not a number), amounts
as strings of digits, dates as ``YYYY-MM-DD``, unknown and duplicate keys refused; and every
problem is collected with its JSON path (``$.family.members[2].person.pesel``) rather than
stopping at the first. Messages never contain the values.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import math
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs
import cattrs
from cattrs.errors import BaseValidationError

from socialwork.errors import InputError, Problem, mask_digit_runs
from socialwork.model._base import date_range_problem, text_problem
from socialwork.serialization.values import json_type, key_path

__all__ = ["install_structure_hooks", "structure"]


def structure(conv: cattrs.Converter, value: Any, t: Any, *, name: str) -> Any:
    """``value`` structured as ``t`` with ``conv``'s hooks (:func:`install_structure_hooks`).

    Raises :class:`~socialwork.errors.InputError` ``"invalid <name> (<n> problems)"`` listing
    every problem with its JSON path from ``$``.
    """
    try:
        return _structure_one(conv, value, t)
    except _Problems as exc:
        problems = [Problem("$" + path, message, code) for path, message, code in exc.problems]
        count = len(problems)
        raise InputError(
            f"invalid {name} ({count} problem{'s' if count != 1 else ''})", problems
        ) from None


class _Problems(Exception):
    """Internal: problems found while structuring, paths relative to the current value."""

    def __init__(self, problems: list[tuple[str, str, str]]) -> None:
        super().__init__(problems)
        self.problems = problems


def _fail(message: str, code: str = "type.wrong") -> typing.NoReturn:
    raise _Problems([("", message, code)])


def _prefixed(
    prefix: str, problems: Iterable[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    return [(prefix + path, message, code) for path, message, code in problems]


def _structure_str(value: Any, _: Any) -> str:
    if not isinstance(value, str):
        _fail(f"expected a string, got {json_type(value)}")
    problem = text_problem(value)
    if problem:
        _fail(problem, "text.character")
    return value


def _structure_bool(value: Any, _: Any) -> bool:
    if not isinstance(value, bool):
        _fail(f"expected true or false, got {json_type(value)}")
    return value


def _structure_int(value: Any, _: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(f"expected a whole number, got {json_type(value)}")
    return value


def _structure_float(value: Any, _: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        _fail(f"expected a number, got {json_type(value)}")
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        _fail("is too large for a number; check the value", "number.range")
    return number


@functools.cache
def _decimal_re() -> re.Pattern[str]:
    return re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _structure_decimal(value: Any, _: Any) -> Decimal:
    if not isinstance(value, str):
        _fail(
            f'expected an amount written as a string, e.g. "823.00", got {json_type(value)} '
            "(numbers are refused so that no amount passes through a float)"
        )
    if not _decimal_re().fullmatch(value):
        _fail(
            'expected an amount like "823.00" (digits, optional "." and decimals)',
            "amount.format",
        )
    # Exact (no context rounding); the field's validator refuses what calculations could not
    # keep exact (money: MAX_AMOUNT; other numbers: more than 28 significant digits).
    return Decimal(value)


_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _structure_date(value: Any, _: Any) -> dt.date:
    if not isinstance(value, str):
        _fail(f"expected a date as a string YYYY-MM-DD, got {json_type(value)}")
    if not _DATE_RE.fullmatch(value):
        _fail("expected a date written YYYY-MM-DD, e.g. 2026-11-22", "date.format")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        _fail("is not a real calendar date (check the month and the day)", "date.invalid")
    problem = date_range_problem(day)
    if problem:
        _fail(problem, "date.range")
    return day


def _structure_datetime(value: Any, _: Any) -> dt.datetime:
    if not isinstance(value, str):
        _fail(f"expected a date and time as an ISO 8601 string, got {json_type(value)}")
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        _fail("is not a valid ISO 8601 date and time, e.g. 2026-11-22T10:30:00", "datetime.invalid")


def _enum_hook(cls: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    values = [m.value for m in cls]
    value_types = {type(v) for v in values}
    shown = ", ".join(json.dumps(v, ensure_ascii=False) for v in values)

    def structure(value: Any, _: Any) -> enum.Enum:
        if isinstance(value, bool) or type(value) not in value_types:
            _fail(f"expected one of {shown}; got {json_type(value)}")
        try:
            return cls(value)
        except ValueError:
            hint = getattr(cls, "unknown_value_hint", None)
            extra = hint(value) if callable(hint) else None
            _fail(
                extra or f"is not a valid {cls.__name__}; expected one of {shown}",
                "enum.unknown",
            )

    return structure


def _is_sequence(t: Any) -> bool:
    origin = typing.get_origin(t)
    return origin in (tuple, list) and (
        origin is list or (len(typing.get_args(t)) == 2 and typing.get_args(t)[1] is Ellipsis)
    )


def _is_optional(t: Any) -> bool:
    args = typing.get_args(t)
    return (
        typing.get_origin(t) in (typing.Union, types.UnionType)
        and type(None) in args
        and len(args) == 2
    )


_PRIMITIVES = (str, int, float, bool)


def _is_union(t: Any) -> bool:
    return typing.get_origin(t) in (typing.Union, types.UnionType) and not _is_optional(t)


def _is_mapping(t: Any) -> bool:
    origin: Any = typing.get_origin(t)
    return origin in (dict, Mapping) or t is dict


def _is_literal(t: Any) -> bool:
    origin: Any = typing.get_origin(t)
    return origin is typing.Literal


def install_structure_hooks(conv: cattrs.Converter) -> None:
    """Install the strict structure hooks on ``conv`` (they work for any attrs class)."""

    def sequence_factory(t: Any) -> Callable[[Any, Any], Any]:
        item_type = typing.get_args(t)[0]
        as_tuple = typing.get_origin(t) is tuple

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, list):
                _fail(f"expected an array, got {json_type(value)}")
            items: list[Any] = []
            problems: list[tuple[str, str, str]] = []
            for i, item in enumerate(value):
                try:
                    items.append(_structure_one(conv, item, item_type))
                except _Problems as exc:
                    problems.extend(_prefixed(f"[{i}]", exc.problems))
            if problems:
                raise _Problems(problems)
            return tuple(items) if as_tuple else items

        return structure

    def optional_factory(t: Any) -> Callable[[Any, Any], Any]:
        inner = next(a for a in typing.get_args(t) if a is not type(None))

        def structure(value: Any, _: Any) -> Any:
            if value is None:
                return None
            return _structure_one(conv, value, inner)

        return structure

    def union_factory(t: Any) -> Callable[[Any, Any], Any]:
        members = [a for a in typing.get_args(t) if a is not type(None)]
        nullable = type(None) in typing.get_args(t)
        names = " or ".join(getattr(a, "__name__", str(a)) for a in members)

        def structure(value: Any, _: Any) -> Any:
            if value is None:
                if nullable:
                    return None
                _fail(f"expected {names}, got null")
            exact = [a for a in members if a in _PRIMITIVES and type(value) is a]
            for member in exact or members:
                try:
                    return _structure_one(conv, value, member)
                except _Problems:
                    continue
            _fail(f"expected {names}, got {json_type(value)}")

        return structure

    def mapping_factory(t: Any) -> Callable[[Any, Any], Any]:
        args = typing.get_args(t)
        key_type, value_type = args if len(args) == 2 else (str, Any)

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, dict):
                _fail(f"expected an object, got {json_type(value)}")
            out: dict[Any, Any] = {}
            problems: list[tuple[str, str, str]] = []
            for key, item in value.items():
                path = key_path(str(key))
                try:
                    k = _structure_one(conv, key, key_type) if key_type is not Any else key
                    out[k] = (
                        _structure_one(conv, item, value_type) if value_type is not Any else item
                    )
                except _Problems as exc:
                    problems.extend(_prefixed(path, exc.problems))
            if problems:
                raise _Problems(problems)
            return out

        return structure

    def literal_factory(t: Any) -> Callable[[Any, Any], Any]:
        allowed = typing.get_args(t)
        shown = ", ".join(json.dumps(a) for a in allowed)

        def structure(value: Any, _: Any) -> Any:
            for option in allowed:
                if type(value) is type(option) and value == option:
                    return option
            _fail(f"expected one of {shown}", "enum.unknown")

        return structure

    def attrs_factory(cls: type) -> Callable[[Any, Any], Any]:
        return _attrs_hook(conv, cls)

    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_structure_hook(dt.datetime, _structure_datetime)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _enum_hook
    )
    conv.register_structure_hook_factory(_is_sequence, sequence_factory)
    conv.register_structure_hook_factory(_is_mapping, mapping_factory)
    conv.register_structure_hook_factory(_is_literal, literal_factory)
    conv.register_structure_hook_factory(_is_union, union_factory)
    conv.register_structure_hook_factory(_is_optional, optional_factory)
    conv.register_structure_hook_factory(
        lambda t: isinstance(t, type) and attrs.has(t), attrs_factory
    )


def _structure_one(conv: cattrs.Converter, value: Any, t: Any) -> Any:
    """Structure ``value`` as ``t``; every failure becomes :class:`_Problems`."""
    try:
        return conv.structure(value, t)
    except _Problems:
        raise
    except BaseValidationError as exc:
        raise _Problems(_from_cattrs(exc)) from None
    except InputError as exc:
        raise _Problems(
            [(p.path.lstrip("$"), p.message, p.code) for p in exc.problems]
        ) from None
    except Exception as exc:  # a hook or a plugin's class failed: report, never crash
        name = getattr(t, "__name__", str(t))
        raise _Problems(
            [("", f"cannot be read as {name} ({type(exc).__name__})", "value.invalid")]
        ) from None


def _from_cattrs(exc: BaseValidationError) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for line in cattrs.transform_error(exc, path=""):
        message, _, path = line.rpartition(" @ ")
        # cattrs quotes the exception's text for some errors: mask digit runs (a PESEL)
        out.append((path, mask_digit_runs(message or line), "value.invalid"))
    return out


def _attrs_hook(conv: cattrs.Converter, cls: type) -> Callable[[Any, Any], Any]:
    attrs.resolve_types(cls)
    fields = [f for f in attrs.fields(cls) if f.init]
    by_key = {f.name: f for f in fields}
    init_name = {f.name: f.alias or f.name for f in fields}
    allowed = ", ".join(by_key)

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, dict):
            _fail(f"expected an object ({cls.__name__}), got {json_type(value)}")
        problems: list[tuple[str, str, str]] = []
        for key in getattr(value, "duplicates", ()):
            problems.append(
                (key_path(key), "appears more than once in this object", "key.duplicate")
            )
        for key in value:
            if key not in by_key:
                problems.append(
                    (
                        key_path(str(key)),
                        f"unknown field of {cls.__name__}; allowed: {allowed}",
                        "key.unknown",
                    )
                )
        kwargs: dict[str, Any] = {}
        for key, field in by_key.items():
            if key not in value:
                if field.default is attrs.NOTHING:
                    problems.append((key_path(key), "required field is missing", "key.missing"))
                continue
            try:
                kwargs[init_name[key]] = _structure_one(conv, value[key], field.type)
            except _Problems as exc:
                problems.extend(_prefixed(key_path(key), exc.problems))
        # Every field validator on its own, so all field problems are reported (attrs stops at
        # the first failing validator).
        for key, field in by_key.items():
            arg = init_name[key]
            if field.validator is None or field.converter is not None or arg not in kwargs:
                continue  # a converted field is validated by the constructor below
            try:
                field.validator(None, field, kwargs[arg])
            except InputError as exc:
                for p in exc.problems:
                    problems.append((p.path.lstrip("$") or key_path(key), p.message, p.code))
            except (ValueError, TypeError) as exc:  # a plugin class's own validator
                # Its message may quote the value (attrs' validators do): never repeat it.
                problems.append((key_path(key), _refused(cls, key, exc), "value.invalid"))
            except Exception:  # e.g. a validator that reads other fields of the instance:
                pass  # the constructor below runs it again, with the instance at hand
        if problems:
            raise _Problems(problems)
        try:
            return cls(**kwargs)
        except InputError as exc:
            raise _Problems(
                [(p.path.lstrip("$"), p.message, p.code) for p in exc.problems]
            ) from None
        except (ValueError, TypeError) as exc:
            raise _Problems([("", _refused(cls, None, exc), "value.invalid")]) from None

    return structure


def _refused(cls: type, field: str | None, exc: Exception) -> str:
    """What a validator of a (plugin's) class that is not socialwork's found, without its
    message: the message of an attrs or hand-written validator may quote the value (a PESEL,
    a diagnosis), so only the kind of problem and the exception type are reported."""
    kind = "has the wrong type" if isinstance(exc, TypeError) else "is not a valid value"
    where = f"{cls.__name__}.{field}" if field else cls.__name__
    return (
        f"{kind}: the validator of {where} refused it ({type(exc).__name__}; its message is "
        "not shown, as it may quote the value); check the value against that model's rules"
    )

