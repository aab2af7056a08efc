"""socialwork.model.validators gives plugin models the core's strictness."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import attrs
import pytest

from socialwork.errors import InputError
from socialwork.model import MAX_AMOUNT, FieldError, text_problem
from socialwork.model import validators as v
from socialwork.plugins import hookimpl
from socialwork.plugins.testing import plugins_registered
from socialwork.serialization import ModelSpec, from_json, to_json


@attrs.frozen
class Karta:
    numer: str = v.text_field()
    wydano: dt.date = v.date_field()  # noqa: RUF009 (an attrs field, see docs/plugins.md)
    kwota: Decimal = v.money_field()  # noqa: RUF009
    pesel: str | None = v.optional_pesel_field()
    uwagi: str | None = v.optional_text_field()
    cel: str = attrs.field(default="", validator=v.any_text)
    id: str = attrs.field(default="k-1", validator=v.identifier)


class KartaPlugin:
    @hookimpl
    def register_models(self, register: Any) -> None:
        register(ModelSpec("karta", Karta))


GOOD = {"numer": "K/1", "wydano": dt.date(2026, 11, 22), "kwota": Decimal("823.00")}


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("numer", "   ", "must not be empty"),
        ("numer", "a\x07b", "U+0007"),
        ("wydano", dt.datetime(2026, 11, 22, 10, 0), "datetime.date"),
        ("kwota", 823.0, "float"),
        ("kwota", 823, "Decimal"),
        ("kwota", Decimal("NaN"), "finite"),
        ("kwota", Decimal("-1"), "negative"),
        ("kwota", Decimal("1.001"), "2 decimal places"),
        ("kwota", Decimal("1E+3"), "plain notation"),
        ("kwota", MAX_AMOUNT + 1, "MAX_AMOUNT"),
        ("pesel", "44051401358", "check digit"),
        ("uwagi", "", "must not be empty"),
        ("cel", "\x00", "U+0000"),
        ("id", "-x", "id"),
    ],
)
def test_the_validators_refuse_like_the_core(field: str, value: object, fragment: str) -> None:
    with pytest.raises(FieldError) as caught:
        Karta(**{**GOOD, field: value})  # type: ignore[arg-type]
    problem = caught.value.problems[0]
    assert problem.path == f"$.{field}"
    assert fragment in problem.message
    if isinstance(value, str) and value.strip():
        assert value not in str(caught.value)  # never echoes the value


def test_pesel_is_masked_and_line_breaks_are_text() -> None:
    karta = Karta(**GOOD, pesel="44051401359", uwagi="a\r\nb\tc\nd")  # type: ignore[arg-type]
    assert "44051401359" not in repr(karta) and "1359" not in repr(karta)
    assert text_problem("a\r\nb") is None
    assert text_problem("a\x0bb") is not None


def test_from_json_reports_every_failing_field_with_its_path() -> None:
    with plugins_registered(("socialwork-karta", KartaPlugin())):
        data = json.loads(to_json(Karta(**GOOD)))  # type: ignore[arg-type]
        data.update(numer=" ", kwota="9" * 20, pesel="12345678901")
        with pytest.raises(InputError) as caught:
            from_json(json.dumps(data))
    assert sorted(p.path for p in caught.value.problems) == ["$.kwota", "$.numer", "$.pesel"]
