"""``socialwork render`` and ``socialwork render-batch``: document drafts from JSON cases.

* ``render TEMPLATE FILE -o OUT [--format docx|pdf] [--on DATE] [--final] [--force]`` — one case
  (``FILE`` is a JSON case as written by ``socialwork.to_json``; ``-`` reads stdin). The format
  defaults to OUT's suffix (``.pdf`` → PDF; no suffix → docx); a suffix no format writes, or
  one that contradicts ``--format``, is refused. ``-o -`` writes the document (binary) to
  stdout. ``--final`` renders the document to sign and send (no "PROJEKT" marker, no notes
  for the worker); the default is a draft.
* ``render-batch TEMPLATE INPUT -o DIR [--format …] [--on DATE] [--jobs N] [--final] [--force]`` —
  ``INPUT`` is a folder of ``*.json`` cases (output ``DIR/<name>.docx``), one ``.json`` case
  (output ``DIR/<stem>.docx``) or a JSON Lines file (e.g. ``.jsonl``) with one case per line
  (output ``DIR/<stem>-<line>.docx``). A bad case (or a line that is not UTF-8) is reported
  with its file (and line) and skipped; the others are written. ``--jobs N`` renders in N
  processes.

Outputs are never overwritten without ``--force`` (checked before anything is rendered) and
are written atomically. Exit codes: 0 all written; 1 some cases of a batch failed (the rest
were written); 2 unusable input or usage (nothing written).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from socialwork.cli._common import (
    EXIT_OK,
    add_profile_arguments,
    date_arg,
    load_case_text,
    positive_int_arg,
)
from socialwork.errors import InputError

__all__ = ["load_case", "register"]


def load_case(path: str) -> object:
    """A model object from a JSON file (``-`` is stdin)."""
    from socialwork.serialization.limits import read_input

    data = read_input(path)  # a regular file (or stdin) within the input size limit
    return load_case_text(data, "<stdin>" if path == "-" else path)


def _formats_by_extension() -> dict[str, str]:
    """``{".docx": "docx", ".pdf": "pdf", …}`` for docx and every registered converter."""
    from socialwork.plugins import get_registry

    found = {".docx": "docx"}
    for name, converter in get_registry().converters.items():
        found.setdefault(str(converter.extension).lower(), str(name))
    return found


def _format_for(out: str, fmt: str | None) -> str:
    """The format to write to ``out``: ``--format`` if given, else from OUT's suffix.

    An OUT suffix that names no format (``x.odt``) or that names another format than
    ``--format`` (``--format pdf -o x.docx``) is refused, so a file's name never lies about
    its content. ``-`` (stdout) and a name without a suffix take ``--format`` or docx.
    """
    known = _formats_by_extension()
    suffix = "" if out == "-" else Path(out).suffix.lower()
    if fmt:
        fmt = fmt.lower()
        _check_format(fmt)
        if suffix and known.get(suffix) != fmt:
            extension = _extension(fmt)
            hint = f" or drop --format to write {suffix}" if suffix in known else ""
            raise InputError(
                f"-o {out} ends in {suffix} but --format {fmt} writes a {extension} file; "
                f"use -o {Path(out).with_suffix(extension)}{hint}"
            )
        return fmt
    if not suffix:
        return "docx"
    if suffix not in known:
        listed = ", ".join(f"{ext} ({name})" for ext, name in sorted(known.items()))
        raise InputError(
            f"-o {out}: no registered format writes {suffix} files (available: {listed}); "
            "name the output with one of these suffixes"
        )
    return known[suffix]


def _extension(fmt: str) -> str:
    if fmt == "docx":
        return ".docx"
    from socialwork.documents import converter

    return converter(fmt).extension


def _check_format(fmt: str) -> None:
    if fmt != "docx":
        from socialwork.documents import converter

        converter(fmt)  # UnknownFormatError lists the available formats


def _render(args: argparse.Namespace) -> int:
    from socialwork.documents import get_template, render
    from socialwork.documents.output import refuse_existing, write_atomic, write_stdout

    get_template(args.template)
    fmt = _format_for(args.output, args.format)
    if args.output == "-":
        if sys.stdout is not None and sys.stdout.isatty():
            raise InputError(
                f"-o - writes the {fmt} document to standard output, which is a terminal; "
                "redirect it (> file) or pipe it"
            )
        case = load_case(args.file)
        document = render(
            args.template, case, fmt=fmt, on=args.on, final=args.final, profile=args.profile
        )
        write_stdout(document)
        return EXIT_OK
    out = Path(args.output)
    refuse_existing([out], force=args.force)
    if out.is_dir():
        raise InputError(f"{out} is a folder; give a file name, e.g. {out / 'dokument.docx'}")
    case = load_case(args.file)
    document = render(
        args.template, case, fmt=fmt, on=args.on, final=args.final, profile=args.profile
    )
    write_atomic(out, document, force=args.force)
    size = f"{len(document):,}".replace(",", " ")
    print(f"wrote {out} ({args.template}, {fmt}, {size} bytes)")
    return EXIT_OK


# --------------------------------------------------------------------------- batch


def _render_batch(args: argparse.Namespace) -> int:
    from socialwork.cli import batch
    from socialwork.documents import get_template
    from socialwork.documents.engine import compiled
    from socialwork.documents.output import refuse_existing, sync_folder

    source = Path(args.input)
    if not source.exists():
        raise InputError(
            f"{source} does not exist; give a folder of .json cases, a .json case or a .jsonl file"
        )
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} is not a folder; -o takes the folder to write into")
    fmt = (args.format or "docx").lower()
    spec = get_template(args.template)
    _check_format(fmt)
    work = batch.plan(source, folder, _extension(fmt))
    if not work.total:
        for line in work.skipped:
            print(f"socialwork render-batch: {line}", file=sys.stderr)
        raise InputError(f"no cases found in {source} (expected *.json files or JSON lines)")
    refuse_existing(work.existing, force=args.force)
    profiles_file = getattr(args, "profiles_file", None)
    settings = batch.BatchSettings(
        args.template,
        fmt,
        args.on,
        args.force,
        sync=args.sync,
        final=bool(getattr(args, "final", False)),
        profile=getattr(args, "profile", None),
        profiles_file=str(Path(profiles_file).resolve()) if profiles_file else None,
    )
    compiled(spec)  # once, here: the worker processes inherit it
    summary = batch.run_batch(work, settings, args.jobs)
    if summary.written and not args.sync:
        sync_folder(folder)  # one flush for the whole batch
    return batch.report(summary, folder)


def register(subparsers: Any) -> None:
    """Add ``render`` and ``render-batch``."""
    one = subparsers.add_parser(
        "render",
        help="render a document draft from a JSON case",
        description="Render TEMPLATE for the case in FILE (JSON; - for stdin) into OUT.",
    )
    one.add_argument("template", metavar="TEMPLATE", help="template name (socialwork templates)")
    one.add_argument("file", metavar="FILE", help="JSON case file, or - for stdin")
    one.add_argument("-o", "--output", metavar="OUT", required=True,
                     help="output file; - writes the document to standard output")
    one.add_argument("--format", metavar="FORMAT",
                     help="docx or pdf (default: from OUT's suffix, else docx); must match "
                     "OUT's suffix")
    one.add_argument("--on", type=date_arg, metavar="DATE",
                     help="document date YYYY-MM-DD (default: the case's own date)")
    one.add_argument("--final", action="store_true",
                     help="the document to sign and send: no draft marker, no notes for the "
                     "worker (default: a draft)")
    one.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    add_profile_arguments(one)
    one.set_defaults(handler=_render)

    batch = subparsers.add_parser(
        "render-batch",
        help="render a document draft for every case in a folder or .jsonl file",
        description="Render TEMPLATE for every case in INPUT (a folder of .json files, one "
        ".json case, or a .jsonl file, one case per line) into DIR. Bad cases are reported "
        "and skipped. "
        "Exit code 0: all written; 1: some cases failed; 2: unusable input.",
    )
    batch.add_argument("template", metavar="TEMPLATE", help="template name")
    batch.add_argument("input", metavar="INPUT",
                       help="folder of .json cases, one .json case, or a .jsonl file")
    batch.add_argument("-o", "--output", metavar="DIR", required=True, help="output folder")
    batch.add_argument("--format", metavar="FORMAT", help="docx (default) or pdf")
    batch.add_argument("--on", type=date_arg, metavar="DATE", help="document date YYYY-MM-DD")
    batch.add_argument("--jobs", type=positive_int_arg, default=1, metavar="N",
                       help=f"render in N processes (default 1; this machine has "
                       f"{os.cpu_count() or 1} CPUs)")
    batch.add_argument("--final", action="store_true",
                       help="the document to sign and send: no draft marker, no notes for the "
                       "worker (default: a draft)")
    batch.add_argument("--force", action="store_true", help="overwrite existing outputs")
    batch.add_argument("--sync", action="store_true",
                       help="flush every document to disk before it gets its name (slower; "
                       "by default the folder is flushed once at the end)")
    add_profile_arguments(batch)
    batch.set_defaults(handler=_render_batch)
