"""The zawiadomienie o podejrzeniu popełnienia przestępstwa an ośrodek sends to the prokuratura
rejonowa (or the Policja) when it learns of abuse in a family.

The duty: art. 304 § 2 k.p.k. — "Instytucje państwowe i samorządowe, które w związku ze swą
działalnością dowiedziały się o popełnieniu przestępstwa ściganego z urzędu, są obowiązane
niezwłocznie zawiadomić o tym prokuratora lub Policję …". The offence: art. 207 k.k.
(znęcanie się). See ``docs/documents.md``.

Data minimisation (art. 5 ust. 1 lit. c RODO): the model holds only what the notification
needs — names, dates of birth, addresses where known, the relation to the suspected person;
no health or benefit data. A PESEL is optional and masked in ``repr``; the facts, the
witnesses' testimony, the harmed and the suspected person are never shown in ``repr``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from socialwork.errors import Problem
from socialwork.model import _base as v
from socialwork.model.common import Attachment, Institution
from socialwork.model.enums import LabelledEnum
from socialwork.model.evidence import ProvenFact, Witness
from socialwork.model.people import Address
from socialwork.model.staff import Center, Signatory, SocialWorker

__all__ = [
    "BlueCardStatus",
    "CrimeReport",
    "HarmedPerson",
    "NotifiedBody",
    "Offence",
    "SuspectedPerson",
]


class NotifiedBody(LabelledEnum):
    """Whom art. 304 § 2 k.p.k. names: the prokurator or the Policja."""

    PROSECUTOR = ("prosecutor", "prokurator", "art. 304 § 2 k.p.k.")
    POLICE = ("police", "Policja", "art. 304 § 2 k.p.k.")


class Offence(LabelledEnum):
    """The offence the facts suggest (the prokurator qualifies the act; the notification only
    names it)."""

    ABUSE = (
        "art_207_1",
        "znęcanie się fizyczne lub psychiczne nad osobą najbliższą lub nad inną osobą "
        "pozostającą w stałym lub przemijającym stosunku zależności od sprawcy",
        "art. 207 § 1 k.k.",
    )
    ABUSE_OF_HELPLESS = (
        "art_207_1a",
        "znęcanie się fizyczne lub psychiczne nad osobą nieporadną ze względu na jej wiek, "
        "stan psychiczny lub fizyczny",
        "art. 207 § 1a k.k.",
    )


class BlueCardStatus(LabelledEnum):
    """Whether a procedura „Niebieskie Karty” runs in the family (rozporządzenie RM z dnia
    6 września 2023 r., Dz. U. z 2023 r. poz. 1870)."""

    NOT_STARTED = ("not_started", "nie została wszczęta")
    RUNNING = ("running", "jest prowadzona")
    CLOSED = ("closed", "została zakończona")


def _pesel_agrees(obj: object, prefix: str = "") -> Iterator[Problem]:
    pesel = getattr(obj, "pesel", None)
    born = getattr(obj, "birth_date", None)
    if pesel is not None and born is not None and v.pesel_birth_date(pesel) != born:
        yield v.at(f"{prefix}birth_date", "does not agree with the date of birth in the PESEL")


@attrs.frozen(repr=False)
class SuspectedPerson:
    """The person suspected of the offence: only what identifies them."""

    first_name: str = attrs.field(validator=v.required_text)
    last_name: str = attrs.field(validator=v.required_text)
    birth_date: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    pesel: str | None = attrs.field(default=None, validator=v.optional(v.pesel), repr=v.mask_pesel)
    address: Address | None = attrs.field(default=None, validator=v.optional(v.instance(Address)))
    whereabouts: str | None = attrs.field(default=None, validator=v.optional_text)
    """Where the person stays now, when not at the address."""

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, _pesel_agrees(self))

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@attrs.frozen(repr=False)
class HarmedPerson:
    """A person harmed (pokrzywdzony). ``relation`` is the relation to the suspected person
    ("żona", "syn", "matka") — what makes them an osoba najbliższa under art. 207 § 1 k.k."""

    first_name: str = attrs.field(validator=v.required_text)
    last_name: str = attrs.field(validator=v.required_text)
    birth_date: dt.date = attrs.field(validator=v.a_date)
    relation: str = attrs.field(validator=v.required_text)
    pesel: str | None = attrs.field(default=None, validator=v.optional(v.pesel), repr=v.mask_pesel)
    address: Address | None = attrs.field(default=None, validator=v.optional(v.instance(Address)))
    lives_with_suspect: bool = attrs.field(default=True, validator=v.boolean)

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, _pesel_agrees(self))

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def age_on(self, on: dt.date) -> int:
        years = on.year - self.birth_date.year
        if (on.month, on.day) < (self.birth_date.month, self.birth_date.day):
            years -= 1
        return years

    def minor_on(self, on: dt.date) -> bool:
        """Whether the person is under 18 on ``on`` (małoletni)."""
        return self.age_on(on) < 18


@attrs.frozen(repr=False)
class CrimeReport:
    """A zawiadomienie o podejrzeniu popełnienia przestępstwa (art. 304 § 2 k.p.k.).

    Structural invariants: at least one offence (each once), one harmed person and one fact;
    the ośrodek learned of the facts not after the letter's date; dated facts and births are
    not after it; the Niebieska Karta start date only with a procedure that was started, and
    not after the letter.
    """

    id: str = attrs.field(validator=v.identifier)
    center: Center = attrs.field(validator=v.instance(Center))
    worker: SocialWorker = attrs.field(validator=v.instance(SocialWorker))
    """The pracownik socjalny who knows the family (the organ's contact person)."""
    addressee: Institution = attrs.field(validator=v.instance(Institution))
    """E.g. "Prokuratura Rejonowa w Wołominie"."""
    addressee_kind: NotifiedBody = attrs.field(validator=v.enum_member(NotifiedBody))
    place: str = attrs.field(validator=v.required_text)
    written_on: dt.date = attrs.field(validator=v.a_date)
    learned_on: dt.date = attrs.field(validator=v.a_date)
    """The day the ośrodek learned of the facts (art. 304 § 2: "niezwłocznie")."""
    offences: tuple[Offence, ...] = attrs.field(validator=v.tuple_of(Offence))
    suspect: SuspectedPerson = attrs.field(validator=v.instance(SuspectedPerson), repr=v.hidden)
    harmed: tuple[HarmedPerson, ...] = attrs.field(
        validator=v.tuple_of(HarmedPerson), repr=v.hidden
    )
    facts: tuple[ProvenFact, ...] = attrs.field(validator=v.tuple_of(ProvenFact), repr=v.hidden)
    blue_card: BlueCardStatus = attrs.field(validator=v.enum_member(BlueCardStatus))
    signatory: Signatory | None = attrs.field(
        default=None, validator=v.optional(v.instance(Signatory))
    )
    """Who signs for the ośrodek; ``None``: the head of the centre (``center.head``)."""
    reference_number: str | None = attrs.field(default=None, validator=v.optional_text)
    witnesses: tuple[Witness, ...] = attrs.field(
        default=(), validator=v.tuple_of(Witness), repr=v.hidden
    )
    blue_card_started_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    blue_card_team: str | None = attrs.field(default=None, validator=v.optional_text)
    """The zespół interdyscyplinarny / grupa diagnostyczno-pomocowa working with the family."""
    measures_taken: tuple[str, ...] = attrs.field(default=(), validator=v.text_tuple)
    """What the ośrodek did (art. 304 § 2: "przedsięwziąć niezbędne czynności")."""
    additional_requests: tuple[str, ...] = attrs.field(default=(), validator=v.text_tuple)
    """Further requests to the organ, e.g. to consider a preventive measure."""
    attachments: tuple[Attachment, ...] = attrs.field(default=(), validator=v.tuple_of(Attachment))

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        if not self.offences:
            yield v.at("offences", "name the offence the facts suggest (e.g. art_207_1)")
        yield from v.unique(
            ((f"offences[{i}]", o) for i, o in enumerate(self.offences)), "offence"
        )
        if not self.harmed:
            yield v.at("harmed", "name at least one harmed person")
        if not self.facts:
            yield v.at("facts", "describe at least one fact")
        if self.learned_on > self.written_on:
            yield v.at("learned_on", "must not be after written_on (the letter's date)")
        for i, fact in enumerate(self.facts):
            last = fact.until or fact.on
            if last is not None and last > self.written_on:
                yield v.at(f"facts[{i}]", "a fact cannot be dated after the letter (written_on)")
        for i, person in enumerate(self.harmed):
            if person.birth_date > self.written_on:
                yield v.at(f"harmed[{i}].birth_date", "must not be after written_on")
        if self.blue_card_started_on is not None:
            if self.blue_card is BlueCardStatus.NOT_STARTED:
                yield v.at(
                    "blue_card_started_on",
                    "give a start date only for a procedure that was started (running/closed)",
                )
            elif self.blue_card_started_on > self.written_on:
                yield v.at("blue_card_started_on", "must not be after written_on")

    @property
    def minors(self) -> tuple[HarmedPerson, ...]:
        """The harmed persons under 18 on the letter's date."""
        return tuple(p for p in self.harmed if p.minor_on(self.written_on))

    @property
    def signed_by(self) -> Signatory:
        """Who signs: ``signatory`` or the head of the centre."""
        return self.signatory if self.signatory is not None else self.center.head


v.private_reprs(__name__)
