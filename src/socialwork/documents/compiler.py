"""Compile a .docx template once; render it many times.

A template is read, preprocessed exactly as docxtpl preprocesses it (``patch_xml``: tags split
across runs joined, ``{%p %}``/``{%tr %}``/``{%tc %}``/``{%r %}`` tags lifted out of their
host element, ``colspan``/``cellbg``/``vm``/``hm``…) and each part that holds Jinja tags is
compiled to a Jinja template — once. Rendering then only runs the compiled Jinja code, applies
docxtpl's post-processing (line breaks, tabs, escaped delimiters, table grid fixes, drawing
ids), checks that every rendered part is well-formed XML (strict parser, no recovery), deflates
the rendered parts and copies every other member of the archive still compressed. The text of
the result is the text docxtpl gives for the same template and context.

Compiled templates are cached per file (path, modification time, size).
"""

from __future__ import annotations

import io
import re
import threading
import traceback
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import CodeType
from typing import Any
from xml.parsers import expat

import attrs
from jinja2 import Template, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError, TemplateError
from lxml import etree
from markupsafe import Markup

from socialwork.documents import embedding, template_cache
from socialwork.documents.environment import (
    LISTING_MARKERS,
    DocumentEnvironment,
    environment,
    unescape_literals,
    wrap_outputs,
)
from socialwork.documents.errors import (
    DocumentError,
    MissingDataError,
    TemplateDefinitionError,
    UnsupportedFeatureError,
    ValueFormatError,
)
from socialwork.documents.extensions import missing_filters, rewrite_extra_filters
from socialwork.documents.notes import (
    apply_notes,
    comment_members,
    drop_notes,
    first_comment_id,
    has_notes,
)
from socialwork.documents.package import check_package, read_package
from socialwork.documents.polish import FormatError
from socialwork.documents.typography import typeset_source, wrap_typeset
from socialwork.documents.wellformed import (
    is_well_formed_fragment,
    printing,
    proved_well_formed,
)
from socialwork.documents.zipwriter import Member, build_zip, deflated, read_members
from socialwork.errors import foreign_text

__all__ = ["CompiledPart", "CompiledTemplate", "compile_docx", "load_template", "part_sources"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_HEADER_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
_FOOTER_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_CORE_MEMBER = "docProps/core.xml"
_DECLARATION = b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
_TAG_MARKERS = ("{{", "{%", "{#", "{_", "_}")
# Core document properties docxtpl renders, with their element in docProps/core.xml.
_CORE_PROPERTIES = {
    "author": "{http://purl.org/dc/elements/1.1/}creator",
    "comments": "{http://purl.org/dc/elements/1.1/}description",
    "identifier": "{http://purl.org/dc/elements/1.1/}identifier",
    "language": "{http://purl.org/dc/elements/1.1/}language",
    "subject": "{http://purl.org/dc/elements/1.1/}subject",
    "title": "{http://purl.org/dc/elements/1.1/}title",
}


_LISTING_CHARS = ("\n", "\t", "\a", "\f")
_LISTING = re.compile("[\n\t\a\f]")
_PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", flags=re.DOTALL)


def _listing_positions(xml: str) -> Iterator[int]:
    """The positions of the listing characters in ``xml``, in order: ``str.find`` per
    character (a fast scan of memory) instead of a regular expression over the whole text."""
    ahead = {char: xml.find(char) for char in _LISTING_CHARS}
    ahead = {char: found for char, found in ahead.items() if found >= 0}
    while ahead:
        char = min(ahead, key=ahead.__getitem__)
        position = ahead[char]
        yield position
        following = xml.find(char, position + 1)
        if following < 0:
            del ahead[char]
        else:
            ahead[char] = following


def _resolve_listing(xml: str) -> str:
    """docxtpl's ``resolve_listing`` (newline → ``<w:br/>``, tab → ``<w:tab/>``, ``\\a`` → new
    paragraph, ``\\f`` → page break), applied only to the paragraphs that need it: the same
    result, without running its nested regular expressions over every paragraph."""
    return _resolve_listing_checked(xml)[0]


def _resolve_listing_checked(xml: str) -> tuple[str, bool]:
    """:func:`_resolve_listing`, and whether the result is known to be well-formed when
    ``xml`` was: each rewritten paragraph was a balanced element and still is (so only those
    paragraphs are parsed, not the document)."""
    from docxtpl import DocxTemplate

    def paragraph(match: re.Match[str]) -> str:
        text = match.group(0)
        if _LISTING.search(text):
            return str(DocxTemplate.resolve_listing(None, text))
        return text

    if "txbxContent" in xml:  # paragraphs nested in a text box: scan them all, in order
        return _PARAGRAPH.sub(paragraph, xml), False
    # Paragraphs are not nested: the paragraph around each listing character is found
    # directly (the same segments the scan above would find), and only those are rewritten.
    pieces: list[str] = []
    done = 0  # xml[:done] is in pieces
    floor = 0  # no paragraph around a later character starts before this
    checked = True
    for position in _listing_positions(xml):
        if position < done:
            continue  # inside the paragraph just rewritten
        start = max(xml.rfind("<w:p>", floor, position), xml.rfind("<w:p ", floor, position))
        match = _PARAGRAPH.match(xml, start) if start >= 0 else None
        if match is None or match.end() <= position:
            floor = position  # between paragraphs: not part of any
            continue
        pieces.append(xml[done:start])
        rewritten = paragraph(match)
        if checked and rewritten != match.group(0):
            checked = is_well_formed_fragment(match.group(0)) and is_well_formed_fragment(
                rewritten
            )
        pieces.append(rewritten)
        done = floor = match.end()
    if not pieces:
        return xml, True
    pieces.append(xml[done:])
    return "".join(pieces), checked


def _strict_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True
    )


