"""A step of a legal computation: what was done (in Polish), on what legal basis, result.

Every computation in :mod:`socialwork.law` returns its result together with the steps that
led to it, so a worker can show a client how a number or a date came about.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs

from socialwork.errors import FormatError, InputError
from socialwork.formatting import money as _money
from socialwork.formatting import round_money
from socialwork.law.citations import LegalBasis

__all__ = ["Step", "format_pln", "money"]


def money(amount: Decimal) -> Decimal:
    """An amount in złoty with exactly two decimals (ROUND_HALF_UP); an amount too large to
    compute with is an :class:`~socialwork.errors.InputError`."""
    try:
        return round_money(amount)
    except FormatError as exc:
        raise InputError(str(exc)) from None


def _shown_amount(amount: Decimal | None) -> Decimal | None:
    return None if amount is None else money(amount)


@attrs.frozen
class Step:
    """One step: a Polish description, its legal basis and (optionally) its result.

    ``amount`` is what a worker is shown, so it is kept rounded to the grosz (half-up);
    computations keep their exact figures and round once, at the end.
    """

    description: str
    legal_basis: LegalBasis
    amount: Decimal | None = attrs.field(default=None, converter=_shown_amount)
    day: dt.date | None = None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form: amounts as "823.00", dates ISO, the basis in the long form."""
        data: dict[str, Any] = {
            "description": self.description,
            "legal_basis": self.legal_basis.long,
            "legal_basis_short": self.legal_basis.short,
        }
        if self.amount is not None:
            data["amount"] = f"{money(self.amount)}"
        if self.day is not None:
            data["date"] = self.day.isoformat()
        return data

    def __str__(self) -> str:
        result = ""
        if self.amount is not None:
            result = f" = {format_pln(self.amount)}"
        elif self.day is not None:
            result = f" = {self.day.isoformat()}"
        return f"{self.description}{result} ({self.legal_basis.short})"


def format_pln(amount: Decimal) -> str:
    """ "1 010,00 zł" – thousands grouped by a non-breaking space, comma decimals, a plain
    space before "zł" (steps are plain text); :func:`socialwork.formatting.money`."""
    try:
        return _money(amount, space=" ")
    except FormatError as exc:
        raise InputError(str(exc)) from None
