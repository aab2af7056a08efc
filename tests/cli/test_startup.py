"""Start-up: ``socialwork --version`` and ``--help`` answer without loading the library, and a
command loads only its own module (speed itself is measured in benchmarks/, not here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

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


def _run_probe(script: str, *args: str) -> dict[str, Any]:
    """Run ``script`` in a new Python with ``args``; its last line of output, parsed."""
    completed = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=120,
        check=True,
    )
    result: dict[str, Any] = json.loads(completed.stdout.splitlines()[-1])
    return result


def _probe(*args: str) -> dict[str, Any]:
    return _run_probe(PROBE, *args)


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


# ---------------------------------------------------------------- what `validate` loads

ENGINES = ("jinja2", "lxml", "docx", "docxtpl", "holidays", "num2words", "babel")
"""Libraries a one-document ``validate`` needs none of: the template engine and its
helpers (a kontrakt has no deadline to compute and no amount to write in words)."""

VALIDATE_PROBE = """
import io, json, sys, contextlib, warnings
from socialwork.cli import main
out = io.StringIO()
code = None
with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(out):
    warnings.simplefilter("always")
    try:
        main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code
engines = sorted({m.split(".")[0] for m in sys.modules} & set(json.loads(ENGINES)))
documents = sorted(m for m in sys.modules if m.startswith("socialwork.documents."))
models = sorted(m for m in sys.modules if m.startswith("socialwork.model") or ".model" in m)
print(json.dumps({"code": code, "out": out.getvalue(), "engines": engines,
                  "documents": documents, "models": models,
                  "warnings": [str(w.message) for w in caught]}))
"""


def _validate_probe(*args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    import os

    code = VALIDATE_PROBE.replace("json.loads(ENGINES)", repr(list(ENGINES)))
    completed = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120,
        check=True, env={**os.environ, **(env or {})},
    )
    result: dict[str, Any] = json.loads(completed.stdout.splitlines()[-1])
    return result


def _example(name: str) -> str:
    from socialwork.examples import EXAMPLES_DIR

    return str(EXAMPLES_DIR / f"{name}.json")


def test_validate_loads_no_template_engine() -> None:
    result = _validate_probe("validate", _example("kontrakt-socjalny"))
    assert result["code"] in (None, 0), result
    assert "social_contract: bez błędów" in result["out"]
    assert result["engines"] == [], result["engines"]
    # registration needs the template and converter declarations, not the engine
    assert "socialwork.documents.engine" not in result["documents"]
    assert "socialwork.documents.environment" not in result["documents"]
    assert "socialwork.documents.compiler" not in result["documents"]
    # nor LibreOffice's machinery: the pdf converter is declared in a light module
    assert "socialwork.documents.pdf" not in result["documents"]
    assert "socialwork.documents.converters" in result["documents"]


KONTRAKT_MODELS = {
    "socialwork.model",
    "socialwork.model._base",
    "socialwork.model.spec",
    "socialwork.model.validators",
    "socialwork.model.enums",
    "socialwork.model.benefits",
    "socialwork.model.pesel",
    "socialwork.model.people",
    "socialwork.model.staff",
    "socialwork.model.common",
    "socialwork.model.contract",
}
"""The model modules a kontrakt is made of (and the enumerations its rules name), at most."""


def test_validate_loads_only_the_models_the_document_needs() -> None:
    """Model types are registered by reference and rules name their models by tag: checking
    a kontrakt does not build the ~150 classes of every other document."""
    result = _validate_probe("validate", "--json", _example("kontrakt-socjalny"))
    assert result["code"] in (None, 0), result
    assert json.loads(result["out"])["ok"] is True
    loaded = set(result["models"])
    assert "socialwork.model.contract" in loaded
    assert loaded <= KONTRAKT_MODELS, sorted(loaded - KONTRAKT_MODELS)
    for other in (
        "dps", "interview", "alimony", "alimony_interview", "homelessness", "referral",
        "crime_report", "paternity", "project", "decision", "assets", "contact_record",
        "family", "income", "evidence", "reasons",
    ):
        assert f"socialwork.model.{other}" not in loaded
    assert "socialwork_niebieska_karta.model" not in loaded  # a plugin's model, by reference


def test_validate_of_a_plugin_model_loads_it() -> None:
    from socialwork_niebieska_karta.plugin import _resource

    result = _validate_probe("validate", str(_resource("examples", "niebieska-karta-a.json")))
    assert result["code"] in (None, 0), result
    assert "niebieska_karta_a: bez błędów" in result["out"]
    assert "socialwork_niebieska_karta.model" in result["models"]
    assert "socialwork.model.dps" not in result["models"]


def test_validate_without_plugins_loads_no_template_engine_either() -> None:
    result = _validate_probe(
        "validate", _example("kontrakt-socjalny"), env={"SOCIALWORK_PLUGINS": ""}
    )
    assert result["code"] in (None, 0), result
    assert result["engines"] == [], result["engines"]


def test_validate_gives_the_same_findings_as_the_library() -> None:
    """The lazy start-up changes nothing of the result: the CLI's findings are the
    library's, in a process that has loaded everything."""
    from socialwork.cli.validate import finding_line
    from socialwork.rules import validate
    from socialwork.serialization import from_json

    name = _example("decyzja")
    result = _validate_probe("validate", name)
    with open(name, encoding="utf-8") as handle:
        report = validate(from_json(handle.read()))
    lines = [finding_line(f) for f in report.findings]
    assert result["out"].splitlines()[: len(lines)] == lines


