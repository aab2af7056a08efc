"""The oświadczenie o stanie majątkowym (asset statement) that accompanies the rodzinny wywiad
środowiskowy (art. 107 ust. 5 u.p.s.; wzór: § 1 pkt 3 of the Rozporządzenie MRiPS z dnia
8 kwietnia 2021 r. w sprawie rodzinnego wywiadu środowiskowego, Dz. U. z 2021 r. poz. 893),
and the asset items shared with the debtor's oświadczenie majątkowe of the wywiad
alimentacyjny (:mod:`socialwork.model.alimony_interview`).

The statement is made under criminal liability with the clause "Jestem świadomy
odpowiedzialności karnej za złożenie fałszywego oświadczenia." (art. 107 ust. 5b u.p.s. —
the ustęp is UNVERIFIED; the wording is the statutory formula, see ``docs/documents.md``).
Whether the signed statement carried the clause is recorded in
:attr:`AssetStatement.clause_confirmed`; rule SW-AST-002 reports a statement without it.

The layout of the official wzór (its załącznik number and its rubrics) is UNVERIFIED: the
model holds what the issue and the regulation's § 1 name — household members, real estate,
movables of value, savings and debts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import attrs

from socialwork.errors import Problem
from socialwork.model import _base as v
from socialwork.model.family import Family
from socialwork.model.people import Person
from socialwork.model.staff import Center, SocialWorker

__all__ = [
    "AssetDeclaration",
    "AssetStatement",
    "Debt",
    "MovableAsset",
    "RealEstate",
    "Savings",
]


@attrs.frozen(repr=False)
class RealEstate:
    """A piece of real estate (nieruchomość): a flat, a house, a plot, a farm."""

    kind: str = attrs.field(validator=v.required_text)
    """E.g. "mieszkanie", "dom jednorodzinny", "działka rolna", "gospodarstwo rolne"."""
    location: str = attrs.field(validator=v.required_text)
    """Where it is (address or place)."""
    legal_title: str = attrs.field(validator=v.required_text)
    """Tytuł prawny, e.g. "własność", "współwłasność (1/2)", "spółdzielcze własnościowe prawo
    do lokalu"."""
    area: str | None = attrs.field(default=None, validator=v.optional_text)
    """Powierzchnia as written, e.g. "48 m²", "1,20 ha (0,85 ha przeliczeniowego)"."""
    value: Decimal | None = attrs.field(default=None, validator=v.optional_money)
    """Estimated value in złoty (as declared)."""
    owner_id: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    """Whose it is: the id of a person of the household (``None``: the declarant)."""


@attrs.frozen(repr=False)
class MovableAsset:
    """A movable of significant value (ruchomość o znacznej wartości): a car, machines…"""

    description: str = attrs.field(validator=v.required_text)
    """E.g. "samochód osobowy Skoda Fabia, rok produkcji 2012"."""
    value: Decimal | None = attrs.field(default=None, validator=v.optional_money)
    owner_id: str | None = attrs.field(default=None, validator=v.optional(v.identifier))


@attrs.frozen(repr=False)
class Savings:
    """Zasoby pieniężne: cash, bank deposits, securities (amount in złoty)."""

    kind: str = attrs.field(validator=v.required_text)
    """E.g. "środki na rachunku bankowym", "gotówka", "papiery wartościowe"."""
    amount: Decimal = attrs.field(validator=v.money)
    owner_id: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    currency_note: str | None = attrs.field(default=None, validator=v.optional_text)
    """For savings held in a foreign currency: the amount and currency as held
    (``amount`` is then its value in złoty)."""


@attrs.frozen(repr=False)
class Debt:
    """Zadłużenie / zobowiązanie pieniężne: to whom, on what title, how much is owed."""

    creditor: str = attrs.field(validator=v.required_text)
    title: str = attrs.field(validator=v.required_text)
    """E.g. "kredyt konsumpcyjny", "zaległości czynszowe"."""
    amount: Decimal = attrs.field(validator=v.money)
    """The amount still owed."""
    monthly_instalment: Decimal | None = attrs.field(default=None, validator=v.optional_money)
    owner_id: str | None = attrs.field(default=None, validator=v.optional(v.identifier))


