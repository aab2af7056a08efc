"""Parts every administrative decision template prints alike (``decyzja`` and the two DPS
decisions): :func:`party` — oznaczenie strony (art. 107 § 1 pkt 3 k.p.a.).
"""

from __future__ import annotations

from socialwork.authoring import DocumentBuilder

__all__ = ["party"]


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
