"""The record of one contact in social work — a notatka służbowa: a home visit, a phone call,
a meeting at the ośrodek or with a school pedagog, the police or a kurator.

A case-management system stores one :class:`ContactRecord` per contact; a family's contacts
over time document the praca socjalna (art. 6 pkt 12, art. 45 u.p.s.). The notatka is the
"adnotacja" of art. 72 § 1 k.p.a. for an act of which no protokół is written.
:func:`contacts_of` / :class:`ContactQuery` list and filter a family's contacts by date,
form and person.

Sensitive content (who took part, the purpose, what was found and agreed, the next steps) is
never shown in ``repr``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from socialwork.errors import ModelError, Problem
from socialwork.model import _base as v
from socialwork.model.enums import LabelledEnum
from socialwork.model.staff import Center, SocialWorker

__all__ = [
    "ContactForm",
    "ContactQuery",
    "ContactRecord",
    "NextStep",
    "Participant",
    "ParticipantRole",
    "contacts_of",
]


class ContactForm(LabelledEnum):
    """The form of a contact in social work."""

    HOME_VISIT = ("home_visit", "wizyta w miejscu zamieszkania (wizyta domowa)")
    PHONE_CALL = ("phone_call", "rozmowa telefoniczna")
    OFFICE_MEETING = ("office_meeting", "spotkanie w ośrodku pomocy społecznej")
    SCHOOL_MEETING = ("school_meeting", "spotkanie z pedagogiem szkolnym")
    POLICE_MEETING = ("police_meeting", "spotkanie z funkcjonariuszem Policji")
    PROBATION_MEETING = ("probation_meeting", "spotkanie z kuratorem sądowym")
    FAMILY_ASSISTANT_MEETING = ("family_assistant_meeting", "spotkanie z asystentem rodziny")
    TEAM_MEETING = (
        "team_meeting",
        "posiedzenie zespołu interdyscyplinarnego lub grupy diagnostyczno-pomocowej",
    )
    HEALTH_SERVICE = ("health_service", "kontakt z placówką ochrony zdrowia")
    CORRESPONDENCE = ("correspondence", "korespondencja (pismo, e-mail)")
    OTHER = ("other", "inna forma kontaktu")


class ParticipantRole(LabelledEnum):
    """The role of a participant in a contact."""

    CLIENT = ("client", "osoba korzystająca z pomocy")
    FAMILY_MEMBER = ("family_member", "członek rodziny")
    SOCIAL_WORKER = ("social_worker", "pracownik socjalny")
    FAMILY_ASSISTANT = ("family_assistant", "asystent rodziny")
    SCHOOL_PEDAGOGUE = ("school_pedagogue", "pedagog szkolny")
    TEACHER = ("teacher", "nauczyciel / wychowawca")
    POLICE_OFFICER = ("police_officer", "funkcjonariusz Policji")
    PROBATION_OFFICER = ("probation_officer", "kurator sądowy")
    HEALTH_PROFESSIONAL = ("health_professional", "lekarz / pielęgniarka / położna")
    OTHER = ("other", "inna osoba")


def _naive_datetime(inst: Any, attribute: Any, value: Any) -> None:
    """A local :class:`datetime.datetime` without a UTC offset, to the minute."""
    if not isinstance(value, dt.datetime):
        raise v.FieldError(
            attribute.name,
            "must be a date and time (datetime.datetime), e.g. 2026-11-18T10:30",
            owner=type(inst).__name__,
        )
    if value.tzinfo is not None:
        raise v.FieldError(
            attribute.name,
            "must be the local time of the ośrodek without a UTC offset, e.g. 2026-11-18T10:30",
            owner=type(inst).__name__,
        )
    if value.second or value.microsecond:
        raise v.FieldError(
            attribute.name,
            "must be given to the minute (no seconds), e.g. 2026-11-18T10:30",
            owner=type(inst).__name__,
        )


@attrs.frozen(repr=False)
class Participant:
    """A person present at (or taking part in) the contact.

    ``person_id`` links a member of the family to the :class:`~socialwork.model.Person` the
    case-management system holds; ``institution`` and ``function`` describe a professional
    ("Szkoła Podstawowa nr 2 w Lipowcu", "wychowawczyni klasy 3b").
    """

    name: str = attrs.field(validator=v.required_text)
    role: ParticipantRole = attrs.field(validator=v.enum_member(ParticipantRole))
    person_id: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    institution: str | None = attrs.field(default=None, validator=v.optional_text)
    function: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(repr=False)
class NextStep:
    """An agreed next step: what, who does it, by when."""

    action: str = attrs.field(validator=v.required_text)
    responsible: str = attrs.field(validator=v.required_text)
    due: dt.date | None = attrs.field(default=None, validator=v.optional_date)


@attrs.frozen(repr=False)
class ContactRecord:
    """A notatka służbowa: the record of one contact in social work.

    Structural invariants: the contact ends after it starts; the notatka is not written
    before the contact; at least one participant; person ids of participants are unique; a
    next step is not due before the contact; ``violence_suspected`` and
    ``blue_card_started`` are consistent (a Niebieska Karta is started only on a suspicion of
    violence). Findings may be blank in the model: the rules report a notatka without them.
    """

    id: str = attrs.field(validator=v.identifier)
    center: Center = attrs.field(validator=v.instance(Center))
    worker: SocialWorker = attrs.field(validator=v.instance(SocialWorker))
    started_at: dt.datetime = attrs.field(validator=_naive_datetime)
    form: ContactForm = attrs.field(validator=v.enum_member(ContactForm))
    place: str = attrs.field(validator=v.required_text)
    """Where: "mieszkanie rodziny, ul. …", "siedziba OPS", "Szkoła Podstawowa nr 2…"."""
    purpose: str = attrs.field(validator=v.required_text, repr=v.hidden)
    """Cel kontaktu."""
    participants: tuple[Participant, ...] = attrs.field(
        validator=v.tuple_of(Participant), repr=v.hidden
    )
    findings: str = attrs.field(validator=v.text, repr=v.hidden)
    """What was found (ustalenia); the rules report it when blank (art. 72 § 1 k.p.a.)."""
    written_on: dt.date = attrs.field(validator=v.a_date)
    """The date the notatka was written and signed."""
    ended_at: dt.datetime | None = attrs.field(default=None, validator=v.optional(_naive_datetime))
    family_id: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    """The id of the family (:class:`~socialwork.model.Family`) whose case this is."""
    reference_number: str | None = attrs.field(default=None, validator=v.optional_text)
    """Znak sprawy, e.g. "GOPS.PS.4011.12.2026"."""
    agreements: tuple[str, ...] = attrs.field(default=(), validator=v.text_tuple, repr=v.hidden)
    """What was agreed (ustalenia z rodziną / z instytucją)."""
    next_steps: tuple[NextStep, ...] = attrs.field(
        default=(), validator=v.tuple_of(NextStep), repr=v.hidden
    )
    violence_suspected: bool = attrs.field(default=False, validator=v.boolean)
    """The contact gave a justified suspicion of domestic violence (przemoc domowa)."""
    blue_card_started: bool = attrs.field(default=False, validator=v.boolean)
    """A "Niebieska Karta – A" form was filled in at or after this contact."""

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        if self.ended_at is not None and self.ended_at < self.started_at:
            yield v.at("ended_at", "must not be before started_at")
        if self.written_on < self.started_at.date():
            yield v.at("written_on", "the notatka cannot be written before the contact")
        if not self.participants:
            yield v.at("participants", "name at least one participant of the contact")
        yield from v.unique(
            (
                (f"participants[{i}].person_id", p.person_id)
                for i, p in enumerate(self.participants)
                if p.person_id is not None
            ),
            "participant person_id",
        )
        for i, step in enumerate(self.next_steps):
            if step.due is not None and step.due < self.started_at.date():
                yield v.at(f"next_steps[{i}].due", "a next step cannot be due before the contact")
        if self.blue_card_started and not self.violence_suspected:
            yield v.at(
                "blue_card_started",
                "a Niebieska Karta is started on a suspicion of violence: "
                "set violence_suspected too",
            )

    @property
    def on(self) -> dt.date:
        """The day of the contact."""
        return self.started_at.date()

    @property
    def time_range(self) -> str:
        """The time of day as a document prints it: ``"15:30–16:45"`` (or ``"15:30"``; a
        contact ending on a later day: ``"15:30 – 5.11.2026 09:00"``)."""
        start = f"{self.started_at:%H:%M}"
        if self.ended_at is None:
            return start
        if self.ended_at.date() == self.on:
            return f"{start}–{self.ended_at:%H:%M}"
        end = self.ended_at
        return f"{start} – {end.day}.{end.month:02d}.{end.year} {end:%H:%M}"

    @property
    def person_ids(self) -> frozenset[str]:
        """Ids of the family members who took part."""
        return frozenset(p.person_id for p in self.participants if p.person_id is not None)


def _frozen_forms(forms: Iterable[ContactForm] | None) -> frozenset[ContactForm] | None:
    return None if forms is None else frozenset(forms)


@attrs.frozen(repr=False)
class ContactQuery:
    """A filter over contact records; every criterion given must hold (``None``: any).

    * ``since`` / ``until`` — the day of the contact, both ends included;
    * ``forms`` — any of these forms;
    * ``person_id`` — a family member who took part;
    * ``participant`` — a participant whose name contains this text (case-insensitive);
    * ``family_id`` — the family of the case.
    """

    since: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    until: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    forms: frozenset[ContactForm] | None = attrs.field(default=None, converter=_frozen_forms)
    person_id: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    participant: str | None = attrs.field(default=None, validator=v.optional_text)
    family_id: str | None = attrs.field(default=None, validator=v.optional(v.identifier))

    def __attrs_post_init__(self) -> None:
        problems = list(v.not_before(self, "until", "since"))
        if self.forms is not None:
            for form in self.forms:
                if not isinstance(form, ContactForm):
                    problems.append(v.at("forms", "must hold ContactForm members"))
                    break
        v.check_invariants(self, problems)

    def matches(self, record: ContactRecord) -> bool:
        """Whether ``record`` meets every criterion."""
        if self.since is not None and record.on < self.since:
            return False
        if self.until is not None and record.on > self.until:
            return False
        if self.forms is not None and record.form not in self.forms:
            return False
        if self.person_id is not None and self.person_id not in record.person_ids:
            return False
        if self.participant is not None:
            needle = self.participant.casefold()
            if not any(needle in p.name.casefold() for p in record.participants):
                return False
        return self.family_id is None or record.family_id == self.family_id

    def __call__(self, records: Iterable[ContactRecord]) -> list[ContactRecord]:
        """The matching records, oldest first (ties keep their given order). Anything in
        ``records`` that is not a :class:`ContactRecord` is refused with its index."""
        items = list(records)
        wrong = [
            v.at(f"[{i}]", f"must be a ContactRecord, not {type(r).__name__}")
            for i, r in enumerate(items)
            if not isinstance(r, ContactRecord)
        ]
        if wrong:
            raise ModelError("records to filter must be ContactRecord objects", tuple(wrong))
        return sorted((r for r in items if self.matches(r)), key=lambda r: r.started_at)


def contacts_of(
    records: Iterable[ContactRecord],
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    forms: Iterable[ContactForm] | None = None,
    person_id: str | None = None,
    participant: str | None = None,
    family_id: str | None = None,
) -> list[ContactRecord]:
    """A family's contacts, filtered and sorted by time (oldest first)::

        visits = contacts_of(records, family_id="rodzina-wojcik",
                             forms={ContactForm.HOME_VISIT}, since=date(2026, 1, 1))

    Every keyword is optional (see :class:`ContactQuery`); a bad argument raises
    :class:`~socialwork.model.ModelError` naming it.
    """
    query = ContactQuery(
        since=since,
        until=until,
        forms=None if forms is None else frozenset(forms),
        person_id=person_id,
        participant=participant,
        family_id=family_id,
    )
    return query(records)


v.private_reprs(__name__)
