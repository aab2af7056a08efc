"""Deadlines: table-driven cases (holidays, Saturdays, month ends) and properties."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialwork.errors import InputError
from socialwork.law.citations import Act
from socialwork.law.deadlines import (
    Deadline,
    add_months,
    add_working_days,
    appeal_deadline,
    decision_deadline,
    interview_deadline,
    interview_update_deadline,
    is_holiday,
    is_working_day,
    kpa_end,
    last_working_day_before,
)

from .cases import case_id, load


def compute(kind: str, start: dt.date) -> Deadline:
    if kind == "appeal":
        return appeal_deadline(start)
    if kind == "interview":
        return interview_deadline(start)
    if kind == "interview_urgent":
        return interview_deadline(start, urgent=True)
    if kind == "update":
        return interview_update_deadline(start)
    if kind == "decision":
        return decision_deadline(start)
    return decision_deadline(start, complex_case=True)


@pytest.mark.parametrize("case", load("deadlines.toml", "case"), ids=case_id)
def test_deadline(case: dict[str, Any]) -> None:
    result = compute(case["kind"], case["start"])
    assert result.due == case["due"], case["why"]
    assert result.as_dict()["due"] == case["due"].isoformat()
    assert result.steps and all(s.legal_basis for s in result.steps)


def test_christmas_eve() -> None:
    assert is_working_day(dt.date(2024, 12, 24))
    assert not is_working_day(dt.date(2025, 12, 24))
    assert not is_working_day(dt.date(2026, 12, 24))


def test_three_kings_from_2011() -> None:
    assert is_working_day(dt.date(2010, 1, 6))
    assert not is_working_day(dt.date(2011, 1, 6))


def test_sunday_is_free_by_statute_but_saturday_is_not() -> None:
    assert is_holiday(dt.date(2025, 11, 23))
    assert not is_holiday(dt.date(2025, 11, 22))
    assert not is_working_day(dt.date(2025, 11, 22))


def test_legal_bases() -> None:
    assert appeal_deadline(dt.date(2021, 11, 3)).legal_basis.short == "art. 129 § 2 k.p.a."
    assert interview_update_deadline(dt.date(2025, 1, 1)).legal_basis.short == (
        "art. 107 ust. 4 u.p.s."
    )
    new = interview_deadline(dt.date(2021, 11, 11))
    old = interview_deadline(dt.date(2021, 11, 10), urgent=True)
    assert new.legal_basis.act is Act.RWS_2021 and new.legal_basis.ustep == "2"
    assert old.legal_basis.act is Act.RWS_2016 and old.legal_basis.ustep == "3"
    assert str(new.legal_basis).startswith("§ 3 ust. 2 rozporządzenia")
    assert decision_deadline(dt.date(2025, 1, 1)).legal_basis.short == "art. 35 § 3 k.p.a."


def test_rolled_appeal_explains_why() -> None:
    result = appeal_deadline(dt.date(2025, 12, 10))
    assert result.steps[-1].legal_basis.short == "art. 57 § 4 k.p.a."
    assert "Wigilia" in result.steps[-1].description


def test_update_on_weekend_is_not_moved_but_flagged() -> None:
    result = interview_update_deadline(dt.date(2025, 8, 31))
    assert result.due == dt.date(2026, 2, 28)
    assert "nie jest dniem roboczym" in result.steps[-1].description


@pytest.mark.parametrize("bad", ["2025-01-01", None, dt.datetime(2025, 1, 1), dt.date(1900, 1, 1)])
def test_bad_dates(bad: Any) -> None:
    for fn in (appeal_deadline, interview_deadline, interview_update_deadline, decision_deadline):
        with pytest.raises(InputError):
            fn(bad)


def test_bad_counts() -> None:
    with pytest.raises(InputError):
        add_working_days(dt.date(2025, 1, 1), 0)
    with pytest.raises(InputError):
        add_months(dt.date(2025, 1, 1), -1)


DATES = st.dates(min_value=dt.date(2004, 5, 1), max_value=dt.date(2035, 12, 31))


@given(DATES, st.booleans())
def test_interview_due_is_a_working_day(start: dt.date, urgent: bool) -> None:
    result = interview_deadline(start, urgent=urgent)
    assert is_working_day(result.due)
    days = [start + dt.timedelta(days=i) for i in range(1, (result.due - start).days + 1)]
    assert sum(is_working_day(d) for d in days) == (2 if urgent else 14)


@given(DATES)
def test_appeal_properties(start: dt.date) -> None:
    due = appeal_deadline(start).due
    end = start + dt.timedelta(days=14)
    assert due >= end
    assert not is_holiday(due)
    if due >= dt.date(2017, 6, 1):
        assert due.weekday() != 5
    for day in (end + dt.timedelta(days=i) for i in range((due - end).days)):
        assert is_holiday(day) or day.weekday() == 5


@given(DATES, st.integers(min_value=1, max_value=24))
def test_month_arithmetic(start: dt.date, months: int) -> None:
    due = add_months(start, months)
    assert (due.year * 12 + due.month) - (start.year * 12 + start.month) == months
    next_day = due + dt.timedelta(days=1)
    assert due.day == start.day or (due.day < start.day and next_day.day == 1)


@given(DATES)
def test_kpa_end_is_idempotent(day: dt.date) -> None:
    assert kpa_end(kpa_end(day)) == kpa_end(day)


def test_update_on_sunday_recommends_last_working_day_before() -> None:
    result = interview_update_deadline(dt.date(2026, 6, 6))
    assert result.due == dt.date(2026, 12, 6)  # calendar date kept (art. 57 § 3 k.p.a.)
    assert result.last_working_day_before == dt.date(2026, 12, 4)
    last = result.steps[-1]
    assert last.day == dt.date(2026, 12, 4)
    assert "2026-12-04" in last.description
    assert result.as_dict()["last_working_day_before"] == "2026-12-04"
    assert result.as_dict()["due"] == "2026-12-06"


def test_update_month_end_rule_kept_and_recommendation_skips_weekend() -> None:
    result = interview_update_deadline(dt.date(2025, 8, 31))
    assert result.due == dt.date(2026, 2, 28)  # Saturday
    assert result.last_working_day_before == dt.date(2026, 2, 27)


def test_update_on_working_day_has_no_recommendation() -> None:
    result = interview_update_deadline(dt.date(2026, 1, 15))  # 2026-07-15 is a Wednesday
    assert result.last_working_day_before is None
    assert "last_working_day_before" not in result.as_dict()


@given(st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2150, 1, 1)))
def test_update_recommendation_is_a_working_day_just_before_due(start: dt.date) -> None:
    result = interview_update_deadline(start)
    earlier = result.last_working_day_before
    if is_working_day(result.due):
        assert earlier is None
    else:
        assert earlier == last_working_day_before(result.due)
        assert earlier < result.due and is_working_day(earlier)
        gap = earlier + dt.timedelta(days=1)
        while gap < result.due:
            assert not is_working_day(gap)
            gap += dt.timedelta(days=1)
