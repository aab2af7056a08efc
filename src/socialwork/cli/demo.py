"""``socialwork demo [-o DIR] [--format docx|pdf] [--final] [--force]``: render every
template's example.

Renders the example case of each registered template (built-in and plugins) into
``DIR/<template>.docx`` and prints a short summary. Existing files are not overwritten without
``--force`` (checked before anything is written). ``--final`` renders the documents to sign
and send (no draft marker, no notes for the worker) instead of drafts. Exit code 0 when every
example rendered, 1 when some failed (the rest are written), 2 unusable input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from socialwork.cli._common import EXIT_OK, EXIT_PROBLEMS, error_text
from socialwork.errors import InputError, SocialworkError

__all__ = ["register"]

DEFAULT_DIR = "socialwork-demo"


def _demo(args: argparse.Namespace) -> int:
    from socialwork.cli.render import load_case
    from socialwork.documents import converter, render, templates
    from socialwork.documents.output import make_folder, refuse_existing, write_atomic

    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} is not a folder; -o takes the folder to write into")
    fmt = args.format.lower()
    extension = ".docx" if fmt == "docx" else converter(fmt).extension
    specs = templates()
    if not specs:
        raise InputError("no templates are registered; nothing to render")
    with_example = [spec for spec in specs if spec.example is not None]
    refuse_existing([folder / f"{spec.name}{extension}" for spec in with_example],
                    force=args.force)
    make_folder(folder)  # a folder that cannot be made stops the demo before anything renders
    failed = 0
    lines: list[str] = []
    for spec in specs:
        if spec.example is None:
            lines.append(f"  -  {spec.name}: no example case")
            continue
        target = folder / f"{spec.name}{extension}"
        try:
            case = load_case(str(spec.example))
            document = render(spec, case, fmt=fmt, final=args.final)
            write_atomic(target, document, force=args.force)
        except SocialworkError as exc:
            failed += 1
            print(f"socialwork demo: {spec.name}: {error_text(exc)}", file=sys.stderr)
            lines.append(f"  !  {spec.name}: failed (see above)")
            continue
        lines.append(f"  ✓  {target}  —  {spec.title}")
    done = len(with_example) - failed
    print(f"rendered {done} of {len(specs)} templates into {folder}/")
    print("\n".join(lines))
    if done and not args.final:
        print("These are drafts: a social worker checks and signs every document.")
    return EXIT_PROBLEMS if failed else EXIT_OK


def register(subparsers: Any) -> None:
    """Add ``demo``."""
    parser = subparsers.add_parser(
        "demo",
        help="render every template's example case",
        description="Render the example case of every registered template into DIR.",
    )
    parser.add_argument("-o", "--output", metavar="DIR", default=DEFAULT_DIR,
                        help=f"output folder (default: {DEFAULT_DIR})")
    parser.add_argument("--format", default="docx", metavar="FORMAT",
                        help="docx (default) or pdf")
    parser.add_argument("--final", action="store_true",
                        help="render the documents to sign and send (no draft marker, no "
                        "notes for the worker)")
    parser.add_argument("--force", action="store_true", help="overwrite existing files")
    parser.set_defaults(handler=_demo)
