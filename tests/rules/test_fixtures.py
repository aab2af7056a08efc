"""Every built-in rule fires on a real model object: for each code, a JSON file in
``tests/rules/fixtures/`` that the model loads (structure OK, not exit 2) and that
``socialwork validate`` reports with that code and its legal basis.

The files are written by ``build_fixtures.py`` from the public constructors; a test below
keeps them in step with it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from socialwork.cli import main
from socialwork.model.spec import registered_models
from socialwork.rules import BUILTIN_RULES, validate
from socialwork.rules.engine import render_basis
from socialwork.serialization import from_json, to_json

from . import build_fixtures

FIXTURES = Path(__file__).with_name("fixtures")


class Case(NamedTuple):
    related: bool = False
    """The file ``<code>.related.json`` is passed as ``--related``."""
    on: str | None = None
    exit: int = 1


CASES: dict[str, Case] = {
    "SW-POZ-001": Case(exit=0),  # an adult child in a pozew o alimenty: a warning
    "SW-BEN-001": Case(related=True),  # income above the criterion (in the interview)
    "SW-BEN-002": Case(related=True),  # no reason of art. 7 besides poverty
    "SW-BEN-003": Case(),  # zasiłek stały below the minimum
    "SW-BEN-004": Case(),  # zasiłek okresowy below 20 zł
    "SW-BEN-005": Case(related=True),  # specjalny zasiłek celowy above the criterion
    "SW-BEN-006": Case(exit=0),  # no income item of the income month: a warning
    "SW-CON-001": Case(),  # no "main_goal" key
    "SW-CON-002": Case(),  # an action without "owner"
    "SW-CON-003": Case(),  # an action without "due"
    "SW-CON-004": Case(),  # an action due after the kontrakt ends
    "SW-CON-005": Case(),  # in progress, no "worker_signed_on"
    "SW-CON-006": Case(),  # broken, termination without "reason"
    "SW-CON-007": Case(),  # completed without evaluation
    "SW-DEC-001": Case(),  # no interview reference
    "SW-DEC-002": Case(),  # no justification, no signatory
    "SW-DEC-003": Case(on="2025-09-01"),  # zasiłek stały, update overdue
    "SW-DPS-001": Case(),  # a referral to a DPS resting on neither consent nor court order
    "SW-DPS-002": Case(),  # usługi opiekuńcze would suffice
    "SW-DPS-003": Case(),  # an ascendant listed before a descendant
    "SW-DPS-004": Case(),  # an obliged person without agreement or reason
    "SW-DPS-005": Case(),  # no signatory, no legal justification
    "SW-DPS-006": Case(),  # the fees do not add up to the cost
    "SW-INT-001": Case(),  # segments A and J missing
    "SW-INT-002": Case(),  # conducted after 14 working days
    "SW-REF-001": Case(),  # DPS draft without consent
    "SW-REF-002": Case(),  # schronisko without kontrakt
    "SW-REF-003": Case(),  # DPS without the need of 24-hour care
    "SW-REF-004": Case(exit=0),  # family assistant without consent: a warning
    "SW-STF-001": Case(),  # worker without qualification
    "SW-STF-002": Case(exit=0),  # caseload over 50: a warning only
    "SW-CNT-001": Case(),  # notatka without findings
    "SW-CNT-002": Case(exit=0),  # violence suspected, no Niebieska Karta: a warning
    "SW-ZAW-001": Case(exit=0),  # zawiadomienie 17 days late: a warning
    "SW-ZAW-002": Case(exit=0),  # a witness without testimony: a warning
    "SW-ZAW-003": Case(exit=0),  # minors harmed, no Niebieska Karta: a warning
    "SW-OJC-001": Case(),  # the child is adult on filing
    "SW-OJC-002": Case(),  # presumption of the husband's paternity
    "SW-OJC-003": Case(exit=0),  # relationship outside the conception window
    "SW-OJC-004": Case(exit=0),  # art. 141 claims after 3 years
    "SW-OJC-005": Case(exit=0),  # maintenance over 3 months without reason
    "SW-ALI-001": Case(),  # the health area left blank
    "SW-ALI-002": Case(),  # a debtor without work, no PUP registration deadline
    "SW-ALI-003": Case(exit=0),  # the PUP not yet informed: a warning
    "SW-ALI-004": Case(),  # no oświadczenie majątkowe and no refusal
    "SW-ALI-005": Case(exit=0),  # statement refused: a warning (next step)
    "SW-AST-001": Case(related=True),  # the named interview is another person's
    "SW-AST-002": Case(),  # the statement without the clause
    "SW-HOM-001": Case(on="2026-12-01"),  # in force, not approved
    "SW-HOM-002": Case(),  # exceeds the placówka's means, no responsible bodies
    "SW-HOM-003": Case(exit=0),  # a stage without a meeting: a warning
    "SW-HOM-004": Case(related=True),  # the kontrakt names another person's program
}

RULES = {r.code: r for r in BUILTIN_RULES}


def test_every_builtin_rule_has_a_case() -> None:
    assert set(CASES) == set(RULES)


def test_fixture_files_are_the_builders_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_fixtures, "FIXTURES", tmp_path)
    build_fixtures.main()
    built = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.json")}
    stored = {p.name: p.read_text(encoding="utf-8") for p in FIXTURES.glob("*.json")}
    assert built == stored, "run: python -m tests.rules.build_fixtures"


def _args(code: str, case: Case) -> list[str]:
    args = ["validate", str(FIXTURES / f"{code}.json"), "--json"]
    if case.related:
        args += ["--related", str(FIXTURES / f"{code}.related.json")]
    if case.on:
        args += ["--on", case.on]
    return args


@pytest.mark.parametrize("code", sorted(CASES))
def test_cli_reports_the_rule(code: str, capsys: pytest.CaptureFixture[str]) -> None:
    case = CASES[code]
    assert main(_args(code, case)) == case.exit
    out: dict[str, Any] = json.loads(capsys.readouterr().out)
    assert out["structure"] == "ok"
    found = [f for f in out["findings"] if f["code"] == code]
    assert found, f"{code} not reported: {out['findings']}"
    rule = RULES[code]
    for finding in found:
        assert finding["severity"] == rule.severity
        assert finding["legal_basis"], "a finding always cites its legal basis"
        assert finding["path"].startswith("$")
    # the rule's own basis, or a more precise provision of the same act (a punkt, an ustęp)
    own = render_basis(rule.legal_basis)
    act = own.split()[-3:]
    assert any(f["legal_basis"] == own or f["legal_basis"].split()[-3:] == act for f in found)


@pytest.mark.parametrize("code", sorted(CASES))
def test_fixture_is_a_real_model_object(code: str) -> None:
    """The same file through the public API: from_json accepts it, it round-trips, and
    ``validate`` reports the code."""
    text = (FIXTURES / f"{code}.json").read_text(encoding="utf-8")
    obj = from_json(text)
    assert from_json(to_json(obj)) == obj
    targets = RULES[code].targets
    classes = [t if isinstance(t, type) else registered_models()[t].cls for t in targets]
    assert any(isinstance(obj, cls) for cls in classes)
    related = []
    if CASES[code].related:
        related.append(from_json((FIXTURES / f"{code}.related.json").read_text("utf-8")))
    on = CASES[code].on
    report = validate(obj, on=dt.date.fromisoformat(on) if on else None, related=related)
    assert report.by_code(code)


@pytest.mark.parametrize("code", sorted(c for c, case in CASES.items() if case.related))
def test_related_object_is_needed(code: str) -> None:
    """Without the interview, the income and amount rules cannot tell: no finding."""
    obj = from_json((FIXTURES / f"{code}.json").read_text(encoding="utf-8"))
    assert not validate(obj).by_code(code)
