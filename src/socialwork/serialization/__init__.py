"""JSON serialization of model objects: the one cattrs converter owned by the library.

Format (a flat envelope)::

    {"type": "<tag>", "schema_version": 1, ...the object's fields...}

* ``Decimal`` → its exact string (``"823.00"``), ``date`` → ISO ``"2026-11-22"``, enums → their
  value, tuples → arrays, ``None`` → ``null``. Every field is written, so a round trip is exact.
* Inbound data is strict: unknown or duplicate keys, wrong JSON types (no number-to-string or
  string-to-number coercion), malformed amounts or dates, bad PESELs and broken invariants are
  refused with one :class:`~socialwork.errors.InputError` that lists *every* problem with its
  JSON path (``$.family.members[2].person.pesel``). Messages never contain the values.
* The ``type`` tag is looked up in ``socialwork.plugins.get_registry().models``, so model types
  registered by plugins (a :class:`ModelSpec` from ``register_models``) load the same way.
  Any attrs class works with the converter: its fields may use ``str``, ``int``, ``float``,
  ``bool``, ``Decimal``, ``date``, ``datetime``, enums, attrs classes, ``X | None``, unions,
  ``Literal[...]``, ``tuple[X, ...]``, ``list[X]`` and ``dict[K, V]``; other types fall back
  to cattrs' defaults.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
import re
import sys
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs
import cattrs
from cattrs.errors import BaseValidationError

from socialwork.errors import InputError, Problem
from socialwork.model import (
    AlimonyClaim,
    Center,
    Client,
    Decision,
    Family,
    Interview,
    Person,
    Project,
    Referral,
    SocialContract,
    SocialWorker,
)
from socialwork.model._base import text_problem

__all__ = [
    "BUILTIN_MODELS",
    "ENVELOPE_KEYS",
    "ModelSpec",
    "configure_converter",
    "converter",
    "from_data",
    "from_json",
    "make_converter",
    "model_date",
    "model_tag",
    "to_data",
    "to_json",
]

ENVELOPE_KEYS = ("type", "schema_version")
"""Keys of the envelope; a model class must not have fields with these names."""

_TAG_RE = re.compile(r"[a-z][a-z0-9_]*")


def _check_spec_cls(_inst: Any, _attribute: Any, value: Any) -> None:
    if not (isinstance(value, type) and attrs.has(value)):
        raise TypeError("ModelSpec.cls must be an attrs class")
    clash = [f.name for f in attrs.fields(value) if f.name in ENVELOPE_KEYS]
    if clash:
        raise TypeError(
            f"{value.__name__} has a field named {clash[0]!r}, which the JSON envelope uses; "
            "rename the field"
        )


def _check_tag(_inst: Any, _attribute: Any, value: Any) -> None:
    if not isinstance(value, str) or not _TAG_RE.fullmatch(value):
        raise ValueError("ModelSpec.tag must be snake_case: a-z, 0-9 and '_', e.g. 'client'")


def _check_version(_inst: Any, _attribute: Any, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("ModelSpec.schema_version must be a whole number >= 1")


def _check_date_field(inst: Any, _attribute: Any, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not value.isidentifier():
        raise ValueError("ModelSpec.date_field must be None or the name of a field, e.g. 'wydano'")
    cls = inst.cls
    if value not in {f.name for f in attrs.fields(cls)} and not hasattr(cls, value):
        raise ValueError(
            f"ModelSpec.date_field {value!r} is not a field or attribute of {cls.__name__}"
        )


@attrs.frozen
class ModelSpec:
    """A model type known to serialization: its JSON ``tag`` (snake_case, also the render
    context name), the attrs class, and the current ``schema_version`` it writes.

    ``date_field`` (optional) names the field (or property) holding the object's own date —
    the date a document is issued or an act done (``"wydano"``). It is the default ``on``
    date of :func:`socialwork.validate` and of a rendered document; without it, or while
    that field is ``None``, the usual names are tried (``issued_on``, ``conducted_on``…),
    then today.

    Plugins register one per model type in their ``register_models`` hook.
    """

    tag: str = attrs.field(validator=_check_tag)
    cls: type = attrs.field(validator=_check_spec_cls)
    schema_version: int = attrs.field(default=1, validator=_check_version)
    description: str = ""
    date_field: str | None = attrs.field(default=None, kw_only=True, validator=_check_date_field)


BUILTIN_MODELS: tuple[ModelSpec, ...] = (
    ModelSpec("person", Person, description="osoba"),
    ModelSpec("client", Client, description="osoba ubiegająca się o pomoc"),
    ModelSpec("family", Family, description="rodzina / osoba samotnie gospodarująca"),
    ModelSpec("interview", Interview, description="rodzinny wywiad środowiskowy"),
    ModelSpec("social_contract", SocialContract, description="kontrakt socjalny"),
    ModelSpec("project", Project, description="projekt socjalny"),
    ModelSpec("referral", Referral, description="skierowanie / wniosek"),
    ModelSpec("decision", Decision, description="decyzja administracyjna"),
    ModelSpec("social_worker", SocialWorker, description="pracownik socjalny"),
    ModelSpec("center", Center, description="ośrodek pomocy społecznej / CUS"),
    ModelSpec("alimony_claim", AlimonyClaim, description="pozew o alimenty"),
)
"""The core's model types, registered by the built-in plugin."""


