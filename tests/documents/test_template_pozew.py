"""The ``pozew-alimenty`` template: art. 126 and 187 k.p.c. elements, wartość przedmiotu sporu
= 12 × the monthly sums, the child's needs itemised with a correct total, the right words for
one or several children of either sex, the representative's signature."""

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
from socialwork.model.alimony import AlimonyClaim, ChildClaim, NeedItem, Party
from socialwork.model.common import Attachment, Court
from socialwork.model.enums import Sex
from socialwork.model.people import Address, Person

NBSP = " "  # document_text reads the documents' no-break spaces as plain spaces


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ")


def money(value: object) -> str:
    return _plain(_polish.money(value))


def money_full(value: object) -> str:
    return _plain(_polish.money_full(value))


def _pesel(born: dt.date, serial: int, male: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    digits = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial % 1000:03d}"
    digits += "1" if male else "2"
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 10) % 10
    return digits + str(check)


def _person(pid: str, first: str, last: str, born: dt.date, sex: Sex) -> Person:
    return Person(id=pid, first_name=first, last_name=last, birth_date=born, sex=sex,
                  pesel=_pesel(born, 123, sex is Sex.MALE))


SON = _person("ch1", "Jan", "Kowalski", dt.date(2016, 3, 3), Sex.MALE)
DAUGHTER = _person("ch2", "Zofia", "Kowalska", dt.date(2019, 7, 21), Sex.FEMALE)
MOTHER = _person("m", "Anna", "Kowalska", dt.date(1988, 1, 12), Sex.FEMALE)
FATHER = _person("f", "Piotr", "Kowalski", dt.date(1985, 9, 30), Sex.MALE)
HOME = Address(city="Zielonka", postal_code="05-220", street="Leśna", building="5", flat="3")
NEEDS = (
    NeedItem("wyżywienie", Decimal("600.00")),
    NeedItem("odzież i obuwie", Decimal("150.00")),
    NeedItem("leki i wizyty u lekarza", Decimal("80.50")),
)


def _claim(**changes: object) -> AlimonyClaim:
    base = AlimonyClaim(
        id="a1",
        court=Court(
            "Sąd Rejonowy w Wołominie",
            "III Wydział Rodzinny i Nieletnich",
            Address(city="Wołomin", postal_code="05-200", street="Prądzyńskiego", building="3a"),
        ),
        place="Zielonka",
        filed_on=dt.date(2026, 11, 22),
        claims=(ChildClaim(SON, Decimal("800.00"), NEEDS),),
        representative=Party(MOTHER, HOME),
        representative_relation="matka",
        defendant=Party(FATHER, Address(city="Warszawa", postal_code="00-001",
                                        street="Marszałkowska", building="10")),
        defendant_relation="ojciec",
        payment_day=10,
        payable_from=dt.date(2026, 12, 1),
        facts="Pozwany od kwietnia 2026 r. nie łoży na utrzymanie syna.",
        defendant_earning_capacity="Pozwany pracuje jako kierowca zawodowy.",
        mediation_info="Pozwany nie odpowiedział na propozycję ugody.",
        attachments=(Attachment("odpis skrócony aktu urodzenia powoda"),
                     Attachment("zaświadczenie o zarobkach pozwanego", provided=False)),
    )
    return attrs.evolve(base, **changes)  # type: ignore[arg-type]


def _text(claim: AlimonyClaim) -> str:
    document = documents.render("pozew-alimenty", claim)
    check_xml(document)
    return document_text(document)


def _in_order(text: str, *parts: str) -> None:
    position = 0
    for part in parts:
        found = text.find(part, position)
        assert found >= 0, f"{part!r} missing (or out of order)"
        position = found + len(part)


