"""Building blocks shared by ``oswiadczenie-majatkowe`` and ``wywiad-alimentacyjny``: the
sections of an oświadczenie o stanie majątkowym (real estate, movables of value, savings,
debts, other assets) from an :class:`~socialwork.model.assets.AssetDeclaration`, and the
statutory clause on criminal liability.

An empty list prints one row "nie posiadam" — the declarant states there is nothing of that
kind, which is what the statement must say.
"""

from __future__ import annotations

from typing import Any

from socialwork.authoring import DocumentBuilder

__all__ = ["CLAUSE", "asset_sections", "clause"]

CLAUSE = "Jestem świadomy odpowiedzialności karnej za złożenie fałszywego oświadczenia."
"""The clause, in the statutory words (see docs/documents.md for its source)."""

NONE = "nie posiadam"
DASH = "—"


def _value(expr: str) -> str:
    return f"{{{{ {expr}|money if {expr} is not none else '{DASH}' }}}}"


def _total_row(table: Any, items: str, cells: list[str]) -> None:
    """A bold "Razem" row at the end of ``table``, printed only when the list ``items`` has
    more than one element (docxtpl ``{%tr if %}`` rows; ``[1:]`` keeps ">" out of the tag)."""
    count = len(cells)
    rows = (
        ([f"{{%tr if {items}[1:] %}}"] + [""] * (count - 1), False),
        (cells, True),
        (["{%tr endif %}"] + [""] * (count - 1), False),
    )
    for texts, bold in rows:
        row = table.add_row()
        for cell, text in zip(row.cells, texts, strict=True):
            cell.paragraphs[0].add_run(text).bold = bold or None


def asset_sections(doc: DocumentBuilder, assets: str, owner: str | None = None) -> None:
    """The five sections of a statement for the declaration ``assets`` (a Jinja expression).

    ``owner`` is a Jinja expression of a callable giving an item owner's name from its
    ``owner_id`` (e.g. ``"asset_statement.owner_name"``); ``None`` leaves the owner column
    out (the debtor's own statement)."""

    def who(item: str) -> list[str]:
        return [] if owner is None else [f"{{{{ {owner}({item}.owner_id) }}}}"]

    owner_head = [] if owner is None else ["Właściciel"]
    owner_width = [] if owner is None else [2.6]

    doc.heading("1. Nieruchomości (mieszkania, domy, działki, gospodarstwa rolne)", level=2)
    doc.table(
        ["Lp.", "Rodzaj i położenie", "Powierzchnia", "Tytuł prawny", *owner_head, "Wartość"],
        [
            "{{ loop.index }}.",
            "{{ r.kind }}\n{{ r.location }}",
            f"{{{{ r.area or '{DASH}' }}}}",
            "{{ r.legal_title }}",
            *who("r"),
            _value("r.value"),
        ],
        loop=f"r in {assets}.real_estate",
        widths=[1.0, 4.2 if owner else 5.9, 2.9, 3.2 if owner else 4.1, *owner_width, 2.6],
        empty=NONE,
    )

    doc.heading("2. Ruchomości o znacznej wartości (pojazdy, maszyny, sprzęt)", level=2)
    doc.table(
        ["Lp.", "Opis", *owner_head, "Wartość"],
        ["{{ loop.index }}.", "{{ x.description }}", *who("x"), _value("x.value")],
        loop=f"x in {assets}.movables",
        widths=[1.0, 9.9 if owner else 12.5, *owner_width, 3.0],
        empty=NONE,
    )

    doc.heading("3. Zasoby pieniężne (gotówka, środki na rachunkach, papiery wartościowe)",
                level=2)
    savings = doc.table(
        ["Lp.", "Rodzaj", *owner_head, "Kwota"],
        [
            "{{ loop.index }}.",
            "{{ s.kind }}{{ ': ' ~ s.currency_note if s.currency_note else '' }}",
            *who("s"),
            "{{ s.amount|money }}",
        ],
        loop=f"s in {assets}.savings",
        widths=[1.0, 9.9 if owner else 12.5, *owner_width, 3.0],
        empty=NONE,
    )
    _total_row(
        savings,
        f"{assets}.savings",
        ["", "Razem", *([""] if owner else []), f"{{{{ {assets}.savings_total|money }}}}"],
    )

    doc.heading("4. Zadłużenie (kredyty, pożyczki, zaległe opłaty)", level=2)
    debts = doc.table(
        ["Lp.", "Wierzyciel", "Tytuł zadłużenia", *([] if owner is None else ["Dłużnik"]),
         "Kwota do spłaty", "Rata miesięczna"],
        [
            "{{ loop.index }}.",
            "{{ d.creditor }}",
            "{{ d.title }}",
            *who("d"),
            "{{ d.amount|money }}",
            _value("d.monthly_instalment"),
        ],
        loop=f"d in {assets}.debts",
        widths=[1.0, 3.7 if owner else 4.3, 3.6 if owner else 5.6, *owner_width, 2.8, 2.8],
        empty=NONE,
    )
    _total_row(
        debts,
        f"{assets}.debts",
        ["", "Razem", "", *([""] if owner else []), f"{{{{ {assets}.debts_total|money }}}}", ""],
    )

    doc.heading("5. Inne składniki majątku i uwagi", level=2)
    doc.paragraph(f"{{{{ {assets}.other or '{NONE}' }}}}", align="justify")


def clause(doc: DocumentBuilder, note: str = "") -> None:
    """The closing statement and the statutory clause (bold), kept with what follows;
    ``note`` (a ``note_tag(…)``) is a comment for the worker on the clause, drafts only."""
    doc.paragraph(
        "Oświadczam, że dane zawarte w oświadczeniu są zgodne z prawdą i stanem faktycznym.",
        align="justify",
        keep_with_next=True,
    )
    doc.paragraph((CLAUSE, "b"), note, align="justify", keep_with_next=True)
