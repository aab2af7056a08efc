"""The indywidualny program wychodzenia z bezdomności (IPWzB, art. 49 u.p.s.).

Art. 49 ust. 2: the program is drawn up by the pracownik socjalny of the OPS together with the
osoba bezdomna and approved by the kierownik OPS. Art. 49 ust. 5: where the program goes beyond
the means of the placówka (schronisko, dom dla bezdomnych) or concerns health insurance, it
names the bodies responsible for each provision. There is no current official wzór; the parts
follow § 3 of the repealed Rozporządzenie MPiPS of 2001 (Dz. U. Nr 126, poz. 1390): analysis of
the situation, the actions of the person and of the worker, the persons and institutions
supporting the person, a schedule with stages, and the dates of meetings (see
``docs/documents.md``).

What the law requires of the content — approval, signatures, the responsible bodies of
ust. 5, meetings for each stage — is reported by :mod:`socialwork.rules` (SW-HOM-001 …
SW-HOM-004), so a draft program can be built and loaded.

A kontrakt socjalny and a skierowanie do schroniska concerning the same person refer to the
program by its ``id`` (``SocialContract.homelessness_program_id``,
``ShelterDetails.homelessness_program_id``); rule SW-HOM-004 checks the link when both are in
the validated case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from socialwork.errors import Problem
from socialwork.model import _base as v
from socialwork.model.common import Institution
from socialwork.model.people import Client, Contact
from socialwork.model.project import Approval
from socialwork.model.staff import Center, SocialWorker

__all__ = [
    "HomelessnessAnalysis",
    "HomelessnessProgram",
    "Meeting",
    "ProgramAction",
    "ProgramStage",
    "ResponsibleBody",
    "Supporter",
]


@attrs.frozen(repr=False)
class HomelessnessAnalysis:
    """Analiza sytuacji osoby bezdomnej. Health and addiction data: hidden in ``repr``."""

    causes: str = attrs.field(validator=v.required_text, repr=v.hidden)
    """Przyczyny i okres bezdomności."""
    family: str | None = attrs.field(default=None, validator=v.optional_text, repr=v.hidden)
    """Sytuacja rodzinna, kontakty z rodziną."""
    housing: str | None = attrs.field(default=None, validator=v.optional_text)
    """Sytuacja mieszkaniowa: miejsce pobytu, prawo do lokalu, zameldowanie."""
    work: str | None = attrs.field(default=None, validator=v.optional_text)
    """Wykształcenie, kwalifikacje, zatrudnienie, rejestracja w PUP."""
    health: str | None = attrs.field(default=None, validator=v.optional_text, repr=v.hidden)
    """Stan zdrowia, uzależnienia, leczenie."""
    income_and_debts: str | None = attrs.field(
        default=None, validator=v.optional_text, repr=v.hidden
    )
    """Dochody, świadczenia, zadłużenie."""
    documents: str | None = attrs.field(default=None, validator=v.optional_text)
    """Dokumenty (dowód osobisty, ubezpieczenie zdrowotne…)."""
    resources: str | None = attrs.field(default=None, validator=v.optional_text)
    """Mocne strony i zasoby osoby."""


@attrs.frozen(repr=False)
class ProgramStage:
    """An etap of the harmonogram: its name and period."""

    id: str = attrs.field(validator=v.identifier)
    name: str = attrs.field(validator=v.required_text)
    start: dt.date = attrs.field(validator=v.a_date)
    end: dt.date = attrs.field(validator=v.a_date)

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, v.not_before(self, "end", "start"))


@attrs.frozen(repr=False)
class ProgramAction:
    """An action of the person or of the worker, with its stage and deadline. The description
    may concern therapy or addiction: hidden in ``repr``."""

    description: str = attrs.field(validator=v.required_text, repr=v.hidden)
    stage_id: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    due: dt.date | None = attrs.field(default=None, validator=v.optional_date)


@attrs.frozen(repr=False)
class Supporter:
    """A person or an institution supporting the osoba bezdomna in carrying out the program,
    and the scope of their support (zakres działań)."""

    name: str = attrs.field(validator=v.required_text)
    scope: str = attrs.field(validator=v.required_text, repr=v.hidden)
    institution: bool = attrs.field(default=True, validator=v.boolean)
    """An institution (PUP, placówka, poradnia…) rather than a person (family, friend)."""
    contact: Contact | None = attrs.field(default=None, validator=v.optional(v.instance(Contact)))


@attrs.frozen(repr=False)
class ResponsibleBody:
    """A body responsible for carrying out a provision of the program (art. 49 ust. 5)."""

    name: str = attrs.field(validator=v.required_text)
    provision: str = attrs.field(validator=v.required_text)
    """Which provision (postanowienie) it is responsible for."""


@attrs.frozen(repr=False)
class Meeting:
    """A planned meeting of the worker and the person (termin spotkania), tied to a stage."""

    on: dt.date = attrs.field(validator=v.a_date)
    stage_id: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    purpose: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(repr=False)
class HomelessnessProgram:
    """An indywidualny program wychodzenia z bezdomności (art. 49 u.p.s.).

    Structural invariants: ``end`` not before ``start`` and ``start`` not before
    ``drawn_up_on``; stage ids unique and every stage within start–end; actions and meetings
    refer to known stages; meetings within start–end; signatures and approval not before
    ``drawn_up_on``.
    """

    id: str = attrs.field(validator=v.identifier)
    center: Center = attrs.field(validator=v.instance(Center))
    worker: SocialWorker = attrs.field(validator=v.instance(SocialWorker))
    """The pracownik socjalny who drew the program up with the person."""
    client: Client = attrs.field(validator=v.instance(Client))
    """The osoba bezdomna (art. 6 pkt 8 u.p.s.)."""
    drawn_up_on: dt.date = attrs.field(validator=v.a_date)
    start: dt.date = attrs.field(validator=v.a_date)
    end: dt.date = attrs.field(validator=v.a_date)
    analysis: HomelessnessAnalysis = attrs.field(validator=v.instance(HomelessnessAnalysis))
    main_goal: str = attrs.field(validator=v.required_text)
    """The aim of the program, e.g. "usamodzielnienie i uzyskanie mieszkania"."""
    person_actions: tuple[ProgramAction, ...] = attrs.field(
        default=(), validator=v.tuple_of(ProgramAction)
    )
    """Zakres i rodzaj działań osoby bezdomnej."""
    worker_actions: tuple[ProgramAction, ...] = attrs.field(
        default=(), validator=v.tuple_of(ProgramAction)
    )
    """Zakres i rodzaj działań pracownika socjalnego."""
    supporters: tuple[Supporter, ...] = attrs.field(default=(), validator=v.tuple_of(Supporter))
    stages: tuple[ProgramStage, ...] = attrs.field(default=(), validator=v.tuple_of(ProgramStage))
    meetings: tuple[Meeting, ...] = attrs.field(default=(), validator=v.tuple_of(Meeting))
    facility: Institution | None = attrs.field(
        default=None, validator=v.optional(v.instance(Institution))
    )
    """The schronisko or dom dla bezdomnych where the person stays (art. 49 ust. 3–4)."""
    exceeds_facility_means: bool = attrs.field(default=False, validator=v.boolean)
    """The program goes beyond the means of the placówka (art. 49 ust. 5)."""
    health_insurance: bool = attrs.field(default=False, validator=v.boolean)
    """The program provides for health insurance of the person (art. 49 ust. 5)."""
    responsible_bodies: tuple[ResponsibleBody, ...] = attrs.field(
        default=(), validator=v.tuple_of(ResponsibleBody)
    )
    """Podmioty odpowiedzialne za realizację poszczególnych postanowień (art. 49 ust. 5)."""
    client_signed_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    worker_signed_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    approval: Approval | None = attrs.field(
        default=None, validator=v.optional(v.instance(Approval))
    )
    """Zatwierdzenie przez kierownika ośrodka pomocy społecznej (art. 49 ust. 2)."""
    reference_number: str | None = attrs.field(default=None, validator=v.optional_text)
    """Znak sprawy."""

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        yield from v.not_before(self, "end", "start")
        yield from v.not_before(self, "start", "drawn_up_on")
        yield from v.not_before(self, "client_signed_on", "drawn_up_on")
        yield from v.not_before(self, "worker_signed_on", "drawn_up_on")
        if self.approval is not None and self.approval.approved_on < self.drawn_up_on:
            yield v.at("approval.approved_on", "must not be before drawn_up_on")
        yield from v.unique(((f"stages[{i}].id", s.id) for i, s in enumerate(self.stages)), "id")
        for i, stage in enumerate(self.stages):
            if stage.start < self.start or stage.end > self.end:
                yield v.at(f"stages[{i}]", "must lie within the program period start-end")
        known = {s.id for s in self.stages}
        for name in ("person_actions", "worker_actions", "meetings"):
            for i, item in enumerate(getattr(self, name)):
                if item.stage_id is not None and item.stage_id not in known:
                    yield v.at(f"{name}[{i}].stage_id", "refers to no stage of this program")
        for i, meeting in enumerate(self.meetings):
            if not self.start <= meeting.on <= self.end:
                yield v.at(f"meetings[{i}].on", "must lie within the program period start-end")

    def stage(self, stage_id: str | None) -> ProgramStage | None:
        """The stage with this id (``None`` for ``None`` or an unknown id)."""
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        return None


v.private_reprs(__name__)