_BLANK_TEXT_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True,
    remove_blank_text=True,
)


def _has_tags(text: str) -> bool:
    return any(marker in text for marker in _TAG_MARKERS)


@attrs.frozen
class PartSource:
    """The docxtpl-preprocessed XML of one part: what Jinja sees."""

    member: str  # zip member name, e.g. "word/document.xml"
    kind: str  # "body", "header", "footer", "footnotes"
    source: str


def _docxtpl(data: bytes) -> Any:
    from docxtpl import DocxTemplate

    template = DocxTemplate(io.BytesIO(data))
    template.init_docx()
    return template


def part_sources(data: bytes) -> tuple[list[PartSource], dict[str, str], bytes, bytes]:
    """The preprocessed parts of a .docx (as docxtpl builds them), its core properties that
    hold tags, the ``document.xml`` skeleton (prefix and suffix around ``<w:body>``) and the
    core properties part as docxtpl writes it (every property it renders present, empty if
    the template has none)."""
    template = _docxtpl(data)
    docx = template.docx
    sources: list[PartSource] = []

    body_xml = template.patch_xml(template.get_xml())
    sources.append(PartSource(docx.part.partname.lstrip("/"), "body", body_xml))

    for uri, kind in ((_HEADER_REL, "header"), (_FOOTER_REL, "footer")):
        for _key, part in template.get_headers_footers(uri):
            xml = template.patch_xml(template.get_part_xml(part))
            sources.append(PartSource(part.partname.lstrip("/"), kind, xml))

    for part in docx.part.package.parts:
        if part.content_type == _FOOTNOTES_TYPE:
            blob = part.blob.decode("utf-8") if isinstance(part.blob, bytes) else part.blob
            xml = template.patch_xml(blob)
            sources.append(PartSource(part.partname.lstrip("/"), "footnotes", xml))

    properties: dict[str, str] = {}
    core = docx.core_properties
    for name in _CORE_PROPERTIES:
        value = getattr(core, name) or ""
        if _has_tags(value):
            properties[name] = value
        # docxtpl sets every property it renders, so each one's element exists afterwards
        setattr(core, name, value)
    core_xml = etree.tostring(core._element, encoding="UTF-8", standalone=True)

    root = docx.element
    skeleton = etree.tostring(root, encoding="UTF-8", standalone=True)
    return sources, properties, skeleton, core_xml


