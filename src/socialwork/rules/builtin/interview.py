"""Rules of the rodzinny wywiad środowiskowy (Dz.U. 2021 poz. 893; art. 107 u.p.s.)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from socialwork.law.citations import Act, LegalBasis
from socialwork.law.parameters import ACT_IN_FORCE
from socialwork.model.enums import InterviewKind
from socialwork.rules.builtin._common import day, days
from socialwork.rules.paths import path
from socialwork.rules.rule import RuleContext, Violation, rule

if TYPE_CHECKING:
    from socialwork.model.interview import Interview

SEGMENT_TITLES: dict[str, str] = {
    "A": "dane osoby ubiegającej się o pomoc i jej rodziny",
    "H": "potrzeby i oczekiwania zgłoszone w trakcie wywiadu",
    "I": "diagnoza sytuacji osoby lub rodziny, w tym wnioski pracownika socjalnego",
    "J": "plan pomocy na rzecz osoby lub rodziny",
}

# The kwestionariusz is załącznik nr 1 to the regulation, whose § 4 names it; the regulation
# (§ 1–4) cites no paragraph for the mandatory segments themselves.
_FORM = LegalBasis(Act.RWS_2021, paragraph="4")


@rule(
    "SW-INT-001",
    "Wywiad (część I) musi zawierać obowiązkowe segmenty A, H, I i J kwestionariusza",
    applies_to="interview",
    legal_basis=_FORM,
    note="One finding per missing segment. Segments A, H, I, J of część I are mandatory "
    "(załącznik nr 1 to Dz.U. 2021 poz. 893, named in § 4 of the regulation); an update "
    "(część IV) is not checked.",
)
def interview_mandatory_segments(interview: Interview, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.model.interview import MANDATORY_SEGMENTS, SEGMENTS

    if interview.kind is not InterviewKind.FULL:
        return
    for letter in MANDATORY_SEGMENTS:
        if getattr(interview, SEGMENTS[letter], None) is None:
            yield Violation(
                f"Brak obowiązkowego segmentu {letter} części I kwestionariusza wywiadu "
                f"(„{SEGMENT_TITLES[letter]}”); uzupełnij go przed wydaniem decyzji.",
                path=path(SEGMENTS[letter]),
            )


@rule(
    "SW-INT-002",
    "Wywiad przeprowadza się w ciągu 14 dni roboczych od powzięcia wiadomości o potrzebie "
    "jego przeprowadzenia, a w sprawach pilnych – nie później niż w ciągu 2 dni roboczych",
    applies_to="interview",
    legal_basis=LegalBasis(Act.RWS_2021, paragraph="3", ustep="2–3"),
    note="The deadline comes from socialwork.law.deadlines.interview_deadline (working days: "
    "without Saturdays, Sundays and public holidays); the 2016 regulation (same terms) is "
    "cited for interviews whose need arose before 2021-11-11.",
)
def interview_deadline_kept(interview: Interview, ctx: RuleContext) -> Iterator[Violation]:
    if interview.need_known_on < ACT_IN_FORCE:
        return
    # the deadlines are loaded with the first interview, not by every command
    from socialwork.law.deadlines import RWS_2021_IN_FORCE, interview_deadline

    deadline = interview_deadline(interview.need_known_on, urgent=interview.urgent)
    if interview.conducted_on <= deadline.due:
        return
    late = (interview.conducted_on - deadline.due).days
    act = Act.RWS_2021 if interview.need_known_on >= RWS_2021_IN_FORCE else Act.RWS_2016
    kind = "w pilnej sprawie " if interview.urgent else ""
    limit = "2 dni roboczych" if interview.urgent else "14 dni roboczych"
    yield Violation(
        f"Wywiad {kind}przeprowadzono {day(interview.conducted_on)}, po terminie "
        f"{limit} od powzięcia wiadomości o potrzebie jego przeprowadzenia "
        f"({day(interview.need_known_on)}); termin upłynął {day(deadline.due)} "
        f"(spóźnienie: {days(late)}).",
        path=path("conducted_on"),
        legal_basis=LegalBasis(act, paragraph="3", ustep="3" if interview.urgent else "2"),
    )


RULES = (interview_mandatory_segments, interview_deadline_kept)
