"""Legal citations: :class:`LegalBasis` renders "art. 106 ust. 4 ustawy o pomocy społecznej".

A citation names an act (:class:`Act` for the acts the library cites itself, or any string
for an act a plugin cites, given in the genitive: "uchwały nr XII/34/2025 Rady Gminy …")
and a unit inside it: article (``art.``), paragraph (``§``), ustęp (``ust.``), punkt
(``pkt``) and litera (``lit.``).  Two renderings are offered:

* :attr:`LegalBasis.long` – "art. 106 ust. 4 ustawy o pomocy społecznej",
  "art. 107 § 1 Kodeksu postępowania administracyjnego",
  "§ 3 ust. 2 rozporządzenia Ministra Rodziny i Polityki Społecznej z dnia 8 kwietnia
  2021 r. w sprawie rodzinnego wywiadu środowiskowego";
* :attr:`LegalBasis.short` – "art. 106 ust. 4 u.p.s.", "art. 107 § 1 k.p.a.".

``str(basis)`` is the long form.  :meth:`LegalBasis.parse` reads the short or long form
back ("art. 8 ust. 1 pkt 1 u.p.s." → ``LegalBasis(Act.UPS, article="8", ustep="1",
punkt="1")``).
"""

from __future__ import annotations

import enum
import re
from typing import Any

import attrs

from socialwork.errors import LegalBasisError

__all__ = ["Act", "LegalBasis", "LegalBasisError", "kpa", "ups"]


class Act(enum.Enum):
    """Acts the library cites.  ``value`` is the short form used after a unit."""

    UPS = "u.p.s."
    KPA = "k.p.a."
    KPC = "k.p.c."
    KRO = "k.r.o."
    KC = "k.c."
    KK = "k.k."
    KPK = "k.p.k."
    WSPIERANIE_RODZINY = "u.w.r.s.p.z."
    PRZEMOC_DOMOWA = "u.p.p.d."
    DNI_WOLNE = "ustawy o dniach wolnych od pracy"
    ZATRUDNIENIE_SOCJALNE = "u.z.s."
    RWS_2021 = "rozporządzenia w sprawie rodzinnego wywiadu środowiskowego"
    RWS_2016 = "rozporządzenia w sprawie rodzinnego wywiadu środowiskowego z 2016 r."
    KONTRAKT_2010 = "rozporządzenia w sprawie wzoru kontraktu socjalnego"
    NIEBIESKA_KARTA_2023 = "rozporządzenia w sprawie procedury „Niebieskie Karty”"
    POMOC_UPRAWNIONYM_DO_ALIMENTOW = "ustawy o pomocy osobom uprawnionym do alimentów"

    @property
    def short(self) -> str:
        """The short form: "u.p.s.", "k.p.a."."""
        return self.value

    @property
    def long(self) -> str:
        """The name in the genitive, as it follows a unit: "ustawy o pomocy społecznej"."""
        return _LONG[self]

    @property
    def title(self) -> str:
        """The full title with date and publication, for a list of legal sources."""
        return _TITLE[self]


_LONG: dict[Act, str] = {
    Act.UPS: "ustawy o pomocy społecznej",
    Act.KPA: "Kodeksu postępowania administracyjnego",
    Act.KPC: "Kodeksu postępowania cywilnego",
    Act.KRO: "Kodeksu rodzinnego i opiekuńczego",
    Act.KC: "Kodeksu cywilnego",
    Act.KK: "Kodeksu karnego",
    Act.KPK: "Kodeksu postępowania karnego",
    Act.WSPIERANIE_RODZINY: "ustawy o wspieraniu rodziny i systemie pieczy zastępczej",
    Act.PRZEMOC_DOMOWA: "ustawy o przeciwdziałaniu przemocy domowej",
    Act.DNI_WOLNE: "ustawy o dniach wolnych od pracy",
    Act.ZATRUDNIENIE_SOCJALNE: "ustawy o zatrudnieniu socjalnym",
    Act.RWS_2021: "rozporządzenia Ministra Rodziny i Polityki Społecznej z dnia 8 kwietnia "
    "2021 r. w sprawie rodzinnego wywiadu środowiskowego",
    Act.RWS_2016: "rozporządzenia Ministra Rodziny, Pracy i Polityki Społecznej z dnia "
    "25 sierpnia 2016 r. w sprawie rodzinnego wywiadu środowiskowego",
    Act.KONTRAKT_2010: "rozporządzenia Ministra Pracy i Polityki Społecznej z dnia "
    "8 listopada 2010 r. w sprawie wzoru kontraktu socjalnego",
    Act.NIEBIESKA_KARTA_2023: "rozporządzenia Rady Ministrów z dnia 6 września 2023 r. "
    "w sprawie procedury „Niebieskie Karty” oraz wzorów formularzy „Niebieska Karta”",
    Act.POMOC_UPRAWNIONYM_DO_ALIMENTOW: "ustawy o pomocy osobom uprawnionym do alimentów",
}

