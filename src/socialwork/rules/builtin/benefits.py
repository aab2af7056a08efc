"""Rules of the cash benefits: the income test and reasons of art. 8 ust. 1 u.p.s. and the
amounts of art. 37, 38 and 41 u.p.s. — computed by :mod:`socialwork.law`.

The household, its income items and the reasons of art. 7 are recorded in the rodzinny
wywiad środowiskowy the decision rests on (art. 106 ust. 4): these rules need that
:class:`~socialwork.model.interview.Interview` in the validated case or in ``related``
(found by the decision's ``interview_id``, else the party's latest interview before the
decision). Without it, only what the decision alone shows is checked.

Figures (criteria, caps, minimums) are read on the first day of the granted period
(``period_from``), or on the day of the decision when no period is given. The income month
follows art. 8 ust. 3 from the application date (the decision's, else the interview's, else
the day of the decision).

The computations of :mod:`socialwork.law.allowances` and :mod:`socialwork.law.income` are
imported by the functions that use them, on the first decision or interview they check: a
command that checks none (``validate`` of a kontrakt) does not load them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from socialwork.law import income_criterion, parameters
from socialwork.law.citations import ups
from socialwork.law.parameters import ACT_IN_FORCE
from socialwork.model.benefits import BenefitKind
from socialwork.rules.builtin._common import day, interview_for, pln, same_person
from socialwork.rules.paths import path
from socialwork.rules.rule import RuleContext, Violation, rule

if TYPE_CHECKING:
    from socialwork.law.income import HouseholdIncome
    from socialwork.model.decision import Decision
    from socialwork.model.interview import Interview

B = BenefitKind

INCOME_TESTED = frozenset(
    {
        B.PERMANENT_ALLOWANCE,
        B.PERIODIC_ALLOWANCE,
        B.TARGETED_ALLOWANCE,
        B.TARGETED_ALLOWANCE_CONTRACT,
    }
)
"""Allowances whose income test is art. 8 ust. 1 (art. 40 and art. 41 are exceptions)."""

ALLOWANCES = INCOME_TESTED | {B.TARGETED_ALLOWANCE_EVENT, B.SPECIAL_TARGETED_ALLOWANCE}
"""Allowances of art. 37–41: the reasons of art. 7 are checked for these."""



def figures_on(decision: Decision) -> dt.date:
    """The day the legal figures for a decision are read on (see the module notes)."""
    return decision.period_from or decision.issued_on


def _application_date(decision: Decision, interview: Interview) -> dt.date:
    return decision.application_on or interview.application_on or decision.issued_on


def _income(decision: Decision, interview: Interview) -> HouseholdIncome:
    from socialwork.law.income import family_income

    return family_income(
        interview.household, application_date=_application_date(decision, interview)
    )


def _own_income(decision: Decision, interview: Interview, income: HouseholdIncome) -> Decimal:
    person = (
        interview.household.applicant.person
        if same_person(interview.household.applicant, decision.party)
        else decision.party.person
    )
    return income.of(person.id)


def _income_text(members: int, income: HouseholdIncome, *, locative: bool = False) -> str:
    """The income tested, in the nominative ("dochód …") or, after "przy", the locative
    ("dochodzie …")."""
    noun = "dochodzie" if locative else "dochód"
    if members == 1:
        return f"{noun} osoby samotnie gospodarującej ({pln(income.total)})"
    return (
        f"{noun} na osobę w rodzinie ({pln(income.per_person)}; dochód rodziny "
        f"{pln(income.total)}, {members} os.)"
    )


def _granted(decision: Decision, kinds: frozenset[BenefitKind]) -> bool:
    return (
        decision.granted
        and decision.benefit in kinds
        and figures_on(decision) >= ACT_IN_FORCE
        and decision.issued_on >= ACT_IN_FORCE
    )


@rule(
    "SW-BEN-001",
    "Świadczenie pieniężne przysługuje osobie lub rodzinie, której dochód nie przekracza "
    "kryterium dochodowego (zasiłek stały i okresowy: dochód niższy od kryterium)",
    applies_to="decision",
    legal_basis=ups(8, ustep=1),
    note="Granted zasiłek stały, okresowy, celowy (art. 39, 39a). Not checked: art. 40 "
    "(zdarzenie losowe, regardless of income), art. 41 ust. 1 (specjalny zasiłek celowy) "
    "and a benefit granted on condition of repayment (art. 41 pkt 2, repayable=true). "
    "Needs the interview (household and income items); the test uses "
    "socialwork.law.allowances.",
)
def income_within_criterion(decision: Decision, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.law.allowances import (
        periodic_allowance,
        permanent_allowance,
        targeted_allowance,
    )

    if not _granted(decision, INCOME_TESTED) or decision.repayable:
        return
    interview = interview_for(decision, ctx)
    if interview is None:
        return
    on = figures_on(decision)
    income = _income(decision, interview)
    members = interview.household.size
    single = members == 1
    criterion = income_criterion(on, single=single)
    label = decision.benefit.label
    tail = (
        f"świadczenie „{label}” nie przysługuje (ponad kryterium możliwy jest specjalny "
        "zasiłek celowy lub świadczenie za zwrotem, art. 41)."
    )
    # genitive after "niższy od", accusative after "przekracza"
    whose = "osoby samotnie gospodarującej" if single else "na osobę w rodzinie"
    kind_of_criterion = f"kryterium dochodowego {whose}"
    if decision.benefit is B.PERMANENT_ALLOWANCE:
        own = None if single else _own_income(decision, interview, income)
        result = permanent_allowance(on, members=members, income=income.total, own_income=own)
        basis = ups(37, ustep=1, punkt=1 if single else 2)
        if not result.eligible:
            if own is not None and own >= criterion:
                what = f"dochód własny osoby ({pln(own)})"
            else:
                what = _income_text(members, income)
            yield Violation(
                f"Zasiłek stały przyznano, choć {what} nie jest niższy od {kind_of_criterion} "
                f"({pln(criterion)} w dniu {day(on)}); " + tail,
                path=path("benefit"),
                legal_basis=basis,
            )
        return
    if decision.benefit is B.PERIODIC_ALLOWANCE:
        eligible = periodic_allowance(on, members=members, income=income.total).eligible
        basis = ups(38, ustep=1, punkt=1 if single else 2)
        relation = f"nie jest niższy od {kind_of_criterion}"
    else:
        eligible = targeted_allowance(on, members=members, income=income.total).eligible
        basis = ups(8, ustep=1)
        relation = f"przekracza kryterium dochodowe {whose}"
    if not eligible:
        yield Violation(
            f"Świadczenie „{label}” przyznano, choć {_income_text(members, income)} "
            f"{relation} ({pln(criterion)} w dniu {day(on)}); " + tail,
            path=path("benefit"),
            legal_basis=basis,
        )


@rule(
    "SW-BEN-002",
    "Świadczenie pieniężne wymaga, poza ubóstwem, co najmniej jednego powodu z art. 7 "
    "pkt 2–15 lub innej okoliczności uzasadniającej udzielenie pomocy",
    applies_to="decision",
    legal_basis=ups(8, ustep=1),
    verified=False,
    note="The wording of art. 8 ust. 1 on the reasons is quoted from memory in the sources "
    "(meaning confirmed by OPS pages): marked UNVERIFIED. Checked for granted allowances of "
    "art. 37–41 on the reasons and other circumstances recorded in the interview.",
)
def reason_beyond_poverty(decision: Decision, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.law.allowances import check_cash_benefit_reasons

    if not _granted(decision, ALLOWANCES):
        return
    interview = interview_for(decision, ctx)
    if interview is None:
        return
    check = check_cash_benefit_reasons(
        interview.reasons, other_circumstance=interview.other_circumstances_text
    )
    if check.ok:
        return
    found = (
        "wskazano wyłącznie ubóstwo (art. 7 pkt 1), bez innego powodu z art. 7 ani innej "
        "okoliczności uzasadniającej pomoc; samo ubóstwo nie wystarcza."
        if check.points
        else "nie wskazano żadnego powodu z art. 7 ani innej okoliczności uzasadniającej "
        "pomoc."
    )
    yield Violation(
        f"Świadczenie pieniężne „{decision.benefit.label}” przyznano, choć w wywiadzie z dnia "
        f"{day(interview.conducted_on)} {found}",
        path=path("benefit"),
    )


@rule(
    "SW-BEN-003",
    "Kwota zasiłku stałego odpowiada art. 37 ust. 2 (różnica między kryterium – od "
    "1.01.2024 r. 130 % kryterium – a dochodem, nie wyższa od kwoty maksymalnej i nie niższa "
    "od kwoty minimalnej)",
    applies_to="decision",
    legal_basis=ups(37, ustep=2),
    note="With the interview: the amount must equal socialwork.law.allowances."
    "permanent_allowance for the household's income (ineligibility is SW-BEN-001). Without "
    "it: the amount must lie between the minimum (30 zł; 100 zł from 2024-01-01) and the "
    "largest amount the Act allows on that day.",
)
def permanent_amount(decision: Decision, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.law.allowances import permanent_allowance

    if not _granted(decision, frozenset({B.PERMANENT_ALLOWANCE})) or decision.amount is None:
        return
    on = figures_on(decision)
    amount = decision.amount
    interview = interview_for(decision, ctx)
    if interview is not None:
        income = _income(decision, interview)
        members = interview.household.size
        own = None if members == 1 else _own_income(decision, interview, income)
        result = permanent_allowance(on, members=members, income=income.total, own_income=own)
        if result.eligible and amount != result.amount:
            yield Violation(
                f"Zasiłek stały przyznano w kwocie {pln(amount)} miesięcznie, a z art. 37 "
                f"ust. 2 przy {_income_text(members, income, locative=True)} wynika "
                f"{pln(result.amount)}; stan prawny na dzień {day(on)}",
                path=path("amount"),
            )
        return
    minimum = parameters.value("permanent_allowance.minimum", on)
    cap = parameters.value("permanent_allowance.cap_single", on)
    share = parameters.value("permanent_allowance.criterion_share", on)
    family_max = (income_criterion(on, single=False) * share).quantize(Decimal("0.01"))
    maximum = max(cap, family_max)
    if amount < minimum:
        yield Violation(
            f"Zasiłek stały przyznano w kwocie {pln(amount)}, niższej od kwoty minimalnej "
            f"obowiązującej w dniu {day(on)} ({pln(minimum)}).",
            path=path("amount"),
        )
    elif amount > maximum:
        yield Violation(
            f"Zasiłek stały przyznano w kwocie {pln(amount)}, wyższej od najwyższej kwoty "
            f"możliwej w dniu {day(on)} ({pln(maximum)}).",
            path=path("amount"),
        )


@rule(
    "SW-BEN-004",
    "Kwota zasiłku okresowego mieści się w granicach art. 38 (co najmniej 50 % różnicy "
    "między kryterium a dochodem i nie mniej niż 20 zł; nie więcej niż ta różnica, a dla "
    "osoby samotnie gospodarującej nie więcej niż kwota graniczna)",
    applies_to="decision",
    legal_basis=ups(38, ustep=2),
    note="With the interview: socialwork.law.allowances.periodic_allowance gives the range "
    "(a gmina's higher share registered as a local parameter is honoured). Without it: only "
    "the 20 zł floor. Ust. numbers of art. 38 are partly verified in the sources.",
)
def periodic_amount(decision: Decision, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.law.allowances import periodic_allowance

    if not _granted(decision, frozenset({B.PERIODIC_ALLOWANCE})) or decision.amount is None:
        return
    on = figures_on(decision)
    amount = decision.amount
    interview = interview_for(decision, ctx)
    if interview is not None:
        income = _income(decision, interview)
        members = interview.household.size
        result = periodic_allowance(on, members=members, income=income.total)
        if result.eligible and not result.allows(amount):
            yield Violation(
                f"Zasiłek okresowy przyznano w kwocie {pln(amount)} miesięcznie, poza "
                f"granicami wynikającymi z art. 38: od {pln(result.minimum)} do "
                f"{pln(result.maximum)} przy {_income_text(members, income, locative=True)}; "
                f"stan prawny na dzień {day(on)}",
                path=path("amount"),
            )
        return
    floor = parameters.value("periodic_allowance.minimum", on)
    if amount < floor:
        yield Violation(
            f"Zasiłek okresowy przyznano w kwocie {pln(amount)}, niższej od kwoty minimalnej "
            f"({pln(floor)} miesięcznie).",
            path=path("amount"),
        )


@rule(
    "SW-BEN-005",
    "Specjalny zasiłek celowy nie może przekroczyć kwoty kryterium dochodowego osoby "
    "samotnie gospodarującej lub rodziny",
    applies_to="decision",
    legal_basis=ups(41, ustep=1),
    note="Needs the interview (household size and income); the maximum comes from "
    "socialwork.law.allowances.special_targeted_allowance.",
)
def special_targeted_amount(decision: Decision, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.law.allowances import special_targeted_allowance

    if (
        not _granted(decision, frozenset({B.SPECIAL_TARGETED_ALLOWANCE}))
        or decision.amount is None
    ):
        return
    interview = interview_for(decision, ctx)
    if interview is None:
        return
    on = figures_on(decision)
    income = _income(decision, interview)
    members = interview.household.size
    result = special_targeted_allowance(on, members=members, income=income.total)
    if decision.amount > result.maximum > 0:
        yield Violation(
            f"Specjalny zasiłek celowy przyznano w kwocie {pln(decision.amount)}, wyższej "
            f"od kwoty kryterium dochodowego ({pln(result.maximum)} w dniu {day(on)}).",
            path=path("amount"),
        )


_MONTHS = (
    "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec",
    "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień",
)  # fmt: skip

INCOME_DECISIONS = INCOME_TESTED | {B.SPECIAL_TARGETED_ALLOWANCE}
"""Benefits whose decision rests on the household's income (art. 8 ust. 1, art. 41)."""


