"""``python -m socialwork.documents.authoring.gallery [-o docs/gallery] [--dpi 60]``:
render every registered template's example → PDF (LibreOffice) → PNG of each page
(``pdftoppm``), and write the gallery page ``index.md`` with the first page of each.

Look at every page before committing a template: this is how the project checks that a
document looks like the real thing a Polish office prints.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[4] / "docs" / "gallery"


def _pages(pdf: bytes, target: Path, name: str, dpi: int) -> list[Path]:
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "document.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(dpi), str(source), str(Path(work) / "page")],
            check=True, capture_output=True, timeout=120,
        )
        produced = sorted(Path(work).glob("page-*.png"), key=lambda p: int(p.stem.split("-")[1]))
        pages = []
        for number, page in enumerate(produced, 1):
            destination = target / f"{name}-{number}.png"
            shutil.copyfile(page, destination)
            pages.append(destination)
        return pages


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m socialwork.documents.authoring.gallery")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("names", nargs="*", help="templates (default: all with an example)")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed for the gallery", file=sys.stderr)
        return 2

    import socialwork.documents as documents
    from socialwork.serialization import from_json

    target: Path = args.output
    target.mkdir(parents=True, exist_ok=True)
    rows: list[str] = []
    for spec in documents.templates():
        if spec.example is None or (args.names and spec.name not in args.names):
            continue
        for old in target.glob(f"{spec.name}-*.png"):
            if old.stem.removeprefix(f"{spec.name}-").isdigit():
                old.unlink()
        case = from_json(spec.example.read_text(encoding="utf-8"))
        pdf = documents.render(spec, case, fmt="pdf")
        pages = _pages(pdf, target, spec.name, args.dpi)
        print(f"{spec.name}: {len(pages)} page(s)")
        rows.append(
            f"## {spec.title}\n\n`{spec.name}` — example `{spec.example.name}`, "
            f"{len(pages)} page(s)\n\n![{spec.name}, page 1]({pages[0].name})\n"
        )
    index = target / "index.md"
    index.write_text(
        "# Gallery: the first page of every document\n\n"
        "Each template rendered from its example case (`socialwork demo`), converted to PDF "
        "with LibreOffice and to PNG with `pdftoppm`. Regenerate with "
        "`python -m socialwork.documents.authoring.gallery`. All pages are in this folder "
        "(`<template>-<page>.png`).\n\n" + "\n".join(rows),
        encoding="utf-8",
    )
    print(f"wrote {index}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
