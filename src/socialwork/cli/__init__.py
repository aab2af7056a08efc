"""The ``socialwork`` command line.

Each sub-command lives in its own module under :mod:`socialwork.cli` and exposes
``register(subparsers)``; :data:`COMMAND_MODULES` lists them in help order.

Exit codes (DESIGN §4): 0 success, 1 a check found problems, 2 unusable input or usage.
An unusable input prints one line on stderr and never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from socialwork.cli._common import EXIT_USAGE, CommandError, die
from socialwork.errors import InputError

COMMAND_MODULES: tuple[str, ...] = (
    "socialwork.cli.demo",
    "socialwork.cli.validate",
    "socialwork.cli.render",
    "socialwork.cli.templates",
    "socialwork.cli.plugins",
    "socialwork.cli.calc",
    "socialwork.cli.deadline",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        die(f"{self.prog}: {message} (see '{self.prog} --help')", EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    from socialwork import __version__

    parser = _Parser(
        prog="socialwork",
        description="Polish social assistance: validate cases, compute allowances and "
        "deadlines, render legal document drafts.",
    )
    parser.add_argument("--version", action="version", version=f"socialwork {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:  # a command not built yet
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``socialwork`` console script; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        code: int = handler(args)
    except CommandError as exc:
        die(str(exc), exc.code)
    except InputError as exc:
        die(f"socialwork {args.command}: {exc}", EXIT_USAGE)
    except KeyboardInterrupt:
        die("socialwork: interrupted", 130)
    except BrokenPipeError:
        return 0
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
