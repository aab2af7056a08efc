"""Rules of the "Niebieska Karta – A" form (§ 2 of Dz.U. 2023 poz. 1870).

Messages never quote names or anything about the violence: they say which part of the form
is missing and how to complete it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from socialwork.rules import Rule, Violation, rule
from socialwork_niebieska_karta.plugin import TAG

if TYPE_CHECKING:  # the rules name the model by its tag: loading them loads no model
    from socialwork_niebieska_karta.model import NiebieskaKartaA

FORM_2023_IN_FORCE = dt.date(2023, 9, 28)
"""The rozporządzenie of 6.09.2023 (Dz.U. 2023 poz. 1870) is in force from this day."""

PARAGRAPH_2 = (
    "§ 2 rozporządzenia Rady Ministrów z dnia 6 września 2023 r. w sprawie procedury "
    "„Niebieskie Karty” oraz wzorów formularzy „Niebieska Karta” (Dz.U. 2023 poz. 1870)"
)
REGULATION = (
    "rozporządzenie Rady Ministrów z dnia 6 września 2023 r. w sprawie procedury "
    "„Niebieskie Karty” oraz wzorów formularzy „Niebieska Karta” (Dz.U. 2023 poz. 1870)"
)


@rule(
    "NK-A-001",
    "Formularz wskazuje co najmniej jedną osobę doznającą przemocy domowej",
    applies_to=TAG,
    legal_basis=PARAGRAPH_2,
)
def experiencing_listed(card: NiebieskaKartaA, _ctx: Any) -> Iterator[Violation]:
    if not card.experiencing:
        yield Violation(
            "Formularz nie wskazuje żadnej osoby doznającej przemocy domowej; wpisz "
            "wszystkie osoby doznające przemocy domowej.",
            path="$.experiencing",
        )


@rule(
    "NK-A-002",
    "Formularz wskazuje co najmniej jedną osobę stosującą przemoc domową",
    applies_to=TAG,
    legal_basis=PARAGRAPH_2,
)
def using_listed(card: NiebieskaKartaA, _ctx: Any) -> Iterator[Violation]:
    if not card.using:
        yield Violation(
            "Formularz nie wskazuje żadnej osoby stosującej przemoc domową; wpisz wszystkie "
            "osoby stosujące przemoc domową.",
            path="$.using",
        )


@rule(
    "NK-A-003",
    "Formularz wypełnia się w obecności osoby doznającej przemocy domowej (za małoletnią lub "
    "nieporadną – rodzica, opiekuna lub osoby najbliższej) albo podaje się przyczynę jej "
    "nieobecności",
    applies_to=TAG,
    legal_basis=PARAGRAPH_2,
)
def adult_present_or_reason(card: NiebieskaKartaA, _ctx: Any) -> Iterator[Violation]:
    from socialwork_niebieska_karta.model import AbsenceReason

    present = card.adult_present or (card.guardian_present and _represented_only(card))
    if present:
        if card.absence_reason is not None:
            yield Violation(
                "Zaznaczono obecność osoby doznającej przemocy domowej (lub osoby, która ją "
                "reprezentuje), a jednocześnie podano przyczynę nieobecności; usuń jedno z nich.",
                path="$.absence_reason",
                severity="warning",
            )
        return
    if card.absence_reason is None:
        if card.experiencing and _represented_only(card):
            message = (
                "Osoby doznające przemocy domowej są małoletnie lub nieporadne, a nie "
                "zaznaczono obecności rodzica, opiekuna ani osoby najbliższej i nie podano "
                "przyczyny; zaznacz obecność albo podaj przyczynę."
            )
        else:
            message = (
                "Formularz wypełniono bez obecności pełnoletniej osoby doznającej przemocy "
                "domowej i nie podano przyczyny (nieobecność, stan zdrowia, zagrożenie); podaj "
                "przyczynę albo uzupełnij formularz w jej obecności."
            )
        yield Violation(message, path="$.absence_reason")
    elif card.absence_reason is AbsenceReason.OTHER and not card.absence_note:
        yield Violation(
            "Jako przyczynę nieobecności osoby doznającej przemocy domowej wybrano „inna "
            "przyczyna”, ale jej nie opisano; opisz ją.",
            path="$.absence_note",
        )


def _represented_only(card: NiebieskaKartaA) -> bool:
    """True when no osoba doznająca can speak for herself: each is a minor on the day of
    filling in (by a known birth date) or an adult osoba nieporadna."""
    return bool(card.experiencing) and all(
        person.helpless or person.is_minor(card.filled_on) is True for person in card.experiencing
    )


@rule(
    "NK-A-004",
    "Formularz „Niebieska Karta – A” według wzoru z 2023 r. stosuje się od 28 września 2023 r.",
    applies_to=TAG,
    legal_basis=REGULATION,
)
def form_in_force(card: NiebieskaKartaA, _ctx: Any) -> Iterator[Violation]:
    if card.filled_on < FORM_2023_IN_FORCE:
        yield Violation(
            "Data wypełnienia jest wcześniejsza niż 28 września 2023 r.; przed tym dniem "
            "obowiązywał wzór z rozporządzenia z 13 września 2011 r. (Dz.U. 2011 nr 209 "
            "poz. 1245) — sprawdź datę.",
            path="$.filled_on",
        )


@rule(
    "NK-A-005",
    "Formularz wskazuje formę przemocy domowej",
    applies_to=TAG,
    legal_basis=REGULATION,
    severity="warning",
    verified=False,
    note="UNVERIFIED: the checklist of forms of violence in załącznik nr 1.",
)
def forms_marked(card: NiebieskaKartaA, _ctx: Any) -> Iterator[Violation]:
    if not card.forms:
        yield Violation(
            "Nie zaznaczono żadnej formy przemocy domowej; zaznacz co najmniej jedną.",
            path="$.forms",
        )


@rule(
    "NK-A-006",
    "Nie wpisuje się przyszłej daty wypełnienia ani zdarzenia",
    applies_to=TAG,
    legal_basis=REGULATION,
)
def no_future_dates(card: NiebieskaKartaA, ctx: Any) -> Iterator[Violation]:
    if card.filled_on > ctx.on:
        yield Violation(
            "Data wypełnienia formularza jest późniejsza niż data sprawdzenia; popraw datę.",
            path="$.filled_on",
        )
    incident = card.incident
    occurred = incident.occurred_on if incident is not None else None
    if occurred is not None and occurred > card.filled_on:
        yield Violation(
            "Data zdarzenia jest późniejsza niż data wypełnienia formularza; popraw datę.",
            path="$.incident.occurred_on",
        )


RULES: tuple[Rule, ...] = (
    experiencing_listed,
    using_listed,
    adult_present_or_reason,
    form_in_force,
    forms_marked,
    no_future_dates,
)
