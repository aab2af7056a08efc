"""Provisions of the Kodeks postępowania administracyjnego that decisions quote, as dated data:
the text in force on the decision's date.

Art. 127a § 1 k.p.a. (waiver of the appeal), sources quoted in the project's reference notes:

* until 11 May 2023: "W trakcie biegu terminu do wniesienia odwołania strona może zrzec się
  prawa do wniesienia odwołania wobec organu administracji publicznej, który wydał decyzję."
  (https://prawo-pl.com/kodeks_postepowania_administracyjnego/127a.htm; in force since
  1 June 2017, ustawa z dnia 7 kwietnia 2017 r., Dz. U. z 2017 r. poz. 935);
* from 12 May 2023: "Przed upływem terminu do wniesienia odwołania strona może zrzec się prawa
  do wniesienia odwołania wobec organu administracji publicznej, który wydał decyzję."
  (ustawa z dnia 26 stycznia 2023 r. o zmianie ustaw w celu likwidowania zbędnych barier
  administracyjnych i prawnych, Dz. U. z 2023 r. poz. 803; forum-dziekanatow.pl, confirmed by
  czasopisma.uwm.edu.pl).

§ 2 (unchanged): "Z dniem doręczenia organowi administracji publicznej oświadczenia
o zrzeczeniu się prawa do wniesienia odwołania przez ostatnią ze stron postępowania, decyzja
staje się ostateczna i prawomocna." The effect the pouczenie must name (art. 107 § 1 pkt 7
k.p.a.): the decision can no longer be challenged — neither by an odwołanie nor by a skarga
to the administrative court (prawo.pl: "skutkiem zrzeczenia się prawa do wniesienia odwołania
jest wykonalność i niezaskarżalność decyzji w administracyjnym i w sądowoadministracyjnym
postępowaniu").
"""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = ["WAIVER", "DatedText", "appeal_waiver", "in_force"]


@attrs.frozen
class DatedText:
    """A provision's wording in force from ``valid_from`` (to ``valid_to`` inclusive, or
    open-ended), with the act that gave it that wording."""

    valid_from: dt.date
    valid_to: dt.date | None
    text: str
    source: str
    verified: bool = True


WAIVER: tuple[DatedText, ...] = (
    DatedText(
        dt.date(2017, 6, 1),
        dt.date(2023, 5, 11),
        "W trakcie biegu terminu do wniesienia odwołania strona może zrzec się prawa do "
        "wniesienia odwołania wobec organu administracji publicznej, który wydał decyzję",
        "art. 127a § 1 k.p.a. (ustawa z dnia 7 kwietnia 2017 r., Dz. U. z 2017 r. poz. 935)",
    ),
    DatedText(
        dt.date(2023, 5, 12),
        None,
        "Przed upływem terminu do wniesienia odwołania strona może zrzec się prawa do "
        "wniesienia odwołania wobec organu administracji publicznej, który wydał decyzję",
        "art. 127a § 1 k.p.a. (ustawa z dnia 26 stycznia 2023 r., Dz. U. z 2023 r. poz. 803)",
    ),
)
"""Art. 127a § 1 k.p.a. by date."""

_EFFECT = (
    "Z dniem doręczenia organowi administracji publicznej oświadczenia o zrzeczeniu się "
    "prawa do wniesienia odwołania przez ostatnią ze stron postępowania decyzja staje się "
    "ostateczna i prawomocna (art. 127a § 2 k.p.a.). Oznacza to, że od decyzji nie można już "
    "wnieść odwołania ani zaskarżyć jej skargą do wojewódzkiego sądu administracyjnego, "
    "a decyzja podlega wykonaniu"
)


def in_force(versions: tuple[DatedText, ...], on: dt.date) -> DatedText | None:
    """The version of ``versions`` in force on ``on`` (``None`` before the first)."""
    for version in versions:
        if version.valid_from <= on and (version.valid_to is None or on <= version.valid_to):
            return version
    return None


def appeal_waiver(on: dt.date) -> str | None:
    """The pouczenie on waiving the appeal for a decision dated ``on`` — art. 127a § 1 k.p.a.
    in its wording of that date, and the effects of the waiver (art. 127a § 2, art. 107 § 1
    pkt 7 k.p.a.) — or ``None`` before art. 127a was in force (1 June 2017)."""
    version = in_force(WAIVER, on)
    if version is None:
        return None
    return f"{version.text} (art. 127a § 1 k.p.a.). {_EFFECT}."
