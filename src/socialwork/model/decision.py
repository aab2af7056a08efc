"""The decyzja administracyjna granting or refusing a benefit (art. 106 u.p.s.; elements:
art. 107 § 1 KPA — organ, date, party, legal basis, ruling, factual and legal justification,
pouczenie, signature with name and position)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import attrs

from socialwork.errors import Problem
from socialwork.model import _base as v
from socialwork.model.benefits import BenefitKind
from socialwork.model.enums import DecisionOutcome
from socialwork.model.people import Client
from socialwork.model.staff import Center, Signatory

__all__ = ["Decision", "Payment"]


@attrs.frozen(repr=False)
class Payment:
    """One instalment of the payment schedule (termin i kwota wypłaty)."""

    due_on: dt.date = attrs.field(validator=v.a_date)
    amount: Decimal = attrs.field(validator=v.money)


@attrs.frozen(repr=False)
class Decision:
    """A decision of the organ (or of the centre's head acting z upoważnienia, art. 110 u.p.s.).

    ``interview_id`` / ``interview_on`` name the rodzinny wywiad środowiskowy the decision
    rests on (art. 106 ust. 4 u.p.s.). ``legal_basis`` lists the provisions cited, e.g.
    ``"art. 38 ust. 1 u.p.s."``, ``"art. 104 KPA"``.

    Structural invariants: ``period_to`` not before ``period_from``; a refusal has no amount
    and no payments; payments fall within the period when one is given; the application is
    not after ``issued_on``; ``acting_on_authority`` requires the
    signatory's ``on_authority_of`` (when a signatory is given).

    Not structural (reported by the rules, so a draft or a defective decision can be built
    and loaded): a blank ``organ``, an empty ``legal_basis``, a missing or blank factual or
    legal justification, a missing ``signatory`` — the elements of art. 107 § 1 KPA
    (SW-DEC-002); no interview reference, or an interview conducted after the decision
    (SW-DEC-001, art. 106 ust. 4 u.p.s.).
    """

    id: str = attrs.field(validator=v.identifier)
    case_reference: str = attrs.field(validator=v.required_text)
    """Znak sprawy, e.g. "GOPS.8240.112.2026"."""
    organ: str = attrs.field(validator=v.text)
    """The organ, e.g. "Wójt Gminy Zielonka" (blank: reported by SW-DEC-002)."""
    center: Center = attrs.field(validator=v.instance(Center))
    issued_on: dt.date = attrs.field(validator=v.a_date)
    place: str = attrs.field(validator=v.required_text)
    """Miejscowość of issue."""
    party: Client = attrs.field(validator=v.instance(Client))
    outcome: DecisionOutcome = attrs.field(validator=v.enum_member(DecisionOutcome))
    benefit: BenefitKind = attrs.field(validator=v.enum_member(BenefitKind))
    legal_basis: tuple[str, ...] = attrs.field(default=(), validator=v.lenient_text_tuple)
    """Provisions cited (empty: reported by SW-DEC-002)."""
    factual_justification: str | None = attrs.field(
        default=None, validator=v.lenient_text, repr=v.hidden
    )
    legal_justification: str | None = attrs.field(default=None, validator=v.lenient_text)
    signatory: Signatory | None = attrs.field(
        default=None, validator=v.optional(v.instance(Signatory))
    )
    """Who signs (missing: reported by SW-DEC-002, art. 107 § 1 pkt 8 KPA)."""
    number: str | None = attrs.field(default=None, validator=v.optional_text)
    """DECYZJA nr …"""
    acting_on_authority: bool = attrs.field(default=True, validator=v.boolean)
    """The head of the centre decides z upoważnienia of the organ (art. 110 u.p.s.)."""
    authorisation: str | None = attrs.field(default=None, validator=v.optional_text)
    """The authorisation, e.g. "upoważnienie nr 12/2024 z dnia 2 stycznia 2024 r."."""
    application_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    """Date of the application; ``None`` for proceedings z urzędu."""
    amount: Decimal | None = attrs.field(default=None, validator=v.optional_money)
    """Monthly amount (zasiłek stały/okresowy) or the one-off amount (zasiłek celowy)."""
    period_from: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    period_to: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    payments: tuple[Payment, ...] = attrs.field(default=(), validator=v.tuple_of(Payment))
    payment_method: str | None = attrs.field(default=None, validator=v.optional_text)
    """E.g. "przelewem na rachunek bankowy wskazany we wniosku"."""
    purpose: str | None = attrs.field(default=None, validator=v.optional_text)
    """Purpose of a zasiłek celowy (food, fuel, medicines…)."""
    repayable: bool = attrs.field(default=False, validator=v.boolean)
    """Granted on condition of repayment, in part or in full (art. 41 pkt 2 u.p.s.)."""
    repayment_amount: Decimal | None = attrs.field(default=None, validator=v.optional_money)
    """The amount to be repaid (art. 41 pkt 2 u.p.s.): the decision states it."""
    repayment_terms: str | None = attrs.field(default=None, validator=v.optional_text)
    """The terms of repayment (instalments, due dates, account), e.g. "w 6 miesięcznych
    ratach po 75,00 zł, płatnych do 10. dnia każdego miesiąca od stycznia 2027 r."."""
    interview_id: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    interview_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    recipients: tuple[str, ...] = attrs.field(default=(), validator=v.text_tuple)
    """Otrzymują: 1. the party, 2. a/a…"""
    appeal_body: str | None = attrs.field(default=None, validator=v.optional_text)
    """The appeal organ named in the pouczenie (art. 107 § 1 pkt 7 KPA; odwołanie, art. 127
    KPA), in the nominative, e.g. "Samorządowe Kolegium Odwoławcze w Radomiu"."""

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        yield from v.not_before(self, "period_to", "period_from")
        if self.period_to is not None and self.period_from is None:
            yield v.at("period_from", "a period with an end needs a start")
        if self.outcome is DecisionOutcome.REFUSAL:
            if self.amount is not None:
                yield v.at("amount", "a refusal grants no amount")
            if self.payments:
                yield v.at("payments", "a refusal has no payment schedule")
        for i, payment in enumerate(self.payments):
            if (self.period_from and payment.due_on < self.period_from) or (
                self.period_to and payment.due_on > self.period_to
            ):
                yield v.at(
                    f"payments[{i}].due_on", "must fall within period_from-period_to", "date.range"
                )
        if self.application_on is not None and self.application_on > self.issued_on:
            yield v.at("application_on", "must not be after issued_on", "date.order")
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
        yield from v.total_problem("payments", self.payments_total, "the payments' total")

    @property
    def granted(self) -> bool:
        return self.outcome is DecisionOutcome.GRANT

    @property
    def payments_total(self) -> Decimal:
        return sum((p.amount for p in self.payments), Decimal("0.00"))


v.private_reprs(__name__)
