"""Casework rule cases shared by the fixtures (``build_fixtures.py``) and the both-ways tests
(``test_casework_rules.py``): each case is a shipped example changed just enough to break
one rule; the unchanged examples pass every rule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs

from socialwork import examples
from socialwork.model import (
    BlueCardStatus,
    ContactRecord,
    CrimeReport,
    MotherClaim,
    PaternityClaim,
    Witness,
)

D = dt.date


def contact() -> ContactRecord:
    obj = examples.load("notatka-sluzbowa")
    assert isinstance(obj, ContactRecord)
    return obj


def crime_report() -> CrimeReport:
    obj = examples.load("zawiadomienie-przestepstwo")
    assert isinstance(obj, CrimeReport)
    return obj


def paternity() -> PaternityClaim:
    obj = examples.load("pozew-ojcostwo-alimenty")
    assert isinstance(obj, PaternityClaim)
    return obj


def _maintenance(claim: PaternityClaim, **changes: Any) -> PaternityClaim:
    items = tuple(
        attrs.evolve(c, **changes) if c.months is not None else c for c in claim.mother_claims
    )
    return attrs.evolve(claim, mother_claims=items)


def _older_child(claim: PaternityClaim) -> PaternityClaim:
    # the same child, the pozew filed on its 18th birthday
    born = claim.claim.child.birth_date
    return attrs.evolve(
        claim,
        filed_on=born.replace(year=born.year + 18),
        payable_from=born.replace(year=born.year + 18),
        mother_claims=(),  # long lapsed (SW-OJC-004): not this case
    )


BROKEN: dict[str, Callable[[], object]] = {
    "SW-CNT-001": lambda: attrs.evolve(contact(), findings="  "),
    "SW-CNT-002": lambda: attrs.evolve(contact(), violence_suspected=True),
    "SW-ZAW-001": lambda: attrs.evolve(crime_report(), learned_on=D(2026, 11, 2)),
    "SW-ZAW-002": lambda: attrs.evolve(
        crime_report(),
        witnesses=(*crime_report().witnesses, Witness(name="Jan Sąsiad", testimony="")),
    ),
    "SW-ZAW-003": lambda: attrs.evolve(
        crime_report(),
        blue_card=BlueCardStatus.NOT_STARTED,
        blue_card_started_on=None,
        blue_card_team=None,
    ),
    "SW-OJC-001": lambda: _older_child(paternity()),
    "SW-OJC-002": lambda: attrs.evolve(paternity(), husband_presumption=True),
    "SW-OJC-003": lambda: attrs.evolve(
        paternity(), relationship_from=D(2024, 9, 1), relationship_to=D(2025, 1, 31)
    ),
    "SW-OJC-004": lambda: attrs.evolve(
        paternity(), filed_on=D(2029, 3, 15), payable_from=D(2029, 4, 1)
    ),
    "SW-OJC-005": lambda: _maintenance(paternity(), reason=None),
}
"""Rule code → a case that breaks exactly that rule."""

__all__ = ["BROKEN", "MotherClaim", "contact", "crime_report", "paternity"]
