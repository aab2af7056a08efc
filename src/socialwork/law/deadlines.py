"""Statutory deadlines: wywiad, its update, the decision and the appeal.

Working days
    A day that is not a Saturday, not a Sunday and not a public holiday under art. 1 of the
    ustawa o dniach wolnych od pracy (list from :mod:`holidays`, ``holidays.Poland``:
    Wigilia, 24 December, is a holiday from 2025 only; Święto Trzech Króli from 2011).

Counting (art. 57 k.p.a., applied to all deadlines here)
    * days (§ 1): the day of the event is not counted; the deadline ends with the last day;
    * months (§ 3): the deadline ends on the day of the last month whose number matches the
      starting day; when that month has no such day, on its **last day**
      (2025-08-31 + 6 months = 2026-02-28; 2024-02-29 + 12 months = 2025-02-28);
    * roll-forward (§ 4): a KPA deadline whose end falls on a Saturday or a day free by
      statute (every Sunday, the holidays) ends on the next day that is neither.  Saturdays
      count only for deadlines ending on or after 2017-06-01 (ustawa z 7 kwietnia 2017 r.,
      Dz.U. 2017 poz. 935); before, only Sundays and holidays moved the end.

What uses what
    * :func:`interview_deadline` – 14 working days from learning of the need, 2 in urgent
      cases (§ 3 ust. 2–3 of the 2021 regulation, Dz.U. 2021 poz. 893, in force
      2021-11-11; the 2016 regulation, Dz.U. 2016 poz. 1406, is cited for earlier dates);
      the Nth working day after the start day, which is itself always a working day;
    * :func:`interview_update_deadline` – at least every 6 months for permanent forms of
      help (art. 107 ust. 4 u.p.s.): month arithmetic of art. 57 § 3 k.p.a. with the
      month-end rule above and **no roll-forward** – "at least every 6 months" is a
      maximum interval, so a due day on a non-working day is kept as ``due``; the last
      working day before it is given as a recommendation (``last_working_day_before``);
    * :func:`decision_deadline` – 1 month, 2 months in particularly complex cases, from
      the initiation of the proceedings (art. 35 § 3 k.p.a.), months per art. 57 § 3 with
      roll-forward per § 4; periods excluded by art. 35 § 5 are not modelled;
    * :func:`appeal_deadline` – 14 days from delivery (art. 129 § 2 k.p.a.), days per
      art. 57 § 1 with roll-forward per § 4 (delivered 2021-11-03 → 2021-11-17).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import attrs

from socialwork.errors import InputError
from socialwork.law.citations import Act, LegalBasis, kpa, ups
from socialwork.law.steps import Step

__all__ = [
    "Deadline",
    "add_months",
    "add_working_days",
    "appeal_deadline",
    "decision_deadline",
    "holiday_name",
    "interview_deadline",
    "interview_update_deadline",
    "is_holiday",
    "is_working_day",
    "kpa_end",
    "last_working_day_before",
]

RWS_2021_IN_FORCE = dt.date(2021, 11, 11)
SATURDAY_RULE_FROM = dt.date(2017, 6, 1)
#: 24 December is a public holiday from 2025 (ustawa z 6 grudnia 2024 r., in force 2025-02-01).
WIGILIA_FROM_YEAR = 2025
INTERVIEW_WORKING_DAYS = 14
INTERVIEW_URGENT_WORKING_DAYS = 2
UPDATE_MONTHS = 6
APPEAL_DAYS = 14

_WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")


@attrs.frozen
class Deadline:
    """A computed deadline: the last day (``due``), its legal basis and the steps."""

    kind: str
    start: dt.date
    due: dt.date
    legal_basis: LegalBasis
    steps: tuple[Step, ...]
    #: For a maximum interval (the update of the wywiad) whose ``due`` day is not a working
    #: day: the last working day before it – a recommendation, ``due`` stays the legal date.
    last_working_day_before: dt.date | None = None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form: ``{"due": "YYYY-MM-DD", "legal_basis": "…", …}``.

        ``last_working_day_before`` is present only when it is set.
        """
        data: dict[str, Any] = {
            "due": self.due.isoformat(),
            "legal_basis": self.legal_basis.long,
            "legal_basis_short": self.legal_basis.short,
            "kind": self.kind,
            "from": self.start.isoformat(),
            "steps": [step.as_dict() for step in self.steps],
        }
        if self.last_working_day_before is not None:
            data["last_working_day_before"] = self.last_working_day_before.isoformat()
        return data


def _check(day: Any, what: str) -> dt.date:
    if isinstance(day, dt.datetime) or not isinstance(day, dt.date):
        raise InputError(
            f"{what} must be a datetime.date (e.g. date(2025, 1, 2)), not {type(day).__name__}"
        )
    if day.year < 1990 or day.year > 2199:
        raise InputError(f"{what} {day.isoformat()} is outside the years 1990–2199")
    return day


