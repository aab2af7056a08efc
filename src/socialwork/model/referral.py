"""Referrals and applications a social worker writes (skierowanie / wniosek): to a DPS, the
family court (wgląd w sytuację rodziny), the GKRPA, a shelter / night shelter / warming centre,
the PUP, the PZON, specialist counselling, a family assistant, or another institution.

Status machine (after Primero's referral model): ``draft → sent → accepted | rejected``,
``accepted → done`` (successful or not, with a reason when not), and ``revoked`` from
``draft``, ``sent`` or ``accepted``. Transition methods return a new object and refuse illegal
moves — and sending a referral whose kind needs consent without one — with
:class:`~socialwork.model.contract.TransitionError`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs

from socialwork.errors import Problem
from socialwork.model import _base as v
from socialwork.model.common import Attachment, Court, Institution
from socialwork.model.contract import TransitionError
from socialwork.model.enums import (
    AgeGroup,
    DpsType,
    GkrpaGround,
    LabelledEnum,
    ShelterKind,
    new_member,
)
from socialwork.model.people import Address, Client, Person
from socialwork.model.staff import Center, Signatory, SocialWorker

__all__ = [
    "Consent",
    "CourtDetails",
    "DisabilityDetails",
    "DpsDetails",
    "EmploymentDetails",
    "GkrpaDetails",
    "Referral",
    "ReferralKind",
    "ReferralStatus",
    "ShelterDetails",
]


class ReferralKind(LabelledEnum):
    """Kind of referral; ``requires_consent`` — the person's (or representative's) consent is
    needed before it is sent."""

    requires_consent: bool

    def __new__(cls, value: str, label: str, legal_basis: str, requires_consent: bool) -> Any:
        obj = new_member(cls, value, label, legal_basis)
        obj.requires_consent = requires_consent
        return obj

    DPS = (
        "dps",
        "skierowanie do domu pomocy społecznej",
        "art. 54 ust. 2, art. 59 u.p.s.",
        True,
    )
    FAMILY_COURT = (
        "family_court",
        "wniosek do sądu rodzinnego o wgląd w sytuację rodziny",
        "art. 572 KPC, art. 109 KRO",
        False,
    )
    GKRPA = (
        "gkrpa",
        "wniosek do gminnej komisji rozwiązywania problemów alkoholowych",
        "art. 24–26 ustawy o wychowaniu w trzeźwości i przeciwdziałaniu alkoholizmowi",
        False,
    )
    SHELTER = (
        "shelter",
        "skierowanie do schroniska / noclegowni / ogrzewalni",
        "art. 48a u.p.s.",
        False,
    )
    PUP = (
        "pup",
        "skierowanie / informacja do powiatowego urzędu pracy",
        "ustawa z 20.03.2025 o rynku pracy i służbach zatrudnienia (UNVERIFIED: form of the "
        "referral)",
        True,
    )
    PZON = (
        "pzon",
        "wniosek o wydanie orzeczenia o (stopniu) niepełnosprawności",
        "rozporządzenie w sprawie orzekania o niepełnosprawności i stopniu "
        "niepełnosprawności (Dz. U. z 2021 r. poz. 857)",
        True,
    )
    COUNSELLING = (
        "counselling",
        "skierowanie na poradnictwo specjalistyczne",
        "art. 46 u.p.s.",
        False,
    )
    # Art. 8 ust. 3 u.w.r.s.p.z.: "Wspieranie rodziny jest prowadzone za jej zgodą i aktywnym
    # udziałem, z uwzględnieniem zasobów własnych oraz źródeł wsparcia zewnętrznego" (quoted
    # in https://wartowiedziec.pl/polityka-spoleczna/8175-komentarz-do-ustawy-o-wspieraniu-
    # rodziny-i-systemie-pieczy-zastpczej-art-8) — so the family's consent is needed.
    FAMILY_ASSISTANT = (
        "family_assistant",
        "wniosek o przydzielenie asystenta rodziny",
        "art. 8 ust. 3 ustawy z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy "
        "zastępczej",
        True,
    )
    OTHER = ("other", "skierowanie", "", False)


class ReferralStatus(LabelledEnum):
    DRAFT = ("draft", "projekt")
    SENT = ("sent", "wysłane")
    ACCEPTED = ("accepted", "przyjęte")
    REJECTED = ("rejected", "odrzucone")
    DONE = ("done", "zakończone")
    REVOKED = ("revoked", "wycofane")


@attrs.frozen(repr=False)
class Consent:
    """Consent to the referral: who gave it, when, in what form."""

    given_by: str = attrs.field(validator=v.required_text)
    """Name of the person who consented (the client or the legal representative)."""
    given_on: dt.date = attrs.field(validator=v.a_date)
    by_representative: bool = attrs.field(default=False, validator=v.boolean)
    written: bool = attrs.field(default=True, validator=v.boolean)
    scope: str | None = attrs.field(default=None, validator=v.optional_text)
    """E.g. "zgoda na umieszczenie w DPS i przekazanie dokumentacji"."""


@attrs.frozen(repr=False)
class DpsDetails:
    """Skierowanie do DPS (art. 54–61 u.p.s.): type of home and the grounds of art. 54 ust. 1."""

    dps_type: DpsType = attrs.field(validator=v.enum_member(DpsType))
    needs_24h_care: bool = attrs.field(validator=v.boolean)
    """Requires 24-hour care due to age, illness or disability (art. 54 ust. 1)."""
    care_services_insufficient: bool = attrs.field(validator=v.boolean)
    """Needs cannot be met by usługi opiekuńcze (art. 54 ust. 1)."""
    preferred_home: str | None = attrs.field(default=None, validator=v.optional_text)
    monthly_income: Decimal | None = attrs.field(default=None, validator=v.optional_money)
    """The resident's own monthly income (the fee is at most 70 % of it, art. 61 ust. 2)."""
    justification: str | None = attrs.field(default=None, validator=v.optional_text, repr=v.hidden)


