"""Rules of a pozew o alimenty drafted with the worker's help (art. 65 § 1 k.p.c.)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from socialwork.law.citations import Act, LegalBasis
from socialwork.rules.paths import path
from socialwork.rules.rule import RuleContext, Violation, rule

if TYPE_CHECKING:
    from socialwork.model.alimony import AlimonyClaim


@rule(
    "SW-POZ-001",
    "Pełnoletnie dziecko jest stroną we własnym imieniu: samo podpisuje pozew, a alimenty "
    "są płatne do jego rąk",
    applies_to="alimony_claim",
    legal_basis=LegalBasis(Act.KPC, "65", paragraph="1"),
    severity="warning",
    note="A child aged 18 or more on the filing date (filed_on) has full capacity to act in "
    "court (art. 65 § 1 k.p.c.; capacity from the age of majority, art. 11 k.c.): the "
    "przedstawiciel ustawowy does not represent it. The template then prints the child's own "
    "signature line and payment into its own hands; the warning asks the worker to check "
    "the draft with the adult child.",
)
def adult_child(claim: AlimonyClaim, ctx: RuleContext) -> Iterator[Violation]:
    for index, item in enumerate(claim.claims):
        age = item.child.age_on(claim.filed_on)
        if age >= 18:
            yield Violation(
                f"{item.child.full_name} ma {age} lat w dniu wniesienia pozwu: jest stroną we "
                "własnym imieniu (nie jest reprezentowany przez przedstawiciela ustawowego), "
                "sam podpisuje pozew, a alimenty są płatne do jego rąk.",
                path=path("claims", index, "child", "birth_date"),
            )


RULES = (adult_child,)
