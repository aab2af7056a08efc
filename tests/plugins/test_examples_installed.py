"""The three example plugins under plugins/ are found through their entry points once
installed (``make test`` runs ``pip install -e plugins/<name>`` for each)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from socialwork.plugins import build_registry
from socialwork.plugins.discovery import installed

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = {
    "socialwork-niebieska-karta": "socialwork_niebieska_karta.plugin",
    "socialwork-gmina-przyklad": "socialwork_gmina_przyklad.plugin",
    "socialwork-eksport": "socialwork_eksport.plugin",
}


def test_every_example_folder_is_listed() -> None:
    folders = {p.parent.name for p in (ROOT / "plugins").glob("*/pyproject.toml")}
    assert folders == set(EXAMPLES)


@pytest.mark.parametrize(("dist", "module"), EXAMPLES.items())
def test_example_is_installed_with_its_entry_point(dist: str, module: str) -> None:
    found = [c for c in installed() if c.distribution == dist]
    assert len(found) == 1, f"{dist} is not installed: run make test (pip install -e plugins/…)"
    assert found[0].entry_point.value == module
    assert found[0].version == metadata.version(dist)


def test_examples_load_cleanly_together() -> None:
    registry = build_registry(env={"SOCIALWORK_PLUGINS": ",".join(EXAMPLES)})
    assert [p.name for p in registry.plugins] == ["socialwork", *sorted(EXAMPLES)]
    assert not registry.problems()
    assert registry.templates.owner("niebieska-karta-a") == "socialwork-niebieska-karta"
    assert registry.models.owner("niebieska_karta_a") == "socialwork-niebieska-karta"
    assert registry.profiles.owner("przykladowo") == "socialwork-gmina-przyklad"
    # the gmina's rule and figure live in its profile, not in the process-wide tables
    assert "GMINA-PRZYKLAD-001" not in registry.rules
    assert "periodic_allowance.gap_share" not in registry.parameters
    assert [r.code for r in registry.profiles["przykladowo"].rules] == ["GMINA-PRZYKLAD-001"]
    assert registry.plugin("socialwork-eksport").hooks == ("after_render",)


def test_cli_lists_the_examples(tmp_path: Path) -> None:
    env = dict(os.environ, SOCIALWORK_PLUGINS=",".join(EXAMPLES))
    done = subprocess.run(
        [sys.executable, "-m", "socialwork.cli", "plugins", "--json"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    listing = {item["name"]: item for item in json.loads(done.stdout)}
    for dist in EXAMPLES:
        assert listing[dist]["version"] == metadata.version(dist)
        assert listing[dist]["loaded"] is True
    assert listing["socialwork-niebieska-karta"]["registered"]["templates"] == ["niebieska-karta-a"]