@attrs.frozen(repr=False)
class CourtDetails:
    """Wniosek do sądu rodzinnego o wgląd w sytuację rodziny (art. 572 KPC; art. 109 KRO)."""

    court: Court = attrs.field(validator=v.instance(Court))
    minors: tuple[Person, ...] = attrs.field(validator=v.tuple_of(Person))
    parents: tuple[Person, ...] = attrs.field(default=(), validator=v.tuple_of(Person))
    minors_address: Address | None = attrs.field(
        default=None, validator=v.optional(v.instance(Address))
    )
    request: str = attrs.field(
        default="o wgląd w sytuację małoletnich i wydanie stosownych zarządzeń",
        validator=v.required_text,
    )
    earlier_actions: str | None = attrs.field(
        default=None, validator=v.optional_text, repr=v.hidden
    )

    def __attrs_post_init__(self) -> None:
        problems = []
        if not self.minors:
            problems.append(v.at("minors", "name at least one minor the request concerns"))
        v.check_invariants(self, problems)


@attrs.frozen(repr=False)
class GkrpaDetails:
    """Wniosek do GKRPA: the person concerned and the art. 24 grounds shown."""

    person: Person = attrs.field(validator=v.instance(Person))
    grounds: tuple[GkrpaGround, ...] = attrs.field(validator=v.tuple_of(GkrpaGround))
    behaviour: str = attrs.field(validator=v.required_text, repr=v.hidden)
    """Description of behaviour linked to the grounds, with dates (sensitive)."""
    address: Address | None = attrs.field(default=None, validator=v.optional(v.instance(Address)))
    relation_to_family: str | None = attrs.field(default=None, validator=v.optional_text)
    earlier_interventions: str | None = attrs.field(
        default=None, validator=v.optional_text, repr=v.hidden
    )
    witnesses: tuple[str, ...] = attrs.field(default=(), validator=v.text_tuple)

    def __attrs_post_init__(self) -> None:
        v.check_invariants(
            self,
            v.unique(((f"grounds[{i}]", g) for i, g in enumerate(self.grounds)), "ground"),
        )


@attrs.frozen(repr=False)
class ShelterDetails:
    """Skierowanie do schroniska / noclegowni / ogrzewalni (art. 48a u.p.s.)."""

    place: ShelterKind = attrs.field(validator=v.enum_member(ShelterKind))
    stay_from: dt.date = attrs.field(validator=v.a_date)
    stay_to: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    decision_number: str | None = attrs.field(default=None, validator=v.optional_text)
    """The decision the stay rests on (schronisko: after a RWS and a kontrakt socjalny)."""
    decision_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    contract_number: str | None = attrs.field(default=None, validator=v.optional_text)
    fee: Decimal | None = attrs.field(default=None, validator=v.optional_money)
    """Monthly fee (odpłatność), if any."""
    homelessness_program_id: str | None = attrs.field(
        default=None, validator=v.optional(v.identifier)
    )
    """The indywidualny program wychodzenia z bezdomności (art. 49 u.p.s.) of the person
    referred (its ``id``; checked by SW-HOM-004 when both are in the case)."""

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, v.not_before(self, "stay_to", "stay_from"))


