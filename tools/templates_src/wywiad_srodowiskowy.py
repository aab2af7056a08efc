"""``wywiad-srodowiskowy`` — the rodzinny wywiad środowiskowy (art. 107 ust. 1 u.p.s.) and its
update (aktualizacja, art. 107 ust. 4 u.p.s.), one template switching on ``interview.kind``.

Structure after the kwestionariusz, załącznik nr 1 to the Rozporządzenie Ministra Rodziny
i Polityki Społecznej z dnia 8 kwietnia 2021 r. w sprawie rodzinnego wywiadu środowiskowego
(Dz.U. z 2021 r. poz. 893, issued under art. 107 ust. 6 u.p.s.):

* a full interview prints **część I** with its segments A–J. Segments **A, H, I and J are
  mandatory** and always printed — when the case lacks H, I or J the segment is printed with
  dotted lines to complete by hand. The optional segments (B–G) are printed only when filled;
  the household's income items are printed with segment B (material situation) even when B
  itself is empty;
* an update prints **część IV lit. A** (aktualizacja): the earlier interview, the person and
  the household as they are now, what changed, the worker's conclusions and the updated plan
  pomocy; segments of część I that were filled in during the update follow it;
* every variant ends with the place and date and the signatures of the person the interview
  was conducted with and of the pracownik socjalny.

Segment titles: A (content), C, H, I and J are verified (załącznik nr 1 to the regulation,
Dz. U. z 2021 r. poz. 893). UNVERIFIED:
the exact wording of the title of segment A, and the letters and titles of B and D–G
(material, health, occupational situation, family functioning, other circumstances — the
regulation names these areas without a confirmed letter), and the titles inside część IV
(only "część IV lit. A = aktualizacja" is verified). Check against the PDF D20210893 on ISAP.

Health, addiction and violence data (segments D, F, G) are sensitive: they are printed in the
document only — the template adds nothing to any log or metadata.
"""

from __future__ import annotations

from socialwork.authoring import ROW_ENDIF, DocumentBuilder, note_tag, row_if

NAME = "wywiad-srodowiskowy"
TITLE = "Rodzinny wywiad środowiskowy (część I, segmenty A–J) i jego aktualizacja (część IV)"
MODEL = "interview"
EXAMPLE = "wywiad-srodowiskowy.json"

W = "interview"
H = f"{W}.household"
LINE = "…" * 40
"""A dotted line the width of the text column (to fill in by hand)."""
LINES = LINE + "\n" + LINE + "\n" + LINE
FULL = f"{W}.kind.value == 'full'"
UNVERIFIED_SEGMENT = note_tag(
    "Litera i tytuł tego segmentu NIEZWERYFIKOWANE ze wzorem kwestionariusza (załącznik nr 1 "
    "do rozporządzenia z dnia 8 kwietnia 2021 r.): porównaj przed użyciem."
)
"""A draft comment on the headings of segments B and D–G (their letters and titles are not
confirmed by a source; C, A, H, I, J are)."""
UPDATE = f"{W}.kind.value == 'update'"





