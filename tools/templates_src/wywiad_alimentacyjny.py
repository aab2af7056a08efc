"""``wywiad-alimentacyjny`` — the kwestionariusz wywiadu alimentacyjnego with an alimony
debtor and the debtor's oświadczenie majątkowe (ustawa z dnia 7 września 2007 r. o pomocy
osobom uprawnionym do alimentów, art. 5; wzory: Rozporządzenie Ministra Pracy i Polityki
Społecznej z dnia 23 marca 2011 r. w sprawie wzoru kwestionariusza wywiadu alimentacyjnego
oraz wzoru oświadczenia majątkowego dłużnika alimentacyjnego, Dz. U. Nr 73, poz. 395 —
the regulation's title and publication verified from OPS pages citing it in 2023).

Structure: the questionnaire establishes what the Act names — "sytuacji rodzinnej, dochodowej
i zawodowej dłużnika alimentacyjnego, a także jego stanu zdrowia oraz przyczyn niełożenia na
utrzymanie osoby uprawnionej" (wording verified; its article in the current text UNVERIFIED)
— in parts III–VII, after the debtor's data (I) and the entitled persons with their titles
(II). Part VIII records the organ's steps of art. 5 ust. 2 (registration with the PUP within
at most 30 days, information to the PUP) and ust. 3 (a prevented interview or a refused
statement), both verified verbatim. The debtor and the interviewer sign.

The oświadczenie majątkowe follows on a new page: real estate, movables, savings, debts,
other assets, the clause on criminal liability and the debtor's signature; when the debtor
refused it, the page records the refusal instead.

UNVERIFIED: the rubrics and their order in the 2011 wzory (not found in any stored source);
whether the debtor's statement must carry the clause "Jestem świadomy odpowiedzialności
karnej za złożenie fałszywego oświadczenia." — it is printed, as OPS forms do.
"""

from __future__ import annotations

from socialwork.authoring import ROW_ENDIF, DocumentBuilder, note_tag, row_if

from ._assets_common import asset_sections, clause

NAME = "wywiad-alimentacyjny"
TITLE = "Wywiad alimentacyjny z dłużnikiem alimentacyjnym i jego oświadczenie majątkowe"
MODEL = "alimony_interview"
EXAMPLE = "wywiad-alimentacyjny.json"

W = "alimony_interview"
D = f"{W}.debtor"
FEMALE = f"{D}.sex.value == 'female'"
LINE = "…" * 40
LINES = LINE + "\n" + LINE


def _header(doc: DocumentBuilder) -> None:
    doc.letterhead(
        [
            f"{{{{ {W}.center.name }}}}",
            f"{{{{ {W}.center.address.line1 }}}}",
            f"{{{{ {W}.center.address.line2 }}}}",
            (
                f"tel. {{{{ {W}.center.contact.phone }}}}",
                f"{W}.center.contact and {W}.center.contact.phone",
            ),
        ],
        f"{{{{ {W}.center.address.city }}}}, {{{{ {W}.conducted_on|date_pl }}}}",
        reference=f"Nr wywiadu: {{{{ {W}.id }}}}",
    )
    doc.title("KWESTIONARIUSZ WYWIADU ALIMENTACYJNEGO")
    doc.note(
        "Podstawa prawna: art. 5 ustawy z dnia 7 września 2007 r. o pomocy osobom uprawnionym "
        "do alimentów; wzór: rozporządzenie Ministra Pracy i Polityki Społecznej z dnia "
        "23 marca 2011 r. w sprawie wzoru kwestionariusza wywiadu alimentacyjnego oraz wzoru "
        "oświadczenia majątkowego dłużnika alimentacyjnego (Dz. U. Nr 73, poz. 395)."
        + note_tag(
            "Układ kwestionariusza przyjęto według obszarów wywiadu wymienionych w ustawie; "
            "rubryk wzoru z 2011 r. nie zweryfikowano — porównaj z wzorem z Dziennika Ustaw."
        )
    )
    doc.fields(
        [
            ("Data przeprowadzenia", f"{{{{ {W}.conducted_on|date_pl }}}}"),
            ("Miejsce przeprowadzenia", f"{{{{ {W}.place }}}}"),
            row_if(f"{W}.center.organ"),
            ("Organ właściwy dłużnika", f"{{{{ {W}.center.organ }}}}"),
            ROW_ENDIF,
            (
                "Wniosek organu właściwego wierzyciela",
                f"{{{{ {W}.creditor_organ }}}}, znak: {{{{ {W}.request_number }}}}, "
                f"otrzymany {{{{ {W}.request_received_on|date_pl }}}}",
            ),
            (
                "Wywiad przeprowadził(a)",
                f"{{{{ {W}.worker.full_name }}}}, {{{{ {W}.worker.position }}}}",
            ),
        ],
        label_width=5.5,
    )


