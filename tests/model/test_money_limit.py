"""One maximum for money (socialwork.model.MAX_AMOUNT) shared by the model, the law
computations and the documents' money helpers."""

from __future__ import annotations

import json
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialwork as sw
from socialwork import examples
from socialwork.documents import polish
from socialwork.law import allowances
from socialwork.model import MAX_AMOUNT, Decision, FieldError

DECISION = examples.path("decyzja").read_text(encoding="utf-8")


def _decision_json(**changes: object) -> str:
    data = json.loads(DECISION)
    data.update(changes)
    return json.dumps(data, ensure_ascii=False)


def test_the_maximum_is_below_a_bilion() -> None:
    assert Decimal("999999999999.99") == MAX_AMOUNT
    assert sw.model.MAX_AMOUNT is MAX_AMOUNT


@pytest.mark.parametrize("digits", [13, 30, 400, 5000])
def test_an_amount_above_the_maximum_is_refused_with_its_path(digits: int) -> None:
    with pytest.raises(sw.InputError) as caught:
        sw.from_json(_decision_json(amount="9" * digits))
    paths = [p.path for p in caught.value.problems]
    assert paths == ["$.amount"]
    message = caught.value.problems[0].message
    assert "MAX_AMOUNT" in message and "999 999 999 999.99" in message
    assert "9" * 13 not in str(caught.value)


def test_the_maximum_itself_loads_validates_and_renders() -> None:
    data = json.loads(DECISION)
    data["amount"] = str(MAX_AMOUNT)
    data["payments"] = []
    decision = sw.from_json(json.dumps(data))
    assert decision.amount == MAX_AMOUNT  # type: ignore[attr-defined]
    document = sw.render("decyzja", decision)
    assert document[:2] == b"PK"


def test_python_construction_refuses_too_much() -> None:
    decision = sw.from_json(DECISION)
    assert isinstance(decision, Decision)
    with pytest.raises(FieldError) as caught:
        attrs.evolve(decision, amount=MAX_AMOUNT + Decimal("0.01"))
    assert caught.value.problems[0].path == "$.amount"


def test_totals_printed_by_documents_are_bounded_too() -> None:
    decision = sw.from_json(DECISION)
    assert isinstance(decision, Decision) and decision.payments
    big = tuple(attrs.evolve(p, amount=MAX_AMOUNT) for p in decision.payments)
    with pytest.raises(sw.InputError) as caught:
        attrs.evolve(decision, payments=big)
    assert [p.path for p in caught.value.problems] == ["$.payments"]


@given(st.decimals(min_value=0, max_value=Decimal(10) ** 40, places=2, allow_nan=False))
def test_model_law_and_documents_agree_on_the_limit(amount: Decimal) -> None:
    within = amount <= MAX_AMOUNT
    try:
        allowances._money_in(amount, "income")
        law_ok = True
    except sw.InputError:
        law_ok = False
    try:
        polish.amount_in_words(amount)
        words_ok = True
    except polish.FormatError:
        words_ok = False
    decision = sw.from_json(DECISION)
    try:
        attrs.evolve(decision, amount=amount)
        model_ok = True
    except sw.InputError:
        model_ok = False
    assert law_ok is words_ok is model_ok is within
