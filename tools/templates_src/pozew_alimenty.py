"""``pozew-alimenty`` — a pozew o alimenty a social worker helps a client to draft. The claimant
signs: for a minor child, the przedstawiciel ustawowy (art. 126 k.p.c.); a child of age is a
party in its own right and signs itself (it is not represented, and alimony is paid into its
own hands; ``socialwork validate`` flags such a claim, SW-POZ-001). The worker only helps: the
draft says so in a Word comment, which the final document does not carry.

Structure:

* art. 126 k.p.c. (every pismo procesowe): the court (Sąd Rejonowy, Wydział Rodzinny
  i Nieletnich), the parties and the legal representative with PESEL and addresses (first
  pismo, § 2), the kind of pismo ("POZEW O ALIMENTY"), the requests, the facts with evidence,
  the signature of the przedstawiciel ustawowy and the list of attachments;
* art. 187 § 1 k.p.c.: a precisely stated claim (monthly sum per child, payable in advance by
  a given day of each month to the representative, with statutory interest when late), the
  wartość przedmiotu sporu, the date the claim falls due, the facts, and the information on
  mediation or why it was not tried; art. 187 § 2: optional requests (zabezpieczenie
  powództwa, hearing in the claimant's absence, evidence);
* the justification: the child's usprawiedliwione potrzeby itemised in a table with the monthly
  total, and the defendant's możliwości zarobkowe i majątkowe (art. 133 § 1, art. 135 § 1
  k.r.o.).

UNVERIFIED, so never cited as law in the document:

* wartość przedmiotu sporu = 12 × the monthly sums (art. 22 k.p.c.) — the document prints
  ``alimony_claim.claim_value`` without citing the article; the rounding up to whole złote of
  art. 126¹ k.p.c. is not applied (not verified either);
* the basis of the claimant's freedom from court costs (art. 96 ust. 1 pkt 2 ustawy o kosztach
  sądowych w sprawach cywilnych) — the document states the freedom (verified) and names only
  the act;
* zabezpieczenie (art. 753 k.p.c.) and rygor natychmiastowej wykonalności (art. 333 § 1 pkt 1
  k.p.c., given by the court of its own motion) — not cited; rygor is not asked for.
"""

from __future__ import annotations

from socialwork.authoring import DocumentBuilder, note_tag

NAME = "pozew-alimenty"
TITLE = "Pozew o alimenty (pomoc w sporządzeniu pisma)"
MODEL = "alimony_claim"
EXAMPLE = "pozew-alimenty.json"

A = "alimony_claim"
RIGHT = 8.5
"""Left indent (cm) of the signature block, in the right half of the page."""


