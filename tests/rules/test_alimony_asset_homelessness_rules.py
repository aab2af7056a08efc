"""SW-ALI-*, SW-AST-* and SW-HOM-*: each rule proved both ways — it reports the broken case
and stays silent on the correct one (the shipped examples are correct cases)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialwork import examples
from socialwork.model import (
    AlimonyInterview,
    AssetStatement,
    HomelessnessProgram,
    Referral,
    ResponsibleBody,
    SocialContract,
)
from socialwork.rules import validate

D = dt.date


def _codes(obj: object, *, on: dt.date | None = None, related: tuple[object, ...] = ()) -> set[str]:
    return {f.code for f in validate(obj, on=on, related=list(related)).findings}


def _findings(obj: object, code: str, **kw: object) -> list[object]:
    return [f for f in validate(obj, **kw).findings if f.code == code]  # type: ignore[arg-type]


@pytest.fixture
def alimony() -> AlimonyInterview:
    obj = examples.load("wywiad-alimentacyjny")
    assert isinstance(obj, AlimonyInterview)
    return obj


@pytest.fixture
def statement() -> AssetStatement:
    obj = examples.load("oswiadczenie-majatkowe")
    assert isinstance(obj, AssetStatement)
    return obj


@pytest.fixture
def program() -> HomelessnessProgram:
    obj = examples.load("ipwzb")
    assert isinstance(obj, HomelessnessProgram)
    return obj


# --------------------------------------------------------------------------- SW-ALI


def test_the_alimony_example_is_clean(alimony: AlimonyInterview) -> None:
    assert not {c for c in _codes(alimony) if c.startswith("SW-ALI")}


@pytest.mark.parametrize(
    "field",
    ["family_situation", "income_situation", "occupational_situation", "health",
     "reasons_for_non_payment"],
)
def test_ali_001_each_blank_area_is_reported(alimony: AlimonyInterview, field: str) -> None:
    found = _findings(attrs.evolve(alimony, **{field: "  "}), "SW-ALI-001")
    assert [f.path for f in found] == [f"$.{field}"]  # type: ignore[attr-defined]
    # a prevented interview is not blamed for blank areas
    prevented = attrs.evolve(alimony, **{field: ""}, assets=None, interview_prevented=True)
    assert "SW-ALI-001" not in _codes(prevented)


def test_ali_002_registration_deadline(alimony: AlimonyInterview) -> None:
    assert "SW-ALI-002" in _codes(attrs.evolve(alimony, pup_registration_due=None))
    too_late = alimony.conducted_on + dt.timedelta(days=31)
    found = _findings(attrs.evolve(alimony, pup_registration_due=too_late), "SW-ALI-002")
    assert found and "30 dni" in found[0].message  # type: ignore[attr-defined]
    just_in_time = alimony.conducted_on + dt.timedelta(days=30)
    assert "SW-ALI-002" not in _codes(attrs.evolve(alimony, pup_registration_due=just_in_time))
    # an employed debtor, or one already registered, is not obliged to register
    employed = attrs.evolve(alimony, employed=True, pup_registration_due=None)
    assert "SW-ALI-002" not in _codes(employed)
    registered = attrs.evolve(alimony, registered_in_pup=True, pup_registration_due=None)
    assert "SW-ALI-002" not in _codes(registered)


@settings(max_examples=30, deadline=None)
@given(days=st.integers(min_value=0, max_value=120))
def test_ali_002_the_limit_is_exactly_30_days(days: int) -> None:
    alimony = examples.load("wywiad-alimentacyjny")
    assert isinstance(alimony, AlimonyInterview)
    case = attrs.evolve(
        alimony, pup_registration_due=alimony.conducted_on + dt.timedelta(days=days)
    )
    assert ("SW-ALI-002" in _codes(case)) == (days > 30)


def test_ali_003_pup_informed_is_a_warning(alimony: AlimonyInterview) -> None:
    report = validate(attrs.evolve(alimony, pup_informed_on=None))
    found = report.by_code("SW-ALI-003")
    assert found and all(f.severity == "warning" for f in found)
    assert report.ok  # no error
    assert not validate(attrs.evolve(alimony, employed=True, pup_informed_on=None)).by_code(
        "SW-ALI-003"
    )


def test_ali_004_statement_taken(alimony: AlimonyInterview) -> None:
    assert "SW-ALI-004" in _codes(attrs.evolve(alimony, assets=None))
    assert "SW-ALI-004" not in _codes(attrs.evolve(alimony, assets=None, statement_refused=True))
    assert "SW-ALI-004" not in _codes(alimony)


def test_ali_005_refusal_or_prevention_starts_proceedings(alimony: AlimonyInterview) -> None:
    refused = _findings(attrs.evolve(alimony, assets=None, statement_refused=True), "SW-ALI-005")
    assert [f.path for f in refused] == ["$.statement_refused"]  # type: ignore[attr-defined]
    prevented = attrs.evolve(alimony, assets=None, interview_prevented=True)
    assert [f.path for f in _findings(prevented, "SW-ALI-005")] == [  # type: ignore[attr-defined]
        "$.interview_prevented"
    ]
    assert "SW-ALI-005" not in _codes(alimony)


def test_ali_messages_do_not_quote_the_interview(alimony: AlimonyInterview) -> None:
    case = attrs.evolve(alimony, health=" ", pup_registration_due=None, assets=None)
    for finding in validate(case).findings:
        assert "Deklaruje" not in finding.message and "84021987135" not in finding.message


# --------------------------------------------------------------------------- SW-AST


def test_ast_001_statement_of_the_interviewed_household(statement: AssetStatement) -> None:
    interview = examples.load("wywiad-srodowiskowy")
    assert "SW-AST-001" not in _codes(statement, related=(interview,))
    other = attrs.evolve(examples.load("wywiad-srodowiskowy-aktualizacja"), id="rws-2026-0412")
    assert "SW-AST-001" in _codes(statement, related=(other,))
    early = attrs.evolve(statement, signed_on=D(2026, 11, 2))
    found = _findings(early, "SW-AST-001", related=[interview])
    assert [f.path for f in found] == ["$.signed_on"]  # type: ignore[attr-defined]
    # without the interview, or naming none, the rule cannot tell
    assert "SW-AST-001" not in _codes(attrs.evolve(statement, interview_id=None), related=(other,))
    assert "SW-AST-001" not in _codes(statement)


def test_ast_002_clause(statement: AssetStatement) -> None:
    found = _findings(attrs.evolve(statement, clause_confirmed=False), "SW-AST-002")
    assert found and "Jestem świadomy odpowiedzialności karnej" in found[0].message  # type: ignore[attr-defined]
    assert "SW-AST-002" not in _codes(statement)


# --------------------------------------------------------------------------- SW-HOM


def test_the_program_example_is_clean(program: HomelessnessProgram) -> None:
    for on in (program.drawn_up_on, program.start, program.end):
        assert not {c for c in _codes(program, on=on) if c.startswith("SW-HOM")}


def test_hom_001_approval(program: HomelessnessProgram) -> None:
    draft = attrs.evolve(program, approval=None)
    assert "SW-HOM-001" not in _codes(draft, on=D(2026, 11, 19))  # before the start: a draft
    assert "SW-HOM-001" in _codes(draft, on=program.start)
    unsigned = attrs.evolve(program, client_signed_on=None)
    found = _findings(unsigned, "SW-HOM-001")
    assert [f.path for f in found] == ["$.client_signed_on"]  # type: ignore[attr-defined]
    late = attrs.evolve(program, worker_signed_on=D(2026, 11, 18))
    found = _findings(late, "SW-HOM-001")
    assert [f.path for f in found] == ["$.approval.approved_on"]  # type: ignore[attr-defined]


def test_hom_002_responsible_bodies(program: HomelessnessProgram) -> None:
    assert "SW-HOM-002" in _codes(attrs.evolve(program, responsible_bodies=()))
    only_insurance = attrs.evolve(
        program, responsible_bodies=(), exceeds_facility_means=False, health_insurance=True
    )
    found = _findings(only_insurance, "SW-HOM-002")
    assert found and "ubezpieczenie zdrowotne" in found[0].message  # type: ignore[attr-defined]
    neither = attrs.evolve(
        program, responsible_bodies=(), exceeds_facility_means=False, health_insurance=False
    )
    assert "SW-HOM-002" not in _codes(neither)
    one = attrs.evolve(program, responsible_bodies=(ResponsibleBody(name="PUP", provision="x"),))
    assert "SW-HOM-002" not in _codes(one)


def test_hom_003_meetings_per_stage(program: HomelessnessProgram) -> None:
    no_stages = attrs.evolve(
        program, stages=(), meetings=(), person_actions=(), worker_actions=()
    )
    assert [f.path for f in _findings(no_stages, "SW-HOM-003")] == ["$.stages"]  # type: ignore[attr-defined]
    missing = attrs.evolve(
        program, meetings=tuple(m for m in program.meetings if m.stage_id != "etap-2")
    )
    found = _findings(missing, "SW-HOM-003")
    assert [f.path for f in found] == ["$.stages[1]"]  # type: ignore[attr-defined]
    assert all(f.severity == "warning" for f in found)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["kontrakt-socjalny", "skierowanie-schronisko"])
def test_hom_004_link_to_the_same_person(name: str, program: HomelessnessProgram) -> None:
    linked = examples.load(name)
    assert isinstance(linked, (SocialContract, Referral))
    assert "SW-HOM-004" not in _codes(linked, related=(program,))
    someone_else = attrs.evolve(program, client=examples.load("klient"))
    found = _findings(linked, "SW-HOM-004", related=[someone_else])
    expected = (
        "$.homelessness_program_id"
        if isinstance(linked, SocialContract)
        else "$.shelter.homelessness_program_id"
    )
    assert [f.path for f in found] == [expected]  # type: ignore[attr-defined]
    # another program id in the case, or no link: nothing to compare
    other_id = attrs.evolve(someone_else, id="ipwzb-inny")
    assert "SW-HOM-004" not in _codes(linked, related=(other_id,))
    assert "SW-HOM-004" not in _codes(linked)
