"""``decyzja-skierowanie-dps`` — decyzja o skierowaniu do domu pomocy społecznej (art. 54,
art. 59 ust. 1 u.p.s.: "Decyzję o skierowaniu do domu pomocy społecznej i decyzję ustalającą
opłatę … wydaje organ gminy właściwej dla tej osoby w dniu jej kierowania").

Every element of art. 107 § 1 k.p.a.: the organ and the date (letterhead), the party, the
legal basis (art. 104 k.p.a. added when missing), the ruling ("orzekam: skierować stronę do
domu pomocy społecznej <type>", the named home where known, from when; or "odmówić
skierowania"), what the referral rests on (the consent of the person or the representative,
art. 54 ust. 2, or a court's order, art. 54 ust. 4), the note that the fee is set by a
separate decision, the factual and legal justification, the pouczenie (odwołanie; waiver of
the appeal in the art. 127a wording in force on the document's date; art. 54 ust. 2a and the
decision on placement, art. 59, for a grant), the signature and "Otrzymują:". See
``_dps_decision_common``.

The DPS type is printed by name only: the punkt numbers of art. 56 are UNVERIFIED.
"""

from __future__ import annotations

from socialwork.authoring import DocumentBuilder

from . import _dps_decision_common as common

NAME = "decyzja-skierowanie-dps"
TITLE = "Decyzja o skierowaniu do domu pomocy społecznej (art. 54 i 59 ust. 1 u.p.s.)"
MODEL = "dps_referral_decision"
EXAMPLE = "decyzja-skierowanie-dps.json"

D = "dps_referral_decision"


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    common.letterhead(doc, D)
    doc.title(
        f"DECYZJA nr {{{{ {D}.number|or_dots(8) }}}}",
        f"w sprawie {{{{ 'skierowania' if {D}.granted else 'odmowy skierowania' }}}} do domu "
        "pomocy społecznej",
    )
    common.preamble(doc, D, "skierowania do domu pomocy społecznej")
    common.party(doc, D)

    # 5. rozstrzygnięcie
    doc.spacer(6, keep_with_next=True)
    doc.paragraph(("orzekam:", "b"), align="center", space_after=6, keep_with_next=True)
    with doc.when(f"{D}.granted"):
        doc.paragraph(
            "1. ",
            ("Skierować", "b"),
            f" stronę do domu pomocy społecznej {{{{ {D}.dps_type.label }}}}"
            f"{{{{ ' (wskazany dom: ' ~ {D}.home ~ ')' if {D}.home else '' }}}}"
            f"{{{{ ', począwszy od dnia ' ~ {D}.placed_from|date_pl if {D}.placed_from "
            "else '.' }}",
            align="justify",
        )
        consent = f"{D}.consent"
        with doc.when(f"{D}.ground and {D}.ground.value == 'consent' and {consent}"):
            doc.paragraph(
                "2. Skierowanie następuje za zgodą strony na umieszczenie w domu pomocy "
                f"społecznej, wyrażoną {{{{ 'na piśmie ' if {consent}.written else '' }}}}"
                f"w dniu {{{{ {consent}.given_on|date_pl }}}} (art. 54 ust. 2 u.p.s.).",
                align="justify",
            )
        with doc.when(
            f"{D}.ground and {D}.ground.value == 'representative_consent' and {consent}"
        ):
            doc.paragraph(
                "2. Skierowanie następuje za zgodą przedstawiciela ustawowego strony "
                f"({{{{ {consent}.given_by }}}}) na umieszczenie w domu pomocy społecznej, "
                f"wyrażoną {{{{ 'na piśmie ' if {consent}.written else '' }}}}w dniu "
                f"{{{{ {consent}.given_on|date_pl }}}} (art. 54 ust. 2 u.p.s.).",
                align="justify",
            )
        order = f"{D}.court_order"
        with doc.when(f"{D}.ground and {D}.ground.value == 'court_order' and {order}"):
            doc.paragraph(
                "2. Skierowanie następuje na podstawie postanowienia sądu "
                f"({{{{ {order}.court.name }}}}, {{{{ {order}.court.department }}}}) z dnia "
                f"{{{{ {order}.decided_on|date_pl }}}}, sygn. akt {{{{ {order}.case_number }}}}"
                f"{{{{ ', prawomocnego od dnia ' ~ {order}.final_on|date_pl if "
                f"{order}.final_on else '' }}}} (art. 54 ust. 4 u.p.s.).",
                align="justify",
            )
        with doc.when(f"not {D}.ground"):
            doc.paragraph(
                "2. Podstawa skierowania (zgoda strony lub jej przedstawiciela ustawowego "
                "albo postanowienie sądu): ……………………………………………………………",
                align="justify",
            )
        doc.paragraph(
            "3. Opłatę za pobyt strony w domu pomocy społecznej ustala odrębna decyzja "
            "(art. 59 ust. 1 u.p.s.).",
            align="justify",
        )
    with doc.when(f"not {D}.granted"):
        doc.paragraph(
            ("Odmówić", "b"),
            f" skierowania strony do domu pomocy społecznej {{{{ {D}.dps_type.label }}}}.",
            align="justify",
        )

    common.justification(doc, D)
    common.pouczenie(doc, D, [])
    with doc.kept_together():
        with doc.when(f"{D}.granted"):
            doc.paragraph(
                "3. Jeżeli przewidywany termin oczekiwania na umieszczenie w domu pomocy "
                "społecznej danego typu, położonym najbliżej miejsca zamieszkania, wynosi "
                "ponad 3 miesiące, strona może wnieść o skierowanie do domu tego samego typu, "
                "położonego jak najbliżej miejsca zamieszkania, w którym przewidywany termin "
                "oczekiwania jest krótszy niż 3 miesiące (art. 54 ust. 2a u.p.s.).",
                align="justify",
                keep_with_next=True,
            )
            doc.paragraph(
                "4. Decyzję o umieszczeniu w domu pomocy społecznej wydaje organ gminy "
                "prowadzącej dom albo starosta powiatu prowadzącego dom; w razie braku "
                "wolnego miejsca strona zostaje umieszczona na liście osób oczekujących "
                "(art. 59 u.p.s.).",
                align="justify",
                keep_with_next=True,
            )
        common.signature_and_recipients(doc, D)
    return doc
