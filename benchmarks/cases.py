"""Distinct cases for the benchmarks and the batch tests: the example kontrakt socjalny with a
different number, client name and action list per case (and as many actions as asked)."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

EXAMPLE = (
    Path(__file__).resolve().parents[1] / "src" / "socialwork" / "examples"
    / "kontrakt-socjalny.json"
)
_FIRST = ("Tomasz", "Jan", "Piotr", "Marek", "Paweł", "Łukasz", "Michał", "Adam")
_LAST = ("Krawczyk", "Nowak", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański")


def kontrakt(index: int, actions: int | None = None) -> dict[str, Any]:
    """The example kontrakt, made distinct by ``index``; ``actions`` repeats its actions."""
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["id"] = f"ks-bench-{index}"
    data["number"] = f"KS/{index + 1}/2026"
    person = data["client"]["person"]
    person["first_name"] = _FIRST[index % len(_FIRST)]
    person["last_name"] = _LAST[(index // len(_FIRST)) % len(_LAST)]
    base = data["actions"]
    if actions is not None:
        start = dt.date(2026, 10, 6)
        made = []
        for number in range(actions):
            action = dict(base[number % len(base)])
            action["description"] = f"Działanie {number + 1}: {action['description']}"
            action["due"] = (start + dt.timedelta(days=number % 170)).isoformat()
            made.append(action)
        data["actions"] = made
    else:
        first = dict(base[0])
        first["description"] = f"{first['description']} (sprawa {index + 1})"
        data["actions"] = [first, *base[1:]]
    return data


def kontrakty(count: int, actions: int | None = None) -> Iterator[str]:
    """``count`` distinct kontrakty as JSON text."""
    for index in range(count):
        yield json.dumps(kontrakt(index, actions), ensure_ascii=False)


def write_jsonl(path: Path, count: int, actions: int | None = None) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for line in kontrakty(count, actions):
            handle.write(line + "\n")
    return path
