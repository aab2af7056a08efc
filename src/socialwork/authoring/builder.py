"""Build .docx templates from Python code (python-docx, from the extra ``authoring``; not a
runtime dependency of rendering).

Every template built here looks like a document a Polish office prints:

* A4 portrait, margins 2 cm (top/bottom/right) and 2.5 cm (left, for binding);
* "Times New Roman" 11 pt with Polish language set — LibreOffice on Debian substitutes the
  metric-compatible Liberation Serif (``fonts-liberation``), Word uses Times New Roman;
  both have every Polish glyph;
* a letterhead area (the organ on the left, place and date on the right), the case
  reference, an addressee block, title, numbered headings;
* bordered tables, including docxtpl row loops (``{%tr for … %}``);
* signature lines with captions;
* a header with the draft marker "PROJEKT — do sprawdzenia przez pracownika socjalnego"
  (printed only in draft mode: ``{% if not final %}``) and a footer "Strona X z Y" (page
  fields, filled in by Word/LibreOffice).

The docxtpl tags are always written whole inside one run, so they are never split.
See ``docs/templates.md`` for a walk-through.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from socialwork.documents.lint import grid_problems
from socialwork.documents.zipwriter import build_zip, read_members

__all__ = [
    "DRAFT_MARKER",
    "FONT",
    "ROW_ENDIF",
    "DocumentBuilder",
    "Run",
    "note_tag",
    "row_if",
]

FONT = "Times New Roman"
"""Font name written into templates (LibreOffice renders it with Liberation Serif)."""

DRAFT_MARKER = "PROJEKT — do sprawdzenia przez pracownika socjalnego"
"""Printed in the header of every page of a draft (not in a final render)."""

_FIXED_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
_GREY = RGBColor(0x59, 0x59, 0x59)
_LABEL_FILL = "EDEDED"

Run = str | tuple[str, str]
"""A piece of paragraph text: a plain string, or ``(text, marks)`` where marks combine
``b`` (bold), ``i`` (italic), ``u`` (underline), ``s`` (small, 9 pt) — e.g. ``("Uwaga:", "b")``."""


def _set_fonts(r_pr: Any, font: str) -> None:
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        key = qn(attribute)
        if key in fonts.attrib:
            del fonts.attrib[key]
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), font)


def _shade(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc_pr.append(shading)


def _no_borders(table: Any) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.insert_element_before(
        borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
        "w:tblDescription", "w:tblPrChange",
    )


def _cant_split(table: Any) -> None:
    """No row of ``table`` breaks across pages."""
    for row in table.rows:
        tr_pr = row._tr.get_or_add_trPr()
        if tr_pr.find(qn("w:cantSplit")) is None:
            tr_pr.insert(0, OxmlElement("w:cantSplit"))


def _set_widths(table: Any, widths: Sequence[float]) -> None:
    """Column widths in cm, written both to the grid (LibreOffice) and to each cell (Word)."""
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(int(Cm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = Cm(width)


def _field(paragraph: Any, instruction: str, placeholder: str, size: Pt | None = None) -> None:
    """A Word field (PAGE, NUMPAGES…) as begin/instr/separate/result/end runs."""

    def run_with(child: Any) -> None:
        run = paragraph.add_run()
        if size is not None:
            run.font.size = size
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    result = paragraph.add_run(placeholder)
    if size is not None:
        result.font.size = size
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


_CORE_PROPERTIES_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"


@contextlib.contextmanager
def _core_properties_prefix() -> Iterator[None]:
    """python-docx names the core-properties elements with the prefix ``cp``; docxcompose
    (docxtpl's optional Subdoc dependency, imported with docxtpl when installed) rebinds
    ``cp`` in python-docx's namespace table to the *custom*-properties namespace, which would
    write ``lastModifiedBy`` and ``revision`` into the wrong namespace. Bind it correctly
    while the properties are set, and put back what was there."""
    from docx.oxml import ns

    previous = ns.nsmap.get("cp")
    ns.nsmap["cp"] = _CORE_PROPERTIES_NS
    try:
        yield
    finally:
        if previous is not None:
            ns.nsmap["cp"] = previous


class _Cell:
    """Writes the organ lines of a letterhead cell: the first line printed is bold; a line
    given as ``(text, condition)`` is printed only when the condition holds."""

    def __init__(self, cell: Any) -> None:
        self.cell = cell
        self.used = False  # the cell's own first paragraph is taken
        self.first = True

    def _paragraph(self) -> Any:
        if not self.used:
            self.used = True
            return self.cell.paragraphs[0]
        return self.cell.add_paragraph()

    def tag(self, tag: str) -> None:
        self._paragraph().add_run(f"{{%p {tag} %}}")

    def line(self, line: str | tuple[str, str], *, bold: bool | None = None) -> None:
        text, condition = (line, None) if isinstance(line, str) else line
        if condition:
            if self.first:
                raise ValueError("the first letterhead line (the organ) cannot be optional")
            self.tag(f"if {condition}")
        paragraph = self._paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(text)
        run.bold = (self.first if bold is None else bold) or None
        self.first = False
        if condition:
            self.tag("endif")



def note_tag(text: str, when: str | None = None) -> str:
    """The Jinja text of a note for the worker (``{{ note("…") }}``): a Word comment in a
    draft, nothing in a final document. Put it at the end of the paragraph it is about.
    ``text`` is static text; ``when`` an optional Jinja condition (the note only when it
    holds)::

        doc.paragraph("Zgoda osoby: …" + note_tag("Uzyskaj zgodę przed wysłaniem.",
                                                  when="not referral.consent"))
    """
    literal = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if when:
        return f"{{{{ note({literal}) if {when} else '' }}}}"
    return f"{{{{ note({literal}) }}}}"


def row_if(condition: str) -> tuple[str, str]:
    """A ``fields()`` row opening a conditional table row: the rows up to
    :data:`ROW_ENDIF` are printed only when the Jinja ``condition`` holds."""
    return ("{%tr if " + condition + " %}", "")


ROW_ENDIF: tuple[str, str] = ("{%tr endif %}", "")
"""Closes a :func:`row_if` block of ``fields()`` rows."""


def _zero_cell_margins(table: Any) -> None:
    """No inner left/right cell margin: text in the table lines up with the text outside."""
    margins = OxmlElement("w:tblCellMar")
    for edge in ("top", "left", "bottom", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), "0")
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.insert_element_before(
        margins, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange"
    )


def _drop_empty_paragraphs(cell: Any) -> None:
    """A merged cell keeps the (empty) paragraphs of the cells merged into it; drop them so
    the row is one line high."""
    for paragraph in cell.paragraphs[1:]:
        if not paragraph.text:
            paragraph._p.getparent().remove(paragraph._p)


class DocumentBuilder:
    """Builds one .docx template, top to bottom.

    >>> doc = DocumentBuilder("skierowanie", title="Skierowanie", model="referral",
    ...                       example="referral.json")
    >>> doc.letterhead(["{{ referral.center.name }}"], "{{ referral.place }}, {{ on|date_pl }}")
    >>> doc.title("SKIEROWANIE")
    >>> doc.save(Path("skierowanie.docx"))
    """

    def __init__(
        self,
        name: str,
        *,
        title: str,
        model: str,
        example: str | None = None,
        draft_marker: bool = True,
        font: str = FONT,
        size: float = 11,
    ) -> None:
        self.name = name
        self.document_title = title
        self.model = model
        self.example = example
        self.font = font
        self.doc: Any = Document()
        self._setup_page()
        self._setup_styles(size)
        self._setup_header_footer(draft_marker)
        self._setup_settings()
        # python-docx's blank document starts with no paragraphs; keep it that way.

    # ------------------------------------------------------------------ setup

    def _setup_page(self) -> None:
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width = Cm(21.0)
        section.page_height = Cm(29.7)
        section.top_margin = Cm(2.0)
        section.bottom_margin = Cm(2.0)
        section.left_margin = Cm(2.5)
        section.right_margin = Cm(2.0)
        section.header_distance = Cm(1.0)
        section.footer_distance = Cm(1.0)

    def _setup_styles(self, size: float) -> None:
        styles = self.doc.styles
        # Document defaults: font, size and Polish language for every run.
        defaults = styles.element.find(qn("w:docDefaults"))
        r_pr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        _set_fonts(r_pr, self.font)
        lang = r_pr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            r_pr.append(lang)
        for attribute in ("w:val", "w:eastAsia", "w:bidi"):
            lang.set(qn(attribute), "pl-PL")
        for style in styles:
            element = style.element
            style_r_pr = element.find(qn("w:rPr"))
            if style_r_pr is not None and style_r_pr.find(qn("w:rFonts")) is not None:
                _set_fonts(style_r_pr, self.font)
            if style.type == 1 and style_r_pr is not None:  # paragraph styles: black text
                color = style_r_pr.find(qn("w:color"))
                if color is not None:
                    style_r_pr.remove(color)
        normal = styles["Normal"]
        normal.font.name = self.font
        normal.font.size = Pt(size)
        normal.paragraph_format.space_after = Pt(3)
        normal.paragraph_format.space_before = Pt(0)
        normal.paragraph_format.line_spacing = 1.1
        for style_name, points, before, after in (
            ("Title", 14, 12, 6),
            ("Subtitle", 11, 0, 12),
            ("Heading 1", 12, 12, 4),
            ("Heading 2", 11, 8, 3),
        ):
            style = styles[style_name]
            style.font.name = self.font
            style.font.size = Pt(points)
            style.font.bold = style_name != "Subtitle"
            style.font.italic = False
            style.font.color.rgb = RGBColor(0, 0, 0)
            style.paragraph_format.space_before = Pt(before)
            style.paragraph_format.space_after = Pt(after)
            style.paragraph_format.keep_with_next = True
            if style_name in ("Title", "Subtitle"):
                style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p_pr = style.element.get_or_add_pPr()
            for border in p_pr.findall(qn("w:pBdr")):  # Word's "Title" has a rule under it
                p_pr.remove(border)
            _set_fonts(style.element.get_or_add_rPr(), self.font)
        styles["Title"].font.all_caps = False
        for style_name in ("Title", "Subtitle"):
            style_r_pr = styles[style_name].element.get_or_add_rPr()
            for tag in ("w:spacing", "w:kern", "w:i", "w:iCs"):
                for element in style_r_pr.findall(qn(tag)):
                    style_r_pr.remove(element)

    def _setup_header_footer(self, draft_marker: bool) -> None:
        section = self.doc.sections[0]
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if draft_marker:
            # Printed in draft mode only: ``final`` is True in the context of a final render
            # (``render(..., final=True)``); ``default`` keeps the template usable with a
            # plain context (``render_template``), where it counts as a draft.
            run = header.add_run(
                "{% if not final|default(false) %}" + DRAFT_MARKER + "{% endif %}"
            )
            run.font.size = Pt(8)
            run.italic = True
            run.font.color.rgb = _GREY
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        small = Pt(9)
        footer.add_run("Strona ").font.size = small
        _field(footer, "PAGE", "1", small)
        footer.add_run(" z ").font.size = small
        _field(footer, "NUMPAGES", "1", small)

    def _setup_settings(self) -> None:
        # A justified line that ends in a line break (a newline typed by the user) is not
        # stretched across the page: Word's "doNotExpandShiftReturn", which LibreOffice
        # imports too.
        settings = self.doc.settings.element
        compat = settings.find(qn("w:compat"))
        if compat is None:
            compat = OxmlElement("w:compat")
            settings.append(compat)
        if compat.find(qn("w:doNotExpandShiftReturn")) is None:
            compat.insert(0, OxmlElement("w:doNotExpandShiftReturn"))

    def header_line(self, text: str, *, align: str = "right") -> None:
        """Add a small line to the page header (printed on every page), e.g. the case
        reference of a multi-page document: ``doc.header_line("Znak sprawy: {{ … }}")``."""
        paragraph = self.doc.sections[0].header.add_paragraph()
        paragraph.alignment = _ALIGN[align]
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(text)
        run.font.size = Pt(8)
        run.font.color.rgb = _GREY

    # ------------------------------------------------------------------ text

    def _runs(self, paragraph: Any, parts: Sequence[Run]) -> Any:
        for part in parts:
            text, marks = (part, "") if isinstance(part, str) else part
            run = paragraph.add_run(text)
            run.bold = "b" in marks or None
            run.italic = "i" in marks or None
            run.underline = "u" in marks or None
            if "s" in marks:
                run.font.size = Pt(9)
        return paragraph

    def paragraph(
        self,
        *parts: Run,
        align: str = "left",
        style: str | None = None,
        space_after: float | None = None,
        indent: float | None = None,
        keep_with_next: bool = False,
    ) -> Any:
        """A paragraph of text runs. Each Jinja tag must be inside one part:
        ``doc.paragraph("Imię i nazwisko: ", ("{{ referral.client.name }}", "b"))``."""
        paragraph = self.doc.add_paragraph(style=style)
        paragraph.alignment = _ALIGN[align]
        if space_after is not None:
            paragraph.paragraph_format.space_after = Pt(space_after)
        if indent is not None:
            paragraph.paragraph_format.left_indent = Cm(indent)
        if keep_with_next:
            paragraph.paragraph_format.keep_with_next = True
        return self._runs(paragraph, parts)

    def tag(self, tag: str) -> Any:
        """A paragraph holding only a docxtpl paragraph tag: ``doc.tag("if referral.note")``
        writes ``{%p if referral.note %}``; the paragraph disappears when rendered."""
        paragraph = self.doc.add_paragraph()
        paragraph.add_run(f"{{%p {tag} %}}")
        return paragraph

    @contextlib.contextmanager
    def when(self, condition: str) -> Iterator[None]:
        """Paragraphs and tables shown only when ``condition`` is true
        (``{%p if … %}`` … ``{%p endif %}``)."""
        self.tag(f"if {condition}")
        yield
        self.tag("endif")

    @contextlib.contextmanager
    def each(self, loop: str) -> Iterator[None]:
        """Paragraphs repeated for each item (``{%p for … %}`` … ``{%p endfor %}``)."""
        self.tag(f"for {loop}")
        yield
        self.tag("endfor")

    @contextlib.contextmanager
    def kept_together(self) -> Iterator[None]:
        """Everything added inside is printed on one page: the block goes into one borderless,
        full-width table row that never breaks across pages (the text looks exactly as
        outside it). Meant for the end of a document — the last paragraph of the text, the
        signatures, the "Otrzymują:" / "Załączniki:" list — so that no signature and no
        distribution list stands alone on the last page. Word and LibreOffice both honour an
        unbreakable row, unlike a long chain of "keep with next" paragraphs (which LibreOffice
        breaks); every paragraph in it is also "keep with next" and "keep lines together".
        A block longer than a page is split where it must.

        Paragraph tags (``when``, ``each``, ``tag``) may be used inside; the block may not be
        nested in another ``kept_together``."""
        body = self.doc.element.body
        blocks = (qn("w:p"), qn("w:tbl"))
        start = sum(1 for child in body if child.tag in blocks)
        yield
        added = [child for child in body if child.tag in blocks][start:]
        if not added:
            return
        table = self.doc.add_table(rows=1, cols=1)
        _no_borders(table)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        _zero_cell_margins(table)
        _set_widths(table, (16.5,))
        _cant_split(table)
        added[0].addprevious(table._tbl)
        tc = table.rows[0].cells[0]._tc
        for child in list(tc):
            if child.tag == qn("w:p"):
                tc.remove(child)
        for element in added:
            tc.append(element)
        # belt and braces for other layout engines: every paragraph of the block also keeps
        # with the next one and is not split
        for paragraph in tc.iter(qn("w:p")):
            p_pr = paragraph.get_or_add_pPr()
            p_pr.keepNext_val = True
            p_pr.keepLines_val = True
        # a cell ends in a paragraph (also after a nested table, or when every paragraph of
        # the block was a tag): a hairline one
        closing = OxmlElement("w:p")
        tc.append(closing)
        fmt = table.rows[0].cells[0].paragraphs[-1].paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(1)

    def title(self, text: str, subtitle: str | None = None) -> None:
        """The document's title (centred, bold) and an optional subtitle line."""
        self.doc.add_paragraph(text, style="Title")
        if subtitle:
            self.doc.add_paragraph(subtitle, style="Subtitle")

    def heading(self, text: str, level: int = 1) -> Any:
        """A section heading ("I. Dane osoby", level 1; "1. …", level 2)."""
        return self.doc.add_paragraph(text, style=f"Heading {level}")

    def bullets(self, items: Sequence[str]) -> None:
        """A bulleted list of fixed items (each may contain tags)."""
        for item in items:
            self.doc.add_paragraph(item, style="List Bullet")

    def bullet_loop(self, loop: str, item: str) -> None:
        """A bulleted list with one item per element: ``doc.bullet_loop("d in x.documents",
        "{{ d }}")``."""
        with self.each(loop):
            self.doc.add_paragraph(item, style="List Bullet")

    def spacer(self, points: float = 6, *, keep_with_next: bool = False) -> None:
        """Vertical space of ``points`` (an empty paragraph of exactly that height)."""
        paragraph = self.doc.add_paragraph()
        paragraph.paragraph_format.keep_with_next = keep_with_next or None
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.space_before = Pt(0)
        paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        paragraph.paragraph_format.line_spacing = Pt(points)

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------------ blocks

    def letterhead(
        self,
        organ: Sequence[str | tuple[str, str]],
        place_date: str,
        *,
        reference: str | None = None,
        keep: Sequence[int] = (),
    ) -> None:
        """The top of the first page: the organ (name, address…) on the left, "place, date"
        on the right, and the case reference ("Znak sprawy: …") under the organ.

        When a plugin sets the ``letterhead`` context key (``{"name", "lines", "text"}`` and
        optionally ``"herb"``, a picture printed above the name; see docs/hooks.md), its
        ``name`` and ``lines`` are printed instead of the organ lines –
        except the lines whose indexes are in ``keep`` (a leading and/or trailing run, e.g.
        the organ issuing a decision, or a "(pieczęć …)" caption), printed either way. When
        ``keep`` names every line (a form whose organ is case data, e.g. the body filling it
        in), no plugin letterhead is printed."""
        lines = list(organ)
        kept = sorted(set(keep))
        if any(not 0 <= i < len(lines) for i in kept):
            raise ValueError(f"keep={list(keep)}: no such organ line")
        head = 0
        while head in kept:
            head += 1
        tail = len(lines)
        while tail - 1 in kept and tail - 1 >= head:
            tail -= 1
        if len(kept) != head + len(lines) - tail:
            raise ValueError("keep must name a leading and/or trailing run of organ lines")
        table = self.doc.add_table(rows=1, cols=2)
        _no_borders(table)
        table.autofit = False
        _set_widths(table, (10.0, 6.5))
        left, right = table.rows[0].cells
        cell = _Cell(left)
        for line in lines[:head]:
            cell.line(line)
        if head < tail:
            bold_name = cell.first
            cell.tag(
                "if letterhead is not none and letterhead.name is defined and letterhead.name"
            )
            cell.tag("if letterhead.herb is defined and letterhead.herb")
            cell.line("{{ image(letterhead.herb) }}", bold=False)
            cell.tag("endif")
            cell.line("{{ letterhead.name }}", bold=bold_name)
            cell.tag("for line in (letterhead.lines if letterhead.lines is defined else ())")
            cell.line("{{ line }}")
            cell.tag("endfor")
            cell.tag("else")
            cell.first = bold_name
            for line in lines[head:tail]:
                cell.line(line)
            cell.tag("endif")
        for line in lines[tail:]:
            cell.line(line)
        if reference:
            paragraph = left.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(6)
            paragraph.add_run(reference)
        paragraph = right.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.add_run(place_date)
        self.spacer(6)

    def addressee(self, lines: Sequence[str | tuple[str, str]]) -> None:
        """The addressee block, bold, in the right half of the page. A line given as
        ``(text, condition)`` is printed only when the condition holds (``{%p if %}``)."""
        for index, line in enumerate(lines):
            text, condition = (line, None) if isinstance(line, str) else line
            if condition:
                self.tag(f"if {condition}")
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.left_indent = Cm(9.0)
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
            run = paragraph.add_run(text)
            run.bold = True if index == 0 else None
            if condition:
                self.tag("endif")
        self.spacer(10)

    def fields(self, rows: Sequence[tuple[str, str]], *, label_width: float = 5.5) -> Any:
        """A bordered two-column table of labelled values: ``[("Imię i nazwisko",
        "{{ referral.client.name }}"), …]``. A row whose label starts with ``"{%tr "`` is a
        docxtpl row tag (``("{%tr if x %}", "")``) and is written alone in its row."""
        table = self.doc.add_table(rows=0, cols=2)
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        value_width = 16.5 - label_width
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Cm(label_width), Cm(value_width)
            if label.startswith("{%tr "):
                cells[0].paragraphs[0].add_run(label)
                continue
            _shade(cells[0], _LABEL_FILL)
            label_paragraph = cells[0].paragraphs[0]
            label_paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
            label_paragraph.add_run(label).bold = True
            value_paragraph = cells[1].paragraphs[0]
            value_paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
            value_paragraph.add_run(value)
        _set_widths(table, (label_width, value_width))
        _cant_split(table)
        self.spacer(4)
        return table

    def table(
        self,
        columns: Sequence[str],
        row: Sequence[str],
        *,
        loop: str | None = None,
        widths: Sequence[float] | None = None,
        footer: Sequence[str] | None = None,
        empty: str | None = None,
    ) -> Any:
        """A bordered table with a shaded header row.

        ``row`` is one row of cell texts; with ``loop="m in family.members"`` it is repeated
        for each element (docxtpl ``{%tr for … %}`` rows). ``footer`` adds a final row (e.g.
        totals). ``empty`` is a row shown when the loop has no elements (spanning all
        columns), e.g. ``"brak"``; without it an empty list leaves only the header.
        """
        count = len(columns)
        if len(row) != count or (footer is not None and len(footer) != count):
            raise ValueError("row and footer need one cell per column")
        table = self.doc.add_table(rows=0, cols=count)
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        sizes = list(widths) if widths else [16.5 / count] * count

        def add(texts: Sequence[str], *, bold: bool = False, shade: bool = False) -> Any:
            cells = table.add_row().cells
            for cell, text, width in zip(cells, texts, sizes, strict=True):
                cell.width = Cm(width)
                paragraph = cell.paragraphs[0]
                paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
                run = paragraph.add_run(text)
                run.bold = bold or None
                if shade:
                    _shade(cell, _LABEL_FILL)
            return cells

        header = add(columns, bold=True, shade=True)
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        tr_pr.append(repeat)
        del header
        if loop:
            if empty is not None:
                add([f"{{%tr if not ({loop.split(' in ', 1)[1]}) %}}"] + [""] * (count - 1))
                cells = add([empty] + [""] * (count - 1))
                merged = cells[0].merge(cells[-1]) if count > 1 else cells[0]
                _drop_empty_paragraphs(merged)
                merged.paragraphs[0].runs[0].italic = True
                add(["{%tr endif %}"] + [""] * (count - 1))
            add([f"{{%tr for {loop} %}}"] + [""] * (count - 1))
            add(row)
            add(["{%tr endfor %}"] + [""] * (count - 1))
        else:
            add(row)
        if footer is not None:
            add(footer, bold=True)
        _set_widths(table, sizes)
        _cant_split(table)
        self.spacer(4)
        return table

    def signatures(self, captions: Sequence[str], names: Sequence[str] | None = None) -> None:
        """Signature lines side by side, each with an optional name above the line and a
        caption under it ("(podpis pracownika socjalnego)"). The row never breaks across pages
        and stays with the paragraph before it."""
        self.spacer(8, keep_with_next=True)
        count = len(captions)
        table = self.doc.add_table(rows=1, cols=count)
        _no_borders(table)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _set_widths(table, [16.5 / count] * count)
        _cant_split(table)
        for index, cell in enumerate(table.rows[0].cells):
            paragraph = cell.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.space_before = Pt(20)
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.add_run("…" * (22 if count == 1 else 32 // count))
            if names and index < len(names) and names[index]:
                name_paragraph = cell.add_paragraph()
                name_paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                name_paragraph.paragraph_format.space_after = Pt(0)
                name_paragraph.add_run(names[index])
            caption = cell.add_paragraph()
            caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = caption.add_run(captions[index])
            run.italic = True
            run.font.size = Pt(9)

    def note(self, text: str) -> None:
        """A small italic note (e.g. an instruction or "pouczenie" line)."""
        paragraph = self.doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        run = paragraph.add_run(text)
        run.italic = True
        run.font.size = Pt(9)

    # ------------------------------------------------------------------ output

    def to_bytes(self) -> bytes:
        """The template as deterministic .docx bytes (fixed zip times, fixed properties)."""
        core = self.doc.core_properties
        with _core_properties_prefix():
            core.title = self.document_title
            core.author = "socialwork"
            core.last_modified_by = "socialwork"
            core.created = _FIXED_TIME
            core.modified = _FIXED_TIME
            core.revision = 1
            core.language = "pl-PL"
            core.comments = f"Szablon socialwork: {self.name} (model: {self.model})"
        buffer = io.BytesIO()
        self.doc.save(buffer)
        data = build_zip(read_members(buffer.getvalue()))
        # Every table's grid must match its rows: a mismatch is laid out differently by Word
        # and LibreOffice, and the engine has to repair the document at every render.
        mismatched = grid_problems(data)
        if mismatched:
            raise ValueError(
                f"template {self.name!r}: "
                + "; ".join(f"{member}: {message}" for member, message in mismatched)
            )
        return data

    def metadata(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.document_title,
            "model": self.model,
            "example": self.example,
        }

    def meta_text(self, data: bytes) -> str:
        """The catalogue entry ``<name>.meta.json`` for the built .docx ``data``: the
        :meth:`metadata` and the ``sha256`` of ``data``, so that a later edit of the .docx
        (in Word, say) can be told apart from the file the build wrote."""
        entry = {**self.metadata(), "sha256": hashlib.sha256(data).hexdigest()}
        return json.dumps(entry, ensure_ascii=False, indent=2) + "\n"

    def save(self, folder: Path) -> Path:
        """Write ``<folder>/<name>.docx`` and its catalogue entry ``<name>.meta.json``."""
        folder.mkdir(parents=True, exist_ok=True)
        data = self.to_bytes()
        target = folder / f"{self.name}.docx"
        target.write_bytes(data)
        (folder / f"{self.name}.meta.json").write_text(self.meta_text(data), encoding="utf-8")
        return target
