"""The fee for a stay in a dom pomocy społecznej (art. 60–61 u.p.s.).

Who pays, in order (art. 61 ust. 1): the resident (pkt 1), then the spouse, descendants
before ascendants (pkt 2), then the gmina that referred the resident (pkt 3) – "przy czym
osoby i gmina określone w pkt 2 i 3 nie mają obowiązku wnoszenia opłat, jeżeli mieszkaniec
domu ponosi pełną odpłatność".  How much (art. 61 ust. 2):

* the resident: "nie więcej jednak niż 70% swojego dochodu" (pkt 1), and never more than
  the average monthly cost of the stay, since the stay is paid only up to that cost
  (art. 60 ust. 1);
* a relative, by agreement (art. 103 ust. 2), only from income above 300 % of the
  criterion, and never so much that less than 300 % is left (pkt 2): for an osoba samotnie
  gospodarująca 300 % of K_single (lit. a); for a person in a family 300 % of K_person per
  person (lit. b);
* the gmina: the difference between the average cost and the others' fees (pkt 3).

Readings chosen (the statute leaves them open; ``docs/law.md`` says why)
    * **Family capacity (lit. b)**: the family's income above N × 300 % × K_person, so the
      income per person left in the family stays at least 300 % of the criterion ("reading
      A", the one OPS practice computes: forum.ops.pl/naliczanie-odplatnosci-za-dps-207262630
      "6000 zł-(500*3 [300%]*3[osób])=1500 zł").  Some courts charge only the obliged
      member's per-person surplus (reading B); it is not implemented.
    * **Order**: relatives pay one after another in the order given, each what is left of
      the cost up to their capacity – the spouse first, then descendants, then ascendants.
      How relatives of the same rank share is a matter for the agreements (art. 103 ust. 2);
      the computation shows the most each can be asked for in turn.
    * **Rounding**: 70 % of the resident's income is rounded **down** to the grosz
      ("nie więcej niż 70%"); all other amounts are exact (criteria are whole złoty,
      incomes and cost are in grosze), so the fees always add up to the cost exactly.

Not modelled: exemptions (art. 64, 64a), voluntary payers (art. 61 ust. 2a–2c), residents
placed before 1 January 2004, a minor resident's representative, short-term stays.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import ROUND_FLOOR, Decimal, InvalidOperation
from typing import Any

import attrs

from socialwork.errors import InputError
from socialwork.formatting import plural
from socialwork.law import parameters
from socialwork.law.allowances import ZERO
from socialwork.law.citations import ups
from socialwork.law.steps import Step, format_pln, money
from socialwork.model import MAX_AMOUNT
from socialwork.model.dps import Kinship

__all__ = ["DpsFee", "Kinship", "ObligedRelative", "RelativeFee", "dps_fee", "parse_relative"]

_GROSZ = Decimal("0.01")


def _amount(value: Any, name: str, *, positive: bool = False) -> Decimal:
    if isinstance(value, (bool, float)):
        raise InputError(
            f"{name}: {value!r} is a {type(value).__name__}; pass a Decimal like "
            'Decimal("823.00") (floats lose grosze)'
        )
    if isinstance(value, int):
        value = Decimal(value)
    if not isinstance(value, Decimal):
        raise InputError(f"{name} must be a Decimal amount, not {type(value).__name__}")
    if not value.is_finite() or value < 0 or (positive and value == 0):
        raise InputError(f"{name} must be an amount {'> 0' if positive else '>= 0'}, not {value}")
    if value > MAX_AMOUNT:
        raise InputError(
            f"{name}: {value} is not a plausible monthly amount "
            f"(at most {MAX_AMOUNT} zł, socialwork.model.MAX_AMOUNT)"
        )
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise InputError(f"{name}: {value} has more than 2 decimal places; give złoty and grosze")
    return value


@attrs.frozen
class ObligedRelative:
    """A spouse, descendant or ascendant of the resident with their own household.

    ``members == 1``: an osoba samotnie gospodarująca whose monthly ``income`` it is (art. 61
    ust. 2 pkt 2 lit. a); ``members >= 2``: a family of that size with its total monthly
    ``income`` (lit. b).  ``kinship`` (optional) is checked against the statutory order.
    """

    income: Decimal
    members: int = 1
    kinship: Kinship | None = None

    def __attrs_post_init__(self) -> None:
        _amount(self.income, "relative income")
        if isinstance(self.members, bool) or not isinstance(self.members, int) or self.members < 1:
            raise InputError(
                f"relative members must be a whole number >= 1 (1 = osoba samotnie "
                f"gospodarująca), not {self.members!r}"
            )
        if self.kinship is not None and not isinstance(self.kinship, Kinship):
            raise InputError(f"relative kinship must be a Kinship, not {self.kinship!r}")

    @property
    def single(self) -> bool:
        return self.members == 1


@attrs.frozen
class RelativeFee:
    """What one relative may be asked to pay, and why."""

    relative: ObligedRelative
    threshold: Decimal
    """Income the relative (or the family) keeps at least: 300 % of the criterion (× N)."""
    capacity: Decimal
    """Income above the threshold (0 when none)."""
    fee: Decimal


@attrs.frozen
class DpsFee:
    """The monthly fee for a stay in a DPS split among its payers (art. 61 u.p.s.)."""

    cost: Decimal
    income: Decimal
    resident: Decimal
    relatives: tuple[RelativeFee, ...]
    gmina: Decimal
    steps: tuple[Step, ...]
    on: dt.date

    @property
    def resident_pays_in_full(self) -> bool:
        return self.resident == self.cost

    def as_dict(self) -> dict[str, Any]:
        """The CLI's JSON shape: amounts as two-decimal strings, relatives in order."""
        return {
            "resident": f"{money(self.resident)}",
            "relatives": [f"{money(r.fee)}" for r in self.relatives],
            "gmina": f"{money(self.gmina)}",
            "cost": f"{money(self.cost)}",
            "income": f"{money(self.income)}",
            "on": self.on.isoformat(),
            "steps": [s.as_dict() for s in self.steps],
        }


