"""Fixtures: a test-only model, a template built with the authoring toolkit, registration."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from socialwork.authoring import DocumentBuilder
from socialwork.documents import TemplateSpec
from socialwork.plugins import hookimpl
from socialwork.plugins.testing import plugins_registered


@attrs.frozen
class Member:
    name: str
    age: int


@attrs.frozen
class Letter:
    """A test-only model: every kind of field a template prints."""

    center: str
    reference: str
    name: str
    amount: Decimal
    note: str
    members: tuple[Member, ...]
    date: dt.date
    extra: str | None = None

    @property
    def member_count(self) -> int:
        return len(self.members)


@attrs.frozen
class Other:
    name: str


STRING_FIELDS = ("center", "reference", "name", "note")


def build_letter_template(folder: Path, name: str = "letter") -> Path:
    doc = DocumentBuilder(name, title="Pismo testowe", model="letter")
    doc.letterhead(["{{ letter.center }}", "ul. Długa 1, 80-001 Gdańsk"],
                   "Gdańsk, {{ on|date_pl }}", reference="Znak sprawy: {{ letter.reference }}")
    doc.title("PISMO TESTOWE", "w sprawie {{ letter.name }}")
    doc.heading("I. Dane")
    doc.fields([("Imię i nazwisko", "{{ letter.name }}"),
                ("Kwota", "{{ letter.amount|money_full }}"),
                ("Liczba osób", "{{ plural(letter.member_count, 'osoba', 'osoby', 'osób') }}")])
    doc.paragraph("Opis: ", ("{{ letter.note }}", "b"))
    doc.table(["Lp.", "Imię", "Wiek"], ["{{ loop.index }}", "{{ m.name }}", "{{ m.age }}"],
              loop="m in letter.members", widths=[1.5, 10.0, 5.0], empty="brak osób")
    with doc.when("letter.extra"):
        doc.paragraph("Uwagi: {{ letter.extra }}")
    doc.signatures(["(podpis pracownika socjalnego)"], names=["{{ letter.name }}"])
    return doc.save(folder)


def make_letter(**changes: object) -> Letter:
    base = Letter(
        center="Miejski Ośrodek Pomocy Społecznej w Gdańsku",
        reference="DPS.4011.12.2026",
        name="Zażółć Gęślą-Jaźń",
        amount=Decimal("1010.00"),
        note="Pierwsza linia\nDruga linia",
        members=(Member("Ala", 3), Member("Ola", 5)),
        date=dt.date(2026, 11, 22),
        extra="brak uwag",
    )
    return attrs.evolve(base, **changes)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("templates")
    build_letter_template(folder)
    return folder


@pytest.fixture(scope="session")
def letter_spec(template_dir: Path) -> TemplateSpec:
    return TemplateSpec(name="letter", path=template_dir / "letter.docx", model=Letter,
                        title="Pismo testowe", example=None)


class _Templates:
    def __init__(self, *specs: TemplateSpec) -> None:
        self.specs = specs

    @hookimpl
    def register_templates(self, register):  # type: ignore[no-untyped-def]
        for spec in self.specs:
            register(spec)


@pytest.fixture
def registered(letter_spec: TemplateSpec) -> Iterator[object]:
    with plugins_registered(("socialwork-test-templates", _Templates(letter_spec))) as registry:
        yield registry
