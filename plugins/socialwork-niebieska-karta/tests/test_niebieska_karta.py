"""The "Niebieska Karta – A" plugin: discovery, model round trip, rules, template."""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
from importlib import metadata
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from socialwork_niebieska_karta.model import (
    AbsenceReason,
    FilledBy,
    FillingEntity,
    Incident,
    NiebieskaKartaA,
    NkPerson,
    ViolenceForm,
)

from socialwork.documents import get_template, render
from socialwork.documents.lint import lint
from socialwork.documents.text import document_text
from socialwork.errors import InputError
from socialwork.plugins import get_registry
from socialwork.plugins.discovery import installed
from socialwork.rules import validate
from socialwork.serialization import from_json, to_json

DIST = "socialwork-niebieska-karta"
EXAMPLE = (
    Path(__file__).resolve().parents[1]
    / "src" / "socialwork_niebieska_karta" / "examples" / "niebieska-karta-a.json"
)  # fmt: skip
ON = dt.date(2025, 3, 20)


@pytest.fixture
def only_this_plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOCIALWORK_PLUGINS", DIST)


def example() -> NiebieskaKartaA:
    card = from_json(EXAMPLE.read_text(encoding="utf-8"))
    assert isinstance(card, NiebieskaKartaA)
    return card


def test_discovered_through_its_entry_point(only_this_plugin: None) -> None:
    (candidate,) = [c for c in installed() if c.distribution == DIST]
    assert candidate.version == metadata.version(DIST)
    registry = get_registry()
    assert registry.models.owner("niebieska_karta_a") == DIST
    assert registry.templates.owner("niebieska-karta-a") == DIST
    assert {code for code in registry.rules if code.startswith("NK-A-")} == {
        f"NK-A-00{i}" for i in range(1, 7)
    }
    assert registry.plugin(DIST).loaded
    assert not registry.problems(DIST)


def test_example_round_trips_and_is_valid(only_this_plugin: None) -> None:
    card = example()
    assert json.loads(to_json(card)) == json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert from_json(to_json(card)) == card
    report = validate(card, on=ON)
    assert report.ok and not report.findings, report.findings


def _card(**changes: Any) -> NiebieskaKartaA:
    return attrs.evolve(example(), **changes)


@pytest.mark.parametrize(
    ("changes", "code", "severity", "path"),
    [
        ({"experiencing": ()}, "NK-A-001", "error", "$.experiencing"),
        ({"using": ()}, "NK-A-002", "error", "$.using"),
        ({"adult_present": False}, "NK-A-003", "error", "$.absence_reason"),
        (
            {"adult_present": False, "absence_reason": AbsenceReason.OTHER},
            "NK-A-003", "error", "$.absence_note",
        ),
        ({"absence_reason": AbsenceReason.HEALTH}, "NK-A-003", "warning", "$.absence_reason"),
        ({"filled_on": dt.date(2023, 9, 27)}, "NK-A-004", "error", "$.filled_on"),
        ({"forms": ()}, "NK-A-005", "warning", "$.forms"),
        ({"filled_on": dt.date(2025, 3, 21)}, "NK-A-006", "error", "$.filled_on"),
    ],
)  # fmt: skip
def test_rules(
    only_this_plugin: None, changes: dict[str, Any], code: str, severity: str, path: str
) -> None:
    report = validate(_card(**changes), on=ON)
    findings = report.by_code(code)
    assert [(f.severity, f.path) for f in findings] == [(severity, path)]
    assert "1870" in findings[0].legal_basis
    assert report.ok is (severity == "warning")


def test_absence_with_a_reason_is_fine(only_this_plugin: None) -> None:
    for reason in (AbsenceReason.ABSENT, AbsenceReason.HEALTH, AbsenceReason.DANGER):
        report = validate(_card(adult_present=False, absence_reason=reason), on=ON)
        assert not report.by_code("NK-A-003")
    other = _card(
        adult_present=False, absence_reason=AbsenceReason.OTHER, absence_note="pobyt w szpitalu"
    )
    assert not validate(other, on=ON).by_code("NK-A-003")