def _child_role(child: str, minor: str, adult: str) -> str:
    """A Jinja expression choosing a child's designation by sex and age on the filing date.

    ``minor`` and ``adult`` are ``"masculine|feminine"`` pairs, e.g.
    ``"małoletniego powoda|małoletniej powódki"``. ``in range(18)`` instead of ``< 18``: a
    ``{%p %}`` tag is safer without XML-escaped characters.
    """
    minor_m, minor_f = minor.split("|")
    adult_m, adult_f = adult.split("|")
    female = f"{child}.sex.value == 'female'"
    return (
        f"((('{minor_f}' if {female} else '{minor_m}') if {child}.age_on({A}.filed_on) in "
        f"range(18) else ('{adult_f}' if {female} else '{adult_m}')))"
    )


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    claims = f"{A}.claims"
    rep = f"{A}.representative"
    defendant = f"{A}.defendant"

    # Designations of the claimant(s) and the defendant in the right grammatical form.
    # g.minor: every child is a minor; g.adult: some child is of age (18+) — an adult child
    # is a party in its own right: not represented, alimony paid to the child itself
    doc.tag("set g = namespace(minor=true, female=true, adult=false, some_minor=false)")
    with doc.each(f"c in {claims}"):
        doc.tag(f"set g.minor = g.minor and c.child.age_on({A}.filed_on) in range(18)")
        doc.tag(f"set g.some_minor = g.some_minor or c.child.age_on({A}.filed_on) in range(18)")
        doc.tag(f"set g.adult = g.adult or c.child.age_on({A}.filed_on) not in range(18)")
        doc.tag("set g.female = g.female and c.child.sex.value == 'female'")
    doc.tag(f"set many = {claims}|length != 1")
    doc.tag(f"set first = {claims}[0].child")
    doc.tag(
        "set claimant_gen = (('małoletnich ' if g.minor else '') ~ "
        "('powódek' if g.female else 'powodów')) if many else "
        + _child_role("first", "małoletniego powoda|małoletniej powódki", "powoda|powódki")
    )
    doc.tag(
        "set claimant_label = ('Powódki' if g.female else 'Powodowie') if many else "
        "('Powódka' if first.sex.value == 'female' else 'Powód')"
    )
    doc.tag("set pron = 'ich' if many else ('jej' if first.sex.value == 'female' else 'jego')")
    doc.tag(f"set def_female = {defendant}.person.sex.value == 'female'")
    doc.tag("set def_nom = 'Pozwana' if def_female else 'Pozwany'")
    doc.tag("set def_gen = 'pozwanej' if def_female else 'pozwanego'")
    doc.tag("set def_acc = 'pozwaną' if def_female else 'pozwanego'")

    # Place and date, then the court (art. 126 § 1 pkt 1 k.p.c.).
    doc.paragraph(f"{{{{ {A}.place }}}}, {{{{ on|date_pl }}}}", align="right",
                  space_after=12)
    doc.addressee(
        [
            f"{{{{ {A}.court.name }}}}",
            f"{{{{ {A}.court.department }}}}",
            f"{{{{ {A}.court.address.line1 }}}}",
            f"{{{{ {A}.court.address.line2 }}}}",
        ]
    )

    # Parties (art. 126 § 1 pkt 2 and § 2 k.p.c.: names, PESEL of the claimant, addresses).
    person_ids = (
        "{{ ', PESEL ' ~ P.pesel|pesel if P.pesel else (', ' ~ "
        "P.identity_document.kind.label ~ ' nr ' ~ P.identity_document.number "
        "if P.identity_document else '') }}"
    )
    with doc.when("not many"):
        doc.paragraph(
            ("{{ claimant_label }}: ", "b"),
            "{{ "
            + _child_role("first", "małoletni|małoletnia", "|")
            + " ~ ' ' if "
            + f"first.age_on({A}.filed_on) in range(18) else '' }}}}",
            ("{{ first.full_name }}", "b"),
            ", ur. {{ first.birth_date|date_pl }}",
            person_ids.replace("P.", "first."),
            space_after=0,
            keep_with_next=True,
        )
    with doc.when("many"):
        doc.paragraph(("{{ claimant_label }}:", "b"), space_after=0, keep_with_next=True)
        with doc.each(f"c in {claims}"):
            doc.paragraph(
                "{{ loop.index }}. {{ "
                + _child_role("c.child", "małoletni|małoletnia", "|")
                + " ~ ' ' if "
                + f"c.child.age_on({A}.filed_on) in range(18) else '' }}}}",
                ("{{ c.child.full_name }}", "b"),
                ", ur. {{ c.child.birth_date|date_pl }}",
                person_ids.replace("P.", "c.child."),
                indent=0.5,
                space_after=0,
                keep_with_next=True,
            )
    # The model has no address of its own for a child: the child lives with the
    # representative who cares for it.
    doc.paragraph(f"zam. {{{{ {rep}.address }}}}", indent=0.5, space_after=0,
                  keep_with_next=True)
    # A child of age (18+) is a party in its own right (art. 65 § 1 k.p.c.): it is not
    # represented, and alimony is paid into its own hands. Only minors are represented.
    with doc.when("g.minor or g.some_minor"):
        doc.paragraph(
            "{{ ('reprezentowan' ~ (('e' if g.female else 'i') if many else ('a' if "
            "first.sex.value == 'female' else 'y'))) if g.minor else "
            "'małoletni powodowie reprezentowani' }} przez przedstawiciela ustawowego: ",
            (f"{{{{ {rep}.person.full_name }}}}", "b"),
            f" ({{{{ {A}.representative_relation }}}})",
            person_ids.replace("P.", f"{rep}.person."),
            f", zam. {{{{ {rep}.address }}}}"
            + note_tag(
                "Pełnoletnie dziecko jest stroną we własnym imieniu: samo podpisuje pozew "
                "(lub udziela pełnomocnictwa), a alimenty są płatne do jego rąk.",
                when="g.adult",
            ),
            indent=0.5,
            space_after=8,
        )
    with doc.when("not g.minor and not g.some_minor"):
        doc.spacer(8)
    doc.paragraph(
        ("{{ def_nom }}: ", "b"),
        (f"{{{{ {defendant}.person.full_name }}}}", "b"),
        f" ({{{{ {A}.defendant_relation }}}} "
        "{{ claimant_gen.split(' ')[-1] }})",
        person_ids.replace("P.", f"{defendant}.person."),
        space_after=0,
        keep_with_next=True,
    )
    doc.paragraph(f"zam. {{{{ {defendant}.address }}}}", indent=0.5, space_after=8)
    # Wartość przedmiotu sporu = 12 × the monthly sums (art. 22 k.p.c. — UNVERIFIED in the
    # reference; the article is therefore not cited in the document).
    doc.paragraph(("Wartość przedmiotu sporu: ", "b"), (f"{{{{ {A}.claim_value|money }}}}", "b"))

    doc.title("POZEW O ALIMENTY")
    with doc.when(f"{A}.request_security"):
        doc.paragraph("wraz z wnioskiem o zabezpieczenie powództwa", style="Subtitle",
                      align="center")

    # Requests (art. 187 § 1 pkt 1, § 2 k.p.c.).
    doc.paragraph(
        "{{ ('Działając w imieniu ' ~ claimant_gen ~ ' jako ' ~ pron ~ ' przedstawiciel "
        "ustawowy, wnoszę o:') if g.minor else ('Wnoszę o:' if not many else "
        "('Wnosimy o:' if not g.some_minor else 'Działając we własnym imieniu (powodowie "
        "pełnoletni) oraz w imieniu małoletnich powodów przez ich przedstawiciela "
        "ustawowego, wnosimy o:')) }}",
        align="justify",
        keep_with_next=True,
    )
    doc.tag("set point = namespace(n=1)")
    with doc.when("not many"):
        doc.paragraph(
            "1. zasądzenie od {{ def_gen }} na rzecz {{ claimant_gen }} alimentów w kwocie ",
            (f"{{{{ {claims}[0].monthly_amount|money_full }}}}", "b"),
            " miesięcznie, płatnych z góry do dnia "
            f"{{{{ {A}.payment_day }}}} każdego miesiąca, począwszy od dnia "
            f"{{{{ {A}.payable_from|date_pl }}}}, do rąk "
            "{{ ('przedstawiciela ustawowego ' ~ claimant_gen.split(' ')[-1]) if g.minor "
            "else claimant_gen }}, wraz z ustawowymi odsetkami za opóźnienie "
            "w razie uchybienia terminowi płatności którejkolwiek z rat;",
            align="justify",
            indent=0.5,
        )
    with doc.when("many"):
        doc.paragraph(
            "1. zasądzenie od {{ def_gen }} alimentów:",
            indent=0.5,
            space_after=0,
            keep_with_next=True,
        )
        with doc.each(f"c in {claims}"):
            doc.paragraph(
                "{{ 'abcdefghijklmnopqrstuvwxyz'[loop.index0] if loop.index0 in range(26) "
                "else loop.index }}) na rzecz "
                + "{{ "
                + _child_role("c.child", "małoletniego powoda|małoletniej powódki",
                              "powoda|powódki")
                + " }} ({{ c.child.full_name }}) w kwocie ",
                ("{{ c.monthly_amount|money_full }}", "b"),
                " miesięcznie, do rąk {{ ('przedstawiciela ustawowego' if "
                f"c.child.age_on({A}.filed_on) in range(18) else ('powódki' if "
                "c.child.sex.value == 'female' else 'powoda')) }},",
                align="justify",
                indent=1.0,
                space_after=0,
            )
        doc.paragraph(
            f"płatnych z góry do dnia {{{{ {A}.payment_day }}}} każdego miesiąca, począwszy od "
            f"dnia {{{{ {A}.payable_from|date_pl }}}}, wraz z ustawowymi odsetkami za "
            "opóźnienie w razie uchybienia terminowi płatności którejkolwiek z rat;",
            align="justify",
            indent=0.5,
        )
    with doc.when(f"{A}.request_security"):
        # zabezpieczenie on the time of the case: art. 753 k.p.c. is UNVERIFIED — not cited.
        doc.paragraph(
            # the amount is per child (each child's own claim), never a joint sum
            "{% set point.n = point.n + 1 %}{{ point.n }}. udzielenie zabezpieczenia "
            "powództwa na czas trwania postępowania poprzez zobowiązanie {{ def_gen }} do "
            "płacenia "
            f"{{{{ ('na rzecz ' ~ claimant_gen ~ ' kwoty ' ~ {A}.security_amount|money_full "
            f"~ ' miesięcznie') if {A}.security_amount is not none and not many else "
            f"('na rzecz każdego z ' ~ claimant_gen ~ ' kwoty ' ~ "
            f"{A}.security_amount|money_full ~ ' miesięcznie') if {A}.security_amount is "
            "not none else ('na rzecz ' ~ claimant_gen ~ ' alimentów w ' ~ ('kwotach "
            "wskazanych w pkt 1 (odrębnie dla każdego z nich)' if many else 'kwocie wskazanej "
            "w pkt 1')) }}, "
            f"płatn{{{{ 'ej' if {A}.security_amount is not none or not many else 'ych' }}}} "
            "z góry "
            f"do dnia {{{{ {A}.payment_day }}}} każdego miesiąca do rąk "
            "{{ ('przedstawiciela ustawowego ' ~ claimant_gen.split(' ')[-1]) if g.minor "
            "else ('uprawnionych' if many else claimant_gen) }};",
            align="justify",
            indent=0.5,
        )
    doc.paragraph(
        "{% set point.n = point.n + 1 %}{{ point.n }}. zasądzenie od {{ def_gen }} na rzecz "
        "{{ claimant_gen }} kosztów postępowania według norm przepisanych;",
        align="justify",
        indent=0.5,
    )
    with doc.when(f"{A}.evidence"):
        doc.paragraph(
            "{% set point.n = point.n + 1 %}{{ point.n }}. przeprowadzenie następujących dowodów:",
            indent=0.5,
            space_after=0,
            keep_with_next=True,
        )
        with doc.each(f"item in {A}.evidence"):
            doc.paragraph("– {{ item }}{{ ';' if loop.last else ',' }}", indent=1.0,
                          space_after=0, align="justify")
    with doc.when(f"{A}.request_hearing_in_absence"):
        doc.paragraph(
            "{% set point.n = point.n + 1 %}{{ point.n }}. przeprowadzenie rozprawy także pod "
            "nieobecność przedstawiciela ustawowego {{ claimant_gen.split(' ')[-1] }}.",
            align="justify",
            indent=0.5,
        )
    doc.spacer(4)
    # art. 187 § 1 pkt 1¹ and pkt 3 k.p.c.: the date the claim falls due; mediation.
    doc.paragraph(
        ("Data wymagalności roszczenia: ", "b"),
        f"alimenty należne są od dnia {{{{ {A}.payable_from|date_pl }}}} i płatne z góry do "
        f"dnia {{{{ {A}.payment_day }}}} każdego miesiąca.",
        align="justify",
    )
    doc.paragraph(
        ("Informacja o próbie mediacji lub innego pozasądowego rozwiązania sporu: ", "b"),
        f"{{{{ {A}.mediation_info }}}}",
        align="justify",
    )

    # Uzasadnienie: facts, needs, the defendant's means, the law.
    doc.spacer(6, keep_with_next=True)
    doc.paragraph(("UZASADNIENIE", "b"), align="center", space_after=6, keep_with_next=True)
    doc.heading("1. Stan faktyczny", level=2)
    doc.paragraph(f"{{{{ {A}.facts }}}}", align="justify")

    doc.heading("2. Usprawiedliwione potrzeby {{ claimant_gen }}", level=2)
    with doc.each(f"c in {claims}"):
        doc.tag(
            "set role = "
            + _child_role("c.child", "małoletniego powoda|małoletniej powódki",
                          "powoda|powódki")
        )
        with doc.when("many"):
            doc.paragraph(
                ("{{ c.child.full_name }}", "b"),
                f" (ur. {{{{ c.child.birth_date|date_pl }}}}, "
                f"{{{{ plural(c.child.age_on({A}.filed_on), 'rok', 'lata', 'lat') }}}})",
                keep_with_next=True,
            )
        with doc.when("not many"):
            doc.paragraph(
                "{{ "
                + _child_role("c.child", "Małoletni powód|Małoletnia powódka", "Powód|Powódka")
                + " }} ma "
                f"{{{{ plural(c.child.age_on({A}.filed_on), 'rok', 'lata', 'lat') }}}}."
                "{{ (' Na ' ~ ('jej' if c.child.sex.value == 'female' else 'jego') ~ "
                "' miesięczne usprawiedliwione potrzeby składają się:') if c.needs else '' }}",
                keep_with_next=True,
                align="justify",
            )
        with doc.when("c.needs"):
            doc.table(
                ["Lp.", "Wydatek", "Kwota miesięcznie"],
                ["{{ loop.index }}", "{{ need.item }}", "{{ need.monthly_cost|money }}"],
                loop="need in c.needs",
                widths=[1.3, 10.7, 4.5],
                footer=["", "Razem miesięcznie", "{{ c.needs_total|money }}"],
            )
        doc.paragraph(
            "{{ ('Łączny miesięczny koszt utrzymania ' ~ role ~ ' wynosi ' ~ "
            "c.needs_total|money ~ '. ') if c.needs else '' }}"
            "Dochodzona kwota alimentów na rzecz {{ role }} wynosi ",
            ("{{ c.monthly_amount|money }}", "b"),
            " miesięcznie.",
            align="justify",
        )

    doc.heading("3. Możliwości zarobkowe i majątkowe {{ def_gen }}", level=2)
    doc.paragraph(f"{{{{ {A}.defendant_earning_capacity }}}}", align="justify")
    # the income in figures only when the description does not give it already
    with doc.when(f"{A}.defendant_income is not none and ({A}.defendant_income|money|"
                  f"replace('\u00a0', ' ')|replace(',00 zł', '')) not in "
                  f"{A}.defendant_earning_capacity|replace('\u00a0', ' ')"):
        doc.paragraph(
            "Dochód {{ def_gen }} wynosi około "
            f"{{{{ {A}.defendant_income|money }}}} miesięcznie.",
            align="justify",
        )
    with doc.when(f"{A}.representative_income is not none"):
        doc.paragraph(
            "Przedstawiciel ustawowy {{ claimant_gen.split(' ')[-1] }} osiąga dochód w wysokości "
            f"{{{{ {A}.representative_income|money }}}} miesięcznie.",
            align="justify",
        )

    doc.heading("4. Podstawa prawna żądania", level=2)
    doc.paragraph(
        "Zgodnie z art. 133 § 1 Kodeksu rodzinnego i opiekuńczego rodzice obowiązani są do "
        "świadczeń alimentacyjnych względem dziecka, które nie jest jeszcze w stanie utrzymać "
        "się samodzielnie. Zakres świadczeń alimentacyjnych zależy od usprawiedliwionych "
        "potrzeb uprawnionego oraz od zarobkowych i majątkowych możliwości zobowiązanego "
        "(art. 135 § 1 k.r.o.). {{ 'Żądane kwoty odpowiadają' if many else "
        "'Żądana kwota odpowiada' }} usprawiedliwionym potrzebom "
        "{{ claimant_gen }} i {{ 'mieszczą' if many else 'mieści' }} się w granicach "
        "możliwości zarobkowych i majątkowych "
        "{{ def_gen }}.",
        align="justify",
    )
    with doc.when(f"{A}.request_security"):
        doc.paragraph(
            "Wniosek o zabezpieczenie powództwa jest uzasadniony: roszczenie zostało "
            "uprawdopodobnione dokumentami załączonymi do pozwu, a bieżące potrzeby "
            "{{ claimant_gen }} wymagają zaspokojenia już w czasie trwania postępowania.",
            align="justify",
        )
    # the last paragraphs, the signature and the enclosures stay on one page
    with doc.kept_together():
        doc.paragraph(
            "Strona powodowa jest zwolniona od kosztów sądowych z mocy ustawy o kosztach "
            "sądowych w sprawach cywilnych jako strona dochodząca alimentów.",
            align="justify",
        )
        doc.paragraph(
            "Mając powyższe na uwadze, {{ 'wnosimy' if many and not g.minor else 'wnoszę' }} "
            "jak na wstępie."
            # for the worker only: a comment in a draft, nothing in the filed pozew
            + f"{{{{ note('Projekt przygotowano z pomocą pracownika socjalnego (' ~ "
            f"{A}.helped_by ~ '). Pozew podpisuje i składa w sądzie strona (za małoletnich: "
            f"przedstawiciel ustawowy) po sprawdzeniu danych i skompletowaniu załączników.') "
            f"if {A}.helped_by else '' }}}}",
            align="justify",
            keep_with_next=True,
        )

        # Signatures (art. 126 § 1 pkt 6 k.p.c.): the przedstawiciel ustawowy of the minors,
        # and every adult child itself.
        with doc.when("g.some_minor"):
            doc.spacer(30, keep_with_next=True)
            doc.paragraph("…" * 18, align="center", indent=RIGHT, space_after=0,
                          keep_with_next=True)
            doc.paragraph((f"{{{{ {rep}.person.full_name }}}}", "b"), align="center",
                          indent=RIGHT, space_after=0, keep_with_next=True)
            doc.paragraph(
                ("(podpis przedstawiciela ustawowego {{ claimant_gen.split(' ')[-1] if "
                 "g.minor else 'małoletnich powodów' }})", "is"),
                align="center", indent=RIGHT,
            )
        with (
            doc.each(f"c in {claims}"),
            doc.when(f"c.child.age_on({A}.filed_on) not in range(18)"),
        ):
                doc.spacer(24, keep_with_next=True)
                doc.paragraph("…" * 18, align="center", indent=RIGHT, space_after=0,
                              keep_with_next=True)
                doc.paragraph(("{{ c.child.full_name }}", "b"), align="center",
                              indent=RIGHT, space_after=0, keep_with_next=True)
                doc.paragraph(
                    ("({{ 'podpis powódki' if c.child.sex.value == 'female' else "
                     "'podpis powoda' }})", "is"),
                    align="center", indent=RIGHT,
                )

        # Załączniki (art. 126 § 1 pkt 7 k.p.c.): the copy for the defendant always comes first.
        doc.spacer(8, keep_with_next=True)
        doc.paragraph(("Załączniki:", "bu"), space_after=0, keep_with_next=True)
        doc.tag("set att = namespace(copy=false)")
        with doc.each(f"a in {A}.attachments"):
            doc.tag("set att.copy = att.copy or a.title.lower().startswith('odpis pozwu')")
        with doc.when("not att.copy"):
            doc.paragraph("1. odpis pozwu wraz z załącznikami dla {{ def_gen }}", indent=0.5,
                          space_after=0)
        with doc.each(f"a in {A}.attachments"):
            doc.paragraph(
                "{{ loop.index + (0 if att.copy else 1) }}. {{ a.title }}"
                + note_tag("Tego załącznika jeszcze nie ma: dołącz go przed złożeniem pozwu.",
                           when="not a.provided"),
                indent=0.5,
                space_after=0,
            )
    return doc
