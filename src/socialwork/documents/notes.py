"""Notes for the social worker: Word comments in a draft, nothing in the final document.

A template marks text meant for the worker — never for the addressee — with the ``note``
helper::

    {{ note("Uzyskaj pisemną zgodę osoby przed wysłaniem skierowania.") }}
    {{ note("Podstawa prawna do potwierdzenia: " ~ referral.kind.legal_basis) }}

In a draft (the default) the note becomes a Word comment anchored on the paragraph where the
helper stands (``commentRangeStart`` at the start of the paragraph, ``commentRangeEnd`` and
a ``commentReference`` at the place of the helper) in a real ``word/comments.xml`` part with
its relationship and content type; Word and LibreOffice show it in the margin and neither
prints it in the page body. In a final render (``final=True``) the helper prints nothing at
all, so nothing meant for the worker reaches the letter that is signed and sent.

How it works: in a draft ``note()`` writes an XML processing instruction
``<?socialwork-note …?>`` into the text run (autoescaped text cannot contain ``<``, so case
data can never forge one); after rendering, :func:`apply_notes` replaces every such
instruction of the body by the comment anchors and :func:`comment_members` adds the comments
part. A note outside the body (a header, footer or footnote) is dropped: those parts cannot
carry comments.
"""

from __future__ import annotations

import copy
import functools
import html
import re
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context
from lxml import etree
from markupsafe import Markup, escape

from socialwork.documents.zipwriter import Member, deflated

__all__ = [
    "COMMENT_AUTHOR",
    "NOTE_TARGET",
    "apply_notes",
    "comment_members",
    "drop_notes",
    "first_comment_id",
    "has_notes",
    "note",
]

NOTE_TARGET = "socialwork-note"
"""The target of the processing instruction ``note()`` writes in a draft."""

COMMENT_AUTHOR = "socialwork – uwaga dla pracownika socjalnego"
"""The author every note's comment carries (Word shows it above the comment)."""

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_COMMENTS_MEMBER = "word/comments.xml"
_DOCUMENT_RELS = "word/_rels/document.xml.rels"
_CONTENT_TYPES = "[Content_Types].xml"
_DECLARATION = b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
_OPEN = f"<?{NOTE_TARGET} "
_PI = re.compile(r"<\?" + NOTE_TARGET + r"\b[^?]*\?>")
# characters XML cannot carry, and the ones docxtpl's post-processing would turn into markup
_UNSAFE = re.compile("[\x00-\x1f\ud800-\udfff\ufffe\uffff]")


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


@pass_context
def note(context: Context, text: object) -> Markup:
    """A note for the social worker: a Word comment in a draft, nothing in a final render.

    ``text`` is plain text (case data may be joined in with ``~``); it is shown in the
    comment exactly as given. Place the helper at the end of the paragraph the note is about.
    """
    if context.get("final"):
        return Markup("")
    if text is None:
        return Markup("")
    content = " ".join(_UNSAFE.sub(" ", str(text)).split())
    if not content:
        return Markup("")
    # escape() turns "<", ">", "&" and quotes into entities, so the instruction can neither
    # end early ("?>") nor carry markup.
    return Markup(f"{_OPEN}{escape(content)}?>")


def has_notes(xml: str) -> bool:
    """Whether rendered XML holds a note instruction (a cheap test before any parsing)."""
    return _OPEN in xml


def drop_notes(xml: str) -> str:
    """``xml`` without note instructions (parts that cannot carry comments)."""
    return _PI.sub("", xml)


def _note_text(instruction: Any) -> str:
    return html.unescape(instruction.text or "")


def _paragraph_of(element: Any) -> Any:
    node = element
    while node is not None and node.tag != _w("p"):
        node = node.getparent()
    return node


def _comment_reference(number: int) -> Any:
    run = etree.Element(_w("r"))
    properties = etree.SubElement(run, _w("rPr"))
    style = etree.SubElement(properties, _w("rStyle"))
    style.set(_w("val"), "CommentReference")
    reference = etree.SubElement(run, _w("commentReference"))
    reference.set(_w("id"), str(number))
    return run


def _range(tag: str, number: int) -> Any:
    element = etree.Element(_w(tag))
    element.set(_w("id"), str(number))
    return element