def test_a_broken_plugin_is_still_reported_by_validate_and_plugins(tmp_path: Path) -> None:
    """Every registration hook still runs when the registry is built: a vendor plugin whose
    ``register_templates`` raises is reported by ``validate`` (which renders nothing) exactly
    as before, and listed by ``socialwork plugins``."""
    import os

    (tmp_path / "acme_lazy_broken.py").write_text(
        "from socialwork.plugins import hookimpl\n"
        "from socialwork.documents import TemplateSpec  # an eager vendor import\n"
        "@hookimpl\n"
        "def register_templates(register):\n"
        "    raise RuntimeError('no templates today')\n",
        encoding="utf-8",
    )
    info = tmp_path / "acme_lazy_broken-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: acme-lazy-broken\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[socialwork]\nacme = acme_lazy_broken\n", encoding="utf-8"
    )
    env = {
        "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]),
        "SOCIALWORK_PLUGINS": "acme-lazy-broken",
    }
    result = _validate_probe("validate", _example("kontrakt-socjalny"), env=env)
    assert result["code"] in (None, 0), result
    assert any(
        "acme-lazy-broken" in w and "register_templates" in w and "no templates today" in w
        for w in result["warnings"]
    ), result["warnings"]
    assert result["engines"] == [], result["engines"]
    listed = _validate_probe("plugins", "--json", env=env)
    (acme,) = [p for p in json.loads(listed["out"]) if p["name"] == "acme-lazy-broken"]
    assert any("no templates today" in str(problem) for problem in acme["problems"]), acme


# ------------------------------------------------ what `validate` of a kontrakt leaves out

LEAN_PROBE = """
import contextlib, io, json, re, sys
compiled = []
_compile = re.compile
def recording_compile(pattern, flags=0):
    compiled.append(pattern if isinstance(pattern, str) else repr(pattern))
    return _compile(pattern, flags)
re.compile = recording_compile
from socialwork.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        main(sys.argv[1:])
    except SystemExit:
        pass
print(json.dumps({"out": out.getvalue(), "modules": sorted(sys.modules), "compiled": compiled}))
"""

NOT_AT_START = (
    "difflib",  # spelling hints: only for a misspelled hook, figure or profile name
    "traceback",  # describing a failing plugin
    "tempfile",  # with importlib.resources: the shipped files are found from __file__
    "importlib.resources",
    "zipfile",
    "socialwork.law.allowances",  # the law's computations: imported by the rules using them
    "socialwork.law.income",
    "socialwork.law.dps",
    "socialwork.law.deadlines",
    "socialwork.law.kpa",
    "socialwork.documents.polish",
)
"""Modules a one-document ``validate`` of a kontrakt has no use for (each cost 0.5–3.5 ms of
every start when it was imported eagerly)."""


