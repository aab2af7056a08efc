"""Rules of the oświadczenie o stanie majątkowym (art. 107 u.p.s.; wzór: § 1 pkt 3 of the
Rozporządzenie MRiPS z dnia 8 kwietnia 2021 r. w sprawie rodzinnego wywiadu środowiskowego,
Dz.U. 2021 poz. 893)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from socialwork.law.citations import ups
from socialwork.rules.builtin._common import day, same_person
from socialwork.rules.paths import path
from socialwork.rules.rule import RuleContext, Violation, rule

if TYPE_CHECKING:
    from socialwork.model.assets import AssetStatement

CLAUSE = "Jestem świadomy odpowiedzialności karnej za złożenie fałszywego oświadczenia."
"""The clause the statement must contain (the statutory formula; see ``docs/documents.md``)."""


@rule(
    "SW-AST-001",
    "Oświadczenie o stanie majątkowym dotyczy osoby i rodziny, u której przeprowadzono wywiad",
    applies_to="asset_statement",
    legal_basis=ups(107, ustep=1),
    note="Checked when the statement names an interview (interview_id) that the case or the "
    "related objects hold: the interview's applicant must be the statement's declarant, and "
    "the statement cannot be dated before the need for the interview arose.",
)
def statement_matches_interview(
    statement: AssetStatement, ctx: RuleContext
) -> Iterator[Violation]:
    from socialwork.model.interview import Interview

    if statement.interview_id is None:
        return
    for interview in ctx.objects(Interview):
        if interview.id != statement.interview_id:
            continue
        if not same_person(interview.household.applicant, statement.household.applicant):
            yield Violation(
                f"Oświadczenie o stanie majątkowym wskazuje wywiad nr {interview.id}, "
                "przeprowadzony u innej osoby niż składająca oświadczenie.",
                path=path("interview_id"),
            )
        elif statement.signed_on < interview.need_known_on:
            yield Violation(
                f"Oświadczenie o stanie majątkowym podpisano {day(statement.signed_on)}, przed "
                f"powzięciem wiadomości o potrzebie wywiadu nr {interview.id} "
                f"({day(interview.need_known_on)}).",
                path=path("signed_on"),
            )
        return


@rule(
    "SW-AST-002",
    "Oświadczenie o stanie majątkowym zawiera klauzulę: „Jestem świadomy odpowiedzialności "
    "karnej za złożenie fałszywego oświadczenia.”",
    applies_to="asset_statement",
    legal_basis=ups(107, ustep="5b"),
    verified=False,
    note="The statement is made under criminal liability; the clause replaces the organ's "
    "instruction on that liability. The wording is the statutory formula (quoted from the "
    "same rule in other acts and OPS forms); the ustęp of art. 107 u.p.s. that requires it is "
    "UNVERIFIED (ust. 4a is the refusal sanction).",
)
def statement_has_clause(statement: AssetStatement, ctx: RuleContext) -> Iterator[Violation]:
    if not statement.clause_confirmed:
        yield Violation(
            "Oświadczenie o stanie majątkowym nie zawiera klauzuli „Jestem świadomy "
            "odpowiedzialności karnej za złożenie fałszywego oświadczenia.”; odbierz "
            "oświadczenie ponownie na formularzu z klauzulą.",
            path=path("clause_confirmed"),
        )


RULES = (statement_matches_interview, statement_has_clause)
