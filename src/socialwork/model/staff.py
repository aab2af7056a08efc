"""Staff and organisation: :class:`SocialWorker`, :class:`Center`, :class:`Signatory`."""

from __future__ import annotations

import datetime as dt

import attrs

from socialwork.model import _base as v
from socialwork.model.enums import CenterKind, Qualification
from socialwork.model.people import Address, Contact

__all__ = ["Center", "Signatory", "SocialWorker"]


@attrs.frozen(repr=False)
class Signatory:
    """Who signs: name and position (stanowisko służbowe, art. 107 § 1 KPA), optionally acting
    on someone's authority (z upoważnienia).

    A missing or blank ``position`` is accepted: on a decision, SW-DEC-002 reports it
    (art. 107 § 1 pkt 8 KPA)."""

    name: str = attrs.field(validator=v.required_text)
    position: str | None = attrs.field(default=None, validator=v.lenient_text)
    on_authority_of: str | None = attrs.field(default=None, validator=v.optional_text)
    """E.g. "z upoważnienia Wójta Gminy Zielonka"."""


@attrs.frozen(repr=False)
class SocialWorker:
    """A pracownik socjalny (qualifications: art. 116 ust. 1 u.p.s.).

    ``qualification`` may be ``None`` (not recorded, or a person who is not a qualified
    pracownik socjalny); the rules decide what that means for a case. ``caseload`` is the
    number of families/single households the worker works with (art. 110 u.p.s. staffing).
    """

    id: str = attrs.field(validator=v.identifier)
    first_name: str = attrs.field(validator=v.required_text)
    last_name: str = attrs.field(validator=v.required_text)
    position: str = attrs.field(default="pracownik socjalny", validator=v.required_text)
    qualification: Qualification | None = attrs.field(
        default=None, validator=v.optional(v.enum_member(Qualification))
    )
    qualification_obtained_on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    specialisation: str | None = attrs.field(default=None, validator=v.optional_text)
    """E.g. "I stopień specjalizacji w zawodzie pracownik socjalny"."""
    contact: Contact | None = attrs.field(default=None, validator=v.optional(v.instance(Contact)))
    caseload: int | None = attrs.field(default=None, validator=v.optional(v.int_between(0)))

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@attrs.frozen(repr=False)
class Center:
    """A centre: ośrodek pomocy społecznej (OPS/GOPS/MOPS/MOPR) or centrum usług społecznych.

    ``organ`` is the gmina's executive organ on whose authority the head decides (e.g.
    "Wójt Gminy Zielonka"), ``gmina`` the gmina's name.
    """

    id: str = attrs.field(validator=v.identifier)
    name: str = attrs.field(validator=v.required_text)
    kind: CenterKind = attrs.field(validator=v.enum_member(CenterKind))
    address: Address = attrs.field(validator=v.instance(Address))
    head: Signatory = attrs.field(validator=v.instance(Signatory))
    gmina: str | None = attrs.field(default=None, validator=v.optional_text)
    organ: str | None = attrs.field(default=None, validator=v.optional_text)
    contact: Contact | None = attrs.field(default=None, validator=v.optional(v.instance(Contact)))


v.private_reprs(__name__)