def _header(doc: DocumentBuilder) -> None:
    doc.letterhead(
        [
            f"{{{{ {W}.center.name }}}}",
            f"{{{{ {W}.center.address.line1 }}}}",
            f"{{{{ {W}.center.address.line2 }}}}",
            (f"tel. {{{{ {W}.center.contact.phone }}}}",
             f"{W}.center.contact and {W}.center.contact.phone"),
        ],
        f"{{{{ {W}.center.address.city }}}}, {{{{ {W}.conducted_on|date_pl }}}}",
        # the model has no document number of its own (the id is the internal record key):
        # a line for the worker to write the register number in
        reference="Nr wywiadu: " + "…" * 12,
    )
    with doc.when(FULL):
        doc.title("RODZINNY WYWIAD ŚRODOWISKOWY", "Kwestionariusz — część I")
    with doc.when(UPDATE):
        doc.title(
            "AKTUALIZACJA RODZINNEGO WYWIADU ŚRODOWISKOWEGO",
            "Kwestionariusz — część IV",
        )
    doc.note(
        f"Podstawa prawna: art. 107 ust. {{{{ '1' if {FULL} else '4' }}}} ustawy z dnia "
        "12 marca 2004 r. o pomocy społecznej; wzór kwestionariusza: załącznik nr 1 do "
        "rozporządzenia Ministra Rodziny i Polityki Społecznej z dnia 8 kwietnia 2021 r. "
        "w sprawie rodzinnego wywiadu środowiskowego (Dz. U. z 2021 r. poz. 893, z późn. zm.)."
    )
    doc.fields(
        [
            ("Data przeprowadzenia", f"{{{{ {W}.conducted_on|date_pl }}}}"),
            row_if(f"{W}.place"),
            ("Miejsce przeprowadzenia", f"{{{{ {W}.place }}}}"),
            ROW_ENDIF,
            (
                "Wszczęcie",
                f"{{{{ 'na wniosek z dnia ' ~ {W}.application_on|date_pl if "
                f"{W}.application_on else 'z urzędu' }}}}",
            ),
            (
                "Potrzeba przeprowadzenia wywiadu powzięta",
                f"{{{{ {W}.need_known_on|date_pl }}}}"
                f"{{{{ ' — sprawa pilna' if {W}.urgent else '' }}}}",
            ),
            (
                "Pracownik socjalny",
                f"{{{{ {W}.worker.full_name }}}}, {{{{ {W}.worker.position }}}}",
            ),
            row_if(f"{W}.reasons or {W}.other_circumstances_text"),
            (
                "Powody udzielenia pomocy",
                f"{{% for r in {W}.reasons %}}{{{{ r.label_on({W}.conducted_on) }}}} "
                "(art. 7 pkt {{ r.value }} u.p.s.){{ '; ' if not loop.last else '' }}"
                "{% endfor %}"
                f"{{{{ ('; ' if {W}.reasons else '') ~ 'inne okoliczności: ' ~ "
                f"{W}.other_circumstances_text if {W}.other_circumstances_text else '' }}}}",
            ),
            ROW_ENDIF,
        ],
        label_width=5.0,
    )


def _person_rows() -> list[tuple[str, str]]:
    p = f"{H}.applicant.person"
    a = f"{H}.applicant"
    d = f"{W}.household_data"
    return [
        ("Imię i nazwisko", f"{{{{ {p}.full_name }}}}"),
        row_if(f"{p}.family_name"),
        ("Nazwisko rodowe", f"{{{{ {p}.family_name }}}}"),
        ROW_ENDIF,
        row_if(f"{p}.pesel"),
        ("PESEL", f"{{{{ {p}.pesel|pesel }}}}"),
        ROW_ENDIF,
        row_if(f"not {p}.pesel"),
        (
            "Dokument tożsamości",
            f"{{{{ {p}.identity_document.kind.label }}}} nr {{{{ {p}.identity_document.number }}}}",
        ),
        ROW_ENDIF,
        ("Data urodzenia", f"{{{{ {p}.birth_date|date_pl }}}}"),
        row_if(f"{p}.citizenship"),
        ("Obywatelstwo", f"{{{{ {p}.citizenship }}}}"),
        ROW_ENDIF,
        row_if(f"{d} and {d}.marital_status"),
        ("Stan cywilny", f"{{{{ {d}.marital_status.label_for({p}.sex) }}}}"),
        ROW_ENDIF,
        row_if(f"{d} and {d}.education"),
        ("Wykształcenie", f"{{{{ {d}.education }}}}"),
        ROW_ENDIF,
        row_if(f"{a}.address"),
        ("Adres zamieszkania", f"{{{{ {a}.address }}}}"),
        ROW_ENDIF,
        row_if(f"not {a}.address"),
        ("Miejsce pobytu", f"{{{{ {a}.stay_description }}}}"),
        ROW_ENDIF,
        row_if(f"{a}.correspondence_address"),
        ("Adres do korespondencji", f"{{{{ {a}.correspondence_address }}}}"),
        ROW_ENDIF,
        row_if(f"{a}.contact and {a}.contact.phone"),
        ("Telefon", f"{{{{ {a}.contact.phone }}}}"),
        ROW_ENDIF,
        row_if(f"{a}.legal_representative"),
        (
            "Przedstawiciel ustawowy",
            f"{{{{ {a}.legal_representative.person.full_name }}}} "
            f"({{{{ {a}.legal_representative.basis }}}})",
        ),
        ROW_ENDIF,
        row_if(d),
        (
            "Wywiad przeprowadzono z",
            f"{{{{ {H}.person({d}.interviewee_id).full_name }}}}",
        ),
        ROW_ENDIF,
        row_if(f"not {d} and {FULL}"),
        ("Wywiad przeprowadzono z", "…" * 25),
        ROW_ENDIF,
    ]


