"""Minimal interviews for the Gmina Przykładowo tests (fictional people, no real PESEL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from socialwork.model import (
    Address,
    BenefitKind,
    Center,
    Client,
    Family,
    FamilyMember,
    Income,
    Interview,
    Person,
    SocialWorker,
)
from socialwork.model.enums import CenterKind, InterviewKind, Relation, Sex
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
    *, members: int, monthly_income: Decimal, meal: bool, on: dt.date = dt.date(2025, 6, 10)
) -> Interview:
    """A household of ``1 + members`` persons; the applicant earns ``monthly_income`` in the
    month before ``on``; ``meal`` puts a posiłek among the expected benefits."""
    applicant = Client(
        id="c1",
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
        id="f1",
        applicant=applicant,
        members=family_members,
        incomes=(
            Income(person_id="p0", month=month, kind=IncomeKind.EMPLOYMENT, gross=monthly_income),
        ),
    )
    expected = (BenefitKind.MEAL,) if meal else (BenefitKind.PERIODIC_ALLOWANCE,)
    return Interview(
        id="i1",
        kind=InterviewKind.FULL,
        center=CENTER,
        worker=WORKER,
        household=household,
        need_known_on=on,
        conducted_on=on,
        application_on=on,
        needs=NeedsSegment(needs=("pomoc w formie posiłku",), expected_benefits=expected),
    )
