"""socialwork.formatting: the one copy of Polish money, dates and counts, used by the
documents (non-breaking spaces) and by plain-text messages (an ordinary space before the
unit)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialwork import formatting as f
from socialwork.errors import FormatError

NBSP = "\u00a0"


def test_money_in_documents_and_in_plain_text() -> None:
    assert f.money(Decimal("1010")) == f"1{NBSP}010,00{NBSP}zł"
    assert f.money(Decimal("1010"), space=" ") == f"1{NBSP}010,00 zł"
    assert f.money(Decimal("-0.005")) == f"-0,01{NBSP}zł"


def test_dates_and_days() -> None:
    day = dt.date(2021, 11, 7)
    assert f.date_short(day) == "07.11.2021"
    assert f.date_dotted(day) == f"07.11.2021{NBSP}r."
    assert f.date_dotted(day, space=" ") == "07.11.2021 r."
    assert f.date_pl(day) == f"7 listopada 2021{NBSP}r."
    counts = [f.days_pl(n, space=" ") for n in (1, 2, 5, 22)]
    assert counts == ["1 dzień", "2 dni", "5 dni", "22 dni"]


@given(st.decimals(min_value=0, max_value=f.MAX_AMOUNT, places=2, allow_nan=False))
def test_round_money_and_money_agree(amount: Decimal) -> None:
    rounded = f.round_money(amount)
    assert rounded == amount
    whole, cents = f"{rounded:.2f}".split(".")
    assert f.money(amount, space=" ").replace(NBSP, "") == f"{int(whole)},{cents} zł"


def test_money_refuses_floats_and_too_large_amounts() -> None:
    with pytest.raises(FormatError):
        f.money(1.5)
    with pytest.raises(FormatError):
        f.money(f.MAX_AMOUNT + 1)


def test_the_model_limit_is_the_formatting_limit() -> None:
    from socialwork.model import MAX_AMOUNT

    assert MAX_AMOUNT is f.MAX_AMOUNT


def test_formatting_imports_nothing_else_of_socialwork() -> None:
    code = (
        "import sys\n"
        "import socialwork.formatting\n"
        "parts = sorted({m.split('.')[1] for m in sys.modules if m.startswith('socialwork.')})\n"
        "allowed = {'attrscode', 'cachefiles', 'errors', 'formatting', 'plugins', 'version'}\n"
        "assert set(parts) <= allowed, parts\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_date_pl_is_what_babel_prints(day: dt.date) -> None:
    """``date_pl`` spells the month from a table (no locale data to load); it prints exactly
    what babel's CLDR Polish data gives for "d MMMM y"."""
    from babel.dates import format_date

    expected = f"{format_date(day, 'd MMMM y', locale='pl_PL')}{NBSP}r."
    assert f.date_pl(day) == expected
    assert f.date_pl(day.isoformat()) == expected


def test_date_pl_every_month_against_babel() -> None:
    from babel.dates import format_date

    for month in range(1, 13):
        day = dt.date(2026, month, 1)
        assert f.date_pl(day) == f"{format_date(day, 'd MMMM y', locale='pl_PL')}{NBSP}r."
