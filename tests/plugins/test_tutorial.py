"""The tutorial in docs/plugins.md works as written: its files are extracted, the template
is built, and the plugin validates and renders its example."""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "plugins.md"
FILE = re.compile(r"<!-- file: (?P<path>[^ ]+) -->\n```[a-z]*\n(?P<body>.*?)\n```", re.DOTALL)


def tutorial_files() -> dict[str, str]:
    return {m["path"]: m["body"] + "\n" for m in FILE.finditer(DOC.read_text(encoding="utf-8"))}


@pytest.fixture
def tutorial(tmp_path: Path) -> Iterator[Path]:
    for relative, body in tutorial_files().items():
        target = tmp_path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(body, encoding="utf-8")
    sys.path.insert(0, str(tmp_path / "src"))
    try:
        yield tmp_path
    finally:
        sys.path.remove(str(tmp_path / "src"))
        for name in [m for m in sys.modules if m.startswith("acme_zaswiadczenie")]:
            del sys.modules[name]


def test_tutorial_has_every_file() -> None:
    files = tutorial_files()
    assert {
        "pyproject.toml",
        "src/acme_zaswiadczenie/model.py",
        "src/acme_zaswiadczenie/rules.py",
        "src/acme_zaswiadczenie/plugin.py",
        "src/acme_zaswiadczenie/build_template.py",
        "src/acme_zaswiadczenie/examples/zaswiadczenie.json",
        "tests/test_acme.py",
    } <= set(files)
    project = tomllib.loads(files["pyproject.toml"])
    assert project["project"]["entry-points"]["socialwork"] == {"acme": "acme_zaswiadczenie.plugin"}


def test_tutorial_plugin_end_to_end(tutorial: Path) -> None:
    build = importlib.import_module("acme_zaswiadczenie.build_template")
    built = build.build(tutorial / "src" / "acme_zaswiadczenie" / "templates")
    assert built.exists()
    spec = importlib.util.spec_from_file_location(
        "tutorial_test_acme", tutorial / "tests" / "test_acme.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.test_renders_the_example()


def test_tutorial_template_is_lint_clean(tutorial: Path) -> None:
    from socialwork.documents.lint import lint
    from socialwork.plugins.testing import plugins_registered

    build = importlib.import_module("acme_zaswiadczenie.build_template")
    build.build(tutorial / "src" / "acme_zaswiadczenie" / "templates")
    plugin = importlib.import_module("acme_zaswiadczenie.plugin")
    with plugins_registered(("socialwork-acme-zaswiadczenie", plugin)) as registry:
        assert lint(registry.templates["acme-zaswiadczenie"]) == []
