"""Rules of the kontrakt socjalny (art. 6 pkt 6, art. 108 u.p.s.; wzór: Dz.U. 2010 nr 218
poz. 1439, część I – ustalenia, część II – ocena realizacji).

Messages name actions by their number, never by their text: an action may describe therapy
or other health matters, which must not appear in findings or logs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from socialwork.law.citations import ups
from socialwork.model.enums import ActionOwner, ContractStatus
from socialwork.rules.builtin._common import day
from socialwork.rules.paths import path
from socialwork.rules.rule import RuleContext, Violation, rule

if TYPE_CHECKING:
    from socialwork.model.contract import SocialContract

IN_FORCE = frozenset({ContractStatus.SIGNED, ContractStatus.IN_PROGRESS})
ENDED_EARLY = frozenset({ContractStatus.TERMINATED, ContractStatus.BROKEN})
ENDED = frozenset({ContractStatus.COMPLETED}) | ENDED_EARLY

_DEFINITION = ups(6, punkt=6)
_CONTRACT = ups(108, ustep=1)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@rule(
    "SW-CON-001",
    "Kontrakt socjalny określa cel (działania zmierzające do przezwyciężenia trudnej "
    "sytuacji życiowej)",
    applies_to="social_contract",
    legal_basis=_DEFINITION,
    verified=False,
    note="Art. 6 pkt 6 defines the kontrakt by the actions agreed to overcome the difficult "
    "situation; that the wzór has a 'cel główny' and 'cele szczegółowe' is only partly "
    "verified (descriptions of the 2010 wzór, NIK audits).",
)
def contract_has_goal(contract: SocialContract, ctx: RuleContext) -> Iterator[Violation]:
    if _blank(getattr(contract, "main_goal", None)):
        yield Violation(
            f"Kontrakt socjalny nr {contract.number} nie określa celu głównego.",
            path=path("main_goal"),
        )
    for i, goal in enumerate(contract.goals):
        if _blank(getattr(goal, "description", None)):
            yield Violation(
                f"Cel szczegółowy nr {i + 1} kontraktu nie ma opisu.",
                path=path("goals", i, "description"),
            )


@rule(
    "SW-CON-002",
    "Każde działanie kontraktu wskazuje, kto je realizuje",
    applies_to="social_contract",
    legal_basis=_DEFINITION,
    verified=False,
    note="Art. 6 pkt 6: the kontrakt sets the obligations of each party; the 'kto realizuje' "
    "column of the wzór is UNVERIFIED as a label. An action carried out by an institution "
    "must name it (owner_name).",
)
def action_has_owner(contract: SocialContract, ctx: RuleContext) -> Iterator[Violation]:
    for i, action in enumerate(contract.actions):
        owner = getattr(action, "owner", None)
        if owner is None:
            yield Violation(
                f"Działanie nr {i + 1} kontraktu socjalnego nr {contract.number} nie wskazuje, "
                "kto je realizuje (osoba/rodzina, pracownik socjalny, ośrodek czy inna "
                "instytucja).",
                path=path("actions", i, "owner"),
            )
        elif owner is ActionOwner.INSTITUTION and _blank(getattr(action, "owner_name", None)):
            yield Violation(
                f"Działanie nr {i + 1} kontraktu socjalnego nr {contract.number} realizuje "
                "inna instytucja, ale nie podano jej nazwy.",
                path=path("actions", i, "owner_name"),
            )


@rule(
    "SW-CON-003",
    "Każde działanie kontraktu ma termin realizacji",
    applies_to="social_contract",
    legal_basis=_DEFINITION,
    verified=False,
    note="That actions carry terms is partly verified (NIK audit of kontrakty).",
)
def action_has_due(contract: SocialContract, ctx: RuleContext) -> Iterator[Violation]:
    for i, action in enumerate(contract.actions):
        if getattr(action, "due", None) is None:
            yield Violation(
                f"Działanie nr {i + 1} kontraktu socjalnego nr {contract.number} nie ma "
                "terminu realizacji.",
                path=path("actions", i, "due"),
            )


@rule(
    "SW-CON-004",
    "Termin realizacji działania mieści się w okresie obowiązywania kontraktu",
    applies_to="social_contract",
    legal_basis=_DEFINITION,
    verified=False,
    note="An action due before valid_from or after valid_to cannot be carried out under the "
    "kontrakt; extend the kontrakt by an amendment (część II) or change the term.",
)
def action_due_in_period(contract: SocialContract, ctx: RuleContext) -> Iterator[Violation]:
    start, end = contract.valid_from, contract.valid_to
    for i, action in enumerate(contract.actions):
        due = getattr(action, "due", None)
        if due is None or start <= due <= end:
            continue
        side = "przed rozpoczęciem" if due < start else "po zakończeniu"
        yield Violation(
            f"Termin działania nr {i + 1} – {day(due)} – przypada "
            f"{side} okresu obowiązywania kontraktu ({day(start)} – {day(end)}).",
            path=path("actions", i, "due"),
        )


@rule(
    "SW-CON-005",
    "Kontrakt obowiązujący (podpisany lub w realizacji) jest podpisany przez obie strony",
    applies_to="social_contract",
    legal_basis=_DEFINITION,
    note="Art. 6 pkt 6: a kontrakt is a written agreement between the person and the social "
    "worker, so both signatures are needed before it binds.",
)
def signed_by_both(contract: SocialContract, ctx: RuleContext) -> Iterator[Violation]:
    if contract.status not in IN_FORCE and contract.status not in ENDED:
        return
    if contract.client_signed_on is None:
        yield Violation(
            f"Kontrakt socjalny nr {contract.number} ma status „{contract.status.label}”, "
            "ale brak podpisu osoby (rodziny) zawierającej kontrakt.",
            path=path("client_signed_on"),
        )
    if contract.worker_signed_on is None:
        yield Violation(
            f"Kontrakt socjalny nr {contract.number} ma status „{contract.status.label}”, "
            "ale brak podpisu pracownika socjalnego.",
            path=path("worker_signed_on"),
        )


@rule(
    "SW-CON-006",
    "Przy rozwiązaniu lub zerwaniu kontraktu podaje się przyczynę",
    applies_to="social_contract",
    legal_basis=ups(11, ustep=2),
    verified=False,
    note="Non-performance of a kontrakt may ground refusal or withdrawal of benefits "
    "(art. 11 ust. 2), so the reason must be recorded; the 'uzasadnienie rozwiązania' field "
    "of część II is UNVERIFIED as a label.",
)
def termination_has_reason(contract: SocialContract, ctx: RuleContext) -> Iterator[Violation]:
    if contract.status not in ENDED_EARLY:
        return
    termination = contract.termination
    if termination is None or _blank(getattr(termination, "reason", None)):
        where = "termination" if termination is None else "termination.reason"
        yield Violation(
            f"Kontrakt socjalny nr {contract.number} ma status „{contract.status.label}”, "
            "ale nie podano przyczyny jego "
            f"{'zerwania' if contract.status is ContractStatus.BROKEN else 'rozwiązania'}.",
            path=path(*where.split(".")),
        )


@rule(
    "SW-CON-007",
    "Kontrakt zakończony (zrealizowany, rozwiązany lub zerwany) ma ocenę realizacji "
    "(część II)",
    applies_to="social_contract",
    legal_basis=_CONTRACT,
    verified=False,
    note="Część II of the wzór is the evaluation of the kontrakt (that it exists is verified; "
    "its fields are UNVERIFIED). Either per-goal evaluations or a summary satisfy the rule.",
)
def ended_has_evaluation(contract: SocialContract, ctx: RuleContext) -> Iterator[Violation]:
    if contract.status not in ENDED:
        return
    if not contract.evaluation and _blank(contract.evaluation_summary):
        yield Violation(
            f"Kontrakt socjalny nr {contract.number} ma status „{contract.status.label}”, "
            "ale nie ma oceny realizacji (część II kontraktu): oceń realizację każdego celu.",
            path=path("evaluation"),
        )


RULES = (
    contract_has_goal,
    action_has_owner,
    action_has_due,
    action_due_in_period,
    signed_by_both,
    termination_has_reason,
    ended_has_evaluation,
)
