"""``kontrakt-socjalny`` — the kontrakt socjalny (art. 6 pkt 6 and art. 108 ust. 1 u.p.s.),
typ A and typ B in one template.

Structure after the wzór in the Rozporządzenie Ministra Pracy i Polityki Społecznej z dnia
8 listopada 2010 r. w sprawie wzoru kontraktu socjalnego (Dz.U. z 2010 r. nr 218, poz. 1439),
issued under art. 108 ust. 4 u.p.s.:

* header: the centre's stamp area, "Data zawarcia kontraktu socjalnego", the title
  "KONTRAKT SOCJALNY" and the "określający sposób współdziałania…" clause with the variant
  ticked (☒ typ A: osoba/rodzina – pracownik socjalny, trudna sytuacja życiowa; ☒ typ B:
  osoba – pracownik socjalny, aktywność i samodzielność życiowa, zawodowa, wykluczenie
  społeczne) — verified in the header text of the regulation;
* część I A / I B (ustalenia): the parties (the person, the family members covered, the
  worker, the centre), the assessment of the situation (causes, resources and strengths,
  limitations), for typ B the labour-market items (PUP referral, causes of unemployment,
  earlier activation and why it failed), the main and specific goals, the actions (what, who:
  osoba/rodzina, pracownik socjalny, ośrodek or another institution, due date, status), the
  obligations of both sides, the period "od … do …", the art. 11 ust. 2 u.p.s. notice and
  the signatures of the person, every adult family member covered and the worker;
* część II A / II B (ocena realizacji): evaluation per specific goal (zrealizowano /
  zrealizowano częściowo / nie zrealizowano, with the reasons), amendments (date, change,
  agreement of both parties), early termination (date, reason) and signatures.

UNVERIFIED: the field-level labels and their order inside część I and część II are not
confirmed against the official 2010 form (only the header of the wzór, Dz. U. z 2010 r.
Nr 218, poz. 1439, was checked). The labels here follow published descriptions of the
wzór and OPS practice. Whether the art. 11 ust. 2 notice is printed in the wzór itself is also
UNVERIFIED — its legal effect is not, so the notice is printed. How a typ B PUP referral works
under the ustawa o rynku pracy i służbach zatrudnienia (Dz.U. 2025 poz. 620) is UNVERIFIED, so
the referral fields print a dotted line when empty. Check against the PDF D20101439 on ISAP.

The closing line "Kontrakt sporządzono w dwóch jednobrzmiących egzemplarzach…" and the
"Termin realizacji" column of the actions are OPS practice, not text of the wzór. Adults among
the family members covered (18 or older on the day of conclusion) get their own signature line.

Part II is a form to complete: where nothing has been recorded yet (goal not evaluated, a
kontrakt still running), it prints tick boxes and dotted lines to fill in by hand.
"""

from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from socialwork.authoring import ROW_ENDIF, DocumentBuilder, row_if

NAME = "kontrakt-socjalny"
TITLE = "Kontrakt socjalny (typ A / typ B) — część I i część II"
MODEL = "social_contract"
EXAMPLE = "kontrakt-socjalny.json"

K = "social_contract"
DOTS = "…" * 14
LINE = "…" * 40
"""A dotted line the width of the text column (to fill in by hand)."""
ART_11 = (
    "art. 11 ust. 2 ustawy z dnia 12 marca 2004 r. o pomocy społecznej"
)


def _box(condition: str) -> str:
    """A ticked (☒) or empty (☐) box depending on a Jinja ``condition``."""
    return f"{{{{ '☒' if {condition} else '☐' }}}}"





