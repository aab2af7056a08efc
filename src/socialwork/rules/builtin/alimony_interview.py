"""Rules of the wywiad alimentacyjny (ustawa z dnia 7 września 2007 r. o pomocy osobom
uprawnionym do alimentów, art. 5).

Art. 5 ust. 2 and ust. 3 are quoted verbatim in ``docs/documents.md`` (OpenLEX, t.j. Dz.U. 2022
poz. 1205). The sentence naming what the wywiad establishes and that the organ takes the
debtor's oświadczenie majątkowe is quoted by OPS pages; its article and ustęp in the current
text are UNVERIFIED, so the rules resting on it are marked ``verified=False``.

Messages never quote what the interview says about the debtor (health, family): they name the
area only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from socialwork.law.citations import Act, LegalBasis
from socialwork.rules.builtin._common import day
from socialwork.rules.paths import path
from socialwork.rules.rule import RuleContext, Violation, rule

if TYPE_CHECKING:
    from socialwork.model.alimony_interview import AlimonyInterview

_ACT = Act.POMOC_UPRAWNIONYM_DO_ALIMENTOW

REGISTRATION_DAYS = 30
"""Art. 5 ust. 2 pkt 1: the deadline to register with the PUP is "nie dłuższy niż 30-dniowy"."""

AREAS: tuple[tuple[str, str], ...] = (
    ("family_situation", "sytuacji rodzinnej"),
    ("income_situation", "sytuacji dochodowej"),
    ("occupational_situation", "sytuacji zawodowej"),
    ("health", "stanu zdrowia"),
    ("reasons_for_non_payment", "przyczyn niełożenia na utrzymanie osoby uprawnionej"),
)
"""The areas the wywiad establishes (field, Polish genitive)."""


def _without_work(interview: AlimonyInterview) -> bool:
    """Art. 5 ust. 2: "nie może wywiązać się ze swoich zobowiązań z powodu braku
    zatrudnienia" — taken as: the debtor has no work (a prevented interview gives no facts)."""
    return not interview.employed and not interview.interview_prevented


@rule(
    "SW-ALI-001",
    "Wywiad alimentacyjny ustala sytuację rodzinną, dochodową i zawodową dłużnika, jego stan "
    "zdrowia oraz przyczyny niełożenia na utrzymanie osoby uprawnionej",
    applies_to="alimony_interview",
    legal_basis=LegalBasis(_ACT, 5, ustep=1),
    verified=False,
    note="One finding per blank area. Not checked when the debtor prevented the interview "
    "(then SW-ALI-005 applies). The scope is the Act's wording as quoted by OPS pages; its "
    "article in the current consolidated text is UNVERIFIED (art. 5 ust. 1 now speaks of "
    "passing the wywiad's information to the enforcement body).",
)
def alimony_interview_areas(interview: AlimonyInterview, ctx: RuleContext) -> Iterator[Violation]:
    if interview.interview_prevented:
        return
    for field, area in AREAS:
        if not getattr(interview, field).strip():
            yield Violation(
                f"Wywiad alimentacyjny nr {interview.id} nie ustala {area} dłużnika "
                "alimentacyjnego; uzupełnij kwestionariusz.",
                path=path(field),
            )