@attrs.frozen
class CompiledPart:
    """One compiled part of a template."""

    member: str
    kind: str
    source: str
    template: Template = attrs.field(repr=False)
    has_tables: bool
    has_drawings: bool
    extra_filters: frozenset[str] = frozenset()
    """Filters the part uses that the environment does not define (a plugin's or a call's)."""
    well_formed: bool = False
    """Every render that prints no markup is well-formed XML (:mod:`.wellformed`): such a
    render is not parsed again."""
    code: CodeType | None = attrs.field(default=None, repr=False, eq=False)
    """The compiled Python code of the part (what :mod:`.template_cache` keeps)."""


def _line_context(source: str, lineno: int | None) -> str:
    if not lineno:
        return ""
    lines = source.splitlines()
    if not 0 < lineno <= len(lines):
        return ""
    text = re.sub(r"<[^>]+>", "", lines[lineno - 1]).strip()
    text = " ".join(text.split())
    if len(text) > 160:
        text = text[:157] + "…"
    return text


def _compile_part(
    env: DocumentEnvironment,
    template_name: str,
    part: PartSource,
    typography: bool = False,
    original: bytes = b"",
) -> CompiledPart:
    source = re.sub(r"<w:p([ >])", r"\n<w:p\1", part.source)
    if typography:
        source = typeset_source(source)
    filename = f"{template_name}:{part.member}"
    try:
        tree = env.parse(source, name=filename, filename=filename)
        unescape_literals(tree)
        extra_filters = rewrite_extra_filters(tree, env.filters)
        wrap_outputs(tree, env)
        if typography:
            wrap_typeset(tree, env)
        well_formed = proved_well_formed(tree, env, filename)
        code = env.compile(tree, name=filename, filename=filename)
        template = env.template_class.from_code(env, code, env.make_globals(None), None)
    except TemplateSyntaxError as exc:
        hint = ""
        match = re.search(r"unknown tag '(tr|tc|p|r)'", str(exc.message))
        if match:
            hint = (
                f"; a {{%{match.group(1)} … %}} tag must be the only tag of its "
                + {"tr": "table row", "tc": "table cell", "p": "paragraph", "r": "run"}[
                    match.group(1)
                ]
                + " and sit inside one, and its expression may not contain '}' or '%' "
                "(write dict(a=1), not {'a': 1})"
            )
        where = _line_context(source, exc.lineno)
        raise TemplateDefinitionError(
            f"template {template_name!r}: Jinja syntax error in {part.member}: {exc.message}"
            f"{hint}" + (f" (near: {where!r})" if where else "")
        ) from None
    except (TemplateError, ArithmeticError, ValueError, RecursionError, MemoryError,
            TypeError, LookupError, AttributeError) as exc:
        # e.g. {{ 10**5000 }} folded at compile time: a value too large to print
        raise TemplateDefinitionError(
            f"template {template_name!r} cannot be compiled: {part.member} failed with "
            f"{type(exc).__name__} (an expression too large, too deep or invalid); check its "
            "expressions"
        ) from None
    return CompiledPart(
        member=part.member,
        kind=part.kind,
        source=source,
        template=template,
        has_tables=("<w:tbl>" in source or "<w:tbl " in source)
        and not (original and _tables_are_static(original)),
        has_drawings="docPr" in source,
        extra_filters=extra_filters,
        well_formed=well_formed,
        code=code,
    )


def _renumber_drawings(tree: Any) -> None:
    # docxtpl renumbers every drawing id from 1001 so copies made by loops do not collide.
    for number, element in enumerate(tree.iter(f"{{{_WP}}}docPr"), start=1001):
        element.set("id", str(number))


# A table needs docxtpl's fix when one of its own rows has more cells than its grid has
# columns, or when none of its rows (counting gridSpan) is as wide as the grid — the same test
# as docxtpl's fix_tables, evaluated by libxml2 instead of a Python loop over every row.
_ROW_SPAN = "(count(w:tc[not(w:tcPr/w:gridSpan)]) + sum(w:tc/w:tcPr/w:gridSpan/@w:val))"
_COLUMNS = "count(../w:tblGrid/w:gridCol)"
_TABLES_TO_FIX = etree.XPath(
    f"//w:tbl[w:tblGrid][w:tr[count(w:tc) > {_COLUMNS}] or not(w:tr[{_ROW_SPAN} >= {_COLUMNS}])]",
    namespaces={"w": _W},
)