def _household(doc: DocumentBuilder) -> None:
    doc.paragraph(
        ("Skład gospodarstwa domowego: ", "b"),
        f"{{{{ 'osoba samotnie gospodarująca' if {H}.single else "
        f"'rodzina, ' ~ plural({H}.size, 'osoba', 'osoby', 'osób') }}}}",
        keep_with_next=True,
    )
    doc.table(
        ["Lp.", "Imię i nazwisko", "Pokrewieństwo", "Data urodzenia", "PESEL",
         "Zawód, nauka, status"],
        [
            "{{ loop.index }}.",
            "{{ p.full_name }}",
            f"{{{{ 'osoba ubiegająca się o pomoc' if loop.first else "
            f"{H}.members[loop.index0 - 1].relation.label_for(p.sex) }}}}",
            "{{ p.birth_date|date_short }}",
            "{{ p.pesel|pesel if p.pesel else '—' }}",
            f"{{{{ '—' if loop.first else "
            f"{H}.members[loop.index0 - 1].occupation or '—' }}}}",
        ],
        loop=f"p in {H}.people",
        widths=[1.0, 3.9, 3.2, 2.3, 2.6, 3.5],
    )


def _incomes(doc: DocumentBuilder) -> None:
    with doc.when(f"{H}.incomes"):
        doc.paragraph(("Dochody członków gospodarstwa domowego:", "b"), keep_with_next=True)
        doc.table(
            ["Lp.", "Osoba", "Źródło dochodu", "Miesiąc", "Przychód", "Dochód netto",
             "Uwagi"],
            [
                "{{ loop.index }}.",
                f"{{{{ {H}.person(i.person_id).full_name }}}}",
                # the source is the statutory kind; the worker's description goes to
                # "Uwagi", so the source is never printed twice
                "{{ i.kind.label }}"
                "{{ '\\n' ~ i.hectares|decimal_pl ~ ' ha przeliczeniowych' "
                "if i.hectares is not none else '' }}",
                "{{ '%02d.%04d'|format(i.month.month, i.month.year) }}",
                "{{ '—' if i.kind.value == 'farm' else i.gross|money }}",
                "{{ '—' if i.kind.value == 'farm' else i.net|money }}",
                # a description that begins with the source keeps only what it adds
                "{% set d = i.description or '' %}"
                "{% if (d|lower).startswith(i.kind.label|lower) %}"
                "{% set d = d[i.kind.label|length:]|trim(' –-,:') %}{% endif %}"
                "{{ [d, "
                "('niewliczany do dochodu' if i.kind.excluded and not (i.description and "
                "'nie wlicza' in i.description) else ''), "
                "('dochód utracony' if i.lost else ''), "
                "('dochód jednorazowy' if i.one_off else '')]|select|join('; ') or '—' }}",
            ],
            loop=f"i in {H}.incomes",
            widths=[1.0, 2.6, 3.4, 1.7, 2.2, 2.2, 3.4],
        )
        # art. 8 ust. 1 u.p.s.: the total, the income per person and the criterion in force on
        # the interview's date (socialwork.law), compared
        doc.tag(
            f"set summary = income_summary({H}, {W}.application_on or {W}.conducted_on, "
            f"{W}.conducted_on)"
        )
        with doc.when("summary"):
            doc.fields(
                [
                    (
                        "Dochód gospodarstwa domowego",
                        "{{ summary.total|money }} "
                        "({{ '%02d.%04d'|format(summary.month.month, summary.month.year) }})",
                    ),
                    row_if("not summary.single"),
                    (
                        "Dochód na osobę",
                        "{{ summary.per_person|money }} "
                        "({{ plural(summary.members, 'osoba', 'osoby', 'osób') }})",
                    ),
                    ROW_ENDIF,
                    (
                        "Kryterium dochodowe (art. 8 ust. 1 u.p.s.)",
                        "{{ summary.criterion|money }} "
                        "{{ 'dla osoby samotnie gospodarującej' if summary.single else "
                        "'na osobę w rodzinie (rodziny: ' ~ summary.family_criterion|money ~ ')' }}"
                        f", w dniu {{{{ {W}.conducted_on|date_pl }}}}",
                    ),
                    (
                        "Porównanie",
                        "dochód {{ '' if summary.single else 'na osobę ' }}"
                        "{% if summary.exceeds %}przekracza kryterium dochodowe o "
                        "{{ ((summary.total if summary.single else summary.per_person) - "
                        "summary.criterion)|money }}{% else %}nie przekracza kryterium "
                        "dochodowego{% endif %}",
                    ),
                ],
                label_width=6.0,
            )
        doc.note(
            "Dochód netto: przychód pomniejszony o podatek dochodowy, składki na ubezpieczenia "
            "zdrowotne i społeczne oraz alimenty świadczone na rzecz innych osób (art. 8 "
            "ust. 3 ustawy o pomocy społecznej). Dochód z gospodarstwa rolnego ustala się "
            "z liczby hektarów przeliczeniowych; pozycji oznaczonych jako „niewliczany do "
            "dochodu” nie uwzględnia się przy ustalaniu dochodu rodziny."
        )


