"""Rules of the casework documents: the notatka służbowa (:class:`ContactRecord`), the
zawiadomienie o podejrzeniu popełnienia przestępstwa (:class:`CrimeReport`) and the pozew o
ustalenie ojcostwa i alimenty (:class:`PaternityClaim`).

The texts relied on, with their sources, are quoted in ``docs/documents.md``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from socialwork.law.citations import Act, LegalBasis
from socialwork.rules.builtin._common import day, days
from socialwork.rules.paths import path
from socialwork.rules.rule import RuleContext, Violation, rule

if TYPE_CHECKING:
    from socialwork.model.contact_record import ContactRecord
    from socialwork.model.crime_report import CrimeReport
    from socialwork.model.paternity import PaternityClaim

_NIEBIESKA_KARTA = LegalBasis(Act.NIEBIESKA_KARTA_2023, paragraph="2")
_RODO_MINIMISATION = LegalBasis(
    "rozporządzenia (UE) 2016/679 (RODO)", "5", ustep="1", litera="c"
)

NOTIFY_WITHIN_DAYS = 3
"""Calendar days after which a notification is reported as possibly not "niezwłoczne"
(art. 304 § 2 k.p.k. sets no number of days: the threshold is this library's, a warning)."""

MOTHER_CLAIMS_LIMITATION_YEARS = 3
"""art. 141 § 2 k.r.o.: the mother's claims lapse 3 years after the birth."""


# --------------------------------------------------------------------------- notatka


@rule(
    "SW-CNT-001",
    "Notatka służbowa utrwala ustalenia z czynności, z której nie sporządza się protokołu",
    applies_to="contact_record",
    legal_basis=LegalBasis(Act.KPA, "72", paragraph="1"),
    verified=False,
    note="A contact record whose findings are blank records nothing of significance for the "
    "case. art. 72 § 1 k.p.a. (the adnotacja signed by the employee) is confirmed in a "
    "paraphrase (e-prawnik.pl), not in the Act's text; praca socjalna is not always an "
    "administrative proceeding, so the article applies by analogy.",
)
def contact_findings(record: ContactRecord, ctx: RuleContext) -> Iterator[Violation]:
    if not record.findings.strip():
        yield Violation(
            f"Notatka służbowa z kontaktu z dnia {day(record.on)} nie zawiera ustaleń: opisz, "
            "co stwierdzono podczas kontaktu.",
            path=path("findings"),
        )


@rule(
    "SW-CNT-002",
    "Uzasadnione podejrzenie przemocy domowej wszczyna procedurę „Niebieskie Karty” "
    "(formularz „Niebieska Karta – A”)",
    applies_to="contact_record",
    legal_basis=_NIEBIESKA_KARTA,
    severity="warning",
    note="A contact that gave a justified suspicion of domestic violence (violence_suspected) "
    "with no form A filled in (blue_card_started false) — unless the case or the related "
    "objects show a zawiadomienie saying the procedure already runs or ran.",
)
def contact_blue_card(record: ContactRecord, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.model.crime_report import BlueCardStatus, CrimeReport

    if not record.violence_suspected or record.blue_card_started:
        return
    if any(r.blue_card is not BlueCardStatus.NOT_STARTED for r in ctx.objects(CrimeReport)):
        return
    yield Violation(
        f"Podczas kontaktu z dnia {day(record.on)} powzięto podejrzenie przemocy domowej, "
        "a nie wszczęto procedury „Niebieskie Karty”: wypełnij formularz „Niebieska Karta – A” "
        "albo odnotuj, że procedura jest już prowadzona.",
        path=path("blue_card_started"),
    )


# --------------------------------------------------------------------------- zawiadomienie


@rule(
    "SW-ZAW-001",
    "Instytucja samorządowa zawiadamia prokuratora lub Policję o przestępstwie ściganym "
    "z urzędu niezwłocznie",
    applies_to="crime_report",
    legal_basis=LegalBasis(Act.KPK, "304", paragraph="2"),
    severity="warning",
    note=f"Reported when the letter is dated more than {NOTIFY_WITHIN_DAYS} calendar days after "
    "the ośrodek learned of the facts (learned_on). The Act says only 'niezwłocznie'; the "
    "number of days is this library's threshold, so the finding is a warning.",
)
def report_promptly(report: CrimeReport, ctx: RuleContext) -> Iterator[Violation]:
    delay = (report.written_on - report.learned_on).days
    if delay > NOTIFY_WITHIN_DAYS:
        yield Violation(
            f"Ośrodek dowiedział się o zdarzeniach {day(report.learned_on)}, a zawiadomienie "
            f"sporządzono {day(report.written_on)}, po {days(delay)}; zawiadomienie należy "
            "złożyć niezwłocznie.",
            path=path("written_on"),
        )


@rule(
    "SW-ZAW-002",
    "Dane osobowe w zawiadomieniu ogranicza się do niezbędnych (minimalizacja danych)",
    applies_to="crime_report",
    legal_basis=_RODO_MINIMISATION,
    severity="warning",
    note="A witness named without what he or she can testify to: either say on what "
    "circumstances the witness should be heard, or leave the person out.",
)
def report_witnesses_needed(report: CrimeReport, ctx: RuleContext) -> Iterator[Violation]:
    for i, witness in enumerate(report.witnesses):
        if not witness.testimony.strip():
            yield Violation(
                f"Świadek nr {i + 1} został wskazany bez okoliczności, które może potwierdzić; "
                "wpisz, na jaką okoliczność ma być przesłuchany, albo usuń jego dane "
                "z zawiadomienia.",
                path=path("witnesses", i, "testimony"),
            )


@rule(
    "SW-ZAW-003",
    "Podejrzenie przemocy wobec małoletnich: procedurę „Niebieskie Karty” wszczyna się "
    "po wypełnieniu formularza „Niebieska Karta – A”",
    applies_to="crime_report",
    legal_basis=_NIEBIESKA_KARTA,
    severity="warning",
    note="A notification of violence in which minors are harmed while no procedura "
    "„Niebieskie Karty” was started: the ośrodek's worker fills in form A too (the "
    "notification does not replace it).",
)
def report_blue_card(report: CrimeReport, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.model.crime_report import BlueCardStatus

    if report.blue_card is BlueCardStatus.NOT_STARTED and report.minors:
        yield Violation(
            "Zawiadomienie dotyczy przemocy wobec małoletnich, a procedura „Niebieskie Karty” "
            "nie została wszczęta: wypełnij formularz „Niebieska Karta – A”.",
            path=path("blue_card"),
        )


# --------------------------------------------------------------------------- ojcostwo


@rule(
    "SW-OJC-001",
    "Matka może żądać ustalenia ojcostwa tylko do osiągnięcia przez dziecko pełnoletności",
    applies_to="paternity_claim",
    legal_basis=LegalBasis(Act.KRO, "84", paragraph="1"),
    note="The child's age on the filing date. An adult child sues in its own name; the mother "
    "can no longer represent it nor sue herself.",
)
def paternity_child_minor(claim: PaternityClaim, ctx: RuleContext) -> Iterator[Violation]:
    child = claim.claim.child
    if child.age_on(claim.filed_on) >= 18:
        yield Violation(
            "Dziecko jest pełnoletnie w dniu wniesienia pozwu "
            f"({day(claim.filed_on)}); matka nie może już żądać ustalenia ojcostwa ani "
            "reprezentować dziecka — pozew wnosi samo dziecko.",
            path=path("claim", "child", "birth_date"),
        )


@rule(
    "SW-OJC-002",
    "Sądowe ustalenie ojcostwa jest możliwe, gdy nie zachodzi domniemanie pochodzenia "
    "dziecka od męża matki albo gdy zostało ono obalone",
    applies_to="paternity_claim",
    legal_basis=LegalBasis(Act.KRO, "72", paragraph="1"),
    note="husband_presumption: the child was born in the mother's marriage or within 300 days "
    "of its end (art. 62 k.r.o.) and the presumption was not rebutted — first an action "
    "for zaprzeczenie ojcostwa.",
)
def paternity_no_presumption(claim: PaternityClaim, ctx: RuleContext) -> Iterator[Violation]:
    if claim.husband_presumption:
        yield Violation(
            "Zachodzi domniemanie, że ojcem dziecka jest mąż matki; ustalenie ojcostwa innego "
            "mężczyzny jest możliwe dopiero po obaleniu tego domniemania (zaprzeczenie "
            "ojcostwa).",
            path=path("husband_presumption"),
        )


@rule(
    "SW-OJC-003",
    "Domniemywa się, że ojcem dziecka jest ten, kto obcował z matką dziecka nie dawniej niż "
    "w trzechsetnym, a nie później niż w sto osiemdziesiątym pierwszym dniu przed "
    "urodzeniem się dziecka",
    applies_to="paternity_claim",
    legal_basis=LegalBasis(Act.KRO, "85", paragraph="1"),
    severity="warning",
    note="The relationship period stated (relationship_from – relationship_to, open-ended: "
    "until the birth) does not overlap the period of art. 85 § 1: the pozew must then rest "
    "on other facts, or the dates are wrong.",
)
def paternity_conception_window(claim: PaternityClaim, ctx: RuleContext) -> Iterator[Violation]:
    if claim.relationship_covers_conception:
        return
    first, last = claim.conception_window
    yield Violation(
        "Wskazany okres związku matki z pozwanym nie obejmuje okresu od 300. do 181. dnia "
        f"przed urodzeniem dziecka ({day(first)} – {day(last)}); sprawdź daty albo wskaż "
        "inne fakty uzasadniające ojcostwo pozwanego.",
        path=path("relationship_from"),
    )


@rule(
    "SW-OJC-004",
    "Roszczenia matki z art. 141 k.r.o. przedawniają się z upływem trzech lat od porodu",
    applies_to="paternity_claim",
    legal_basis=LegalBasis(Act.KRO, "141", paragraph="2"),
    severity="warning",
    verified=False,
    note="The mother's claims (mother_claims) filed more than 3 years after the birth. Only "
    "a paraphrase of art. 141 § 2 k.r.o. was found (lexagit.pl); the 1950 Kodeks rodzinny "
    "art. 77 § 3 had the same rule. A warning: the defendant raises the limitation.",
)
def paternity_mother_claims_time(claim: PaternityClaim, ctx: RuleContext) -> Iterator[Violation]:
    if not claim.mother_claims:
        return
    born = claim.claim.child.birth_date
    try:
        lapse = born.replace(year=born.year + MOTHER_CLAIMS_LIMITATION_YEARS)
    except ValueError:  # 29 February
        lapse = dt.date(born.year + MOTHER_CLAIMS_LIMITATION_YEARS, 3, 1)
    if claim.filed_on > lapse:
        yield Violation(
            f"Roszczenia matki związane z ciążą i porodem przedawniły się {day(lapse)} "
            f"(3 lata od porodu {day(born)}); pozwany może podnieść zarzut przedawnienia.",
            path=path("mother_claims"),
        )


@rule(
    "SW-OJC-005",
    "Udziału ojca w kosztach utrzymania matki przez czas dłuższy niż trzy miesiące matka "
    "może żądać z ważnych powodów",
    applies_to="paternity_claim",
    legal_basis=LegalBasis(Act.KRO, "141", paragraph="1"),
    severity="warning",
    note="A maintenance claim for more than 3 months without the ważne powody (reason).",
)
def paternity_maintenance_reason(claim: PaternityClaim, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.model.paternity import MotherClaimKind

    for i, item in enumerate(claim.mother_claims):
        if (
            item.kind is MotherClaimKind.MAINTENANCE
            and item.months is not None
            and item.months > 3
            and item.reason is None
        ):
            yield Violation(
                f"Matka żąda kosztów utrzymania za {item.months} miesięcy, a nie wskazano "
                "ważnych powodów uzasadniających okres dłuższy niż trzy miesiące.",
                path=path("mother_claims", i, "reason"),
            )


RULES = (
    contact_findings,
    contact_blue_card,
    report_promptly,
    report_witnesses_needed,
    report_blue_card,
    paternity_child_minor,
    paternity_no_presumption,
    paternity_conception_window,
    paternity_mother_claims_time,
    paternity_maintenance_reason,
)
