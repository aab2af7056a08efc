"""The ``decyzja`` template: every element of art. 107 § 1 k.p.a. is on the page, in order;
grants and refusals read right; amounts are in figures and in words."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import socialwork.documents as documents
from socialwork import examples
from socialwork.documents import polish as _polish
from socialwork.documents.text import check_xml, document_text
from socialwork.model.benefits import BenefitKind
from socialwork.model.decision import Decision, Payment
from socialwork.model.enums import CenterKind, DecisionOutcome, IdentityDocumentKind, Sex
from socialwork.model.people import (
    Address,
    Client,
    IdentityDocument,
    LegalRepresentative,
    Person,
)
from socialwork.model.staff import Center, Signatory
from templates_src import decyzja as source

NBSP = " "
KPA = (
    "art. 104 ustawy z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego "
    "(dalej: k.p.a.)"
)  # document_text reads the documents' no-break spaces as plain spaces


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ")


def amount_in_words(value: object) -> str:
    return _plain(_polish.amount_in_words(value))


def date_pl(value: object) -> str:
    return _plain(_polish.date_pl(value))


def money(value: object) -> str:
    return _plain(_polish.money(value))


def money_full(value: object) -> str:
    return _plain(_polish.money_full(value))

SIGNATORY = Signatory(
    name="Anna Nowak",
    position="Kierownik Gminnego Ośrodka Pomocy Społecznej w Zielonce",
    on_authority_of="z upoważnienia Wójta Gminy Zielonka",
)


def _decision(**changes: object) -> Decision:
    center = Center(
        id="gops-zielonka",
        name="Gminny Ośrodek Pomocy Społecznej w Zielonce",
        kind=CenterKind.GOPS,
        address=Address(city="Zielonka", postal_code="05-220", street="Lipowa", building="5"),
        head=SIGNATORY,
        organ="Wójt Gminy Zielonka",
    )
    party = Client(
        id="c1",
        person=Person(
            id="p1",
            first_name="Jan",
            last_name="Kowalski",
            birth_date=dt.date(1944, 5, 14),
            sex=Sex.MALE,
            pesel="44051401359",
        ),
        address=Address(
            city="Zielonka", postal_code="05-220", street="Leśna", building="5", flat="3"
        ),
    )
    base = Decision(
        id="d1",
        case_reference="GOPS.8240.112.2026",
        organ="Wójt Gminy Zielonka",
        center=center,
        issued_on=dt.date(2026, 11, 22),
        place="Zielonka",
        party=party,
        outcome=DecisionOutcome.GRANT,
        benefit=BenefitKind.PERIODIC_ALLOWANCE,
        legal_basis=("art. 38 ust. 1 u.p.s.", "art. 106 ust. 1 u.p.s."),
        factual_justification="Dochód strony jest niższy od kryterium dochodowego.",
        legal_justification="Zgodnie z art. 38 ust. 1 u.p.s. zasiłek okresowy przysługuje …",
        signatory=SIGNATORY,
        number="112/2026",
        authorisation="upoważnienie nr 12/2024",
        application_on=dt.date(2026, 11, 3),
        interview_on=dt.date(2026, 11, 10),
        amount=Decimal("1010.00"),
        period_from=dt.date(2026, 12, 1),
        period_to=dt.date(2027, 2, 28),
        payments=(
            Payment(dt.date(2026, 12, 10), Decimal("1010.00")),
            Payment(dt.date(2027, 1, 11), Decimal("1010.00")),
        ),
        payment_method="przelewem na rachunek bankowy wskazany we wniosku",
    )
    return attrs.evolve(base, **changes)  # type: ignore[arg-type]


def _refusal(**changes: object) -> Decision:
    values: dict[str, object] = {
        "outcome": DecisionOutcome.REFUSAL,
        "amount": None,
        "payments": (),
        "payment_method": None,
        "factual_justification": "Dochód strony przekracza kryterium dochodowe.",
        "legal_justification": "Warunek z art. 38 ust. 1 u.p.s. nie został spełniony.",
    }
    values.update(changes)
    return _decision(**values)


def _text(decision: Decision) -> str:
    document = documents.render("decyzja", decision)
    check_xml(document)
    return document_text(document)


def _in_order(text: str, *parts: str) -> None:
    position = 0
    for part in parts:
        found = text.find(part, position)
        assert found >= 0, f"{part!r} missing (or out of order)"
        position = found + len(part)


def test_every_element_of_art_107_par_1_kpa_in_order() -> None:
    decision = _decision()
    text = _text(decision)
    _in_order(
        text,
        "Wójt Gminy Zielonka",  # 1. organ
        "Gminny Ośrodek Pomocy Społecznej w Zielonce",
        "Znak sprawy: GOPS.8240.112.2026",
        f"Zielonka, 22 listopada 2026{NBSP}r.",  # 2. place and date of issue (right column)
        "DECYZJA nr 112/2026",
        "Na podstawie " + KPA,  # 4. legal basis
        "art. 38 ust. 1 u.p.s.",
        "art. 106 ust. 1 u.p.s.",
        f"po rozpatrzeniu wniosku z dnia 3 listopada 2026{NBSP}r.",
        "rodzinnego wywiadu środowiskowego w dniu 10 listopada",
        "z upoważnienia Wójta Gminy Zielonka (upoważnienie nr 12/2024)",
        "Strona: Jan Kowalski",  # 3. party
        "PESEL: 44051401359",
        "zam. ul. Leśna 5 m. 3, 05-220 Zielonka",
        "orzekam:",  # 5. ruling
        "Przyznać stronie pomoc w formie zasiłku okresowego w kwocie "
        f"{money_full(Decimal('1010'))} miesięcznie",
        f"na okres od 1 grudnia 2026{NBSP}r. do 28 lutego 2027{NBSP}r.",
        f"10 grudnia 2026{NBSP}r.",
        f"11 stycznia 2027{NBSP}r.",
        money(Decimal("2020")),  # payments total
        "Sposób wypłaty: przelewem na rachunek bankowy wskazany we wniosku.",
        "UZASADNIENIE",  # 6. justification
        "Uzasadnienie faktyczne",
        "Dochód strony jest niższy od kryterium dochodowego.",
        "Uzasadnienie prawne",
        "Zgodnie z art. 38 ust. 1 u.p.s. zasiłek okresowy przysługuje …",
        "POUCZENIE",  # 7. pouczenie
        "odwołanie do Samorządowego Kolegium Odwoławczego",
        "za pośrednictwem organu, który wydał decyzję",
        "w terminie 14 dni od dnia doręczenia decyzji",
        "art. 127 § 1 oraz art. 129 § 1 i 2 k.p.a.",
        "Strona ma prawo do zrzeczenia się odwołania",
        "Przed upływem terminu do wniesienia odwołania strona może zrzec się prawa do "
        "wniesienia odwołania wobec organu administracji publicznej, który wydał decyzję",
        "(art. 127a § 1 k.p.a.)",
        "przez ostatnią ze stron postępowania decyzja staje się ostateczna i prawomocna",
        "(art. 127a § 2 k.p.a.)",
        "art. 109 u.p.s.",
        "z upoważnienia Wójta Gminy Zielonka",  # 8. signature
        "Anna Nowak",
        "Kierownik Gminnego Ośrodka Pomocy Społecznej w Zielonce",
        "Otrzymują:",
        "1. Jan Kowalski, ul. Leśna 5 m. 3, 05-220 Zielonka",
        "2. a/a",
    )
    assert "None" not in text
    assert "{{" not in text and "{%" not in text
    assert "r.." not in text


def test_the_shipped_examples_render_their_own_facts() -> None:
    for name in ("decyzja", "decyzja-odmowa"):
        decision = examples.load(name)
        assert isinstance(decision, Decision)
        text = _text(decision)
        for part in (
            decision.organ,
            decision.case_reference,
            decision.party.person.full_name,
            decision.factual_justification,
            decision.legal_justification,
            decision.signatory.name,
            decision.signatory.position,
            date_pl(decision.issued_on),
            *decision.legal_basis,
            *decision.recipients,
        ):
            assert _plain(part) in text, (name, part)
        if decision.amount is not None:
            assert money_full(decision.amount) in text


def test_refusal_reads_as_a_refusal() -> None:
    text = _text(_refusal())
    assert "w sprawie odmowy przyznania pomocy w formie zasiłku okresowego" in text
    assert "Odmówić stronie przyznania pomocy w formie zasiłku okresowego" in text
    assert "Przyznać" not in text
    assert "Termin wypłaty" not in text  # no payment schedule
    assert "art. 109 u.p.s." not in text  # the duty to report changes concerns recipients
    assert "Dochód strony przekracza kryterium dochodowe." in text
    assert "Warunek z art. 38 ust. 1 u.p.s. nie został spełniony." in text
    assert "Samorządowego Kolegium Odwoławczego" in text
    assert "art. 127a § 1 k.p.a." in text


def test_justification_is_printed_even_for_a_full_grant() -> None:
    # art. 107 § 4 k.p.a. (omitting it) is unverified: a justification given is always shown
    text = _text(_decision())
    assert "Uzasadnienie faktyczne" in text and "Uzasadnienie prawne" in text


@pytest.mark.parametrize(
    "basis",
    [
        ("art. 104 KPA", "art. 38 u.p.s."),
        ("art. 104 § 1 k.p.a.", "art. 38 u.p.s."),
        ("art. 104 Kodeksu postępowania administracyjnego", "art. 38 u.p.s."),
    ],
)
def test_art_104_kpa_is_cited_once(basis: tuple[str, ...]) -> None:
    text = _text(_decision(legal_basis=basis))
    preamble = text[text.index("Na podstawie") : text.index("orzekam")]
    assert preamble.count("art. 104") == 1
    assert f"Na podstawie {basis[0]} oraz art. 38 u.p.s." in preamble


def test_art_104_kpa_is_added_when_missing() -> None:
    text = _text(_decision(legal_basis=("art. 39 u.p.s.",)))
    assert "Na podstawie " + KPA + " oraz art. 39 u.p.s." in text
    text = _text(_decision(legal_basis=()))
    assert "Na podstawie " + KPA + "," in text


def test_art_104_of_another_act_does_not_count_as_kpa() -> None:
    text = _text(_decision(legal_basis=("art. 104 ust. 1 u.p.s.",)))
    assert "Na podstawie " + KPA + " oraz art. 104 ust. 1 u.p.s." in text


def test_one_off_benefit_with_purpose_and_repayment() -> None:
    decision = _decision(
        benefit=BenefitKind.TARGETED_ALLOWANCE,
        purpose="na zakup opału",
        amount=Decimal("450.50"),
        period_from=None,
        period_to=None,
        payments=(),
        repayable=True,
    )
    text = _text(decision)
    assert (
        "Przyznać stronie pomoc w formie zasiłku celowego z przeznaczeniem na zakup opału "
        f"w kwocie {money_full(Decimal('450.50'))}." in text
    )
    assert "miesięcznie" not in text
    assert "na na " not in text
    assert "2. Pomoc przyznaje się pod warunkiem zwrotu" in text
    assert "art. 41 pkt 2 u.p.s." in text and "art. 41 ust." not in text
    assert "3. Sposób wypłaty:" in text


def test_in_kind_benefit_without_amount() -> None:
    text = _text(_decision(benefit=BenefitKind.MEAL, amount=None, payments=(),
                           payment_method=None, period_to=None))
    assert (
        "Przyznać stronie pomoc w formie posiłku, począwszy od 1 grudnia "
        f"2026{NBSP}r." in text
    )
    assert "w kwocie" not in text
    assert "Sposób wypłaty" not in text


@pytest.mark.parametrize("benefit", list(BenefitKind), ids=lambda b: b.value)
def test_every_benefit_has_its_genitive(benefit: BenefitKind) -> None:
    assert benefit.value in source.GENITIVE
    text = _text(_decision(benefit=benefit, amount=None, payments=()))
    assert f"pomoc w formie {source.GENITIVE[benefit.value]}" in text
    assert "świadczenia: " not in text


def test_proceedings_started_ex_officio_and_without_number() -> None:
    text = _text(_decision(application_on=None, number=None))
    assert "w postępowaniu wszczętym z urzędu, po przeprowadzeniu rodzinnego wywiadu" in text
    assert "DECYZJA nr …" in text  # the register number is written in by hand


def test_organ_deciding_itself_has_no_authorisation_wording() -> None:
    signatory = Signatory(name="Piotr Zieliński", position="Wójt Gminy Zielonka")
    text = _text(_decision(acting_on_authority=False, signatory=signatory, authorisation=None))
    assert "upoważnienia" not in text
    assert "Piotr Zieliński" in text and "Wójt Gminy Zielonka" in text


def test_party_without_pesel_or_address() -> None:
    person = Person(
        id="p2",
        first_name="Olena",
        last_name="Kovalenko",
        birth_date=dt.date(1990, 1, 2),
        sex=Sex.FEMALE,
        identity_document=IdentityDocument(IdentityDocumentKind.PASSPORT, "FX123456"),
    )
    party = Client(id="c2", person=person, stay_description="noclegownia przy ul. Dworcowej 3")
    text = _text(_decision(party=party))
    assert "Paszport nr FX123456" in text
    assert "PESEL" not in text
    assert "miejsce pobytu: noclegownia przy ul. Dworcowej 3" in text
    assert "1. Olena Kovalenko\n2. a/a" in text


def test_legal_representative_is_named_and_receives_a_copy() -> None:
    guardian = Person(id="r1", first_name="Ewa", last_name="Kowalska",
                      birth_date=dt.date(1944, 5, 14), sex=Sex.FEMALE, pesel="44051401366")
    party = attrs.evolve(
        _decision().party,
        legal_representative=LegalRepresentative(person=guardian, basis="opiekun prawny"),
        correspondence_address=Address(city="Warszawa", postal_code="00-950", building="7",
                                       street="Długa"),
    )
    text = _text(_decision(party=party))
    _in_order(
        text,
        "adres do korespondencji: ul. Długa 7, 00-950 Warszawa",
        "przedstawiciel ustawowy: Ewa Kowalska, opiekun prawny",
        "Otrzymują:",
        "1. Jan Kowalski, ul. Długa 7, 00-950 Warszawa",
        "2. Ewa Kowalska — przedstawiciel ustawowy",
        "3. a/a",
    )


def test_own_recipients_replace_the_default_list() -> None:
    text = _text(_decision(recipients=("Pan Jan Kowalski", "Dział świadczeń", "a/a")))
    _in_order(text, "Otrzymują:", "1. Pan Jan Kowalski", "2. Dział świadczeń", "3. a/a")


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("1", "jeden złoty 00/100"),
        ("2", "dwa złote 00/100"),
        ("5", "pięć złotych 00/100"),
        ("12.50", "dwanaście złotych 50/100"),
        ("22", "dwadzieścia dwa złote 00/100"),
        ("1010", "jeden tysiąc dziesięć złotych 00/100"),
        ("1069.90", "jeden tysiąc sześćdziesiąt dziewięć złotych 90/100"),
        ("2000.01", "dwa tysiące złotych 01/100"),
    ],
)
def test_amount_in_words(amount: str, words: str) -> None:
    text = _text(_decision(amount=Decimal(amount), payments=()))
    assert f"(słownie: {words})" in text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999.99"), places=2))
def test_amount_in_figures_and_words_match_the_helpers(amount: Decimal) -> None:
    text = _text(_decision(amount=amount, payments=(Payment(dt.date(2026, 12, 10), amount),)))
    assert f"w kwocie {money(amount)} (słownie: {amount_in_words(amount)}) miesięcznie" in text


def test_purpose_reads_with_or_without_na() -> None:
    for purpose in ("zakup opału", "na zakup opału"):
        decision = _decision(benefit=BenefitKind.TARGETED_ALLOWANCE, purpose=purpose,
                             amount=Decimal("300"), payments=())
        assert "zasiłku celowego z przeznaczeniem na zakup opału w kwocie" in _text(decision)


def test_date_of_issue_is_the_document_date() -> None:
    assert f"Zielonka, 22 listopada 2026{NBSP}r." in _text(_decision())
    document = documents.render("decyzja", _decision(), on=dt.date(2026, 11, 23))
    assert f"Zielonka, 23 listopada 2026{NBSP}r." in document_text(document)
