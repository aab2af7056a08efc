"""extend_context cannot replace the core's context keys; broken plugin templates are
reported when they are registered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from socialwork.documents import TemplateSpec, context, render
from socialwork.documents.errors import TemplateDefinitionError, UnknownTemplateError
from socialwork.documents.text import document_text
from socialwork.plugins import PluginWarning, hookimpl, run_extend_context
from socialwork.plugins.testing import plugins_registered, registry_with
from socialwork.serialization import from_json

EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "socialwork" / "examples"
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def referral() -> Any:
    return from_json((EXAMPLES / "skierowanie.json").read_text(encoding="utf-8"))


class Clobber:
    @hookimpl
    def extend_context(self, context: dict[str, Any]) -> None:
        context["referral"] = "not a referral"
        context["on"] = "jutro"
        del context["date_pl"]
        context["acme_note"] = "kept"


class ClobberByReturn:
    @hookimpl
    def extend_context(self) -> dict[str, Any]:
        return {"template": {"name": "x"}, "acme_other": 1}


class SetsLetterhead:
    @hookimpl
    def extend_context(self, context: dict[str, Any]) -> None:
        context["letterhead"] = {"name": "GOPS", "lines": ("ul. A 1",), "text": "GOPS · ul. A 1"}


def test_core_keys_are_kept_and_the_plugin_named() -> None:
    case = referral()
    with (
        pytest.warns(PluginWarning) as caught,
        plugins_registered(("acme-clobber", Clobber()), ("acme-return", ClobberByReturn())),
    ):
        values = context("skierowanie", case, on=dt.date(2026, 1, 5))
        text = document_text(render("skierowanie", case, on=dt.date(2026, 1, 5)))
    assert values["referral"] is case
    assert values["on"] == dt.date(2026, 1, 5)
    assert callable(values["date_pl"])
    assert values["template"]["name"] == "skierowanie"
    assert values["acme_note"] == "kept" and values["acme_other"] == 1
    assert "5 stycznia 2026" in text
    messages = [str(w.message) for w in caught]
    clobber = [m for m in messages if "acme-clobber" in m]
    assert clobber and all(k in clobber[0] for k in ("'referral'", "'on'", "'date_pl'"))
    assert any("acme-return" in m and "'template'" in m for m in messages)


def test_letterhead_is_open_to_plugins() -> None:
    registry = registry_with(SetsLetterhead(), core=False)
    values: dict[str, Any] = {"referral": "r", "on": "d", "letterhead": None}
    run_extend_context("tpl", "obj", values, registry=registry)
    assert values["letterhead"]["name"] == "GOPS"
    assert values["referral"] == "r" and not list(registry.faults)


def test_explicit_protected_keys() -> None:
    registry = registry_with(Clobber(), core=False)
    values: dict[str, Any] = {"referral": "r", "on": "d", "date_pl": len}
    with pytest.warns(PluginWarning, match="'on'"):
        run_extend_context("tpl", "obj", values, registry=registry, protected={"on"})
    assert values["on"] == "d" and values["referral"] == "not a referral"


class BrokenTemplates:
    @hookimpl
    def register_templates(self, register: Any) -> None:
        register(
            TemplateSpec(name="acme-missing", path="/nonexistent/acme.docx",
                         model="referral", title="Brak pliku")
        )
        register(
            TemplateSpec(name="acme-tag", path=TEMPLATES / "skierowanie.docx",
                         model="acme_thing", title="Nieznany model")
        )


def test_broken_plugin_templates_are_reported_at_registration() -> None:
    with (
        pytest.warns(PluginWarning) as caught,
        plugins_registered(("socialwork-acme", BrokenTemplates())) as registry,
    ):
        faults = [str(f) for f in registry.problems("socialwork-acme")]
        assert any("'acme-missing'" in f and "/nonexistent/acme.docx" in f for f in faults)
        assert any("'acme-tag'" in f and "'acme_thing'" in f for f in faults)
        with pytest.raises(TemplateDefinitionError) as missing:
            render("acme-missing", referral())
        assert "socialwork-acme" in missing.value.message
        assert "does not exist" in missing.value.message
        with pytest.raises(UnknownTemplateError) as tag:
            render("acme-tag", referral())
        assert "socialwork-acme" in tag.value.message and "acme_thing" in tag.value.message
    assert all("socialwork-acme" in str(w.message) for w in caught)
    assert len(caught) == 2
