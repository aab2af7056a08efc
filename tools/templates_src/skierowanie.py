"""``skierowanie`` — a referral to another institution (PUP, PZON, specialist counselling,
family assistant, other) written by the OPS on behalf of a client.

There is no official form for these referrals (the PUP: ustawa z dnia 20 marca 2025 r. o rynku
pracy i służbach zatrudnienia, Dz. U. z 2025 r. poz. 620; the PZON: rozporządzenie Ministra
Gospodarki, Pracy i Polityki Społecznej z dnia 15 lipca 2003 r. w sprawie orzekania
o niepełnosprawności i stopniu niepełnosprawności, t.j. Dz. U. z 2021 r. poz. 857, with each
zespół's own wniosek form); the layout follows OPS practice: the organ and case reference, the
addressee, the person referred, the kind-specific details (labour-market status and support
asked of the PUP; the purpose of a PZON ruling), the justification, the person's consent
(required for PUP and PZON), the attachments, the worker in charge and signatures. A legal
basis is printed only when the referral kind carries a verified one.
"""

from __future__ import annotations

from socialwork.authoring import DocumentBuilder, note_tag

from . import _referral_common as common

NAME = "skierowanie"
TITLE = "Skierowanie / wniosek do instytucji (PUP, PZON, poradnictwo specjalistyczne, inne)"
MODEL = "referral"
EXAMPLE = "skierowanie.json"

