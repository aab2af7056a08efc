"""``socialwork plugins [--json]`` end to end, in a subprocess (as a user runs it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest


def run_cli(args: list[str], *, path: Path, plugins: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(path), str(Path(__file__).parent)])
    env["SOCIALWORK_PLUGINS"] = plugins
    return subprocess.run(
        [sys.executable, "-m", "socialwork.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


FAKE = """
from socialwork.plugins import hookimpl

@hookimpl
def extend_context(context):
    context["x"] = 1

@hookimpl
def after_render(document):
    pass
"""


@pytest.fixture
def dists(make_dist: Any, tmp_path: Path) -> Path:
    make_dist("acme-socialwork", "acme_cli", FAKE, version="3.1.4")
    make_dist("broken-plugin", "broken_cli", "raise ImportError('no')\n", version="0.0.1")
    return tmp_path


def test_plugins_json_lists_core_and_plugins(dists: Path) -> None:
    done = run_cli(["plugins", "--json"], path=dists, plugins="acme-socialwork,broken-plugin")
    assert done.returncode == 0, done.stderr
    listing = json.loads(done.stdout)
    by_name = {item["name"]: item for item in listing}
    assert listing[0]["name"] == "socialwork"
    assert by_name["acme-socialwork"]["version"] == "3.1.4"
    assert by_name["acme-socialwork"]["hooks"] == ["after_render", "extend_context"]
    assert set(by_name["socialwork"]["registered"]) == {
        "templates",
        "models",
        "rules",
        "converters",
        "parameters",
        "filters",
        "profiles",
    }
    assert by_name["broken-plugin"]["loaded"] is False
    assert by_name["broken-plugin"]["problems"]
    # the fault is shown on stderr, one line, naming the distribution
    (line,) = [x for x in done.stderr.splitlines() if "broken-plugin" in x]
    assert line.startswith("socialwork: plugin 'broken-plugin'"), done.stderr
    assert "plugins:0" not in done.stderr
    assert "Traceback" not in done.stderr


def test_plugins_text(dists: Path) -> None:
    done = run_cli(["plugins"], path=dists, plugins="acme-socialwork")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0].startswith("socialwork ")
    assert "acme-socialwork 3.1.4 [acme_cli = acme_cli]" in done.stdout
    assert "hooks: after_render, extend_context" in done.stdout


def test_clash_is_one_clear_line_exit_3(make_dist: Any, tmp_path: Path) -> None:
    source = """
from plugin_fakes import FakeRule
from socialwork.plugins import hookimpl
import socialwork.plugins.kinds as kinds
kinds.Kind.type = lambda self: None  # accept the fake objects in this subprocess

@hookimpl
def register_rules(register):
    register(FakeRule("SAME-1"))
"""
    make_dist("first-plugin", "first_clash", source)
    make_dist("second-plugin", "second_clash", source)
    done = run_cli(["plugins"], path=tmp_path, plugins="first-plugin,second-plugin")
    assert done.returncode == 3  # a configuration problem, not unusable input
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "'SAME-1'" in lines[0]
    assert "first-plugin" in lines[0] and "second-plugin" in lines[0]
    assert done.stdout == ""
