"""Example cases of the casework documents: the notatka służbowa (a home visit to the
Lewandowski family), the zawiadomienie o podejrzeniu popełnienia przestępstwa (the same
family) and the pozew o ustalenie ojcostwa i alimenty (Karolina Sadowska's daughter).
Fictional people, valid PESELs. ``tools/build_examples.py`` writes them with the rest."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import socialwork.model as m
from build_examples import (
    ANTONI,
    LEWANDOWSKI_ADDRESS,
    LIPOWIEC_TERYT,
    MONIKA,
    MOPS_RADOMIERZ,
    OLIWIA,
    PAWEL,
    WORKER_ZAJAC,
    person,
)

D = dt.date
T = dt.datetime
LEWANDOWSKI_FAMILY_ID = "rodzina-lewandowskich"


def contact_record() -> m.ContactRecord:
    """The home visit of 4 November 2026 the wniosek o wgląd refers to."""
    return m.ContactRecord(
        id="notatka-2026-11-04-lewandowscy",
        center=MOPS_RADOMIERZ,
        worker=WORKER_ZAJAC,
        started_at=T(2026, 11, 4, 15, 30),
        ended_at=T(2026, 11, 4, 16, 45),
        form=m.ContactForm.HOME_VISIT,
        place="mieszkanie rodziny, ul. Słowackiego 9 m. 21, Radomierz",
        purpose="monitorowanie sytuacji rodziny po zgłoszeniu szkoły o nieobecnościach "
        "Oliwii; realizacja ustaleń planu pracy z rodziną",
        participants=(
            m.Participant(
                name="Monika Lewandowska",
                role=m.ParticipantRole.CLIENT,
                person_id=MONIKA.id,
            ),
            m.Participant(
                name="Oliwia Lewandowska",
                role=m.ParticipantRole.FAMILY_MEMBER,
                person_id=OLIWIA.id,
                function="córka, uczennica klasy 5",
            ),
            m.Participant(
                name="Antoni Lewandowski",
                role=m.ParticipantRole.FAMILY_MEMBER,
                person_id=ANTONI.id,
                function="syn",
            ),
            m.Participant(
                name="Joanna Kubiak",
                role=m.ParticipantRole.FAMILY_ASSISTANT,
                institution="Miejski Ośrodek Pomocy Społecznej w Radomierzu",
                function="asystent rodziny",
            ),
        ),
        findings="W mieszkaniu (dwa pokoje z kuchnią) panuje niska temperatura; w piecu nie "
        "palono od kilku dni z powodu braku opału. W lodówce brak żywności poza pieczywem. "
        "Pani Monika Lewandowska poinformowała, że mąż od dwóch tygodni nie przekazuje "
        "pieniędzy na utrzymanie rodziny i przebywa poza domem. Oliwia opuściła w październiku "
        "9 dni zajęć szkolnych; matka tłumaczy to chorobą córki, nie przedstawiła "
        "zwolnień lekarskich. Antoni (8 lat) był czysty i zadbany. Pan Paweł Lewandowski "
        "był nieobecny podczas wizyty.",
        agreements=(
            "Pani Monika Lewandowska złoży w ośrodku wniosek o zasiłek celowy na zakup opału "
            "i żywności.",
            "Matka dostarczy wychowawcy Oliwii usprawiedliwienia nieobecności do 10 listopada "
            "2026 r.",
            "Asystent rodziny będzie odwiedzać rodzinę dwa razy w tygodniu.",
        ),
        next_steps=(
            m.NextStep(
                action="przyjęcie wniosku o zasiłek celowy i przeprowadzenie aktualizacji "
                "wywiadu środowiskowego",
                responsible="Ewa Zając, pracownik socjalny",
                due=D(2026, 11, 6),
            ),
            m.NextStep(
                action="kontakt z pedagogiem szkolnym Szkoły Podstawowej nr 3 w sprawie "
                "frekwencji Oliwii",
                responsible="Ewa Zając, pracownik socjalny",
                due=D(2026, 11, 9),
            ),
            m.NextStep(
                action="rozważenie wniosku do sądu rodzinnego o wgląd w sytuację małoletnich",
                responsible="zespół ds. rodzin MOPS",
                due=D(2026, 11, 10),
            ),
        ),
        written_on=D(2026, 11, 4),
        family_id=LEWANDOWSKI_FAMILY_ID,
        reference_number="MOPS.DPR.441.2.2026",
        violence_suspected=False,
        blue_card_started=False,
    )


def crime_report() -> m.CrimeReport:
    """The school reported bruises on Oliwia on 18 November 2026; the mother confirmed that
    her husband beats her and the children. The procedure "Niebieskie Karty" runs since the
    police intervention of 3 October 2026."""
    suspect = m.SuspectedPerson(
        first_name=PAWEL.first_name,
        last_name=PAWEL.last_name,
        birth_date=PAWEL.birth_date,
        pesel=PAWEL.pesel,
        address=LEWANDOWSKI_ADDRESS,
        whereabouts="od 16 listopada 2026 r. przebywa częściowo u swojej matki "
        "w Radomierzu, ul. Kilińskiego 4 m. 2",
    )
    return m.CrimeReport(
        id="zawiad-2026-11-19-lewandowski",
        center=MOPS_RADOMIERZ,
        worker=WORKER_ZAJAC,
        addressee=m.Institution(
            name="Prokuratura Rejonowa w Radomierzu",
            address=m.Address(
                city="Radomierz", postal_code="26-600", street="Sądowa", building="2"
            ),
        ),
        addressee_kind=m.NotifiedBody.PROSECUTOR,
        place="Radomierz",
        written_on=D(2026, 11, 19),
        learned_on=D(2026, 11, 18),
        offences=(m.Offence.ABUSE,),
        suspect=suspect,
        harmed=(
            m.HarmedPerson(
                first_name=MONIKA.first_name,
                last_name=MONIKA.last_name,
                birth_date=MONIKA.birth_date,
                relation="żona",
                pesel=MONIKA.pesel,
                address=LEWANDOWSKI_ADDRESS,
            ),
            m.HarmedPerson(
                first_name=OLIWIA.first_name,
                last_name=OLIWIA.last_name,
                birth_date=OLIWIA.birth_date,
                relation="córka",
            ),
            m.HarmedPerson(
                first_name=ANTONI.first_name,
                last_name=ANTONI.last_name,
                birth_date=ANTONI.birth_date,
                relation="syn",
            ),
        ),
        facts=(
            m.ProvenFact(
                statement="Od wiosny 2026 r. Paweł Lewandowski pod wpływem alkoholu "
                "wszczyna w domu awantury w obecności dzieci, wyzywa żonę słowami "
                "wulgarnymi i grozi jej pobiciem.",
                evidence=(
                    "notatka służbowa pracownika socjalnego z rozmowy z Moniką Lewandowską "
                    "z 5 listopada 2026 r.",
                    "zeznania świadka Moniki Lewandowskiej",
                ),
                on=D(2026, 4, 1),
                until=D(2026, 11, 16),
            ),
            m.ProvenFact(
                statement="Policja interweniowała w mieszkaniu rodziny w związku z awanturą "
                "domową; funkcjonariusz wszczął procedurę „Niebieskie Karty”.",
                evidence=("dokumentacja interwencji Komendy Miejskiej Policji w Radomierzu",),
                on=D(2026, 10, 3),
            ),
            m.ProvenFact(
                statement="Oliwia przyszła do szkoły z zasinieniem na przedramieniu; "
                "pedagogowi szkolnemu powiedziała, że poprzedniego wieczoru ojciec szarpał ją "
                "i uderzył, gdy stanęła w obronie matki. Pedagog niezwłocznie powiadomił "
                "ośrodek.",
                evidence=(
                    "notatka służbowa pracownika socjalnego z rozmowy telefonicznej "
                    "z pedagogiem szkolnym z 18 listopada 2026 r.",
                    "zeznania świadka Barbary Sowy",
                ),
                on=D(2026, 11, 18),
            ),
        ),
        blue_card=m.BlueCardStatus.RUNNING,
        blue_card_started_on=D(2026, 10, 3),
        blue_card_team="Zespół Interdyscyplinarny w Radomierzu (grupa "
        "diagnostyczno-pomocowa dla rodziny Lewandowskich)",
        signatory=m.Signatory(name="Grzegorz Dąbrowski", position="Dyrektor MOPS w Radomierzu"),
        reference_number="MOPS.DPR.441.5.2026",
        witnesses=(
            m.Witness(
                name="Barbara Sowa",
                function="pedagog szkolny Szkoły Podstawowej nr 3 w Radomierzu",
                testimony="wygląd i relacja Oliwii z 18 listopada 2026 r.",
                address=m.Address(
                    city="Radomierz", postal_code="26-612", street="Szkolna", building="3"
                ),
            ),
            m.Witness(
                name="Ewa Zając",
                function="pracownik socjalny MOPS w Radomierzu",
                testimony="sytuacja rodziny od stycznia 2026 r., rozmowy z Moniką "
                "Lewandowską",
            ),
        ),
        measures_taken=(
            "przekazano informację przewodniczącemu zespołu interdyscyplinarnego w celu "
            "zwołania posiedzenia grupy diagnostyczno-pomocowej",
            "zaproponowano Monice Lewandowskiej i dzieciom pobyt w ośrodku interwencji "
            "kryzysowej",
            "zabezpieczono w aktach notatki służbowe z kontaktów z rodziną",
        ),
        additional_requests=(
            "rozważenie zastosowania wobec osoby podejrzewanej środka zapobiegawczego "
            "w postaci nakazu opuszczenia lokalu zajmowanego wspólnie z pokrzywdzonymi",
        ),
        attachments=(
            m.Attachment(title="notatka służbowa z rozmowy telefonicznej z pedagogiem szkolnym "
                         "z 18 listopada 2026 r."),
            m.Attachment(title="notatka służbowa z rozmowy z Moniką Lewandowską z 5 listopada "
                         "2026 r."),
        ),
    )


def paternity_claim() -> m.PaternityClaim:
    karolina = person(
        "os-karolina-sadowska", "Karolina", "Sadowska", D(1999, 7, 11), male=False, serial=412
    )
    dawid = person(
        "os-dawid-borkowski", "Dawid", "Borkowski", D(1996, 3, 28), male=True, serial=157
    )
    maja = person("os-maja-sadowska", "Maja", "Sadowska", D(2026, 3, 14), male=False, serial=36)
    home = m.Address(
        city="Lipowiec",
        postal_code="05-252",
        street="Ogrodowa",
        building="17",
        teryt=LIPOWIEC_TERYT,
    )
    return m.PaternityClaim(
        id="pozew-ojc-2026-01",
        court=m.Court(
            name="Sąd Rejonowy w Wołominie",
            department="III Wydział Rodzinny i Nieletnich",
            address=m.Address(
                city="Wołomin", postal_code="05-200", street="Prądzyńskiego", building="3a"
            ),
        ),
        place="Lipowiec",
        filed_on=D(2026, 11, 27),
        claim=m.ChildClaim(
            child=maja,
            monthly_amount=Decimal("1200.00"),
            needs=(
                m.NeedItem(item="mleko modyfikowane i żywność", monthly_cost=Decimal("520.00")),
                m.NeedItem(item="pieluchy i środki higieny", monthly_cost=Decimal("260.00")),
                m.NeedItem(item="odzież i obuwie", monthly_cost=Decimal("180.00")),
                m.NeedItem(item="leki, szczepienia zalecane", monthly_cost=Decimal("140.00")),
                m.NeedItem(item="udział w kosztach mieszkania", monthly_cost=Decimal("400.00")),
            ),
        ),
        mother=m.Party(person=karolina, address=home),
        defendant=m.Party(
            person=dawid,
            address=m.Address(
                city="Wołomin", postal_code="05-200", street="Kościelna", building="22",
                flat="8",
            ),
        ),
        relationship_from=D(2024, 9, 1),
        relationship_to=D(2025, 8, 20),
        relationship_facts=(
            m.ProvenFact(
                statement="Matka powódki i pozwany pozostawali w związku i od września 2024 r. "
                "do 20 sierpnia 2025 r. mieszkali razem w Lipowcu przy ul. Ogrodowej 17, "
                "prowadząc wspólne gospodarstwo domowe.",
                evidence=(
                    "zeznania świadka Teresy Sadowskiej",
                    "umowa najmu lokalu z 28 sierpnia 2024 r. zawarta przez oboje",
                ),
                on=D(2024, 9, 1),
                until=D(2025, 8, 20),
            ),
            m.ProvenFact(
                statement="W okresie koncepcyjnym matka powódki utrzymywała relację intymną "
                "wyłącznie z pozwanym.",
                evidence=("przesłuchanie stron",),
            ),
            m.ProvenFact(
                statement="Pozwany wiedział o ciąży od lipca 2025 r., w wiadomościach "
                "tekstowych pytał o jej przebieg, lecz odmówił uznania ojcostwa przed "
                "kierownikiem urzędu stanu cywilnego.",
                evidence=("wydruk wiadomości SMS z lipca–października 2025 r.",),
                on=D(2025, 7, 3),
            ),
            m.ProvenFact(
                statement="Powódka urodziła się 14 marca 2026 r.; w akcie urodzenia nie "
                "wpisano ojca.",
                evidence=("odpis zupełny aktu urodzenia powódki",),
                on=D(2026, 3, 14),
            ),
        ),
        payment_day=10,
        payable_from=D(2026, 12, 1),
        defendant_earning_capacity="Pozwany ma 30 lat, jest zdrowy, pracuje jako "
        "elektromonter w firmie instalacyjnej na umowę o pracę; nie ma innych osób na "
        "utrzymaniu.",
        birth_certificate="akt urodzenia nr 1418042/00/AU/2026/000311, USC w Lipowcu",
        husband_presumption=False,
        request_dna=True,
        dna_institution="Zakład Genetyki Medycznej Uniwersytetu Medycznego w Warszawie",
        mother_claims=(
            m.MotherClaim(
                kind=m.MotherClaimKind.PREGNANCY_AND_BIRTH,
                amount=Decimal("2850.00"),
                description="badania prenatalne, leki i witaminy w ciąży, wyprawka "
                "(łóżeczko, wózek, fotelik samochodowy, ubranka)",
                evidence=("faktury i paragony z lipca 2025 r. – marca 2026 r.",),
            ),
            m.MotherClaim(
                kind=m.MotherClaimKind.MAINTENANCE,
                amount=Decimal("5600.00"),
                description="koszty utrzymania matki przez 4 miesiące w okresie porodu "
                "(po 1 400,00 zł miesięcznie)",
                months=4,
                reason="poród przez cesarskie cięcie i powikłania wymagające leczenia do "
                "końca czerwca 2026 r.",
                evidence=("karta informacyjna leczenia szpitalnego z 20 marca 2026 r.",),
            ),
        ),
        witnesses=(
            m.Witness(
                name="Teresa Sadowska",
                function="matka Karoliny Sadowskiej",
                testimony="wspólne zamieszkiwanie i związek matki powódki z pozwanym",
                address=m.Address(
                    city="Lipowiec", postal_code="05-252", street="Polna", building="2"
                ),
            ),
        ),
        defendant_income=Decimal("5800.00"),
        mother_income=Decimal("2100.00"),
        request_security=True,
        security_amount=Decimal("1000.00"),
        mediation_info="Matka powódki proponowała pozwanemu pisemnie 2 października 2026 r. "
        "uznanie ojcostwa i ugodę co do alimentów; pozwany odmówił. W sprawie o ustalenie "
        "ojcostwa mediacja nie rozstrzyga o pochodzeniu dziecka.",
        request_hearing_in_absence=True,
        attachments=(
            m.Attachment(title="odpis pozwu wraz z załącznikami dla pozwanego", required=True),
            m.Attachment(title="odpis zupełny aktu urodzenia powódki", required=True),
            m.Attachment(title="umowa najmu lokalu z 28 sierpnia 2024 r."),
            m.Attachment(title="wydruk wiadomości SMS"),
            m.Attachment(title="faktury i paragony"),
            m.Attachment(title="karta informacyjna leczenia szpitalnego", provided=False),
        ),
        helped_by="Katarzyna Nowicka, starszy pracownik socjalny GOPS w Lipowcu",
    )


def build() -> dict[str, object]:
    """File name (without ``.json``) → model object."""
    return {
        "notatka-sluzbowa": contact_record(),
        "zawiadomienie-przestepstwo": crime_report(),
        "pozew-ojcostwo-alimenty": paternity_claim(),
    }
