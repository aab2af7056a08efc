"""Builds the example cases shipped in ``src/socialwork/examples/`` (fictional people, valid
PESELs). The JSON files are the shipped artefacts and may be edited directly; to rebuild them
all from here (after carrying such edits over), run::

    .venv/bin/python tools/build_examples.py
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

from stdnum.pl import pesel as stdnum_pesel

import socialwork.model as m
from socialwork.serialization import to_json

EXAMPLES_DIR = Path(__file__).resolve().parents[1] / "src" / "socialwork" / "examples"

D = dt.date


def money(text: str) -> Decimal:
    return Decimal(text)


def make_pesel(born: dt.date, serial: int, *, male: bool) -> str:
    """A valid PESEL for a birth date, a 3-digit serial and the sex."""
    offset = {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}[born.year // 100]
    sex_digit = (serial % 5) * 2 + (1 if male else 0)
    base = f"{born.year % 100:02d}{born.month + offset:02d}{born.day:02d}{serial:03d}{sex_digit}"
    return base + stdnum_pesel.calc_check_digit(base)


def person(
    pid: str,
    first: str,
    last: str,
    born: dt.date,
    *,
    male: bool,
    serial: int,
    **extra: object,
) -> m.Person:
    return m.Person(
        id=pid,
        first_name=first,
        last_name=last,
        birth_date=born,
        sex=m.Sex.MALE if male else m.Sex.FEMALE,
        pesel=make_pesel(born, serial, male=male),
        **extra,  # type: ignore[arg-type]
    )


# --------------------------------------------------------------------------- organisations

LIPOWIEC_TERYT = "1418042"
RADOMIERZ_TERYT = "1463011"

GOPS_LIPOWIEC = m.Center(
    id="gops-lipowiec",
    name="Gminny Ośrodek Pomocy Społecznej w Lipowcu",
    kind=m.CenterKind.GOPS,
    address=m.Address(
        city="Lipowiec",
        postal_code="05-252",
        street="Szkolna",
        building="4",
        teryt=LIPOWIEC_TERYT,
    ),
    head=m.Signatory(
        name="Anna Wiśniewska",
        position="Kierownik Gminnego Ośrodka Pomocy Społecznej w Lipowcu",
    ),
    gmina="Lipowiec",
    organ="Wójt Gminy Lipowiec",
    contact=m.Contact(phone="+48 22 761 20 40", email="sekretariat@gops.lipowiec.example.pl"),
)

MOPS_RADOMIERZ = m.Center(
    id="mops-radomierz",
    name="Miejski Ośrodek Pomocy Społecznej w Radomierzu",
    kind=m.CenterKind.MOPS,
    address=m.Address(
        city="Radomierz",
        postal_code="26-610",
        street="Żeromskiego",
        building="53",
        teryt=RADOMIERZ_TERYT,
    ),
    head=m.Signatory(name="Grzegorz Dąbrowski", position="Dyrektor MOPS w Radomierzu"),
    gmina="Radomierz",
    organ="Prezydent Miasta Radomierza",
    contact=m.Contact(phone="48 362 18 00", email="mops@radomierz.example.pl"),
)

WORKER_NOWICKA = m.SocialWorker(
    id="ps-nowicka",
    first_name="Katarzyna",
    last_name="Nowicka",
    position="starszy pracownik socjalny",
    qualification=m.Qualification.SOCIAL_WORK_DEGREE,
    qualification_obtained_on=D(2012, 6, 29),
    specialisation="I stopień specjalizacji w zawodzie pracownik socjalny",
    contact=m.Contact(phone="+48 22 761 20 43", email="k.nowicka@gops.lipowiec.example.pl"),
    caseload=42,
)

WORKER_SIKORA = m.SocialWorker(
    id="ps-sikora",
    first_name="Michał",
    last_name="Sikora",
    position="pracownik socjalny",
    qualification=m.Qualification.COLLEGE,
    qualification_obtained_on=D(2009, 6, 30),
    contact=m.Contact(phone="48 362 18 27"),
    caseload=48,
)

WORKER_ZAJAC = m.SocialWorker(
    id="ps-zajac",
    first_name="Ewa",
    last_name="Zając",
    position="specjalista pracy socjalnej",
    qualification=m.Qualification.SPECIALISATION_BY_2013,
    qualification_obtained_on=D(2011, 9, 30),
    contact=m.Contact(email="e.zajac@mops.radomierz.example.pl"),
)

# --------------------------------------------------------------------------- the Wójcik family

WOJCIK_ADDRESS = m.Address(
    city="Lipowiec",
    postal_code="05-252",
    street="Ogrodowa",
    building="17",
    flat="3",
    teryt=LIPOWIEC_TERYT,
)
MAREK = person("os-marek-wojcik", "Marek", "Wójcik", D(1986, 3, 12), male=True, serial=413)
AGNIESZKA = person(
    "os-agnieszka-wojcik",
    "Agnieszka",
    "Wójcik",
    D(1988, 7, 25),
    male=False,
    serial=227,
    family_name="Kamińska",
    second_name="Maria",
)
ZUZANNA = person("os-zuzanna-wojcik", "Zuzanna", "Wójcik", D(2014, 9, 3), male=False, serial=102)
KACPER = person("os-kacper-wojcik", "Kacper", "Wójcik", D(2019, 1, 17), male=True, serial=58)

OCTOBER = D(2026, 10, 1)
NOVEMBER = D(2026, 11, 1)
WOJCIK_CLIENT = m.Client(
    id="kl-marek-wojcik",
    person=MAREK,
    address=WOJCIK_ADDRESS,
    contact=m.Contact(phone="+48 601 234 567"),
)
WOJCIK_FAMILY = m.Family(
    id="rodzina-wojcik",
    applicant=WOJCIK_CLIENT,
    members=(
        m.FamilyMember(
            person=AGNIESZKA,
            relation=m.Relation.SPOUSE,
            occupation="sprzedawczyni, umowa o pracę na 3/4 etatu",
        ),
        m.FamilyMember(person=ZUZANNA, relation=m.Relation.CHILD, occupation="uczennica"),
        m.FamilyMember(person=KACPER, relation=m.Relation.CHILD),
    ),
    incomes=(
        # The father's unemployment benefit ended on 31 October 2026 (utrata dochodu), so the
        # income of the month of the application (November) counts (art. 8 ust. 3 u.p.s.).
        m.Income(
            person_id=MAREK.id,
            month=OCTOBER,
            kind=m.IncomeKind.UNEMPLOYMENT_BENEFIT,
            gross=money("1435.00"),
            income_tax=money("93.00"),
            health_contribution=money("129.15"),
            lost=True,
            description="zasiłek dla bezrobotnych – prawo wygasło 31 października 2026 r.",
        ),
        m.Income(
            person_id=AGNIESZKA.id,
            month=NOVEMBER,
            kind=m.IncomeKind.EMPLOYMENT,
            gross=money("2450.00"),
            income_tax=money("47.00"),
            health_contribution=money("189.57"),
            social_contributions=money("335.90"),
            description="wynagrodzenie za listopad 2026 r.",
        ),
        m.Income(
            person_id=AGNIESZKA.id,
            month=NOVEMBER,
            kind=m.IncomeKind.FAMILY_BENEFITS,
            gross=money("219.00"),
            description="zasiłek rodzinny na dwoje dzieci",
        ),
        m.Income(
            person_id=AGNIESZKA.id,
            month=NOVEMBER,
            kind=m.IncomeKind.CHILD_RAISING_BENEFIT,
            gross=money("1600.00"),
            description="świadczenie wychowawcze na dwoje dzieci (nie wlicza się do dochodu)",
        ),
    ),
)

# --------------------------------------------------------------------------- Helena Zawadzka

ZAWADZKA = person(
    "os-helena-zawadzka",
    "Helena",
    "Zawadzka",
    D(1941, 2, 8),
    male=False,
    serial=871,
    family_name="Pietrzak",
    citizenship="polskie",
)
ZAWADZKA_CLIENT = m.Client(
    id="kl-helena-zawadzka",
    person=ZAWADZKA,
    address=m.Address(
        city="Stara Wieś",
        postal_code="05-252",
        building="41",
        post_office="Lipowiec",
        teryt=LIPOWIEC_TERYT,
    ),
    correspondence_address=m.Address(
        city="Warszawa", postal_code="02-495", street="Świerszcza", building="8", flat="12"
    ),
    contact=m.Contact(phone="+48 508 112 903", email="b.zawadzka.corka@example.pl"),
)
ZAWADZKA_HOUSEHOLD = m.Family(
    id="gd-helena-zawadzka",
    applicant=ZAWADZKA_CLIENT,
    incomes=(
        m.Income(
            person_id=ZAWADZKA.id,
            month=OCTOBER,
            kind=m.IncomeKind.PENSION,
            gross=money("2140.00"),
            income_tax=money("61.00"),
            health_contribution=money("192.60"),
            description="emerytura z ZUS",
        ),
        m.Income(
            person_id=ZAWADZKA.id,
            month=OCTOBER,
            kind=m.IncomeKind.CARE_SUPPLEMENT,
            gross=money("348.22"),
            description="dodatek pielęgnacyjny",
        ),
        m.Income(
            person_id=ZAWADZKA.id,
            month=OCTOBER,
            kind=m.IncomeKind.FARM,
            gross=money("0.00"),
            hectares=Decimal("0.8500"),
            description="grunty orne wydzierżawione sąsiadowi",
        ),
        m.Income(
            person_id=ZAWADZKA.id,
            month=D(2026, 8, 1),
            kind=m.IncomeKind.OTHER,
            gross=money("3000.00"),
            one_off=True,
            description="sprzedaż drewna z lasu",
        ),
    ),
)

# --------------------------------------------------------------------------- Tomasz Krawczyk

KRAWCZYK = person(
    "os-tomasz-krawczyk", "Tomasz", "Krawczyk", D(1971, 11, 30), male=True, serial=305
)
KRAWCZYK_CLIENT = m.Client(
    id="kl-tomasz-krawczyk",
    person=KRAWCZYK,
    stay_description="osoba bezdomna; nocuje w noclegowni przy ul. Kolejowej 12 w Radomierzu",
    correspondence_address=m.Address(
        city="Radomierz", postal_code="26-610", street="Żeromskiego", building="53"
    ),
)

HOMELESSNESS_PROGRAM_ID = "ipwzb-2026-004"
"""His indywidualny program wychodzenia z bezdomności, named by his kontrakt and referral."""

# --------------------------------------------------------------------------- the Lewandowski family

LEWANDOWSKI_ADDRESS = m.Address(
    city="Radomierz",
    postal_code="26-612",
    street="Słowackiego",
    building="9",
    flat="21",
    teryt=RADOMIERZ_TERYT,
)
MONIKA = person(
    "os-monika-lewandowska", "Monika", "Lewandowska", D(1992, 4, 14), male=False, serial=640
)
PAWEL = person(
    "os-pawel-lewandowski", "Paweł", "Lewandowski", D(1989, 12, 2), male=True, serial=519
)
OLIWIA = person(
    "os-oliwia-lewandowska", "Oliwia", "Lewandowska", D(2015, 6, 21), male=False, serial=733
)
ANTONI = person(
    "os-antoni-lewandowski", "Antoni", "Lewandowski", D(2018, 10, 9), male=True, serial=946
)
MONIKA_CLIENT = m.Client(
    id="kl-monika-lewandowska",
    person=MONIKA,
    address=LEWANDOWSKI_ADDRESS,
    contact=m.Contact(phone="+48 692 400 115"),
)
SR_RADOMIERZ = m.Court(
    name="Sąd Rejonowy w Radomierzu",
    department="III Wydział Rodzinny i Nieletnich",
    address=m.Address(city="Radomierz", postal_code="26-600", street="Warszawska", building="1"),
)

# =========================================================================== examples


def interview_full() -> m.Interview:
    """Wywiad (full) of the Wójcik family: an unemployed father, all segments A–J."""
    return m.Interview(
        id="rws-2026-0412",
        kind=m.InterviewKind.FULL,
        center=GOPS_LIPOWIEC,
        worker=WORKER_NOWICKA,
        household=WOJCIK_FAMILY,
        need_known_on=D(2026, 11, 3),
        conducted_on=D(2026, 11, 6),
        urgent=False,
        application_on=D(2026, 11, 3),
        place="Lipowiec, ul. Ogrodowa 17 m. 3 (miejsce zamieszkania)",
        reasons=(m.AssistanceReason.POVERTY, m.AssistanceReason.UNEMPLOYMENT),
        other_circumstances_text="zadłużenie czynszowe wobec gminy (2 miesiące)",
        household_data=m.HouseholdSegment(
            interviewee_id=MAREK.id,
            marital_status=m.MaritalStatus.MARRIED,
            education="zasadnicze zawodowe (mechanik pojazdów samochodowych)",
            notes="W wywiadzie uczestniczyła również żona wnioskodawcy.",
        ),
        material_situation=m.MaterialSituationSegment(
            expenses=(
                m.Expense(item="czynsz i media", amount=money("980.00")),
                m.Expense(item="energia elektryczna", amount=money("210.00")),
                m.Expense(item="opał (średnio miesięcznie)", amount=money("300.00")),
                m.Expense(item="przedszkole i dojazdy dzieci", amount=money("260.00")),
            ),
            assets="samochód osobowy Opel Astra z 2008 r.",
            debts="zaległości czynszowe 1 960,00 zł",
            notes="Rodzina nie posiada oszczędności.",
        ),
        living_conditions=m.LivingConditionsSegment(
            housing="mieszkanie komunalne, 2 pokoje z kuchnią",
            rooms=2,
            area_m2=money("48.50"),
            heating="piec kaflowy na węgiel",
            amenities="woda bieżąca, łazienka i WC w mieszkaniu",
            assessment="Warunki mieszkaniowe przeciętne; mieszkanie czyste i zadbane.",
        ),
        health=m.HealthSegment(
            description="Członkowie rodziny nie zgłaszają przewlekłych chorób.",
            disability_rulings="brak orzeczeń o niepełnosprawności",
        ),
        work=m.WorkSegment(
            description="Wnioskodawca bezrobotny od 31 marca 2026 r. (likwidacja zakładu "
            "pracy); żona pracuje na 3/4 etatu.",
            registered_unemployed=True,
            qualifications="prawo jazdy kat. B i C, uprawnienia spawalnicze",
        ),
        family_functioning=m.FamilyFunctioningSegment(
            description="Rodzina pełna, więzi prawidłowe; rodzice właściwie wypełniają "
            "funkcje opiekuńczo-wychowawcze.",
            alimony="nie dotyczy",
        ),
        other_circumstances=m.OtherCircumstancesSegment(
            description="Nie stwierdzono uzależnień ani konfliktów z prawem.",
        ),
        needs=m.NeedsSegment(
            needs=(
                "pomoc finansowa na bieżące utrzymanie rodziny",
                "pomoc w znalezieniu zatrudnienia",
            ),
            expected_benefits=(m.BenefitKind.PERIODIC_ALLOWANCE, m.BenefitKind.MEAL),
            notes="Wnioskodawca prosi o zasiłek okresowy na czas poszukiwania pracy.",
        ),
        diagnosis=m.DiagnosisSegment(
            diagnosis="Trudna sytuacja materialna rodziny wynika z utraty pracy przez "
            "wnioskodawcę i wygaśnięcia prawa do zasiłku dla bezrobotnych.",
            conclusions="Dochód rodziny jest niższy od kryterium dochodowego rodziny. "
            "Zasadne jest przyznanie zasiłku okresowego z powodu bezrobocia oraz objęcie "
            "wnioskodawcy pracą socjalną ukierunkowaną na powrót na rynek pracy.",
            resources="motywacja do pracy, kwalifikacje zawodowe, wsparcie żony",
        ),
        plan=m.AssistancePlanSegment(
            items=(
                m.PlanItem(
                    description="zasiłek okresowy na okres od grudnia 2026 r. do lutego 2027 r.",
                    benefit=m.BenefitKind.PERIODIC_ALLOWANCE,
                    due=D(2026, 11, 30),
                ),
                m.PlanItem(
                    description="praca socjalna – motywowanie do aktywnego poszukiwania pracy",
                    benefit=m.BenefitKind.SOCIAL_WORK,
                ),
                m.PlanItem(
                    description="skierowanie do Powiatowego Urzędu Pracy w sprawie szkolenia",
                    due=D(2026, 12, 15),
                ),
            ),
            notes="Plan omówiono z rodziną; wnioskodawca wyraził zgodę.",
        ),
    )


def interview_update() -> m.Interview:
    """Aktualizacja wywiadu (część IV) for Helena Zawadzka: health worsened, DPS needed."""
    return m.Interview(
        id="rws-2026-0398-akt",
        kind=m.InterviewKind.UPDATE,
        center=GOPS_LIPOWIEC,
        worker=WORKER_NOWICKA,
        household=ZAWADZKA_HOUSEHOLD,
        need_known_on=D(2026, 11, 2),
        conducted_on=D(2026, 11, 4),
        urgent=True,
        application_on=D(2026, 11, 2),
        place="Stara Wieś 41",
        reasons=(m.AssistanceReason.LONG_ILLNESS, m.AssistanceReason.DISABILITY),
        needs=m.NeedsSegment(needs=("całodobowa opieka",), expected_benefits=(m.BenefitKind.DPS,)),
        diagnosis=m.DiagnosisSegment(
            diagnosis="Stan zdrowia wnioskodawczyni uległ pogorszeniu; wymaga całodobowej "
            "opieki, której nie zapewniają usługi opiekuńcze.",
            conclusions="Zasadne skierowanie do domu pomocy społecznej dla osób w podeszłym wieku.",
        ),
        update=m.InterviewUpdate(
            changes="Pogorszenie stanu zdrowia po hospitalizacji w październiku 2026 r.; "
            "usługi opiekuńcze w wymiarze 4 godzin dziennie są niewystarczające.",
            previous_interview_id="rws-2026-0398",
            previous_interview_on=D(2026, 5, 12),
            conclusions="Wnioskodawczyni wyraża zgodę na umieszczenie w DPS.",
            plan="Przygotowanie dokumentacji i skierowanie do DPS; do czasu umieszczenia "
            "zwiększenie wymiaru usług opiekuńczych do 6 godzin dziennie.",
        ),
    )


def decision_grant() -> m.Decision:
    """Decision granting a zasiłek okresowy to the Wójcik family (4 persons, 823 zł each)."""
    return m.Decision(
        id="dec-2026-1187",
        case_reference="GOPS.8240.215.2026",
        number="1187/2026",
        organ="Wójt Gminy Lipowiec",
        center=GOPS_LIPOWIEC,
        issued_on=D(2026, 11, 20),
        place="Lipowiec",
        party=WOJCIK_CLIENT,
        outcome=m.DecisionOutcome.GRANT,
        benefit=m.BenefitKind.PERIODIC_ALLOWANCE,
        legal_basis=(
            "art. 104 Kodeksu postępowania administracyjnego",
            "art. 7 pkt 4, art. 8 ust. 1 pkt 3, art. 38, art. 106 ust. 1 i art. 110 ustawy z "
            "dnia 12 marca 2004 r. o pomocy społecznej",
        ),
        factual_justification="Wnioskiem z dnia 3 listopada 2026 r. Pan Marek Wójcik zwrócił "
        "się o przyznanie zasiłku okresowego. Rodzinny wywiad środowiskowy przeprowadzony "
        "6 listopada 2026 r. wykazał, że rodzina liczy 4 osoby. Z uwagi na utratę dochodu "
        "(wygaśnięcie prawa wnioskodawcy do zasiłku dla bezrobotnych 31 października 2026 r.) "
        "dochód ustalono z miesiąca złożenia wniosku: w listopadzie 2026 r. wyniósł on "
        "2 096,53 zł, tj. mniej niż kryterium dochodowe rodziny (4 × 823,00 zł = "
        "3 292,00 zł). Wnioskodawca pozostaje bez pracy.",
        legal_justification="Zgodnie z art. 38 ust. 1 ustawy o pomocy społecznej zasiłek "
        "okresowy przysługuje w szczególności ze względu na bezrobocie rodzinie, której "
        "dochód jest niższy od kryterium dochodowego rodziny.",
        signatory=m.Signatory(
            name="Anna Wiśniewska",
            position="Kierownik Gminnego Ośrodka Pomocy Społecznej w Lipowcu",
            on_authority_of="z upoważnienia Wójta Gminy Lipowiec",
        ),
        acting_on_authority=True,
        authorisation="upoważnienie nr 12/2024 z dnia 2 stycznia 2024 r.",
        application_on=D(2026, 11, 3),
        amount=money("600.00"),
        period_from=D(2026, 12, 1),
        period_to=D(2027, 2, 28),
        payments=(
            m.Payment(due_on=D(2026, 12, 10), amount=money("600.00")),
            m.Payment(due_on=D(2027, 1, 11), amount=money("600.00")),
            m.Payment(due_on=D(2027, 2, 10), amount=money("600.00")),
        ),
        payment_method="przelewem na rachunek bankowy wskazany we wniosku",
        purpose="zaspokojenie niezbędnych potrzeb bytowych rodziny",
        repayable=False,
        interview_id="rws-2026-0412",
        interview_on=D(2026, 11, 6),
        recipients=("Pan Marek Wójcik", "a/a"),
        appeal_body="Samorządowe Kolegium Odwoławcze w Radomierzu",
    )


def decision_refusal() -> m.Decision:
    """Refusal of a zasiłek okresowy: a single person's income exceeds 1 010 zł."""
    janusz = person("os-janusz-pawlak", "Janusz", "Pawlak", D(1963, 5, 19), male=True, serial=122)
    client = m.Client(
        id="kl-janusz-pawlak",
        person=janusz,
        address=m.Address(city="Lipowiec", postal_code="05-252", street="Polna", building="2"),
    )
    return m.Decision(
        id="dec-2026-1203",
        case_reference="GOPS.8240.229.2026",
        number="1203/2026",
        organ="Wójt Gminy Lipowiec",
        center=GOPS_LIPOWIEC,
        issued_on=D(2026, 11, 24),
        place="Lipowiec",
        party=client,
        outcome=m.DecisionOutcome.REFUSAL,
        benefit=m.BenefitKind.PERIODIC_ALLOWANCE,
        legal_basis=(
            "art. 104 Kodeksu postępowania administracyjnego",
            "art. 8 ust. 1 pkt 1, art. 38, art. 106 ust. 1 i art. 110 ustawy z dnia 12 marca "
            "2004 r. o pomocy społecznej",
        ),
        factual_justification="Dochód wnioskodawcy – osoby samotnie gospodarującej – w "
        "październiku 2026 r. wyniósł 1 342,18 zł i przekracza kryterium dochodowe 1 010,00 zł.",
        legal_justification="Zasiłek okresowy przysługuje osobie samotnie gospodarującej, "
        "której dochód jest niższy od kryterium dochodowego (art. 38 ust. 1 pkt 1 ustawy o "
        "pomocy społecznej). Warunek ten nie został spełniony.",
        signatory=m.Signatory(
            name="Anna Wiśniewska",
            position="Kierownik Gminnego Ośrodka Pomocy Społecznej w Lipowcu",
            on_authority_of="z upoważnienia Wójta Gminy Lipowiec",
        ),
        application_on=D(2026, 11, 5),
        interview_id="rws-2026-0420",
        interview_on=D(2026, 11, 12),
        recipients=("Pan Janusz Pawlak", "a/a"),
        appeal_body="Samorządowe Kolegium Odwoławcze w Radomierzu",
    )