def _segment_a(doc: DocumentBuilder) -> None:
    # UNVERIFIED: exact wording of the title of segment A (content verified).
    doc.heading("A. Dane osoby ubiegającej się o pomoc i jej rodziny", level=2)
    doc.fields(_person_rows(), label_width=5.0)
    with doc.when(f"{W}.household_data and {W}.household_data.notes"):
        doc.paragraph(("Uwagi: ", "b"), f"{{{{ {W}.household_data.notes }}}}", align="justify")
    _household(doc)


def _segment_b(doc: DocumentBuilder) -> None:
    m = f"{W}.material_situation"
    # In an update the incomes are part of część IV; segment B follows only when filled.
    with doc.when(f"({FULL} and ({m} or {H}.incomes)) or ({UPDATE} and {m})"):
        # UNVERIFIED: letter B and its title (material situation).
        doc.heading(
            "B. Analiza sytuacji materialnej osoby lub rodziny" + UNVERIFIED_SEGMENT, level=2
        )
        with doc.when(FULL):
            _incomes(doc)
        with doc.when(f"{m} and {m}.expenses"):
            doc.paragraph(("Miesięczne wydatki gospodarstwa domowego:", "b"),
                          keep_with_next=True)
            doc.table(
                ["Lp.", "Rodzaj wydatku", "Kwota miesięcznie"],
                ["{{ loop.index }}.", "{{ e.item }}", "{{ e.amount|money }}"],
                loop=f"e in {m}.expenses",
                widths=[1.0, 11.5, 4.0],
                footer=["", "Razem", f"{{{{ {m}.expenses|sum(attribute='amount')|money }}}}"],
            )
        with doc.when(f"{m} and {m}.assets"):
            doc.paragraph(("Majątek: ", "b"), f"{{{{ {m}.assets }}}}", align="justify")
        with doc.when(f"{m} and {m}.debts"):
            doc.paragraph(("Zadłużenie: ", "b"), f"{{{{ {m}.debts }}}}", align="justify")
        with doc.when(f"{m} and {m}.notes"):
            doc.paragraph(("Uwagi: ", "b"), f"{{{{ {m}.notes }}}}", align="justify")
    _empty(doc, f"{m} or {H}.incomes", "B. Analiza sytuacji materialnej osoby lub rodziny",
           UNVERIFIED_SEGMENT)