# =========================================================================== structuring


class _Problems(Exception):
    """Internal: problems found while structuring, paths relative to the current value."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__(problems)
        self.problems = problems


def _fail(message: str) -> typing.NoReturn:
    raise _Problems([("", message)])


def _prefixed(prefix: str, problems: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(prefix + path, message) for path, message in problems]


def _key_path(key: str) -> str:
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
        return f".{key}"
    return f"[{json.dumps(key)}]"


class _StrictDict(dict[str, Any]):
    """A JSON object that remembers keys given more than once (json keeps the last)."""

    duplicates: tuple[str, ...] = ()


def _pairs_hook(pairs: list[tuple[str, Any]]) -> _StrictDict:
    out = _StrictDict()
    dups: list[str] = []
    for key, value in pairs:
        if key in out and key not in dups:
            dups.append(key)
        out[key] = value
    if dups:
        out.duplicates = tuple(dups)
    return out


_JSON_TYPE = {
    dict: "an object",
    _StrictDict: "an object",
    list: "an array",
    str: "a string",
    bool: "true/false",
    int: "a number",
    float: "a number",
    type(None): "null",
}


class _LongNumber:
    """A JSON integer with more digits than Python reads (``sys.get_int_max_str_digits``):
    kept as a placeholder so the problem is reported at its path, not as malformed JSON."""

    def __init__(self, digits: int) -> None:
        self.digits = digits


def _parse_int(text: str) -> Any:
    limit = sys.get_int_max_str_digits()
    digits = len(text.lstrip("-"))
    if limit and digits > limit:
        return _LongNumber(digits)
    return int(text)


def _got(value: object) -> str:
    if isinstance(value, _LongNumber):
        return f"a number of {value.digits} digits (far too long)"
    return _JSON_TYPE.get(type(value), type(value).__name__)


def _structure_str(value: Any, _: Any) -> str:
    if not isinstance(value, str):
        _fail(f"expected a string, got {_got(value)}")
    problem = text_problem(value)
    if problem:
        _fail(problem)
    return value


def _structure_bool(value: Any, _: Any) -> bool:
    if not isinstance(value, bool):
        _fail(f"expected true or false, got {_got(value)}")
    return value


def _structure_int(value: Any, _: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(f"expected a whole number, got {_got(value)}")
    return value


def _structure_float(value: Any, _: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        _fail(f"expected a number, got {_got(value)}")
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        _fail("is too large for a number; check the value")
    return number


_DECIMAL_RE = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _structure_decimal(value: Any, _: Any) -> Decimal:
    if not isinstance(value, str):
        _fail(
            f'expected an amount written as a string, e.g. "823.00", got {_got(value)} '
            "(numbers are refused so that no amount passes through a float)"
        )
    if not _DECIMAL_RE.fullmatch(value):
        _fail('expected an amount like "823.00" (digits, optional "." and decimals)')
    return Decimal(value)


_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _structure_date(value: Any, _: Any) -> dt.date:
    if not isinstance(value, str):
        _fail(f"expected a date as a string YYYY-MM-DD, got {_got(value)}")
    if not _DATE_RE.fullmatch(value):
        _fail("expected a date written YYYY-MM-DD, e.g. 2026-11-22")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail("is not a real calendar date (check the month and the day)")


def _structure_datetime(value: Any, _: Any) -> dt.datetime:
    if not isinstance(value, str):
        _fail(f"expected a date and time as an ISO 8601 string, got {_got(value)}")
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        _fail("is not a valid ISO 8601 date and time, e.g. 2026-11-22T10:30:00")


def _enum_hook(cls: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    values = [m.value for m in cls]
    value_types = {type(v) for v in values}
    shown = ", ".join(json.dumps(v, ensure_ascii=False) for v in values)

    def structure(value: Any, _: Any) -> enum.Enum:
        if isinstance(value, bool) or type(value) not in value_types:
            _fail(f"expected one of {shown}; got {_got(value)}")
        try:
            return cls(value)
        except ValueError:
            hint = getattr(cls, "unknown_value_hint", None)
            extra = hint(value) if callable(hint) else None
            _fail(extra or f"is not a valid {cls.__name__}; expected one of {shown}")

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


def _make_hooks(conv: cattrs.Converter) -> None:
    def sequence_factory(t: Any) -> Callable[[Any, Any], Any]:
        item_type = typing.get_args(t)[0]
        as_tuple = typing.get_origin(t) is tuple

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, list):
                _fail(f"expected an array, got {_got(value)}")
            items: list[Any] = []
            problems: list[tuple[str, str]] = []
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
            _fail(f"expected {names}, got {_got(value)}")

        return structure

    def mapping_factory(t: Any) -> Callable[[Any, Any], Any]:
        args = typing.get_args(t)
        key_type, value_type = args if len(args) == 2 else (str, Any)

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, dict):
                _fail(f"expected an object, got {_got(value)}")
            out: dict[Any, Any] = {}
            problems: list[tuple[str, str]] = []
            for key, item in value.items():
                path = _key_path(str(key))
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
            _fail(f"expected one of {shown}")

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
        raise _Problems([(p.path.lstrip("$"), p.message) for p in exc.problems]) from None
    except Exception as exc:  # a hook or a plugin's class failed: report, never crash
        name = getattr(t, "__name__", str(t))
        raise _Problems([("", f"cannot be read as {name} ({type(exc).__name__})")]) from None


def _from_cattrs(exc: BaseValidationError) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for line in cattrs.transform_error(exc, path=""):
        message, _, path = line.rpartition(" @ ")
        out.append((path, message or line))
    return out


def _attrs_hook(conv: cattrs.Converter, cls: type) -> Callable[[Any, Any], Any]:
    attrs.resolve_types(cls)
    fields = [f for f in attrs.fields(cls) if f.init]
    by_key = {f.name: f for f in fields}
    init_name = {f.name: f.alias or f.name for f in fields}
    allowed = ", ".join(by_key)

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, dict):
            _fail(f"expected an object ({cls.__name__}), got {_got(value)}")
        problems: list[tuple[str, str]] = []
        for key in getattr(value, "duplicates", ()):
            problems.append((_key_path(key), "appears more than once in this object"))
        for key in value:
            if key not in by_key:
                problems.append(
                    (_key_path(str(key)), f"unknown field of {cls.__name__}; allowed: {allowed}")
                )
        kwargs: dict[str, Any] = {}
        for key, field in by_key.items():
            if key not in value:
                if field.default is attrs.NOTHING:
                    problems.append((_key_path(key), "required field is missing"))
                continue
            try:
                kwargs[init_name[key]] = _structure_one(conv, value[key], field.type)
            except _Problems as exc:
                problems.extend(_prefixed(_key_path(key), exc.problems))
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
                    problems.append((p.path.lstrip("$") or _key_path(key), p.message))
            except (ValueError, TypeError) as exc:  # a plugin class's own validator
                problems.append(
                    (
                        _key_path(key),
                        str(exc).splitlines()[0]
                        if str(exc)
                        else f"invalid value ({type(exc).__name__})",
                    )
                )
            except Exception:  # e.g. a validator that reads other fields of the instance:
                pass  # the constructor below runs it again, with the instance at hand
        if problems:
            raise _Problems(problems)
        try:
            return cls(**kwargs)
        except InputError as exc:
            raise _Problems([(p.path.lstrip("$"), p.message) for p in exc.problems]) from None
        except (ValueError, TypeError) as exc:
            raise _Problems([("", f"invalid {cls.__name__}: {exc}")]) from None

    return structure


# =========================================================================== unstructuring


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
    """Where ``value`` holds what :func:`from_json` would refuse (paths from ``$``)."""
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
            yield from _unwritable(key, f"{path}{_key_path(str(key))} (key)", depth + 1)
            yield from _unwritable(item, path + _key_path(str(key)), depth + 1)


def _unstructure_date(value: dt.date) -> str:
    return value.isoformat()


def configure_converter(conv: cattrs.Converter) -> cattrs.Converter:
    """Install socialwork's strict JSON hooks on ``conv`` (works for any attrs class) and
    return it."""
    _make_hooks(conv)
    conv.register_unstructure_hook(Decimal, _unstructure_decimal)
    conv.register_unstructure_hook(str, _unstructure_str)
    conv.register_unstructure_hook(float, _unstructure_float)
    conv.register_unstructure_hook(dt.datetime, lambda v: v.isoformat())
    conv.register_unstructure_hook(dt.date, _unstructure_date)
    conv.register_unstructure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum),
        lambda _t: lambda v: v.value,
    )
    return conv


def make_converter() -> cattrs.Converter:
    """A new converter configured like :data:`converter`."""
    return configure_converter(cattrs.Converter(forbid_extra_keys=True))


converter: cattrs.Converter = make_converter()
"""The library's converter. Plugins may register hooks for their own types on it."""


