"""The wywiad alimentacyjny with an alimony debtor and the debtor's oświadczenie majątkowe
(ustawa z dnia 7 września 2007 r. o pomocy osobom uprawnionym do alimentów, art. 5; wzory:
Rozporządzenie Ministra Pracy i Polityki Społecznej z dnia 23 marca 2011 r. w sprawie wzoru
kwestionariusza wywiadu alimentacyjnego oraz wzoru oświadczenia majątkowego dłużnika
alimentacyjnego, Dz. U. Nr 73, poz. 395).

The organ właściwy dłużnika (the wójt, burmistrz or prezydent of the debtor's gmina, usually
acting through its OPS) conducts the wywiad on the request of the organ właściwy wierzyciela
"w celu ustalenia sytuacji rodzinnej, dochodowej i zawodowej dłużnika alimentacyjnego, a także
jego stanu zdrowia oraz przyczyn niełożenia na utrzymanie osoby uprawnionej" and takes the
debtor's oświadczenie majątkowe (wording quoted by OPS pages from the Act; the article number
of that sentence in the current text is UNVERIFIED, see ``docs/documents.md``). The model
follows those five areas; the rubrics of the 2011 wzór itself are UNVERIFIED.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import attrs

from socialwork.errors import Problem
from socialwork.model import _base as v
from socialwork.model.assets import AssetDeclaration
from socialwork.model.people import Address, Person
from socialwork.model.staff import Center, SocialWorker

__all__ = ["AlimonyInterview", "EntitledPerson"]


@attrs.frozen(repr=False)
class EntitledPerson:
    """An osoba uprawniona the debtor does not pay, with the title and the monthly sum."""

    person: Person = attrs.field(validator=v.instance(Person))
    relation: str = attrs.field(validator=v.required_text)
    """Relation to the debtor, e.g. "syn", "córka"."""
    title: str = attrs.field(validator=v.required_text)
    """The executory title, e.g. "wyrok Sądu Rejonowego w Radomierzu z dnia 4 marca 2024 r.,
    sygn. akt III RC 112/23"."""
    monthly_amount: Decimal = attrs.field(validator=v.money)


@attrs.frozen(repr=False)
class AlimonyInterview:
    """A wywiad alimentacyjny with the debtor (kwestionariusz) and his or her oświadczenie
    majątkowe.

    Structural invariants: at least one osoba uprawniona, each once, none of them the debtor;
    ``conducted_on`` is not before ``request_received_on``; the interview holds either the
    debtor's ``assets`` (the oświadczenie majątkowe) or ``statement_refused`` — not both; a
    debtor who prevented the interview (``interview_prevented``) gave no statement; the PUP
    registration deadline and the information to the PUP are not before the interview.
    """

    id: str = attrs.field(validator=v.identifier)
    center: Center = attrs.field(validator=v.instance(Center))
    """The centre acting for the organ właściwy dłużnika (``center.organ``)."""
    worker: SocialWorker = attrs.field(validator=v.instance(SocialWorker))
    """Who conducted the wywiad."""
    debtor: Person = attrs.field(validator=v.instance(Person))
    debtor_address: Address = attrs.field(validator=v.instance(Address))
    entitled: tuple[EntitledPerson, ...] = attrs.field(validator=v.tuple_of(EntitledPerson))
    creditor_organ: str = attrs.field(validator=v.required_text)
    """The organ właściwy wierzyciela whose request started the action, e.g. "Burmistrz
    Miasta Lipowiec"."""
    request_number: str = attrs.field(validator=v.required_text)
    """Znak of the organ właściwy wierzyciela's request."""
    request_received_on: dt.date = attrs.field(validator=v.a_date)
    conducted_on: dt.date = attrs.field(validator=v.a_date)
    place: str = attrs.field(validator=v.required_text)
    """Where it was conducted (the debtor's home, the centre…)."""
    family_situation: str = attrs.field(validator=v.lenient_text, repr=v.hidden)
    """Sytuacja rodzinna: marital status, household, other persons the debtor keeps."""
    income_situation: str = attrs.field(validator=v.lenient_text, repr=v.hidden)
    """Sytuacja dochodowa: sources and amounts of income."""
    occupational_situation: str = attrs.field(validator=v.lenient_text, repr=v.hidden)
    """Sytuacja zawodowa: education, profession, employment, PUP registration."""
    health: str = attrs.field(validator=v.lenient_text, repr=v.hidden)
    """Stan zdrowia (health data: never in reprs or logs)."""
    reasons_for_non_payment: str = attrs.field(validator=v.lenient_text, repr=v.hidden)
    """Przyczyny niełożenia na utrzymanie osoby uprawnionej, as the debtor states them."""
    employed: bool = attrs.field(validator=v.boolean)
    """Whether the debtor has work (any paid employment or activity)."""
    registered_in_pup: bool = attrs.field(default=False, validator=v.boolean)
    """Registered with the PUP as bezrobotny or poszukujący pracy."""
    monthly_income: Decimal | None = attrs.field(default=None, validator=v.optional_money)
    """The debtor's monthly net income as established."""
    assets: AssetDeclaration | None = attrs.field(
        default=None, validator=v.optional(v.instance(AssetDeclaration))
    )
    """The debtor's oświadczenie majątkowe."""
    statement_refused: bool = attrs.field(default=False, validator=v.boolean)
    """The debtor refused to make the oświadczenie majątkowe (art. 5 ust. 3 pkt 1)."""
    interview_prevented: bool = attrs.field(default=False, validator=v.boolean)
    """The debtor prevented the wywiad (art. 5 ust. 3)."""
    pup_registration_due: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    """The deadline the organ set for registering with the PUP (art. 5 ust. 2 pkt 1)."""
    pup_informed_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    """When the PUP was informed of the need to activate the debtor (art. 5 ust. 2 pkt 2)."""
    remarks: str | None = attrs.field(default=None, validator=v.optional_text, repr=v.hidden)
    """The interviewer's findings and remarks."""

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        if not self.entitled:
            yield v.at("entitled", "name at least one osoba uprawniona")
        yield from v.unique(
            ((f"entitled[{i}].person.id", e.person.id) for i, e in enumerate(self.entitled)),
            "person id",
        )
        for i, e in enumerate(self.entitled):
            if e.person.id == self.debtor.id:
                yield v.at(f"entitled[{i}].person.id", "the debtor cannot be an osoba uprawniona")
        yield from v.not_before(self, "conducted_on", "request_received_on")
        if self.assets is not None and self.statement_refused:
            yield v.at(
                "statement_refused",
                "a debtor who refused the oświadczenie majątkowe has no declared assets; "
                "remove 'assets' or set statement_refused to false",
            )
        if self.interview_prevented and self.assets is not None:
            yield v.at(
                "assets",
                "the debtor prevented the interview: no oświadczenie majątkowe was taken",
            )
        yield from v.not_before(self, "pup_registration_due", "conducted_on")
        yield from v.not_before(self, "pup_informed_on", "conducted_on")
        yield from v.total_problem(
            "entitled", self.monthly_total, "the monthly alimony total"
        )

    @property
    def monthly_total(self) -> Decimal:
        """The monthly alimony the debtor owes to all the entitled persons."""
        return sum((e.monthly_amount for e in self.entitled), Decimal("0.00"))


v.private_reprs(__name__)