# (docxtpl's comment tags {#tc … #} / {#tr … #} remove a cell / a row too)
_DYNAMIC_CELL_TAG = re.compile(r"\{[%#]-?\s*(?:tc|colspan|cellbg|hm|vm)\b")
_ROW_TAG_MARKERS = ("{%tr", "{% tr", "{#tr", "{# tr")


def _tables_are_static(xml: bytes) -> bool:
    """Whether no render of this part can make a table's rows not fit its grid: no tag builds
    cells (``{%tc %}``, ``colspan``, ``hm``, ``vm``, ``cellbg``), and every row of every table
    (other than the ``{%tr %}`` tag rows, which the preprocessing removes) is exactly as wide
    as the grid — so repeating or dropping rows cannot change a table's width. Then the
    per-render check is skipped."""
    text = re.sub(r"<[^>]+>", "", xml.decode("utf-8", "replace"))  # tags split across runs
    if _DYNAMIC_CELL_TAG.search(text):
        return False
    try:
        tree = etree.fromstring(xml, _strict_parser())
    except etree.XMLSyntaxError:
        return False
    for table in tree.iter(f"{{{_W}}}tbl"):
        grid = table.find(f"{{{_W}}}tblGrid")
        if grid is None:
            continue
        columns = len(grid.findall(f"{{{_W}}}gridCol"))
        for row in table.iterchildren(f"{{{_W}}}tr"):
            if any(marker in "".join(row.itertext()) for marker in _ROW_TAG_MARKERS):
                continue
            width = 0
            for cell in row.iterchildren(f"{{{_W}}}tc"):
                span = cell.find(f"{{{_W}}}tcPr/{{{_W}}}gridSpan")
                try:
                    width += int(span.get(f"{{{_W}}}val")) if span is not None else 1
                except (TypeError, ValueError):
                    return False
            if width != columns or row.find(f"{{{_W}}}trPr/{{{_W}}}gridBefore") is not None \
                    or row.find(f"{{{_W}}}trPr/{{{_W}}}gridAfter") is not None:
                return False
    return True


def _tables_need_fix(tree: Any) -> bool:
    """Whether a rendered table's rows do not fit its grid (a ``{%tc for %}`` column loop
    added or removed cells), so docxtpl's table fix is needed. Only a table's own rows count:
    the rows of a table nested in one of its cells belong to that table's grid."""
    return bool(_TABLES_TO_FIX(tree))


