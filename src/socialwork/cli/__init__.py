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

from socialwork.cli._common import EXIT_CONFIG, EXIT_USAGE, CommandError, die, error_text
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
        die(f"socialwork {args.command}: {error_text(exc)}", EXIT_USAGE)
    except ConfigurationError as exc:
        die(f"socialwork {args.command}: {error_text(exc)}", EXIT_CONFIG)
    except KeyboardInterrupt:
        die("socialwork: interrupted", 130)
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        _discard_stdout()
        return 0
    except OSError as exc:  # e.g. printing to a standard output on a full disk
        _discard_stdout()
        die(f"socialwork {args.command}: {_os_error(exc)}", EXIT_USAGE)
    _flush_stdout(args.command)
    return code


def _os_error(exc: OSError) -> str:
    from socialwork.documents.output import os_error_reason

    if exc.filename:
        return f"cannot use {exc.filename}: {os_error_reason(exc)}"
    return f"cannot write the output: {os_error_reason(exc)}"


def _flush_stdout(command: str) -> None:
    """Flush standard output now, so a failure (a full disk, a closed pipe) is reported as
    one line with exit code 2 rather than as Python's message at exit."""
    if sys.stdout is None:
        return
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _discard_stdout()
    except OSError as exc:
        _discard_stdout()
        die(f"socialwork {command}: cannot write to standard output: {_os_error_reason(exc)}",
            EXIT_USAGE)


def _os_error_reason(exc: OSError) -> str:
    from socialwork.documents.output import os_error_reason

    return os_error_reason(exc)


def _discard_stdout() -> None:
    """Point standard output at the null device: what is still buffered is dropped, so
    nothing fails again when Python exits."""
    import os

    if sys.stdout is None:
        return
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
