"""The shipped examples: each loads, round-trips exactly, equals what the builder makes, and
together they fill every field of every model (so templates can show every field)."""

from __future__ import annotations

import typing
from pathlib import Path

import attrs
import pytest

from build_examples import render_all
from socialwork import examples
from socialwork.model import Person
from socialwork.serialization import BUILTIN_MODELS, from_json, model_tag, to_json

EXAMPLE_FILES = sorted(examples.EXAMPLES_DIR.glob("*.json"))

TEMPLATE_EXAMPLES = {
    "kontrakt-socjalny": "social_contract",
    "wywiad-srodowiskowy": "interview",
    "wywiad-srodowiskowy-aktualizacja": "interview",
    "decyzja": "decision",
    "decyzja-odmowa": "decision",
    "decyzja-skierowanie-dps": "dps_referral_decision",
    "decyzja-skierowanie-dps-sad": "dps_referral_decision",
    "decyzja-oplata-dps": "dps_fee_decision",
    "skierowanie-dps": "referral",
    "wniosek-sad-wglad": "referral",
    "wniosek-gkrpa": "referral",
    "skierowanie-schronisko": "referral",
    "skierowanie": "referral",
    "projekt-socjalny": "project",
    "pozew-alimenty": "alimony_claim",
}


def test_there_are_examples() -> None:
    assert len(EXAMPLE_FILES) >= len(TEMPLATE_EXAMPLES)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_example_round_trips_exactly(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    obj = from_json(text)
    assert to_json(obj) + "\n" == text
    assert from_json(to_json(obj)) == obj


@pytest.mark.parametrize(("name", "tag"), sorted(TEMPLATE_EXAMPLES.items()))
def test_one_example_per_template(name: str, tag: str) -> None:
    assert model_tag(examples.load(name)) == tag


def test_every_builtin_model_has_an_example() -> None:
    tags = {model_tag(examples.load(name)) for name in examples.names()}
    assert tags == {spec.tag for spec in BUILTIN_MODELS}


def test_the_builder_makes_valid_examples() -> None:
    """tools/build_examples.py (the authoring tool) still builds loadable cases."""
    for name, text in render_all().items():
        assert to_json(from_json(text)) + "\n" == text, name


def _model_classes() -> set[type]:
    seen: set[type] = set()
    todo = [spec.cls for spec in BUILTIN_MODELS]
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        attrs.resolve_types(cls)
        for field in attrs.fields(cls):
            stack = [field.type]
            while stack:
                t = stack.pop()
                if isinstance(t, type) and attrs.has(t):
                    todo.append(t)
                stack.extend(typing.get_args(t))
    return seen


def _filled(obj: object, out: set[tuple[str, str]]) -> None:
    if attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            value = getattr(obj, field.name)
            if value is not None and value != ():
                out.add((type(obj).__name__, field.name))
            _filled(value, out)
    elif isinstance(obj, tuple):
        for item in obj:
            _filled(item, out)


def test_examples_fill_every_field_of_every_model() -> None:
    filled: set[tuple[str, str]] = set()
    for name in examples.names():
        _filled(examples.load(name), filled)
    missing = [
        f"{cls.__name__}.{field.name}"
        for cls in _model_classes()
        for field in attrs.fields(cls)
        if (cls.__name__, field.name) not in filled
    ]
    assert not missing, f"no example fills: {sorted(missing)}"


def test_example_pesels_are_valid_and_match_birth_dates() -> None:
    people: list[Person] = []

    def collect(obj: object) -> None:
        if isinstance(obj, Person):
            people.append(obj)
        if attrs.has(type(obj)):
            for field in attrs.fields(type(obj)):
                collect(getattr(obj, field.name))
        elif isinstance(obj, tuple):
            for item in obj:
                collect(item)

    for name in examples.names():
        collect(examples.load(name))
    assert len(people) > 20
    # construction already checks PESEL vs birth date and sex; at least one has no PESEL
    assert any(p.pesel is None for p in people)
    assert sum(p.pesel is not None for p in people) > 15


def test_examples_api() -> None:
    assert "decyzja" in examples.names()
    assert examples.path("decyzja.json") == examples.path("decyzja")
    with pytest.raises(KeyError):
        examples.path("no-such-example")


@pytest.mark.parametrize("name", examples.names())
def test_examples_pickle_copy_and_hash(name: str) -> None:
    import copy
    import pickle

    obj = examples.load(name)
    assert pickle.loads(pickle.dumps(obj)) == obj  # render-batch sends objects to workers
    assert copy.deepcopy(obj) == obj
    assert hash(obj) == hash(examples.load(name))


@pytest.mark.parametrize("name", examples.names())
def test_examples_pass_the_rules(name: str) -> None:
    """The examples are correct cases: the rules find no error (warnings are allowed)."""
    import datetime as dt

    from socialwork.rules import reference_date, validate

    obj = examples.load(name)
    related = [examples.load("wywiad-srodowiskowy")] if name == "decyzja" else []
    on = reference_date(obj) or dt.date(2026, 11, 22)  # never "today" in a test
    report = validate(obj, on=on, related=related)
    assert report.ok, [str(f) for f in report.errors]
