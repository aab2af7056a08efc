"""``python tools/build_templates.py [NAME…] [--check] [--force] [--templates DIR]``: build the
built-in templates from their scripts in ``tools/templates_src/`` into ``templates/`` and lint
them (``make templates`` runs it).

The build scripts are the source of truth of the built-in templates; the .docx files in
``templates/`` are committed build outputs. Each ``<name>.meta.json`` records the ``sha256`` of
the .docx the build wrote, so a .docx edited by hand (in Word, say) is never silently
overwritten: the tool refuses, names the file and writes nothing. Port the edit into
``tools/templates_src/<module>.py``, or rerun with ``--force`` to discard it.

``--check`` writes nothing and fails when a committed .docx or .meta.json differs from what its
script builds (the build is deterministic, so a clean tree passes) or a .docx was edited by
hand. Needs python-docx: ``pip install -e '.[authoring]'`` (the ``dev`` extra has it).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import pkgutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
COMMAND = "python tools/build_templates.py"


@dataclass(frozen=True)
class Built:
    """One template built in memory, and the files it goes to."""

    name: str
    module: str  # file name of the build script, e.g. ``kontrakt_socjalny.py``
    data: bytes  # the .docx
    meta: str  # the .meta.json text
    docx_path: Path
    meta_path: Path

    @property
    def source(self) -> str:
        return f"tools/templates_src/{self.module}"


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _modules() -> dict[str, ModuleType]:
    import templates_src as package

    found: dict[str, ModuleType] = {}
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        if not isinstance(getattr(module, "NAME", None), str) or not callable(
            getattr(module, "build", None)
        ):
            print(f"skipped {module.__name__}: it defines no NAME and build()", file=sys.stderr)
            continue
        found[str(module.NAME)] = module
    return found


def _build(name: str, module: ModuleType, folder: Path) -> Built:
    builder = module.build()
    data: bytes = builder.to_bytes()
    return Built(
        name=name,
        module=Path(str(module.__file__)).name,
        data=data,
        meta=builder.meta_text(data),
        docx_path=folder / f"{name}.docx",
        meta_path=folder / f"{name}.meta.json",
    )


def _recorded_sha256(meta_path: Path) -> str | None:
    try:
        value = json.loads(meta_path.read_text(encoding="utf-8")).get("sha256")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def hand_edit(built: Built) -> str | None:
    """Why writing ``built`` would lose an edit of its committed .docx, or ``None``.

    The .docx is safe to overwrite when it is missing, equals the fresh build, or has exactly
    the bytes whose sha256 the last build recorded in the .meta.json."""
    if not built.docx_path.is_file():
        return None
    current = built.docx_path.read_bytes()
    if current == built.data:
        return None
    recorded = _recorded_sha256(built.meta_path)
    if recorded is None:
        return f"differs from what {built.source} builds and no build hash is recorded"
    if hashlib.sha256(current).hexdigest() != recorded:
        return f"edited outside the build (its sha256 differs from {built.meta_path.name})"
    return None


def _check(built: Built) -> str | None:
    edit = hand_edit(built)
    if edit is not None:
        return (f"{_shown(built.docx_path)}: {edit} — port the edit into {built.source} "
                f"and run {COMMAND} {built.name}, or discard it with --force")
    if not built.docx_path.is_file() or not built.meta_path.is_file():
        return f"{built.name}: missing — run {COMMAND} {built.name}"
    if (built.docx_path.read_bytes() != built.data
            or built.meta_path.read_text(encoding="utf-8") != built.meta):
        return f"{built.name}: out of date — run {COMMAND} {built.name}"
    return None


def _lint(folder: Path, names: Sequence[str]) -> int:
    from socialwork.documents import lint as lint_module
    from socialwork.documents.catalog import builtin_templates
    from socialwork.plugins import get_registry

    failed = 0
    models = get_registry().models
    for spec in builtin_templates(folder):
        if names and spec.name not in names:
            continue
        if isinstance(spec.model, str) and spec.model not in models:
            print(f"{spec.name}: not linted — model {spec.model!r} is not registered yet")
            continue
        problems = lint_module.lint(spec)
        for problem in problems:
            print(f"lint: {problem}")
        failed += bool(problems)
    return failed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=COMMAND, description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="templates to build (default: all)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true",
                      help="write nothing; fail if a template is out of date or edited by hand")
    mode.add_argument("--force", action="store_true",
                      help="overwrite .docx files edited by hand (their edits are lost)")
    parser.add_argument("--templates", type=Path, default=TEMPLATES, metavar="DIR",
                        help="the templates folder (default: templates/ of the repository)")
    args = parser.parse_args(argv)
    folder: Path = args.templates
    modules = _modules()
    unknown = sorted(set(args.names) - set(modules))
    if unknown:
        print(f"unknown template(s): {', '.join(unknown)}; known: {', '.join(sorted(modules))}",
              file=sys.stderr)
        return 2
    builds = [_build(name, modules[name], folder) for name in args.names or sorted(modules)]

    if args.check:
        problems = [problem for problem in map(_check, builds) if problem is not None]
        for problem in problems:
            print(problem)
        return 1 if problems else 0

    if not args.force:
        refused = [(built, edit) for built in builds if (edit := hand_edit(built)) is not None]
        for built, edit in refused:
            print(f"refused to overwrite {_shown(built.docx_path)}: {edit}; port the edit into "
                  f"{built.source}, or rerun with --force to discard it", file=sys.stderr)
        if refused:
            print("nothing written", file=sys.stderr)
            return 1

    folder.mkdir(parents=True, exist_ok=True)
    for built in builds:
        unchanged = (built.docx_path.is_file() and built.meta_path.is_file()
                     and built.docx_path.read_bytes() == built.data
                     and built.meta_path.read_text(encoding="utf-8") == built.meta)
        if unchanged:
            print(f"up to date {_shown(built.docx_path)}")
            continue
        built.docx_path.write_bytes(built.data)
        built.meta_path.write_text(built.meta, encoding="utf-8")
        print(f"built {_shown(built.docx_path)}")
    return 1 if _lint(folder, args.names) else 0


if __name__ == "__main__":
    sys.exit(main())
