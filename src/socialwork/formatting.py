"""Polish formatting: the one copy of money, numbers, dates, plurals and amounts in words.

Used by the documents (as template filters), by the law's computation steps and by the rules'
messages, so an amount or a date reads the same everywhere. Typography follows Polish office
practice:

* dates in the genitive with "r.": ``22 listopada 2026 r.`` (Babel, CLDR month names), or
  short: ``02.11.2026`` / ``02.11.2026 r.``;
* money with a decimal comma, thousands grouped by a **non-breaking space** (U+00A0) and a
  non-breaking space before "zł", so an amount never breaks across lines: ``1 010,00 zł``;
* amounts in words the way decisions and payment orders write them:
  ``jeden tysiąc dziesięć złotych 00/100`` (whole złote in words with the right plural form,
  grosze as a fraction);
* Polish plural forms (1 osoba, 2 osoby, 5 osób; 12 osób, 22 osoby);
* :func:`typeset`: the line-breaking rules of Polish typography applied to any text — a
  non-breaking space after "art.", "§", "ust.", "pkt", "poz.", "nr"…, between a number and
  its unit ("14 dni", "2026 r.", "100,00 zł", "80 %"), a day and its month ("6 listopada"),
  an initial and the name, after a one-letter word ("w", "z", "i", "o", "u", "a"), and
  „…” quotes.

Money is :class:`~decimal.Decimal` (or ``int`` meaning whole złote); a ``float`` is refused,
because it cannot represent grosze exactly. Nothing here imports the rest of socialwork.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from socialwork.errors import FormatError

__all__ = [
    "MAX_AMOUNT",
    "NBSP",
    "amount_in_words",
    "date_dotted",
    "date_pl",
    "date_short",
    "days_pl",
    "decimal_pl",
    "join_pl",
    "money",
    "money_full",
    "number_pl",
    "plural",
    "plural_form",
    "round_money",
    "typeset",
    "yes_no",
]

NBSP = "\u00a0"
"""Non-breaking space: thousands separator and the space before "zł"."""

_CENT = Decimal("0.01")

MAX_AMOUNT = Decimal("999999999999.99")
"""The largest amount of money socialwork accepts: 999 999 999 999,99 zł (below a bilion,
10^12 zł). The model refuses larger amounts, the law computations (``socialwork calc``)
refuse larger inputs and the money helpers refuse to print larger sums, so an amount that
loads can always be computed with and written out in words. Also ``socialwork.model.MAX_AMOUNT``."""


def round_money(amount: Decimal) -> Decimal:
    """An amount in złoty with exactly two decimals, rounded half up (to the grosz).

    Raises :class:`~socialwork.errors.FormatError` for an amount too large to compute with.
    """
    try:
        return amount.quantize(_CENT, rounding=ROUND_HALF_UP)
    except InvalidOperation:
        raise FormatError(
            f"the amount {amount} is too large to compute with; check the input amounts"
        ) from None


# ---------------------------------------------------------------------------- plurals


def plural_form(n: int, one: str, few: str, many: str) -> str:
    """The Polish plural form for ``n``: ``one`` (1), ``few`` (2–4, 22–24, …; not 12–14),
    ``many`` (0, 5–21, 25–31, …). Negative numbers take the form of their absolute value."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise FormatError(f"plural forms need a whole number, got {type(n).__name__}")
    n = abs(n)
    if n == 1:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def plural(n: int, one: str, few: str, many: str) -> str:
    """``n`` followed by its plural form: ``plural(5, "osoba", "osoby", "osób")`` →
    ``"5 osób"``. The space is non-breaking."""
    return f"{number_pl(n)}{NBSP}{plural_form(n, one, few, many)}"


# ---------------------------------------------------------------------------- numbers


def _group(digits: str) -> str:
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    return NBSP.join(reversed(groups))