def _header(doc: DocumentBuilder) -> None:
    doc.letterhead(
        [
            f"{{{{ {K}.center.name }}}}",
            f"{{{{ {K}.center.address.line1 }}}}",
            f"{{{{ {K}.center.address.line2 }}}}",
            (f"tel. {{{{ {K}.center.contact.phone }}}}",
             f"{K}.center.contact and {K}.center.contact.phone"),
            "(pieczęć ośrodka pomocy społecznej)",
        ],
        f"Data zawarcia kontraktu socjalnego:\n{{{{ {K}.concluded_on|date_pl }}}}",
        reference=f"Nr kontraktu: {{{{ {K}.number }}}}",
        keep=[4],  # the "(pieczęć …)" caption stays under a plugin's letterhead
    )
    doc.title("KONTRAKT SOCJALNY")
    doc.paragraph("określający sposób współdziałania między:", keep_with_next=True)
    doc.paragraph(
        _box(f"{K}.kind.value == 'A'"),
        " 1) osobą/rodziną a pracownikiem socjalnym w zakresie rozwiązywania trudnej sytuacji "
        "życiowej osoby/rodziny (część I A i część II A — typ A),",
        indent=0.5,
        align="justify",
    )
    doc.paragraph(
        _box(f"{K}.kind.value == 'B'"),
        " 2) osobą a pracownikiem socjalnym w celu wzmocnienia aktywności i samodzielności "
        "życiowej, zawodowej lub przeciwdziałania wykluczeniu społecznemu (część I B i część "
        "II B — typ B).",
        indent=0.5,
        align="justify",
    )
    doc.note(
        "Podstawa prawna: art. 108 ust. 1 ustawy z dnia 12 marca 2004 r. o pomocy społecznej; "
        "wzór: rozporządzenie Ministra Pracy i Polityki Społecznej z dnia 8 listopada 2010 r. "
        "w sprawie wzoru kontraktu socjalnego (Dz. U. Nr 218, poz. 1439)."
    )


def _parties(doc: DocumentBuilder) -> None:
    person = f"{K}.client.person"
    doc.heading(f"CZĘŚĆ I {{{{ {K}.kind.value }}}} — USTALENIA KONTRAKTU SOCJALNEGO")
    doc.heading(
        "1. Dane osoby zawierającej kontrakt socjalny"
        f"{{{{ '' if {K}.kind.value == 'B' else ' (osoby/rodziny)' }}}}",
        level=2,
    )
    doc.fields(
        [
            ("Imię i nazwisko", f"{{{{ {person}.full_name }}}}"),
            row_if(f"{person}.pesel"),
            ("PESEL", f"{{{{ {person}.pesel|pesel }}}}"),
            ROW_ENDIF,
            row_if(f"not {person}.pesel"),
            (
                "Dokument tożsamości",
                f"{{{{ {person}.identity_document.kind.label }}}} "
                f"nr {{{{ {person}.identity_document.number }}}}",
            ),
            ROW_ENDIF,
            ("Data urodzenia", f"{{{{ {person}.birth_date|date_pl }}}}"),
            row_if(f"{K}.client.address"),
            ("Adres zamieszkania", f"{{{{ {K}.client.address }}}}"),
            ROW_ENDIF,
            row_if(f"not {K}.client.address"),
            ("Miejsce pobytu", f"{{{{ {K}.client.stay_description }}}}"),
            ROW_ENDIF,
            row_if(f"{K}.client.contact and {K}.client.contact.phone"),
            ("Telefon", f"{{{{ {K}.client.contact.phone }}}}"),
            ROW_ENDIF,
            row_if(f"{K}.client.legal_representative"),
            (
                "Przedstawiciel ustawowy",
                f"{{{{ {K}.client.legal_representative.person.full_name }}}} "
                f"({{{{ {K}.client.legal_representative.basis }}}})",
            ),
            ROW_ENDIF,
        ]
    )
    with doc.when(f"{K}.covered_members"):
        doc.paragraph(("Członkowie rodziny objęci kontraktem socjalnym:", "b"),
                      keep_with_next=True)
        doc.table(
            ["Lp.", "Imię i nazwisko", "PESEL / dokument tożsamości", "Data urodzenia"],
            [
                "{{ loop.index }}.",
                "{{ m.full_name }}",
                "{{ m.pesel|pesel if m.pesel else m.identity_document.kind.label ~ ' nr ' "
                "~ m.identity_document.number }}",
                "{{ m.birth_date|date_short }}",
            ],
            loop=f"m in {K}.covered_members",
            widths=[1.2, 6.8, 5.3, 3.2],
        )

    doc.heading("2. Dane pracownika socjalnego", level=2)
    doc.fields(
        [
            ("Imię i nazwisko", f"{{{{ {K}.worker.full_name }}}}"),
            ("Stanowisko", f"{{{{ {K}.worker.position }}}}"),
            ("Ośrodek", f"{{{{ {K}.center.name }}}}, {{{{ {K}.center.address }}}}"),
            row_if(f"{K}.worker.contact and {K}.worker.contact.phone"),
            ("Telefon kontaktowy", f"{{{{ {K}.worker.contact.phone }}}}"),
            ROW_ENDIF,
            row_if(f"{K}.worker.contact and {K}.worker.contact.email"),
            ("E-mail", f"{{{{ {K}.worker.contact.email }}}}"),
            ROW_ENDIF,
        ]
    )


