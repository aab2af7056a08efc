"""SW-REF-001 (DPS consent), SW-REF-002 (schronisko and kontrakt), SW-STF-001/002."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from socialwork.model import Qualification, ShelterKind
from socialwork.model.enums import DpsType
from socialwork.model.people import LegalRepresentative
from socialwork.model.referral import (
    Consent,
    DpsDetails,
    ReferralKind,
    ReferralStatus,
    ShelterDetails,
)
from socialwork.rules import validate
from socialwork.serialization import from_json, to_json

from .builders import client, contract, person, referral, signed_contract, worker

CONSENT = Consent(given_by="Anna Nowak", given_on=dt.date(2025, 3, 9))


def test_dps_referral_needs_consent() -> None:
    report = validate(referral())
    found = report.by_code("SW-REF-001")
    assert [f.path for f in found] == ["$.consent"] and not report.ok
    assert found[0].legal_basis == "art. 54 ust. 2 ustawy o pomocy społecznej"
    assert not validate(referral(consent=CONSENT)).by_code("SW-REF-001")


def test_dps_consent_by_representative() -> None:
    by_rep = Consent(given_by="Jan Nowak", given_on=dt.date(2025, 3, 9), by_representative=True)
    assert validate(referral(consent=by_rep)).by_code("SW-REF-001")
    rep = LegalRepresentative(person=person("r1", first="Jan"), basis="opiekun prawny")
    ok = referral(consent=by_rep, client=client(legal_representative=rep))
    assert not validate(ok).by_code("SW-REF-001")


def test_revoked_and_other_referrals_need_no_consent_rule() -> None:
    revoked = referral().revoke(on=dt.date(2025, 3, 11), reason="Zmiana decyzji.")
    assert not validate(revoked).by_code("SW-REF-001")
    court_like = referral(ReferralKind.COUNSELLING)
    assert not validate(court_like).by_code("SW-REF-001")


def shelter(place: ShelterKind = ShelterKind.SHELTER, number: str | None = None) -> object:
    return referral(
        ReferralKind.SHELTER,
        shelter=ShelterDetails(place=place, stay_from=dt.date(2025, 3, 10),
                               contract_number=number),
    )


def test_shelter_without_contract() -> None:
    found = validate(shelter()).by_code("SW-REF-002")
    assert [f.path for f in found] == ["$.shelter.contract_number"]
    assert found[0].legal_basis == "art. 48a ust. 2 ustawy o pomocy społecznej"
    assert validate(shelter(ShelterKind.SHELTER_WITH_CARE)).by_code("SW-REF-002")


def test_shelter_with_signed_contract() -> None:
    assert not validate(shelter(number="KS/1/2025")).by_code("SW-REF-002")
    related = validate(shelter(), related=[signed_contract()])
    assert not related.by_code("SW-REF-002")


def test_shelter_with_unsigned_or_late_contract() -> None:
    draft = validate(shelter(number="KS/1/2025"), related=[contract()])
    found = draft.by_code("SW-REF-002")
    assert found and "nie został podpisany" in found[0].message
    late = contract(concluded_on=dt.date(2025, 3, 12)).sign(
        client_on=dt.date(2025, 3, 12), worker_on=dt.date(2025, 3, 12)
    )
    found = validate(shelter(), related=[late]).by_code("SW-REF-002")
    assert found and "12.03.2025 r." in found[0].message


def test_night_shelter_needs_no_contract() -> None:
    assert not validate(shelter(ShelterKind.NIGHT_SHELTER)).by_code("SW-REF-002")
    assert not validate(shelter(ShelterKind.WARMING_CENTRE)).by_code("SW-REF-002")


@pytest.mark.parametrize(
    ("qualification", "obtained", "wrong"),
    [
        (None, None, True),
        (Qualification.COLLEGE, None, False),
        (Qualification.SOCIAL_WORK_DEGREE, dt.date(2020, 6, 30), False),
        (Qualification.SPECIALISATION_BY_2013, dt.date(2013, 12, 31), False),
        (Qualification.SPECIALISATION_BY_2013, dt.date(2014, 1, 1), True),
    ],
)
def test_worker_qualifications(qualification: Qualification | None, obtained: dt.date | None,
                               wrong: bool) -> None:
    item = worker(qualification=qualification, qualification_obtained_on=obtained)
    found = validate(item, on=dt.date(2025, 1, 1)).by_code("SW-STF-001")
    assert bool(found) is wrong
    if wrong:
        assert found[0].severity == "error" and "art. 116 ust. 1" in found[0].legal_basis


def test_unqualified_worker_reported_inside_a_contract() -> None:
    report = validate(contract(worker=worker(qualification=None)))
    assert [f.path for f in report.by_code("SW-STF-001")] == ["$.worker.qualification"]


@pytest.mark.parametrize(("caseload", "flagged"), [(None, False), (50, False), (51, True)])
def test_caseload(caseload: int | None, flagged: bool) -> None:
    report = validate(worker(caseload=caseload), on=dt.date(2025, 1, 1))
    found = report.by_code("SW-STF-002")
    assert bool(found) is flagged
    if flagged:
        assert found[0].severity == "warning" and report.ok
        assert "51" in found[0].message


@pytest.mark.parametrize(
    ("care", "insufficient", "paths"),
    [
        (True, True, []),
        (False, True, ["$.dps.needs_24h_care"]),
        (True, False, ["$.dps.care_services_insufficient"]),
        (False, False, ["$.dps.needs_24h_care", "$.dps.care_services_insufficient"]),
    ],
)
def test_dps_grounds(care: bool, insufficient: bool, paths: list[str]) -> None:
    details = DpsDetails(dps_type=DpsType.ELDERLY, needs_24h_care=care,
                         care_services_insufficient=insufficient)
    report = validate(referral(consent=CONSENT, dps=details))
    assert [f.path for f in report.by_code("SW-REF-003")] == paths
    assert all(f.legal_basis == "art. 54 ust. 1 ustawy o pomocy społecznej"
               for f in report.by_code("SW-REF-003"))


def test_dps_referral_sent_without_consent_or_before_it() -> None:
    """Real objects: a sent referral without consent (built directly, as a record of what
    happened) and one whose consent is dated after sending."""
    sent = referral(status=ReferralStatus.SENT, sent_on=dt.date(2025, 3, 10))
    assert [f.path for f in validate(sent).by_code("SW-REF-001")] == ["$.consent"]
    late = referral(consent=Consent(given_by="Anna Nowak", given_on=dt.date(2025, 3, 12)),
                    status=ReferralStatus.SENT, sent_on=dt.date(2025, 3, 10))
    found = validate(late).by_code("SW-REF-001")
    assert [f.path for f in found] == ["$.consent.given_on"]
    assert "12.03.2025" in found[0].message and "10.03.2025" in found[0].message
    on_time = referral(consent=CONSENT).send(on=dt.date(2025, 3, 10))
    assert not validate(on_time).by_code("SW-REF-001")


def test_dps_referral_without_consent_from_json() -> None:
    data = json.loads(to_json(referral(consent=CONSENT)))
    del data["consent"]
    report = validate(from_json(json.dumps(data)))
    assert [f.path for f in report.by_code("SW-REF-001")] == ["$.consent"] and not report.ok
