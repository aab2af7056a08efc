"""Polish formatting helpers: dates, money, amounts in words, plural forms."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialwork.documents.polish import (
    NBSP,
    FormatError,
    amount_in_words,
    citation,
    date_pl,
    date_short,
    decimal_pl,
    join_pl,
    money,
    money_full,
    number_pl,
    or_dots,
    pesel,
    pesel_masked,
    plural,
    plural_form,
    yes_no,
)

# ----------------------------------------------------------------------------- reading words back

_UNITS = {
    "zero": 0, "jeden": 1, "dwa": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6,
    "siedem": 7, "osiem": 8, "dziewięć": 9, "dziesięć": 10, "jedenaście": 11,
    "dwanaście": 12, "trzynaście": 13, "czternaście": 14, "piętnaście": 15,
    "szesnaście": 16, "siedemnaście": 17, "osiemnaście": 18, "dziewiętnaście": 19,
    "dwadzieścia": 20, "trzydzieści": 30, "czterdzieści": 40, "pięćdziesiąt": 50,
    "sześćdziesiąt": 60, "siedemdziesiąt": 70, "osiemdziesiąt": 80,
    "dziewięćdziesiąt": 90, "sto": 100, "dwieście": 200, "trzysta": 300,
    "czterysta": 400, "pięćset": 500, "sześćset": 600, "siedemset": 700,
    "osiemset": 800, "dziewięćset": 900,
}
_SCALES = {
    "tysiąc": 10**3, "tysiące": 10**3, "tysięcy": 10**3,
    "milion": 10**6, "miliony": 10**6, "milionów": 10**6,
    "miliard": 10**9, "miliardy": 10**9, "miliardów": 10**9,
    "bilion": 10**12, "biliony": 10**12, "bilionów": 10**12,
}


def words_to_int(words: str) -> int:
    """An independent reader of Polish number words (test oracle)."""
    total = 0
    group = 0
    for word in words.split():
        if word in _UNITS:
            group += _UNITS[word]
        elif word in _SCALES:
            assert group > 0, f"a scale word without its multiplier in {words!r}"
            total += group * _SCALES[word]
            group = 0
        else:
            raise AssertionError(f"unexpected word {word!r} in {words!r}")
    return total + group


def parse_money(text: str) -> Decimal:
    assert text.endswith(f"{NBSP}zł")
    number = text[: -len(f"{NBSP}zł")].replace(NBSP, "").replace(",", ".")
    return Decimal(number)


amounts = st.decimals(min_value=0, max_value=Decimal("999999999999.99"), places=2,
                      allow_nan=False, allow_infinity=False)


# ----------------------------------------------------------------------------- examples


def test_dates() -> None:
    assert date_pl(dt.date(2026, 11, 22)) == f"22 listopada 2026{NBSP}r."
    assert date_pl(dt.date(2026, 1, 1)) == f"1 stycznia 2026{NBSP}r."
    assert date_pl(dt.date(2026, 7, 3)) == f"3 lipca 2026{NBSP}r."
    assert date_short(dt.date(2026, 2, 3)) == "03.02.2026"
    with pytest.raises(FormatError):
        date_pl(None)


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("1010"), "1 010,00 zł"),
        (Decimal("823"), "823,00 zł"),
        (Decimal("0.5"), "0,50 zł"),
        (Decimal("1234567.891"), "1 234 567,89 zł"),
        (Decimal("-12.5"), "-12,50 zł"),
        (Decimal("0.005"), "0,01 zł"),
        (5, "5,00 zł"),
    ],
)
def test_money(amount: Decimal, text: str) -> None:
    assert money(amount) == text.replace(" ", NBSP)


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (Decimal("1010.00"), "jeden tysiąc dziesięć złotych 00/100"),
        (Decimal("823"), "osiemset dwadzieścia trzy złote 00/100"),
        (Decimal("1"), "jeden złoty 00/100"),
        (Decimal("2.05"), "dwa złote 05/100"),
        (Decimal("5"), "pięć złotych 00/100"),
        (Decimal("12"), "dwanaście złotych 00/100"),
        (Decimal("22"), "dwadzieścia dwa złote 00/100"),
        (Decimal("0.99"), "zero złotych 99/100"),
        (Decimal("1000000"), "jeden milion złotych 00/100"),
        (Decimal("2001000"), "dwa miliony jeden tysiąc złotych 00/100"),
        (Decimal("11000"), "jedenaście tysięcy złotych 00/100"),
        (823, "osiemset dwadzieścia trzy złote 00/100"),  # an int is whole złote, not grosze
    ],
)
def test_amount_in_words(amount: Decimal, words: str) -> None:
    assert amount_in_words(amount) == words


def test_money_full() -> None:
    assert money_full(Decimal("1010")) == (
        f"1{NBSP}010,00{NBSP}zł (słownie: jeden tysiąc dziesięć złotych 00/100)"
    )


@pytest.mark.parametrize("bad", [1010.0, "abc", None, True, Decimal("NaN"), Decimal("Infinity")])
def test_money_refuses_non_decimals(bad: object) -> None:
    with pytest.raises(FormatError):
        money(bad)


def test_negative_amount_has_no_words() -> None:
    with pytest.raises(FormatError):
        amount_in_words(Decimal("-1"))


@pytest.mark.parametrize(
    ("n", "text"),
    [(0, "0 osób"), (1, "1 osoba"), (2, "2 osoby"), (4, "4 osoby"), (5, "5 osób"),
     (12, "12 osób"), (14, "14 osób"), (21, "21 osób"), (22, "22 osoby"), (112, "112 osób"),
     (1001, "1 001 osób"), (1002, "1 002 osoby")],
)
def test_plural(n: int, text: str) -> None:
    assert plural(n, "osoba", "osoby", "osób") == text.replace(" ", NBSP)


def test_misc_helpers() -> None:
    assert yes_no(True) == "tak" and yes_no(False) == "nie"
    assert join_pl(["a", "b", "c"]) == "a, b i c"
    assert join_pl(["a"]) == "a" and join_pl([]) == ""
    assert join_pl(["a", "b"], last=" lub ") == "a lub b"
    assert or_dots(None, 3) == "…" * 3 and or_dots("  ") == "…" * 20 and or_dots("x") == "x"
    assert number_pl(1234567) == f"1{NBSP}234{NBSP}567"
    assert pesel("44051401359") == "44051401359"
    assert pesel_masked("44051401359") == "*******1359"


def test_decimal_pl() -> None:
    assert decimal_pl(Decimal("1234.5")) == f"1{NBSP}234,5"
    assert decimal_pl(Decimal("1234.5"), 2) == f"1{NBSP}234,50"
    assert decimal_pl(Decimal("0.125"), 2) == "0,13"
    assert decimal_pl(7) == "7" and decimal_pl(Decimal("-3.25")) == "-3,25"
    with pytest.raises(FormatError):
        decimal_pl(1.5)


@given(amounts)
def test_decimal_pl_reads_back(amount: Decimal) -> None:
    assert Decimal(decimal_pl(amount).replace(NBSP, "").replace(",", ".")) == amount


def test_citation_uses_legal_basis_forms() -> None:
    from socialwork.law.citations import LegalBasis

    basis = LegalBasis.parse("art. 106 ust. 4 u.p.s.")
    assert citation(basis) == "art. 106 ust. 4 ustawy o pomocy społecznej"
    assert citation(basis, short=True) == "art. 106 ust. 4 u.p.s."
    assert citation("art. 7 pkt 1 u.p.s.") == "art. 7 pkt 1 u.p.s."


# ----------------------------------------------------------------------------- properties


@given(amounts)
def test_money_reads_back(amount: Decimal) -> None:
    assert parse_money(money(amount)) == amount


@given(amounts)
def test_money_groups_by_three_with_nbsp(amount: Decimal) -> None:
    whole = money(amount).split(",")[0]
    groups = whole.split(NBSP)
    assert all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
    assert " " not in money(amount)  # never a breaking space


@given(amounts)
def test_words_read_back_to_the_amount(amount: Decimal) -> None:
    words = amount_in_words(amount)
    *number_words, unit, fraction = words.split()
    assert words_to_int(" ".join(number_words)) == int(amount)
    assert fraction == f"{int((amount % 1) * 100):02d}/100"
    assert unit == plural_form(int(amount), "złoty", "złote", "złotych")


@given(st.integers(min_value=0, max_value=10**9))
def test_plural_forms_follow_polish_rules(n: int) -> None:
    form = plural_form(n, "one", "few", "many")
    if n == 1:
        assert form == "one"
    elif n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        assert form == "few"
    else:
        assert form == "many"
    assert plural_form(-n, "one", "few", "many") == form


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_lone_scale_words_get_jeden(n: int) -> None:
    words = amount_in_words(n).split()
    for index, word in enumerate(words):
        if word in ("tysiąc", "milion", "miliard"):
            assert index > 0 and words[index - 1] == "jeden"
