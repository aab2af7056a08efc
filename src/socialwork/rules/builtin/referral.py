"""Rules of referrals: DPS (art. 54 ust. 1–2 u.p.s.) and schronisko (art. 48a ust. 2
u.p.s.)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from socialwork.law.citations import Act, LegalBasis, ups
from socialwork.model.enums import ContractStatus, ShelterKind
from socialwork.rules.builtin._common import day, same_person
from socialwork.rules.paths import path
from socialwork.rules.rule import RuleContext, Violation, rule

if TYPE_CHECKING:
    from socialwork.model.contract import SocialContract
    from socialwork.model.referral import Referral

SIGNED = frozenset(
    {
        ContractStatus.SIGNED,
        ContractStatus.IN_PROGRESS,
        ContractStatus.COMPLETED,
        ContractStatus.TERMINATED,
        ContractStatus.BROKEN,
    }
)
SCHRONISKO = frozenset({ShelterKind.SHELTER, ShelterKind.SHELTER_WITH_CARE})


@rule(
    "SW-REF-001",
    "Skierowanie do domu pomocy społecznej następuje po uzyskaniu zgody osoby albo jej "
    "przedstawiciela ustawowego",
    applies_to="referral",
    legal_basis=ups(54, ustep=2),
    note="Checked for every DPS referral except a revoked one (a draft too: it must not be "
    "issued without consent). A consent dated after the referral was sent does not count. A "
    "consent recorded as given by a legal representative needs the client's legal "
    "representative in the case.",
)
def dps_consent(referral: Referral, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.model.referral import ReferralKind, ReferralStatus

    if referral.kind is not ReferralKind.DPS or referral.status is ReferralStatus.REVOKED:
        return
    consent = referral.consent
    if consent is None:
        yield Violation(
            "Brak zgody osoby kierowanej do domu pomocy społecznej lub jej przedstawiciela "
            "ustawowego; uzyskaj pisemną zgodę przed wysłaniem skierowania.",
            path=path("consent"),
        )
        return
    if referral.sent_on is not None and consent.given_on > referral.sent_on:
        yield Violation(
            f"Zgodę na skierowanie do domu pomocy społecznej wyrażono {day(consent.given_on)}, "
            f"po wysłaniu skierowania ({day(referral.sent_on)}); skierowanie następuje po "
            "uzyskaniu zgody.",
            path=path("consent", "given_on"),
        )
    if consent.by_representative and referral.client.legal_representative is None:
        yield Violation(
            "Zgodę na skierowanie do domu pomocy społecznej wyraził przedstawiciel ustawowy, "
            "ale w sprawie nie wskazano przedstawiciela ustawowego osoby kierowanej.",
            path=path("client", "legal_representative"),
        )


@rule(
    "SW-REF-003",
    "Do domu pomocy społecznej kieruje się osobę wymagającą całodobowej opieki, której "
    "potrzeb nie można zaspokoić usługami opiekuńczymi",
    applies_to="referral",
    legal_basis=ups(54, ustep=1),
    note="Checked on the DPS details of the referral (needs_24h_care, "
    "care_services_insufficient); both conditions of art. 54 ust. 1 are cumulative. A referral "
    "without DPS details is not checked.",
)
def dps_grounds(referral: Referral, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.model.referral import ReferralKind, ReferralStatus

    details = referral.dps
    if (
        referral.kind is not ReferralKind.DPS
        or details is None
        or referral.status is ReferralStatus.REVOKED
    ):
        return
    if not details.needs_24h_care:
        yield Violation(
            "Osoba kierowana do domu pomocy społecznej według skierowania nie wymaga "
            "całodobowej opieki z powodu wieku, choroby lub niepełnosprawności.",
            path=path("dps", "needs_24h_care"),
        )
    if not details.care_services_insufficient:
        yield Violation(
            "W skierowaniu do domu pomocy społecznej nie stwierdzono, że potrzeb osoby nie "
            "można zaspokoić w formie usług opiekuńczych.",
            path=path("dps", "care_services_insufficient"),
        )


def _contracts(referral: Referral, ctx: RuleContext) -> list[SocialContract]:
    from socialwork.model.contract import SocialContract

    return [c for c in ctx.objects(SocialContract) if same_person(c.client, referral.client)]


@rule(
    "SW-REF-002",
    "Schronienie w schronisku dla osób bezdomnych przysługuje osobie, która ma podpisany "
    "kontrakt socjalny",
    applies_to="referral",
    legal_basis=ups("48a", ustep=2),
    note="For a referral to a schronisko (also one with usługi opiekuńcze; not a noclegownia "
    "or ogrzewalnia), except a revoked one. When the kontrakt itself is in the case or in "
    "related objects (same client; the one numbered shelter.contract_number if given), it "
    "must be signed by both parties not later than the stay starts; otherwise the referral "
    "must at least name the kontrakt (shelter.contract_number).",
)
def shelter_contract(referral: Referral, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.model.referral import ReferralKind, ReferralStatus

    shelter = referral.shelter
    if (
        referral.kind is not ReferralKind.SHELTER
        or shelter is None
        or shelter.place not in SCHRONISKO
        or referral.status is ReferralStatus.REVOKED
    ):
        return
    contracts = _contracts(referral, ctx)
    if shelter.contract_number is not None:
        numbered = [c for c in contracts if c.number == shelter.contract_number]
        contracts = numbered or contracts
    if not contracts:
        if shelter.contract_number is None:
            yield Violation(
                f"Skierowanie do placówki „{shelter.place.label}” nie wskazuje kontraktu "
                "socjalnego: nie podano numeru kontraktu ani nie dołączono kontraktu "
                "podpisanego przez osobę bezdomną.",
                path=path("shelter", "contract_number"),
            )
        return
    start = shelter.stay_from
    for contract in contracts:
        client_on, worker_on = contract.client_signed_on, contract.worker_signed_on
        if (
            contract.status in SIGNED
            and client_on is not None
            and worker_on is not None
            and max(client_on, worker_on) <= start
        ):
            return
    contract = contracts[-1]
    if contract.status not in SIGNED or None in (
        contract.client_signed_on,
        contract.worker_signed_on,
    ):
        detail = f"kontrakt nr {contract.number} nie został podpisany przez obie strony"
    else:
        signed_on = max(d for d in (contract.client_signed_on, contract.worker_signed_on) if d)
        detail = (
            f"kontrakt nr {contract.number} podpisano dopiero {day(signed_on)}, po "
            f"rozpoczęciu pobytu ({day(start)})"
        )
    yield Violation(
        f"Skierowanie do placówki „{shelter.place.label}” wymaga podpisanego kontraktu "
        f"socjalnego, a {detail}.",
        path=path("shelter", "contract_number"),
    )


@rule(
    "SW-REF-004",
    "Skierowanie lub wniosek tego rodzaju wysyła się po uzyskaniu zgody osoby (rodziny) albo "
    "jej przedstawiciela ustawowego",
    applies_to="referral",
    legal_basis=LegalBasis(Act.WSPIERANIE_RODZINY, "8", ustep="3"),
    severity="warning",
    note="For every kind that requires consent (ReferralKind.requires_consent) other than a "
    "DPS (SW-REF-001), except a revoked one. The legal basis is that of the family assistant "
    "(art. 8 ust. 3 u.w.r.s.p.z.: family support only with the family's consent); for the PUP "
    "and the PZON the consent follows from the person's own application (UNVERIFIED as a "
    "statutory requirement), hence a warning.",
)
def referral_consent(referral: Referral, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.model.referral import ReferralKind, ReferralStatus

    if (
        referral.kind is ReferralKind.DPS
        or not referral.kind.requires_consent
        or referral.status is ReferralStatus.REVOKED
        or referral.consent is not None
    ):
        return
    yield Violation(
        f"Brak zgody osoby lub jej przedstawiciela ustawowego na pismo "
        f"„{referral.kind.label}”; uzyskaj zgodę przed wysłaniem.",
        path=path("consent"),
    )


RULES = (dps_consent, dps_grounds, shelter_contract, referral_consent)
