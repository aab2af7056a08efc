"""``skierowanie-dps`` — skierowanie do domu pomocy społecznej (art. 54–61 u.p.s.), sent by
the ośrodek with the documents the skierowanie rests on.

Sources: art. 54–61 u.p.s. and the rozporządzenie Ministra Pracy i Polityki Społecznej z dnia
23 sierpnia 2012 r. w sprawie domów pomocy społecznej (t.j. Dz. U. z 2025 r. poz. 51):

* art. 54 ust. 1 u.p.s. [verified]: the right to a place in a DPS — a person requiring
  24-hour care because of age, illness or disability, unable to function independently, whose
  needs cannot be met by usługi opiekuńcze (cumulative); printed as a ☒/☐ checklist with a
  warning when a condition is not shown;
* art. 54 ust. 2 [verified]: a DPS of the appropriate type, as close as possible to the place
  of residence, after the consent of the person or the legal representative — the consent
  line with its date, or a bold warning and a consent statement to sign by hand; art. 54
  ust. 4 [verified]: a refusal of a person absolutely requiring help is notified to the court;
* art. 59 [verified, ustęp not]: the gmina decides the skierowanie and the fee; art. 61
  [verified, ustęp not]: the resident pays at most 70 % of own income;
* § 8 of the Rozporządzenie MPiPS z 23.08.2012 r. w sprawie domów pomocy społecznej
  (t.j. Dz.U. 2025 poz. 51) [verified items 1–7 only; the source is cut off after item 7 and
  the wording of item 7 is incomplete]: the checklist "Dokumenty, o których mowa w § 8".

UNVERIFIED (printed only as "other documents usually attached", never as § 8 items):
zaświadczenie lekarskie o stanie zdrowia, opinia o stopniu sprawności, orzeczenie
o niepełnosprawności / niezdolności do pracy, zaświadczenie lekarza psychiatry, postanowienie
sądu (osoba ubezwłasnowolniona lub umieszczana bez zgody), the decyzja ustalająca opłatę as a
separate enclosure, and whether § 8 has items beyond 7. The punkt numbers of art. 56 (DPS
types) are UNVERIFIED, so only the type's name is printed.

The checklist marks an item ☒ when an attachment whose title contains one of the item's
keywords is provided (``referral.attachments``), "do uzupełnienia" when such an attachment is
listed but not yet provided; item 7 (written consent) is also ☒ when ``referral.consent`` is
written. Every attachment is listed again, by its own title, under "Załączniki".
"""

from __future__ import annotations

from socialwork.authoring import DocumentBuilder

from . import _referral_common as common
from ._referral_common import R, box, fixed_table, optional_row

NAME = "skierowanie-dps"
TITLE = "Skierowanie do domu pomocy społecznej (art. 54 i 59 u.p.s.) z wykazem dokumentów z § 8"
MODEL = "referral"
EXAMPLE = "skierowanie-dps.json"

D = f"{R}.dps"

REGULATION = (
    "rozporządzenia Ministra Pracy i Polityki Społecznej z dnia 23 sierpnia 2012 r. "
    "w sprawie domów pomocy społecznej (Dz. U. z 2025 r. poz. 51)"
)

