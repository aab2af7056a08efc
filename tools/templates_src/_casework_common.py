"""Parts shared by the casework templates (notatka służbowa, zawiadomienie o przestępstwie,
pozew o ustalenie ojcostwa i alimenty): the ośrodek's letterhead, facts with "dowód: …"
lines, a list of enclosures, the "Sprawę prowadzi" line. Each helper takes the render-context
name of the object (``root``), so any model with the fields named below can use it."""

from __future__ import annotations

from socialwork.authoring import DocumentBuilder

__all__ = [
    "attachments",
    "center_letterhead",
    "pleading_attachments",
    "proven_facts",
    "worker_line",
]


def center_letterhead(doc: DocumentBuilder, root: str, *, place: str | None = None) -> None:
    """The ośrodek (``root.center``: name, address, phone, e-mail), "place, date" and the
    case reference (``root.reference_number``)."""
    c = f"{root}.center"
    doc.letterhead(
        [
            f"{{{{ {c}.name }}}}",
            f"{{{{ {c}.address.line1 }}}}",
            f"{{{{ {c}.address.line2 }}}}",
            (f"tel. {{{{ {c}.contact.phone }}}}", f"{c}.contact and {c}.contact.phone"),
            (f"e-mail: {{{{ {c}.contact.email }}}}", f"{c}.contact and {c}.contact.email"),
        ],
        f"{{{{ {place or c + '.address.city'} }}}}, {{{{ on|date_pl }}}}",
        reference=f"Znak sprawy: {{{{ {root}.reference_number|or_dots(12) }}}}",
    )


def proven_facts(doc: DocumentBuilder, loop_source: str, *, numbered: bool = True) -> None:
    """Each :class:`~socialwork.model.ProvenFact` of ``loop_source``: its date or period, the
    statement, then one "dowód: …" line per item of evidence, indented under the fact it
    proves (art. 126 § 1 pkt 5 k.p.c.)."""
    with doc.each(f"fact in {loop_source}"):
        when = (
            "{{ ('W okresie od ' ~ fact.on|date_pl ~ ' do ' ~ fact.until|date_pl ~ ': ') "
            "if fact.until else (('Dnia ' ~ fact.on|date_pl ~ ': ') if fact.on else '') }}"
        )
        doc.paragraph(
            ("{{ loop.index }}. " if numbered else ""),
            when,
            "{{ fact.statement }}",
            align="justify",
            space_after=0,
            keep_with_next=True,
        )
        with doc.each("proof in fact.evidence"):
            doc.paragraph(
                ("dowód: ", "i"),
                "{{ proof }}",
                indent=1.0,
                space_after=0,
                keep_with_next=True,
            )
        doc.spacer(6)


def attachments(doc: DocumentBuilder, source: str, heading: str = "Załączniki") -> None:
    """The numbered enclosures (``source``: a tuple of ``Attachment``), small type; vanishes
    when empty. An enclosure not yet at hand is marked "do dołączenia"."""
    with doc.when(source):
        doc.spacer(6, keep_with_next=True)
        doc.paragraph((f"{heading}:", "bs"), space_after=0, keep_with_next=True)
        with doc.each(f"attachment in {source}"):
            doc.paragraph(
                (
                    "{{ loop.index }}. {{ attachment.title }}"
                    "{{ '' if attachment.provided else ' (do dołączenia)' }}",
                    "s",
                ),
                indent=0.4,
                space_after=0,
            )


def pleading_attachments(doc: DocumentBuilder, source: str, copy_for: str) -> None:
    """The enclosures of a pozew (art. 126 § 1 pkt 7 k.p.c.): the copy for the defendant
    first (unless the list already names it), then ``source``."""
    doc.spacer(8, keep_with_next=True)
    doc.paragraph(("Załączniki:", "bu"), space_after=0, keep_with_next=True)
    doc.tag("set att = namespace(copy=false)")
    with doc.each(f"a in {source}"):
        doc.tag("set att.copy = att.copy or a.title.lower().startswith('odpis pozwu')")
    with doc.when("not att.copy"):
        doc.paragraph(f"1. odpis pozwu wraz z załącznikami dla {copy_for}", indent=0.5,
                      space_after=0)
    with doc.each(f"a in {source}"):
        doc.paragraph(
            "{{ loop.index + (0 if att.copy else 1) }}. {{ a.title }}"
            "{{ '' if a.provided else ' (do dołączenia)' }}",
            indent=0.5,
            space_after=0,
        )


def worker_line(doc: DocumentBuilder, worker: str) -> None:
    """"Sprawę prowadzi: name, position, phone, e-mail" in small type."""
    doc.spacer(10)
    doc.paragraph(
        ("Sprawę prowadzi: ", "s"),
        (
            f"{{{{ {worker}.full_name }}}}, {{{{ {worker}.position }}}}"
            f"{{{{ ', tel. ' ~ {worker}.contact.phone if {worker}.contact and "
            f"{worker}.contact.phone else '' }}}}"
            f"{{{{ ', e-mail: ' ~ {worker}.contact.email if {worker}.contact and "
            f"{worker}.contact.email else '' }}}}",
            "s",
        ),
    )
