"""``socialwork validate FILE [--on DATE] [--json]``: check a case file.

Two layers:

1. **Structure** — the JSON must load with :func:`socialwork.serialization.from_json` (known
   ``type``, supported ``schema_version``, no unknown keys, right types, valid PESELs, dates in
   order…). A file that does not load is *unusable input*: one line on stderr listing every
   problem with its JSON path, exit 2.
2. **Rules** — :func:`socialwork.rules.validate` reports every legal problem (findings with
   their legal basis). Exit 1 when a finding is an error, 0 otherwise (warnings alone pass).

``FILE`` may be ``-`` for standard input. ``--related FILE`` (repeatable) loads further
objects the rules may consult without validating them — e.g. the interview a decision rests
on, or the kontrakt of a shelter referral (see ``docs/rules.md``).

A file that does not load is reported with ``--json`` too: ``{"file", "structure":
"invalid", "ok": false, "message", "problems": [{"path", "code", "message"}], …}`` on stdout
(codes: ``docs/errors.md``), the same one line on stderr, exit 2.

Human output (Polish): one line per finding — code, severity, JSON path, message, legal
basis — then a summary line. ``--json``: ``{"file", "type", "structure", "rules", "ok",
"on", "errors", "warnings", "findings": [{"code", "severity", "path", "message",
"legal_basis"}]}``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from socialwork.cli._common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    add_profile_arguments,
    date_arg,
    print_json,
)
from socialwork.errors import InputError
from socialwork.serialization import from_json, model_tag


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check a case file: structure, then the rules of the Act",
        description="Load a case (JSON) and report every problem: structural problems make "
        "the file unusable (exit 2); legal findings of the rules exit 1 when one is an error.",
    )
    parser.add_argument("file", metavar="FILE", help="a JSON case file, or - for stdin")
    parser.add_argument(
        "--on",
        type=date_arg,
        metavar="DATE",
        help="validate as of this day (YYYY-MM-DD); default: the date the case speaks of",
    )
    parser.add_argument(
        "--related",
        action="append",
        default=[],
        metavar="FILE",
        help="a related object (JSON) the rules may consult, e.g. the interview a decision "
        "rests on; may be repeated",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    add_profile_arguments(parser)
    # one case (and its related files) of bounded size, then the process ends: no cyclic
    # garbage worth a collector pass (see socialwork.cli.main)
    parser.set_defaults(handler=run, collect_garbage=False)


def read_input(name: str) -> bytes:
    """The bytes of ``name`` (``-`` = stdin): a regular file within the input size limit
    (:mod:`socialwork.serialization.limits`); otherwise an :class:`InputError` (exit 2)."""
    from socialwork.serialization.limits import read_input as read_limited

    return read_limited(name)


def load(name: str) -> object:
    """Load the model object in file ``name``; bad input raises :class:`InputError` naming
    the file."""
    data = read_input(name)
    try:
        return from_json(data)
    except InputError as exc:
        raise InputError(f"{name}: {exc.message}", exc.problems) from None


def rule_report(
    obj: object, on: dt.date | None, related: list[object], profile: str | None = None
) -> Any:
    """The rules engine's :class:`~socialwork.rules.Report`, or ``None`` when no rules
    engine is available."""
    try:
        from socialwork.rules import validate as rules_validate
    except ImportError:  # pragma: no cover - the rules package ships with the core
        return None
    return rules_validate(obj, on=on, related=related, profile=profile)


def rule_findings(obj: object, on: dt.date | None) -> list[Any] | None:
    """Findings of the rules engine, or ``None`` when no rules engine is available."""
    report = rule_report(obj, on, [])
    return None if report is None else list(report.findings)


_SEVERITY_PL = {"error": "błąd", "warning": "ostrzeżenie"}


def finding_line(finding: Any) -> str:
    """One finding on one line: code, severity, path, message, legal basis."""
    severity = str(getattr(finding, "severity", ""))
    message = " ".join(str(getattr(finding, "message", "")).split())
    basis = str(getattr(finding, "legal_basis", "") or "")
    line = (
        f"{getattr(finding, 'code', '?')} {_SEVERITY_PL.get(severity, severity)} "
        f"{getattr(finding, 'path', '$')}: {message}"
    )
    return f"{line} [{basis}]" if basis else line


def _is_error(finding: Any) -> bool:
    return bool(getattr(finding, "severity", "error") == "error")


def _as_dict(finding: Any) -> dict[str, Any]:
    to_dict = getattr(finding, "to_dict", None)
    if callable(to_dict):
        result: dict[str, Any] = to_dict()
        return result
    return {
        name: str(getattr(finding, name, ""))
        for name in ("code", "severity", "path", "message", "legal_basis")
    }


def _structure_problems(args: argparse.Namespace, exc: InputError) -> None:
    """``--json`` for a file that does not load: every structural problem with its stable
    code (``docs/errors.md``) on stdout; the one-line message stays on stderr; exit 2."""
    print_json(
        {
            "file": args.file,
            "type": None,
            "structure": "invalid",
            "rules": False,
            "ok": False,
            "on": None,
            "errors": len(exc.problems) or 1,
            "warnings": 0,
            "findings": [],
            "message": exc.message,
            "problems": exc.problem_dicts(),
        }
    )


def run(args: argparse.Namespace) -> int:
    try:
        obj = load(args.file)
        tag = model_tag(obj)
        related = [load(name) for name in getattr(args, "related", None) or ()]
    except InputError as exc:
        if args.json:
            _structure_problems(args, exc)
        raise
    report = rule_report(obj, args.on, related, getattr(args, "profile", None))
    findings = None if report is None else list(report.findings)
    on = getattr(report, "on", None) or args.on
    errors = [f for f in findings or () if _is_error(f)]
    warnings = len(findings or ()) - len(errors)
    ok = not errors
    if args.json:
        print_json(
            {
                "file": args.file,
                "type": tag,
                "structure": "ok",
                "rules": findings is not None,
                "ok": ok,
                "on": on,
                "errors": len(errors),
                "warnings": warnings,
                "findings": [_as_dict(f) for f in findings or ()],
            }
        )
    else:
        for finding in findings or ():
            print(finding_line(finding))
        checked = "struktura i przepisy" if findings is not None else "struktura"
        as_of = f" na dzień {on.isoformat()}" if isinstance(on, dt.date) else ""
        if ok:
            note = f"; ostrzeżenia: {warnings}" if warnings else ""
            print(f"{args.file}: {tag}: bez błędów ({checked}{as_of}{note})")
        else:
            print(f"{args.file}: {tag}: błędy: {len(errors)}, ostrzeżenia: {warnings}{as_of}")
    return EXIT_OK if ok else EXIT_PROBLEMS
