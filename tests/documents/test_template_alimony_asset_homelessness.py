"""The wywiad-alimentacyjny, oswiadczenie-majatkowe and ipwzb documents: what each prints in
its variants (the hostile-text, long-text, determinism and lint checks of every template run
in test_templates.py and test_lint.py)."""

from __future__ import annotations

import attrs
import pytest

import socialwork as sw
from socialwork import examples
from socialwork.documents.text import check_xml, document_text
from socialwork.model import AlimonyInterview, AssetDeclaration, AssetStatement, HomelessnessProgram

CLAUSE = "Jestem świadomy odpowiedzialności karnej za złożenie fałszywego oświadczenia."


def _text(template: str, obj: object, *, final: bool = False) -> str:
    document = sw.render(template, obj, final=final)
    check_xml(document)
    return document_text(document).replace("\u00a0", " ")  # non-breaking spaces as spaces


# --------------------------------------------------------------------------- oświadczenie


def test_statement_prints_every_section_and_the_exact_clause() -> None:
    text = _text("oswiadczenie-majatkowe", examples.load("oswiadczenie-majatkowe"))
    for heading in ("1. Nieruchomości", "2. Ruchomości", "3. Zasoby pieniężne", "4. Zadłużenie",
                    "5. Inne składniki"):
        assert heading in text
    assert CLAUSE in text
    assert "OŚWIADCZENIE O STANIE MAJĄTKOWYM" in text
    assert "Agnieszka Maria Wójcik" in text and "żona" in text  # household members
    assert "725,00" in text and "1 240,00" in text  # totals
    assert "Katarzyna Nowicka" in text  # received by


def test_statement_with_nothing_declared_says_nie_posiadam() -> None:
    case = examples.load("oswiadczenie-majatkowe")
    assert isinstance(case, AssetStatement)
    empty = attrs.evolve(case, assets=AssetDeclaration(), received_by=None)
    text = _text("oswiadczenie-majatkowe", empty)
    assert text.count("nie posiadam") == 5
    assert "Oświadczenie przyjął" not in text
    assert CLAUSE in text


def test_statement_of_a_single_person_has_no_member_table() -> None:
    case = examples.load("oswiadczenie-majatkowe")
    assert isinstance(case, AssetStatement)
    single = attrs.evolve(
        case,
        household=attrs.evolve(case.household, members=(), incomes=()),
        assets=AssetDeclaration(),
    )
    text = _text("oswiadczenie-majatkowe", single)
    assert "osobą samotnie gospodarującą" in text
    assert "Członkowie gospodarstwa domowego" not in text


# --------------------------------------------------------------------------- wywiad alimentacyjny


@pytest.fixture
def alimony() -> AlimonyInterview:
    obj = examples.load("wywiad-alimentacyjny")
    assert isinstance(obj, AlimonyInterview)
    return obj


def test_alimony_interview_prints_the_five_areas_and_the_statement(
    alimony: AlimonyInterview,
) -> None:
    text = _text("wywiad-alimentacyjny", alimony)
    for heading in ("III. Sytuacja rodzinna", "IV. Sytuacja dochodowa", "V. Sytuacja zawodowa",
                    "VI. Stan zdrowia", "VII. Przyczyny niełożenia"):
        assert heading in text
    assert "OŚWIADCZENIE MAJĄTKOWE DŁUŻNIKA ALIMENTACYJNEGO" in text
    assert CLAUSE in text
    assert "do 11 grudnia 2026 r." in text and "art. 5 ust. 2 pkt 1" in text
    assert "1 100,00 zł" in text  # the monthly total
    assert "zarejestrowany w powiatowym urzędzie pracy" in text


def test_alimony_refused_statement_is_recorded(alimony: AlimonyInterview) -> None:
    refused = attrs.evolve(alimony, assets=None, statement_refused=True)
    text = _text("wywiad-alimentacyjny", refused)
    assert text.count("Dłużnik alimentacyjny odmówił złożenia oświadczenia majątkowego") == 2
    assert CLAUSE not in text
    assert "1. Nieruchomości" not in text


