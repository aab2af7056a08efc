"""Income of household members (dochód, art. 8 ust. 3–13 u.p.s.) — the data shape only.

Which kinds count and how the monthly income is computed is :mod:`socialwork.law`'s job; here
each :class:`IncomeKind` has a stable value, a Polish label and, for kinds the Act (or another
act) excludes from income, the provision that excludes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import attrs

from socialwork.errors import Problem
from socialwork.model import _base as v
from socialwork.model.enums import LabelledEnum

__all__ = ["Income", "IncomeKind"]

_ZERO = Decimal("0.00")


class IncomeKind(LabelledEnum):
    """Kind (source) of an income item.

    ``legal_basis`` is set for kinds excluded from income (not counted) and names the
    provision; the law layer decides. Farm income is given in hectares przeliczeniowe
    (``Income.hectares``); an area below 1 ha przeliczeniowy is not counted (art. 8 ust. 4
    pkt 6 u.p.s.) — that is computed from the area, not a separate kind.
    """

    # counted
    EMPLOYMENT = ("employment", "wynagrodzenie ze stosunku pracy")
    CIVIL_CONTRACT = ("civil_contract", "umowa zlecenia / o dzieło")
    BUSINESS = ("business", "działalność gospodarcza")
    FARM = ("farm", "gospodarstwo rolne (hektary przeliczeniowe)")
    PENSION = ("pension", "emerytura / renta")
    SOCIAL_PENSION = ("social_pension", "renta socjalna")
    UNEMPLOYMENT_BENEFIT = ("unemployment_benefit", "zasiłek dla bezrobotnych")
    FAMILY_BENEFITS = ("family_benefits", "świadczenia rodzinne")
    CARE_BENEFIT = ("care_benefit", "świadczenie pielęgnacyjne / zasiłek opiekuńczy")
    CARE_SUPPLEMENT = ("care_supplement", "dodatek pielęgnacyjny")
    HOUSING_ALLOWANCE = ("housing_allowance", "dodatek mieszkaniowy")
    PERMANENT_ALLOWANCE = ("permanent_allowance", "zasiłek stały")
    PERIODIC_ALLOWANCE = ("periodic_allowance", "zasiłek okresowy")
    ALIMONY_RECEIVED = ("alimony_received", "alimenty otrzymywane")
    ALIMONY_FUND = ("alimony_fund", "świadczenie z funduszu alimentacyjnego")
    SUPPLEMENTARY_TOP_UP = (
        "supplementary_top_up",
        "dodatek dopełniający",
    )
    RENTAL = ("rental", "najem / dzierżawa")
    OTHER = ("other", "inne źródło dochodu")
    # excluded from income (art. 8 ust. 4 and other provisions)
    ONE_OFF_SOCIAL_BENEFIT = (
        "one_off_social_benefit",
        "jednorazowe pieniężne świadczenie socjalne",
        "art. 8 ust. 4 pkt 1 u.p.s.",
    )
    TARGETED_ALLOWANCE = ("targeted_allowance", "zasiłek celowy", "art. 8 ust. 4 pkt 2 u.p.s.")
    EDUCATION_AID = (
        "education_aid",
        "pomoc materialna o charakterze socjalnym lub motywacyjnym (np. stypendium szkolne)",
        "art. 8 ust. 4 pkt 3 u.p.s.",
    )
    IN_KIND_BENEFIT = (
        "in_kind_benefit",
        "wartość świadczenia w naturze",
        "art. 8 ust. 4 pkt 4 u.p.s.",
    )
    SOCIALLY_USEFUL_WORK = (
        "socially_useful_work",
        "świadczenie z tytułu prac społecznie użytecznych",
        "art. 8 ust. 4 pkt 5 u.p.s.",
    )
    OPPOSITION_VETERANS = (
        "opposition_veterans",
        "świadczenie dla działaczy opozycji antykomunistycznej i osób represjonowanych",
        "art. 8 ust. 4 u.p.s. (punkt UNVERIFIED)",
    )
    CHILD_RAISING_BENEFIT = (
        "child_raising_benefit",
        "świadczenie wychowawcze (800+)",
        "ustawa o pomocy państwa w wychowywaniu dzieci",
    )
    FAMILY_CARE_CAPITAL = (
        "family_care_capital",
        "rodzinny kapitał opiekuńczy",
        "ustawa o rodzinnym kapitale opiekuńczym",
    )
    ENERGY_ALLOWANCE = ("energy_allowance", "dodatek energetyczny", "ustawa – Prawo energetyczne")
    PROTECTIVE_ALLOWANCE = (
        "protective_allowance",
        "dodatek osłonowy",
        "ustawa o dodatku osłonowym",
    )
    SUPPLEMENTARY_BENEFIT = (
        "supplementary_benefit",
        "świadczenie uzupełniające dla osób niezdolnych do samodzielnej egzystencji",
        "art. 8 ust. 4a u.p.s.",
    )

    @property
    def excluded(self) -> bool:
        """Whether some provision excludes this kind from income (at least for cash
        benefits: art. 8 ust. 4a applies only to cash benefits and the DPS fee)."""
        return bool(self.legal_basis)


@attrs.frozen(repr=False)
class Income:
    """One income item of one household member for one month.

    Invariants: ``person_id`` is an id; ``month`` is the first day of a month; all amounts are
    non-negative Decimals with at most 2 decimal places; a farm item (``kind=farm``) gives
    ``hectares`` (hectares przeliczeniowe, at most 4 decimal places) and other kinds do not;
    deductions (tax, contributions) do not exceed the gross amount. Whether the family refers
    to ``person_id`` is checked by :class:`~socialwork.model.family.Family`.
    """

    person_id: str = attrs.field(validator=v.identifier)
    month: dt.date = attrs.field(validator=v.first_of_month)
    kind: IncomeKind = attrs.field(validator=v.enum_member(IncomeKind))
    gross: Decimal = attrs.field(validator=v.money)
    """Przychód (gross amount) in the month; for a farm, leave 0.00 (computed from hectares)."""
    income_tax: Decimal = attrs.field(default=_ZERO, validator=v.money)
    health_contribution: Decimal = attrs.field(default=_ZERO, validator=v.money)
    social_contributions: Decimal = attrs.field(default=_ZERO, validator=v.money)
    alimony_paid: Decimal = attrs.field(default=_ZERO, validator=v.money)
    """Alimony this person pays to others (deducted, art. 8 ust. 3 pkt 3 u.p.s.)."""
    hectares: Decimal | None = attrs.field(default=None, validator=v.optional(v.decimal_places(4)))
    """Hektary przeliczeniowe (farm only)."""
    one_off: bool = attrs.field(default=False, validator=v.boolean)
    """A one-off income (dochód jednorazowy, art. 8 ust. 11 u.p.s.)."""
    lost: bool = attrs.field(default=False, validator=v.boolean)
    """The source was lost (utrata dochodu, art. 8 ust. 3 u.p.s.), as found by the worker."""
    description: str | None = attrs.field(default=None, validator=v.optional_text)

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        if self.kind is IncomeKind.FARM and self.hectares is None:
            yield v.at("hectares", "a farm income item needs the area in hectares przeliczeniowe")
        if self.kind is not IncomeKind.FARM and self.hectares is not None:
            yield v.at("hectares", "only a farm income item (kind 'farm') has hectares")
        if self.income_tax + self.health_contribution + self.social_contributions > self.gross:
            yield v.at(
                "income_tax",
                "tax and contributions together must not exceed the gross amount",
            )

    @property
    def net(self) -> Decimal:
        """Gross minus tax, contributions and alimony paid (never below 0)."""
        net = (
            self.gross
            - self.income_tax
            - self.health_contribution
            - self.social_contributions
            - self.alimony_paid
        )
        return max(net, Decimal("0.00"))


v.private_reprs(__name__)
