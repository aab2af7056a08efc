"""The catalogue of model types (socialwork.model.spec): snake_case names, the declared date
fields of the built-in models, and case_date — the one rule for the date a case speaks of."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialwork
import socialwork.model as m
from socialwork import serialization
from socialwork.errors import InputError
from socialwork.model import spec as spec_module
from socialwork.model.spec import (
    BUILTIN_MODELS,
    DATE_ATTRIBUTES,
    ModelSpec,
    case_date,
    model_tag,
    snake_case,
    spec_for,
)
from socialwork.plugins.testing import plugins_registered

EXAMPLES = sorted((Path(socialwork.__file__).parent / "examples").glob("*.json"))

# ---------------------------------------------------------------------------- snake_case


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("DPSReferral", "dps_referral"),
        ("SocialContract", "social_contract"),
        ("HTTPServerError", "http_server_error"),
        ("Osoba2Dane", "osoba2_dane"),
        ("Person", "person"),
        ("AlimonyClaim", "alimony_claim"),
        ("ParseHTTP", "parse_http"),
        ("PZONReferral2", "pzon_referral2"),
        ("A", "a"),
        ("already_snake", "already_snake"),
        ("", ""),
    ],
)
def test_snake_case_examples(name: str, expected: str) -> None:
    assert snake_case(name) == expected


_CAPITALISED = st.from_regex(r"[A-Z][a-z][a-z0-9]{0,6}", fullmatch=True)
_ACRONYM = st.from_regex(r"[A-Z]{2,5}", fullmatch=True)


@st.composite
def _words(draw: st.DrawFn) -> list[str]:
    """Words of a class name; two acronyms never touch (``HTTPURL`` has no boundary)."""
    words: list[str] = []
    for _ in range(draw(st.integers(1, 5))):
        acronym_allowed = not words or not words[-1].isupper()
        words.append(draw(st.one_of(_CAPITALISED, _ACRONYM) if acronym_allowed else _CAPITALISED))
    return words


@given(_words())
def test_snake_case_splits_a_class_name_into_its_words(words: list[str]) -> None:
    assert snake_case("".join(words)) == "_".join(w.lower() for w in words)


@given(st.from_regex(r"[A-Za-z0-9_]*", fullmatch=True))
def test_snake_case_only_lowers_and_inserts_underscores(name: str) -> None:
    snake = snake_case(name)
    assert snake == snake.lower()
    assert snake.replace("_", "") == name.replace("_", "").lower()
    assert snake_case(snake) == snake  # idempotent


def test_every_builtin_tag_is_the_snake_case_class_name() -> None:
    for model in BUILTIN_MODELS:
        assert model.tag == snake_case(model.cls.__name__)


# ---------------------------------------------------------------------- built-in date fields

DECLARED = {
    "person": None,
    "client": None,
    "family": None,
    "interview": "conducted_on",
    "social_contract": "concluded_on",
    "project": "drawn_up_on",
    "referral": "created_on",
    "decision": "issued_on",
    "dps_referral_decision": "issued_on",
    "dps_fee_decision": "issued_on",
    "social_worker": None,
    "center": None,
    "alimony_claim": "filed_on",
    "contact_record": "written_on",
    "crime_report": "written_on",
    "paternity_claim": "filed_on",
    "alimony_interview": "conducted_on",
    "asset_statement": "signed_on",
    "homelessness_program": "drawn_up_on",
}


def test_every_builtin_model_declares_its_date_field() -> None:
    assert {model.tag: model.date_field for model in BUILTIN_MODELS} == DECLARED


def test_every_declared_date_field_is_a_date_field_of_the_model() -> None:
    for model in BUILTIN_MODELS:
        if model.date_field is None:
            continue
        field = attrs.fields_dict(model.cls)[model.date_field]
        assert "date" in str(field.type), (model.tag, field.type)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_case_date_of_each_example_is_its_declared_field(path: Path) -> None:
    obj = socialwork.from_json(path.read_bytes())
    model = spec_for(obj)
    if model.date_field is None:
        assert case_date(obj) is None  # a person, a family, a centre: no date of their own
    else:
        assert case_date(obj) == getattr(obj, model.date_field)
        assert isinstance(case_date(obj), dt.date)


def test_a_referral_is_dated_the_day_it_was_written_not_sent() -> None:
    sent_later = 0
    for path in EXAMPLES:
        referral = socialwork.from_json(path.read_bytes())
        if isinstance(referral, m.Referral) and referral.sent_on is not None:
            assert case_date(referral) == referral.created_on, path.stem
            sent_later += referral.sent_on > referral.created_on
    assert sent_later, "no example of a referral sent after the day it was written"


def test_a_project_without_drawn_up_on_has_no_date() -> None:
    """No fallback from a declared field: ``drafted_on`` (an alias) is not tried."""
    project = socialwork.from_json(
        (Path(socialwork.__file__).parent / "examples" / "projekt-socjalny.json").read_bytes()
    )
    assert isinstance(project, m.Project)
    assert case_date(attrs.evolve(project, drawn_up_on=None)) is None


# ------------------------------------------------------------------- plugin-like models


@attrs.frozen
class Pismo:
    numer: str
    wydano: Any = None  # any value, to check what is and is not a date
    issued_on: dt.date | None = None
    created_on: Any = None


@attrs.frozen
class Notatka:
    tresc: str


class PismoPlugin:
    def __init__(self, date_field: str | None) -> None:
        self.date_field = date_field

    @socialwork.hookimpl
    def register_models(self, register: Any) -> None:
        register(ModelSpec("pismo", Pismo, date_field=self.date_field))


D1, D2, D3 = dt.date(2026, 3, 9), dt.date(2026, 1, 5), dt.date(2025, 12, 1)


def test_a_declared_date_field_gives_that_field() -> None:
    pismo = Pismo("1", wydano=D1, issued_on=D2, created_on=D3)
    with plugins_registered(("socialwork-pismo", PismoPlugin("wydano"))):
        assert case_date(pismo) == D1
        assert model_tag(pismo) == "pismo"
        assert spec_for(pismo).date_field == "wydano"
        assert case_date(attrs.evolve(pismo, wydano=dt.datetime(2026, 3, 9, 10, 30))) == D1


@pytest.mark.parametrize("value", [None, "2026-03-09", 20260309])
def test_a_declared_field_without_a_date_gives_none_without_fallback(value: object) -> None:
    pismo = Pismo("1", wydano=value, issued_on=D2, created_on=D3)
    with plugins_registered(("socialwork-pismo", PismoPlugin("wydano"))):
        assert case_date(pismo) is None


def test_without_a_declared_field_the_first_known_attribute_with_a_date() -> None:
    pismo = Pismo("1", wydano=D1, issued_on=D2, created_on=D3)
    with plugins_registered(("socialwork-pismo", PismoPlugin(None))):
        assert case_date(pismo) == D2  # issued_on comes before created_on; wydano is unknown
        assert case_date(attrs.evolve(pismo, issued_on=None)) == D3
        evening = dt.datetime(2025, 12, 1, 18, 0)
        assert case_date(attrs.evolve(pismo, issued_on=None, created_on=evening)) == D3
        assert case_date(attrs.evolve(pismo, issued_on=None, created_on="x")) is None


def test_an_unregistered_class_uses_the_known_attributes() -> None:
    pismo = Pismo("1", wydano=D1, issued_on=D2)
    assert case_date(pismo) == D2
    assert case_date(Notatka("x")) is None
    with pytest.raises(InputError, match="Pismo is not a registered model type"):
        spec_for(pismo)
    with pytest.raises(InputError, match="register_models"):
        model_tag(pismo)


def test_the_order_of_the_known_attributes() -> None:
    assert DATE_ATTRIBUTES[:3] == ("document_date", "on", "issued_on")
    assert DATE_ATTRIBUTES[-2:] == ("issued", "date")
    assert len(set(DATE_ATTRIBUTES)) == len(DATE_ATTRIBUTES)

    @attrs.frozen
    class Everything:
        values: dict[str, dt.date]

        def __getattr__(self, name: str) -> dt.date:
            if name in self.values:
                return self.values[name]
            raise AttributeError(name)

    days = {name: dt.date(2026, 1, 1) + dt.timedelta(days=i) for i, name in
            enumerate(DATE_ATTRIBUTES)}
    for i, name in enumerate(DATE_ATTRIBUTES):
        later = {n: d for n, d in days.items() if DATE_ATTRIBUTES.index(n) >= i}
        assert case_date(Everything(later)) == days[name], name


def test_a_broken_registry_counts_as_unregistered(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> object:
        raise RuntimeError("the registry cannot be built")

    monkeypatch.setattr(spec_module, "get_registry", broken)
    assert case_date(Pismo("1", wydano=D1, created_on=D3)) == D3
    with pytest.raises(RuntimeError):
        spec_for(Pismo("1"))


def test_model_spec_checks_its_fields() -> None:
    with pytest.raises(ValueError, match="snake_case"):
        ModelSpec("Pismo", Pismo)
    with pytest.raises(TypeError, match="attrs class"):
        ModelSpec("pismo", dict)
    with pytest.raises(ValueError, match="schema_version"):
        ModelSpec("pismo", Pismo, schema_version=0)
    with pytest.raises(ValueError, match="not a field or attribute of Pismo"):
        ModelSpec("pismo", Pismo, date_field="wydane")

    @attrs.frozen
    class Clash:
        type: str

    with pytest.raises(TypeError, match="envelope"):
        ModelSpec("clash", Clash)


# ------------------------------------------------------------------------------- layering


def test_serialization_re_exports_the_catalogue() -> None:
    assert serialization.ModelSpec is ModelSpec is m.ModelSpec
    assert serialization.BUILTIN_MODELS is BUILTIN_MODELS
    assert serialization.model_tag is model_tag
    assert serialization.model_date is case_date


_ABOVE = ("socialwork.serialization", "socialwork.documents", "socialwork.rules",
          "socialwork.law", "socialwork.cli", "socialwork.builtin_plugin")


def _imported(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):  # in functions too
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            if node.module == "socialwork":
                found.update(f"socialwork.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_the_catalogue_imports_nothing_above_the_model() -> None:
    imported = _imported(Path(spec_module.__file__))
    assert "socialwork" not in imported
    assert not [name for name in imported if name.startswith(_ABOVE)], imported


def test_serialization_imports_nothing_above_it() -> None:
    package = Path(serialization.__file__).parent
    for path in sorted(package.glob("*.py")):
        imported = _imported(path)
        assert "socialwork" not in imported, path.name
        above = [n for n in imported if n.startswith(_ABOVE[1:])]
        assert not above, (path.name, above)