@attrs.define
class CompiledTemplate:
    """A template compiled once, renderable many times (thread-safe)."""

    name: str
    members: list[Member] = attrs.field(repr=False)
    parts: dict[str, CompiledPart] = attrs.field(repr=False)
    properties: dict[str, Template] = attrs.field(repr=False)
    document_prefix: bytes = attrs.field(repr=False)
    document_suffix: bytes = attrs.field(repr=False)
    core_xml: bytes = attrs.field(default=b"", repr=False)
    comment_base: int = 0  # the first comment id free for notes (see documents.notes)
    extra_filters: frozenset[str] = frozenset()
    """Filters the template uses that the environment does not define: each must be defined
    by a plugin or the call when it renders."""
    _index: embedding.PackageIndex | None = attrs.field(default=None, init=False, repr=False)
    _repeated: dict[tuple[str, str], Member] = attrs.field(factory=dict, init=False, repr=False)

    def package_index(self) -> embedding.PackageIndex:
        """What the template's package holds (relationships, pictures, content types),
        read the first time a render needs it."""
        if self._index is None:
            self._index = embedding.PackageIndex(self.members)
        return self._index

    def _fail(self, exc: BaseException, part: CompiledPart) -> DocumentError:
        lineno = None
        for frame in traceback.extract_tb(exc.__traceback__):
            if frame.filename == f"{self.name}:{part.member}":
                lineno = frame.lineno
        where = _line_context(part.source, lineno)
        near = f" (in {part.member}, near: {where!r})" if where else f" (in {part.member})"
        if isinstance(exc, MissingDataError):
            return MissingDataError(
                f"template {self.name!r}: {exc.message}{near}; add the data to the case, or "
                "make the template skip it when empty ({% if … %})",
                template=self.name,
                variable=exc.variable,
            )
        if isinstance(exc, UnsupportedFeatureError | ValueFormatError | TemplateDefinitionError):
            # raised by socialwork itself (a refused docxtpl object, a bad picture, an
            # unknown filter): the message is safe to repeat; say where
            return type(exc)(f"template {self.name!r}: {exc.message}{near}")
        if isinstance(exc, UndefinedError):
            named = re.match(r"'([^']+)' is undefined", str(exc.message or ""))
            return MissingDataError(
                f"template {self.name!r}: {exc.message}{near}; add the data to the case, or "
                "correct the variable name in the template (socialwork lint-templates)",
                template=self.name,
                variable=named.group(1) if named else "",
            )
        if isinstance(exc, SecurityError):
            return TemplateDefinitionError(
                f"template {self.name!r} tried an operation templates may not do: {exc}{near}"
            )
        if isinstance(exc, FormatError):
            return ValueFormatError(f"template {self.name!r}: {exc}{near}")
        if isinstance(exc, TypeError):  # messages about types, not values
            return TemplateDefinitionError(
                f"template {self.name!r} failed: {foreign_text(str(exc))}{near}"
            )
        if isinstance(exc, RecursionError):
            return TemplateDefinitionError(
                f"template {self.name!r} recursed too deeply (a macro or include calling "
                f"itself without end){near}"
            )
        # Other exceptions' messages may quote case data: only the type is reported.
        return TemplateDefinitionError(
            f"template {self.name!r} failed with {type(exc).__name__}{near}; check the "
            "expression on that line"
        )

    def _render_part(self, part: CompiledPart, context: Mapping[str, Any]) -> tuple[str, bool]:
        """The rendered XML of ``part``, and whether it is known to be well-formed without
        parsing it (the part is proved so, :mod:`.wellformed`, and this render printed no
        markup and added no line break the proof does not cover)."""
        with printing() as markup:
            try:
                xml = part.template.render(context)
            except (TemplateError, FormatError, TypeError, ValueError, ArithmeticError,
                    LookupError, AttributeError, RecursionError, MemoryError,
                    TemplateDefinitionError) as exc:
                raise self._fail(exc, part) from None
        well_formed = part.well_formed and not markup
        # undo the line breaks _compile_part put before each paragraph (a plain replace:
        # a regular expression with a group reference costs a call per paragraph)
        xml = xml.replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")
        if "{_" in xml or "_}" in xml:  # each sequence below holds one of them
            xml = (
                xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%")
                .replace("%_}", "%}")
            )
        if any(char in xml for char in _LISTING_CHARS):
            xml, resolved_well_formed = _resolve_listing_checked(xml)
            well_formed = well_formed and resolved_well_formed
            if "\a" in xml or "\f" in xml:  # not in a paragraph's text: visible markers
                for char, marker in LISTING_MARKERS.items():
                    xml = xml.replace(char, marker)
        return str(xml), well_formed

    def _check(
        self, part: CompiledPart, xml: bytes, parser: etree.XMLParser | None = None
    ) -> Any:
        try:
            return etree.fromstring(xml, parser or _strict_parser())
        except etree.XMLSyntaxError as exc:
            raise TemplateDefinitionError(
                f"template {self.name!r} produced malformed XML in {part.member} ({exc}); "
                "check its {%p %}/{%tr %} tags: each must be alone in its paragraph or row"
            ) from None

    def _check_only(self, part: CompiledPart, xml: bytes) -> None:
        """The same well-formedness check as :meth:`_check` (namespaces included), without
        building a tree: expat only reads the text. A document type declaration (which the
        tree parser would refuse to expand) is refused outright."""
        parser = expat.ParserCreate(namespace_separator=" ")

        def no_doctype(*args: Any) -> None:
            raise expat.ExpatError("document type declarations are not allowed")

        parser.StartDoctypeDeclHandler = no_doctype
        parser.EntityDeclHandler = no_doctype
        try:
            parser.Parse(xml, True)
        except expat.ExpatError as exc:
            raise TemplateDefinitionError(
                f"template {self.name!r} produced malformed XML in {part.member} ({exc}); "
                "check its {%p %}/{%tr %} tags: each must be alone in its paragraph or row"
            ) from None

    def render(
        self, context: Mapping[str, Any], *, hyperlinks: Mapping[str, str] | None = None
    ) -> bytes:
        """Render to the bytes of a .docx file. ``hyperlinks`` (rId → URL) are external
        hyperlink relationships the body gets (those a caller's ``DocxTemplate`` made with
        ``build_url_id`` for its ``RichText`` links)."""
        if self.extra_filters:
            missing_filters(self.extra_filters, self.name)
        body = next(
            (p.member for p in self.parts.values() if p.kind == "body"), "word/document.xml"
        )
        state = embedding.RenderState(self.package_index, body, hyperlinks)
        rendered: dict[str, Member] = {}
        notes: list[str] = []
        with embedding.rendering(state):
            for part in self.parts.values():
                state.part = part.member
                notes += self._render_checked_part(part, context, state, rendered)
        if self.properties:
            member = self._render_properties(context)
            rendered[member.name] = member
        members: list[Member] = list(self.members)
        if state.changed():  # pictures, links: media parts, relationships, content types
            added = state.members()
            names = {m.name for m in members}
            members = [added.get(m.name, m) for m in members]
            members += [added[name] for name in added if name not in names]
        if notes:
            members = comment_members(members, notes, self.comment_base)
        return build_zip(rendered.get(m.name, m) for m in members)

    def _render_checked_part(
        self,
        part: CompiledPart,
        context: Mapping[str, Any],
        state: embedding.RenderState,
        rendered: dict[str, Member],
    ) -> list[str]:
        """Render one part into ``rendered``; return the notes for the worker it holds (the
        body's; other parts cannot carry comments, their notes are dropped)."""
        notes: list[str] = []
        xml, well_formed = self._render_part(part, context)
        if state.pending:
            xml = state.resolve(part.member, xml)
        if part.kind != "body" and has_notes(xml):
            xml = drop_notes(xml)  # only the body can carry comments
        if part.kind == "body":
            encoded = xml.encode("utf-8")
            changed = False
            drawings = part.has_drawings or "docPr" in xml
            needs_notes = has_notes(xml)
            if part.has_tables or drawings or needs_notes:
                tree = self._check(part, encoded)
                if part.has_tables and _tables_need_fix(tree):
                    from docxtpl import DocxTemplate

                    tree = DocxTemplate.fix_tables(None, xml)
                    changed = True
                if drawings:
                    _renumber_drawings(tree)
                    changed = True
                if needs_notes:
                    notes = apply_notes(tree, self.comment_base)
                    changed = True
            elif not well_formed:
                self._check_only(part, encoded)
            body = etree.tostring(tree, encoding="UTF-8") if changed else encoded
            if body.startswith(b"<?xml"):
                body = body.split(b"?>", 1)[1].lstrip()
            content = self.document_prefix + body + self.document_suffix
        elif part.kind == "footnotes":
            content = xml.encode("utf-8")
            if not well_formed:
                self._check_only(part, content)
        else:
            # A header or footer usually renders the same for every case of a batch: its
            # member, a function of its XML, is remembered.
            key = (part.member, xml)
            member = self._repeated.get(key)
            if member is None:
                content = _DECLARATION + xml.encode("utf-8")
                tree = self._check(part, content, _BLANK_TEXT_PARSER)
                # docxtpl reloads a rendered header/footer with python-docx's parser, which
                # drops whitespace-only text between elements: so do we
                content = etree.tostring(tree, encoding="UTF-8", standalone=True)
                member = deflated(part.member, content)
                if len(self._repeated) < _REPEATED_LIMIT:
                    self._repeated[key] = member
            rendered[part.member] = member
            return notes
        rendered[part.member] = deflated(part.member, content)
        return notes

    def _render_properties(self, context: Mapping[str, Any]) -> Member:
        tree = etree.fromstring(self.core_xml, _strict_parser())
        for name, template in self.properties.items():
            try:
                value = template.render(context)
            except (TemplateError, FormatError, TypeError, ValueError) as exc:
                message = (
                    f"template {self.name!r}: document property {name!r}: "
                    f"{foreign_text(str(exc))}"
                )
                if isinstance(exc, UndefinedError):
                    raise MissingDataError(message, template=self.name) from None
                if isinstance(exc, FormatError | ValueError):
                    raise ValueFormatError(message) from None
                raise TemplateDefinitionError(message) from None
            element = tree.find(_CORE_PROPERTIES[name])
            if element is not None:
                # a property is plain text, not XML: undo the autoescaping (lxml escapes it
                # when writing). Plain docxtpl leaves it escaped: Word shows "&amp;".
                text = Markup(value).unescape()
                for char, marker in LISTING_MARKERS.items():
                    text = text.replace(char, marker)
                element.text = text
        content = etree.tostring(tree, encoding="UTF-8", standalone=True)
        return deflated(_CORE_MEMBER, content)


