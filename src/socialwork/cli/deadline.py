"""``socialwork deadline interview|appeal|update --from DATE``: statutory deadlines.

* ``deadline interview --from DATE [--urgent]`` – wywiad: 14 working days (2 when urgent)
  from learning of the need (§ 3 ust. 2–3 of the regulation on the wywiad);
* ``deadline appeal --from DATE`` – 14 days from delivery of the decision (art. 129 § 2
  k.p.a., counted per art. 57);
* ``deadline update --from DATE`` – update of the wywiad for a permanent form of help,
  at least every 6 months (art. 107 ust. 4 u.p.s.; months per art. 57 § 3 k.p.a.).

``--json`` prints ``{"due": "YYYY-MM-DD", "legal_basis": "…", …, "steps": […]}``; for an
update whose ``due`` day is not a working day also ``"last_working_day_before"`` (a
recommendation; ``due`` stays the calendar date).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from socialwork.cli._common import EXIT_OK, EXIT_USAGE, date_arg, print_json
from socialwork.law.deadlines import (
    Deadline,
    appeal_deadline,
    interview_deadline,
    interview_update_deadline,
)

_TITLES = {
    "interview": "Termin przeprowadzenia rodzinnego wywiadu środowiskowego",
    "interview_urgent": "Termin przeprowadzenia rodzinnego wywiadu środowiskowego (sprawa pilna)",
    "interview_update": "Termin aktualizacji rodzinnego wywiadu środowiskowego",
    "appeal": "Termin wniesienia odwołania od decyzji",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "deadline",
        help="statutory deadlines: wywiad, its update, appeal",
        description="Compute a statutory deadline in working or calendar days, with Polish "
        "public holidays and the KPA art. 57 rules.",
    )
    parser.set_defaults(handler=lambda args: _usage(parser))
    sub = parser.add_subparsers(dest="deadline_command", metavar="WHICH")
    specs = (
        (
            "interview",
            "wywiad: 14 working days (2 if urgent) from learning of the need",
            "the day the worker learned of the need (YYYY-MM-DD)",
        ),
        (
            "appeal",
            "appeal: 14 days from delivery of the decision (art. 129 § 2 k.p.a.)",
            "the day the decision was delivered (YYYY-MM-DD)",
        ),
        (
            "update",
            "update of the wywiad: at least every 6 months (art. 107 ust. 4 u.p.s.)",
            "the day of the last wywiad or update (YYYY-MM-DD)",
        ),
    )
    for name, helptext, fromhelp in specs:
        p = sub.add_parser(name, help=helptext, description=helptext)
        p.add_argument(
            "--from", dest="start", type=date_arg, required=True, metavar="DATE", help=fromhelp
        )
        if name == "interview":
            p.add_argument(
                "--urgent", action="store_true", help="urgent case: 2 working days (§ 3 ust. 3)"
            )
        p.add_argument("--json", action="store_true", help="print JSON")
        p.set_defaults(handler=run, deadline_kind=name)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_USAGE


def compute(args: argparse.Namespace) -> Deadline:
    if args.deadline_kind == "interview":
        return interview_deadline(args.start, urgent=args.urgent)
    if args.deadline_kind == "appeal":
        return appeal_deadline(args.start)
    return interview_update_deadline(args.start)


def run(args: argparse.Namespace) -> int:
    deadline = compute(args)
    if args.json:
        print_json(deadline.as_dict())
        return EXIT_OK
    print(f"{_TITLES[deadline.kind]}: {deadline.due.isoformat()} ({deadline.legal_basis.short})")
    if deadline.last_working_day_before is not None:
        print(
            "Termin nie jest dniem roboczym – zalecany ostatni dzień roboczy przed nim: "
            f"{deadline.last_working_day_before.isoformat()}"
        )
    print("Obliczenie:")
    for i, step in enumerate(deadline.steps, 1):
        print(f"  {i}. {step}")
    return EXIT_OK
