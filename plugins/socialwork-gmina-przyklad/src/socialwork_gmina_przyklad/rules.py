"""The local rule of Gmina Przykładowo.

``GMINA-PRZYKLAD-001``: a posiłek planned in a rodzinny wywiad środowiskowy needs the
household's income within the criterion the rada gminy raised for the meal (200 % of the
statutory criterion, art. 8 ust. 2 u.p.s.; fictional resolution, ``verified=False``). Above
it, the meal can be granted only against payment or as an exception — the worker checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from socialwork.formatting import money
from socialwork.model import BenefitKind
from socialwork.rules import Rule, Violation, rule
from socialwork_gmina_przyklad.local import MEAL_CRITERION_SHARE, MEAL_SOURCE, meal_criterion

if TYPE_CHECKING:  # the rule names its model by tag: checking a kontrakt loads no interview
    from socialwork.model import Interview


def _meal_planned(interview: Interview) -> bool:
    if interview.needs is not None and BenefitKind.MEAL in interview.needs.expected_benefits:
        return True
    plan = interview.plan
    return plan is not None and any(item.benefit is BenefitKind.MEAL for item in plan.items)


def _percent(share: Any) -> str:
    return f"{share * 100:.0f} %"


@rule(
    "GMINA-PRZYKLAD-001",
    "Posiłek przysługuje przy dochodzie nieprzekraczającym podwyższonego kryterium",
    applies_to="interview",
    legal_basis=f"{MEAL_SOURCE}, w zw. z art. 8 ust. 2 u.p.s.",
    severity="warning",
    verified=False,
)
def meal_within_raised_criterion(interview: Interview, _ctx: Any) -> Iterator[Violation]:
    if not _meal_planned(interview):
        return
    on = interview.application_on or interview.conducted_on
    limit = meal_criterion(on, single=interview.household.single)
    if limit is None:
        return
    from socialwork.law.income import family_income  # loaded with the first meal planned

    income = family_income(interview.household, application_date=on, for_cash_benefit=False)
    measured = income.total if interview.household.single else income.per_person
    if measured > limit:
        what = "osoby samotnie gospodarującej" if interview.household.single else "na osobę"
        yield Violation(
            f"W planie pomocy jest posiłek, a dochód {what} przekracza podwyższone przez "
            f"Radę Gminy Przykładowo kryterium ({_percent(MEAL_CRITERION_SHARE)} kryterium "
            f"ustawowego, {money(limit)}); posiłek może być przyznany tylko odpłatnie albo w "
            "szczególnie uzasadnionym przypadku — sprawdź.",
            path="$.needs.expected_benefits",
        )


RULES: tuple[Rule, ...] = (meal_within_raised_criterion,)