def _relatives_in(relatives: Iterable[ObligedRelative]) -> tuple[ObligedRelative, ...]:
    if isinstance(relatives, (str, bytes)):
        raise InputError("relatives must be a list of ObligedRelative, not a text")
    items = tuple(relatives)
    last_rank = -1
    spouses = 0
    for i, rel in enumerate(items):
        if not isinstance(rel, ObligedRelative):
            raise InputError(
                f"relatives[{i}]: expected an ObligedRelative, not {type(rel).__name__}"
            )
        if rel.kinship is None:
            continue
        if rel.kinship.rank < last_rank:
            raise InputError(
                f"relatives[{i}]: a {rel.kinship.value} comes after a relative of a later "
                "rank; give the relatives in the statutory order: spouse, descendants, "
                "ascendants (art. 61 ust. 1 pkt 2 u.p.s.)"
            )
        last_rank = rel.kinship.rank
        spouses += rel.kinship is Kinship.SPOUSE
        if spouses > 1:
            raise InputError(f"relatives[{i}]: a resident has at most one spouse")
    return items


def parse_relative(text: str) -> ObligedRelative:
    """``"single:INCOME"`` or ``"family:N:INCOME"`` (the CLI's ``--relative``)."""
    parts = text.strip().split(":")
    kind = parts[0].strip().lower()
    members = 0
    if kind == "family" and len(parts) == 3 and parts[1].strip().isdigit():
        members = int(parts[1])
        if members < 2:
            raise InputError(
                f"relative {text!r}: a family has at least 2 persons; a one-person "
                "household is 'single:INCOME'"
            )
    income: Decimal | None = None
    if (kind == "single" and len(parts) == 2) or members:
        try:
            income = _decimal(parts[-1])
        except ValueError:
            income = None
    if income is not None:
        return ObligedRelative(income=income, members=max(members, 1))
    raise InputError(
        f"relative {text!r}: write 'single:INCOME' (osoba samotnie gospodarująca) or "
        "'family:N:INCOME' (a family of N persons with its total income), e.g. "
        "'single:4500.00' or 'family:3:9000'"
    )


def _decimal(text: str) -> Decimal:
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite() or value < 0 or value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValueError(text)
    return value


