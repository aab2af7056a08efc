"""Every legal figure by date (table-driven), the strict loader and its errors."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialwork.errors import ConfigurationError, InputError
from socialwork.law import family_criterion, income_criterion, parameters
from socialwork.law.parameters import (
    DateOutOfRangeError,
    ParameterFileError,
    UnknownParameterError,
    parse_parameter,
)

from .cases import case_id, load

FIGURES = load("figures.toml", "case")


@pytest.mark.parametrize("case", FIGURES, ids=case_id)
def test_figure_on_date(case: dict[str, Any]) -> None:
    assert parameters.value(case["name"], case["on"]) == Decimal(case["value"])


def test_every_figure_is_covered_by_the_table() -> None:
    assert {c["name"] for c in FIGURES} == set(parameters.names())


@pytest.mark.parametrize(
    ("on", "single", "per_person"),
    [
        (dt.date(2004, 5, 1), "461.00", "316.00"),
        (dt.date(2006, 9, 30), "461.00", "316.00"),
        (dt.date(2006, 10, 1), "477.00", "351.00"),
        (dt.date(2012, 10, 1), "542.00", "456.00"),
        (dt.date(2015, 10, 1), "634.00", "514.00"),
        (dt.date(2018, 9, 30), "634.00", "514.00"),
        (dt.date(2018, 10, 1), "701.00", "528.00"),
        (dt.date(2021, 10, 1), "701.00", "528.00"),  # no more 1 October change
        (dt.date(2021, 12, 31), "701.00", "528.00"),
        (dt.date(2022, 1, 1), "776.00", "600.00"),
        (dt.date(2024, 12, 31), "776.00", "600.00"),
        (dt.date(2025, 1, 1), "1010.00", "823.00"),
        (dt.date(2026, 11, 22), "1010.00", "823.00"),
    ],
)
def test_income_criterion(on: dt.date, single: str, per_person: str) -> None:
    assert income_criterion(on, single=True) == Decimal(single)
    assert income_criterion(on, single=False) == Decimal(per_person)


def test_family_criterion() -> None:
    assert family_criterion(dt.date(2025, 1, 1), 4) == Decimal("3292.00")
    with pytest.raises(InputError):
        family_criterion(dt.date(2025, 1, 1), 0)


@pytest.mark.parametrize("name", ["income_criterion.single", "farm_income_per_hectare"])
def test_before_the_act_is_an_input_error(name: str) -> None:
    with pytest.raises(DateOutOfRangeError, match="2004-05-01"):
        parameters.value(name, dt.date(2004, 4, 30))


def test_before_the_first_value_is_an_input_error() -> None:
    with pytest.raises(DateOutOfRangeError, match="2006-10-01"):
        parameters.value("independence_aid.base", dt.date(2006, 9, 30))


@pytest.mark.parametrize("bad", ["2025-01-01", dt.datetime(2025, 1, 1), None, 20250101])
def test_date_must_be_a_date(bad: Any) -> None:
    with pytest.raises(InputError):
        parameters.value("income_criterion.single", bad)


def test_unknown_figure_suggests_a_name() -> None:
    with pytest.raises(UnknownParameterError, match=r"income_criterion\.single"):
        parameters.value("income_criterion.singel", dt.date(2025, 1, 1))


def test_record_carries_source_and_flag() -> None:
    rec = parameters.record("income_criterion.single", dt.date(2025, 6, 1))
    assert rec.dz_u == "Dz.U. 2024 poz. 1044"
    assert rec.verified is True
    assert rec.effective_from == dt.date(2025, 1, 1)
    assert rec.effective_to is None
    assert rec.legal_basis.short == "art. 8 ust. 1 pkt 1 u.p.s."
    old = parameters.record("income_criterion.single", dt.date(2005, 1, 1))
    assert old.verified is False  # the 2004 figures are UNVERIFIED
    assert old.effective_to == dt.date(2006, 9, 30)
    assert "NIEZWERYFIKOWANE" in old.describe()


def test_unverified_items_stay_visible() -> None:
    cap = parameters.record("periodic_allowance.cap_single", dt.date(2023, 1, 1))
    assert cap.amount == Decimal("600.00")
    assert cap.verified is False
    assert parameters.record("periodic_allowance.cap_single", dt.date(2021, 1, 1)).verified is False


@given(st.dates(min_value=dt.date(2004, 5, 1), max_value=dt.date(2040, 12, 31)))
def test_any_date_from_2004_answers(on: dt.date) -> None:
    for name in parameters.names():
        param = parameters.parameter(name)
        if on < param.periods[0].start:
            continue
        rec = parameters.record(name, on)
        assert rec.effective_from <= on
        assert rec.effective_to is None or on <= rec.effective_to
        assert rec.amount >= 0


# --------------------------------------------------------------------------- loader

GOOD = """
description = "x"
label = "y"
unit = "PLN/month"
legal_basis = "art. 8 ust. 1 pkt 1 u.p.s."

