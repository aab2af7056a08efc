"""JSON serialization: envelope, exact round trips, strict inbound data, every problem with
its JSON path, and no PESEL in any message."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any, Literal, Optional

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import socialwork.model as m
from socialwork import examples
from socialwork.errors import InputError
from socialwork.plugins import get_registry, hookimpl
from socialwork.plugins.testing import plugins_registered
from socialwork.serialization import (
    BUILTIN_MODELS,
    ModelSpec,
    converter,
    from_data,
    from_json,
    model_tag,
    to_data,
    to_json,
)
from strategies import MODEL_STRATEGIES, models

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def family_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(examples.path("rodzina").read_text(encoding="utf-8"))
    return data


def problems_of(data: object) -> dict[str, str]:
    with pytest.raises(InputError) as info:
        from_data(data)
    return {p.path: p.message for p in info.value.problems}


# --------------------------------------------------------------------------- round trips


@SETTINGS
@given(models())
def test_generated_objects_round_trip(obj: object) -> None:
    text = to_json(obj)
    back = from_json(text)
    assert back == obj
    assert to_json(back) == text


@pytest.mark.parametrize("tag", sorted(MODEL_STRATEGIES))
def test_each_model_round_trips(tag: str) -> None:
    @settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(MODEL_STRATEGIES[tag])
    def check(obj: object) -> None:
        assert model_tag(obj) == tag
        assert from_json(to_json(obj)) == obj

    check()


def test_envelope_is_flat_and_first() -> None:
    data = json.loads(to_json(examples.load("decyzja")))
    assert list(data)[:3] == ["type", "schema_version", "id"]
    assert data["type"] == "decision"
    assert data["schema_version"] == 1


def test_decimal_keeps_its_exact_string_and_dates_are_iso() -> None:
    data = to_data(examples.load("decyzja"))
    assert data["amount"] == "600.00"
    assert data["issued_on"] == "2026-11-20"
    assert data["benefit"] == "periodic_allowance"
    income = m.Income(
        person_id="p1", month=dt.date(2026, 1, 1), kind=m.IncomeKind.OTHER, gross=Decimal("823")
    )
    assert converter.unstructure(income)["gross"] == "823"
    back = converter.structure(converter.unstructure(income), m.Income)
    assert str(back.gross) == "823"


def test_polish_text_is_kept_verbatim() -> None:
    text = to_json(examples.load("wywiad-srodowiskowy"))
    assert "Wójcik" in text  # not \u00f3-escaped
    assert from_json(text.encode("utf-8")) == examples.load("wywiad-srodowiskowy")


def test_bytes_with_bom_are_accepted() -> None:
    raw = examples.path("osoba").read_bytes()
    assert from_json(b"\xef\xbb\xbf" + raw) == examples.load("osoba")


def test_builtin_models_cover_every_contract_tag() -> None:
    tags = {spec.tag for spec in BUILTIN_MODELS}
    assert {
        "client",
        "family",
        "interview",
        "social_contract",
        "project",
        "referral",
        "decision",
        "social_worker",
        "center",
        "alimony_claim",
        "person",
    } <= tags
    registry = get_registry().models
    for spec in BUILTIN_MODELS:
        assert registry[spec.tag] is spec
        assert registry.owner(spec.tag) == "socialwork"


# --------------------------------------------------------------------------- strictness


def test_unknown_keys_are_refused_everywhere() -> None:
    data = family_data()
    data["nickname"] = "x"
    data["members"][1]["person"]["shoe_size"] = 40
    problems = problems_of(data)
    assert "$.nickname" in problems
    assert "$.members[1].person.shoe_size" in problems
    assert "unknown field" in problems["$.nickname"]


def test_every_problem_is_listed_with_its_path() -> None:
    data = family_data()
    data["members"][2]["person"]["pesel"] = "14290310213"  # check digit wrong
    data["members"][0]["person"]["first_name"] = 17
    data["applicant"]["address"]["postal_code"] = "05252"
    data["incomes"][0]["gross"] = 2450.0
    data["incomes"][1]["month"] = "2026-02-30"
    data["incomes"][2]["kind"] = "lottery"
    del data["applicant"]["person"]["last_name"]
    problems = problems_of(data)
    assert set(problems) == {
        "$.members[2].person.pesel",
        "$.members[0].person.first_name",
        "$.applicant.address.postal_code",
        "$.incomes[0].gross",
        "$.incomes[1].month",
        "$.incomes[2].kind",
        "$.applicant.person.last_name",
    }
    assert "check digit" in problems["$.members[2].person.pesel"]
    assert "string" in problems["$.members[0].person.first_name"]
    assert "NN-NNN" in problems["$.applicant.address.postal_code"]
    assert "not a real calendar date" in problems["$.incomes[1].month"]
    assert "missing" in problems["$.applicant.person.last_name"]


def test_error_message_is_one_line_listing_all_problems() -> None:
    data = family_data()
    data["members"][0]["person"]["pesel"] = "00000000000"
    data["incomes"][0]["gross"] = "-5.00"
    with pytest.raises(InputError) as info:
        from_data(data)
    text = str(info.value)
    assert "\n" not in text
    assert "2 problems" in text
    assert "$.members[0].person.pesel" in text and "$.incomes[0].gross" in text


def test_pesel_disagreeing_with_birth_date_and_sex() -> None:
    data = family_data()
    person = data["members"][0]["person"]
    person["birth_date"] = "1988-07-26"
    person["sex"] = "male"
    problems = problems_of(data)
    assert set(problems) == {"$.members[0].person.birth_date", "$.members[0].person.sex"}
    assert "PESEL" in problems["$.members[0].person.birth_date"]


def test_no_pesel_ever_appears_in_messages() -> None:
    data = family_data()
    valid = data["members"][0]["person"]["pesel"]
    bad = valid[:-1] + str((int(valid[-1]) + 1) % 10)
    data["members"][0]["person"]["pesel"] = bad
    data["members"][1]["person"]["birth_date"] = "2000-01-01"
    other = data["members"][1]["person"]["pesel"]
    with pytest.raises(InputError) as info:
        from_data(data)
    text = str(info.value) + repr(info.value.problems)
    assert bad not in text and other not in text and valid not in text


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        (823, "string"),
        (823.0, "string"),
        ("8.23e2", '"823.00"'),
        ("NaN", '"823.00"'),
        ("1 000,00", '"823.00"'),
        ("12.345", "2 decimal places"),
        ("-1.00", "negative"),
        (True, "string"),
    ],
)
def test_bad_amounts(value: object, fragment: str) -> None:
    data = family_data()
    data["incomes"][0]["gross"] = value
    problems = problems_of(data)
    assert fragment in problems["$.incomes[0].gross"]


@pytest.mark.parametrize(
    "value", ["2026-13-01", "2026-02-29", "20261001", "2026-10-01T00:00", 20261001, None]
)
def test_bad_dates(value: object) -> None:
    data = family_data()
    data["incomes"][0]["month"] = value
    assert "$.incomes[0].month" in problems_of(data)


def test_no_coercion_between_json_types() -> None:
    data = family_data()
    data["applicant"]["person"]["pesel"] = int(data["applicant"]["person"]["pesel"])
    data["incomes"][0]["one_off"] = "false"
    data["members"] = {"0": data["members"][0]}
    data["applicant"]["person"]["first_name"] = ["Marek"]
    problems = problems_of(data)
    assert set(problems) >= {
        "$.applicant.person.pesel",
        "$.incomes[0].one_off",
        "$.members",
        "$.applicant.person.first_name",
    }


def test_a_string_is_not_taken_for_an_array() -> None:
    data = json.loads(examples.path("wywiad-srodowiskowy").read_text(encoding="utf-8"))
    data["reasons"] = "14"
    assert "array" in problems_of(data)["$.reasons"]


def test_repealed_reason_has_a_clear_message() -> None:
    data = json.loads(examples.path("wywiad-srodowiskowy").read_text(encoding="utf-8"))
    data["reasons"] = ["1", "10"]
    assert "repealed" in problems_of(data)["$.reasons[1]"]


def test_control_characters_are_refused() -> None:
    data = family_data()
    data["members"][0]["occupation"] = "sprzedawczyni\x00"
    assert "control character" in problems_of(data)["$.members[0].occupation"]


def test_duplicate_keys_are_refused() -> None:
    text = examples.path("osoba").read_text(encoding="utf-8")
    text = text.replace('"first_name": "Olena",', '"first_name": "Olena", "first_name": "X",')
    with pytest.raises(InputError) as info:
        from_json(text)
    assert [p.path for p in info.value.problems] == ["$.first_name"]


def test_cross_field_invariants_are_reported_with_paths() -> None:
    data = family_data()
    data["incomes"][0]["person_id"] = "somebody-else"
    data["members"][1]["person"]["id"] = data["members"][0]["person"]["id"]
    problems = problems_of(data)
    assert "$.incomes[0].person_id" in problems
    assert "$.members[1].person.id" in problems


def test_end_before_start_is_refused() -> None:
    data = json.loads(examples.path("kontrakt-socjalny").read_text(encoding="utf-8"))
    data["valid_to"] = "2026-10-01"
    assert "valid_from" in problems_of(data)["$.valid_to"]


# --------------------------------------------------------------------------- envelope errors


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('{"type": "family",\n "schema_version": 1,,}', "line 2, column"),
        ("", "line 1, column 1"),
        ('{"type": "family", "amount": NaN}', "NaN"),
    ],
)
def test_malformed_json(text: str, fragment: str) -> None:
    with pytest.raises(InputError) as info:
        from_json(text)
    assert "malformed JSON" in str(info.value)
    assert fragment in str(info.value)


def test_invalid_utf8() -> None:
    with pytest.raises(InputError, match="UTF-8"):
        from_json(b'{"type": "person", "first_name": "\xff"}')


def test_not_an_object() -> None:
    with pytest.raises(InputError, match="expected a JSON object"):
        from_json("[1, 2]")


def test_unknown_type_lists_known_tags() -> None:
    with pytest.raises(InputError) as info:
        from_json('{"type": "kontrakt", "schema_version": 1}')
    message = str(info.value)
    assert "$.type" in message
    for tag in ("social_contract", "family", "decision"):
        assert tag in message


def test_missing_type() -> None:
    with pytest.raises(InputError, match=r"\$\.type"):
        from_json('{"schema_version": 1}')


@pytest.mark.parametrize(
    ("version", "fragment"),
    [(2, "newer"), (0, "between"), ("1", "whole number"), (True, "whole number")],
)
def test_schema_versions(version: object, fragment: str) -> None:
    data = family_data()
    data["schema_version"] = version
    with pytest.raises(InputError, match=fragment):
        from_data(data)


def test_missing_schema_version() -> None:
    data = family_data()
    del data["schema_version"]
    with pytest.raises(InputError, match="schema_version"):
        from_data(data)


def test_to_json_refuses_an_unregistered_class() -> None:
    @attrs.frozen
    class Stranger:
        name: str

    with pytest.raises(InputError, match="not a registered model"):
        to_json(Stranger("x"))


# --------------------------------------------------------------------------- ModelSpec


def test_model_spec_validates_itself() -> None:
    with pytest.raises(ValueError):
        ModelSpec("Not Snake", m.Person)
    with pytest.raises(TypeError):
        ModelSpec("thing", dict)

    @attrs.frozen
    class Clash:
        type: str

    with pytest.raises(TypeError, match="envelope"):
        ModelSpec("clash", Clash)
    with pytest.raises(ValueError):
        ModelSpec("thing", m.Person, schema_version=0)
    spec = ModelSpec("person", m.Person)
    assert spec.schema_version == 1
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        spec.tag = "x"  # type: ignore[misc]


@attrs.frozen
class VendorNote:
    """A model type as a vendor plugin would define it (any attrs class)."""

    id: str
    written_on: dt.date
    amount: Decimal
    author: m.SocialWorker
    tags: tuple[str, ...] = ()
    score: int | None = None


class VendorPlugin:
    @hookimpl
    def register_models(self, register: Any) -> None:
        register(ModelSpec("vendor_note", VendorNote))


def test_plugin_models_use_the_same_converter() -> None:
    note = VendorNote(
        id="n1",
        written_on=dt.date(2026, 11, 22),
        amount=Decimal("10.50"),
        author=examples.load("pracownik-socjalny"),  # type: ignore[arg-type]
        tags=("a", "b"),
    )
    with plugins_registered(("socialwork-vendor", VendorPlugin())) as registry:
        assert registry.models.owner("vendor_note") == "socialwork-vendor"
        text = to_json(note)
        assert json.loads(text)["type"] == "vendor_note"
        assert json.loads(text)["amount"] == "10.50"
        assert from_json(text) == note
        bad = json.loads(text)
        bad["score"] = "7"
        bad["extra"] = 1
        bad["author"]["caseload"] = -1
        problems = problems_of(bad)
        assert set(problems) == {"$.score", "$.extra", "$.author.caseload"}
    with pytest.raises(InputError, match="not a registered model"):
        to_json(note)


@attrs.frozen
class BrokenModel:
    """A plugin class whose annotation cannot be resolved."""

    id: str
    extra: Missing  # type: ignore[name-defined]  # noqa: F821


class BrokenPlugin:
    @hookimpl
    def register_models(self, register: Any) -> None:
        register(ModelSpec("broken_model", BrokenModel))


def test_a_broken_plugin_model_is_reported_not_raised() -> None:
    with (
        plugins_registered(("socialwork-broken", BrokenPlugin())),
        pytest.raises(InputError) as info,
    ):
        from_json('{"type": "broken_model", "schema_version": 1, "id": "x", "extra": 1}')
    assert info.value.problems[0].path == "$"
    assert "NameError" in str(info.value)


@attrs.define
class VendorRich:
    """A mutable vendor model using the wider set of field types."""

    id: str
    at: dt.datetime
    tags: list[str] = attrs.Factory(list)
    counts: dict[str, int] = attrs.Factory(dict)
    kind: Literal["a", "b"] = "a"
    ratio: float = 0.5
    maybe: Optional[Decimal] = None  # noqa: UP045 - the typing spelling must work too
    mixed: str | int = "x"
    who: m.Person | m.SocialWorker | None = None


class RichPlugin:
    @hookimpl
    def register_models(self, register: Any) -> None:
        register(ModelSpec("vendor_rich", VendorRich))


def test_vendor_models_with_other_field_types() -> None:
    worker = examples.load("pracownik-socjalny")
    note = VendorRich(
        id="1",
        at=dt.datetime(2026, 11, 22, 10, 30),
        tags=["x"],
        counts={"a": 1},
        kind="b",
        ratio=2,
        maybe=Decimal("1.50"),
        mixed=5,
        who=worker,  # type: ignore[arg-type]
    )
    with plugins_registered(("socialwork-rich", RichPlugin())):
        text = to_json(note)
        back = from_json(text)
        assert back == note
        data = json.loads(text)
        data.update(at="x", tags=[1], kind="c", ratio="2", mixed=1.5)
        data["counts"]["a"] = "1"
        data["who"]["qqq"] = 1
        problems = problems_of(data)
    assert set(problems) == {
        "$.at",
        "$.tags[0]",
        "$.kind",
        "$.ratio",
        "$.mixed",
        "$.counts.a",
        "$.who",
    }
    assert problems["$.counts.a"] == "expected a whole number, got a string"
    assert '"a", "b"' in problems["$.kind"]


def _positive(_inst: Any, attribute: Any, value: int) -> None:
    if value <= 0:
        raise ValueError(f"{attribute.name} must be positive")


def _after_start(inst: Any, _attribute: Any, value: dt.date) -> None:
    if value < inst.start:  # reads another field: cannot run without the instance
        raise ValueError("end must not be before start")


@attrs.frozen
class VendorPeriod:
    start: dt.date
    end: dt.date = attrs.field(validator=_after_start)
    count: int = attrs.field(default=1, validator=_positive)


class PeriodPlugin:
    @hookimpl
    def register_models(self, register: Any) -> None:
        register(ModelSpec("vendor_period", VendorPeriod))


def test_plugin_validators_are_reported_with_paths() -> None:
    base = {"type": "vendor_period", "schema_version": 1, "start": "2026-01-10"}
    with plugins_registered(("socialwork-period", PeriodPlugin())):
        # A plain validator's message may quote the value: the path and the kind of problem
        # are reported, never that message (a vendor raises FieldError to word it).
        problems = problems_of({**base, "end": "2026-01-12", "count": 0})
        assert set(problems) == {"$.count"}
        assert problems["$.count"].startswith("is not a valid value: the validator of "
                                              "VendorPeriod.count refused it (ValueError")
        assert "positive" not in problems["$.count"]
        problems = problems_of({**base, "end": "2026-01-01"})
        assert set(problems) == {"$"}
        assert "VendorPeriod" in problems["$"] and "before start" not in problems["$"]
        ok = from_data({**base, "end": "2026-01-12", "count": 3})
        assert ok == VendorPeriod(dt.date(2026, 1, 10), dt.date(2026, 1, 12), 3)
