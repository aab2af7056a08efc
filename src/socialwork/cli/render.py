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
import datetime as dt
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

import attrs

from socialwork.cli._common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    add_profile_arguments,
    date_arg,
    positive_int_arg,
)
from socialwork.errors import InputError, SocialworkError

__all__ = ["load_case", "register"]


def load_case_text(text: str | bytes, where: str) -> object:
    """A model object from JSON text; errors name ``where`` (file or file:line)."""
    from socialwork.serialization import from_json

    try:
        return from_json(text)
    except InputError as exc:
        raise InputError(f"{where}: {exc.message}", exc.problems) from None


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


@attrs.frozen
class Job:
    """One case of a batch: where it comes from, its JSON text, where it goes."""

    label: str
    text: str
    output: Path
    unreadable: str | None = None


@attrs.frozen
class BatchSettings:
    template: str
    fmt: str
    on: dt.date | None
    force: bool
    final: bool = False
    profile: str | None = None
    profiles_file: str | None = None


def _jobs(source: Path, folder: Path, extension: str) -> Iterator[Job]:
    if source.is_dir():
        for path in sorted(source.glob("*.json")):
            output = folder / f"{path.stem}{extension}"
            try:
                yield Job(str(path), path.read_text(encoding="utf-8"), output)
            except UnicodeDecodeError:
                yield Job(str(path), "", output, "cannot read: the file is not UTF-8 text")
            except OSError as exc:
                yield Job(str(path), "", output, f"cannot read: {exc.strerror or exc}")
        return
    if source.suffix.lower() == ".json":  # one case, even when pretty-printed
        output = folder / f"{source.stem}{extension}"
        try:
            yield Job(str(source), source.read_text(encoding="utf-8"), output)
        except UnicodeDecodeError:
            yield Job(str(source), "", output, "cannot read: the file is not UTF-8 text")
        return
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror or exc}") from None
    # JSON Lines: lines end in \n (or \r\n); U+2028 and friends inside a JSON string are
    # not line ends, so split the bytes, then decode each line on its own.
    lines = data.removeprefix(b"\xef\xbb\xbf").splitlines()
    width = max(4, len(str(len(lines))))
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        label = f"{source}:{number}"
        output = folder / f"{source.stem}-{number:0{width}d}{extension}"
        try:
            yield Job(label, raw.decode("utf-8"), output)
        except UnicodeDecodeError as exc:
            yield Job(
                label,
                "",
                output,
                f"the line is not UTF-8 text (byte {exc.start + 1}); save the file as UTF-8",
            )


def _run_job(job: Job, settings: BatchSettings) -> str | None:
    """Render one case; the error message, or None when written."""
    from socialwork.documents import render
    from socialwork.documents.output import write_atomic

    try:
        if job.unreadable:
            raise InputError(job.unreadable)
        case = load_case_text(job.text, job.label)
        if settings.profiles_file:  # a worker process: the parent's --profiles FILE
            from socialwork.law.profiles import set_profiles_file

            set_profiles_file(settings.profiles_file)
        document = render(
            settings.template,
            case,
            fmt=settings.fmt,
            on=settings.on,
            final=settings.final,
            profile=settings.profile,
        )
        write_atomic(job.output, document, force=settings.force)
    except SocialworkError as exc:  # bad input, or a converter/template problem
        message = str(exc)
        return message if message.startswith(job.label) else f"{job.label}: {message}"
    except Exception as exc:  # a bug or a plugin failure: report, keep going
        return f"{job.label}: unexpected {type(exc).__name__} while rendering"
    return None


class _Progress:
    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.enabled = sys.stderr.isatty()

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // max(self.total, 1)
            bar = "#" * filled + "." * (width - filled)
            print(f"\r[{bar}] {self.done}/{self.total}", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.enabled:
            print(file=sys.stderr)


def _render_batch(args: argparse.Namespace) -> int:
    from socialwork.documents import get_template
    from socialwork.documents.output import refuse_existing

    source = Path(args.input)
    if not source.exists():
        raise InputError(
            f"{source} does not exist; give a folder of .json cases, a .json case or a .jsonl file"
        )
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} is not a folder; -o takes the folder to write into")
    fmt = (args.format or "docx").lower()
    get_template(args.template)
    _check_format(fmt)
    jobs = list(_jobs(source, folder, _extension(fmt)))
    if not jobs:
        raise InputError(f"no cases found in {source} (expected *.json files or JSON lines)")
    refuse_existing([job.output for job in jobs], force=args.force)
    profiles_file = getattr(args, "profiles_file", None)
    settings = BatchSettings(
        args.template,
        fmt,
        args.on,
        args.force,
        args.final,
        profile=args.profile,
        profiles_file=str(Path(profiles_file).resolve()) if profiles_file else None,
    )
    progress = _Progress(len(jobs))
    errors: dict[int, str] = {}
    workers = min(args.jobs, len(jobs))
    if workers <= 1:
        for index, job in enumerate(jobs):
            error = _run_job(job, settings)
            if error:
                errors[index] = error
            progress.step()
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(_run_job, job, settings): i for i, job in enumerate(jobs)}
            for future in as_completed(futures):
                index = futures[future]
                try:
                    error = future.result()
                except Exception as exc:  # the worker process died (e.g. out of memory)
                    error = f"{jobs[index].label}: the worker process failed " \
                        f"({type(exc).__name__}); try again with fewer --jobs"
                if error:
                    errors[index] = error
                progress.step()
    progress.close()
    for index in sorted(errors):
        print(f"socialwork render-batch: {' '.join(errors[index].split())}", file=sys.stderr)
    written = len(jobs) - len(errors)
    print(f"rendered {written} of {len(jobs)} cases into {folder}"
          + (f"; {len(errors)} failed (listed above)" if errors else ""))
    return EXIT_PROBLEMS if errors else EXIT_OK


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
    add_profile_arguments(batch)
    batch.set_defaults(handler=_render_batch)
