"""JSON paths into model objects (``$.actions[2].due``)."""

from __future__ import annotations

import re

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def path(*parts: str | int) -> str:
    """Build a JSON path: ``path("actions", 2, "due") == "$.actions[2].due"``."""
    out = "$"
    for part in parts:
        out += step(part)
    return out


def step(part: str | int) -> str:
    """One step of a JSON path: ``.name``, ``[3]`` or ``["odd key"]``."""
    if isinstance(part, int):
        return f"[{part}]"
    if _IDENTIFIER.match(part):
        return f".{part}"
    escaped = part.replace("\\", "\\\\").replace('"', '\\"')
    return f'["{escaped}"]'


def join(base: str, relative: str) -> str:
    """Join a path relative to an object (``$``-rooted, or ``.x`` / ``[0]`` / ``x``) onto the
    path of that object inside the validated root."""
    rel = relative.strip()
    if rel in ("", "$"):
        return base
    if rel.startswith("$"):
        rel = rel[1:]
    if not rel.startswith((".", "[")):
        rel = "." + rel
    return base + rel
