"""The rodzinny wywiad środowiskowy (family interview) and its update.

Form: załącznik nr 1 to the Rozporządzenie MRiPS z 8.04.2021 (Dz.U. 2021 poz. 893). Część I
has segments A–J; A, H, I and J are mandatory for a full interview. The model can hold an
interview with any segment missing (a draft); :mod:`socialwork.rules` reports the missing
mandatory ones. Część IV lit. A is the update (aktualizacja, art. 107 ust. 4 u.p.s.).

Titles of segments A, C, H, I, J are verified; the letters and content of B and D–G are
UNVERIFIED (the regulation names material, health and occupational situation among the optional
areas without a confirmed letter).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import attrs

from socialwork.errors import Problem
from socialwork.model import _base as v
from socialwork.model.benefits import BenefitKind
from socialwork.model.enums import InterviewKind, MaritalStatus
from socialwork.model.family import Family
from socialwork.model.people import Client
from socialwork.model.reasons import AssistanceReason
from socialwork.model.staff import Center, SocialWorker

__all__ = [
    "MANDATORY_SEGMENTS",
    "SEGMENTS",
    "AssistancePlanSegment",
    "DiagnosisSegment",
    "Expense",
    "FamilyFunctioningSegment",
    "HealthSegment",
    "HouseholdSegment",
    "Interview",
    "InterviewUpdate",
    "LivingConditionsSegment",
    "MaterialSituationSegment",
    "NeedsSegment",
    "OtherCircumstancesSegment",
    "PlanItem",
    "WorkSegment",
]


@attrs.frozen(repr=False)
class HouseholdSegment:
    """Segment A — dane osoby ubiegającej się o pomoc i jej rodziny (mandatory).

    The household itself is :attr:`Interview.household`; this segment records who was
    interviewed and the applicant's personal details not held elsewhere.
    """

    interviewee_id: str = attrs.field(validator=v.identifier)
    """Id of the household person the interview was conducted with."""
    marital_status: MaritalStatus | None = attrs.field(
        default=None, validator=v.optional(v.enum_member(MaritalStatus))
    )
    education: str | None = attrs.field(default=None, validator=v.optional_text)
    notes: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(repr=False)
class Expense:
    """A monthly expense of the household (rent, fuel, medicines…)."""

    item: str = attrs.field(validator=v.required_text)
    amount: Decimal = attrs.field(validator=v.money)


@attrs.frozen(repr=False)
class MaterialSituationSegment:
    """Segment B — analiza sytuacji materialnej (UNVERIFIED letter): expenses, assets, debts."""

    expenses: tuple[Expense, ...] = attrs.field(default=(), validator=v.tuple_of(Expense))
    assets: str | None = attrs.field(default=None, validator=v.optional_text)
    debts: str | None = attrs.field(default=None, validator=v.optional_text)
    notes: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(repr=False)
class LivingConditionsSegment:
    """Segment C — analiza warunków bytowych osoby lub rodziny (housing)."""

    housing: str = attrs.field(validator=v.required_text)
    """Kind and tenure, e.g. "mieszkanie komunalne, 2 pokoje z kuchnią"."""
    rooms: int | None = attrs.field(default=None, validator=v.optional(v.int_between(0)))
    area_m2: Decimal | None = attrs.field(default=None, validator=v.optional(v.decimal_places(2)))
    heating: str | None = attrs.field(default=None, validator=v.optional_text)
    amenities: str | None = attrs.field(default=None, validator=v.optional_text)
    """Water, bathroom, toilet, gas…"""
    assessment: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(repr=False)
class HealthSegment:
    """Segment D — analiza sytuacji zdrowotnej (UNVERIFIED letter). Health data: hidden in
    ``repr``."""

    description: str = attrs.field(validator=v.required_text, repr=v.hidden)
    disability_rulings: str | None = attrs.field(
        default=None, validator=v.optional_text, repr=v.hidden
    )


@attrs.frozen(repr=False)
class WorkSegment:
    """Segment E — analiza sytuacji zawodowej (UNVERIFIED letter)."""

    description: str = attrs.field(validator=v.required_text)
    registered_unemployed: bool | None = attrs.field(default=None, validator=v.optional(v.boolean))
    qualifications: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(repr=False)
class FamilyFunctioningSegment:
    """Segment F — funkcjonowanie rodziny: care and upbringing, alimony, relations
    (UNVERIFIED letter). May contain violence or addiction data: hidden in ``repr``."""

    description: str = attrs.field(validator=v.required_text, repr=v.hidden)
    alimony: str | None = attrs.field(default=None, validator=v.optional_text, repr=v.hidden)


@attrs.frozen(repr=False)
class OtherCircumstancesSegment:
    """Segment G — other circumstances (addictions, conflicts with the law…) (UNVERIFIED).
    Sensitive: hidden in ``repr``."""

    description: str = attrs.field(validator=v.required_text, repr=v.hidden)


@attrs.frozen(repr=False)
class NeedsSegment:
    """Segment H — potrzeby i oczekiwania zgłoszone w trakcie wywiadu (mandatory)."""

    needs: tuple[str, ...] = attrs.field(validator=v.text_tuple)
    expected_benefits: tuple[BenefitKind, ...] = attrs.field(
        default=(), validator=v.tuple_of(BenefitKind)
    )
    notes: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(repr=False)
class DiagnosisSegment:
    """Segment I — diagnoza sytuacji osoby lub rodziny, w tym wnioski pracownika socjalnego
    (mandatory)."""

    diagnosis: str = attrs.field(validator=v.required_text, repr=v.hidden)
    conclusions: str = attrs.field(validator=v.required_text, repr=v.hidden)
    resources: str | None = attrs.field(default=None, validator=v.optional_text)
    """Strengths and resources of the person/family."""


@attrs.frozen(repr=False)
class PlanItem:
    """One item of the plan pomocy: a form of help or an action, optionally with a date."""

    description: str = attrs.field(validator=v.required_text)
    benefit: BenefitKind | None = attrs.field(
        default=None, validator=v.optional(v.enum_member(BenefitKind))
    )
    due: dt.date | None = attrs.field(default=None, validator=v.optional_date)


@attrs.frozen(repr=False)
class AssistancePlanSegment:
    """Segment J — plan pomocy na rzecz osoby lub rodziny (mandatory)."""

    items: tuple[PlanItem, ...] = attrs.field(validator=v.tuple_of(PlanItem))
    notes: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(repr=False)
class InterviewUpdate:
    """Część IV — aktualizacja wywiadu: what changed since the earlier interview."""

    changes: str = attrs.field(validator=v.required_text, repr=v.hidden)
    previous_interview_id: str | None = attrs.field(
        default=None, validator=v.optional(v.identifier)
    )
    previous_interview_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    conclusions: str | None = attrs.field(default=None, validator=v.optional_text, repr=v.hidden)
    plan: str | None = attrs.field(default=None, validator=v.optional_text)


SEGMENTS: dict[str, str] = {
    "A": "household_data",
    "B": "material_situation",
    "C": "living_conditions",
    "D": "health",
    "E": "work",
    "F": "family_functioning",
    "G": "other_circumstances",
    "H": "needs",
    "I": "diagnosis",
    "J": "plan",
}
"""Segment letter of część I → :class:`Interview` attribute."""

MANDATORY_SEGMENTS: tuple[str, ...] = ("A", "H", "I", "J")
"""Segments of część I a full interview must have (Dz.U. 2021 poz. 893, załącznik nr 1)."""


@attrs.frozen(repr=False)
class Interview:
    """A rodzinny wywiad środowiskowy (``kind=full``, część I) or its update
    (``kind=update``, część IV).

    ``household`` is a snapshot of the household at the time of the interview (its applicant
    is the client); ``need_known_on`` is the day the centre learned an interview was needed —
    the statutory term (14 working days, urgent 2) runs from it.

    Structural invariants: ``conducted_on`` is not before ``need_known_on`` nor before
    ``application_on``; an update has an ``update`` section and a full interview has none;
    segment A's interviewee is a person of the household; reasons are not repeated. Missing
    mandatory segments are *not* a structural error (see :data:`MANDATORY_SEGMENTS`).
    """

    id: str = attrs.field(validator=v.identifier)
    kind: InterviewKind = attrs.field(validator=v.enum_member(InterviewKind))
    center: Center = attrs.field(validator=v.instance(Center))
    worker: SocialWorker = attrs.field(validator=v.instance(SocialWorker))
    household: Family = attrs.field(validator=v.instance(Family))
    need_known_on: dt.date = attrs.field(validator=v.a_date)
    conducted_on: dt.date = attrs.field(validator=v.a_date)
    urgent: bool = attrs.field(default=False, validator=v.boolean)
    application_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    """Date of the application (wniosek); ``None`` when acting z urzędu."""
    place: str | None = attrs.field(default=None, validator=v.optional_text)
    """Where it was conducted (miejsce zamieszkania / pobytu)."""
    reasons: tuple[AssistanceReason, ...] = attrs.field(
        default=(), validator=v.tuple_of(AssistanceReason)
    )
    """Reasons of art. 7 u.p.s. found."""
    other_circumstances_text: str | None = attrs.field(
        default=None, validator=v.optional_text, repr=v.hidden
    )
    """Other circumstances justifying help (art. 7 is an open list)."""
    household_data: HouseholdSegment | None = attrs.field(
        default=None, validator=v.optional(v.instance(HouseholdSegment))
    )
    material_situation: MaterialSituationSegment | None = attrs.field(
        default=None, validator=v.optional(v.instance(MaterialSituationSegment))
    )
    living_conditions: LivingConditionsSegment | None = attrs.field(
        default=None, validator=v.optional(v.instance(LivingConditionsSegment))
    )
    health: HealthSegment | None = attrs.field(
        default=None, validator=v.optional(v.instance(HealthSegment))
    )
    work: WorkSegment | None = attrs.field(
        default=None, validator=v.optional(v.instance(WorkSegment))
    )
    family_functioning: FamilyFunctioningSegment | None = attrs.field(
        default=None, validator=v.optional(v.instance(FamilyFunctioningSegment))
    )
    other_circumstances: OtherCircumstancesSegment | None = attrs.field(
        default=None, validator=v.optional(v.instance(OtherCircumstancesSegment))
    )
    needs: NeedsSegment | None = attrs.field(
        default=None, validator=v.optional(v.instance(NeedsSegment))
    )
    diagnosis: DiagnosisSegment | None = attrs.field(
        default=None, validator=v.optional(v.instance(DiagnosisSegment))
    )
    plan: AssistancePlanSegment | None = attrs.field(
        default=None, validator=v.optional(v.instance(AssistancePlanSegment))
    )
    update: InterviewUpdate | None = attrs.field(
        default=None, validator=v.optional(v.instance(InterviewUpdate))
    )

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        yield from v.not_before(self, "conducted_on", "need_known_on")
        yield from v.not_before(self, "conducted_on", "application_on")
        if self.kind is InterviewKind.UPDATE and self.update is None:
            yield v.at("update", "an update (kind 'update') needs the część IV section 'update'")
        if self.kind is InterviewKind.FULL and self.update is not None:
            yield v.at("update", "only an update (kind 'update') has the część IV section")
        if self.update is not None:
            prev = self.update.previous_interview_on
            if prev is not None and prev > self.conducted_on:
                yield v.at(
                    "update.previous_interview_on",
                    "must not be after this interview's conducted_on",
                )
        if self.household_data is not None:
            ids = {p.id for p in self.household.people}
            if self.household_data.interviewee_id not in ids:
                yield v.at(
                    "household_data.interviewee_id",
                    "refers to no person of the household",
                )
        yield from v.unique(((f"reasons[{i}]", r) for i, r in enumerate(self.reasons)), "reason")

    @property
    def client(self) -> Client:
        """The applicant (:class:`~socialwork.model.people.Client`) of the household."""
        return self.household.applicant

    def segment(self, letter: str) -> object | None:
        """The segment of część I by letter (``"A"`` … ``"J"``), or ``None`` if missing."""
        segment: object | None = getattr(self, SEGMENTS[letter.upper()])
        return segment

    def missing_segments(self) -> tuple[str, ...]:
        """Letters of mandatory segments this interview lacks (empty for an update)."""
        if self.kind is InterviewKind.UPDATE:
            return ()
        return tuple(s for s in MANDATORY_SEGMENTS if self.segment(s) is None)


v.private_reprs(__name__)