@attrs.frozen(repr=False)
class EmploymentDetails:
    """Referral / information to the PUP."""

    labour_status: str = attrs.field(validator=v.required_text)
    """E.g. "osoba bezrobotna zarejestrowana od 2025-03-01"."""
    support_requested: tuple[str, ...] = attrs.field(default=(), validator=v.text_tuple)
    contract_number: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(repr=False)
class DisabilityDetails:
    """Wniosek o wydanie orzeczenia o (stopniu) niepełnosprawności (PZON)."""

    age_group: AgeGroup = attrs.field(validator=v.enum_member(AgeGroup))
    purpose: str = attrs.field(validator=v.required_text)
    """Cel uzyskania orzeczenia."""
    first_application: bool = attrs.field(default=True, validator=v.boolean)
    medical_certificate_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    """Date of the zaświadczenie lekarskie (issued at most 30 days before filing)."""


_DETAILS: dict[str, ReferralKind] = {
    "dps": ReferralKind.DPS,
    "court": ReferralKind.FAMILY_COURT,
    "gkrpa": ReferralKind.GKRPA,
    "shelter": ReferralKind.SHELTER,
    "employment": ReferralKind.PUP,
    "disability": ReferralKind.PZON,
}
_RESPONDED = frozenset({ReferralStatus.ACCEPTED, ReferralStatus.REJECTED, ReferralStatus.DONE})


