"""Write ``tests/rules/fixtures/*.json``: one case per built-in rule that breaks it.

Run ``python -m tests.rules.build_fixtures`` (from the repository root) after changing the
model's JSON shape. Every case is a real model object — built with the public constructors
and transition methods, then serialised with ``to_json``; some cases also leave keys out
of the JSON (``drop``) to show that a file written by hand loads and is reported. The table
of cases, with the expected code and exit status, is in ``test_fixtures.py``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from socialwork import examples
from socialwork.model import ContractAction, ContractStatus, Kinship, ShelterKind
from socialwork.model.benefits import BenefitKind
from socialwork.model.common import Institution
from socialwork.model.contract import Termination
from socialwork.model.enums import ActionOwner, DpsType
from socialwork.model.referral import DpsDetails, ReferralKind, ShelterDetails
from socialwork.serialization import to_json

from . import casework_cases
from .builders import contract, decision, family, income, interview, referral, worker

FIXTURES = Path(__file__).with_name("fixtures")
D = dt.date
NO_INTERVIEW: dict[str, Any] = dict(interview_id=None, interview_on=None)


def _drop(*keys: str) -> Callable[[dict[str, Any]], None]:
    """Remove dotted keys (``actions.0.owner``) from the JSON data."""

    def edit(data: dict[str, Any]) -> None:
        for key in keys:
            *parents, last = key.split(".")
            node: Any = data
            for part in parents:
                node = node[int(part)] if isinstance(node, list) else node[part]
            del node[last]

    return edit


def _cases() -> dict[str, tuple[object, Callable[[dict[str, Any]], None] | None]]:
    rich = interview(household=family(income("2000.00")))
    poor_single = interview(reasons=())
    return {
        # --- benefits (the interview the decision rests on is passed as --related)
        "SW-BEN-001.json": (decision(), None),
        "SW-BEN-001.related.json": (rich, None),
        "SW-BEN-002.json": (decision(), None),
        "SW-BEN-002.related.json": (poor_single, None),
        "SW-BEN-003.json": (
            decision(
                benefit=BenefitKind.PERMANENT_ALLOWANCE,
                amount=Decimal("50.00"),
                period_to=None,
                interview_id=None,
            ),
            None,
        ),
        "SW-BEN-004.json": (decision(amount=Decimal("10.00"), interview_id=None), None),
        "SW-BEN-005.json": (
            decision(
                benefit=BenefitKind.SPECIAL_TARGETED_ALLOWANCE,
                amount=Decimal("2500.00"),
                period_from=None,
                period_to=None,
                purpose="zakup opału",
            ),
            None,
        ),
        # income above the criterion: the case for a specjalny zasiłek celowy
        "SW-BEN-005.related.json": (interview(household=family(income("1500.00"))), None),
        # income items of January only; the application of 3.03.2025 needs February's
        "SW-BEN-006.json": (
            interview(household=family(income("600.00", month=D(2025, 1, 1)))),
            None,
        ),
        # --- kontrakt socjalny
        "SW-CON-001.json": (contract(main_goal=None, goals=(), actions=()), _drop("main_goal")),
        "SW-CON-002.json": (
            contract(actions=(ContractAction(description="Kurs", due=D(2025, 4, 1)),)),
            _drop("actions.0.owner"),
        ),
        "SW-CON-003.json": (
            contract(actions=(ContractAction(description="Kurs", owner=ActionOwner.CLIENT),)),
            _drop("actions.0.due"),
        ),
        "SW-CON-004.json": (
            contract(
                actions=(
                    ContractAction(description="Kurs", owner=ActionOwner.CLIENT, due=D(2025, 9, 1)),
                )
            ),
            None,
        ),
        "SW-CON-005.json": (
            contract(status=ContractStatus.IN_PROGRESS, client_signed_on=D(2025, 3, 1)),
            _drop("worker_signed_on"),
        ),
        "SW-CON-006.json": (
            contract(
                status=ContractStatus.BROKEN,
                termination=Termination(on=D(2025, 4, 1)),
                client_signed_on=D(2025, 3, 1),
                worker_signed_on=D(2025, 3, 1),
                evaluation_summary="Klient przerwał realizację kontraktu.",
            ),
            _drop("termination.reason"),
        ),
        "SW-CON-007.json": (
            contract(
                client_signed_on=D(2025, 3, 1),
                worker_signed_on=D(2025, 3, 1),
                status=ContractStatus.COMPLETED,
            ),
            None,
        ),
        # --- decisions
        "SW-DEC-001.json": (decision(**NO_INTERVIEW), None),
        "SW-DEC-002.json": (
            decision(signatory=None, factual_justification=None, legal_justification=None),
            _drop("signatory", "factual_justification", "legal_justification"),
        ),
        "SW-DEC-003.json": (
            decision(
                benefit=BenefitKind.PERMANENT_ALLOWANCE,
                amount=Decimal("713.00"),
                issued_on=D(2025, 1, 15),
                application_on=D(2025, 1, 8),
                interview_id=None,
                interview_on=D(2025, 1, 10),
                period_from=D(2025, 1, 1),
                period_to=None,
            ),
            None,
        ),
        # --- interviews
        "SW-INT-001.json": (interview(household_data=None, plan=None), None),
        "SW-INT-002.json": (
            interview(
                need_known_on=D(2025, 2, 3),
                conducted_on=D(2025, 3, 5),
                application_on=D(2025, 2, 3),
            ),
            None,
        ),
        # --- referrals (drafts: not sent yet, but already against the Act)
        "SW-REF-001.json": (referral(dps=_dps(needs_24h_care=True)), None),
        "SW-REF-002.json": (
            referral(
                ReferralKind.SHELTER,
                target=_shelter_target(),
                shelter=ShelterDetails(place=ShelterKind.SHELTER, stay_from=D(2025, 3, 10)),
            ),
            None,
        ),
        "SW-REF-003.json": (
            referral(dps=_dps(needs_24h_care=False), consent=_consent()),
            None,
        ),
        "SW-REF-004.json": (
            referral(
                ReferralKind.FAMILY_ASSISTANT,
                target=Institution(name="Zespół asystentów rodziny"),
            ),
            None,
        ),
        "SW-POZ-001.json": (_adult_claim(), None),
        # --- DPS decisions (the shipped examples, each with one defect)
        "SW-DPS-001.json": (_dps_referral(ground=None, consent=None), None),
        "SW-DPS-002.json": (_dps_referral(care_services_insufficient=False), None),
        "SW-DPS-003.json": (_dps_fee_ascendant_first(), None),
        "SW-DPS-004.json": (_dps_fee_son(no_agreement_reason=None), None),
        "SW-DPS-005.json": (
            _dps_referral(signatory=None, acting_on_authority=False, legal_justification=" "),
            None,
        ),
        "SW-DPS-006.json": (_dps_fee(gmina_fee=Decimal("2800.00")), None),
        # --- staff
        "SW-STF-001.json": (worker(qualification=None), None),
        "SW-STF-002.json": (worker(caseload=75), None),
        # --- casework (notatka, zawiadomienie, pozew o ustalenie ojcostwa): see casework_cases
        **{f"{code}.json": (make(), None) for code, make in casework_cases.BROKEN.items()},
        **_alimony_asset_homelessness_cases(),
    }


def _alimony_asset_homelessness_cases() -> dict[str, tuple[object, None]]:
    """Cases for the wywiad alimentacyjny, the oświadczenie o stanie majątkowym and the IPWzB:
    the shipped examples with one thing broken."""
    evolve = attrs.evolve
    alimony = examples.load("wywiad-alimentacyjny")
    statement = examples.load("oswiadczenie-majatkowe")
    program = examples.load("ipwzb")
    other_client = examples.load("klient")
    other_interview = evolve(examples.load("wywiad-srodowiskowy-aktualizacja"), id="rws-2026-0412")
    return {
        "SW-ALI-001.json": (evolve(alimony, health=" "), None),
        "SW-ALI-002.json": (evolve(alimony, pup_registration_due=None), None),
        "SW-ALI-003.json": (evolve(alimony, pup_informed_on=None), None),
        "SW-ALI-004.json": (evolve(alimony, assets=None), None),
        "SW-ALI-005.json": (evolve(alimony, assets=None, statement_refused=True), None),
        "SW-AST-001.json": (statement, None),
        "SW-AST-001.related.json": (other_interview, None),
        "SW-AST-002.json": (evolve(statement, clause_confirmed=False), None),
        "SW-HOM-001.json": (evolve(program, approval=None), None),
        "SW-HOM-002.json": (evolve(program, responsible_bodies=()), None),
        "SW-HOM-003.json": (
            evolve(program, meetings=tuple(m for m in program.meetings if m.stage_id != "etap-3")),
            None,
        ),
        "SW-HOM-004.json": (examples.load("kontrakt-socjalny"), None),
        "SW-HOM-004.related.json": (evolve(program, client=other_client), None),
    }


def _dps(*, needs_24h_care: bool) -> DpsDetails:
    return DpsDetails(
        dps_type=DpsType.ELDERLY, needs_24h_care=needs_24h_care, care_services_insufficient=True
    )


def _consent() -> Any:
    from socialwork.model.referral import Consent

    return Consent(given_by="Anna Nowak", given_on=D(2025, 3, 9))


def _shelter_target() -> Any:
    from socialwork.model.common import Institution

    return Institution(name="Schronisko dla Osób Bezdomnych w Otwocku")


def _adult_claim() -> Any:
    """The shipped pozew example with its first child of age (19) on the filing date."""
    from socialwork.documents.catalog import EXAMPLES_DIR
    from socialwork.serialization import from_json

    claim = from_json((EXAMPLES_DIR / "pozew-alimenty.json").read_text(encoding="utf-8"))
    first = claim.claims[0]
    born = claim.filed_on.replace(year=claim.filed_on.year - 19)
    month = born.month + (20 if born.year >= 2000 else 0)
    digits = f"{born.year % 100:02d}{month:02d}{born.day:02d}1232"  # serial 123, female
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 10) % 10
    child = attrs.evolve(first.child, birth_date=born, pesel=digits + str(check))
    return attrs.evolve(claim, claims=(attrs.evolve(first, child=child), *claim.claims[1:]))
def _dps_referral(**changes: Any) -> object:
    return attrs.evolve(examples.load("decyzja-skierowanie-dps"), **changes)


def _dps_fee(**changes: Any) -> Any:
    return attrs.evolve(examples.load("decyzja-oplata-dps"), **changes)


def _dps_fee_son(**changes: Any) -> object:
    base = _dps_fee()
    return _dps_fee(obliged=(base.obliged[0], attrs.evolve(base.obliged[1], **changes)))


def _dps_fee_ascendant_first() -> object:
    base = _dps_fee()
    parent = attrs.evolve(base.obliged[1], kinship=Kinship.ASCENDANT)
    return _dps_fee(obliged=(parent, base.obliged[0]))


def main() -> None:
    FIXTURES.mkdir(exist_ok=True)
    for name, (obj, edit) in _cases().items():
        data = json.loads(to_json(obj))
        if edit is not None:
            edit(data)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        (FIXTURES / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
