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
import atexit
import gc
import importlib
import sys
from collections.abc import Sequence
from typing import Any

from socialwork.cli._common import EXIT_CONFIG, EXIT_USAGE, die, error_text

COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("socialwork.cli.demo", "render every template's example case"),
    "validate": (
        "socialwork.cli.validate", "check a case file: structure, then the rules of the Act"
    ),
    "render": ("socialwork.cli.render", "render a document draft from a JSON case"),
    "render-batch": (
        "socialwork.cli.render",
        "render a document draft for every case in a folder or .jsonl file",
    ),
    "templates": (
        "socialwork.cli.templates", "list the document templates (built-in and from plugins)"
    ),
    "lint-templates": (
        "socialwork.cli.templates", "check .docx templates against their model's render context"
    ),
    "plugins": (
        "socialwork.cli.plugins", "list the core and installed plugins and what each registered"
    ),
    "calc": (
        "socialwork.cli.calc", "income criteria and allowance amounts (art. 8, 37, 38 u.p.s.)"
    ),
    "deadline": ("socialwork.cli.deadline", "statutory deadlines: wywiad, its update, appeal"),
    "schema": ("socialwork.cli.schema", "JSON Schema (draft 2020-12) of a model type, or of all"),
    "serve": ("socialwork.cli.serve", "run the HTTP API (OpenAPI at /openapi.json; extra 'serve')"),
}
"""Every sub-command: its module (which has ``register(subparsers)``) and its one-line help.
Only the module of the command being run is imported, so ``socialwork --version``,
``--help`` and each command start without loading the rest of the library."""

COMMAND_MODULES: tuple[str, ...] = tuple(dict.fromkeys(module for module, _ in COMMANDS.values()))
"""The command modules in help order (a module not in :data:`COMMANDS` is loaded always)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        die(f"{self.prog}: {message} (see '{self.prog} --help')", EXIT_USAGE)


class _Version(argparse.Action):
    """``--version``: the version is read only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        from socialwork.version import __version__

        print(f"socialwork {__version__}")
        parser.exit()


_VALUED_OPTIONS = frozenset({"--profiles"})
"""Options before the command that take a value (``--profiles FILE``)."""


def _command_in(argv: Sequence[str]) -> str | None:
    """The sub-command named in ``argv`` (its first argument that is neither an option nor
    the value of one)."""
    skip = False
    for argument in argv:
        if skip:
            skip = False
            continue
        if argument == "--":
            return None
        if argument in _VALUED_OPTIONS:
            skip = True
            continue
        if not argument.startswith("-"):
            return argument
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; only ``command``'s module is imported (every module when ``command`` is
    ``"*"``), the other commands are listed by name and help only."""
    parser = _Parser(
        prog="socialwork",
        description="Polish social assistance: validate cases, compute allowances and "
        "deadlines, render legal document drafts.",
    )
    parser.add_argument("--version", action=_Version)
    parser.add_argument(
        "--profiles",
        dest="profiles_file",
        metavar="FILE",
        help="a TOML file of per-gmina profiles (default: $SOCIALWORK_PROFILES; "
        "see docs/profiles.md)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    wanted = [
        module
        for module in COMMAND_MODULES
        if command == "*"
        or (command in COMMANDS and COMMANDS[command][0] == module)
        or module not in {m for m, _ in COMMANDS.values()}
    ]
    for name in wanted:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:  # a command not built yet
            if exc.name != name:
                raise
            continue
        module.register(sub)
    registered = set(sub.choices)
    for name, (_module, text) in COMMANDS.items():
        if name not in registered:
            sub.add_parser(name, help=text, add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``socialwork`` console script; returns the exit code.

    Garbage collection: the cyclic collector is paused while the command starts (importing
    the library allocates tens of thousands of long-lived objects and next to no garbage;
    the collector's passes over them cost a ``validate`` 10–20 ms) and resumes before the
    command runs, unless the command declares itself short-lived (``collect_garbage=False``
    in its parser's defaults, e.g. ``validate``: one case of bounded size). At the end of the
    process the objects left are frozen (:func:`gc.freeze`, after every other exit handler),
    so the interpreter's last collection does not walk them all once more (~25 ms); nothing
    of the output depends on either. Called in-process, :func:`main` leaves the collector as
    it found it.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    collecting = gc.isenabled()
    gc.disable()
    _freeze_at_exit()
    try:
        return _main(arguments, collecting)
    finally:
        if collecting:
            gc.enable()


_EXIT_FREEZE: list[bool] = []


def _freeze_at_exit() -> None:
    """Register :func:`gc.freeze` to run after every exit handler registered later (atexit
    runs them last-in, first-out), once per process."""
    if not _EXIT_FREEZE:
        atexit.register(gc.freeze)
        _EXIT_FREEZE.append(True)


def _main(arguments: list[str], collecting: bool) -> int:
    parser = build_parser(_command_in(arguments))
    args = parser.parse_args(arguments)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    from socialwork.errors import CommandError, ConfigurationError, InputError
    from socialwork.plugins.faults import install_warning_format

    install_warning_format()  # a plugin's fault prints as one clean line
    try:
        if getattr(args, "profiles_file", None):
            from socialwork.law.profiles import load_profiles_file, set_profiles_file

            load_profiles_file(args.profiles_file)  # a malformed file: one line, exit 3
            set_profiles_file(args.profiles_file)
        if collecting and getattr(args, "collect_garbage", True):
            gc.enable()
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