def _assessment(doc: DocumentBuilder) -> None:
    a = f"{K}.assessment"
    doc.heading("3. Ocena sytuacji życiowej osoby/rodziny", level=2)
    doc.paragraph(("Przyczyny trudnej sytuacji życiowej:", "b"), keep_with_next=True)
    doc.paragraph(f"{{{{ {a}.causes }}}}", align="justify", indent=0.5)
    doc.paragraph(("Zasoby, mocne strony i możliwości osoby, rodziny i środowiska:", "b"),
                  keep_with_next=True)
    doc.paragraph(f"{{{{ {a}.resources }}}}", align="justify", indent=0.5)
    doc.paragraph(("Ograniczenia i bariery:", "b"), keep_with_next=True)
    doc.paragraph(f"{{{{ {a}.limitations }}}}", align="justify", indent=0.5)

    # Typ B only: the labour-market items of część I B.
    lm = f"{K}.labour_market"
    with doc.when(f"{K}.kind.value == 'B'"):
        doc.heading("4. Sytuacja osoby na rynku pracy (typ B)", level=2)
        with doc.when(lm):
            doc.fields(
                [
                    (
                        "Skierowanie z powiatowego urzędu pracy",
                        f"nr {{{{ {lm}.pup_referral_number|or_dots(12) }}}} z dnia "
                        f"{{{{ {lm}.pup_referral_on|date_pl if {lm}.pup_referral_on "
                        "else or_dots(none, 10) }}",
                    ),
                ],
                label_width=6.0,
            )
            doc.paragraph(
                ("Przyczyny pozostawania bez pracy, ograniczenia w znalezieniu pracy:", "b"),
                keep_with_next=True,
            )
            doc.paragraph(f"{{{{ {lm}.unemployment_causes }}}}", align="justify", indent=0.5)
            doc.paragraph(
                ("Podejmowane wcześniej działania aktywizujące i przyczyny ich niepowodzenia:",
                 "b"),
                keep_with_next=True,
            )
            doc.paragraph(
                f"{{{{ {lm}.earlier_activation|or_dots(80) }}}}", align="justify", indent=0.5
            )
        with doc.when(f"not {lm}"):
            doc.paragraph(f"Skierowanie z powiatowego urzędu pracy nr {'…' * 8} z dnia {'…' * 8}")
            doc.paragraph(("Przyczyny pozostawania bez pracy, ograniczenia w znalezieniu pracy:",
                           "b"), keep_with_next=True)
            doc.paragraph(LINE + "\n" + LINE, indent=0.5)
            doc.paragraph(
                ("Podejmowane wcześniej działania aktywizujące i przyczyny ich niepowodzenia:",
                 "b"),
                keep_with_next=True,
            )
            doc.paragraph(LINE + "\n" + LINE, indent=0.5)


def _n(offset: int) -> str:
    """Section number after the assessment: typ B has one more section (4.)."""
    return f"{{{{ {offset + 1} if {K}.kind.value == 'B' else {offset} }}}}"


