"""The PESEL number's arithmetic: the birth date it encodes, its sex digit, its check digit.

Art. 15 ust. 2 ustawy z dnia 24 września 2010 r. o ewidencji ludności (Dz. U. Nr 217,
poz. 1427; quoted from https://www.lexlege.pl/ustawa-o-ewidencji-ludnosci/rozdzial-3-zasady-i-tryb-nadawania-numeru-pesel/12139/):

* pkt 1–3: the first six digits are the birth date — the last two digits of the year, the
  month with the century coded in it, the day; the century adds 80 to the month for
  1800–1899, 0 for 1900–1999 and 20 for 2000–2099;
* pkt 4: digits 7–10 are the serial number, whose last digit is the sex: even (also 0) for
  women, odd for men;
* pkt 5: the eleventh digit is a check digit.

Beyond the Act, and exactly as python-stdnum's ``stdnum.pl.pesel`` (the library this module
replaced on the validation path, kept as the tests' oracle): the month also codes 2100–2199
(+40) and 2200–2299 (+60), and the check digit is ``(10 − Σ wᵢ·dᵢ mod 10) mod 10`` over the
first ten digits with weights 1, 3, 7, 9, 1, 3, 7, 9, 1, 3. The weights are the register's
published algorithm; the regulation that fixes them was not found in the sources at hand
(UNVERIFIED as a legal text, verified against python-stdnum for every input by the tests).

Why not python-stdnum itself: importing it loads ``ssl``, ``pydoc`` and ``pkgutil`` (for its
online checks of other numbers), ~20 ms — as much as a whole Python start — in every process
that checks one PESEL. ``tests/model/test_pesel.py`` proves this module gives python-stdnum's
answer (valid, which error, birth date, sex) for random and systematic inputs.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

__all__ = ["birth_date", "check_digit", "is_male", "problem"]

_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
_CENTURY = {0: 1900, 1: 2000, 2: 2100, 3: 2200, 4: 1800}
"""The century by ``month // 20`` (art. 15 ust. 2 pkt 2: +80 for the 1800s, +20 for the
2000s; +40 and +60 beyond the Act, as python-stdnum reads them)."""

Problem = Literal["format", "checksum", "birth_date"]


def _is_digits(value: object) -> bool:
    return isinstance(value, str) and len(value) == 11 and value.isascii() and value.isdigit()


def check_digit(first_ten: str) -> int:
    """The check digit of the first ten digits (art. 15 ust. 2 pkt 5)."""
    total = sum(weight * int(digit) for weight, digit in zip(_WEIGHTS, first_ten, strict=True))
    return (10 - total % 10) % 10


def birth_date(value: str) -> dt.date | None:
    """The birth date 11 digits encode (art. 15 ust. 2 pkt 1–3), or ``None`` if they encode
    no real date."""
    month_code = int(value[2:4])
    try:
        return dt.date(
            _CENTURY[month_code // 20] + int(value[0:2]), month_code % 20, int(value[4:6])
        )
    except ValueError:
        return None


def problem(value: object) -> Problem | None:
    """What is wrong with ``value`` as a PESEL: ``"format"`` (not 11 ASCII digits),
    ``"checksum"`` (the check digit does not match: checked first, as python-stdnum does),
    ``"birth_date"`` (no real birth date); ``None`` when it is a valid PESEL."""
    if not _is_digits(value):
        return "format"
    assert isinstance(value, str)
    if int(value[10]) != check_digit(value[:10]):
        return "checksum"
    if birth_date(value) is None:
        return "birth_date"
    return None


def is_male(value: str) -> bool:
    """Whether the sex digit (the tenth) is odd: a man (art. 15 ust. 2 pkt 4)."""
    return int(value[9]) % 2 == 1
