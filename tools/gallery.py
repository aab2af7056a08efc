"""``python tools/gallery.py [-o docs/gallery] [--dpi 60]
[--pages DIR] [NAME…]``: render every registered template's example → PDF (LibreOffice) →
PNG (``pdftoppm``); write the first page as ``<name>.png`` and the gallery page ``index.md``.
``--pages DIR`` also writes every page as ``DIR/<name>-<n>.png`` for a page-by-page look.

Look at every page before committing a template: this is how the project checks that a
document looks like the real thing a Polish office prints.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "docs" / "gallery"


def _pages(pdf: bytes, dpi: int, work: Path) -> list[Path]:
    source = work / "document.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), str(source), str(work / "page")],
        check=True, capture_output=True, timeout=120,
    )
    return sorted(work.glob("page-*.png"), key=lambda p: int(p.stem.split("-")[1]))


def _row(title: str, name: str, example: str, pages: int | None = None) -> str:
    count = f", {pages} page(s)" if pages else ""
    return f"## {title}\n\n`{name}` — example `{example}`{count}\n\n![{name}, page 1]({name}.png)\n"


def _known_page_counts(index: Path) -> dict[str, int]:
    """Page counts already listed in the gallery page (kept for the entries not rebuilt)."""
    if not index.is_file():
        return {}
    found = re.findall(r"^`([^`]+)` — example `[^`]*`, (\d+) page\(s\)$",
                       index.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return {name: int(count) for name, count in found}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/gallery.py")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--pages", type=Path, metavar="DIR",
                        help="also write every page as DIR/<name>-<n>.png")
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
    known = _known_page_counts(target / "index.md")
    for spec in documents.templates():
        if spec.example is None:
            continue
        if args.names and spec.name not in args.names:
            if (target / f"{spec.name}.png").is_file():  # kept as it is, page count too
                rows.append(_row(spec.title, spec.name, spec.example.name,
                                 known.get(spec.name)))
            continue
        case = from_json(spec.example.read_text(encoding="utf-8"))
        pdf = documents.render(spec, case, fmt="pdf")
        with tempfile.TemporaryDirectory() as work:
            pages = _pages(pdf, args.dpi, Path(work))
            shutil.copyfile(pages[0], target / f"{spec.name}.png")
            if args.pages is not None:
                args.pages.mkdir(parents=True, exist_ok=True)
                for number, page in enumerate(pages, 1):
                    shutil.copyfile(page, args.pages / f"{spec.name}-{number}.png")
        print(f"{spec.name}: {len(pages)} page(s)")
        rows.append(_row(spec.title, spec.name, spec.example.name, len(pages)))
    index = target / "index.md"
    index.write_text(
        "# Gallery: the first page of every document\n\n"
        "Each template rendered from its example case (`socialwork demo`), converted to PDF "
        "with LibreOffice and to PNG with `pdftoppm`. Regenerate with "
        "`python tools/gallery.py` (`--pages DIR` writes every "
        "page, to look at them all).\n\n" + "\n".join(rows),
        encoding="utf-8",
    )
    print(f"wrote {index}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
