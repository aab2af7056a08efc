"""Parts every administrative decision template prints alike (``decyzja`` and the two DPS
decisions): :func:`party` — oznaczenie strony (art. 107 § 1 pkt 3 k.p.a.) — and
:func:`recipients` — the "Otrzymują" list under the signature.
"""

from __future__ import annotations

from socialwork.authoring import DocumentBuilder

__all__ = ["party", "recipients"]


def party(doc: DocumentBuilder, d: str) -> None:
    p = f"{d}.party"
    person = f"{p}.person"
    doc.spacer(4)
    doc.paragraph(("Strona: ", "b"), (f"{{{{ {person}.full_name }}}}", "b"),
                  indent=1.0, space_after=0, keep_with_next=True)
    with doc.when(f"{person}.pesel"):
        doc.paragraph(f"PESEL: {{{{ {person}.pesel|pesel }}}}", indent=1.0, space_after=0,
                      keep_with_next=True)
    with doc.when(f"not {person}.pesel and {person}.identity_document"):
        doc.paragraph(
            f"{{{{ {person}.identity_document.kind.label|capitalize }}}} nr "
            f"{{{{ {person}.identity_document.number }}}}",
            indent=1.0, space_after=0, keep_with_next=True,
        )
    with doc.when(f"{p}.address"):
        doc.paragraph(f"zam. {{{{ {p}.address }}}}", indent=1.0, space_after=0,
                      keep_with_next=True)
    with doc.when(f"not {p}.address"):
        doc.paragraph(f"miejsce pobytu: {{{{ {p}.stay_description }}}}", indent=1.0,
                      space_after=0, keep_with_next=True)
    with doc.when(f"{p}.correspondence_address"):
        doc.paragraph(f"adres do korespondencji: {{{{ {p}.correspondence_address }}}}",
                      indent=1.0, space_after=0, keep_with_next=True)
    with doc.when(f"{p}.legal_representative"):
        doc.paragraph(
            f"przedstawiciel ustawowy: {{{{ {p}.legal_representative.person.full_name }}}}"
            f", {{{{ {p}.legal_representative.basis }}}}",
            indent=1.0, space_after=0, keep_with_next=True,
        )


def recipients(doc: DocumentBuilder, d: str) -> None:
    """"Otrzymują:" — the decision's own recipients, or else the party (its correspondence
    address first), its legal representative if it has one, and "a/a"."""
    p = f"{d}.party"
    doc.spacer(4, keep_with_next=True)
    doc.paragraph(("Otrzymują:", "bu"), space_after=0, keep_with_next=True)
    with doc.each(f"recipient in {d}.recipients"):
        doc.paragraph("{{ loop.index }}. {{ recipient }}", indent=0.5, space_after=0)
    with doc.when(f"not {d}.recipients"):
        doc.paragraph(
            f"1. {{{{ {p}.person.full_name }}}}"
            f"{{{{ ', ' ~ ({p}.correspondence_address or {p}.address) if "
            f"{p}.correspondence_address or {p}.address else '' }}}}",
            indent=0.5, space_after=0, keep_with_next=True,
        )
        rep = f"{p}.legal_representative"
        with doc.when(rep):
            doc.paragraph(
                f"2. {{{{ {rep}.person.full_name }}}} — przedstawiciel ustawowy"
                f"{{{{ ', ' ~ {rep}.address if {rep}.address else '' }}}}",
                indent=0.5, space_after=0, keep_with_next=True,
            )
        doc.paragraph(f"{{{{ 3 if {rep} else 2 }}}}. a/a", indent=0.5, space_after=0)
