"""A repr shows a model object's type and ids, never personal or sensitive data (item: a PESEL
could be rebuilt from the masked repr: birth date, sex and the last four digits)."""

from __future__ import annotations

import enum
import keyword
from typing import Any

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialwork import examples
from socialwork.model import Person, Sex
from socialwork.model._base import has_private_repr
from socialwork.plugins import get_registry
from socialwork.serialization import from_json
from strategies import models


def _leaves(obj: Any, *, under_id: bool = False) -> tuple[list[str], list[str]]:
    """(strings shown nowhere but in personal fields, id values) of ``obj``, recursively."""
    secret: list[str] = []
    ids: list[str] = []
    if attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            value = getattr(obj, field.name)
            is_id = field.name == "id" or field.name.endswith("_id")
            s, i = _leaves(value, under_id=is_id)
            secret += s
            ids += i
    elif isinstance(obj, tuple | list):
        for item in obj:
            s, i = _leaves(item, under_id=under_id)
            secret += s
            ids += i
    elif isinstance(obj, str):
        (ids if under_id else secret).append(obj)
    elif isinstance(obj, enum.Enum):
        secret.append(obj.name)
    return secret, ids


def _assert_private(obj: Any) -> None:
    shown = repr(obj)
    secret, ids = _leaves(obj)
    allowed = " ".join([*ids, type(obj).__name__])
    for value in secret:
        value = value.strip()
        if len(value) >= 3 and value not in allowed:
            assert value not in shown, (type(obj).__name__, shown)
    for person in _persons(obj):
        if person.pesel:
            assert person.pesel not in shown
            assert person.pesel[:6] not in shown  # the birth date part
            if person.pesel[-4:] not in allowed:
                assert person.pesel[-4:] not in shown
        assert person.birth_date.isoformat() not in shown
        assert "datetime.date(" not in shown


def _persons(obj: Any) -> list[Person]:
    if isinstance(obj, Person):
        return [obj]
    found: list[Person] = []
    if attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            found += _persons(getattr(obj, field.name))
    elif isinstance(obj, tuple | list):
        for item in obj:
            found += _persons(item)
    return found


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(models())
def test_no_personal_data_in_any_core_model_repr(obj: Any) -> None:
    _assert_private(obj)
    for person in _persons(obj):
        assert repr(person) == f"Person(id={person.id!r})" or "*" in repr(person)


def test_the_reported_pesel_rebuild_is_impossible() -> None:
    person = Person(
        id="p-1",
        first_name="Anna",
        last_name="Kowalska",
        birth_date=__import__("datetime").date(1986, 3, 12),
        sex=Sex.FEMALE,
        pesel="86031241362",
    )
    shown = repr(person)
    assert shown == "Person(id='p-1')"
    for part in ("1362", "860312", "Anna", "Kowalska", "1986", "FEMALE"):
        assert part not in shown


def test_ids_that_are_digit_runs_are_masked() -> None:
    person = Person(
        id="86031241362",
        first_name="Anna",
        last_name="Kowalska",
        birth_date=__import__("datetime").date(1986, 3, 12),
        sex=Sex.FEMALE,
        pesel="86031241362",
    )
    assert "8603" not in repr(person)


def test_every_registered_model_and_its_parts_has_the_private_repr() -> None:
    """Core and plugin models (the installed example plugins), and every attrs class their
    fields hold."""
    registry = get_registry()
    assert {"person", "client"} <= set(registry.models)
    seen: set[type] = set()
    todo = [spec.cls for spec in registry.models.values()]
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        assert has_private_repr(cls), cls
        attrs.resolve_types(cls)
        for field in attrs.fields(cls):
            for t in (field.type, *getattr(field.type, "__args__", ())):
                for inner in (t, *getattr(t, "__args__", ())):
                    if isinstance(inner, type) and attrs.has(inner):
                        todo.append(inner)
    assert len(seen) > 40


def test_every_example_case_core_and_plugin_has_a_private_repr() -> None:
    for name in examples.names():
        _assert_private(examples.load(name))
    registry = get_registry()
    plugin_examples = [
        spec.example
        for name, spec in registry.templates.items()
        if spec.example is not None and registry.templates.owner(name) != "socialwork"
    ]
    assert plugin_examples, "the example plugins are installed in the dev environment"
    for path in plugin_examples:
        _assert_private(from_json(path.read_text(encoding="utf-8")))


_FIELD_NAMES = st.from_regex(r"[a-z][a-z_]{0,12}", fullmatch=True).filter(
    lambda n: n.isidentifier() and not keyword.iskeyword(n) and not n.startswith("_")
    and n not in {"self", "cls"}
)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(_FIELD_NAMES, st.text(min_size=3, max_size=20), min_size=1, max_size=6),
    st.from_regex(r"[0-9]{11}", fullmatch=True),
)
def test_any_registered_plugin_model_shows_only_ids(values: dict[str, str], pesel: str) -> None:
    """Whatever fields a vendor's attrs model has, once registered its repr shows only the
    fields named ``id`` / ``*_id``."""
    from socialwork.model import ModelSpec

    fields = {name: attrs.field() for name in values}
    fields["pesel"] = attrs.field(default=pesel)
    cls = attrs.make_class("VendorModel", fields, frozen=True)
    ModelSpec("vendor_model", cls)  # registering a model makes its repr private
    obj = cls(**values)
    shown = repr(obj)
    from socialwork.errors import mask_digit_runs

    ids = [(k, v) for k, v in values.items() if k == "id" or k.endswith("_id")]
    assert shown == "VendorModel(" + ", ".join(
        f"{k}={mask_digit_runs(v)!r}" for k, v in ids
    ) + ")"
    assert pesel[:6] not in shown
