"""``python tools/build_docs.py [--check]``: regenerate the generated pages of docs/ — the legal
figures by date (docs/figures.md), the rules catalogue (docs/rules.md), the JSON Schema of
the core's models (docs/schema/socialwork.schema.json) and the field and enumeration reference
at the end of docs/model.md — or, with
``--check``, fail when one of them is out of date. The gallery (docs/gallery/) needs
LibreOffice and is rebuilt by ``python tools/gallery.py`` (``make docs`` runs both).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _figures() -> str:
    from socialwork.law.parameters import figures_table

    return str(figures_table())


def _rules() -> str:
    from socialwork.rules.catalogue import render

    return render()


def _schema() -> str:
    import json

    from socialwork.model.spec import BUILTIN_MODELS
    from socialwork.serialization.schema import bundle_schema

    # The core's models only: the published file must not depend on installed plugins
    # (`socialwork schema` prints the installation's own, plugin models included).
    return json.dumps(bundle_schema(models=BUILTIN_MODELS), ensure_ascii=False, indent=2) + "\n"


def _model(current: str) -> str:
    from model_reference import render

    return render(current)


PAGES: dict[str, Callable[[], str]] = {
    "figures.md": _figures,
    "rules.md": _rules,
    "schema/socialwork.schema.json": _schema,
}
"""Pages generated whole."""

SECTIONS: dict[str, Callable[[str], str]] = {"model.md": _model}
"""Pages whose generated part (the field and enumeration reference of docs/model.md) is
written anew from the code; the hand-written part before it is kept."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/build_docs.py", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if a page is stale")
    parser.add_argument("--docs", type=Path, default=DOCS, help="the docs folder")
    args = parser.parse_args(argv)
    stale = 0
    builders: dict[str, Callable[[str | None], str]] = {
        **{name: (lambda _current, b=build: b()) for name, build in PAGES.items()},
        **{
            name: (lambda current, b=section: b(current or ""))
            for name, section in SECTIONS.items()
        },
    }
    for name, build_page in builders.items():
        target: Path = args.docs / name
        current = target.read_text(encoding="utf-8") if target.exists() else None
        text = build_page(current)
        if args.check:
            if current != text:
                print(f"{target} is out of date; run: make docs", file=sys.stderr)
                stale += 1
            continue
        if current == text:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(target.suffix + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)
        print(f"wrote {target}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
