"""SW-DPS-001…006: each rule reports a defective DPS decision and is silent on a correct one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
import pytest

import socialwork.model as m
from socialwork import examples
from socialwork.rules import validate

D = Decimal


def referral(**changes: Any) -> m.DpsReferralDecision:
    return attrs.evolve(examples.load("decyzja-skierowanie-dps"), **changes)


def court_referral(**changes: Any) -> m.DpsReferralDecision:
    return attrs.evolve(examples.load("decyzja-skierowanie-dps-sad"), **changes)


def fee(**changes: Any) -> m.DpsFeeDecision:
    return attrs.evolve(examples.load("decyzja-oplata-dps"), **changes)


def codes(obj: object, code: str) -> list[tuple[str, str]]:
    return [(f.path, f.severity) for f in validate(obj).by_code(code)]


@pytest.mark.parametrize(
    "name", ["decyzja-skierowanie-dps", "decyzja-skierowanie-dps-sad", "decyzja-oplata-dps"]
)
def test_examples_are_clean(name: str) -> None:
    report = validate(examples.load(name))
    assert report.ok and not report.findings, report.findings


# ------------------------------------------------------------------ SW-DPS-001


def test_referral_without_a_ground_is_reported() -> None:
    bad = referral(ground=None, consent=None)
    assert codes(bad, "SW-DPS-001") == [("$.ground", "error")]
    finding = validate(bad).by_code("SW-DPS-001")[0]
    assert finding.legal_basis == "art. 54 ust. 2 ustawy o pomocy społecznej"
    # a refusal needs no ground
    refusal = referral(ground=None, consent=None, outcome=m.DecisionOutcome.REFUSAL,
                       placed_from=None)
    assert not codes(refusal, "SW-DPS-001")


def test_consent_after_the_decision_is_reported() -> None:
    late = attrs.evolve(referral().consent, given_on=dt.date(2026, 11, 21))
    assert codes(referral(consent=late), "SW-DPS-001") == [("$.consent.given_on", "error")]


def test_representative_consent_needs_a_representative() -> None:
    by_rep = attrs.evolve(referral().consent, by_representative=True, given_by="Jan Zawadzki")
    bad = referral(consent=by_rep, ground=m.PlacementGround.REPRESENTATIVE_CONSENT)
    assert codes(bad, "SW-DPS-001") == [("$.party.legal_representative", "error")]
    rep = m.LegalRepresentative(
        person=examples.load("decyzja-skierowanie-dps-sad").party.legal_representative.person,
        basis="opiekun prawny",
    )
    ok = referral(
        consent=by_rep,
        ground=m.PlacementGround.REPRESENTATIVE_CONSENT,
        party=attrs.evolve(referral().party, legal_representative=rep),
    )
    assert not codes(ok, "SW-DPS-001")


def test_court_order_must_be_final_and_earlier() -> None:
    order = court_referral().court_order
    not_final = court_referral(court_order=attrs.evolve(order, final_on=None))
    assert codes(not_final, "SW-DPS-001") == [("$.court_order.final_on", "warning")]
    later = court_referral(
        court_order=attrs.evolve(order, decided_on=dt.date(2026, 11, 19), final_on=None)
    )
    assert codes(later, "SW-DPS-001") == [("$.court_order.decided_on", "error")]
    assert not codes(court_referral(), "SW-DPS-001")


# ------------------------------------------------------------------ SW-DPS-002


@pytest.mark.parametrize(
    "field", ["needs_24h_care", "cannot_function_independently", "care_services_insufficient"]
)
def test_each_condition_of_art_54_ust_1(field: str) -> None:
    assert codes(referral(**{field: False}), "SW-DPS-002") == [(f"$.{field}", "error")]
    assert not codes(referral(), "SW-DPS-002")
    refusal = referral(**{field: False}, outcome=m.DecisionOutcome.REFUSAL, placed_from=None)
    assert not codes(refusal, "SW-DPS-002")


# ------------------------------------------------------------------ SW-DPS-003


def _spouse(income: str = "2000.00", fee_: str = "0.00") -> m.ObligedPerson:
    return m.ObligedPerson(
        person=examples.load("decyzja-oplata-dps").obliged[1].person,
        kinship=m.Kinship.SPOUSE,
        income=D(income),
        fee=D(fee_),
        no_agreement_reason=m.NoAgreementReason.INCOME_BELOW_THRESHOLD,
    )


def test_obliged_persons_out_of_order_are_reported() -> None:
    base = fee()
    reordered = fee(obliged=(*base.obliged, _spouse()))
    assert ("$.obliged[2].kinship", "error") in codes(reordered, "SW-DPS-003")
    in_order = fee(obliged=(_spouse(), *base.obliged))
    assert not codes(in_order, "SW-DPS-003")


def test_two_spouses_are_reported() -> None:
    assert ("$.obliged[1].kinship", "error") in codes(
        fee(obliged=(_spouse(), _spouse()), gmina_fee=D("5285.77")), "SW-DPS-003"
    )


def test_earlier_relative_paying_less_than_possible_while_a_later_one_pays() -> None:
    base = fee()
    daughter = attrs.evolve(
        base.obliged[0],
        fee=D("1000.00"),
        agreement=attrs.evolve(base.obliged[0].agreement, monthly_amount=D("1000.00")),
    )
    parent = attrs.evolve(base.obliged[1], kinship=m.Kinship.ASCENDANT)
    bad = fee(obliged=(daughter, parent), gmina_fee=base.gmina_fee + D("593.00"))
    assert codes(bad, "SW-DPS-003") == [("$.obliged[0].fee", "warning")]


# ------------------------------------------------------------------ SW-DPS-004


def test_obliged_person_without_agreement_or_reason() -> None:
    base = fee()
    son = attrs.evolve(base.obliged[1], no_agreement_reason=None)
    assert codes(fee(obliged=(base.obliged[0], son)), "SW-DPS-004") == [
        ("$.obliged[1].no_agreement_reason", "error")
    ]
    assert not codes(base, "SW-DPS-004")


def test_a_fee_without_agreement_needs_a_refusal() -> None:
    base = fee()
    son = attrs.evolve(base.obliged[1], no_agreement_reason=m.NoAgreementReason.EXEMPTED)
    assert codes(fee(obliged=(base.obliged[0], son)), "SW-DPS-004") == [
        ("$.obliged[1].fee", "error")
    ]


def test_reason_below_threshold_is_checked_against_income() -> None:
    base = fee()
    son = attrs.evolve(
        base.obliged[1],
        fee=D("0.00"),
        no_agreement_reason=m.NoAgreementReason.INCOME_BELOW_THRESHOLD,
    )
    bad = fee(obliged=(base.obliged[0], son), gmina_fee=base.gmina_fee + D("870.00"))
    assert codes(bad, "SW-DPS-004") == [("$.obliged[1].no_agreement_reason", "error")]
    poor = attrs.evolve(son, income=D("2500.00"))
    ok = fee(obliged=(base.obliged[0], poor), gmina_fee=base.gmina_fee + D("870.00"))
    assert not codes(ok, "SW-DPS-004")


def test_reason_resident_pays_in_full_is_checked() -> None:
    base = fee()
    son = attrs.evolve(
        base.obliged[1],
        fee=D("0.00"),
        income=D("2500.00"),
        no_agreement_reason=m.NoAgreementReason.RESIDENT_PAYS_IN_FULL,
    )
    bad = fee(obliged=(base.obliged[0], son), gmina_fee=base.gmina_fee + D("870.00"))
    assert codes(bad, "SW-DPS-004") == [("$.obliged[1].no_agreement_reason", "error")]
    rich = fee(resident_income=D("12000.00"), fee=D("6850.00"), gmina_fee=D("0.00"), obliged=(
        attrs.evolve(son, no_agreement_reason=m.NoAgreementReason.RESIDENT_PAYS_IN_FULL),
    ))
    assert not codes(rich, "SW-DPS-004")


# ------------------------------------------------------------------ SW-DPS-005


@pytest.mark.parametrize(
    ("changes", "path", "basis"),
    [
        ({"organ": " "}, "$.organ", "art. 107 § 1 pkt 1"),
        ({"legal_basis": ()}, "$.legal_basis", "art. 107 § 1 pkt 4"),
        ({"factual_justification": None}, "$.factual_justification", "art. 107 § 1 pkt 6"),
        ({"signatory": None, "acting_on_authority": False}, "$.signatory", "art. 107 § 1 pkt 8"),
        ({"interview_id": None, "interview_on": None}, "$.interview_on", "art. 106 ust. 4"),
        ({"interview_id": None, "interview_on": dt.date(2026, 11, 25)}, "$.interview_on",
         "art. 106 ust. 4"),
    ],
)
@pytest.mark.parametrize("make", [referral, fee])
def test_decision_elements(changes: dict[str, Any], path: str, basis: str, make: Any) -> None:
    found = validate(make(**changes)).by_code("SW-DPS-005")
    assert [f.path for f in found] == [path]
    assert found[0].legal_basis.startswith(basis)
    assert not validate(make()).by_code("SW-DPS-005")


# ------------------------------------------------------------------ SW-DPS-006


def test_resident_fee_above_70_percent() -> None:
    bad = fee(fee=D("1600.00"), gmina_fee=D("2787.00"))
    assert codes(bad, "SW-DPS-006") == [("$.fee", "error")]


def test_resident_fee_below_70_percent_is_a_warning() -> None:
    low = fee(fee=D("1500.00"), gmina_fee=D("2887.00"))
    assert codes(low, "SW-DPS-006") == [("$.fee", "warning")]


def test_relative_left_below_300_percent() -> None:
    base = fee()
    son = attrs.evolve(base.obliged[1], fee=D("900.00"))
    bad = fee(obliged=(base.obliged[0], son), gmina_fee=base.gmina_fee - D("30.00"))
    found = validate(bad).by_code("SW-DPS-006")
    assert [(f.path, f.legal_basis) for f in found] == [
        ("$.obliged[1].fee", "art. 61 ust. 2 pkt 2 lit. a ustawy o pomocy społecznej")
    ]


def test_fees_must_add_up_to_the_cost() -> None:
    bad = fee(gmina_fee=D("2800.00"))
    found = validate(bad).by_code("SW-DPS-006")
    assert [f.path for f in found] == ["$.gmina_fee"]
    assert "brakuje 22,77" in found[0].message.replace("\u00a0", " ")


def test_the_example_fee_is_what_calc_dps_fee_gives() -> None:
    from socialwork.law.dps import ObligedRelative, dps_fee

    d = examples.load("decyzja-oplata-dps")
    r = dps_fee(
        d.fee_from,
        cost=d.cost,
        income=d.resident_income,
        relatives=[ObligedRelative(income=p.income, members=p.household_members)
                   for p in d.obliged],
    )
    assert (r.resident, [x.fee for x in r.relatives], r.gmina) == (
        d.fee, [p.fee for p in d.obliged], d.gmina_fee
    )
