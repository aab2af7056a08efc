"""People: :class:`Person`, :class:`Address`, :class:`Contact`, :class:`Client`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from socialwork.errors import Problem
from socialwork.model import _base as v
from socialwork.model.enums import IdentityDocumentKind, Sex

__all__ = [
    "Address",
    "Client",
    "Contact",
    "IdentityDocument",
    "LegalRepresentative",
    "Person",
    "age_in_years",
]


@attrs.frozen(repr=False)
class IdentityDocument:
    """An identity document (for a person without a PESEL, e.g. a foreigner)."""

    kind: IdentityDocumentKind = attrs.field(validator=v.enum_member(IdentityDocumentKind))
    number: str = attrs.field(validator=v.required_text, repr=v.mask_document)
    issuer: str | None = attrs.field(default=None, validator=v.optional_text)
    """Issuing country or authority."""


@attrs.frozen(repr=False)
class Person:
    """A natural person.

    Invariants: names are not blank; a PESEL, when given, is valid
    (:mod:`socialwork.model.pesel`: 11 digits, real birth date, check digit) and agrees with
    ``birth_date`` and ``sex``; a person without a PESEL has an identity document (kind and
    number). The PESEL is masked in ``repr``.
    """

    id: str = attrs.field(validator=v.identifier)
    first_name: str = attrs.field(validator=v.required_text)
    last_name: str = attrs.field(validator=v.required_text)
    birth_date: dt.date = attrs.field(validator=v.a_date)
    sex: Sex = attrs.field(validator=v.enum_member(Sex))
    pesel: str | None = attrs.field(default=None, validator=v.optional(v.pesel), repr=v.mask_pesel)
    identity_document: IdentityDocument | None = attrs.field(
        default=None, validator=v.optional(v.instance(IdentityDocument))
    )
    second_name: str | None = attrs.field(default=None, validator=v.optional_text)
    family_name: str | None = attrs.field(default=None, validator=v.optional_text)
    """Nazwisko rodowe."""
    citizenship: str | None = attrs.field(default=None, validator=v.optional_text)
    """Obywatelstwo, e.g. ``"polskie"``."""

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        if self.pesel is None:
            if self.identity_document is None:
                yield v.at(
                    "identity_document",
                    "a person without a PESEL needs an identity document (kind and number)",
                    "key.missing",
                )
            return
        if v.pesel_birth_date(self.pesel) != self.birth_date:
            yield v.at(
                "birth_date",
                "does not agree with the date of birth encoded in the PESEL",
                "pesel.mismatch",
            )
        if v.pesel_sex_is_male(self.pesel) != (self.sex is Sex.MALE):
            yield v.at("sex", "does not agree with the sex encoded in the PESEL", "pesel.mismatch")

    @property
    def full_name(self) -> str:
        """First (and second) name and last name."""
        names = [self.first_name, self.second_name, self.last_name]
        return " ".join(n for n in names if n)

    def age_on(self, on: dt.date) -> int:
        """Age in full years on ``on`` (art. 112 k.c.; see :func:`age_in_years`)."""
        return age_in_years(self.birth_date, on)


def age_in_years(birth_date: dt.date, on: dt.date) -> int:
    """Age in full years on ``on`` under art. 112 k.c.

    "Termin oznaczony w … latach kończy się z upływem dnia, który … datą odpowiada
    początkowemu dniowi terminu, a gdyby takiego dnia w ostatnim miesiącu nie było – w
    ostatnim dniu tego miesiąca. Jednakże przy obliczaniu wieku osoby fizycznej termin upływa
    z początkiem ostatniego dnia" (prawo-pl.com/kodeks_cywilny/112.htm): a year of age is
    completed at the start of the birthday, and a person born on 29 February completes it at
    the start of 28 February in a year that is not a leap year (born 29.02.1964: 65 years on
    28.02.2029).
    """
    years = on.year - birth_date.year
    try:
        birthday = birth_date.replace(year=on.year)
    except ValueError:  # 29 February in a common year: the last day of February
        birthday = dt.date(on.year, 2, 28)
    if on < birthday:
        years -= 1
    return years


@attrs.frozen(repr=False)
class Address:
    """A Polish postal address.

    Invariants: ``city`` and ``building`` not blank; ``postal_code`` is ``NN-NNN``; ``teryt``
    (optional) is a 7-digit TERC gmina code ``WWPPGGR``. A village without streets has
    ``street=None`` (``"Zielonka 12"``).
    """

    city: str = attrs.field(validator=v.required_text)
    postal_code: str = attrs.field(validator=v.postal_code)
    building: str = attrs.field(validator=v.required_text)
    street: str | None = attrs.field(default=None, validator=v.optional_text)
    flat: str | None = attrs.field(default=None, validator=v.optional_text)
    post_office: str | None = attrs.field(default=None, validator=v.optional_text)
    """Poczta, when it differs from the city."""
    teryt: str | None = attrs.field(default=None, validator=v.optional(v.teryt_gmina))
    """TERYT (TERC) code of the gmina, 7 digits."""

    @property
    def line1(self) -> str:
        """``"ul. Leśna 5 m. 3"`` or ``"Zielonka 12"``."""
        place = f"ul. {self.street}" if self.street else self.city
        flat = f" m. {self.flat}" if self.flat else ""
        return f"{place} {self.building}{flat}"

    @property
    def line2(self) -> str:
        """``"05-220 Zielonka"`` (with the post office when it differs)."""
        return f"{self.postal_code} {self.post_office or self.city}"

    def __str__(self) -> str:
        return f"{self.line1}, {self.line2}"


@attrs.frozen(repr=False)
class Contact:
    """Phone and e-mail (both optional)."""

    phone: str | None = attrs.field(default=None, validator=v.optional(v.phone))
    email: str | None = attrs.field(default=None, validator=v.optional(v.email))


@attrs.frozen(repr=False)
class LegalRepresentative:
    """A client's legal representative (przedstawiciel ustawowy) or guardian."""

    person: Person = attrs.field(validator=v.instance(Person))
    basis: str = attrs.field(validator=v.required_text)
    """E.g. ``"rodzic"``, ``"opiekun prawny (postanowienie SR w … z dnia …)"``."""
    address: Address | None = attrs.field(default=None, validator=v.optional(v.instance(Address)))
    contact: Contact | None = attrs.field(default=None, validator=v.optional(v.instance(Contact)))


