"""The end of a document — its last paragraph, the signatures, "Otrzymują:" /
"Załączniki:" — is printed on one page: the toolkit's ``kept_together`` block is one
unbreakable, borderless table row, which Word and LibreOffice both honour (LibreOffice
breaks long chains of "keep with next" paragraphs)."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

import socialwork.documents as documents
from socialwork.authoring import DocumentBuilder
from socialwork.documents.catalog import EXAMPLES_DIR
from socialwork.serialization import from_json

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BUILTIN = ("decyzja", "kontrakt-socjalny", "pozew-alimenty", "projekt-socjalny",
           "skierowanie", "skierowanie-dps", "skierowanie-schronisko", "wniosek-gkrpa",
           "wniosek-sad-wglad", "wywiad-srodowiskowy")


def _body(docx: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    body = root.find(f"{W}body")
    assert body is not None
    return body


def _text(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def _paragraph_texts(element: etree._Element) -> list[str]:
    return [_text(p) for p in element.iter(f"{W}p")]


def _kept_blocks(body: etree._Element) -> list[etree._Element]:
    """Top-level one-cell tables whose only row may not break across pages."""
    blocks = []
    for table in body.findall(f"{W}tbl"):
        rows = table.findall(f"{W}tr")
        if len(rows) == 1 and len(rows[0].findall(f"{W}tc")) == 1 and rows[0].find(
            f"{W}trPr/{W}cantSplit"
        ) is not None:
            blocks.append(table)
    return blocks


def _render(name: str, example: str) -> etree._Element:
    case = from_json((EXAMPLES_DIR / example).read_text(encoding="utf-8"))
    return _body(documents.render(name, case))


@pytest.mark.parametrize("example", ["decyzja-odmowa.json", "decyzja.json"])
def test_decision_pouczenie_end_signature_and_recipients_share_one_unbreakable_row(
    example: str,
) -> None:
    body = _render("decyzja", example)
    blocks = _kept_blocks(body)
    assert blocks, "the end of the decision is not kept together"
    last = _paragraph_texts(blocks[-1])
    joined = "\n".join(last)
    assert "Strona ma prawo do zrzeczenia się odwołania" in joined  # end of the pouczenie
    assert "(podpis osoby upoważnionej do wydania decyzji)" in joined
    assert "Otrzymują:" in joined
    assert any(line.endswith("a/a") for line in last)
    # and, for layout engines that ignore the row property, every paragraph of the block
    # keeps with the next one
    for paragraph in blocks[-1].iter(f"{W}p"):
        if _text(paragraph):
            assert paragraph.find(f"{W}pPr/{W}keepNext") is not None, _text(paragraph)
            assert paragraph.find(f"{W}pPr/{W}keepLines") is not None, _text(paragraph)
    # nothing of the document follows the block
    assert blocks[-1] is [c for c in body if c.tag in (f"{W}p", f"{W}tbl")][-1]


@pytest.mark.parametrize("name", BUILTIN)
def test_every_builtin_template_keeps_its_last_signature_in_a_kept_block(name: str) -> None:
    (spec,) = [s for s in documents.templates() if s.name == name]
    assert spec.example is not None
    body = _body(documents.render(name, from_json(spec.example.read_text(encoding="utf-8"))))
    captions = [p for p in body.iter(f"{W}p") if _text(p).startswith("(")
                and "podpis" in _text(p)]
    assert captions, f"{name}: no signature caption"
    last = captions[-1]
    top = last
    while top.getparent() is not body:
        top = top.getparent()
    assert top in _kept_blocks(body), f"{name}: the last signature can be stranded on a page"


def test_kept_together_moves_the_block_into_one_unbreakable_full_width_cell() -> None:
    doc = DocumentBuilder("t", title="T", model="referral")
    doc.paragraph("przed")
    with doc.kept_together():
        doc.paragraph("ostatni akapit")
        with doc.when("x"):
            doc.paragraph("warunkowy")
        doc.signatures(["(podpis)"])
    doc.paragraph("po")
    body = _body(doc.to_bytes())
    children = [c for c in body if c.tag in (f"{W}p", f"{W}tbl")]
    assert [_text(c) if c.tag == f"{W}p" else "TABLE" for c in children] == [
        "przed", "TABLE", "po"]
    block = children[1]
    assert block in _kept_blocks(body)
    texts = _paragraph_texts(block)
    assert texts[:4] == ["ostatni akapit", "{%p if x %}", "warunkowy", "{%p endif %}"]
    assert "(podpis)" in texts
    assert block.find(f".//{W}tbl") is not None  # the signature table, nested
    # the cell ends in a paragraph (required after a nested table)
    cell = block.find(f"{W}tr/{W}tc")
    assert cell is not None and cell[-1].tag == f"{W}p"
    # no borders, no inner margins: the text lines up with the text outside
    pr = block.find(f"{W}tblPr")
    assert pr is not None
    assert {e.get(f"{W}val") for e in pr.find(f"{W}tblBorders")} == {"nil"}
    assert {e.get(f"{W}w") for e in pr.find(f"{W}tblCellMar")} == {"0"}
    order = [e.tag.removeprefix(W) for e in pr]
    assert order.index("tblBorders") < order.index("tblCellMar") < order.index("tblLook")


def test_an_empty_kept_block_adds_nothing() -> None:
    doc = DocumentBuilder("t", title="T", model="referral")
    with doc.kept_together():
        pass
    assert _body(doc.to_bytes()).find(f"{W}tbl") is None
