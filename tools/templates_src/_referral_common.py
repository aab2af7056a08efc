"""Building blocks shared by the referral templates (``skierowanie-dps``,
``wniosek-sad-wglad``, ``wniosek-gkrpa``, ``skierowanie-schronisko``).

Every referral is a letter of the ośrodek: the organ's letterhead with the case reference,
an addressee, the person concerned, the kind-specific part, the attachments, the worker in
charge and the signatures. The helpers below write those common parts with the authoring
toolkit; each template's build script arranges them and adds its own sections.

All text printed is Polish; values are read from the ``referral`` context variable
(:class:`socialwork.model.referral.Referral`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from socialwork.authoring import DocumentBuilder, note_tag

__all__ = [
    "CHECKED",
    "UNCHECKED",
    "R",
    "addressee_target",
    "attachments",
    "box",
    "client_rows",
    "closing",
    "consent_text",
    "fixed_table",
    "letterhead",
    "optional_row",
    "person_rows",
    "signatures",
    "worker_line",
]

R = "referral"
"""The render-context name of the case object."""

CHECKED = "☒"
UNCHECKED = "☐"


def box(condition: str) -> str:
    """A checkbox printed ☒ when the Jinja ``condition`` holds, else ☐."""
    return f"{{{{ '{CHECKED}' if {condition} else '{UNCHECKED}' }}}}"


def fixed_table(
    doc: DocumentBuilder,
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    centre_first: bool = True,
) -> Any:
    """A bordered table with a shaded header and one fixed row per element of ``rows`` (e.g. a
    ☒/☐ checklist); ``centre_first`` centres the first column (the checkbox)."""
    table = doc.table(columns, list(rows[0]), widths=widths)
    for texts in rows[1:]:
        cells = table.add_row().cells
        for cell, text in zip(cells, texts, strict=True):
            cell.paragraphs[0].add_run(text)
    for index, row in enumerate(table.rows):
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
        tr_pr = row._tr.get_or_add_trPr()
        if tr_pr.find(qn("w:cantSplit")) is None:
            tr_pr.insert(0, OxmlElement("w:cantSplit"))
        if centre_first and index > 0:
            row.cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return table


def optional_row(condition: str, label: str, value: str) -> list[tuple[str, str]]:
    """A ``fields()`` row shown only when ``condition`` holds (``{%tr if %}`` … ``endif``)."""
    return [("{%tr if " + condition + " %}", ""), (label, value), ("{%tr endif %}", "")]


def letterhead(doc: DocumentBuilder) -> None:
    """The ośrodek (name, address, phone, e-mail), place and date, the case reference."""
    doc.letterhead(
        [
            f"{{{{ {R}.center.name }}}}",
            f"{{{{ {R}.center.address.line1 }}}}",
            f"{{{{ {R}.center.address.line2 }}}}",
            (
                f"tel. {{{{ {R}.center.contact.phone }}}}",
                f"{R}.center.contact and {R}.center.contact.phone",
            ),
            (
                f"e-mail: {{{{ {R}.center.contact.email }}}}",
                f"{R}.center.contact and {R}.center.contact.email",
            ),
        ],
        f"{{{{ {R}.center.address.city }}}}, {{{{ on|date_pl }}}}",
        reference=f"Znak sprawy: {{{{ {R}.reference_number|or_dots(12) }}}}",
    )


def addressee_target(doc: DocumentBuilder) -> None:
    """The institution the referral goes to (``referral.target``)."""
    doc.addressee(
        [
            f"{{{{ {R}.target.name }}}}",
            (f"{{{{ {R}.target.department }}}}", f"{R}.target.department"),
            (f"{{{{ {R}.target.address.line1 }}}}", f"{R}.target.address"),
            (f"{{{{ {R}.target.address.line2 }}}}", f"{R}.target.address"),
        ]
    )


def person_rows(person: str, *, pesel_dots: bool = True) -> list[tuple[str, str]]:
    """Name, PESEL (or identity document) and date of birth of the ``Person`` at ``person``.

    ``pesel_dots``: print a dotted line to fill in by hand when neither a PESEL nor an
    identity document is known; otherwise the row is left out."""
    rows: list[tuple[str, str]] = [("Imię i nazwisko", f"{{{{ {person}.full_name }}}}")]
    rows += optional_row(f"{person}.pesel", "PESEL", f"{{{{ {person}.pesel|pesel }}}}")
    rows += optional_row(
        f"not {person}.pesel and {person}.identity_document",
        "Dokument tożsamości",
        f"{{{{ {person}.identity_document.kind.label }}}} "
        f"nr {{{{ {person}.identity_document.number }}}}",
    )
    if pesel_dots:
        rows += optional_row(
            f"not {person}.pesel and not {person}.identity_document",
            "PESEL",
            "{{ ''|or_dots(11) }}",
        )
    rows.append(("Data urodzenia", f"{{{{ {person}.birth_date|date_pl }}}}"))
    return rows


def client_rows(*, address_label: str = "Adres zamieszkania") -> list[tuple[str, str]]:
    """The person referred (``referral.client``): personal data, address or place of stay,
    phone and legal representative."""
    client = f"{R}.client"
    rows = person_rows(f"{client}.person")
    rows += optional_row(f"{client}.address", address_label, f"{{{{ {client}.address }}}}")
    rows += optional_row(
        f"{client}.stay_description",
        "Miejsce pobytu",
        f"{{{{ {client}.stay_description }}}}",
    )
    rows += optional_row(
        f"{client}.correspondence_address",
        "Adres do korespondencji",
        f"{{{{ {client}.correspondence_address }}}}",
    )
    rows += optional_row(
        f"{client}.contact and {client}.contact.phone",
        "Telefon",
        f"{{{{ {client}.contact.phone }}}}",
    )
    rows += optional_row(
        f"{client}.legal_representative",
        "Przedstawiciel ustawowy",
        f"{{{{ {client}.legal_representative.person.full_name }}}} "
        f"({{{{ {client}.legal_representative.basis }}}})"
        f"{{{{ ', ' ~ {client}.legal_representative.address if "
        f"{client}.legal_representative.address else '' }}}}",
    )
    return rows


def consent_verb() -> str:
    """Inline Jinja printing "wyraził" / "wyraziła" for the person who consented (the client
    or their legal representative, recognised by name: "Imię Nazwisko" or the full name),
    and "wyraził(a)" when the name is someone else's (requires ``referral.consent``)."""
    c = f"{R}.consent"
    people = (
        f"[{R}.client.person] + ([{R}.client.legal_representative.person] "
        f"if {R}.client.legal_representative else [])"
    )
    return (
        "{% set consenter = namespace(sex='') %}"
        f"{{% for p in {people} %}}"
        f"{{% if {c}.given_by|trim|lower in [p.full_name|lower, "
        "(p.first_name ~ ' ' ~ p.last_name)|lower] and not consenter.sex %}"
        "{% set consenter.sex = p.sex.value %}{% endif %}{% endfor %}"
        "{{ 'wyraziła' if consenter.sex == 'female' else 'wyraził' if consenter.sex == 'male' "
        "else 'wyraził(a)' }}"
    )