def contract_a() -> m.SocialContract:
    """Kontrakt socjalny typ A with a homeless man, in progress."""
    return m.SocialContract(
        id="ks-2026-027",
        number="KS/27/2026",
        kind=m.ContractKind.A,
        concluded_on=D(2026, 10, 5),
        valid_from=D(2026, 10, 5),
        valid_to=D(2027, 3, 31),
        center=MOPS_RADOMIERZ,
        worker=WORKER_SIKORA,
        client=KRAWCZYK_CLIENT,
        assessment=m.SituationAssessment(
            causes="Utrata mieszkania po eksmisji w 2024 r., brak stałego zatrudnienia, "
            "zerwane więzi rodzinne.",
            resources="Doświadczenie w pracy na budowie, gotowość do zmiany, dobry kontakt z "
            "pracownikiem socjalnym.",
            limitations="Brak dowodu osobistego, zadłużenie alimentacyjne, brak środków na "
            "wynajem mieszkania.",
        ),
        main_goal="Wyjście z bezdomności i usamodzielnienie się.",
        goals=(
            m.Goal(
                id="cel-1",
                description="Uzyskanie miejsca w schronisku dla osób bezdomnych.",
                due=D(2026, 11, 30),
            ),
            m.Goal(id="cel-2", description="Wyrobienie dowodu osobistego.", due=D(2026, 11, 15)),
            m.Goal(
                id="cel-3",
                description="Rejestracja w PUP i podjęcie zatrudnienia.",
                due=D(2027, 3, 31),
            ),
        ),
        actions=(
            m.ContractAction(
                description="Złożenie wniosku o wydanie dowodu osobistego.",
                owner=m.ActionOwner.CLIENT,
                due=D(2026, 10, 20),
                status=m.ActionStatus.DONE,
                goal_id="cel-2",
            ),
            m.ContractAction(
                description="Pokrycie kosztów zdjęć do dowodu osobistego z zasiłku celowego.",
                owner=m.ActionOwner.CENTER,
                due=D(2026, 10, 20),
                status=m.ActionStatus.DONE,
                goal_id="cel-2",
                notes="zasiłek celowy na podstawie art. 39a u.p.s.",
            ),
            m.ContractAction(
                description="Przygotowanie skierowania do schroniska.",
                owner=m.ActionOwner.WORKER,
                due=D(2026, 11, 18),
                status=m.ActionStatus.DONE,
                goal_id="cel-1",
            ),
            m.ContractAction(
                description="Rejestracja jako osoba bezrobotna i udział w szkoleniu.",
                owner=m.ActionOwner.INSTITUTION,
                owner_name="Powiatowy Urząd Pracy w Radomierzu",
                due=D(2027, 1, 31),
                status=m.ActionStatus.IN_PROGRESS,
                goal_id="cel-3",
            ),
        ),
        client_obligations=(
            "przestrzeganie regulaminu schroniska i abstynencji",
            "spotkania z pracownikiem socjalnym co najmniej raz w tygodniu",
            "aktywne poszukiwanie pracy i informowanie o jego wynikach",
        ),
        worker_obligations=(
            "udzielanie poradnictwa i wsparcia w sprawach urzędowych",
            "pomoc w uzyskaniu miejsca w schronisku",
            "rozważenie przyznania zasiłku celowego na realizację kontraktu",
        ),
        amendments=(
            m.Amendment(
                made_on=D(2026, 11, 16),
                change="Przesunięcie terminu rejestracji w PUP na 31 stycznia 2027 r. z uwagi "
                "na oczekiwanie na dowód osobisty.",
                agreed_by_client=True,
                agreed_by_worker=True,
            ),
        ),
        evaluation=(
            m.GoalEvaluation(
                goal_id="cel-2",
                result=m.GoalResult.ACHIEVED,
                evaluated_on=D(2026, 11, 16),
            ),
            m.GoalEvaluation(
                goal_id="cel-1",
                result=m.GoalResult.PARTLY,
                evaluated_on=D(2026, 11, 16),
                reasons="Skierowanie wydane; przyjęcie do schroniska od 20 listopada 2026 r.",
            ),
        ),
        evaluation_summary="Kontrakt realizowany zgodnie z ustaleniami.",
        status=m.ContractStatus.IN_PROGRESS,
        client_signed_on=D(2026, 10, 5),
        worker_signed_on=D(2026, 10, 5),
        homelessness_program_id=HOMELESSNESS_PROGRAM_ID,
    )


