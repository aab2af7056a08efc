"""The core's rules, grouped by the model they check (codes ``SW-<AREA>-<NNN>``, see
``docs/rules.md``)."""

from __future__ import annotations

from socialwork.rules.builtin import (
    alimony,
    alimony_interview,
    assets,
    benefits,
    casework,
    contract,
    decision,
    dps,
    homelessness,
    interview,
    referral,
    staff,
)
from socialwork.rules.rule import Rule

BUILTIN_RULES: tuple[Rule, ...] = (
    *interview.RULES,
    *decision.RULES,
    *benefits.RULES,
    *contract.RULES,
    *referral.RULES,
    *dps.RULES,
    *staff.RULES,
    *alimony.RULES,
    *casework.RULES,
    *alimony_interview.RULES,
    *assets.RULES,
    *homelessness.RULES,
)

__all__ = ["BUILTIN_RULES"]
