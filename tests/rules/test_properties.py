"""Properties: generated valid cases never crash validate (no rule fails internally), the
result is deterministic, and findings never carry a PESEL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialwork.model import ContractStatus, DecisionOutcome, Qualification, Sex
from socialwork.model.benefits import BenefitKind
from socialwork.model.contract import ContractAction
from socialwork.model.enums import ActionOwner, ShelterKind
from socialwork.model.reasons import AssistanceReason
from socialwork.model.referral import Consent, ReferralKind, ShelterDetails
from socialwork.rules import Report, validate
from socialwork.serialization import from_json
from strategies import models

from .builders import (
    VALID_PESEL,
    client,
    contract,
    decision,
    family,
    income,
    interview,
    person,
    referral,
    worker,
)

INTERNAL = "błędem wewnętrznym"
EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "socialwork" / "examples"
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

days = st.dates(min_value=dt.date(2012, 1, 1), max_value=dt.date(2027, 12, 31))
amounts = st.decimals(min_value=0, max_value=20000, places=2, allow_nan=False,
                      allow_infinity=False)


def assert_sane(report: Report) -> None:
    broken = [f for f in report.findings if INTERNAL in f.message]
    assert not broken, [f.message for f in broken]
    for f in report.findings:
        assert f.severity in ("error", "warning")
        assert f.path.startswith("$") and f.message and f.code
        assert VALID_PESEL not in f.message


@st.composite
def cases(draw: Any) -> tuple[Any, list[Any]]:
    issued = draw(days)
    members = draw(st.integers(1, 5))
    month = (issued.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    incomes = [
        income(str(draw(amounts)), pid="p1" if i == 0 else f"m{i}", month=month)
        for i in range(draw(st.integers(0, members)))
    ]
    need = issued - dt.timedelta(days=draw(st.integers(1, 60)))
    conducted = need + dt.timedelta(days=draw(st.integers(0, (issued - need).days)))
    reasons = draw(st.lists(st.sampled_from(list(AssistanceReason)), unique=True, max_size=3))
    household = family(*incomes, members=members,
                       applicant=client(person=person(pesel=VALID_PESEL,
                                                      born=dt.date(1944, 5, 14),
                                                      sex=Sex.MALE)))
    rws = interview(
        household=household, need_known_on=need, conducted_on=conducted,
        application_on=need, urgent=draw(st.booleans()), reasons=tuple(reasons),
        needs=draw(st.sampled_from([None, interview().needs])),
    )
    outcome = draw(st.sampled_from(list(DecisionOutcome)))
    benefit = draw(st.sampled_from(list(BenefitKind)))
    start = draw(st.one_of(st.none(), st.just(issued.replace(day=1))))
    end = None if start is None else draw(st.one_of(
        st.none(), st.just(start + dt.timedelta(days=draw(st.integers(0, 400))))))
    grant = outcome is DecisionOutcome.GRANT
    dec = decision(
        issued_on=issued, application_on=need, outcome=outcome, benefit=benefit,
        amount=draw(st.one_of(st.none(), amounts)) if grant else None,
        period_from=start, period_to=end,
        repayable=draw(st.booleans()),
        interview_id=draw(st.sampled_from([None, "rws1", "other"])),
        interview_on=draw(st.one_of(st.none(), st.just(conducted))),
        party=household.applicant,
    )
    related = draw(st.sampled_from([[], [rws]]))
    return dec, related


@SETTINGS
@given(cases(), st.one_of(st.none(), days))
def test_generated_decisions_never_crash(case: tuple[Any, list[Any]], on: dt.date | None) -> None:
    dec, related = case
    report = validate(dec, on=on, related=related)
    assert_sane(report)
    assert report.ok == (not report.errors)
    again = validate(dec, on=on, related=related)
    assert again.findings == report.findings


@SETTINGS
@given(days, st.integers(0, 200), st.lists(st.integers(-30, 230), max_size=5),
       st.sampled_from(list(ContractStatus)), st.booleans())
def test_generated_contracts_never_crash(start: dt.date, length: int, offsets: list[int],
                                         status: ContractStatus, evaluated: bool) -> None:
    end = start + dt.timedelta(days=length)
    actions = tuple(
        ContractAction(description=f"Działanie {i}", owner=ActionOwner.CLIENT,
                       due=start + dt.timedelta(days=o))
        for i, o in enumerate(offsets)
    )
    base = contract(concluded_on=start, valid_from=start, valid_to=end, actions=actions)
    signed = base.sign(client_on=start, worker_on=start)
    by_status = {
        ContractStatus.DRAFT: base,
        ContractStatus.SIGNED: signed,
        ContractStatus.IN_PROGRESS: signed.start(),
        ContractStatus.COMPLETED: signed.start().complete(),
        ContractStatus.TERMINATED: signed.terminate(on=start, reason="Powód."),
        ContractStatus.BROKEN: signed.mark_broken(on=start, reason="Powód."),
    }
    item = by_status[status]
    if evaluated:
        item = attrs.evolve(item, evaluation_summary="Ocena.")
    report = validate(item)
    assert_sane(report)
    outside = sum(1 for o in offsets if not 0 <= o <= length)
    assert len(report.by_code("SW-CON-004")) == outside


@SETTINGS
@given(st.sampled_from(list(ReferralKind)), st.booleans(), st.sampled_from(list(ShelterKind)),
       st.one_of(st.none(), st.sampled_from(list(Qualification))), st.integers(0, 120))
def test_generated_referrals_never_crash(kind: ReferralKind, consent: bool, place: ShelterKind,
                                         qualification: Qualification | None,
                                         caseload: int) -> None:
    extra: dict[str, Any] = {}
    if kind is ReferralKind.SHELTER:
        extra["shelter"] = ShelterDetails(place=place, stay_from=dt.date(2025, 3, 10))
    if consent:
        extra["consent"] = Consent(given_by="Anna Nowak", given_on=dt.date(2025, 3, 9))
    item = referral(kind, worker=worker(qualification=qualification, caseload=caseload), **extra)
    report = validate(item)
    assert_sane(report)
    assert bool(report.by_code("SW-REF-001")) == (kind is ReferralKind.DPS and not consent)
    assert bool(report.by_code("SW-STF-002")) == (caseload > 50)


@SETTINGS
@given(models(), st.one_of(st.none(), days), st.lists(models(), max_size=2))
def test_any_generated_model_never_crashes_validate(
    obj: Any, on: dt.date | None, related: list[Any]
) -> None:
    assert_sane(validate(obj, on=on, related=related))


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_shipped_examples_validate_without_rule_failures(path: Path) -> None:
    obj = from_json(path.read_text(encoding="utf-8"))
    assert_sane(validate(obj))


def test_pesel_never_in_findings() -> None:
    applicant = client(person=person(pesel=VALID_PESEL, born=dt.date(1944, 5, 14),
                                     sex=Sex.MALE))
    rws = interview(household=family(income("5000.00"), applicant=applicant), needs=None,
                    reasons=(AssistanceReason.POVERTY,))
    dec = decision(party=applicant, benefit=BenefitKind.TARGETED_ALLOWANCE,
                   amount=Decimal("100.00"), legal_basis=())
    report = validate(dec, related=[rws])
    assert len(report.errors) >= 3
    for finding in report.findings:
        assert VALID_PESEL not in finding.message and VALID_PESEL not in str(finding)