def contract_b() -> m.SocialContract:
    """Kontrakt socjalny typ B (activation), terminated early."""
    return m.SocialContract(
        id="ks-2026-011",
        number="KS/11/2026",
        kind=m.ContractKind.B,
        concluded_on=D(2026, 4, 20),
        valid_from=D(2026, 4, 20),
        valid_to=D(2026, 10, 31),
        center=GOPS_LIPOWIEC,
        worker=WORKER_NOWICKA,
        client=WOJCIK_CLIENT,
        covered_members=(AGNIESZKA,),
        covered_relations=(
            m.CoveredRelation(person_id=AGNIESZKA.id, relation=m.Relation.SPOUSE),
        ),
        assessment=m.SituationAssessment(
            causes="Długotrwałe bezrobocie wnioskodawcy.",
            resources="Kwalifikacje zawodowe (spawacz), prawo jazdy kat. C.",
            limitations="Słaba dostępność komunikacyjna ofert pracy.",
        ),
        main_goal="Podjęcie zatrudnienia przez wnioskodawcę.",
        goals=(m.Goal(id="cel-1", description="Ukończenie kursu spawania metodą MAG."),),
        actions=(
            m.ContractAction(
                description="Udział w kursie spawania organizowanym przez PUP.",
                owner=m.ActionOwner.CLIENT,
                due=D(2026, 8, 31),
                status=m.ActionStatus.CANCELLED,
                goal_id="cel-1",
            ),
        ),
        client_obligations=("udział w kursie",),
        worker_obligations=("pomoc w dojazdach na kurs (zasiłek celowy)",),
        labour_market=m.LabourMarketSection(
            unemployment_causes="Likwidacja zakładu pracy; brak ofert w miejscu zamieszkania.",
            earlier_activation="Staż w 2025 r. przerwany z powodu choroby.",
            pup_referral_number="PUP.CAZ.5412.88.2026",
            pup_referral_on=D(2026, 4, 15),
        ),
        evaluation=(
            m.GoalEvaluation(
                goal_id="cel-1",
                result=m.GoalResult.NOT_ACHIEVED,
                evaluated_on=D(2026, 9, 30),
                reasons="Kurs odwołany przez organizatora z powodu braku naboru.",
            ),
        ),
        termination=m.Termination(
            on=D(2026, 9, 30),
            reason="Rozwiązanie za porozumieniem stron: kurs, na który skierowano "
            "wnioskodawcę, został odwołany; strony ustalą nowy plan działań.",
        ),
        status=m.ContractStatus.TERMINATED,
        client_signed_on=D(2026, 4, 20),
        worker_signed_on=D(2026, 4, 22),
    )


