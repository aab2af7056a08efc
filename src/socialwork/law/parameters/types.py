"""The figure types: a figure with its dated values, one value with its source, a looked-up
value, the units a figure may have, and the errors of the figures package.

A :class:`Parameter` is one figure of the Act (e.g. ``income_criterion.single``, art. 8
ust. 1 pkt 1 u.p.s.) with its whole history; each :class:`Period` is one value in force
from its ``start`` until the next one starts, with its source and a ``verified`` flag
(``False``: not confirmed in a stored copy of the source).  A :class:`FigureValue` is the
answer to "what is the figure on this day", with everything needed to show where it comes
from.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

import attrs

from socialwork.errors import (
    DateOutOfRangeError,
    ParameterFileError,
    UnknownParameterError,
)
from socialwork.law.citations import LegalBasis

__all__ = [
    "ACT_IN_FORCE",
    "UNITS",
    "DateOutOfRangeError",
    "FigureValue",
    "OverridePolicy",
    "Parameter",
    "ParameterFileError",
    "Period",
    "UnknownParameterError",
    "check_date",
]

#: The ustawa o pomocy społecznej entered into force on this day; no figure before it.
ACT_IN_FORCE = dt.date(2004, 5, 1)

#: The units a figure may have, with the Polish wording used in ``docs/figures.md``.
UNITS: dict[str, str] = {
    "PLN/month": "zł miesięcznie",
    "PLN": "zł",
    "PLN/ha/month": "zł miesięcznie z 1 ha przeliczeniowego",
    "ratio": "ułamek (1.00 = 100 %)",
    "multiplier": "krotność",
    "months": "miesiące",
}

#: Whether a gmina may replace the figure locally: ``"raise"`` (art. 8 ust. 2 u.p.s.) or not.
OverridePolicy = Literal["none", "raise"]


def check_date(on: Any, name: str) -> None:
    """Refuse a day that is not a ``date`` or is before the Act (figure ``name`` in errors)."""
    if isinstance(on, dt.datetime) or not isinstance(on, dt.date):
        raise DateOutOfRangeError(
            f"{name}: the day must be a datetime.date (e.g. date(2025, 1, 1)), not "
            f"{type(on).__name__}"
        )
    if on < ACT_IN_FORCE:
        raise DateOutOfRangeError(
            f"{name} has no value on {on.isoformat()}: the ustawa o pomocy społecznej is in "
            f"force from {ACT_IN_FORCE.isoformat()}; give a date on or after that day"
        )


@attrs.frozen
class Period:
    """One value of a figure, in force from ``start`` until the next value starts.

    Either ``amount`` is set, or ``same_as`` names another figure whose statutory value on
    the same day this one equals.
    """

    start: dt.date
    amount: Decimal | None
    same_as: str | None
    verified: bool
    source: str
    dz_u: str | None = None
    url: str | None = None
    note: str | None = None
    legal_basis: LegalBasis | None = None


@attrs.frozen
class Parameter:
    """A figure with its whole history (periods in date order)."""

    name: str
    description: str
    label: str
    unit: str
    legal_basis: LegalBasis
    override: OverridePolicy
    periods: tuple[Period, ...]

    def period_on(self, on: dt.date) -> tuple[Period, dt.date | None]:
        """The period in force on ``on`` and the day it ends (``None``: still in force)."""
        check_date(on, self.name)
        if on < self.periods[0].start:
            raise DateOutOfRangeError(
                f"{self.name} ({self.label}) has no value on {on.isoformat()}: its first "
                f"value is in force from {self.periods[0].start.isoformat()}; give a date "
                "on or after that day"
            )
        index = 0
        for i, period in enumerate(self.periods):
            if period.start <= on:
                index = i
            else:
                break
        end = None
        if index + 1 < len(self.periods):
            end = self.periods[index + 1].start - dt.timedelta(days=1)
        return self.periods[index], end


@attrs.frozen
class FigureValue:
    """A figure's value on a day with everything needed to show where it comes from."""

    name: str
    label: str
    unit: str
    amount: Decimal
    on: dt.date
    effective_from: dt.date
    effective_to: dt.date | None
    legal_basis: LegalBasis
    source: str
    dz_u: str | None
    url: str | None
    verified: bool
    note: str | None = None
    gmina: str | None = None
    statutory_amount: Decimal | None = None

    @property
    def local(self) -> bool:
        """True when the value is a gmina's local figure, not the statutory one."""
        return self.gmina is not None

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form: the amount as its exact decimal string, dates ISO, the basis in
        the long form (``GET /figures/{name}``)."""
        return {
            "name": self.name,
            "label": self.label,
            "unit": self.unit,
            "amount": f"{self.amount}",
            "on": self.on.isoformat(),
            "in_force_from": self.effective_from.isoformat(),
            "in_force_to": self.effective_to.isoformat() if self.effective_to else None,
            "legal_basis": self.legal_basis.long,
            "source": self.source,
            "dz_u": self.dz_u,
            "url": self.url,
            "verified": self.verified,
            "note": self.note,
            "gmina": self.gmina,
            "statutory_amount": (
                f"{self.statutory_amount}" if self.statutory_amount is not None else None
            ),
        }

    def describe(self) -> str:
        """One Polish line for a worker: value, basis, source, verification status."""
        where = f" ({self.dz_u})" if self.dz_u else ""
        text = f"{self.label}: {self.amount} – {self.legal_basis.short}; {self.source}{where}"
        if self.gmina:
            text += f"; podwyższone lokalnie: {self.gmina}"
        if not self.verified:
            text += " [NIEZWERYFIKOWANE]"
        return text
