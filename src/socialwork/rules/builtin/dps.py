"""Rules of the two DPS decisions (art. 54, 59–61, 103 ust. 2, 106 ust. 4 u.p.s.; art. 107
§ 1 KPA): the consent or court order a referral rests on, the conditions of art. 54 ust. 1,
the order of the obliged persons, an agreement or the reason there is none, the elements of
a decision, and a fee that follows art. 61."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from socialwork.law.citations import kpa, ups
from socialwork.law.steps import format_pln
from socialwork.model.enums import DecisionOutcome
from socialwork.rules.builtin._common import day
from socialwork.rules.paths import path
from socialwork.rules.rule import RuleContext, Violation, rule

if TYPE_CHECKING:
    from socialwork.model.dps import (
        DpsDecisionBase,
        DpsFeeDecision,
        DpsReferralDecision,
    )

_KINSHIP_NAMES = {  # by the name of the Kinship member
    "SPOUSE": "małżonek",
    "DESCENDANT": "zstępny",
    "ASCENDANT": "wstępny",
}


@rule(
    "SW-DPS-001",
    "Skierowanie do domu pomocy społecznej opiera się na zgodzie osoby lub jej przedstawiciela "
    "ustawowego albo na orzeczeniu sądu",
    applies_to="dps_referral_decision",
    legal_basis=ups(54, ustep=2),
    note="A grant needs a ground: the consent of the person or of the legal representative "
    "(art. 54 ust. 2), or a court's order (art. 54 ust. 4 and the ustawa o ochronie zdrowia "
    "psychicznego – the court procedure's own provisions are UNVERIFIED here). A consent dated "
    "after the decision does not count; a representative's consent needs the party's "
    "representative; a court order must be final (prawomocne) by the day of the decision. "
    "A refusal needs no ground.",
)
def dps_referral_ground(decision: DpsReferralDecision, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.model.dps import PlacementGround

    if decision.outcome is not DecisionOutcome.GRANT:
        return
    if decision.ground is None:
        yield Violation(
            "Decyzja o skierowaniu do domu pomocy społecznej nie wskazuje, na czym opiera się "
            "skierowanie: zgody osoby kierowanej, zgody jej przedstawiciela ustawowego albo "
            "orzeczenia sądu.",
            path=path("ground"),
        )
        return
    consent = decision.consent
    if consent is not None:
        if consent.given_on > decision.issued_on:
            yield Violation(
                f"Zgodę na umieszczenie w domu pomocy społecznej wyrażono {day(consent.given_on)}"
                f", po wydaniu decyzji ({day(decision.issued_on)}); skierowanie następuje po "
                "uzyskaniu zgody.",
                path=path("consent", "given_on"),
            )
        if (
            decision.ground is PlacementGround.REPRESENTATIVE_CONSENT
            and decision.party.legal_representative is None
        ):
            yield Violation(
                "Zgodę wyraził przedstawiciel ustawowy, ale decyzja nie wskazuje "
                "przedstawiciela ustawowego strony.",
                path=path("party", "legal_representative"),
            )
    order = decision.court_order
    if order is not None:
        if order.decided_on > decision.issued_on:
            yield Violation(
                f"Orzeczenie sądu z {day(order.decided_on)} jest późniejsze niż decyzja "
                f"({day(decision.issued_on)}).",
                path=path("court_order", "decided_on"),
            )
        elif order.final_on is None or order.final_on > decision.issued_on:
            yield Violation(
                "Nie wykazano, że orzeczenie sądu, na którym opiera się skierowanie, było "
                f"prawomocne w dniu wydania decyzji ({day(decision.issued_on)}).",
                path=path("court_order", "final_on"),
                legal_basis=ups(54, ustep=4),
                severity="warning",
            )


_CONDITIONS = (
    ("needs_24h_care", "wymaga całodobowej opieki z powodu wieku, choroby lub niepełnosprawności"),
    ("cannot_function_independently", "nie może samodzielnie funkcjonować w codziennym życiu"),
    (
        "care_services_insufficient",
        "nie można jej zapewnić niezbędnej pomocy w formie usług opiekuńczych",
    ),
)


@rule(
    "SW-DPS-002",
    "Do domu pomocy społecznej kieruje się osobę, która spełnia łącznie trzy przesłanki "
    "art. 54 ust. 1",
    applies_to="dps_referral_decision",
    legal_basis=ups(54, ustep=1),
    note="The three conditions are cumulative (Sierpowska, Pomoc społeczna. Komentarz, 2021, "
    "quoted at e-klinika-administracji.wspia.eu). One finding per condition not met; a "
    "refusal is not checked.",
)
def dps_referral_conditions(
    decision: DpsReferralDecision, ctx: RuleContext
) -> Iterator[Violation]:
    if decision.outcome is not DecisionOutcome.GRANT:
        return
    for field, text in _CONDITIONS:
        if not getattr(decision, field):
            yield Violation(
                f"Skierowano do domu pomocy społecznej osobę, o której nie ustalono, że {text} "
                "(przesłanki art. 54 ust. 1 muszą być spełnione łącznie).",
                path=path(field),
            )


@rule(
    "SW-DPS-003",
    "Osoby obowiązane do opłaty za pobyt w domu pomocy społecznej wskazuje się w kolejności: "
    "małżonek, zstępni przed wstępnymi",
    applies_to="dps_fee_decision",
    legal_basis=ups(61, ustep=1, punkt=2),
    note="The list of obliged persons must follow the statutory order; a resident has at most "
    "one spouse; a person of a later rank pays only when those before pay all their income "
    "above 300 % of the criterion allows (agreements may set less, art. 103 ust. 2; then a "
    "warning). Whether the spouse ranks before the descendants or with them is not settled; "
    "the library takes the spouse first.",
)
def dps_obliged_order(decision: DpsFeeDecision, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.model.dps import Kinship

    last = -1
    spouses = 0
    for i, person in enumerate(decision.obliged):
        rank = person.kinship.rank
        if rank < last:
            yield Violation(
                f"Osoba obowiązana nr {i + 1} ({_KINSHIP_NAMES[person.kinship.name]}) jest "
                "wymieniona po osobie dalszej w kolejności; kolejność ustawowa: małżonek, zstępni, "
                "wstępni.",
                path=path("obliged", i, "kinship"),
            )
        last = max(last, rank)
        spouses += person.kinship is Kinship.SPOUSE
        if person.kinship is Kinship.SPOUSE and spouses > 1:
            yield Violation(
                "Wskazano więcej niż jednego małżonka mieszkańca domu.",
                path=path("obliged", i, "kinship"),
            )
    computed = _computed(decision)
    if computed is None:
        return
    for i, (person, fee) in enumerate(zip(decision.obliged, computed.relatives, strict=True)):
        later_pays = any(
            p.fee > 0 and p.kinship.rank > person.kinship.rank
            for p in decision.obliged[i + 1 :]
        )
        if later_pays and person.fee < fee.capacity and person.no_agreement_reason is None:
            yield Violation(
                f"Osoba obowiązana nr {i + 1} wnosi mniej ({format_pln(person.fee)}), niż "
                f"pozwala jej dochód ({format_pln(fee.capacity)} ponad próg), a opłatę "
                "wnoszą osoby dalsze w kolejności.",
                path=path("obliged", i, "fee"),
                severity="warning",
            )


@rule(
    "SW-DPS-004",
    "Opłatę osoby obowiązanej ustala umowa zawarta w trybie art. 103 ust. 2; gdy umowy nie "
    "zawarto, podaje się przyczynę",
    applies_to="dps_fee_decision",
    legal_basis=ups(103, ustep=2),
    note="For each obliged person: an agreement, or a reason none was made. A fee without an "
    "agreement is only possible when the person refused to sign (then the fee is set by a "
    "decision, art. 61 ust. 2d – wording of ust. 2d UNVERIFIED). The reason 'income below the "
    "threshold' is checked against the person's income and 'the resident pays in full' "
    "against the fee decision's figures.",
)
def dps_agreements(decision: DpsFeeDecision, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.model.dps import NoAgreementReason

    computed = _computed(decision)
    for i, person in enumerate(decision.obliged):
        reason = person.no_agreement_reason
        if person.agreement is None and reason is None:
            yield Violation(
                f"Z osobą obowiązaną nr {i + 1} nie zawarto umowy o wysokości opłaty i nie "
                "podano przyczyny.",
                path=path("obliged", i, "no_agreement_reason"),
            )
            continue
        if reason is None:
            continue
        if person.fee > 0 and reason is not NoAgreementReason.REFUSED:
            yield Violation(
                f"Osoba obowiązana nr {i + 1} ma wnosić {format_pln(person.fee)} bez umowy, "
                f"choć jako przyczynę braku umowy podano: „{reason.label}”.",
                path=path("obliged", i, "fee"),
            )
        if computed is None:
            continue
        capacity = computed.relatives[i].capacity
        if reason is NoAgreementReason.INCOME_BELOW_THRESHOLD and capacity > 0:
            yield Violation(
                f"Dochód osoby obowiązanej nr {i + 1} przekracza 300 % kryterium o "
                f"{format_pln(capacity)}, a jako przyczynę braku umowy podano dochód poniżej "
                "progu.",
                path=path("obliged", i, "no_agreement_reason"),
                legal_basis=ups(61, ustep=2, punkt=2),
            )
        if reason is NoAgreementReason.RESIDENT_PAYS_IN_FULL and decision.fee < decision.cost:
            yield Violation(
                "Jako przyczynę braku umowy podano pełną odpłatność mieszkańca, a mieszkaniec "
                f"wnosi {format_pln(decision.fee)} przy średnim koszcie "
                f"{format_pln(decision.cost)}.",
                path=path("obliged", i, "no_agreement_reason"),
                legal_basis=ups(61, ustep=1),
            )


_ELEMENTS = (
    (1, "organ", "oznaczenia organu administracji publicznej"),
    (4, "legal_basis", "powołania podstawy prawnej"),
    (6, "factual_justification", "uzasadnienia faktycznego"),
    (6, "legal_justification", "uzasadnienia prawnego"),
    (8, "signatory", "podpisu z podaniem imienia i nazwiska oraz stanowiska służbowego"),
)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@rule(
    "SW-DPS-005",
    "Decyzja w sprawie domu pomocy społecznej zawiera elementy z art. 107 § 1 KPA i jest "
    "wydana po rodzinnym wywiadzie środowiskowym",
    applies_to=("dps_referral_decision", "dps_fee_decision"),
    legal_basis=kpa(107, paragraph=1),
    note="One finding per missing element (organ, legal basis, justification, signatory with "
    "name and position), citing its punkt; date, party and ruling are required by the model. "
    "A decision naming neither interview_id nor interview_on, or an interview after the "
    "decision, is reported under art. 106 ust. 4 u.p.s.",
)
def dps_decision_elements(decision: DpsDecisionBase, ctx: RuleContext) -> Iterator[Violation]:
    for punkt, field, label in _ELEMENTS:
        value = getattr(decision, field)
        if field == "legal_basis":
            missing = not value or all(_blank(v) for v in value)
        elif field == "signatory":
            missing = value is None or _blank(value.name) or _blank(value.position)
        else:
            missing = _blank(value)
        if missing:
            yield Violation(
                f"Decyzja nie zawiera {label} (art. 107 § 1 pkt {punkt} KPA).",
                path=path(field),
                legal_basis=kpa(107, paragraph=1, punkt=punkt),
            )
    if decision.interview_id is None and decision.interview_on is None:
        yield Violation(
            "Decyzję wydano bez wskazania rodzinnego wywiadu środowiskowego (interview_id / "
            "interview_on).",
            path=path("interview_on"),
            legal_basis=ups(106, ustep=4),
        )
    elif decision.interview_on is not None and decision.interview_on > decision.issued_on:
        yield Violation(
            f"Wywiad przeprowadzono {day(decision.interview_on)}, po wydaniu decyzji "
            f"({day(decision.issued_on)}).",
            path=path("interview_on"),
            legal_basis=ups(106, ustep=4),
        )


def _computed(decision: DpsFeeDecision) -> Any:
    """The split art. 61 gives for the decision's figures, or None when it cannot be computed
    (e.g. a day before the figures)."""
    # the computation is loaded with the first DPS fee decision, not by every command
    from socialwork.law.dps import ObligedRelative, dps_fee

    try:
        return dps_fee(
            decision.fee_from,
            cost=decision.cost,
            income=decision.resident_income,
            relatives=[
                ObligedRelative(income=p.income, members=p.household_members)
                for p in decision.obliged
            ],
        )
    except Exception:  # an input the computation refuses: reported by the model or elsewhere
        return None


@rule(
    "SW-DPS-006",
    "Opłata mieszkańca, osób obowiązanych i gminy odpowiada art. 61 ust. 2: mieszkaniec do 70 % "
    "dochodu, osoby obowiązane tylko z dochodu ponad 300 % kryterium, gmina – różnica",
    applies_to="dps_fee_decision",
    legal_basis=ups(61, ustep=2),
    note="Recomputed with socialwork.law.dps.dps_fee on the day the fee runs from (fee_from). "
    "The resident's fee above 70 % of income (or above the cost) and a relative left below "
    "300 % of the criterion are errors; a resident's fee below the computed one is a warning "
    "(the statute says 'nie więcej niż'); the fees must add up to the average cost "
    "(art. 61 ust. 2 pkt 3).",
)
def dps_fee_amounts(decision: DpsFeeDecision, ctx: RuleContext) -> Iterator[Violation]:
    computed = _computed(decision)
    if computed is None:
        return
    if decision.fee > computed.resident:
        yield Violation(
            f"Opłata mieszkańca ({format_pln(decision.fee)}) przekracza kwotę dopuszczalną: "
            f"{format_pln(computed.resident)} (70 % dochodu, nie więcej niż średni koszt).",
            path=path("fee"),
            legal_basis=ups(61, ustep=2, punkt=1),
        )
    elif decision.fee < computed.resident:
        yield Violation(
            f"Opłata mieszkańca ({format_pln(decision.fee)}) jest niższa niż 70 % dochodu "
            f"({format_pln(computed.resident)}); różnicę pokrywają osoby obowiązane i gmina.",
            path=path("fee"),
            legal_basis=ups(61, ustep=2, punkt=1),
            severity="warning",
        )
    for i, (person, fee) in enumerate(zip(decision.obliged, computed.relatives, strict=True)):
        if person.fee > fee.capacity:
            yield Violation(
                f"Opłata osoby obowiązanej nr {i + 1} ({format_pln(person.fee)}) pozostawia jej "
                f"mniej niż 300 % kryterium dochodowego: może wnosić najwyżej "
                f"{format_pln(fee.capacity)}.",
                path=path("obliged", i, "fee"),
                legal_basis=ups(61, ustep=2, punkt=2, litera="a" if fee.relative.single else "b"),
            )
    if decision.total != decision.cost:
        difference = decision.cost - decision.total
        yield Violation(
            f"Opłaty mieszkańca, osób obowiązanych i gminy ({format_pln(decision.total)}) nie "
            f"sumują się do średniego kosztu utrzymania ({format_pln(decision.cost)}); "
            + (
                f"brakuje {format_pln(difference)}"
                if difference > Decimal(0)
                else f"nadwyżka {format_pln(-difference)}"
            )
            + ".",
            path=path("gmina_fee"),
            legal_basis=ups(61, ustep=2, punkt=3),
        )


RULES = (
    dps_referral_ground,
    dps_referral_conditions,
    dps_obliged_order,
    dps_agreements,
    dps_decision_elements,
    dps_fee_amounts,
)