def referral_dps() -> m.Referral:
    return m.Referral(
        id="skier-dps-2026-004",
        kind=m.ReferralKind.DPS,
        client=ZAWADZKA_CLIENT,
        center=GOPS_LIPOWIEC,
        worker=WORKER_NOWICKA,
        target=m.Institution(
            name="Starostwo Powiatowe w Radomierzu – Powiatowe Centrum Pomocy Rodzinie",
            address=m.Address(
                city="Radomierz", postal_code="26-600", street="Kościuszki", building="12"
            ),
            department="Dział Domów Pomocy Społecznej",
        ),
        created_on=D(2026, 11, 6),
        justification="Wnioskodawczyni (85 lat) po hospitalizacji wymaga całodobowej opieki; "
        "rodzina mieszka w Warszawie i nie może jej zapewnić, a gmina nie jest w stanie "
        "zapewnić usług opiekuńczych w niezbędnym wymiarze.",
        reference_number="GOPS.8250.4.2026",
        requested_support="umieszczenie w domu pomocy społecznej dla osób w podeszłym wieku",
        consent=m.Consent(
            given_by="Helena Zawadzka",
            given_on=D(2026, 11, 4),
            by_representative=False,
            written=True,
            scope="zgoda na umieszczenie w domu pomocy społecznej i na ponoszenie odpłatności",
        ),
        attachments=(
            m.Attachment(title="wniosek o skierowanie do DPS", required=True),
            m.Attachment(
                title="rodzinny wywiad środowiskowy (aktualizacja z 4 listopada 2026 r.)",
                required=True,
            ),
            m.Attachment(title="decyzja ZUS o wysokości emerytury", required=True),
            m.Attachment(
                title="pisemna zgoda na ponoszenie odpłatności i jej potrącanie", required=True
            ),
            m.Attachment(title="zaświadczenie lekarskie o stanie zdrowia"),
            m.Attachment(title="oświadczenie córki o dochodach", provided=False),
        ),
        signatory=m.Signatory(
            name="Anna Wiśniewska",
            position="Kierownik Gminnego Ośrodka Pomocy Społecznej w Lipowcu",
            on_authority_of="z upoważnienia Wójta Gminy Lipowiec",
        ),
        dps=m.DpsDetails(
            dps_type=m.DpsType.ELDERLY,
            needs_24h_care=True,
            care_services_insufficient=True,
            preferred_home="Dom Pomocy Społecznej „Jesień Życia” w Radomierzu",
            monthly_income=money("2488.22"),
            justification="Niepełnosprawność ruchowa po złamaniu szyjki kości udowej.",
        ),
        status=m.ReferralStatus.SENT,
        sent_on=D(2026, 11, 12),
    )


# --------------------------------------------------------------------------- DPS decisions

ZAWADZKA_HOME = "Dom Pomocy Społecznej „Jesień Życia” w Radomierzu"
BARBARA = person(
    "os-barbara-kowalczyk", "Barbara", "Kowalczyk", D(1968, 7, 3), male=False, serial=218,
    family_name="Zawadzka",
)
PIOTR = person("os-piotr-zawadzki", "Piotr", "Zawadzki", D(1972, 9, 26), male=True, serial=664)
LIPOWIEC_SIGNATORY = m.Signatory(
    name="Anna Wiśniewska",
    position="Kierownik Gminnego Ośrodka Pomocy Społecznej w Lipowcu",
    on_authority_of="z upoważnienia Wójta Gminy Lipowiec",
)
DPS_LEGAL_BASIS = "ustawy z dnia 12 marca 2004 r. o pomocy społecznej (Dz. U. z 2025 r. poz. 1214)"


def dps_referral_decision() -> m.DpsReferralDecision:
    """Decyzja o skierowaniu Heleny Zawadzkiej do DPS dla osób w podeszłym wieku (her consent)."""
    return m.DpsReferralDecision(
        id="dec-dps-2026-031",
        case_reference="GOPS.8250.4.2026",
        number="31/DPS/2026",
        organ="Wójt Gminy Lipowiec",
        center=GOPS_LIPOWIEC,
        issued_on=D(2026, 11, 20),
        place="Lipowiec",
        party=ZAWADZKA_CLIENT,
        outcome=m.DecisionOutcome.GRANT,
        dps_type=m.DpsType.ELDERLY,
        home=ZAWADZKA_HOME,
        placed_from=D(2026, 12, 1),
        needs_24h_care=True,
        cannot_function_independently=True,
        care_services_insufficient=True,
        ground=m.PlacementGround.CONSENT,
        consent=m.Consent(
            given_by="Helena Zawadzka",
            given_on=D(2026, 11, 4),
            by_representative=False,
            written=True,
            scope="zgoda na umieszczenie w domu pomocy społecznej",
        ),
        legal_basis=(
            "art. 104 Kodeksu postępowania administracyjnego",
            "art. 54 ust. 1 i 2, art. 59 ust. 1, art. 106 ust. 1 i art. 110 ust. 1 "
            + DPS_LEGAL_BASIS,
        ),
        factual_justification="Wnioskiem z dnia 2 listopada 2026 r. Pani Helena Zawadzka "
        "(85 lat) zwróciła się o skierowanie do domu pomocy społecznej. Aktualizacja "
        "rodzinnego wywiadu środowiskowego przeprowadzona 4 listopada 2026 r. wykazała, że po "
        "złamaniu szyjki kości udowej wnioskodawczyni porusza się wyłącznie przy pomocy "
        "balkonika, nie jest w stanie samodzielnie przygotować posiłku ani wykonać czynności "
        "higienicznych i wymaga całodobowej opieki. Usługi opiekuńcze świadczone w wymiarze "
        "4 godzin dziennie nie zapewniają jej niezbędnej pomocy, a dzieci mieszkają w "
        "Warszawie i nie mogą sprawować nad nią stałej opieki. Wnioskodawczyni wyraziła na "
        "piśmie zgodę na umieszczenie w domu pomocy społecznej.",
        legal_justification="Zgodnie z art. 54 ust. 1 ustawy o pomocy społecznej osobie "
        "wymagającej całodobowej opieki z powodu wieku, choroby lub niepełnosprawności, "
        "niemogącej samodzielnie funkcjonować w codziennym życiu, której nie można zapewnić "
        "niezbędnej pomocy w formie usług opiekuńczych, przysługuje prawo do umieszczenia "
        "w domu pomocy społecznej. Osobę taką kieruje się do domu odpowiedniego typu, "
        "zlokalizowanego jak najbliżej miejsca zamieszkania, po uzyskaniu jej zgody (art. 54 "
        "ust. 2). Decyzję o skierowaniu wydaje organ gminy właściwej dla tej osoby w dniu jej "
        "kierowania (art. 59 ust. 1). Przesłanki te zostały spełnione.",
        signatory=LIPOWIEC_SIGNATORY,
        acting_on_authority=True,
        authorisation="upoważnienie nr 12/2024 z dnia 2 stycznia 2024 r.",
        application_on=D(2026, 11, 2),
        interview_id="rws-2026-0398-akt",
        interview_on=D(2026, 11, 4),
        fee_decision_id="dec-dps-2026-032",
        recipients=(
            "Pani Helena Zawadzka",
            "Starosta Radomierski za pośrednictwem Powiatowego Centrum Pomocy Rodzinie "
            "w Radomierzu",
            "a/a",
        ),
        appeal_body="Samorządowe Kolegium Odwoławcze w Radomierzu",
    )


def dps_referral_decision_court() -> m.DpsReferralDecision:
    """A referral resting on a court's order (art. 54 ust. 4 u.p.s.), MOPS Radomierz."""
    jan = person("os-jan-michalak", "Jan", "Michalak", D(1958, 2, 14), male=True, serial=377)
    client = m.Client(
        id="kl-jan-michalak",
        person=jan,
        stay_description="Szpital Specjalistyczny w Radomierzu, oddział psychiatryczny",
        legal_representative=m.LegalRepresentative(
            person=person(
                "os-teresa-michalak", "Teresa", "Michalak", D(1961, 6, 2), male=False,
                serial=905,
            ),
            basis="opiekun prawny ustanowiony postanowieniem Sądu Rejonowego w Radomierzu",
        ),
    )
    return m.DpsReferralDecision(
        id="dec-dps-2026-107",
        case_reference="MOPS.DPS.8250.17.2026",
        organ="Prezydent Miasta Radomierza",
        center=MOPS_RADOMIERZ,
        issued_on=D(2026, 11, 18),
        place="Radomierz",
        party=client,
        outcome=m.DecisionOutcome.GRANT,
        dps_type=m.DpsType.MENTALLY_ILL,
        needs_24h_care=True,
        cannot_function_independently=True,
        care_services_insufficient=True,
        ground=m.PlacementGround.COURT_ORDER,
        court_order=m.CourtOrder(
            court=SR_RADOMIERZ,
            decided_on=D(2026, 10, 7),
            case_number="III RNs 212/26",
            final_on=D(2026, 10, 29),
        ),
        legal_basis=(
            "art. 104 Kodeksu postępowania administracyjnego",
            "art. 54 ust. 1 i 4, art. 59 ust. 1 " + DPS_LEGAL_BASIS,
        ),
        factual_justification="Postanowieniem z dnia 7 października 2026 r. (sygn. akt "
        "III RNs 212/26), prawomocnym od 29 października 2026 r., Sąd Rejonowy w Radomierzu "
        "orzekł o umieszczeniu Pana Jana Michalaka w domu pomocy społecznej bez jego zgody.",
        legal_justification="Art. 54 ust. 1 i 4 oraz art. 59 ust. 1 ustawy o pomocy "
        "społecznej.",
        signatory=m.Signatory(
            name="Grzegorz Dąbrowski",
            position="Dyrektor MOPS w Radomierzu",
            on_authority_of="z upoważnienia Prezydenta Miasta Radomierza",
        ),
        interview_on=D(2026, 11, 9),
    )


