"""socialwork.model.pesel gives python-stdnum's answer for every PESEL: valid or not, which
problem, the birth date and the sex (python-stdnum is the oracle; it is a test dependency)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.pl import pesel as oracle

from socialwork.model import pesel
from socialwork.model._base import pesel_birth_date, pesel_code, pesel_problem

_CENTURY_OFFSET = {1800: 80, 1900: 0, 2000: 20, 2100: 40, 2200: 60}


def _oracle_problem(value: str) -> str | None:
    try:
        oracle.validate(value)
    except InvalidChecksum:
        return "checksum"
    except ValidationError:
        return "birth_date"
    return None


def _with_check_digit(first_ten: str) -> str:
    return first_ten + oracle.calc_check_digit(first_ten)


def _encode(day: dt.date, serial: int) -> str:
    offset = _CENTURY_OFFSET[day.year // 100 * 100]
    digits = f"{day.year % 100:02d}{day.month + offset:02d}{day.day:02d}{serial:04d}"
    return _with_check_digit(digits)


@settings(max_examples=3000)
@given(st.from_regex(r"[0-9]{11}", fullmatch=True))
def test_any_eleven_digits_get_the_oracles_answer(value: str) -> None:
    assert pesel.problem(value) == _oracle_problem(value)
    assert pesel.check_digit(value[:10]) == int(oracle.calc_check_digit(value[:10]))


@settings(max_examples=3000)
@given(st.from_regex(r"[0-9]{10}", fullmatch=True))
def test_numbers_with_a_right_check_digit_agree_on_the_date_too(first_ten: str) -> None:
    value = _with_check_digit(first_ten)
    expected = _oracle_problem(value)
    assert pesel.problem(value) == expected
    if expected is None:
        assert pesel.birth_date(value) == oracle.get_birth_date(value)
        assert pesel.is_male(value) == (oracle.get_gender(value) == "M")
    else:
        assert pesel.birth_date(value) is None


@settings(max_examples=2000)
@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2299, 12, 31)),
       st.integers(0, 9999))
def test_every_real_birth_date_round_trips(day: dt.date, serial: int) -> None:
    value = _encode(day, serial)
    assert pesel.problem(value) is None and _oracle_problem(value) is None
    assert pesel.birth_date(value) == day == pesel_birth_date(value)
    assert pesel.is_male(value) == (serial % 2 == 1) == (oracle.get_gender(value) == "M")


@pytest.mark.parametrize(
    "value",
    ["", "1234567890", "123456789012", "4405140135١", "44051401358 ", " 44051401358",
     "4405-140135", "４４０５１４０１３５８", None, 44051401358, b"44051401358"],
)
def test_anything_but_eleven_ascii_digits_is_a_format_problem(value: object) -> None:
    assert pesel.problem(value) == "format"
    assert pesel_code(value) == "pesel.format"
    assert pesel_problem(value) is not None


def test_the_messages_and_codes_stay_as_they_were() -> None:
    valid = _encode(dt.date(1944, 5, 14), 135)
    assert pesel_problem(valid) is None
    wrong_digit = valid[:10] + str((int(valid[10]) + 1) % 10)
    assert pesel_code(wrong_digit) == "pesel.checksum"
    assert pesel_problem(wrong_digit) == (
        "is not a valid PESEL: the check digit does not match; check for a typo"
    )
    no_date = _with_check_digit("4413400135")  # month 13
    assert pesel_code(no_date) == "pesel.birth_date"
    assert pesel_problem(no_date) == "is not a valid PESEL: it does not encode a real date of birth"
    assert valid not in (pesel_problem(wrong_digit) or "")