def test_formal_elements_in_order() -> None:
    text = _text(_claim())
    _in_order(
        text,
        f"Zielonka, 22 listopada 2026{NBSP}r.",
        "Sąd Rejonowy w Wołominie",  # art. 126 § 1 pkt 1
        "III Wydział Rodzinny i Nieletnich",
        "ul. Prądzyńskiego 3a",
        "Powód: małoletni Jan Kowalski",  # parties, PESEL of the claimant (§ 2)
        f"PESEL {SON.pesel}",
        "zam. ul. Leśna 5 m. 3, 05-220 Zielonka",
        "reprezentowany przez przedstawiciela ustawowego: Anna Kowalska (matka)",
        "Pozwany: Piotr Kowalski (ojciec powoda)",
        "zam. ul. Marszałkowska 10, 00-001 Warszawa",
        f"Wartość przedmiotu sporu: {money(Decimal('9600'))}",
        "POZEW O ALIMENTY",  # art. 126 § 1 pkt 3
        "Działając w imieniu małoletniego powoda jako jego przedstawiciel ustawowy, wnoszę o:",
        "1. zasądzenie od pozwanego na rzecz małoletniego powoda alimentów w kwocie "
        f"{money_full(Decimal('800'))} miesięcznie, płatnych z góry do dnia 10 każdego "
        f"miesiąca, począwszy od dnia 1 grudnia 2026{NBSP}r., do rąk przedstawiciela "
        "ustawowego powoda, wraz z ustawowymi odsetkami za opóźnienie w razie uchybienia "
        "terminowi płatności którejkolwiek z rat;",
        "2. zasądzenie od pozwanego na rzecz małoletniego powoda kosztów postępowania",
        "Data wymagalności roszczenia:",  # art. 187 § 1 pkt 1¹
        "Informacja o próbie mediacji",  # art. 187 § 1 pkt 3
        "Pozwany nie odpowiedział na propozycję ugody.",
        "UZASADNIENIE",
        "Pozwany od kwietnia 2026 r. nie łoży na utrzymanie syna.",  # facts
        "Usprawiedliwione potrzeby małoletniego powoda",
        f"Małoletni powód ma 10{NBSP}lat. Na jego miesięczne usprawiedliwione potrzeby "
        "składają się:",
        "wyżywienie",
        "odzież i obuwie",
        money(Decimal("80.50")),
        money(Decimal("830.50")),  # the total of the needs
        "Możliwości zarobkowe i majątkowe pozwanego",
        "Pozwany pracuje jako kierowca zawodowy.",
        "art. 133 § 1",
        "art. 135 § 1 k.r.o.",
        "zwolniona od kosztów sądowych",
        "Anna Kowalska",  # art. 126 § 1 pkt 6: the representative signs
        "(podpis przedstawiciela ustawowego powoda)",
        "Załączniki:",  # art. 126 § 1 pkt 7
        "1. odpis pozwu wraz z załącznikami dla pozwanego",
        "2. odpis skrócony aktu urodzenia powoda",
        "3. zaświadczenie o zarobkach pozwanego",
    )
    assert "None" not in text and "{{" not in text and "{%" not in text
    assert "zabezpieczenie" not in text and "zabezpieczenia" not in text
    assert "pod nieobecność" not in text


def test_unverified_provisions_are_not_cited_as_law() -> None:
    # art. 22 k.p.c. (WPS) and art. 96 u.k.s.c. (no court fees) are UNVERIFIED in the reference
    text = _text(_claim(request_security=True))
    assert "art. 22" not in text
    assert "art. 96" not in text
    assert "art. 753" not in text


def test_claim_value_is_twelve_times_the_monthly_sums() -> None:
    claim = _claim(claims=(ChildClaim(SON, Decimal("800.00"), NEEDS),
                           ChildClaim(DAUGHTER, Decimal("650.50"))))
    assert claim.claim_value == Decimal("17406.00")
    assert f"Wartość przedmiotu sporu: {money(Decimal('17406'))}" in _text(claim)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2),
             min_size=1, max_size=2),
    st.lists(st.decimals(min_value=Decimal("0.00"), max_value=Decimal("9999.99"), places=2),
             min_size=1, max_size=6),
)
def test_claim_value_and_needs_total(monthly: list[Decimal], costs: list[Decimal]) -> None:
    needs = tuple(NeedItem(f"wydatek {i}", cost) for i, cost in enumerate(costs, 1))
    children = (SON, DAUGHTER)
    claim = _claim(claims=tuple(
        ChildClaim(child, amount, needs) for child, amount in zip(children, monthly, strict=False)
    ))
    text = _text(claim)
    assert f"Wartość przedmiotu sporu: {money(12 * sum(monthly))}" in text
    total = sum(costs, Decimal("0"))
    assert f"Razem miesięcznie\n{money(total)}" in text
    for amount in monthly:
        assert f"w kwocie {money_full(amount)} miesięcznie" in text


