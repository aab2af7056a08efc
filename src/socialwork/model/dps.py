"""The two decisions a gmina issues when it refers a person to a dom pomocy społecznej
(art. 59 ust. 1 u.p.s.: "Decyzję o skierowaniu do domu pomocy społecznej i decyzję
ustalającą opłatę mieszkańca domu za jego pobyt w domu pomocy społecznej wydaje organ gminy
właściwej dla tej osoby w dniu jej kierowania do domu pomocy społecznej"):

* :class:`DpsReferralDecision` – decyzja o skierowaniu (art. 54, art. 59 ust. 1);
* :class:`DpsFeeDecision` – decyzja ustalająca opłatę mieszkańca (art. 59 ust. 1, art. 60–61),
  with the obliged relatives (:class:`ObligedPerson`) and their agreements (art. 103 ust. 2).

Both are decisions under art. 107 § 1 KPA and share its elements (:class:`DpsDecisionBase`).
What the law requires of their content – the consent or court decision the referral rests
on, the order of the obliged persons, an agreement or the reason there is none, a fee that
follows art. 61 – is checked by the rules (``SW-DPS-*``), so a draft or a defective decision
can still be built and loaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import attrs

from socialwork.errors import Problem
from socialwork.model import _base as v
from socialwork.model.common import Court
from socialwork.model.enums import DecisionOutcome, DpsType, LabelledEnum
from socialwork.model.people import Client, Person
from socialwork.model.referral import Consent
from socialwork.model.staff import Center, Signatory

__all__ = [
    "CourtOrder",
    "DpsAgreement",
    "DpsDecisionBase",
    "DpsFeeDecision",
    "DpsReferralDecision",
    "Kinship",
    "NoAgreementReason",
    "ObligedPerson",
    "PlacementGround",
]


class Kinship(LabelledEnum):
    """The rank of a person obliged to pay for a resident's stay (art. 61 ust. 1 pkt 2 u.p.s.:
    "małżonek, zstępni przed wstępnymi")."""

    SPOUSE = ("spouse", "małżonek", "art. 61 ust. 1 pkt 2 u.p.s.")
    DESCENDANT = ("descendant", "zstępny", "art. 61 ust. 1 pkt 2 u.p.s.")
    ASCENDANT = ("ascendant", "wstępny", "art. 61 ust. 1 pkt 2 u.p.s.")

    @property
    def rank(self) -> int:
        """0 spouse, 1 descendants, 2 ascendants: the statutory order."""
        return ("spouse", "descendant", "ascendant").index(self.value)


class PlacementGround(LabelledEnum):
    """What the referral to a DPS rests on (art. 54 ust. 2 and 4 u.p.s.)."""

    CONSENT = (
        "consent",
        "zgoda osoby kierowanej na umieszczenie w domu pomocy społecznej",
        "art. 54 ust. 2 u.p.s.",
    )
    REPRESENTATIVE_CONSENT = (
        "representative_consent",
        "zgoda przedstawiciela ustawowego na umieszczenie w domu pomocy społecznej",
        "art. 54 ust. 2 u.p.s.",
    )
    COURT_ORDER = (
        "court_order",
        "postanowienie sądu opiekuńczego o umieszczeniu w domu pomocy społecznej bez zgody",
        "art. 54 ust. 4 u.p.s.",
    )


class NoAgreementReason(LabelledEnum):
    """Why no agreement on the fee (art. 103 ust. 2 u.p.s.) was made with an obliged person."""

    INCOME_BELOW_THRESHOLD = (
        "income_below_threshold",
        "dochód nie przekracza 300 % kryterium dochodowego",
        "art. 61 ust. 2 pkt 2 u.p.s.",
    )
    REFUSED = (
        "refused",
        "odmowa zawarcia umowy – opłatę ustala się w drodze decyzji",
        "art. 61 ust. 2d u.p.s.",
    )
    EXEMPTED = (
        "exempted",
        "zwolnienie z opłaty",
        "art. 64, art. 64a u.p.s.",
    )
    RESIDENT_PAYS_IN_FULL = (
        "resident_pays_in_full",
        "mieszkaniec ponosi pełną odpłatność",
        "art. 61 ust. 1 u.p.s.",
    )
    NOT_NEEDED = (
        "not_needed",
        "opłaty mieszkańca i osób wcześniejszych w kolejności pokrywają średni koszt",
        "art. 61 ust. 1 pkt 2 u.p.s.",
    )


@attrs.frozen(repr=False)
class CourtOrder:
    """A court decision a referral rests on (e.g. the sąd opiekuńczy's order placing the
    person in a DPS without consent, art. 54 ust. 4 u.p.s. and the ustawa o ochronie zdrowia
    psychicznego)."""

    court: Court = attrs.field(validator=v.instance(Court))
    decided_on: dt.date = attrs.field(validator=v.a_date)
    case_number: str = attrs.field(validator=v.required_text)
    """Sygnatura akt, e.g. "III RNs 123/26"."""
    final_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    """The day it became final (prawomocne)."""

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, v.not_before(self, "final_on", "decided_on"))


@attrs.frozen(repr=False)
class DpsAgreement:
    """An agreement on the fee with an obliged person (umowa, art. 103 ust. 2 u.p.s.)."""

    concluded_on: dt.date = attrs.field(validator=v.a_date)
    monthly_amount: Decimal = attrs.field(validator=v.money)
    number: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(repr=False)
class ObligedPerson:
    """A spouse, descendant or ascendant of the resident (art. 61 ust. 1 pkt 2 u.p.s.) with
    their household: ``household_members == 1`` an osoba samotnie gospodarująca with her own
    monthly ``income``; more, a family with its total monthly ``income``.

    ``fee`` is the monthly fee the person pays (0.00 when none). Either an ``agreement`` or a
    ``no_agreement_reason`` says how it was settled (checked by SW-DPS-004).
    """

    person: Person = attrs.field(validator=v.instance(Person))
    kinship: Kinship = attrs.field(validator=v.enum_member(Kinship))
    income: Decimal = attrs.field(validator=v.money, repr=v.hidden)
    fee: Decimal = attrs.field(validator=v.money)
    household_members: int = attrs.field(default=1, validator=v.int_between(1, 30))
    agreement: DpsAgreement | None = attrs.field(
        default=None, validator=v.optional(v.instance(DpsAgreement))
    )
    no_agreement_reason: NoAgreementReason | None = attrs.field(
        default=None, validator=v.optional(v.enum_member(NoAgreementReason))
    )

    def __attrs_post_init__(self) -> None:
        problems = []
        if self.agreement is not None and self.no_agreement_reason is not None:
            problems.append(
                v.at("no_agreement_reason", "an agreement was made: give no reason for none")
            )
        if self.agreement is not None and self.agreement.monthly_amount != self.fee:
            problems.append(v.at("agreement.monthly_amount", "must equal the fee the person pays"))
        v.check_invariants(self, problems)


@attrs.frozen(kw_only=True, repr=False)
class DpsDecisionBase:
    """The elements of art. 107 § 1 KPA both DPS decisions share (as in
    :class:`~socialwork.model.decision.Decision`): organ, date and place, party, legal basis,
    justification, signature; the application, the interview, the recipients and the appeal
    body. A blank organ, justification or legal basis, or a missing signatory, is reported by
    the rules (SW-DPS-005), not refused here."""

    id: str = attrs.field(validator=v.identifier)
    case_reference: str = attrs.field(validator=v.required_text)
    organ: str = attrs.field(validator=v.text)
    center: Center = attrs.field(validator=v.instance(Center))
    issued_on: dt.date = attrs.field(validator=v.a_date)
    place: str = attrs.field(validator=v.required_text)
    party: Client = attrs.field(validator=v.instance(Client))
    home: str | None = attrs.field(default=None, validator=v.optional_text)
    """The named home, "Dom Pomocy Społecznej w …", when known."""
    legal_basis: tuple[str, ...] = attrs.field(default=(), validator=v.lenient_text_tuple)
    factual_justification: str | None = attrs.field(
        default=None, validator=v.lenient_text, repr=v.hidden
    )
    legal_justification: str | None = attrs.field(default=None, validator=v.lenient_text)
    signatory: Signatory | None = attrs.field(
        default=None, validator=v.optional(v.instance(Signatory))
    )
    number: str | None = attrs.field(default=None, validator=v.optional_text)
    acting_on_authority: bool = attrs.field(default=True, validator=v.boolean)
    authorisation: str | None = attrs.field(default=None, validator=v.optional_text)
    application_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    interview_id: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    interview_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    recipients: tuple[str, ...] = attrs.field(default=(), validator=v.text_tuple)
    appeal_body: str | None = attrs.field(default=None, validator=v.optional_text)

    def _header_problems(self) -> Iterator[Problem]:
        if self.application_on is not None and self.application_on > self.issued_on:
            yield v.at("application_on", "must not be after issued_on")
        if (
            self.acting_on_authority
            and self.signatory is not None
            and self.signatory.on_authority_of is None
        ):
            yield v.at(
                "signatory.on_authority_of",
                "a decision issued z upoważnienia names on whose authority "
                "(e.g. 'z upoważnienia Wójta Gminy')",
            )


@attrs.frozen(kw_only=True, repr=False)
class DpsReferralDecision(DpsDecisionBase):
    """Decyzja o skierowaniu do domu pomocy społecznej (art. 54, art. 59 ust. 1 u.p.s.).

    ``outcome``: GRANT – "skierować" to a home of ``dps_type`` (``home`` where known) from
    ``placed_from``; REFUSAL – "odmówić skierowania". The three conditions of art. 54 ust. 1
    (24-hour care, unable to function independently, usługi opiekuńcze insufficient), the
    ground (consent of the person or of the representative, or a court order) and the
    ``fee_decision_id`` of the fee decision issued with it.

    Structural invariants: the ground's evidence is present when the ground is given (a
    ``consent`` for a consent, a ``court_order`` for a court order), and not the other kind;
    a refusal names no placement date.
    """

    outcome: DecisionOutcome = attrs.field(validator=v.enum_member(DecisionOutcome))
    dps_type: DpsType = attrs.field(validator=v.enum_member(DpsType))
    needs_24h_care: bool = attrs.field(validator=v.boolean)
    cannot_function_independently: bool = attrs.field(validator=v.boolean)
    care_services_insufficient: bool = attrs.field(validator=v.boolean)
    ground: PlacementGround | None = attrs.field(
        default=None, validator=v.optional(v.enum_member(PlacementGround))
    )
    consent: Consent | None = attrs.field(default=None, validator=v.optional(v.instance(Consent)))
    court_order: CourtOrder | None = attrs.field(
        default=None, validator=v.optional(v.instance(CourtOrder))
    )
    placed_from: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    fee_decision_id: str | None = attrs.field(default=None, validator=v.optional(v.identifier))

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        yield from self._header_problems()
        consent_grounds = (PlacementGround.CONSENT, PlacementGround.REPRESENTATIVE_CONSENT)
        if self.ground in consent_grounds and self.consent is None:
            yield v.at("consent", "a placement by consent needs the consent (who, when)")
        if self.ground is PlacementGround.COURT_ORDER and self.court_order is None:
            yield v.at("court_order", "the ground 'court_order' needs the court's decision")
        if self.ground is PlacementGround.COURT_ORDER and self.consent is not None:
            yield v.at("consent", "a placement by court order records no consent")
        if self.ground in consent_grounds and self.court_order is not None:
            yield v.at("court_order", "a placement by consent records no court order")
        if (
            self.consent is not None
            and self.ground is PlacementGround.CONSENT
            and (self.consent.by_representative)
        ):
            yield v.at(
                "ground", "the consent was given by a representative: use 'representative_consent'"
            )
        if self.outcome is DecisionOutcome.REFUSAL and self.placed_from is not None:
            yield v.at("placed_from", "a refusal places nobody")

    @property
    def granted(self) -> bool:
        return self.outcome is DecisionOutcome.GRANT


@attrs.frozen(kw_only=True, repr=False)
class DpsFeeDecision(DpsDecisionBase):
    """Decyzja ustalająca opłatę mieszkańca za pobyt w domu pomocy społecznej (art. 59 ust. 1,
    art. 60–61 u.p.s.).

    ``cost``: the home's average monthly cost (art. 60 ust. 2) as announced
    (``cost_announcement``); ``resident_income``: the resident's monthly income (art. 8);
    ``fee``: the resident's monthly fee from ``fee_from``; ``obliged``: the spouse,
    descendants and ascendants with their fees, in the statutory order; ``gmina_fee``: the
    gmina's part. Whether the figures follow art. 61 is checked by the rules (SW-DPS-006),
    which recompute them with :func:`socialwork.law.dps.dps_fee`.
    """

    fee_from: dt.date = attrs.field(validator=v.a_date)
    cost: Decimal = attrs.field(validator=v.money)
    resident_income: Decimal = attrs.field(validator=v.money, repr=v.hidden)
    fee: Decimal = attrs.field(validator=v.money)
    gmina_fee: Decimal = attrs.field(validator=v.money)
    obliged: tuple[ObligedPerson, ...] = attrs.field(
        default=(), validator=v.tuple_of(ObligedPerson)
    )
    cost_announcement: str | None = attrs.field(default=None, validator=v.optional_text)
    """Where the cost is announced, e.g. "zarządzenie nr 5/2026 Starosty … (Dz. Urz. …)"."""
    payment_method: str | None = attrs.field(default=None, validator=v.optional_text)
    """How the resident pays, e.g. "potrącenie z emerytury przez organ rentowy"."""
    payment_due: str | None = attrs.field(default=None, validator=v.optional_text)
    """When, e.g. "do 15. dnia każdego miesiąca"."""
    referral_decision_id: str | None = attrs.field(default=None, validator=v.optional(v.identifier))

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        yield from self._header_problems()
        if self.cost <= 0:
            yield v.at("cost", "the average monthly cost must be more than 0")
        yield from v.total_problem("obliged", self.obliged_total, "the obliged persons' fees")

    @property
    def obliged_total(self) -> Decimal:
        return sum((o.fee for o in self.obliged), Decimal("0.00"))

    @property
    def total(self) -> Decimal:
        """Resident + obliged persons + gmina: equal to ``cost`` when the split is complete."""
        return self.fee + self.obliged_total + self.gmina_fee


v.private_reprs(__name__)