_TITLE: dict[Act, str] = {
    Act.UPS: "ustawa z dnia 12 marca 2004 r. o pomocy społecznej "
    "(t.j. Dz. U. z 2024 r. poz. 1283 ze zm.)",
    Act.KPA: "ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego",
    Act.KPC: "ustawa z dnia 17 listopada 1964 r. – Kodeks postępowania cywilnego",
    Act.KRO: "ustawa z dnia 25 lutego 1964 r. – Kodeks rodzinny i opiekuńczy",
    Act.KC: "ustawa z dnia 23 kwietnia 1964 r. – Kodeks cywilny",
    Act.KK: "ustawa z dnia 6 czerwca 1997 r. – Kodeks karny",
    Act.KPK: "ustawa z dnia 6 czerwca 1997 r. – Kodeks postępowania karnego",
    Act.WSPIERANIE_RODZINY: "ustawa z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie "
    "pieczy zastępczej (t.j. Dz. U. z 2025 r. poz. 49)",
    Act.PRZEMOC_DOMOWA: "ustawa z dnia 29 lipca 2005 r. o przeciwdziałaniu przemocy domowej",
    Act.DNI_WOLNE: "ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy",
    Act.ZATRUDNIENIE_SOCJALNE: "ustawa z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym "
    "(t.j. Dz. U. z 2025 r. poz. 83)",
    Act.RWS_2021: "rozporządzenie Ministra Rodziny i Polityki Społecznej z dnia 8 kwietnia "
    "2021 r. w sprawie rodzinnego wywiadu środowiskowego (Dz. U. z 2021 r. poz. 893 ze zm.)",
    Act.RWS_2016: "rozporządzenie Ministra Rodziny, Pracy i Polityki Społecznej z dnia "
    "25 sierpnia 2016 r. w sprawie rodzinnego wywiadu środowiskowego "
    "(Dz. U. z 2016 r. poz. 1406)",
    Act.KONTRAKT_2010: "rozporządzenie Ministra Pracy i Polityki Społecznej z dnia "
    "8 listopada 2010 r. w sprawie wzoru kontraktu socjalnego (Dz. U. Nr 218, "
    "poz. 1439)",
    Act.NIEBIESKA_KARTA_2023: "rozporządzenie Rady Ministrów z dnia 6 września 2023 r. "
    "w sprawie procedury „Niebieskie Karty” oraz wzorów formularzy „Niebieska Karta” "
    "(Dz. U. z 2023 r. poz. 1870)",
    # The consolidated text is cited by OPS pages (gopspotegowo.pl, 2024) — a later one may
    # exist (UNVERIFIED as the latest).
    Act.POMOC_UPRAWNIONYM_DO_ALIMENTOW: "ustawa z dnia 7 września 2007 r. o pomocy osobom "
    "uprawnionym do alimentów (t.j. Dz. U. z 2023 r. poz. 1993 ze zm.)",
}

# A unit number: "8", "7a", "48a", or a range "2–15" / "2-15".
_UNIT = re.compile(r"^[0-9]+[a-z]{0,3}(?:[–-][0-9]+[a-z]{0,3})?$")
_LETTER = re.compile(r"^[a-z]{1,3}(?:[–-][a-z]{1,3})?$")


