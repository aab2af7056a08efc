"""The pouczenie of a decyzja names the appeal organ (Decision.appeal_body) when given."""

from __future__ import annotations

import attrs

import socialwork as sw
from socialwork import examples
from socialwork.documents.text import document_text
from socialwork.model import Decision


def _text(decision: Decision) -> str:
    return " ".join(document_text(sw.render("decyzja", decision)).split())


def test_the_named_appeal_organ_is_printed_in_the_nominative() -> None:
    decision = examples.load("decyzja")
    assert isinstance(decision, Decision)
    named = attrs.evolve(decision, appeal_body="Samorządowe Kolegium Odwoławcze w Radomierzu")
    text = _text(named)
    assert (
        "stronie służy odwołanie do organu odwoławczego, którym jest Samorządowe Kolegium "
        "Odwoławcze w Radomierzu, wnoszone za pośrednictwem organu, który wydał decyzję"
    ) in text
    assert "do Samorządowego Kolegium Odwoławczego," not in text


def test_without_it_the_sko_is_named_generically() -> None:
    decision = examples.load("decyzja-odmowa")
    assert isinstance(decision, Decision)
    text = _text(attrs.evolve(decision, appeal_body=None))
    assert (
        "stronie służy odwołanie do Samorządowego Kolegium Odwoławczego, wnoszone za "
        "pośrednictwem organu"
    ) in text
    assert "organu odwoławczego, którym jest" not in text


def test_the_name_is_printed_exactly_as_typed() -> None:
    decision = examples.load("decyzja")
    assert isinstance(decision, Decision)
    text = _text(attrs.evolve(decision, appeal_body="SKO <Radomierz> & okolice"))
    assert "którym jest SKO <Radomierz> & okolice, wnoszone" in text
