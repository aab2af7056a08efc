"""Helpers shared by the built-in rules: Polish formatting and finding related objects.

Rule messages are plain text: the formatting is :mod:`socialwork.formatting`'s, with an
ordinary space before "r.", "zł" and "dni" (thousands are still grouped by non-breaking
spaces)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from socialwork.formatting import date_dotted, days_pl, money
from socialwork.rules.rule import RuleContext

if TYPE_CHECKING:
    from socialwork.model.decision import Decision
    from socialwork.model.interview import Interview

__all__ = ["day", "days", "interview_for", "interviews_of", "pln", "same_person"]


def day(value: dt.date) -> str:
    """A date as Polish official documents write it in short form: ``17.11.2021 r.``."""
    return date_dotted(value, space=" ")


def days(count: int) -> str:
    """A number of calendar days in Polish: ``1 dzień``, ``5 dni``."""
    return days_pl(count, space=" ")


def pln(amount: Decimal) -> str:
    """An amount in złoty: ``1 010,00 zł``."""
    return money(amount, space=" ")


def same_person(a: Any, b: Any) -> bool:
    """Whether two clients are the same person (client id, or the person's id)."""
    if a is None or b is None:
        return False
    if getattr(a, "id", None) is not None and a.id == getattr(b, "id", None):
        return True
    pa, pb = getattr(a, "person", None), getattr(b, "person", None)
    return pa is not None and pb is not None and pa.id == pb.id


def interviews_of(decision: Decision, ctx: RuleContext) -> list[Interview]:
    """Interviews (full ones and updates) of the decision's party that the validated case
    or ``related`` holds, conducted not later than the decision, oldest first."""
    from socialwork.model.interview import Interview

    found = [
        i
        for i in ctx.objects(Interview)
        if same_person(i.household.applicant, decision.party)
        and i.conducted_on <= decision.issued_on
    ]
    return sorted(found, key=lambda i: i.conducted_on)


def interview_for(decision: Decision, ctx: RuleContext) -> Interview | None:
    """The interview a decision rests on: the one named by ``interview_id`` if the case
    holds it, else the latest interview of the party before the decision (or None)."""
    from socialwork.model.interview import Interview

    if decision.interview_id is not None:
        for interview in ctx.objects(Interview):
            if interview.id == decision.interview_id:
                return interview
    candidates = interviews_of(decision, ctx)
    return candidates[-1] if candidates else None
