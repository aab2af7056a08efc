"""``socialwork calc criterion|periodic|permanent|dps-fee``: income criteria, allowances and
the DPS fee.

* ``calc criterion --on DATE`` → ``{"single": "1010.00", "per_person": "823.00",
  "legal_basis": …}`` (the statutory criteria, art. 8 ust. 1 u.p.s.);
* ``calc periodic --members N --income AMOUNT --on DATE`` → ``{"eligible": …, "minimum":
  …, "maximum": …, "steps": […]}`` (zasiłek okresowy, art. 38);
* ``calc permanent --members N --income AMOUNT [--own-income AMOUNT] --on DATE`` →
  ``{"eligible": …, "amount": …, "steps": […]}`` (zasiłek stały, art. 37);
* ``calc dps-fee --cost AMOUNT --income AMOUNT --on DATE [--relative single:INCOME |
  --relative family:N:INCOME]...`` → ``{"resident": …, "relatives": […], "gmina": …,
  "steps": […]}`` (the fee for a stay in a dom pomocy społecznej, art. 60–61; relatives in
  the statutory order: spouse, descendants, ascendants).

``--members 1`` is an osoba samotnie gospodarująca; ``--income`` is the household's
monthly income under art. 8 (a family's total).  When not eligible, the amounts are
``"0.00"``.  ``calc permanent`` assumes the personal conditions of art. 37 ust. 1 (adult,
unable to work by age or totally) are met and says so in its steps.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from socialwork.cli._common import (
    EXIT_OK,
    EXIT_USAGE,
    add_profile_arguments,
    amount_arg,
    date_arg,
    positive_int_arg,
    print_json,
)
from socialwork.errors import InputError
from socialwork.law import parameters
from socialwork.law.allowances import periodic_allowance, permanent_allowance
from socialwork.law.answers import criterion_answer
from socialwork.law.citations import ups
from socialwork.law.dps import ObligedRelative, dps_fee, parse_relative
from socialwork.law.steps import Step, format_pln


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "calc",
        help="income criteria, allowance amounts and the DPS fee (art. 8, 37, 38, 61 u.p.s.)",
        description="Compute the income criteria in force on a day, the range of a zasiłek "
        "okresowy, the amount of a zasiłek stały or the split of the fee for a stay in a dom "
        "pomocy społecznej, with every step and its legal basis.",
    )
    parser.set_defaults(handler=lambda args: _usage(parser))
    sub = parser.add_subparsers(dest="calc_command", metavar="WHAT")

    crit = sub.add_parser(
        "criterion",
        help="income criteria in force on a day",
        description="The statutory income criteria (art. 8 ust. 1 u.p.s.) in force on DATE.",
    )
    crit.add_argument(
        "--on",
        type=date_arg,
        required=True,
        metavar="DATE",
        help="the day (YYYY-MM-DD), on or after 2004-05-01",
    )
    crit.add_argument("--json", action="store_true", help="print JSON")
    crit.set_defaults(handler=run_criterion)

    for name, helptext in (
        ("periodic", "range of a zasiłek okresowy (art. 38 u.p.s.)"),
        ("permanent", "amount of a zasiłek stały (art. 37 u.p.s.)"),
    ):
        p = sub.add_parser(
            name,
            help=helptext,
            description=helptext[0].upper()
            + helptext[1:]
            + ". --members 1 means an osoba samotnie gospodarująca.",
        )
        p.add_argument(
            "--members",
            type=positive_int_arg,
            required=True,
            metavar="N",
            help="persons in the household (1 = osoba samotnie gospodarująca)",
        )
        p.add_argument(
            "--income",
            type=amount_arg,
            required=True,
            metavar="AMOUNT",
            help="the household's monthly income under art. 8 (a family's total)",
        )
        if name == "permanent":
            p.add_argument(
                "--own-income",
                type=amount_arg,
                metavar="AMOUNT",
                help="the applicant's own monthly income (family only)",
            )
        p.add_argument(
            "--on",
            type=date_arg,
            required=True,
            metavar="DATE",
            help="the day whose figures apply (YYYY-MM-DD)",
        )
        p.add_argument("--json", action="store_true", help="print JSON")
        add_profile_arguments(p)
        p.set_defaults(handler=run_periodic if name == "periodic" else run_permanent)


    dps = sub.add_parser(
        "dps-fee",
        help="the fee for a stay in a dom pomocy społecznej (art. 60–61 u.p.s.)",
        description="Split the average monthly cost of a stay in a DPS among the resident "
        "(at most 70 %% of income), the spouse, descendants and ascendants (only from income "
        "above 300 %% of the criterion) and the gmina (the rest), with every step and its "
        "legal basis.",
    )
    dps.add_argument(
        "--cost",
        type=amount_arg,
        required=True,
        metavar="AMOUNT",
        help="the DPS's average monthly cost of keeping a resident (art. 60 ust. 2)",
    )
    dps.add_argument(
        "--income",
        type=amount_arg,
        required=True,
        metavar="AMOUNT",
        help="the resident's monthly income under art. 8",
    )
    dps.add_argument(
        "--on",
        type=date_arg,
        required=True,
        metavar="DATE",
        help="the day whose figures apply (YYYY-MM-DD)",
    )
    dps.add_argument(
        "--relative",
        type=_relative_arg,
        action="append",
        default=[],
        metavar="single:INCOME|family:N:INCOME",
        help="an obliged relative, in the statutory order (spouse, descendants, "
        "ascendants): a one-person household with its income, or a family of N persons "
        "with its total income; repeat for each",
    )
    dps.add_argument("--json", action="store_true", help="print JSON")
    dps.set_defaults(handler=run_dps_fee)


def _relative_arg(text: str) -> ObligedRelative:
    try:
        return parse_relative(text)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_USAGE


def _print_steps(steps: tuple[Step, ...]) -> None:
    print("Obliczenie:")
    for i, step in enumerate(steps, 1):
        print(f"  {i}. {step}")


def run_criterion(args: argparse.Namespace) -> int:
    single = parameters.record("income_criterion.single", args.on, statutory=True)
    per_person = parameters.record("income_criterion.per_person", args.on, statutory=True)
    basis = ups(8, ustep=1)
    if args.json:
        print_json(criterion_answer(args.on))
        return EXIT_OK
    print(f"Kryteria dochodowe w dniu {args.on.isoformat()} ({basis.short}):")
    for label, rec in (("osoba samotnie gospodarująca", single), ("osoba w rodzinie", per_person)):
        flag = "" if rec.verified else " [NIEZWERYFIKOWANE]"
        print(f"  {label}: {format_pln(rec.amount)}{flag} ({rec.legal_basis.short})")
    where = f" ({single.dz_u})" if single.dz_u else ""
    print(f"Źródło: {single.source}{where}")
    return EXIT_OK


def run_periodic(args: argparse.Namespace) -> int:
    result = periodic_allowance(
        args.on, members=args.members, income=args.income, profile=args.profile
    )
    if args.json:
        print_json(result.as_dict())
        return EXIT_OK
    who = "osoba samotnie gospodarująca" if args.members == 1 else f"rodzina {args.members}-osobowa"
    print(
        f"Zasiłek okresowy ({who}, dochód {format_pln(args.income)}, "
        f"stan na {args.on.isoformat()}):"
    )
    if result.eligible:
        print(
            f"  przysługuje: od {format_pln(result.minimum)} do {format_pln(result.maximum)} "
            "miesięcznie"
        )
    else:
        print("  nie przysługuje")
    _print_steps(result.steps)
    return EXIT_OK


def run_permanent(args: argparse.Namespace) -> int:
    result = permanent_allowance(
        args.on,
        members=args.members,
        income=args.income,
        own_income=args.own_income,
        profile=args.profile,
    )
    if args.json:
        print_json(result.as_dict())
        return EXIT_OK
    who = "osoba samotnie gospodarująca" if args.members == 1 else f"rodzina {args.members}-osobowa"
    print(
        f"Zasiłek stały ({who}, dochód {format_pln(args.income)}, stan na {args.on.isoformat()}):"
    )
    if result.eligible:
        print(f"  przysługuje: {format_pln(result.amount)} miesięcznie")
    else:
        print("  nie przysługuje")
    _print_steps(result.steps)
    return EXIT_OK


def run_dps_fee(args: argparse.Namespace) -> int:
    result = dps_fee(args.on, cost=args.cost, income=args.income, relatives=args.relative)
    if args.json:
        print_json(result.as_dict())
        return EXIT_OK
    print(
        f"Opłata za pobyt w domu pomocy społecznej (średni koszt {format_pln(result.cost)}, "
        f"dochód mieszkańca {format_pln(result.income)}, stan na {args.on.isoformat()}):"
    )
    print(f"  mieszkaniec: {format_pln(result.resident)} miesięcznie")
    for i, rel in enumerate(result.relatives, 1):
        print(f"  osoba obowiązana nr {i}: {format_pln(rel.fee)} miesięcznie")
    print(f"  gmina: {format_pln(result.gmina)} miesięcznie")
    _print_steps(result.steps)
    return EXIT_OK
