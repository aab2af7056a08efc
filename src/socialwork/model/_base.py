"""Shared machinery of the model: structural validators, invariant errors, PESEL masking.

The model checks *structure* only (formats, checksums, dates in order, references inside one
object). Whether a case satisfies the Act is the job of :mod:`socialwork.rules`.

Every validator raises :class:`FieldError` (an :class:`~socialwork.errors.InputError`) whose
message never contains the offending value, so a PESEL or a health note cannot leak into an
error message or a log.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs

import socialwork.model.pesel as _pesel
from socialwork.errors import FieldError, ModelError, Problem, mask_digit_runs
from socialwork.formatting import MAX_AMOUNT

__all__ = [
    "MAX_AMOUNT",
    "FieldError",
    "ModelError",
    "check_invariants",
    "mask_pesel",
    "private_repr",
]

Validator = Callable[[Any, Any, Any], None]


def _owner(inst: Any) -> str | None:
    return None if inst is None else type(inst).__name__


def check_invariants(obj: object, problems: Iterable[Problem]) -> None:
    """Raise :class:`ModelError` listing *all* ``problems`` (if any) of ``obj``."""
    found = tuple(problems)
    if found:
        raise ModelError(f"invalid {type(obj).__name__}", found)


INVARIANT = "model.invariant"
"""The code of a broken cross-field invariant of a model (the message says which)."""


def at(path: str, message: str, code: str = INVARIANT) -> Problem:
    """A problem at a path relative to the object being checked (``"a.b[2].c"``); ``code``
    is its stable machine-readable code (``docs/errors.md``)."""
    if not path:
        return Problem("$", message, code)
    sep = "" if path.startswith("[") else "."
    return Problem(f"${sep}{path}", message, code)


# --------------------------------------------------------------------------- masking


def mask_pesel(value: object) -> str:
    """Repr of a PESEL field: never any of its digits (``'<PESEL>'``).

    Even the last four digits are not shown: with the birth date and sex (which the PESEL
    encodes) they rebuild the whole number.
    """
    return "None" if value is None else "'<PESEL>'"


def mask_document(value: object) -> str:
    """Repr of an identity-document number: never shown."""
    return "None" if value is None else "'<document number>'"


def hidden(value: object) -> str:
    """Repr of sensitive free text (health, violence, addiction notes): never shown."""
    return "None" if value is None else "'<hidden>'"


def _is_id_field(name: str) -> bool:
    return name == "id" or name.endswith("_id")


def _private_repr(self: Any) -> str:
    shown = []
    for field in attrs.fields(type(self)):
        if _is_id_field(field.name):
            value = getattr(self, field.name, None)
            if isinstance(value, str):
                shown.append(f"{field.name}={mask_digit_runs(value)!r}")
    return f"{type(self).__name__}({', '.join(shown)})"


_private_repr.__socialwork_private__ = True  # type: ignore[attr-defined]


def has_private_repr(cls: type) -> bool:
    """Whether ``cls`` uses the private repr of :func:`private_repr`."""
    return bool(getattr(cls.__repr__, "__socialwork_private__", False))


def private_repr(cls: type) -> type:
    """Give the attrs class ``cls`` a repr that shows only its type and ids.

    ``Person(id='p-1')``: the fields named ``id`` or ``*_id`` (runs of 6 or more digits in
    them masked), nothing else — no names, PESEL parts, addresses, phones, amounts, dates or
    sensitive categories (art. 7 reasons such as violence or addiction). Every model class of
    socialwork has it; a plugin's registered model classes (and the attrs classes their fields
    hold) get it when registered (:class:`~socialwork.model.ModelSpec`). Usable as a class
    decorator; returns ``cls``.
    """
    cls.__repr__ = _private_repr  # type: ignore[assignment]
    return cls


def _generated_repr(cls: type) -> bool:
    code = getattr(cls.__repr__, "__code__", None)
    return code is not None and "generated" in code.co_filename


def _field_classes(t: Any) -> Iterator[type]:
    if isinstance(t, type) and attrs.has(t):
        yield t
        return
    if typing.get_origin(t) is not None or isinstance(t, types.UnionType):
        for arg in typing.get_args(t):
            yield from _field_classes(arg)


def private_reprs(module_name: str) -> None:
    """Every attrs class defined in the model module ``module_name`` shows only its type and
    ids in ``repr``.

    The model classes are declared ``@attrs.frozen(repr=False)``: attrs need not generate
    (and compile, at every start) a repr that is replaced here anyway. Each model module
    calls this as its last statement (``v.private_reprs(__name__)``), so its classes are
    private from the moment it is imported — whichever way it is loaded (the model package
    loads its modules on first use, see :mod:`socialwork.model`)."""
    import sys

    for value in list(vars(sys.modules[module_name]).values()):
        if isinstance(value, type) and value.__module__ == module_name and attrs.has(value):
            private_repr(value)


def _core_private(cls: type) -> bool:
    """Whether ``cls`` is a class of the core's model that already has the private repr.

    Every model module gives its attrs classes the private repr when it is imported
    (:func:`private_reprs`), and a core model class's fields hold only core model classes (or
    plain values), so there is nothing to walk: registering the core's models does not
    resolve the annotations of every model class at start-up (cattrs and the schema resolve
    the ones they use)."""
    return cls.__module__.startswith("socialwork.model.") and has_private_repr(cls)


def make_reprs_private(cls: type) -> None:
    """Give ``cls`` and every attrs class reachable through its fields' types the private
    repr, unless the class wrote its own ``__repr__`` (only attrs' generated one, which shows
    every value, is replaced)."""
    seen: set[type] = set()
    todo = [cls]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        if _core_private(current):
            continue  # the core's model classes and all their parts are private already
        if _generated_repr(current):
            private_repr(current)
        with contextlib.suppress(Exception):  # unresolvable annotations: as declared
            attrs.resolve_types(current)
        for field in attrs.fields(current):
            todo.extend(_field_classes(field.type))


# --------------------------------------------------------------------------- text


_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")


_BAD_CHAR_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def text_problem(value: str) -> str | None:
    """Why ``value`` cannot be stored as document text, or ``None`` if it can.

    Control characters (Unicode category Cc other than tab, new line and carriage return)
    and unpaired surrogates cannot be written to a .docx (XML 1.0) without being dropped, so
    they are refused up front. A carriage return is a line break like a new line: the
    documents engine prints ``\n``, ``\r\n`` and ``\r`` alike, as a new line.
    """
    found = _BAD_CHAR_RE.search(value)
    if found is None:
        return None
    char = found.group()
    if "\ud800" <= char <= "\udfff":
        return "contains an unpaired surrogate; the text is not valid Unicode"
    return (
        f"contains the control character U+{ord(char):04X}; remove it "
        "(of the control characters only tab and line breaks are allowed)"
    )


def _fail(inst: Any, attribute: Any, message: str, code: str = "type.wrong") -> None:
    raise FieldError(
        attribute.name, message, owner=None if inst is None else type(inst).__name__, code=code
    )


def text(_inst: Any, attribute: Any, value: Any) -> None:
    """Any string (may be empty) that can be written to a document."""
    if not isinstance(value, str):
        _fail(_inst, attribute, "must be a string")
    problem = text_problem(value)
    if problem:
        _fail(_inst, attribute, problem, "text.character")


def required_text(_inst: Any, attribute: Any, value: Any) -> None:
    """A non-blank string."""
    text(_inst, attribute, value)
    if not value.strip():
        _fail(_inst, attribute, "must not be empty", "text.empty")


def optional(validator: Validator) -> Validator:
    """Run ``validator`` unless the value is ``None``."""

    def check(inst: Any, attribute: Any, value: Any) -> None:
        if value is not None:
            validator(inst, attribute, value)

    return check


optional_text = optional(required_text)
"""``None`` or a non-blank string (an empty string is refused: use ``None``)."""

lenient_text = optional(text)
"""``None`` or any string, blank included: for content the law requires, whose absence
(``None`` or blank) is a legal finding of :mod:`socialwork.rules`, not a structural error."""


def lenient_text_tuple(_inst: Any, attribute: Any, value: Any) -> None:
    """A tuple of strings (blank items allowed: the rules report missing content)."""
    if not isinstance(value, tuple):
        _fail(_inst, attribute, "must be a tuple")
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise FieldError(
                f"{attribute.name}[{i}]", "must be a string", owner=_owner(_inst), code="type.wrong"
            )
        problem = text_problem(item)
        if problem:
            raise FieldError(
                f"{attribute.name}[{i}]", problem, owner=_owner(_inst), code="text.character"
            )


def identifier(_inst: Any, attribute: Any, value: Any) -> None:
    """A stable id: 1–64 characters, letters, digits and ``. _ : -``, starting alphanumeric."""
    if not isinstance(value, str):
        _fail(_inst, attribute, "must be a string")
    if not _ID_RE.fullmatch(value):
        _fail(
            _inst,
            attribute,
            "must be an id of 1-64 characters (ASCII letters, digits, '.', '_', ':', '-'), "
            "starting with a letter or digit",
            "id.format",
        )


def text_tuple(_inst: Any, attribute: Any, value: Any) -> None:
    """A tuple of non-blank strings."""
    if not isinstance(value, tuple):
        _fail(_inst, attribute, "must be a tuple")
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise FieldError(
                f"{attribute.name}[{i}]",
                "must be a non-empty string",
                owner=_owner(_inst),
                code="text.empty",
            )
        problem = text_problem(item)
        if problem:
            raise FieldError(
                f"{attribute.name}[{i}]", problem, owner=_owner(_inst), code="text.character"
            )


def tuple_of(kind: type | tuple[type, ...]) -> Validator:
    """A tuple whose items are all instances of ``kind``."""
    names = " or ".join(k.__name__ for k in kind) if isinstance(kind, tuple) else kind.__name__

    def check(_inst: Any, attribute: Any, value: Any) -> None:
        if not isinstance(value, tuple):
            _fail(_inst, attribute, f"must be a tuple of {names}")
        for i, item in enumerate(value):
            if not isinstance(item, kind):
                raise FieldError(
                    f"{attribute.name}[{i}]", f"must be a {names}", owner=_owner(_inst)
                )

    return check


def instance(kind: type | tuple[type, ...]) -> Validator:
    """The value is an instance of ``kind`` (never echoes the value)."""
    names = " or ".join(k.__name__ for k in kind) if isinstance(kind, tuple) else kind.__name__

    def check(_inst: Any, attribute: Any, value: Any) -> None:
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            _fail(_inst, attribute, f"must be a {names}")
        if not isinstance(value, kind):
            _fail(_inst, attribute, f"must be a {names}")

    return check


def enum_member(kind: type[Enum]) -> Validator:
    """The value is a member of the enum ``kind``."""

    def check(_inst: Any, attribute: Any, value: Any) -> None:
        if not isinstance(value, kind):
            _fail(_inst, attribute, f"must be a {kind.__name__}")

    return check


def boolean(_inst: Any, attribute: Any, value: Any) -> None:
    if not isinstance(value, bool):
        _fail(_inst, attribute, "must be true or false")


def int_between(low: int, high: int | None = None) -> Validator:
    """A whole number (not a bool) in ``[low, high]``."""

    def check(_inst: Any, attribute: Any, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            _fail(_inst, attribute, "must be a whole number")
        if value < low or (high is not None and value > high):
            bound = f"between {low} and {high}" if high is not None else f"at least {low}"
            _fail(_inst, attribute, f"must be {bound}", "number.range")

    return check


# --------------------------------------------------------------------------- dates


EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)
"""The range of plausible dates in a case: a birth date of a living person from 1900, the
dates of acts and documents up to 2100. A date outside it (``0001-01-01``, ``9999-12-31``) is
a typo or a placeholder and is refused with its path, before a document or a deadline would
fail on it."""


def date_range_problem(value: dt.date) -> str | None:
    """Why ``value`` is outside :data:`EARLIEST_DATE` – :data:`LATEST_DATE`, or ``None``."""
    if EARLIEST_DATE <= value <= LATEST_DATE:
        return None
    return (
        f"must be between {EARLIEST_DATE.isoformat()} and {LATEST_DATE.isoformat()} "
        "(a plausible date of a case); check the year"
    )


def a_date(_inst: Any, attribute: Any, value: Any) -> None:
    """A :class:`datetime.date` (not a datetime) in the plausible range
    (:data:`EARLIEST_DATE` – :data:`LATEST_DATE`)."""
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        _fail(_inst, attribute, "must be a date (datetime.date)")
    problem = date_range_problem(value)
    if problem:
        _fail(_inst, attribute, problem, "date.range")


optional_date = optional(a_date)


def first_of_month(_inst: Any, attribute: Any, value: Any) -> None:
    """A date on the first day of a month (a month is stored as its first day)."""
    a_date(_inst, attribute, value)
    if value.day != 1:
        _fail(
            _inst, attribute, "a month is written as its first day, e.g. 2026-10-01", "date.month"
        )


def not_before(
    obj: object, later: str, earlier: str, *, later_label: str = "", earlier_label: str = ""
) -> Iterator[Problem]:
    """A problem if ``obj.later`` is a date before ``obj.earlier`` (either may be ``None``)."""
    late = getattr(obj, later)
    early = getattr(obj, earlier)
    if late is not None and early is not None and late < early:
        yield at(later, f"must not be before {earlier_label or earlier}", "date.order")


# --------------------------------------------------------------------------- money

MAX_SIGNIFICANT_DIGITS = 28
"""Decimal arithmetic (the default context) is exact up to 28 significant digits; a number
with more would be rounded silently in a calculation, so it is refused."""

SIGNIFICANT_DIGITS_PROBLEM = (
    f"has more than {MAX_SIGNIFICANT_DIGITS} significant digits, which cannot be computed "
    "with exactly; check the number for extra digits"
)

_TWO_PLACES = -2

MAX_AMOUNT_TEXT = "999 999 999 999.99"


def amount_limit_problem(value: Decimal, what: str = "must") -> str | None:
    """Why a finite ``value`` is above :data:`MAX_AMOUNT`, or ``None``."""
    if abs(value) > MAX_AMOUNT:
        return (
            f"{what} not exceed {MAX_AMOUNT_TEXT} zł (socialwork.model.MAX_AMOUNT); "
            "check the amount for extra digits"
        )
    return None


def money_problem(value: object) -> str | None:
    """Why ``value`` is not a valid non-negative amount of money, or ``None``."""
    if isinstance(value, float):
        return "must be a Decimal, never a float (write Decimal('823.00'))"
    if not isinstance(value, Decimal):
        return "must be a Decimal amount, e.g. Decimal('823.00')"
    if not value.is_finite():
        return "must be a finite amount"
    if value < 0:
        return "must not be negative"
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if exponent < _TWO_PLACES:
        return "must have at most 2 decimal places (grosze)"
    if exponent > 0:
        return "must be written in plain notation (e.g. 100 or 100.00, not 1E+2)"
    return amount_limit_problem(value)


def money_code(value: object) -> str:
    """The problem code of an invalid amount (see :func:`money_problem`)."""
    if isinstance(value, float) or not isinstance(value, Decimal):
        return "type.wrong"
    if not value.is_finite():
        return "number.not_finite"
    if value < 0:
        return "amount.negative"
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if exponent < _TWO_PLACES:
        return "amount.places"
    if exponent > 0:
        return "amount.format"
    return "amount.range"


def total_problem(path: str, total: Decimal, what: str) -> Iterator[Problem]:
    """A problem at ``path`` if a total printed by the documents exceeds :data:`MAX_AMOUNT`."""
    problem = amount_limit_problem(total, f"{what} must")
    if problem:
        yield at(path, problem, "amount.range")


def money(_inst: Any, attribute: Any, value: Any) -> None:
    """A finite, non-negative :class:`~decimal.Decimal` with at most 2 decimal places."""
    problem = money_problem(value)
    if problem:
        _fail(_inst, attribute, problem, money_code(value))


optional_money = optional(money)


def decimal_places(places: int) -> Validator:
    """A finite, non-negative Decimal with at most ``places`` decimal places."""

    def check(_inst: Any, attribute: Any, value: Any) -> None:
        if isinstance(value, float) or not isinstance(value, Decimal):
            _fail(_inst, attribute, "must be a Decimal, never a float")
        if not value.is_finite() or value < 0:
            _fail(_inst, attribute, "must be a finite number >= 0", "number.range")
        digits = value.as_tuple()
        exponent = digits.exponent
        assert isinstance(exponent, int)
        if len(digits.digits) > MAX_SIGNIFICANT_DIGITS:
            _fail(_inst, attribute, SIGNIFICANT_DIGITS_PROBLEM, "number.digits")
        if exponent < -places:
            _fail(_inst, attribute, f"must have at most {places} decimal places", "number.places")
        if exponent > 0:
            _fail(
                _inst, attribute, "must be written in plain notation (not 1E+2)", "number.format"
            )

    return check


# --------------------------------------------------------------------------- identity


def pesel_problem(value: object) -> str | None:
    """Why ``value`` is not a valid PESEL (:mod:`socialwork.model.pesel`: art. 15 ust. 2
    ustawy o ewidencji ludności), or ``None``. Never echoes it."""
    if not isinstance(value, str):
        return "must be a string of 11 digits"
    found = _pesel.problem(value)
    if found == "format":
        return "must be exactly 11 digits (no spaces or other characters)"
    if found == "checksum":
        return "is not a valid PESEL: the check digit does not match; check for a typo"
    if found == "birth_date":
        return "is not a valid PESEL: it does not encode a real date of birth"
    return None


def pesel_code(value: object) -> str:
    """The problem code of an invalid PESEL: ``pesel.format`` (not 11 digits),
    ``pesel.birth_date`` (no real date of birth) or ``pesel.checksum`` (check digit)."""
    found = _pesel.problem(value)
    return "pesel.format" if found is None else f"pesel.{found}"


def pesel(_inst: Any, attribute: Any, value: Any) -> None:
    """A valid PESEL (11 digits, valid birth date, valid check digit)."""
    problem = pesel_problem(value)
    if problem:
        _fail(_inst, attribute, problem, pesel_code(value))


def pesel_birth_date(value: str) -> dt.date:
    """The birth date a valid PESEL encodes."""
    born = _pesel.birth_date(value)
    if born is None:
        raise ValueError("not a valid PESEL: it encodes no real date of birth")
    return born


def pesel_sex_is_male(value: str) -> bool:
    """Whether a valid PESEL encodes a man (odd 10th digit)."""
    return _pesel.is_male(value)


_POSTAL_RE = re.compile(r"[0-9]{2}-[0-9]{3}")


def postal_code(_inst: Any, attribute: Any, value: Any) -> None:
    """A Polish postal code ``NN-NNN``."""
    if not isinstance(value, str) or not _POSTAL_RE.fullmatch(value):
        _fail(
            _inst,
            attribute,
            "must be a Polish postal code in the form NN-NNN, e.g. 05-220",
            "postal_code.format",
        )


_TERC_RE = re.compile(r"([0-9]{2})([0-9]{2})([0-9]{2})([0-9])")
_TERC_KINDS = frozenset("1234589")


def teryt_gmina(_inst: Any, attribute: Any, value: Any) -> None:
    """A TERYT (TERC) gmina code: 7 digits ``WWPPGGR``.

    WW is an even województwo code 02–32, PP and GG are not 00, R (type of unit) is 1–5, 8 or 9.
    """
    match = _TERC_RE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        _fail(
            _inst,
            attribute,
            "must be a 7-digit TERYT gmina code WWPPGGR, e.g. 1432022",
            "teryt.format",
        )
        return
    ww, pp, gg, r = match.groups()
    if int(ww) % 2 or not 2 <= int(ww) <= 32 or pp == "00" or gg == "00" or r not in _TERC_KINDS:
        _fail(
            _inst,
            attribute,
            "is not a TERYT gmina code: województwo must be 02-32 (even), powiat and gmina "
            "not 00, and the last digit (type) 1-5, 8 or 9",
            "teryt.invalid",
        )


_PHONE_RE = re.compile(r"\+?[0-9 ()-]{9,20}")
_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def phone(_inst: Any, attribute: Any, value: Any) -> None:
    if (
        not isinstance(value, str)
        or not _PHONE_RE.fullmatch(value)
        or sum(c.isdigit() for c in value) < 9
    ):
        _fail(
            _inst,
            attribute,
            "must be a phone number of at least 9 digits, e.g. +48 22 123 45 67",
            "phone.format",
        )


def email(_inst: Any, attribute: Any, value: Any) -> None:
    if not isinstance(value, str) or not _EMAIL_RE.fullmatch(value):
        _fail(_inst, attribute, "must be an e-mail address like name@example.pl", "email.format")


def unique(values: Iterable[tuple[str, object]], what: str) -> Iterator[Problem]:
    """Problems for repeated values: ``values`` are ``(path, value)`` pairs."""
    seen: set[object] = set()
    for path, value in values:
        if value in seen:
            yield at(path, f"duplicate {what}; each must be unique", "value.duplicate")
        seen.add(value)