@attrs.frozen(repr=False)
class AssetDeclaration:
    """The declared assets and debts (the body of an oświadczenie o stanie majątkowym).

    Empty lists mean "nie posiadam" — the documents print "nie posiadam" for each of them.
    """

    real_estate: tuple[RealEstate, ...] = attrs.field(default=(), validator=v.tuple_of(RealEstate))
    movables: tuple[MovableAsset, ...] = attrs.field(
        default=(), validator=v.tuple_of(MovableAsset)
    )
    savings: tuple[Savings, ...] = attrs.field(default=(), validator=v.tuple_of(Savings))
    debts: tuple[Debt, ...] = attrs.field(default=(), validator=v.tuple_of(Debt))
    other: str | None = attrs.field(default=None, validator=v.optional_text)
    """Other assets or remarks of the declarant (udziały, prawa majątkowe…)."""

    def __attrs_post_init__(self) -> None:
        v.check_invariants(
            self,
            (
                *v.total_problem("savings", self.savings_total, "the savings' total"),
                *v.total_problem("debts", self.debts_total, "the debts' total"),
            ),
        )

    @property
    def savings_total(self) -> Decimal:
        return sum((s.amount for s in self.savings), Decimal("0.00"))

    @property
    def debts_total(self) -> Decimal:
        return sum((d.amount for d in self.debts), Decimal("0.00"))

    def owner_paths(self) -> Iterator[tuple[str, str | None]]:
        """``(path, owner_id)`` of every item, for checking the owners against a household."""
        for name in ("real_estate", "movables", "savings", "debts"):
            for i, item in enumerate(getattr(self, name)):
                yield f"{name}[{i}].owner_id", item.owner_id


@attrs.frozen(repr=False)
class AssetStatement:
    """An oświadczenie o stanie majątkowym of a household applying for help (art. 107 ust. 5
    u.p.s.), made by the applicant (``household.applicant``) for the whole household.

    Structural invariant: every item's ``owner_id`` is a person of the household. Whether the
    statement belongs to the interview it names is rule SW-AST-001's question.
    """

    id: str = attrs.field(validator=v.identifier)
    center: Center = attrs.field(validator=v.instance(Center))
    household: Family = attrs.field(validator=v.instance(Family))
    """The household the statement covers; its applicant makes the statement."""
    place: str = attrs.field(validator=v.required_text)
    """Miejscowość where it was signed."""
    signed_on: dt.date = attrs.field(validator=v.a_date)
    assets: AssetDeclaration = attrs.field(validator=v.instance(AssetDeclaration))
    clause_confirmed: bool = attrs.field(default=True, validator=v.boolean)
    """Whether the signed statement contains the clause on criminal liability (the rendered
    form always prints it; a statement recorded from paper without it is reported by
    SW-AST-002)."""
    interview_id: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    """The rodzinny wywiad środowiskowy the statement accompanies."""
    received_by: SocialWorker | None = attrs.field(
        default=None, validator=v.optional(v.instance(SocialWorker))
    )
    """The pracownik socjalny who received the statement."""

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        known = {p.id for p in self.household.people}
        for path, owner in self.assets.owner_paths():
            if owner is not None and owner not in known:
                yield v.at(
                    f"assets.{path}",
                    "refers to no person of the household (use the id of the applicant or "
                    "of a member)",
                )

    @property
    def declarant(self) -> Person:
        """The person making the statement (the household's applicant)."""
        return self.household.applicant.person

    def owner_name(self, owner_id: str | None) -> str:
        """Full name of an item's owner (the declarant when ``owner_id`` is ``None``)."""
        if owner_id is None:
            return self.declarant.full_name
        return self.household.person(owner_id).full_name


v.private_reprs(__name__)
