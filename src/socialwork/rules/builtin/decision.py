"""Rules of the decyzja administracyjna on a benefit (art. 106–107 u.p.s.; art. 107 § 1 KPA)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from socialwork.law.citations import kpa, ups
from socialwork.model.benefits import BenefitKind
from socialwork.model.enums import DecisionOutcome
from socialwork.rules.builtin._common import day, interviews_of, same_person
from socialwork.rules.paths import path
from socialwork.rules.rule import RuleContext, Violation, rule

if TYPE_CHECKING:
    from socialwork.model.decision import Decision

# Benefits that are "stałe formy pomocy" for the 6-month update of art. 107 ust. 4 u.p.s.:
# the zasiłek stały and a stay in a DPS; any other benefit granted without an end date is
# treated the same way (granted "na czas nieokreślony").
PERMANENT_FORMS = frozenset({BenefitKind.PERMANENT_ALLOWANCE, BenefitKind.DPS})


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@rule(
    "SW-DEC-001",
    "Decyzję o przyznaniu lub odmowie świadczenia wydaje się po przeprowadzeniu "
    "rodzinnego wywiadu środowiskowego",
    applies_to="decision",
    legal_basis=ups(106, ustep=4),
    note="Evidence of the interview: the decision's interview_id / interview_on, or an "
    "Interview of the same party in the validated case or in related objects, conducted not "
    "later than the decision (an interview_on after the decision is reported). Exception "
    "of art. 106 ust. 4: a refusal of a bilet kredytowany. The other exception (decisions on "
    "foreigners under art. 5a) is not modelled.",
)
def decision_after_interview(decision: Decision, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.model.interview import Interview

    if (
        decision.benefit is BenefitKind.CREDIT_TICKET
        and decision.outcome is DecisionOutcome.REFUSAL
    ):
        return
    if decision.interview_id is not None:
        named = [i for i in ctx.objects(Interview) if i.id == decision.interview_id]
        if named:
            if all(i.conducted_on > decision.issued_on for i in named):
                yield _late(decision, named[0].conducted_on, "interview_id")
            return
    if decision.interview_on is not None:
        if decision.interview_on > decision.issued_on and not interviews_of(decision, ctx):
            yield _late(decision, decision.interview_on, "interview_on")
        return
    if decision.interview_id is not None or interviews_of(decision, ctx):
        return
    what = "przyznaniu" if decision.outcome is DecisionOutcome.GRANT else "odmowie przyznania"
    yield Violation(
        f"Decyzję o {what} świadczenia „{decision.benefit.label}” wydano bez "
        "rodzinnego wywiadu środowiskowego: nie wskazano wywiadu (interview_id / "
        "interview_on) ani nie dołączono wywiadu tej osoby przeprowadzonego najpóźniej w dniu "
        f"wydania decyzji ({day(decision.issued_on)}).",
        path=path("interview_on"),
    )


def _late(decision: Decision, conducted_on: dt.date, field: str) -> Violation:
    return Violation(
        f"Wywiad, na który powołuje się decyzja, przeprowadzono {day(conducted_on)}, czyli "
        f"po wydaniu decyzji ({day(decision.issued_on)}); decyzję wydaje się po wywiadzie.",
        path=path(field),
    )


_ELEMENTS = (
    (1, "organ", "oznaczenia organu administracji publicznej"),
    (2, "issued_on", "daty wydania"),
    (3, "party", "oznaczenia strony"),
    (4, "legal_basis", "powołania podstawy prawnej"),
    (5, "outcome", "rozstrzygnięcia"),
    (6, "factual_justification", "uzasadnienia faktycznego"),
    (6, "legal_justification", "uzasadnienia prawnego"),
    (8, "signatory", "podpisu z podaniem imienia i nazwiska oraz stanowiska służbowego"),
)


@rule(
    "SW-DEC-002",
    "Decyzja zawiera wszystkie elementy z art. 107 § 1 KPA (organ, data, strona, podstawa "
    "prawna, rozstrzygnięcie, uzasadnienie, pouczenie, podpis)",
    applies_to="decision",
    legal_basis=kpa(107, paragraph=1),
    note="One finding per missing element, citing its punkt. A grant of a cash benefit "
    "without an amount is reported as an incomplete rozstrzygnięcie (pkt 5). The pouczenie "
    "(pkt 7) is part of the decision template, not of the model, so it is not checked here.",
)
def decision_elements(decision: Decision, ctx: RuleContext) -> Iterator[Violation]:
    for punkt, field, label in _ELEMENTS:
        value = getattr(decision, field, None)
        missing = _blank(value)
        if field == "legal_basis":
            missing = not value or all(_blank(v) for v in value)
        elif field == "party":
            missing = value is None
        elif field == "outcome":
            missing = value is None or getattr(decision, "benefit", None) is None
        elif field == "signatory":
            missing = (
                value is None
                or _blank(getattr(value, "name", None))
                or _blank(getattr(value, "position", None))
            )
        if missing:
            yield Violation(
                f"Decyzja nie zawiera {label} (art. 107 § 1 pkt {punkt} KPA).",
                path=path(field),
                legal_basis=kpa(107, paragraph=1, punkt=punkt),
            )
    benefit = getattr(decision, "benefit", None)
    if (
        decision.outcome is DecisionOutcome.GRANT
        and benefit is not None
        and benefit.cash
        and decision.amount is None
        and not decision.payments
    ):
        yield Violation(
            f"Rozstrzygnięcie o przyznaniu świadczenia pieniężnego „{benefit.label}” nie "
            "określa jego kwoty.",
            path=path("amount"),
            legal_basis=kpa(107, paragraph=1, punkt=5),
        )


def _in_force(decision: Decision, on: dt.date) -> bool:
    if decision.outcome is not DecisionOutcome.GRANT or on < decision.issued_on:
        return False
    return decision.period_to is None or decision.period_to >= on


@rule(
    "SW-DEC-003",
    "Przy stałych formach pomocy wywiad aktualizuje się nie rzadziej niż co 6 miesięcy",
    applies_to="decision",
    legal_basis=ups(107, ustep=4),
    note="Checked on the validation date for a granted zasiłek stały, a DPS stay, or any "
    "benefit granted without an end date (period_from set, period_to empty), while the "
    "decision is in force. The last interview is the latest of the decision's interview_on "
    "and the conducted_on of the party's interviews and updates in the case or in related "
    "objects; the due day comes from socialwork.law.deadlines.interview_update_deadline "
    "(art. 57 § 3 KPA month arithmetic).",
)
def update_not_overdue(decision: Decision, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.model.interview import Interview

    permanent = decision.benefit in PERMANENT_FORMS or (
        decision.period_from is not None and decision.period_to is None
    )
    if not permanent or not _in_force(decision, ctx.on):
        return
    dates = [
        i.conducted_on
        for i in ctx.objects(Interview)
        if (i.id == decision.interview_id or same_person(i.household.applicant, decision.party))
        and i.conducted_on <= ctx.on
    ]
    if decision.interview_on is not None:
        dates.append(decision.interview_on)
    if not dates:
        return  # no interview at all: SW-DEC-001 reports it
    last = max(dates)
    # the deadlines are loaded with the first decision that needs one, not by every command
    from socialwork.law.deadlines import interview_update_deadline

    due = interview_update_deadline(last).due
    if ctx.on > due:
        yield Violation(
            f"Świadczenie „{decision.benefit.label}” jest stałą formą pomocy: ostatni wywiad "
            f"lub jego aktualizację przeprowadzono {day(last)}, a aktualizacja była wymagana "
            f"najpóźniej {day(due)}; na dzień {day(ctx.on)} aktualizacja jest zaległa.",
            path=path("interview_on"),
        )


RULES = (decision_after_interview, decision_elements, update_not_overdue)