# (text, keywords matched in lower-cased attachment titles, only-if-applicable)
PARAGRAPH_8: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    (
        "wniosek osoby ubiegającej się o skierowanie (albo innej osoby lub instytucji, "
        "za zgodą osoby ubiegającej się lub jej przedstawiciela ustawowego)",
        ("wniosek",),
        False,
    ),
    (
        "rodzinny wywiad środowiskowy, zawierający w szczególności pisemne stwierdzenie, że "
        "rodzina i gmina nie mogą zapewnić usług opiekuńczych w miejscu zamieszkania",
        ("wywiad",),
        False,
    ),
    (
        "decyzja o przyznaniu zasiłku stałego oraz pisemna zgoda na ponoszenie opłaty",
        ("zasiłku stałego", "zasiłek stały", "zasiłkiem stałym"),
        True,
    ),
    (
        "decyzja organu emerytalnego lub rentowego oraz pisemna zgoda na ponoszenie opłaty "
        "i jej potrącanie",
        ("emerytal", "rentow", "zus", "krus"),
        True,
    ),
    (
        "oświadczenie o wysokości dochodu osoby ubiegającej się oraz małżonka, zstępnych "
        "i wstępnych obowiązanych do wnoszenia opłaty",
        ("dochod",),
        False,
    ),
    (
        "zaświadczenie, o którym mowa w art. 22 ustawy o kombatantach",
        ("kombatant",),
        True,
    ),
)
CONSENT_ITEM = "pisemna zgoda osoby ubiegającej się lub jej przedstawiciela ustawowego"
CONSENT_KEYWORDS = ("zgoda na umieszczenie", "zgoda na skierowanie", "zgoda osoby")

# Documents commonly asked for in practice, not verified as § 8 items (UNVERIFIED).
PRACTICE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("zaświadczenie lekarskie o stanie zdrowia", ("lekarsk",)),
    ("opinia o stopniu sprawności", ("sprawnoś",)),
    ("orzeczenie o niepełnosprawności lub niezdolności do pracy", ("orzeczeni",)),
    ("zaświadczenie lekarza psychiatry", ("psychiatr",)),
    ("postanowienie sądu (osoba ubezwłasnowolniona lub kierowana bez zgody)", ("postanowieni",)),
)


CHECK_COLUMNS = ("", "Dokument", "Stan")
CHECK_WIDTHS = (0.8, 12.6, 3.1)


def _any(keywords: tuple[str, ...], haystack: str) -> str:
    return "(" + " or ".join(f"{keyword!r} in {haystack}" for keyword in keywords) + ")"


