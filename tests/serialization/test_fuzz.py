"""Hostile input: randomly damaged cases never raise anything but InputError, every problem
has a JSON path, and no message contains a PESEL."""

from __future__ import annotations

import contextlib
import copy
import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialwork import examples
from socialwork.errors import InputError
from socialwork.serialization import from_data, from_json, to_json

from .test_problem_codes import DOCUMENTED as DOCUMENTED_CODES

NAMES = examples.names()
TEXTS = {name: examples.path(name).read_text(encoding="utf-8") for name in NAMES}
PESEL_RE = re.compile(r"\b[0-9]{11}\b")

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["", "2026-02-30", "12.345", "-1.00", "44051401359", "1", "7a"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            out.extend(_paths(value, (*prefix, key)))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out.extend(_paths(value, (*prefix, i)))
    return out


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(NAMES), st.data())
def test_damaged_cases_fail_cleanly(name: str, data: st.DataObject) -> None:
    original = json.loads(TEXTS[name])
    case = copy.deepcopy(original)
    for _ in range(data.draw(st.integers(1, 3))):
        paths = _paths(case)
        path = data.draw(st.sampled_from(paths[1:] if len(paths) > 1 else paths))
        if data.draw(st.booleans()) and path and isinstance(path[-1], str):
            parent = case
            for key in path[:-1]:
                parent = parent[key]
            parent.pop(path[-1], None)  # drop a key
        else:
            case = _set(case, path, data.draw(json_values))
    try:
        obj = from_data(case)
    except InputError as exc:
        assert exc.problems, "an InputError must list its problems"
        for problem in exc.problems:
            assert problem.path.startswith("$")
            assert not PESEL_RE.search(problem.message), problem
            assert problem.code in DOCUMENTED_CODES, problem
        assert "\n" not in str(exc) or "\n" in json.dumps(case)
    else:
        assert from_json(to_json(obj)) == obj


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(NAMES), st.integers(0, 10_000), st.binary(max_size=3))
def test_damaged_bytes_fail_cleanly(name: str, cut: int, junk: bytes) -> None:
    raw = TEXTS[name].encode("utf-8")
    cut %= len(raw)
    damaged = raw[:cut] + junk + raw[cut + len(junk) :]
    with contextlib.suppress(InputError):
        from_json(damaged)


@pytest.mark.parametrize("name", NAMES)
def test_truncated_files_report_line_and_column(name: str) -> None:
    text = TEXTS[name]
    with pytest.raises(InputError, match=r"line \d+, column \d+"):
        from_json(text[: len(text) // 2])
