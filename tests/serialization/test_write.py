"""to_json never writes what from_json refuses (vendor classes with plain fields)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialwork.errors import InputError
from socialwork.plugins import hookimpl
from socialwork.plugins.testing import plugins_registered
from socialwork.serialization import ModelSpec, from_json, to_json


@attrs.frozen
class Wpis:
    kwota: Decimal
    cel: str
    wydano: dt.date
    uwagi: tuple[str, ...] = ()
    kwoty: dict[str, Decimal] = attrs.field(factory=dict)
    wskaznik: float = 0.0


class WpisPlugin:
    @hookimpl
    def register_models(self, register: Any) -> None:
        register(ModelSpec("wpis", Wpis))


BASE = Wpis(kwota=Decimal("10.50"), cel="zakup opału", wydano=dt.date(2026, 11, 22))


@pytest.fixture(autouse=True)
def _vendor() -> Any:
    with plugins_registered(("socialwork-wpis", WpisPlugin())):
        yield


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"kwota": Decimal("NaN")}, "$.kwota"),
        ({"kwota": Decimal("-Infinity")}, "$.kwota"),
        ({"cel": "a\x07b"}, "$.cel"),
        ({"uwagi": ("dobrze", "\x00")}, "$.uwagi[1]"),
        ({"kwoty": {"x": Decimal("sNaN")}}, "$.kwoty.x"),
        ({"wskaznik": float("nan")}, "$.wskaznik"),
    ],
)
def test_what_from_json_refuses_is_refused_at_to_json(changes: dict[str, Any], path: str) -> None:
    with pytest.raises(InputError) as caught:
        to_json(attrs.evolve(BASE, **changes))
    assert [p.path for p in caught.value.problems] == [path]
    assert "cannot write wpis" in str(caught.value)


def test_every_unwritable_field_is_listed() -> None:
    with pytest.raises(InputError) as caught:
        to_json(attrs.evolve(BASE, kwota=Decimal("NaN"), cel="\x1b"))
    assert sorted(p.path for p in caught.value.problems) == ["$.cel", "$.kwota"]


@pytest.mark.parametrize("kwota", ["1E+3", "1.5E+2", "0E+5", "1E-7", "-2.5E+1"])
def test_exponent_decimals_are_written_plainly_and_round_trip(kwota: str) -> None:
    wpis = attrs.evolve(BASE, kwota=Decimal(kwota))
    text = to_json(wpis)
    assert "E" not in text
    assert from_json(text) == wpis


@given(
    st.decimals(allow_nan=False, allow_infinity=False),
    st.text(alphabet=st.characters(codec="utf-8")),
)
def test_to_json_output_always_loads(kwota: Decimal, cel: str) -> None:
    wpis = attrs.evolve(BASE, kwota=kwota, cel=cel)
    try:
        text = to_json(wpis)
    except InputError as exc:
        assert [p.path for p in exc.problems] == ["$.cel"]
        return
    assert from_json(text) == wpis