def test_incident_after_filling_in(only_this_plugin: None) -> None:
    incident = Incident("Zdarzenie.", occurred_on=dt.date(2025, 3, 15))
    findings = validate(_card(incident=incident), on=ON).by_code("NK-A-006")
    assert [f.path for f in findings] == ["$.incident.occurred_on"]


names = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=3, max_size=12)


@settings(max_examples=30, deadline=None)
@given(first=names, last=names)
def test_no_name_in_reprs_or_findings(first: str, last: str) -> None:
    person = NkPerson(first, last, dt.date(1990, 1, 2), address="ul. Tajna 1", phone="600")
    card = _card(experiencing=(person,), using=(), adult_present=False)
    # a name that is part of the fixed repr text ("Per" in "NkPerson") proves nothing
    neutral = NkPerson("X", "Y")
    neutral_card = _card(experiencing=(neutral,), using=(), adult_present=False)
    fixed = repr(neutral) + repr(neutral_card) + str(neutral_card)
    fixed += " ".join(f.message for f in validate(neutral_card, on=ON).findings)
    assume(first not in fixed and last not in fixed)
    for text in (repr(person), repr(card), str(card)):
        assert first not in text and last not in text and "Tajna" not in text
    for finding in validate(card, on=ON).findings:
        assert first not in finding.message and last not in finding.message


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda d: d["filled_by"].update(entity="sasiad"), "$.filled_by.entity"),
        (lambda d: d.update(forms=["kopanie"]), "$.forms[0]"),
        (lambda d: d.update(filled_on="14.03.2025"), "$.filled_on"),
        (lambda d: d["experiencing"][0].update(first_name="   "), "$.experiencing[0]"),
    ],
)
def test_bad_json_is_an_input_error_with_its_path(mutate: Any, path: str) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    mutate(data)
    with pytest.raises(InputError) as caught:
        from_json(json.dumps(data))
    assert path in str(caught.value)
    assert "Przykładowa" not in str(caught.value)


def test_template_is_lint_clean(only_this_plugin: None) -> None:
    assert lint(get_template("niebieska-karta-a")) == []


