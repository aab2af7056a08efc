"""The ``socialwork`` command line.

Each sub-command lives in its own module under :mod:`socialwork.cli` and exposes
``register(subparsers)``; :data:`COMMAND_MODULES` lists them in help order.

Exit codes: 0 success, 1 a check found problems (``validate``), 2 unusable input or usage,
3 a configuration or environment problem (a plugin that clashes, a broken template file, a
converter whose program is missing). A failure prints one line on stderr and never a
traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from socialwork.cli._common import EXIT_CONFIG, EXIT_USAGE, CommandError, die
from socialwork.errors import ConfigurationError, InputError
from socialwork.plugins.faults import install_warning_format
from socialwork.version import __version__

COMMAND_MODULES: tuple[str, ...] = (
    "socialwork.cli.demo",
    "socialwork.cli.validate",
    "socialwork.cli.render",
    "socialwork.cli.templates",
    "socialwork.cli.plugins",
    "socialwork.cli.calc",
    "socialwork.cli.deadline",
    "socialwork.cli.schema",
    "socialwork.cli.serve",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        die(f"{self.prog}: {message} (see '{self.prog} --help')", EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="socialwork",
        description="Polish social assistance: validate cases, compute allowances and "
        "deadlines, render legal document drafts.",
    )
    parser.add_argument("--version", action="version", version=f"socialwork {__version__}")
    parser.add_argument(
        "--profiles",
        dest="profiles_file",
        metavar="FILE",
        help="a TOML file of per-gmina profiles (default: $SOCIALWORK_PROFILES; "
        "see docs/profiles.md)",
    )
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
    install_warning_format()  # a plugin's fault prints as one clean line
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        if getattr(args, "profiles_file", None):
            from socialwork.law.profiles import load_profiles_file, set_profiles_file

            load_profiles_file(args.profiles_file)  # a malformed file: one line, exit 3
            set_profiles_file(args.profiles_file)
        code: int = handler(args)
    except CommandError as exc:
        die(str(exc), exc.code)
    except InputError as exc:
        die(f"socialwork {args.command}: {exc}", EXIT_USAGE)
    except ConfigurationError as exc:
        die(f"socialwork {args.command}: {exc}", EXIT_CONFIG)
    except KeyboardInterrupt:
        die("socialwork: interrupted", 130)
    except BrokenPipeError:
        return 0
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