R = "referral"


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    doc.letterhead(
        [
            f"{{{{ {R}.center.name }}}}",
            f"{{{{ {R}.center.address.line1 }}}}",
            f"{{{{ {R}.center.address.line2 }}}}",
            (f"tel. {{{{ {R}.center.contact.phone }}}}",
             f"{R}.center.contact and {R}.center.contact.phone"),
            (f"e-mail: {{{{ {R}.center.contact.email }}}}",
             f"{R}.center.contact and {R}.center.contact.email"),
        ],
        f"{{{{ {R}.center.address.city }}}}, {{{{ on|date_pl }}}}",
        reference=f"Znak sprawy: {{{{ {R}.reference_number|or_dots(12) }}}}",
    )
    doc.addressee(
        [
            f"{{{{ {R}.target.name }}}}",
            (f"{{{{ {R}.target.department }}}}", f"{R}.target.department"),
            (f"{{{{ {R}.target.address.line1 }}}}", f"{R}.target.address"),
            (f"{{{{ {R}.target.address.line2 }}}}", f"{R}.target.address"),
        ]
    )
    # Title and subtitle per referral kind (the generic template also works for the kinds
    # that have their own templates).
    # (a {%p %} tag may not contain "}" or "%": dict(...) instead of a {...} literal)
    doc.tag(
        "set heading = dict("
        "pup=('SKIEROWANIE', 'do powiatowego urzędu pracy'), "
        "pzon=('WNIOSEK', 'o wydanie orzeczenia o ' ~ ('niepełnosprawności' if "
        f"{R}.disability and {R}.disability.age_group.value == 'under_16' else "
        "'stopniu niepełnosprawności')), "
        "counselling=('SKIEROWANIE', 'na poradnictwo specjalistyczne'), "
        "family_assistant=('WNIOSEK', 'o przydzielenie asystenta rodziny'), "
        "dps=('SKIEROWANIE', 'do domu pomocy społecznej'), "
        "family_court=('WNIOSEK', 'o wgląd w sytuację rodziny'), "
        "gkrpa=('WNIOSEK', 'do gminnej komisji rozwiązywania problemów alkoholowych'), "
        "shelter=('SKIEROWANIE', 'do schroniska, noclegowni lub ogrzewalni')"
        f").get({R}.kind.value, ('SKIEROWANIE', ''))"
    )
    doc.title(
        "{{ heading[0] }}"
        + note_tag(
            "Brak zgody osoby (lub jej przedstawiciela ustawowego): zgodę należy uzyskać "
            "przed wysłaniem pisma (zob. wynik sprawdzenia sprawy: socialwork validate).",
            when=f"not {R}.consent and {R}.kind.requires_consent",
        )
        + note_tag(
            "Podstawa prawna tego rodzaju pisma nie została potwierdzona w źródłach "
            "(NIEZWERYFIKOWANA): nie jest drukowana; sprawdź ją przed wysłaniem.",
            when=f"{R}.kind.legal_basis and 'UNVERIFIED' in {R}.kind.legal_basis",
        )
    )
    with doc.when("heading[1]"):
        doc.paragraph("{{ heading[1] }}", style="Subtitle", align="center")
    with doc.when(f"{R}.kind.legal_basis and 'UNVERIFIED' not in {R}.kind.legal_basis"):
        doc.paragraph(("Podstawa prawna: ", "b"), f"{{{{ {R}.kind.legal_basis }}}}")

    doc.heading("I. Dane osoby, której dotyczy sprawa")
    person = f"{R}.client.person"
    doc.fields(
        [
            ("Imię i nazwisko", f"{{{{ {person}.full_name }}}}"),
            ("PESEL", f"{{{{ {person}.pesel|or_dots(11) }}}}"),
            ("Data urodzenia", f"{{{{ {person}.birth_date|date_pl }}}}"),
            ("{%tr if " + f"{R}.client.address" + " %}", ""),
            ("Adres zamieszkania", f"{{{{ {R}.client.address }}}}"),
            ("{%tr endif %}", ""),
            ("{%tr if " + f"not {R}.client.address" + " %}", ""),
            ("Miejsce pobytu", f"{{{{ {R}.client.stay_description|or_dots }}}}"),
            ("{%tr endif %}", ""),
            ("{%tr if " + f"{R}.client.contact and {R}.client.contact.phone" + " %}", ""),
            ("Telefon", f"{{{{ {R}.client.contact.phone }}}}"),
            ("{%tr endif %}", ""),
            ("{%tr if " + f"{R}.client.legal_representative" + " %}", ""),
            (
                "Przedstawiciel ustawowy",
                f"{{{{ {R}.client.legal_representative.person.full_name }}}}, "
                f"{{{{ {R}.client.legal_representative.basis }}}}",
            ),
            ("{%tr endif %}", ""),
        ]
    )

    with doc.when(f"{R}.employment"):
        doc.heading("II. Sytuacja na rynku pracy")
        doc.fields(
            [
                ("Status", f"{{{{ {R}.employment.labour_status }}}}"),
                ("{%tr if " + f"{R}.employment.contract_number" + " %}", ""),
                ("Kontrakt socjalny", f"nr {{{{ {R}.employment.contract_number }}}}"),
                ("{%tr endif %}", ""),
            ]
        )
        with doc.when(f"{R}.employment.support_requested"):
            doc.paragraph(("Wnioskowane formy wsparcia:", "b"), keep_with_next=True)
            doc.bullet_loop(f"form in {R}.employment.support_requested", "{{ form }}")

    with doc.when(f"{R}.disability"):
        doc.heading("II. Wniosek o wydanie orzeczenia")
        doc.fields(
            [
                ("Rodzaj orzeczenia", f"{{{{ {R}.disability.age_group.label }}}}"),
                ("Cel uzyskania orzeczenia", f"{{{{ {R}.disability.purpose }}}}"),
                (
                    "Wniosek",
                    f"{{{{ 'pierwszy' if {R}.disability.first_application else 'kolejny' }}}}",
                ),
                ("{%tr if " + f"{R}.disability.medical_certificate_on" + " %}", ""),
                (
                    "Zaświadczenie lekarskie z dnia",
                    f"{{{{ {R}.disability.medical_certificate_on|date_pl }}}}",
                ),
                ("{%tr endif %}", ""),
            ]
        )

    doc.heading(
        f"{{{{ 'III' if {R}.employment or {R}.disability else 'II' }}}}. Uzasadnienie"
    )
    doc.paragraph(f"{{{{ {R}.justification }}}}", align="justify")
    with doc.when(f"{R}.requested_support"):
        doc.paragraph(("Zakres wnioskowanego wsparcia: ", "b"), f"{{{{ {R}.requested_support }}}}")

    # the consent, the enclosures, "Sprawę prowadzi" and the signatures stay on one page
    with doc.kept_together():
        with doc.when(f"{R}.consent"):
            doc.heading("Zgoda osoby")
            doc.paragraph(
                common.consent_text(
                    "{{ 'złożenie wniosku' if heading[0] == 'WNIOSEK' else 'skierowanie' }}"
                ),
                align="justify",
            )

        with doc.when(f"{R}.attachments"):
            doc.heading("Załączniki")
            with doc.each(f"attachment in {R}.attachments"):
                doc.paragraph(
                    "{{ loop.index }}. {{ attachment.title }}"
                    + note_tag(
                        "Tego załącznika jeszcze nie ma w aktach: dołącz go przed wysłaniem.",
                        when="not attachment.provided",
                    ),
                    indent=0.5,
                    space_after=0,
                )

        doc.spacer(6)
        doc.paragraph(
            ("Sprawę prowadzi: ", "b"),
            f"{{{{ {R}.worker.full_name }}}}, {{{{ {R}.worker.position }}}}"
            f"{{{{ ', tel. ' ~ {R}.worker.contact.phone if {R}.worker.contact and "
            f"{R}.worker.contact.phone else '' }}}}"
            f"{{{{ ', e-mail: ' ~ {R}.worker.contact.email if {R}.worker.contact and "
            f"{R}.worker.contact.email else '' }}}}",
            keep_with_next=True,
        )
        doc.tag(f"set signer = {R}.signatory or {R}.center.head")
        doc.signatures(
            [
                "(podpis pracownika socjalnego)",
                "(podpis i pieczęć kierownika ośrodka lub osoby upoważnionej)",
            ],
            names=[
                f"{{{{ {R}.worker.full_name }}}}",
                "{{ signer.on_authority_of ~ ' ' if signer.on_authority_of else '' }}"
                "{{ signer.name }}, {{ signer.position }}",
            ],
        )
    return doc
