"""``python -m socialwork.documents.authoring [NAME…] [--check]``: rebuild the built-in
templates from ``socialwork/documents/templates_src/`` and lint them.

``--check`` builds in memory and fails when a committed .docx differs from its build script
(the build is deterministic, so a clean tree always passes).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from socialwork.documents.authoring.builder import DocumentBuilder
from socialwork.documents.catalog import TEMPLATES_DIR


def _modules() -> dict[str, str]:
    import socialwork.documents.templates_src as package

    found: dict[str, str] = {}
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        if not isinstance(getattr(module, "NAME", None), str) or not callable(
            getattr(module, "build", None)
        ):
            print(f"skipped {module.__name__}: it defines no NAME and build()", file=sys.stderr)
            continue
        found[str(module.NAME)] = module.__name__
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m socialwork.documents.authoring")
    parser.add_argument("names", nargs="*", help="templates to build (default: all)")
    parser.add_argument("--check", action="store_true",
                        help="do not write; fail if a committed template is out of date")
    args = parser.parse_args(argv)
    modules = _modules()
    unknown = sorted(set(args.names) - set(modules))
    if unknown:
        print(f"unknown template(s): {', '.join(unknown)}; known: {', '.join(sorted(modules))}",
              file=sys.stderr)
        return 2
    failed = 0
    for name in args.names or sorted(modules):
        builder: DocumentBuilder = importlib.import_module(modules[name]).build()
        if args.check:
            current = TEMPLATES_DIR / f"{name}.docx"
            fresh = builder.to_bytes()
            if not current.is_file() or current.read_bytes() != fresh:
                print(f"{name}: out of date — run python -m socialwork.documents.authoring {name}")
                failed += 1
            continue
        path = builder.save(TEMPLATES_DIR)
        print(f"built {path}")
    if not args.check:
        from socialwork.documents import lint as lint_module
        from socialwork.documents.catalog import builtin_templates
        from socialwork.plugins import get_registry

        models = get_registry().models
        for spec in builtin_templates():
            if args.names and spec.name not in args.names:
                continue
            if isinstance(spec.model, str) and spec.model not in models:
                print(f"{spec.name}: not linted — model {spec.model!r} is not registered yet")
                continue
            problems = lint_module.lint(spec)
            for problem in problems:
                print(f"lint: {problem}")
            failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
