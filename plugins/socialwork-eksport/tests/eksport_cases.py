"""Minimal interviews and decisions for the eksport tests (fictional people)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from socialwork.model import (
    Address,
    AssistanceReason,
    BenefitKind,
    Center,
    Client,
    Decision,
    Family,
    FamilyMember,
    Income,
    Interview,
    Person,
    SocialWorker,
)
from socialwork.model.enums import CenterKind, DecisionOutcome, InterviewKind, Relation, Sex
from socialwork.model.income import IncomeKind
from socialwork.model.interview import NeedsSegment
from socialwork.model.staff import Signatory

ADDRESS = Address(city="Przykładowo", postal_code="00-950", building="1")
CENTER = Center(
    id="gops-przykladowo",
    name="Gminny Ośrodek Pomocy Społecznej w Przykładowie",
    kind=CenterKind.GOPS,
    address=ADDRESS,
    head=Signatory(name="Maria Kierownik", position="Kierownik GOPS"),
)
WORKER = SocialWorker(id="w1", first_name="Ewa", last_name="Nowak")


def pesel(born: dt.date, serial: int, *, female: bool) -> str:
    """A checksum-valid PESEL for a fictional person."""
    month = born.month + {1800: 80, 1900: 0, 2000: 20}[born.year // 100 * 100]
    serial = serial * 2 + (0 if female else 1)
    digits = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial:04d}"
    total = sum(int(d) * w for d, w in zip(digits, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=True))
    return digits + str((10 - total % 10) % 10)


def interview(
    *,
    members: int,
    monthly_income: Decimal = Decimal("1000.00"),
    meal: bool = False,
    on: dt.date = dt.date(2025, 6, 10),
    family: str = "f1",
    reasons: tuple[AssistanceReason, ...] = (),
) -> Interview:
    """A household of ``1 + members`` persons; the applicant earns ``monthly_income`` in the
    month before ``on``; ``meal`` puts a posiłek among the expected benefits."""
    applicant = Client(
        id=f"c-{family}",
        address=ADDRESS,
        person=Person(
            id="p0", first_name="Anna", last_name="Testowa",
            birth_date=dt.date(1985, 1, 1), sex=Sex.FEMALE,
            pesel=pesel(dt.date(1985, 1, 1), 1, female=True),
        ),
    )  # fmt: skip
    family_members = tuple(
        FamilyMember(
            person=Person(
                id=f"p{i}",
                first_name="Dziecko",
                last_name="Testowe",
                birth_date=dt.date(2015, 1, i),
                sex=Sex.MALE,
                pesel=pesel(dt.date(2015, 1, i), i, female=False),
            ),
            relation=Relation.CHILD,
        )
        for i in range(1, members + 1)
    )
    month = (on.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    household = Family(
        id=family,
        applicant=applicant,
        members=family_members,
        incomes=(
            Income(person_id="p0", month=month, kind=IncomeKind.EMPLOYMENT, gross=monthly_income),
        ),
    )
    expected = (BenefitKind.MEAL,) if meal else (BenefitKind.PERIODIC_ALLOWANCE,)
    return Interview(
        id=f"i-{family}",
        kind=InterviewKind.FULL,
        reasons=reasons,
        center=CENTER,
        worker=WORKER,
        household=household,
        need_known_on=on,
        conducted_on=on,
        application_on=on,
        needs=NeedsSegment(needs=("pomoc w formie posiłku",), expected_benefits=expected),
    )


def decision(
    *,
    client: str,
    benefit: BenefitKind,
    amount: Decimal | None,
    outcome: DecisionOutcome = DecisionOutcome.GRANT,
    number: int = 1,
) -> Decision:
    party = Client(
        id=client,
        address=ADDRESS,
        person=Person(
            id=f"p-{client}", first_name="Anna", last_name="Testowa",
            birth_date=dt.date(1985, 1, 1), sex=Sex.FEMALE,
            pesel=pesel(dt.date(1985, 1, 1), 1, female=True),
        ),
    )  # fmt: skip
    return Decision(
        id=f"d{number}",
        case_reference=f"GOPS.8240.{number}.2025",
        organ="Wójt Gminy Przykładowo",
        center=CENTER,
        issued_on=dt.date(2025, 6, 20),
        place="Przykładowo",
        party=party,
        outcome=outcome,
        benefit=benefit,
        legal_basis=(benefit.legal_basis,),
        factual_justification="Uzasadnienie faktyczne.",
        legal_justification="Uzasadnienie prawne.",
        signatory=Signatory(
            name="Maria Kierownik",
            position="Kierownik GOPS",
            on_authority_of="z upoważnienia Wójta Gminy",
        ),
        amount=amount,
    )
