"""Structural invariants of the model, checked on construction (and on ``attrs.evolve``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialwork.model as m
from socialwork import examples
from socialwork.errors import InputError
from strategies import birth_dates, make_pesel, persons

D = dt.date
PESEL = "44051401359"  # 1944-05-14, man


def person(**changes: Any) -> m.Person:
    base: dict[str, Any] = dict(
        id="p1",
        first_name="Jan",
        last_name="Kowalski",
        birth_date=D(1944, 5, 14),
        sex=m.Sex.MALE,
        pesel=PESEL,
    )
    base.update(changes)
    return m.Person(**base)


def paths(error: InputError) -> set[str]:
    return {p.path for p in error.problems}


# --------------------------------------------------------------------------- Person


@given(birth_dates, st.integers(0, 999), st.booleans())
def test_any_valid_pesel_is_accepted_with_matching_data(
    born: dt.date, serial: int, male: bool
) -> None:
    p = m.Person(
        id="x",
        first_name="A",
        last_name="B",
        birth_date=born,
        sex=m.Sex.MALE if male else m.Sex.FEMALE,
        pesel=make_pesel(born, serial, male=male),
    )
    assert p.pesel is not None


@given(birth_dates, st.integers(0, 999), st.booleans(), st.integers(0, 9))
def test_a_changed_check_digit_is_refused(
    born: dt.date, serial: int, male: bool, digit: int
) -> None:
    good = make_pesel(born, serial, male=male)
    if str(digit) == good[-1]:
        return
    with pytest.raises(InputError) as info:
        m.Person(
            id="x",
            first_name="A",
            last_name="B",
            birth_date=born,
            sex=m.Sex.MALE if male else m.Sex.FEMALE,
            pesel=good[:-1] + str(digit),
        )
    assert good[:-1] not in str(info.value)


@pytest.mark.parametrize(
    "bad", ["4405140135", "440514013590", "4405140135a", " 44051401359", "44133101359", 44051401359]
)
def test_malformed_pesels(bad: object) -> None:
    with pytest.raises(InputError) as info:
        person(pesel=bad)
    assert paths(info.value) == {"$.pesel"}
    assert str(bad).strip() not in str(info.value)


def test_pesel_must_agree_with_birth_date_and_sex() -> None:
    with pytest.raises(m.ModelError) as info:
        person(birth_date=D(1944, 5, 15), sex=m.Sex.FEMALE)
    assert paths(info.value) == {"$.birth_date", "$.sex"}
    assert PESEL not in str(info.value)


def test_person_without_pesel_needs_a_document() -> None:
    with pytest.raises(m.ModelError) as info:
        person(pesel=None)
    assert paths(info.value) == {"$.identity_document"}
    doc = m.IdentityDocument(kind=m.IdentityDocumentKind.PASSPORT, number="FX1234567")
    assert person(pesel=None, identity_document=doc).identity_document == doc


@pytest.mark.parametrize("field", ["first_name", "last_name"])
@pytest.mark.parametrize("value", ["", "   ", "\t"])
def test_names_must_not_be_blank(field: str, value: str) -> None:
    with pytest.raises(InputError) as info:
        person(**{field: value})
    assert paths(info.value) == {f"$.{field}"}


def test_optional_text_is_none_not_empty() -> None:
    with pytest.raises(InputError):
        person(second_name="")


def test_control_characters_are_refused_in_text() -> None:
    with pytest.raises(InputError, match="control character"):
        person(first_name="Jan\x07")
    assert person(first_name="Jan\tMaria").first_name == "Jan\tMaria"


@pytest.mark.parametrize("bad", ["p 1", "", "-p", "ą", "x" * 65, 5])
def test_ids(bad: object) -> None:
    with pytest.raises(InputError):
        person(id=bad)


def test_birth_date_must_be_a_date_not_datetime() -> None:
    with pytest.raises(InputError):
        person(birth_date=dt.datetime(1944, 5, 14))


def test_evolve_reruns_the_invariants() -> None:
    p = person()
    with pytest.raises(InputError):
        attrs.evolve(p, birth_date=D(1950, 1, 1))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        p.first_name = "X"  # type: ignore[misc]


def test_age_and_full_name() -> None:
    p = person(second_name="Maria")
    assert p.full_name == "Jan Maria Kowalski"
    assert p.age_on(D(2026, 5, 13)) == 81
    assert p.age_on(D(2026, 5, 14)) == 82


# --------------------------------------------------------------------------- Address & contact


@pytest.mark.parametrize("code", ["05220", "05-2200", "5-220", "ab-cde", "05 220", "05–220"])
def test_postal_codes(code: str) -> None:
    with pytest.raises(InputError, match="NN-NNN"):
        m.Address(city="Zielonka", postal_code=code, building="1")


@pytest.mark.parametrize(
    "teryt",
    ["143405", "14340522", "1434050", "0134052", "1500000", "3434052", "1434056", "143405x"],
)
def test_bad_teryt_codes(teryt: str) -> None:
    with pytest.raises(InputError, match="TERYT"):
        m.Address(city="Zielonka", postal_code="05-220", building="1", teryt=teryt)


def test_address_lines() -> None:
    a = m.Address(
        city="Zielonka",
        postal_code="05-220",
        building="5",
        street="Leśna",
        flat="3",
        teryt="1434052",
    )
    assert a.line1 == "ul. Leśna 5 m. 3"
    assert str(a) == "ul. Leśna 5 m. 3, 05-220 Zielonka"
    village = m.Address(
        city="Stara Wieś", postal_code="05-252", building="41", post_office="Lipowiec"
    )
    assert village.line1 == "Stara Wieś 41"
    assert village.line2 == "05-252 Lipowiec"


def test_contact_formats() -> None:
    with pytest.raises(InputError):
        m.Contact(phone="12")
    with pytest.raises(InputError):
        m.Contact(email="no-at-sign")
    assert m.Contact(phone="+48 22 761 20 40", email="a@b.pl").phone


def test_client_needs_an_address_or_a_stay_description() -> None:
    with pytest.raises(m.ModelError) as info:
        m.Client(id="c1", person=person())
    assert paths(info.value) == {"$.address"}
    assert m.Client(id="c1", person=person(), stay_description="noclegownia").address is None


# --------------------------------------------------------------------------- money & income


def income(**changes: Any) -> m.Income:
    base: dict[str, Any] = dict(
        person_id="p1",
        month=D(2026, 10, 1),
        kind=m.IncomeKind.EMPLOYMENT,
        gross=Decimal("2450.00"),
    )
    base.update(changes)
    return m.Income(**base)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        (2450.0, "float"),
        (2450, "Decimal"),
        ("2450.00", "Decimal"),
        (Decimal("-0.01"), "negative"),
        (Decimal("1.001"), "2 decimal places"),
        (Decimal("NaN"), "finite"),
        (Decimal("Infinity"), "finite"),
        (Decimal("1E+3"), "plain notation"),
    ],
)
def test_money(value: object, fragment: str) -> None:
    with pytest.raises(InputError, match=fragment):
        income(gross=value)


def test_month_is_the_first_day() -> None:
    with pytest.raises(InputError, match="first day"):
        income(month=D(2026, 10, 15))


def test_farm_income_needs_hectares_and_only_farm_has_them() -> None:
    with pytest.raises(m.ModelError, match="hectares"):
        income(kind=m.IncomeKind.FARM, gross=Decimal("0.00"))
    with pytest.raises(m.ModelError, match="hectares"):
        income(hectares=Decimal("2.5"))
    farm = income(kind=m.IncomeKind.FARM, gross=Decimal("0.00"), hectares=Decimal("3.1234"))
    assert farm.hectares == Decimal("3.1234")
    with pytest.raises(InputError):
        income(kind=m.IncomeKind.FARM, gross=Decimal("0"), hectares=Decimal("1.00001"))


def test_deductions_cannot_exceed_gross() -> None:
    with pytest.raises(m.ModelError):
        income(
            gross=Decimal("100.00"),
            income_tax=Decimal("60.00"),
            health_contribution=Decimal("50.00"),
        )
    assert income(gross=Decimal("100.00"), alimony_paid=Decimal("500.00")).net == Decimal("0.00")


def test_income_net() -> None:
    i = income(
        income_tax=Decimal("47.00"),
        health_contribution=Decimal("189.57"),
        social_contributions=Decimal("335.90"),
    )
    assert i.net == Decimal("1877.53")


# --------------------------------------------------------------------------- family


def test_family_size_and_single() -> None:
    family = examples.load("rodzina")
    assert isinstance(family, m.Family)
    assert family.size == 4 and not family.single
    client = examples.load("klient")
    assert isinstance(client, m.Client)
    alone = m.Family(id="f", applicant=client)
    assert alone.size == 1 and alone.single
    assert family.person("os-kacper-wojcik").first_name == "Kacper"
    with pytest.raises(KeyError):
        family.person("nobody")


def test_family_refuses_duplicate_ids_and_pesels_and_unknown_income_owner() -> None:
    family = examples.load("rodzina")
    assert isinstance(family, m.Family)
    twin = attrs.evolve(
        family.members[1],
        person=attrs.evolve(family.members[1].person, id=family.members[0].person.id),
    )
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(family, members=(*family.members[:1], twin, *family.members[2:]))
    assert paths(info.value) == {"$.members[1].person.id"}
    same = m.FamilyMember(
        person=attrs.evolve(family.applicant.person, id="copy"), relation=m.Relation.OTHER_RELATIVE
    )
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(family, members=(*family.members, same))
    assert paths(info.value) == {"$.members[3].person.pesel"}
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(family, incomes=(income(person_id="stranger"),))
    assert paths(info.value) == {"$.incomes[0].person_id"}


@given(persons())
def test_generated_persons_are_valid(p: m.Person) -> None:
    assert p.pesel is not None or p.identity_document is not None


# --------------------------------------------------------------------------- interview


def test_interview_dates_and_sections() -> None:
    full = examples.load("wywiad-srodowiskowy")
    assert isinstance(full, m.Interview)
    assert full.missing_segments() == ()
    assert full.segment("a") is full.household_data
    draft = attrs.evolve(full, household_data=None, plan=None)
    assert draft.missing_segments() == ("A", "J")  # allowed structurally; rules report it
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(full, conducted_on=D(2026, 11, 2))
    assert paths(info.value) == {"$.conducted_on"}
    with pytest.raises(m.ModelError, match="update"):
        attrs.evolve(full, kind=m.InterviewKind.UPDATE)
    update = examples.load("wywiad-srodowiskowy-aktualizacja")
    assert isinstance(update, m.Interview)
    with pytest.raises(m.ModelError, match="część IV"):
        attrs.evolve(update, kind=m.InterviewKind.FULL)
    with pytest.raises(m.ModelError):
        attrs.evolve(full, household_data=m.HouseholdSegment(interviewee_id="nobody"))
    with pytest.raises(m.ModelError, match="duplicate"):
        attrs.evolve(full, reasons=(m.AssistanceReason.POVERTY, m.AssistanceReason.POVERTY))


# --------------------------------------------------------------------------- contract


def contract() -> m.SocialContract:
    obj = examples.load("kontrakt-socjalny")
    assert isinstance(obj, m.SocialContract)
    return obj


def test_contract_period_and_references() -> None:
    c = contract()
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(c, valid_to=D(2026, 10, 4))
    assert paths(info.value) == {"$.valid_to"}
    bad_action = attrs.evolve(c.actions[0], goal_id="cel-9")
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(
            c,
            actions=(bad_action, *c.actions[1:]),
            evaluation=(attrs.evolve(c.evaluation[0], goal_id="cel-7"),),
        )
    assert paths(info.value) == {"$.actions[0].goal_id", "$.evaluation[0].goal_id"}


def test_contract_structure_still_checked() -> None:
    c = contract()
    with pytest.raises(m.ModelError, match="termination"):
        attrs.evolve(c, termination=m.Termination(on=D(2026, 12, 1), reason="x"))
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(c, client_signed_on=D(2020, 1, 1))
    assert paths(info.value) == {"$.client_signed_on"}
    with pytest.raises(m.ModelError, match="typ B"):
        b = examples.load("kontrakt-socjalny-typ-b")
        assert isinstance(b, m.SocialContract)
        attrs.evolve(c, labour_market=b.labour_market)


def test_contract_content_required_by_law_is_left_to_the_rules() -> None:
    """No goal, actions without owner or term, a signed kontrakt without signature dates, a
    broken one without termination or reason: constructible, reported by SW-CON-*."""
    c = contract()
    unsigned = attrs.evolve(c, client_signed_on=None, worker_signed_on=None)
    assert unsigned.status is c.status and unsigned.client_signed_on is None
    assert attrs.evolve(c, status=m.ContractStatus.BROKEN).termination is None
    broken = attrs.evolve(
        c, status=m.ContractStatus.BROKEN, termination=m.Termination(on=D(2026, 12, 1))
    )
    assert broken.termination is not None and broken.termination.reason is None
    assert attrs.evolve(c, main_goal=None, goals=(), actions=(), evaluation=()).main_goal is None
    assert attrs.evolve(c, main_goal="  ").main_goal == "  "
    bare = m.ContractAction(description="x")
    assert bare.owner is None and bare.due is None
    institution = m.ContractAction(description="x", owner=m.ActionOwner.INSTITUTION)
    assert institution.owner_name is None
    with pytest.raises(InputError):
        m.ContractAction(description="x", owner="nobody")  # type: ignore[arg-type]


def test_goal_not_achieved_needs_reasons() -> None:
    with pytest.raises(m.ModelError, match="reasons"):
        m.GoalEvaluation(goal_id="g", result=m.GoalResult.PARTLY, evaluated_on=D(2026, 1, 1))


# --------------------------------------------------------------------------- project


def test_project_activities_within_period() -> None:
    p = examples.load("projekt-socjalny")
    assert isinstance(p, m.Project)
    assert p.budget_total == Decimal("8050.50")
    assert p.budget_by_source(m.FundingSource.OWN) == Decimal("2050.50")
    late = attrs.evolve(p.activities[0], end=D(2027, 7, 5))
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(p, activities=(late, *p.activities[1:]))
    assert paths(info.value) == {"$.activities[0]"}
    with pytest.raises(m.ModelError):
        m.Activity(id="a", name="x", start=D(2027, 2, 1), end=D(2027, 1, 1))
    with pytest.raises(InputError):
        m.TargetGroup(description="x", size=0)


# --------------------------------------------------------------------------- decision


def test_decision_invariants() -> None:
    d = examples.load("decyzja")
    assert isinstance(d, m.Decision)
    assert d.granted and d.payments_total == Decimal("1800.00")
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(d, outcome=m.DecisionOutcome.REFUSAL)
    assert paths(info.value) == {"$.amount", "$.payments"}
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(d, period_to=D(2026, 11, 30))
    assert "$.period_to" in paths(info.value)
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(d, interview_on=D(2026, 11, 21), application_on=D(2026, 11, 21))
    assert paths(info.value) == {"$.application_on"}
    # an interview after the decision is a legal defect (SW-DEC-001), not a structural one
    assert attrs.evolve(d, interview_on=D(2026, 11, 21)).interview_on == D(2026, 11, 21)
    with pytest.raises(m.ModelError, match="upoważnienia"):
        attrs.evolve(d, signatory=m.Signatory(name="A B", position="kierownik"))
    # the elements of art. 107 § 1 KPA are checked by SW-DEC-002, not by the model
    draft = attrs.evolve(
        d,
        organ="",
        legal_basis=(),
        factual_justification=None,
        legal_justification=" ",
        signatory=None,
    )
    assert draft.signatory is None and draft.factual_justification is None


# --------------------------------------------------------------------------- referral


def test_referral_kind_blocks_and_status_facts() -> None:
    r = examples.load("skierowanie-dps")
    assert isinstance(r, m.Referral)
    with pytest.raises(m.ModelError, match="belong"):
        attrs.evolve(r, kind=m.ReferralKind.PUP)
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(r, status=m.ReferralStatus.DONE)
    assert paths(info.value) == {"$.responded_on", "$.done_on", "$.successful"}
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(r, status=m.ReferralStatus.REJECTED, responded_on=D(2026, 11, 13))
    assert paths(info.value) == {"$.rejection_reason"}
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(r, sent_on=D(2026, 11, 1))
    assert "$.sent_on" in paths(info.value)
    # consent given after sending is a legal defect (SW-REF-001), not a structural one
    assert r.consent is not None
    late = attrs.evolve(r, consent=attrs.evolve(r.consent, given_on=D(2026, 11, 13)))
    assert late.consent is not None and late.consent.given_on == D(2026, 11, 13)
    assert attrs.evolve(r, consent=None).consent is None


def test_court_request_names_a_minor() -> None:
    r = examples.load("wniosek-sad-wglad")
    assert isinstance(r, m.Referral) and r.court is not None
    with pytest.raises(m.ModelError, match="minor"):
        attrs.evolve(r.court, minors=())


# --------------------------------------------------------------------------- alimony


def test_alimony_claim_invariants() -> None:
    a = examples.load("pozew-alimenty")
    assert isinstance(a, m.AlimonyClaim)
    assert a.monthly_total == Decimal("1700.00")
    assert a.claim_value == Decimal("20400.00")
    assert a.claims[0].needs_total == Decimal("1550.00")
    with pytest.raises(m.ModelError):
        attrs.evolve(a, claims=())
    with pytest.raises(InputError):
        attrs.evolve(a, payment_day=32)
    with pytest.raises(m.ModelError, match="defendant"):
        attrs.evolve(a, defendant=attrs.evolve(a.defendant, person=a.claims[0].child))
    with pytest.raises(m.ModelError, match="request_security"):
        attrs.evolve(a, request_security=False)


# --------------------------------------------------------------------------- reprs


def test_reprs_mask_pesel_and_hide_sensitive_text() -> None:
    p = person()
    assert repr(p) == f"Person(id={p.id!r})"  # type and id only
    assert "1359" not in repr(p)
    assert PESEL not in repr(p)
    interview = examples.load("wywiad-srodowiskowy")
    text = repr(interview)
    assert text == f"Interview(id={interview.id!r})"
    assert "przewlekłych chorób" not in text
    assert "Trudna sytuacja materialna rodziny wynika" not in text  # diagnosis
    court = repr(examples.load("wniosek-sad-wglad"))
    assert "opuszczają zajęcia" not in court
    gkrpa = repr(examples.load("wniosek-gkrpa"))
    assert "nadużywa alkoholu" not in gkrpa
    for name in examples.names():
        obj = examples.load(name)
        rendered = repr(obj)
        for found in _pesels(obj):
            assert found not in rendered, name


def _pesels(obj: object) -> list[str]:
    out: list[str] = []
    if isinstance(obj, m.Person) and obj.pesel:
        out.append(obj.pesel)
    if attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            out.extend(_pesels(getattr(obj, field.name)))
    elif isinstance(obj, tuple):
        for item in obj:
            out.extend(_pesels(item))
    return out


def test_errors_pickle() -> None:
    import pickle

    with pytest.raises(InputError) as info:
        person(first_name="")
    again = pickle.loads(pickle.dumps(info.value))
    assert str(again) == str(info.value)
    with pytest.raises(m.ModelError) as info2:
        person(pesel=None)
    again2 = pickle.loads(pickle.dumps(info2.value))
    assert again2.problems == info2.value.problems


def test_covered_relations_refer_to_covered_members() -> None:
    b = examples.load("kontrakt-socjalny-typ-b")
    assert isinstance(b, m.SocialContract)
    member = b.covered_members[0]
    assert b.relation_of(member.id) is m.Relation.SPOUSE
    assert b.relation_of(b.client.person.id) is None
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(
            b,
            covered_relations=(
                m.CoveredRelation(person_id="nobody", relation=m.Relation.CHILD),
                m.CoveredRelation(person_id=member.id, relation=m.Relation.SPOUSE),
                m.CoveredRelation(person_id=member.id, relation=m.Relation.PARTNER),
            ),
        )
    assert paths(info.value) == {
        "$.covered_relations[0].person_id",
        "$.covered_relations[2].person_id",
    }


def test_optional_fields_keep_old_json_loading() -> None:
    """JSON written before covered_relations, appeal_body, drawn_up_on and reference_number
    existed still loads (the fields default to empty)."""
    import json

    from socialwork.serialization import from_json

    for name, keys in (
        ("kontrakt-socjalny-typ-b", ("covered_relations",)),
        ("decyzja", ("appeal_body",)),
        ("projekt-socjalny", ("drawn_up_on", "reference_number")),
    ):
        data = json.loads(examples.path(name).read_text(encoding="utf-8"))
        for key in keys:
            del data[key]
        obj = from_json(json.dumps(data))
        assert all(getattr(obj, key) in (None, ()) for key in keys)


# ------------------------------------------------------------------- DPS decisions


def _dps_referral(**changes: Any) -> Any:
    return attrs.evolve(examples.load("decyzja-skierowanie-dps"), **changes)


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"consent": None}, "$.consent"),
        ({"ground": m.PlacementGround.COURT_ORDER}, "$.court_order"),
        ({"outcome": m.DecisionOutcome.REFUSAL}, "$.placed_from"),
        ({"application_on": dt.date(2026, 12, 1)}, "$.application_on"),
    ],
)
def test_dps_referral_decision_invariants(changes: dict[str, Any], path: str) -> None:
    with pytest.raises(m.ModelError) as info:
        _dps_referral(**changes)
    assert path in {p.path for p in info.value.problems}


def test_dps_referral_consent_by_representative_needs_that_ground() -> None:
    base = examples.load("decyzja-skierowanie-dps")
    consent = attrs.evolve(base.consent, by_representative=True)
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(base, consent=consent)
    assert "$.ground" in {p.path for p in info.value.problems}
    ok = attrs.evolve(base, consent=consent, ground=m.PlacementGround.REPRESENTATIVE_CONSENT)
    assert ok.ground is m.PlacementGround.REPRESENTATIVE_CONSENT


def test_obliged_person_agreement_amount_equals_fee() -> None:
    fee = examples.load("decyzja-oplata-dps")
    daughter = fee.obliged[0]
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(daughter, fee=Decimal("1.00"))
    assert "$.agreement.monthly_amount" in {p.path for p in info.value.problems}
    with pytest.raises(m.ModelError):
        attrs.evolve(daughter, no_agreement_reason=m.NoAgreementReason.REFUSED)
    with pytest.raises(m.ModelError) as info:
        attrs.evolve(fee, cost=Decimal("0.00"))
    assert "$.cost" in {p.path for p in info.value.problems}


def test_dps_fee_decision_json_refuses_bad_input_with_paths() -> None:
    import json

    from socialwork.serialization import from_json, to_json

    fee = examples.load("decyzja-oplata-dps")
    assert from_json(to_json(fee)) == fee
    data = json.loads(to_json(fee))
    data["obliged"][0]["kinship"] = "brother"
    data["obliged"][1]["household_members"] = 0
    data["fee"] = "12.345"
    with pytest.raises(InputError) as info:
        from_json(json.dumps(data))
    message = str(info.value)
    for where in ("$.obliged[0].kinship", "$.obliged[1].household_members", "$.fee"):
        assert where in message
    assert "41020887125" not in message  # no PESEL in an error message
