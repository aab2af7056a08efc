"""``ipwzb`` — indywidualny program wychodzenia z bezdomności (art. 49 u.p.s.).

Verified (art. 49 u.p.s., quoted in docs/documents.md): the program is drawn up by the
pracownik socjalny together with the osoba bezdomna and approved by the kierownik ośrodka
pomocy społecznej (ust. 2) — hence the two signatures and the "Zatwierdzam" block; where it
goes beyond the means of the placówka or concerns health insurance it names the bodies
responsible for its provisions (ust. 5) — section IX, printed when the case needs it or names
such bodies.

There is no current wzór. The sections follow § 3 of the repealed Rozporządzenie MPiPS of
2001 (Dz. U. Nr 126, poz. 1390): analysis of the situation, the actions of the person and of
the worker, the supporting persons and institutions with the scope of their support, the
schedule with stages and the dates of meetings tied to the stages. Their titles are this
library's (UNVERIFIED as any official wording).
"""

from __future__ import annotations

from socialwork.authoring import ROW_ENDIF, DocumentBuilder, note_tag, row_if

NAME = "ipwzb"
TITLE = "Indywidualny program wychodzenia z bezdomności (art. 49 u.p.s.)"
MODEL = "homelessness_program"
EXAMPLE = "ipwzb.json"

P = "homelessness_program"
C = f"{P}.client"
X = f"{C}.person"
A = f"{P}.analysis"


def _stage_no(item: str) -> str:
    """The number of the stage an action or a meeting belongs to ("—" if none)."""
    return (
        f"{{% for s in {P}.stages %}}{{{{ loop.index if s.id == {item}.stage_id else '' }}}}"
        f"{{% endfor %}}{{{{ '' if {item}.stage_id else '—' }}}}"
    )


def _header(doc: DocumentBuilder) -> None:
    doc.letterhead(
        [
            f"{{{{ {P}.center.name }}}}",
            f"{{{{ {P}.center.address.line1 }}}}",
            f"{{{{ {P}.center.address.line2 }}}}",
            (
                f"tel. {{{{ {P}.center.contact.phone }}}}",
                f"{P}.center.contact and {P}.center.contact.phone",
            ),
        ],
        f"{{{{ {P}.center.address.city }}}}, {{{{ {P}.drawn_up_on|date_pl }}}}",
        reference=f"{{{{ 'Znak sprawy: ' ~ {P}.reference_number if {P}.reference_number "
        "else '' }}",
    )
    doc.title("INDYWIDUALNY PROGRAM WYCHODZENIA Z BEZDOMNOŚCI")
    doc.paragraph(
        "opracowany na podstawie art. 49 ustawy z dnia 12 marca 2004 r. o pomocy społecznej",
        note_tag(
            "Brak obowiązującego wzoru programu; części I–IX według § 3 uchylonego "
            "rozporządzenia z 2001 r. (Dz. U. Nr 126, poz. 1390), tytuły części własne."
        ),
        align="center",
    )


def _person(doc: DocumentBuilder) -> None:
    doc.heading("I. Dane osoby bezdomnej")
    doc.fields(
        [
            ("Imię i nazwisko", f"{{{{ {X}.full_name }}}}"),
            row_if(f"{X}.pesel"),
            ("PESEL", f"{{{{ {X}.pesel|pesel }}}}"),
            ROW_ENDIF,
            row_if(f"not {X}.pesel"),
            (
                "Dokument tożsamości",
                f"{{{{ {X}.identity_document.kind.label }}}} nr "
                f"{{{{ {X}.identity_document.number }}}}",
            ),
            ROW_ENDIF,
            ("Data urodzenia", f"{{{{ {X}.birth_date|date_pl }}}}"),
            row_if(f"{C}.address"),
            ("Adres", f"{{{{ {C}.address }}}}"),
            ROW_ENDIF,
            row_if(f"not {C}.address"),
            ("Miejsce pobytu", f"{{{{ {C}.stay_description }}}}"),
            ROW_ENDIF,
            row_if(f"{C}.correspondence_address"),
            ("Adres do korespondencji", f"{{{{ {C}.correspondence_address }}}}"),
            ROW_ENDIF,
            row_if(f"{P}.facility"),
            (
                "Placówka",
                f"{{{{ {P}.facility.name }}}}"
                f"{{{{ ', ' ~ {P}.facility.address if {P}.facility.address else '' }}}}",
            ),
            ROW_ENDIF,
            (
                "Pracownik socjalny",
                f"{{{{ {P}.worker.full_name }}}}, {{{{ {P}.worker.position }}}}",
            ),
            (
                "Okres realizacji programu",
                f"od {{{{ {P}.start|date_pl }}}} do {{{{ {P}.end|date_pl }}}}",
            ),
        ],
        label_width=5.0,
    )


ANALYSIS: tuple[tuple[str, str], ...] = (
    ("family", "Sytuacja rodzinna"),
    ("housing", "Sytuacja mieszkaniowa"),
    ("work", "Wykształcenie, kwalifikacje, zatrudnienie"),
    ("health", "Stan zdrowia"),
    ("income_and_debts", "Dochody i zadłużenie"),
    ("documents", "Dokumenty"),
    ("resources", "Mocne strony i zasoby"),
)


def _analysis(doc: DocumentBuilder) -> None:
    doc.heading("II. Analiza sytuacji osoby bezdomnej")
    rows: list[tuple[str, str]] = [("Przyczyny i okres bezdomności", f"{{{{ {A}.causes }}}}")]
    for field, label in ANALYSIS:
        rows += [row_if(f"{A}.{field}"), (label, f"{{{{ {A}.{field} }}}}"), ROW_ENDIF]
    doc.fields(rows, label_width=5.0)
    doc.heading("III. Cel programu")
    doc.paragraph(f"{{{{ {P}.main_goal }}}}", align="justify")


