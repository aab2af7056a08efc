"""Example cases (fictional people, valid PESELs), one per template at least.

Each ``<name>.json`` here loads with :func:`socialwork.serialization.from_json`; they are
shipped in the wheel and used by ``socialwork demo``, the tests and the documentation.
"""

from __future__ import annotations

from pathlib import Path

from socialwork.serialization import from_json

__all__ = ["EXAMPLES_DIR", "load", "names", "path"]

EXAMPLES_DIR = Path(__file__).resolve().parent


def names() -> tuple[str, ...]:
    """Names of the examples (file names without ``.json``), sorted."""
    return tuple(sorted(p.stem for p in EXAMPLES_DIR.glob("*.json")))


def path(name: str) -> Path:
    """The file of example ``name`` (with or without ``.json``)."""
    file = EXAMPLES_DIR / (name if name.endswith(".json") else f"{name}.json")
    if not file.is_file():
        raise KeyError(f"no example {name!r}; available: {', '.join(names())}")
    return file


def load(name: str) -> object:
    """The model object of example ``name``."""
    return from_json(path(name).read_bytes())
