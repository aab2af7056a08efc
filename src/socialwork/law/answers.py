"""JSON answers shared by ``socialwork calc … --json`` and the HTTP service (``GET
/calc/criterion``), so both give the same bytes' worth of data."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from socialwork.law import parameters
from socialwork.law.citations import ups

__all__ = ["criterion_answer"]


def _money(amount: Decimal) -> str:
    return f"{amount.quantize(Decimal('0.01'))}"


def criterion_answer(on: dt.date) -> dict[str, Any]:
    """The statutory income criteria in force on ``on`` (art. 8 ust. 1 u.p.s.):
    ``{"single": "1010.00", "per_person": "823.00", "legal_basis", "on", "sources"}``."""
    single = parameters.record("income_criterion.single", on, statutory=True)
    per_person = parameters.record("income_criterion.per_person", on, statutory=True)
    return {
        "single": _money(single.amount),
        "per_person": _money(per_person.amount),
        "legal_basis": ups(8, ustep=1).long,
        "on": on.isoformat(),
        "sources": {
            key: {
                "legal_basis": rec.legal_basis.long,
                "source": rec.source,
                "dz_u": rec.dz_u,
                "in_force_from": rec.effective_from.isoformat(),
                "in_force_to": rec.effective_to.isoformat() if rec.effective_to else None,
                "verified": rec.verified,
            }
            for key, rec in (("single", single), ("per_person", per_person))
        },
    }
