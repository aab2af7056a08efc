"""Start-up: ``socialwork --version`` and ``--help`` answer without loading the library, and a
command loads only its own module (speed itself is measured in benchmarks/, not here)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import io, json, sys, contextlib
from socialwork.cli import main
out = io.StringIO()
code = None
with contextlib.redirect_stdout(out):
    try:
        main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code
heavy = ("attr", "attrs", "cattrs", "jinja2", "pluggy", "lxml", "docxtpl", "importlib.metadata")
loaded = sorted(m for m in sys.modules if m.startswith("socialwork") or m in heavy)
print(json.dumps({"code": code, "out": out.getvalue(), "loaded": loaded}))
"""


def _probe(*args: str) -> dict[str, object]:
    completed = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=60,
        check=True,
    )
    result: dict[str, object] = json.loads(completed.stdout.splitlines()[-1])
    return result


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_load_nothing_of_the_library(option: str) -> None:
    result = _probe(option)
    assert result["code"] == 0
    assert set(result["loaded"]) <= {  # type: ignore[arg-type]
        "socialwork", "socialwork.cli", "socialwork.cli._common", "socialwork.version"
    }, result["loaded"]


def test_version_is_the_installed_one() -> None:
    from importlib import metadata

    result = _probe("--version")
    assert result["out"] == f"socialwork {metadata.version('socialwork')}\n"


def test_help_lists_every_command() -> None:
    from socialwork.cli import COMMANDS

    text = str(_probe("--help")["out"])
    for name in COMMANDS:
        assert f"    {name}" in text


def test_a_command_loads_only_its_own_module() -> None:
    result = _probe("calc", "criterion", "--on", "2026-01-01")
    assert result["code"] is None or result["code"] == 0
    loaded = set(result["loaded"])  # type: ignore[arg-type]
    assert "socialwork.cli.calc" in loaded
    assert not loaded & {"socialwork.cli.render", "socialwork.cli.demo", "docxtpl", "jinja2"}


def test_every_command_module_registers_its_commands() -> None:
    from socialwork.cli import COMMANDS, build_parser

    parser = build_parser("*")
    actions = [a for a in parser._actions if a.dest == "command"]
    assert set(COMMANDS) <= set(actions[0].choices)  # type: ignore[arg-type]
