"""The casework models (ContactRecord, CrimeReport, PaternityClaim): JSON round trip, bad input
refused with its JSON path and no personal data in the message, and the contacts query."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import socialwork as sw
from socialwork import examples
from socialwork.model import (
    ContactForm,
    ContactQuery,
    ContactRecord,
    CrimeReport,
    ModelError,
    PaternityClaim,
    contacts_of,
)

CENT = Decimal("0.01")
NAMES = ("notatka-sluzbowa", "zawiadomienie-przestepstwo", "pozew-ojcostwo-alimenty")


def _data(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(examples.path(name).read_text(encoding="utf-8"))
    return data


def _problems(data: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(sw.InputError) as caught:
        sw.from_json(json.dumps(data, ensure_ascii=False))
    return [(p.path, p.message) for p in caught.value.problems]


@pytest.mark.parametrize("name", NAMES)
def test_round_trip(name: str) -> None:
    obj = examples.load(name)
    assert sw.from_json(sw.to_json(obj)) == obj
    assert sw.to_json(obj) + "\n" == examples.path(name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_repr_hides_sensitive_content(name: str) -> None:
    text = repr(examples.load(name))
    for secret in ("zasinieniem", "piecu", "obcował", "Lewandowska", "relację intymną",
                   "Teresa Sadowska", "81101201234", "Barbara Sowa"):
        assert secret not in text
    assert text.startswith(f"{type(examples.load(name)).__name__}(id=")  # ids and the type


def test_contact_times_are_local_and_in_order() -> None:
    data = _data("notatka-sluzbowa")
    data["started_at"] = "2026-11-04T15:30:00+01:00"
    data["ended_at"] = "2026-11-04T15:00:00"
    problems = dict(_problems(data))
    assert "UTC offset" in problems["$.started_at"]
    data["started_at"] = "2026-11-04T15:30:00"
    assert _problems(data) == [("$.ended_at", "must not be before started_at")]


def test_contact_refuses_empty_participants_and_late_steps() -> None:
    data = _data("notatka-sluzbowa")
    data["participants"] = []
    data["next_steps"][1]["due"] = "2026-11-01"
    data["written_on"] = "2026-11-03"
    paths = [p for p, _ in _problems(data)]
    assert paths == ["$.written_on", "$.participants", "$.next_steps[1].due"]


def test_contact_unknown_form_names_the_choices() -> None:
    data = _data("notatka-sluzbowa")
    data["form"] = "wizyta"
    [(path, message)] = _problems(data)
    assert path == "$.form" and "home_visit" in message


def test_blue_card_needs_suspicion() -> None:
    record = examples.load("notatka-sluzbowa")
    with pytest.raises(ModelError) as caught:
        attrs.evolve(record, blue_card_started=True)
    assert caught.value.problems[0].path == "$.blue_card_started"


def test_crime_report_bad_input_with_paths_and_no_pesel_leak() -> None:
    data = _data("zawiadomienie-przestepstwo")
    pesel = data["harmed"][0]["pesel"]
    data["harmed"][0]["birth_date"] = "1990-01-01"
    [(path, message)] = _problems(data)
    assert path == "$.harmed[0].birth_date" and "PESEL" in message and pesel not in message
    data = _data("zawiadomienie-przestepstwo")
    data["learned_on"] = "2026-11-25"
    data["offences"] = ["art_207_1", "art_207_1"]
    data["blue_card_started_on"] = "2026-12-01"
    problems = _problems(data)
    paths = [p for p, _ in problems]
    assert "$.learned_on" in paths
    assert "$.offences[1]" in paths
    assert "$.blue_card_started_on" in paths
    assert all(pesel not in m for _, m in problems)


def test_crime_report_needs_someone_harmed_and_a_fact() -> None:
    data = _data("zawiadomienie-przestepstwo")
    data["harmed"] = []
    data["facts"] = []
    data["offences"] = []
    assert [p for p, _ in _problems(data)] == ["$.offences", "$.harmed", "$.facts"]


def test_crime_report_minors_are_flagged_by_the_letter_date() -> None:
    report = examples.load("zawiadomienie-przestepstwo")
    assert isinstance(report, CrimeReport)
    assert [p.first_name for p in report.minors] == ["Oliwia", "Antoni"]
    assert report.signed_by.name == "Grzegorz Dąbrowski"


def test_paternity_bad_input_with_paths() -> None:
    data = _data("pozew-ojcostwo-alimenty")
    data["mother_claims"][1]["kind"] = "pregnancy_and_birth"
    assert [p for p, _ in _problems(data)] == ["$.mother_claims[1].months"]
    del data["mother_claims"][1]["months"]
    data["relationship_from"] = "2026-04-01"
    data["claim"]["monthly_amount"] = "0.00"
    data["security_amount"] = "1000.00"
    data["request_security"] = False
    paths = [p for p, _ in _problems(data)]
    assert paths == [
        "$.claim.monthly_amount",
        "$.relationship_to",
        "$.relationship_from",
        "$.mother_claims[1].kind",
        "$.security_amount",
    ]


def test_paternity_money_must_be_decimal_text() -> None:
    data = _data("pozew-ojcostwo-alimenty")
    data["mother_claims"][0]["amount"] = 2850.5
    [(path, message)] = _problems(data)
    assert path == "$.mother_claims[0].amount" and "string" in message


def test_paternity_claim_values() -> None:
    claim = examples.load("pozew-ojcostwo-alimenty")
    assert isinstance(claim, PaternityClaim)
    assert str(claim.alimony_value) == "14400.00"
    assert str(claim.mother_claims_total) == "8450.00"
    assert str(claim.claim_value) == "22850.00"
    assert str(claim.claim_value_whole) == "22850"
    first = claim.mother_claims[0]
    odd = attrs.evolve(claim, mother_claims=(attrs.evolve(first, amount=first.amount + CENT),))
    assert str(odd.claim_value_whole) == "17251"


# --------------------------------------------------------------------------- the query


def _records() -> list[ContactRecord]:
    base = examples.load("notatka-sluzbowa")
    assert isinstance(base, ContactRecord)
    out = []
    forms = list(ContactForm)
    for i in range(12):
        start = dt.datetime(2026, 1, 5, 9, 0) + dt.timedelta(days=17 * i, hours=i % 5)
        participants = base.participants if i % 3 else base.participants[3:]
        out.append(
            attrs.evolve(
                base,
                id=f"n{i}",
                started_at=start,
                ended_at=None,
                written_on=start.date(),
                form=forms[i % len(forms)],
                participants=participants,
                next_steps=(),
                family_id="rodzina-a" if i % 2 else "rodzina-b",
            )
        )
    return out


RECORDS = _records()


def test_contacts_of_examples() -> None:
    visits = contacts_of(RECORDS, forms={ContactForm.HOME_VISIT})
    assert [r.id for r in visits] == ["n0", "n11"]
    oliwia = contacts_of(RECORDS, person_id="os-oliwia-lewandowska", family_id="rodzina-a")
    assert all(i % 3 and i % 2 for i in (int(r.id[1:]) for r in oliwia))
    assert contacts_of(RECORDS, participant="KUBIAK") == RECORDS  # case-insensitive
    first_quarter = contacts_of(RECORDS, since=dt.date(2026, 1, 1), until=dt.date(2026, 3, 31))
    assert [r.id for r in first_quarter] == ["n0", "n1", "n2", "n3", "n4", "n5"]


def test_contacts_are_sorted_by_time() -> None:
    assert [r.id for r in contacts_of(reversed(RECORDS))] == [r.id for r in RECORDS]


def test_query_refuses_bad_arguments() -> None:
    with pytest.raises(ModelError) as caught:
        ContactQuery(since=dt.date(2026, 5, 1), until=dt.date(2026, 4, 1))
    assert caught.value.problems[0].path == "$.until"
    with pytest.raises(ModelError):
        contacts_of(RECORDS, forms={"home_visit"})  # type: ignore[arg-type]
    with pytest.raises(sw.InputError):
        contacts_of(RECORDS, person_id="bad id with spaces")
    with pytest.raises(ModelError) as caught:
        contacts_of([*RECORDS, examples.load("decyzja")])  # type: ignore[list-item]
    assert caught.value.problems[0].path == f"$[{len(RECORDS)}]"
    assert "Decision" in caught.value.problems[0].message


@settings(max_examples=60, deadline=None)
@given(
    since=st.one_of(st.none(), st.dates(dt.date(2025, 12, 1), dt.date(2026, 8, 1))),
    span=st.one_of(st.none(), st.integers(0, 200)),
    forms=st.one_of(st.none(), st.sets(st.sampled_from(list(ContactForm)))),
    person=st.one_of(st.none(), st.sampled_from(["os-oliwia-lewandowska", "nikt"])),
    family=st.one_of(st.none(), st.sampled_from(["rodzina-a", "rodzina-b"])),
)
def test_query_equals_a_plain_filter(
    since: dt.date | None,
    span: int | None,
    forms: set[ContactForm] | None,
    person: str | None,
    family: str | None,
) -> None:
    until = None if since is None or span is None else since + dt.timedelta(days=span)
    got = contacts_of(RECORDS, since=since, until=until, forms=forms, person_id=person,
                      family_id=family)
    expected = [
        r
        for r in RECORDS
        if (since is None or r.on >= since)
        and (until is None or r.on <= until)
        and (forms is None or r.form in forms)
        and (person is None or any(p.person_id == person for p in r.participants))
        and (family is None or r.family_id == family)
    ]
    assert got == expected
