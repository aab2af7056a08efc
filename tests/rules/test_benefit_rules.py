"""SW-BEN-001 … SW-BEN-005: income test, reasons and amounts — cases worked by hand from
art. 8, 37, 38 and 41 u.p.s. with the figures in force (2025: K_single 1 010 zł, K_person
823 zł; zasiłek stały 130 %, cap 1 229 zł, minimum 100 zł)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from socialwork.model import DecisionOutcome
from socialwork.model.benefits import BenefitKind
from socialwork.model.reasons import AssistanceReason
from socialwork.rules import Report, validate

from .builders import client, decision, family, income, interview, person

D = Decimal
B = BenefitKind


def text(finding: Any) -> str:
    """The message with no-break spaces (thousands, before "zł") as plain spaces."""
    return str(finding.message).replace("\xa0", " ")


def case(benefit: BenefitKind, amount: str | None, *incomes: Any, members: int = 1,
         interview_kw: dict[str, Any] | None = None, **kw: Any) -> Report:
    household = family(*incomes, members=members)
    rws = interview(household=household, **(interview_kw or {}))
    dec = decision(benefit=benefit, amount=None if amount is None else D(amount), **kw)
    return validate(dec, related=[rws])


# ------------------------------------------------------------------ SW-BEN-001 income test


@pytest.mark.parametrize(
    ("benefit", "gross", "above"),
    [
        (B.PERIODIC_ALLOWANCE, "1009.99", False),
        (B.PERIODIC_ALLOWANCE, "1010.00", True),  # art. 38: income must be LOWER
        (B.TARGETED_ALLOWANCE, "1010.00", False),  # art. 8 ust. 1: NOT EXCEEDING
        (B.TARGETED_ALLOWANCE, "1010.01", True),
        (B.PERMANENT_ALLOWANCE, "1010.00", True),
        (B.TARGETED_ALLOWANCE_CONTRACT, "1200.00", True),
    ],
)
def test_single_person_income_test(benefit: BenefitKind, gross: str, above: bool) -> None:
    report = case(benefit, "100.00", income(gross))
    found = report.by_code("SW-BEN-001")
    assert bool(found) is above
    if above:
        assert "1 010,00 zł" in text(found[0]) and found[0].severity == "error"


def test_family_income_per_person() -> None:
    # 3 persons, family income 2 400 zł → 800 zł per person < 823 zł
    ok = case(B.TARGETED_ALLOWANCE, "200.00", income("2400.00"), members=3)
    assert not ok.by_code("SW-BEN-001")
    # 2 500 zł → 833,33 zł per person > 823 zł
    over = case(B.TARGETED_ALLOWANCE, "200.00", income("2500.00"), members=3)
    found = over.by_code("SW-BEN-001")
    assert found and "833,33 zł" in text(found[0]) and "823,00 zł" in text(found[0])


def test_income_of_the_month_before_the_application_only() -> None:
    # the January income is outside the reference month (February, application 3.03.2025)
    report = case(B.TARGETED_ALLOWANCE, "200.00", income("5000.00", month=dt.date(2025, 1, 1)))
    assert not report.by_code("SW-BEN-001")


def test_permanent_allowance_own_income_in_family() -> None:
    # own income 900 zł ≥ 823 zł although per person (1 900 / 3 = 633,33 zł) is below
    report = case(B.PERMANENT_ALLOWANCE, "300.00", income("900.00", pid="p1"),
                  income("1000.00", pid="m1"), members=3)
    found = report.by_code("SW-BEN-001")
    assert found and "dochód własny osoby (900,00 zł)" in text(found[0])


@pytest.mark.parametrize(
    ("extra", "benefit"),
    [
        ({}, B.TARGETED_ALLOWANCE_EVENT),  # art. 40: regardless of income
        ({}, B.SPECIAL_TARGETED_ALLOWANCE),  # art. 41 ust. 1: above the criterion
        ({"repayable": True}, B.TARGETED_ALLOWANCE),  # art. 41 ust. 2
    ],
)
def test_exceptions_to_the_income_test(extra: dict[str, Any], benefit: BenefitKind) -> None:
    report = case(benefit, "500.00", income("3000.00"), **extra)
    assert not report.by_code("SW-BEN-001")


def test_no_interview_no_income_test() -> None:
    dec = decision(benefit=B.TARGETED_ALLOWANCE, amount=D("100.00"))
    assert not validate(dec).by_code("SW-BEN-001")


# ------------------------------------------------------------------ SW-BEN-002 reasons


@pytest.mark.parametrize(
    ("reasons", "other", "finding"),
    [
        ((AssistanceReason.POVERTY,), None, "wyłącznie ubóstwo"),
        ((), None, "nie wskazano żadnego powodu"),
        ((AssistanceReason.POVERTY,), "Konieczność zakupu leków po pożarze.", None),
        ((AssistanceReason.POVERTY, AssistanceReason.DISABILITY), None, None),
        ((AssistanceReason.TRAFFICKING,), None, None),
    ],
)
def test_reason_beyond_poverty(reasons: tuple[AssistanceReason, ...], other: str | None,
                               finding: str | None) -> None:
    report = case(B.PERIODIC_ALLOWANCE, "300.00", income("600.00"),
                  interview_kw={"reasons": reasons, "other_circumstances_text": other})
    found = report.by_code("SW-BEN-002")
    assert bool(found) is (finding is not None)
    if finding:
        assert finding in text(found[0])
        assert found[0].legal_basis == "art. 8 ust. 1 ustawy o pomocy społecznej"


def test_reasons_not_checked_for_refusal_or_non_cash() -> None:
    refusal = decision(outcome=DecisionOutcome.REFUSAL,
                       amount=None, period_from=None, period_to=None)
    rws = interview(reasons=(AssistanceReason.POVERTY,))
    assert not validate(refusal, related=[rws]).by_code("SW-BEN-002")
    meal = decision(benefit=B.MEAL, amount=None)
    assert not validate(meal, related=[rws]).by_code("SW-BEN-002")


# ------------------------------------------------------------------ SW-BEN-003 zasiłek stały


@pytest.mark.parametrize(
    ("issued", "gross", "amount", "wrong"),
    [
        # 2025: 130 % × 1 010 = 1 313 − 600 = 713,00
        (dt.date(2025, 3, 10), "600.00", "713.00", False),
        (dt.date(2025, 3, 10), "600.00", "700.00", True),
        # 2025: 1 313 − 0 = 1 313 > cap 1 229 → 1 229,00
        (dt.date(2025, 3, 10), "0.00", "1229.00", False),
        (dt.date(2025, 3, 10), "0.00", "1313.00", True),
        # 2025: 1 313 − 1 000 = 313,00
        (dt.date(2025, 3, 10), "1000.00", "313.00", False),
    ],
)
def test_permanent_amount_single(issued: dt.date, gross: str, amount: str, wrong: bool) -> None:
    report = case(B.PERMANENT_ALLOWANCE, amount, income(gross), issued_on=issued,
                  period_from=dt.date(2025, 3, 1), period_to=None)
    found = report.by_code("SW-BEN-003")
    assert bool(found) is wrong
    assert not report.by_code("SW-BEN-001")


def test_permanent_amount_before_2024_minimum_30() -> None:
    # 2023: K_single 776 − 760 = 16 zł → raised to the minimum of 30 zł
    rws = interview(household=family(income("760.00", month=dt.date(2023, 2, 1))),
                    need_known_on=dt.date(2023, 3, 1), conducted_on=dt.date(2023, 3, 2),
                    application_on=dt.date(2023, 3, 1))
    base = dict(benefit=B.PERMANENT_ALLOWANCE, issued_on=dt.date(2023, 3, 10),
                application_on=dt.date(2023, 3, 1), interview_on=dt.date(2023, 3, 2),
                period_from=dt.date(2023, 3, 1), period_to=None)
    assert not validate(decision(amount=D("30.00"), **base), related=[rws]).by_code("SW-BEN-003")
    assert validate(decision(amount=D("16.00"), **base), related=[rws]).by_code("SW-BEN-003")


def test_permanent_amount_family() -> None:
    # 3 persons, applicant 0 zł, member 2 400 zł: 130 % × 823 = 1 069,90 − 800 = 269,90
    args = (income("2400.00", pid="m1"),)
    assert not case(B.PERMANENT_ALLOWANCE, "269.90", *args, members=3,
                    period_to=None).by_code("SW-BEN-003")
    assert case(B.PERMANENT_ALLOWANCE, "270.00", *args, members=3,
                period_to=None).by_code("SW-BEN-003")


@pytest.mark.parametrize(("amount", "wrong"), [("50.00", True), ("713.00", False),
                                               ("1300.00", True)])
def test_permanent_amount_bounds_without_interview(amount: str, wrong: bool) -> None:
    dec = decision(benefit=B.PERMANENT_ALLOWANCE, amount=D(amount), period_to=None)
    assert bool(validate(dec).by_code("SW-BEN-003")) is wrong


# ------------------------------------------------------------------ SW-BEN-004 zasiłek okresowy


@pytest.mark.parametrize(
    ("amount", "wrong"),
    # single, income 600 zł: gap 410 zł → from 205,00 to 410,00
    [("205.00", False), ("410.00", False), ("204.99", True), ("410.01", True)],
)
def test_periodic_range_single(amount: str, wrong: bool) -> None:
    found = case(B.PERIODIC_ALLOWANCE, amount, income("600.00")).by_code("SW-BEN-004")
    assert bool(found) is wrong
    if wrong:
        assert "205,00 zł" in text(found[0]) and "410,00 zł" in text(found[0])


def test_periodic_cap_single_and_family_floor() -> None:
    # single with no income: gap 1 010 zł, capped at 823 zł (K_person)
    assert case(B.PERIODIC_ALLOWANCE, "900.00", income("0.00")).by_code("SW-BEN-004")
    assert not case(B.PERIODIC_ALLOWANCE, "823.00", income("0.00")).by_code("SW-BEN-004")
    # family of 3, income 2 460 zł: gap 9 zł → the 20 zł floor prevails: exactly 20,00
    assert not case(B.PERIODIC_ALLOWANCE, "20.00", income("2460.00"),
                    members=3).by_code("SW-BEN-004")
    assert case(B.PERIODIC_ALLOWANCE, "9.00", income("2460.00"),
                members=3).by_code("SW-BEN-004")


@pytest.mark.parametrize(("amount", "wrong"), [("15.00", True), ("20.00", False)])
def test_periodic_floor_without_interview(amount: str, wrong: bool) -> None:
    dec = decision(amount=D(amount))
    assert bool(validate(dec).by_code("SW-BEN-004")) is wrong


# ------------------------------------------------------------------ SW-BEN-005 art. 41 ust. 1


@pytest.mark.parametrize(("amount", "wrong"), [("1010.00", False), ("1010.01", True)])
def test_special_targeted_cap(amount: str, wrong: bool) -> None:
    report = case(B.SPECIAL_TARGETED_ALLOWANCE, amount, income("1500.00"))
    assert bool(report.by_code("SW-BEN-005")) is wrong


def test_party_matched_by_person() -> None:
    other = client("c2", person=person("p9", first="Jan"))
    rws = interview(household=family(income("3000.00", pid="p9"), applicant=other))
    dec = decision(benefit=B.TARGETED_ALLOWANCE, interview_id=None)
    # the interview concerns someone else: no income test against it
    assert not validate(dec, related=[rws]).by_code("SW-BEN-001")