def dps_fee_decision() -> m.DpsFeeDecision:
    """Decyzja ustalająca opłatę Heleny Zawadzkiej; ``socialwork calc dps-fee --cost 6850
    --income 2234.62 --on 2026-11-20 --relative family:3:9000 --relative single:3900``
    reproduces it: 1 564,23 zł; 1 593,00 zł and 870,00 zł; gmina 2 822,77 zł."""
    return m.DpsFeeDecision(
        id="dec-dps-2026-032",
        case_reference="GOPS.8250.4.2026",
        number="32/DPS/2026",
        organ="Wójt Gminy Lipowiec",
        center=GOPS_LIPOWIEC,
        issued_on=D(2026, 11, 20),
        place="Lipowiec",
        party=ZAWADZKA_CLIENT,
        home=ZAWADZKA_HOME,
        fee_from=D(2026, 12, 1),
        cost=money("6850.00"),
        cost_announcement="zarządzenie nr 14/2026 Starosty Radomierskiego z dnia 20 marca "
        "2026 r. w sprawie średniego miesięcznego kosztu utrzymania mieszkańca w domach "
        "pomocy społecznej prowadzonych przez Powiat Radomierski",
        resident_income=money("2234.62"),
        fee=money("1564.23"),
        gmina_fee=money("2822.77"),
        obliged=(
            m.ObligedPerson(
                person=BARBARA,
                kinship=m.Kinship.DESCENDANT,
                household_members=3,
                income=money("9000.00"),
                fee=money("1593.00"),
                agreement=m.DpsAgreement(
                    concluded_on=D(2026, 11, 16),
                    monthly_amount=money("1593.00"),
                    number="GOPS.8250.4.1.2026",
                ),
            ),
            m.ObligedPerson(
                person=PIOTR,
                kinship=m.Kinship.DESCENDANT,
                income=money("3900.00"),
                fee=money("870.00"),
                no_agreement_reason=m.NoAgreementReason.REFUSED,
            ),
        ),
        payment_method="potrącanie przez organ emerytalny z emerytury mieszkanki na rachunek "
        "domu pomocy społecznej, na podstawie jej pisemnej zgody",
        payment_due="do 15. dnia każdego miesiąca",
        referral_decision_id="dec-dps-2026-031",
        legal_basis=(
            "art. 104 Kodeksu postępowania administracyjnego",
            "art. 59 ust. 1, art. 60, art. 61 ust. 1 i 2 oraz art. 106 ust. 1 " + DPS_LEGAL_BASIS,
        ),
        factual_justification="Decyzją nr 31/DPS/2026 z dnia 20 listopada 2026 r. Pani Helena "
        "Zawadzka została skierowana do domu pomocy społecznej od 1 grudnia 2026 r. Jej "
        "dochód ustalony zgodnie z art. 8 ustawy wynosi 2 234,62 zł miesięcznie (emerytura "
        "netto 1 886,40 zł i dodatek pielęgnacyjny 348,22 zł). Średni miesięczny koszt "
        "utrzymania mieszkańca w domu wynosi w 2026 r. 6 850,00 zł. Córka, Pani Barbara "
        "Kowalczyk, zawarła 16 listopada 2026 r. umowę o wnoszenie opłaty; syn, Pan Piotr "
        "Zawadzki, odmówił zawarcia umowy.",
        legal_justification="Mieszkaniec domu wnosi opłatę w wysokości nie większej niż 70 % "
        "swojego dochodu (art. 61 ust. 2 pkt 1 ustawy o pomocy społecznej). Pozostałą część "
        "średniego kosztu wnoszą w kolejności małżonek, zstępni przed wstępnymi, w zakresie, "
        "w jakim ich dochód przekracza 300 % kryterium dochodowego (art. 61 ust. 2 pkt 2), "
        "a różnicę – gmina, z której osoba została skierowana (art. 61 ust. 2 pkt 3).",
        signatory=LIPOWIEC_SIGNATORY,
        acting_on_authority=True,
        authorisation="upoważnienie nr 12/2024 z dnia 2 stycznia 2024 r.",
        application_on=D(2026, 11, 2),
        interview_id="rws-2026-0398-akt",
        interview_on=D(2026, 11, 4),
        recipients=(
            "Pani Helena Zawadzka",
            ZAWADZKA_HOME,
            "a/a",
        ),
        appeal_body="Samorządowe Kolegium Odwoławcze w Radomierzu",
    )


def referral_court() -> m.Referral:
    return m.Referral(
        id="wn-sad-2026-002",
        kind=m.ReferralKind.FAMILY_COURT,
        client=MONIKA_CLIENT,
        center=MOPS_RADOMIERZ,
        worker=WORKER_ZAJAC,
        target=m.Institution(
            name=SR_RADOMIERZ.name,
            address=SR_RADOMIERZ.address,
            department=SR_RADOMIERZ.department,
        ),
        created_on=D(2026, 11, 10),
        justification="Małoletni często opuszczają zajęcia szkolne; matka nie współpracuje "
        "z asystentem rodziny, a w mieszkaniu stwierdzono brak opału i żywności. Ośrodek "
        "prowadzi pracę socjalną z rodziną od stycznia 2026 r.",
        reference_number="MOPS.DPR.441.2.2026",
        attachments=(
            m.Attachment(
                title="notatka służbowa z wizyty w miejscu zamieszkania z dnia 4 listopada 2026 r."
            ),
            m.Attachment(title="opinia wychowawcy Szkoły Podstawowej nr 3 w Radomierzu"),
        ),
        signatory=m.Signatory(name="Grzegorz Dąbrowski", position="Dyrektor MOPS w Radomierzu"),
        court=m.CourtDetails(
            court=SR_RADOMIERZ,
            minors=(OLIWIA, ANTONI),
            parents=(MONIKA, PAWEL),
            minors_address=LEWANDOWSKI_ADDRESS,
            request="o wgląd w sytuację małoletnich Oliwii i Antoniego Lewandowskich oraz "
            "wydanie zarządzeń na podstawie art. 109 § 2 Kodeksu rodzinnego i opiekuńczego, "
            "w szczególności ustanowienie nadzoru kuratora",
            earlier_actions="praca socjalna od 01.2026, asystent rodziny od 03.2026, "
            "zasiłki celowe na żywność",
        ),
        status=m.ReferralStatus.DRAFT,
    )


def referral_gkrpa() -> m.Referral:
    return m.Referral(
        id="wn-gkrpa-2026-007",
        kind=m.ReferralKind.GKRPA,
        client=MONIKA_CLIENT,
        center=MOPS_RADOMIERZ,
        worker=WORKER_ZAJAC,
        target=m.Institution(
            name="Miejska Komisja Rozwiązywania Problemów Alkoholowych w Radomierzu",
            address=m.Address(city="Radomierz", postal_code="26-600", street="Rynek", building="1"),
        ),
        created_on=D(2026, 11, 12),
        justification="Rodzina Lewandowskich korzysta z pomocy ośrodka od stycznia 2026 r. "
        "Pani Monika Lewandowska zgłasza, że mąż od wiosny 2026 r. nadużywa alkoholu, a jego "
        "zachowanie dezorganizuje życie rodziny i zagraża prawidłowemu rozwojowi dzieci. Mimo "
        "rozmów z pracownikiem socjalnym nie podjął dobrowolnie leczenia.",
        reference_number="MOPS.DPR.8.2026",
        requested_support="rozmowa motywująca z członkiem komisji; skierowanie na badanie przez "
        "biegłego w przedmiocie uzależnienia od alkoholu",
        attachments=(
            m.Attachment(
                title="notatka służbowa z rozmowy z Panią Moniką Lewandowską z dnia "
                "5 listopada 2026 r."
            ),
        ),
        signatory=m.Signatory(name="Grzegorz Dąbrowski", position="Dyrektor MOPS w Radomierzu"),
        gkrpa=m.GkrpaDetails(
            person=PAWEL,
            grounds=(m.GkrpaGround.FAMILY_BREAKDOWN, m.GkrpaGround.EVADES_SUPPORT),
            behaviour="Od wiosny 2026 r. nadużywa alkoholu, nie przekazuje środków na "
            "utrzymanie rodziny, wszczyna awantury w obecności dzieci.",
            address=LEWANDOWSKI_ADDRESS,
            relation_to_family="mąż Pani Moniki Lewandowskiej (klientki ośrodka), ojciec "
            "dwojga małoletnich dzieci",
            earlier_interventions="interwencje Policji 12.08.2026 i 3.10.2026",
            witnesses=("Monika Lewandowska", "dzielnicowy KMP w Radomierzu"),
        ),
        status=m.ReferralStatus.ACCEPTED,
        sent_on=D(2026, 11, 13),
        responded_on=D(2026, 11, 19),
    )


def referral_shelter() -> m.Referral:
    return m.Referral(
        id="skier-schr-2026-019",
        kind=m.ReferralKind.SHELTER,
        client=KRAWCZYK_CLIENT,
        center=MOPS_RADOMIERZ,
        worker=WORKER_SIKORA,
        target=m.Institution(
            name="Schronisko dla Bezdomnych Mężczyzn „Przystań” w Radomierzu",
            address=m.Address(
                city="Radomierz", postal_code="26-613", street="Kolejowa", building="14"
            ),
            contact=m.Contact(phone="48 362 55 10"),
        ),
        created_on=D(2026, 11, 18),
        justification="Osoba bezdomna realizująca kontrakt socjalny KS/27/2026; zdolna do "
        "samoobsługi.",
        reference_number="MOPS.DOB.8241.33.2026",
        requested_support="pomoc w wyrobieniu dowodu osobistego; realizacja indywidualnego "
        "programu wychodzenia z bezdomności",
        attachments=(
            m.Attachment(
                title="kopia decyzji nr MOPS.DOB.8241.33.2026 z dnia 18 listopada 2026 r.",
                required=True,
            ),
            m.Attachment(title="kopia kontraktu socjalnego nr KS/27/2026", required=True),
        ),
        signatory=m.Signatory(
            name="Grzegorz Dąbrowski",
            position="Dyrektor MOPS w Radomierzu",
            on_authority_of="z upoważnienia Prezydenta Miasta Radomierza",
        ),
        shelter=m.ShelterDetails(
            place=m.ShelterKind.SHELTER,
            stay_from=D(2026, 11, 20),
            stay_to=D(2027, 3, 31),
            decision_number="MOPS.DOB.8241.33.2026",
            decision_on=D(2026, 11, 18),
            contract_number="KS/27/2026",
            fee=money("180.00"),
            homelessness_program_id=HOMELESSNESS_PROGRAM_ID,
        ),
        status=m.ReferralStatus.ACCEPTED,
        sent_on=D(2026, 11, 18),
        responded_on=D(2026, 11, 19),
    )


