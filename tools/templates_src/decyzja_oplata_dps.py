"""``decyzja-oplata-dps`` — decyzja ustalająca opłatę mieszkańca za pobyt w domu pomocy
społecznej (art. 59 ust. 1, art. 60–61 u.p.s.).

Every element of art. 107 § 1 k.p.a. (see ``_dps_decision_common``); the ruling: the
resident's monthly fee in figures and words from when (art. 61 ust. 2 pkt 1: "nie więcej
jednak niż 70% swojego dochodu", and never more than the average cost, art. 60 ust. 1); how
it was computed (the average cost and where it was announced, art. 60 ust. 2; the resident's
income, art. 8); who pays the rest (the spouse, descendants and ascendants – by agreement,
art. 103 ust. 2, or why there is none – and the gmina, art. 61 ust. 2 pkt 2–3), with the
total equal to the cost; how and by when the fee is paid; then the justification, the
pouczenie (odwołanie; waiver in the art. 127a wording of the day; the duty to report
changes, art. 109 u.p.s.), the signature and "Otrzymują:".

The example's numbers are what ``socialwork calc dps-fee --cost 6850 --income 2234.62
--on 2026-11-20 --relative family:3:9000 --relative single:3900`` computes.
"""

from __future__ import annotations

from typing import Any

from socialwork.authoring import DocumentBuilder

from . import _dps_decision_common as common

NAME = "decyzja-oplata-dps"
TITLE = "Decyzja ustalająca opłatę za pobyt w domu pomocy społecznej (art. 59–61 u.p.s.)"
MODEL = "dps_fee_decision"
EXAMPLE = "decyzja-oplata-dps.json"

D = "dps_fee_decision"


def _keep_rows_together(table: Any) -> None:
    """A short table is never split across pages: every row keeps with the next one."""
    for row in table.rows[:-1]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    common.letterhead(doc, D)
    doc.title(
        f"DECYZJA nr {{{{ {D}.number|or_dots(8) }}}}",
        "w sprawie ustalenia opłaty za pobyt w domu pomocy społecznej",
    )
    common.preamble(doc, D, "ustalenia opłaty za pobyt w domu pomocy społecznej")
    common.party(doc, D)

    doc.tag(
        f"set gmina = ('Gmina ' ~ {D}.center.gmina) if {D}.center.gmina else "
        "'gmina, z której strona została skierowana'"
    )
    # 5. rozstrzygnięcie
    doc.spacer(6, keep_with_next=True)
    doc.paragraph(("orzekam:", "b"), align="center", space_after=6, keep_with_next=True)
    doc.paragraph(
        "1. ",
        ("Ustalić", "b"),
        " stronie opłatę za pobyt w domu pomocy społecznej"
        f"{{{{ ' (' ~ {D}.home ~ ')' if {D}.home else '' }}}} w wysokości ",
        (f"{{{{ {D}.fee|money_full }}}}", "b"),
        f" miesięcznie, począwszy od dnia {{{{ {D}.fee_from|date_pl }}}}",
        align="justify",
    )
    doc.paragraph(
        "2. Sposób ustalenia opłaty (art. 60 ust. 1 oraz art. 61 ust. 2 u.p.s.):",
        keep_with_next=True,
    )
    _keep_rows_together(doc.fields(
        [
            (
                "Średni miesięczny koszt utrzymania mieszkańca w domu (art. 60 ust. 2 u.p.s.)",
                f"{{{{ {D}.cost|money }}}}",
            ),
            ("Dochód strony (art. 8 u.p.s.)", f"{{{{ {D}.resident_income|money }}}}"),
            (
                "Opłata strony: nie więcej niż 70 % jej dochodu i nie więcej niż średni koszt "
                "utrzymania (art. 61 ust. 2 pkt 1, art. 60 ust. 1 u.p.s.)",
                f"{{{{ {D}.fee|money }}}}",
            ),
        ],
        label_width=12.0,
    ))
    with doc.when(f"{D}.cost_announcement"):
        doc.paragraph(
            ("Średni koszt utrzymania ogłoszono: ", "s"),
            (f"{{{{ {D}.cost_announcement }}}}.", "s"),
            align="justify",
        )
    with doc.when(f"{D}.fee < {D}.cost"):
        doc.paragraph(
            "3. Pozostałą część średniego kosztu utrzymania wnoszą, w kolejności określonej "
            "w art. 61 ust. 1 pkt 2 i 3 u.p.s.: małżonek, zstępni przed wstępnymi – zgodnie "
            "z umową zawartą w trybie art. 103 ust. 2 u.p.s., nie więcej niż pozwala ich "
            "dochód ponad 300 % kryterium dochodowego – oraz {{ gmina }} "
            "(art. 61 ust. 2 pkt 2 i 3 u.p.s.):",
            align="justify",
            keep_with_next=True,
        )
        doc.table(
            ["Lp.", "Obowiązany do opłaty", "Kolejność", "Ustalenie", "Opłata"],
            [
                "{{ loop.index }}",
                "{{ person.person.full_name }}",
                "{{ person.kinship.label }}",
                "{{ ('umowa z dnia ' ~ person.agreement.concluded_on|date_pl ~ "
                "(' nr ' ~ person.agreement.number if person.agreement.number else '')) if "
                "person.agreement else (person.no_agreement_reason.label if "
                "person.no_agreement_reason else '—') }}",
                "{{ person.fee|money }}",
            ],
            loop=f"person in {D}.obliged",
            widths=[1.0, 4.6, 2.2, 5.6, 3.1],
            empty="brak osób obowiązanych",
        )
        doc.spacer(4)
        _keep_rows_together(doc.fields(
            [
                ("Strona (mieszkaniec domu)", f"{{{{ {D}.fee|money }}}}"),
                ("Osoby obowiązane – razem", f"{{{{ {D}.obliged_total|money }}}}"),
                ("{{ gmina }} – różnica (art. 61 ust. 2 pkt 3 u.p.s.)",
                 f"{{{{ {D}.gmina_fee|money }}}}"),
                ("Razem – średni miesięczny koszt utrzymania", f"{{{{ {D}.total|money }}}}"),
            ],
            label_width=12.0,
        ))
    with doc.when(f"{D}.fee >= {D}.cost"):
        doc.paragraph(
            "3. Strona ponosi pełną odpłatność; małżonek, zstępni, wstępni i gmina nie wnoszą "
            "opłaty (art. 61 ust. 1 u.p.s.).",
            align="justify",
        )
    with doc.when(f"{D}.payment_method or {D}.payment_due"):
        doc.paragraph(
            "4. Sposób wnoszenia opłaty: "
            f"{{{{ {D}.payment_method if {D}.payment_method else 'na rachunek domu pomocy "
            "społecznej' }}"
            f"{{{{ ', ' ~ {D}.payment_due if {D}.payment_due else '' }}}}.",
            align="justify",
        )

    common.justification(doc, D)
    common.pouczenie(doc, D, [])
    with doc.kept_together():
        doc.paragraph(
            "3. Strona jest obowiązana niezwłocznie poinformować organ, który wydał decyzję, "
            "o każdej zmianie w swojej sytuacji osobistej, dochodowej i majątkowej, która "
            "wiąże się z podstawą ustalenia opłaty (art. 109 u.p.s.).",
            align="justify",
            keep_with_next=True,
        )
        common.signature_and_recipients(doc, D)
    return doc