def dps_fee(
    on: dt.date,
    *,
    cost: Decimal,
    income: Decimal,
    relatives: Sequence[ObligedRelative] = (),
) -> DpsFee:
    """Split the average monthly cost of a stay in a DPS among the resident, the obliged
    relatives (in the order given: spouse, descendants, ascendants) and the gmina (art. 61
    u.p.s.).  ``cost``: the average monthly cost of the home (art. 60 ust. 2, > 0);
    ``income``: the resident's monthly income (art. 8).  See the module docstring for the
    readings chosen.
    """
    if isinstance(on, dt.datetime) or not isinstance(on, dt.date):
        raise InputError(f"on must be a datetime.date, not {type(on).__name__}")
    cost = _amount(cost, "cost", positive=True)
    income = _amount(income, "income")
    items = _relatives_in(relatives)
    steps: list[Step] = [
        Step(
            "Średni miesięczny koszt utrzymania mieszkańca w domu pomocy społecznej – "
            "pobyt jest odpłatny do tej wysokości",
            ups(60, ustep=1),
            amount=cost,
        ),
        Step("Dochód mieszkańca domu", ups(8, ustep=3), amount=income),
    ]
    share = parameters.record("dps_fee.resident_income_share", on)
    percent = f"{(share.amount * 100).normalize():f}"
    cap = (income * share.amount).quantize(_GROSZ, rounding=ROUND_FLOOR)
    flag = "" if share.verified else " [NIEZWERYFIKOWANE na ten dzień]"
    steps.append(
        Step(
            f"{percent} % dochodu mieszkańca (zaokrąglone w dół do pełnego grosza){flag}",
            share.legal_basis,
            amount=cap,
        )
    )
    resident = min(cap, cost)
    remaining = cost - resident
    if remaining == 0:
        steps.append(
            Step(
                f"{percent} % dochodu pokrywa średni koszt – mieszkaniec ponosi pełną "
                "odpłatność w wysokości średniego kosztu; małżonek, zstępni, wstępni i gmina "
                "nie wnoszą opłaty",
                ups(61, ustep=1),
                amount=resident,
            )
        )
    else:
        steps.append(
            Step(
                f"Opłata mieszkańca: {percent} % dochodu (mniej niż średni koszt)",
                ups(61, ustep=2, punkt=1),
                amount=resident,
            )
        )
        steps.append(
            Step(
                "Pozostaje do pokrycia (średni koszt − opłata mieszkańca)",
                ups(61, ustep=1, punkt=2),
                amount=remaining,
            )
        )
    fees: list[RelativeFee] = []
    multiple = parameters.record("dps_fee.relative_income_multiple", on)
    times = f"{(multiple.amount * 100).normalize():f}"
    mflag = "" if multiple.verified else " [NIEZWERYFIKOWANE na ten dzień]"
    for i, rel in enumerate(items, 1):
        who = f"Osoba obowiązana nr {i}" + (f" ({rel.kinship.label})" if rel.kinship else "")
        if rel.single:
            k = parameters.record("income_criterion.single", on, statutory=True)
            threshold = k.amount * multiple.amount
            basis = ups(61, ustep=2, punkt=2, litera="a")
            what = (
                f"{who}, osoba samotnie gospodarująca: {times} % kryterium dochodowego "
                f"osoby samotnie gospodarującej ({format_pln(k.amount)}){mflag}"
            )
        else:
            k = parameters.record("income_criterion.per_person", on, statutory=True)
            threshold = k.amount * multiple.amount * rel.members
            basis = ups(61, ustep=2, punkt=2, litera="b")
            what = (
                f"{who}, rodzina {rel.members}-osobowa: {times} % kryterium dochodowego na "
                f"osobę w rodzinie ({format_pln(k.amount)}) × "
                f"{plural(rel.members, 'osoba', 'osoby', 'osób')}{mflag}"
            )
        capacity = max(ZERO, rel.income - threshold)
        fee = min(remaining, capacity) if remaining > 0 else ZERO
        if remaining > 0:
            steps.append(Step(what + " – dochód, który musi pozostać", basis, amount=threshold))
            steps.append(
                Step(
                    f"{who}: dochód "
                    + ("" if rel.single else "rodziny ")
                    + f"{format_pln(rel.income)}, nadwyżka ponad próg"
                    + ("" if capacity > 0 else " – brak nadwyżki, opłaty nie wnosi"),
                    basis,
                    amount=capacity,
                )
            )
            steps.append(
                Step(
                    f"{who}: opłata (mniejsza z kwot: pozostała część kosztu, nadwyżka) – "
                    "w drodze umowy (art. 103 ust. 2 u.p.s.)",
                    ups(61, ustep=2, punkt=2),
                    amount=fee,
                )
            )
        elif resident < cost:
            steps.append(
                Step(
                    f"{who}: średni koszt jest już pokryty przez osoby wcześniejsze "
                    "w kolejności – opłaty nie wnosi",
                    ups(61, ustep=1, punkt=2),
                    amount=ZERO,
                )
            )
        fees.append(RelativeFee(rel, threshold, capacity, fee))
        remaining -= fee
    gmina = remaining
    if resident < cost:
        steps.append(
            Step(
                "Opłata gminy, z której osoba została skierowana: różnica między średnim "
                "kosztem a opłatami mieszkańca i osób obowiązanych",
                ups(61, ustep=2, punkt=3),
                amount=gmina,
            )
        )
    return DpsFee(
        cost=money(cost),
        income=money(income),
        resident=money(resident),
        relatives=tuple(
            attrs.evolve(
                f, threshold=money(f.threshold), capacity=money(f.capacity), fee=money(f.fee)
            )
            for f in fees
        ),
        gmina=money(gmina),
        steps=tuple(steps),
        on=on,
    )
