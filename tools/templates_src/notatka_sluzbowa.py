"""``notatka-sluzbowa`` — the notatka służbowa: the record of one contact in social work (a
home visit, a phone call, a meeting at the ośrodek or with a school pedagog, the police or a
kurator), signed by the pracownik socjalny.

There is no official form. The notatka is the "adnotacja" of art. 72 § 1 k.p.a. (the acts of
which no protokół is written, recorded and signed by the employee — confirmed in a paraphrase
only, see docs/documents.md). Its parts follow what OPS workers record: date and time, form,
place, purpose, participants with their roles, findings, agreements, next steps with dates
and who does them, and whether a procedura „Niebieskie Karty” was started.
"""

from __future__ import annotations

from socialwork.authoring import DocumentBuilder, note_tag

from ._casework_common import center_letterhead

NAME = "notatka-sluzbowa"
TITLE = "Notatka służbowa z kontaktu w pracy socjalnej"
MODEL = "contact_record"
EXAMPLE = "notatka-sluzbowa.json"

N = "contact_record"


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    center_letterhead(doc, N)
    doc.title("NOTATKA SŁUŻBOWA", "z kontaktu w ramach pracy socjalnej")

    doc.fields(
        [
            ("Data i godzina", f"{{{{ {N}.on|date_pl }}}}, godz. {{{{ {N}.time_range }}}}"),
            ("Forma kontaktu", f"{{{{ {N}.form.label }}}}"),
            ("Miejsce", f"{{{{ {N}.place }}}}"),
            ("Cel kontaktu", f"{{{{ {N}.purpose }}}}"),
        ],
        label_width=4.0,
    )

    doc.heading("Uczestnicy", level=2)
    doc.table(
        ["Lp.", "Imię i nazwisko", "Rola", "Instytucja, funkcja"],
        [
            "{{ loop.index }}",
            "{{ p.name }}",
            "{{ p.role.label }}",
            "{{ [p.institution, p.function]|select|join(', ') or '—' }}",
        ],
        loop=f"p in {N}.participants",
        widths=[1.2, 4.8, 4.5, 6.0],
    )

    doc.heading("Ustalenia", level=2)
    doc.paragraph(
        f"{{{{ {N}.findings }}}}"
        + note_tag(
            "Notatka nie zawiera ustaleń (SW-CNT-001): opisz, co stwierdzono podczas kontaktu.",
            when=f"not {N}.findings.strip()",
        ),
        align="justify",
    )

    # Typographic quotes stay outside Jinja expressions (inside a tag they would be made
    # straight): one paragraph per case.
    with doc.when(f"{N}.violence_suspected and {N}.blue_card_started"):
        doc.paragraph(
            ("Podejrzenie przemocy domowej: ", "b"),
            "podczas kontaktu powzięto uzasadnione podejrzenie stosowania przemocy domowej. "
            "Wszczęto procedurę „Niebieskie Karty” (wypełniono formularz „Niebieska Karta – A”).",
            align="justify",
        )
    with doc.when(f"{N}.violence_suspected and not {N}.blue_card_started"):
        doc.paragraph(
            ("Podejrzenie przemocy domowej: ", "b"),
            "podczas kontaktu powzięto uzasadnione podejrzenie stosowania przemocy domowej. "
            "Procedury „Niebieskie Karty” nie wszczęto podczas tego kontaktu."
            + note_tag(
                "Uzasadnione podejrzenie przemocy domowej wszczyna procedurę Niebieskie Karty "
                "(formularz A; ostrzeżenie SW-CNT-002) - odnotuj, jeśli już jest prowadzona."
            ),
            align="justify",
        )

    with doc.when(f"{N}.agreements"):
        doc.heading("Uzgodnienia", level=2)
        with doc.each(f"item in {N}.agreements"):
            doc.paragraph("{{ loop.index }}. {{ item }}", align="justify", indent=0.5,
                          space_after=2)

    with doc.when(f"{N}.next_steps"):
        doc.heading("Dalsze działania", level=2)
        doc.table(
            ["Lp.", "Działanie", "Odpowiada", "Termin"],
            [
                "{{ loop.index }}",
                "{{ step.action }}",
                "{{ step.responsible }}",
                "{{ step.due|date_pl if step.due else 'na bieżąco' }}",
            ],
            loop=f"step in {N}.next_steps",
            widths=[1.0, 7.8, 4.2, 3.5],
        )

    with doc.kept_together():
        doc.spacer(6)
        doc.paragraph(
            ("Data sporządzenia notatki: ", "b"),
            f"{{{{ {N}.written_on|date_pl }}}}",
            keep_with_next=True,
        )
        doc.signatures(
            ["(podpis pracownika socjalnego)"],
            names=[f"{{{{ {N}.worker.full_name }}}}{{{{ '\\n' }}}}{{{{ {N}.worker.position }}}}"],
        )
    return doc
