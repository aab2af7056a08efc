"""Small builders of valid model objects for the rules tests (explicit dates, no today)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from socialwork.model import (
    ActionOwner,
    CenterKind,
    ContractAction,
    ContractKind,
    Decision,
    DecisionOutcome,
    Family,
    FamilyMember,
    Goal,
    Interview,
    InterviewKind,
    Qualification,
    Relation,
    Sex,
    SituationAssessment,
    SocialContract,
)
from socialwork.model.benefits import BenefitKind
from socialwork.model.common import Institution
from socialwork.model.enums import IdentityDocumentKind
from socialwork.model.income import Income, IncomeKind
from socialwork.model.interview import (
    AssistancePlanSegment,
    DiagnosisSegment,
    HouseholdSegment,
    NeedsSegment,
    PlanItem,
)
from socialwork.model.people import Address, Client, IdentityDocument, Person
from socialwork.model.reasons import AssistanceReason
from socialwork.model.referral import Referral, ReferralKind
from socialwork.model.staff import Center, Signatory, SocialWorker

T = TypeVar("T")

VALID_PESEL = "44051401359"  # born 1944-05-14, man: a textbook valid PESEL


def unchecked(obj: T, **changes: Any) -> T:
    """A copy of ``obj`` with ``changes`` set *without* validators or invariants: the
    objects a rule must still handle when structure is bypassed (e.g. a vendor's own
    loader or subclass)."""
    cls = type(obj)
    copy = object.__new__(cls)
    for field in attrs.fields(cls):
        object.__setattr__(copy, field.name, changes.get(field.name, getattr(obj, field.name)))
    return copy


def address() -> Address:
    return Address(city="Zielonka", postal_code="05-220", building="12", street="Lipowa")


def person(pid: str = "p1", *, born: dt.date = dt.date(1980, 5, 4), pesel: str | None = None,
           sex: Sex = Sex.FEMALE, first: str = "Anna", last: str = "Nowak") -> Person:
    if pesel is not None:
        return Person(id=pid, first_name=first, last_name=last, birth_date=born, sex=sex,
                      pesel=pesel)
    return Person(
        id=pid, first_name=first, last_name=last, birth_date=born, sex=sex,
        identity_document=IdentityDocument(IdentityDocumentKind.ID_CARD, "ABC123456"),
    )


def client(cid: str = "c1", **kw: Any) -> Client:
    return Client(id=cid, person=kw.pop("person", None) or person(), address=address(), **kw)


def signatory() -> Signatory:
    return Signatory(name="Jan Kowalski", position="Kierownik GOPS",
                     on_authority_of="z upoważnienia Wójta Gminy Zielonka")


def center() -> Center:
    return Center(id="gops", name="Gminny Ośrodek Pomocy Społecznej w Zielonce",
                  kind=CenterKind.GOPS, address=address(), head=signatory())


def worker(**kw: Any) -> SocialWorker:
    kw.setdefault("qualification", Qualification.SOCIAL_WORK_DEGREE)
    return SocialWorker(id="w1", first_name="Ewa", last_name="Wiśniewska", **kw)


def income(amount: str, *, pid: str = "p1", month: dt.date = dt.date(2025, 2, 1),
           kind: IncomeKind = IncomeKind.EMPLOYMENT) -> Income:
    return Income(person_id=pid, month=month, kind=kind, gross=Decimal(amount))


def family(*incomes: Income, members: int = 1, applicant: Client | None = None) -> Family:
    others = tuple(
        FamilyMember(person=person(f"m{i}", first=f"Osoba{i}"), relation=Relation.CHILD)
        for i in range(1, members)
    )
    return Family(id="f1", applicant=applicant or client(), members=others,
                  incomes=tuple(incomes))


def interview(**kw: Any) -> Interview:
    household = kw.pop("household", None) or family(income("600.00"))
    fields: dict[str, Any] = dict(
        id="rws1",
        kind=InterviewKind.FULL,
        center=center(),
        worker=worker(),
        household=household,
        need_known_on=dt.date(2025, 3, 3),
        conducted_on=dt.date(2025, 3, 5),
        application_on=dt.date(2025, 3, 3),
        reasons=(AssistanceReason.POVERTY, AssistanceReason.UNEMPLOYMENT),
        household_data=HouseholdSegment(interviewee_id=household.applicant.person.id),
        needs=NeedsSegment(needs=("pomoc finansowa",)),
        diagnosis=DiagnosisSegment(diagnosis="Utrata pracy.", conclusions="Wsparcie."),
        plan=AssistancePlanSegment(items=(PlanItem(description="zasiłek okresowy"),)),
    )
    fields.update(kw)
    return Interview(**fields)


def decision(**kw: Any) -> Decision:
    fields: dict[str, Any] = dict(
        id="d1",
        case_reference="GOPS.8240.1.2025",
        organ="Wójt Gminy Zielonka",
        center=center(),
        issued_on=dt.date(2025, 3, 10),
        place="Zielonka",
        party=client(),
        outcome=DecisionOutcome.GRANT,
        benefit=BenefitKind.PERIODIC_ALLOWANCE,
        legal_basis=("art. 38 ust. 1 pkt 1 u.p.s.", "art. 104 KPA"),
        factual_justification="Dochód poniżej kryterium, bezrobocie.",
        legal_justification="Art. 38 ustawy o pomocy społecznej.",
        signatory=signatory(),
        application_on=dt.date(2025, 3, 3),
        amount=Decimal("300.00"),
        period_from=dt.date(2025, 3, 1),
        period_to=dt.date(2025, 5, 31),
        interview_id="rws1",
        interview_on=dt.date(2025, 3, 5),
    )
    fields.update(kw)
    return Decision(**fields)


def contract(**kw: Any) -> SocialContract:
    fields: dict[str, Any] = dict(
        id="k1",
        number="KS/1/2025",
        kind=ContractKind.A,
        concluded_on=dt.date(2025, 3, 1),
        valid_from=dt.date(2025, 3, 1),
        valid_to=dt.date(2025, 6, 30),
        center=center(),
        worker=worker(),
        client=client(),
        assessment=SituationAssessment(causes="Bezrobocie.", resources="Wykształcenie.",
                                       limitations="Brak doświadczenia."),
        main_goal="Podjęcie zatrudnienia.",
        goals=(Goal(id="g1", description="Rejestracja w PUP."),),
        actions=(
            ContractAction(description="Rejestracja w PUP", owner=ActionOwner.CLIENT,
                           due=dt.date(2025, 3, 15), goal_id="g1"),
        ),
    )
    fields.update(kw)
    return SocialContract(**fields)


def signed_contract(**kw: Any) -> SocialContract:
    return contract(**kw).sign(client_on=dt.date(2025, 3, 1), worker_on=dt.date(2025, 3, 1))


def referral(kind: ReferralKind = ReferralKind.DPS, **kw: Any) -> Referral:
    fields: dict[str, Any] = dict(
        id="s1",
        kind=kind,
        client=client(),
        center=center(),
        worker=worker(),
        target=Institution(name="Dom Pomocy Społecznej w Otwocku"),
        created_on=dt.date(2025, 3, 10),
        justification="Osoba wymaga całodobowej opieki.",
    )
    fields.update(kw)
    return Referral(**fields)