def _empty(doc: DocumentBuilder, condition: str, title: str, note: str = "") -> None:
    """An optional segment without data, in a full interview: its title and ruled lines to
    fill in by hand (the worker takes the questionnaire to the home visit)."""
    with doc.when(f"{FULL} and not ({condition})"):
        doc.heading(title + note, level=2)
        doc.paragraph(LINES)


def _segment_c(doc: DocumentBuilder) -> None:
    c = f"{W}.living_conditions"
    with doc.when(c):
        doc.heading("C. Analiza warunków bytowych osoby lub rodziny", level=2)
        doc.fields(
            [
                ("Mieszkanie (rodzaj, tytuł prawny)", f"{{{{ {c}.housing }}}}"),
                row_if(f"{c}.rooms is not none"),
                ("Liczba izb", f"{{{{ {c}.rooms }}}}"),
                ROW_ENDIF,
                row_if(f"{c}.area_m2 is not none"),
                ("Powierzchnia", f"{{{{ {c}.area_m2|decimal_pl }}}}\u00a0m²"),
                ROW_ENDIF,
                row_if(f"{c}.heating"),
                ("Ogrzewanie", f"{{{{ {c}.heating }}}}"),
                ROW_ENDIF,
                row_if(f"{c}.amenities"),
                ("Wyposażenie, media", f"{{{{ {c}.amenities }}}}"),
                ROW_ENDIF,
                row_if(f"{c}.assessment"),
                ("Ocena warunków", f"{{{{ {c}.assessment }}}}"),
                ROW_ENDIF,
            ],
            label_width=5.0,
        )
    _empty(doc, c, "C. Analiza warunków bytowych osoby lub rodziny")


def _segments_d_to_g(doc: DocumentBuilder) -> None:
    h = f"{W}.health"
    with doc.when(h):
        # UNVERIFIED: letter D and its title (health situation).
        doc.heading(
            "D. Analiza sytuacji zdrowotnej osoby lub rodziny" + UNVERIFIED_SEGMENT, level=2
        )
        doc.paragraph(f"{{{{ {h}.description }}}}", align="justify")
        with doc.when(f"{h}.disability_rulings"):
            doc.paragraph(("Orzeczenia o niepełnosprawności: ", "b"),
                          f"{{{{ {h}.disability_rulings }}}}", align="justify")
    _empty(doc, h, "D. Analiza sytuacji zdrowotnej osoby lub rodziny", UNVERIFIED_SEGMENT)
    w = f"{W}.work"
    with doc.when(w):
        # UNVERIFIED: letter E and its title (occupational situation).
        doc.heading(
            "E. Analiza sytuacji zawodowej osoby lub rodziny" + UNVERIFIED_SEGMENT, level=2
        )
        doc.paragraph(f"{{{{ {w}.description }}}}", align="justify")
        with doc.when(f"{w}.registered_unemployed is not none"):
            doc.paragraph(
                (
                    f"{{% set female = {H}.applicant.person.sex.value == 'female' %}}"
                    "{{ 'Zarejestrowana' if female else 'Zarejestrowany' }} w powiatowym "
                    "urzędzie pracy jako {{ 'bezrobotna' if female else 'bezrobotny' }}: ",
                    "b",
                ),
                f"{{{{ {w}.registered_unemployed|yes_no }}}}",
            )
        with doc.when(f"{w}.qualifications"):
            doc.paragraph(("Kwalifikacje zawodowe: ", "b"), f"{{{{ {w}.qualifications }}}}",
                          align="justify")
    _empty(doc, w, "E. Analiza sytuacji zawodowej osoby lub rodziny", UNVERIFIED_SEGMENT)
    f = f"{W}.family_functioning"
    with doc.when(f):
        # UNVERIFIED: letter F and its title (family functioning, alimony).
        doc.heading(
            "F. Funkcjonowanie rodziny" + UNVERIFIED_SEGMENT, level=2
        )
        doc.paragraph(f"{{{{ {f}.description }}}}", align="justify")
        with doc.when(f"{f}.alimony"):
            doc.paragraph(("Alimenty: ", "b"), f"{{{{ {f}.alimony }}}}", align="justify")
    _empty(doc, f, "F. Funkcjonowanie rodziny", UNVERIFIED_SEGMENT)
    g = f"{W}.other_circumstances"
    with doc.when(g):
        # UNVERIFIED: letter G and its title (other circumstances).
        doc.heading(
            "G. Inne okoliczności mające wpływ na sytuację osoby lub rodziny" + UNVERIFIED_SEGMENT,
            level=2,
        )
        doc.paragraph(f"{{{{ {g}.description }}}}", align="justify")
    _empty(doc, g, "G. Inne okoliczności mające wpływ na sytuację osoby lub rodziny",
           UNVERIFIED_SEGMENT)