def test_alimony_prevented_interview_has_no_statement_page(alimony: AlimonyInterview) -> None:
    prevented = attrs.evolve(
        alimony, assets=None, interview_prevented=True, health="", remarks=None
    )
    text = _text("wywiad-alimentacyjny", prevented)
    assert "uniemożliwił przeprowadzenie wywiadu" in text
    assert "OŚWIADCZENIE MAJĄTKOWE" not in text
    assert "………" in text  # the blank area and the remarks: lines to fill in by hand


def test_alimony_female_debtor_wording(alimony: AlimonyInterview) -> None:
    woman = sw.from_json(
        sw.to_json(alimony)
        .replace('"sex": "male"', '"sex": "female"', 1)
        .replace('"pesel": "84021987135"', '"pesel": "84021987128"', 1)
    )
    text = _text("wywiad-alimentacyjny", woman)
    assert "zarejestrowana w powiatowym urzędzie pracy jako bezrobotna" in text


# --------------------------------------------------------------------------- IPWzB


@pytest.fixture
def program() -> HomelessnessProgram:
    obj = examples.load("ipwzb")
    assert isinstance(obj, HomelessnessProgram)
    return obj


def test_program_prints_every_part(program: HomelessnessProgram) -> None:
    text = _text("ipwzb", program, final=True)
    for heading in ("I. Dane osoby bezdomnej", "II. Analiza sytuacji", "III. Cel programu",
                    "IV. Zakres i rodzaj działań osoby bezdomnej",
                    "V. Zakres i rodzaj działań pracownika socjalnego",
                    "VI. Osoby i instytucje wspierające", "VII. Harmonogram",
                    "VIII. Terminy spotkań", "IX. Podmioty odpowiedzialne", "ZATWIERDZAM"):
        assert heading in text
    assert "art. 49 ust. 5" in text
    assert "dnia 17 listopada 2026 r." in text  # approval date
    assert "PROJEKT" not in text  # final mode: the document to sign, no draft marker


def test_program_without_art_49_ust_5_case_has_no_part_ix(program: HomelessnessProgram) -> None:
    plain = attrs.evolve(
        program, exceeds_facility_means=False, health_insurance=False, responsible_bodies=()
    )
    assert "IX. Podmioty odpowiedzialne" not in _text("ipwzb", plain)


def test_unapproved_program_leaves_the_approval_to_fill(program: HomelessnessProgram) -> None:
    draft = attrs.evolve(program, approval=None, client_signed_on=None)
    text = _text("ipwzb", draft)
    assert "ZATWIERDZAM" in text
    assert "Grzegorz Dąbrowski" in text  # the centre's head by default
    assert "dnia ……" in text


def test_program_stage_numbers_in_the_tables(program: HomelessnessProgram) -> None:
    no_stage = attrs.evolve(program.person_actions[0], stage_id=None)
    case = attrs.evolve(program, person_actions=(no_stage,))
    text = _text("ipwzb", case)
    assert "na bieżąco" in text and "—" in text


# --------------------------------------------------------------------------- worker notes


def _comments(document: bytes) -> int:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(document)) as archive:
        if "word/comments.xml" not in archive.namelist():
            return 0
        return archive.read("word/comments.xml").decode("utf-8").count("<w:comment ")


@pytest.mark.parametrize(
    ("template", "example", "notes"),
    [("wywiad-alimentacyjny", "wywiad-alimentacyjny", 2),
     ("oswiadczenie-majatkowe", "oswiadczenie-majatkowe", 1),
     ("ipwzb", "ipwzb", 1)],
)
def test_unverified_points_are_draft_comments_only(template: str, example: str, notes: int) -> None:
    case = examples.load(example)
    assert _comments(sw.render(template, case)) == notes
    final = sw.render(template, case, final=True)
    assert _comments(final) == 0
    assert "nie zweryfikowano" not in document_text(final).lower()


def test_unapproved_program_gets_a_note(program: HomelessnessProgram) -> None:
    assert _comments(sw.render("ipwzb", attrs.evolve(program, approval=None))) == 2


def test_debtor_without_deadline_gets_a_line_and_a_note(alimony: AlimonyInterview) -> None:
    case = attrs.evolve(alimony, pup_registration_due=None)
    assert _comments(sw.render("wywiad-alimentacyjny", case)) == 3
    assert "w terminie do ………" in _text("wywiad-alimentacyjny", case)
