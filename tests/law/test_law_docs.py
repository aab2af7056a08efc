"""docs/figures.md is generated from the parameter files and must be up to date."""

from __future__ import annotations

from pathlib import Path

from socialwork.law import parameters

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_figures_doc_is_up_to_date() -> None:
    text = (DOCS / "figures.md").read_text(encoding="utf-8")
    assert text == parameters.figures_table(), (
        "docs/figures.md is stale; run: make docs"
    )


def test_figures_doc_lists_every_figure_and_marks_unverified() -> None:
    table = parameters.figures_table()
    for name in parameters.names():
        assert f"## `{name}`" in table
    assert "**UNVERIFIED**" in table


def test_law_doc_mentions_month_end_policy() -> None:
    text = (DOCS / "law.md").read_text(encoding="utf-8")
    assert "2026-02-28" in text
    assert "UNVERIFIED" in text
