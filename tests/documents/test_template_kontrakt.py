"""``kontrakt-socjalny``: the content that matters legally (Dz.U. 2010 nr 218 poz. 1439;
art. 11 ust. 2 and art. 108 u.p.s.), for typ A and typ B and for contracts at every stage."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import socialwork.documents as documents
from socialwork.documents.catalog import EXAMPLES_DIR
from socialwork.documents.text import check_xml, document_text
from socialwork.model.contract import (
    Amendment,
    ContractAction,
    Goal,
    GoalEvaluation,
    LabourMarketSection,
    SocialContract,
    Termination,
)
from socialwork.model.enums import (
    ActionOwner,
    ContractKind,
    ContractStatus,
    GoalResult,
    IdentityDocumentKind,
    Sex,
)
from socialwork.model.people import IdentityDocument, Person
from socialwork.serialization import from_json

NAME = "kontrakt-socjalny"
NOTICE = (
    "odmowa zawarcia kontraktu socjalnego oraz niedotrzymywanie jego postanowień mogą "
    "stanowić podstawę do odmowy przyznania świadczenia, uchylenia decyzji o przyznaniu "
    "świadczenia lub wstrzymania świadczeń pieniężnych (art. 11 ust. 2 ustawy z dnia "
    "12 marca 2004 r. o pomocy społecznej)"
)
ADULT_CAPTION = "(data i podpis pełnoletniego członka rodziny objętego kontraktem)"


def _load(name: str) -> SocialContract:
    case = from_json((EXAMPLES_DIR / name).read_text(encoding="utf-8"))
    assert isinstance(case, SocialContract)
    return case


@pytest.fixture(scope="module")
def typ_a() -> SocialContract:
    return _load("kontrakt-socjalny.json")


@pytest.fixture(scope="module")
def typ_b() -> SocialContract:
    return _load("kontrakt-socjalny-typ-b.json")


def text(contract: SocialContract) -> str:
    document = documents.render(NAME, contract)
    check_xml(document)
    result = document_text(document)
    assert "{{" not in result and "{%" not in result
    assert "None" not in result.split()
    # Line breaks and tabs as one space; non-breaking spaces (dates, amounts) as spaces
    # (they are checked in test_polish_typography).
    return re.sub(r"[ \t\n\u00a0]+", " ", result)


def test_header_title_and_regulation(typ_a: SocialContract) -> None:
    t = text(typ_a)
    assert "KONTRAKT SOCJALNY" in t
    assert "Data zawarcia kontraktu socjalnego: 5 października 2026 r." in t
    assert "określający sposób współdziałania między:" in t
    assert "z dnia 8 listopada 2010 r. w sprawie wzoru kontraktu socjalnego" in t
    assert "(Dz. U. Nr 218, poz. 1439)" in t
    assert "(pieczęć ośrodka pomocy społecznej)" in t
    assert f"Nr kontraktu: {typ_a.number}" in t


def test_variant_is_ticked(typ_a: SocialContract, typ_b: SocialContract) -> None:
    a, b = text(typ_a), text(typ_b)
    assert "☒ 1) osobą/rodziną a pracownikiem socjalnym" in a
    assert "☐ 2) osobą a pracownikiem socjalnym" in a
    assert "☐ 1) osobą/rodziną" in b
    assert "☒ 2) osobą a pracownikiem socjalnym" in b
    assert "CZĘŚĆ I A — USTALENIA" in a and "CZĘŚĆ II A — OCENA REALIZACJI" in a
    assert "CZĘŚĆ I B — USTALENIA" in b and "CZĘŚĆ II B — OCENA REALIZACJI" in b


def test_art_11_notice_in_both_variants(typ_a: SocialContract, typ_b: SocialContract) -> None:
    assert NOTICE in text(typ_a)
    assert NOTICE in text(typ_b)


def test_labour_market_items_only_for_typ_b(typ_a: SocialContract, typ_b: SocialContract) -> None:
    a, b = text(typ_a), text(typ_b)
    for phrase in (
        "Sytuacja osoby na rynku pracy",
        "Skierowanie z powiatowego urzędu pracy",
        "Przyczyny pozostawania bez pracy",
        "Podejmowane wcześniej działania aktywizujące",
        "nieuzasadniona odmowa podjęcia zatrudnienia",
    ):
        assert phrase in b
        assert phrase not in a
    assert typ_b.labour_market is not None
    assert typ_b.labour_market.unemployment_causes in b
    # typ B without the section yet: the items are printed to be completed by hand
    bare = text(attrs.evolve(typ_b, labour_market=None))
    assert "Skierowanie z powiatowego urzędu pracy nr …" in bare
    assert "Przyczyny pozostawania bez pracy" in bare


def test_parties_assessment_goals_actions(typ_a: SocialContract) -> None:
    t = text(typ_a)
    person = typ_a.client.person
    assert person.full_name in t
    assert typ_a.worker.full_name in t
    assert typ_a.center.name in t
    for value in (typ_a.assessment.causes, typ_a.assessment.resources,
                  typ_a.assessment.limitations, typ_a.main_goal):
        assert " ".join(value.split()) in t
    for title in ("Przyczyny trudnej sytuacji życiowej", "Zasoby, mocne strony",
                  "Ograniczenia i bariery", "Cel główny:", "Cele szczegółowe:",
                  "Kto realizuje", "Termin realizacji", "Zobowiązania stron",
                  "Okres obowiązywania kontraktu"):
        assert title in t
    for goal in typ_a.goals:
        assert goal.description.rstrip(".") in t
    for action in typ_a.actions:
        assert action.description.rstrip(".") in t
        assert action.owner.label in t
        assert action.due.strftime("%d.%m.%Y") in t
    for obligation in (*typ_a.client_obligations, *typ_a.worker_obligations):
        assert obligation in t
    assert "obowiązuje od 5 października 2026 r. do 31 marca 2027 r." in t
    assert "r.." not in t


def test_institution_actions_name_the_institution(typ_a: SocialContract) -> None:
    action = ContractAction(
        description="Szkolenie", owner=ActionOwner.INSTITUTION,
        owner_name="Centrum Integracji Społecznej w Radomierzu", due=dt.date(2027, 1, 15),
    )
    t = text(attrs.evolve(typ_a, actions=(action,)))
    assert "inna instytucja: Centrum Integracji Społecznej w Radomierzu" in t


def test_signatures_of_client_worker_and_each_adult_member(typ_b: SocialContract) -> None:
    concluded = typ_b.concluded_on
    adult = Person(id="dorosly", first_name="Piotr", last_name="Wójcik",
                   birth_date=dt.date(concluded.year - 18, concluded.month, concluded.day),
                   sex=Sex.MALE, pesel=None,
                   identity_document=IdentityDocument(kind=IdentityDocumentKind.PASSPORT,
                                                      number="XA1234567"))
    minor = Person(id="maloletni", first_name="Ola", last_name="Wójcik",
                   birth_date=concluded - dt.timedelta(days=18 * 365), sex=Sex.FEMALE,
                   pesel=None,
                   identity_document=IdentityDocument(kind=IdentityDocumentKind.OTHER,
                                                      number="legitymacja 12"))
    contract = attrs.evolve(typ_b, covered_members=(*typ_b.covered_members, adult, minor))
    t = text(contract)
    assert "(data i podpis osoby zawierającej kontrakt)" in t
    assert "(data i podpis pracownika socjalnego)" in t
    # one adult line per adult in część I and in część II; the minor (17) does not sign
    adults = 1 + len(typ_b.covered_members)
    assert t.count(ADULT_CAPTION) == 2 * adults
    assert f"Piotr Wójcik {ADULT_CAPTION}" in t
    assert f"Ola Wójcik {ADULT_CAPTION}" not in t
    assert "Ola Wójcik" in t  # listed as a member covered
    assert "paszport nr XA1234567" in t


def test_client_alone_has_no_member_lines(typ_a: SocialContract) -> None:
    t = text(attrs.evolve(typ_a, covered_members=()))
    assert ADULT_CAPTION not in t
    assert "Członkowie rodziny objęci kontraktem" not in t
    assert "została pouczona" in t


def test_part_two_evaluation_amendments_termination(typ_b: SocialContract) -> None:
    goal = typ_b.goals[0]
    contract = attrs.evolve(
        typ_b,
        amendments=(Amendment(made_on=typ_b.concluded_on, change="Nowy termin szkolenia."),),
        evaluation=(GoalEvaluation(goal_id=goal.id, result=GoalResult.PARTLY,
                                   evaluated_on=typ_b.valid_from, reasons="Kurs przerwany."),),
    )
    t = text(contract)
    assert "☐ zrealizowano ☒ częściowo ☐ nie zrealizowano" in t
    assert "Kurs przerwany." in t
    assert "Nowy termin szkolenia." in t and "uzgodniono przez obie strony" in t
    assert typ_b.termination is not None
    assert typ_b.termination.reason in t
    assert "Data rozwiązania" in t and "rozwiązany" in t


def test_running_contract_leaves_part_two_to_fill_in(typ_a: SocialContract) -> None:
    running = attrs.evolve(typ_a, evaluation=(), amendments=(), evaluation_summary=None,
                           status=ContractStatus.IN_PROGRESS)
    t = text(running)
    assert t.count("☐ zrealizowano ☐ częściowo ☐ nie zrealizowano") == len(typ_a.goals)
    assert "Data rozwiązania: …" in t
    assert "Ocena ogólna realizacji kontraktu: …" in t
    assert "Nie wprowadzono zmian" not in t


def test_completed_contract_says_so(typ_a: SocialContract) -> None:
    done = attrs.evolve(typ_a, status=ContractStatus.COMPLETED, amendments=())
    t = text(done)
    assert "Nie wprowadzono zmian w kontrakcie." in t
    assert "kontrakt zrealizowano w okresie obowiązywania (do 31 marca 2027 r.)" in t
    assert "Data rozwiązania: …" not in t


def test_broken_contract(typ_a: SocialContract) -> None:
    broken = attrs.evolve(typ_a, status=ContractStatus.BROKEN,
                          termination=Termination(on=dt.date(2026, 12, 1),
                                                  reason="Brak współpracy."))
    t = text(broken)
    assert "zerwany (niedotrzymanie warunków)" in t and "Brak współpracy." in t
    assert "1 grudnia 2026 r." in t


def test_empty_lists_print_lines_to_fill_in(typ_a: SocialContract) -> None:
    bare = attrs.evolve(typ_a, goals=(), actions=(), client_obligations=(),
                        worker_obligations=(), evaluation=(), amendments=(),
                        status=ContractStatus.DRAFT, client_signed_on=None,
                        worker_signed_on=None)
    t = text(bare)
    assert "Cele szczegółowe:" not in t
    assert "…" * 30 in t
    assert "Nie określono celów szczegółowych" in t
    assert re.search(r"Zobowiązania osoby/rodziny: …", t)
    assert re.search(r"Zobowiązania pracownika socjalnego \(ośrodka pomocy społecznej\): …", t)
    assert "zobowiązuje się do" not in t  # would need the genitive of the typed items


def test_homeless_client_has_place_of_stay(typ_a: SocialContract) -> None:
    t = text(typ_a)
    assert typ_a.client.address is None and typ_a.client.stay_description is not None
    assert "Miejsce pobytu" in t and "Adres zamieszkania" not in t


@settings(max_examples=15, deadline=None)
@given(
    kind=st.sampled_from(list(ContractKind)),
    goals=st.integers(min_value=0, max_value=4),
    birth=st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2026, 1, 1)),
)
def test_any_shape_renders(kind: ContractKind, goals: int, birth: dt.date) -> None:
    base = _load("kontrakt-socjalny.json")
    member = Person(id="czlonek", first_name="Jan", last_name="Nowak", birth_date=birth,
                    sex=Sex.MALE, identity_document=IdentityDocument(
                        kind=IdentityDocumentKind.ID_CARD, number="ABC123456"))
    contract = attrs.evolve(
        base,
        kind=kind,
        labour_market=LabourMarketSection(unemployment_causes="Brak ofert.")
        if kind is ContractKind.B else None,
        goals=tuple(Goal(id=f"g{i}", description=f"Cel nr {i}.") for i in range(goals)),
        actions=(),
        evaluation=(),
        covered_members=(member,),
    )
    t = text(contract)
    adult = member.age_on(contract.concluded_on) >= 18
    assert (f"Jan Nowak {ADULT_CAPTION}" in t) is adult
    assert ("Sytuacja osoby na rynku pracy" in t) is (kind is ContractKind.B)
    assert NOTICE.replace("odmowa", "") in t


def test_gallery_preview_exists() -> None:
    assert (Path(__file__).parents[2] / "docs" / "gallery" / f"{NAME}.png").is_file()


def test_goal_and_action_text_ending_in_a_full_stop_is_not_followed_by_brackets(
    typ_a: SocialContract,
) -> None:
    goals = tuple(attrs.evolve(g, description=g.description.rstrip(".") + ".")
                  for g in typ_a.goals)
    actions = tuple(attrs.evolve(a, description=a.description.rstrip(".") + ".",
                                 notes="uwaga końcowa")
                    for a in typ_a.actions)
    t = text(attrs.evolve(typ_a, goals=goals, actions=actions))
    assert ". (" not in t.replace("r. (data i podpis", "r. | (data i podpis")  # signature
    first = goals[0]
    assert first.due is not None
    assert f"{first.description[:-1]} (termin: " in t
    assert "). Uwagi: uwaga końcowa" in t
