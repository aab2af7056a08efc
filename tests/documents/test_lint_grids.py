"""lint-templates catches a table whose rows do not fit its grid (a vendor's template), and the
authoring toolkit refuses to build one."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from socialwork.authoring import DocumentBuilder
from socialwork.cli import main
from socialwork.documents import TEMPLATES_DIR
from socialwork.documents.lint import grid_problems, lint_file


def _docx(*, drop_grid_column: bool = False, nested: bool = False) -> bytes:
    document = Document()
    document.add_paragraph("{{ referral.client.person.first_name }}")
    table = document.add_table(rows=2, cols=2)
    for row in table.rows:
        row.cells[0].text = "Imię"
        row.cells[1].text = "{{ referral.client.person.last_name }}"
    if drop_grid_column:
        grid = table._tbl.tblGrid
        grid.remove(grid.findall(qn("w:gridCol"))[-1])
    if nested:
        outer = document.add_table(rows=1, cols=1)
        outer.rows[0].cells[0]._tc.append(table._tbl)
        outer.rows[0].cells[0].add_paragraph("")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_grid_narrower_than_its_rows_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "wniosek.docx"
    path.write_bytes(_docx(drop_grid_column=True))
    problems = lint_file(path, model="referral")
    assert len(problems) == 1
    assert problems[0].part == "word/document.xml"
    assert "declares 1 grid column but its widest row has 2 cells" in problems[0].message


def test_the_cli_reports_it_with_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "wniosek.docx"
    path.write_bytes(_docx(drop_grid_column=True))
    assert main(["lint-templates", str(path), "--model", "referral"]) == 1
    assert "grid column" in capsys.readouterr().out


def test_rows_of_a_nested_table_belong_to_its_own_grid() -> None:
    assert grid_problems(_docx(nested=True)) == []
    assert grid_problems(_docx()) == []


@pytest.mark.parametrize("path", sorted(TEMPLATES_DIR.glob("*.docx")), ids=lambda p: p.stem)
def test_the_shipped_templates_have_consistent_grids(path: Path) -> None:
    assert grid_problems(path.read_bytes()) == []


def test_the_toolkit_refuses_a_mismatched_grid() -> None:
    builder = DocumentBuilder("test-grid", title="Test", model="referral")
    table = builder.fields([("Imię", "{{ referral.client.person.first_name }}")])
    grid = table._tbl.tblGrid
    grid.remove(grid.findall(qn("w:gridCol"))[-1])
    with pytest.raises(ValueError, match="grid column"):
        builder.to_bytes()
