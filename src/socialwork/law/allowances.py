"""Cash allowances of the ustawa o pomocy społecznej: zasiłek stały, okresowy, celowy.

Every function takes the day the figures are read on (``on``: the day of the decision or
of the application, as the caller decides), the size of the household (``members=1``: an
osoba samotnie gospodarująca, art. 6 pkt 10; more: a rodzina, art. 6 pkt 14) and the
household's monthly income computed under art. 8 ust. 3–13 (for a family: the family's
total, see :mod:`socialwork.law.income`).  Each result carries its steps, every step
citing its legal basis.

Comparisons
    * zasiłek stały (art. 37 ust. 1) and okresowy (art. 38 ust. 1): income **lower than**
      the criterion ("niższy od kryterium") – equal is not enough;
    * zasiłek celowy (art. 39 with art. 8 ust. 1): income **not exceeding** the criterion;
    * specjalny zasiłek celowy (art. 41 ust. 1): income **exceeding** the criterion.
    A family's per-person test is made on the exact family total (income < members × the
    per-person criterion), so rounding never decides eligibility.

Rounding policy
    Arithmetic is exact (Decimal); results are rounded to the grosz once, at the end:
    amounts half-up, except the lower bound of the zasiłek okresowy (a share of the gap),
    which is rounded **up** so it never falls below the statutory share.

Ineligible results
    ``eligible=False`` with ``amount``/``minimum``/``maximum`` equal to ``0.00`` and the
    steps saying which condition failed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import ROUND_CEILING, Decimal
from typing import Any

import attrs

from socialwork.errors import InputError
from socialwork.formatting import plural
from socialwork.law import parameters
from socialwork.law.citations import LegalBasis, ups
from socialwork.law.parameters import ParameterOverride
from socialwork.law.profiles import Profile, use_profile
from socialwork.law.steps import Step, format_pln, money
from socialwork.model import MAX_AMOUNT
from socialwork.model.people import age_in_years

__all__ = [
    "OTHER_CIRCUMSTANCE",
    "DisasterAllowance",
    "PeriodicAllowance",
    "PermanentAllowance",
    "ReasonCheck",
    "SpecialTargetedAllowance",
    "TargetedAllowance",
    "cash_benefit_reason_ok",
    "check_cash_benefit_reasons",
    "disaster_allowance",
    "periodic_allowance",
    "permanent_allowance",
    "special_targeted_allowance",
    "targeted_allowance",
    "unable_to_work_by_age",
]

ZERO = Decimal("0.00")
_AGE_WOMAN = 60
_AGE_MAN = 65


def _money_in(value: Any, name: str) -> Decimal:
    if isinstance(value, (bool, float)):
        raise InputError(
            f"{name}: {value!r} is a {type(value).__name__}; pass a Decimal like "
            'Decimal("823.00") (floats lose grosze)'
        )
    if isinstance(value, int):
        value = Decimal(value)
    if not isinstance(value, Decimal):
        raise InputError(f"{name} must be a Decimal amount, not {type(value).__name__}")
    if not value.is_finite() or value < 0:
        raise InputError(f"{name} must be an amount >= 0, not {value}")
    if value > MAX_AMOUNT:
        raise InputError(
            f"{name}: {value} is not a plausible monthly amount "
            f"(at most {MAX_AMOUNT} zł, socialwork.model.MAX_AMOUNT)"
        )
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise InputError(f"{name}: {value} has more than 2 decimal places; give złoty and grosze")
    return value


def _members_in(members: Any) -> int:
    if isinstance(members, bool) or not isinstance(members, int) or members < 1:
        raise InputError(
            f"members must be a whole number >= 1 (1 = osoba samotnie gospodarująca), "
            f"not {members!r}"
        )
    return members


def _on_in(on: Any) -> dt.date:
    if isinstance(on, dt.datetime) or not isinstance(on, dt.date):
        raise InputError(f"on must be a datetime.date, not {type(on).__name__}")
    return on


def _criterion_steps(on: dt.date, members: int) -> tuple[Decimal, list[Step]]:
    """The applicable criterion (single, or family = n × per person) and its steps."""
    if members == 1:
        rec = parameters.record("income_criterion.single", on, statutory=True)
        return rec.amount, [
            Step(
                f"Kryterium dochodowe osoby samotnie gospodarującej w dniu {on.isoformat()}",
                rec.legal_basis,
                amount=rec.amount,
            )
        ]
    rec = parameters.record("income_criterion.per_person", on, statutory=True)
    family = rec.amount * members
    return family, [
        Step(
            f"Kryterium dochodowe na osobę w rodzinie w dniu {on.isoformat()}",
            rec.legal_basis,
            amount=rec.amount,
        ),
        Step(
            f"Kryterium dochodowe rodziny: {format_pln(rec.amount)} × "
            f"{plural(members, 'osoba', 'osoby', 'osób')}",
            ups(8, ustep=1, punkt=3),
            amount=family,
        ),
    ]


# --------------------------------------------------------------------------- art. 38


@attrs.frozen
class PeriodicAllowance:
    """Zasiłek okresowy: whether it may be granted and the monthly range (art. 38)."""

    eligible: bool
    minimum: Decimal
    maximum: Decimal
    criterion: Decimal
    income: Decimal
    gap: Decimal
    steps: tuple[Step, ...]

    def allows(self, amount: Decimal) -> bool:
        """Whether a granted monthly ``amount`` is within the legal range."""
        return self.eligible and self.minimum <= amount <= self.maximum

    def as_dict(self) -> dict[str, Any]:
        return {
            "eligible": self.eligible,
            "minimum": f"{self.minimum}",
            "maximum": f"{self.maximum}",
            "criterion": f"{money(self.criterion)}",
            "income": f"{money(self.income)}",
            "gap": f"{money(self.gap)}",
            "steps": [s.as_dict() for s in self.steps],
        }


def periodic_allowance(
    on: dt.date,
    *,
    members: int,
    income: Decimal,
    overrides: Mapping[str, ParameterOverride] | None = None,
    profile: str | Profile | None = None,
) -> PeriodicAllowance:
    """The range of the zasiłek okresowy the OPS may grant (art. 38 u.p.s.).

    Eligible when the income is lower than the criterion (single: K_single; family:
    members × K_person).  Gap = criterion − income.  At most the gap, and for a single
    person at most the cap (``periodic_allowance.cap_single``: 418 zł in the older text,
    then the per-person criterion).  At least the statutory share of the gap (50 % from
    2008; in 2004, 2005 and 2006–2007 the transitional shares of art. 147 ust. 1–3: 20 %,
    30 %, 35 % for a single person and 15 %, 20 %, 25 % for a family; a gmina may raise
    it – ``periodic_allowance.gap_share`` honours a registered or given override, for a
    family too) and never less than 20 zł.  When the gap is below 20 zł the floor of 20 zł
    prevails ("nie może być niższa niż 20 zł"): the range is exactly 20.00–20.00.  When a
    gmina's higher share would exceed the single person's cap, the cap prevails.
    """
    with use_profile(profile):
        return _periodic_allowance(
            on, members=members, income=income, overrides=overrides
        )


def _periodic_allowance(
    on: dt.date,
    *,
    members: int,
    income: Decimal,
    overrides: Mapping[str, ParameterOverride] | None,
) -> PeriodicAllowance:
    on = _on_in(on)
    members = _members_in(members)
    income = _money_in(income, "income")
    criterion, steps = _criterion_steps(on, members)
    steps.append(
        Step(
            "Dochód " + ("osoby samotnie gospodarującej" if members == 1 else "rodziny"),
            ups(8, ustep=3),
            amount=income,
        )
    )
    basis_1 = ups(38, ustep=1, punkt=1 if members == 1 else 2)
    if income >= criterion:
        steps.append(
            Step(
                "Dochód nie jest niższy od kryterium dochodowego – zasiłek okresowy nie "
                "przysługuje",
                basis_1,
            )
        )
        return PeriodicAllowance(False, ZERO, ZERO, criterion, income, ZERO, tuple(steps))
    gap = criterion - income
    steps.append(
        Step("Dochód niższy od kryterium – różnica (kryterium − dochód)", basis_1, amount=gap)
    )
    maximum = gap
    if members == 1:
        cap = parameters.record("periodic_allowance.cap_single", on)
        if cap.amount < gap:
            maximum = cap.amount
            steps.append(
                Step(
                    "Kwota zasiłku dla osoby samotnie gospodarującej nie może przekroczyć "
                    "limitu" + ("" if cap.verified else " [data zmiany limitu NIEZWERYFIKOWANA]"),
                    cap.legal_basis,
                    amount=cap.amount,
                )
            )
    share = parameters.record("periodic_allowance.gap_share", on, overrides=overrides)
    if members > 1 and share.gmina is None:
        # a family's statutory share differed in 2004–2007 (art. 147 ust. 1–3 pkt 2);
        # a gmina's raised share (art. 8 ust. 2) applies to families as well
        share = parameters.record("periodic_allowance.gap_share_family", on)
    share_amount = (gap * share.amount).quantize(Decimal("0.01"), rounding=ROUND_CEILING)
    percent = f"{(share.amount * 100).normalize():f}"
    steps.append(
        Step(
            f"Co najmniej {percent} % różnicy między kryterium a dochodem"
            + (f" (podwyższone lokalnie: {share.gmina})" if share.gmina else "")
            + " – zaokrąglone w górę do pełnego grosza",
            share.legal_basis,
            amount=share_amount,
        )
    )
    floor = parameters.record("periodic_allowance.minimum", on)
    minimum = max(share_amount, floor.amount)
    if floor.amount > share_amount:
        steps.append(
            Step(
                "Kwota zasiłku okresowego nie może być niższa niż kwota minimalna",
                floor.legal_basis,
                amount=floor.amount,
            )
        )
    if maximum < floor.amount:
        maximum = floor.amount
        steps.append(
            Step(
                "Różnica jest niższa od kwoty minimalnej – przysługuje kwota minimalna "
                "(ustawowe minimum ma pierwszeństwo przed górną granicą)",
                floor.legal_basis,
                amount=floor.amount,
            )
        )
    if minimum > maximum:
        minimum = maximum
        steps.append(
            Step(
                "Podwyższona lokalnie część różnicy przekracza ustawowy limit – stosuje się limit",
                ups(38, ustep=2, punkt=1),
                amount=maximum,
            )
        )
    minimum, maximum = money(minimum), money(maximum)
    steps.append(
        Step(
            f"Zasiłek okresowy może być przyznany w kwocie od {format_pln(minimum)} do "
            f"{format_pln(maximum)} miesięcznie",
            ups(38, ustep=2),
        )
    )
    return PeriodicAllowance(True, minimum, maximum, criterion, income, gap, tuple(steps))


# --------------------------------------------------------------------------- art. 37


@attrs.frozen
class PermanentAllowance:
    """Zasiłek stały: eligibility and the monthly amount (art. 37)."""

    eligible: bool
    amount: Decimal
    steps: tuple[Step, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "eligible": self.eligible,
            "amount": f"{self.amount}",
            "steps": [s.as_dict() for s in self.steps],
        }


def unable_to_work_by_age(birth_date: dt.date, *, female: bool, on: dt.date) -> bool:
    """Niezdolność do pracy z tytułu wieku: 60 years (woman) / 65 (man) (art. 6 pkt 7).

    The age is counted under art. 112 k.c. (:func:`socialwork.model.people.age_in_years`):
    a man born on 29 February 1964 is 65 from the start of 28 February 2029.
    """
    return age_in_years(birth_date, on) >= (_AGE_WOMAN if female else _AGE_MAN)


def permanent_allowance(
    on: dt.date,
    *,
    members: int,
    income: Decimal,
    own_income: Decimal | None = None,
    adult: bool = True,
    unable_to_work: bool = True,
    profile: str | Profile | None = None,
) -> PermanentAllowance:
    """Zasiłek stały (art. 37 u.p.s.).

    Eligible: an adult (``adult``) unable to work by age (60 K / 65 M, art. 6 pkt 7; see
    :func:`unable_to_work_by_age`) or totally (art. 6 pkt 1) (``unable_to_work``), and

    * single (``members == 1``): income lower than K_single (ust. 1 pkt 1);
    * in a family: own income **and** income per person lower than K_person (ust. 1
      pkt 2).  ``own_income`` is the person's own income; when omitted it is assumed to be
      below the criterion and a step says so.

    Amount (ust. 2): the share of the criterion (100 %; 130 % from 2024-01-01) minus the
    income (single) or minus the income per person (family); for a single person at most
    the cap (``permanent_allowance.cap_single``); never less than the minimum (30 zł;
    100 zł from 2024-01-01) – a smaller computed amount is raised to the minimum.
    Eligibility always uses 100 % of the criterion.  Entitlements that exclude the
    zasiłek stały (renta socjalna, świadczenie pielęgnacyjne…) are not checked here.
    """
    with use_profile(profile):
        return _permanent_allowance(
            on, members=members, income=income, own_income=own_income, adult=adult,
            unable_to_work=unable_to_work,
        )


def _permanent_allowance(
    on: dt.date,
    *,
    members: int,
    income: Decimal,
    own_income: Decimal | None,
    adult: bool,
    unable_to_work: bool,
) -> PermanentAllowance:
    on = _on_in(on)
    members = _members_in(members)
    income = _money_in(income, "income")
    if own_income is not None:
        own_income = _money_in(own_income, "own_income")
        if members == 1 and own_income != income:
            raise InputError(
                "own_income: for an osoba samotnie gospodarująca (members=1) the own income "
                f"is the household income ({income}); omit own_income or make them equal"
            )
    steps: list[Step] = []
    single = members == 1
    basis_1 = ups(37, ustep=1, punkt=1 if single else 2)
    if not adult or not unable_to_work:
        steps.append(
            Step(
                "Zasiłek stały przysługuje tylko osobie pełnoletniej, niezdolnej do pracy z "
                "powodu wieku albo całkowicie niezdolnej do pracy – warunek niespełniony",
                basis_1,
            )
        )
        return PermanentAllowance(False, ZERO, tuple(steps))
    steps.append(
        Step(
            "Warunek osobowy (według danych wejściowych – do sprawdzenia): osoba pełnoletnia, "
            "niezdolna do pracy z powodu wieku (60 lat kobieta, 65 lat mężczyzna – art. 6 "
            "pkt 7) albo całkowicie niezdolna do pracy (art. 6 pkt 1)",
            basis_1,
        )
    )
    k = parameters.record(
        "income_criterion.single" if single else "income_criterion.per_person",
        on,
        statutory=True,
    )
    steps.append(
        Step(
            (
                "Kryterium dochodowe osoby samotnie gospodarującej"
                if single
                else "Kryterium dochodowe na osobę w rodzinie"
            )
            + f" w dniu {on.isoformat()}",
            k.legal_basis,
            amount=k.amount,
        )
    )
    if single:
        tested = income
        steps.append(Step("Dochód osoby samotnie gospodarującej", ups(8, ustep=3), amount=income))
        if income >= k.amount:
            steps.append(
                Step("Dochód nie jest niższy od kryterium – zasiłek stały nie przysługuje", basis_1)
            )
            return PermanentAllowance(False, ZERO, tuple(steps))
    else:
        per_person = income / members
        tested = per_person
        steps.append(
            Step(
                f"Dochód rodziny ({format_pln(income)}) podzielony przez liczbę "
                f"osób ({members}) – dochód na osobę w rodzinie",
                ups(6, punkt=3),
                amount=per_person,
            )
        )
        if own_income is None:
            steps.append(
                Step(
                    "Dochód własny osoby nie został podany – przyjęto, że jest "
                    "niższy od kryterium (należy to sprawdzić)",
                    basis_1,
                )
            )
        else:
            steps.append(Step("Dochód własny osoby", ups(8, ustep=3), amount=own_income))
            if own_income >= k.amount:
                steps.append(
                    Step(
                        "Dochód własny osoby nie jest niższy od kryterium na osobę "
                        "w rodzinie – zasiłek stały nie przysługuje",
                        basis_1,
                    )
                )
                return PermanentAllowance(False, ZERO, tuple(steps))
        if income >= k.amount * members:
            steps.append(
                Step(
                    "Dochód na osobę w rodzinie nie jest niższy od kryterium – "
                    "zasiłek stały nie przysługuje",
                    basis_1,
                )
            )
            return PermanentAllowance(False, ZERO, tuple(steps))
    steps.append(Step("Warunek dochodowy spełniony (dochód niższy od kryterium)", basis_1))
    share = parameters.record("permanent_allowance.criterion_share", on)
    base = k.amount * share.amount
    basis_2 = ups(37, ustep=2, punkt=1 if single else 2)
    percent = f"{(share.amount * 100).normalize():f}"
    if share.amount != 1:
        steps.append(Step(f"{percent} % kryterium dochodowego", share.legal_basis, amount=base))
    amount = money(base - tested)
    steps.append(
        Step(
            f"Różnica między {percent} % kryterium a dochodem"
            + ("" if single else " na osobę w rodzinie"),
            basis_2,
            amount=amount,
        )
    )
    if single:
        cap = parameters.record("permanent_allowance.cap_single", on)
        if amount > cap.amount:
            amount = cap.amount
            steps.append(
                Step(
                    "Kwota zasiłku osoby samotnie gospodarującej nie może być "
                    "wyższa niż kwota maksymalna",
                    cap.legal_basis,
                    amount=cap.amount,
                )
            )
    minimum = parameters.record("permanent_allowance.minimum", on)
    if amount < minimum.amount:
        amount = minimum.amount
        steps.append(
            Step(
                "Obliczona kwota jest niższa od minimalnej – przysługuje kwota minimalna",
                minimum.legal_basis,
                amount=minimum.amount,
            )
        )
    amount = money(amount)
    steps.append(Step("Zasiłek stały miesięcznie", basis_2, amount=amount))
    return PermanentAllowance(True, amount, tuple(steps))


# --------------------------------------------------------------------------- art. 39–41


@attrs.frozen
class TargetedAllowance:
    """Zasiłek celowy (art. 39): the income test only; the Act fixes no amount."""

    eligible: bool
    criterion: Decimal
    income: Decimal
    steps: tuple[Step, ...]


def targeted_allowance(on: dt.date, *, members: int, income: Decimal) -> TargetedAllowance:
    """Zasiłek celowy for a necessary living need (art. 39 u.p.s.).

    Income test of art. 8 ust. 1: the income must **not exceed** the criterion.  Above it,
    see :func:`special_targeted_allowance` (art. 41); after a zdarzenie losowe or a
    disaster, :func:`disaster_allowance` (art. 40, regardless of income).
    """
    on = _on_in(on)
    members = _members_in(members)
    income = _money_in(income, "income")
    criterion, steps = _criterion_steps(on, members)
    steps.append(
        Step("Dochód " + ("osoby" if members == 1 else "rodziny"), ups(8, ustep=3), amount=income)
    )
    eligible = income <= criterion
    steps.append(
        Step(
            "Dochód nie przekracza kryterium dochodowego – zasiłek celowy może być przyznany "
            "na zaspokojenie niezbędnej potrzeby bytowej"
            if eligible
            else "Dochód przekracza kryterium – zasiłek celowy z art. 39 nie przysługuje "
            "(możliwy specjalny zasiłek celowy, art. 41)",
            ups(8, ustep=1),
        )
    )
    steps.append(
        Step("Zasiłek celowy – w celu zaspokojenia niezbędnej potrzeby bytowej", ups(39, ustep=1))
    )
    return TargetedAllowance(eligible, criterion, income, tuple(steps))


@attrs.frozen
class DisasterAllowance:
    """Zasiłek celowy after a zdarzenie losowe or a disaster (art. 40)."""

    eligible: bool
    returnable_may_be_waived: bool
    steps: tuple[Step, ...]


def disaster_allowance(on: dt.date, *, disaster: bool = False) -> DisasterAllowance:
    """Zasiłek celowy for losses from a zdarzenie losowe (art. 40 ust. 1) or a klęska
    żywiołowa lub ekologiczna (``disaster=True``, ust. 2): may be granted **regardless of
    income** and may be non-returnable (ust. 3)."""
    on = _on_in(on)
    steps = (
        Step(
            "Zasiłek celowy w związku z "
            + ("klęską żywiołową lub ekologiczną" if disaster else "zdarzeniem losowym")
            + " – może być przyznany niezależnie od dochodu",
            ups(40, ustep=2 if disaster else 1),
        ),
        Step("Zasiłek może być przyznany bez obowiązku zwrotu", ups(40, ustep=3)),
    )
    return DisasterAllowance(True, True, steps)


@attrs.frozen
class SpecialTargetedAllowance:
    """Specjalny zasiłek celowy (art. 41 ust. 1): income above the criterion, capped."""

    eligible: bool
    maximum: Decimal
    steps: tuple[Step, ...]

    def allows(self, amount: Decimal) -> bool:
        return self.eligible and ZERO < amount <= self.maximum


def special_targeted_allowance(
    on: dt.date, *, members: int, income: Decimal
) -> SpecialTargetedAllowance:
    """Specjalny zasiłek celowy (art. 41 ust. 1 u.p.s.).

    In particularly justified cases for a person or family whose income **exceeds** the
    criterion; at most K_single (single) or the family criterion (members × K_person);
    not returnable.  With income not above the criterion the ordinary zasiłek celowy
    (art. 39) applies and ``eligible`` is False.
    """
    on = _on_in(on)
    members = _members_in(members)
    income = _money_in(income, "income")
    criterion, steps = _criterion_steps(on, members)
    steps.append(
        Step("Dochód " + ("osoby" if members == 1 else "rodziny"), ups(8, ustep=3), amount=income)
    )
    basis = ups(41, ustep=1)
    if income <= criterion:
        steps.append(
            Step(
                "Dochód nie przekracza kryterium – właściwy jest zasiłek celowy "
                "z art. 39, nie specjalny zasiłek celowy",
                basis,
            )
        )
        return SpecialTargetedAllowance(False, ZERO, tuple(steps))
    steps.append(
        Step(
            "Dochód przekracza kryterium – w szczególnie uzasadnionych przypadkach może być "
            "przyznany specjalny zasiłek celowy, bez obowiązku zwrotu, w wysokości "
            "nieprzekraczającej kryterium dochodowego "
            + ("osoby samotnie gospodarującej" if members == 1 else "rodziny"),
            basis,
            amount=money(criterion),
        )
    )
    return SpecialTargetedAllowance(True, money(criterion), tuple(steps))


# --------------------------------------------------------------------------- art. 8 ust. 1

#: Marks "another circumstance justifying help" (art. 8 ust. 1, "innych okoliczności").
OTHER_CIRCUMSTANCE = "other"

_POINTS = {str(n) for n in range(1, 16)} - {"10"} | {"7a"}
_OTHER_WORDS = {OTHER_CIRCUMSTANCE, "inne", "inna", "inna okoliczność", "other circumstance"}


@attrs.frozen
class ReasonCheck:
    """Result of the art. 8 ust. 1 reasons test for a cash benefit."""

    ok: bool
    points: tuple[str, ...]
    other_circumstance: bool
    steps: tuple[Step, ...]


def _point(reason: Any, index: int) -> str:
    raw = getattr(reason, "value", reason)  # AssistanceReason → its punkt
    if isinstance(raw, bool) or not isinstance(raw, (int, str)):
        raise InputError(
            f"reasons[{index}]: {reason!r} is not a punkt of art. 7 u.p.s. (1–15, 7a) or "
            f"{OTHER_CIRCUMSTANCE!r}"
        )
    text = str(raw).strip().lower()
    if text in _OTHER_WORDS:
        return OTHER_CIRCUMSTANCE
    if text == "10":
        raise InputError(f"reasons[{index}]: art. 7 pkt 10 u.p.s. was repealed (uchylony)")
    if text not in _POINTS:
        raise InputError(
            f"reasons[{index}]: {raw!r} is not a punkt of art. 7 u.p.s.; use 1–15 (not 10), "
            f"'7a' or {OTHER_CIRCUMSTANCE!r} for another circumstance"
        )
    return text


def check_cash_benefit_reasons(
    reasons: Iterable[Any], *, other_circumstance: str | bool | None = None
) -> ReasonCheck:
    """Art. 8 ust. 1 u.p.s.: a cash benefit needs, besides the income test, at least one
    reason of art. 7 pkt 2–15 (incl. 7a) or another circumstance justifying help –
    poverty (pkt 1) alone is not enough.

    ``reasons``: :class:`~socialwork.model.reasons.AssistanceReason` members, punkt
    numbers (``4``, ``"7a"``) or ``"other"``; ``other_circumstance``: a description (or
    True) of another circumstance.  Unknown or repealed punkty raise :class:`InputError`.
    """
    if isinstance(reasons, (str, bytes)):
        raise InputError("reasons must be a list of art. 7 punkty, not a single text")
    points = tuple(_point(r, i) for i, r in enumerate(reasons))
    other = bool(other_circumstance) or OTHER_CIRCUMSTANCE in points
    statutory = tuple(p for p in points if p != OTHER_CIRCUMSTANCE)
    beyond_poverty = [p for p in statutory if p != "1"]
    basis = ups(8, ustep=1)
    steps: list[Step] = []
    if statutory:
        steps.append(
            Step("Wskazane powody: art. 7 pkt " + ", ".join(statutory), LegalBasis("u.p.s.", "7"))
        )
    ok = bool(beyond_poverty) or other
    if beyond_poverty:
        steps.append(
            Step(
                "Występuje co najmniej jeden powód z art. 7 pkt 2–15 (pkt "
                + ", ".join(beyond_poverty)
                + ")",
                basis,
            )
        )
    elif other:
        steps.append(Step("Występuje inna okoliczność uzasadniająca udzielenie pomocy", basis))
    else:
        steps.append(
            Step(
                "Brak powodu z art. 7 pkt 2–15 lub innej okoliczności – "
                + ("samo ubóstwo nie wystarcza" if statutory else "nie wskazano żadnego powodu")
                + " do przyznania świadczenia pieniężnego",
                basis,
            )
        )
    return ReasonCheck(ok, statutory, other, tuple(steps))


def cash_benefit_reason_ok(
    reasons: Iterable[Any], *, other_circumstance: str | bool | None = None
) -> bool:
    """True when the reasons satisfy art. 8 ust. 1 (see :func:`check_cash_benefit_reasons`)."""
    return check_cash_benefit_reasons(reasons, other_circumstance=other_circumstance).ok
