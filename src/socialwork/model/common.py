"""Small value objects shared by several aggregates: :class:`Institution`, :class:`Court`,
:class:`Attachment`."""

from __future__ import annotations

import attrs

from socialwork.model import _base as v
from socialwork.model.people import Address, Contact

__all__ = ["Attachment", "Court", "Institution"]


@attrs.frozen(repr=False)
class Institution:
    """An institution a document is addressed to (DPS, PUP, PZON, GKRPA, schronisko…)."""

    name: str = attrs.field(validator=v.required_text)
    address: Address | None = attrs.field(default=None, validator=v.optional(v.instance(Address)))
    department: str | None = attrs.field(default=None, validator=v.optional_text)
    contact: Contact | None = attrs.field(default=None, validator=v.optional(v.instance(Contact)))


@attrs.frozen(repr=False)
class Court:
    """A court, e.g. "Sąd Rejonowy w Wołominie", "III Wydział Rodzinny i Nieletnich"."""

    name: str = attrs.field(validator=v.required_text)
    department: str = attrs.field(validator=v.required_text)
    address: Address = attrs.field(validator=v.instance(Address))


@attrs.frozen(repr=False)
class Attachment:
    """An item of an attachments checklist (załącznik): its title and whether it is attached."""

    title: str = attrs.field(validator=v.required_text)
    provided: bool = attrs.field(default=True, validator=v.boolean)
    required: bool = attrs.field(default=False, validator=v.boolean)
    """Whether the checklist marks it as required for this kind of document."""


v.private_reprs(__name__)