def _missing_month(interview: Interview, application_date: dt.date) -> str | None:
    """The Polish wording of the income month when the household lists income items, but
    none of that month; else None."""
    incomes = interview.household.incomes
    if not incomes:
        return None
    from socialwork.law.income import reference_month

    lost = any(item.lost for item in incomes)
    month = reference_month(application_date, income_lost=lost)
    if any(item.month == month for item in incomes):
        return None
    which = (
        "miesiąc złożenia wniosku – utrata dochodu"
        if lost
        else "miesiąc poprzedzający złożenie wniosku"
    )
    return f"{_MONTHS[month.month - 1]} {month.year} r. ({which}, art. 8 ust. 3)"


def _missing_month_message(month: str) -> str:
    return (
        f"Nie można ustalić dochodu za {month}: wśród dochodów rodziny nie ma żadnej "
        "pozycji z tego miesiąca, są tylko pozycje z innych miesięcy, więc przyjęto dochód "
        "0,00 zł i wynik testu dochodowego może być błędny. Wpisz dochody z tego miesiąca "
        "(jeśli dochodu nie było, pozycję z kwotą 0,00 zł) albo sprawdź datę wniosku."
    )


@rule(
    "SW-BEN-006",
    "Dochód ustala się na podstawie dochodu z miesiąca poprzedzającego złożenie wniosku "
    "(przy utracie dochodu – z miesiąca złożenia wniosku)",
    applies_to=("interview", "decision"),
    legal_basis=ups(8, ustep=3),
    severity="warning",
    note="A warning when the household lists income items but none of the income month of "
    "art. 8 ust. 3 (the income then counts as 0 and the income test says nothing). For an "
    "interview: when its application_on is recorded. For a decision on zasiłek stały, "
    "okresowy, celowy or specjalny zasiłek celowy: with the interview it rests on, from the "
    "application date (the decision's, else the interview's, else the day of the decision).",
)
def income_month_recorded(obj: Interview | Decision, ctx: RuleContext) -> Iterator[Violation]:
    from socialwork.model.interview import Interview

    if isinstance(obj, Interview):
        if obj.application_on is None or obj.application_on < ACT_IN_FORCE:
            return
        month = _missing_month(obj, obj.application_on)
        if month is not None:
            yield Violation(_missing_month_message(month), path=path("household", "incomes"))
        return
    decision = obj
    if decision.benefit not in INCOME_DECISIONS or decision.issued_on < ACT_IN_FORCE:
        return
    interview = interview_for(decision, ctx)
    if interview is None:
        return
    month = _missing_month(interview, _application_date(decision, interview))
    if month is not None:
        yield Violation(_missing_month_message(month), path=path("interview_id"))


RULES = (
    income_within_criterion,
    reason_beyond_poverty,
    permanent_amount,
    periodic_amount,
    special_targeted_amount,
    income_month_recorded,
)
