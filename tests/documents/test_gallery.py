"""The gallery page lists every template with an example, and rebuilding one preview keeps
what the page says of the others."""

from __future__ import annotations

from pathlib import Path

import socialwork.documents as documents
from gallery import _known_page_counts, _row

INDEX = Path(__file__).parents[2] / "docs" / "gallery" / "index.md"


def test_gallery_lists_every_template_with_an_example() -> None:
    text = INDEX.read_text(encoding="utf-8")
    for spec in documents.templates():
        if spec.example is not None:
            assert f"`{spec.name}` — example `{spec.example.name}`" in text, spec.name
            assert (INDEX.parent / f"{spec.name}.png").is_file(), spec.name


def test_page_counts_of_entries_not_rebuilt_are_kept(tmp_path: Path) -> None:
    index = tmp_path / "index.md"
    index.write_text(
        "# Gallery\n\n" + _row("Decyzja", "decyzja", "decyzja.json", 2) + "\n"
        + _row("Inne", "inne", "inne.json"),
        encoding="utf-8",
    )
    assert _known_page_counts(index) == {"decyzja": 2}
    assert _known_page_counts(tmp_path / "missing.md") == {}
