"""AlimonyInterview, AssetStatement and HomelessnessProgram: structural invariants, JSON round
trips (also of generated variants) and bad input refused with the path of the problem."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import socialwork as sw
import socialwork.model as m
from socialwork import examples
from socialwork.errors import InputError

D = dt.date


def alimony() -> m.AlimonyInterview:
    obj = examples.load("wywiad-alimentacyjny")
    assert isinstance(obj, m.AlimonyInterview)
    return obj


def statement() -> m.AssetStatement:
    obj = examples.load("oswiadczenie-majatkowe")
    assert isinstance(obj, m.AssetStatement)
    return obj


def program() -> m.HomelessnessProgram:
    obj = examples.load("ipwzb")
    assert isinstance(obj, m.HomelessnessProgram)
    return obj


def paths(error: InputError) -> set[str]:
    return {p.path for p in error.problems}


def _refused(obj: object, **changes: Any) -> set[str]:
    with pytest.raises(InputError) as caught:
        attrs.evolve(obj, **changes)
    return paths(caught.value)


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("obj", [alimony(), statement(), program()], ids=type)
def test_round_trip_through_json(obj: object) -> None:
    text = sw.to_json(obj)
    assert sw.from_json(text) == obj
    assert sw.to_json(sw.from_json(text)) == text


@settings(max_examples=40, deadline=None)
@given(
    amount=st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False),
    note=st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40
    ).filter(str.strip),
    refused=st.booleans(),
)
def test_generated_variants_round_trip(amount: Decimal, note: str, refused: bool) -> None:
    savings = (m.Savings(kind=note, amount=amount, owner_id="os-marek-wojcik"),)
    s = attrs.evolve(statement(), assets=attrs.evolve(statement().assets, savings=savings))
    assert sw.from_json(sw.to_json(s)) == s
    a = attrs.evolve(
        alimony(), assets=None if refused else alimony().assets, statement_refused=refused,
        remarks=note,
    )
    assert sw.from_json(sw.to_json(a)) == a


def test_the_facade_exports_the_new_models() -> None:
    assert sw.AlimonyInterview is m.AlimonyInterview
    assert sw.AssetStatement is m.AssetStatement
    assert sw.HomelessnessProgram is m.HomelessnessProgram


# --------------------------------------------------------------------------- AlimonyInterview


def test_alimony_needs_an_entitled_person() -> None:
    assert "$.entitled" in _refused(alimony(), entitled=())


def test_alimony_debtor_is_not_entitled_and_no_one_twice() -> None:
    first = alimony().entitled[0]
    debtor_as_child = attrs.evolve(first, person=alimony().debtor)
    assert "$.entitled[0].person.id" in _refused(alimony(), entitled=(debtor_as_child,))
    assert "$.entitled[1].person.id" in _refused(alimony(), entitled=(first, first))


def test_alimony_dates_in_order() -> None:
    assert "$.conducted_on" in _refused(alimony(), conducted_on=D(2026, 10, 30))
    assert "$.pup_registration_due" in _refused(alimony(), pup_registration_due=D(2026, 11, 1))
    assert "$.pup_informed_on" in _refused(alimony(), pup_informed_on=D(2026, 11, 1))


def test_alimony_refusal_and_assets_exclude_each_other() -> None:
    assert "$.statement_refused" in _refused(alimony(), statement_refused=True)
    assert "$.assets" in _refused(alimony(), interview_prevented=True)
    prevented = attrs.evolve(alimony(), assets=None, interview_prevented=True)
    assert prevented.interview_prevented


def test_alimony_repr_hides_what_the_debtor_said() -> None:
    text = repr(alimony())
    assert "nadciśnienia" not in text and "dobry stan zdrowia" not in text.lower()
    assert "84021987135" not in text  # the PESEL is masked
    assert text.startswith("AlimonyInterview(id=")  # ids and the type only


def test_alimony_monthly_total() -> None:
    assert alimony().monthly_total == Decimal("1100.00")


# --------------------------------------------------------------------------- AssetStatement


def test_statement_owner_must_be_a_household_person() -> None:
    estate = attrs.evolve(statement().assets.real_estate[0], owner_id="os-obcy")
    assets = attrs.evolve(statement().assets, real_estate=(estate,))
    assert "$.assets.real_estate[0].owner_id" in _refused(statement(), assets=assets)


def test_statement_totals_and_owner_names() -> None:
    s = statement()
    assert s.assets.savings_total == Decimal("725.00")
    assert s.assets.debts_total == Decimal("1240.00")
    assert s.owner_name(None) == "Marek Wójcik"
    assert s.owner_name("os-agnieszka-wojcik") == "Agnieszka Maria Wójcik"


def test_statement_amounts_are_money() -> None:
    with pytest.raises(InputError) as caught:
        m.Savings(kind="gotówka", amount=Decimal("1.234"))
    assert paths(caught.value) == {"$.amount"}
    with pytest.raises(InputError):
        m.Debt(creditor="Bank", title="kredyt", amount=Decimal("-1.00"))


# --------------------------------------------------------------------------- HomelessnessProgram


def test_program_period_and_stages() -> None:
    assert "$.end" in _refused(program(), end=D(2026, 11, 19))
    assert "$.start" in _refused(program(), start=D(2026, 11, 1))
    stage = attrs.evolve(program().stages[0], end=D(2027, 12, 31))
    assert "$.stages[0]" in _refused(program(), stages=(stage, *program().stages[1:]))
    dup = program().stages[0]
    assert "$.stages[1].id" in _refused(program(), stages=(dup, dup))


def test_program_references_known_stages() -> None:
    action = attrs.evolve(program().person_actions[0], stage_id="etap-9")
    assert "$.person_actions[0].stage_id" in _refused(program(), person_actions=(action,))
    meeting = attrs.evolve(program().meetings[0], stage_id="etap-9")
    assert "$.meetings[0].stage_id" in _refused(program(), meetings=(meeting,))
    late = attrs.evolve(program().meetings[0], on=D(2027, 7, 1))
    assert "$.meetings[0].on" in _refused(program(), meetings=(late,))


def test_program_signatures_and_approval_not_before_drawing_up() -> None:
    assert "$.client_signed_on" in _refused(program(), client_signed_on=D(2026, 11, 1))
    approval = attrs.evolve(program().approval, approved_on=D(2026, 11, 1))
    assert "$.approval.approved_on" in _refused(program(), approval=approval)


def test_program_repr_hides_the_analysis() -> None:
    assert "abstynencj" not in repr(program())
    assert program().stage("etap-2") == program().stages[1]
    assert program().stage(None) is None


# --------------------------------------------------------------------------- bad JSON


def _bad(name: str, edit: Any) -> InputError:
    data = json.loads(examples.path(name).read_text(encoding="utf-8"))
    edit(data)
    with pytest.raises(InputError) as caught:
        sw.from_json(json.dumps(data, ensure_ascii=False))
    return caught.value


def test_bad_json_is_refused_with_the_path() -> None:
    error = _bad("wywiad-alimentacyjny", lambda d: d["entitled"][1].update(monthly_amount="x"))
    assert "$.entitled[1].monthly_amount" in paths(error)
    error = _bad("wywiad-alimentacyjny", lambda d: d.pop("employed"))
    assert "$.employed" in paths(error)
    error = _bad(
        "oswiadczenie-majatkowe",
        lambda d: d["assets"]["debts"][0].update(owner_id="os-nikt"),
    )
    assert "$.assets.debts[0].owner_id" in paths(error)
    error = _bad("ipwzb", lambda d: d["meetings"][2].update(on="2027-02-30"))
    assert "$.meetings[2].on" in paths(error)
    error = _bad("ipwzb", lambda d: d["stages"][0].update(end="2026-11-01"))
    assert "$.stages[0].end" in paths(error)


def test_link_fields_refuse_a_bad_id() -> None:
    error = _bad("kontrakt-socjalny", lambda d: d.update(homelessness_program_id="zły id"))
    assert "$.homelessness_program_id" in paths(error)
    error = _bad(
        "skierowanie-schronisko",
        lambda d: d["shelter"].update(homelessness_program_id=""),
    )
    assert "$.shelter.homelessness_program_id" in paths(error)


def test_bad_input_never_echoes_personal_data() -> None:
    error = _bad("wywiad-alimentacyjny", lambda d: d["debtor"].update(pesel="84021987136"))
    assert "84021987136" not in str(error)
    assert "$.debtor.pesel" in paths(error)
