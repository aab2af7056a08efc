"""The Polish of the findings: every rule's message, rendered from a real case, is checked
for punctuation ("r.." / ".."), the cases after prepositions the messages use, and
diacritics; plus the warnings for a date before the Act and for a missing income month."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from socialwork.cli import main
from socialwork.model import ContractStatus, Qualification
from socialwork.model.benefits import BenefitKind
from socialwork.model.contract import Termination
from socialwork.rules import BUILTIN_RULES, Finding, validate
from socialwork.serialization import from_json

from .builders import contract, decision, family, income, interview, worker
from .test_fixtures import CASES, FIXTURES

D = dt.date


def _fixture_findings(code: str) -> list[Finding]:
    case = CASES[code]
    obj = from_json((FIXTURES / f"{code}.json").read_text(encoding="utf-8"))
    related = []
    if case.related:
        related.append(from_json((FIXTURES / f"{code}.related.json").read_text("utf-8")))
    on = dt.date.fromisoformat(case.on) if case.on else None
    return list(validate(obj, on=on, related=related).findings)


def _variant_findings() -> list[Finding]:
    """Messages the fixtures do not reach: other branches of the same rules."""
    found: list[Finding] = []
    poor = interview(household=family(income("100.00")))
    found += validate(
        decision(benefit=BenefitKind.PERMANENT_ALLOWANCE, amount=Decimal("30.00"), period_to=None),
        related=[poor],
    ).findings
    found += validate(decision(amount=Decimal("5.00")), related=[poor]).findings
    found += validate(
        decision(benefit=BenefitKind.PERMANENT_ALLOWANCE, amount=Decimal("9000.00"),
                 period_to=None, interview_id=None)
    ).findings
    found += validate(
        decision(benefit=BenefitKind.TARGETED_ALLOWANCE, amount=Decimal("300.00")),
        related=[interview(household=family(income("5000.00")))],
    ).findings
    found += validate(decision(), related=[interview(reasons=())]).findings
    ended = contract()
    for status in (ContractStatus.TERMINATED, ContractStatus.BROKEN):
        found += validate(
            attrs.evolve(ended, status=status, termination=Termination(on=D(2025, 4, 1)),
                         client_signed_on=D(2025, 3, 1), worker_signed_on=D(2025, 3, 1))
        ).findings
    found += validate(
        worker(qualification=Qualification.SPECIALISATION_BY_2013,
               qualification_obtained_on=D(2015, 6, 30))
    ).findings
    found += validate(decision(), on=D(2003, 1, 1), related=[poor]).findings
    found += validate(interview(household=family(income("600.00", month=D(2025, 1, 1))))).findings
    found += _dps_variant_findings()
    return found


def _dps_variant_findings() -> list[Finding]:
    """Other branches of SW-DPS-001…006 (the shipped examples with one defect each)."""
    from decimal import Decimal as Dec

    import socialwork.model as m
    from socialwork import examples

    ref = examples.load("decyzja-skierowanie-dps")
    court = examples.load("decyzja-skierowanie-dps-sad")
    fee = examples.load("decyzja-oplata-dps")
    son = fee.obliged[1]
    daughter = fee.obliged[0]
    cases: list[object] = [
        attrs.evolve(ref, consent=attrs.evolve(ref.consent, given_on=D(2026, 11, 21))),
        attrs.evolve(
            ref,
            consent=attrs.evolve(ref.consent, by_representative=True),
            ground=m.PlacementGround.REPRESENTATIVE_CONSENT,
        ),
        attrs.evolve(court, court_order=attrs.evolve(court.court_order, final_on=None)),
        attrs.evolve(
            court,
            court_order=attrs.evolve(court.court_order, decided_on=D(2026, 11, 19),
                                     final_on=None),
        ),
        attrs.evolve(ref, needs_24h_care=False, cannot_function_independently=False),
        attrs.evolve(ref, interview_id=None, interview_on=D(2026, 11, 25), organ=" ",
                     legal_basis=(), factual_justification=None),
        attrs.evolve(fee, fee=Dec("1600.00"), gmina_fee=Dec("2787.00")),
        attrs.evolve(fee, fee=Dec("1500.00"), gmina_fee=Dec("2887.00")),
        attrs.evolve(fee, gmina_fee=Dec("2900.00")),
        attrs.evolve(fee, obliged=(daughter, attrs.evolve(son, fee=Dec("900.00"))),
                     gmina_fee=Dec("2792.77")),
        attrs.evolve(fee, obliged=(daughter, attrs.evolve(
            son, no_agreement_reason=m.NoAgreementReason.EXEMPTED))),
        attrs.evolve(fee, obliged=(daughter, attrs.evolve(
            son, fee=Dec("0.00"), no_agreement_reason=m.NoAgreementReason.INCOME_BELOW_THRESHOLD
        )), gmina_fee=Dec("3692.77")),
        attrs.evolve(fee, obliged=(daughter, attrs.evolve(
            son, fee=Dec("0.00"), no_agreement_reason=m.NoAgreementReason.RESIDENT_PAYS_IN_FULL
        )), gmina_fee=Dec("3692.77")),
        attrs.evolve(fee, obliged=(
            attrs.evolve(daughter, fee=Dec("1000.00"),
                         agreement=attrs.evolve(daughter.agreement,
                                                monthly_amount=Dec("1000.00"))),
            attrs.evolve(son, kinship=m.Kinship.ASCENDANT),
        ), gmina_fee=Dec("3415.77")),
        attrs.evolve(fee, obliged=(
            attrs.evolve(son, kinship=m.Kinship.SPOUSE), attrs.evolve(
                son, kinship=m.Kinship.SPOUSE, fee=Dec("0.00"),
                no_agreement_reason=m.NoAgreementReason.NOT_NEEDED)),
        ),
    ]
    return [f for case in cases for f in validate(case).findings]


def _all_findings() -> list[Finding]:
    found = [f for code in sorted(CASES) for f in _fixture_findings(code)]
    return found + _variant_findings()


MESSAGES = sorted({f.message for f in _all_findings()})


def test_every_rule_message_is_rendered() -> None:
    codes = {f.code for f in _all_findings()}
    assert {r.code for r in BUILTIN_RULES} <= codes


@pytest.mark.parametrize("message", MESSAGES)
def test_message_punctuation(message: str) -> None:
    assert ".." not in message  # e.g. "01.12.2026 r.." — a date ending a sentence
    assert " ," not in message and " ." not in message and " ;" not in message
    assert "  " not in message
    assert message[0].isupper()
    assert message.endswith((".", ")", "r."))
    assert message.count("(") == message.count(")")
    assert message.count("„") == message.count("”")


ASCII_FOR_POLISH = re.compile(
    r"\b(dochod|zasilek|zasilku|swiadczeni\w*|nizsz\w*|wyzsz\w*|zgode|placowk\w*|kwote|"
    r"osob|ubostw\w*|dzien|miesiac\w*|osrod\w*|calodobow\w*)\b"
)
"""Words of the messages written without their Polish letters (dochód → dochod…)."""


@pytest.mark.parametrize("message", MESSAGES)
def test_message_grammar(message: str) -> None:
    assert "przy dochód" not in message  # "przy" takes the locative: "przy dochodzie"
    assert "przekracza kryterium dochodowego" not in message  # accusative after "przekracza"
    assert "wyłącznie ubóstwo (art. 7 pkt 1) ani" not in message  # "ani" needs a negation
    assert not ASCII_FOR_POLISH.search(message)


def test_amount_messages_use_the_locative() -> None:
    poor = interview(household=family(income("100.00")))
    periodic = validate(decision(amount=Decimal("5.00")), related=[poor]).by_code("SW-BEN-004")
    permanent = validate(
        decision(benefit=BenefitKind.PERMANENT_ALLOWANCE, amount=Decimal("30.00"), period_to=None),
        related=[poor],
    ).by_code("SW-BEN-003")
    for finding in (*periodic, *permanent):
        assert "przy dochodzie osoby samotnie gospodarującej (100,00" in finding.message
        assert finding.message.endswith("stan prawny na dzień 01.03.2025 r.")


def test_the_minimum_message_ends_with_one_full_stop() -> None:
    minimum = validate(
        decision(benefit=BenefitKind.PERMANENT_ALLOWANCE, amount=Decimal("50.00"),
                 period_to=None, interview_id=None, issued_on=D(2026, 12, 1),
                 period_from=D(2026, 12, 1), application_on=D(2026, 11, 20),
                 interview_on=D(2026, 11, 25))
    ).by_code("SW-BEN-003")
    assert minimum
    assert re.search(r"w dniu 01\.12\.2026 r\. \(100,00\szł\)\.$", minimum[0].message)


# --------------------------------------------------------------------------- before the Act


def test_a_date_before_the_act_is_reported_not_passed() -> None:
    poor = interview(household=family(income("100.00")))
    report = validate(decision(), on=D(2003, 1, 1), related=[poor])
    codes = {f.code for f in report.findings}
    assert all(f.severity == "warning" for f in report.findings)
    assert {"SW-DEC-001", "SW-DEC-003", "SW-BEN-001", "SW-BEN-004"} <= codes
    for finding in report.findings:
        if finding.code != "SW-DEC-002":
            assert "Nie sprawdzono reguły" in finding.message
            assert "01.01.2003 r." in finding.message and "01.05.2004 r." in finding.message
            assert finding.legal_basis
    assert len(codes) == len(report.findings)  # one warning per rule
    later = validate(decision(), on=D(2004, 5, 1), related=[poor])
    assert not any("Nie sprawdzono" in f.message for f in later.findings)


def test_cli_does_not_claim_a_clean_check_before_the_act(
    capsys: pytest.CaptureFixture[str],
) -> None:
    example = Path(__file__).resolve().parents[2] / "src/socialwork/examples"
    args = ["validate", str(example / "decyzja.json"), "--related",
            str(example / "wywiad-srodowiskowy.json"), "--on", "2003-01-01"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Nie sprawdzono reguły SW-BEN-001 na dzień 01.01.2003 r." in out
    assert "ostrzeżenia:" in out
    assert main([*args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["warnings"] >= 5


# --------------------------------------------------------------------------- income month


def test_income_items_of_other_months_only_are_a_warning() -> None:
    case = interview(household=family(income("600.00", month=D(2025, 1, 1))))
    [finding] = validate(case).by_code("SW-BEN-006")
    assert finding.severity == "warning"
    assert finding.legal_basis == "art. 8 ust. 3 ustawy o pomocy społecznej"
    assert finding.path == "$.household.incomes"
    assert "luty 2025 r." in finding.message  # the month before the application of 3.03.2025


def test_the_decision_reports_it_through_its_interview() -> None:
    case = interview(household=family(income("600.00", month=D(2025, 1, 1))))
    [finding] = validate(decision(), related=[case]).by_code("SW-BEN-006")
    assert finding.path == "$.interview_id"
    # the income test passed on a zero income: the warning is what tells the worker
    assert not validate(decision(), related=[case]).by_code("SW-BEN-001")


@pytest.mark.parametrize(
    "incomes",
    [(), (income("600.00"),), (income("600.00"), income("50.00", month=D(2025, 1, 1)))],
)
def test_no_warning_when_the_month_is_recorded_or_nothing_is(incomes: tuple[object, ...]) -> None:
    case = interview(household=family(*incomes))  # type: ignore[arg-type]
    assert not validate(case).by_code("SW-BEN-006")
    assert not validate(decision(), related=[case]).by_code("SW-BEN-006")


def test_lost_income_uses_the_month_of_the_application() -> None:
    lost = attrs.evolve(income("0.00", month=D(2025, 2, 1)), lost=True)
    case = interview(household=family(lost))
    [finding] = validate(case).by_code("SW-BEN-006")
    assert "marzec 2025 r. (miesiąc złożenia wniosku – utrata dochodu" in finding.message


def test_a_broken_contract_asks_for_the_reason_of_breaking_it() -> None:
    broken = attrs.evolve(
        contract(), status=ContractStatus.BROKEN, termination=Termination(on=D(2025, 4, 1)),
        client_signed_on=D(2025, 3, 1), worker_signed_on=D(2025, 3, 1),
    )
    [finding] = validate(broken).by_code("SW-CON-006")
    assert finding.message.endswith("nie podano przyczyny jego zerwania.")
