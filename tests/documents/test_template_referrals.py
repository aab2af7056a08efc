"""The referral templates say what the law needs them to say: ``skierowanie-dps`` (art. 54
u.p.s. conditions and consent, § 8 checklist of the DPS regulation), ``wniosek-sad-wglad``
(art. 126 KPC structure), ``wniosek-gkrpa`` (art. 24 conditions of the sobriety act) and
``skierowanie-schronisko`` (art. 48a ust. 2 u.p.s.: the kontrakt socjalny or a warning)."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from typing import Any

import attrs
import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import socialwork.documents as documents
from socialwork.documents.catalog import EXAMPLES_DIR
from socialwork.documents.polish import date_pl
from socialwork.documents.text import check_xml, document_text
from socialwork.model.common import Attachment
from socialwork.model.enums import GkrpaGround, ShelterKind
from socialwork.model.people import Person
from socialwork.model.referral import Consent, Referral
from socialwork.serialization import from_json
from templates_src import skierowanie_dps as dps_src

NBSP = "\u00a0"
CHECKED, UNCHECKED = "☒", "☐"


def example(name: str) -> Referral:
    case = from_json((EXAMPLES_DIR / f"{name}.json").read_text(encoding="utf-8"))
    assert isinstance(case, Referral)
    return case


def render(name: str, case: Referral) -> bytes:
    document = documents.render(name, case)
    check_xml(document)
    return document


def text(name: str, case: Referral) -> str:
    return document_text(render(name, case), headers=False).replace(NBSP, " ")


def rows(document: bytes) -> list[list[str]]:
    """Every table row of the body as a list of cell texts."""
    found: list[list[str]] = []
    for table in Document(io.BytesIO(document)).tables:
        for row in table.rows:
            found.append([cell.text.replace(NBSP, " ") for cell in row.cells])
    return found


def row_for(document: bytes, start: str) -> list[str]:
    """The row whose second cell starts with ``start`` (checklists: box, text, status)."""
    matches = [row for row in rows(document) if len(row) > 1 and row[1].startswith(start)]
    assert len(matches) == 1, f"expected one row starting {start!r}, found {matches}"
    return matches[0]


def evolve(case: Referral, block: str, **changes: Any) -> Referral:
    return attrs.evolve(case, **{block: attrs.evolve(getattr(case, block), **changes)})


# ---------------------------------------------------------------- skierowanie-dps

DPS = "skierowanie-dps"
PARAGRAPH_8_STARTS = (
    "wniosek osoby ubiegającej się o skierowanie",
    "rodzinny wywiad środowiskowy",
    "decyzja o przyznaniu zasiłku stałego",
    "decyzja organu emerytalnego lub rentowego",
    "oświadczenie o wysokości dochodu",
    "zaświadczenie, o którym mowa w art. 22 ustawy o kombatantach",
    "pisemna zgoda osoby ubiegającej się lub jej przedstawiciela ustawowego",
)


def test_dps_consent_line_names_who_and_when() -> None:
    case = attrs.evolve(
        example(DPS),
        consent=Consent(given_by="Barbara Zawadzka", given_on=dt.date(2026, 11, 3),
                        by_representative=True, written=True),
    )
    body = text(DPS, case)
    assert "Zgoda osoby (art. 54 ust. 2 u.p.s.)" in body
    assert (
        "Zgodę na skierowanie do domu pomocy społecznej wyraził(a) Barbara Zawadzka jako "
        "przedstawiciel ustawowy, na piśmie, w dniu 3 listopada 2026 r." in body
    )
    assert "Brak zgody" not in body


def test_dps_without_consent_tells_the_worker_not_the_addressee() -> None:
    from socialwork.documents.text import xml_parts

    document = render(DPS, attrs.evolve(example(DPS), consent=None))
    body = document_text(document, headers=False)
    assert "Brak zgody" not in body  # the letter goes out; the warning is the worker's
    comments = xml_parts(document)["word/comments.xml"].decode("utf-8")
    assert "Brak zgody osoby lub jej przedstawiciela ustawowego" in comments
    assert "art. 54 ust. 4 u.p.s." in comments
    assert row_for(document, "pisemna zgoda osoby")[0] == UNCHECKED


def test_dps_lists_every_verified_paragraph_8_item() -> None:
    document = render(DPS, example(DPS))
    body = document_text(document, headers=False)
    assert "§ 8 rozporządzenia w sprawie domów pomocy społecznej" in body
    assert "Dz. U. z 2025 r. poz. 51" in body
    # an honest cover letter: it refers to the two decisions of art. 59 ust. 1 u.p.s.
    assert "PISMO PRZEWODNIE" in body
    assert "decyzją o skierowaniu do domu pomocy społecznej" in body
    assert "decyzją ustalającą opłatę" in body
    for start in PARAGRAPH_8_STARTS:
        box, _, status = row_for(document, start)
        assert box in (CHECKED, UNCHECKED)
        assert status in ("dołączono", "nie dołączono", "jeżeli dotyczy")
    # no list for the worker's eyes ("documents of practice") in the letter
    assert "w praktyce" not in body


def test_dps_checklist_follows_attachments_and_consent() -> None:
    case = attrs.evolve(
        example(DPS),
        consent=Consent(given_by="Helena Zawadzka", given_on=dt.date(2026, 11, 4)),
        attachments=(
            Attachment(title="Rodzinny wywiad środowiskowy z 4.11.2026 r."),
            Attachment(title="Oświadczenie o dochodach córki", provided=False),
        ),
    )
    document = render(DPS, case)
    assert row_for(document, "rodzinny wywiad")[::2] == [CHECKED, "dołączono"]
    assert row_for(document, "oświadczenie o wysokości dochodu")[::2] == [
        UNCHECKED, "nie dołączono"]
    assert row_for(document, "wniosek osoby")[::2] == [UNCHECKED, "nie dołączono"]
    assert row_for(document, "decyzja o przyznaniu zasiłku stałego")[::2] == [
        UNCHECKED, "jeżeli dotyczy"]
    assert row_for(document, "pisemna zgoda osoby")[::2] == [CHECKED, "dołączono"]
    # an oral consent is not the written consent § 8 asks for
    assert case.consent is not None
    oral = attrs.evolve(case, consent=attrs.evolve(case.consent, written=False))
    assert row_for(render(DPS, oral), "pisemna zgoda osoby")[0] == UNCHECKED


ITEM_TITLES = {
    "wniosek osoby ubiegającej się o skierowanie": "Wniosek osoby z dnia 1.11.2026 r.",
    "rodzinny wywiad środowiskowy": "Rodzinny wywiad środowiskowy",
    "decyzja o przyznaniu zasiłku stałego": "Decyzja o przyznaniu zasiłku stałego",
    "decyzja organu emerytalnego lub rentowego": "Decyzja ZUS (emerytura)",
    "oświadczenie o wysokości dochodu": "Oświadczenie o wysokości dochodu",
    "zaświadczenie, o którym mowa w art. 22 ustawy o kombatantach":
        "Zaświadczenie z Urzędu do Spraw Kombatantów",
}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(sorted(ITEM_TITLES)), st.booleans()))
def test_dps_checklist_property(chosen: dict[str, bool]) -> None:
    case = attrs.evolve(
        example(DPS),
        attachments=tuple(
            Attachment(title=ITEM_TITLES[item], provided=provided)
            for item, provided in chosen.items()
        ),
    )
    document = render(DPS, case)
    for item in ITEM_TITLES:
        box, _, status = row_for(document, item)
        if chosen.get(item):
            assert (box, status) == (CHECKED, "dołączono"), item
        else:
            assert box == UNCHECKED, item
            if item in chosen:
                assert status in ("nie dołączono", "jeżeli dotyczy"), item
            else:
                assert status in ("nie dołączono", "jeżeli dotyczy"), item
    body = document_text(document, headers=False)
    for title in (ITEM_TITLES[item] for item in chosen):
        assert title in body  # every enclosure is listed by its own title too


def test_dps_conditions_of_article_54_are_checked() -> None:
    case = example(DPS)
    document = render(DPS, case)
    assert row_for(document, "osoba wymaga całodobowej opieki")[0] == CHECKED
    assert row_for(document, "niezbędnej pomocy nie można zapewnić")[0] == CHECKED
    assert "nie wykazano wszystkich przesłanek" not in document_text(document)
    lacking = evolve(case, "dps", care_services_insufficient=False)
    document = render(DPS, lacking)
    assert row_for(document, "niezbędnej pomocy nie można zapewnić")[0] == UNCHECKED
    assert "nie wykazano" not in document_text(document).lower()  # a comment, not letter text
    from socialwork.documents.text import xml_parts

    comments = xml_parts(document)["word/comments.xml"].decode("utf-8")
    assert "Nie wykazano wszystkich przesłanek art. 54 ust. 1 u.p.s." in comments


def test_dps_type_nearest_home_and_fee_cap() -> None:
    case = evolve(example(DPS), "dps", preferred_home=None, monthly_income=Decimal("1000.00"))
    body = text(DPS, case)
    assert "dom pomocy społecznej dla osób w podeszłym wieku" in body
    assert "możliwie najbliżej miejsca zamieszkania osoby (art. 54 ust. 2 u.p.s.)" in body
    assert "1 000,00 zł" in body and "do 700,00 zł (art. 61 u.p.s.)" in body
    no_income = text(DPS, evolve(case, "dps", monthly_income=None))
    assert "Miesięczny dochód" not in no_income


def test_dps_unverified_article_56_points_are_not_printed() -> None:
    assert "art. 56" not in text(DPS, example(DPS))
    assert "UNVERIFIED" in (dps_src.__doc__ or "")


# ---------------------------------------------------------------- wniosek-sad-wglad

COURT = "wniosek-sad-wglad"


def test_court_request_has_the_article_126_structure_in_order() -> None:
    case = example(COURT)
    assert case.court is not None
    body = text(COURT, case)
    court = case.court.court
    order = [
        court.name,
        court.department,
        court.address.line1,
        "Wnioskodawca:",
        case.center.name,
        "Uczestnicy postępowania:",
        "Dotyczy małoletnich:",
        "WNIOSEK",
        "o wgląd w sytuację rodziny",
        "art. 572 Kodeksu postępowania cywilnego",
        "art. 109 Kodeksu rodzinnego i opiekuńczego",
        case.court.request,
        "Uzasadnienie",
        case.justification,
        "Załączniki (dowody):",
    ]
    position = body.index("Znak sprawy")  # after the letterhead
    for part in order:
        found = body.find(part, position)
        assert found >= 0, f"{part!r} missing or out of the art. 126 KPC order"
        position = found + len(part)
    for parent in case.court.parents:
        assert parent.full_name in body
    for attachment in case.attachments:
        assert attachment.title in body
    signer = case.signatory or case.center.head
    assert signer.name in body and "(podpis i pieczęć kierownika ośrodka" in body


def test_court_minors_are_listed_with_minimal_data() -> None:
    case = example(COURT)
    assert case.court is not None
    document = render(COURT, case)
    table = [row for row in rows(document) if row and row[0] in ("Lp.", "1", "2")]
    assert table[0] == ["Lp.", "Imię i nazwisko", "Data urodzenia", "PESEL"]
    for index, minor in enumerate(case.court.minors, start=1):
        assert table[index][1] == minor.full_name
        assert table[index][2] == date_pl(minor.birth_date).replace(NBSP, " ")
        assert table[index][3] == (minor.pesel or "brak")
    assert len(table) == len(case.court.minors) + 1


def test_court_parent_addresses_and_no_parents() -> None:
    case = example(COURT)
    assert case.court is not None and case.client.address is not None
    body = text(COURT, case)
    mother = next(p for p in case.court.parents if p.id == case.client.person.id)
    assert f"{mother.full_name} (matka małoletnich)" in body
    assert f"zam. {case.client.address}" in body
    # a parent who is not the client: a dotted line to fill in by hand
    assert "(ojciec małoletnich)" in body and "adres zamieszkania nieznany wnioskodawcy" in body
    alone = text(COURT, evolve(case, "court", parents=()))
    assert "Uczestnicy postępowania" not in alone
    assert "WNIOSEK" in alone


def test_court_without_attachments_asks_no_documentary_evidence() -> None:
    body = text(COURT, attrs.evolve(example(COURT), attachments=()))
    assert "Załączniki" not in body
    assert "o przeprowadzenie dowodów" not in body


# ---------------------------------------------------------------- wniosek-gkrpa

GKRPA = "wniosek-gkrpa"


@settings(max_examples=16, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sets(st.sampled_from(list(GkrpaGround))))
def test_gkrpa_lists_every_article_24_condition(grounds: set[GkrpaGround]) -> None:
    chosen = tuple(ground for ground in GkrpaGround if ground in grounds)
    document = render(GKRPA, evolve(example(GKRPA), "gkrpa", grounds=chosen))
    body = document_text(document, headers=False)
    assert "II. Przesłanki z art. 24 ustawy" in body
    assert "art. 24 i 25 ustawy z dnia 26 października 1982 r. o wychowaniu w trzeźwości" in body
    for ground in GkrpaGround:
        box = row_for(document, ground.label)[0]
        assert box == (CHECKED if ground in grounds else UNCHECKED), ground
    assert ("nie wskazano żadnej przesłanki" in body) == (not grounds)


def test_gkrpa_prints_the_facts_and_minimal_personal_data() -> None:
    case = example(GKRPA)
    assert case.gkrpa is not None
    body = text(GKRPA, case)
    assert case.gkrpa.behaviour in body
    assert case.gkrpa.person.full_name in body
    if case.gkrpa.earlier_interventions:
        assert case.gkrpa.earlier_interventions in body
    for witness in case.gkrpa.witnesses:
        assert witness in body
    # the client's (family member's) identifiers are not needed by the komisja
    assert case.client.person.pesel and case.client.person.pesel not in body
    assert "dane szczególnie chronione" in body


def test_gkrpa_unknown_pesel_row_vanishes() -> None:
    case = example(GKRPA)
    assert case.gkrpa is not None
    person = case.gkrpa.person
    no_pesel = Person(
        id=person.id, first_name=person.first_name, last_name=person.last_name,
        birth_date=person.birth_date, sex=person.sex, pesel=None,
        identity_document=None if person.pesel is None else _document(),
    )
    document = render(GKRPA, evolve(case, "gkrpa", person=no_pesel, address=None))
    labels = [row[0] for row in rows(document)]
    assert "PESEL" not in labels and "Adres zamieszkania" not in labels
    assert "Dokument tożsamości" in labels


def _document() -> Any:
    from socialwork.model.enums import IdentityDocumentKind
    from socialwork.model.people import IdentityDocument

    return IdentityDocument(kind=next(iter(IdentityDocumentKind)), number="ABC123456")


# ---------------------------------------------------------------- skierowanie-schronisko

SHELTER = "skierowanie-schronisko"
TITLES = {
    ShelterKind.SHELTER: "do schroniska dla osób bezdomnych",
    ShelterKind.SHELTER_WITH_CARE: "do schroniska dla osób bezdomnych z usługami opiekuńczymi",
    ShelterKind.NIGHT_SHELTER: "do noclegowni",
    ShelterKind.WARMING_CENTRE: "do ogrzewalni",
}
WARNING = "UWAGA: brak podpisanego kontraktu socjalnego"


def test_shelter_with_contract_prints_its_number() -> None:
    case = example(SHELTER)
    assert case.shelter is not None and case.shelter.contract_number
    document = render(SHELTER, case)
    assert ["Kontrakt socjalny", f"nr {case.shelter.contract_number} (podpisany)"] in rows(
        document)
    body = document_text(document, headers=False)
    assert WARNING not in body
    assert "Na podstawie art. 48a ust. 2 u.p.s." in body


@pytest.mark.parametrize("place", list(ShelterKind), ids=lambda place: place.value)
def test_shelter_without_contract(place: ShelterKind) -> None:
    case = evolve(example(SHELTER), "shelter", place=place, contract_number=None,
                  decision_number=None, decision_on=None)
    document = render(SHELTER, case)
    body = document_text(document, headers=False)
    assert TITLES[place] in body
    labels = [row[0] for row in rows(document)]
    if place in (ShelterKind.SHELTER, ShelterKind.SHELTER_WITH_CARE):
        assert WARNING in body
        assert f"({place.legal_basis})" in body
        assert ["Kontrakt socjalny", "brak podpisanego kontraktu socjalnego"] in rows(document)
        assert "pobytu w schronisku udziela się decyzją administracyjną" in body
    else:  # noclegownia, ogrzewalnia: no decision, no kontrakt needed
        assert WARNING not in body
        assert "Kontrakt socjalny" not in labels and "Decyzja" not in labels


def test_shelter_period_fee_and_decision() -> None:
    case = example(SHELTER)
    document = render(SHELTER, case)
    body = document_text(document, headers=False).replace(NBSP, " ")
    assert "od 20 listopada 2026 r. do 31 marca 2027 r." in body
    assert "180,00 zł miesięcznie" in body
    assert "nr MOPS.DOB.8241.33.2026 z dnia 18 listopada 2026 r." in body
    open_ended = text(SHELTER, evolve(case, "shelter", stay_to=None, fee=None))
    assert "Okres pobytu" in open_ended and "od 20 listopada 2026 r." in open_ended
    assert " do 31 marca" not in open_ended and "Odpłatność" not in open_ended
    assert "Potwierdzenie przyjęcia (wypełnia placówka)" in open_ended


# ---------------------------------------------------------------- all four

@pytest.mark.parametrize("name", [DPS, COURT, GKRPA, SHELTER])
def test_letter_frame(name: str) -> None:
    case = example(name)
    document = render(name, case)
    full = document_text(document)
    assert "PROJEKT — do sprawdzenia przez pracownika socjalnego" in full
    assert "Strona" in full
    body = document_text(document, headers=False)
    assert case.center.name in body
    assert f"Znak sprawy: {case.reference_number}" in body
    assert case.worker.full_name in body and "(podpis pracownika socjalnego)" in body
    assert "None" not in body.split() and "{{" not in body
    for line in body.splitlines():  # no stray empty labels left by optional sections
        assert line.strip() not in (":", "—")
