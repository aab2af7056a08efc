"""Numbers over 28 significant digits were rounded silently (hectares ``"1"*29``); a
``concluded_on`` of ``0001-01-01`` loaded and then failed inside the kontrakt template. Both
are refused at input with their JSON path."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from security.helpers import run_cli, text
from socialwork import examples
from socialwork.errors import InputError
from socialwork.model import FieldError
from socialwork.model._base import EARLIEST_DATE, LATEST_DATE
from socialwork.serialization import from_json, to_json


def _problems(data: object) -> dict[str, str]:
    with pytest.raises(InputError) as caught:
        from_json(json.dumps(data))
    return {p.path: p.message for p in caught.value.problems}


def _first_income(data: object, path: str = "$") -> tuple[dict[str, object], str] | None:
    if isinstance(data, dict):
        if "gross" in data and "kind" in data:
            return data, path
        items = data.items()
    elif isinstance(data, list):
        items = ((f"[{i}]", v) for i, v in enumerate(data))  # type: ignore[assignment]
    else:
        return None
    for key, value in items:
        step = f"{path}{key}" if str(key).startswith("[") else f"{path}.{key}"
        found = _first_income(value, step)
        if found:
            return found
    return None


def test_hectares_with_29_significant_digits_are_refused() -> None:
    from socialwork.model import Income, IncomeKind

    income = Income(person_id="p1", kind=IncomeKind.FARM, month=dt.date(2026, 9, 1),
                    gross=Decimal("0.00"), hectares=Decimal("1.5"))  # fmt: skip
    with pytest.raises(FieldError, match="28 significant digits") as caught:
        attrs.evolve(income, hectares=Decimal("1" * 29))
    assert "1" * 29 not in str(caught.value)
    # from JSON, with the path
    data = json.loads(to_json(examples.load("rodzina")))
    found = _first_income(data)
    assert found is not None
    item, path = found
    item.update(kind="farm", gross="0.00", hectares="1" * 25 + ".1234")
    for key in ("income_tax", "health_contribution", "social_contributions"):
        item[key] = "0.00"
    problems = _problems(data)
    assert "28 significant digits" in problems[f"{path}.hectares"], problems
    item["hectares"] = "1" * 24 + ".1234"  # 28 digits: kept exactly
    family = from_json(json.dumps(data))
    assert f'"hectares": "{"1" * 24}.1234"' in to_json(family)


def test_concluded_on_year_one_is_refused_at_input(tmp_path: Path) -> None:
    data = json.loads(to_json(examples.load("kontrakt-socjalny")))
    data["concluded_on"] = "0001-01-01"
    problems = _problems(data)
    assert "between 1900-01-01 and 2100-12-31" in problems["$.concluded_on"]
    case = tmp_path / "k.json"
    case.write_text(json.dumps(data), encoding="utf-8")
    done = run_cli("render", "kontrakt-socjalny", str(case), "-o", str(tmp_path / "k.docx"))
    err = text(done.stderr)
    assert done.returncode == 2 and "$.concluded_on" in err and "template" not in err, err


@given(st.dates())
def test_any_date_outside_the_range_is_refused_with_its_path(day: dt.date) -> None:
    data = json.loads(to_json(examples.load("osoba")))
    data["birth_date"] = day.isoformat()
    data.pop("pesel", None)
    data["identity_document"] = data.get("identity_document") or {
        "kind": "passport",
        "number": "AB123",
    }
    if EARLIEST_DATE <= day <= LATEST_DATE:
        return
    assert "between 1900-01-01" in _problems(data)["$.birth_date"]
