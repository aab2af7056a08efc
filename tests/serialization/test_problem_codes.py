"""Structural problems carry a stable machine-readable code (``docs/errors.md``), the JSON path
and a message; ``socialwork validate --json`` prints them."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from socialwork import examples
from socialwork.errors import InputError, Problem
from socialwork.serialization import from_data, from_json

DOCS = Path(__file__).resolve().parents[2] / "docs" / "errors.md"


def documented_codes() -> set[str]:
    """Every code in the table of ``docs/errors.md`` (first column, back-quoted)."""
    text = DOCS.read_text(encoding="utf-8")
    section = text.split("## Problem codes", 1)[1].split("\n## ", 1)[0]
    codes: set[str] = set()
    for line in section.splitlines():
        if line.startswith("| `"):
            first = line.split("|")[1]
            codes.update(re.findall(r"`([a-z_]+\.[a-z_]+)`", first))
    return codes


DOCUMENTED = documented_codes()


def _case(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(examples.path(name).read_text(encoding="utf-8"))
    return data


def _problems(data: object) -> list[Problem]:
    with pytest.raises(InputError) as info:
        from_data(data)
    return list(info.value.problems)


def _codes_at(data: object) -> dict[str, str]:
    return {p.path: p.code for p in _problems(data)}


def test_the_documented_table_is_not_empty() -> None:
    assert {"pesel.checksum", "date.order", "key.unknown", "type.wrong", "date.invalid"} <= (
        DOCUMENTED
    )


def test_unknown_key_wrong_type_and_bad_date() -> None:
    case = _case("osoba")
    case["nickname"] = "x"
    case["first_name"] = 7
    case["birth_date"] = "1984-02-30"
    assert _codes_at(case) == {
        "$.nickname": "key.unknown",
        "$.first_name": "type.wrong",
        "$.birth_date": "date.invalid",
    }


def test_malformed_date_and_missing_key() -> None:
    case = _case("osoba")
    case["birth_date"] = "2.06.1984"
    del case["last_name"]
    assert _codes_at(case) == {"$.birth_date": "date.format", "$.last_name": "key.missing"}


@pytest.mark.parametrize(
    ("pesel", "code"),
    [("44051401358", "pesel.checksum"), ("4405140135", "pesel.format"), ("44053501354", None)],
)
def test_pesel_codes(pesel: str, code: str | None) -> None:
    case = _case("osoba")
    case["pesel"] = pesel
    codes = _codes_at(case)
    if code is not None:
        assert codes["$.pesel"] == code
    else:  # a day that does not exist in the PESEL's month
        assert codes["$.pesel"] == "pesel.birth_date"


def test_date_order() -> None:
    case = _case("kontrakt-socjalny")
    case["valid_to"] = "2000-01-01"
    assert "date.order" in {p.code for p in _problems(case)}


def test_envelope_and_json_codes() -> None:
    assert _codes_at({"type": "nope", "schema_version": 1}) == {"$.type": "model.unknown"}
    assert _codes_at({"schema_version": 1}) == {"$.type": "model.missing"}
    with pytest.raises(InputError) as info:
        from_json('{"type": "person",')
    assert [p.code for p in info.value.problems] == ["json.malformed"]
    with pytest.raises(InputError) as info:
        from_json(b"\xff\xfe")
    assert [p.code for p in info.value.problems] == ["json.encoding"]


def test_problem_dicts_shape() -> None:
    case = _case("osoba")
    case["sex"] = "x"
    with pytest.raises(InputError) as info:
        from_data(case)
    assert info.value.problem_dicts() == [
        {"path": "$.sex", "code": "enum.unknown", "message": info.value.problems[0].message}
    ]


@pytest.mark.parametrize("name", examples.names())
def test_every_code_of_a_damaged_example_is_documented(name: str) -> None:
    """Damage each scalar of the example in several ways; every code met is in the table."""
    original = _case(name)
    seen: set[str] = set()

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in list(items):
            if isinstance(value, dict | list):
                walk(value, (*path, key))
                continue
            if key in ("type", "schema_version"):
                continue
            for bad in (12345, "", "2026-13-45", "\x01", "-1.000", None, True):
                case = copy.deepcopy(original)
                target = case
                for step in path:
                    target = target[step]
                target[key] = bad
                try:
                    from_data(case)
                except InputError as exc:
                    seen.update(p.code for p in exc.problems)

    walk(original, ())
    assert seen <= DOCUMENTED, seen - DOCUMENTED


def test_validate_json_prints_structural_problems(tmp_path: Path) -> None:
    case = _case("osoba")
    case["birth_date"] = "1984-02-30"
    case["extra"] = 1
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "socialwork.cli", "validate", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2
    out = json.loads(run.stdout)
    assert out["structure"] == "invalid" and out["ok"] is False
    assert {(p["path"], p["code"]) for p in out["problems"]} == {
        ("$.birth_date", "date.invalid"),
        ("$.extra", "key.unknown"),
    }
    assert len(run.stderr.strip().splitlines()) == 1  # the human line stays
