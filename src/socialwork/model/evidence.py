"""Facts with the evidence that proves each of them, and witnesses — the parts a pismo
procesowe (art. 126 § 1 pkt 5 k.p.c.: "fakty … oraz dowody na poparcie każdego z tych
faktów") or a zawiadomienie o przestępstwie is built from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from socialwork.errors import Problem
from socialwork.model import _base as v
from socialwork.model.people import Address

__all__ = ["ProvenFact", "Witness"]


@attrs.frozen(repr=False)
class ProvenFact:
    """A fact, optionally dated (a day, or a period ``on``–``until``), with the evidence that
    proves it: each item is printed as "dowód: …" under the fact.

    Invariant: ``until`` only with ``on``, and not before it. The statement is never shown in
    ``repr`` (it may describe violence or health).
    """

    statement: str = attrs.field(validator=v.required_text, repr=v.hidden)
    evidence: tuple[str, ...] = attrs.field(default=(), validator=v.text_tuple, repr=v.hidden)
    on: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    """The day of the fact, or the first day of a period."""
    until: dt.date | None = attrs.field(default=None, validator=v.optional_date)
    """The last day of a period (with ``on``)."""

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        if self.until is not None and self.on is None:
            yield v.at("until", "a period needs its first day in 'on' too")
        yield from v.not_before(self, "until", "on")


@attrs.frozen(repr=False)
class Witness:
    """A witness: the name, an address for the summons (optional — the organ may summon
    through the ośrodek) and what the witness can testify to (the okoliczności)."""

    name: str = attrs.field(validator=v.required_text)
    testimony: str = attrs.field(validator=v.text, repr=v.hidden)
    """Na jaką okoliczność: what the witness saw or knows. Blank is reported by the rules."""
    address: Address | None = attrs.field(default=None, validator=v.optional(v.instance(Address)))
    function: str | None = attrs.field(default=None, validator=v.optional_text)
    """E.g. "pedagog szkolny SP nr 2 w Lipowcu", "sąsiadka"."""


v.private_reprs(__name__)