def consent_text(subject: str = "skierowanie") -> str:
    """One sentence stating who consented to ``subject``, how and when (requires
    ``referral.consent``); ``subject`` may be Jinja (``{{ … }}``)."""
    c = f"{R}.consent"
    return (
        f"Zgodę na {subject}{{{{ ' (zakres: ' ~ {c}.scope ~ ')' if {c}.scope else '' }}}} "
        f"{consent_verb()} {{{{ {c}.given_by }}}}"
        f"{{{{ ' jako przedstawiciel ustawowy' if {c}.by_representative else '' }}}}, "
        f"{{{{ 'na piśmie' if {c}.written else 'ustnie' }}}}, "
        f"w dniu {{{{ {c}.given_on|date_pl }}}}"
    )


def attachments(doc: DocumentBuilder, heading: str = "Załączniki") -> None:
    """The numbered list of enclosures (``referral.attachments``) in the small type of a
    letter's foot; vanishes when empty."""
    with doc.when(f"{R}.attachments"):
        doc.spacer(6, keep_with_next=True)
        doc.paragraph((f"{heading}:", "bs"), space_after=0, keep_with_next=True)
        with doc.each(f"attachment in {R}.attachments"):
            doc.paragraph(
                (
                    "{{ loop.index }}. {{ attachment.title }}"
                    + note_tag(
                        "Tego załącznika jeszcze nie ma w aktach: dołącz go przed wysłaniem.",
                        when="not attachment.provided",
                    ),
                    "s",
                ),
                indent=0.4,
                space_after=0,
            )


def closing(doc: DocumentBuilder, *, attachments_heading: str = "Załączniki") -> None:
    """The end of every referral, as in an office letter: signatures, then the numbered
    enclosures, then "Sprawę prowadzi" — kept on one page (the paragraph before it should be
    ``keep_with_next``)."""
    with doc.kept_together():
        signatures(doc)
        attachments(doc, attachments_heading)
        worker_line(doc)


def worker_line(doc: DocumentBuilder) -> None:
    """"Sprawę prowadzi: name, position, phone, e-mail"."""
    w = f"{R}.worker"
    doc.spacer(10)
    doc.paragraph(
        ("Sprawę prowadzi: ", "s"),
        (
            f"{{{{ {w}.full_name }}}}, {{{{ {w}.position }}}}"
            f"{{{{ ', tel. ' ~ {w}.contact.phone if {w}.contact and {w}.contact.phone else '' }}}}"
            f"{{{{ ', e-mail: ' ~ {w}.contact.email if {w}.contact and {w}.contact.email "
            "else '' }}",
            "s",
        ),
    )


def signatures(doc: DocumentBuilder, *, worker_caption: str = "(podpis pracownika socjalnego)",
               extra: Sequence[str] = ()) -> None:
    """Signature lines: the pracownik socjalny and the kierownik ośrodka (or the person
    signing on the organ's authority, ``referral.signatory``)."""
    doc.tag(f"set signer = {R}.signatory or {R}.center.head")
    doc.signatures(
        [
            worker_caption,
            "(podpis i pieczęć kierownika ośrodka lub osoby upoważnionej)",
            *extra,
        ],
        names=[
            f"{{{{ {R}.worker.full_name }}}}",
            "{{ signer.on_authority_of ~ '\\n' if signer.on_authority_of else '' }}"
            "{{ signer.name }}{{ '\\n' }}{{ signer.position }}",
        ],
    )
