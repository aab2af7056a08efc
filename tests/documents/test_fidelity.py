"""The engine gives the text plain docxtpl gives, for every docxtpl feature templates use:
headers, document properties, paragraph/row/column tags, merged cells, listings."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.shared import Cm
from docxtpl import DocxTemplate, Listing, RichText

from socialwork.authoring import DocumentBuilder
from socialwork.documents.compiler import compile_docx
from socialwork.documents.environment import DocumentEnvironment
from socialwork.documents.text import check_xml, document_text, xml_parts

CONTEXT: dict[str, Any] = {
    "title": "Tytuł & <próba>",
    "ref": "ZN/1 \"x\"",
    "cols": ["kolumna A", "kolumna B & C", "kolumna D"],
    "rows": [{"name": "Ala <1>", "vals": [1, 2, 3]}, {"name": "Ola", "vals": [4, 5, 6]}],
    "show": True,
    "hide": False,
    "note": "linia 1\nlinia 2\tpo tabulatorze",
    "listing": Listing("pierwsza\ndruga & trzecia"),
    "rich": RichText("pogrubione & <ważne>", bold=True),
}


def _ours(data: bytes) -> bytes:
    document = compile_docx(data, "probe").render(CONTEXT)
    check_xml(document)
    return document


def _plain(data: bytes) -> bytes:
    template = DocxTemplate(io.BytesIO(data))
    template.render(CONTEXT, DocumentEnvironment(), autoescape=True)
    buffer = io.BytesIO()
    template.save(buffer)
    return buffer.getvalue()


def _save(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _assert_same(data: bytes) -> str:
    ours, plain = _ours(data), _plain(data)
    assert document_text(ours) == document_text(plain)
    return document_text(ours)


def test_builder_template_with_header_tags(tmp_path: Path) -> None:
    doc = DocumentBuilder("probe", title="x", model="probe")
    doc.header_line("Znak sprawy: {{ ref }}")
    doc.title("{{ title }}")
    doc.paragraph("{{ note }}")
    with doc.when("show"):
        doc.paragraph("widoczny")
    with doc.when("hide"):
        doc.paragraph("ukryty")
    text = _assert_same(doc.to_bytes())
    assert 'Znak sprawy: ZN/1 "x"' in text and "Tytuł & <próba>" in text
    assert "widoczny" in text and "ukryty" not in text
    assert "linia 1\nlinia 2\tpo tabulatorze" in text


def test_column_loops_merges_listing_and_richtext() -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=4)
    table.style = document.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells,
                          ["Nazwa", "{%tc for c in cols %}", "{{ c }}", "{%tc endfor %}"],
                          strict=True):
        cell.text = text
    table.rows[1].cells[0].text = "{%tr for r in rows %}"
    for cell, text in zip(table.rows[2].cells,
                          ["{{ r.name }}", "{%tc for v in r.vals %}", "{{ v }}",
                           "{%tc endfor %}"], strict=True):
        cell.text = text
    row = table.add_row().cells
    row[0].text = "{%tr endfor %}"
    for cell in table.columns[0].cells:
        cell.width = Cm(4)
    document.add_paragraph("{{ listing }}")
    document.add_paragraph("{{r rich }}")
    document.add_paragraph("{_{ literal }_}")
    text = _assert_same(_save(document))
    assert "kolumna B & C" in text and "Ala <1>" in text
    assert "pierwsza\ndruga & trzecia" in text
    assert "pogrubione & <ważne>" in text
    assert "{{ literal }}" in text


def test_document_properties_are_rendered() -> None:
    document = docx.Document()
    document.core_properties.title = "Pismo: {{ title }}"
    document.add_paragraph("{{ ref }}")
    data = _save(document)
    ours = _ours(data)
    assert b"Pismo: Tytu" in xml_parts(ours)["docProps/core.xml"]
    # exactly as typed (plain docxtpl leaves the title escaped: "Tytuł &amp; &lt;próba&gt;")
    assert docx.Document(io.BytesIO(ours)).core_properties.title == "Pismo: Tytuł & <próba>"


def test_malformed_result_is_an_error_not_a_repair() -> None:
    document = docx.Document()
    document.add_paragraph("{%p if show %}")
    document.add_paragraph("a")  # no endif: a Jinja syntax error
    from socialwork.documents import TemplateDefinitionError

    with pytest.raises(TemplateDefinitionError) as caught:
        _ours(_save(document))
    assert "probe" in str(caught.value)
