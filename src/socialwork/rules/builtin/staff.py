"""Rules of staff: qualifications (art. 116 u.p.s.) and caseload (art. 110 u.p.s.)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from socialwork.law.citations import ups
from socialwork.model.enums import Qualification
from socialwork.rules.builtin._common import day
from socialwork.rules.paths import path
from socialwork.rules.rule import RuleContext, Violation, rule

if TYPE_CHECKING:
    from socialwork.model.staff import SocialWorker

SPECIALISATION_DEADLINE = dt.date(2013, 12, 31)
"""Art. 116 ust. 1 pkt 3: studies with a social-work specialisation completed by this day."""

MAX_HOUSEHOLDS = 50
"""Art. 110: one full-time social worker per no more than 50 families / single households."""


@rule(
    "SW-STF-001",
    "Pracownikiem socjalnym jest osoba spełniająca wymagania kwalifikacyjne z art. 116 "
    "ust. 1",
    applies_to="social_worker",
    legal_basis=ups(116, ustep=1),
    note="Qualifications: diploma of a kolegium pracowników służb społecznych (pkt 1), "
    "higher studies in praca socjalna (pkt 2), or studies with a social-work specialisation "
    "in the listed fields completed by 31.12.2013 (pkt 3; a later date of obtaining it does "
    "not qualify). Reported wherever a social worker appears (interview, kontrakt, "
    "referral…).",
)
def worker_qualified(worker: SocialWorker, ctx: RuleContext) -> Iterator[Violation]:
    name = f"{worker.first_name} {worker.last_name}"
    qualification = worker.qualification
    if qualification is None:
        yield Violation(
            f"Pracownik socjalny {name}: nie wskazano kwalifikacji z art. 116 ust. 1 "
            "(kolegium pracowników służb społecznych, studia na kierunku praca socjalna albo "
            "specjalność ukończona do 31.12.2013 r.).",
            path=path("qualification"),
        )
        return
    obtained = worker.qualification_obtained_on
    if (
        qualification is Qualification.SPECIALISATION_BY_2013
        and obtained is not None
        and obtained > SPECIALISATION_DEADLINE
    ):
        yield Violation(
            f"Pracownik socjalny {name}: specjalność przygotowującą do zawodu pracownika "
            f"socjalnego uzyskano {day(obtained)}, a daje ona kwalifikacje tylko wtedy, gdy "
            "studia ukończono do 31.12.2013 r.",
            path=path("qualification_obtained_on"),
            legal_basis=ups(116, ustep=1, punkt=3),
        )


@rule(
    "SW-STF-002",
    "Na jednego pracownika socjalnego zatrudnionego w pełnym wymiarze czasu pracy przypada "
    "nie więcej niż 50 rodzin i osób samotnie gospodarujących objętych pracą socjalną",
    applies_to="social_worker",
    legal_basis=ups(110, ustep=11),
    severity="warning",
    verified=False,
    note="Only where the worker's caseload is recorded. A warning: art. 110 lets the gmina "
    "staff by inhabitants (1 worker per 2 000) instead of by families, and the ustęp number "
    "(11) is only partly verified.",
)
def caseload_limit(worker: SocialWorker, ctx: RuleContext) -> Iterator[Violation]:
    caseload = worker.caseload
    if caseload is not None and caseload > MAX_HOUSEHOLDS:
        yield Violation(
            f"Pracownik socjalny {worker.first_name} {worker.last_name} prowadzi pracę "
            f"socjalną z {caseload} rodzinami i osobami samotnie gospodarującymi – więcej niż "
            f"{MAX_HOUSEHOLDS} na jeden etat.",
            path=path("caseload"),
        )


RULES = (worker_qualified, caseload_limit)
