"""Reading rendered documents back: the text of a .docx and a strict well-formedness check.

Used by the tests, the benchmark and by vendors who want to assert on their own templates.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

__all__ = ["check_xml", "document_text", "part_text", "xml_parts"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)


def xml_parts(document: bytes) -> dict[str, bytes]:
    """Every XML member (``*.xml``, ``*.rels``) of a .docx, by name."""
    with zipfile.ZipFile(io.BytesIO(document)) as archive:
        return {
            name: archive.read(name)
            for name in archive.namelist()
            if name.endswith((".xml", ".rels"))
        }


def check_xml(document: bytes) -> None:
    """Parse every XML part strictly (no recovery); raise ``lxml.etree.XMLSyntaxError`` on
    the first malformed one."""
    for content in xml_parts(document).values():
        etree.fromstring(content, _parser())


def part_text(xml: bytes) -> str:
    """The text of one WordprocessingML part: ``w:t`` text concatenated, ``w:br`` as a newline,
    ``w:tab`` as a tab, a newline after each paragraph."""
    root = etree.fromstring(xml, _parser())
    chunks: list[str] = []
    for element in root.iter():
        tag = element.tag
        if tag == f"{_W}t":
            chunks.append(element.text or "")
        elif tag == f"{_W}br" or tag == f"{_W}cr":
            chunks.append("\n")
        elif tag == f"{_W}tab" and element.getparent() is not None and (
            element.getparent().tag == f"{_W}r"
        ):
            chunks.append("\t")
        elif tag == f"{_W}p" and chunks and not chunks[-1].endswith("\n"):
            chunks.append("\n")
    return "".join(chunks)


def document_text(document: bytes, *, headers: bool = True, nbsp: bool = False) -> str:
    """The text of a .docx: the body, then (optionally) headers, footers and footnotes.

    No-break spaces (U+00A0, which socialwork's typography puts after "art.", in
    "14 dni"…) read as plain spaces, so the words can be searched for as they are written;
    ``nbsp=True`` keeps them (the typography is checked on the XML, see ``xml_parts``)."""
    parts = xml_parts(document)
    names = ["word/document.xml"]
    if headers:
        names += sorted(
            name
            for name in parts
            if name.startswith(("word/header", "word/footer", "word/footnotes"))
            and name.endswith(".xml")
        )
    text = "\n".join(part_text(parts[name]) for name in names if name in parts)
    return text if nbsp else text.replace("\u00a0", " ")