def referral_pup() -> m.Referral:
    return m.Referral(
        id="skier-pup-2026-031",
        kind=m.ReferralKind.PUP,
        client=WOJCIK_CLIENT,
        center=GOPS_LIPOWIEC,
        worker=WORKER_NOWICKA,
        target=m.Institution(
            name="Powiatowy Urząd Pracy w Radomierzu",
            department="Filia w Lipowcu",
            address=m.Address(city="Lipowiec", postal_code="05-252", street="Rynek", building="7"),
        ),
        created_on=D(2026, 11, 23),
        justification="Wnioskodawca pozostaje bez pracy od marca 2026 r., posiada "
        "uprawnienia spawalnicze i prawo jazdy kat. C; deklaruje gotowość podjęcia pracy.",
        reference_number="GOPS.8240.215.2026",
        requested_support="szkolenie zawodowe (spawanie MAG), pośrednictwo pracy",
        consent=m.Consent(
            given_by="Marek Wójcik",
            given_on=D(2026, 11, 23),
            scope="zgoda na przekazanie danych osobowych do PUP",
        ),
        attachments=(m.Attachment(title="kopia świadectwa pracy"),),
        employment=m.EmploymentDetails(
            labour_status="osoba bezrobotna zarejestrowana w PUP od 1 kwietnia 2026 r., bez "
            "prawa do zasiłku",
            support_requested=("szkolenie zawodowe", "pośrednictwo pracy", "doradztwo"),
            contract_number="KS/11/2026",
        ),
        status=m.ReferralStatus.DRAFT,
    )


def referral_pzon() -> m.Referral:
    kacper_client = m.Client(
        id="kl-kacper-wojcik",
        person=KACPER,
        address=WOJCIK_ADDRESS,
        legal_representative=m.LegalRepresentative(
            person=AGNIESZKA,
            basis="matka",
            address=WOJCIK_ADDRESS,
            contact=m.Contact(phone="+48 601 765 432"),
        ),
    )
    return m.Referral(
        id="wn-pzon-2026-003",
        kind=m.ReferralKind.PZON,
        client=kacper_client,
        center=GOPS_LIPOWIEC,
        worker=WORKER_NOWICKA,
        target=m.Institution(
            name="Powiatowy Zespół do Spraw Orzekania o Niepełnosprawności w Radomierzu",
            address=m.Address(
                city="Radomierz", postal_code="26-600", street="Kościuszki", building="12"
            ),
        ),
        created_on=D(2026, 11, 24),
        justification="Dziecko pod opieką poradni specjalistycznej; matka prosi o pomoc w "
        "złożeniu wniosku.",
        consent=m.Consent(
            given_by="Agnieszka Wójcik", given_on=D(2026, 11, 24), by_representative=True
        ),
        attachments=(
            m.Attachment(title="zaświadczenie lekarskie o stanie zdrowia", required=True),
            m.Attachment(title="kopia dokumentacji medycznej"),
        ),
        disability=m.DisabilityDetails(
            age_group=m.AgeGroup.UNDER_16,
            purpose="uzyskanie wsparcia w edukacji i świadczeń rodzinnych",
            first_application=True,
            medical_certificate_on=D(2026, 11, 18),
        ),
        status=m.ReferralStatus.DRAFT,
    )


def referral_counselling() -> m.Referral:
    """Counselling referral, done without success (all outcome fields)."""
    return m.Referral(
        id="skier-por-2026-012",
        kind=m.ReferralKind.COUNSELLING,
        client=MONIKA_CLIENT,
        center=MOPS_RADOMIERZ,
        worker=WORKER_ZAJAC,
        target=m.Institution(
            name="Ośrodek Interwencji Kryzysowej w Radomierzu",
            address=m.Address(
                city="Radomierz", postal_code="26-600", street="Traugutta", building="30"
            ),
            department="Poradnia rodzinna",
        ),
        created_on=D(2026, 9, 1),
        justification="Konflikty w rodzinie, trudności wychowawcze z małoletnią córką.",
        requested_support="poradnictwo rodzinne i psychologiczne",
        consent=m.Consent(given_by="Monika Lewandowska", given_on=D(2026, 9, 1), written=False),
        status=m.ReferralStatus.DONE,
        sent_on=D(2026, 9, 2),
        responded_on=D(2026, 9, 4),
        done_on=D(2026, 10, 30),
        successful=False,
        outcome_reason="Klientka przerwała udział w spotkaniach po dwóch wizytach.",
    )


def referral_family_assistant() -> m.Referral:
    """Request for a family assistant, rejected (with the reason)."""
    return m.Referral(
        id="wn-ar-2026-005",
        kind=m.ReferralKind.FAMILY_ASSISTANT,
        client=WOJCIK_CLIENT,
        center=GOPS_LIPOWIEC,
        worker=WORKER_NOWICKA,
        target=m.Institution(name="Zespół asystentów rodziny GOPS w Lipowcu"),
        created_on=D(2026, 11, 9),
        justification="Rodzina w trudnej sytuacji materialnej po utracie pracy przez ojca.",
        status=m.ReferralStatus.REJECTED,
        sent_on=D(2026, 11, 9),
        responded_on=D(2026, 11, 13),
        rejection_reason="Brak bezradności w sprawach opiekuńczo-wychowawczych; rodzina "
        "objęta pracą socjalną.",
    )


def referral_other_revoked() -> m.Referral:
    """An 'other' referral (klub integracji społecznej), revoked after sending."""
    return m.Referral(
        id="skier-kis-2026-002",
        kind=m.ReferralKind.OTHER,
        client=KRAWCZYK_CLIENT,
        center=MOPS_RADOMIERZ,
        worker=WORKER_SIKORA,
        target=m.Institution(name="Klub Integracji Społecznej w Radomierzu"),
        created_on=D(2026, 10, 7),
        justification="Uczestnictwo w zajęciach reintegracji społecznej i zawodowej.",
        status=m.ReferralStatus.REVOKED,
        sent_on=D(2026, 10, 8),
        revoked_on=D(2026, 10, 20),
        revocation_reason="Klient został skierowany do schroniska poza zasięgiem klubu.",
    )


def project() -> m.Project:
    return m.Project(
        id="ps-2027-01",
        title="Krok do pracy – grupa wsparcia dla osób długotrwale bezrobotnych",
        kind=m.ProjectKind.GROUP,
        organiser=MOPS_RADOMIERZ,
        author=WORKER_SIKORA,
        start=D(2027, 1, 11),
        end=D(2027, 6, 30),
        diagnosis="W 2026 r. MOPS objął pomocą 214 rodzin z powodu bezrobocia; 61 % osób "
        "bezrobotnych pozostaje bez pracy dłużej niż 12 miesięcy. Brakuje grup wsparcia i "
        "zajęć z kompetencji społecznych.",
        main_goal="Zwiększenie aktywności zawodowej uczestników.",
        goals=(
            m.Goal(id="c1", description="Wzrost umiejętności poszukiwania pracy."),
            m.Goal(id="c2", description="Wzrost poczucia własnej wartości uczestników."),
        ),
        target_group=m.TargetGroup(
            description="osoby długotrwale bezrobotne korzystające z pomocy MOPS",
            size=12,
            recruitment_criteria=(
                "pozostawanie bez pracy ponad 12 miesięcy",
                "zawarty kontrakt socjalny lub plan pomocy",
            ),
        ),
        partners=(
            m.Partner(name="Powiatowy Urząd Pracy w Radomierzu", role="doradztwo zawodowe"),
            m.Partner(name="Fundacja „Nowy Start”", role="warsztaty psychologiczne"),
        ),
        activities=(
            m.Activity(
                id="d1",
                name="Rekrutacja uczestników",
                start=D(2027, 1, 11),
                end=D(2027, 1, 29),
                description="Wywiady z kandydatami i kwalifikacja do grupy.",
                responsible="pracownicy socjalni MOPS",
            ),
            m.Activity(
                id="d2",
                name="Warsztaty aktywnego poszukiwania pracy",
                start=D(2027, 2, 1),
                end=D(2027, 4, 30),
                description="12 spotkań po 3 godziny: CV, rozmowa kwalifikacyjna.",
                responsible="doradca zawodowy PUP",
                goal_id="c1",
            ),
            m.Activity(
                id="d3",
                name="Grupa wsparcia z psychologiem",
                start=D(2027, 2, 1),
                end=D(2027, 6, 18),
                responsible="psycholog Fundacji „Nowy Start”",
                goal_id="c2",
            ),
            m.Activity(
                id="d4",
                name="Ewaluacja projektu",
                start=D(2027, 6, 21),
                end=D(2027, 6, 30),
            ),
        ),
        budget=(
            m.BudgetLine(
                item="materiały szkoleniowe", amount=money("1200.00"), source=m.FundingSource.OWN
            ),
            m.BudgetLine(
                item="wynagrodzenie psychologa",
                amount=money("6000.00"),
                source=m.FundingSource.EXTERNAL,
                funder="Fundacja „Nowy Start”",
            ),
            m.BudgetLine(
                item="poczęstunek dla uczestników",
                amount=money("850.50"),
                source=m.FundingSource.OWN,
            ),
        ),
        results=(
            m.ProjectResult(
                description="Uczestnicy ukończyli warsztaty",
                indicator="liczba osób z zaświadczeniem ukończenia",
                target="10 osób",
                measurement="lista obecności (min. 80 %)",
            ),
            m.ProjectResult(
                description="Uczestnicy podjęli zatrudnienie",
                indicator="liczba osób zatrudnionych do 3 miesięcy po projekcie",
                target="4 osoby",
            ),
        ),
        risks=(
            m.Risk(description="rezygnacja uczestników", mitigation="lista rezerwowa"),
            m.Risk(description="niska frekwencja"),
        ),
        sustainability="Grupa wsparcia będzie kontynuowana jako grupa samopomocowa.",
        evaluation="Ankiety na początku i na końcu projektu; analiza wskaźników.",
        approval=m.Approval(
            approved_by=m.Signatory(
                name="Grzegorz Dąbrowski", position="Dyrektor MOPS w Radomierzu"
            ),
            approved_on=D(2026, 12, 14),
        ),
        drawn_up_on=D(2026, 12, 10),
        reference_number="MOPS.DPR.PS.1.2026",
    )


