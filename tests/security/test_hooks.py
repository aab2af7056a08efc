"""Plugin hooks under attack: a hook that sleeps is cut off after the (configurable) time
budget and named; a hook that changes the context in place and then raises leaves the context
exactly as it was."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from security.helpers import make_dist, run_cli, text
from socialwork import examples
from socialwork.errors import ConfigurationError
from socialwork.plugins import PluginWarning, hookimpl
from socialwork.plugins.budget import DEFAULT_HOOK_TIMEOUT, hook_timeout
from socialwork.plugins.lifecycle import run_extend_context
from socialwork.plugins.manager import build_registry, new_plugin_manager
from socialwork.serialization import to_json

SLEEPY_REGISTRATION = '''
import time
from socialwork import hookimpl

@hookimpl
def register_rules(register):
    time.sleep(600)
'''

SLEEPY_CONTEXT = '''
import time
from socialwork import hookimpl

@hookimpl
def extend_context(context):
    time.sleep(600)
    context["late"] = 1
'''


@pytest.fixture
def case(tmp_path: Path) -> Path:
    path = tmp_path / "case.json"
    path.write_text(to_json(examples.load("skierowanie")), encoding="utf-8")
    return path


def test_a_blocking_registration_hook_no_longer_hangs_validate(tmp_path: Path, case: Path) -> None:
    site = tmp_path / "site"
    make_dist(site, "acme-sleepy", "acme_sleepy", SLEEPY_REGISTRATION)
    started = time.monotonic()
    done = run_cli("validate", str(case), path=site, plugins="acme-sleepy",
                   env={"SOCIALWORK_HOOK_TIMEOUT": "1"}, timeout=60)  # fmt: skip
    err = text(done.stderr)
    assert done.returncode in (0, 1), err
    assert "plugin 'acme-sleepy' in register_rules: did not return within 1 s" in err
    assert "SOCIALWORK_HOOK_TIMEOUT" in err
    assert time.monotonic() - started < 50


def test_a_sleeping_extend_context_no_longer_hangs_render(tmp_path: Path, case: Path) -> None:
    site = tmp_path / "site"
    make_dist(site, "acme-slow", "acme_slow", SLEEPY_CONTEXT)
    out = tmp_path / "s.docx"
    done = run_cli("render", "skierowanie", str(case), "-o", str(out), path=site,
                   plugins="acme-slow", env={"SOCIALWORK_HOOK_TIMEOUT": "1"},
                   timeout=60)  # fmt: skip
    err = text(done.stderr)
    assert done.returncode == 0, err
    assert "plugin 'acme-slow' in extend_context: did not return within 1 s" in err
    assert out.read_bytes().startswith(b"PK")


def test_the_budget_setting() -> None:
    assert hook_timeout({}) == DEFAULT_HOOK_TIMEOUT == 10.0
    assert hook_timeout({"SOCIALWORK_HOOK_TIMEOUT": "0"}) == 0
    assert hook_timeout({"SOCIALWORK_HOOK_TIMEOUT": "2.5"}) == 2.5
    for bad in ("inf", "nan", "-1", "soon"):
        with pytest.raises(ConfigurationError, match="SOCIALWORK_HOOK_TIMEOUT"):
            hook_timeout({"SOCIALWORK_HOOK_TIMEOUT": bad})


# ------------------------------------------------------------------ context copy / restore


class _Mutator:
    """Changes the context in place (nested values too), then raises."""

    @hookimpl
    def extend_context(self, context: dict[str, Any]) -> None:
        context["template"]["name"] = "podmieniony"
        context["shared"].append("plugin was here")
        context["shared_map"]["k"] = "changed"
        context["new"] = "added"
        raise RuntimeError("boom")


class _InPlaceCoreChange:
    @hookimpl
    def extend_context(self, context: dict[str, Any]) -> None:
        context["template"]["title"] = "cudzy tytuł"
        context["mine"] = 1


def _registry(plugin: object) -> Any:
    pm = new_plugin_manager()
    pm.register(plugin, name="acme-mutator")
    return build_registry(pm)


def test_changes_of_a_hook_that_raises_are_all_undone() -> None:
    registry = _registry(_Mutator())
    context: dict[str, Any] = {
        "template": {"name": "skierowanie", "title": "Skierowanie"},
        "shared": ["core"],
        "shared_map": {"k": "v"},
    }
    before = {"template": dict(context["template"]), "shared": ["core"], "shared_map": {"k": "v"}}
    with pytest.warns(PluginWarning, match="acme-mutator"):
        run_extend_context(None, None, context, registry=registry, protected={"template"})
    assert context == before


def test_in_place_change_of_a_core_key_is_ignored_and_reported() -> None:
    registry = _registry(_InPlaceCoreChange())
    original = {"name": "skierowanie", "title": "Skierowanie"}
    context: dict[str, Any] = {"template": original}
    with pytest.warns(PluginWarning, match="'template'"):
        run_extend_context(None, None, context, registry=registry)
    assert context["template"] is original and original["title"] == "Skierowanie"
    assert context["mine"] == 1


def test_a_hook_sees_the_callers_context_variables() -> None:
    import contextvars

    from socialwork.plugins.budget import call_with_budget

    current: contextvars.ContextVar[str] = contextvars.ContextVar("current", default="none")
    current.set("gmina-lipowiec")
    assert call_with_budget(current.get, timeout=5) == "gmina-lipowiec"
    with pytest.raises(ZeroDivisionError):
        call_with_budget(lambda: 1 / 0, timeout=5)


SLOW_RULE = '''
import time
from socialwork import hookimpl
from socialwork.rules import Rule


def _check(obj, ctx):
    time.sleep(600)
    yield "never"


@hookimpl
def register_rules(register):
    register(Rule(code="ACME-SLOW-001", title="wolna reguła", severity="error",
                  legal_basis="art. 1 u.p.s.", applies_to="referral", check=_check))
'''


def test_a_plugin_rule_that_hangs_is_cut_off_and_named(tmp_path: Path, case: Path) -> None:
    site = tmp_path / "site"
    make_dist(site, "acme-slow-rule", "acme_slow_rule", SLOW_RULE)
    done = run_cli("validate", "--json", str(case), path=site, plugins="acme-slow-rule",
                   env={"SOCIALWORK_HOOK_TIMEOUT": "1"}, timeout=60)  # fmt: skip
    assert done.returncode in (0, 1), text(done.stderr)
    import json

    findings = json.loads(done.stdout)["findings"]
    (slow,) = [f for f in findings if f["code"] == "ACME-SLOW-001"]
    assert slow["severity"] == "warning"
    assert "acme-slow-rule" in slow["message"] and "1 s" in slow["message"]
