"""Source of the "Niebieska Karta – A" template (built with socialwork's authoring toolkit).

Rebuild after a change: ``python -m socialwork_niebieska_karta.template_src`` writes
``templates/niebieska-karta-a.docx`` (the built file is committed and shipped). The toolkit,
:mod:`socialwork.authoring`, needs python-docx:
``pip install socialwork-niebieska-karta[authoring]``.

UNVERIFIED: the layout follows the expected sections of załącznik nr 1 to Dz. U. z 2023 r.
poz. 1870 (see the README), not the published form itself — said to the worker in a draft
comment (``note()``), never printed on the form.
"""

from __future__ import annotations

from pathlib import Path

from socialwork.authoring import DocumentBuilder, note_tag

NAME = "niebieska-karta-a"
TITLE = "Formularz „Niebieska Karta – A”"
C = "niebieska_karta_a"


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=C, example="niebieska-karta-a.json", size=10.5)
    doc.letterhead(
        ["{{ " + C + ".filled_by.institution }}"],
        "{{ " + C + ".place }}, {{ " + C + ".filled_on|date_pl }}",
        keep=[0],  # the body filling in the form is case data, never a centre's letterhead
    )
    doc.title(
        "NIEBIESKA KARTA – A",
        "wszczęcie procedury „Niebieskie Karty”"
        # for the worker only: a Word comment in a draft, nothing in the final form
        + note_tag(
            "Układ formularza NIEZWERYFIKOWANY z opublikowanym wzorem (załącznik nr 1 do "
            "rozporządzenia Rady Ministrów z dnia 6 września 2023 r., Dz. U. z 2023 r. "
            "poz. 1870): porównaj z wzorem przed użyciem."
        ),
    )
    doc.note(
        "Wzór: załącznik nr 1 do rozporządzenia Rady Ministrów z dnia 6 września 2023 r. "
        "w sprawie procedury „Niebieskie Karty” oraz wzorów formularzy „Niebieska Karta” "
        "(Dz. U. z 2023 r. poz. 1870). Dokument zawiera dane szczególnie chronione."
    )
    doc.heading("I. Osoby doznające przemocy domowej")
    doc.table(
        ["Lp.", "Imię i nazwisko", "Data urodzenia", "Adres, telefon", "Relacja", "Uwagi"],
        [
            "{{ loop.index }}",
            "{{ p.first_name }} {{ p.last_name }}",
            "{{ p.birth_date|date_short if p.birth_date else '—' }}",
            "{{ p.address or '—' }}{% if p.phone %}, tel. {{ p.phone }}{% endif %}",
            "{{ p.relation or '—' }}",
            "{{ p.marks(" + C + ".filled_on) or '—' }}",
        ],
        loop="p in " + C + ".experiencing",
        widths=[1.0, 3.5, 2.3, 4.0, 3.2, 2.5],
        empty="nie wskazano – formularz niekompletny",
    )
    doc.heading("II. Osoby stosujące przemoc domową")
    doc.table(
        ["Lp.", "Imię i nazwisko", "Data urodzenia", "Adres, telefon", "Relacja"],
        [
            "{{ loop.index }}",
            "{{ p.first_name }} {{ p.last_name }}",
            "{{ p.birth_date|date_short if p.birth_date else '—' }}",
            "{{ p.address or '—' }}{% if p.phone %}, tel. {{ p.phone }}{% endif %}",
            "{{ p.relation or '—' }}",
        ],
        loop="p in " + C + ".using",
        widths=[1.0, 4.0, 2.3, 5.2, 4.0],
        empty="nie wskazano – formularz niekompletny",
    )
    doc.heading("III. Opis sytuacji")
    doc.fields(
        [
            (
                "Formy przemocy domowej",
                "{{ join_pl(" + C + ".forms|map(attribute='label')|list) or 'nie zaznaczono' }}",
            ),
            (
                "Data zdarzenia",
                "{{ "
                + C
                + ".incident.occurred_on|date_pl if "
                + C
                + ".incident and "
                + C
                + ".incident.occurred_on else '—' }}",
            ),
            (
                "Miejsce zdarzenia",
                "{{ (" + C + ".incident.place if " + C + ".incident else None) or '—' }}",
            ),
            (
                "Przebieg zdarzenia",
                "{{ " + C + ".incident.description if " + C + ".incident else '—' }}",
            ),
            (
                "Obrażenia",
                "{{ (" + C + ".incident.injuries if " + C + ".incident else None) or '—' }}",
            ),
            (
                "Alkohol lub inne środki",
                "{{ yes_no("
                + C
                + ".incident.alcohol_or_drugs) if "
                + C
                + ".incident and "
                + C
                + ".incident.alcohol_or_drugs is not none else 'brak informacji' }}",
            ),
            (
                "Dostęp do broni",
                "{{ yes_no("
                + C
                + ".incident.weapon_access) if "
                + C
                + ".incident and "
                + C
                + ".incident.weapon_access is not none else 'brak informacji' }}",
            ),
        ]
    )
    doc.heading("IV. Małoletni w rodzinie i świadkowie")
    doc.table(
        ["Lp.", "Imię i nazwisko", "Data urodzenia", "Relacja", "Kto"],
        [
            "{{ loop.index }}",
            "{{ p.first_name }} {{ p.last_name }}",
            "{{ p.birth_date|date_short if p.birth_date else '—' }}",
            "{{ p.relation or '—' }}",
            "{{ 'świadek' if p in " + C + ".witnesses else ('małoletnia w rodzinie' if "
            "p.sex == 'female' else 'małoletni w rodzinie' if p.sex == 'male' else "
            "'małoletni(-a) w rodzinie') }}",
        ],
        loop="p in " + C + ".children + " + C + ".witnesses",
        widths=[1.0, 4.5, 2.3, 4.2, 4.5],
        empty="brak",
    )
    doc.heading("V. Podjęte działania interwencyjne")
    doc.bullet_loop("a in " + C + ".actions", "{{ a.label }}")
    with doc.when("not " + C + ".actions"):
        doc.paragraph("Nie podjęto działań interwencyjnych.")
    with doc.when(C + ".actions_note"):
        doc.paragraph("Uwagi: ", "{{ " + C + ".actions_note }}")
    doc.heading("VI. Obecność osoby doznającej przemocy domowej")
    with doc.when(C + ".adult_present"):
        doc.paragraph(
            "Formularz wypełniono w obecności pełnoletniej osoby doznającej przemocy domowej."
        )
    with doc.when(C + ".guardian_present and not " + C + ".adult_present"):
        doc.paragraph(
            "Formularz wypełniono w obecności rodzica, opiekuna lub osoby najbliższej "
            "małoletniej lub nieporadnej osoby doznającej przemocy domowej."
        )
    with doc.when("not " + C + ".adult_present and not " + C + ".guardian_present"):
        doc.paragraph(
            "Formularz wypełniono bez obecności pełnoletniej osoby doznającej przemocy "
            "domowej. Przyczyna: ",
            (
                "{{ " + C + ".absence_reason.label if " + C + ".absence_reason else "
                "'NIE PODANO' }}{% if "
                + C
                + ".absence_note %} – {{ "
                + C
                + ".absence_note }}{% endif %}",
                "b",
            ),
        )
    with doc.when(C + ".form_b_given"):
        doc.paragraph("Przekazano formularz „Niebieska Karta – B”.")
    doc.heading("VII. Wypełniający formularz")
    doc.fields(
        [
            ("Imię i nazwisko", "{{ " + C + ".filled_by.name }}"),
            ("Stanowisko", "{{ " + C + ".filled_by.position }}"),
            (
                "Podmiot",
                "{{ " + C + ".filled_by.institution }} ({{ " + C + ".filled_by.entity.label }})",
            ),
        ]
    )
    doc.signatures(["(podpis osoby wypełniającej formularz)"])
    return doc


def main() -> None:
    folder = Path(__file__).parent / "templates"
    build().save(folder)
    print(folder / f"{NAME}.docx")


if __name__ == "__main__":
    main()
