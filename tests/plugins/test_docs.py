"""Every hook is documented in docs/hooks.md with its exact signature (datasette's test)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from socialwork.plugins import hookspecs
from socialwork.plugins.manager import new_plugin_manager

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _specs() -> list[tuple[str, tuple[str, ...]]]:
    pm = new_plugin_manager()
    found = []
    for name in hookspecs.HOOKS:
        caller = getattr(pm.hook, name)
        assert caller.spec is not None
        found.append((name, tuple(caller.spec.argnames)))
    return found


@pytest.mark.parametrize(("name", "argnames"), _specs())
def test_hook_is_documented_with_its_signature(name: str, argnames: tuple[str, ...]) -> None:
    text = (DOCS / "hooks.md").read_text(encoding="utf-8")
    signature = f"{name}({', '.join(argnames)})"
    assert signature in text, f"{signature} is not in docs/hooks.md"


def test_every_hookspec_is_listed() -> None:
    defined = {n for n in dir(hookspecs) if hasattr(getattr(hookspecs, n), "socialwork_spec")}
    assert defined == set(hookspecs.HOOKS)


def test_no_documented_hook_is_unknown() -> None:
    text = (DOCS / "hooks.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^### `(\w+)\(", text, flags=re.MULTILINE))
    assert documented == set(hookspecs.HOOKS)


def test_plugin_guide_links_the_hook_reference_and_template_guide() -> None:
    text = (DOCS / "plugins.md").read_text(encoding="utf-8")
    assert "hooks.md" in text and "templates.md" in text
    assert "[project.entry-points.socialwork]" in text