def _unit(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise LegalBasisError(f"a unit of a legal citation must be text like '7a', not {value!r}")
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        raise LegalBasisError(
            f"a unit of a legal citation must be text like '7a', not {type(value).__name__}"
        )
    return value.strip().replace("-", "–")


def _act(value: Any) -> Act | str:
    if isinstance(value, Act):
        return value
    if isinstance(value, str):
        text = " ".join(value.split())
        for act in Act:
            if text in (act.short, act.long, act.name):
                return act
        if not text:
            raise LegalBasisError("the act of a legal citation is empty; name the act")
        return text
    raise LegalBasisError(
        f"the act of a legal citation must be an Act or text, not {type(value).__name__}"
    )


@attrs.frozen
class LegalBasis:
    """A citation of a provision: act + article / § / ustęp / punkt / litera.

    ``act`` is an :class:`Act` or the act's name in the genitive (used as-is in both
    forms).  Unit numbers are strings ("7a"); ints are accepted and converted.  At least
    an article or a paragraph (§) is required.  Rendering order follows Polish usage:
    ``art. 107 § 1 pkt 7``, ``§ 3 ust. 2``, ``art. 8 ust. 4 pkt 1 lit. a``.
    """

    act: Act | str = attrs.field(converter=_act)
    article: str | None = attrs.field(default=None, converter=_unit)
    ustep: str | None = attrs.field(default=None, converter=_unit, kw_only=True)
    punkt: str | None = attrs.field(default=None, converter=_unit, kw_only=True)
    litera: str | None = attrs.field(default=None, converter=_unit, kw_only=True)
    paragraph: str | None = attrs.field(default=None, converter=_unit, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.article is None and self.paragraph is None:
            raise LegalBasisError(
                "a legal citation needs an article (art.) or a paragraph (§); "
                f"got neither for {self._act_short()!r}"
            )
        for label, text, pattern in (
            ("article", self.article, _UNIT),
            ("paragraph", self.paragraph, _UNIT),
            ("ustep", self.ustep, _UNIT),
            ("punkt", self.punkt, _UNIT),
            ("litera", self.litera, _LETTER),
        ):
            if text is not None and not pattern.match(text):
                raise LegalBasisError(
                    f"{label} {text!r} of a legal citation is not a unit number; "
                    "write it like '8', '7a' or '2–15' (litera: 'a')"
                )

    def _act_short(self) -> str:
        return self.act.short if isinstance(self.act, Act) else self.act

    def _act_long(self) -> str:
        return self.act.long if isinstance(self.act, Act) else self.act

    @property
    def units(self) -> str:
        """The units alone: "art. 106 ust. 4", "§ 3 ust. 2"."""
        parts: list[str] = []
        if self.article is not None:
            parts.append(f"art. {_dash(self.article)}")
        if self.paragraph is not None:
            parts.append(f"§ {_dash(self.paragraph)}")
        if self.ustep is not None:
            parts.append(f"ust. {_dash(self.ustep)}")
        if self.punkt is not None:
            parts.append(f"pkt {_dash(self.punkt)}")
        if self.litera is not None:
            parts.append(f"lit. {_dash(self.litera)}")
        return " ".join(parts)

    @property
    def long(self) -> str:
        """Long form: "art. 106 ust. 4 ustawy o pomocy społecznej"."""
        return f"{self.units} {self._act_long()}"

    @property
    def short(self) -> str:
        """Short form: "art. 106 ust. 4 u.p.s."."""
        return f"{self.units} {self._act_short()}"

    def __str__(self) -> str:
        return self.long

    @classmethod
    def parse(cls, text: str) -> LegalBasis:
        """Read a citation in the short or long form ("art. 8 ust. 1 pkt 1 u.p.s.").

        The act is whatever follows the units; a known act's short or long name becomes
        the :class:`Act`.  Raises :class:`LegalBasisError` when no unit is recognised.
        """
        if not isinstance(text, str):
            raise LegalBasisError(f"a legal citation must be text, not {type(text).__name__}")
        rest = " ".join(text.split())
        found: dict[str, str] = {}
        while True:
            match = _PARSE_UNIT.match(rest)
            if match is None:
                break
            key = _PARSE_KEYS[match.group(1)]
            if key in found:
                break
            found[key] = match.group(2).replace("-", "–")
            rest = rest[match.end() :]
        act = rest.strip()
        if not found or not act:
            raise LegalBasisError(
                f"cannot read the legal citation {text!r}; write it like "
                "'art. 8 ust. 1 pkt 1 u.p.s.' or '§ 3 ust. 2 rozporządzenia …'"
            )
        return cls(act, **found)


_PARSE_UNIT = re.compile(
    r"^\s*(art\.|§|ust\.|pkt|lit\.)\s*([0-9]+[a-z]{0,3}(?:[–-][0-9]+[a-z]{0,3})?|[a-z]{1,3})"
    r"(?=\s|$)"
)
_PARSE_KEYS = {
    "art.": "article",
    "§": "paragraph",
    "ust.": "ustep",
    "pkt": "punkt",
    "lit.": "litera",
}


def _dash(text: str) -> str:
    """Ranges are written with an en dash: "2–15"."""
    return text.replace("-", "–")


def ups(article: str | int, **units: str | int) -> LegalBasis:
    """Shorthand for a provision of the ustawa o pomocy społecznej: ``ups(106, ustep=4)``."""
    return LegalBasis(Act.UPS, article, **units)


def kpa(article: str | int, **units: str | int) -> LegalBasis:
    """Shorthand for a provision of the KPA: ``kpa(107, paragraph=1)``."""
    return LegalBasis(Act.KPA, article, **units)