def compile_docx(
    data: bytes, name: str, env: DocumentEnvironment | None = None, *, typography: bool = False
) -> CompiledTemplate:
    """Compile the bytes of a .docx template; ``typography=True`` applies Polish typography
    to its static text and printed values (:mod:`socialwork.documents.typography`)."""
    env = env or environment()
    key = template_cache.entry_key(data, name, env, typography)
    try:
        check_package(data, name)
        cached = _from_cache(key, data, name, env)
        if cached is not None:
            return cached
        members = read_members(data)
        sources, properties, skeleton, core_xml = part_sources(data)
    except TemplateDefinitionError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise TemplateDefinitionError(
            f"template {name!r} is not a readable .docx file ({foreign_text(str(exc))}); "
            "save it again from Word or LibreOffice as .docx"
        ) from None
    except (zlib.error, EOFError, OSError, RuntimeError, NotImplementedError,
            MemoryError) as exc:  # a corrupt member (bad deflate data), an unknown method
        raise TemplateDefinitionError(
            f"template {name!r} is not a readable .docx file (a corrupt archive member: "
            f"{_type_name(exc)}); save it again from Word or LibreOffice as .docx"
        ) from None
    names = {member.name for member in members}
    parts: dict[str, CompiledPart] = {}
    prefix = suffix = b""
    for source in sources:
        if source.member not in names:
            continue
        if source.kind == "body":
            head, sep, tail = skeleton.partition(b"<w:body>")
            if not sep:
                head, sep, tail = skeleton.partition(b"<w:body ")
                tail = b"<w:body " + tail
            else:
                tail = b"<w:body>" + tail
            end = tail.rfind(b"</w:body>")
            if end < 0:
                empty = tail.find(b"/>")
                end, close = empty, b"/>"
            else:
                close = b"</w:body>"
            prefix, suffix = head, tail[end + len(close) :]
        elif not _has_tags(source.source):
            continue
        original = b""
        if source.kind == "body" and ("<w:tbl>" in source.source or "<w:tbl " in source.source):
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                original = archive.read(source.member)
        parts[source.member] = _compile_part(env, name, source, typography, original)
    compiled_properties: dict[str, Template] = {}
    property_codes: list[tuple[str, CodeType]] = []
    for prop, text in properties.items():
        try:
            code = env.compile(text)
        except TemplateSyntaxError as exc:
            raise TemplateDefinitionError(
                f"template {name!r}: Jinja syntax error in document property {prop!r}: "
                f"{exc.message}"
            ) from None
        compiled_properties[prop] = _template(env, code)
        property_codes.append((prop, code))
    template_cache.store(key, (
        tuple(
            (part.member, part.kind, part.source, part.code, part.has_tables,
             part.has_drawings, tuple(sorted(part.extra_filters)), part.well_formed)
            for part in parts.values()
        ),
        tuple(property_codes),
        prefix,
        suffix,
        core_xml,
    ))
    return _assemble(name, members, parts, compiled_properties, prefix, suffix, core_xml)


