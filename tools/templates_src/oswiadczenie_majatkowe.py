"""``oswiadczenie-majatkowe`` — oświadczenie o stanie majątkowym of a household applying for
help, taken with the rodzinny wywiad środowiskowy (art. 107 u.p.s.; the regulation of
8 April 2021, Dz. U. z 2021 r. poz. 893, sets its wzór — § 1 pkt 3, verified).

The declarant is the household's applicant; the statement covers the household:

* the declarant's data and the household members (as in część I segment A of the wywiad);
* 1. real estate, 2. movables of significant value, 3. savings, 4. debts, 5. other assets —
  "nie posiadam" where the list is empty;
* the declaration that the data are true and the clause "Jestem świadomy odpowiedzialności
  karnej za złożenie fałszywego oświadczenia." (the statutory formula; the ustęp of art. 107
  u.p.s. requiring it is UNVERIFIED — docs/documents.md), the place, date and the declarant's
  signature; the worker who received it signs below.

UNVERIFIED: the layout and rubrics of the official wzór (its załącznik number too) — the
sections follow what the statement must cover. Nothing for the worker's eyes is printed: the
statement is the client's own document.
"""

from __future__ import annotations

from socialwork.authoring import ROW_ENDIF, DocumentBuilder, note_tag, row_if

from ._assets_common import asset_sections, clause

NAME = "oswiadczenie-majatkowe"
TITLE = "Oświadczenie o stanie majątkowym (do rodzinnego wywiadu środowiskowego)"
MODEL = "asset_statement"
EXAMPLE = "oswiadczenie-majatkowe.json"

S = "asset_statement"
H = f"{S}.household"
P = f"{S}.declarant"
FEMALE = f"{P}.sex.value == 'female'"


def _header(doc: DocumentBuilder) -> None:
    a = f"{H}.applicant"
    doc.letterhead(
        [
            f"{{{{ {P}.full_name }}}}",
            (f"{{{{ {a}.address.line1 }}}}", f"{a}.address"),
            (f"{{{{ {a}.address.line2 }}}}", f"{a}.address"),
            (f"{{{{ {a}.stay_description }}}}", f"not {a}.address"),
        ],
        f"{{{{ {S}.place }}}}, dnia {{{{ {S}.signed_on|date_pl }}}}",
        keep=range(4),
    )
    doc.addressee(
        [
            f"{{{{ {S}.center.name }}}}",
            f"{{{{ {S}.center.address.line1 }}}}",
            f"{{{{ {S}.center.address.line2 }}}}",
        ]
    )
    doc.title("OŚWIADCZENIE O STANIE MAJĄTKOWYM")
    with doc.when(f"{S}.interview_id"):
        doc.paragraph(
            f"(do rodzinnego wywiadu środowiskowego nr {{{{ {S}.interview_id }}}})",
            align="center",
        )


def _declarant(doc: DocumentBuilder) -> None:
    doc.paragraph(
        f"Ja, {{{{ 'niżej podpisana' if {FEMALE} else 'niżej podpisany' }}}}, "
        "oświadczam, że ",
        f"{{{{ 'jestem osobą samotnie gospodarującą i posiadam' if {H}.single else "
        "'moja rodzina (osoby wspólnie zamieszkujące i gospodarujące) posiada' }} "
        "majątek wymieniony poniżej."
        + note_tag(
            "Numeru załącznika i rubryk urzędowego wzoru oświadczenia (rozporządzenie "
            "z 8 kwietnia 2021 r., Dz. U. poz. 893) nie zweryfikowano; sekcje obejmują skład "
            "gospodarstwa, nieruchomości, ruchomości, zasoby pieniężne i zadłużenie."
        ),
        align="justify",
    )
    doc.heading("Dane składającego oświadczenie", level=2)
    doc.fields(
        [
            ("Imię i nazwisko", f"{{{{ {P}.full_name }}}}"),
            row_if(f"{P}.pesel"),
            ("PESEL", f"{{{{ {P}.pesel|pesel }}}}"),
            ROW_ENDIF,
            row_if(f"not {P}.pesel"),
            (
                "Dokument tożsamości",
                f"{{{{ {P}.identity_document.kind.label }}}} nr "
                f"{{{{ {P}.identity_document.number }}}}",
            ),
            ROW_ENDIF,
            ("Data urodzenia", f"{{{{ {P}.birth_date|date_pl }}}}"),
            row_if(f"{H}.applicant.address"),
            ("Adres zamieszkania", f"{{{{ {H}.applicant.address }}}}"),
            ROW_ENDIF,
            row_if(f"not {H}.applicant.address"),
            ("Miejsce pobytu", f"{{{{ {H}.applicant.stay_description }}}}"),
            ROW_ENDIF,
        ],
        label_width=5.0,
    )
    with doc.when(f"not {H}.single"):
        doc.heading("Członkowie gospodarstwa domowego", level=2)
        doc.table(
            ["Lp.", "Imię i nazwisko", "Stopień pokrewieństwa", "Data urodzenia", "PESEL"],
            [
                "{{ loop.index }}.",
                "{{ m.person.full_name }}",
                "{{ m.relation.label_for(m.person.sex) }}",
                "{{ m.person.birth_date|date_short }}",
                "{{ m.person.pesel|pesel if m.person.pesel else '—' }}",
            ],
            loop=f"m in {H}.members",
            widths=[1.0, 5.3, 4.0, 2.8, 3.4],
        )


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    _header(doc)
    _declarant(doc)
    doc.heading("Majątek")
    asset_sections(doc, f"{S}.assets", owner=f"{S}.owner_name")
    with doc.kept_together():
        doc.spacer(6)
        clause(doc)
        doc.signatures(
            ["(czytelny podpis składającego oświadczenie)"],
            names=[f"{{{{ {P}.full_name }}}}"],
        )
        with doc.when(f"{S}.received_by"):
            doc.spacer(6)
            doc.paragraph(
                f"Oświadczenie przyjął(-ęła) dnia {{{{ {S}.signed_on|date_pl }}}}:",
                keep_with_next=True,
            )
            doc.signatures(
                ["(podpis pracownika socjalnego)"],
                names=[
                    f"{{{{ {S}.received_by.full_name if {S}.received_by else '' }}}}, "
                    f"{{{{ {S}.received_by.position if {S}.received_by else '' }}}}"
                ],
            )
    return doc