def test_render_contains_every_person_and_escapes_markup(
    only_this_plugin: None, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    incident = Incident('Krzyk <b>"stop"</b> & trzask drzwi.', occurred_on=dt.date(2025, 3, 13))
    card = _card(incident=incident, adult_present=False, absence_reason=AbsenceReason.DANGER)
    text = document_text(render("niebieska-karta-a", card))
    for person in (*card.experiencing, *card.using, *card.witnesses):
        assert f"{person.first_name} {person.last_name}" in text
    assert 'Krzyk <b>"stop"</b> & trzask drzwi.' in text
    assert "przemoc fizyczna i przemoc psychiczna" in text
    assert "zagrożenie życia lub zdrowia osoby doznającej przemocy domowej" in text
    assert "14 marca 2025 r." in text
    assert "NIEZWERYFIKOWANY" not in text  # a comment for the worker, not form text
    # nothing about the case was logged
    assert all("Przykładow" not in r.getMessage() for r in caplog.records)


def test_form_without_people_renders_the_gap_visibly(only_this_plugin: None) -> None:
    text = document_text(render("niebieska-karta-a", _card(experiencing=(), using=())))
    assert text.count("nie wskazano – formularz niekompletny") == 2


@pytest.mark.pdf
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_pdf(only_this_plugin: None) -> None:
    pypdf = pytest.importorskip("pypdf")
    import io

    pdf = render("niebieska-karta-a", example(), fmt="pdf")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "NIEBIESKA KARTA" in text and "Anna Przykładowa" in text


def test_filled_by_entity_labels() -> None:
    person = FilledBy("Ewa", "Nowak", "dzielnicowy", FillingEntity.POLICE, "KP Przykładowo")
    assert person.entity.label == "Policja"
    assert str(ViolenceForm.CYBER) == "cyberprzemoc"


def test_shipped_template_is_built_from_its_source() -> None:
    from socialwork_niebieska_karta import template_src

    shipped = EXAMPLE.parents[1] / "templates" / f"{template_src.NAME}.docx"
    assert shipped.read_bytes() == template_src.build().to_bytes(), (
        "run python -m socialwork_niebieska_karta.template_src"
    )


CHILD = NkPerson("Zofia", "Przykładowa", dt.date(2015, 9, 1))
HELPLESS = NkPerson("Adam", "Przykładowy", dt.date(1950, 1, 1), helpless=True)


@pytest.mark.parametrize(
    ("experiencing", "guardian", "flagged"),
    [
        ((CHILD,), True, False),  # a child: a parent or guardian present is enough
        ((CHILD,), False, True),
        ((CHILD, HELPLESS), True, False),
        ((HELPLESS,), False, True),
        ((NkPerson("Anna", "Przykładowa", None),), True, True),  # unknown age: adult
    ],
)
def test_presence_for_children_and_helpless_adults(
    only_this_plugin: None, experiencing: tuple[NkPerson, ...], guardian: bool, flagged: bool
) -> None:
    card = _card(experiencing=experiencing, adult_present=False, guardian_present=guardian)
    findings = validate(card, on=ON).by_code("NK-A-003")
    assert bool(findings) is flagged
    if flagged and (CHILD in experiencing or HELPLESS in experiencing):
        assert "małoletnie lub nieporadne" in findings[0].message


def test_guardian_presence_is_printed(only_this_plugin: None) -> None:
    card = _card(experiencing=(CHILD,), adult_present=False, guardian_present=True)
    text = document_text(render("niebieska-karta-a", card))
    assert "w obecności rodzica, opiekuna lub osoby najbliższej" in text
    assert "NIE PODANO" not in text


FREE_TEXTS = [
    "Krzyki od 22:00.\nSąsiadka wezwała Policję.\n\tDrzwi wyważone.",
    "ul.\u00a0Słoneczna 1, m.\u00a02",
    "prze\u00admoc psy\u00adchiczna",
    "rodzina 👨\u200d👩\u200d👧 – zgłoszenie ze szkoły",
    "wiersz 1\r\nwiersz 2",
]


@pytest.mark.parametrize("description", FREE_TEXTS)
def test_free_text_keeps_line_breaks_tabs_and_unicode(
    only_this_plugin: None, description: str
) -> None:
    incident = Incident(description, occurred_on=dt.date(2025, 3, 13), place=description)
    card = _card(incident=incident, actions_note=description)
    again = from_json(to_json(card))
    assert isinstance(again, NiebieskaKartaA)
    assert again.incident is not None and again.incident.description == description
    person = NkPerson("Anna", "Nowak-\u00adKowalska", address=description)
    assert person.address == description
    render("niebieska-karta-a", card)  # writes without dropping or refusing characters


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ("a\x00b", "U+0000"),
        ("a\x0bb", "U+000B"),
        ("a\x1bb", "U+001B"),
        ("a\x85b", "U+0085"),
        ("a\ud800b", "surrogate"),
    ],
)
def test_control_characters_and_lone_surrogates_are_refused(bad: str, why: str) -> None:
    with pytest.raises(InputError) as caught:
        Incident(bad)
    assert why in str(caught.value.problems[0].message)
    assert caught.value.problems[0].path == "$.description"


def test_remarks_agree_with_the_persons_sex() -> None:
    import datetime as dt

    from socialwork_niebieska_karta.model import NkPerson

    on = dt.date(2025, 3, 14)
    boy = NkPerson("Jan", "Nowak", birth_date=dt.date(2015, 1, 1), helpless=True, sex="male")
    girl = NkPerson("Ala", "Nowak", birth_date=dt.date(2015, 1, 1), sex="female")
    unknown = NkPerson("Alex", "Nowak", birth_date=dt.date(2015, 1, 1))
    adult = NkPerson("Ewa", "Nowak", birth_date=dt.date(1950, 1, 1), helpless=True, sex="female")
    assert boy.marks(on) == "małoletni, nieporadny"
    assert girl.marks(on) == "małoletnia"
    assert unknown.marks(on) == "małoletni(-a)"
    assert adult.marks(on) == "nieporadna"