def alimony_claim() -> m.AlimonyClaim:
    justyna = person("os-justyna-mazur", "Justyna", "Mazur", D(1995, 8, 30), male=False, serial=318)
    rafal = person("os-rafal-mazur", "Rafał", "Mazur", D(1993, 1, 22), male=True, serial=764)
    lena = person("os-lena-mazur", "Lena", "Mazur", D(2017, 5, 5), male=False, serial=291)
    filip = person("os-filip-mazur", "Filip", "Mazur", D(2020, 2, 14), male=True, serial=877)
    return m.AlimonyClaim(
        id="pozew-alim-2026-01",
        court=SR_RADOMIERZ,
        place="Radomierz",
        filed_on=D(2026, 11, 25),
        claims=(
            m.ChildClaim(
                child=lena,
                monthly_amount=money("900.00"),
                needs=(
                    m.NeedItem(item="wyżywienie", monthly_cost=money("600.00")),
                    m.NeedItem(item="odzież i obuwie", monthly_cost=money("200.00")),
                    m.NeedItem(
                        item="szkoła (podręczniki, wycieczki, obiady)", monthly_cost=money("250.00")
                    ),
                    m.NeedItem(item="zajęcia dodatkowe (basen)", monthly_cost=money("120.00")),
                    m.NeedItem(item="udział w kosztach mieszkania", monthly_cost=money("380.00")),
                ),
            ),
            m.ChildClaim(
                child=filip,
                monthly_amount=money("800.00"),
                needs=(
                    m.NeedItem(item="wyżywienie", monthly_cost=money("550.00")),
                    m.NeedItem(item="przedszkole", monthly_cost=money("310.00")),
                    m.NeedItem(item="leki i wizyty lekarskie", monthly_cost=money("90.00")),
                    m.NeedItem(item="udział w kosztach mieszkania", monthly_cost=money("380.00")),
                ),
            ),
        ),
        representative=m.Party(
            person=justyna,
            address=m.Address(
                city="Radomierz", postal_code="26-610", street="Struga", building="3", flat="7"
            ),
        ),
        representative_relation="matka",
        defendant=m.Party(
            person=rafal,
            address=m.Address(
                city="Kielce", postal_code="25-004", street="Sienkiewicza", building="20", flat="15"
            ),
        ),
        defendant_relation="ojciec",
        payment_day=10,
        payable_from=D(2026, 12, 1),
        facts="Strony są rozwiedzione od 2025 r.; dzieci mieszkają z matką. Pozwany od "
        "czerwca 2026 r. nie łoży na utrzymanie dzieci.",
        defendant_earning_capacity="Pozwany ma 33 lata, jest zdrowy, pracuje jako kierowca "
        "zawodowy i osiąga dochód około 6 500 zł netto miesięcznie.",
        mediation_info="Matka powodów proponowała pozwanemu ugodę pisemnie 2 października 2026 r.; "
        "pozwany nie odpowiedział. Strony nie podjęły próby mediacji z uwagi na brak kontaktu "
        "z pozwanym.",
        defendant_income=money("6500.00"),
        representative_income=money("4100.00"),
        request_security=True,
        security_amount=money("1700.00"),
        request_hearing_in_absence=True,
        evidence=(
            "odpisy skrócone aktów urodzenia dzieci",
            "zaświadczenie o zarobkach matki powodów",
            "rachunki za przedszkole i zajęcia dodatkowe",
            "korespondencja stron z 2 października 2026 r.",
        ),
        attachments=(
            m.Attachment(title="odpis pozwu wraz z załącznikami dla pozwanego", required=True),
            m.Attachment(title="odpisy skrócone aktów urodzenia dzieci", required=True),
            m.Attachment(title="zaświadczenie o zarobkach matki powodów"),
            m.Attachment(title="rachunki i faktury"),
        ),
        helped_by="Ewa Zając, specjalista pracy socjalnej MOPS w Radomierzu",
    )


def asset_statement() -> m.AssetStatement:
    """Oświadczenie o stanie majątkowym of the Wójcik family, taken at the wywiad."""
    return m.AssetStatement(
        id="osw-maj-2026-0412",
        center=GOPS_LIPOWIEC,
        household=WOJCIK_FAMILY,
        place="Lipowiec",
        signed_on=D(2026, 11, 6),
        assets=m.AssetDeclaration(
            real_estate=(
                m.RealEstate(
                    kind="działka rolna niezabudowana",
                    location="Lipowiec-Kolonia, dz. ew. nr 214/3",
                    legal_title="współwłasność w 1/2 części (spadek po ojcu)",
                    area="0,42 ha (0,18 ha przeliczeniowego)",
                    value=money("18000.00"),
                    owner_id=MAREK.id,
                ),
            ),
            movables=(
                m.MovableAsset(
                    description="samochód osobowy Opel Astra, rok produkcji 2009",
                    value=money("7500.00"),
                    owner_id=AGNIESZKA.id,
                ),
            ),
            savings=(
                m.Savings(
                    kind="środki na rachunku bankowym",
                    amount=money("640.00"),
                    owner_id=AGNIESZKA.id,
                ),
                m.Savings(
                    kind="gotówka",
                    amount=money("85.00"),
                    currency_note="20 EUR (równowartość w złotych według kursu NBP)",
                ),
            ),
            debts=(
                m.Debt(
                    creditor="Gmina Lipowiec (Zakład Gospodarki Komunalnej)",
                    title="zaległy czynsz za wrzesień i październik 2026 r.",
                    amount=money("1240.00"),
                    monthly_instalment=money("310.00"),
                    owner_id=MAREK.id,
                ),
            ),
            other="Mieszkanie przy ul. Ogrodowej 17 m. 3 jest lokalem komunalnym (najem).",
        ),
        clause_confirmed=True,
        interview_id="rws-2026-0412",
        received_by=WORKER_NOWICKA,
    )


KAMINSKI = person(
    "os-dariusz-kaminski", "Dariusz", "Kamiński", D(1984, 2, 19), male=True, serial=871
)
KAMINSKI_SON = person(
    "os-igor-kaminski", "Igor", "Kamiński", D(2013, 5, 8), male=True, serial=462
)
KAMINSKA_DAUGHTER = person(
    "os-lena-kaminska", "Lena", "Kamińska", D(2016, 12, 1), male=False, serial=338
)


def alimony_interview() -> m.AlimonyInterview:
    """Wywiad alimentacyjny with a debtor without work (MOPS Radomierz for the debtor's gmina,
    on the request of the Wójt Gminy Lipowiec, where the children live)."""
    return m.AlimonyInterview(
        id="wa-2026-017",
        center=MOPS_RADOMIERZ,
        worker=WORKER_ZAJAC,
        debtor=KAMINSKI,
        debtor_address=m.Address(
            city="Radomierz",
            postal_code="26-612",
            street="Okrzei",
            building="7",
            flat="12",
            teryt=RADOMIERZ_TERYT,
        ),
        entitled=(
            m.EntitledPerson(
                person=KAMINSKI_SON,
                relation="syn",
                title="wyrok Sądu Rejonowego w Lipowcu z dnia 12 kwietnia 2022 r., "
                "sygn. akt III RC 214/21",
                monthly_amount=money("600.00"),
            ),
            m.EntitledPerson(
                person=KAMINSKA_DAUGHTER,
                relation="córka",
                title="wyrok Sądu Rejonowego w Lipowcu z dnia 12 kwietnia 2022 r., "
                "sygn. akt III RC 214/21",
                monthly_amount=money("500.00"),
            ),
        ),
        creditor_organ="Wójt Gminy Lipowiec",
        request_number="GOPS.FA.5110.27.2026",
        request_received_on=D(2026, 11, 2),
        conducted_on=D(2026, 11, 12),
        place="Radomierz, ul. Okrzei 7 m. 12 (miejsce zamieszkania dłużnika)",
        family_situation="Rozwiedziony od 2021 r. Mieszka z matką (emerytką) w jej mieszkaniu; "
        "nie ma innych osób na utrzymaniu. Z dziećmi utrzymuje kontakt telefoniczny.",
        income_situation="Brak stałego dochodu. Deklaruje dorywcze prace remontowe bez umowy, "
        "ok. 800 zł miesięcznie. Nie pobiera świadczeń.",
        occupational_situation="Wykształcenie zasadnicze zawodowe (murarz). Ostatnie "
        "zatrudnienie na umowę o pracę do czerwca 2025 r. Nie jest zarejestrowany w "
        "powiatowym urzędzie pracy.",
        health="Deklaruje dobry stan zdrowia; brak orzeczeń o niezdolności do pracy lub "
        "niepełnosprawności.",
        reasons_for_non_payment="Utrata pracy w czerwcu 2025 r. i niskie, nieregularne "
        "dochody; dłużnik deklaruje gotowość podjęcia zatrudnienia.",
        employed=False,
        registered_in_pup=False,
        monthly_income=money("800.00"),
        assets=m.AssetDeclaration(
            movables=(
                m.MovableAsset(
                    description="samochód osobowy Ford Focus, rok produkcji 2006",
                    value=money("4000.00"),
                ),
            ),
            savings=(m.Savings(kind="gotówka", amount=money("150.00")),),
            debts=(
                m.Debt(
                    creditor="Fundusz Alimentacyjny (Gmina Lipowiec)",
                    title="należności z tytułu wypłaconych świadczeń z funduszu "
                    "alimentacyjnego",
                    amount=money("13200.00"),
                ),
            ),
            other="Nie posiadam nieruchomości ani udziałów w spółkach.",
        ),
        pup_registration_due=D(2026, 12, 11),
        pup_informed_on=D(2026, 11, 13),
        remarks="Dłużnik współpracował przy wywiadzie. Zobowiązano go do zarejestrowania się "
        "w Powiatowym Urzędzie Pracy w Radomierzu do 11 grudnia 2026 r.",
    )


