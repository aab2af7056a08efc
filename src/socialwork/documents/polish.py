"""The Polish helpers of every template, as filters (``{{ x|money }}``) and as functions.

The formatting itself (money, numbers, dates, plurals, amounts in words) is
:mod:`socialwork.formatting`, shared with the law's steps and the rules' messages; this module
adds what only documents need (PESEL, legal citations, dotted lines to fill in by hand) and
the tables the template environment installs: :data:`FILTERS` and :data:`GLOBALS`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from socialwork.errors import FormatError
from socialwork.formatting import (
    NBSP,
    amount_in_words,
    date_pl,
    date_short,
    decimal_pl,
    join_pl,
    money,
    money_full,
    number_pl,
    plural,
    plural_form,
    yes_no,
)
from socialwork.law.kpa import appeal_waiver

__all__ = [
    "FILTERS",
    "GLOBALS",
    "NBSP",
    "FormatError",
    "amount_in_words",
    "appeal_waiver",
    "citation",
    "date_pl",
    "date_short",
    "decimal_pl",
    "income_summary",
    "join_pl",
    "money",
    "money_full",
    "number_pl",
    "or_dots",
    "pesel",
    "pesel_masked",
    "plural",
    "plural_form",
    "yes_no",
]


# ---------------------------------------------------------------------------- people, law


def _pesel_digits(value: object) -> str:
    # A model's PESEL type may mask itself in str()/repr(); it exposes the digits as .number
    # or .value. A plain string is taken as it is.
    for attribute in ("number", "value", "digits"):
        inner = getattr(value, attribute, None)
        if isinstance(inner, str):
            return inner
    if isinstance(value, str):
        return value
    raise FormatError(f"expected a PESEL number, got {type(value).__name__}")


def pesel(value: object) -> str:
    """The 11 digits of a PESEL number, as printed on official documents."""
    return _pesel_digits(value).strip()


def pesel_masked(value: object) -> str:
    """A PESEL with all but the last four digits hidden: ``*******1359``."""
    digits = pesel(value)
    return "*" * max(len(digits) - 4, 0) + digits[-4:]


def citation(basis: object, short: bool = False) -> str:
    """A legal citation: a :class:`socialwork.law.citations.LegalBasis` (or a string) in its
    long form ("art. 106 ust. 4 ustawy o pomocy społecznej") or, with ``short=True``, its
    short form ("art. 106 ust. 4 u.p.s.")."""
    if isinstance(basis, str):
        return basis
    if short:
        for name in ("short", "short_form", "abbreviated"):
            method = getattr(basis, name, None)
            if callable(method):
                return str(method())
            if isinstance(method, str):
                return method
    for name in ("long", "long_form", "full"):
        method = getattr(basis, name, None)
        if callable(method):
            return str(method())
        if isinstance(method, str):
            return method
    return str(basis)


def income_summary(family: object, application_on: object, on: object) -> dict[str, Any] | None:
    """The household's income under art. 8 u.p.s. for a printed table: ``total``,
    ``members``, ``per_person``, ``month`` (the month the income comes from), the criterion in
    force on ``on`` (``criterion``: of an osoba samotnie gospodarująca, or per person in a
    family; ``family_criterion``: per person × members) and ``exceeds`` (whether the income —
    per person in a family — is above it). ``None`` when the income cannot be computed from
    the case (the template then prints nothing and the rules report why)."""
    import datetime as dt

    from socialwork.errors import SocialworkError
    from socialwork.law import income_criterion
    from socialwork.law.income import family_income
    from socialwork.model.family import Family

    if not isinstance(family, Family) or not isinstance(application_on, dt.date):
        return None
    if not isinstance(on, dt.date):
        return None
    try:
        result = family_income(family, application_date=application_on)
        single = result.members == 1
        criterion = income_criterion(on, single=single)
    except SocialworkError:
        return None
    compared = result.total if single else result.per_person
    return {
        "total": result.total,
        "members": result.members,
        "per_person": result.per_person,
        "month": result.reference_month,
        "single": single,
        "criterion": criterion,
        "family_criterion": criterion * result.members,
        "exceeds": compared > criterion,
    }


DOTS = "…" * 20


def or_dots(value: object, width: int = 20) -> object:
    """The value, or a dotted line to fill in by hand when it is empty (``None``/``""``).

    Use it only for fields a social worker completes on paper; every other missing value is an
    error, never a silent gap."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "…" * width
    return value


FILTERS: dict[str, Callable[..., Any]] = {
    "date_pl": date_pl,
    "date_short": date_short,
    "money": money,
    "money_words": amount_in_words,
    "money_full": money_full,
    "number_pl": number_pl,
    "decimal_pl": decimal_pl,
    "pesel": pesel,
    "pesel_masked": pesel_masked,
    "citation": citation,
    "yes_no": yes_no,
    "join_pl": join_pl,
    "or_dots": or_dots,
}
"""Filters registered in every template environment (``{{ x|money }}``)."""

GLOBALS: dict[str, Callable[..., Any]] = {
    "appeal_waiver": appeal_waiver,
    "income_summary": income_summary,
    "plural": plural,
    "plural_form": plural_form,
    "amount_in_words": amount_in_words,
    **FILTERS,
}
"""Functions available in every template (``{{ plural(n, "osoba", "osoby", "osób") }}``)."""
