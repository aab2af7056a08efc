"""``socialwork calc dps-fee``: the JSON contract, agreement with socialwork.law.dps, bad input."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialwork.cli import main
from socialwork.law.dps import ObligedRelative, dps_fee

TWO_DECIMALS = re.compile(r"^\d+\.\d\d$")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "calc",
        "dps-fee",
        "--cost",
        "6500",
        "--income",
        "2400",
        "--on",
        "2025-03-01",
        "--relative",
        "single:4500",
        "--relative",
        "family:3:9000",
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["resident"] == "1680.00"
    assert data["relatives"] == ["1470.00", "1593.00"]
    assert data["gmina"] == "1757.00"
    for value in [data["resident"], data["gmina"], *data["relatives"]]:
        assert TWO_DECIMALS.match(value)
    assert data["steps"] and all(step["legal_basis"] for step in data["steps"])
    assert any("art. 61 ust. 2 pkt 2 lit. b" in s["legal_basis"] for s in data["steps"])


def test_text_output_is_polish(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "calc",
        "dps-fee",
        "--cost",
        "6500,00",
        "--income",
        "2400",
        "--on",
        "2025-03-01",
    )
    assert code == 0
    assert "mieszkaniec: 1\u00a0680,00 zł miesięcznie" in out
    assert "gmina: 4\u00a0820,00 zł miesięcznie" in out
    assert "(art. 61 ust. 2 pkt 3 u.p.s.)" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["--cost", "0", "--income", "1000", "--on", "2025-03-01"],
        ["--cost", "abc", "--income", "1000", "--on", "2025-03-01"],
        ["--cost", "100", "--income", "-5", "--on", "2025-03-01"],
        ["--cost", "100", "--income", "1000", "--on", "2003-01-01"],
        ["--cost", "100", "--income", "1000", "--on", "1.03.2025"],
        ["--cost", "100.001", "--income", "1000", "--on", "2025-03-01"],
        ["--cost", "100", "--income", "1000", "--on", "2025-03-01", "--relative", "single"],
        ["--cost", "100", "--income", "1000", "--on", "2025-03-01", "--relative", "family:1:5"],
        ["--cost", "100", "--income", "1000", "--on", "2025-03-01", "--relative", "pair:2:5"],
        ["--income", "1000", "--on", "2025-03-01"],
    ],
)
def test_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(capsys, "calc", "dps-fee", *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_real_process_agrees() -> None:
    """The installed console entry point, not just main(): same numbers, exit 0."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "socialwork",
            "calc",
            "dps-fee",
            "--cost",
            "5000",
            "--income",
            "3500",
            "--on",
            "2025-01-15",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert (data["resident"], data["relatives"], data["gmina"]) == ("2450.00", [], "2550.00")


MONEY = st.decimals(min_value=0, max_value=30000, places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.dates(min_value=dt.date(2004, 5, 1), max_value=dt.date(2030, 12, 31)),
    st.decimals(min_value="0.01", max_value=20000, places=2),
    MONEY,
    st.lists(st.tuples(st.integers(min_value=1, max_value=6), MONEY), max_size=4),
)
def test_cli_and_python_agree(
    capsys: pytest.CaptureFixture[str],
    on: dt.date,
    cost: Decimal,
    income: Decimal,
    relatives: list[tuple[int, Decimal]],
) -> None:
    argv = [
        "calc",
        "dps-fee",
        "--cost",
        str(cost),
        "--income",
        str(income),
        "--on",
        on.isoformat(),
        "--json",
    ]
    for members, rel_income in relatives:
        argv += [
            "--relative",
            f"single:{rel_income}" if members == 1 else f"family:{members}:{rel_income}",
        ]
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    data = json.loads(out)
    expected = dps_fee(
        on,
        cost=cost,
        income=income,
        relatives=[ObligedRelative(income=i, members=m) for m, i in relatives],
    ).as_dict()
    assert data == json.loads(json.dumps(expected))
