"""``socialwork-eksport``: anonymised statistics from case files, and the audit log path.

::

    socialwork-eksport stats CASES... [--format csv|json] [--min-count N] [-o OUT]
    socialwork-eksport audit-path

``CASES`` are JSON case files (``socialwork.to_json`` format), folders of them, or ``.jsonl``
files with one case per line. Bad input prints one line on stderr and exits 2; nothing is
written then.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from socialwork.errors import ConfigurationError, InputError
from socialwork_eksport import audit
from socialwork_eksport.stats import DEFAULT_MIN_COUNT, collect


def _load(paths: Sequence[Path]) -> Iterator[object]:
    from socialwork.serialization import from_json

    for path in paths:
        if path.is_dir():
            yield from _load(sorted(path.glob("*.json")) + sorted(path.glob("*.jsonl")))
            continue
        from socialwork.serialization.limits import read_input

        data = read_input(path)  # a regular file within SOCIALWORK_MAX_INPUT_BYTES
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError(f"{path}: the file is not UTF-8 text; save it as UTF-8") from None
        if path.suffix == ".jsonl":
            for number, line in enumerate(text.splitlines(), start=1):
                if line.strip():
                    try:
                        yield from_json(line)
                    except InputError as exc:
                        raise InputError(f"{path}, line {number}: {exc}") from None
        else:
            try:
                yield from_json(text)
            except InputError as exc:
                raise InputError(f"{path}: {exc}") from None


def _write(text: str, target: Path | None) -> None:
    """Write the statistics atomically (mode 0600) to ``target``, or to stdout; an OS failure
    (a full disk, a read-only folder, a path through a file) is one ``OutputError`` line."""
    from socialwork.documents.output import write_atomic, write_stdout

    data = text.encode("utf-8")
    if target is None:
        write_stdout(data)
        return
    write_atomic(target, data, force=True)  # replaces only a regular file


def _min_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="socialwork-eksport",
        description="Anonymised case statistics (MRPiPS-03 grouping, UNVERIFIED) and the "
        "audit log of rendered documents.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    stats = sub.add_parser("stats", help="counts by art. 7 reason and benefit kind")
    stats.add_argument("cases", nargs="+", type=Path, help="JSON/JSONL case files or folders")
    stats.add_argument("--format", choices=("csv", "json"), default="csv")
    stats.add_argument(
        "--min-count", type=_min_count, default=DEFAULT_MIN_COUNT,
        help="leave out every count of a row in which a count is below N (anonymisation of "
        f"rare cases); default {DEFAULT_MIN_COUNT}; 1 shows every count",
    )  # fmt: skip
    stats.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    sub.add_parser("audit-path", help="print where audit records are written")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "audit-path":
            path = audit.log_path()
            print(path if path is not None else "off")
            return 0
        statistics = collect(_load(args.cases), min_count=args.min_count)
        text = statistics.to_csv() if args.format == "csv" else statistics.to_json()
        _write(text, args.output)
    except InputError as exc:
        print(f"socialwork-eksport: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    except ConfigurationError as exc:  # e.g. two plugins registering one name
        print(f"socialwork-eksport: {' '.join(str(exc).split())}", file=sys.stderr)
        return 3
    except OSError as exc:
        print(f"socialwork-eksport: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