def test_several_children_of_both_sexes() -> None:
    claim = _claim(claims=(ChildClaim(SON, Decimal("800.00"), NEEDS),
                           ChildClaim(DAUGHTER, Decimal("650.50"))))
    text = _text(claim)
    _in_order(
        text,
        "Powodowie:",
        "1. małoletni Jan Kowalski",
        "2. małoletnia Zofia Kowalska",
        "reprezentowani przez przedstawiciela ustawowego",
        "Pozwany: Piotr Kowalski (ojciec powodów)",
        "Działając w imieniu małoletnich powodów jako ich przedstawiciel ustawowy",
        "a) na rzecz małoletniego powoda (Jan Kowalski) w kwocie "
        f"{money_full(Decimal('800'))} miesięcznie",
        "b) na rzecz małoletniej powódki (Zofia Kowalska) w kwocie "
        f"{money_full(Decimal('650.50'))} miesięcznie, do rąk przedstawiciela ustawowego,",
        "płatnych z góry do dnia 10 każdego miesiąca",
        "Usprawiedliwione potrzeby małoletnich powodów",
        "Jan Kowalski (ur. 3 marca 2016",
        "Zofia Kowalska (ur. 21 lipca 2019",
        f"7{NBSP}lat)",
        "Żądane kwoty odpowiadają",
        "i mieszczą się w granicach",
        "(podpis przedstawiciela ustawowego powodów)",
    )


def test_daughter_and_mother_as_defendant() -> None:
    claim = _claim(
        claims=(ChildClaim(DAUGHTER, Decimal("500.00")),),
        representative=Party(FATHER, HOME),
        representative_relation="ojciec",
        defendant=Party(MOTHER, Address(city="Kraków", postal_code="30-001", building="1",
                                        street="Długa")),
        defendant_relation="matka",
    )
    text = _text(claim)
    for part in (
        "Powódka: małoletnia Zofia Kowalska",
        "reprezentowana przez przedstawiciela ustawowego: Piotr Kowalski (ojciec)",
        "Pozwana: Anna Kowalska (matka powódki)",
        "zasądzenie od pozwanej na rzecz małoletniej powódki alimentów",
        "Możliwości zarobkowe i majątkowe pozwanej",
        f"Małoletnia powódka ma 7{NBSP}lat.\nDochodzona kwota alimentów na rzecz małoletniej "
        f"powódki wynosi {money(Decimal('500'))} miesięcznie.",
        "1. odpis pozwu wraz z załącznikami dla pozwanej",
    ):
        assert part in text, part
    assert "Razem miesięcznie" not in text  # no needs, no table


def test_adult_child_is_not_called_minor() -> None:
    adult = _person("ch3", "Marek", "Kowalski", dt.date(2006, 1, 5), Sex.MALE)
    text = _text(_claim(claims=(ChildClaim(adult, Decimal("900.00")),)))
    assert "Powód: Marek Kowalski" in text
    assert "małoletni" not in text