# =========================================================================== envelope


def _models() -> Mapping[str, ModelSpec]:
    from socialwork.plugins import get_registry

    models: Mapping[str, ModelSpec] = get_registry().models
    return models


def _spec_for(obj: object) -> ModelSpec:
    cls = type(obj)
    for spec in _models().values():
        if spec.cls is cls:
            return spec
    raise InputError(
        f"{cls.__name__} is not a registered model type; a plugin registers it with "
        "ModelSpec(tag, cls) in its register_models hook"
    )


def model_date(obj: object) -> dt.date | None:
    """The object's own date as its :class:`ModelSpec` ``date_field`` names it, or ``None``
    (no ``date_field``, the field is ``None`` or not a date, or ``obj`` is not a registered
    model). A ``datetime`` gives its date."""
    try:
        spec = _spec_for(obj)
    except Exception:  # an unregistered class or a broken registry: no declared date
        return None
    if spec.date_field is None:
        return None
    value = getattr(obj, spec.date_field, None)
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def model_tag(obj: object) -> str:
    """The JSON ``type`` tag of a model object (also its render-context name)."""
    return _spec_for(obj).tag


def to_data(obj: object) -> dict[str, Any]:
    """The JSON-ready dict of ``obj`` with its envelope (``type``, ``schema_version``).

    What :func:`from_data` would refuse is not written: a Decimal or float that is not finite
    (NaN, Infinity) or a text with a control character (other than tab, new line and carriage
    return) raises :class:`~socialwork.errors.InputError` naming every such path. A Decimal in
    exponent notation (``Decimal("1E+3")``) is written in plain notation (``"1000"``), which
    is the same value.
    """
    spec = _spec_for(obj)
    try:
        body = converter.unstructure(obj, spec.cls)
    except _Unwritable as exc:
        found = [Problem(path, message) for path, message in _unwritable(obj, "$")]
        count = len(found) or 1
        raise InputError(
            f"cannot write {spec.tag} as JSON: from_json would refuse it "
            f"({count} problem{'s' if count != 1 else ''})",
            found or [Problem("$", str(exc))],
        ) from None
    return {"type": spec.tag, "schema_version": spec.schema_version, **body}