def number_pl(n: int) -> str:
    """A whole number with thousands grouped by non-breaking spaces: ``12 345``."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise FormatError(f"expected a whole number, got {type(n).__name__}")
    sign = "-" if n < 0 else ""
    return sign + _group(str(abs(n)))


def decimal_pl(value: object, places: int | None = None) -> str:
    """A number with a decimal comma and non-breaking thousands spaces: ``Decimal("1234.5")``
    → ``"1 234,5"``; with ``places=2`` → ``"1 234,50"`` (rounded half up). A ``float`` is
    refused (use ``Decimal``)."""
    number = _to_decimal(value)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if number < 0 else ""
    whole, _, fraction = f"{abs(number):f}".partition(".")
    return f"{sign}{_group(whole)}" + (f",{fraction}" if fraction else "")


def _to_decimal(amount: object) -> Decimal:
    if isinstance(amount, bool):
        raise FormatError("an amount of money cannot be true/false")
    if isinstance(amount, float):
        raise FormatError(
            "an amount of money must be a Decimal (or a whole number of złote), not a float"
        )
    if isinstance(amount, int):
        return Decimal(amount)
    if isinstance(amount, Decimal):
        if not amount.is_finite():
            raise FormatError("an amount of money must be a finite number")
        return amount
    if isinstance(amount, str):
        try:
            value = Decimal(amount.strip().replace(NBSP, "").replace(" ", "").replace(",", "."))
        except InvalidOperation:
            raise FormatError("a text that is not a number was given as money") from None
        if not value.is_finite():
            raise FormatError("a text that is not a finite number was given as money")
        return value
    raise FormatError(f"an amount of money must be a Decimal, got {type(amount).__name__}")


def _grosze(amount: object) -> Decimal:
    exact = _to_decimal(amount)
    # the model's limit too: what loads can be printed
    if abs(exact) > MAX_AMOUNT:
        raise FormatError(
            f"the amount is too large to be written out (at most {MAX_AMOUNT} zł, "
            "socialwork.model.MAX_AMOUNT)"
        )
    return exact.quantize(_CENT, rounding=ROUND_HALF_UP)


def money(amount: object, *, space: str = NBSP) -> str:
    """``Decimal("1010")`` → ``"1 010,00 zł"`` (thousands grouped by non-breaking spaces;
    grosze rounded half up). ``space`` goes before "zł": non-breaking in documents, so an
    amount never breaks across lines; plain text (rule messages, the command's output) passes
    ``space=" "``."""
    value = _grosze(amount)
    sign = "-" if value < 0 else ""
    whole, _, cents = f"{abs(value):.2f}".partition(".")
    return f"{sign}{_group(whole)},{cents}{space}zł"


_SCALE_SINGULAR = frozenset({"tysiąc", "milion", "miliard", "bilion"})


def _words(n: int) -> str:
    """Whole number in Polish words with an explicit "jeden" before a lone tysiąc/milion…
    (``1010`` → ``"jeden tysiąc dziesięć"``), as amounts are written on Polish documents."""
    from num2words import num2words  # loaded when an amount is first written in words

    words: list[str] = []
    for word in str(num2words(n, lang="pl")).split():
        if word in _SCALE_SINGULAR and (not words or words[-1] != "jeden"):
            words.append("jeden")
        words.append(word)
    return " ".join(words)


def amount_in_words(amount: object) -> str:
    """``Decimal("1010.00")`` → ``"jeden tysiąc dziesięć złotych 00/100"``.

    Whole złote are written in words with the right form of "złoty" (złoty/złote/złotych),
    grosze as ``NN/100``. A negative amount is refused: a document never states a negative
    sum in words.
    """
    value = _grosze(amount)
    if value < 0:
        raise FormatError("a negative amount cannot be written in words")
    zlote = int(value)
    grosze = int((value - zlote) * 100)
    unit = plural_form(zlote, "złoty", "złote", "złotych")
    return f"{_words(zlote)} {unit} {grosze:02d}/100"


def money_full(amount: object) -> str:
    """``"1 010,00 zł (słownie: jeden tysiąc dziesięć złotych 00/100)"``."""
    return f"{money(amount)} (słownie: {amount_in_words(amount)})"


# ---------------------------------------------------------------------------- dates


# The month in the genitive, as CLDR's Polish "format, wide" month names (what
# babel.dates.format_date(day, "d MMMM y", locale="pl_PL") prints; tests/test_formatting.py
# checks every month against babel): loading babel's locale data costs a new process about
# 50 ms, more than a whole document.
_GENITIVE_MONTHS = (
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
    "września", "października", "listopada", "grudnia",
)


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise FormatError(f"expected a date, got {type(value).__name__}")


def date_pl(value: object) -> str:
    """``date(2026, 11, 22)`` → ``"22 listopada 2026 r."`` (month in the genitive)."""
    day = _as_date(value)
    return f"{day.day} {_GENITIVE_MONTHS[day.month - 1]} {day.year}{NBSP}r."


def date_short(value: object) -> str:
    """``date(2026, 11, 2)`` → ``"02.11.2026"`` (for tables and short fields)."""
    day = _as_date(value)
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def date_dotted(value: object, *, space: str = NBSP) -> str:
    """``date(2021, 11, 17)`` → ``"17.11.2021 r."`` (the short form of official letters;
    ``space`` before "r.", non-breaking unless given)."""
    return f"{date_short(value)}{space}r."


def days_pl(count: int, *, space: str = NBSP) -> str:
    """A number of calendar days: ``1 dzień``, ``5 dni``, ``22 dni`` (``space`` before the
    word, non-breaking unless given)."""
    return f"{number_pl(count)}{space}{'dzień' if abs(count) == 1 else 'dni'}"


# ---------------------------------------------------------------------------- misc


def yes_no(value: object) -> str:
    """``True`` → ``"tak"``, ``False`` → ``"nie"``."""
    if not isinstance(value, bool):
        raise FormatError(f"expected true/false, got {type(value).__name__}")
    return "tak" if value else "nie"


def join_pl(items: Iterable[object], last: str = " i ") -> str:
    """``["a", "b", "c"]`` → ``"a, b i c"`` (use ``last=" lub "`` for alternatives)."""
    texts = [str(item) for item in items]
    if len(texts) <= 1:
        return "".join(texts)
    return ", ".join(texts[:-1]) + last + texts[-1]


# ---------------------------------------------------------------------------- typography

_MONTHS_GENITIVE = (
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|"
    "listopada|grudnia"
)
# Abbreviations that are never left at the end of a line: the unit they introduce follows.
_BEFORE = (
    r"art\.|ust\.|pkt|lit\.|poz\.|§|§§|nr|Nr|str\.|par\.|Dz\.|ul\.|al\.|pl\.|os\.|"
    r"tel\.|godz\.|min\.|ok\.|tj\.|t\.j\.|sygn\.|akt|zob\.|św\.|im\."
)
# Units that never start a line after their number.
_UNITS = (
    r"zł|gr|r\.|rok|roku|lat|lata|latach|dni|dnia|dzień|tyg\.|tygodni|tygodnie|miesięcy|"
    r"miesiące|miesiąc|mies\.|godz\.|godzin|osób|osoby|osoba|osobę|%|‰|km|m|m²|ha|kg|szt\.|"
    r"tys\.|mln|zł/m-c|dzieci|dziecka|dzieckiem|r\.ż\.|" + _MONTHS_GENITIVE
)
_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
# \ue000 stands for a value printed by a template tag (see typeset_template_text): it may be
# a number, so a unit after it is kept with it.
@functools.cache
def _typography() -> re.Pattern[str]:
    """The pattern of the places :func:`typeset` binds with a non-breaking space (compiled on
    first use: most commands never typeset)."""
    return re.compile(
        # 1: an abbreviation and what it introduces ("art. 38", "§ 8", "Dz. U.")
        rf"(?<![\w.])(?P<before>{_BEFORE}) (?=[\w\ue000§(„\"])"
        # 2: a number (or a printed value) and its unit / a day and its month
        rf"|(?<=[\d\ue000]) (?=(?:{_UNITS})(?![\w]))"
        # 3: thousands groups ("1 800,00")
        r"|(?<=\d) (?=\d{3}(?!\d))"
        # 4: an initial and the name ("J. Kowalski", "A. B.")
        rf"|(?<![\w.])(?P<initial>[{_UPPER}]\.) (?=[{_UPPER}\ue000])"
        # 5: one-letter words ("sierotki") stay with the next word
        r"|(?<![\w.\-/'’])(?P<orphan>[wzioauWZIOAU]) (?=\S)"
        # 6: a dash never starts a line
        r"| (?=[–—] )"
    )


@functools.cache
def _quotes() -> re.Pattern[str]:
    return re.compile(r'"([^"\n]*)"')


def _nbsp(match: re.Match[str]) -> str:
    return match.group(0)[:-1] + NBSP if match.group(0).endswith(" ") else NBSP


@functools.lru_cache(maxsize=8192)
def typeset(text: str, *, quotes: bool = False) -> str:
    """``text`` with Polish typography: non-breaking spaces where a line must not break
    (after "art.", "§", "ust.", "pkt", "poz.", "nr", "Dz."; between a number and its unit —
    "14 dni", "2026 r.", "100,00 zł", "80 %" — and a day and its month; in "1 800"; after an
    initial; after a one-letter word "w", "z", "i", "o", "u", "a"; before a dash) and, with
    ``quotes=True``, straight double quotes as „…” when they pair up. Nothing but spaces (and
    quotes) changes.

    >>> typeset('Na podstawie art. 38 ust. 1 w dniu 6 listopada 2026 r. "Zgoda"', quotes=True)
    'Na podstawie art.\xa038 ust.\xa01 w\xa0dniu 6\xa0listopada 2026\xa0r. „Zgoda”'
    """
    if " " in text:
        text, changed = _typography().subn(_nbsp, text)
        if changed:  # a second pass: neighbouring rules share a space ("w z i")
            text = _typography().sub(_nbsp, text)
    if quotes and '"' in text and text.count('"') % 2 == 0:
        text = _quotes().sub("„\\1”", text)
    return text