def homelessness_program() -> m.HomelessnessProgram:
    """IPWzB of Tomasz Krawczyk (the homeless man of the kontrakt KS/27/2026), approved."""
    return m.HomelessnessProgram(
        id=HOMELESSNESS_PROGRAM_ID,
        center=MOPS_RADOMIERZ,
        worker=WORKER_SIKORA,
        client=KRAWCZYK_CLIENT,
        drawn_up_on=D(2026, 11, 16),
        start=D(2026, 11, 20),
        end=D(2027, 6, 30),
        analysis=m.HomelessnessAnalysis(
            causes="Bezdomność od 2024 r. po eksmisji z mieszkania komunalnego za zaległości "
            "czynszowe; od tego czasu pobyt w noclegowni i u znajomych.",
            family="Rozwiedziony, dorosły syn mieszka w Kielcach; kontakt z synem sporadyczny.",
            housing="Brak tytułu prawnego do lokalu; od 20 listopada 2026 r. pobyt w "
            "schronisku „Przystań” w Radomierzu.",
            work="Wykształcenie zasadnicze zawodowe (murarz-tynkarz), doświadczenie w pracy "
            "na budowie; nie jest zarejestrowany w powiatowym urzędzie pracy.",
            health="Deklaruje abstynencję od 8 miesięcy; leczenie nadciśnienia w przychodni "
            "rejonowej.",
            income_and_debts="Brak stałego dochodu; zadłużenie alimentacyjne (ok. 9 000 zł) i "
            "zaległości czynszowe z czasu najmu.",
            documents="Dowód osobisty wydany w listopadzie 2026 r.; brak ubezpieczenia "
            "zdrowotnego.",
            resources="Gotowość do zmiany, umiejętności zawodowe, dobry kontakt z "
            "pracownikiem socjalnym.",
        ),
        main_goal="Wyjście z bezdomności: stałe zatrudnienie i zamieszkanie w mieszkaniu "
        "treningowym lub wynajmowanym pokoju.",
        person_actions=(
            m.ProgramAction(
                description="Przestrzeganie regulaminu schroniska i utrzymanie abstynencji.",
                stage_id="etap-1",
            ),
            m.ProgramAction(
                description="Rejestracja w Powiatowym Urzędzie Pracy w Radomierzu i udział w "
                "szkoleniu zawodowym.",
                stage_id="etap-2",
                due=D(2027, 1, 31),
            ),
            m.ProgramAction(
                description="Odkładanie co najmniej 200 zł miesięcznie z wynagrodzenia na "
                "kaucję za najem pokoju.",
                stage_id="etap-3",
            ),
        ),
        worker_actions=(
            m.ProgramAction(
                description="Praca socjalna i poradnictwo; pomoc w załatwianiu spraw "
                "urzędowych.",
                stage_id="etap-1",
            ),
            m.ProgramAction(
                description="Zgłoszenie osoby bezdomnej do ubezpieczenia zdrowotnego.",
                stage_id="etap-1",
                due=D(2026, 11, 30),
            ),
            m.ProgramAction(
                description="Pomoc w uzyskaniu mieszkania treningowego lub pokoju do wynajęcia.",
                stage_id="etap-3",
                due=D(2027, 6, 15),
            ),
        ),
        supporters=(
            m.Supporter(
                name="Schronisko dla Bezdomnych Mężczyzn „Przystań” w Radomierzu",
                scope="schronienie, wsparcie terapeuty ds. uzależnień",
                contact=m.Contact(phone="48 362 55 10"),
            ),
            m.Supporter(
                name="Powiatowy Urząd Pracy w Radomierzu",
                scope="pośrednictwo pracy i szkolenie zawodowe",
            ),
            m.Supporter(
                name="Piotr Krawczyk (syn)",
                scope="wsparcie w kontaktach z rodziną",
                institution=False,
            ),
        ),
        stages=(
            m.ProgramStage(
                id="etap-1",
                name="Stabilizacja: pobyt w schronisku, dokumenty, ubezpieczenie zdrowotne",
                start=D(2026, 11, 20),
                end=D(2026, 12, 31),
            ),
            m.ProgramStage(
                id="etap-2",
                name="Aktywizacja zawodowa: rejestracja w PUP, szkolenie, zatrudnienie",
                start=D(2027, 1, 1),
                end=D(2027, 3, 31),
            ),
            m.ProgramStage(
                id="etap-3",
                name="Usamodzielnienie: oszczędności i zamieszkanie poza schroniskiem",
                start=D(2027, 4, 1),
                end=D(2027, 6, 30),
            ),
        ),
        meetings=(
            m.Meeting(on=D(2026, 11, 27), stage_id="etap-1", purpose="ocena adaptacji w "
                      "schronisku"),
            m.Meeting(on=D(2026, 12, 18), stage_id="etap-1", purpose="podsumowanie etapu 1"),
            m.Meeting(on=D(2027, 1, 15), stage_id="etap-2", purpose="wybór szkolenia"),
            m.Meeting(on=D(2027, 3, 26), stage_id="etap-2", purpose="podsumowanie etapu 2"),
            m.Meeting(on=D(2027, 4, 16), stage_id="etap-3", purpose="plan zamieszkania"),
            m.Meeting(on=D(2027, 6, 25), stage_id="etap-3", purpose="ocena programu"),
        ),
        facility=m.Institution(
            name="Schronisko dla Bezdomnych Mężczyzn „Przystań” w Radomierzu",
            address=m.Address(
                city="Radomierz", postal_code="26-613", street="Kolejowa", building="14"
            ),
        ),
        exceeds_facility_means=True,
        health_insurance=True,
        responsible_bodies=(
            m.ResponsibleBody(
                name="Miejski Ośrodek Pomocy Społecznej w Radomierzu",
                provision="zgłoszenie do ubezpieczenia zdrowotnego, praca socjalna, "
                "pomoc w uzyskaniu mieszkania",
            ),
            m.ResponsibleBody(
                name="Powiatowy Urząd Pracy w Radomierzu",
                provision="aktywizacja zawodowa (etap 2)",
            ),
        ),
        client_signed_on=D(2026, 11, 16),
        worker_signed_on=D(2026, 11, 16),
        approval=m.Approval(
            approved_by=m.Signatory(
                name="Grzegorz Dąbrowski", position="Dyrektor MOPS w Radomierzu"
            ),
            approved_on=D(2026, 11, 17),
        ),
        reference_number="MOPS.DOB.8241.35.2026",
    )


def foreigner() -> m.Person:
    return m.Person(
        id="os-olena-kovalenko",
        first_name="Olena",
        second_name="Ivanivna",
        last_name="Kovalenko",
        family_name="Bondarenko",
        birth_date=D(1984, 6, 2),
        sex=m.Sex.FEMALE,
        identity_document=m.IdentityDocument(
            kind=m.IdentityDocumentKind.RESIDENCE_CARD,
            number="RP1234567",
            issuer="Wojewoda Mazowiecki",
        ),
        citizenship="ukraińskie",
    )


def household_income_lost() -> m.Family:
    """A one-person household whose income was lost (utrata dochodu, art. 8 ust. 3): the
    October salary is flagged ``lost``, so the month of the application counts."""
    kamil = person("os-kamil-duda", "Kamil", "Duda", D(1990, 2, 27), male=True, serial=451)
    return m.Family(
        id="gd-kamil-duda",
        applicant=m.Client(
            id="kl-kamil-duda",
            person=kamil,
            address=m.Address(
                city="Radomierz",
                postal_code="26-610",
                street="Lipowa",
                building="6",
                flat="2",
                teryt=RADOMIERZ_TERYT,
            ),
        ),
        incomes=(
            m.Income(
                person_id=kamil.id,
                month=OCTOBER,
                kind=m.IncomeKind.EMPLOYMENT,
                gross=money("5200.00"),
                income_tax=money("285.00"),
                health_contribution=money("402.38"),
                social_contributions=money("712.92"),
                lost=True,
                description="umowa o pracę rozwiązana z dniem 31 października 2026 r.",
            ),
        ),
    )


def build() -> dict[str, object]:
    """File name (without ``.json``) → model object."""
    from examples_casework import build as casework  # imports this module: not at the top

    return {
        **casework(),
        "kontrakt-socjalny": contract_a(),
        "kontrakt-socjalny-typ-b": contract_b(),
        "wywiad-srodowiskowy": interview_full(),
        "wywiad-srodowiskowy-aktualizacja": interview_update(),
        "decyzja": decision_grant(),
        "decyzja-odmowa": decision_refusal(),
        "skierowanie-dps": referral_dps(),
        "decyzja-skierowanie-dps": dps_referral_decision(),
        "decyzja-skierowanie-dps-sad": dps_referral_decision_court(),
        "decyzja-oplata-dps": dps_fee_decision(),
        "wniosek-sad-wglad": referral_court(),
        "wniosek-gkrpa": referral_gkrpa(),
        "skierowanie-schronisko": referral_shelter(),
        "skierowanie": referral_pup(),
        "skierowanie-pzon": referral_pzon(),
        "skierowanie-poradnictwo": referral_counselling(),
        "skierowanie-asystent-rodziny": referral_family_assistant(),
        "skierowanie-kis": referral_other_revoked(),
        "projekt-socjalny": project(),
        "pozew-alimenty": alimony_claim(),
        "wywiad-alimentacyjny": alimony_interview(),
        "oswiadczenie-majatkowe": asset_statement(),
        "ipwzb": homelessness_program(),
        "rodzina": WOJCIK_FAMILY,
        "gospodarstwo-utrata-dochodu": household_income_lost(),
        "klient": ZAWADZKA_CLIENT,
        "osoba": foreigner(),
        "osrodek": GOPS_LIPOWIEC,
        "pracownik-socjalny": WORKER_NOWICKA,
    }


def render_all() -> dict[str, str]:
    """File name → JSON text (with a final newline) of every example."""
    return {f"{name}.json": to_json(obj) + "\n" for name, obj in build().items()}


def main() -> int:
    EXAMPLES_DIR.mkdir(parents=True, exist_ok=True)
    for name, text in render_all().items():
        (EXAMPLES_DIR / name).write_text(text, encoding="utf-8")
        print(f"wrote {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