@functools.cache
def _holidays_pl(year: int) -> dict[dt.date, str]:
    import holidays  # loaded when a deadline is first computed, not with the rules

    return dict(holidays.country_holidays("PL", years=year, language="pl").items())


def holiday_name(day: dt.date) -> str | None:
    """The Polish name of the public holiday on ``day`` (Sundays not included), or None."""
    name = _holidays_pl(day.year).get(day)
    if name is None and day.year >= WIGILIA_FROM_YEAR and (day.month, day.day) == (12, 24):
        # Older releases of ``holidays`` predate the 2024 amendment; keep the law regardless.
        return "Wigilia Bożego Narodzenia"
    return name


def is_holiday(day: dt.date) -> bool:
    """True on a day free from work by statute: every Sunday and every public holiday."""
    return day.weekday() == 6 or holiday_name(day) is not None


def is_working_day(day: dt.date) -> bool:
    """True unless ``day`` is a Saturday, a Sunday or a public holiday."""
    _check(day, "day")
    return day.weekday() < 5 and holiday_name(day) is None


def _describe_day(day: dt.date) -> str:
    name = holiday_name(day)
    text = f"{day.isoformat()} ({_WEEKDAYS[day.weekday()]}"
    return text + (f", {name})" if name else ")")


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The ``count``-th working day after ``start`` (``start`` itself is not counted)."""
    _check(start, "start")
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise InputError(f"count must be a whole number >= 1, not {count!r}")
    day = start
    left = count
    while left:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            left -= 1
    return day


def last_working_day_before(day: dt.date) -> dt.date:
    """The last working day strictly before ``day``."""
    _check(day, "day")
    day -= dt.timedelta(days=1)
    while not is_working_day(day):
        day -= dt.timedelta(days=1)
    return day


def add_months(start: dt.date, months: int) -> dt.date:
    """``start`` + ``months`` per art. 57 § 3 k.p.a.: same day number, else month's end."""
    _check(start, "start")
    if isinstance(months, bool) or not isinstance(months, int) or months < 1:
        raise InputError(f"months must be a whole number >= 1, not {months!r}")
    from dateutil.relativedelta import relativedelta  # loaded with the first such deadline

    result: dt.date = start + relativedelta(months=months)
    return result


def _moves_end(day: dt.date) -> bool:
    if is_holiday(day):
        return True
    return day.weekday() == 5 and day >= SATURDAY_RULE_FROM


def kpa_end(day: dt.date) -> dt.date:
    """The end of a KPA deadline after art. 57 § 4 roll-forward (see the module notes)."""
    _check(day, "day")
    while _moves_end(day):
        day += dt.timedelta(days=1)
    return day


def _roll_steps(end: dt.date) -> tuple[dt.date, list[Step]]:
    basis = kpa(57, paragraph=4)
    rolled = kpa_end(end)
    if rolled == end:
        if end.weekday() == 5:
            return end, [
                Step(
                    f"Koniec terminu przypada w sobotę {end.isoformat()}; przed 1 czerwca 2017 r. "
                    "sobota nie przesuwała końca terminu",
                    basis,
                    day=end,
                )
            ]
        return end, []
    return rolled, [
        Step(
            f"Koniec terminu przypada na dzień {_describe_day(end)}, który jest sobotą lub "
            "dniem ustawowo wolnym od pracy – termin upływa następnego dnia, który nie jest "
            "sobotą ani dniem ustawowo wolnym od pracy",
            basis,
            day=rolled,
        )
    ]


def interview_deadline(learned_on: dt.date, *, urgent: bool = False) -> Deadline:
    """Last day to carry out the rodzinny wywiad środowiskowy.

    14 working days from the day the worker learned of the need to carry it out; in urgent
    cases immediately, at the latest within 2 working days (§ 3 ust. 2–3 of the regulation
    on the rodzinny wywiad środowiskowy).  The day of learning is not counted.
    """
    _check(learned_on, "learned_on")
    act = Act.RWS_2021 if learned_on >= RWS_2021_IN_FORCE else Act.RWS_2016
    count = INTERVIEW_URGENT_WORKING_DAYS if urgent else INTERVIEW_WORKING_DAYS
    basis = LegalBasis(act, paragraph="3", ustep="3" if urgent else "2")
    due = add_working_days(learned_on, count)
    skipped = [
        _describe_day(learned_on + dt.timedelta(days=i))
        for i in range(1, (due - learned_on).days)
        if holiday_name(learned_on + dt.timedelta(days=i)) is not None
    ]
    steps = [
        Step(
            f"Dzień powzięcia wiadomości o potrzebie przeprowadzenia wywiadu: "
            f"{_describe_day(learned_on)} – nie jest wliczany",
            basis,
            day=learned_on,
        ),
        Step(
            (
                "Sprawa pilna: wywiad niezwłocznie, nie później niż w ciągu "
                if urgent
                else "Wywiad przeprowadza się w terminie "
            )
            + f"{count} dni roboczych (bez sobót, niedziel i świąt"
            + (f"; pominięto: {', '.join(skipped)}" if skipped else "")
            + ")",
            basis,
            day=due,
        ),
    ]
    return Deadline(
        "interview_urgent" if urgent else "interview", learned_on, due, basis, tuple(steps)
    )


