"""SW-DEC-001 (art. 106 ust. 4), SW-DEC-002 (art. 107 § 1 KPA), SW-DEC-003 (art. 107 ust. 4)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from socialwork.model import DecisionOutcome, InterviewKind
from socialwork.model.benefits import BenefitKind
from socialwork.model.interview import InterviewUpdate
from socialwork.model.staff import Signatory
from socialwork.rules import validate
from socialwork.serialization import from_json, to_json

from .builders import decision, interview, unchecked

NO_INTERVIEW = dict(interview_id=None, interview_on=None)


def test_decision_without_interview() -> None:
    report = validate(decision(**NO_INTERVIEW))
    found = report.by_code("SW-DEC-001")
    assert len(found) == 1 and found[0].severity == "error"
    assert found[0].legal_basis == "art. 106 ust. 4 ustawy o pomocy społecznej"
    assert "zasiłek okresowy" in found[0].message
    assert not report.ok


def test_decision_with_interview_date_or_related_interview() -> None:
    assert not validate(decision(interview_id=None)).by_code("SW-DEC-001")
    related = validate(decision(**NO_INTERVIEW), related=[interview()])
    assert not related.by_code("SW-DEC-001")


def test_interview_after_the_decision_does_not_count() -> None:
    later = interview(conducted_on=dt.date(2025, 3, 12), need_known_on=dt.date(2025, 3, 11))
    report = validate(decision(**NO_INTERVIEW), related=[later])
    assert report.by_code("SW-DEC-001")
    named = validate(decision(interview_on=None), related=[later])
    assert "po wydaniu decyzji" in named.by_code("SW-DEC-001")[0].message


def test_refusal_of_credit_ticket_needs_no_interview() -> None:
    refusal = decision(
        benefit=BenefitKind.CREDIT_TICKET, outcome=DecisionOutcome.REFUSAL, amount=None,
        period_from=None, period_to=None, **NO_INTERVIEW,
    )
    assert not validate(refusal).by_code("SW-DEC-001")
    grant = decision(benefit=BenefitKind.CREDIT_TICKET, amount=None, **NO_INTERVIEW)
    assert validate(grant).by_code("SW-DEC-001")


def test_complete_decision_has_all_elements() -> None:
    assert not validate(decision()).by_code("SW-DEC-002")


def test_missing_legal_basis() -> None:
    found = validate(decision(legal_basis=())).by_code("SW-DEC-002")
    assert [(f.path, f.legal_basis) for f in found] == [
        ("$.legal_basis", "art. 107 § 1 pkt 4 Kodeksu postępowania administracyjnego")
    ]


def test_one_finding_per_missing_element() -> None:
    broken = decision(organ=" ", legal_basis=(), signatory=None, factual_justification="")
    found = validate(broken).by_code("SW-DEC-002")
    assert [f.path for f in found] == [
        "$.organ", "$.legal_basis", "$.factual_justification", "$.signatory",
    ]
    assert [f.legal_basis.split(" Kodeksu")[0] for f in found] == [
        "art. 107 § 1 pkt 1", "art. 107 § 1 pkt 4", "art. 107 § 1 pkt 6", "art. 107 § 1 pkt 8",
    ]


@pytest.mark.parametrize(
    ("key", "value", "where", "punkt"),
    [
        ("factual_justification", None, "$.factual_justification", 6),
        ("legal_justification", "", "$.legal_justification", 6),
        ("signatory", None, "$.signatory", 8),
        ("legal_basis", [], "$.legal_basis", 4),
        ("legal_basis", ["  "], "$.legal_basis", 4),
        ("organ", "", "$.organ", 1),
    ],
)
def test_missing_element_from_json(key: str, value: object, where: str, punkt: int) -> None:
    """A decision loaded from JSON with an element of art. 107 § 1 KPA missing loads and is
    reported; a key left out altogether too (except the organ, which must be present)."""
    data = json.loads(to_json(decision()))
    data[key] = value
    found = validate(from_json(json.dumps(data))).by_code("SW-DEC-002")
    assert [(f.path, f.legal_basis) for f in found] == [
        (where, f"art. 107 § 1 pkt {punkt} Kodeksu postępowania administracyjnego")
    ]
    if key != "organ":
        del data[key]
        assert validate(from_json(json.dumps(data))).by_code("SW-DEC-002")


def test_rules_tolerate_objects_built_around_the_model() -> None:
    broken = unchecked(decision(), party=None, outcome=None)
    paths = [f.path for f in validate(broken).by_code("SW-DEC-002")]
    assert "$.party" in paths and "$.outcome" in paths


def test_grant_of_cash_benefit_without_amount() -> None:
    found = validate(decision(amount=None)).by_code("SW-DEC-002")
    assert len(found) == 1 and found[0].path == "$.amount"
    assert "pkt 5" in found[0].legal_basis


def _permanent(**kw: object) -> object:
    fields: dict[str, object] = dict(
        benefit=BenefitKind.PERMANENT_ALLOWANCE, amount=Decimal("713.00"),
        issued_on=dt.date(2025, 1, 15), application_on=dt.date(2025, 1, 8),
        interview_id=None, interview_on=dt.date(2025, 1, 10),
        period_from=dt.date(2025, 1, 1), period_to=None,
    )
    fields.update(kw)
    return decision(**fields)


def test_update_due_after_six_months() -> None:
    # 10.01.2025 + 6 months = 10.07.2025 (art. 57 § 3 KPA)
    assert not validate(_permanent(), on=dt.date(2025, 7, 10)).by_code("SW-DEC-003")
    found = validate(_permanent(), on=dt.date(2025, 7, 11)).by_code("SW-DEC-003")
    assert len(found) == 1 and "10.07.2025 r." in found[0].message
    assert found[0].legal_basis == "art. 107 ust. 4 ustawy o pomocy społecznej"


def test_update_in_related_objects_resets_the_term() -> None:
    update = interview(
        id="rws2", kind=InterviewKind.UPDATE, conducted_on=dt.date(2025, 7, 1),
        need_known_on=dt.date(2025, 6, 30), application_on=None,
        update=InterviewUpdate(changes="Bez zmian.", previous_interview_on=dt.date(2025, 1, 10)),
    )
    report = validate(_permanent(), on=dt.date(2025, 12, 1), related=[update])
    assert not report.by_code("SW-DEC-003")
    assert validate(_permanent(), on=dt.date(2026, 1, 2), related=[update]).by_code("SW-DEC-003")


def test_month_end_rule_for_the_update() -> None:
    # 31.08.2025 + 6 months → 28.02.2026 (no 31 February)
    item = _permanent(interview_on=dt.date(2025, 8, 31), issued_on=dt.date(2025, 9, 1),
                      application_on=dt.date(2025, 8, 29))
    assert not validate(item, on=dt.date(2026, 2, 28)).by_code("SW-DEC-003")
    assert validate(item, on=dt.date(2026, 3, 1)).by_code("SW-DEC-003")


def test_update_rule_ignores_temporary_and_ended_benefits() -> None:
    late = dt.date(2026, 1, 1)
    periodic = decision()  # zasiłek okresowy for March–May 2025
    assert not validate(periodic, on=late).by_code("SW-DEC-003")
    ended = _permanent(period_to=dt.date(2025, 6, 30))
    assert not validate(ended, on=late).by_code("SW-DEC-003")
    indefinite = decision(period_to=None)
    assert validate(indefinite, on=late).by_code("SW-DEC-003")


def test_interview_dated_after_the_decision() -> None:
    late = decision(interview_id=None, interview_on=dt.date(2025, 3, 12))
    found = validate(late).by_code("SW-DEC-001")
    assert [f.path for f in found] == ["$.interview_on"]
    assert "po wydaniu decyzji" in found[0].message
    # an earlier interview of the party in the case is enough
    assert not validate(late, related=[interview()]).by_code("SW-DEC-001")


def test_signatory_without_position() -> None:
    unsigned = decision(signatory=Signatory(name="Jan Kowalski",
                                            on_authority_of="z upoważnienia Wójta"))
    found = validate(unsigned).by_code("SW-DEC-002")
    assert [(f.path, f.legal_basis.split(" Kodeksu")[0]) for f in found] == [
        ("$.signatory", "art. 107 § 1 pkt 8")
    ]
    data = json.loads(to_json(decision()))
    del data["signatory"]["position"]
    assert validate(from_json(json.dumps(data))).by_code("SW-DEC-002")