def _segment_h(doc: DocumentBuilder) -> None:
    n = f"{W}.needs"
    with doc.when(f"{n} or {FULL}"):
        doc.heading("H. Potrzeby i oczekiwania zgłoszone w trakcie wywiadu", level=2)
        with doc.when(n):
            with doc.each(f"x in {n}.needs"):
                doc.paragraph("{{ loop.index }}) {{ x }}", indent=0.5, align="justify",
                              space_after=1)
            with doc.when(f"{n}.expected_benefits"):
                doc.paragraph(
                    ("Oczekiwane formy pomocy: ", "b"),
                    f"{{{{ {n}.expected_benefits|map(attribute='label')|join(', ') }}}}",
                    align="justify",
                )
            with doc.when(f"{n}.notes"):
                doc.paragraph(("Uwagi: ", "b"), f"{{{{ {n}.notes }}}}", align="justify")
        with doc.when(f"not {n}"):
            doc.paragraph(LINES)


def _segment_i(doc: DocumentBuilder) -> None:
    d = f"{W}.diagnosis"
    with doc.when(f"{d} or {FULL}"):
        doc.heading(
            "I. Diagnoza sytuacji osoby lub rodziny, w tym wnioski pracownika socjalnego",
            level=2,
        )
        with doc.when(d):
            doc.paragraph(("Diagnoza:", "b"), keep_with_next=True)
            doc.paragraph(f"{{{{ {d}.diagnosis }}}}", align="justify", indent=0.5)
            with doc.when(f"{d}.resources"):
                doc.paragraph(("Zasoby i mocne strony osoby lub rodziny:", "b"),
                              keep_with_next=True)
                doc.paragraph(f"{{{{ {d}.resources }}}}", align="justify", indent=0.5)
            doc.paragraph(("Wnioski pracownika socjalnego:", "b"), keep_with_next=True)
            doc.paragraph(f"{{{{ {d}.conclusions }}}}", align="justify", indent=0.5)
        with doc.when(f"not {d}"):
            doc.paragraph(LINES)


