"""``socialwork validate FILE [--on DATE] [--json] [--related FILE]`` with the rules."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from rules.builders import decision, family, income, interview, worker
from socialwork.cli import main
from socialwork.model.benefits import BenefitKind
from socialwork.serialization import to_json

NO_INTERVIEW = dict(interview_id=None, interview_on=None)


def write(tmp_path: Path, name: str, obj: object) -> str:
    path = tmp_path / name
    path.write_text(to_json(obj), encoding="utf-8")
    return str(path)


def test_clean_case_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", write(tmp_path, "d.json", decision())]) == 0
    out = capsys.readouterr().out
    assert "bez błędów" in out and "2025-03-10" in out


def test_error_finding_exits_1_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "d.json", decision(legal_basis=(), **NO_INTERVIEW))
    assert main(["validate", path]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("SW-DEC-001 błąd $.interview_on: ")
    assert lines[0].endswith("[art. 106 ust. 4 ustawy o pomocy społecznej]")
    assert lines[1].startswith("SW-DEC-002 błąd $.legal_basis: ")
    assert "błędy: 2, ostrzeżenia: 0" in lines[-1]


def test_warnings_only_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "w.json", worker(caseload=60))
    assert main(["validate", path, "--on", "2025-01-01"]) == 0
    out = capsys.readouterr().out
    assert "SW-STF-002 ostrzeżenie $.caseload" in out and "ostrzeżenia: 1" in out


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "d.json", decision(**NO_INTERVIEW))
    assert main(["validate", path, "--json", "--on", "2025-04-01"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["on"] == "2025-04-01" and data["errors"] == 1
    assert data["findings"] == [
        {
            "code": "SW-DEC-001",
            "severity": "error",
            "path": "$.interview_on",
            "message": data["findings"][0]["message"],
            "legal_basis": "art. 106 ust. 4 ustawy o pomocy społecznej",
        }
    ]


def test_related_interview(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dec = decision(benefit=BenefitKind.TARGETED_ALLOWANCE, amount=Decimal("200.00"))
    rws = interview(household=family(income("1500.00")))
    d_path, i_path = write(tmp_path, "d.json", dec), write(tmp_path, "i.json", rws)
    assert main(["validate", d_path]) == 0
    capsys.readouterr()
    assert main(["validate", d_path, "--related", i_path]) == 1
    assert "SW-BEN-001 błąd" in capsys.readouterr().out


def test_unusable_related_file_exits_2(tmp_path: Path) -> None:
    d_path = write(tmp_path, "d.json", decision())
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["validate", d_path, "--related", str(bad)])
    assert exc.value.code == 2


def test_on_date_changes_the_result(tmp_path: Path) -> None:
    dec = decision(benefit=BenefitKind.PERMANENT_ALLOWANCE, amount=Decimal("713.00"),
                   period_to=None, interview_id=None, interview_on=dt.date(2025, 3, 5))
    path = write(tmp_path, "d.json", dec)
    assert main(["validate", path, "--on", "2025-09-05"]) == 0
    assert main(["validate", path, "--on", "2025-09-06"]) == 1
