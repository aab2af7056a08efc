"""Rules of the indywidualny program wychodzenia z bezdomności (art. 49 u.p.s.) and of its
links from the kontrakt socjalny and the skierowanie do schroniska.

Art. 49 ust. 2 and ust. 5 are quoted in ``docs/documents.md`` (cps.srodmiescie.warszawa.pl);
the meetings per stage come from § 3 of the repealed 2001 regulation (Dz.U. 2001 Nr 126,
poz. 1390) — a recommendation, marked ``verified=False``.

Messages name actions and stages by number, never by their text (they may describe therapy or
other health matters).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from socialwork.law.citations import LegalBasis, ups
from socialwork.rules.builtin._common import day, same_person
from socialwork.rules.paths import path
from socialwork.rules.rule import RuleContext, Violation, rule

if TYPE_CHECKING:
    from socialwork.model.contract import SocialContract
    from socialwork.model.homelessness import HomelessnessProgram
    from socialwork.model.referral import Referral

REPEALED_2001 = (
    "rozporządzenia z 2001 r. w sprawie szczegółowych zasad opracowywania programu "
    "wychodzenia z bezdomności oraz zakresu i sposobu jego realizacji (Dz.U. z 2001 r. "
    "Nr 126, poz. 1390; akt utracił moc)"
)
"""The repealed regulation whose § 3 (verbatim on OpenLEX, sip.lex.pl …-16915948/par-3) named
the program's content; the issuing minister and the day are not given here (UNVERIFIED)."""


@rule(
    "SW-HOM-001",
    "Indywidualny program wychodzenia z bezdomności opracowuje pracownik socjalny wspólnie z "
    "osobą bezdomną, a zatwierdza kierownik ośrodka pomocy społecznej",
    applies_to="homelessness_program",
    legal_basis=ups(49, ustep=2),
    note="A program on or after its start date must be approved; an approved program must "
    "carry both signatures (the person's and the worker's), given not after the approval.",
)
def program_approved(program: HomelessnessProgram, ctx: RuleContext) -> Iterator[Violation]:
    approval = program.approval
    if approval is None:
        if ctx.on >= program.start:
            yield Violation(
                f"Indywidualny program wychodzenia z bezdomności realizowany od "
                f"{day(program.start)} nie został zatwierdzony przez kierownika ośrodka "
                "pomocy społecznej.",
                path=path("approval"),
            )
        return
    for field, who in (
        ("client_signed_on", "osobę bezdomną"),
        ("worker_signed_on", "pracownika socjalnego"),
    ):
        signed = getattr(program, field)
        if signed is None:
            yield Violation(
                f"Zatwierdzony program wychodzenia z bezdomności nie został podpisany przez "
                f"{who}; program opracowuje się wspólnie z osobą bezdomną.",
                path=path(field),
            )
        elif signed > approval.approved_on:
            yield Violation(
                f"Program zatwierdzono {day(approval.approved_on)}, przed jego podpisaniem "
                f"przez {who} ({day(signed)}).",
                path=path("approval", "approved_on"),
            )


@rule(
    "SW-HOM-002",
    "Program wykraczający poza możliwości placówki lub obejmujący ubezpieczenie zdrowotne "
    "wskazuje podmioty odpowiedzialne za realizację poszczególnych postanowień",
    applies_to="homelessness_program",
    legal_basis=ups(49, ustep=5),
    note="When exceeds_facility_means or health_insurance is set, responsible_bodies must "
    "name at least one body.",
)
def program_responsible_bodies(
    program: HomelessnessProgram, ctx: RuleContext
) -> Iterator[Violation]:
    if (program.exceeds_facility_means or program.health_insurance) and not (
        program.responsible_bodies
    ):
        reason = (
            "wykracza poza możliwości placówki"
            if program.exceeds_facility_means
            else "obejmuje ubezpieczenie zdrowotne osoby bezdomnej"
        )
        yield Violation(
            f"Program {reason}, a nie wskazuje podmiotów odpowiedzialnych za realizację "
            "poszczególnych postanowień.",
            path=path("responsible_bodies"),
        )


@rule(
    "SW-HOM-003",
    "Harmonogram programu określa etapy realizacji i terminy spotkań pracownika socjalnego z "
    "osobą bezdomną w każdym etapie",
    applies_to="homelessness_program",
    legal_basis=LegalBasis(REPEALED_2001, paragraph=3),
    severity="warning",
    verified=False,
    note="There is no current wzór of the program; § 3 of the repealed 2001 regulation named "
    "the schedule of stages and the meeting dates tied to the stages. One finding for a "
    "program without stages, else one per stage without a meeting.",
)
def program_schedule(program: HomelessnessProgram, ctx: RuleContext) -> Iterator[Violation]:
    if not program.stages:
        yield Violation(
            "Harmonogram programu wychodzenia z bezdomności nie określa etapów realizacji.",
            path=path("stages"),
        )
        return
    met = {m.stage_id for m in program.meetings}
    for i, stage in enumerate(program.stages):
        if stage.id not in met:
            yield Violation(
                f"Dla etapu nr {i + 1} programu nie zaplanowano spotkania pracownika "
                "socjalnego z osobą bezdomną.",
                path=path("stages", i),
            )


def _link(obj: Any) -> tuple[str | None, str, Any, str]:
    """(program id, path to it, the person, Polish name of the document) of a referral or a
    kontrakt."""
    from socialwork.model.contract import SocialContract  # loaded: a referral imports it too

    if not isinstance(obj, SocialContract):  # a referral
        shelter = obj.shelter
        program_id = shelter.homelessness_program_id if shelter is not None else None
        return (
            program_id,
            path("shelter", "homelessness_program_id"),
            obj.client,
            "Skierowanie do schroniska",
        )
    return obj.homelessness_program_id, path("homelessness_program_id"), obj.client, "Kontrakt"


def _programs(ctx: RuleContext) -> list[HomelessnessProgram]:
    """The programs the case and the related objects hold. None while the program's module
    is not imported: no object of a class not loaded yet can exist (a kontrakt checked on its
    own does not load the program's model)."""
    if "socialwork.model.homelessness" not in sys.modules:
        return []
    from socialwork.model.homelessness import HomelessnessProgram

    return ctx.objects(HomelessnessProgram)


@rule(
    "SW-HOM-004",
    "Kontrakt socjalny i skierowanie do schroniska wskazują indywidualny program wychodzenia "
    "z bezdomności tej samej osoby",
    applies_to=("referral", "social_contract"),
    legal_basis=ups(49, ustep=2),
    note="Checked when the kontrakt or the referral names a program (homelessness_program_id) "
    "that the case or the related objects hold: the program must concern the same person "
    "(the program is drawn up with that person).",
)
def program_link(obj: Referral | SocialContract, ctx: RuleContext) -> Iterator[Violation]:
    program_id, where, client, what = _link(obj)
    if program_id is None:
        return
    for program in _programs(ctx):
        if program.id == program_id and not same_person(program.client, client):
            yield Violation(
                f"{what} wskazuje indywidualny program wychodzenia z bezdomności nr "
                f"{program.id}, opracowany dla innej osoby.",
                path=where,
            )


RULES = (program_approved, program_responsible_bodies, program_schedule, program_link)
