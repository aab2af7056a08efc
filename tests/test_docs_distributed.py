"""docs/distributed.md: the Dask example renders a .jsonl on a LocalCluster, and the page
shows the same code as the example file."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "docs" / "examples" / "dask_render.py"


def test_the_page_shows_the_example_file() -> None:
    page = (ROOT / "docs" / "distributed.md").read_text(encoding="utf-8")
    shown = re.search(r"```python\n(.*?)```", page, flags=re.DOTALL)
    assert shown
    source = EXAMPLE.read_text(encoding="utf-8")
    for function in ("def render_line", "def render_jsonl"):
        block = source[source.index(function):].split("\n\n\n")[0]
        assert block in shown.group(1), function


def _real_packaging() -> None:
    """tests/packaging/ (the wheel tests) is importable as ``packaging`` while pytest runs and
    hides the ``packaging`` library Dask needs: load the library under its own name."""
    tests = Path(__file__).resolve().parent
    loaded = sys.modules.get("packaging")
    if loaded is not None and tests not in Path(getattr(loaded, "__file__", "/") or "/").parents:
        return
    saved = sys.path[:]
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != tests]
    try:
        for name in [n for n in sys.modules if n == "packaging" or n.startswith("packaging.")]:
            del sys.modules[name]
        importlib.import_module("packaging.version")
    except ImportError:
        pass
    finally:
        sys.path[:] = saved


def test_dask_example_renders_a_jsonl(tmp_path: Path) -> None:
    _real_packaging()
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        pytest.skip(f"Dask is not installed ({exc}); pip install 'socialwork[dev]' installs "
                    "dask[distributed]")

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import cases

    import socialwork as sw

    spec = importlib.util.spec_from_file_location("dask_render", EXAMPLE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    source = cases.write_jsonl(tmp_path / "k.jsonl", 4)
    out = tmp_path / "out"
    # threads instead of processes keep the test quick; the code is the same
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        assert module.render_jsonl(client, "kontrakt-socjalny", source, out) == 4
    lines = source.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        expected = sw.render("kontrakt-socjalny", sw.from_json(line))
        assert (out / f"{number:06d}.docx").read_bytes() == expected
