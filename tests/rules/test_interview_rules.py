"""SW-INT-001 (mandatory segments) and SW-INT-002 (14 / 2 working days), both ways."""

from __future__ import annotations

import datetime as dt

import pytest

from socialwork.law.deadlines import interview_deadline
from socialwork.model import InterviewKind
from socialwork.model.interview import InterviewUpdate
from socialwork.rules import validate

from .builders import interview


def codes(obj: object, **kw: object) -> list[str]:
    return list(validate(obj, **kw).codes)  # type: ignore[arg-type]


def test_complete_interview_has_no_segment_findings() -> None:
    assert "SW-INT-001" not in codes(interview())


def test_each_missing_mandatory_segment_is_one_finding() -> None:
    report = validate(interview(needs=None, plan=None, household_data=None, diagnosis=None))
    found = report.by_code("SW-INT-001")
    assert [f.path for f in found] == ["$.household_data", "$.needs", "$.diagnosis", "$.plan"]
    assert all(f.severity == "error" for f in found)
    assert "segmentu H" in found[1].message
    assert "rodzinnego wywiadu środowiskowego" in found[0].legal_basis
    assert not report.ok


def test_update_is_not_checked_for_segments() -> None:
    update = interview(
        kind=InterviewKind.UPDATE,
        needs=None, plan=None, household_data=None, diagnosis=None,
        update=InterviewUpdate(changes="Zmiana dochodu."),
    )
    assert "SW-INT-001" not in codes(update)


# Worked by hand: need known Mon 3.03.2025; 14 working days: 4–7 (4), 10–14 (9), 17–21 (14).
@pytest.mark.parametrize(
    ("conducted", "late"),
    [(dt.date(2025, 3, 21), False), (dt.date(2025, 3, 24), True)],
)
def test_interview_deadline_14_working_days(conducted: dt.date, late: bool) -> None:
    item = interview(need_known_on=dt.date(2025, 3, 3), conducted_on=conducted)
    found = validate(item).by_code("SW-INT-002")
    assert bool(found) is late
    if late:
        assert found[0].path == "$.conducted_on"
        assert "21.03.2025 r." in found[0].message
        assert found[0].legal_basis.startswith("§ 3 ust. 2 rozporządzenia")


# Urgent: need known Fri 7.03.2025 → Mon 10 (1), Tue 11 (2).
@pytest.mark.parametrize(
    ("conducted", "late"),
    [(dt.date(2025, 3, 11), False), (dt.date(2025, 3, 12), True)],
)
def test_interview_deadline_urgent_2_working_days(conducted: dt.date, late: bool) -> None:
    item = interview(need_known_on=dt.date(2025, 3, 7), conducted_on=conducted, urgent=True)
    found = validate(item).by_code("SW-INT-002")
    assert bool(found) is late
    if late:
        assert "§ 3 ust. 3" in found[0].legal_basis and "pilnej" in found[0].message


def test_interview_deadline_over_christmas_2025() -> None:
    start = dt.date(2025, 12, 19)
    due = interview_deadline(start).due
    assert validate(interview(need_known_on=start, conducted_on=due)).ok
    late = interview(need_known_on=start, conducted_on=due + dt.timedelta(days=1))
    assert validate(late).by_code("SW-INT-002")
