"""Legal figures, allowances and deadlines worked out by hand from the Act, through the CLI.

Criteria: art. 8 ust. 1 u.p.s. and the verification regulations (Dz.U. 2012 poz. 823,
2015 poz. 1058, 2018 poz. 1358, 2021 poz. 1296, 2024 poz. 1044). Zasiłek stały: art. 37
(130 % of the criterion for the amount from 2024-01-01, cap 719 / 1 000 / 1 229 zł for a
single person, minimum 30 / 100 zł). Zasiłek okresowy: art. 38 (at least 50 % of the gap and
20 zł). Deadlines: art. 57 and 129 § 2 KPA, § 3 of the wywiad regulation (working days),
art. 107 ust. 4 u.p.s. (6 months).
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from socialwork.cli import main
from socialwork.law import income_criterion


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    code = main([*argv, "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize(
    ("on", "single", "per_person"),
    [
        ("2006-09-30", "461.00", "316.00"),
        ("2006-10-01", "477.00", "351.00"),
        ("2012-09-30", "477.00", "351.00"),
        ("2012-10-01", "542.00", "456.00"),
        ("2015-09-30", "542.00", "456.00"),
        ("2015-10-01", "634.00", "514.00"),
        ("2018-09-30", "634.00", "514.00"),
        ("2018-10-01", "701.00", "528.00"),
        ("2021-12-31", "701.00", "528.00"),
        ("2022-01-01", "776.00", "600.00"),
        ("2024-12-31", "776.00", "600.00"),
        ("2025-01-01", "1010.00", "823.00"),
        ("2026-11-22", "1010.00", "823.00"),
    ],
)
def test_criterion_on_each_side_of_every_change(
    capsys: pytest.CaptureFixture[str], on: str, single: str, per_person: str
) -> None:
    data = run_json(capsys, "calc", "criterion", "--on", on)
    assert (data["single"], data["per_person"]) == (single, per_person)
    day = dt.date.fromisoformat(on)
    assert income_criterion(day, single=True) == Decimal(single)
    assert income_criterion(day, single=False) == Decimal(per_person)


def test_criterion_before_the_act_is_unusable_input(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["calc", "criterion", "--on", "2004-04-30"])
    assert exit_info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("argv", "eligible", "amount"),
    [
        # 2023: 100 % of the criterion, cap 719 zł (single), minimum 30 zł
        (["--members", "1", "--income", "0", "--on", "2023-06-01"], True, "719.00"),
        (["--members", "1", "--income", "500", "--on", "2023-06-01"], True, "276.00"),
        (["--members", "1", "--income", "760", "--on", "2023-06-01"], True, "30.00"),
        (["--members", "1", "--income", "776", "--on", "2023-06-01"], False, "0.00"),
        (
            ["--members", "2", "--income", "800", "--own-income", "100", "--on", "2023-06-01"],
            True,
            "200.00",
        ),
        # 2024: 130 % × 776 = 1 008,80; cap 1 000 zł; minimum 100 zł; eligibility at 100 %
        (["--members", "1", "--income", "0", "--on", "2024-03-01"], True, "1000.00"),
        (["--members", "1", "--income", "500", "--on", "2024-03-01"], True, "508.80"),
        (["--members", "1", "--income", "760", "--on", "2024-03-01"], True, "248.80"),
        (["--members", "1", "--income", "950", "--on", "2024-03-01"], False, "0.00"),
        (
            ["--members", "4", "--income", "2000", "--own-income", "0", "--on", "2024-06-01"],
            True,
            "280.00",
        ),
        # 2026: 130 % × 1 010 = 1 313; cap 1 229 zł; 130 % × 823 = 1 069,90 in a family
        (["--members", "1", "--income", "0", "--on", "2026-03-01"], True, "1229.00"),
        (["--members", "1", "--income", "200", "--on", "2026-03-01"], True, "1113.00"),
        (["--members", "1", "--income", "1009", "--on", "2026-03-01"], True, "304.00"),
        (["--members", "1", "--income", "1010", "--on", "2026-03-01"], False, "0.00"),
        (
            ["--members", "3", "--income", "1500", "--own-income", "300", "--on", "2026-03-01"],
            True,
            "569.90",
        ),
        (
            ["--members", "3", "--income", "1500", "--own-income", "900", "--on", "2026-03-01"],
            False,
            "0.00",
        ),
    ],
)
def test_permanent_allowance_by_hand(
    capsys: pytest.CaptureFixture[str], argv: list[str], eligible: bool, amount: str
) -> None:
    data = run_json(capsys, "calc", "permanent", *argv)
    assert (data["eligible"], data["amount"]) == (eligible, amount)
    steps = data["steps"]
    assert isinstance(steps, list) and steps
    assert all(step["legal_basis"] for step in steps)


@pytest.mark.parametrize(
    ("argv", "eligible", "minimum", "maximum"),
    [
        # family of 4 in 2026: 4 × 823 = 3 292; income 2 096,53 → gap 1 195,47
        (
            ["--members", "4", "--income", "2096.53", "--on", "2026-11-20"],
            True,
            "597.74",
            "1195.47",
        ),
        (["--members", "3", "--income", "1000", "--on", "2023-06-01"], True, "400.00", "800.00"),
        # single: at most the gap, capped at the per-person criterion
        (["--members", "1", "--income", "400", "--on", "2026-03-01"], True, "305.00", "610.00"),
        (["--members", "1", "--income", "0", "--on", "2026-03-01"], True, "505.00", "823.00"),
        (["--members", "1", "--income", "0", "--on", "2023-06-01"], True, "388.00", "600.00"),
        (["--members", "1", "--income", "700", "--on", "2024-06-01"], True, "38.00", "76.00"),
        # the 20 zł floor
        (["--members", "1", "--income", "990", "--on", "2026-03-01"], True, "20.00", "20.00"),
        (["--members", "1", "--income", "1010", "--on", "2026-03-01"], False, "0.00", "0.00"),
    ],
)
def test_periodic_allowance_by_hand(
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    eligible: bool,
    minimum: str,
    maximum: str,
) -> None:
    data = run_json(capsys, "calc", "periodic", *argv)
    assert (data["eligible"], data["minimum"], data["maximum"]) == (eligible, minimum, maximum)


@pytest.mark.parametrize(
    ("kind", "start", "extra", "due"),
    [
        ("appeal", "2021-11-03", [], "2021-11-17"),  # the KPA handbook example
        ("appeal", "2024-12-10", [], "2024-12-24"),  # Wigilia not yet a holiday in 2024
        ("appeal", "2025-12-10", [], "2025-12-29"),  # 24–26 Dec holidays, then a weekend
        ("appeal", "2026-02-14", [], "2026-03-02"),  # ends on a Saturday → Monday
        ("appeal", "2026-12-26", [], "2027-01-11"),  # ends on a Saturday → Monday
        ("interview", "2021-11-03", [], "2021-11-24"),  # 11 November skipped
        ("interview", "2024-12-20", [], "2025-01-15"),  # 25, 26 Dec and 6 Jan skipped
        ("interview", "2025-12-19", [], "2026-01-15"),  # 24 Dec 2025 skipped too
        ("interview", "2024-12-20", ["--urgent"], "2024-12-24"),
        ("interview", "2025-12-22", ["--urgent"], "2025-12-29"),
        ("update", "2026-05-31", [], "2026-11-30"),  # no 31 November → last day
        ("update", "2026-08-31", [], "2027-02-28"),
        ("update", "2026-06-30", [], "2026-12-30"),
    ],
)
def test_deadlines_by_hand(
    capsys: pytest.CaptureFixture[str], kind: str, start: str, extra: list[str], due: str
) -> None:
    data = run_json(capsys, "deadline", kind, "--from", start, *extra)
    assert data["due"] == due
    assert data["legal_basis"]
