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
    return value


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
        return f"{obj.quantize(Decimal('0.01'))}"
    if isinstance(obj, dt.date):
        return obj.isoformat()
    raise TypeError(f"cannot encode {type(obj).__name__} as JSON")


def to_json_text(data: object) -> str:
    """JSON for ``--json`` output: amounts as strings with two decimals, dates ISO."""
    return json.dumps(data, default=_default, ensure_ascii=False, indent=2)


def print_json(data: object) -> None:
    print(to_json_text(data))
