"""JSON values as :mod:`~socialwork.serialization.text` parses them, and how messages name
them: objects that remember duplicate keys, a placeholder for an integer too long to read,
the JSON type of a value (``"a string"``) and the path step of an object key."""

from __future__ import annotations

import functools
import json
import re
from typing import Any

__all__ = ["LongNumber", "StrictDict", "json_type", "key_path"]


class StrictDict(dict[str, Any]):
    """A JSON object that remembers keys given more than once (json keeps the last)."""

    duplicates: tuple[str, ...] = ()


class LongNumber:
    """A JSON integer with more digits than Python reads (``sys.get_int_max_str_digits``):
    kept as a placeholder so the problem is reported at its path, not as malformed JSON."""

    def __init__(self, digits: int) -> None:
        self.digits = digits


_JSON_TYPE = {
    dict: "an object",
    StrictDict: "an object",
    list: "an array",
    str: "a string",
    bool: "true/false",
    int: "a number",
    float: "a number",
    type(None): "null",
}


@functools.cache
def _name_re() -> re.Pattern[str]:
    return re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def json_type(value: object) -> str:
    """What ``value`` is in JSON words (``"an array"``), for "expected …, got …" messages."""
    if isinstance(value, LongNumber):
        return f"a number of {value.digits} digits (far too long)"
    return _JSON_TYPE.get(type(value), type(value).__name__)


def key_path(key: str) -> str:
    """The JSON path step of an object key: ``.name``, or ``["odd key"]``."""
    if _name_re().fullmatch(key):
        return f".{key}"
    return f"[{json.dumps(key)}]"
