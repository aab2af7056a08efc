"""``wywiad-srodowiskowy``: część I with segments A–J (A, H, I, J always; others only when
filled) and część IV for an update (Dz.U. 2021 poz. 893, załącznik nr 1; art. 107 u.p.s.)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import socialwork.documents as documents
from socialwork.documents.catalog import EXAMPLES_DIR
from socialwork.documents.text import check_xml, document_text
from socialwork.model.enums import InterviewKind
from socialwork.model.income import Income, IncomeKind
from socialwork.model.interview import SEGMENTS, Interview, InterviewUpdate
from socialwork.serialization import from_json

NAME = "wywiad-srodowiskowy"
TITLES = {
    "A": "A. Dane osoby ubiegającej się o pomoc i jej rodziny",
    "B": "B. Analiza sytuacji materialnej osoby lub rodziny",
    "C": "C. Analiza warunków bytowych osoby lub rodziny",
    "D": "D. Analiza sytuacji zdrowotnej osoby lub rodziny",
    "E": "E. Analiza sytuacji zawodowej osoby lub rodziny",
    "F": "F. Funkcjonowanie rodziny",
    "G": "G. Inne okoliczności mające wpływ na sytuację osoby lub rodziny",
    "H": "H. Potrzeby i oczekiwania zgłoszone w trakcie wywiadu",
    "I": "I. Diagnoza sytuacji osoby lub rodziny, w tym wnioski pracownika socjalnego",
    "J": "J. Plan pomocy na rzecz osoby lub rodziny",
}
OPTIONAL = ("B", "C", "D", "E", "F", "G")
MANDATORY = ("A", "H", "I", "J")
PART_IV = "CZĘŚĆ IV — AKTUALIZACJA RODZINNEGO WYWIADU ŚRODOWISKOWEGO"


def _load(name: str) -> Interview:
    case = from_json((EXAMPLES_DIR / name).read_text(encoding="utf-8"))
    assert isinstance(case, Interview)
    return case


@pytest.fixture(scope="module")
def full() -> Interview:
    return _load("wywiad-srodowiskowy.json")


@pytest.fixture(scope="module")
def update() -> Interview:
    return _load("wywiad-srodowiskowy-aktualizacja.json")


def text(interview: Interview) -> str:
    document = documents.render(NAME, interview)
    check_xml(document)
    result = document_text(document)
    assert "{{" not in result and "{%" not in result
    assert "None" not in result.split()
    # Line breaks and tabs as one space; non-breaking spaces (dates, amounts) as spaces
    # (they are checked in test_polish_typography).
    return re.sub(r"[ \t\n\u00a0]+", " ", result)


def _without(interview: Interview, *letters: str) -> Interview:
    changes: dict[str, object] = {SEGMENTS[letter]: None for letter in letters}
    return attrs.evolve(interview, **changes)  # type: ignore[arg-type]


def test_title_and_regulation(full: Interview) -> None:
    t = text(full)
    assert "RODZINNY WYWIAD ŚRODOWISKOWY" in t and "część I" in t
    assert "Dz. U. z 2021 r. poz. 893" in t and "załącznik nr 1" in t
    assert "art. 107 ust. 1 ustawy z dnia 12 marca 2004 r. o pomocy społecznej" in t
    assert "CZĘŚĆ I — WYWIAD" in t
    assert PART_IV not in t
    assert "Data przeprowadzenia 6 listopada 2026 r." in t


def test_full_example_prints_every_segment_in_order(full: Interview) -> None:
    t = text(full)
    positions = [t.index(TITLES[letter]) for letter in "ABCDEFGHIJ"]
    assert positions == sorted(positions)


def test_empty_segments_print_their_title_and_lines_to_fill_in(full: Interview) -> None:
    # the worker takes the questionnaire to the home visit: an empty segment keeps its title
    # and ruled lines to complete by hand (in a full interview)
    bare = attrs.evolve(_without(full, *OPTIONAL),
                        household=attrs.evolve(full.household, incomes=()))
    t = text(bare)
    for letter in (*OPTIONAL, *MANDATORY):
        assert TITLES[letter] in t
    for letter in OPTIONAL:
        after = t[t.index(TITLES[letter]) + len(TITLES[letter]):].lstrip()
        assert after.startswith("…" * 10), letter


@pytest.mark.parametrize("letter", ["H", "I", "J"])
def test_missing_mandatory_segment_is_printed_to_fill_in(full: Interview, letter: str) -> None:
    t = text(_without(full, letter))
    start = t.index(TITLES[letter])
    assert t[start + len(TITLES[letter]):].lstrip().startswith("…")


def test_segment_a_without_its_data_still_shows_the_household(full: Interview) -> None:
    t = text(_without(full, "A"))
    assert TITLES["A"] in t
    assert "Wywiad przeprowadzono z …" in t
    for person in full.household.people:
        assert person.full_name in t


def test_household_composition(full: Interview) -> None:
    t = text(full)
    assert "Skład gospodarstwa domowego: rodzina, 4 osoby" in t
    assert "osoba ubiegająca się o pomoc" in t
    for member in full.household.members:
        # the form for the member's sex ("córka", "żona"), never both ("syn/córka")
        assert member.relation.label_for(member.person.sex) in t
        if "/" in member.relation.label:
            assert member.relation.label not in t
    for person in full.household.people:
        assert person.birth_date.strftime("%d.%m.%Y") in t
        assert person.pesel is not None and person.pesel in t


def test_single_person_household(update: Interview) -> None:
    assert "Skład gospodarstwa domowego: osoba samotnie gospodarująca" in text(update)


def test_incomes_table_in_segment_b(full: Interview) -> None:
    t = text(full)
    b = t.index(TITLES["B"])
    assert t.index("Dochody członków gospodarstwa domowego", b) < t.index(TITLES["C"])
    assert "2 450,00 zł" in t  # gross of the first item
    assert "1 877,53 zł" in t  # net: 2450.00 - 47.00 - 189.57 - 335.90
    assert "niewliczany do dochodu" in t  # the child-raising benefit
    assert "dochód utracony" in t
    assert "1 750,00 zł" in t  # expenses total


def test_incomes_alone_open_segment_b(full: Interview) -> None:
    t = text(_without(full, "B"))
    assert TITLES["B"] in t and "Dochody członków" in t
    assert "Miesięczne wydatki" not in t


def test_reasons_cite_article_7(full: Interview) -> None:
    t = text(full)
    assert "ubóstwo (art. 7 pkt 1 u.p.s.); bezrobocie (art. 7 pkt 4 u.p.s.)" in t


def test_signatures_date_and_place(full: Interview) -> None:
    t = text(full)
    assert "Lipowiec, dnia 6 listopada 2026 r." in t
    assert "Marek Wójcik (podpis osoby, z którą przeprowadzono wywiad)" in t
    assert "Katarzyna Nowicka (podpis pracownika socjalnego przeprowadzającego wywiad)" in t


def test_health_data_is_printed_in_the_document(full: Interview) -> None:
    assert full.health is not None
    assert full.health.description in text(full)


def test_update_prints_part_four(update: Interview) -> None:
    t = text(update)
    assert "AKTUALIZACJA RODZINNEGO WYWIADU ŚRODOWISKOWEGO" in t and "część IV" in t
    assert PART_IV in t
    assert "art. 107 ust. 4" in t
    assert "CZĘŚĆ I — WYWIAD" not in t
    assert update.update is not None
    assert update.update.changes in t
    assert update.update.conclusions is not None and update.update.conclusions in t
    assert update.update.plan is not None and update.update.plan in t
    assert "z dnia 12 maja 2026 r. (nr rws-2026-0398)" in t
    # segments filled at the update follow część IV; the empty mandatory ones do not appear
    assert t.index(PART_IV) < t.index(TITLES["H"]) < t.index(TITLES["I"])
    assert TITLES["J"] not in t and TITLES["A"] not in t
    assert "sprawa pilna" in t


def test_update_without_conclusions_or_plan_leaves_lines(update: Interview) -> None:
    assert update.update is not None
    bare = attrs.evolve(update, update=InterviewUpdate(changes="Zmiana adresu."),
                        needs=None, diagnosis=None)
    t = text(bare)
    assert "Aktualizowany wywiad …" in t
    assert "Wnioski pracownika socjalnego: …" in t
    assert "Zaktualizowany plan pomocy: …" in t
    assert "SEGMENTY UZUPEŁNIONE" not in t


def test_farm_income_shows_hectares(update: Interview) -> None:
    assert "0,8500 ha przeliczeniowych" in text(update)


@settings(max_examples=20, deadline=None)
@given(
    missing=st.sets(st.sampled_from(list("ABCDEFGHIJ"))),
    kind=st.sampled_from(list(InterviewKind)),
)
def test_mandatory_segments_always_in_a_full_interview(
    missing: set[str], kind: InterviewKind
) -> None:
    base = _load("wywiad-srodowiskowy.json")
    case = _without(base, *missing)
    if kind is InterviewKind.UPDATE:
        case = attrs.evolve(case, kind=kind, update=InterviewUpdate(changes="Zmiana."))
    t = text(case)
    for letter in "ABCDEFGHIJ":
        if kind is InterviewKind.FULL and letter in MANDATORY:
            expected = True
        elif kind is InterviewKind.UPDATE and letter == "A":
            expected = False  # the person and household are in część IV
        elif kind is InterviewKind.FULL:
            expected = True  # an empty segment prints its title and lines to fill in
        else:
            expected = letter not in missing
        assert (TITLES[letter] in t) is expected, letter
    assert (PART_IV in t) is (kind is InterviewKind.UPDATE)


def test_many_incomes_render(full: Interview) -> None:
    person = full.household.applicant.person.id
    incomes = tuple(
        Income(person_id=person, month=dt.date(2026, 10, 1), kind=IncomeKind.OTHER,
               gross=Decimal(f"{i}.05"), description=f"dochód {i}")
        for i in range(40)
    )
    t = text(attrs.evolve(full, household=attrs.evolve(full.household, incomes=incomes)))
    assert "dochód 39" in t and "39,05 zł" in t


def test_gallery_preview_exists() -> None:
    assert (Path(__file__).parents[2] / "docs" / "gallery" / f"{NAME}.png").is_file()



def _with_description(full: Interview, description: str) -> tuple[str, str]:
    """The document text with the first income item described so, and that item's source."""
    household = full.household
    first = attrs.evolve(household.incomes[0], description=description)
    case = attrs.evolve(full, household=attrs.evolve(
        household, incomes=(first, *household.incomes[1:])))
    return text_lines(case), str(first.kind.label)