def _debtor(doc: DocumentBuilder) -> None:
    doc.heading("I. Dane dłużnika alimentacyjnego")
    doc.fields(
        [
            ("Imię i nazwisko", f"{{{{ {D}.full_name }}}}"),
            row_if(f"{D}.family_name"),
            ("Nazwisko rodowe", f"{{{{ {D}.family_name }}}}"),
            ROW_ENDIF,
            row_if(f"{D}.pesel"),
            ("PESEL", f"{{{{ {D}.pesel|pesel }}}}"),
            ROW_ENDIF,
            row_if(f"not {D}.pesel"),
            (
                "Dokument tożsamości",
                f"{{{{ {D}.identity_document.kind.label }}}} nr "
                f"{{{{ {D}.identity_document.number }}}}",
            ),
            ROW_ENDIF,
            ("Data urodzenia", f"{{{{ {D}.birth_date|date_pl }}}}"),
            ("Adres zamieszkania", f"{{{{ {W}.debtor_address }}}}"),
        ],
        label_width=5.5,
    )
    doc.heading("II. Osoby uprawnione do alimentów")
    doc.table(
        ["Lp.", "Imię i nazwisko", "Data urodzenia", "Pokrewieństwo", "Tytuł wykonawczy",
         "Alimenty miesięcznie"],
        [
            "{{ loop.index }}.",
            "{{ e.person.full_name }}",
            "{{ e.person.birth_date|date_short }}",
            "{{ e.relation }}",
            "{{ e.title }}",
            "{{ e.monthly_amount|money }}",
        ],
        loop=f"e in {W}.entitled",
        widths=[1.0, 3.2, 2.3, 2.9, 4.4, 2.7],
        footer=["", "Razem", "", "", "", f"{{{{ {W}.monthly_total|money }}}}"],
    )


AREAS: tuple[tuple[str, str], ...] = (
    ("family_situation", "III. Sytuacja rodzinna dłużnika alimentacyjnego"),
    ("income_situation", "IV. Sytuacja dochodowa"),
    ("occupational_situation", "V. Sytuacja zawodowa"),
    ("health", "VI. Stan zdrowia"),
    ("reasons_for_non_payment", "VII. Przyczyny niełożenia na utrzymanie osoby uprawnionej"),
)


def _areas(doc: DocumentBuilder) -> None:
    for field, heading in AREAS:
        doc.heading(heading)
        doc.paragraph(
            f"{{{{ {W}.{field} if {W}.{field}|trim else '{LINES}' }}}}", align="justify"
        )
        if field == "income_situation":
            with doc.when(f"{W}.monthly_income is not none"):
                doc.paragraph(
                    ("Ustalony miesięczny dochód dłużnika: ", "b"),
                    f"{{{{ {W}.monthly_income|money }}}}",
                )
        if field == "occupational_situation":
            doc.paragraph(
                ("Zatrudnienie lub inna praca zarobkowa: ", "b"),
                f"{{{{ {W}.employed|yes_no }}}}; ",
                (
                    f"{{{{ 'zarejestrowana' if {FEMALE} else 'zarejestrowany' }}}} w "
                    "powiatowym urzędzie pracy jako "
                    f"{{{{ 'bezrobotna albo poszukująca' if {FEMALE} else "
                    "'bezrobotny albo poszukujący' }} pracy: ",
                    "b",
                ),
                f"{{{{ {W}.registered_in_pup|yes_no }}}}",
                align="justify",
            )


