"""Parts shared by the two DPS decisions (``decyzja-skierowanie-dps``, ``decyzja-oplata-dps``):
the elements of art. 107 § 1 k.p.a. other than the ruling and the justification.

* :func:`letterhead` – oznaczenie organu, data wydania (pkt 1–2);
* :func:`preamble` – powołanie podstawy prawnej (pkt 4), with art. 104 k.p.a. added when the
  case does not list it, the application or "z urzędu", the wywiad and the authorisation;
* :func:`party` – oznaczenie strony (pkt 3), shared with ``decyzja`` (``_decision_common``);
* :func:`pouczenie` – odwołanie (art. 127 § 1, art. 129 § 1 i 2 k.p.a.) and the waiver of the
  appeal with its effects (art. 127a k.p.a.) in the wording in force on the document's date,
  from the dated texts of :mod:`socialwork.law.kpa` (the template global ``appeal_waiver``,
  shared with ``decyzja``): "W trakcie biegu terminu…" before 12 May 2023, "Przed upływem
  terminu…" from then (Dz. U. z 2023 r. poz. 803);
* :func:`signature_and_recipients` – podpis (pkt 8), "Otrzymują:".
"""

from __future__ import annotations

from socialwork.authoring import DocumentBuilder

from ._decision_common import party as party  # re-exported: common.party(doc, D)
from ._decision_common import recipients

RIGHT = 8.5
"""Left indent (cm) of the signature block, which sits in the right half of the page."""


def letterhead(doc: DocumentBuilder, d: str) -> None:
    center = f"{d}.center"
    doc.letterhead(
        [
            f"{{{{ {d}.organ }}}}",
            f"{{{{ {center}.name }}}}",
            f"{{{{ {center}.address.line1 }}}}",
            f"{{{{ {center}.address.line2 }}}}",
            (f"tel. {{{{ {center}.contact.phone }}}}",
             f"{center}.contact and {center}.contact.phone"),
            (f"e-mail: {{{{ {center}.contact.email }}}}",
             f"{center}.contact and {center}.contact.email"),
        ],
        f"{{{{ {d}.place }}}}, {{{{ on|date_pl }}}}",
        reference=f"Znak sprawy: {{{{ {d}.case_reference }}}}",
        keep=[0],  # the organ issuing the decision (art. 107 § 1 pkt 1 k.p.a.) stays
    )


def preamble(doc: DocumentBuilder, d: str, matter: str) -> None:
    """"Na podstawie … w sprawie <matter>, z upoważnienia …"."""
    has_kpa_104 = (
        "{% set basis = namespace(kpa=false) %}"
        f"{{% for item in {d}.legal_basis %}}"
        "{% set low = item.lower().replace(' ', '') %}"
        "{% if low.startswith('art.104') and ('k.p.a' in low or 'kpa' in low or "
        "'postępowaniaadministracyjnego' in low) %}{% set basis.kpa = true %}{% endif %}"
        "{% endfor %}"
    )
    doc.paragraph(
        has_kpa_104,
        "Na podstawie ",
        "{{ (([] if basis.kpa else ['art. 104 k.p.a.']) + "
        f"{d}.legal_basis|list)|join_pl(' oraz ') }}}}",
        f"{{{{ ', po rozpatrzeniu wniosku z dnia ' ~ {d}.application_on|date_pl if "
        f"{d}.application_on else ', w postępowaniu wszczętym z urzędu' }}}}"
        f"{{{{ ((' i przeprowadzeniu' if {d}.application_on else ', po przeprowadzeniu') ~ "
        f"' rodzinnego wywiadu środowiskowego w dniu ' ~ {d}.interview_on|date_pl) if "
        f"{d}.interview_on else '' }}}}"
        f" w sprawie {matter}"
        f"{{{{ ', ' ~ {d}.signatory.on_authority_of if {d}.acting_on_authority and "
        f"{d}.signatory else '' }}}}"
        f"{{{{ ' (' ~ {d}.authorisation ~ ')' if {d}.acting_on_authority and "
        f"{d}.authorisation else '' }}}}",
        align="justify",
    )


def justification(doc: DocumentBuilder, d: str) -> None:
    doc.spacer(6, keep_with_next=True)
    doc.paragraph(("UZASADNIENIE", "b"), align="center", space_after=6, keep_with_next=True)
    doc.heading("Uzasadnienie faktyczne", level=2)
    doc.paragraph(f"{{{{ {d}.factual_justification }}}}", align="justify")
    doc.heading("Uzasadnienie prawne", level=2)
    doc.paragraph(f"{{{{ {d}.legal_justification }}}}", align="justify")


def pouczenie(doc: DocumentBuilder, d: str, extra: list[str]) -> None:
    """The pouczenie; ``extra`` are further numbered points (plain template text), printed
    after the appeal and the waiver. The end of the pouczenie, the signature and
    "Otrzymują:" are kept together on one page by the caller."""
    center = f"{d}.center"
    doc.spacer(6, keep_with_next=True)
    doc.paragraph(("POUCZENIE", "b"), align="center", space_after=6, keep_with_next=True)
    doc.paragraph(
        "1. Od niniejszej decyzji stronie służy odwołanie "
        f"{{% if {d}.appeal_body %}}do organu odwoławczego, którym jest "
        f"{{{{ {d}.appeal_body }}}}{{% else %}}do Samorządowego Kolegium "
        "Odwoławczego{% endif %}, wnoszone za pośrednictwem organu, który wydał decyzję (na "
        f"adres: {{{{ {center}.name }}}}, {{{{ {center}.address }}}}), w terminie 14 dni od "
        "dnia doręczenia decyzji (art. 127 § 1 oraz art. 129 § 1 i 2 k.p.a.).",
        align="justify",
    )
    # art. 127a § 1 k.p.a. in its wording on the decision's date and the effects of the
    # waiver: one dated source, socialwork.law.kpa (the template global appeal_waiver)
    doc.tag("set waiver = appeal_waiver(on)")
    with doc.when("waiver"):
        doc.paragraph("2. Strona ma prawo do zrzeczenia się odwołania. {{ waiver }}",
                      align="justify")
    for number, text in enumerate(extra, 3):
        doc.paragraph(f"{{{{ {number} if waiver else {number - 1} }}}}. {text}",
                      align="justify")


def signature_and_recipients(doc: DocumentBuilder, d: str) -> None:
    signer = f"{d}.signatory"
    doc.spacer(6, keep_with_next=True)
    with doc.when(f"{d}.acting_on_authority and {signer} and {signer}.on_authority_of"):
        doc.paragraph(f"{{{{ {signer}.on_authority_of }}}}", align="center", indent=RIGHT,
                      space_after=0, keep_with_next=True)
    doc.spacer(26, keep_with_next=True)
    doc.paragraph("…" * 18, align="center", indent=RIGHT, space_after=0, keep_with_next=True)
    with doc.when(signer):
        doc.paragraph((f"{{{{ {signer}.name }}}}", "b"), align="center", indent=RIGHT,
                      space_after=0, keep_with_next=True)
        doc.paragraph(f"{{{{ {signer}.position or '' }}}}", align="center", indent=RIGHT,
                      space_after=0, keep_with_next=True)
    doc.paragraph(("(podpis osoby upoważnionej do wydania decyzji)", "is"),
                  align="center", indent=RIGHT)

    recipients(doc, d)
