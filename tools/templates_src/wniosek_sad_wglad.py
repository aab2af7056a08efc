"""``wniosek-sad-wglad`` — wniosek ośrodka do sądu rejonowego (wydział rodzinny i nieletnich)
o wgląd w sytuację rodziny (art. 109 KRO; art. 570 and 572 KPC).

There is no official form; a wniosek is a pismo procesowe and follows art. 126 KPC
([verified] through a quotation of art. 126 KPC): oznaczenie sądu;
imiona i nazwiska uczestników; oznaczenie rodzaju pisma; osnowa wniosku and dowody; podpis;
wymienienie załączników; for a first pismo, addresses and PESEL where known. The document
prints them in that order: the court (addressee), the wnioskodawca (the ośrodek) and the
uczestnicy (the parents), the minors the request concerns (name, date of birth and PESEL
only — no other data of a child), "WNIOSEK o wgląd w sytuację rodziny", the żądanie
(``referral.court.request``) with a request to admit the attached documents as evidence, the
uzasadnienie (facts: ``referral.justification`` and the ośrodek's earlier work), the list of
attachments and the signatures (the kierownik signs for the notifying body).

UNVERIFIED (or only partly verified, so not printed as law): the paragraph of art. 572 KPC naming
public bodies (only "art. 572 KPC" is cited); the court fee (none is mentioned); the typical
content of such a wniosek beyond art. 126 KPC. A parent who is not the client has no address
in the model: a dotted line is left for the worker to fill in by hand.
"""

from __future__ import annotations

from socialwork.authoring import DocumentBuilder

from . import _referral_common as common
from ._referral_common import R

NAME = "wniosek-sad-wglad"
TITLE = "Wniosek do sądu rodzinnego o wgląd w sytuację rodziny (art. 109 KRO, art. 572 KPC)"
MODEL = "referral"
EXAMPLE = "wniosek-sad-wglad.json"

C = f"{R}.court"


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    common.letterhead(doc)
    doc.addressee(
        [
            f"{{{{ {C}.court.name }}}}",
            f"{{{{ {C}.court.department }}}}",
            f"{{{{ {C}.court.address.line1 }}}}",
            f"{{{{ {C}.court.address.line2 }}}}",
        ]
    )

    # Parties (art. 126 § 1 pkt 1 and § 2 KPC)
    doc.paragraph(("Wnioskodawca:", "b"), space_after=0, keep_with_next=True)
    doc.paragraph(
        f"{{{{ {R}.center.name }}}}, {{{{ {R}.center.address }}}}",
        indent=0.5,
    )
    with doc.when(f"{C}.parents"):
        doc.paragraph(("Uczestnicy postępowania:", "b"), space_after=0, keep_with_next=True)
        with doc.each(f"parent in {C}.parents"):
            doc.paragraph(
                "{{ loop.index }}. {{ parent.full_name }} "
                "({{ 'matka' if parent.sex.value == 'female' else 'ojciec' }} małoletnich)"
                "{{ ', PESEL ' ~ parent.pesel if parent.pesel else '' }}"
                # only the client's address is in the case: another parent's address is not
                # left as a blank in a letter to the court
                f"{{% if parent.id == {R}.client.person.id and {R}.client.address %}}, zam. "
                f"{{{{ {R}.client.address }}}}{{% else %}}, adres zamieszkania nieznany "
                "wnioskodawcy{{ note('Adres tego uczestnika nie jest zapisany w sprawie: "
                "wpisz go, jeśli jest znany.') }}{% endif %}",
                indent=0.5,
                space_after=0,
            )
        doc.spacer(4)
    doc.paragraph(("Dotyczy małoletnich:", "b"), keep_with_next=True)
    doc.table(
        ["Lp.", "Imię i nazwisko", "Data urodzenia", "PESEL"],
        [
            "{{ loop.index }}",
            "{{ minor.full_name }}",
            "{{ minor.birth_date|date_pl }}",
            "{{ minor.pesel|pesel if minor.pesel else 'brak' }}",
        ],
        loop=f"minor in {C}.minors",
        widths=[1.2, 7.0, 4.5, 3.8],
    )
    with doc.when(f"{C}.minors_address"):
        doc.paragraph(("Miejsce zamieszkania małoletnich: ", "b"), f"{{{{ {C}.minors_address }}}}")

    doc.title("WNIOSEK", "o wgląd w sytuację rodziny")
    doc.paragraph(
        "Działając na podstawie art. 572 Kodeksu postępowania cywilnego, w związku "
        "z art. 109 Kodeksu rodzinnego i opiekuńczego, "
        f"{{{{ {R}.center.name }}}} wnosi:",
        align="justify",
        keep_with_next=True,
    )
    doc.paragraph(f"1. {{{{ {C}.request }}}};", align="justify", indent=0.5)
    with doc.when(f"{R}.attachments"):
        doc.paragraph(
            "2. o przeprowadzenie dowodów z dokumentów dołączonych do wniosku — na okoliczności "
            "wskazane w uzasadnieniu.",
            align="justify",
            indent=0.5,
        )

    doc.heading("Uzasadnienie")
    doc.paragraph(f"{{{{ {R}.justification }}}}", align="justify", keep_with_next=True)
    with doc.when(f"{C}.earlier_actions"):
        doc.paragraph(
            ("Dotychczasowe działania ośrodka wobec rodziny: ", "b"),
            f"{{{{ {C}.earlier_actions }}}}",
            align="justify",
            keep_with_next=True,
        )
    with doc.when(f"{R}.requested_support"):
        doc.paragraph(
            ("Proponowane formy wsparcia rodziny: ", "b"),
            f"{{{{ {R}.requested_support }}}}",
            align="justify",
            keep_with_next=True,
        )
    common.closing(doc, attachments_heading="Załączniki (dowody)")
    return doc
