"""``wniosek-gkrpa`` — wniosek ośrodka do gminnej komisji rozwiązywania problemów
alkoholowych o podjęcie czynności zmierzających do zobowiązania osoby do leczenia odwykowego
(art. 24 and 25 of the ustawa z 26 października 1982 r. o wychowaniu w trzeźwości
i przeciwdziałaniu alkoholizmowi).

Sources: art. 24–26 of that ustawa:

* [verified] the conditions of art. 24 the wniosek must show — the person, because of alcohol
  misuse, causes rozkład życia rodzinnego, demoralizację małoletnich, uchyla się od obowiązku
  zaspokajania potrzeb rodziny, or systematycznie zakłóca spokój lub porządek publiczny;
  addiction alone is not enough. They are printed as a ☒/☐ checklist generated from
  :class:`socialwork.model.enums.GkrpaGround` (labels as the model states them), with a
  bold warning when none is marked;
* [verified] no official template — a pismo describing the situation is enough; the ośrodek
  may file; the komisja's next steps (rozmowa, badanie by a biegły, wniosek do sądu) — hence
  "art. 24 i 25" in the request.

UNVERIFIED: the typical fields (OPS practice) — the person's data, relation to the family,
behaviour with dates, earlier interventions, witnesses — are printed because they carry the
facts the komisja needs, not as a statutory list. The exact wording of the third condition:
the sources word it "uchyla się od obowiązku zaspokajania potrzeb rodziny", while the
statute is often quoted as "uchylają się od pracy" — the model's label is printed; check it in
ISAP. The Dz.U. position of the current consolidated text is not printed (Dz. U. z 2023 r.
poz. 165 was seen; a later one may exist).

Sensitive data (an addiction): only what the komisja needs — no health details, PESEL only
when known, the family members only through the relation text; a confidentiality line heads
the letter.
"""

from __future__ import annotations

from socialwork.authoring import DocumentBuilder
from socialwork.model.enums import GkrpaGround

from . import _referral_common as common
from ._referral_common import R, box, fixed_table, optional_row

NAME = "wniosek-gkrpa"
TITLE = (
    "Wniosek do gminnej komisji rozwiązywania problemów alkoholowych (art. 24 i 25 ustawy "
    "o wychowaniu w trzeźwości)"
)
MODEL = "referral"
EXAMPLE = "wniosek-gkrpa.json"

G = f"{R}.gkrpa"
ACT = (
    "ustawy z dnia 26 października 1982 r. o wychowaniu w trzeźwości i przeciwdziałaniu "
    "alkoholizmowi"
)


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    common.letterhead(doc)
    common.addressee_target(doc)
    doc.title(
        "WNIOSEK",
        "o podjęcie czynności zmierzających do zobowiązania do leczenia odwykowego",
    )
    doc.paragraph(
        f"Na podstawie art. 24 i 25 {ACT} {{{{ {R}.center.name }}}} wnosi o podjęcie wobec "
        "niżej wymienionej osoby czynności zmierzających do zobowiązania jej do poddania się "
        "leczeniu odwykowemu.",
        align="justify",
    )

    doc.heading("I. Osoba, której dotyczy wniosek")
    person = f"{G}.person"
    doc.fields(
        [
            *common.person_rows(person, pesel_dots=False),
            *optional_row(f"{G}.address", "Adres zamieszkania", f"{{{{ {G}.address }}}}"),
            *optional_row(
                f"{G}.relation_to_family",
                "Relacja wobec rodziny",
                f"{{{{ {G}.relation_to_family }}}}",
            ),
        ]
    )

    doc.heading("II. Przesłanki z art. 24 ustawy")
    doc.paragraph(
        "Osoba w związku z nadużywaniem alkoholu:", keep_with_next=True
    )
    doc.tag(f"set marked = {G}.grounds|map(attribute='value')|list")
    fixed_table(
        doc,
        ["", "Przesłanka"],
        [[box(f"{ground.value!r} in marked"), ground.label] for ground in GkrpaGround],
        [1.0, 15.5],
    )
    with doc.when(f"not {G}.grounds"):
        doc.paragraph(
            (
                "Uwaga: nie wskazano żadnej przesłanki z art. 24 ustawy. Samo uzależnienie od "
                "alkoholu nie jest podstawą do zobowiązania do leczenia — wniosek powinien "
                "wykazać co najmniej jedną z przesłanek.",
                "b",
            ),
            align="justify",
        )

    doc.heading("III. Opis zachowań osoby (fakty i daty)")
    doc.paragraph(f"{{{{ {G}.behaviour }}}}", align="justify")
    with doc.when(f"{G}.earlier_interventions"):
        doc.paragraph(
            ("Dotychczasowe interwencje: ", "b"),
            f"{{{{ {G}.earlier_interventions }}}}",
            align="justify",
        )
    with doc.when(f"{G}.witnesses"):
        doc.paragraph(
            ("Osoby mogące udzielić informacji: ", "b"),
            f"{{{{ {G}.witnesses|join_pl }}}}",
            align="justify",
        )

    doc.heading("IV. Uzasadnienie")
    doc.paragraph(f"{{{{ {R}.justification }}}}", align="justify", keep_with_next=True)
    with doc.when(f"{R}.requested_support"):
        doc.paragraph(
            ("Proponowane działania: ", "b"),
            f"{{{{ {R}.requested_support }}}}",
            align="justify",
            keep_with_next=True,
        )

    common.closing(doc)
    doc.note(
        "Pismo zawiera dane szczególnie chronione (dotyczące zdrowia) — udostępnia się je "
        "wyłącznie członkom komisji i osobom uprawnionym."
    )
    return doc
