"""The "Niebieska Karta – A" form as a model (Dz.U. 2023 poz. 1870, załącznik nr 1).

The procedure "Niebieskie Karty" starts when form A is filled in (§ 2 of the rozporządzenie
Rady Ministrów z dnia 6 września 2023 r.). Form A names **all** osoby doznające and **all**
osoby stosujące przemoc domową and is filled in **in the presence of the adult osoba
doznająca**, or — when that is impossible — as soon as contact is possible; the rules in
:mod:`socialwork_niebieska_karta.rules` check both.

UNVERIFIED: the exact sections and checklists of the 2023 form (załącznik nr 1) were not
checked against the published text; the fields below follow the expected layout (see the
package README). Everything here is special-category personal data: no ``repr`` shows a
name, a date of birth or anything about the violence.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

import attrs

from socialwork.errors import InputError, Problem
from socialwork.model.validators import text_problem

__all__ = [
    "AbsenceReason",
    "FilledBy",
    "FillingEntity",
    "Incident",
    "InterventionAction",
    "NiebieskaKartaA",
    "NkPerson",
    "ViolenceForm",
]

NK_BASIS = "Dz.U. 2023 poz. 1870"


class LabelledEnum(Enum):
    """An enum serialized by its ``value`` (lower-case ASCII) with a Polish ``label``."""

    _value_: str
    label: str

    def __new__(cls, value: str, label: str) -> Any:
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    def __str__(self) -> str:
        return self.label


class ViolenceForm(LabelledEnum):
    """Forms of przemoc domowa (art. 2 pkt 1 ustawy o przeciwdziałaniu przemocy domowej).

    UNVERIFIED: the checklist of the 2023 form."""

    PHYSICAL = ("physical", "przemoc fizyczna")
    PSYCHOLOGICAL = ("psychological", "przemoc psychiczna")
    SEXUAL = ("sexual", "przemoc seksualna")
    ECONOMIC = ("economic", "przemoc ekonomiczna")
    CYBER = ("cyber", "cyberprzemoc")
    NEGLECT = ("neglect", "zaniedbanie")
    OTHER = ("other", "inna forma przemocy")


class InterventionAction(LabelledEnum):
    """Działania interwencyjne taken when filling in the form (§ 3). UNVERIFIED checklist."""

    MEDICAL_HELP = ("medical_help", "udzielenie pierwszej pomocy lub zapewnienie pomocy medycznej")
    SHELTER = ("shelter", "zapewnienie schronienia")
    POLICE_NOTIFIED = ("police_notified", "powiadomienie Policji")
    PROSECUTOR_NOTIFIED = ("prosecutor_notified", "zawiadomienie prokuratury")
    LEAVE_ORDER = (
        "leave_order",
        "nakaz opuszczenia wspólnie zajmowanego mieszkania lub zakaz zbliżania się",
    )
    CHILD_TAKEN = ("child_taken", "odebranie dziecka z rodziny (art. 12a ustawy)")
    INFORMATION_GIVEN = (
        "information_given",
        "przekazanie informacji o możliwościach uzyskania pomocy (formularz „Niebieska Karta – B”)",
    )
    OTHER = ("other", "inne działania")


class AbsenceReason(LabelledEnum):
    """Why the form was filled in without the adult osoba doznająca (§ 2)."""

    ABSENT = ("absent", "nieobecność osoby doznającej przemocy domowej")
    HEALTH = ("health", "stan zdrowia osoby doznającej przemocy domowej")
    DANGER = ("danger", "zagrożenie życia lub zdrowia osoby doznającej przemocy domowej")
    OTHER = ("other", "inna przyczyna")


class FillingEntity(LabelledEnum):
    """Who fills in form A: the bodies of art. 9a ust. 11–11d of the Act."""

    SOCIAL_ASSISTANCE = ("social_assistance", "jednostka organizacyjna pomocy społecznej")
    POLICE = ("police", "Policja")
    GKRPA = ("gkrpa", "gminna komisja rozwiązywania problemów alkoholowych")
    EDUCATION = ("education", "oświata")
    HEALTH_CARE = ("health_care", "ochrona zdrowia")
    MILITARY_POLICE = ("military_police", "Żandarmeria Wojskowa")


def _fail(where: str, message: str) -> None:
    raise InputError("Niebieska Karta – A", [Problem(where, message)])


def _text(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        _fail(f"$.{attribute.name}", "must be non-empty text")
    # The core model's rule for text that can be written to a document (XML 1.0): control
    # characters other than tab and line breaks, and lone surrogates, are refused;
    # everything else (line breaks in a description, non-breaking spaces, soft hyphens,
    # emoji with joiners…) is kept.
    problem = text_problem(value)
    if problem:
        _fail(f"$.{attribute.name}", problem)


def _optional_text(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _text(inst, attribute, value)


def _optional_date(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (isinstance(value, dt.datetime) or not isinstance(value, dt.date)):
        _fail(f"$.{attribute.name}", "must be a date (YYYY-MM-DD)")


def _date(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        _fail(f"$.{attribute.name}", "is required (a date YYYY-MM-DD)")
    _optional_date(inst, attribute, value)


def _members(kind: type) -> Any:
    def check(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            _fail(f"$.{attribute.name}", "must be a list")
        for index, item in enumerate(value):
            if not isinstance(item, kind):
                _fail(f"$.{attribute.name}[{index}]", f"must be a {kind.__name__}")

    return check


def _hidden(_value: object) -> str:
    return "<ukryte>"


@attrs.frozen
class NkPerson:
    """A person named on the form (osoba doznająca, osoba stosująca, a child, a witness).

    ``relation`` is the relation to the osoba doznająca (for an osoba stosująca: "mąż",
    "ojciec"…). ``helpless`` marks an adult osoba nieporadna (her guardian or a person she
    names must be present instead, § 2)."""

    first_name: str = attrs.field(validator=_text, repr=_hidden)
    last_name: str = attrs.field(validator=_text, repr=_hidden)
    birth_date: dt.date | None = attrs.field(default=None, validator=_optional_date, repr=_hidden)
    address: str | None = attrs.field(default=None, validator=_optional_text, repr=_hidden)
    phone: str | None = attrs.field(default=None, validator=_optional_text, repr=_hidden)
    relation: str | None = attrs.field(default=None, validator=_optional_text, repr=_hidden)
    helpless: bool = attrs.field(default=False, repr=False)
    sex: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(("female", "male"))),
        repr=False,
    )
    """``"female"`` / ``"male"`` (the form's words agree with it: małoletnia / małoletni),
    ``None`` when not recorded."""

    def marks(self, on: dt.date) -> str:
        """The form's remarks on the person, in the right gender: "małoletnia",
        "małoletni, nieporadny"… (both forms, "małoletni(-a)", when the sex is unknown)."""
        ending = {"female": "a", "male": "y"}
        words: list[str] = []
        if self.is_minor(on):
            words.append({"female": "małoletnia", "male": "małoletni"}.get(
                self.sex or "", "małoletni(-a)"))
        if self.helpless:
            words.append("nieporadn" + ending.get(self.sex or "", "y(-a)"))
        return ", ".join(words)

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def is_minor(self, on: dt.date) -> bool | None:
        """Whether the person is under 18 on ``on`` (None when the birth date is unknown)."""
        if self.birth_date is None:
            return None
        years = (
            on.year
            - self.birth_date.year
            - ((on.month, on.day) < (self.birth_date.month, self.birth_date.day))
        )
        return years < 18


@attrs.frozen
class Incident:
    """The situation that started the procedure: when, where and what happened."""

    description: str = attrs.field(validator=_text, repr=_hidden)
    occurred_on: dt.date | None = attrs.field(default=None, validator=_optional_date, repr=_hidden)
    place: str | None = attrs.field(default=None, validator=_optional_text, repr=_hidden)
    injuries: str | None = attrs.field(default=None, validator=_optional_text, repr=_hidden)
    alcohol_or_drugs: bool | None = attrs.field(default=None, repr=False)
    weapon_access: bool | None = attrs.field(default=None, repr=False)


@attrs.frozen
class FilledBy:
    """The person filling in the form and the body they represent."""

    first_name: str = attrs.field(validator=_text)
    last_name: str = attrs.field(validator=_text)
    position: str = attrs.field(validator=_text)
    entity: FillingEntity = attrs.field(validator=attrs.validators.instance_of(FillingEntity))
    institution: str = attrs.field(validator=_text)

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@attrs.frozen
class NiebieskaKartaA:
    """Formularz "Niebieska Karta – A" (JSON type tag ``niebieska_karta_a``).

    ``adult_present`` — the form was filled in in the presence of the adult osoba doznająca;
    ``guardian_present`` — for a child or an osoba nieporadna, in the presence of a parent,
    guardian or osoba najbliższa; if neither, ``absence_reason`` (and, for ``other``,
    ``absence_note``) says why (§ 2)."""

    id: str = attrs.field(validator=_text)
    filled_on: dt.date = attrs.field(validator=_date)
    place: str = attrs.field(validator=_text, repr=False)
    filled_by: FilledBy = attrs.field(validator=attrs.validators.instance_of(FilledBy), repr=False)
    experiencing: tuple[NkPerson, ...] = attrs.field(
        default=(), validator=_members(NkPerson), repr=lambda v: f"<{len(v)} os.>"
    )
    using: tuple[NkPerson, ...] = attrs.field(
        default=(), validator=_members(NkPerson), repr=lambda v: f"<{len(v)} os.>"
    )
    forms: tuple[ViolenceForm, ...] = attrs.field(
        default=(), validator=_members(ViolenceForm), repr=False
    )
    incident: Incident | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(Incident)),
        repr=False,
    )
    children: tuple[NkPerson, ...] = attrs.field(
        default=(), validator=_members(NkPerson), repr=False
    )
    witnesses: tuple[NkPerson, ...] = attrs.field(
        default=(), validator=_members(NkPerson), repr=False
    )
    actions: tuple[InterventionAction, ...] = attrs.field(
        default=(), validator=_members(InterventionAction), repr=False
    )
    actions_note: str | None = attrs.field(default=None, validator=_optional_text, repr=False)
    adult_present: bool = attrs.field(default=False, repr=False)
    guardian_present: bool = attrs.field(default=False, repr=False)
    """For a małoletnia osoba doznająca: a parent, legal or actual guardian (or, when the
    parents are suspected, an adult osoba najbliższa) was present; for an adult osoba
    nieporadna: her guardian or a person she named (§ 2)."""
    absence_reason: AbsenceReason | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(AbsenceReason)),
        repr=False,
    )
    absence_note: str | None = attrs.field(default=None, validator=_optional_text, repr=False)
    form_b_given: bool = attrs.field(default=False, repr=False)