[[values]]
from = 2004-05-01
value = "1.00"
verified = true
source = "s"

[[values]]
from = 2006-10-01
value = "2.00"
verified = false
source = "s"
"""


def test_parse_good_file() -> None:
    param = parse_parameter("t.x", GOOD, origin="t/x.toml")
    assert [p.amount for p in param.periods] == [Decimal("1.00"), Decimal("2.00")]


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (('unit = "PLN/month"', 'unit = "PLN/month"\nunti = "x"'), "$.unti"),
        (('value = "1.00"', 'value = "1.00"\nvalu = "1"'), "$.values[0].valu"),
        (('value = "1.00"', "value = 1.5"), "$.values[0].value"),
        (('value = "1.00"', 'value = "1,00"'), "$.values[0].value"),
        (('value = "1.00"', 'value = "-1.00"'), "$.values[0].value"),
        (("from = 2006-10-01", 'from = "2006-02-30"'), "$.values[1].from"),
        (("from = 2006-10-01", "from = 2006-10-01T10:00:00"), "$.values[1].from"),
        (("from = 2006-10-01", "from = 2004-05-01"), "$.values[1].from"),
        (("from = 2006-10-01", "from = 2003-01-01"), "$.values[1].from"),
        (("verified = false", 'verified = "no"'), "$.values[1].verified"),
        (("verified = false\n", ""), "$.values[1].verified"),
        (('source = "s"\n\n[[values]]', "\n[[values]]"), "$.values[0].source"),
        (('unit = "PLN/month"', 'unit = "EUR"'), "$.unit"),
        (('legal_basis = "art. 8 ust. 1 pkt 1 u.p.s."', 'legal_basis = "u.p.s."'), "$.legal_basis"),
        (('value = "1.00"', 'value = "1.00"\nsame_as = "a.b"'), "$.values[0]"),
    ],
)
def test_loader_refuses(change: tuple[str, str], where: str) -> None:
    old, new = change
    assert old in GOOD
    text = GOOD.replace(old, new, 1)
    with pytest.raises(ParameterFileError) as info:
        parse_parameter("t.x", text, origin="t/x.toml")
    assert isinstance(info.value, ConfigurationError)  # a broken data file, not input
    paths = [p.path for p in info.value.problems]
    assert f"t/x.toml:{where}" in paths, paths
    assert "t/x.toml" in str(info.value)


def test_loader_refuses_invalid_toml() -> None:
    with pytest.raises(ParameterFileError, match=r"t/x\.toml"):
        parse_parameter("t.x", "description = ", origin="t/x.toml")


def test_loader_checks_same_as_targets(tmp_path: Any) -> None:
    (tmp_path / "a.toml").write_text(
        GOOD.replace('value = "2.00"', 'same_as = "nope"'), encoding="utf-8"
    )
    with pytest.raises(ParameterFileError, match="nope"):
        parameters.load_parameters(tmp_path)


def test_shipped_files_load() -> None:
    loaded = parameters.load_parameters()
    assert "income_criterion.single" in loaded
