"""The pozew o alimenty a social worker helps to draft (art. 126, 187 KPC; art. 133, 135
KRO). The worker only helps: the claimant (for a child, the legal representative) signs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import attrs

from socialwork.errors import Problem
from socialwork.model import _base as v
from socialwork.model.common import Attachment, Court
from socialwork.model.people import Address, Person

__all__ = ["AlimonyClaim", "ChildClaim", "NeedItem", "Party"]


@attrs.frozen(repr=False)
class Party:
    """A party to the case (or a representative) with a place of residence."""

    person: Person = attrs.field(validator=v.instance(Person))
    address: Address = attrs.field(validator=v.instance(Address))


@attrs.frozen(repr=False)
class NeedItem:
    """An itemised monthly need of the child (usprawiedliwione potrzeby, art. 135 § 1 KRO)."""

    item: str = attrs.field(validator=v.required_text)
    monthly_cost: Decimal = attrs.field(validator=v.money)


@attrs.frozen(repr=False)
class ChildClaim:
    """The claim for one child: the monthly sum and the child's itemised needs."""

    child: Person = attrs.field(validator=v.instance(Person))
    monthly_amount: Decimal = attrs.field(validator=v.money)
    needs: tuple[NeedItem, ...] = attrs.field(default=(), validator=v.tuple_of(NeedItem))

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, v.total_problem("needs", self.needs_total, "the needs' total"))

    @property
    def needs_total(self) -> Decimal:
        return sum((n.monthly_cost for n in self.needs), Decimal("0.00"))


@attrs.frozen(repr=False)
class AlimonyClaim:
    """A pozew o alimenty for one or more children, filed by their legal representative.

    Structural invariants: at least one child, each claimed once, with a monthly amount above
    zero; ``payment_day`` is 1–31; the defendant is neither a child nor the representative; a
    security amount only with ``request_security``. (``payable_from`` may precede filing.)
    """

    id: str = attrs.field(validator=v.identifier)
    court: Court = attrs.field(validator=v.instance(Court))
    place: str = attrs.field(validator=v.required_text)
    """Miejscowość where the pozew is written."""
    filed_on: dt.date = attrs.field(validator=v.a_date)
    claims: tuple[ChildClaim, ...] = attrs.field(validator=v.tuple_of(ChildClaim))
    representative: Party = attrs.field(validator=v.instance(Party))
    """The child's legal representative (usually the parent caring for the child)."""
    representative_relation: str = attrs.field(validator=v.required_text)
    """E.g. "matka"."""
    defendant: Party = attrs.field(validator=v.instance(Party))
    defendant_relation: str = attrs.field(validator=v.required_text)
    """E.g. "ojciec"."""
    payment_day: int = attrs.field(validator=v.int_between(1, 31))
    """Payable in advance by this day of each month."""
    payable_from: dt.date = attrs.field(validator=v.a_date)
    facts: str = attrs.field(validator=v.required_text, repr=v.hidden)
    """Facts the claim rests on (art. 187 § 1 pkt 2 KPC)."""
    defendant_earning_capacity: str = attrs.field(validator=v.required_text)
    """Możliwości zarobkowe i majątkowe zobowiązanego (art. 135 § 1 KRO)."""
    mediation_info: str = attrs.field(validator=v.required_text)
    """Whether mediation was tried, or why not (art. 187 § 1 pkt 3 KPC)."""
    defendant_income: Decimal | None = attrs.field(default=None, validator=v.optional_money)
    representative_income: Decimal | None = attrs.field(default=None, validator=v.optional_money)
    request_security: bool = attrs.field(default=False, validator=v.boolean)
    """Wniosek o zabezpieczenie powództwa na czas trwania postępowania."""
    security_amount: Decimal | None = attrs.field(default=None, validator=v.optional_money)
    """Monthly amount asked for as security (defaults to the claimed sums)."""
    request_hearing_in_absence: bool = attrs.field(default=False, validator=v.boolean)
    evidence: tuple[str, ...] = attrs.field(default=(), validator=v.text_tuple)
    attachments: tuple[Attachment, ...] = attrs.field(default=(), validator=v.tuple_of(Attachment))
    helped_by: str | None = attrs.field(default=None, validator=v.optional_text)
    """The social worker who helped draft it (not a party)."""

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        if not self.claims:
            yield v.at("claims", "claim alimony for at least one child")
        for i, claim in enumerate(self.claims):
            if claim.monthly_amount == 0:
                yield v.at(f"claims[{i}].monthly_amount", "must be more than 0")
        children = {c.child.id for c in self.claims}
        if self.defendant.person.id in children or self.defendant.person.id == (
            self.representative.person.id
        ):
            yield v.at(
                "defendant.person.id", "the defendant cannot also be a child or the representative"
            )
        yield from v.unique(
            ((f"claims[{i}].child.id", c.child.id) for i, c in enumerate(self.claims)),
            "child",
        )
        if self.security_amount is not None and not self.request_security:
            yield v.at("security_amount", "set request_security when asking for security")
        yield from v.total_problem(
            "claims", self.claim_value, "the claim value (12 × the monthly amounts)"
        )

    @property
    def monthly_total(self) -> Decimal:
        """Sum of the monthly amounts claimed."""
        return sum((c.monthly_amount for c in self.claims), Decimal("0.00"))

    @property
    def claim_value(self) -> Decimal:
        """Wartość przedmiotu sporu: 12 × the monthly sums (art. 22 KPC — UNVERIFIED)."""
        return self.monthly_total * 12


v.private_reprs(__name__)