def _lean_probe(*args: str) -> dict[str, Any]:
    return _run_probe(LEAN_PROBE, *args)


def _lazy_patterns() -> list[str]:
    from socialwork import errors, formatting
    from socialwork.model import spec
    from socialwork.serialization import reading, values

    return [
        formatting._typography().pattern,
        formatting._quotes().pattern,
        spec._word_boundary().pattern,
        values._name_re().pattern,
        reading._decimal_re().pattern,
        errors._digit_run_re().pattern,
    ]


def test_validate_of_a_kontrakt_imports_and_compiles_only_what_it_uses() -> None:
    """A guard against eager imports and regular expressions compiled at import: speed is
    measured in benchmarks/, but re-adding one of these at module level fails here."""
    result = _lean_probe("validate", _example("kontrakt-socjalny"))
    assert "social_contract: bez błędów" in result["out"]
    loaded = set(result["modules"])
    assert not loaded & set(NOT_AT_START), sorted(loaded & set(NOT_AT_START))
    compiled = set(result["compiled"])
    assert compiled, "the probe records compiled patterns"
    assert not compiled & set(_lazy_patterns())


def test_the_lean_probe_sees_what_a_decision_needs() -> None:
    """The same probe on a decision: the allowance rules load the law's computations and the
    amount pattern when they use them (so the test above can fail)."""
    result = _lean_probe("validate", _example("decyzja"))
    loaded = set(result["modules"])
    assert "socialwork.law.allowances" in loaded
    assert _lazy_patterns()[4] in result["compiled"]  # amounts are read


# ------------------------------------------------------------------ the cyclic collector


def test_main_pauses_the_collector_only_while_it_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The collector is off while a command starts and, for ``validate`` (one bounded case),
    while it runs; on for the others' work; and as it was once ``main`` returns."""
    import gc

    import socialwork.cli as cli
    from socialwork.cli import schema, validate

    seen: dict[str, bool] = {}

    def spy(name: str, real: Any) -> Any:
        def handler(args: Any) -> int:
            seen[name] = gc.isenabled()
            return int(real(args))

        return handler

    monkeypatch.setattr(validate, "run", spy("validate", validate.run))
    monkeypatch.setattr(schema, "run", spy("schema", schema.run))
    original = cli.build_parser

    def parser_spy(command: str | None = None) -> Any:
        seen["start-up"] = gc.isenabled()
        return original(command)

    monkeypatch.setattr(cli, "build_parser", parser_spy)
    assert gc.isenabled()
    assert cli.main(["validate", "--json", _example("kontrakt-socjalny")]) == 0
    assert seen == {"start-up": False, "validate": False}
    assert gc.isenabled()
    assert cli.main(["schema", "social_contract"]) == 0
    assert seen == {"start-up": False, "validate": False, "schema": True}
    gc.disable()
    try:
        cli.main(["schema", "social_contract"])
        assert not gc.isenabled()  # a host that turned it off keeps it off
    finally:
        gc.enable()


def test_the_objects_left_are_frozen_after_the_other_exit_handlers() -> None:
    """At exit :func:`gc.freeze` runs after the handlers registered once ``main`` started
    (the converter's shutdown, the caches' flush…); output and exit code are unchanged."""
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('early handler, frozen:', gc.get_freeze_count() > 0))\n"
        "from socialwork.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "atexit.register(lambda: print('late handler, frozen:', gc.get_freeze_count() > 0))\n"
        "sys.exit(code)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code, "validate", _example("kontrakt-socjalny")],
        capture_output=True, text=True, timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert "social_contract: bez błędów" in completed.stdout
    # exit handlers run last-in, first-out: the one registered after main sees the heap as
    # it was, the one registered before main runs after the freeze
    assert completed.stdout.splitlines()[-2:] == [
        "late handler, frozen: False",
        "early handler, frozen: True",
    ]