def _segment_j(doc: DocumentBuilder) -> None:
    j = f"{W}.plan"
    with doc.when(f"{j} or {FULL}"):
        doc.heading("J. Plan pomocy na rzecz osoby lub rodziny", level=2)
        with doc.when(j):
            doc.table(
                ["Lp.", "Działanie lub forma pomocy", "Świadczenie", "Termin"],
                [
                    "{{ loop.index }}.",
                    "{{ x.description }}",
                    "{{ x.benefit.label if x.benefit else '—' }}",
                    "{{ x.due|date_short if x.due else '—' }}",
                ],
                loop=f"x in {j}.items",
                widths=[1.0, 8.5, 4.5, 2.5],
                empty="Nie zaplanowano działań.",
            )
            with doc.when(f"{j}.notes"):
                doc.paragraph(("Uwagi: ", "b"), f"{{{{ {j}.notes }}}}", align="justify")
        with doc.when(f"not {j}"):
            doc.paragraph(LINES)


def _part_four(doc: DocumentBuilder) -> None:
    u = f"{W}.update"
    doc.heading("CZĘŚĆ IV — AKTUALIZACJA RODZINNEGO WYWIADU ŚRODOWISKOWEGO")
    # UNVERIFIED: the titles inside część IV (only "lit. A = aktualizacja" is verified).
    doc.heading("A. Aktualizacja danych osoby lub rodziny", level=2)
    doc.fields(
        [
            (
                "Aktualizowany wywiad",
                f"{{{{ 'z dnia ' ~ {u}.previous_interview_on|date_pl if "
                f"{u}.previous_interview_on else '' }}}}"
                f"{{{{ (' ' if {u}.previous_interview_on else '') ~ '(nr ' ~ "
                f"{u}.previous_interview_id ~ ')' if {u}.previous_interview_id else '' }}}}"
                f"{{{{ '' if {u}.previous_interview_on or {u}.previous_interview_id "
                "else or_dots(none, 25) }}",
            ),
            *_person_rows(),
        ],
        label_width=5.0,
    )
    _household(doc)
    _incomes(doc)
    doc.paragraph(("Zmiany w sytuacji osobistej, rodzinnej, dochodowej i majątkowej:", "b"),
                  keep_with_next=True)
    doc.paragraph(f"{{{{ {u}.changes }}}}", align="justify", indent=0.5)
    doc.paragraph(("Wnioski pracownika socjalnego:", "b"), keep_with_next=True)
    doc.paragraph(f"{{{{ {u}.conclusions if {u}.conclusions else '{LINE}' }}}}",
                  align="justify", indent=0.5)
    doc.paragraph(("Zaktualizowany plan pomocy:", "b"), keep_with_next=True)
    doc.paragraph(f"{{{{ {u}.plan if {u}.plan else '{LINE}' }}}}",
                  align="justify", indent=0.5)


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    _header(doc)
    with doc.when(FULL):
        doc.heading("CZĘŚĆ I — WYWIAD")
        _segment_a(doc)
    with doc.when(UPDATE):
        _part_four(doc)
    with doc.when(
        f"{UPDATE} and ({W}.material_situation or {W}.living_conditions or {W}.health or "
        f"{W}.work or {W}.family_functioning or {W}.other_circumstances or {W}.needs or "
        f"{W}.diagnosis or {W}.plan)"
    ):
        doc.heading("CZĘŚĆ I — SEGMENTY UZUPEŁNIONE PRZY AKTUALIZACJI")
    _segment_b(doc)
    _segment_c(doc)
    _segments_d_to_g(doc)
    _segment_h(doc)
    _segment_i(doc)
    _segment_j(doc)

    with doc.kept_together():
        doc.spacer(6)
        doc.paragraph(
            f"{{{{ {W}.center.address.city }}}}, dnia {{{{ {W}.conducted_on|date_pl }}}}",
            keep_with_next=True,
        )
        doc.tag(
            f"set interviewee = {H}.person({W}.household_data.interviewee_id).full_name "
            f"if {W}.household_data else '\u00a0'"  # keeps both name lines level
        )
        doc.signatures(
            [
                "(podpis osoby, z którą przeprowadzono wywiad)",
                "(podpis pracownika socjalnego przeprowadzającego wywiad)",
            ],
            names=["{{ interviewee }}", f"{{{{ {W}.worker.full_name }}}}"],
        )
    return doc