def _actions(doc: DocumentBuilder, heading: str, field: str) -> None:
    doc.heading(heading)
    doc.table(
        ["Lp.", "Działanie", "Etap", "Termin"],
        [
            "{{ loop.index }}.",
            "{{ a.description }}",
            _stage_no("a"),
            "{{ a.due|date_short if a.due else 'na bieżąco' }}",
        ],
        loop=f"a in {P}.{field}",
        widths=[1.0, 11.3, 1.5, 2.7],
        empty="Nie ustalono działań.",
    )


def _support(doc: DocumentBuilder) -> None:
    doc.heading("VI. Osoby i instytucje wspierające osobę bezdomną w realizacji programu")
    doc.table(
        ["Lp.", "Osoba lub instytucja", "Zakres wsparcia", "Kontakt"],
        [
            "{{ loop.index }}.",
            "{{ s.name }}",
            "{{ s.scope }}",
            "{{ [s.contact.phone, s.contact.email]|select|join(', ') if s.contact else '' }}"
            "{{ '' if s.contact and (s.contact.phone or s.contact.email) else '—' }}",
        ],
        loop=f"s in {P}.supporters",
        widths=[1.0, 5.8, 6.4, 3.3],
        empty="Nie wskazano.",
    )


def _schedule(doc: DocumentBuilder) -> None:
    doc.heading("VII. Harmonogram realizacji programu")
    doc.table(
        ["Etap", "Zakres etapu", "Okres realizacji"],
        [
            "{{ loop.index }}.",
            "{{ s.name }}",
            "{{ s.start|date_short }} – {{ s.end|date_short }}",
        ],
        loop=f"s in {P}.stages",
        widths=[1.3, 10.2, 5.0],
        empty="Nie ustalono etapów.",
    )
    doc.heading("VIII. Terminy spotkań pracownika socjalnego z osobą bezdomną")
    doc.table(
        ["Lp.", "Data spotkania", "Etap", "Cel spotkania"],
        [
            "{{ loop.index }}.",
            "{{ m.on|date_short }}",
            _stage_no("m"),
            "{{ m.purpose or '—' }}",
        ],
        loop=f"m in {P}.meetings",
        widths=[1.0, 3.0, 1.5, 11.0],
        empty="Nie ustalono terminów spotkań.",
    )


def _responsible(doc: DocumentBuilder) -> None:
    with doc.when(
        f"{P}.exceeds_facility_means or {P}.health_insurance or {P}.responsible_bodies"
    ):
        doc.heading("IX. Podmioty odpowiedzialne za realizację postanowień programu")
        with doc.when(f"{P}.exceeds_facility_means or {P}.health_insurance"):
            doc.paragraph(
                "Program ",
                f"{{{{ ['wykracza poza możliwości placówki' if {P}.exceeds_facility_means "
                f"else '', 'obejmuje ubezpieczenie zdrowotne osoby bezdomnej' if "
                f"{P}.health_insurance else '']|select|join(' oraz ') }}}}"
                " (art. 49 ust. 5 ustawy o pomocy społecznej).",
                align="justify",
            )
        doc.table(
            ["Lp.", "Podmiot", "Postanowienie programu"],
            ["{{ loop.index }}.", "{{ b.name }}", "{{ b.provision }}"],
            loop=f"b in {P}.responsible_bodies",
            widths=[1.0, 6.5, 9.0],
            empty="……………………………………………",
        )


def _signatures(doc: DocumentBuilder) -> None:
    with doc.kept_together():
        doc.spacer(6)
        doc.paragraph(
            "Program opracowano wspólnie z osobą bezdomną, która zobowiązuje się do jego "
            "realizacji.",
            align="justify",
            keep_with_next=True,
        )
        doc.signatures(
            ["(data i podpis osoby bezdomnej)", "(data i podpis pracownika socjalnego)"],
            names=[
                f"{{{{ {X}.full_name }}}}"
                f"{{{{ ', ' ~ ({P}.client_signed_on|date_short) if {P}.client_signed_on "
                "else '' }}",
                f"{{{{ {P}.worker.full_name }}}}"
                f"{{{{ ', ' ~ ({P}.worker_signed_on|date_short) if {P}.worker_signed_on "
                "else '' }}",
            ],
        )
        doc.spacer(10)
        doc.paragraph(
            ("ZATWIERDZAM", "b"),
            note_tag(
                "Program wymaga zatwierdzenia przez kierownika ośrodka pomocy społecznej "
                "(art. 49 ust. 2 u.p.s.).",
                when=f"not {P}.approval",
            ),
            align="center",
            keep_with_next=True,
        )
        doc.paragraph(
            f"{{{{ 'dnia ' ~ ({P}.approval.approved_on|date_pl) if {P}.approval else "
            "'dnia ' ~ or_dots(none, 25) }}",
            align="center",
            keep_with_next=True,
        )
        doc.signatures(
            ["(podpis kierownika ośrodka pomocy społecznej)"],
            names=[
                f"{{{{ ({P}.approval.approved_by if {P}.approval else {P}.center.head).name }}}}"
                f"{{{{ ', ' ~ ({P}.approval.approved_by if {P}.approval else "
                f"{P}.center.head).position if ({P}.approval.approved_by if {P}.approval "
                f"else {P}.center.head).position else '' }}}}"
            ],
        )


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    _header(doc)
    _person(doc)
    _analysis(doc)
    _actions(doc, "IV. Zakres i rodzaj działań osoby bezdomnej", "person_actions")
    _actions(doc, "V. Zakres i rodzaj działań pracownika socjalnego", "worker_actions")
    _support(doc)
    _schedule(doc)
    _responsible(doc)
    _signatures(doc)
    return doc
