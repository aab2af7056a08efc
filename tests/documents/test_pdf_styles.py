"""The .docx handed to a running LibreOffice leaves out the styles nothing uses (it reads
every style, used or not): what is printed must not change — every style the document,
its headers, numbering or settings name, and every style those build on, stays."""

from __future__ import annotations

import io
import re
import zipfile

from hypothesis import given, settings
from hypothesis import strategies as st

import socialwork.documents as documents
from socialwork.documents import get_template
from socialwork.documents.pdf import without_unused_styles

from .cases import referral

_ID = re.compile(rb'<w:style\b[^>]*\sw:styleId="([^"]*)"')
_NAMED = re.compile(rb'<w:(?:basedOn|link|next) w:val="([^"]*)"')


def _parts(document: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(document)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _style_blocks(styles: bytes) -> dict[bytes, bytes]:
    blocks = re.findall(rb"<w:style\b[^>]*?(?:/>|>.*?</w:style>)", styles, re.DOTALL)
    return {_ID.search(block)[1]: block for block in blocks}  # type: ignore[index]


_DOCUMENT = documents.render(get_template("skierowanie"), referral(), final=True)
_PARTS = _parts(_DOCUMENT)
_ALL = _style_blocks(_PARTS["word/styles.xml"])


def _closed(styles: dict[bytes, bytes]) -> bool:
    """Every style a kept style builds on or links to is kept too."""
    return all(set(_NAMED.findall(block)) <= styles.keys() for block in styles.values())


def test_unused_styles_are_left_out_and_nothing_else_changes() -> None:
    slim = without_unused_styles(_DOCUMENT)
    parts = _parts(slim)
    assert list(parts) == list(_PARTS)  # same members, same order
    assert all(parts[name] == data for name, data in _PARTS.items() if name != "word/styles.xml")
    kept = _style_blocks(parts["word/styles.xml"])
    assert 0 < len(kept) < len(_ALL) // 3  # the template carries many it does not use
    assert all(_ALL[ident] == block for ident, block in kept.items())  # kept as written
    used = set()
    for name, data in _PARTS.items():
        if name != "word/styles.xml":
            used |= set(re.findall(rb'<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]*)"', data))
    assert used and used <= kept.keys()
    assert {ident for ident, block in _ALL.items() if b'w:default="1"' in block} <= kept.keys()
    assert _closed(kept)
    with zipfile.ZipFile(io.BytesIO(slim)) as archive:
        assert archive.testzip() is None


@settings(max_examples=40, deadline=None)
@given(st.sets(st.sampled_from(sorted(_ALL)), max_size=12))
def test_every_named_style_and_what_it_builds_on_stays(chosen: set[bytes]) -> None:
    paragraphs = b"".join(
        b'<w:p><w:pPr><w:pStyle w:val="' + ident + b'"/></w:pPr></w:p>' for ident in sorted(chosen)
    )
    body = _with_body_start(paragraphs)
    document = _with(_DOCUMENT, "word/document.xml", body)
    kept = _style_blocks(_parts(without_unused_styles(document))["word/styles.xml"])
    assert chosen <= kept.keys()
    assert _closed(kept)


def _with_body_start(xml: bytes) -> bytes:
    """document.xml with ``xml`` put first in the body."""
    body = _PARTS["word/document.xml"]
    start = body.index(b">", body.index(b"<w:body")) + 1
    return body[:start] + xml + body[start:]


def _with(document: bytes, name: str, data: bytes) -> bytes:
    result = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(document)) as source, zipfile.ZipFile(result, "w") as target:
        for info in source.infolist():
            target.writestr(info, data if info.filename == name else source.read(info))
    return result.getvalue()


def test_documents_it_cannot_read_this_way_are_handed_over_unchanged() -> None:
    for document in (b"PK not a zip", b""):
        assert without_unused_styles(document) == document
    field = _with_body_start(b'<w:p><w:fldSimple w:instr=" STYLEREF Heading1 "/></w:p>')
    with_field = _with(_DOCUMENT, "word/document.xml", field)
    assert without_unused_styles(with_field) == with_field  # a field may name a style
    no_styles = io.BytesIO()
    with zipfile.ZipFile(no_styles, "w") as archive:
        archive.writestr("word/document.xml", _PARTS["word/document.xml"])
    assert without_unused_styles(no_styles.getvalue()) == no_styles.getvalue()