def text_lines(interview: Interview) -> str:
    return document_text(documents.render("wywiad-srodowiskowy", interview))


def test_income_description_equal_to_its_source_is_printed_once(full: Interview) -> None:
    label = str(full.household.incomes[0].kind.label)
    t, _ = _with_description(full, label.capitalize())
    assert t.lower().count(label.lower()) == 1  # the source column only


def test_income_description_beginning_with_its_source_adds_only_the_rest(
    full: Interview,
) -> None:
    label = str(full.household.incomes[0].kind.label)
    t, _ = _with_description(full, label.capitalize() + " – prawo wygasło")
    assert t.lower().count(label.lower()) == 1
    assert "prawo wygasło" in t


def test_other_income_description_goes_to_the_remarks(full: Interview) -> None:
    t, label = _with_description(full, "decyzja starosty z 1.10.2026")
    assert "decyzja starosty z 1.10.2026" in t
    assert f"{label}\ndecyzja starosty" not in t


def test_income_total_per_person_and_criterion(full: Interview) -> None:
    t = " ".join(text(full).split())
    assert "Dochód gospodarstwa domowego 2 125,53 zł (11.2026)" in t
    assert "Dochód na osobę 531,38 zł (4 osoby)" in t
    assert "823,00 zł na osobę w rodzinie (rodziny: 3 292,00 zł)" in t
    assert "dochód na osobę nie przekracza kryterium dochodowego" in t


def test_record_id_is_not_printed_as_the_document_number(full: Interview) -> None:
    assert full.id not in text(full)
