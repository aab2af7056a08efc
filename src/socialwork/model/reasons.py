"""Reasons for granting assistance — art. 7 u.p.s. (powody udzielania pomocy).

Values are the punkt numbers of art. 7 (``"1"`` … ``"15"``, ``"7a"``). Punkt 10 was repealed
(uchylony) and is not a member, so it cannot be selected. The list of art. 7 is open ("w
szczególności"); other circumstances are recorded as text on the interview.

Source: art. 7 u.p.s., t.j. Dz.U. 2023 poz. 901 (text in force from 1.01.2024).
"""

from __future__ import annotations

import datetime as dt

from socialwork.model.enums import DatedLabel, LabelledEnum

__all__ = ["DOMESTIC_VIOLENCE_RENAMED_ON", "AssistanceReason"]

DOMESTIC_VIOLENCE_RENAMED_ON = dt.date(2023, 6, 22)
"""Art. 7 pkt 7 reads "przemocy domowej" from this day (art. 10 pkt 1 of the ustawa z 9 marca
2023 r., Dz.U. 2023 poz. 535); before, "przemocy w rodzinie"."""

# Statutory wording (genitive, as in "z powodu …") per punkt.
_STATUTORY: dict[str, str] = {
    "1": "ubóstwa",
    "2": "sieroctwa",
    "3": "bezdomności",
    "4": "bezrobocia",
    "5": "niepełnosprawności",
    "6": "długotrwałej lub ciężkiej choroby",
    "7": "przemocy domowej",
    "7a": "potrzeby ochrony ofiar handlu ludźmi",
    "8": "potrzeby ochrony macierzyństwa lub wielodzietności",
    "9": "bezradności w sprawach opiekuńczo-wychowawczych i prowadzenia gospodarstwa "
    "domowego, zwłaszcza w rodzinach niepełnych lub wielodzietnych",
    "11": "trudności w integracji cudzoziemców, którzy uzyskali w Rzeczypospolitej Polskiej "
    "status uchodźcy, ochronę uzupełniającą lub zezwolenie na pobyt czasowy udzielone w "
    "związku z okolicznością, o której mowa w art. 159 ust. 1 pkt 1 lit. c lub d ustawy z "
    "dnia 12 grudnia 2013 r. o cudzoziemcach",
    "12": "trudności w przystosowaniu do życia po zwolnieniu z zakładu karnego",
    "13": "alkoholizmu lub narkomanii",
    "14": "zdarzenia losowego i sytuacji kryzysowej",
    "15": "klęski żywiołowej lub ekologicznej",
}
_STATUTORY_7_BEFORE = "przemocy w rodzinie"


class AssistanceReason(LabelledEnum):
    """A reason for assistance, art. 7 pkt 1–15 and 7a u.p.s. (pkt 10 repealed).

    ``label`` is the current wording (nominative); ``label(on)`` (or :meth:`label_on`) gives
    the wording in force on a date (pkt 7 changed on 22.06.2023); :meth:`statutory_text` gives
    the Act's genitive wording for "z powodu …".
    """

    POVERTY = ("1", "ubóstwo", "art. 7 pkt 1 u.p.s.")
    ORPHANHOOD = ("2", "sieroctwo", "art. 7 pkt 2 u.p.s.")
    HOMELESSNESS = ("3", "bezdomność", "art. 7 pkt 3 u.p.s.")
    UNEMPLOYMENT = ("4", "bezrobocie", "art. 7 pkt 4 u.p.s.")
    DISABILITY = ("5", "niepełnosprawność", "art. 7 pkt 5 u.p.s.")
    LONG_ILLNESS = ("6", "długotrwała lub ciężka choroba", "art. 7 pkt 6 u.p.s.")
    DOMESTIC_VIOLENCE = (
        "7",
        DatedLabel(
            "przemoc domowa", before="przemoc w rodzinie", since=DOMESTIC_VIOLENCE_RENAMED_ON
        ),
        "art. 7 pkt 7 u.p.s.",
    )
    TRAFFICKING = ("7a", "potrzeba ochrony ofiar handlu ludźmi", "art. 7 pkt 7a u.p.s.")
    MATERNITY = (
        "8",
        "potrzeba ochrony macierzyństwa lub wielodzietności",
        "art. 7 pkt 8 u.p.s.",
    )
    HELPLESSNESS = (
        "9",
        "bezradność w sprawach opiekuńczo-wychowawczych i prowadzenia gospodarstwa domowego",
        "art. 7 pkt 9 u.p.s.",
    )
    FOREIGNER_INTEGRATION = (
        "11",
        "trudności w integracji cudzoziemców",
        "art. 7 pkt 11 u.p.s.",
    )
    RELEASE_FROM_PRISON = (
        "12",
        "trudności w przystosowaniu do życia po zwolnieniu z zakładu karnego",
        "art. 7 pkt 12 u.p.s.",
    )
    ADDICTION = ("13", "alkoholizm lub narkomania", "art. 7 pkt 13 u.p.s.")
    RANDOM_EVENT = ("14", "zdarzenie losowe i sytuacja kryzysowa", "art. 7 pkt 14 u.p.s.")
    NATURAL_DISASTER = ("15", "klęska żywiołowa lub ekologiczna", "art. 7 pkt 15 u.p.s.")

    @property
    def point(self) -> str:
        """The punkt of art. 7 (``"7a"``)."""
        return self._value_

    def statutory_text(self, on: dt.date | None = None) -> str:
        """The Act's wording (genitive, "z powodu …"), as in force on ``on`` (default: now in
        force)."""
        if (
            self is AssistanceReason.DOMESTIC_VIOLENCE
            and on is not None
            and on < DOMESTIC_VIOLENCE_RENAMED_ON
        ):
            return _STATUTORY_7_BEFORE
        return _STATUTORY[self._value_]

    @classmethod
    def unknown_value_hint(cls, value: object) -> str | None:
        """Explain a value that is not a member (used by the JSON loader)."""
        if str(value).strip() == "10":
            return "art. 7 pkt 10 u.p.s. was repealed (uchylony) and cannot be selected"
        return None

    @classmethod
    def from_point(cls, point: str | int) -> AssistanceReason:
        """The reason for a punkt of art. 7 (``4``, ``"7a"``); pkt 10 was repealed."""
        text = str(point).strip().lower()
        if text == "10":
            raise ValueError("art. 7 pkt 10 u.p.s. was repealed (uchylony) and cannot be used")
        member: AssistanceReason = cls._value2member_map_[text]  # type: ignore[assignment]
        return member