@rule(
    "SW-ALI-002",
    "Dłużnika bez zatrudnienia zobowiązuje się do zarejestrowania w powiatowym urzędzie pracy "
    "w terminie nie dłuższym niż 30 dni",
    applies_to="alimony_interview",
    legal_basis=LegalBasis(_ACT, 5, ustep=2, punkt=1),
    note="For a debtor without work (employed=false) who is not registered with the PUP: "
    "pup_registration_due must be set and fall at most 30 days after the interview.",
)
def alimony_pup_registration(interview: AlimonyInterview, ctx: RuleContext) -> Iterator[Violation]:
    if not _without_work(interview) or interview.registered_in_pup:
        return
    due = interview.pup_registration_due
    latest = interview.conducted_on + dt.timedelta(days=REGISTRATION_DAYS)
    if due is None:
        yield Violation(
            "Dłużnik alimentacyjny nie ma zatrudnienia i nie jest zarejestrowany w powiatowym "
            "urzędzie pracy: zobowiąż go do zarejestrowania się jako bezrobotny albo "
            "poszukujący pracy i wyznacz termin (nie dłuższy niż 30 dni).",
            path=path("pup_registration_due"),
        )
    elif due > latest:
        yield Violation(
            f"Termin zarejestrowania się w powiatowym urzędzie pracy ({day(due)}) jest dłuższy "
            f"niż 30 dni od wywiadu ({day(interview.conducted_on)}); najpóźniej {day(latest)}.",
            path=path("pup_registration_due"),
        )


@rule(
    "SW-ALI-003",
    "O potrzebie aktywizacji zawodowej dłużnika bez zatrudnienia informuje się powiatowy "
    "urząd pracy",
    applies_to="alimony_interview",
    legal_basis=LegalBasis(_ACT, 5, ustep=2, punkt=2),
    severity="warning",
    note="A warning (the information usually follows the interview): for a debtor without "
    "work, pup_informed_on is not yet recorded.",
)
def alimony_pup_informed(interview: AlimonyInterview, ctx: RuleContext) -> Iterator[Violation]:
    if _without_work(interview) and interview.pup_informed_on is None:
        yield Violation(
            "Dłużnik alimentacyjny nie ma zatrudnienia: poinformuj właściwy powiatowy urząd "
            "pracy o potrzebie jego aktywizacji zawodowej.",
            path=path("pup_informed_on"),
        )


@rule(
    "SW-ALI-004",
    "Organ właściwy dłużnika odbiera od dłużnika alimentacyjnego oświadczenie majątkowe",
    applies_to="alimony_interview",
    legal_basis=LegalBasis(_ACT, 5, ustep=1),
    verified=False,
    note="An interview with neither the debtor's assets (the oświadczenie majątkowe) nor a "
    "recorded refusal, and not prevented by the debtor. Article and ustęp UNVERIFIED, as for "
    "SW-ALI-001.",
)
def alimony_statement_taken(interview: AlimonyInterview, ctx: RuleContext) -> Iterator[Violation]:
    if (
        interview.assets is None
        and not interview.statement_refused
        and not interview.interview_prevented
    ):
        yield Violation(
            f"Do wywiadu alimentacyjnego nr {interview.id} nie dołączono oświadczenia "
            "majątkowego dłużnika ani nie odnotowano odmowy jego złożenia.",
            path=path("assets"),
        )


@rule(
    "SW-ALI-005",
    "Gdy dłużnik uniemożliwia przeprowadzenie wywiadu alimentacyjnego lub odmawia złożenia "
    "oświadczenia majątkowego, organ wszczyna postępowanie w sprawie uznania go za uchylającego "
    "się od zobowiązań alimentacyjnych",
    applies_to="alimony_interview",
    legal_basis=LegalBasis(_ACT, 5, ustep=3),
    severity="warning",
    note="A reminder of the next step (a warning): reported when interview_prevented or "
    "statement_refused is set.",
)
def alimony_refusal(interview: AlimonyInterview, ctx: RuleContext) -> Iterator[Violation]:
    if interview.interview_prevented:
        what, where = "uniemożliwił przeprowadzenie wywiadu alimentacyjnego", "interview_prevented"
    elif interview.statement_refused:
        what, where = "odmówił złożenia oświadczenia majątkowego", "statement_refused"
    else:
        return
    yield Violation(
        f"Dłużnik alimentacyjny {what}: wszczęcie postępowania w sprawie uznania dłużnika za "
        "uchylającego się od zobowiązań alimentacyjnych.",
        path=path(where),
    )


RULES = (
    alimony_interview_areas,
    alimony_pup_registration,
    alimony_pup_informed,
    alimony_statement_taken,
    alimony_refusal,
)
