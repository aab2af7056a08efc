"""The engine itself: matching, paths, all findings, fault isolation, plugin rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialwork.errors import InputError
from socialwork.plugins import hookimpl
from socialwork.plugins.testing import plugins_registered
from socialwork.rules import (
    Finding,
    Report,
    Rule,
    RuleContext,
    Violation,
    rule,
    validate,
)
from socialwork.rules.paths import join, path

ON = dt.date(2026, 3, 2)


@attrs.frozen
class Item:
    name: str
    due: dt.date | None = None


@attrs.frozen
class Box:
    items: tuple[Item, ...] = ()
    label: str = ""
    issued_on: dt.date | None = None


@rule("T-ITEM-1", "Pozycja musi mieć termin", applies_to=Item, legal_basis="§ 1 testu")
def _needs_due(item: Item, ctx: RuleContext) -> Iterator[Violation]:
    if item.due is None:
        yield Violation(f"Pozycja „{item.name}” nie ma terminu.", path="$.due")


@rule("T-BOX-1", "Pudełko musi mieć etykietę", applies_to="box", legal_basis="§ 2 testu",
      severity="warning")
def _needs_label(box: Box, ctx: RuleContext) -> str | None:
    return None if box.label else "Pudełko nie ma etykiety."


@rule("T-BOOM-1", "Reguła z błędem", applies_to=Box, legal_basis="§ 3 testu")
def _boom(box: Box, ctx: RuleContext) -> list[Violation]:
    raise ZeroDivisionError("secret 44051401359")


RULES = (_needs_due, _needs_label)


def test_all_findings_with_paths() -> None:
    box = Box(items=(Item("a"), Item("b", ON), Item("c")))
    report = validate(box, on=ON, rules=RULES)
    assert [(f.code, f.path) for f in report.findings] == [
        ("T-BOX-1", "$"),
        ("T-ITEM-1", "$.items[0].due"),
        ("T-ITEM-1", "$.items[2].due"),
    ]
    assert not report.ok
    assert len(report.errors) == 2 and len(report.warnings) == 1
    assert report.findings[1].legal_basis == "§ 1 testu"
    assert report.on == ON


def test_clean_object_is_ok() -> None:
    report = validate(Box(items=(Item("a", ON),), label="x"), on=ON, rules=RULES)
    assert report.ok and report.findings == ()


def test_warnings_only_is_ok() -> None:
    report = validate(Box(), on=ON, rules=RULES)
    assert report.ok and report.codes == ("T-BOX-1",)


def test_raising_rule_is_reported_not_raised() -> None:
    box = Box(items=(Item("a"),))
    report = validate(box, on=ON, rules=(_boom, *RULES))
    boom = report.by_code("T-BOOM-1")
    assert len(boom) == 1 and boom[0].severity == "warning"
    assert "T-BOOM-1" in boom[0].message and "ZeroDivisionError" in boom[0].message
    assert "44051401359" not in boom[0].message
    # the other rules still ran
    assert "T-ITEM-1" in report.codes and "T-BOX-1" in report.codes


def test_rule_returning_garbage_is_isolated() -> None:
    bad = Rule("T-BAD-1", "zła", "error", "§ 4", Box, lambda obj, ctx: [42])
    report = validate(Box(label="x"), on=ON, rules=(bad,))
    assert report.codes == ("T-BAD-1",) and report.findings[0].severity == "warning"


def test_on_defaults_to_object_date() -> None:
    seen: list[dt.date] = []

    def check(obj: Any, ctx: RuleContext) -> None:
        seen.append(ctx.on)

    spy = Rule("T-SPY-1", "spy", "warning", "§ 5", Box, check)
    report = validate(Box(issued_on=dt.date(2021, 5, 4)), rules=(spy,))
    assert seen == [dt.date(2021, 5, 4)] and report.on == dt.date(2021, 5, 4)


def test_context_gives_ancestors_and_related() -> None:
    got: list[Any] = []

    def check(item: Item, ctx: RuleContext) -> None:
        got.append((ctx.path, ctx.nearest(Box) is not None, len(ctx.objects(Item))))

    spy = Rule("T-SPY-2", "spy", "warning", "§ 5", Item, check)
    validate(Box(items=(Item("a"),)), on=ON, related=[Item("x")], rules=(spy,))
    assert got == [("$.items[0]", True, 2)]


def test_finding_contract() -> None:
    f = Finding("X-1", "error", "Brak.", "art. 1 u.p.s.", "$.a")
    assert f.to_dict() == {
        "code": "X-1", "severity": "error", "path": "$.a", "message": "Brak.",
        "legal_basis": "art. 1 u.p.s.",
    }
    with pytest.raises(ValueError):
        Finding("X-1", "fatal", "m", "b")  # type: ignore[arg-type]
    report = Report((f,), on=ON)
    assert report.to_dict()["errors"] == 1 and report.to_dict()["on"] == "2026-03-02"


def test_rule_code_and_target_validated() -> None:
    with pytest.raises(ValueError):
        Rule("bad code", "t", "error", "b", Box, lambda o, c: None)
    with pytest.raises(ValueError):
        Rule("T-OK-1", "t", "error", "b", (), lambda o, c: None)


def test_not_a_model_object() -> None:
    with pytest.raises(InputError):
        validate({"type": "decision"})


@given(st.lists(st.text(max_size=5), max_size=5))
def test_paths_join(parts: list[str]) -> None:
    built = path(*parts)
    assert built.startswith("$")
    assert join("$.a[1]", built) == "$.a[1]" + built[1:]
    assert join("$.a", "$") == "$.a"
    assert join("$.a", "b") == "$.a.b"


class _Plugin:
    @hookimpl
    def register_rules(self, register: Any) -> None:
        register(_needs_due)
        register(_boom)


def test_plugin_registered_rule_runs() -> None:
    with plugins_registered(("acme-rules", _Plugin())) as registry:
        assert registry.rules.owner("T-ITEM-1") == "acme-rules"
        report = validate(Box(items=(Item("a"),)), on=ON)
    assert "T-ITEM-1" in report.codes
    boom = report.by_code("T-BOOM-1")
    assert boom and "acme-rules" in boom[0].message


def test_rule_refusing_the_data_is_a_warning_not_a_crash() -> None:
    def check(obj: Any, ctx: RuleContext) -> None:
        raise InputError("date before 2004-05-01")

    refusing = Rule("T-DATA-1", "dane", "error", "§ 6", Box, check)
    report = validate(Box(label="x"), on=ON, rules=(refusing,))
    assert report.codes == ("T-DATA-1",) and report.ok
    assert "Nie można sprawdzić" in report.findings[0].message


@attrs.frozen
class RentNote:
    """A vendor's own model type, registered under a tag unlike its class name."""

    amount: int
    worker: Any = None


