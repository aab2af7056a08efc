"""Local figures of Gmina Przykładowo (fictional resolutions; ``verified=False``).

* The share of the gap covered by the **zasiłek okresowy** is raised from the statutory 50 %
  (art. 38 u.p.s.) to 60 % — registered as a
  :class:`~socialwork.law.parameters.ParameterOverride` of ``periodic_allowance.gap_share``,
  so every calculation that honours local figures uses it.
* For a **posiłek** the rada gminy raised the income criterion to 200 % of the statutory one
  (art. 8 ust. 2 u.p.s.; the scheme used for "Posiłek w szkole i w domu"). That raise is for
  the meal only, so it is *not* registered as an override of the general criterion (which
  would raise it for every benefit); the plugin's own rule applies it to meal decisions.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from socialwork.law import parameters
from socialwork.law.parameters import ParameterOverride
from socialwork_gmina_przyklad.config import GMINA

RESOLUTION_IN_FORCE = dt.date(2025, 1, 1)
"""The (fictional) resolutions take effect on this day."""

PERIODIC_GAP_SHARE = Decimal("0.60")
PERIODIC_SOURCE = (
    "uchwała nr I/1/2024 Rady Gminy Przykładowo z dnia 1 grudnia 2024 r. w sprawie "
    "podwyższenia zasiłku okresowego (przykład – uchwała fikcyjna)"
)
MEAL_CRITERION_SHARE = Decimal("2.00")
MEAL_SOURCE = (
    "uchwała nr I/2/2024 Rady Gminy Przykładowo z dnia 1 grudnia 2024 r. w sprawie "
    "podwyższenia kryterium dochodowego uprawniającego do przyznania posiłku "
    "(przykład – uchwała fikcyjna)"
)


def periodic_gap_share() -> ParameterOverride:
    """The raised share of the gap for the zasiłek okresowy (60 % from 1.01.2025)."""
    return ParameterOverride(
        name="periodic_allowance.gap_share",
        values={RESOLUTION_IN_FORCE: PERIODIC_GAP_SHARE},
        gmina=GMINA,
        source=PERIODIC_SOURCE,
        # UNVERIFIED: the exact provision letting the rada gminy raise the share.
        legal_basis="art. 38 u.p.s.",
        verified=False,
    )


def meal_criterion(on: dt.date, *, single: bool) -> Decimal | None:
    """The raised criterion for a posiłek on ``on`` (200 % of the statutory one), or None
    before the resolution took effect."""
    if on < RESOLUTION_IN_FORCE:
        return None
    name = "income_criterion.single" if single else "income_criterion.per_person"
    statutory = parameters.value(name, on, statutory=True)
    return (statutory * MEAL_CRITERION_SHARE).quantize(Decimal("0.01"))