@attrs.frozen(repr=False)
class Referral:
    """A skierowanie / wniosek sent on behalf of a client to an institution.

    Kind-specific details go in the block named for the kind (``dps``, ``court``, ``gkrpa``,
    ``shelter``, ``employment``, ``disability``); only the block of the referral's kind may be
    set.

    Structural invariants: dates in order (``created_on`` ≤ ``sent_on`` ≤ ``responded_on`` ≤
    ``done_on``; ``revoked_on`` not before ``created_on`` or ``sent_on``); the status agrees
    with the recorded facts — sent and later statuses have ``sent_on``, accepted / rejected /
    done have ``responded_on``, rejected has a ``rejection_reason``, done has ``done_on`` and
    ``successful`` (and ``outcome_reason`` when not successful), revoked has ``revoked_on``
    and ``revocation_reason``; facts of a status are absent in the others.

    Whether consent is present is checked when sending (:meth:`send`); whether it is present
    and was given before the referral was sent is checked by the rules (SW-REF-001 for a DPS),
    so a draft — or a record of a referral sent without consent — can be built and loaded.
    """

    id: str = attrs.field(validator=v.identifier)
    kind: ReferralKind = attrs.field(validator=v.enum_member(ReferralKind))
    client: Client = attrs.field(validator=v.instance(Client))
    center: Center = attrs.field(validator=v.instance(Center))
    worker: SocialWorker = attrs.field(validator=v.instance(SocialWorker))
    target: Institution = attrs.field(validator=v.instance(Institution))
    created_on: dt.date = attrs.field(validator=v.a_date)
    justification: str = attrs.field(validator=v.required_text, repr=v.hidden)
    """Uzasadnienie / opis sytuacji."""
    reference_number: str | None = attrs.field(default=None, validator=v.optional_text)
    """Znak sprawy."""
    requested_support: str | None = attrs.field(default=None, validator=v.optional_text)
    consent: Consent | None = attrs.field(default=None, validator=v.optional(v.instance(Consent)))
    attachments: tuple[Attachment, ...] = attrs.field(default=(), validator=v.tuple_of(Attachment))
    signatory: Signatory | None = attrs.field(
        default=None, validator=v.optional(v.instance(Signatory))
    )
    dps: DpsDetails | None = attrs.field(default=None, validator=v.optional(v.instance(DpsDetails)))
    court: CourtDetails | None = attrs.field(
        default=None, validator=v.optional(v.instance(CourtDetails))
    )
    gkrpa: GkrpaDetails | None = attrs.field(
        default=None, validator=v.optional(v.instance(GkrpaDetails))
    )
    shelter: ShelterDetails | None = attrs.field(
        default=None, validator=v.optional(v.instance(ShelterDetails))
    )
    employment: EmploymentDetails | None = attrs.field(
        default=None, validator=v.optional(v.instance(EmploymentDetails))
    )
    disability: DisabilityDetails | None = attrs.field(
        default=None, validator=v.optional(v.instance(DisabilityDetails))
    )
    status: ReferralStatus = attrs.field(
        default=ReferralStatus.DRAFT, validator=v.enum_member(ReferralStatus)
    )
    sent_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    responded_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    rejection_reason: str | None = attrs.field(default=None, validator=v.optional_text)
    done_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    successful: bool | None = attrs.field(default=None, validator=v.optional(v.boolean))
    outcome_reason: str | None = attrs.field(default=None, validator=v.optional_text)
    """Why it was not successful (client refused, no capacity, unable to contact…)."""
    revoked_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    revocation_reason: str | None = attrs.field(default=None, validator=v.optional_text)

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        for block, kind in _DETAILS.items():
            if getattr(self, block) is not None and self.kind is not kind:
                yield v.at(
                    block,
                    f"the '{block}' details belong to a referral of kind "
                    f"'{kind.value}', not '{self.kind.value}'",
                )
        yield from v.not_before(self, "sent_on", "created_on")
        yield from v.not_before(self, "responded_on", "sent_on")
        yield from v.not_before(self, "done_on", "responded_on")
        yield from v.not_before(self, "revoked_on", "created_on")
        yield from v.not_before(self, "revoked_on", "sent_on")
        status = self.status
        if status not in (ReferralStatus.DRAFT, ReferralStatus.REVOKED) and self.sent_on is None:
            yield v.at(
                "sent_on", f"a referral with status '{status.value}' was sent: give the date"
            )
        if status is ReferralStatus.DRAFT and self.sent_on is not None:
            yield v.at("sent_on", "a draft has not been sent; set status 'sent'")
        if status in _RESPONDED and self.responded_on is None:
            yield v.at(
                "responded_on",
                f"a referral with status '{status.value}' needs the date of the answer",
            )
        if status in (ReferralStatus.DRAFT, ReferralStatus.SENT) and self.responded_on:
            yield v.at("responded_on", f"a referral with status '{status.value}' has no answer")
        if (status is ReferralStatus.REJECTED) != (self.rejection_reason is not None):
            yield v.at("rejection_reason", "required exactly when the status is 'rejected'")
        if status is ReferralStatus.DONE:
            if self.done_on is None:
                yield v.at("done_on", "a done referral needs the date it was completed")
            if self.successful is None:
                yield v.at("successful", "say whether the referral was successful")
            elif not self.successful and self.outcome_reason is None:
                yield v.at("outcome_reason", "give the reason the referral was not successful")
        else:
            for name in ("done_on", "successful", "outcome_reason"):
                if getattr(self, name) is not None:
                    yield v.at(name, "only a done referral records its outcome")
        if status is ReferralStatus.REVOKED:
            for name in ("revoked_on", "revocation_reason"):
                if getattr(self, name) is None:
                    yield v.at(name, "a revoked referral needs the date and reason of revocation")
        else:
            for name in ("revoked_on", "revocation_reason"):
                if getattr(self, name) is not None:
                    yield v.at(name, "only a revoked referral records a revocation")

    # ------------------------------------------------------------------ transitions

    def _move(
        self, allowed: frozenset[ReferralStatus], to: ReferralStatus, **changes: Any
    ) -> Referral:
        if self.status not in allowed:
            raise TransitionError(
                "illegal status change",
                (
                    Problem(
                        "$.status",
                        f"cannot change a referral from '{self.status.value}' to '{to.value}'",
                    ),
                ),
            )
        return attrs.evolve(self, status=to, **changes)

    def send(self, *, on: dt.date) -> Referral:
        """draft → sent; a kind that requires consent cannot be sent without it."""
        if self.kind.requires_consent and self.consent is None:
            raise TransitionError(
                "consent missing",
                (
                    Problem(
                        "$.consent",
                        f"a referral of kind '{self.kind.value}' needs the "
                        "consent of the person or the legal representative before sending",
                    ),
                ),
            )
        return self._move(frozenset({ReferralStatus.DRAFT}), ReferralStatus.SENT, sent_on=on)

    def accept(self, *, on: dt.date) -> Referral:
        """sent → accepted."""
        return self._move(
            frozenset({ReferralStatus.SENT}), ReferralStatus.ACCEPTED, responded_on=on
        )

    def reject(self, *, on: dt.date, reason: str) -> Referral:
        """sent → rejected (with the reason)."""
        return self._move(
            frozenset({ReferralStatus.SENT}),
            ReferralStatus.REJECTED,
            responded_on=on,
            rejection_reason=reason,
        )

    def complete(self, *, on: dt.date, successful: bool, reason: str | None = None) -> Referral:
        """accepted → done (successful or not; a reason is required when not)."""
        return self._move(
            frozenset({ReferralStatus.ACCEPTED}),
            ReferralStatus.DONE,
            done_on=on,
            successful=successful,
            outcome_reason=reason,
        )

    def revoke(self, *, on: dt.date, reason: str) -> Referral:
        """draft | sent | accepted → revoked."""
        return self._move(
            frozenset({ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED}),
            ReferralStatus.REVOKED,
            revoked_on=on,
            revocation_reason=reason,
        )


v.private_reprs(__name__)
