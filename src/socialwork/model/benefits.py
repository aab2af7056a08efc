"""Kinds of benefits — art. 36 u.p.s. (świadczenia z pomocy społecznej).

Art. 36 pkt 1 lists the cash benefits (świadczenia pieniężne), pkt 2 the non-cash ones
(świadczenia niepieniężne). ``legal_basis`` cites the article that governs each benefit; the
lettering of art. 36 pkt 1 is only partly verified, so it is not cited; where the governing
article was not confirmed in a checked source, ``art. 36 pkt 1``/``pkt 2`` is cited instead.
"""

from __future__ import annotations

from typing import Any

from socialwork.model.enums import LabelledEnum, new_member

__all__ = ["BenefitKind"]


class BenefitKind(LabelledEnum):
    """A benefit of art. 36 u.p.s.; ``cash`` says whether it is a świadczenie pieniężne.

    Members marked ``verified=False`` have a placement in art. 36 that is UNVERIFIED (new forms
    added by the amendment in force from 1.11.2023).
    """

    cash: bool
    verified: bool

    def __new__(
        cls, value: str, label: str, legal_basis: str, cash: bool, verified: bool = True
    ) -> Any:
        obj = new_member(cls, value, label, legal_basis)
        obj.cash = cash
        obj.verified = verified
        return obj

    # --- art. 36 pkt 1: świadczenia pieniężne
    PERMANENT_ALLOWANCE = ("permanent_allowance", "zasiłek stały", "art. 37 u.p.s.", True)
    PERIODIC_ALLOWANCE = ("periodic_allowance", "zasiłek okresowy", "art. 38 u.p.s.", True)
    TARGETED_ALLOWANCE = ("targeted_allowance", "zasiłek celowy", "art. 39 u.p.s.", True)
    TARGETED_ALLOWANCE_CONTRACT = (
        "targeted_allowance_contract",
        "zasiłek celowy na pokrycie wydatków związanych z realizacją kontraktu socjalnego",
        "art. 39a u.p.s.",
        True,
    )
    TARGETED_ALLOWANCE_EVENT = (
        "targeted_allowance_event",
        "zasiłek celowy w związku ze zdarzeniem losowym, klęską żywiołową lub ekologiczną",
        "art. 40 u.p.s.",
        True,
    )
    SPECIAL_TARGETED_ALLOWANCE = (
        "special_targeted_allowance",
        "specjalny zasiłek celowy",
        "art. 41 ust. 1 u.p.s.",
        True,
    )
    ECONOMIC_INDEPENDENCE_ALLOWANCE = (
        "economic_independence_allowance",
        "zasiłek na ekonomiczne usamodzielnienie",
        "art. 36 pkt 1 u.p.s.",
        True,
    )
    ECONOMIC_INDEPENDENCE_LOAN = (
        "economic_independence_loan",
        "pożyczka na ekonomiczne usamodzielnienie",
        "art. 36 pkt 1 u.p.s.",
        True,
    )
    INDEPENDENCE_ASSISTANCE = (
        "independence_assistance",
        "pomoc na usamodzielnienie oraz na kontynuowanie nauki",
        "art. 36 pkt 1 u.p.s.",
        True,
    )
    FOREIGNER_BENEFIT = (
        "foreigner_benefit",
        "świadczenie pieniężne na utrzymanie i pokrycie wydatków związanych z nauką języka "
        "polskiego dla cudzoziemców",
        "art. 36 pkt 1 u.p.s.",
        True,
    )
    GUARDIAN_REMUNERATION = (
        "guardian_remuneration",
        "wynagrodzenie należne opiekunowi z tytułu sprawowania opieki przyznane przez sąd",
        "art. 36 pkt 1 u.p.s.",
        True,
    )
    # --- art. 36 pkt 2: świadczenia niepieniężne
    SOCIAL_WORK = ("social_work", "praca socjalna", "art. 45 u.p.s.", False)
    CREDIT_TICKET = ("credit_ticket", "bilet kredytowany", "art. 36 pkt 2 u.p.s.", False)
    HEALTH_INSURANCE = (
        "health_insurance",
        "składki na ubezpieczenie zdrowotne",
        "art. 36 pkt 2 u.p.s.",
        False,
    )
    SOCIAL_INSURANCE = (
        "social_insurance",
        "składki na ubezpieczenia społeczne",
        "art. 36 pkt 2 u.p.s.",
        False,
    )
    MATERIAL_ASSISTANCE = (
        "material_assistance",
        "pomoc rzeczowa, w tym na ekonomiczne usamodzielnienie",
        "art. 36 pkt 2 u.p.s.",
        False,
    )
    FUNERAL = ("funeral", "sprawienie pogrzebu", "art. 36 pkt 2 u.p.s.", False)
    SPECIALIST_COUNSELLING = (
        "specialist_counselling",
        "poradnictwo specjalistyczne",
        "art. 46 u.p.s.",
        False,
    )
    CRISIS_INTERVENTION = (
        "crisis_intervention",
        "interwencja kryzysowa",
        "art. 36 pkt 2 u.p.s.",
        False,
    )
    SHELTER = ("shelter", "schronienie", "art. 48a u.p.s.", False)
    MEAL = ("meal", "posiłek", "art. 36 pkt 2 u.p.s.", False)
    CLOTHING = ("clothing", "niezbędne ubranie", "art. 36 pkt 2 u.p.s.", False)
    CARE_SERVICES = ("care_services", "usługi opiekuńcze", "art. 36 pkt 2 u.p.s.", False)
    SPECIALIST_CARE_SERVICES = (
        "specialist_care_services",
        "specjalistyczne usługi opiekuńcze",
        "art. 36 pkt 2 u.p.s.",
        False,
    )
    SUPPORTED_HOUSING = (
        "supported_housing",
        "mieszkanie treningowe lub wspomagane",
        "art. 53 u.p.s.",
        False,
    )
    DPS = ("dps", "pobyt i usługi w domu pomocy społecznej", "art. 54 u.p.s.", False)
    SHORT_TERM_DPS = (
        "short_term_dps",
        "pobyt krótkoterminowy w domu pomocy społecznej",
        "art. 36 u.p.s.",
        False,
        False,
    )
    NEIGHBOURHOOD_SERVICES = (
        "neighbourhood_services",
        "usługi sąsiedzkie",
        "art. 36 u.p.s.",
        False,
        False,
    )
    SUPPORT_FOR_INDEPENDENCE_IN_KIND = (
        "support_for_independence_in_kind",
        "pomoc w uzyskaniu mieszkania, zatrudnienia i zagospodarowaniu w formie rzeczowej dla "
        "osób usamodzielnianych",
        "art. 36 pkt 2 u.p.s.",
        False,
    )