_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _anchor(instruction: Any, number: int) -> None:
    """Replace ``instruction`` (inside a ``w:t``) by the anchors of comment ``number``: the
    range starts at the paragraph's first content and ends where the note stood, followed
    by the comment reference; the run is split there, its text after the note kept."""
    paragraph = _paragraph_of(instruction)
    text_element = instruction.getparent()
    run = text_element.getparent()
    if (
        paragraph is None
        or text_element.tag != _w("t")
        or run is None
        or run.tag != _w("r")
        or run.getparent() is None
    ):
        _remove_keeping_tail(instruction)
        if paragraph is not None:
            paragraph.append(_range("commentRangeStart", number))
            paragraph.append(_range("commentRangeEnd", number))
            paragraph.append(_comment_reference(number))
        return
    # the text after the note (and any later notes of this w:t) go to a new w:t
    after = etree.Element(_w("t"))
    after.set(_XML_SPACE, "preserve")
    after.text = instruction.tail or ""
    instruction.tail = None
    for sibling in list(instruction.itersiblings()):
        after.append(sibling)
    _remove_keeping_tail(instruction)
    text_element.set(_XML_SPACE, "preserve")
    # the rest of the run: its properties, the new w:t, the run's later children
    rest = etree.Element(_w("r"))
    properties = run.find(_w("rPr"))
    if properties is not None:
        rest.append(copy.deepcopy(properties))
    rest.append(after)
    for sibling in list(text_element.itersiblings()):
        rest.append(sibling)
    if not text_element.text and len(text_element) == 0:
        run.remove(text_element)
    parent = run.getparent()
    index = parent.index(run)
    parent.insert(index + 1, _range("commentRangeEnd", number))
    parent.insert(index + 2, _comment_reference(number))
    if after.text or len(after) or len(rest) > (2 if properties is not None else 1):
        parent.insert(index + 3, rest)
    start = _range("commentRangeStart", number)
    paragraph_properties = paragraph.find(_w("pPr"))
    paragraph.insert(
        0 if paragraph_properties is None else paragraph.index(paragraph_properties) + 1, start
    )


def _remove_keeping_tail(element: Any) -> None:
    parent = element.getparent()
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def apply_notes(tree: Any, first: int = 0) -> list[str]:
    """Turn every note instruction of a rendered body ``tree`` into comment anchors; the
    notes' texts, in document order (the ``i``-th note's comment has id ``first + i``)."""
    instructions = [
        node
        for node in tree.iter(etree.ProcessingInstruction)
        if node.target == NOTE_TARGET
    ]
    texts: list[str] = []
    for number, instruction in enumerate(instructions, start=first):
        texts.append(_note_text(instruction))
        _anchor(instruction, number)
    return texts


def _inflate(member: Member) -> bytes:
    if member.method == 0:
        return member.data
    inflated: bytes = zlib.decompress(member.data, -15)
    return inflated


def _comments_xml(texts: Sequence[str], first: int, existing: bytes | None) -> bytes:
    if existing is not None:
        root = etree.fromstring(existing)
    else:
        root = etree.Element(_w("comments"), nsmap={"w": _W})
    for number, text in enumerate(texts, start=first):
        comment = etree.SubElement(root, _w("comment"))
        comment.set(_w("id"), str(number))
        comment.set(_w("author"), COMMENT_AUTHOR)
        comment.set(_w("initials"), "SW")
        paragraph = etree.SubElement(comment, _w("p"))
        mark = etree.SubElement(paragraph, _w("r"))
        etree.SubElement(mark, _w("annotationRef"))
        run = etree.SubElement(paragraph, _w("r"))
        text_element = etree.SubElement(run, _w("t"))
        text_element.set(_XML_SPACE, "preserve")
        text_element.text = text
    content: bytes = etree.tostring(root, encoding="UTF-8")
    return _DECLARATION + content


@functools.lru_cache(maxsize=64)
def _linked(member: Member) -> Member:
    """``word/_rels/document.xml.rels`` or ``[Content_Types].xml`` with the comments part
    added (once per template: the result is cached)."""
    root = etree.fromstring(_inflate(member))
    if member.name == _DOCUMENT_RELS:
        ids = {element.get("Id") for element in root}
        number = 1
        while f"rIdSwComments{number}" in ids:
            number += 1
        relationship = etree.SubElement(root, f"{{{_PKG_REL}}}Relationship")
        relationship.set("Id", f"rIdSwComments{number}")
        relationship.set("Type", _COMMENTS_REL)
        relationship.set("Target", "comments.xml")
    else:
        override = etree.SubElement(root, f"{{{_CT}}}Override")
        override.set("PartName", f"/{_COMMENTS_MEMBER}")
        override.set("ContentType", _COMMENTS_TYPE)
    return deflated(member.name, _DECLARATION + etree.tostring(root, encoding="UTF-8"))


def comment_members(
    members: Iterable[Member], texts: Sequence[str], first: int = 0
) -> list[Member]:
    """The archive ``members`` with the comments of ``texts`` (ids from ``first``) added: a
    new ``word/comments.xml`` with its relationship from the document and its content type,
    or the template's own comments part extended."""
    members = list(members)
    existing = next((m for m in members if m.name == _COMMENTS_MEMBER), None)
    result: list[Member] = []
    for member in members:
        if member is existing:
            member = deflated(member.name, _comments_xml(texts, first, _inflate(member)))
        elif existing is None and member.name in (_DOCUMENT_RELS, _CONTENT_TYPES):
            member = _linked(member)
        result.append(member)
    if existing is None:
        result.append(deflated(_COMMENTS_MEMBER, _comments_xml(texts, first, None)))
    return result


def first_comment_id(members: Iterable[Member]) -> int:
    """The first free comment id of a template (0, or one past its own comments' ids)."""
    for member in members:
        if member.name == _COMMENTS_MEMBER:
            root = etree.fromstring(_inflate(member))
            ids = [int(c.get(_w("id"), "0")) for c in root.iter(_w("comment"))
                   if (c.get(_w("id")) or "").lstrip("-").isdigit()]
            return max(ids, default=-1) + 1
    return 0
