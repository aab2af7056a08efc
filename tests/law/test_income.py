"""Household income under art. 8 ust. 3–13 u.p.s."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialwork.errors import InputError
from socialwork.law.income import household_income, reference_month
from socialwork.model.income import Income, IncomeKind

FEB = dt.date(2025, 2, 1)
APPLIED = dt.date(2025, 3, 10)
D = Decimal


def item(
    pid: str = "p1",
    kind: IncomeKind = IncomeKind.EMPLOYMENT,
    gross: str = "0.00",
    month: dt.date = FEB,
    **kw: Any,
) -> Income:
    return Income(pid, month, kind, D(gross), **kw)


def test_reference_month() -> None:
    assert reference_month(dt.date(2025, 1, 15)) == dt.date(2024, 12, 1)
    assert reference_month(dt.date(2025, 1, 15), income_lost=True) == dt.date(2025, 1, 1)


def test_deductions() -> None:
    r = household_income(
        [
            item(
                gross="3000.00",
                income_tax=D("100.00"),
                health_contribution=D("200.00"),
                social_contributions=D("300.00"),
                alimony_paid=D("400.00"),
            )
        ],
        application_date=APPLIED,
        members=1,
    )
    assert r.total == D("2000.00")
    assert r.per_person == D("2000.00")
    bases = {s.legal_basis.short for s in r.steps}
    assert "art. 8 ust. 3 pkt 3 u.p.s." in bases
    assert "art. 8 ust. 3 pkt 1–2 u.p.s." in bases


def test_only_the_reference_month_counts() -> None:
    items = [
        item(gross="1000.00"),
        item(gross="5000.00", month=dt.date(2025, 3, 1)),
        item(gross="7000.00", month=dt.date(2025, 1, 1)),
    ]
    assert household_income(items, application_date=APPLIED, members=1).total == D("1000.00")


def test_lost_income_uses_the_application_month() -> None:
    items = [
        item(gross="4000.00", lost=True),
        item(gross="600.00", month=dt.date(2025, 3, 1), kind=IncomeKind.UNEMPLOYMENT_BENEFIT),
    ]
    r = household_income(items, application_date=APPLIED, members=1)
    assert r.income_lost and r.reference_month == dt.date(2025, 3, 1)
    assert r.total == D("600.00")
    explicit = household_income(
        [item(gross="600.00", month=dt.date(2025, 3, 1))],
        application_date=APPLIED,
        members=1,
        income_lost=True,
    )
    assert explicit.total == D("600.00")


@pytest.mark.parametrize(
    "kind",
    [k for k in IncomeKind if k.excluded],
)
def test_excluded_kinds_are_not_counted(kind: IncomeKind) -> None:
    r = household_income(
        [item(kind=kind, gross="800.00"), item(pid="p2", gross="1000.00")],
        application_date=APPLIED,
        members=2,
    )
    assert r.total == D("1000.00")
    assert any("nie wlicza" in s.description for s in r.steps)


def test_supplementary_benefit_counts_for_non_cash_benefits() -> None:
    items = [item(kind=IncomeKind.SUPPLEMENTARY_BENEFIT, gross="500.00")]
    assert household_income(items, application_date=APPLIED, members=1).total == D("0.00")
    non_cash = household_income(items, application_date=APPLIED, members=1, for_cash_benefit=False)
    assert non_cash.total == D("500.00")


def test_counted_benefits() -> None:
    items = [
        item(kind=IncomeKind.HOUSING_ALLOWANCE, gross="300.00"),
        item(kind=IncomeKind.CARE_SUPPLEMENT, gross="348.22"),
    ]
    assert household_income(items, application_date=APPLIED, members=1).total == D("648.22")


def test_farm_income() -> None:
    farm = item(kind=IncomeKind.FARM, hectares=D("2.5"))
    r = household_income([farm], application_date=APPLIED, members=2)
    assert r.total == D("1147.50")  # 2.5 × 459
    assert r.per_person == D("573.75")
    older = household_income(
        [item(kind=IncomeKind.FARM, hectares=D("2.5"), month=dt.date(2024, 11, 1))],
        application_date=dt.date(2024, 12, 2),
        members=2,
    )
    assert older.total == D("862.50")  # 2.5 × 345


def test_farm_under_one_hectare_not_counted() -> None:
    r = household_income(
        [item(kind=IncomeKind.FARM, hectares=D("0.9999"))], application_date=APPLIED, members=1
    )
    assert r.total == D("0.00")
    assert any(s.legal_basis.short == "art. 8 ust. 4 pkt 6 u.p.s." for s in r.steps)
    # the household's area is what counts: two parts of 0.6 ha make 1.2 ha
    both = household_income(
        [
            item(kind=IncomeKind.FARM, hectares=D("0.6")),
            item(pid="p2", kind=IncomeKind.FARM, hectares=D("0.6")),
        ],
        application_date=APPLIED,
        members=2,
    )
    assert both.total == D("550.80")


def test_one_off_income_above_five_times_is_spread() -> None:
    # single, 2025: 5 × 1010 = 5050; 12 000 / 12 = 1000 a month for 12 months from 2024-06
    one_off = item(gross="12000.00", month=dt.date(2024, 6, 1), one_off=True)
    assert household_income([one_off], application_date=dt.date(2025, 3, 10), members=1).total == D(
        "1000.00"
    )
    assert household_income([one_off], application_date=dt.date(2025, 5, 10), members=1).total == D(
        "1000.00"
    )  # reference month 2025-04
    assert household_income([one_off], application_date=dt.date(2025, 6, 10), members=1).total == D(
        "1000.00"
    )  # 2025-05: the 12th month
    assert household_income([one_off], application_date=dt.date(2025, 7, 10), members=1).total == D(
        "0.00"
    )  # 2025-06 would be the 13th


def test_one_off_threshold_for_a_family() -> None:
    # family of 2, 2025: 5 × 2 × 823 = 8230; 8000 is not above → counts in full in its month
    below = item(gross="8000.00", one_off=True)
    assert household_income([below], application_date=APPLIED, members=2).total == D("8000.00")
    assert household_income(
        [item(gross="8000.00", one_off=True, month=dt.date(2025, 1, 1))],
        application_date=APPLIED,
        members=2,
    ).total == D("0.00")
    above = item(gross="8232.00", one_off=True)
    assert household_income([above], application_date=APPLIED, members=2).total == D("686.00")


def test_deductions_never_make_income_negative() -> None:
    r = household_income(
        [item(gross="100.00", alimony_paid=D("500.00")), item(pid="p2", gross="1000.00")],
        application_date=APPLIED,
        members=2,
    )
    assert r.of("p1") == D("0.00")
    assert r.total == D("1000.00")


def test_bad_input() -> None:
    with pytest.raises(InputError):
        household_income([item()], application_date="2025-03-10", members=1)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        household_income([item()], application_date=APPLIED, members=0)
    with pytest.raises(InputError, match=r"\$\.incomes\[1\]"):
        household_income([item(), {"gross": 1}], application_date=APPLIED, members=1)  # type: ignore[list-item]
    with pytest.raises(InputError, match="persons"):
        household_income([item(), item(pid="p2")], application_date=APPLIED, members=1)


AMOUNTS = st.decimals(min_value=0, max_value=50000, places=2, allow_nan=False, allow_infinity=False)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c"]),
            st.sampled_from(list(IncomeKind)),
            AMOUNTS,
            AMOUNTS,
            st.booleans(),
        ),
        max_size=8,
    )
)
def test_income_properties(rows: list[tuple[str, IncomeKind, Decimal, Decimal, bool]]) -> None:
    items = []
    for pid, kind, gross, tax, one_off in rows:
        if kind is IncomeKind.FARM:
            items.append(item(pid, kind, hectares=(gross / 1000).quantize(D("0.0001"))))
        else:
            items.append(item(pid, kind, f"{gross}", income_tax=min(tax, gross), one_off=one_off))
    r = household_income(items, application_date=APPLIED, members=3)
    assert r.total >= 0 and r.per_person >= 0
    assert (
        r.total == sum((amount for _, amount in r.by_person), D(0))
        or abs(r.total - sum((amount for _, amount in r.by_person), D(0))) <= D("0.01") * 3
    )
    assert all(s.legal_basis for s in r.steps)


def test_step_amounts_are_shown_rounded_to_grosze() -> None:
    # 3 ha × 459.00 zł: exact arithmetic gives 1377.000000; a step shows 1377.00
    result = household_income(
        [
            Income(
                "p1",
                dt.date(2025, 9, 1),
                IncomeKind.FARM,
                Decimal("0"),
                hectares=Decimal("3.0000"),
            ),
            Income("p2", dt.date(2025, 9, 1), IncomeKind.EMPLOYMENT, Decimal("100.00")),
        ],
        application_date=dt.date(2025, 10, 5),
        members=3,
    )
    amounts = [step.amount for step in result.steps if step.amount is not None]
    assert amounts
    for amount in amounts:
        assert amount == amount.quantize(Decimal("0.01"))
        assert amount.as_tuple().exponent == -2, amount
    assert result.of("p1") == Decimal("1377.00")