def _status(keywords: tuple[str, ...], conditional: bool, extra: str = "") -> str:
    given = _any(keywords, "given") + (f" or {extra}" if extra else "")
    pending = _any(keywords, "pending")
    fallback = "'jeżeli dotyczy'" if conditional else "'brak'"
    return (
        f"{{{{ 'dołączono' if {given} else ('do uzupełnienia' if {pending} "
        f"else {fallback}) }}}}"
    )


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    common.letterhead(doc)
    common.addressee_target(doc)
    doc.title("SKIEROWANIE", "do domu pomocy społecznej")
    doc.paragraph(
        ("Podstawa prawna: ", "b"),
        "art. 54 ust. 1 i 2 oraz art. 59 ustawy z dnia 12 marca 2004 r. o pomocy społecznej; "
        f"§ 8 {REGULATION}.",
        align="justify",
    )

    doc.heading("I. Dane osoby kierowanej")
    doc.fields(common.client_rows())

    doc.heading("II. Dom pomocy społecznej")
    doc.fields(
        [
            ("Typ domu", f"dom pomocy społecznej {{{{ {D}.dps_type.label }}}}"),
            (
                "Wskazany dom",
                f"{{{{ {D}.preferred_home if {D}.preferred_home else "
                "'dom odpowiedniego typu położony możliwie najbliżej miejsca zamieszkania "
                "osoby (art. 54 ust. 2 u.p.s.)' }}",
            ),
            *optional_row(
                f"{D}.monthly_income is not none",
                "Miesięczny dochód osoby",
                f"{{{{ {D}.monthly_income|money }}}} — opłata osoby za pobyt wynosi nie więcej "
                f"niż 70% dochodu, tj. do {{{{ ({D}.monthly_income * 7 / 10)|money }}}} "
                "(art. 61 u.p.s.)",
            ),
        ]
    )

    doc.heading("III. Przesłanki umieszczenia (art. 54 ust. 1 u.p.s.)")
    fixed_table(
        doc,
        ["", "Przesłanka"],
        [
            [
                box(f"{D}.needs_24h_care"),
                "osoba wymaga całodobowej opieki z powodu wieku, choroby lub "
                "niepełnosprawności i nie może samodzielnie funkcjonować w codziennym życiu",
            ],
            [
                box(f"{D}.care_services_insufficient"),
                "niezbędnej pomocy nie można zapewnić w formie usług opiekuńczych",
            ],
        ],
        [1.0, 15.5],
    )
    with doc.when(f"not ({D}.needs_24h_care and {D}.care_services_insufficient)"):
        doc.paragraph(
            (
                "Uwaga: nie wykazano wszystkich przesłanek art. 54 ust. 1 u.p.s. — osoba ma "
                "prawo do umieszczenia w domu pomocy społecznej tylko wtedy, gdy są spełnione "
                "łącznie.",
                "b",
            ),
            align="justify",
        )

    doc.heading("IV. Uzasadnienie")
    doc.paragraph(f"{{{{ {R}.justification }}}}", align="justify")
    with doc.when(f"{D}.justification"):
        doc.paragraph(f"{{{{ {D}.justification }}}}", align="justify")
    with doc.when(f"{R}.requested_support"):
        doc.paragraph(("Wnioskowana forma pomocy: ", "b"), f"{{{{ {R}.requested_support }}}}")

    doc.heading("V. Zgoda osoby (art. 54 ust. 2 u.p.s.)")
    with doc.when(f"{R}.consent"):
        doc.paragraph(common.consent_text("skierowanie do domu pomocy społecznej"),
                      align="justify")
    with doc.when(f"not {R}.consent"):
        doc.paragraph(
            (
                "Brak zgody osoby lub jej przedstawiciela ustawowego. Skierowanie do domu "
                "pomocy społecznej następuje po uzyskaniu zgody (art. 54 ust. 2 u.p.s.); "
                "odmowę osoby bezwzględnie wymagającej pomocy ośrodek zgłasza sądowi "
                "(art. 54 ust. 4 u.p.s.).",
                "b",
            ),
            align="justify",
        )
        with doc.kept_together():
            doc.paragraph(
                "Wyrażam zgodę na skierowanie mnie do domu pomocy społecznej.",
                keep_with_next=True,
            )
            doc.signatures(
                [
                    "(data)",
                    "(czytelny podpis osoby lub przedstawiciela ustawowego)",
                ]
            )

    doc.heading(
        "VI. Dokumenty, na podstawie których wydaje się skierowanie (§ 8 rozporządzenia "
        "w sprawie domów pomocy społecznej)"
    )
    doc.tag(
        f"set given = {R}.attachments|selectattr('provided')|map(attribute='title')"
        "|map('lower')|join(' ¦ ')"
    )
    doc.tag(
        f"set pending = {R}.attachments|rejectattr('provided')|map(attribute='title')"
        "|map('lower')|join(' ¦ ')"
    )
    rows: list[tuple[str, str, str]] = []
    for text, keywords, conditional in PARAGRAPH_8:
        suffix = " (jeżeli dotyczy)" if conditional else ""
        rows.append(
            ("{{ '☒' if " + _any(keywords, "given") + " else '☐' }}",
             f"{text}{suffix}", _status(keywords, conditional))
        )
    consent_written = f"({R}.consent and {R}.consent.written)"
    rows.append(
        (
            "{{ '☒' if " + _any(CONSENT_KEYWORDS, "given") + f" or {consent_written}"
            " else '☐' }}",
            CONSENT_ITEM,
            _status(CONSENT_KEYWORDS, False, consent_written),
        )
    )
    fixed_table(doc, CHECK_COLUMNS, rows, CHECK_WIDTHS)

    doc.heading("Inne dokumenty dołączane w praktyce (poza § 8)", level=2)
    practice_rows = [
        (
            "{{ '☒' if " + _any(keywords, "given") + " else '☐' }}",
            text,
            _status(keywords, True),
        )
        for text, keywords in PRACTICE
    ]
    fixed_table(doc, CHECK_COLUMNS, practice_rows, CHECK_WIDTHS)

    common.closing(doc)
    return doc

