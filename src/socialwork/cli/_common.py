"""Helpers shared by the CLI sub-commands: exit codes, argument types, JSON output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from socialwork.errors import CommandError

__all__ = ["EXIT_CONFIG", "EXIT_OK", "EXIT_PROBLEMS", "EXIT_USAGE", "CommandError", "die"]

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_CONFIG = 3
"""A configuration or environment problem: a plugin clash, a broken template file, a missing
converter program (see :class:`socialwork.errors.ConfigurationError`)."""


def __getattr__(name: str) -> Any:
    # CommandError is loaded on first use: `socialwork --version` imports no error classes
    if name == "CommandError":
        from socialwork.errors import CommandError

        return CommandError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_case_text(text: str | bytes, where: str) -> object:
    """A model object from JSON text; errors name ``where`` (file or file:line)."""
    from socialwork.errors import InputError
    from socialwork.serialization import from_json

    try:
        return from_json(text)
    except InputError as exc:
        raise InputError(f"{where}: {exc.message}", exc.problems) from None


def add_profile_arguments(parser: argparse.ArgumentParser, *, choose: bool = True) -> None:
    """``--profile NAME`` (a gmina's profile for this call, when ``choose``) and
    ``--profiles FILE`` (the profiles TOML file; also accepted before the command)."""
    if choose:
        parser.add_argument(
            "--profile",
            metavar="NAME",
            help="the gmina's profile to apply (socialwork plugins lists them; docs/profiles.md)",
        )
    parser.add_argument(
        "--profiles",
        dest="profiles_file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="a TOML file of per-gmina profiles (default: $SOCIALWORK_PROFILES)",
    )


MAX_LISTED_PROBLEMS = 20
"""How many problems of one error the command prints; the rest are counted (the Python API
and ``--json`` outputs keep every one)."""


def error_text(exc: BaseException, limit: int = MAX_LISTED_PROBLEMS) -> str:
    """``str(exc)`` on one line, listing at most ``limit`` of a :class:`SocialworkError`'s
    problems and counting the others: a million bad items never make a 55 MB line."""
    from socialwork.errors import SocialworkError

    if not isinstance(exc, SocialworkError) or len(exc.problems) <= limit:
        return " ".join(str(exc).split())
    shown = "; ".join(" ".join(str(p).split()) for p in exc.problems[:limit])
    more = len(exc.problems) - limit
    count = f"{more:,}".replace(",", " ")
    return (
        f"{' '.join(exc.message.split())}: {shown}; … and {count} more "
        f"problem{'s' if more != 1 else ''} (the first {limit} are listed; "
        "socialwork.from_json in Python reports them all)"
    )


def die(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print one line on stderr and exit; never a traceback."""
    print(" ".join(message.split("\n")), file=sys.stderr)
    raise SystemExit(code)


def date_arg(text: str) -> dt.date:
    """argparse type: an ISO date ``YYYY-MM-DD``."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; use the ISO form YYYY-MM-DD, e.g. 2026-11-22"
        ) from None


def amount_arg(text: str) -> Decimal:
    """argparse type: a non-negative amount in złoty, ``1234.56`` or ``1234,56``."""
    try:
        value = Decimal(text.replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an amount; write it like 1234.56"
        ) from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: the amount must be a number >= 0")
    return abs(value)  # "-0" is 0: never printed as -0,00 zł


def positive_int_arg(text: str) -> int:
    """argparse type: a whole number >= 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: must be at least 1")
    return value


def _default(obj: object) -> Any:
    if isinstance(obj, Decimal):
        value = obj.quantize(Decimal("0.01"))
        return f"{abs(value) if value == 0 else value}"  # never "-0.00"
    if isinstance(obj, dt.date):
        return obj.isoformat()
    raise TypeError(f"cannot encode {type(obj).__name__} as JSON")


def to_json_text(data: object) -> str:
    """JSON for ``--json`` output: amounts as strings with two decimals, dates ISO."""
    return json.dumps(data, default=_default, ensure_ascii=False, indent=2)


def print_json(data: object) -> None:
    print(to_json_text(data))
