"""SW-CON-001 … SW-CON-007: the kontrakt socjalny, both ways.

Some conditions (no main goal, an action without owner or term, a signed kontrakt without a
signature date, a termination without reason) are also structural invariants of the model,
so a kontrakt loaded from JSON cannot have them; the rules still report them for objects
built around the model's checks (``unchecked``)."""

from __future__ import annotations

import datetime as dt

from socialwork.model import ContractAction, ContractStatus, GoalResult, Termination
from socialwork.model.contract import GoalEvaluation
from socialwork.model.enums import ActionOwner
from socialwork.rules import validate

from .builders import contract, signed_contract, unchecked


def test_clean_contract() -> None:
    assert validate(contract()).findings == ()
    assert validate(signed_contract().start()).findings == ()


def test_contract_without_goal() -> None:
    found = validate(unchecked(contract(), main_goal="  ")).by_code("SW-CON-001")
    assert [f.path for f in found] == ["$.main_goal"]
    assert "KS/1/2025" in found[0].message


def test_action_without_owner() -> None:
    action = unchecked(contract().actions[0], owner=None)
    found = validate(unchecked(contract(), actions=(action,))).by_code("SW-CON-002")
    assert [f.path for f in found] == ["$.actions[0].owner"]
    assert not validate(contract()).by_code("SW-CON-002")


def test_action_without_due() -> None:
    base = contract()
    ok = ContractAction(description="Terapia", owner=ActionOwner.WORKER,
                        due=dt.date(2025, 4, 1))
    action = unchecked(base.actions[0], due=None)
    found = validate(unchecked(base, actions=(ok, action))).by_code("SW-CON-003")
    assert [f.path for f in found] == ["$.actions[1].due"]
    assert not validate(base).by_code("SW-CON-003")


def test_action_due_outside_the_period() -> None:
    actions = (
        ContractAction(description="Przed", owner=ActionOwner.CLIENT, due=dt.date(2025, 2, 28)),
        ContractAction(description="Pierwszy dzień", owner=ActionOwner.CLIENT,
                       due=dt.date(2025, 3, 1)),
        ContractAction(description="Ostatni dzień", owner=ActionOwner.CLIENT,
                       due=dt.date(2025, 6, 30)),
        ContractAction(description="Po", owner=ActionOwner.CLIENT, due=dt.date(2025, 7, 1)),
    )
    found = validate(contract(actions=actions)).by_code("SW-CON-004")
    assert [f.path for f in found] == ["$.actions[0].due", "$.actions[3].due"]
    assert "przed rozpoczęciem" in found[0].message and "po zakończeniu" in found[1].message


def test_contract_in_force_without_signatures() -> None:
    signed = signed_contract()
    found = validate(unchecked(signed, worker_signed_on=None)).by_code("SW-CON-005")
    assert [f.path for f in found] == ["$.worker_signed_on"]
    both = unchecked(signed.start(), client_signed_on=None, worker_signed_on=None)
    assert len(validate(both).by_code("SW-CON-005")) == 2
    # a draft needs no signatures yet
    assert not validate(contract()).by_code("SW-CON-005")


def test_terminated_without_reason() -> None:
    terminated = signed_contract().terminate(on=dt.date(2025, 4, 1), reason="Wyjazd z gminy.")
    assert not validate(terminated).by_code("SW-CON-006")
    no_reason = unchecked(terminated, termination=unchecked(terminated.termination, reason=""))
    found = validate(no_reason).by_code("SW-CON-006")
    assert [f.path for f in found] == ["$.termination.reason"]
    missing = unchecked(terminated, termination=None)
    assert [f.path for f in validate(missing).by_code("SW-CON-006")] == ["$.termination"]
    broken = signed_contract().mark_broken(on=dt.date(2025, 4, 1), reason="Niedotrzymanie.")
    assert not validate(broken).by_code("SW-CON-006")
    assert isinstance(broken.termination, Termination)


def test_ended_without_evaluation() -> None:
    completed = signed_contract().start().complete()
    found = validate(completed).by_code("SW-CON-007")
    assert [f.path for f in found] == ["$.evaluation"] and found[0].severity == "error"
    evaluated = unchecked(completed, evaluation=(
        GoalEvaluation(goal_id="g1", result=GoalResult.ACHIEVED, evaluated_on=dt.date(2025, 7, 1)),
    ))
    assert not validate(evaluated).by_code("SW-CON-007")
    summary = unchecked(completed, evaluation_summary="Cel osiągnięty.")
    assert not validate(summary).by_code("SW-CON-007")
    broken = signed_contract().mark_broken(on=dt.date(2025, 4, 1), reason="Niedotrzymanie.")
    assert validate(broken).by_code("SW-CON-007")
    assert not validate(signed_contract().start()).by_code("SW-CON-007")
    assert completed.status is ContractStatus.COMPLETED


def test_messages_never_quote_action_text() -> None:
    secret = "Terapia odwykowa w poradni leczenia uzależnień"
    actions = (ContractAction(description=secret, owner=ActionOwner.CLIENT,
                              due=dt.date(2026, 1, 1)),)
    report = validate(unchecked(contract(actions=actions), main_goal=""))
    assert report.by_code("SW-CON-004")
    assert all(secret not in f.message for f in report.findings)
