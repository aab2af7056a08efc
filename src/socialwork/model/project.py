"""The projekt socjalny (art. 6 pkt 13 u.p.s. [definition UNVERIFIED]; no official form — the
structure follows practice: diagnosis, goals, target group, activities with schedule, budget,
results with indicators, risks, evaluation, approval)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import attrs

from socialwork.errors import Problem
from socialwork.model import _base as v
from socialwork.model.contract import Goal
from socialwork.model.enums import FundingSource, ProjectKind
from socialwork.model.staff import Center, Signatory, SocialWorker

__all__ = [
    "Activity",
    "Approval",
    "BudgetLine",
    "Partner",
    "Project",
    "ProjectResult",
    "Risk",
    "TargetGroup",
]


@attrs.frozen(repr=False)
class Partner:
    name: str = attrs.field(validator=v.required_text)
    role: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(repr=False)
class TargetGroup:
    """Grupa docelowa: who, how many, how recruited."""

    description: str = attrs.field(validator=v.required_text)
    size: int = attrs.field(validator=v.int_between(1))
    recruitment_criteria: tuple[str, ...] = attrs.field(default=(), validator=v.text_tuple)


@attrs.frozen(repr=False)
class Activity:
    """A project activity with its schedule (harmonogram)."""

    id: str = attrs.field(validator=v.identifier)
    name: str = attrs.field(validator=v.required_text)
    start: dt.date = attrs.field(validator=v.a_date)
    end: dt.date = attrs.field(validator=v.a_date)
    description: str | None = attrs.field(default=None, validator=v.optional_text)
    responsible: str | None = attrs.field(default=None, validator=v.optional_text)
    goal_id: str | None = attrs.field(default=None, validator=v.optional(v.identifier))

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, v.not_before(self, "end", "start"))


@attrs.frozen(repr=False)
class BudgetLine:
    """A cost item with its funding source (own / external)."""

    item: str = attrs.field(validator=v.required_text)
    amount: Decimal = attrs.field(validator=v.money)
    source: FundingSource = attrs.field(validator=v.enum_member(FundingSource))
    funder: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(repr=False)
class ProjectResult:
    """An expected result (rezultat/produkt) with its indicator and how it is measured."""

    description: str = attrs.field(validator=v.required_text)
    indicator: str = attrs.field(validator=v.required_text)
    target: str = attrs.field(validator=v.required_text)
    """Target value, e.g. "12 osób", "80% uczestników"."""
    measurement: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(repr=False)
class Risk:
    description: str = attrs.field(validator=v.required_text)
    mitigation: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(repr=False)
class Approval:
    """Approval of the project (e.g. by the head of the centre)."""

    approved_by: Signatory = attrs.field(validator=v.instance(Signatory))
    approved_on: dt.date = attrs.field(validator=v.a_date)


@attrs.frozen(repr=False)
class Project:
    """A projekt socjalny.

    Structural invariants: ``end`` not before ``start``; every activity lies within the
    project period and ends after it starts; activity and goal ids are unique and activities
    refer to known goals; the target group has at least one person.
    """

    id: str = attrs.field(validator=v.identifier)
    title: str = attrs.field(validator=v.required_text)
    kind: ProjectKind = attrs.field(validator=v.enum_member(ProjectKind))
    organiser: Center = attrs.field(validator=v.instance(Center))
    author: SocialWorker = attrs.field(validator=v.instance(SocialWorker))
    start: dt.date = attrs.field(validator=v.a_date)
    end: dt.date = attrs.field(validator=v.a_date)
    diagnosis: str = attrs.field(validator=v.required_text)
    main_goal: str = attrs.field(validator=v.required_text)
    target_group: TargetGroup = attrs.field(validator=v.instance(TargetGroup))
    goals: tuple[Goal, ...] = attrs.field(default=(), validator=v.tuple_of(Goal))
    partners: tuple[Partner, ...] = attrs.field(default=(), validator=v.tuple_of(Partner))
    activities: tuple[Activity, ...] = attrs.field(default=(), validator=v.tuple_of(Activity))
    budget: tuple[BudgetLine, ...] = attrs.field(default=(), validator=v.tuple_of(BudgetLine))
    results: tuple[ProjectResult, ...] = attrs.field(
        default=(), validator=v.tuple_of(ProjectResult)
    )
    risks: tuple[Risk, ...] = attrs.field(default=(), validator=v.tuple_of(Risk))
    sustainability: str | None = attrs.field(default=None, validator=v.optional_text)
    """Trwałość rezultatów."""
    evaluation: str | None = attrs.field(default=None, validator=v.optional_text)
    """Ewaluacja / monitoring."""
    approval: Approval | None = attrs.field(
        default=None, validator=v.optional(v.instance(Approval))
    )
    drawn_up_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    """The date the project document was drawn up (the document date when rendering and the
    default validation date)."""
    reference_number: str | None = attrs.field(default=None, validator=v.optional_text)
    """Znak sprawy / numer projektu, e.g. "MOPS.PS.1.2027"."""

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        yield from v.not_before(self, "end", "start")
        yield from v.unique(((f"goals[{i}].id", g.id) for i, g in enumerate(self.goals)), "id")
        yield from v.unique(
            ((f"activities[{i}].id", a.id) for i, a in enumerate(self.activities)), "id"
        )
        goal_ids = {g.id for g in self.goals}
        for i, act in enumerate(self.activities):
            if act.start < self.start or act.end > self.end:
                yield v.at(
                    f"activities[{i}]", "must lie within the project period start-end", "date.range"
                )
            if act.goal_id is not None and act.goal_id not in goal_ids:
                yield v.at(
                    f"activities[{i}].goal_id", "refers to no goal of this project", "ref.unknown"
                )
        yield from v.total_problem("budget", self.budget_total, "the budget total")

    @property
    def drafted_on(self) -> dt.date | None:
        """Alias of :attr:`drawn_up_on` under the name the documents engine looks up for the
        document date."""
        return self.drawn_up_on

    @property
    def budget_total(self) -> Decimal:
        return sum((b.amount for b in self.budget), Decimal("0.00"))

    def budget_by_source(self, source: FundingSource) -> Decimal:
        return sum((b.amount for b in self.budget if b.source is source), Decimal("0.00"))


v.private_reprs(__name__)
