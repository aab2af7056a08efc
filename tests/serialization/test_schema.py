"""The JSON Schema of every model type: generated from the attrs classes and the reader's
rules, so every example validates, and what ``from_json`` refuses structurally the schema
refuses too (unknown keys, wrong JSON types, malformed dates)."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import socialwork as sw
from socialwork import examples
from socialwork.errors import InputError
from socialwork.model.spec import BUILTIN_MODELS, registered_models
from socialwork.serialization import from_data
from socialwork.serialization.schema import bundle_schema, model_schema

ROOT = Path(__file__).resolve().parents[2]
Validator = jsonschema.Draft202012Validator


def _validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    Validator.check_schema(schema)
    return Validator(schema, format_checker=Validator.FORMAT_CHECKER)


def _all_examples() -> list[tuple[str, Path]]:
    """Every example case: the core's and each plugin template's."""
    found = {f"core:{n}": examples.path(n) for n in examples.names()}
    for spec in sw.templates():
        if spec.example is not None:
            found[f"template:{spec.name}"] = spec.example
    return sorted(found.items())


EXAMPLES = _all_examples()
BUNDLE = _validator(bundle_schema())


def test_plugin_models_are_covered() -> None:
    tags = set(registered_models())
    assert {m.tag for m in BUILTIN_MODELS} < tags, "the dev install has a plugin model"
    assert set(bundle_schema()["$defs"]) >= tags
    for tag in tags:
        _validator(model_schema(tag))


@pytest.mark.parametrize(("name", "path"), EXAMPLES, ids=[n for n, _ in EXAMPLES])
def test_every_example_validates(name: str, path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    from_data(data)  # the library reads it
    errors = list(_validator(model_schema(data["type"])).iter_errors(data))
    assert not errors, [e.message for e in errors]
    assert not list(BUNDLE.iter_errors(data))


def _example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(examples.path(name).read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(nickname="x"),  # unknown key
        lambda d: d["family"].update(size=3),  # unknown key deeper down
        lambda d: d.update(issued_on=20261122),  # wrong type
        lambda d: d.update(issued_on="22.11.2026"),  # malformed date
        lambda d: d.update(issued_on="2026-02-30"),  # no such day
        lambda d: d.update(amount=823.0),  # an amount as a number
        lambda d: d.update(kind="zasilek"),  # not an enum value
        lambda d: d.pop("issued_on"),  # a required field missing
        lambda d: d.update(type="person"),  # the envelope's tag of another model
        lambda d: d.update(schema_version=99),
    ],
)
def test_damaged_case_does_not_validate(damage: Any) -> None:
    data = _example("decyzja")
    assert not list(_validator(model_schema("decision")).iter_errors(data))
    damaged = copy.deepcopy(data)
    if "family" not in damaged:
        damaged["family"] = {}
    damage(damaged)
    assert list(_validator(model_schema("decision")).iter_errors(damaged))
    assert list(BUNDLE.iter_errors(damaged))


def test_unknown_model_is_an_input_error() -> None:
    with pytest.raises(InputError) as info:
        model_schema("no_such_model")
    assert info.value.problems[0].code == "model.unknown"


_SCALARS = st.none() | st.booleans() | st.integers(-5, 5) | st.floats(allow_nan=False)
_VALUES = _SCALARS | st.text(max_size=6) | st.sampled_from(["2026-02-30", "12.34", "1.2.3"])


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            out.extend(_paths(value, (*prefix, key)))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out.extend(_paths(value, (*prefix, i)))
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(examples.names()), st.data())
def test_what_from_json_accepts_the_schema_accepts(name: str, data: st.DataObject) -> None:
    """The schema is never stricter than the reader (and flags what it refuses by type)."""
    case = _example(name)
    paths = _paths(case)[1:]
    path = data.draw(st.sampled_from(paths))
    target = case
    for key in path[:-1]:
        target = target[key]
    if path[-1] in ("type", "schema_version"):
        return
    value = data.draw(_VALUES)
    if isinstance(value, float) and value.is_integer():
        return  # JSON Schema counts 1.0 as an integer; only the reader refuses it
    target[path[-1]] = value
    try:
        from_data(copy.deepcopy(case))
    except InputError as exc:
        structural = {p.code for p in exc.problems} & {"key.unknown", "type.wrong", "date.format"}
        if structural:
            assert list(BUNDLE.iter_errors(case)), exc.problems
    else:
        assert not list(BUNDLE.iter_errors(case)), [e.message for e in BUNDLE.iter_errors(case)]


def test_published_schema_is_the_core_bundle() -> None:
    published = json.loads((ROOT / "docs" / "schema" / "socialwork.schema.json").read_text())
    assert published == bundle_schema(models=BUILTIN_MODELS)


def test_cli_schema_prints_and_writes(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "socialwork.cli", "schema"]
    one = subprocess.run([*cmd, "decision"], capture_output=True, text=True, timeout=120)
    assert one.returncode == 0, one.stderr
    assert json.loads(one.stdout) == model_schema("decision")
    out = tmp_path / "all.json"
    run = subprocess.run([*cmd, "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8")) == bundle_schema()
    again = subprocess.run([*cmd, "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert again.returncode == 2 and "--force" in again.stderr
    bad = subprocess.run([*cmd, "nope"], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "decision" in bad.stderr and not bad.stdout
