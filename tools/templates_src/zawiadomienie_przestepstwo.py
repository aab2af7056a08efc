"""``zawiadomienie-przestepstwo`` — the zawiadomienie o podejrzeniu popełnienia przestępstwa
the ośrodek sends to the prokuratura rejonowa (or the Policja) when it learns of abuse in a
family (seeds: "Kierowanie z urzędu wniosków o znęcaniu się nad rodziną do prokuratury").

Law (quoted with sources in docs/documents.md):

* art. 304 § 2 k.p.k. — the duty of state and self-government institutions to notify the
  prokurator or the Policja "niezwłocznie" of an offence prosecuted z urzędu they learned of
  in connection with their activity, and to take the necessary steps so that traces and
  evidence are not lost;
* art. 207 § 1 and § 1a k.k. — znęcanie się (the offence the facts suggest; the prokurator
  qualifies the act);
* the procedura „Niebieskie Karty” (rozporządzenie RM z 6 września 2023 r., Dz. U. z 2023 r.
  poz. 1870) — whether it runs is stated, with its start and the team.

No official form. Data minimisation (art. 5 ust. 1 lit. c RODO): only the persons, dates and
facts the notification needs; no health or benefit data of the family.

UNVERIFIED, so not cited in the document: that the organ informs the notifying institution of
its decision (art. 305 § 4 k.p.k. as described by sip.lex.pl) — the letter only asks for it.
"""

from __future__ import annotations

from socialwork.authoring import DocumentBuilder, note_tag

from ._casework_common import attachments, center_letterhead, proven_facts, worker_line

NAME = "zawiadomienie-przestepstwo"
TITLE = "Zawiadomienie o podejrzeniu popełnienia przestępstwa (art. 304 § 2 k.p.k.)"
MODEL = "crime_report"
EXAMPLE = "zawiadomienie-przestepstwo.json"

Z = "crime_report"

# The offence in the genitive, for "o podejrzeniu popełnienia przestępstwa …".
OFFENCE_GENITIVE = {
    "art_207_1": "znęcania się fizycznego lub psychicznego nad osobą najbliższą lub nad inną "
    "osobą pozostającą w stałym lub przemijającym stosunku zależności od sprawcy, tj. "
    "przestępstwa z art. 207 § 1 Kodeksu karnego",
    "art_207_1a": "znęcania się fizycznego lub psychicznego nad osobą nieporadną ze względu "
    "na jej wiek, stan psychiczny lub fizyczny, tj. przestępstwa z art. 207 § 1a Kodeksu "
    "karnego",
}


