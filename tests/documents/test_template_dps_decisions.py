"""The two DPS decisions (``decyzja-skierowanie-dps``, ``decyzja-oplata-dps``): every element
of art. 107 § 1 k.p.a. in order, the pouczenie in the art. 127a wording of the day, the fee
in figures and words and the same numbers as ``socialwork calc dps-fee``."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import attrs
import pytest

import socialwork.documents as documents
import socialwork.model as m
from socialwork import examples
from socialwork.cli import main
from socialwork.documents.polish import NBSP, money, money_full
from socialwork.documents.text import document_text


def text(template: str, obj: object, on: dt.date | None = None) -> str:
    return document_text(documents.render(template, obj, on=on)).replace(NBSP, " ")


def referral(**changes: Any) -> m.DpsReferralDecision:
    return attrs.evolve(examples.load("decyzja-skierowanie-dps"), **changes)


def fee(**changes: Any) -> m.DpsFeeDecision:
    return attrs.evolve(examples.load("decyzja-oplata-dps"), **changes)


def in_order(body: str, *parts: str) -> None:
    at = 0
    for part in parts:
        found = body.find(part, at)
        assert found >= 0, f"{part!r} missing (or out of order)"
        at = found + len(part)


@pytest.mark.parametrize("template", ["decyzja-skierowanie-dps", "decyzja-oplata-dps"])
def test_every_element_of_art_107_kpa_in_order(template: str) -> None:
    obj = referral() if template == "decyzja-skierowanie-dps" else fee()
    body = text(template, obj)
    in_order(
        body,
        "Wójt Gminy Lipowiec",  # 1. organ
        "Lipowiec, 20 listopada 2026 r.",  # 2. data wydania
        "DECYZJA nr",
        "Na podstawie art. 104 Kodeksu postępowania administracyjnego",  # 4. podstawa
        "Strona: Helena Zawadzka",  # 3. strona
        "PESEL: 41020887125",
        "orzekam:",  # 5. rozstrzygnięcie
        "UZASADNIENIE",  # 6. uzasadnienie faktyczne i prawne
        "Uzasadnienie faktyczne",
        "Uzasadnienie prawne",
        "POUCZENIE",  # 7. pouczenie
        "Samorządowe Kolegium Odwoławcze w Radomierzu",
        "w terminie 14 dni od dnia doręczenia decyzji",
        "zrzec się prawa do wniesienia odwołania",
        "staje się ostateczna i prawomocna",
        "z upoważnienia Wójta Gminy Lipowiec",  # 8. podpis
        "Anna Wiśniewska",
        "Kierownik Gminnego Ośrodka Pomocy Społecznej w Lipowcu",
        "Otrzymują:",
    )


@pytest.mark.parametrize("template", ["decyzja-skierowanie-dps", "decyzja-oplata-dps"])
@pytest.mark.parametrize(
    ("on", "wording"),
    [
        (dt.date(2023, 5, 11), "W trakcie biegu terminu do wniesienia odwołania strona może"),
        (dt.date(2023, 5, 12), "Przed upływem terminu do wniesienia odwołania strona może"),
    ],
)
def test_art_127a_wording_by_date(template: str, on: dt.date, wording: str) -> None:
    # Dz. U. z 2023 r. poz. 803: art. 127a § 1 k.p.a. reads "Przed upływem terminu …" from
    # 12 May 2023; before, "W trakcie biegu terminu …"
    obj = referral() if template == "decyzja-skierowanie-dps" else fee()
    body = text(template, obj, on=on)
    assert wording in body
    other = "W trakcie biegu" if wording.startswith("Przed") else "Przed upływem"
    assert other not in body


def test_referral_by_consent() -> None:
    body = text("decyzja-skierowanie-dps", referral())
    in_order(
        body,
        "Skierować stronę do domu pomocy społecznej dla osób w podeszłym wieku",
        "(wskazany dom: Dom Pomocy Społecznej „Jesień Życia” w Radomierzu)",
        "począwszy od dnia 1 grudnia 2026 r.",
        "za zgodą strony",
        "na piśmie w dniu 4 listopada 2026 r. (art. 54 ust. 2 u.p.s.)",
        "ustala odrębna decyzja (art. 59 ust. 1 u.p.s.)",
        "(art. 54 ust. 2a u.p.s.)",
    )


def test_referral_by_court_order() -> None:
    body = text("decyzja-skierowanie-dps", examples.load("decyzja-skierowanie-dps-sad"))
    assert "na podstawie postanowienia sądu (Sąd Rejonowy w Radomierzu" in body
    assert "sygn. akt III RNs 212/26, prawomocnego od dnia 29 października 2026 r." in body
    assert "przedstawiciel ustawowy: Teresa Michalak" in body
    assert "za zgodą" not in body


def test_referral_by_representative_consent() -> None:
    consent = attrs.evolve(referral().consent, by_representative=True, given_by="Jan Zawadzki")
    body = text(
        "decyzja-skierowanie-dps",
        referral(consent=consent, ground=m.PlacementGround.REPRESENTATIVE_CONSENT),
    )
    assert "za zgodą przedstawiciela ustawowego strony (Jan Zawadzki)" in body


def test_refusal() -> None:
    body = text(
        "decyzja-skierowanie-dps",
        referral(outcome=m.DecisionOutcome.REFUSAL, placed_from=None, ground=None, consent=None),
    )
    assert "w sprawie odmowy skierowania do domu pomocy społecznej" in body
    assert "Odmówić skierowania strony do domu pomocy społecznej dla osób w podeszłym wieku." in (
        body
    )
    assert "Skierować" not in body and "art. 54 ust. 2a" not in body


def test_fee_in_figures_and_words_matches_calc_dps_fee(
    capsys: pytest.CaptureFixture[str],
) -> None:
    decision = fee()
    argv = ["calc", "dps-fee", "--cost", str(decision.cost), "--income",
            str(decision.resident_income), "--on", decision.fee_from.isoformat(), "--json"]
    for person in decision.obliged:
        argv += ["--relative", f"single:{person.income}" if person.household_members == 1
                 else f"family:{person.household_members}:{person.income}"]
    assert main(argv) == 0
    computed = json.loads(capsys.readouterr().out)
    assert computed["resident"] == f"{decision.fee}"
    assert computed["relatives"] == [f"{p.fee}" for p in decision.obliged]
    assert computed["gmina"] == f"{decision.gmina_fee}"

    body = text("decyzja-oplata-dps", decision)
    figures_and_words = money_full(Decimal(computed["resident"])).replace(NBSP, " ")
    assert "(słownie: jeden tysiąc pięćset sześćdziesiąt cztery złote 23/100)" in (
        figures_and_words
    )
    in_order(
        body,
        "Ustalić stronie opłatę za pobyt w domu pomocy społecznej",
        f"w wysokości {figures_and_words} miesięcznie, począwszy od dnia 1 grudnia 2026 r.",
        money(decision.cost).replace(NBSP, " "),
        "2 234,62 zł",
        "Barbara Kowalczyk",
        "umowa z dnia 16 listopada 2026 r.",
        "1 593,00 zł",
        "Piotr Zawadzki",
        "odmowa zawarcia umowy",
        "870,00 zł",
        "Gmina Lipowiec – różnica (art. 61 ust. 2 pkt 3 u.p.s.)",
        "2 822,77 zł",
        "Razem – średni miesięczny koszt utrzymania",
        "6 850,00 zł",
        "Sposób wnoszenia opłaty: potrącanie przez organ emerytalny",
        "do 15. dnia każdego miesiąca.",
        "(art. 109 u.p.s.)",
    )


def test_resident_paying_in_full() -> None:
    body = text(
        "decyzja-oplata-dps",
        fee(resident_income=Decimal("12000.00"), fee=Decimal("6850.00"),
            gmina_fee=Decimal("0.00"), obliged=()),
    )
    assert "Strona ponosi pełną odpłatność" in body
    assert "3. Pozostałą część" not in body