def _goals_and_actions(doc: DocumentBuilder) -> None:
    doc.heading(f"{_n(4)}. Cele kontraktu", level=2)
    doc.paragraph(("Cel główny: ", "b"), f"{{{{ {K}.main_goal }}}}", align="justify")
    with doc.when(f"{K}.goals"):
        doc.paragraph(("Cele szczegółowe:", "b"), keep_with_next=True)
        with doc.each(f"g in {K}.goals"):
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

    doc.heading(f"{_n(5)}. Działania i terminy ich realizacji", level=2)
    doc.table(
        # no "Stan realizacji" here: część I is what the parties agree on the day they sign;
        # how the actions went is część II (ocena realizacji)
        ["Lp.", "Działanie (zadanie)", "Kto realizuje", "Termin realizacji"],
        [
            "{{ loop.index }}.",
            # "Działanie (cel 2). Uwagi: …", not "Działanie. (cel 2) — uwagi: …"
            "{% set dot = '.' if a.description.endswith('.') and not "
            "a.description.endswith('..') else '' %}"
            "{{ a.description[:-1] if dot else a.description }}"
            "{% if a.goal_id %}{% for g in " + K + ".goals %}{% if g.id == a.goal_id %}"
            " (cel {{ loop.index }}){% endif %}{% endfor %}{% endif %}{{ dot }}"
            "{{ (' Uwagi: ' if dot else ' — uwagi: ') ~ a.notes if a.notes else '' }}",
            "{{ a.owner.label }}{{ ': ' ~ a.owner_name if a.owner_name else '' }}",
            "{{ a.due|date_short }}",
        ],
        loop=f"a in {K}.actions",
        widths=[1.1, 8.4, 4.5, 2.5],
        empty="…" * 30,
    )


def _obligations(doc: DocumentBuilder) -> None:
    doc.heading(f"{_n(6)}. Zobowiązania stron", level=2)
    # Headings that take a list of nouns in the nominative ("udział w kursie"), as the
    # obligations are typed, not "zobowiązuje się do:" (which needs the genitive).
    doc.paragraph(
        (
            "Zobowiązania osoby"
            f"{{{{ '' if {K}.kind.value == 'B' else '/rodziny' }}}}:",
            "b",
        ),
        keep_with_next=True,
    )
    with doc.each(f"o in {K}.client_obligations"):
        doc.paragraph("{{ loop.index }}) {{ o }}", indent=0.5, align="justify", space_after=1)
    with doc.when(f"not {K}.client_obligations"):
        doc.paragraph(LINE + "\n" + LINE, indent=0.5)
    doc.paragraph(
        ("Zobowiązania pracownika socjalnego (ośrodka pomocy społecznej):", "b"),
        keep_with_next=True,
    )
    with doc.each(f"o in {K}.worker_obligations"):
        doc.paragraph("{{ loop.index }}) {{ o }}", indent=0.5, align="justify", space_after=1)
    with doc.when(f"not {K}.worker_obligations"):
        doc.paragraph(LINE + "\n" + LINE, indent=0.5)

    doc.heading(f"{_n(7)}. Okres obowiązywania kontraktu", level=2)
    doc.paragraph(
        f"Kontrakt socjalny obowiązuje od {{{{ {K}.valid_from|date_pl }}}} "
        f"do {{{{ {K}.valid_to|date_pl }}}} Zmiana kontraktu wymaga zgody obu stron "
        "i jest odnotowywana w części II.",
        align="justify",
    )

    doc.heading(f"{_n(8)}. Pouczenie", level=2)
    doc.paragraph(
        "Osoba zawierająca kontrakt"
        f"{{{{ ' oraz członkowie rodziny objęci kontraktem zostali pouczeni' if "
        f"{K}.covered_members else ' została pouczona' }}}}"
        ", że odmowa zawarcia kontraktu socjalnego oraz niedotrzymywanie jego postanowień "
        "mogą stanowić podstawę do odmowy przyznania świadczenia, uchylenia decyzji "
        f"o przyznaniu świadczenia lub wstrzymania świadczeń pieniężnych ({ART_11}).",
        align="justify",
    )
    with doc.when(f"{K}.kind.value == 'B'"):
        doc.paragraph(
            "Podstawę taką może stanowić także nieuzasadniona odmowa podjęcia zatrudnienia lub "
            "innej pracy zarobkowej przez osobę bezrobotną, odmowa udziału lub przerwanie "
            "szkolenia, stażu, prac społecznie użytecznych albo zajęć w centrum lub klubie "
            f"integracji społecznej ({ART_11}).",
            align="justify",
        )