def test_optional_requests() -> None:
    text = _text(_claim(
        request_security=True,
        request_hearing_in_absence=True,
        evidence=("odpis skrócony aktu urodzenia powoda", "rachunki za przedszkole"),
        defendant_income=Decimal("6200.00"),
        representative_income=Decimal("3800.00"),
    ))
    _in_order(
        text,
        "POZEW O ALIMENTY",
        "wraz z wnioskiem o zabezpieczenie powództwa",
        "1. zasądzenie",
        "2. udzielenie zabezpieczenia powództwa na czas trwania postępowania poprzez "
        "zobowiązanie pozwanego do płacenia na rzecz małoletniego powoda alimentów w kwocie "
        "wskazanej w pkt 1, płatnej z góry do dnia 10 każdego miesiąca",
        "3. zasądzenie od pozwanego na rzecz małoletniego powoda kosztów postępowania",
        "4. przeprowadzenie następujących dowodów:",
        "– odpis skrócony aktu urodzenia powoda,",
        "– rachunki za przedszkole;",
        "5. przeprowadzenie rozprawy także pod nieobecność przedstawiciela ustawowego powoda.",
        f"Dochód pozwanego wynosi około {money(Decimal('6200'))} miesięcznie.",
        f"osiąga dochód w wysokości {money(Decimal('3800'))} miesięcznie.",
        "Wniosek o zabezpieczenie powództwa jest uzasadniony",
    )
    secured = _text(_claim(request_security=True, security_amount=Decimal("700.00")))
    assert f"do płacenia na rzecz małoletniego powoda kwoty {money_full(Decimal('700'))} " \
           "miesięcznie, płatnej z góry" in secured


def test_copy_for_the_defendant_is_listed_once() -> None:
    attachments = (Attachment("odpis pozwu wraz z załącznikami"),
                   Attachment("rachunki i faktury"))
    text = _text(_claim(attachments=attachments))
    assert text.count("odpis pozwu") == 1
    _in_order(text, "Załączniki:", "1. odpis pozwu wraz z załącznikami", "2. rachunki")


def test_helper_note_only_when_a_worker_helped() -> None:
    from socialwork.documents.text import xml_parts

    plain = xml_parts(documents.render("pozew-alimenty", _claim()))
    assert "z pomocą pracownika" not in plain.get("word/comments.xml", b"").decode("utf-8")
    claim = _claim(helped_by="Maria Wiśniewska, pracownik socjalny")
    draft = documents.render("pozew-alimenty", claim)
    # a Word comment for the worker: never in the pozew's text, absent from the final one
    assert "Wiśniewska" not in document_text(draft)
    comments = xml_parts(draft)["word/comments.xml"].decode("utf-8")
    assert "z pomocą pracownika socjalnego (Maria Wiśniewska" in comments
    final = documents.render("pozew-alimenty", claim, final=True)
    assert "word/comments.xml" not in xml_parts(final)


def test_adult_child_is_a_party_in_its_own_right() -> None:
    adult = _person("ch9", "Adam", "Kowalski", dt.date(2004, 3, 3), Sex.MALE)
    claim = _claim(claims=(ChildClaim(adult, Decimal("800.00")),))
    text = _text(claim)
    assert "reprezentowan" not in text and "przedstawiciel ustawowy" not in text
    assert "Wnoszę o:" in text
    assert "do rąk powoda" in text
    assert "(podpis powoda)" in text
    mixed = _text(_claim(claims=(ChildClaim(adult, Decimal("800.00")),
                                 ChildClaim(DAUGHTER, Decimal("500.00")))))
    assert "małoletni powodowie reprezentowani przez przedstawiciela ustawowego" in mixed
    assert "(podpis powoda)" in mixed and "(podpis przedstawiciela ustawowego" in mixed
    from socialwork.rules import validate

    codes = [f.code for f in validate(claim).findings]
    assert "SW-POZ-001" in codes


def test_the_shipped_example() -> None:
    claim = examples.load("pozew-alimenty")
    assert isinstance(claim, AlimonyClaim)
    text = _text(claim)
    assert f"Wartość przedmiotu sporu: {money(claim.claim_value)}" in text
    for child_claim in claim.claims:
        assert child_claim.child.full_name in text
        assert money_full(child_claim.monthly_amount) in text
        if child_claim.needs:
            assert money(child_claim.needs_total) in text
    for part in (claim.facts, claim.mediation_info, claim.defendant_earning_capacity,
                 claim.court.name, claim.court.department,
                 claim.representative.person.full_name, claim.defendant.person.full_name):
        assert part in text


@pytest.mark.parametrize("day", [1, 15, 31])
def test_payment_day(day: int) -> None:
    assert f"płatnych z góry do dnia {day} każdego miesiąca" in _text(_claim(payment_day=day))
