"""The library's layers: no part imports a part above it (imports inside functions count),
no cycle between parts, nothing but the entry points imports the ``socialwork`` facade, and
importing socialwork changes no global state.

The layers are the import-linter contract in ``pyproject.toml`` (``make lint`` runs
``lint-imports`` too); these tests run the same contract and check that it covers every part.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "socialwork"
ENTRY_POINTS = {"__init__.py", "__main__.py"}


def _layers() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    (layers,) = [c["layers"] for c in contracts if c["type"] == "layers"]
    return list(layers)


def _parts(layer: str) -> set[str]:
    return {part.strip().strip("()") for part in layer.replace(":", "|").split("|")}


def test_every_part_of_the_package_is_in_a_layer() -> None:
    named = set().union(*(_parts(layer) for layer in _layers()))
    parts = {
        p.stem if p.is_file() else p.name
        for p in PACKAGE.iterdir()
        if (p.is_dir() and (p / "__init__.py").is_file())
        or (p.suffix == ".py" and p.name not in ENTRY_POINTS)
    }
    missing = sorted(parts - named)
    assert not missing, f"parts of socialwork in no layer of pyproject.toml: {missing}"


def test_the_layers_contract_is_kept() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    if not lint.exists():
        pytest.skip("import-linter is not installed (pip install -e '.[dev]')")
    done = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "1 kept, 0 broken" in done.stdout


def _imports_of_the_facade(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    lines = []
    for node in ast.walk(tree):  # every import, inside functions too
        from_facade = (
            isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == "socialwork"
        )
        facade = isinstance(node, ast.Import) and any(a.name == "socialwork" for a in node.names)
        if from_facade or facade:
            lines.append(node.lineno)
    return lines


def test_no_part_imports_the_facade() -> None:
    """``from socialwork import X`` inside the library would make a part depend on every
    other one (the facade re-exports them all)."""
    found = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.relative_to(PACKAGE).as_posix() not in ENTRY_POINTS
        for line in _imports_of_the_facade(path)
    ]
    assert not found, f"import the part itself, not the socialwork facade: {found}"


def test_importing_changes_no_global_state() -> None:
    code = (
        "import warnings, sys\n"
        "before = warnings.formatwarning, warnings.showwarning, list(warnings.filters)\n"
        "import socialwork as sw\n"
        "sw.validate, sw.render, sw.from_json\n"
        "import socialwork.documents, socialwork.rules, socialwork.plugins\n"
        "after = warnings.formatwarning, warnings.showwarning, list(warnings.filters)\n"
        "assert before == after, 'importing socialwork changed the warnings module'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_small_parts_import_without_the_documents_engine() -> None:
    code = (
        "import sys\n"
        "import socialwork.errors, socialwork.formatting\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('jinja2', 'lxml', "
        "'docxtpl') or m.startswith('socialwork.documents'))\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_no_import_cycle_between_any_two_modules() -> None:
    """Stronger than the layers: not even two modules of one part import each other, directly
    or around a loop (imports inside functions count)."""
    grimp = pytest.importorskip("grimp", reason="grimp comes with import-linter (dev extra)")
    graph = grimp.build_graph("socialwork", cache_dir=None)
    edges = {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    loops = []
    for start in sorted(edges):
        # every module reachable from `start`; a loop exists if `start` is among them
        seen: set[str] = set()
        todo = list(edges[start])
        while todo:
            module = todo.pop()
            if module in seen:
                continue
            seen.add(module)
            todo.extend(edges.get(module, ()))
        if start in seen:
            loops.append(start)
    assert not loops, f"modules on an import cycle: {loops}"
