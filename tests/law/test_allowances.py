"""Zasiłek okresowy / stały / celowy: table-driven cases, properties, reasons test."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialwork.errors import InputError
from socialwork.law import parameters
from socialwork.law.allowances import (
    OTHER_CIRCUMSTANCE,
    cash_benefit_reason_ok,
    check_cash_benefit_reasons,
    disaster_allowance,
    periodic_allowance,
    permanent_allowance,
    special_targeted_allowance,
    targeted_allowance,
    unable_to_work_by_age,
)
from socialwork.model.reasons import AssistanceReason

from .cases import case_id, load


@pytest.mark.parametrize("case", load("allowances.toml", "periodic"), ids=case_id)
def test_periodic(case: dict[str, Any]) -> None:
    result = periodic_allowance(case["on"], members=case["members"], income=Decimal(case["income"]))
    assert (result.eligible, result.minimum, result.maximum) == (
        case["eligible"],
        Decimal(case["minimum"]),
        Decimal(case["maximum"]),
    ), case["why"]
    assert all(step.legal_basis for step in result.steps)


@pytest.mark.parametrize("case", load("allowances.toml", "permanent"), ids=case_id)
def test_permanent(case: dict[str, Any]) -> None:
    own = Decimal(case["own_income"]) if "own_income" in case else None
    result = permanent_allowance(
        case["on"], members=case["members"], income=Decimal(case["income"]), own_income=own
    )
    assert (result.eligible, result.amount) == (case["eligible"], Decimal(case["amount"])), case[
        "why"
    ]
    assert str(result.amount) == case["amount"]  # two decimal places


def test_permanent_personal_conditions() -> None:
    on = dt.date(2025, 3, 1)
    assert not permanent_allowance(on, members=1, income=Decimal(0), adult=False).eligible
    assert not permanent_allowance(on, members=1, income=Decimal(0), unable_to_work=False).eligible


def test_permanent_single_own_income_must_match() -> None:
    with pytest.raises(InputError, match="own_income"):
        permanent_allowance(
            dt.date(2025, 3, 1), members=1, income=Decimal("100"), own_income=Decimal("50")
        )


def test_permanent_family_without_own_income_says_so() -> None:
    result = permanent_allowance(dt.date(2025, 3, 1), members=2, income=Decimal("100"))
    assert result.eligible
    assert any("nie został podany" in s.description for s in result.steps)


@pytest.mark.parametrize(
    ("born", "female", "on", "expected"),
    [
        (dt.date(1965, 3, 1), True, dt.date(2025, 3, 1), True),
        (dt.date(1965, 3, 2), True, dt.date(2025, 3, 1), False),
        (dt.date(1960, 3, 1), False, dt.date(2025, 3, 1), True),
        (dt.date(1965, 3, 1), False, dt.date(2025, 3, 1), False),
    ],
)
def test_age_incapacity(born: dt.date, female: bool, on: dt.date, expected: bool) -> None:
    assert unable_to_work_by_age(born, female=female, on=on) is expected


@pytest.mark.parametrize(
    "bad",
    [
        {"income": 100.0},
        {"income": Decimal("-1")},
        {"income": Decimal("NaN")},
        {"income": Decimal("1.001")},
        {"income": "100"},
        {"members": 0},
        {"members": True},
        {"on": "2025-01-01"},
        {"on": dt.date(2004, 4, 30)},
    ],
)
def test_bad_input(bad: dict[str, Any]) -> None:
    kwargs: dict[str, Any] = {"on": dt.date(2025, 1, 1), "members": 1, "income": Decimal(1)}
    kwargs.update(bad)
    on = kwargs.pop("on")
    for fn in (
        periodic_allowance,
        permanent_allowance,
        targeted_allowance,
        special_targeted_allowance,
    ):
        with pytest.raises(InputError):
            fn(on, **kwargs)


def test_targeted_income_not_exceeding_the_criterion() -> None:
    on = dt.date(2025, 3, 1)
    assert targeted_allowance(on, members=1, income=Decimal("1010.00")).eligible
    assert not targeted_allowance(on, members=1, income=Decimal("1010.01")).eligible
    assert targeted_allowance(on, members=2, income=Decimal("1646.00")).eligible


def test_disaster_regardless_of_income() -> None:
    result = disaster_allowance(dt.date(2025, 3, 1), disaster=True)
    assert result.eligible
    assert result.steps[0].legal_basis.short == "art. 40 ust. 2 u.p.s."


def test_special_targeted() -> None:
    on = dt.date(2025, 3, 1)
    below = special_targeted_allowance(on, members=1, income=Decimal("1010.00"))
    assert not below.eligible
    single = special_targeted_allowance(on, members=1, income=Decimal("1500.00"))
    assert single.eligible and single.maximum == Decimal("1010.00")
    assert single.allows(Decimal("1010.00")) and not single.allows(Decimal("1010.01"))
    family = special_targeted_allowance(on, members=3, income=Decimal("3000.00"))
    assert family.maximum == Decimal("2469.00")


# --------------------------------------------------------------------------- reasons


@pytest.mark.parametrize(
    ("reasons", "other", "ok"),
    [
        ([1], None, False),
        ([], None, False),
        ([1, 4], None, True),
        (["7a"], None, True),
        ([AssistanceReason.POVERTY], None, False),
        ([AssistanceReason.POVERTY, AssistanceReason.LONG_ILLNESS], None, True),
        ([1], "utrata mieszkania po pożarze sąsiada", True),
        ([1, OTHER_CIRCUMSTANCE], None, True),
        ([15], None, True),
    ],
)
def test_reasons(reasons: list[Any], other: str | None, ok: bool) -> None:
    assert cash_benefit_reason_ok(reasons, other_circumstance=other) is ok
    check = check_cash_benefit_reasons(reasons, other_circumstance=other)
    assert check.steps[-1].legal_basis.short == "art. 8 ust. 1 u.p.s."


@pytest.mark.parametrize("bad", [[10], ["16"], [0], ["ubóstwo"], "1", [None], [1.0]])
def test_bad_reasons(bad: Any) -> None:
    with pytest.raises(InputError):
        cash_benefit_reason_ok(bad)


# --------------------------------------------------------------------------- properties

DATES = st.dates(min_value=dt.date(2004, 5, 1), max_value=dt.date(2030, 12, 31))
MONEY = st.decimals(min_value=0, max_value=20000, places=2, allow_nan=False, allow_infinity=False)
MEMBERS = st.integers(min_value=1, max_value=12)


@given(DATES, MEMBERS, MONEY)
def test_periodic_properties(on: dt.date, members: int, income: Decimal) -> None:
    r = periodic_allowance(on, members=members, income=income)
    assert Decimal(0) <= r.minimum <= r.maximum
    if not r.eligible:
        assert r.minimum == r.maximum == 0
        return
    floor = parameters.value("periodic_allowance.minimum", on)
    assert r.minimum >= floor
    share = parameters.value(
        "periodic_allowance.gap_share" if members == 1 else "periodic_allowance.gap_share_family",
        on,
    )
    assert r.minimum >= r.gap * share or r.minimum == r.maximum
    assert r.maximum <= max(r.gap, floor)
    if members == 1:
        assert r.maximum <= parameters.value("periodic_allowance.cap_single", on)
    assert r.minimum == r.minimum.quantize(Decimal("0.01"))


@given(DATES, MEMBERS, MONEY, st.one_of(st.none(), MONEY))
def test_permanent_properties(
    on: dt.date, members: int, income: Decimal, own: Decimal | None
) -> None:
    if members == 1:
        own = None
    r = permanent_allowance(on, members=members, income=income, own_income=own)
    assert r.amount >= 0
    if r.eligible:
        assert r.amount >= parameters.value("permanent_allowance.minimum", on)
        if members == 1:
            assert r.amount <= parameters.value("permanent_allowance.cap_single", on)
    else:
        assert r.amount == 0
    assert r.amount == r.amount.quantize(Decimal("0.01"))


@given(DATES, MEMBERS, MONEY)
def test_permanent_never_decreases_when_income_falls(
    on: dt.date, members: int, income: Decimal
) -> None:
    higher = permanent_allowance(on, members=members, income=income + Decimal("10.00"))
    lower = permanent_allowance(on, members=members, income=income)
    assert lower.amount >= higher.amount or not lower.eligible
