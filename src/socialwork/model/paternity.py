"""The pozew o ustalenie ojcostwa i alimenty a social worker helps a mother to draft: the child
(represented by the mother, its przedstawiciel ustawowy) sues the alleged father; the mother
may join her own claims of art. 141 k.r.o. (costs of pregnancy and birth, her maintenance).

Law: art. 72 § 1 k.r.o. (paternity established by acknowledgment or by the court), art. 84
§ 1 k.r.o. (who may sue), art. 85 § 1 k.r.o. (the presumption: intercourse between the 300th
and the 181st day before the birth), art. 133 § 1 and 135 § 1 k.r.o. (alimony), art. 141
k.r.o. (the mother's claims). Structure of the pozew: art. 126 and 187 k.p.c. (as for
:class:`~socialwork.model.AlimonyClaim`, whose parts are reused).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import ROUND_CEILING, Decimal

import attrs

from socialwork.errors import Problem
from socialwork.model import _base as v
from socialwork.model.alimony import ChildClaim, Party
from socialwork.model.common import Attachment, Court
from socialwork.model.enums import LabelledEnum, Sex
from socialwork.model.evidence import ProvenFact, Witness

__all__ = ["MotherClaim", "MotherClaimKind", "PaternityClaim"]

CONCEPTION_FROM_DAYS = 300
"""art. 85 § 1 k.r.o.: "nie dawniej niż w trzechsetnym …"."""
CONCEPTION_TO_DAYS = 181
"""art. 85 § 1 k.r.o.: "… a nie później niż w sto osiemdziesiątym pierwszym dniu przed
urodzeniem się dziecka"."""


class MotherClaimKind(LabelledEnum):
    """The mother's claims against the father who is not her husband (art. 141 k.r.o.)."""

    PREGNANCY_AND_BIRTH = (
        "pregnancy_and_birth",
        "wydatki związane z ciążą i porodem",
        "art. 141 § 1 k.r.o.",
    )
    MAINTENANCE = (
        "maintenance",
        "koszty utrzymania matki w okresie porodu",
        "art. 141 § 1 k.r.o.",
    )
    OTHER_EXPENSES = (
        "other_expenses",
        "inne konieczne wydatki albo szczególne straty majątkowe poniesione wskutek ciąży "
        "lub porodu",
        "art. 141 § 1 k.r.o.",
    )


@attrs.frozen(repr=False)
class MotherClaim:
    """One claim of the mother under art. 141 k.r.o.: the sum asked and what it covers.

    ``months`` (for the maintenance claim) is the period of her maintenance; more than 3
    months only "z ważnych powodów" (art. 141 § 1 zd. 2 k.r.o.) — ``reason`` states them.
    """

    kind: MotherClaimKind = attrs.field(validator=v.enum_member(MotherClaimKind))
    amount: Decimal = attrs.field(validator=v.money)
    description: str = attrs.field(validator=v.required_text)
    months: int | None = attrs.field(default=None, validator=v.optional(v.int_between(1, 60)))
    reason: str | None = attrs.field(default=None, validator=v.optional_text)
    evidence: tuple[str, ...] = attrs.field(default=(), validator=v.text_tuple)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        if self.months is not None and self.kind is not MotherClaimKind.MAINTENANCE:
            problems.append(v.at("months", "a number of months belongs to the maintenance claim"))
        if self.amount == 0:
            problems.append(v.at("amount", "must be more than 0"))
        v.check_invariants(self, problems)