def _steps(doc: DocumentBuilder) -> None:
    doc.heading("VIII. Ustalenia i działania organu właściwego dłużnika")
    with doc.when(f"{W}.interview_prevented"):
        doc.paragraph(
            ("Dłużnik alimentacyjny uniemożliwił przeprowadzenie wywiadu alimentacyjnego "
             "(art. 5 ust. 3 ustawy).", "b"),
            align="justify",
        )
    with doc.when(
        f"not {W}.employed and not {W}.registered_in_pup and not {W}.pup_registration_due "
        f"and not {W}.interview_prevented"
    ):
        doc.paragraph(
            "Zobowiązanie dłużnika do zarejestrowania się w powiatowym urzędzie pracy "
            "w terminie do ……………………… (art. 5 ust. 2 pkt 1 ustawy).",
            note_tag("Dłużnik bez zatrudnienia: wyznacz termin nie dłuższy niż 30 dni."),
            align="justify",
        )
    with doc.when(f"{W}.pup_registration_due"):
        doc.paragraph(
            "Dłużnika alimentacyjnego zobowiązano do zarejestrowania się w powiatowym urzędzie "
            "pracy jako bezrobotny albo jako poszukujący pracy w terminie do ",
            f"{{{{ {W}.pup_registration_due|date_pl }}}} (art. 5 ust. 2 pkt 1 ustawy).",
            align="justify",
        )
    with doc.when(f"{W}.pup_informed_on"):
        doc.paragraph(
            "Właściwy powiatowy urząd pracy poinformowano o potrzebie aktywizacji zawodowej "
            f"dłużnika alimentacyjnego dnia {{{{ {W}.pup_informed_on|date_pl }}}} "
            "(art. 5 ust. 2 pkt 2 ustawy).",
            align="justify",
        )
    with doc.when(f"{W}.statement_refused"):
        doc.paragraph(
            ("Dłużnik alimentacyjny odmówił złożenia oświadczenia majątkowego "
             "(art. 5 ust. 3 pkt 1 ustawy).", "b"),
            align="justify",
        )
    doc.paragraph(("Uwagi osoby przeprowadzającej wywiad:", "b"), keep_with_next=True)
    doc.paragraph(f"{{{{ {W}.remarks or '{LINES}' }}}}", align="justify")


def _signatures(doc: DocumentBuilder) -> None:
    with doc.kept_together():
        doc.spacer(6)
        doc.paragraph(
            f"{{{{ {W}.center.address.city }}}}, dnia {{{{ {W}.conducted_on|date_pl }}}}",
            keep_with_next=True,
        )
        doc.signatures(
            ["(podpis dłużnika alimentacyjnego)", "(podpis osoby przeprowadzającej wywiad)"],
            names=[f"{{{{ {D}.full_name }}}}", f"{{{{ {W}.worker.full_name }}}}"],
        )


def _statement(doc: DocumentBuilder) -> None:
    with doc.when(f"not {W}.interview_prevented"):
        doc.page_break()
        doc.title("OŚWIADCZENIE MAJĄTKOWE DŁUŻNIKA ALIMENTACYJNEGO")
        doc.paragraph(
            f"do wywiadu alimentacyjnego nr {{{{ {W}.id }}}} z dnia "
            f"{{{{ {W}.conducted_on|date_pl }}}}",
            align="center",
        )
        doc.fields(
            [
                ("Imię i nazwisko", f"{{{{ {D}.full_name }}}}"),
                row_if(f"{D}.pesel"),
                ("PESEL", f"{{{{ {D}.pesel|pesel }}}}"),
                ROW_ENDIF,
                ("Adres zamieszkania", f"{{{{ {W}.debtor_address }}}}"),
            ],
            label_width=5.5,
        )
        with doc.when(f"{W}.assets"):
            doc.paragraph(
                "Oświadczam, że posiadam następujący majątek:",
                keep_with_next=True,
            )
            asset_sections(doc, f"{W}.assets")
            with doc.kept_together():
                doc.spacer(6)
                clause(
                    doc,
                    note_tag(
                        "Nie zweryfikowano, czy oświadczenie majątkowe dłużnika wymaga tej "
                        "klauzuli; drukowana jak w formularzach ośrodków."
                    ),
                )
                doc.spacer(6, keep_with_next=True)
                doc.paragraph(
                    f"{{{{ {W}.center.address.city }}}}, dnia "
                    f"{{{{ {W}.conducted_on|date_pl }}}}",
                    keep_with_next=True,
                )
                doc.signatures(
                    ["(czytelny podpis dłużnika alimentacyjnego)"],
                    names=[f"{{{{ {D}.full_name }}}}"],
                )
        with doc.when(f"not {W}.assets"):
            doc.paragraph(
                (
                    f"{{{{ 'Dłużnik alimentacyjny odmówił złożenia oświadczenia majątkowego.' "
                    f"if {W}.statement_refused else 'Oświadczenia majątkowego nie złożono.' }}}}",
                    "b",
                ),
                align="justify",
            )
            with doc.kept_together():
                doc.spacer(6, keep_with_next=True)
                doc.paragraph(
                    f"{{{{ {W}.center.address.city }}}}, dnia "
                    f"{{{{ {W}.conducted_on|date_pl }}}}",
                    keep_with_next=True,
                )
                doc.signatures(
                    ["(podpis osoby przeprowadzającej wywiad)"],
                    names=[f"{{{{ {W}.worker.full_name }}}}"],
                )


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    _header(doc)
    _debtor(doc)
    _areas(doc)
    _steps(doc)
    _signatures(doc)
    _statement(doc)
    return doc
