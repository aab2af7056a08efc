"""Edge cases of the Act found by a hand-worked check, each with its legal basis and source."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialwork.law import parameters
from socialwork.law.allowances import periodic_allowance, unable_to_work_by_age
from socialwork.model.people import age_in_years

D = Decimal


# -------------------------------------------------------------- art. 147 u.p.s.
# lexlege.pl/ustawa-o-pomocy-spolecznej/art-147/: "W 2004 r. minimalna wysokość zasiłku
# okresowego wynosi: 1) … osoby samotnie gospodarującej – 20 % różnicy …; 2) … rodziny – 15 %
# …" (ust. 1); 2005: 30 % / 20 % (ust. 2); "W 2006 r. i 2007 r. …: 35 % … 25 %" (ust. 3);
# "Od 2008 r. … w części określonej w art. 38 … ust. 3" (ust. 7).


@pytest.mark.parametrize(
    ("on", "members", "share"),
    [
        (dt.date(2004, 5, 1), 1, "0.20"),
        (dt.date(2004, 12, 31), 2, "0.15"),
        (dt.date(2005, 1, 1), 1, "0.30"),
        (dt.date(2005, 12, 31), 4, "0.20"),
        (dt.date(2006, 1, 1), 1, "0.35"),
        (dt.date(2007, 12, 31), 1, "0.35"),
        (dt.date(2006, 1, 1), 3, "0.25"),
        (dt.date(2007, 12, 31), 3, "0.25"),
        (dt.date(2008, 1, 1), 1, "0.50"),
        (dt.date(2008, 1, 1), 3, "0.50"),
    ],
)
def test_art_147_transitional_minimum_share(on: dt.date, members: int, share: str) -> None:
    # no income: the gap is the whole criterion; the minimum is the share of it, rounded up
    r = periodic_allowance(on, members=members, income=D("0.00"))
    expected = (r.gap * D(share)).quantize(D("0.01"), rounding="ROUND_CEILING")
    assert r.minimum == max(expected, D("20.00")) or r.minimum == r.maximum
    basis = {step.legal_basis.short for step in r.steps}
    assert ("art. 147" in " ".join(basis)) == (on.year < 2008)


def test_art_147_minimum_of_a_single_person_in_2007() -> None:
    # 2007: K_single 477, income 100 → gap 377; 35 % = 131,95 (50 % would be 188,50)
    r = periodic_allowance(dt.date(2007, 3, 1), members=1, income=D("100.00"))
    assert (r.minimum, r.maximum) == (D("131.95"), D("377.00"))


# ----------------------------------- podstawa pomocy na usamodzielnienie (art. 9 u.p.s.)


@pytest.mark.parametrize(
    ("on", "value", "verified"),
    [
        (dt.date(2015, 9, 30), "1647.00", False),  # 1 647 zł until 30.09.2015
        (dt.date(2015, 10, 1), "1722.00", False),  # 1 722 zł from 1.10.2015 (UNVERIFIED)
        (dt.date(2018, 9, 30), "1722.00", False),
        (dt.date(2018, 10, 1), "1763.00", False),  # 1 763 zł from 1.10.2018 (date UNVERIFIED)
        (dt.date(2021, 12, 31), "1763.00", False),
        (dt.date(2022, 1, 1), "1837.00", True),
    ],
)
def test_independence_aid_base_by_date(on: dt.date, value: str, verified: bool) -> None:
    rec = parameters.record("independence_aid.base", on)
    assert rec.amount == D(value)
    assert rec.verified is verified


# --------------------------------------------------- age on 29 February (art. 112 k.c.)
# prawo-pl.com/kodeks_cywilny/112.htm: "… a gdyby takiego dnia w ostatnim miesiącu nie było –
# w ostatnim dniu tego miesiąca. Jednakże przy obliczaniu wieku osoby fizycznej termin upływa
# z początkiem ostatniego dnia."


def test_man_born_29_february_1964_is_65_on_28_february_2029() -> None:
    born = dt.date(1964, 2, 29)
    assert age_in_years(born, dt.date(2029, 2, 27)) == 64
    assert age_in_years(born, dt.date(2029, 2, 28)) == 65
    # art. 6 pkt 7 u.p.s.: niezdolność do pracy z tytułu wieku – 65 years for a man
    assert not unable_to_work_by_age(born, female=False, on=dt.date(2029, 2, 27))
    assert unable_to_work_by_age(born, female=False, on=dt.date(2029, 2, 28))


def test_born_29_february_in_a_leap_year_the_birthday_is_29_february() -> None:
    born = dt.date(1968, 2, 29)
    assert age_in_years(born, dt.date(2028, 2, 28)) == 59  # 2028 is a leap year
    assert age_in_years(born, dt.date(2028, 2, 29)) == 60
    assert unable_to_work_by_age(born, female=True, on=dt.date(2028, 2, 29))


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2010, 12, 31)),
    st.integers(min_value=0, max_value=100),
)
def test_age_is_reached_at_the_start_of_the_anniversary(born: dt.date, years: int) -> None:
    try:
        anniversary = born.replace(year=born.year + years)
    except ValueError:
        anniversary = dt.date(born.year + years, 2, 28)
    assert age_in_years(born, anniversary) == years
    if years:
        assert age_in_years(born, anniversary - dt.timedelta(days=1)) == years - 1


# ------------------------- the single person's cap of the zasiłek okresowy in 2021
# Dz.U. 2021 poz. 803 replaced the fixed 418 zł by the per-person criterion; 418 zł is still
# quoted for 2021 (infor.pl 5203086 "Zasiłek okresowy 2021"), 600 zł for 2022
# (mops.miastoilawa.pl). The day the new wording took effect was not found: the change is
# kept on 2022-01-01 and marked UNVERIFIED, and the step shown to a worker says so.


def test_cap_change_2021_is_marked_unverified() -> None:
    before = parameters.record("periodic_allowance.cap_single", dt.date(2021, 12, 31))
    after = parameters.record("periodic_allowance.cap_single", dt.date(2022, 1, 1))
    assert before.amount == D("418.00") and after.amount == D("600.00")
    assert not before.verified and not after.verified
    assert "2021 poz. 803" in (after.note or "")
    r = periodic_allowance(dt.date(2021, 10, 1), members=1, income=D("0.00"))
    assert r.maximum == D("418.00")
    assert any("NIEZWERYFIKOWANA" in s.description for s in r.steps)
