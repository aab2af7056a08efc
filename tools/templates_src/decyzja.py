"""``decyzja`` — a decyzja administracyjna granting or refusing a benefit of the ustawa o pomocy
społecznej (art. 106 ust. 1 u.p.s.; issued z upoważnienia of the wójt/burmistrz/prezydent by
the head of the centre).

Every element of art. 107 § 1 k.p.a. (ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania
administracyjnego) is printed:

1. oznaczenie organu — the organ (``decision.organ``) heading the letterhead of the centre that
   issues the decision on its authority, and "działając z upoważnienia …" in the preamble;
2. data wydania — place and date in the letterhead (the document date ``on``: the
   ``decision.issued_on`` unless the caller renders with another date);
3. oznaczenie strony — name, PESEL (or identity document), address or place of stay,
   correspondence address and legal representative;
4. powołanie podstawy prawnej — art. 104 k.p.a. (added when the case does not list it) and the
   provisions in ``decision.legal_basis``;
5. rozstrzygnięcie — "orzekam: przyznać / odmówić przyznania pomocy w formie …": kind, amount
   in figures and words, period, payment schedule and method, repayment condition;
6. uzasadnienie faktyczne i prawne — always printed (art. 107 § 4 k.p.a., which would allow
   leaving it out when the request is granted in full, is UNVERIFIED, and the
   model always carries both justifications);
7. pouczenie — odwołanie do Samorządowego Kolegium Odwoławczego (named from ``appeal_body``
   when given: "do organu odwoławczego, którym jest …") za pośrednictwem organu, który
   wydał decyzję, w terminie 14 dni od dnia doręczenia (art. 127 § 1, art. 129 § 1 i 2 k.p.a.);
   the right to waive the appeal in the wording of art. 127a § 1 k.p.a. in force on the
   decision's date and its effects (``appeal_waiver(on)``, socialwork.law.kpa); for a grant,
   the duty to
   report changes (art. 109 u.p.s.);
8. podpis — "z upoważnienia …", a line to sign, name and position (stanowisko służbowe).

Then "Otrzymują:" (the party and "a/a" unless the case lists its own recipients).
"""

from __future__ import annotations

from socialwork.authoring import DocumentBuilder, note_tag

from ._decision_common import party as party_block
from ._decision_common import recipients

NAME = "decyzja"
TITLE = "Decyzja o przyznaniu lub odmowie przyznania świadczenia z pomocy społecznej"
MODEL = "decision"
EXAMPLE = "decyzja.json"

D = "decision"

GENITIVE = {
    "permanent_allowance": "zasiłku stałego",
    "periodic_allowance": "zasiłku okresowego",
    "targeted_allowance": "zasiłku celowego",
    "targeted_allowance_contract": "zasiłku celowego na pokrycie wydatków związanych "
    "z realizacją kontraktu socjalnego",
    "targeted_allowance_event": "zasiłku celowego w związku ze zdarzeniem losowym, klęską "
    "żywiołową lub ekologiczną",
    "special_targeted_allowance": "specjalnego zasiłku celowego",
    "economic_independence_allowance": "zasiłku na ekonomiczne usamodzielnienie",
    "economic_independence_loan": "pożyczki na ekonomiczne usamodzielnienie",
    "independence_assistance": "pomocy na usamodzielnienie oraz na kontynuowanie nauki",
    "foreigner_benefit": "świadczenia pieniężnego na utrzymanie i pokrycie wydatków związanych "
    "z nauką języka polskiego dla cudzoziemców",
    "guardian_remuneration": "wynagrodzenia należnego opiekunowi z tytułu sprawowania opieki "
    "przyznanego przez sąd",
    "social_work": "pracy socjalnej",
    "credit_ticket": "biletu kredytowanego",
    "health_insurance": "opłacenia składki na ubezpieczenie zdrowotne",
    "social_insurance": "opłacenia składek na ubezpieczenia społeczne",
    "material_assistance": "pomocy rzeczowej",
    "funeral": "sprawienia pogrzebu",
    "specialist_counselling": "poradnictwa specjalistycznego",
    "crisis_intervention": "interwencji kryzysowej",
    "shelter": "schronienia",
    "meal": "posiłku",
    "clothing": "niezbędnego ubrania",
    "care_services": "usług opiekuńczych",
    "specialist_care_services": "specjalistycznych usług opiekuńczych",
    "supported_housing": "mieszkania treningowego lub wspomaganego",
    "dps": "pobytu i usług w domu pomocy społecznej",
    "short_term_dps": "pobytu krótkoterminowego w domu pomocy społecznej",
    "neighbourhood_services": "usług sąsiedzkich",
    "support_for_independence_in_kind": "pomocy w uzyskaniu mieszkania, zatrudnienia "
    "i zagospodarowaniu w formie rzeczowej",
}
""""pomoc w formie …" takes the genitive; enum labels are in the nominative."""

