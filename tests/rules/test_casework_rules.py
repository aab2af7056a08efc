"""The casework rules, each proved both ways: the shipped example passes, the example changed
just enough breaks exactly that rule; boundaries checked day by day."""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialwork.rules import BUILTIN_RULES, validate

from .casework_cases import BROKEN, contact, crime_report, paternity

D = dt.date
CODES = sorted(BROKEN)


def _codes(obj: object, **kwargs: object) -> set[str]:
    return {f.code for f in validate(obj, **kwargs).findings}  # type: ignore[arg-type]


def test_every_casework_rule_has_a_case() -> None:
    prefixes = ("SW-CNT-", "SW-ZAW-", "SW-OJC-")
    assert {r.code for r in BUILTIN_RULES if r.code.startswith(prefixes)} == set(BROKEN)


@pytest.mark.parametrize("make", [contact, crime_report, paternity], ids=lambda f: f.__name__)
def test_the_examples_pass_every_rule(make: object) -> None:
    assert _codes(make()) == set()  # type: ignore[operator]


@pytest.mark.parametrize("code", CODES)
def test_broken_case_reports_exactly_its_rule(code: str) -> None:
    report = validate(BROKEN[code]())
    assert {f.code for f in report.findings} == {code}
    finding = report.by_code(code)[0]
    assert finding.legal_basis and finding.path.startswith("$")
    assert finding.message[0].isupper() and finding.message.endswith(".")


def test_notify_promptly_boundary() -> None:
    report = crime_report()
    on_time = attrs.evolve(report, learned_on=report.written_on - dt.timedelta(days=3))
    late = attrs.evolve(report, learned_on=report.written_on - dt.timedelta(days=4))
    assert "SW-ZAW-001" not in _codes(on_time)
    assert "SW-ZAW-001" in _codes(late)
    assert "4 dni" in validate(late).by_code("SW-ZAW-001")[0].message


def test_blue_card_known_from_the_zawiadomienie_silences_the_contact_rule() -> None:
    suspicious = attrs.evolve(contact(), violence_suspected=True)
    assert "SW-CNT-002" in _codes(suspicious)
    assert "SW-CNT-002" not in _codes(suspicious, related=[crime_report()])
    assert "SW-CNT-002" not in _codes(attrs.evolve(suspicious, blue_card_started=True))


def test_adult_child_boundary() -> None:
    claim = paternity()
    born = claim.claim.child.birth_date
    eve = born.replace(year=born.year + 18) - dt.timedelta(days=1)
    assert "SW-OJC-001" not in _codes(attrs.evolve(claim, filed_on=eve))
    assert "SW-OJC-001" in _codes(BROKEN["SW-OJC-001"]())


def test_conception_window_boundaries() -> None:
    claim = paternity()
    first, last = claim.conception_window
    born = claim.claim.child.birth_date
    assert (born - first).days == 300 and (born - last).days == 181
    ends_on_first_day = attrs.evolve(claim, relationship_from=D(2024, 1, 1), relationship_to=first)
    ends_day_before = attrs.evolve(
        claim, relationship_from=D(2024, 1, 1), relationship_to=first - dt.timedelta(days=1)
    )
    starts_on_last_day = attrs.evolve(claim, relationship_from=last, relationship_to=None)
    starts_day_after = attrs.evolve(
        claim, relationship_from=last + dt.timedelta(days=1), relationship_to=None
    )
    assert "SW-OJC-003" not in _codes(ends_on_first_day)
    assert "SW-OJC-003" in _codes(ends_day_before)
    assert "SW-OJC-003" not in _codes(starts_on_last_day)
    assert "SW-OJC-003" in _codes(starts_day_after)


@given(
    start=st.integers(min_value=0, max_value=700),
    length=st.one_of(st.none(), st.integers(min_value=0, max_value=400)),
)
def test_conception_overlap_matches_day_by_day(start: int, length: int | None) -> None:
    claim = paternity()
    born = claim.claim.child.birth_date
    begin = born - dt.timedelta(days=start)
    end = None if length is None else min(begin + dt.timedelta(days=length), born)
    case = attrs.evolve(claim, relationship_from=begin, relationship_to=end)
    first, last = case.conception_window
    stop = end or born
    days = {begin + dt.timedelta(days=i) for i in range((stop - begin).days + 1)}
    window = {first + dt.timedelta(days=i) for i in range((last - first).days + 1)}
    assert case.relationship_covers_conception == bool(days & window)
    assert ("SW-OJC-003" in _codes(case)) == (not days & window)


def test_mother_claims_limitation_boundary() -> None:
    claim = paternity()
    born = claim.claim.child.birth_date
    lapse = born.replace(year=born.year + 3)
    assert "SW-OJC-004" not in _codes(attrs.evolve(claim, filed_on=lapse))
    after = attrs.evolve(claim, filed_on=lapse + dt.timedelta(days=1))
    assert "SW-OJC-004" in _codes(after)
    assert "SW-OJC-004" not in _codes(attrs.evolve(after, mother_claims=()))


def test_maintenance_of_three_months_needs_no_reason() -> None:
    claim = paternity()
    items = tuple(
        attrs.evolve(c, months=3, reason=None) if c.months else c for c in claim.mother_claims
    )
    assert "SW-OJC-005" not in _codes(attrs.evolve(claim, mother_claims=items))


@pytest.mark.parametrize("code", CODES)
def test_messages_name_no_person(code: str) -> None:
    """Findings may be logged: they carry no names, PESELs or facts of the case."""
    case = BROKEN[code]()
    message = " ".join(f.message for f in validate(case).findings)  # type: ignore[arg-type]
    for name in ("Sadowsk", "Borkowski", "Lewandowsk", "Sąsiad", "Zając"):
        assert name not in message
    assert not re.search(r"[0-9]{11}", message)  # no PESEL