def to_json(obj: object) -> str:
    """Serialize a model object to JSON text (UTF-8 characters kept, 2-space indent)."""
    return json.dumps(to_data(obj), ensure_ascii=False, indent=2)


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
                    f"expected a JSON object with 'type' and 'schema_version', got {_got(data)}",
                ),
            ),
        )
    models = _models()
    tag = data.get("type")
    known = ", ".join(sorted(models))
    if not isinstance(tag, str) or tag not in models:
        what = "missing" if tag is None else "unknown"
        raise InputError(
            f"{what} model type",
            (Problem("$.type", f"{what} model type; use one of: {known}"),),
        )
    spec = models[tag]
    version = data.get("schema_version")
    if version is None:
        raise InputError(
            "missing schema version",
            (Problem("$.schema_version", f"required; write {spec.schema_version}"),),
        )
    if isinstance(version, bool) or not isinstance(version, int):
        raise InputError(
            "bad schema version",
            (
                Problem(
                    "$.schema_version",
                    f"expected a whole number, got {_got(version)}; write "
                    f"{spec.schema_version} (the version of '{tag}' this socialwork writes)",
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
                ),
            ),
        )
    if version < 1:
        raise InputError(
            "unsupported schema version",
            (Problem("$.schema_version", f"must be between 1 and {spec.schema_version}"),),
        )
    body = _StrictDict({k: v for k, v in data.items() if k not in ENVELOPE_KEYS})
    body.duplicates = tuple(k for k in getattr(data, "duplicates", ()))
    try:
        return _structure_one(converter, body, spec.cls)
    except _Problems as exc:
        problems = [Problem("$" + path, message) for path, message in exc.problems]
        count = len(problems)
        raise InputError(
            f"invalid {tag} ({count} problem{'s' if count != 1 else ''})", problems
        ) from None


