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


@attrs.define
class Outcome:
    """What became of one render: ``identical`` (the same package as docxtpl's),
    ``refused`` (socialwork raised a clear error where docxtpl wrote a document),
    ``both-refused`` (docxtpl raised too), ``differs``, ``broken`` (ours is not a sound
    package) or ``crashed`` (ours raised something that is not a socialwork error)."""

    kind: str
    detail: str = ""
    document: bytes | None = None
    error: BaseException | None = None


def extra_filters(jinja_env: Any) -> dict[str, Any] | None:
    """The filters a script's Jinja environment adds to Jinja's own."""
    from jinja2.defaults import DEFAULT_FILTERS

    if jinja_env is None:
        return None
    extra = {k: v for k, v in jinja_env.filters.items() if k not in DEFAULT_FILTERS}
    return extra or None


def ours(capture: Capture, *, as_path: bool = False) -> bytes:
    """``render_template`` on what the script gave docxtpl (its DocxTemplate, or — with
    ``as_path`` — only the template file)."""
    from socialwork.documents import render_template

    template = capture.template.template_file if as_path else capture.template
    return render_template(template, capture.context, filters=extra_filters(capture.jinja_env))


def evaluate(capture: Capture, root: Path, *, as_path: bool = False) -> Outcome:
    """Render ``capture`` through socialwork (in the script's folder ``root``) and compare."""
    from compare import differences, package_problems

    from socialwork.errors import SocialworkError

    cwd = Path.cwd()
    os.chdir(root)
    try:
        document = ours(capture, as_path=as_path)
    except SocialworkError as exc:
        kind = "both-refused" if capture.plain_error is not None else "refused"
        return Outcome(kind, exc.message, error=exc)
    except Exception as exc:
        return Outcome("crashed", f"{type(exc).__name__}: {exc}", error=exc)
    finally:
        os.chdir(cwd)
    problems = package_problems(document)
    if problems:
        return Outcome("broken", "; ".join(problems), document)
    if capture.plain is None:
        return Outcome("differs", f"docxtpl failed ({capture.plain_error!r}), ours did not",
                       document)
    found = differences(document, capture.plain)
    if found:
        return Outcome("differs", "; ".join(found), document)
    return Outcome("identical", "", document)


def script_outcome(outcomes: list[Outcome]) -> Outcome:
    """One script's outcome from its renders': the worst one (broken, crashed, differs,
    refused, both-refused), else identical."""
    for kind in ("broken", "crashed", "differs", "refused", "both-refused"):
        for outcome in outcomes:
            if outcome.kind == kind:
                return outcome
    return outcomes[0] if outcomes else Outcome("crashed", "the script rendered nothing")


def run_and_evaluate(name: str, workdir: Path, *, as_path: bool = False) -> list[Outcome]:
    """Run one script and evaluate each of its renders."""
    captures = run_script(name, workdir)
    root = workdir / "docxtpl_suite"
    return [evaluate(capture, root, as_path=as_path) for capture in captures]


def main() -> None:
    """Print each script's outcome and the counts (``python tests/docxtpl_suite/harness.py``,
    run from the repository with the project's environment)."""
    import tempfile

    counts: dict[str, int] = {}
    for name in SCRIPTS:
        with tempfile.TemporaryDirectory() as scratch:
            outcomes = run_and_evaluate(name, Path(scratch))
        outcome = script_outcome(outcomes)
        counts[outcome.kind] = counts.get(outcome.kind, 0) + 1
        renders = ", ".join(o.kind for o in outcomes)
        print(f"{name:30} {outcome.kind:13} [{renders}] {outcome.detail[:150]}")
    print(", ".join(f"{kind}: {count}" for kind, count in sorted(counts.items())))


if __name__ == "__main__":
    sys.path.insert(0, str(SUITE))
    main()