def interview_update_deadline(last_on: dt.date) -> Deadline:
    """Last day for the update of the wywiad for a permanent form of help.

    At least every 6 months from the last wywiad or update (art. 107 ust. 4 u.p.s.),
    months counted per art. 57 § 3 k.p.a. (no such day → the last day of the month);
    no roll-forward (see the module notes).
    """
    _check(last_on, "last_on")
    basis = ups(107, ustep=4)
    due = add_months(last_on, UPDATE_MONTHS)
    steps = [
        Step(
            "Aktualizacja wywiadu przy stałych formach pomocy – nie rzadziej niż co "
            f"{UPDATE_MONTHS} miesięcy od ostatniego wywiadu lub aktualizacji "
            f"({last_on.isoformat()})",
            basis,
        ),
        Step(
            "Termin miesięczny kończy się z upływem dnia, który datą odpowiada początkowemu "
            "dniowi terminu, a gdyby takiego dnia w ostatnim miesiącu nie było – w ostatnim "
            "dniu tego miesiąca",
            kpa(57, paragraph=3),
            day=due,
        ),
    ]
    earlier: dt.date | None = None
    if not is_working_day(due):
        earlier = last_working_day_before(due)
        steps.append(
            Step(
                f"Termin przypada na dzień {_describe_day(due)}, który nie jest dniem roboczym; "
                "termin „nie rzadziej niż” nie przesuwa się na kolejny dzień – zaleca się "
                "przeprowadzić aktualizację najpóźniej w ostatnim dniu roboczym przed nim: "
                f"{_describe_day(earlier)}",
                basis,
                day=earlier,
            )
        )
    return Deadline(
        "interview_update", last_on, due, basis, tuple(steps), last_working_day_before=earlier
    )


def decision_deadline(initiated_on: dt.date, *, complex_case: bool = False) -> Deadline:
    """Last day to settle a case requiring explanatory proceedings (art. 35 § 3 k.p.a.).

    1 month, 2 months in a particularly complex case, from the initiation of the
    proceedings; months per art. 57 § 3, end rolled forward per art. 57 § 4.  Periods not
    counted under art. 35 § 5 (suspension, delays caused by the party…) are not modelled.
    """
    _check(initiated_on, "initiated_on")
    months = 2 if complex_case else 1
    basis = kpa(35, paragraph=3)
    end = add_months(initiated_on, months)
    due, roll = _roll_steps(end)
    steps = [
        Step(
            "Sprawa wymagająca postępowania wyjaśniającego – nie później niż w ciągu "
            + ("dwóch miesięcy (sprawa szczególnie skomplikowana)" if complex_case else "miesiąca")
            + f" od dnia wszczęcia postępowania ({initiated_on.isoformat()})",
            basis,
        ),
        Step(
            "Termin miesięczny kończy się z upływem dnia, który datą odpowiada początkowemu "
            "dniowi terminu, a gdyby takiego dnia w ostatnim miesiącu nie było – w ostatnim "
            "dniu tego miesiąca",
            kpa(57, paragraph=3),
            day=end,
        ),
        *roll,
    ]
    return Deadline(
        "decision_complex" if complex_case else "decision", initiated_on, due, basis, tuple(steps)
    )


def appeal_deadline(delivered_on: dt.date) -> Deadline:
    """Last day to appeal a decision: 14 days from its delivery (art. 129 § 2 k.p.a.).

    Counted per art. 57 § 1 (the day of delivery is not counted) and moved per § 4 when it
    ends on a Saturday (from 2017-06-01) or a day free by statute.
    Example: delivered Wednesday 2021-11-03 → ends Wednesday 2021-11-17.
    """
    _check(delivered_on, "delivered_on")
    basis = kpa(129, paragraph=2)
    end = delivered_on + dt.timedelta(days=APPEAL_DAYS)
    first_day = delivered_on + dt.timedelta(days=1)
    due, roll = _roll_steps(end)
    steps = [
        Step(
            f"Odwołanie wnosi się w terminie {APPEAL_DAYS} dni od dnia doręczenia decyzji: "
            f"{_describe_day(delivered_on)}",
            basis,
        ),
        Step(
            "Przy obliczaniu terminu w dniach nie uwzględnia się dnia doręczenia; termin "
            f"upływa z upływem ostatniego dnia (liczony od {first_day.isoformat()})",
            kpa(57, paragraph=1),
            day=end,
        ),
        *roll,
    ]
    return Deadline("appeal", delivered_on, due, basis, tuple(steps))