class _BadConstant(ValueError):
    pass


def _parse_constant(name: str) -> Any:
    raise _BadConstant(name)


def from_json(text: str | bytes) -> object:
    """Parse JSON text (or UTF-8 bytes) into a model object; see :func:`from_data`.

    Malformed JSON is reported with its line and column.
    """
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                "the input is not UTF-8 text",
                (Problem("$", f"bad byte at offset {exc.start}; save the file as UTF-8"),),
            ) from None
    elif not isinstance(text, str):
        raise InputError(
            "not JSON text",
            (Problem("$", f"expected JSON text (str or bytes), got {type(text).__name__}"),),
        )
    elif text.startswith("\ufeff"):
        text = text[1:]
    try:
        data = json.loads(
            text,
            object_pairs_hook=_pairs_hook,
            parse_constant=_parse_constant,
            parse_int=_parse_int,
        )
    except json.JSONDecodeError as exc:
        raise InputError(
            "malformed JSON",
            (Problem("$", f"line {exc.lineno}, column {exc.colno}: {exc.msg}"),),
        ) from None
    except _BadConstant as exc:
        raise InputError(
            "malformed JSON",
            (Problem("$", f'{exc} is not allowed; amounts are strings like "823.00"'),),
        ) from None
    except ValueError as exc:  # nothing known reaches here; never a traceback
        raise InputError(
            "malformed JSON",
            (
                Problem(
                    "$",
                    f"unreadable value ({type(exc).__name__}); check the file for a "
                    "damaged or extremely long value",
                ),
            ),
        ) from None
    except RecursionError:
        raise InputError(
            "the JSON is nested too deeply", (Problem("$", "nested too deeply"),)
        ) from None
    return from_data(data)
