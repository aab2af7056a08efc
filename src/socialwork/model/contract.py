"""The kontrakt socjalny (art. 6 pkt 6 and art. 108 u.p.s.; wzór: Rozporządzenie MPiPS z
8.11.2010, Dz.U. 2010 nr 218 poz. 1439): część I (ustalenia) and część II (ocena realizacji).

Status: ``draft → signed → in_progress → completed | terminated | broken``. The transition
methods (:meth:`SocialContract.sign`, …) return a new object and refuse an illegal transition
with :class:`TransitionError`.

What the law requires of the *content* — a goal, who carries out each action and by when,
both signatures of a kontrakt in force, the reason of a termination, the evaluation of an
ended kontrakt — is not a structural invariant: such a kontrakt can be built and loaded (a
draft, or a record of a case as it is) and :mod:`socialwork.rules` reports it
(SW-CON-001 … SW-CON-007).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs

from socialwork.errors import Problem, TransitionError
from socialwork.model import _base as v
from socialwork.model.enums import (
    ActionOwner,
    ActionStatus,
    ContractKind,
    ContractStatus,
    GoalResult,
    Relation,
)
from socialwork.model.people import Client, Person
from socialwork.model.staff import Center, SocialWorker

__all__ = [
    "Amendment",
    "ContractAction",
    "CoveredRelation",
    "Goal",
    "GoalEvaluation",
    "LabourMarketSection",
    "SituationAssessment",
    "SocialContract",
    "Termination",
    "TransitionError",
]


@attrs.frozen(repr=False)
class SituationAssessment:
    """Ocena sytuacji życiowej osoby/rodziny: causes, resources (strengths), limitations."""

    causes: str = attrs.field(validator=v.required_text, repr=v.hidden)
    """Przyczyny trudnej sytuacji życiowej."""
    resources: str = attrs.field(validator=v.required_text)
    """Zasoby, mocne strony, możliwości osoby, rodziny i środowiska."""
    limitations: str = attrs.field(validator=v.required_text, repr=v.hidden)
    """Ograniczenia, bariery."""


@attrs.frozen(repr=False)
class Goal:
    """A specific goal (cel szczegółowy) with an id that actions and evaluation refer to."""

    id: str = attrs.field(validator=v.identifier)
    description: str = attrs.field(validator=v.text)
    """What the goal is (blank: reported by SW-CON-001)."""
    due: dt.date | None = attrs.field(default=None, validator=v.optional_date)


@attrs.frozen(repr=False)
class ContractAction:
    """An action (działanie): what, who carries it out, by when, its status.

    ``owner_name`` names the institution when ``owner`` is ``institution``. An action without
    ``owner`` or ``due`` (or an institution without its name) can be recorded; the rules
    report it (SW-CON-002, SW-CON-003).
    """

    description: str = attrs.field(validator=v.required_text)
    owner: ActionOwner | None = attrs.field(
        default=None, validator=v.optional(v.enum_member(ActionOwner))
    )
    due: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    status: ActionStatus = attrs.field(
        default=ActionStatus.PLANNED, validator=v.enum_member(ActionStatus)
    )
    goal_id: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    owner_name: str | None = attrs.field(default=None, validator=v.optional_text)
    notes: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(repr=False)
class CoveredRelation:
    """The relation to the client of a family member covered by the kontrakt
    (``person_id`` is the id of one of :attr:`SocialContract.covered_members`)."""

    person_id: str = attrs.field(validator=v.identifier)
    relation: Relation = attrs.field(validator=v.enum_member(Relation))


@attrs.frozen(repr=False)
class Amendment:
    """A change of the kontrakt (zmiana): date, what changed, agreement of both parties."""

    made_on: dt.date = attrs.field(validator=v.a_date)
    change: str = attrs.field(validator=v.required_text)
    agreed_by_client: bool = attrs.field(default=True, validator=v.boolean)
    agreed_by_worker: bool = attrs.field(default=True, validator=v.boolean)


@attrs.frozen(repr=False)
class GoalEvaluation:
    """Część II: evaluation of one goal (achieved / partly / not) with the reasons."""

    goal_id: str = attrs.field(validator=v.identifier)
    result: GoalResult = attrs.field(validator=v.enum_member(GoalResult))
    evaluated_on: dt.date = attrs.field(validator=v.a_date)
    reasons: str | None = attrs.field(default=None, validator=v.optional_text, repr=v.hidden)
    """Przyczyny (required when the goal was not fully achieved)."""

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        if self.result is not GoalResult.ACHIEVED and self.reasons is None:
            yield v.at("reasons", "give the reasons when a goal was not fully achieved")


@attrs.frozen(repr=False)
class Termination:
    """Early end of the kontrakt (rozwiązanie / zerwanie): date and reason.

    A termination without a reason (``None`` or blank) can be recorded; SW-CON-006 reports it
    (art. 11 ust. 2 u.p.s.)."""

    on: dt.date = attrs.field(validator=v.a_date)
    reason: str | None = attrs.field(default=None, validator=v.lenient_text, repr=v.hidden)


@attrs.frozen(repr=False)
class LabourMarketSection:
    """Typ B only: labour-market diagnosis (część I B).

    The PUP referral was tied to the repealed ustawa o promocji zatrudnienia (until 1.06.2025);
    how it works under the ustawa o rynku pracy (Dz.U. 2025 poz. 620) is UNVERIFIED, so the
    referral fields are optional.
    """

    unemployment_causes: str = attrs.field(validator=v.required_text)
    """Przyczyny pozostawania bez pracy / ograniczenia w znalezieniu pracy."""
    earlier_activation: str | None = attrs.field(default=None, validator=v.optional_text)
    """Podejmowane wcześniej działania aktywizujące i przyczyny ich niepowodzenia."""
    pup_referral_number: str | None = attrs.field(default=None, validator=v.optional_text)
    pup_referral_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)


_ENDED_EARLY = frozenset({ContractStatus.TERMINATED, ContractStatus.BROKEN})


@attrs.frozen(repr=False)
class SocialContract:
    """A kontrakt socjalny between the client (and covered family members) and a social worker.

    Structural invariants: ``valid_to`` ≥ ``valid_from`` ≥ ``concluded_on`` is *not* required
    (a contract may be concluded before or on the day it starts), but ``valid_to`` must not be
    before ``valid_from``; goal ids are unique and every action / evaluation refers to a known
    goal; signature, amendment and termination dates are not before ``concluded_on``; only a
    terminated or broken kontrakt has a ``termination``; the labour-market section belongs to
    typ B only; a covered member is not the client; each of ``covered_relations`` names a
    covered member, once.

    Not structural (reported by the rules, so such a kontrakt can be built and loaded): no
    ``main_goal`` (``None`` or blank, SW-CON-001); an action without owner or term
    (SW-CON-002/003); a signed, running or ended kontrakt without both signature dates
    (SW-CON-005); a terminated or broken kontrakt without ``termination`` or without its
    reason (SW-CON-006); an ended kontrakt without evaluation (SW-CON-007).
    """

    id: str = attrs.field(validator=v.identifier)
    number: str = attrs.field(validator=v.required_text)
    kind: ContractKind = attrs.field(validator=v.enum_member(ContractKind))
    concluded_on: dt.date = attrs.field(validator=v.a_date)
    valid_from: dt.date = attrs.field(validator=v.a_date)
    valid_to: dt.date = attrs.field(validator=v.a_date)
    center: Center = attrs.field(validator=v.instance(Center))
    worker: SocialWorker = attrs.field(validator=v.instance(SocialWorker))
    client: Client = attrs.field(validator=v.instance(Client))
    assessment: SituationAssessment = attrs.field(validator=v.instance(SituationAssessment))
    main_goal: str | None = attrs.field(default=None, validator=v.lenient_text)
    """Cel główny; missing or blank is reported by SW-CON-001."""
    covered_members: tuple[Person, ...] = attrs.field(default=(), validator=v.tuple_of(Person))
    """Family members who are parties to the kontrakt besides the client."""
    goals: tuple[Goal, ...] = attrs.field(default=(), validator=v.tuple_of(Goal))
    actions: tuple[ContractAction, ...] = attrs.field(
        default=(), validator=v.tuple_of(ContractAction)
    )
    client_obligations: tuple[str, ...] = attrs.field(default=(), validator=v.text_tuple)
    worker_obligations: tuple[str, ...] = attrs.field(default=(), validator=v.text_tuple)
    """Obligations of the worker / centre (form, scope and time of the help)."""
    labour_market: LabourMarketSection | None = attrs.field(
        default=None, validator=v.optional(v.instance(LabourMarketSection))
    )
    amendments: tuple[Amendment, ...] = attrs.field(default=(), validator=v.tuple_of(Amendment))
    evaluation: tuple[GoalEvaluation, ...] = attrs.field(
        default=(), validator=v.tuple_of(GoalEvaluation)
    )
    evaluation_summary: str | None = attrs.field(default=None, validator=v.optional_text)
    termination: Termination | None = attrs.field(
        default=None, validator=v.optional(v.instance(Termination))
    )
    status: ContractStatus = attrs.field(
        default=ContractStatus.DRAFT, validator=v.enum_member(ContractStatus)
    )
    client_signed_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    worker_signed_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    covered_relations: tuple[CoveredRelation, ...] = attrs.field(
        default=(), validator=v.tuple_of(CoveredRelation)
    )
    """Optional: how each covered member is related to the client (see :meth:`relation_of`)."""
    homelessness_program_id: str | None = attrs.field(
        default=None, validator=v.optional(v.identifier)
    )
    """The indywidualny program wychodzenia z bezdomności (art. 49 u.p.s.) the person carries
    out alongside the kontrakt (its ``id``; checked by SW-HOM-004 when both are in the case)."""

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        yield from v.not_before(self, "valid_to", "valid_from")
        yield from v.not_before(self, "client_signed_on", "concluded_on")
        yield from v.not_before(self, "worker_signed_on", "concluded_on")
        yield from v.unique(((f"goals[{i}].id", g.id) for i, g in enumerate(self.goals)), "id")
        goal_ids = {g.id for g in self.goals}
        for i, action in enumerate(self.actions):
            if action.goal_id is not None and action.goal_id not in goal_ids:
                yield v.at(
                    f"actions[{i}].goal_id", "refers to no goal of this kontrakt", "ref.unknown"
                )
        for i, ev in enumerate(self.evaluation):
            if ev.goal_id not in goal_ids:
                yield v.at(
                    f"evaluation[{i}].goal_id", "refers to no goal of this kontrakt", "ref.unknown"
                )
        for i, amendment in enumerate(self.amendments):
            if amendment.made_on < self.concluded_on:
                yield v.at(
                    f"amendments[{i}].made_on", "must not be before concluded_on", "date.order"
                )
        if self.status not in _ENDED_EARLY and self.termination is not None:
            yield v.at("termination", "only a terminated or broken kontrakt has a termination")
        if self.termination is not None and self.termination.on < self.concluded_on:
            yield v.at("termination.on", "must not be before concluded_on", "date.order")
        if self.labour_market is not None and self.kind is not ContractKind.B:
            yield v.at("labour_market", "the labour-market section belongs to a typ B kontrakt")
        client_id = self.client.person.id
        for i, member in enumerate(self.covered_members):
            if member.id == client_id:
                yield v.at(f"covered_members[{i}]", "is the client; list only other members")
        yield from v.unique(
            ((f"covered_members[{i}].id", m.id) for i, m in enumerate(self.covered_members)),
            "person id",
        )
        covered = {m.id for m in self.covered_members}
        for i, rel in enumerate(self.covered_relations):
            if rel.person_id not in covered:
                yield v.at(
                    f"covered_relations[{i}].person_id",
                    "refers to no covered member",
                    "ref.unknown",
                )
        yield from v.unique(
            (
                (f"covered_relations[{i}].person_id", r.person_id)
                for i, r in enumerate(self.covered_relations)
            ),
            "person id",
        )

    # ------------------------------------------------------------------ transitions

    def _move(
        self, allowed_from: frozenset[ContractStatus], to: ContractStatus, **changes: Any
    ) -> SocialContract:
        if self.status not in allowed_from:
            raise TransitionError(
                "illegal status change",
                (
                    Problem(
                        "$.status",
                        f"cannot change a kontrakt from '{self.status.value}' to '{to.value}'",
                    ),
                ),
            )
        return attrs.evolve(self, status=to, **changes)

    def sign(self, *, client_on: dt.date, worker_on: dt.date) -> SocialContract:
        """draft → signed, recording both signature dates."""
        return self._move(
            frozenset({ContractStatus.DRAFT}),
            ContractStatus.SIGNED,
            client_signed_on=client_on,
            worker_signed_on=worker_on,
        )

    def start(self) -> SocialContract:
        """signed → in_progress."""
        return self._move(frozenset({ContractStatus.SIGNED}), ContractStatus.IN_PROGRESS)

    def complete(self) -> SocialContract:
        """in_progress → completed."""
        return self._move(frozenset({ContractStatus.IN_PROGRESS}), ContractStatus.COMPLETED)

    def terminate(self, *, on: dt.date, reason: str | None = None) -> SocialContract:
        """signed | in_progress → terminated (rozwiązanie); without a reason SW-CON-006
        reports the kontrakt."""
        return self._move(
            frozenset({ContractStatus.SIGNED, ContractStatus.IN_PROGRESS}),
            ContractStatus.TERMINATED,
            termination=Termination(on=on, reason=reason),
        )

    def mark_broken(self, *, on: dt.date, reason: str | None = None) -> SocialContract:
        """signed | in_progress → broken (the client did not keep the terms, art. 11 ust. 2);
        without a reason SW-CON-006 reports the kontrakt."""
        return self._move(
            frozenset({ContractStatus.SIGNED, ContractStatus.IN_PROGRESS}),
            ContractStatus.BROKEN,
            termination=Termination(on=on, reason=reason),
        )

    def relation_of(self, person_id: str) -> Relation | None:
        """The recorded relation of a covered member to the client, or ``None``."""
        for rel in self.covered_relations:
            if rel.person_id == person_id:
                return rel.relation
        return None

    def goal(self, goal_id: str) -> Goal:
        for g in self.goals:
            if g.id == goal_id:
                return g
        raise KeyError(goal_id)


v.private_reprs(__name__)
