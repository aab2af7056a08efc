"""SW-CON-001 … SW-CON-007: the kontrakt socjalny, both ways.

Every case is a real model object: built with the public constructors / transition methods,
or loaded from JSON with :func:`socialwork.serialization.from_json` (a key left out or set
to ``null``). The model accepts such a kontrakt; the rules report it."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest

from socialwork.model import (
    ContractAction,
    ContractStatus,
    Goal,
    GoalResult,
    SocialContract,
    Termination,
)
from socialwork.model.contract import GoalEvaluation
from socialwork.model.enums import ActionOwner
from socialwork.rules import validate
from socialwork.serialization import from_json, to_json

from .builders import contract, signed_contract, unchecked

D = dt.date
UPS_6 = "art. 6 pkt 6 ustawy o pomocy społecznej"


def as_data(obj: object) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(to_json(obj))
    return data


def load(data: dict[str, Any]) -> SocialContract:
    obj = from_json(json.dumps(data))
    assert isinstance(obj, SocialContract)
    return obj


def test_clean_contract() -> None:
    assert validate(contract()).findings == ()
    assert validate(signed_contract().start()).findings == ()


# --------------------------------------------------------------------------- SW-CON-001


@pytest.mark.parametrize("goal", [None, "", "   "])
def test_contract_without_goal(goal: str | None) -> None:
    built = contract(main_goal=goal, goals=(), actions=())
    found = validate(built).by_code("SW-CON-001")
    assert [f.path for f in found] == ["$.main_goal"]
    assert "KS/1/2025" in found[0].message and found[0].legal_basis == UPS_6
    assert found[0].severity == "error"


def test_contract_without_goal_from_json() -> None:
    data = as_data(contract())
    del data["main_goal"]
    report = validate(load(data))
    assert [f.path for f in report.by_code("SW-CON-001")] == ["$.main_goal"]
    assert not report.ok
    data["main_goal"] = None
    assert validate(load(data)).by_code("SW-CON-001")


def test_specific_goals_alone_do_not_replace_the_main_goal() -> None:
    assert validate(contract(main_goal=None)).by_code("SW-CON-001")
    assert not validate(contract(goals=(), actions=())).by_code("SW-CON-001")


# --------------------------------------------------------------------------- SW-CON-002/003


def test_action_without_owner() -> None:
    actions = (
        ContractAction(description="Rejestracja w PUP", due=D(2025, 3, 15)),
        ContractAction(description="Kurs", owner=ActionOwner.CLIENT, due=D(2025, 4, 1)),
    )
    found = validate(contract(actions=actions)).by_code("SW-CON-002")
    assert [f.path for f in found] == ["$.actions[0].owner"]
    assert found[0].legal_basis == UPS_6
    assert not validate(contract()).by_code("SW-CON-002")


def test_action_by_unnamed_institution() -> None:
    unnamed = ContractAction(description="Kurs", owner=ActionOwner.INSTITUTION, due=D(2025, 4, 1))
    found = validate(contract(actions=(unnamed,))).by_code("SW-CON-002")
    assert [f.path for f in found] == ["$.actions[0].owner_name"]
    named = attrs.evolve(unnamed, owner_name="Powiatowy Urząd Pracy w Otwocku")
    assert not validate(contract(actions=(named,))).by_code("SW-CON-002")


def test_action_without_due() -> None:
    ok = ContractAction(description="Terapia", owner=ActionOwner.WORKER, due=D(2025, 4, 1))
    undated = ContractAction(description="Kurs", owner=ActionOwner.CLIENT)
    report = validate(contract(actions=(ok, undated)))
    assert [f.path for f in report.by_code("SW-CON-003")] == ["$.actions[1].due"]
    assert not report.by_code("SW-CON-004")  # no term: nothing to compare with the period
    assert not validate(contract()).by_code("SW-CON-003")


def test_actions_without_owner_and_due_from_json() -> None:
    data = as_data(contract())
    del data["actions"][0]["owner"]
    data["actions"][0]["due"] = None
    report = validate(load(data))
    assert [f.path for f in report.by_code("SW-CON-002")] == ["$.actions[0].owner"]
    assert [f.path for f in report.by_code("SW-CON-003")] == ["$.actions[0].due"]


# --------------------------------------------------------------------------- SW-CON-004


def test_action_due_outside_the_period() -> None:
    actions = (
        ContractAction(description="Przed", owner=ActionOwner.CLIENT, due=D(2025, 2, 28)),
        ContractAction(description="Pierwszy dzień", owner=ActionOwner.CLIENT,
                       due=D(2025, 3, 1)),
        ContractAction(description="Ostatni dzień", owner=ActionOwner.CLIENT,
                       due=D(2025, 6, 30)),
        ContractAction(description="Po", owner=ActionOwner.CLIENT, due=D(2025, 7, 1)),
    )
    found = validate(contract(actions=actions)).by_code("SW-CON-004")
    assert [f.path for f in found] == ["$.actions[0].due", "$.actions[3].due"]
    assert "przed rozpoczęciem" in found[0].message and "po zakończeniu" in found[1].message


# --------------------------------------------------------------------------- SW-CON-005


@pytest.mark.parametrize(
    "status", [ContractStatus.SIGNED, ContractStatus.IN_PROGRESS, ContractStatus.COMPLETED]
)
def test_contract_in_force_or_ended_without_signatures(status: ContractStatus) -> None:
    both = contract(status=status)
    found = validate(both).by_code("SW-CON-005")
    assert [f.path for f in found] == ["$.client_signed_on", "$.worker_signed_on"]
    assert found[0].legal_basis == UPS_6
    one = contract(status=status, client_signed_on=D(2025, 3, 1))
    assert [f.path for f in validate(one).by_code("SW-CON-005")] == ["$.worker_signed_on"]


def test_signatures_from_json() -> None:
    data = as_data(signed_contract().start())
    del data["worker_signed_on"]
    assert [f.path for f in validate(load(data)).by_code("SW-CON-005")] == ["$.worker_signed_on"]
    data["client_signed_on"] = None
    assert len(validate(load(data)).by_code("SW-CON-005")) == 2


def test_draft_needs_no_signatures() -> None:
    assert not validate(contract()).by_code("SW-CON-005")
    assert not validate(signed_contract()).by_code("SW-CON-005")


# --------------------------------------------------------------------------- SW-CON-006


def test_terminated_with_reason() -> None:
    terminated = signed_contract().terminate(on=D(2025, 4, 1), reason="Wyjazd z gminy.")
    assert not validate(terminated).by_code("SW-CON-006")
    broken = signed_contract().mark_broken(on=D(2025, 4, 1), reason="Niedotrzymanie.")
    assert not validate(broken).by_code("SW-CON-006")
    assert isinstance(broken.termination, Termination)


@pytest.mark.parametrize("status", [ContractStatus.TERMINATED, ContractStatus.BROKEN])
@pytest.mark.parametrize(
    ("termination", "where"),
    [
        (None, "$.termination"),
        (Termination(on=D(2025, 4, 1)), "$.termination.reason"),
        (Termination(on=D(2025, 4, 1), reason=" "), "$.termination.reason"),
    ],
)
def test_ended_early_without_reason(
    status: ContractStatus, termination: Termination | None, where: str
) -> None:
    built = contract(
        status=status, termination=termination,
        client_signed_on=D(2025, 3, 1), worker_signed_on=D(2025, 3, 1),
    )
    found = validate(built).by_code("SW-CON-006")
    assert [f.path for f in found] == [where]
    assert found[0].legal_basis == "art. 11 ust. 2 ustawy o pomocy społecznej"
    assert status.label in found[0].message


def test_terminated_without_reason_via_transition_and_json() -> None:
    terminated = signed_contract().terminate(on=D(2025, 4, 1), reason="")
    assert [f.path for f in validate(terminated).by_code("SW-CON-006")] == [
        "$.termination.reason"
    ]
    data = as_data(signed_contract().terminate(on=D(2025, 4, 1), reason="Wyjazd."))
    del data["termination"]["reason"]
    assert validate(load(data)).by_code("SW-CON-006")
    data["termination"] = None
    assert [f.path for f in validate(load(data)).by_code("SW-CON-006")] == ["$.termination"]


# --------------------------------------------------------------------------- SW-CON-007


def test_ended_without_evaluation() -> None:
    completed = signed_contract().start().complete()
    found = validate(completed).by_code("SW-CON-007")
    assert [f.path for f in found] == ["$.evaluation"] and found[0].severity == "error"
    evaluated = attrs.evolve(completed, evaluation=(
        GoalEvaluation(goal_id="g1", result=GoalResult.ACHIEVED, evaluated_on=D(2025, 7, 1)),
    ))
    assert not validate(evaluated).by_code("SW-CON-007")
    summary = attrs.evolve(completed, evaluation_summary="Cel osiągnięty.")
    assert not validate(summary).by_code("SW-CON-007")
    broken = signed_contract().mark_broken(on=D(2025, 4, 1), reason="Niedotrzymanie.")
    assert validate(broken).by_code("SW-CON-007")
    assert not validate(signed_contract().start()).by_code("SW-CON-007")
    assert completed.status is ContractStatus.COMPLETED


# --------------------------------------------------------------------------- all at once


def test_every_content_rule_on_one_json_contract() -> None:
    data = as_data(contract())
    data.update(status="in_progress", main_goal=None, client_signed_on="2025-03-01")
    del data["actions"][0]["owner"]
    del data["actions"][0]["due"]
    report = validate(load(data))
    assert {f.code for f in report.findings} == {
        "SW-CON-001", "SW-CON-002", "SW-CON-003", "SW-CON-005",
    }
    assert not report.ok


def test_messages_never_quote_action_text() -> None:
    secret = "Terapia odwykowa w poradni leczenia uzależnień"
    actions = (ContractAction(description=secret, owner=ActionOwner.CLIENT, due=D(2026, 1, 1)),
               ContractAction(description=secret))
    report = validate(contract(actions=actions, main_goal=""))
    assert report.by_code("SW-CON-004") and report.by_code("SW-CON-002")
    assert all(secret not in f.message for f in report.findings)


def test_rules_tolerate_objects_built_around_the_model() -> None:
    """A vendor's own loader may bypass validators: the rules still report, never raise."""
    action = unchecked(contract().actions[0], owner=None, due=None)
    report = validate(unchecked(contract(), actions=(action,), main_goal=None))
    assert {"SW-CON-001", "SW-CON-002", "SW-CON-003"} <= {f.code for f in report.findings}


def test_transition_without_reason_and_blank_goal() -> None:
    for method in ("terminate", "mark_broken"):
        ended = getattr(signed_contract(), method)(on=D(2025, 4, 1))
        assert [f.path for f in validate(ended).by_code("SW-CON-006")] == [
            "$.termination.reason"
        ]
    blank = contract(goals=(Goal(id="g1", description=" "),))
    assert [f.path for f in validate(blank).by_code("SW-CON-001")] == ["$.goals[0].description"]