def _member_signatures(doc: DocumentBuilder, loop: str, caption: str) -> None:
    """Signature lines of the adult family members covered, one per row in the left column
    (under the person's own signature), repeated with a ``{%tr for %}`` row loop."""
    table = doc.doc.add_table(rows=3, cols=2)
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column in table._tbl.tblGrid.findall(qn("w:gridCol")):
        column.set(qn("w:w"), str(int(Cm(8.25).twips)))
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for cell in row.cells:
            cell.width = Cm(8.25)
    table.rows[0].cells[0].paragraphs[0].add_run(f"{{%tr for {loop} %}}")
    table.rows[2].cells[0].paragraphs[0].add_run("{%tr endfor %}")
    cell = table.rows[1].cells[0]
    line = cell.paragraphs[0]
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    line.paragraph_format.space_before = Pt(20)
    line.paragraph_format.space_after = Pt(0)
    line.add_run("…" * 16)
    name = cell.add_paragraph()
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    name.paragraph_format.space_after = Pt(0)
    name.add_run("{{ m.full_name }}")
    note = cell.add_paragraph()
    note.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = note.add_run(caption)
    run.italic = True
    run.font.size = Pt(9)


def _signatures(doc: DocumentBuilder, part: str) -> None:
    date = "client_signed_on" if part == "I" else None
    doc.signatures(
        [
            "(data i podpis osoby zawierającej kontrakt)",
            "(data i podpis pracownika socjalnego)",
        ],
        names=[
            f"{{{{ {K}.client.person.full_name }}}}"
            + (f"{{{{ ', ' ~ {K}.{date}|date_pl if {K}.{date} else '' }}}}" if date else ""),
            f"{{{{ {K}.worker.full_name }}}}"
            + (
                f"{{{{ ', ' ~ {K}.worker_signed_on|date_pl if {K}.worker_signed_on else '' }}}}"
                if date
                else ""
            ),
        ],
    )
    with doc.when(f"{K}.covered_members|selectattr('birth_date', 'le', adult_born_by)|list"):
        _member_signatures(
            doc,
            f"m in {K}.covered_members if m.birth_date <= adult_born_by",
            "(data i podpis pełnoletniego członka rodziny objętego kontraktem)",
        )


