"""The Act as code: dated legal figures, income (art. 8), allowances (art. 37–41), the DPS
fee (art. 60–61), statutory deadlines and legal citations.

* :mod:`socialwork.law.parameters` – figures by effective date with their sources;
* :mod:`socialwork.law.citations` – :class:`~socialwork.law.citations.LegalBasis`;
* :mod:`socialwork.law.income` – household income under art. 8 ust. 3–13 u.p.s.;
* :mod:`socialwork.law.allowances` – zasiłek stały, okresowy, celowy (art. 37–41 u.p.s.);
* :mod:`socialwork.law.dps` – the fee for a stay in a dom pomocy społecznej (art. 60–61 u.p.s.);
* :mod:`socialwork.law.deadlines` – wywiad, aktualizacja, decision and appeal deadlines.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from socialwork.errors import InputError
from socialwork.law import parameters
from socialwork.law.citations import Act, LegalBasis
from socialwork.law.parameters import LocalOverride, ParameterOverride
from socialwork.law.steps import Step

__all__ = [
    "Act",
    "LegalBasis",
    "LocalOverride",
    "ParameterOverride",
    "Step",
    "family_criterion",
    "income_criterion",
    "parameters",
]


def income_criterion(on: dt.date, *, single: bool) -> Decimal:
    """The statutory income criterion in force on ``on`` (art. 8 ust. 1 pkt 1–2 u.p.s.).

    ``single=True``: the criterion of an osoba samotnie gospodarująca (pkt 1);
    ``single=False``: the criterion per person in a family (pkt 2).  Always the statutory
    figure – a gmina's raised criterion (art. 8 ust. 2) is read with
    ``parameters.value("income_criterion.single", on)``.  A date before 2004-05-01 raises
    :class:`~socialwork.law.parameters.DateOutOfRangeError` (an ``InputError``).
    """
    if not isinstance(single, bool):
        raise InputError("income_criterion: 'single' must be True or False")
    name = "income_criterion.single" if single else "income_criterion.per_person"
    return parameters.value(name, on, statutory=True)


def family_criterion(on: dt.date, members: int) -> Decimal:
    """Kryterium dochodowe rodziny: the per-person criterion × persons (art. 8 ust. 1 pkt 3)."""
    if isinstance(members, bool) or not isinstance(members, int) or members < 1:
        raise InputError(f"family_criterion: members must be a whole number >= 1, not {members!r}")
    return income_criterion(on, single=False) * members
