"""Household income for a benefit under art. 8 ust. 3–13 u.p.s., with every step.

:func:`household_income` (items + household size) and :func:`family_income` (a
:class:`~socialwork.model.family.Family`) compute, from the members' monthly
:class:`~socialwork.model.income.Income` items:

1. **Reference month** (art. 8 ust. 3): the month before the month of the application;
   when income was lost ("utrata dochodu": ``income_lost=True``, or any item flagged
   ``lost``), the month of the application.  Only items of that month are counted (except
   spread one-off income, point 5).  Items flagged ``lost`` are never counted – the source
   no longer exists.
2. **Per person**: the sum of przychody of counted items minus income tax, health and
   social contributions of those items and alimony paid to others (ust. 3 pkt 1–3).  A
   person's income is never below 0 (a larger deduction is not carried to other members).
   Alimony paid is deducted whatever item it is recorded on.
3. **Excluded kinds** (ust. 4 pkt 1–6, ust. 4a and other statutes – each kind's basis in
   :class:`~socialwork.model.income.IncomeKind`) are not counted.  The świadczenie
   uzupełniające (ust. 4a) is excluded only for cash benefits: pass
   ``for_cash_benefit=False`` for a non-cash benefit and it is counted.
4. **Farm** (``kind=farm``): hectares przeliczeniowe × the monthly income from 1 ha in
   force on the application day (``farm_income_per_hectare``); when the household's total
   area in the reference month is below 1 ha przeliczeniowy nothing is counted (ust. 4
   pkt 6).
5. **One-off income** (``one_off=True``, ust. 11): its net amount (gross − tax −
   contributions) is compared with 5 × the criterion in force on the application day
   (single: 5 × K_single; family: 5 × members × K_person).  Above it, the amount is
   divided into 12 equal monthly parts from the month received, and the part falling on
   the reference month is counted.  Otherwise it counts in full in the month received.
6. **Totals**: family income = sum of persons' incomes (art. 6 pkt 4); income per person =
   family income / members (art. 6 pkt 3).

Rounding: arithmetic is exact; ``total`` and ``per_person`` are rounded half-up to the
grosz at the end.  Figures (criterion, 1 ha) are read on ``application_date``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from socialwork.errors import InputError, Problem
from socialwork.law import parameters
from socialwork.law.citations import LegalBasis, LegalBasisError, ups
from socialwork.law.steps import Step, format_pln, money
from socialwork.model.family import Family
from socialwork.model.income import Income, IncomeKind

__all__ = ["HouseholdIncome", "family_income", "household_income", "reference_month"]

ZERO = Decimal("0")


@attrs.frozen
class HouseholdIncome:
    """The income of a household for a benefit, with the steps that produced it."""

    application_date: dt.date
    reference_month: dt.date
    income_lost: bool
    members: int
    total: Decimal
    per_person: Decimal
    by_person: tuple[tuple[str, Decimal], ...]
    steps: tuple[Step, ...]

    def of(self, person_id: str) -> Decimal:
        """The income of one person (0.00 when the person had no counted income)."""
        for pid, amount in self.by_person:
            if pid == person_id:
                return amount
        return Decimal("0.00")

    def as_dict(self) -> dict[str, Any]:
        return {
            "application_date": self.application_date.isoformat(),
            "reference_month": self.reference_month.isoformat()[:7],
            "income_lost": self.income_lost,
            "members": self.members,
            "total": f"{self.total}",
            "per_person": f"{self.per_person}",
            "by_person": {pid: f"{amount}" for pid, amount in self.by_person},
            "steps": [s.as_dict() for s in self.steps],
        }


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _month_name(day: dt.date) -> str:
    return f"{day.year}-{day.month:02d}"


def reference_month(application_date: dt.date, *, income_lost: bool = False) -> dt.date:
    """The month whose income counts (art. 8 ust. 3), as its first day."""
    if income_lost:
        return application_date.replace(day=1)
    index = _month_index(application_date) - 1
    return dt.date(index // 12, index % 12 + 1, 1)


def _ha(hectares: Decimal) -> str:
    """Hectares in Polish notation: "2,5"."""
    return f"{hectares.normalize():f}".replace(".", ",")


def _kind_basis(kind: IncomeKind) -> tuple[LegalBasis, str]:
    """The basis excluding ``kind`` (a citation) and a note when it is another statute."""
    try:
        return LegalBasis.parse(kind.legal_basis), ""
    except LegalBasisError:
        return ups(8, ustep=3), f" (wyłączenie: {kind.legal_basis})"


def _excluded(kind: IncomeKind, for_cash_benefit: bool) -> bool:
    if kind is IncomeKind.SUPPLEMENTARY_BENEFIT:
        return for_cash_benefit
    return kind.excluded


def household_income(
    incomes: Iterable[Income],
    *,
    application_date: dt.date,
    members: int,
    income_lost: bool | None = None,
    for_cash_benefit: bool = True,
) -> HouseholdIncome:
    """The household's income for an application filed on ``application_date``.

    ``members``: persons in the household (1 = osoba samotnie gospodarująca);
    ``income_lost``: whether income was lost (default: True when any item is flagged
    ``lost``).  See the module notes for the rules.  Bad input raises
    :class:`~socialwork.errors.InputError` naming the item (``$.incomes[i]``).
    """
    if isinstance(application_date, dt.datetime) or not isinstance(application_date, dt.date):
        raise InputError("application_date must be a datetime.date")
    if isinstance(members, bool) or not isinstance(members, int) or members < 1:
        raise InputError(f"members must be a whole number >= 1, not {members!r}")
    items = list(incomes)
    bad = [
        Problem(f"$.incomes[{i}]", f"is a {type(item).__name__}, not an Income")
        for i, item in enumerate(items)
        if not isinstance(item, Income)
    ]
    if bad:
        raise InputError("household_income needs Income items", bad)
    persons = {item.person_id for item in items}
    if len(persons) > members:
        raise InputError(
            f"income items name {len(persons)} persons but the household has {members}; "
            "give members as the number of persons in the household"
        )
    lost = any(item.lost for item in items) if income_lost is None else bool(income_lost)
    ref = reference_month(application_date, income_lost=lost)
    ref_index = _month_index(ref)
    basis_3 = ups(8, ustep=3)
    steps: list[Step] = [
        Step(
            (
                "Utrata dochodu – uwzględnia się dochód z miesiąca złożenia wniosku"
                if lost
                else "Uwzględnia się dochód z miesiąca poprzedzającego złożenie wniosku"
            )
            + f" ({_month_name(ref)})",
            basis_3,
        )
    ]
    single = members == 1
    k = parameters.record(
        "income_criterion.single" if single else "income_criterion.per_person",
        application_date,
        statutory=True,
    )
    multiplier = parameters.value("one_off_income.multiplier", application_date)
    spread = int(parameters.value("one_off_income.spread_months", application_date))
    threshold = multiplier * k.amount * (1 if single else members)

    gross: dict[str, Decimal] = {}
    deductions: dict[str, Decimal] = {}
    alimony: dict[str, Decimal] = {}
    farm_items: list[tuple[int, Income]] = []
    other_months = 0

    def add(pid: str, table: dict[str, Decimal], amount: Decimal) -> None:
        table[pid] = table.get(pid, ZERO) + amount

    for i, item in enumerate(items):
        pid = item.person_id
        label = item.kind.label
        if item.lost:
            steps.append(Step(f"Osoba {pid}: {label} – źródło utracone, nie wlicza się", basis_3))
            continue
        if _excluded(item.kind, for_cash_benefit):
            if item.month != ref:
                other_months += 1
                continue
            add(pid, alimony, item.alimony_paid)
            basis, note = _kind_basis(item.kind)
            steps.append(
                Step(
                    f"Osoba {pid}: {label} ({format_pln(item.gross)}) – nie wlicza "
                    f"się do dochodu{note}",
                    basis,
                )
            )
            continue
        if item.one_off:
            net = item.gross - item.income_tax - item.health_contribution
            net -= item.social_contributions
            net = max(net, ZERO)
            age = ref_index - _month_index(item.month)
            basis_11 = ups(8, ustep=11)
            if net > threshold:
                if 0 <= age < spread:
                    part = net / spread
                    add(pid, gross, part)
                    steps.append(
                        Step(
                            f"Osoba {pid}: dochód jednorazowy {format_pln(net)} z "
                            f"{_month_name(item.month)} przekracza "
                            f"{multiplier.normalize():f}-krotność kryterium "
                            f"({format_pln(threshold)}) – rozlicza się go w {spread} równych "
                            "częściach od miesiąca otrzymania; część przypadająca na miesiąc "
                            "dochodu",
                            basis_11,
                            amount=money(part),
                        )
                    )
                else:
                    steps.append(
                        Step(
                            f"Osoba {pid}: dochód jednorazowy z {_month_name(item.month)} – "
                            "miesiąc dochodu poza okresem jego rozliczenia, nie wlicza się",
                            basis_11,
                        )
                    )
                if item.month == ref:
                    add(pid, alimony, item.alimony_paid)
                continue
            if item.month != ref:
                other_months += 1
                continue
            steps.append(
                Step(
                    f"Osoba {pid}: dochód jednorazowy {format_pln(net)} nie przekracza "
                    f"{multiplier.normalize():f}-krotności kryterium ({format_pln(threshold)}) – "
                    "wlicza się w całości w miesiącu otrzymania",
                    basis_11,
                    amount=net,
                )
            )
        elif item.month != ref:
            other_months += 1
            continue
        add(pid, alimony, item.alimony_paid)
        if item.kind is IncomeKind.FARM:
            farm_items.append((i, item))
            add(
                pid,
                deductions,
                item.income_tax + item.health_contribution + item.social_contributions,
            )
            continue
        if item.kind is IncomeKind.SUPPLEMENTARY_BENEFIT:
            steps.append(
                Step(
                    f"Osoba {pid}: {label} – wlicza się do dochodu przy "
                    "świadczeniach niepieniężnych",
                    ups(8, ustep="4a"),
                )
            )
        add(pid, gross, item.gross)
        add(pid, deductions, item.income_tax + item.health_contribution + item.social_contributions)
        if not item.one_off:
            steps.append(Step(f"Osoba {pid}: {label} – przychód", basis_3, amount=item.gross))

    if other_months:
        steps.append(
            Step(
                f"Pominięto pozycje z innych miesięcy niż miesiąc dochodu: {other_months}", basis_3
            )
        )
    if farm_items:
        hectares = sum((item.hectares or ZERO for _, item in farm_items), ZERO)
        per_ha = parameters.record("farm_income_per_hectare", application_date)
        if hectares < 1:
            steps.append(
                Step(
                    f"Gospodarstwo rolne: {_ha(hectares)} ha przeliczeniowych – poniżej "
                    "1 ha przeliczeniowego, dochodu z gospodarstwa nie wlicza się",
                    ups(8, ustep=4, punkt=6),
                )
            )
        else:
            for _, item in farm_items:
                ha = item.hectares or ZERO
                amount = ha * per_ha.amount
                add(item.person_id, gross, amount)
                steps.append(
                    Step(
                        f"Osoba {item.person_id}: gospodarstwo rolne {_ha(ha)} ha "
                        f"przeliczeniowych × {format_pln(per_ha.amount)} (dochód z 1 ha "
                        f"przeliczeniowego w dniu {application_date.isoformat()})",
                        per_ha.legal_basis,
                        amount=money(amount),
                    )
                )

    by_person: list[tuple[str, Decimal]] = []
    total = ZERO
    for pid in sorted(set(gross) | set(deductions) | set(alimony)):
        revenue = gross.get(pid, ZERO)
        taxes = deductions.get(pid, ZERO)
        paid = alimony.get(pid, ZERO)
        income = revenue - taxes - paid
        if taxes:
            steps.append(
                Step(
                    f"Osoba {pid}: podatek dochodowy oraz składki na ubezpieczenia "
                    "zdrowotne i społeczne – odejmuje się",
                    ups(8, ustep=3, punkt="1–2"),
                    amount=taxes,
                )
            )
        if paid:
            steps.append(
                Step(
                    f"Osoba {pid}: alimenty świadczone na rzecz innych osób – odejmuje się",
                    ups(8, ustep=3, punkt=3),
                    amount=paid,
                )
            )
        if income < 0:
            steps.append(
                Step(
                    f"Osoba {pid}: odliczenia przewyższają przychód – dochód osoby "
                    "przyjmuje się w wysokości 0,00 zł",
                    basis_3,
                    amount=ZERO,
                )
            )
            income = ZERO
        by_person.append((pid, money(income)))
        total += income
        steps.append(Step(f"Osoba {pid}: dochód", basis_3, amount=income))
    total_money = money(total)
    per_person = money(total / members)
    if single:
        steps.append(Step("Dochód osoby samotnie gospodarującej", basis_3, amount=total_money))
    else:
        steps.append(
            Step(
                "Dochód rodziny – suma miesięcznych dochodów osób w rodzinie",
                ups(6, punkt=4),
                amount=total_money,
            )
        )
        steps.append(
            Step(
                f"Dochód na osobę w rodzinie: {format_pln(total_money)} / {members}",
                ups(6, punkt=3),
                amount=per_person,
            )
        )
    return HouseholdIncome(
        application_date=application_date,
        reference_month=ref,
        income_lost=lost,
        members=members,
        total=total_money,
        per_person=per_person,
        by_person=tuple(by_person),
        steps=tuple(steps),
    )


def family_income(
    family: Family,
    *,
    application_date: dt.date,
    income_lost: bool | None = None,
    for_cash_benefit: bool = True,
) -> HouseholdIncome:
    """:func:`household_income` of a :class:`Family` (members = ``family.size``)."""
    if not isinstance(family, Family):
        raise InputError(f"family_income needs a Family, not {type(family).__name__}")
    return household_income(
        family.incomes,
        application_date=application_date,
        members=family.size,
        income_lost=income_lost,
        for_cash_benefit=for_cash_benefit,
    )
