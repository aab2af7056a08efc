"""docs/rules.md is generated from the registry and must be up to date."""

from __future__ import annotations

from pathlib import Path

from build_docs import main
from socialwork.plugins import get_registry
from socialwork.rules import BUILTIN_RULES
from socialwork.rules.catalogue import render

DOC = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def test_docs_rules_md_is_up_to_date() -> None:
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/rules.md is stale: run make docs"
    )


def test_every_builtin_rule_is_registered_and_listed() -> None:
    table = get_registry().rules
    text = render()
    for rule in BUILTIN_RULES:
        assert table.owner(rule.code) == "socialwork"
        assert f"| `{rule.code}` | {rule.severity} |" in text
        assert str(rule.legal_basis) in text


def test_codes_are_unique_and_follow_the_scheme() -> None:
    codes = [r.code for r in BUILTIN_RULES]
    assert len(codes) == len(set(codes))
    assert all(c.startswith(("SW-INT-", "SW-DEC-", "SW-BEN-", "SW-CON-", "SW-REF-", "SW-STF-",
                                   "SW-DPS-", "SW-CNT-", "SW-ZAW-", "SW-OJC-",
                                   "SW-ALI-", "SW-AST-", "SW-HOM-", "SW-POZ-"))
               for c in codes)


def test_make_docs_writes_then_checks(tmp_path: Path) -> None:
    assert main(["--docs", str(tmp_path), "--check"]) == 1
    assert main(["--docs", str(tmp_path)]) == 0
    assert main(["--docs", str(tmp_path), "--check"]) == 0
    assert (tmp_path / "rules.md").read_text(encoding="utf-8") == render()


def test_the_documented_plugin_rule_works() -> None:
    from socialwork.plugins.testing import plugins_registered
    from socialwork.rules import validate

    from .builders import contract

    source = render().split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, object] = {}
    exec(compile(source, "docs/rules.md", "exec"), namespace)
    plugin = type("DocPlugin", (), {"register_rules": staticmethod(namespace["register_rules"])})
    with plugins_registered(("acme", plugin)):
        report = validate(contract(number="12/2025"))
    found = report.by_code("ACME-CON-1")
    assert [f.path for f in found] == ["$.number"]
    assert found[0].legal_basis == "§ 4 regulaminu Ośrodka"
