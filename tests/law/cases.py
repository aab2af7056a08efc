"""Loading the table-driven cases of tests/law/data."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"


def load(name: str, table: str) -> list[dict[str, Any]]:
    with (DATA / name).open("rb") as handle:
        data: dict[str, list[dict[str, Any]]] = tomllib.load(handle)
    return data[table]


def case_id(case: dict[str, Any]) -> str:
    parts = [
        str(case.get(k)) for k in ("name", "kind", "members", "income", "on", "start") if k in case
    ]
    return "-".join(parts)
