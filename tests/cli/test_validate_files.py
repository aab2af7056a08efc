"""``socialwork validate``: exit 0 / 1 / 2, one-line errors, JSON output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from socialwork import examples, rules
from socialwork.cli import main


@attrs.frozen
class FakeFinding:
    code: str
    severity: str
    message: str
    legal_basis: str
    path: str = "$"

    def __str__(self) -> str:
        return f"{self.code} {self.path}: {self.message}"


@attrs.frozen
class FakeReport:
    findings: tuple[FakeFinding, ...] = ()
    on: Any = None


def fake_rules(*findings: FakeFinding) -> Any:
    def report(obj: object, *, on: Any = None, **_: Any) -> FakeReport:
        return FakeReport(findings, on)

    return report


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # die() exits
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_valid_example_passes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rules, "validate", fake_rules())
    code, out, err = run(capsys, "validate", str(examples.path("decyzja")))
    assert code == 0, err
    assert "decision:" in out


def test_json_output(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        rules,
        "validate",
        fake_rules(FakeFinding("X1", "warning", "uwaga", "art. 1 u.p.s.", "$.amount")),
    )
    code, out, _ = run(
        capsys, "validate", str(examples.path("decyzja")), "--json", "--on", "2026-11-22"
    )
    assert code == 0
    data = json.loads(out)
    assert data["type"] == "decision" and data["ok"] is True and data["structure"] == "ok"
    assert data["findings"][0]["code"] == "X1"


def test_rule_errors_exit_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}

    def fake(obj: object, *, on: Any = None, **_: Any) -> FakeReport:
        seen["on"] = on
        return FakeReport((FakeFinding("X2", "error", "brak wywiadu", "art. 106 ust. 4 u.p.s."),))

    monkeypatch.setattr(rules, "validate", fake)
    code, out, _ = run(capsys, "validate", str(examples.path("decyzja")), "--on", "2026-12-01")
    assert code == 1
    assert "X2" in out
    assert str(seen["on"]) == "2026-12-01"


def test_real_rules_run_on_every_example(capsys: pytest.CaptureFixture[str]) -> None:
    for name in examples.names():
        code, _out, err = run(capsys, "validate", str(examples.path(name)), "--json")
        assert code in (0, 1), err
        assert err == ""


def test_structural_problems_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = json.loads(examples.path("rodzina").read_text(encoding="utf-8"))
    pesel = data["members"][0]["person"]["pesel"]
    data["members"][0]["person"]["pesel"] = pesel[:-1] + str((int(pesel[-1]) + 1) % 10)
    data["incomes"][0]["gross"] = 1.5
    case = tmp_path / "case.json"
    case.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, "validate", str(case))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "$.members[0].person.pesel" in err and "$.incomes[0].gross" in err
    assert str(case) in err
    assert pesel[:-1] not in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "fragment"),
    [("{", "malformed JSON"), ('{"type": "nope", "schema_version": 1}', "unknown model type")],
)
def test_unusable_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, fragment: str
) -> None:
    case = tmp_path / "bad.json"
    case.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "validate", str(case))
    assert code == 2 and fragment in err and err.count("\n") == 1


def test_missing_file_and_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "validate", str(tmp_path / "none.json"))
    assert code == 2 and "no such file" in err
    code, _, err = run(capsys, "validate", str(tmp_path))
    assert code == 2 and "directory" in err


def test_bad_date_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "validate", str(examples.path("osoba")), "--on", "22.11.2026")
    assert code == 2 and "YYYY-MM-DD" in err
