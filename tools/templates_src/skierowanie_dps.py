"""``skierowanie-dps`` — the cover letter (pismo przewodnie) with which the ośrodek sends the
documentation of a person referred to a dom pomocy społecznej to the organ that decides the
placement (art. 59 ust. 2 u.p.s.).

Under art. 59 ust. 1 u.p.s. the skierowanie itself is an administrative *decision* of the
gmina (decyzja o skierowaniu), with a separate decision on the fee (decyzja ustalająca opłatę)
— "Decyzję o skierowaniu do domu pomocy społecznej i decyzję ustalającą opłatę mieszkańca
domu za jego pobyt w domu pomocy społecznej wydaje organ gminy właściwej dla tej osoby w dniu
jej kierowania do domu pomocy społecznej" (OpenLEX, art. 59). This letter does not pretend to
be that decision: it refers to both decisions and lists the documents sent with them.

Sources: art. 54–61 u.p.s. and the rozporządzenie Ministra Pracy i Polityki Społecznej z dnia
23 sierpnia 2012 r. w sprawie domów pomocy społecznej (Dz. U. z 2025 r. poz. 51):

* art. 54 ust. 1 u.p.s. [verified]: a person requiring 24-hour care because of age, illness
  or disability, whose needs cannot be met by usługi opiekuńcze (cumulative) — a ☒/☐ list; a
  condition not shown is a note for the worker (and rule SW-REF-003), not letter text;
* art. 54 ust. 2 [verified]: after the consent of the person or the legal representative —
  stated when recorded; missing consent is a note for the worker and rule SW-REF-001;
* § 8 of the regulation [verified items 1–7 only, secondary source gcprgorzow.pl; the source
  is cut off in item 7]: the list of documents sent. Item 5 as the source words it: the
  statement of income of the person, the spouse, descendants and ascendants obliged to pay,
  and of a minor when the legal representative is to pay.

Documents outside § 8 are listed by their own titles under "Załączniki"; whether § 8 has
items beyond 7 is UNVERIFIED. A § 8 item listed but not yet provided is a note for the worker.
"""

from __future__ import annotations

from socialwork.authoring import DocumentBuilder, note_tag

from . import _referral_common as common
from ._referral_common import R, box, fixed_table, optional_row

NAME = "skierowanie-dps"
TITLE = (
    "Przekazanie dokumentacji osoby kierowanej do domu pomocy społecznej (pismo przewodnie, "
    "art. 59 u.p.s., § 8)"
)
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
        "oświadczenie o wysokości dochodu osoby ubiegającej się, małżonka, zstępnych przed "
        "wstępnymi obowiązanych do wnoszenia opłaty, a oświadczenie o wysokości dochodu osoby "
        "małoletniej — gdy opłatę będzie wnosić jej przedstawiciel ustawowy",
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

CHECK_COLUMNS = ("", "Dokument", "Stan")
CHECK_WIDTHS = (0.8, 12.6, 3.1)


def _any(keywords: tuple[str, ...], haystack: str) -> str:
    return "(" + " or ".join(f"{keyword!r} in {haystack}" for keyword in keywords) + ")"


def _status(keywords: tuple[str, ...], conditional: bool, extra: str = "") -> str:
    given = _any(keywords, "given") + (f" or {extra}" if extra else "")
    pending = _any(keywords, "pending")
    fallback = "'jeżeli dotyczy'" if conditional else "'nie dołączono'"
    missing = note_tag(
        "Ten dokument z § 8 nie jest jeszcze w aktach: dołącz go przed wysłaniem.",
        when=f"not ({given}) and {pending}",
    )
    return f"{{{{ 'dołączono' if {given} else {fallback} }}}}{missing}"


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    common.letterhead(doc)
    common.addressee_target(doc)
    doc.title(
        "PISMO PRZEWODNIE",
        "przekazanie dokumentacji osoby kierowanej do domu pomocy społecznej"
        + note_tag(
            "Brak zgody osoby lub jej przedstawiciela ustawowego (art. 54 ust. 2 u.p.s.): "
            "skierowanie następuje po uzyskaniu zgody; odmowę osoby bezwzględnie "
            "wymagającej pomocy zgłasza się sądowi (art. 54 ust. 4 u.p.s.).",
            when=f"not {R}.consent",
        ),
    )
    doc.paragraph(
        "Na podstawie art. 59 ust. 1 ustawy z dnia 12 marca 2004 r. o pomocy społecznej "
        "(dalej: u.p.s.) przekazuję dokumentację w sprawie skierowania do domu pomocy "
        "społecznej osoby wskazanej w części I, "
        "wraz z decyzją o skierowaniu do domu pomocy społecznej "
        "i decyzją ustalającą opłatę za pobyt w domu (art. 59 ust. 1 u.p.s.), z prośbą "
        "o wydanie decyzji o umieszczeniu w domu pomocy społecznej (art. 59 ust. 2 u.p.s.). "
        f"Wykaz dokumentów odpowiada § 8 {REGULATION}.",
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
                f"niż 70 % dochodu, tj. do {{{{ ({D}.monthly_income * 7 / 10)|money }}}} "
                "(art. 61 u.p.s.)",
            ),
        ]
    )

    doc.heading(
        "III. Przesłanki umieszczenia (art. 54 ust. 1 u.p.s.)"
        + note_tag(
            "Nie wykazano wszystkich przesłanek art. 54 ust. 1 u.p.s.: osoba ma prawo do "
            "umieszczenia w domu pomocy społecznej tylko wtedy, gdy są spełnione łącznie "
            "(zob. SW-REF-003).",
            when=f"not ({D}.needs_24h_care and {D}.care_services_insufficient)",
        )
    )
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

    doc.heading("IV. Uzasadnienie")
    doc.paragraph(f"{{{{ {R}.justification }}}}", align="justify")
    with doc.when(f"{D}.justification"):
        doc.paragraph(f"{{{{ {D}.justification }}}}", align="justify")
    with doc.when(f"{R}.requested_support"):
        doc.paragraph(("Wnioskowana forma pomocy: ", "b"), f"{{{{ {R}.requested_support }}}}")

    with doc.when(f"{R}.consent"):
        doc.heading("V. Zgoda osoby (art. 54 ust. 2 u.p.s.)")
        doc.paragraph(common.consent_text("skierowanie do domu pomocy społecznej"),
                      align="justify")

    doc.heading(
        f"{{{{ 'VI' if {R}.consent else 'V' }}}}. Przekazywane dokumenty (§ 8 rozporządzenia "
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

    common.closing(doc)
    return doc
