"""Notes for the worker (``{{ note("…") }}``): a Word comment in a draft — a real comments
part, anchored on its paragraph, never page text — and nothing at all in a final render."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from documents.conftest import Letter, _Templates, make_letter
from socialwork.authoring import DocumentBuilder
from socialwork.documents import TemplateSpec, render
from socialwork.documents.notes import COMMENT_AUTHOR
from socialwork.documents.pdf import docx_to_pdf, find_soffice
from socialwork.documents.text import check_xml, document_text, xml_parts
from socialwork.plugins.testing import plugins_registered

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _build(folder: Path) -> Path:
    doc = DocumentBuilder("noted", title="Pismo z uwagami", model="letter")
    doc.title("PISMO")
    doc.paragraph("Początek akapitu. {{ note('Sprawdź: ' ~ letter.note) }}Dalszy tekst.")
    doc.paragraph(("Pogrubione ", "b"), ("{{ letter.name }}{{ note('Druga uwaga') }}", "b"))
    doc.paragraph("Bez uwag: {{ letter.center }}")
    doc.paragraph("{{ note('') }}{{ note(none) }}Pusta uwaga nie tworzy komentarza.")
    doc.header_line("Nagłówek {{ note('w nagłówku nie ma komentarzy') }}")
    return doc.save(folder)


@pytest.fixture(scope="module")
def noted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TemplateSpec]:
    folder = tmp_path_factory.mktemp("noted")
    spec = TemplateSpec(name="noted", path=_build(folder), model=Letter, title="Pismo z uwagami")
    with plugins_registered(("socialwork-test-notes", _Templates(spec))):
        yield spec


def _comments(document: bytes) -> list[str]:
    parts = xml_parts(document)
    if "word/comments.xml" not in parts:
        return []
    root = etree.fromstring(parts["word/comments.xml"])
    return ["".join(c.itertext()) for c in root.iter(f"{W}comment")]


def test_draft_notes_are_comments(noted: TemplateSpec) -> None:
    letter = make_letter(note="Ala & <Ola> \"?>\" ?>")
    document = render("noted", letter)
    check_xml(document)
    parts = xml_parts(document)
    assert _comments(document) == ["Sprawdź: Ala & <Ola> \"?>\" ?>", "Druga uwaga"]
    assert b"comments.xml" in parts["word/_rels/document.xml.rels"]
    assert b"/word/comments.xml" in parts["[Content_Types].xml"]
    body = etree.fromstring(parts["word/document.xml"])
    for number in ("0", "1"):
        for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
            found = [e for e in body.iter(f"{W}{tag}") if e.get(f"{W}id") == number]
            assert len(found) == 1, (tag, number)
    text = document_text(document)
    assert "Sprawdź" not in text and "Druga uwaga" not in text and "nagłówku" not in text
    assert "Początek akapitu. Dalszy tekst." in text  # the run split keeps the text whole
    assert "socialwork-note" not in b"".join(parts.values()).decode()
    root = etree.fromstring(parts["word/comments.xml"])
    assert {c.get(f"{W}author") for c in root.iter(f"{W}comment")} == {COMMENT_AUTHOR}
    # the bold run keeps its formatting after the split
    bold_runs = [r for r in body.iter(f"{W}r") if r.find(f"{W}rPr/{W}b") is not None]
    assert any("Zażółć" in "".join(r.itertext()) for r in bold_runs)


def test_final_has_no_notes(noted: TemplateSpec) -> None:
    document = render("noted", make_letter(), final=True)
    parts = xml_parts(document)
    assert "word/comments.xml" not in parts
    assert b"comment" not in parts["word/document.xml"]
    assert b"comments" not in parts["word/_rels/document.xml.rels"]
    assert "Początek akapitu. Dalszy tekst." in document_text(document)


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_any_note_text_is_a_well_formed_comment(noted: TemplateSpec, text: str) -> None:
    document = render("noted", make_letter(note=text))
    check_xml(document)
    assert "Dalszy tekst." in document_text(document)
    (first, _second) = _comments(document)
    assert first.startswith("Sprawdź:")


@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_draft_and_prints_no_note(noted: TemplateSpec) -> None:
    pypdf = pytest.importorskip("pypdf")
    pdf = docx_to_pdf(render("noted", make_letter()))
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "Początek akapitu" in text and "Dalszy tekst" in text
    assert "Sprawdź" not in text and "Druga uwaga" not in text


def test_template_with_its_own_comments_keeps_them(noted: TemplateSpec, tmp_path: Path) -> None:
    draft = render("noted", make_letter())
    # a vendor template saved from Word with a comment of its own: reuse the draft as one
    source = io.BytesIO(draft)
    out = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"Bez uwag:", b"Bez uwag: {{ note('Nowa uwaga') }}")
            zout.writestr(item, data)
    path = tmp_path / "own.docx"
    path.write_bytes(out.getvalue())
    spec = TemplateSpec(name="own", path=path, model=Letter, title="Własne komentarze")
    with plugins_registered(("socialwork-test-own", _Templates(spec))):
        document = render("own", make_letter())
    check_xml(document)
    assert _comments(document) == [
        "Sprawdź: Pierwsza linia Druga linia", "Druga uwaga", "Nowa uwaga"
    ]
    ids = [c.get(f"{W}id") for c in etree.fromstring(xml_parts(document)["word/comments.xml"])]
    assert ids == ["0", "1", "2"]
