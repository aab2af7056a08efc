"""``skierowanie-schronisko`` — skierowanie osoby bezdomnej do schroniska dla osób
bezdomnych (także z usługami opiekuńczymi), noclegowni lub ogrzewalni (art. 48a u.p.s.).

Sources: art. 48a and art. 6 pkt 8 u.p.s.; OPS practice where marked:

* [verified] art. 48a ust. 2 u.p.s.: a schronisko dla osób bezdomnych gives temporary shelter
  to persons **who signed a kontrakt socjalny**; schronisko (and schronisko z usługami
  opiekuńczymi) is granted by a **decyzja administracyjna** after a rodzinny wywiad
  środowiskowy, noclegownia and ogrzewalnia need neither. The document prints the kontrakt
  number for both kinds of schronisko and, when the model has none, a bold warning line; a
  missing decision for a schronisko is flagged the same way. Each place's legal basis is the
  one the model's :class:`~socialwork.model.enums.ShelterKind` carries (the ustęp numbers of
  the other places are UNVERIFIED, so only the article is cited for them).
* [UNVERIFIED — OPS practice] the content of the skierowanie itself: oznaczenie ośrodka; the
  person's name and PESEL; name and address of the placówka; the decision it rests on; the
  period of stay; the fee; signature of the kierownik or an authorised worker. The
  "potwierdzenie przyjęcia" box for the placówka is practice too (dotted lines: filled in by
  hand). A medical certificate is a placówka's own rule, not the Act's, so it is not asked
  for. The 4-month limit of a schronisko z usługami opiekuńczymi comes only from a draft
  regulation and is not printed.
"""

from __future__ import annotations

from socialwork.authoring import DocumentBuilder
from socialwork.model.enums import ShelterKind

from . import _referral_common as common
from ._referral_common import R, optional_row

NAME = "skierowanie-schronisko"
TITLE = "Skierowanie do schroniska dla osób bezdomnych, noclegowni lub ogrzewalni (art. 48a u.p.s.)"
MODEL = "referral"
EXAMPLE = "skierowanie-schronisko.json"

S = f"{R}.shelter"

# "do …" (genitive) for each place; a new ShelterKind member fails the build until added.
TO_PLACE: dict[str, str] = {
    "shelter": "do schroniska dla osób bezdomnych",
    "shelter_with_care": "do schroniska dla osób bezdomnych z usługami opiekuńczymi",
    "night_shelter": "do noclegowni",
    "warming_centre": "do ogrzewalni",
}
# Places that need a decyzja and a signed kontrakt socjalny (art. 48a ust. 2 u.p.s.).
CONTRACT_PLACES = ("shelter", "shelter_with_care")


def _check_places() -> None:
    members = {kind.value for kind in ShelterKind}
    if members != set(TO_PLACE):
        raise ValueError(f"TO_PLACE must name every ShelterKind: {sorted(members)}")


def build() -> DocumentBuilder:
    _check_places()
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    common.letterhead(doc)
    common.addressee_target(doc)
    to_place = ", ".join(f"{key}={value!r}" for key, value in TO_PLACE.items())
    doc.tag(f"set to_place = dict({to_place})[{S}.place.value]")
    doc.tag(f"set needs_contract = {S}.place.value in {CONTRACT_PLACES!r}")
    doc.title("SKIEROWANIE", "{{ to_place }}")
    doc.paragraph(
        f"Na podstawie {{{{ {S}.place.legal_basis }}}}"
        f"{{{{ ' oraz decyzji nr ' ~ {S}.decision_number if {S}.decision_number else '' }}}}"
        f"{{{{ ' z dnia ' ~ ({S}.decision_on|date_pl) if {S}.decision_number and "
        f"{S}.decision_on else '' }}}} "
        f"{{{{ {R}.center.name }}}} kieruje niżej wymienioną osobę "
        "{{ to_place }}.",
        align="justify",
    )

    doc.heading("I. Dane osoby kierowanej")
    doc.fields(common.client_rows(address_label="Adres zamieszkania"))

    doc.heading("II. Miejsce i okres pobytu")
    doc.fields(
        [
            ("Rodzaj placówki", f"{{{{ {S}.place.label }}}}"),
            (
                "Placówka",
                f"{{{{ {R}.target.name }}}}"
                f"{{{{ ', ' ~ {R}.target.address if {R}.target.address else '' }}}}",
            ),
            (
                "Okres pobytu",
                f"od {{{{ {S}.stay_from|date_pl }}}}"
                f"{{{{ ' do ' ~ ({S}.stay_to|date_pl) if {S}.stay_to else '' }}}}",
            ),
            *optional_row(
                f"{S}.decision_number",
                "Decyzja",
                f"nr {{{{ {S}.decision_number }}}}"
                f"{{{{ ' z dnia ' ~ ({S}.decision_on|date_pl) if {S}.decision_on else '' }}}}",
            ),
            *optional_row(
                f"needs_contract and not {S}.decision_number",
                "Decyzja",
                "brak — pobytu w schronisku udziela się decyzją administracyjną, po "
                "rodzinnym wywiadzie środowiskowym",
            ),
            *optional_row(
                f"{S}.contract_number",
                "Kontrakt socjalny",
                f"nr {{{{ {S}.contract_number }}}} (podpisany)",
            ),
            *optional_row(
                f"needs_contract and not {S}.contract_number",
                "Kontrakt socjalny",
                "brak podpisanego kontraktu socjalnego",
            ),
            *optional_row(
                f"{S}.fee is not none",
                "Odpłatność",
                f"{{{{ {S}.fee|money }}}} miesięcznie",
            ),
        ]
    )
    with doc.when(f"needs_contract and not {S}.contract_number"):
        doc.paragraph(
            (
                "UWAGA: brak podpisanego kontraktu socjalnego. Schronienie w schronisku dla "
                "osób bezdomnych udziela się osobie, która podpisała kontrakt socjalny "
                f"({{{{ {S}.place.legal_basis }}}}). Kontrakt należy zawrzeć przed wydaniem "
                "skierowania.",
                "b",
            ),
            align="justify",
        )

    doc.heading("III. Uzasadnienie")
    doc.paragraph(f"{{{{ {R}.justification }}}}", align="justify", keep_with_next=True)
    with doc.when(f"{R}.requested_support"):
        doc.paragraph(
            ("Zakres wsparcia w placówce: ", "b"),
            f"{{{{ {R}.requested_support }}}}",
            align="justify",
            keep_with_next=True,
        )
    with doc.when(f"{R}.consent"):
        doc.paragraph(common.consent_text(), align="justify", keep_with_next=True)

    common.closing(doc)

    with doc.kept_together():
        doc.spacer(12, keep_with_next=True)
        doc.heading("Potwierdzenie przyjęcia (wypełnia placówka)", level=2)
        doc.paragraph(
            f"Potwierdzam przyjęcie do placówki osoby: {{{{ {R}.client.person.full_name }}}}.",
            keep_with_next=True,
        )
        doc.signatures(["(data przyjęcia)", "(podpis i pieczęć kierownika placówki)"])
    return doc
