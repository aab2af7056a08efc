"""Lifecycle hooks: extend_context and after_render, with fault isolation."""

from __future__ import annotations

import warnings
from typing import Any

import pytest

from socialwork.plugins import (
    PluginWarning,
    get_registry,
    hookimpl,
    run_after_render,
    run_extend_context,
)
from socialwork.plugins.testing import plugins_registered, registry_with

PESEL = "44051401359"


class Letterhead:
    @hookimpl
    def extend_context(self, context: dict[str, Any]) -> None:
        context["letterhead"] = "MOPS w Przykładowie"


class Returns:
    @hookimpl
    def extend_context(self, template: Any, obj: Any) -> dict[str, Any]:
        return {"seen": (template, obj)}


class Raises:
    @hookimpl
    def extend_context(self, obj: Any, context: dict[str, Any]) -> None:
        context["half"] = True
        raise ValueError(f"cannot handle {obj}")  # quotes case data

    @hookimpl
    def after_render(self, obj: Any) -> None:
        raise KeyError(obj)


class Audit:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, Any, bytes]] = []

    @hookimpl
    def after_render(self, template: Any, obj: Any, document: bytes) -> str:
        self.calls.append((template, obj, document))
        return "ignored"


def test_extend_context_mutation_and_returned_dict_are_merged() -> None:
    registry = registry_with(Letterhead(), Returns(), core=False)
    context: dict[str, Any] = {"client": "c"}
    identity = id(context)
    run_extend_context("tpl", "obj", context, registry=registry)
    assert id(context) == identity
    assert context == {
        "client": "c",
        "letterhead": "MOPS w Przykładowie",
        "seen": ("tpl", "obj"),
    }


def test_a_raising_plugin_changes_nothing_and_leaks_no_case_data() -> None:
    registry = registry_with(("bad-plugin", Raises()), Letterhead(), core=False)
    context: dict[str, Any] = {}
    with pytest.warns(PluginWarning) as record:
        run_extend_context("tpl", f"PESEL {PESEL}", context, registry=registry)
        run_after_render("tpl", f"PESEL {PESEL}", b"doc", registry=registry)
    assert context == {"letterhead": "MOPS w Przykładowie"}
    messages = [str(w.message) for w in record]
    assert any("bad-plugin" in m and "extend_context" in m and "ValueError" in m for m in messages)
    assert any("bad-plugin" in m and "after_render" in m and "KeyError" in m for m in messages)
    assert all(PESEL not in m for m in messages)
    assert all(PESEL not in str(f) for f in registry.problems())


def test_bad_return_values_are_discarded() -> None:
    class ReturnsList:
        @hookimpl
        def extend_context(self, context: dict[str, Any]) -> list[str]:
            context["x"] = 1
            return ["nope"]

    class NonStringKey:
        @hookimpl
        def extend_context(self) -> dict[Any, Any]:
            return {1: "one"}

    registry = registry_with(("lister", ReturnsList()), ("keyer", NonStringKey()), core=False)
    context: dict[str, Any] = {}
    with pytest.warns(PluginWarning) as record:
        run_extend_context("t", "o", context, registry=registry)
    assert context == {}
    text = " ".join(str(w.message) for w in record)
    assert "lister" in text and "keyer" in text


def test_after_render_receives_the_document_and_return_is_ignored() -> None:
    audit = Audit()
    registry = registry_with(("audit", audit), ("bad", Raises()), core=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PluginWarning)
        run_after_render("tpl", "obj", b"%PDF", registry=registry)
    assert audit.calls == [("tpl", "obj", b"%PDF")]


def test_repeated_faults_are_warned_once_and_counted() -> None:
    registry = registry_with(("bad", Raises()), core=False)
    with pytest.warns(PluginWarning) as record:
        for _ in range(50):
            run_after_render("tpl", "obj", b"x", registry=registry)
    assert len(record) == 1
    (fault,) = registry.problems("bad")
    assert registry.faults.count(fault) == 50


def test_runners_use_the_active_registry() -> None:
    audit = Audit()
    with plugins_registered(("audit", audit), Letterhead()):
        context: dict[str, Any] = {}
        run_extend_context("t", "o", context)
        run_after_render("t", "o", b"d")
    assert context["letterhead"] == "MOPS w Przykładowie"
    assert len(audit.calls) == 1
    # outside the block the plugins are gone again
    outside: dict[str, Any] = {}
    run_extend_context("t", "o", outside, registry=registry_with(core=False))
    assert outside == {}
    assert get_registry() is not None


def test_tryfirst_and_trylast_are_honoured() -> None:
    order: list[str] = []

    class Late:
        @hookimpl(trylast=True)
        def extend_context(self, context: dict[str, Any]) -> None:
            order.append("late")
            context["who"] = "late"

    class Early:
        @hookimpl(tryfirst=True)
        def extend_context(self, context: dict[str, Any]) -> None:
            order.append("early")
            context["who"] = "early"

    registry = registry_with(Late(), Early(), core=False)
    context: dict[str, Any] = {}
    run_extend_context("t", "o", context, registry=registry)
    assert order == ["early", "late"]
    assert context["who"] == "late"  # later plugins see and may refine earlier additions
