"""Run docxtpl's own test scripts and keep, for every ``DocxTemplate.render`` they make, the
template, the context, the Jinja environment and the document plain docxtpl saved.

The scripts (``scripts/*.py``, vendored with their templates from python-docx-template, see
``README.md``) are run unchanged in a scratch copy of this folder, with ``DocxTemplate.render``
and ``DocxTemplate.save`` wrapped to record what passes through them. No network is used.
"""

from __future__ import annotations

import contextlib
import io
import os
import runpy
import shlex
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
from docxtpl import DocxTemplate

SUITE = Path(__file__).parent
SCRIPTS = sorted(path.stem for path in (SUITE / "scripts").glob("*.py"))


@attrs.define
class Capture:
    """One ``render`` call of a script and what became of it."""

    template: Any  # the DocxTemplate
    context: dict[str, Any]
    jinja_env: Any
    autoescape: bool
    plain: bytes | None = None  # the document plain docxtpl saved
    plain_error: BaseException | None = None  # what plain docxtpl raised instead


@contextlib.contextmanager
def _recording(captures: list[Capture]) -> Iterator[None]:
    render, save = DocxTemplate.render, DocxTemplate.save

    def recording_render(
        self: Any, context: dict[str, Any], jinja_env: Any = None, autoescape: bool = False
    ) -> None:
        if isinstance(self.template_file, str | os.PathLike):
            self.template_file = os.path.abspath(self.template_file)
        capture = Capture(self, context, jinja_env, autoescape)
        captures.append(capture)
        try:
            render(self, context, jinja_env, autoescape)
        except Exception as exc:
            capture.plain_error = exc
            raise
        # what docxtpl saves right after this render (some scripts never save)
        buffer = io.BytesIO()
        save(self, buffer)
        capture.plain = buffer.getvalue()

    DocxTemplate.render = recording_render  # type: ignore[method-assign]
    try:
        yield
    finally:
        DocxTemplate.render = render  # type: ignore[method-assign]


def _system(command: str) -> int:
    """``os.system`` for module_execute.py: ``python -m docxtpl …`` run in this process (so
    its render is recorded too)."""
    words = shlex.split(command)
    assert words[:3] == ["python", "-m", "docxtpl"], command
    argv = sys.argv
    sys.argv = ["docxtpl", *words[3:]]
    try:
        runpy.run_module("docxtpl", run_name="__main__", alter_sys=False)
    finally:
        sys.argv = argv
    return 0


def run_script(name: str, workdir: Path) -> list[Capture]:
    """Run ``scripts/NAME.py`` in a scratch copy of the suite under ``workdir``; return its
    renders in order."""
    root = workdir / "docxtpl_suite"
    if not root.exists():
        shutil.copytree(SUITE / "templates", root / "templates")
        (root / "output").mkdir()
    script = root / f"{name}.py"
    shutil.copy(SUITE / "scripts" / f"{name}.py", script)
    captures: list[Capture] = []
    cwd = Path.cwd()
    system = os.system
    os.chdir(root)
    os.system = _system  # type: ignore[assignment]
    try:
        with _recording(captures), contextlib.redirect_stdout(io.StringIO()):
            runpy.run_path(str(script), run_name="__main__")
    finally:
        os.system = system
        os.chdir(cwd)
    return captures
