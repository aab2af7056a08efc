"""Helpers of the security tests: run the ``socialwork`` command in a subprocess (bounded in
time) with fake installed plugins on its path."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

TIMEOUT = 120
"""Seconds a subprocess may take before the test fails (it never hangs the suite)."""


def make_dist(folder: Path, dist: str, module: str, source: str, *, version: str = "1.0") -> None:
    """An installed distribution ``dist`` in ``folder`` whose entry point (group
    ``socialwork``) is the module ``module`` with ``source``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    info = folder / f"{dist.replace('-', '_')}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(f"[socialwork]\n{module} = {module}\n", encoding="utf-8")


def run_cli(
    *args: str,
    path: Path | None = None,
    plugins: str | None = "",
    env: dict[str, str] | None = None,
    stdin: bytes | None = None,
    timeout: float = TIMEOUT,
    **kwargs: object,
) -> subprocess.CompletedProcess[bytes]:
    """``socialwork ARGS`` in a subprocess; ``plugins`` is ``SOCIALWORK_PLUGINS`` (``None``:
    every installed plugin); output as bytes (``.stdout``, ``.stderr``)."""
    environment = dict(os.environ)
    if path is not None:
        environment["PYTHONPATH"] = os.pathsep.join(
            [str(path), environment.get("PYTHONPATH", "")]
        ).rstrip(os.pathsep)
    if plugins is None:
        environment.pop("SOCIALWORK_PLUGINS", None)
    else:
        environment["SOCIALWORK_PLUGINS"] = plugins
    environment.update(env or {})
    if "stdout" not in kwargs:
        kwargs["stdout"] = subprocess.PIPE
    kwargs.setdefault("stderr", subprocess.PIPE)
    if "stdin_override" in kwargs:
        kwargs["stdin"] = kwargs.pop("stdin_override")
    else:
        kwargs["input"] = stdin
    return subprocess.run(  # type: ignore[call-overload,no-any-return]
        [sys.executable, "-m", "socialwork.cli", *args],
        env=environment,
        timeout=timeout,
        check=False,
        **kwargs,
    )


def text(data: bytes) -> str:
    return data.decode("utf-8", "replace")