class _ModelPlugin:
    @hookimpl
    def register_models(self, register: Any) -> None:
        from socialwork.serialization import ModelSpec

        register(ModelSpec("acme_rent", RentNote))

    @hookimpl
    def register_rules(self, register: Any) -> None:
        @rule("ACME-RENT-1", "Czynsz dodatni", applies_to="acme_rent", legal_basis="§ 7 uchwały")
        def positive(note: RentNote, ctx: RuleContext) -> Iterator[Violation]:
            if note.amount <= 0:
                yield Violation("Czynsz musi być dodatni.", path="$.amount")

        register(positive)


def test_plugin_model_type_and_tag_rule_with_core_rules_inside() -> None:
    from .builders import worker

    with plugins_registered(("acme", _ModelPlugin())):
        report = validate(RentNote(0, worker=worker(qualification=None)), on=ON)
        clean = validate(RentNote(5), on=ON)
    assert ("ACME-RENT-1", "$.amount") in [(f.code, f.path) for f in report.findings]
    # the core's rules run on core objects inside the vendor's object
    assert ("SW-STF-001", "$.worker.qualification") in [(f.code, f.path) for f in report.findings]
    assert clean.findings == ()


def test_on_accepts_iso_text_and_refuses_garbage() -> None:
    assert validate(Box(), on="2026-03-02", rules=RULES).on == ON
    with pytest.raises(InputError):
        validate(Box(), on="2 marca", rules=RULES)
    with pytest.raises(InputError):
        validate(Box(), on=20260302, rules=RULES)  # type: ignore[arg-type]
