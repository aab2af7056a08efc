"""The household: :class:`FamilyMember` and :class:`Family` (rodzina, art. 6 pkt 14 u.p.s.;
osoba samotnie gospodarująca, art. 6 pkt 10 u.p.s.)."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from socialwork.errors import Problem
from socialwork.model import _base as v
from socialwork.model.enums import Relation
from socialwork.model.income import Income
from socialwork.model.people import Client, Person

__all__ = ["Family", "FamilyMember"]


@attrs.frozen(repr=False)
class FamilyMember:
    """A household member other than the applicant, with their relation to the applicant."""

    person: Person = attrs.field(validator=v.instance(Person))
    relation: Relation = attrs.field(validator=v.enum_member(Relation))
    occupation: str | None = attrs.field(default=None, validator=v.optional_text)
    """Zawód / status, e.g. "bezrobotny zarejestrowany w PUP", "uczennica"."""


@attrs.frozen(repr=False)
class Family:
    """A household: the applicant plus the members living and keeping house together.

    A household with no members is an osoba samotnie gospodarująca (art. 6 pkt 10 u.p.s.).
    ``incomes`` are the members' income items; each refers to a person of the household by id.

    Invariants: person ids and PESELs are unique in the household; every income item refers to
    the applicant or a member.
    """

    id: str = attrs.field(validator=v.identifier)
    applicant: Client = attrs.field(validator=v.instance(Client))
    members: tuple[FamilyMember, ...] = attrs.field(default=(), validator=v.tuple_of(FamilyMember))
    incomes: tuple[Income, ...] = attrs.field(default=(), validator=v.tuple_of(Income))

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        ids = [("applicant.person.id", self.applicant.person.id)] + [
            (f"members[{i}].person.id", m.person.id) for i, m in enumerate(self.members)
        ]
        yield from v.unique(ids, "person id")
        pesels = [("applicant.person.pesel", self.applicant.person.pesel)] + [
            (f"members[{i}].person.pesel", m.person.pesel) for i, m in enumerate(self.members)
        ]
        yield from v.unique(((p, n) for p, n in pesels if n is not None), "PESEL")
        known = {pid for _, pid in ids}
        for i, income in enumerate(self.incomes):
            if income.person_id not in known:
                yield v.at(
                    f"incomes[{i}].person_id",
                    "refers to no person of this household (use the id of the applicant or "
                    "of a member)",
                    "ref.unknown",
                )

    @property
    def people(self) -> tuple[Person, ...]:
        """The applicant and every member, applicant first."""
        return (self.applicant.person, *(m.person for m in self.members))

    @property
    def size(self) -> int:
        """Number of persons in the household (liczba osób w rodzinie)."""
        return 1 + len(self.members)

    @property
    def single(self) -> bool:
        """Whether this is an osoba samotnie gospodarująca (one-person household)."""
        return not self.members

    def person(self, person_id: str) -> Person:
        """The person of the household with this id (KeyError if none)."""
        for p in self.people:
            if p.id == person_id:
                return p
        raise KeyError(person_id)

    def incomes_of(self, person_id: str) -> tuple[Income, ...]:
        return tuple(i for i in self.incomes if i.person_id == person_id)


v.private_reprs(__name__)