def _offences_expression() -> str:
    """The offences named in the genitive, joined with "oraz" (an inline loop: one run)."""
    a, b = OFFENCE_GENITIVE["art_207_1"], OFFENCE_GENITIVE["art_207_1a"]
    return (
        f"{{% for o in {Z}.offences %}}{{{{ '' if loop.first else ' oraz ' }}}}"
        f"{{{{ '{a}' if o.value == 'art_207_1' else '{b}' }}}}{{% endfor %}}"
    )


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    center_letterhead(doc, Z, place=f"{Z}.place")
    doc.addressee(
        [
            f"{{{{ {Z}.addressee.name }}}}",
            (f"{{{{ {Z}.addressee.department }}}}", f"{Z}.addressee.department"),
            (f"{{{{ {Z}.addressee.address.line1 }}}}", f"{Z}.addressee.address"),
            (f"{{{{ {Z}.addressee.address.line2 }}}}", f"{Z}.addressee.address"),
        ]
    )

    doc.title("ZAWIADOMIENIE", "o podejrzeniu popełnienia przestępstwa")
    doc.paragraph(
        "Działając na podstawie art. 304 § 2 Kodeksu postępowania karnego, "
        f"{{{{ {Z}.center.name }}}} zawiadamia o podejrzeniu popełnienia przestępstwa ",
        _offences_expression(),
        ", przez osobę wskazaną poniżej, na szkodę osób wskazanych poniżej. Ośrodek powziął "
        f"wiadomość o tych zdarzeniach w związku z wykonywaniem swoich zadań dnia "
        f"{{{{ {Z}.learned_on|date_pl }}}}"
        + note_tag(
            "Kwalifikację prawną czynu ustala prokurator; zawiadomienie wskazuje przestępstwo, "
            "na które wskazują fakty. Zawiadomienie składa się niezwłocznie (art. 304 par. 2 "
            "k.p.k.).",
        ),
        align="justify",
    )

    s = f"{Z}.suspect"
    doc.heading("Osoba podejrzewana o popełnienie przestępstwa", level=2)
    doc.fields(
        [
            ("Imię i nazwisko", f"{{{{ {s}.full_name }}}}"),
            ("{%tr if " + f"{s}.birth_date" + " %}", ""),
            ("Data urodzenia", f"{{{{ {s}.birth_date|date_pl }}}}"),
            ("{%tr endif %}", ""),
            ("{%tr if " + f"{s}.pesel" + " %}", ""),
            ("PESEL", f"{{{{ {s}.pesel|pesel }}}}"),
            ("{%tr endif %}", ""),
            ("Adres zamieszkania", f"{{{{ {s}.address|or_dots(30) }}}}"),
            ("{%tr if " + f"{s}.whereabouts" + " %}", ""),
            ("Obecne miejsce pobytu", f"{{{{ {s}.whereabouts }}}}"),
            ("{%tr endif %}", ""),
        ],
        label_width=4.5,
    )

    doc.heading("Osoby pokrzywdzone", level=2)
    doc.table(
        ["Lp.", "Imię i nazwisko, adres", "Data urodzenia", "Relacja do osoby podejrzewanej",
         "Osoba małoletnia"],
        [
            "{{ loop.index }}",
            "{{ h.full_name }}{{ (', PESEL ' ~ h.pesel|pesel) if h.pesel else '' }}"
            "{{ ('\\n' ~ h.address) if h.address else '' }}",
            "{{ h.birth_date|date_pl }}",
            "{{ h.relation }}{{ '' if h.lives_with_suspect else ' (nie mieszka z osobą "
            "podejrzewaną)' }}",
            f"{{{{ 'tak' if h.minor_on({Z}.written_on) else 'nie' }}}}",
        ],
        loop=f"h in {Z}.harmed",
        widths=[1.0, 6.2, 3.0, 4.0, 2.3],
    )
    with doc.when(f"{Z}.minors"):
        doc.paragraph(
            (f"{{{{ 'Wśród osób pokrzywdzonych są osoby małoletnie: ' if {Z}.minors|length > 1 "
             "else 'Wśród osób pokrzywdzonych jest osoba małoletnia: ' }}", "b"),
            f"{{{{ {Z}.minors|map(attribute='full_name')|join(', ') }}}}.",
            align="justify",
        )

    doc.heading("Wniosek", level=2)
    doc.paragraph(
        f"{{{{ {Z}.center.name }}}} wnosi o wszczęcie postępowania przygotowawczego w sprawie "
        "opisanych niżej zdarzeń i pociągnięcie sprawcy do odpowiedzialności karnej"
        f"{{{{ ', a ponadto o:' if {Z}.additional_requests else '.' }}}}",
        align="justify",
        keep_with_next=True,
    )
    with doc.each(f"request in {Z}.additional_requests"):
        doc.paragraph("– {{ request }}{{ '.' if loop.last else ';' }}", indent=0.5,
                      align="justify", space_after=0)
    doc.spacer(4)

    doc.heading("Uzasadnienie", level=2)
    doc.paragraph("Ośrodkowi znane są następujące fakty:", keep_with_next=True)
    proven_facts(doc, f"{Z}.facts")

    with doc.when(f"{Z}.witnesses"):
        doc.paragraph(("Świadkowie:", "b"), space_after=0, keep_with_next=True)
        with doc.each(f"w in {Z}.witnesses"):
            doc.paragraph(
                "{{ loop.index }}. ",
                ("{{ w.name }}", "b"),
                "{{ (', ' ~ w.function) if w.function else '' }}"
                "{{ (', adres: ' ~ w.address) if w.address else ', adres do wiadomości "
                "ośrodka' }}{{ (' — na okoliczność: ' ~ w.testimony) if w.testimony.strip() "
                "else '' }}",
                indent=0.5,
                align="justify",
                space_after=2,
            )
        doc.spacer(4)

    doc.paragraph(
        ("Procedura „Niebieskie Karty”: ", "b"),
        f"{{{{ {Z}.blue_card.label }}}}"
        f"{{{{ (' (wszczęta dnia ' ~ {Z}.blue_card_started_on|date_pl ~ ')') if "
        f"{Z}.blue_card_started_on else '' }}}}"
        f"{{{{ ('; sprawę prowadzi: ' ~ {Z}.blue_card_team) if {Z}.blue_card_team else '' }}}}."
        + note_tag(
            "Pokrzywdzone są osoby małoletnie, a procedury Niebieskie Karty nie wszczęto: "
            "wypełnij formularz Niebieska Karta - A (ostrzeżenie SW-ZAW-003).",
            when=f"{Z}.minors and {Z}.blue_card.value == 'not_started'",
        ),
        align="justify",
    )
    with doc.when(f"{Z}.measures_taken"):
        doc.paragraph(("Czynności podjęte przez ośrodek:", "b"), space_after=0,
                      keep_with_next=True)
        with doc.each(f"m in {Z}.measures_taken"):
            doc.paragraph("– {{ m }}{{ '.' if loop.last else ';' }}", indent=0.5,
                          align="justify", space_after=0)
        doc.spacer(4)
    doc.paragraph(
        "Ośrodek prosi o poinformowanie o wszczęciu albo odmowie wszczęcia postępowania. "
        "Pracownik socjalny prowadzący pracę z rodziną pozostaje do dyspozycji organu."
        + note_tag(
            "Obowiązek zawiadomienia instytucji o wszczęciu lub odmowie wszczęcia "
            "(art. 305 par. 4 k.p.k.) - NIEZWERYFIKOWANY; dlatego pismo tylko o to prosi."
        ),
        align="justify",
        keep_with_next=True,
    )

    with doc.kept_together():
        doc.tag(f"set signer = {Z}.signed_by")
        doc.signatures(
            ["(podpis i pieczęć kierownika ośrodka lub osoby upoważnionej)"],
            names=[
                "{{ signer.on_authority_of ~ '\\n' if signer.on_authority_of else '' }}"
                "{{ signer.name }}{{ '\\n' ~ signer.position if signer.position else '' }}"
            ],
        )
        attachments(doc, f"{Z}.attachments")
        worker_line(doc, f"{Z}.worker")
    return doc