def _assemble(
    name: str,
    members: list[Member],
    parts: dict[str, CompiledPart],
    properties: dict[str, Template],
    prefix: bytes,
    suffix: bytes,
    core_xml: bytes,
) -> CompiledTemplate:
    """The compiled template of freshly compiled or cached parts: the core properties part
    written as docxtpl writes it (every property it renders, empty ones too)."""
    if any(member.name == _CORE_MEMBER for member in members):
        members = [
            deflated(_CORE_MEMBER, core_xml) if member.name == _CORE_MEMBER else member
            for member in members
        ]
    return CompiledTemplate(
        name,
        members,
        parts,
        properties,
        prefix,
        suffix,
        core_xml if properties else b"",
        first_comment_id(members),
        frozenset().union(*(part.extra_filters for part in parts.values())),
    )


def _template(env: DocumentEnvironment, code: CodeType) -> Template:
    """The Jinja template of compiled ``code`` (what ``env.from_string`` builds)."""
    return env.template_class.from_code(env, code, env.make_globals(None), None)


def _from_cache(
    key: str, data: bytes, name: str, env: DocumentEnvironment
) -> CompiledTemplate | None:
    """The template compiled earlier from the same bytes by the same code, kept on disk by
    :mod:`.template_cache`; ``None`` when there is no usable entry."""
    entry = template_cache.load(key)
    if entry is None:
        return None
    try:
        part_entries, property_entries, prefix, suffix, core_xml = entry
        parts: dict[str, CompiledPart] = {}
        for (member, kind, source, code, has_tables, has_drawings, extra,
             well_formed) in part_entries:
            if not isinstance(code, CodeType) or not isinstance(source, str):
                return None
            parts[member] = CompiledPart(
                member=member,
                kind=kind,
                source=source,
                template=_template(env, code),
                has_tables=bool(has_tables),
                has_drawings=bool(has_drawings),
                extra_filters=frozenset(extra),
                well_formed=well_formed is True,
                code=code,
            )
        compiled_properties = {
            prop: _template(env, code) for prop, code in property_entries
        }
        members = read_members(data)
    except Exception:  # an entry of another shape: compile as if there were none
        return None
    return _assemble(name, members, parts, compiled_properties, prefix, suffix, core_xml)


