"""The casework templates: notatka-sluzbowa, zawiadomienie-przestepstwo,
pozew-ojcostwo-alimenty — the parts the law and practice require are printed, in the right
grammatical form, with nothing for the worker's eyes in the outgoing text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

import socialwork.documents as documents
from rules.casework_cases import contact, crime_report, paternity
from socialwork.documents.polish import NBSP
from socialwork.documents.text import check_xml, document_text
from socialwork.model import (
    BlueCardStatus,
    ContactForm,
    Offence,
    Person,
    Sex,
)


def _text(name: str, obj: object) -> str:
    document = documents.render(name, obj)
    check_xml(document)
    return document_text(document).replace(NBSP, " ")


# --------------------------------------------------------------------------- notatka


def test_notatka_prints_every_part() -> None:
    record = contact()
    text = _text("notatka-sluzbowa", record)
    assert "NOTATKA SŁUŻBOWA" in text
    assert "4 listopada 2026 r., godz. 15:30–16:45" in text
    assert "wizyta w miejscu zamieszkania (wizyta domowa)" in text
    for p in record.participants:
        assert p.name in text and p.role.label in text
    assert record.findings in text
    for item in record.agreements:
        assert item in text
    for step in record.next_steps:
        assert step.action in text
    assert "Ewa Zając" in text and "(podpis pracownika socjalnego)" in text
    assert "Znak sprawy: MOPS.DPR.441.2.2026" in text
    assert "r.." not in text


def test_notatka_violence_paragraph_and_open_steps() -> None:
    record = attrs.evolve(
        contact(),
        violence_suspected=True,
        blue_card_started=True,
        form=ContactForm.PHONE_CALL,
        next_steps=(attrs.evolve(contact().next_steps[0], due=None),),
        ended_at=None,
    )
    text = _text("notatka-sluzbowa", record)
    assert "Wszczęto procedurę „Niebieskie Karty”" in text
    assert "na bieżąco" in text
    assert "godz. 15:30 " in text or "godz. 15:30\n" in text
    assert "rozmowa telefoniczna" in text
    assert '"' not in text
    other = _text("notatka-sluzbowa", attrs.evolve(record, blue_card_started=False))
    assert "Procedury „Niebieskie Karty” nie wszczęto" in other
    quiet = _text("notatka-sluzbowa", attrs.evolve(record, agreements=(), next_steps=()))
    assert "Uzgodnienia" not in quiet and "Dalsze działania" not in quiet


# --------------------------------------------------------------------------- zawiadomienie


def test_zawiadomienie_names_the_law_the_people_and_the_facts() -> None:
    report = crime_report()
    text = _text("zawiadomienie-przestepstwo", report)
    assert "ZAWIADOMIENIE" in text and "Prokuratura Rejonowa w Radomierzu" in text
    assert "art. 304 § 2 Kodeksu postępowania karnego" in text
    assert "art. 207 § 1 Kodeksu karnego" in text
    assert "Paweł Lewandowski" in text
    assert "Wśród osób pokrzywdzonych są osoby małoletnie: Oliwia Lewandowska, Antoni " \
           "Lewandowski." in text
    assert text.count("dowód: ") == sum(len(f.evidence) for f in report.facts)
    assert "W okresie od 1 kwietnia 2026 r. do 16 listopada 2026 r.: " in text
    assert "jest prowadzona (wszczęta dnia 3 października 2026 r.)" in text
    assert "wnosi o wszczęcie postępowania przygotowawczego" in text
    assert "Grzegorz Dąbrowski" in text and "Sprawę prowadzi: Ewa Zając" in text
    assert "r.." not in text


def test_zawiadomienie_one_minor() -> None:
    report = attrs.evolve(crime_report(), harmed=crime_report().harmed[:2])
    text = _text("zawiadomienie-przestepstwo", report)
    assert "Wśród osób pokrzywdzonych jest osoba małoletnia: Oliwia Lewandowska." in text


def test_zawiadomienie_minimal_case() -> None:
    report = attrs.evolve(
        crime_report(),
        offences=(Offence.ABUSE, Offence.ABUSE_OF_HELPLESS),
        suspect=attrs.evolve(crime_report().suspect, birth_date=None, pesel=None,
                             address=None, whereabouts=None),
        harmed=crime_report().harmed[:1],
        witnesses=(),
        measures_taken=(),
        additional_requests=(),
        attachments=(),
        blue_card=BlueCardStatus.NOT_STARTED,
        blue_card_started_on=None,
        blue_card_team=None,
        signatory=None,
    )
    text = _text("zawiadomienie-przestepstwo", report)
    assert "art. 207 § 1 Kodeksu karnego oraz znęcania się" in text
    assert "art. 207 § 1a Kodeksu karnego" in text
    assert "nie została wszczęta." in text
    assert "osoby małoletnie" not in text and "Świadkowie" not in text
    assert "osoba małoletnia" not in text  # the one harmed person is an adult
    assert "PESEL" not in text.split("Osoby pokrzywdzone")[0].split("Osoba podejrzewana")[1]
    assert report.center.head.name in text
    assert "pociągnięcie sprawcy do odpowiedzialności karnej." in text


# --------------------------------------------------------------------------- ojcostwo


def test_pozew_prints_the_requests_and_evidence() -> None:
    claim = paternity()
    text = _text("pozew-ojcostwo-alimenty", claim)
    assert "POZEW" in text and "o ustalenie ojcostwa i alimenty" in text
    assert "Wartość przedmiotu sporu: 22 850,00 zł (alimenty za rok: 14 400,00 zł; roszczenia " \
           "matki: 8 450,00 zł)" in text
    assert "1. ustalenie, że pozwany Dawid Borkowski, ur. 28 marca 1996 r., jest ojcem " \
           "małoletniej powódki (Maja Sadowska, ur. 14 marca 2026 r., akt urodzenia nr " in text
    assert "i ponosi pozostałą część kosztów utrzymania dziecka." in text
    assert "alimentów w kwocie 1 200,00 zł (słownie:" in text
    assert "a) wydatki związane z ciążą i porodem — 2 850,00 zł" in text
    assert "za 4 miesiące" in text
    assert "opinii biegłego z zakresu genetyki (badanie DNA)" in text
    assert text.count("dowód: ") == sum(len(f.evidence) for f in claim.relationship_facts) + sum(
        len(c.evidence) for c in claim.mother_claims
    )
    assert "od 18 maja 2025 r. do 14 września 2025 r." in text  # art. 85 § 1 window
    assert "w tym czasie matka małoletniej powódki pozostawała w związku z pozwanym" in text
    assert "odpis pozwu wraz z załącznikami dla pozwanego" in text
    assert "(do dołączenia)" in text
    assert "r.." not in text


def test_pozew_never_prints_the_worker_note() -> None:
    claim = paternity()
    assert claim.helped_by is not None
    text = _text("pozew-ojcostwo-alimenty", claim)
    assert claim.helped_by not in text and "Nowicka" not in text


def test_pozew_for_a_son_without_mother_claims() -> None:
    claim = paternity()
    son = Person(id="os-syn", first_name="Jan", last_name="Sadowski",
                 birth_date=dt.date(2026, 3, 14), sex=Sex.MALE, pesel="26231403610")
    case = attrs.evolve(
        claim,
        claim=attrs.evolve(claim.claim, child=son),
        mother_claims=(),
        request_security=False,
        security_amount=None,
        witnesses=(),
        request_dna=False,
        dna_institution=None,
        mediation_info=None,
        request_hearing_in_absence=False,
        relationship_to=dt.date(2025, 1, 31),  # before the window: no claim of overlap
    )
    text = _text("pozew-ojcostwo-alimenty", case)
    assert "Powód: małoletni Jan Sadowski" in text
    assert "reprezentowany przez matkę" in text
    assert "jest ojcem małoletniego powoda (Jan Sadowski, ur. 14 marca 2026 r., akt" in text
    assert "Powód urodził się dnia 14 marca 2026 r." in text
    assert "w tym czasie matka" not in text
    assert "art. 141" not in text and "badanie DNA" not in text
    assert "Wartość przedmiotu sporu: 14 400,00 zł\n" in text
    rich = attrs.evolve(case, claim=attrs.evolve(case.claim, monthly_amount=Decimal("1600.00")))
    assert "pozostałą część" not in _text("pozew-ojcostwo-alimenty", rich)
    assert "kosztów postępowania według norm przepisanych." in text


# --------------------------------------------------------------------------- worker notes

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _comments(document: bytes) -> list[str]:
    from lxml import etree

    from socialwork.documents.text import xml_parts

    parts = xml_parts(document)
    if "word/comments.xml" not in parts:
        return []
    root = etree.fromstring(parts["word/comments.xml"])
    return ["".join(c.itertext()) for c in root.iter(f"{W}comment")]


def test_pozew_notes_for_the_worker_are_comments_in_a_draft_only() -> None:
    claim = paternity()
    assert claim.helped_by is not None
    draft = documents.render("pozew-ojcostwo-alimenty", claim)
    notes = _comments(draft)
    assert any(claim.helped_by in n for n in notes)
    assert any("NIEZWERYFIKOWAN" in n for n in notes)
    assert not any("SW-OJC-003" in n for n in notes)  # the dates fit the window
    outside = attrs.evolve(claim, relationship_to=dt.date(2025, 1, 31))
    assert any("SW-OJC-003" in n
               for n in _comments(documents.render("pozew-ojcostwo-alimenty", outside)))
    final = documents.render("pozew-ojcostwo-alimenty", claim, final=True)
    assert _comments(final) == []
    assert claim.helped_by not in document_text(final)
    assert "NIEZWERYFIKOWAN" not in document_text(draft)  # never in the body


def test_zawiadomienie_and_notatka_notes() -> None:
    report = attrs.evolve(
        crime_report(),
        blue_card=BlueCardStatus.NOT_STARTED,
        blue_card_started_on=None,
        blue_card_team=None,
    )
    notes = _comments(documents.render("zawiadomienie-przestepstwo", report))
    assert any("SW-ZAW-003" in n for n in notes)
    assert any("art. 305" in n for n in notes)
    assert not any("SW-ZAW-003" in n
                   for n in _comments(documents.render("zawiadomienie-przestepstwo",
                                                       crime_report())))
    record = attrs.evolve(contact(), findings=" ", violence_suspected=True)
    notes = _comments(documents.render("notatka-sluzbowa", record))
    assert any("SW-CNT-001" in n for n in notes) and any("SW-CNT-002" in n for n in notes)
    assert _comments(documents.render("notatka-sluzbowa", contact())) == []
    assert _comments(documents.render("notatka-sluzbowa", record, final=True)) == []