def _part_two(doc: DocumentBuilder) -> None:
    heading = doc.heading(
        f"CZĘŚĆ II {{{{ {K}.kind.value }}}} — OCENA REALIZACJI KONTRAKTU SOCJALNEGO"
    )
    # A new page without an empty one when część I fills its last page exactly.
    heading.paragraph_format.page_break_before = True
    doc.heading("1. Ocena realizacji celów szczegółowych", level=2)
    result = "evs[-1].result.value"
    doc.table(
        ["Lp.", "Cel szczegółowy", "Ocena realizacji", "Przyczyny niezrealizowania, uwagi"],
        [
            "{% set evs = " + K + ".evaluation|selectattr('goal_id', 'equalto', g.id)|list %}"
            "{{ loop.index }}.",
            "{{ g.description }}",
            "{{ '☒' if evs and " + result + " == 'achieved' else '☐' }} zrealizowano\n"
            "{{ '☒' if evs and " + result + " == 'partly' else '☐' }} częściowo\n"
            "{{ '☒' if evs and " + result + " == 'not_achieved' else '☐' }} nie zrealizowano"
            "{{ '\\n(ocena z dnia ' ~ evs[-1].evaluated_on|date_short ~ ')' if evs else '' }}",
            "{{ evs[-1].reasons if evs and evs[-1].reasons else ('—' if evs else '') }}",
        ],
        loop=f"g in {K}.goals",
        widths=[1.1, 6.4, 4.0, 5.0],
        empty="Nie określono celów szczegółowych — ocenę realizacji celu głównego zawiera "
        "ocena ogólna.",
    )
    with doc.when(f"{K}.evaluation_summary"):
        doc.paragraph(("Ocena ogólna realizacji kontraktu: ", "b"),
                      f"{{{{ {K}.evaluation_summary }}}}", align="justify")
    with doc.when(f"not {K}.evaluation_summary and not ended"):
        doc.paragraph(("Ocena ogólna realizacji kontraktu:", "b"), keep_with_next=True)
        doc.paragraph(LINE + "\n" + LINE)

    doc.heading("2. Zmiany w kontrakcie socjalnym", level=2)
    with doc.when(f"{K}.amendments"):
        doc.table(
            ["Lp.", "Data zmiany", "Zakres zmiany", "Zgoda stron"],
            [
                "{{ loop.index }}.",
                "{{ c.made_on|date_short }}",
                "{{ c.change }}",
                "{{ 'uzgodniono przez obie strony' if c.agreed_by_client and "
                "c.agreed_by_worker else ('brak zgody osoby' if not c.agreed_by_client "
                "else 'brak zgody pracownika socjalnego') }}",
            ],
            loop=f"c in {K}.amendments",
            widths=[1.1, 2.6, 8.8, 4.0],
        )
    with doc.when(f"not {K}.amendments and ended"):
        doc.paragraph("Nie wprowadzono zmian w kontrakcie.")
    with doc.when(f"not {K}.amendments and not ended"):
        doc.table(
            ["Lp.", "Data zmiany", "Zakres zmiany", "Podpisy stron"],
            ["{{ n }}.\n ", "", "", ""],
            loop="n in [1, 2]",
            widths=[1.1, 2.6, 8.8, 4.0],
        )

    doc.heading("3. Rozwiązanie kontraktu przed upływem okresu obowiązywania", level=2)
    t = f"{K}.termination"
    with doc.when(t):
        doc.fields(
            [
                ("Data rozwiązania", f"{{{{ {t}.on|date_pl }}}}"),
                ("Sposób zakończenia", f"{{{{ {K}.status.label }}}}"),
                ("Przyczyna (uzasadnienie)", f"{{{{ {t}.reason }}}}"),
            ]
        )
    with doc.when(f"not {t} and {K}.status.value == 'completed'"):
        doc.paragraph(
            f"Nie dotyczy — kontrakt zrealizowano w okresie obowiązywania (do "
            f"{{{{ {K}.valid_to|date_pl }}}})."
        )
    with doc.when(f"not {t} and {K}.status.value != 'completed'"):
        doc.paragraph(f"Data rozwiązania: {DOTS}")
        doc.paragraph("Przyczyna:", keep_with_next=True)
        doc.paragraph(LINE + "\n" + LINE)
    with doc.kept_together():
        _signatures(doc, "II")


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    # Adults (18 or older on the day of conclusion) sign; born on or before this day.
    doc.tag(
        f"set adult_born_by = {K}.concluded_on.replace(year={K}.concluded_on.year - 18, "
        f"day=28 if {K}.concluded_on.month == 2 and {K}.concluded_on.day == 29 "
        f"else {K}.concluded_on.day)"
    )
    doc.tag(f"set ended = {K}.status.value in ('completed', 'terminated', 'broken')")
    _header(doc)
    _parties(doc)
    _assessment(doc)
    _goals_and_actions(doc)
    _obligations(doc)
    with doc.kept_together():
        doc.paragraph(
            "Kontrakt sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze "
            "stron.",
            align="justify",
            keep_with_next=True,
        )
        _signatures(doc, "I")
    _part_two(doc)
    return doc
