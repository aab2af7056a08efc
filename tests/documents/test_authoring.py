"""The template-authoring toolkit: deterministic builds with the office layout."""

from __future__ import annotations

from pathlib import Path

from socialwork.documents.authoring import DRAFT_MARKER, DocumentBuilder
from socialwork.documents.authoring.__main__ import main as build_main
from socialwork.documents.text import check_xml, document_text, xml_parts


def _build(folder: Path) -> bytes:
    doc = DocumentBuilder("probe", title="Próba", model="referral")
    doc.letterhead(["{{ referral.center.name }}"], "{{ on|date_pl }}")
    doc.title("PRÓBA")
    doc.table(["Lp.", "Tytuł"], ["{{ loop.index }}", "{{ a.title }}"],
              loop="a in referral.attachments", empty="brak")
    doc.signatures(["(podpis)"])
    return doc.save(folder).read_bytes()


def test_build_is_deterministic(tmp_path: Path) -> None:
    assert _build(tmp_path / "a") == _build(tmp_path / "b")


def test_layout(tmp_path: Path) -> None:
    data = _build(tmp_path)
    check_xml(data)
    parts = xml_parts(data)
    document = parts["word/document.xml"]
    assert b'w:w="11906"' in document and b'w:h="16838"' in document  # A4 in twips
    assert b'w:left="1417"' in document  # 2.5 cm
    assert DRAFT_MARKER in document_text(data)
    footer = next(v for k, v in parts.items() if k.startswith("word/footer"))
    assert b"PAGE" in footer and b"NUMPAGES" in footer
    assert b"Times New Roman" in parts["word/styles.xml"]
    assert b"pl-PL" in parts["word/styles.xml"]
    assert b"{%tr for a in referral.attachments %}" in document


def test_builtin_templates_are_up_to_date() -> None:
    # the committed .docx files are exactly what their build scripts produce
    assert build_main(["--check"]) == 0
