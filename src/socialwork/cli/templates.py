"""``socialwork templates [--json]`` and ``socialwork lint-templates [PATH…] [--model TAG]``.

``templates`` lists every registered template: name, title, model (type tag), the plugin
(distribution) that registered it and its example case. ``lint-templates`` checks .docx
templates (files, or folders of them; none given: every registered template) against their
model's render context — exit code 0 clean, 1 problems found, 2 unusable input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from socialwork.cli._common import EXIT_OK, EXIT_PROBLEMS, print_json
from socialwork.errors import InputError

__all__ = ["register"]


def _rows() -> list[dict[str, Any]]:
    from socialwork.documents.engine import template_listing

    return template_listing()


def _templates(args: argparse.Namespace) -> int:
    rows = _rows()
    if args.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        print("no templates registered")
        return EXIT_OK
    widths = {key: max(len(key), *(len(str(row[key])) for row in rows))
              for key in ("name", "model", "plugin")}
    header = "  ".join(key.upper().ljust(widths[key]) for key in widths) + "  TITLE"
    print(header)
    for row in rows:
        print("  ".join(str(row[key]).ljust(widths[key]) for key in widths) + f"  {row['title']}")
        print(" " * 4 + f"example: {row['example'] or '—'}")
    return EXIT_OK


def _lint(args: argparse.Namespace) -> int:
    from socialwork.documents.engine import templates
    from socialwork.documents.lint import LintProblem, lint, lint_file

    problems: list[LintProblem] = []
    checked = 0
    if not args.paths:
        for spec in templates():
            problems += lint(spec)
            checked += 1
    else:
        files: list[Path] = []
        for text in args.paths:
            path = Path(text)
            if path.is_dir():
                found = sorted(path.rglob("*.docx"))
                if not found:
                    raise InputError(f"{path}: no .docx templates in this folder")
                files += found
            elif path.is_file():
                files.append(path)
            else:
                raise InputError(f"{path} does not exist; give .docx templates or folders")
        for path in files:
            problems += lint_file(path, model=args.model)
            checked += 1
    for problem in problems:
        print(problem)
    noun = "template" if checked == 1 else "templates"
    if problems:
        print(f"{len(problems)} problem(s) in {checked} {noun}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"{checked} {noun} OK")
    return EXIT_OK


def register(subparsers: Any) -> None:
    """Add ``templates`` and ``lint-templates``."""
    listing = subparsers.add_parser(
        "templates",
        help="list the document templates (built-in and from plugins)",
        description="List every registered template: name, title, model, plugin, example.",
    )
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=_templates)

    linter = subparsers.add_parser(
        "lint-templates",
        help="check .docx templates against their model's render context",
        description="Check that every variable a template uses exists in its model's render "
        "context. PATH: .docx files or folders (default: every registered template). Exit "
        "code 0 clean, 1 problems found, 2 unusable input.",
    )
    linter.add_argument("paths", nargs="*", metavar="PATH", help=".docx template or folder")
    linter.add_argument("--model", metavar="TAG",
                        help="the model type tag the templates are for (e.g. referral); "
                        "default: the registered template with that path, else guessed")
    linter.set_defaults(handler=_lint)
