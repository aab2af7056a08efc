"""``socialwork calc`` and ``socialwork deadline`` through socialwork.cli.main."""

from __future__ import annotations

import json
from typing import Any

import pytest

from socialwork.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_criterion(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "calc", "criterion", "--on", "2025-01-01")
    assert data["single"] == "1010.00"
    assert data["per_person"] == "823.00"
    assert "art. 8 ust. 1" in data["legal_basis"]
    old = run_json(capsys, "calc", "criterion", "--on", "2024-12-31")
    assert (old["single"], old["per_person"]) == ("776.00", "600.00")


def test_criterion_text_is_polish(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "calc", "criterion", "--on", "2025-01-01")
    assert code == 0
    assert "osoba samotnie gospodarująca: 1\u00a0010,00 zł" in out
    assert "Dz.U. 2024 poz. 1044" in out


def test_periodic(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(
        capsys, "calc", "periodic", "--members", "1", "--income", "500", "--on", "2025-03-01"
    )
    assert data["eligible"] is True
    assert (data["minimum"], data["maximum"]) == ("255.00", "510.00")
    assert data["steps"] and all(step["legal_basis"] for step in data["steps"])
    family = run_json(
        capsys, "calc", "periodic", "--members", "3", "--income", "2000,01", "--on", "2025-03-01"
    )
    assert (family["minimum"], family["maximum"]) == ("234.50", "468.99")


def test_periodic_ineligible(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(
        capsys, "calc", "periodic", "--members", "1", "--income", "1010", "--on", "2025-03-01"
    )
    assert data["eligible"] is False
    assert (data["minimum"], data["maximum"]) == ("0.00", "0.00")


def test_permanent(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(
        capsys, "calc", "permanent", "--members", "1", "--income", "0", "--on", "2025-01-01"
    )
    assert data == {**data, "eligible": True, "amount": "1229.00"}
    family = run_json(
        capsys,
        "calc",
        "permanent",
        "--members",
        "2",
        "--income",
        "1190",
        "--own-income",
        "100",
        "--on",
        "2024-06-01",
    )
    assert family["amount"] == "185.00"
    floor = run_json(
        capsys, "calc", "permanent", "--members", "1", "--income", "770", "--on", "2023-12-31"
    )
    assert floor["amount"] == "30.00"
    no = run_json(
        capsys, "calc", "permanent", "--members", "1", "--income", "1500", "--on", "2025-01-01"
    )
    assert (no["eligible"], no["amount"]) == (False, "0.00")


def test_permanent_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "calc", "permanent", "--members", "1", "--income", "0", "--on", "2025-01-01"
    )
    assert code == 0
    assert "przysługuje: 1\u00a0229,00 zł miesięcznie" in out
    assert "art. 37 ust. 2 pkt 1 u.p.s." in out


@pytest.mark.parametrize(
    ("argv", "due"),
    [
        (("deadline", "appeal", "--from", "2021-11-03"), "2021-11-17"),
        (("deadline", "appeal", "--from", "2025-12-10"), "2025-12-29"),
        (("deadline", "interview", "--from", "2025-12-19"), "2026-01-15"),
        (("deadline", "interview", "--from", "2025-12-19", "--urgent"), "2025-12-23"),
        (("deadline", "update", "--from", "2025-08-31"), "2026-02-28"),
    ],
)
def test_deadline(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], due: str) -> None:
    data = run_json(capsys, *argv)
    assert data["due"] == due
    assert isinstance(data["legal_basis"], str) and data["legal_basis"]
    code, out, _ = run(capsys, *argv)
    assert code == 0 and due in out


@pytest.mark.parametrize(
    "argv",
    [
        ("calc", "criterion", "--on", "2004-04-30"),
        ("calc", "criterion", "--on", "2025-02-30"),
        ("calc", "criterion"),
        ("calc", "periodic", "--members", "0", "--income", "1", "--on", "2025-01-01"),
        ("calc", "periodic", "--members", "1", "--income", "-5", "--on", "2025-01-01"),
        ("calc", "periodic", "--members", "1", "--income", "abc", "--on", "2025-01-01"),
        ("calc", "periodic", "--members", "1", "--income", "1.234", "--on", "2025-01-01"),
        (
            "calc",
            "permanent",
            "--members",
            "1",
            "--income",
            "100",
            "--own-income",
            "50",
            "--on",
            "2025-01-01",
        ),
        ("deadline", "appeal", "--from", "03.11.2021"),
        ("deadline", "appeal", "--from", "9999-12-31"),
        ("calc", "periodic", "--members", "1", "--income", "1e30", "--on", "2025-01-01"),
        ("calc", "periodic", "--members", "1", "--income", "NaN", "--on", "2025-01-01"),
        ("calc", "permanent", "--members", "2", "--income", "1e-9", "--on", "2025-01-01"),
        ("deadline", "update"),
        ("calc",),
        ("deadline",),
    ],
)
def test_bad_input_exits_2_without_traceback(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    code, _out, err = run(capsys, *argv)
    assert code == 2
    assert "Traceback" not in err
    if len(argv) > 2:
        assert err.strip().splitlines()[-1].startswith("socialwork")


def test_deadline_update_on_sunday_json_and_text(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "deadline", "update", "--from", "2026-06-06")
    assert data["due"] == "2026-12-06"
    assert data["last_working_day_before"] == "2026-12-04"
    assert data["steps"][-1]["date"] == "2026-12-04"
    assert "2026-12-04" in data["steps"][-1]["description"]
    code, out, _ = run(capsys, "deadline", "update", "--from", "2026-06-06")
    assert code == 0
    assert "zalecany ostatni dzień roboczy przed nim: 2026-12-04" in out
