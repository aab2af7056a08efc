"""JSON text: reading text or bytes (UTF-8, with or without a BOM) and writing it.

Reading keeps what :mod:`json` would lose or get wrong, so it can be reported at its path:
keys given more than once in an object, integers too long to read. ``NaN`` and ``Infinity``
are refused, and malformed JSON is reported with its line and column — never a traceback.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from socialwork.errors import InputError, Problem
from socialwork.serialization.envelope import from_data, to_data
from socialwork.serialization.values import LongNumber, StrictDict

__all__ = ["from_json", "to_json"]


def to_json(obj: object) -> str:
    """Serialize a model object to JSON text (UTF-8 characters kept, 2-space indent)."""
    return json.dumps(to_data(obj), ensure_ascii=False, indent=2)


def _pairs_hook(pairs: list[tuple[str, Any]]) -> StrictDict:
    out = StrictDict()
    dups: list[str] = []
    for key, value in pairs:
        if key in out and key not in dups:
            dups.append(key)
        out[key] = value
    if dups:
        out.duplicates = tuple(dups)
    return out


def _parse_int(text: str) -> Any:
    limit = sys.get_int_max_str_digits()
    digits = len(text.lstrip("-"))
    if limit and digits > limit:
        return LongNumber(digits)
    return int(text)


class _BadConstant(ValueError):
    pass


def _parse_constant(name: str) -> Any:
    raise _BadConstant(name)


def from_json(text: str | bytes) -> object:
    """Parse JSON text (or UTF-8 bytes) into a model object; see
    :func:`~socialwork.serialization.from_data`.

    Malformed JSON is reported with its line and column.
    """
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                "the input is not UTF-8 text",
                (
                    Problem(
                        "$",
                        f"bad byte at offset {exc.start}; save the file as UTF-8",
                        "json.encoding",
                    ),
                ),
            ) from None
    elif not isinstance(text, str):
        raise InputError(
            "not JSON text",
            (
                Problem(
                    "$",
                    f"expected JSON text (str or bytes), got {type(text).__name__}",
                    "type.wrong",
                ),
            ),
        )
    elif text.startswith("\ufeff"):
        text = text[1:]
    try:
        data = json.loads(
            text,
            object_pairs_hook=_pairs_hook,
            parse_constant=_parse_constant,
            parse_int=_parse_int,
        )
    except json.JSONDecodeError as exc:
        raise InputError(
            "malformed JSON",
            (Problem("$", f"line {exc.lineno}, column {exc.colno}: {exc.msg}", "json.malformed"),),
        ) from None
    except _BadConstant as exc:
        raise InputError(
            "malformed JSON",
            (
                Problem(
                    "$",
                    f'{exc} is not allowed; amounts are strings like "823.00"',
                    "json.malformed",
                ),
            ),
        ) from None
    except ValueError as exc:  # nothing known reaches here; never a traceback
        raise InputError(
            "malformed JSON",
            (
                Problem(
                    "$",
                    f"unreadable value ({type(exc).__name__}); check the file for a "
                    "damaged or extremely long value",
                    "json.malformed",
                ),
            ),
        ) from None
    except RecursionError:
        raise InputError(
            "the JSON is nested too deeply", (Problem("$", "nested too deeply", "json.too_deep"),)
        ) from None
    return from_data(data)