MONTHLY = ("permanent_allowance", "periodic_allowance")
"""Benefits whose ``amount`` is a monthly sum (the model: zasiłek stały / okresowy)."""

RIGHT = 8.5
"""Left indent (cm) of the signature block, which sits in the right half of the page."""


def _dict_literal(mapping: dict[str, str]) -> str:
    # A {%p %} tag may not contain "}" or "%": dict(key='value', …) instead of {…}.
    for value in mapping.values():
        if "'" in value or "%" in value or "}" in value:
            raise ValueError(f"cannot put {value!r} into a template literal")
    return "dict(" + ", ".join(f"{key}='{value}'" for key, value in mapping.items()) + ")"


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    center = f"{D}.center"
    doc.letterhead(
        [
            f"{{{{ {D}.organ }}}}",
            f"{{{{ {center}.name }}}}",
            f"{{{{ {center}.address.line1 }}}}",
            f"{{{{ {center}.address.line2 }}}}",
            (f"tel. {{{{ {center}.contact.phone }}}}",
             f"{center}.contact and {center}.contact.phone"),
            (f"e-mail: {{{{ {center}.contact.email }}}}",
             f"{center}.contact and {center}.contact.email"),
        ],
        f"{{{{ {D}.place }}}}, {{{{ on|date_pl }}}}",
        reference=f"Znak sprawy: {{{{ {D}.case_reference }}}}",
        keep=[0],  # the organ issuing the decision (art. 107 § 1 k.p.a.) stays
    )

    # "pomoc w formie <genitive>"; a benefit added by a plugin falls back to its label.
    doc.tag(
        f"set form = {_dict_literal(GENITIVE)}.get({D}.benefit.value) "
        f"or ('świadczenia: ' ~ {D}.benefit.label)"
    )
    doc.tag(
        # "z przeznaczeniem na zakup opału" whether the purpose was typed with "na" or not;
        # the text itself is printed unchanged
        f"set purpose = ((' z przeznaczeniem ' if {D}.purpose.lower().startswith('na ') else "
        f"' z przeznaczeniem na ') ~ {D}.purpose) if {D}.purpose else ''"
    )
    doc.tag(f"set monthly = {D}.benefit.value in {MONTHLY!r}")
    doc.title(
        f"DECYZJA nr {{{{ {D}.number|or_dots(8) }}}}",
        f"w sprawie {{{{ 'przyznania' if {D}.granted else 'odmowy przyznania' }}}} "
        "pomocy w formie {{ form }}",
    )

    # 4. powołanie podstawy prawnej (+ how the case started and on whose authority)
    has_kpa_104 = (
        "{% set basis = namespace(kpa=false) %}"
        f"{{% for item in {D}.legal_basis %}}"
        "{% set low = item.lower().replace(' ', '') %}"
        "{% if low.startswith('art.104') and ('k.p.a' in low or 'kpa' in low or "
        "'postępowaniaadministracyjnego' in low) %}{% set basis.kpa = true %}{% endif %}"
        "{% endfor %}"
    )
    doc.paragraph(
        has_kpa_104,
        "Na podstawie ",
        # the KPA cited once in full here; the pouczenie then uses its short form "k.p.a."
        "{{ (([] if basis.kpa else ['art. 104 ustawy z dnia 14 czerwca 1960 r. – Kodeks "
        "postępowania administracyjnego (dalej: k.p.a.)']) + "
        f"{D}.legal_basis|list)|join_pl(' oraz ') }}}}",
        f"{{{{ ', po rozpatrzeniu wniosku z dnia ' ~ {D}.application_on|date_pl if "
        f"{D}.application_on else ', w postępowaniu wszczętym z urzędu' }}}}"
        # the wywiad precedes the decision (art. 106 ust. 4 u.p.s.)
        f"{{{{ ((' i przeprowadzeniu' if {D}.application_on else ', po przeprowadzeniu') ~ "
        f"' rodzinnego wywiadu środowiskowego w dniu ' ~ {D}.interview_on|date_pl) if "
        f"{D}.interview_on else '' }}}}"
        f" w sprawie przyznania pomocy w formie {{{{ form }}}}"
        f"{{{{ ', ' ~ {D}.signatory.on_authority_of if {D}.acting_on_authority else '' }}}}"
        f"{{{{ ' (' ~ {D}.authorisation ~ ')' if {D}.acting_on_authority and "
        f"{D}.authorisation else '' }}}}",
        align="justify",
    )

    # 3. oznaczenie strony
    party_block(doc, D)

    # 5. rozstrzygnięcie
    doc.spacer(6, keep_with_next=True)
    doc.paragraph(("orzekam:", "b"), align="center", space_after=6, keep_with_next=True)
    doc.tag("set point = namespace(n=1)")
    with doc.when(f"{D}.granted"):
        doc.paragraph(
            "1. ",
            ("Przyznać", "b"),
            " stronie pomoc w formie {{ form }}",
            "{{ purpose }}",
            f"{{{{ ' w kwocie ' ~ {D}.amount|money_full if {D}.amount is not none else '' }}}}"
            f"{{{{ ' miesięcznie' if monthly and {D}.amount is not none else '' }}}}",
            f"{{{{ ', na okres od ' ~ {D}.period_from|date_pl ~ ' do ' ~ {D}.period_to|date_pl"
            f" if {D}.period_from and {D}.period_to else '' }}}}"
            f"{{{{ ', począwszy od ' ~ {D}.period_from|date_pl if {D}.period_from and not "
            f"{D}.period_to else '' }}}}"
            # a date ends in "r.": no second full stop after it
            f"{{{{ '' if {D}.period_from else '.' }}}}",
            align="justify",
        )
        with doc.when(f"{D}.repayable"):
            # art. 41 pkt 2 u.p.s. (the article has points, not ustępy): the amount to be
            # repaid and the terms of repayment are part of the ruling
            doc.paragraph(
                "{% set point.n = point.n + 1 %}{{ point.n }}. Pomoc przyznaje się pod "
                "warunkiem zwrotu "
                f"{{{{ 'kwoty ' ~ {D}.repayment_amount|money_full if {D}.repayment_amount "
                "is not none else 'wydatków na świadczenie w części lub w całości' }}"
                f"{{{{ ' na następujących zasadach: ' ~ {D}.repayment_terms if "
                f"{D}.repayment_terms else '' }}}}"
                " (art. 41 pkt 2 u.p.s.)."
                + note_tag(
                    "Decyzja o pomocy zwrotnej powinna określać kwotę zwrotu i zasady "
                    "(terminy, raty) zwrotu: uzupełnij repayment_amount i repayment_terms.",
                    when=f"{D}.repayment_amount is none or not {D}.repayment_terms",
                ),
                align="justify",
            )
        with doc.when(f"{D}.payments"):
            doc.paragraph(
                "{% set point.n = point.n + 1 %}{{ point.n }}. Świadczenie zostanie wypłacone "
                "w następujących terminach i kwotach:",
                keep_with_next=True,
            )
            doc.table(
                ["Lp.", "Termin wypłaty", "Kwota"],
                ["{{ loop.index }}", "{{ payment.due_on|date_pl }}", "{{ payment.amount|money }}"],
                loop=f"payment in {D}.payments",
                widths=[1.5, 9.0, 6.0],
                footer=["", "Razem", f"{{{{ {D}.payments_total|money }}}}"],
            )
        with doc.when(f"{D}.payment_method"):
            doc.paragraph(
                "{% set point.n = point.n + 1 %}{{ point.n }}. Sposób wypłaty: "
                f"{{{{ {D}.payment_method }}}}.",
                align="justify",
            )
    with doc.when(f"not {D}.granted"):
        doc.paragraph(
            ("Odmówić", "b"),
            " stronie przyznania pomocy w formie {{ form }}",
            "{{ purpose }}",
            f"{{{{ ' na okres od ' ~ {D}.period_from|date_pl ~ ' do ' ~ {D}.period_to|date_pl"
            f" if {D}.period_from and {D}.period_to else '' }}}}"
            f"{{{{ ' od ' ~ {D}.period_from|date_pl if {D}.period_from and not "
            f"{D}.period_to else '' }}}}"
            f"{{{{ '' if {D}.period_from else '.' }}}}",
            align="justify",
        )

    # 6. uzasadnienie faktyczne i prawne — always printed (see the module docstring).
    doc.spacer(6, keep_with_next=True)
    doc.paragraph(("UZASADNIENIE", "b"), align="center", space_after=6, keep_with_next=True)
    # (the application and the wywiad are named in the preamble; the worker's text follows)
    doc.heading("Uzasadnienie faktyczne", level=2)
    doc.paragraph(f"{{{{ {D}.factual_justification }}}}", align="justify")
    doc.heading("Uzasadnienie prawne", level=2)
    doc.paragraph(f"{{{{ {D}.legal_justification }}}}", align="justify")

    # 7. pouczenie (art. 107 § 1 pkt 7, art. 127 § 1, art. 127a, art. 129 § 1–2 k.p.a.)
    doc.spacer(6, keep_with_next=True)
    doc.paragraph(("POUCZENIE", "b"), align="center", space_after=6, keep_with_next=True)
    # The appeal organ, when the decision names it (appeal_body, in the nominative: a name
    # cannot be declined automatically), follows "którym jest", where the nominative fits.
    doc.paragraph(
        "1. Od niniejszej decyzji stronie służy odwołanie "
        f"{{% if {D}.appeal_body %}}do organu odwoławczego, którym jest "
        f"{{{{ {D}.appeal_body }}}}{{% else %}}do Samorządowego Kolegium "
        "Odwoławczego{% endif %}, wnoszone za pośrednictwem organu, który wydał decyzję (na adres: "
        f"{{{{ {center}.name }}}}, {{{{ {center}.address }}}}), w terminie 14 dni od dnia "
        "doręczenia decyzji (art. 127 § 1 oraz art. 129 § 1 i 2 k.p.a.).",
        align="justify",
    )
    # The end of the pouczenie, the signature and "Otrzymują:" stay together on one page.
    with doc.kept_together():
        # art. 127a § 1 k.p.a. in its wording on the decision's date (socialwork.law.kpa) and
        # the effects of the waiver (art. 107 § 1 pkt 7 k.p.a.)
        doc.tag("set waiver = appeal_waiver(on)")
        with doc.when("waiver"):
            doc.paragraph(
                "2. Strona ma prawo do zrzeczenia się odwołania. {{ waiver }}",
                align="justify",
                keep_with_next=True,
            )
        with doc.when(f"{D}.granted"):
            doc.paragraph(
                "{{ 3 if waiver else 2 }}. Osoba korzystająca ze świadczeń z pomocy społecznej "
                "jest obowiązana "
                "niezwłocznie poinformować organ, który przyznał świadczenie, o każdej zmianie "
                "w swojej sytuacji osobistej, dochodowej i majątkowej, która wiąże się "
                "z podstawą do przyznania świadczenia (art. 109 u.p.s.).",
                align="justify",
                keep_with_next=True,
            )

        # 8. podpis: z upoważnienia, imię i nazwisko, stanowisko służbowe
        signer = f"{D}.signatory"
        doc.spacer(6, keep_with_next=True)
        with doc.when(f"{D}.acting_on_authority and {signer}.on_authority_of"):
            doc.paragraph(f"{{{{ {signer}.on_authority_of }}}}", align="center", indent=RIGHT,
                          space_after=0, keep_with_next=True)
        doc.spacer(26, keep_with_next=True)
        doc.paragraph("…" * 18, align="center", indent=RIGHT, space_after=0, keep_with_next=True)
        doc.paragraph((f"{{{{ {signer}.name }}}}", "b"), align="center", indent=RIGHT,
                      space_after=0, keep_with_next=True)
        doc.paragraph(f"{{{{ {signer}.position }}}}", align="center", indent=RIGHT,
                      space_after=0, keep_with_next=True)
        doc.paragraph(("(podpis osoby upoważnionej do wydania decyzji)", "is"),
                      align="center", indent=RIGHT)

        recipients(doc, D)
    return doc