@attrs.frozen(repr=False)
class Client:
    """A person applying for or receiving help (osoba ubiegająca się o pomoc /
    świadczeniobiorca).

    Invariant: the client has an ``address`` or, e.g. when homeless (art. 6 pkt 8 u.p.s.), a
    ``stay_description`` of where they stay.
    """

    id: str = attrs.field(validator=v.identifier)
    person: Person = attrs.field(validator=v.instance(Person))
    address: Address | None = attrs.field(default=None, validator=v.optional(v.instance(Address)))
    """Place of residence (miejsce zamieszkania)."""
    stay_description: str | None = attrs.field(default=None, validator=v.optional_text)
    """Where the client stays when there is no address (e.g. "ogrzewalnia przy ul. …")."""
    correspondence_address: Address | None = attrs.field(
        default=None, validator=v.optional(v.instance(Address))
    )
    contact: Contact | None = attrs.field(default=None, validator=v.optional(v.instance(Contact)))
    legal_representative: LegalRepresentative | None = attrs.field(
        default=None, validator=v.optional(v.instance(LegalRepresentative))
    )

    def __attrs_post_init__(self) -> None:
        v.check_invariants(self, self._problems())

    def _problems(self) -> Iterator[Problem]:
        if self.address is None and self.stay_description is None:
            yield v.at(
                "address",
                "give the client's address or, for a person without one, stay_description",
            )

    @property
    def full_name(self) -> str:
        return self.person.full_name


v.private_reprs(__name__)
