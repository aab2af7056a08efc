"""Error lines are bounded: a case with a million bad items printed one 55 MB stderr line.
The command lists the first problems and counts the rest; Python keeps them all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from security.helpers import run_cli, text
from socialwork import examples
from socialwork.cli._common import MAX_LISTED_PROBLEMS
from socialwork.errors import InputError
from socialwork.serialization import from_json, to_json


def _bad_case(count: int) -> str:
    data = json.loads(to_json(examples.load("kontrakt-socjalny")))
    data["unknown_field_" + "x"] = 1
    # every item of a long list is wrong (a number where an object is expected)
    data["goals"] = list(range(count))
    return json.dumps(data)


def test_a_huge_number_of_problems_gives_a_short_line(tmp_path: Path) -> None:
    case = tmp_path / "bad.json"
    case.write_text(_bad_case(200_000), encoding="utf-8")
    done = run_cli("validate", str(case))
    err = text(done.stderr)
    assert done.returncode == 2
    assert len(err.splitlines()) == 1 and len(err) < 8_000, len(err)
    assert "and 199 981 more problems" in err, err[-300:]
    assert "$.goals[0]" in err and "$.goals[199999]" not in err


def test_python_keeps_every_problem() -> None:
    with pytest.raises(InputError) as caught:
        from_json(_bad_case(500))
    assert len(caught.value.problems) == 501 > MAX_LISTED_PROBLEMS
