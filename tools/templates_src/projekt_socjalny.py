"""``projekt-socjalny`` — a projekt socjalny prepared by a social worker or a centre.

No regulation sets an official form (wzór) for a projekt socjalny.
The layout follows OPS practice and textbook structure (types indywidualny / grupowy /
instytucjonalny; title, realizator, partners, period; diagnosis; main and specific goals;
target group with its size and recruitment criteria; activities with their schedule; budget
by funding source; results with indicators; risks; sustainability; evaluation; the author's
signature and approval by the head of the centre). The approval signature and the risks and
sustainability sections are practice, not law (UNVERIFIED as required elements). No legal
basis is printed: the statutory definition of a projekt socjalny is UNVERIFIED.

Budget totals are computed in the template from the budget lines (``Decimal`` amounts summed
by Jinja's ``sum``; never a float): per funding source (own / external) and overall, the
overall total also in words.

Sections that have no content (no partners, risks, results, sustainability) vanish, and the
numbering of the remaining sections closes up.
"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm

from socialwork.authoring import ROW_ENDIF, DocumentBuilder, note_tag, row_if

NAME = "projekt-socjalny"
TITLE = "Projekt socjalny (indywidualny, grupowy, instytucjonalny)"
MODEL = "project"
EXAMPLE = "projekt-socjalny.json"

P = "project"
LINE = "…" * 40
"""A dotted line the width of the text column (to fill in by hand)."""
OWN = f"{P}.budget|selectattr('source.value', 'equalto', 'own')|sum(attribute='amount')"
EXTERNAL = (
    f"{P}.budget|selectattr('source.value', 'equalto', 'external')|sum(attribute='amount')"
)
TOTAL = f"{P}.budget|sum(attribute='amount')"





def _section(doc: DocumentBuilder, title: str, note: str = "") -> None:
    """A numbered section heading; the number counts only the sections printed. ``note``: a
    comment for the worker (``note_tag``) anchored on the heading."""
    doc.heading("{% set sec.n = sec.n + 1 %}{{ sec.n }}. " + title + note)


def _right_align_column(table: object, column: int) -> None:
    for row in table.rows[1:]:  # type: ignore[attr-defined]
        for paragraph in row.cells[column].paragraphs:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    doc.tag("set sec = namespace(n=0)")
    doc.letterhead(
        [
            f"{{{{ {P}.organiser.name }}}}",
            f"{{{{ {P}.organiser.address.line1 }}}}",
            f"{{{{ {P}.organiser.address.line2 }}}}",
            (f"tel. {{{{ {P}.organiser.contact.phone }}}}",
             f"{P}.organiser.contact and {P}.organiser.contact.phone"),
        ],
        f"{{{{ {P}.organiser.address.city }}}}, {{{{ on|date_pl }}}}",
        # the case's own number (the record id is internal): a dotted line when not given yet
        reference=f"Nr projektu: {{{{ {P}.reference_number|or_dots(12) }}}}",
    )
    doc.title("PROJEKT SOCJALNY", f"„{{{{ {P}.title }}}}”")

    _section(doc, "Informacje o projekcie")
    doc.fields(
        [
            ("Tytuł projektu", f"{{{{ {P}.title }}}}"),
            ("Rodzaj projektu", f"{{{{ {P}.kind.label }}}}"),
            (
                "Realizator",
                f"{{{{ {P}.organiser.name }}}}, {{{{ {P}.organiser.address }}}}",
            ),
            row_if(f"{P}.partners"),
            (
                "Partnerzy",
                f"{{% for x in {P}.partners %}}{{{{ x.name }}}}"
                "{{ ' (' ~ x.role ~ ')' if x.role else '' }}"
                "{{ '\\n' if not loop.last else '' }}{% endfor %}",
            ),
            ROW_ENDIF,
            (
                "Okres realizacji",
                f"od {{{{ {P}.start|date_pl }}}} do {{{{ {P}.end|date_pl }}}}",
            ),
            (
                "Autor projektu",
                f"{{{{ {P}.author.full_name }}}}, {{{{ {P}.author.position }}}}",
            ),
        ]
    )

    _section(doc, "Diagnoza sytuacji problemowej")
    doc.paragraph(f"{{{{ {P}.diagnosis }}}}", align="justify")

    _section(doc, "Cele projektu")
    doc.paragraph(("Cel główny: ", "b"), f"{{{{ {P}.main_goal }}}}", align="justify")
    with doc.when(f"{P}.goals"):
        doc.paragraph(("Cele szczegółowe:", "b"), keep_with_next=True)
        with doc.each(f"g in {P}.goals"):
            doc.paragraph(
                # "Cel. (termin: …)" would read badly: the full stop goes after the brackets
                "{% set dot = '.' if g.description.endswith('.') and not "
                "g.description.endswith('..') else '' %}"
                "{{ loop.index }}) {{ g.description[:-1] if dot else g.description }}"
                "{{ ' (termin: ' ~ g.due|date_pl ~ ')' if g.due else '' }}{{ dot }}",
                indent=0.5,
                align="justify",
                space_after=1,
            )

    t = f"{P}.target_group"
    _section(doc, "Grupa docelowa")
    doc.paragraph(f"{{{{ {t}.description }}}}", align="justify")
    doc.paragraph(
        ("Liczba uczestników: ", "b"),
        f"{{{{ plural({t}.size, 'osoba', 'osoby', 'osób') }}}}",
    )
    with doc.when(f"{t}.recruitment_criteria"):
        doc.paragraph(("Kryteria rekrutacji:", "b"), keep_with_next=True)
        with doc.each(f"c in {t}.recruitment_criteria"):
            doc.paragraph("{{ loop.index }}) {{ c }}", indent=0.5, align="justify",
                          space_after=1)

    # an empty section is not filled with invented statements: ruled lines to complete
    # by hand, and a comment for the worker
    _section(doc, "Działania i harmonogram realizacji", note=note_tag(
        "Nie zaplanowano jeszcze działań: uzupełnij harmonogram przed zatwierdzeniem projektu.",
        when=f"not {P}.activities",
    ))
    with doc.when(f"not {P}.activities"):
        doc.paragraph(LINE, space_after=6)
        doc.paragraph(LINE, space_after=6)
    with doc.when(f"{P}.activities"):
        doc.table(
            ["Lp.", "Działanie", "Termin realizacji", "Odpowiedzialni", "Cel"],
            [
                "{{ loop.index }}.",
                "{{ a.name }}{{ '\\n' ~ a.description if a.description else '' }}",
                "{{ a.start|date_short }} –\n{{ a.end|date_short }}",
                "{{ a.responsible or '—' }}",
                "{% if a.goal_id %}{% for g in " + P + ".goals %}{% if g.id == a.goal_id %}"
                "{{ loop.index }}{% endif %}{% endfor %}{% else %}—{% endif %}",
            ],
            loop=f"a in {P}.activities",
            widths=[1.0, 7.6, 2.6, 3.9, 1.4],
        )

    _section(doc, "Budżet projektu", note=note_tag(
        "Nie podano budżetu: uzupełnij koszty (albo wpisz, że projekt nie wymaga środków) "
        "przed zatwierdzeniem.",
        when=f"not {P}.budget",
    ))
    with doc.when(f"{P}.budget"):
        table = doc.table(
            ["Lp.", "Pozycja kosztowa", "Źródło finansowania", "Kwota"],
            [
                "{{ loop.index }}.",
                "{{ b.item }}",
                "{{ b.source.label }}{{ ' — ' ~ b.funder if b.funder else '' }}",
                "{{ b.amount|money }}",
            ],
            loop=f"b in {P}.budget",
            widths=[1.0, 7.0, 5.3, 3.2],
            footer=[
                "",
                "Razem",
                "środki własne\nśrodki zewnętrzne\nogółem",
                f"{{{{ ({OWN})|money }}}}\n{{{{ ({EXTERNAL})|money }}}}\n"
                f"{{{{ ({TOTAL})|money }}}}",
            ],
        )
        _right_align_column(table, 3)
        doc.paragraph(
            ("Koszt ogółem: ", "b"),
            f"{{{{ ({TOTAL})|money_full }}}}",
            align="justify",
        )
    with doc.when(f"not {P}.budget"):
        doc.paragraph(LINE, space_after=6)

    with doc.when(f"{P}.results"):
        _section(doc, "Rezultaty i wskaźniki")
        doc.table(
            ["Lp.", "Rezultat", "Wskaźnik", "Wartość docelowa", "Sposób pomiaru"],
            [
                "{{ loop.index }}.",
                "{{ r.description }}",
                "{{ r.indicator }}",
                "{{ r.target }}",
                "{{ r.measurement or '—' }}",
            ],
            loop=f"r in {P}.results",
            widths=[1.0, 4.3, 4.3, 2.7, 4.2],
        )

    with doc.when(f"{P}.risks"):
        _section(doc, "Ryzyka i sposoby przeciwdziałania")
        doc.table(
            ["Lp.", "Ryzyko", "Sposób przeciwdziałania"],
            ["{{ loop.index }}.", "{{ r.description }}", "{{ r.mitigation or '—' }}"],
            loop=f"r in {P}.risks",
            widths=[1.0, 7.0, 8.5],
        )

    with doc.when(f"{P}.sustainability"):
        _section(doc, "Trwałość rezultatów")
        doc.paragraph(f"{{{{ {P}.sustainability }}}}", align="justify")

    _section(doc, "Ewaluacja i monitoring")
    doc.paragraph(
        f"{{{{ {P}.evaluation if {P}.evaluation else '{LINE}' }}}}",
        align="justify",
        keep_with_next=True,  # the signatures never stand alone on the last page
    )

    with doc.kept_together():  # the signatures never stand alone on the last page
        doc.spacer(6, keep_with_next=True)
        heads = doc.paragraph(
            "\tAutor projektu:\t"
            "Zatwierdzam"
            # a date ends in "r.": no colon after it
            f"{{{{ ' dnia ' ~ {P}.approval.approved_on|date_pl if {P}.approval else ':' }}}}",
            keep_with_next=True,
        )
        for position in (4.125, 12.375):
            heads.paragraph_format.tab_stops.add_tab_stop(Cm(position), WD_TAB_ALIGNMENT.CENTER)
        doc.tag(f"set signer = {P}.approval.approved_by if {P}.approval else {P}.organiser.head")
        doc.signatures(
            [
                "(podpis autora projektu)",
                "(data, podpis i pieczęć kierownika ośrodka lub osoby upoważnionej)",
            ],
            names=[
                f"{{{{ {P}.author.full_name }}}}, {{{{ {P}.author.position }}}}",
                "{{ signer.on_authority_of ~ ' ' if signer.on_authority_of else '' }}"
                "{{ signer.name }}, {{ signer.position }}",
            ],
        )
    return doc