_REPEATED_LIMIT = 256
"""Rendered headers and footers remembered per template (see _render_checked_part)."""
_CACHE: dict[tuple[str, str, bool], tuple[tuple[int, int], CompiledTemplate]] = {}
_CACHE_LOCK = threading.Lock()


_RESOLVED: dict[str, str] = {}


def _resolved(path: Path) -> str:
    """``str(path.resolve())``, remembered for an absolute path (a template's path is looked
    up on every render; resolving it costs a system call per folder). The file's version is
    still checked on every render (:func:`load_template`)."""
    if not path.is_absolute():
        return str(path.resolve())
    text = str(path)
    found = _RESOLVED.get(text)
    if found is None:
        found = str(path.resolve())
        if len(_RESOLVED) < 4096:
            _RESOLVED[text] = found
    return found


def load_template(path: Path, name: str, *, typography: bool = False) -> CompiledTemplate:
    """The compiled template at ``path``, compiled once per file version (mtime, size)."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise TemplateDefinitionError(
            f"template {name!r}: cannot read {path} ({exc.strerror or exc})"
        ) from None
    key = (_resolved(path), name, typography)
    version = (stat.st_mtime_ns, stat.st_size)
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
    if cached is not None and cached[0] == version:
        return cached[1]
    data = read_package(path, name)  # a regular file of bounded size
    compiled = compile_docx(data, name, typography=typography)
    with _CACHE_LOCK:
        _CACHE[key] = (version, compiled)
    return compiled


def _type_name(exc: BaseException) -> str:
    kind = type(exc)
    return kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__name__}"