@attrs.frozen(repr=False)
class PaternityClaim:
    """A pozew o ustalenie ojcostwa i alimenty for one child, brought by the child
    represented by its mother (art. 84 § 1 k.r.o.), with the mother's own claims of art. 141
    k.r.o. when she joins them.

    Structural invariants: the child is born not after filing and is neither the mother nor
    the defendant; the monthly alimony is above zero; ``payment_day`` is 1–31; the
    relationship period is in order and not after the birth; each kind of the mother's claim
    appears once; a security amount only with ``request_security``; facts are not dated after
    filing. Whether the law allows the action (the child's age, the presumption of the
    husband's paternity, the conception period) is checked by the rules.
    """

    id: str = attrs.field(validator=v.identifier)
    court: Court = attrs.field(validator=v.instance(Court))
    place: str = attrs.field(validator=v.required_text)
    filed_on: dt.date = attrs.field(validator=v.a_date)
    claim: ChildClaim = attrs.field(validator=v.instance(ChildClaim))
    """The child and its alimony: monthly sum and itemised needs (art. 135 § 1 k.r.o.)."""
    mother: Party = attrs.field(validator=v.instance(Party))
    """The mother: the child's przedstawiciel ustawowy (and claimant under art. 141)."""
    defendant: Party = attrs.field(validator=v.instance(Party))
    """The alleged father (pozwany)."""
    relationship_from: dt.date = attrs.field(validator=v.a_date)
    """Since when the mother and the defendant were in a relationship (intimate contact)."""
    relationship_facts: tuple[ProvenFact, ...] = attrs.field(
        validator=v.tuple_of(ProvenFact), repr=v.hidden
    )
    """The facts of the relationship and the conception, each with its evidence."""
    payment_day: int = attrs.field(validator=v.int_between(1, 31))
    payable_from: dt.date = attrs.field(validator=v.a_date)
    defendant_earning_capacity: str = attrs.field(validator=v.required_text)
    """Możliwości zarobkowe i majątkowe pozwanego (art. 135 § 1 k.r.o.)."""
    relationship_to: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    """When the relationship ended (``None``: it had not ended by the birth)."""
    birth_certificate: str | None = attrs.field(default=None, validator=v.optional_text)
    """E.g. "akt urodzenia nr 1463011/00/AU/2026/001234, USC w Radomierzu"."""
    husband_presumption: bool = attrs.field(default=False, validator=v.boolean)
    """The child was born in the mother's marriage or within 300 days of its end (art. 62
    k.r.o.) and the presumption was not rebutted — then the court cannot establish another
    man's paternity (art. 72 § 1 k.r.o.); the rules report it."""
    request_dna: bool = attrs.field(default=True, validator=v.boolean)
    """Wniosek o dopuszczenie dowodu z opinii biegłego z zakresu genetyki (badanie DNA)."""
    dna_institution: str | None = attrs.field(default=None, validator=v.optional_text)
    """A named institute to carry out the test (the court chooses; optional)."""
    mother_claims: tuple[MotherClaim, ...] = attrs.field(
        default=(), validator=v.tuple_of(MotherClaim)
    )
    witnesses: tuple[Witness, ...] = attrs.field(
        default=(), validator=v.tuple_of(Witness), repr=v.hidden
    )
    defendant_income: Decimal | None = attrs.field(default=None, validator=v.optional_money)
    mother_income: Decimal | None = attrs.field(default=None, validator=v.optional_money)
    request_security: bool = attrs.field(default=False, validator=v.boolean)
    """Wniosek o zabezpieczenie (alimony for the time of the case)."""
    security_amount: Decimal | None = attrs.field(default=None, validator=v.optional_money)
    mediation_info: str | None = attrs.field(default=None, validator=v.optional_text)
    """Information on attempts at an out-of-court solution (art. 187 § 1 pkt 3 k.p.c.)."""
    request_hearing_in_absence: bool = attrs.field(default=False, validator=v.boolean)
    attachments: tuple[Attachment, ...] = attrs.field(default=(), validator=v.tuple_of(Attachment))
    helped_by: str | None = attrs.field(default=None, validator=v.optional_text)
    """The social worker who helped draft it (not a party; never printed in the pozew)."""

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        child = self.claim.child
        if child.birth_date > self.filed_on:
            yield v.at("claim.child.birth_date", "the child must be born before filing")
        if self.claim.monthly_amount == 0:
            yield v.at("claim.monthly_amount", "must be more than 0")
        if self.mother.person.sex is not Sex.FEMALE:
            yield v.at("mother.person.sex", "the mother must be a woman (sex 'female')")
        if self.defendant.person.sex is not Sex.MALE:
            yield v.at("defendant.person.sex", "the alleged father must be a man (sex 'male')")
        ids = {child.id, self.mother.person.id, self.defendant.person.id}
        if len(ids) != 3:
            yield v.at(
                "defendant.person.id", "the child, the mother and the defendant are 3 people"
            )
        yield from v.not_before(self, "relationship_to", "relationship_from")
        if self.relationship_from > child.birth_date:
            yield v.at("relationship_from", "must not be after the child's birth")
        yield from v.unique(
            ((f"mother_claims[{i}].kind", c.kind) for i, c in enumerate(self.mother_claims)),
            "kind of the mother's claim",
        )
        if self.security_amount is not None and not self.request_security:
            yield v.at("security_amount", "set request_security when asking for security")
        for i, fact in enumerate(self.relationship_facts):
            last = fact.until or fact.on
            if last is not None and last > self.filed_on:
                yield v.at(f"relationship_facts[{i}]", "a fact cannot be dated after filing")
        yield from v.total_problem("claim", self.claim_value, "the claim value")

    @property
    def conception_window(self) -> tuple[dt.date, dt.date]:
        """The period of art. 85 § 1 k.r.o.: from the 300th to the 181st day before the
        child's birth, both included."""
        born = self.claim.child.birth_date
        return (
            born - dt.timedelta(days=CONCEPTION_FROM_DAYS),
            born - dt.timedelta(days=CONCEPTION_TO_DAYS),
        )

    @property
    def relationship_covers_conception(self) -> bool:
        """Whether the stated relationship overlaps the conception window."""
        first, last = self.conception_window
        end = self.relationship_to or self.claim.child.birth_date
        return self.relationship_from <= last and end >= first

    @property
    def alimony_value(self) -> Decimal:
        """12 × the monthly alimony (art. 22 k.p.c.: the sum for one year)."""
        return self.claim.monthly_amount * 12

    @property
    def mother_claims_total(self) -> Decimal:
        """The sum of the mother's claims (art. 141 k.r.o.)."""
        return sum((c.amount for c in self.mother_claims), Decimal("0.00"))

    @property
    def claim_value(self) -> Decimal:
        """Wartość przedmiotu sporu: the year's alimony plus the mother's one-off claims
        (claims joined in one pozew are added up — art. 21 k.p.c., UNVERIFIED)."""
        return self.alimony_value + self.mother_claims_total

    @property
    def claim_value_whole(self) -> Decimal:
        """:attr:`claim_value` rounded up to whole złote, as a pozew states it (art. 126¹
        k.p.c. as described by serwisprawa.pl — UNVERIFIED against the Act's text)."""
        return self.claim_value.to_integral_value(rounding=ROUND_CEILING)


v.private_reprs(__name__)
