"""``pozew-ojcostwo-alimenty`` — the pozew o ustalenie ojcostwa i alimenty a social worker
helps a mother to draft. The child sues, represented by the mother, its przedstawiciel
ustawowy (art. 84 § 1 k.r.o.); the mother may join her own claims of art. 141 k.r.o. The
mother signs; the worker who helped is named only in a note for the worker (a Word comment in
a draft, nothing in the final document), as are the UNVERIFIED points below.

Structure: art. 126 k.p.c. (court, parties with PESEL and addresses, kind of pismo, requests,
facts each with its evidence — "dowód: …" under the fact it proves, signature, enclosures) and
art. 187 k.p.c. (precise claim, wartość przedmiotu sporu, facts, information on an
out-of-court solution), as in ``pozew-alimenty``. The requests: the finding of paternity
(art. 72 § 1, art. 84 § 1, art. 85 § 1 k.r.o.), alimony (art. 133 § 1, art. 135 § 1 k.r.o.),
the mother's claims (art. 141 § 1 k.r.o.), a DNA test by an expert witness, witnesses,
security, costs.

UNVERIFIED, so never cited as law in the document:

* wartość przedmiotu sporu: 12 × the monthly alimony (art. 22 k.p.c., quoted by
  obywatelskiebiuroporad.pl) plus the mother's one-off claims (art. 21 k.p.c. as described
  there), rounded up to whole złote (art. 126¹ k.p.c. as described by serwisprawa.pl) — the
  document prints the figure without articles;
* the claimant's freedom from court costs (ustawa o kosztach sądowych w sprawach cywilnych,
  art. 96 — the punkt not verified) — the document names only the act;
* zabezpieczenie (art. 753 k.p.c.) and the rygor natychmiastowej wykonalności — not cited.
"""

from __future__ import annotations

from socialwork.authoring import DocumentBuilder, note_tag

from ._casework_common import pleading_attachments, proven_facts

NAME = "pozew-ojcostwo-alimenty"
TITLE = "Pozew o ustalenie ojcostwa i alimenty (pomoc w sporządzeniu pisma)"
MODEL = "paternity_claim"
EXAMPLE = "pozew-ojcostwo-alimenty.json"

P = "paternity_claim"
RIGHT = 8.5
"""Left indent (cm) of the signature block, in the right half of the page."""


def build() -> DocumentBuilder:
    doc = DocumentBuilder(NAME, title=TITLE, model=MODEL, example=EXAMPLE)
    child = f"{P}.claim.child"
    mother = f"{P}.mother"
    defendant = f"{P}.defendant"

    # The child's designations: "małoletnia powódka" / "małoletni powód", genitive, pronoun.
    doc.tag(f"set f = {child}.sex.value == 'female'")
    doc.tag(f"set minor = {child}.age_on({P}.filed_on) in range(18)")
    doc.tag(
        "set ch_nom = ('małoletnia powódka' if f else 'małoletni powód') if minor else "
        "('powódka' if f else 'powód')"
    )
    doc.tag(
        "set ch_gen = ('małoletniej powódki' if f else 'małoletniego powoda') if minor else "
        "('powódki' if f else 'powoda')"
    )
    doc.tag("set ch_label = 'Powódka' if f else 'Powód'")
    doc.tag("set pron = 'jej' if f else 'jego'")
    doc.tag(f"set mc = {P}.mother_claims")

    doc.paragraph(f"{{{{ {P}.place }}}}, {{{{ on|date_pl }}}}", align="right", space_after=12)
    doc.addressee(
        [
            f"{{{{ {P}.court.name }}}}",
            f"{{{{ {P}.court.department }}}}",
            f"{{{{ {P}.court.address.line1 }}}}",
            f"{{{{ {P}.court.address.line2 }}}}",
        ]
    )

    ids = (
        "{{ ', PESEL ' ~ X.pesel|pesel if X.pesel else (', ' ~ "
        "X.identity_document.kind.label ~ ' nr ' ~ X.identity_document.number "
        "if X.identity_document else '') }}"
    )
    # Parties (art. 126 § 1 pkt 2 and § 2 k.p.c.).
    doc.paragraph(
        ("{{ ch_label }}: ", "b"),
        "{{ ('małoletnia ' if f else 'małoletni ') if minor else '' }}",
        (f"{{{{ {child}.full_name }}}}", "b"),
        f", ur. {{{{ {child}.birth_date|date_pl }}}}",
        ids.replace("X.", f"{child}."),
        space_after=0,
        keep_with_next=True,
    )
    doc.paragraph(f"zam. {{{{ {mother}.address }}}}", indent=0.5, space_after=0,
                  keep_with_next=True)
    doc.paragraph(
        "reprezentowan{{ 'a' if f else 'y' }} przez matkę — przedstawicielkę ustawową: ",
        (f"{{{{ {mother}.person.full_name }}}}", "b"),
        ids.replace("X.", f"{mother}.person."),
        f", zam. {{{{ {mother}.address }}}}",
        indent=0.5,
        space_after=6,
    )
    with doc.when("mc"):
        doc.paragraph(
            ("Powódka (w zakresie roszczeń z art. 141 k.r.o.): ", "b"),
            (f"{{{{ {mother}.person.full_name }}}}", "b"),
            ", matka {{ ch_gen }}, dane jak wyżej",
            space_after=6,
        )
    doc.paragraph(
        ("Pozwany: ", "b"),
        (f"{{{{ {defendant}.person.full_name }}}}", "b"),
        f", ur. {{{{ {defendant}.person.birth_date|date_pl }}}}",
        ids.replace("X.", f"{defendant}.person."),
        space_after=0,
        keep_with_next=True,
    )
    doc.paragraph(f"zam. {{{{ {defendant}.address }}}}", indent=0.5, space_after=8)
    doc.paragraph(
        ("Wartość przedmiotu sporu: ", "b"),
        (f"{{{{ {P}.claim_value_whole|money }}}}", "b"),
        f"{{{{ (' (alimenty za rok: ' ~ {P}.alimony_value|money ~ '; roszczenia matki: ' ~ "
        f"{P}.mother_claims_total|money ~ ')') if mc else '' }}}}"
        + note_tag(
            "Wartość przedmiotu sporu: suma alimentów za rok (art. 22 k.p.c.) i roszczeń "
            "matki (art. 21 k.p.c.), zaokrąglona w górę do pełnych złotych (art. 126(1) "
            "k.p.c.). Brzmienie tych przepisów NIEZWERYFIKOWANE - sprawdź przed złożeniem."
        ),
    )

    doc.title("POZEW")
    doc.paragraph(
        "o ustalenie ojcostwa i alimenty{{ ' oraz o zasądzenie kosztów związanych z ciążą "
        "i porodem' if mc else '' }}"
        f"{{{{ ' wraz z wnioskiem o zabezpieczenie' if {P}.request_security else '' }}}}",
        style="Subtitle",
        align="center",
    )

    # Requests (art. 187 § 1 pkt 1, § 2 k.p.c.).
    doc.paragraph(
        "Działając w imieniu {{ ch_gen }} jako {{ pron }} przedstawicielka ustawowa"
        "{{ ' oraz we własnym imieniu' if mc else '' }}, wnoszę o:",
        align="justify",
        keep_with_next=True,
    )
    doc.tag("set n = namespace(i=1)")
    doc.paragraph(
        "1. ustalenie, że pozwany ",
        (f"{{{{ {defendant}.person.full_name }}}}", "b"),
        f", ur. {{{{ {defendant}.person.birth_date|date_pl }}}}, jest ojcem {{{{ ch_gen }}}} (",
        (f"{{{{ {child}.full_name }}}}", "b"),
        f", ur. {{{{ {child}.birth_date|date_pl }}}}"
        f"{{{{ (', ' ~ {P}.birth_certificate) if {P}.birth_certificate else '' }}}});",
        align="justify",
        indent=0.5,
    )
    doc.paragraph(
        "{% set n.i = n.i + 1 %}{{ n.i }}. zasądzenie od pozwanego na rzecz {{ ch_gen }} "
        "alimentów w kwocie ",
        (f"{{{{ {P}.claim.monthly_amount|money_full }}}}", "b"),
        f" miesięcznie, płatnych z góry do dnia {{{{ {P}.payment_day }}}} każdego miesiąca, "
        f"począwszy od dnia {{{{ {P}.payable_from|date_pl }}}}, do rąk matki — "
        "przedstawicielki ustawowej, wraz z ustawowymi odsetkami za opóźnienie w razie "
        "uchybienia terminowi płatności którejkolwiek z rat;",
        align="justify",
        indent=0.5,
    )
    with doc.when("mc"):
        doc.paragraph(
            "{% set n.i = n.i + 1 %}{{ n.i }}. zasądzenie od pozwanego na rzecz powódki ",
            (f"{{{{ {mother}.person.full_name }}}}", "b"),
            " kwoty ",
            (f"{{{{ {P}.mother_claims_total|money_full }}}}", "b"),
            " wraz z ustawowymi odsetkami za opóźnienie od dnia doręczenia pozwanemu odpisu "
            "pozwu do dnia zapłaty, tytułem:",
            align="justify",
            indent=0.5,
            space_after=0,
            keep_with_next=True,
        )
        with doc.each("c in mc"):
            doc.paragraph(
                "{{ 'abcdefghij'[loop.index0] if loop.index0 in range(10) else loop.index }}) "
                "{{ c.kind.label }}{{ (' za ' ~ plural(c.months, 'miesiąc', 'miesiące', "
                "'miesięcy')) if c.months else '' }} — {{ c.amount|money }}"
                "{{ ';' if loop.last else ',' }}",
                indent=1.0,
                space_after=0,
                align="justify",
            )
        doc.spacer(4)
    with doc.when(f"{P}.request_security"):
        doc.paragraph(
            "{% set n.i = n.i + 1 %}{{ n.i }}. udzielenie zabezpieczenia na czas trwania "
            "postępowania poprzez zobowiązanie pozwanego do płacenia na rzecz {{ ch_gen }} "
            f"kwoty {{{{ ({P}.security_amount or {P}.claim.monthly_amount)|money_full }}}} "
            f"miesięcznie, płatnej z góry do dnia {{{{ {P}.payment_day }}}} każdego miesiąca "
            "do rąk matki — przedstawicielki ustawowej;",
            align="justify",
            indent=0.5,
        )
    with doc.when(f"{P}.request_dna"):
        doc.paragraph(
            "{% set n.i = n.i + 1 %}{{ n.i }}. dopuszczenie i przeprowadzenie dowodu z opinii "
            "biegłego z zakresu genetyki (badanie DNA) na okoliczność pochodzenia {{ ch_gen }} "
            "od pozwanego, z pobraniem materiału biologicznego od {{ ch_gen }}, "
            f"{{{{ pron }}}} matki i pozwanego"
            f"{{{{ (', i zlecenie wykonania badania: ' ~ {P}.dna_institution) if "
            f"{P}.dna_institution else '' }}}};",
            align="justify",
            indent=0.5,
        )
    with doc.when(f"{P}.witnesses"):
        doc.paragraph(
            "{% set n.i = n.i + 1 %}{{ n.i }}. dopuszczenie i przeprowadzenie dowodu z zeznań "
            "świadków:",
            align="justify",
            indent=0.5,
            space_after=0,
            keep_with_next=True,
        )
        with doc.each(f"w in {P}.witnesses"):
            doc.paragraph(
                "– {{ w.name }}{{ (' (' ~ w.function ~ ')') if w.function else '' }}"
                "{{ (', zam. ' ~ w.address) if w.address else '' }}"
                "{{ (' — na okoliczność: ' ~ w.testimony) if w.testimony.strip() else '' }}"
                "{{ ';' if loop.last else ',' }}",
                indent=1.0,
                align="justify",
                space_after=0,
            )
        doc.spacer(4)
    with doc.when(f"{P}.attachments"):
        doc.paragraph(
            "{% set n.i = n.i + 1 %}{{ n.i }}. dopuszczenie i przeprowadzenie dowodów "
            "z dokumentów załączonych do pozwu — na okoliczności wskazane w uzasadnieniu;",
            align="justify",
            indent=0.5,
        )
    doc.paragraph(
        "{% set n.i = n.i + 1 %}{{ n.i }}. zasądzenie od pozwanego kosztów postępowania "
        "według norm przepisanych"
        f"{{{{ ';' if {P}.request_hearing_in_absence else '.' }}}}",
        align="justify",
        indent=0.5,
    )
    with doc.when(f"{P}.request_hearing_in_absence"):
        doc.paragraph(
            "{% set n.i = n.i + 1 %}{{ n.i }}. przeprowadzenie rozprawy także pod nieobecność "
            "przedstawicielki ustawowej {{ ch_gen }}.",
            align="justify",
            indent=0.5,
        )
    doc.spacer(4)
    doc.paragraph(
        ("Data wymagalności roszczenia: ", "b"),
        f"alimenty należne są od dnia {{{{ {P}.payable_from|date_pl }}}} i płatne z góry do "
        f"dnia {{{{ {P}.payment_day }}}} każdego miesiąca.",
        align="justify",
    )
    with doc.when(f"{P}.mediation_info"):
        doc.paragraph(
            ("Informacja o próbie pozasądowego rozwiązania sporu: ", "b"),
            f"{{{{ {P}.mediation_info }}}}",
            align="justify",
        )

    # Uzasadnienie.
    doc.spacer(6, keep_with_next=True)
    doc.paragraph(("UZASADNIENIE", "b"), align="center", space_after=6, keep_with_next=True)
    doc.heading("1. Pochodzenie {{ ch_gen }} od pozwanego", level=2)
    proven_facts(doc, f"{P}.relationship_facts")
    doc.tag(f"set win = {P}.conception_window")
    doc.paragraph(
        f"{{{{ ch_label }}}} urodził{{{{ 'a' if f else '' }}}} się dnia "
        f"{{{{ {child}.birth_date|date_pl }}}}, zatem okres od trzechsetnego do sto "
        "osiemdziesiątego pierwszego dnia przed urodzeniem się dziecka (art. 85 § 1 Kodeksu "
        "rodzinnego i opiekuńczego) przypada od {{ win[0]|date_pl }} do {{ win[1]|date_pl }}"
        f"{{{{ '; w tym czasie matka ' ~ ch_gen ~ ' pozostawała w związku z pozwanym' if "
        f"{P}.relationship_covers_conception else '' }}}}. Zgodnie z tym przepisem "
        "domniemywa się, że ojcem dziecka jest ten, kto obcował z matką dziecka w tym "
        "okresie. Pozwany nie uznał ojcostwa, a ojcostwo może zostać ustalone na mocy "
        "orzeczenia sądu (art. 72 § 1 k.r.o.), na żądanie dziecka lub matki (art. 84 § 1 "
        "k.r.o.)."
        f"{{{{ ' Badanie DNA pozwoli ustalić pochodzenie ' ~ ch_gen ~ ' w sposób pewny.' if "
        f"{P}.request_dna else '' }}}}"
        + note_tag(
            "Podany okres związku nie obejmuje okresu z art. 85 par. 1 k.r.o. (ostrzeżenie "
            "SW-OJC-003): sprawdź daty albo uzupełnij fakty.",
            when=f"not {P}.relationship_covers_conception",
        ),
        align="justify",
    )

    doc.heading("2. Usprawiedliwione potrzeby {{ ch_gen }}", level=2)
    with doc.when(f"{P}.claim.needs"):
        doc.paragraph(
            "Na miesięczne usprawiedliwione potrzeby {{ ch_gen }} "
            f"({{{{ plural({child}.age_on({P}.filed_on), 'rok', 'lata', 'lat') if "
            f"{child}.age_on({P}.filed_on) else 'niemowlę' }}}}) składają się:",
            keep_with_next=True,
            align="justify",
        )
        doc.table(
            ["Lp.", "Wydatek", "Kwota miesięcznie"],
            ["{{ loop.index }}", "{{ need.item }}", "{{ need.monthly_cost|money }}"],
            loop=f"need in {P}.claim.needs",
            widths=[1.3, 10.7, 4.5],
            footer=["", "Razem miesięcznie", f"{{{{ {P}.claim.needs_total|money }}}}"],
        )
    doc.paragraph(
        "Dochodzona kwota alimentów wynosi ",
        (f"{{{{ {P}.claim.monthly_amount|money }}}}", "b"),
        " miesięcznie"
        f"{{{{ (', a matka ' ~ ch_gen ~ ' osiąga dochód w wysokości ' ~ "
        f"{P}.mother_income|money ~ ' miesięcznie') if {P}.mother_income is not none else '' }}}}"
        f"{{{{ ' i ponosi pozostałą część kosztów utrzymania dziecka' if "
        f"{P}.mother_income is not none and {P}.claim.needs_total > {P}.claim.monthly_amount "
        "else '' }}.",
        align="justify",
    )

    doc.heading("3. Możliwości zarobkowe i majątkowe pozwanego", level=2)
    doc.paragraph(f"{{{{ {P}.defendant_earning_capacity }}}}", align="justify")
    with doc.when(f"{P}.defendant_income is not none"):
        doc.paragraph(
            f"Dochód pozwanego wynosi około {{{{ {P}.defendant_income|money }}}} miesięcznie.",
            align="justify",
        )

    with doc.when("mc"):
        doc.heading("4. Roszczenia matki związane z ciążą i porodem", level=2)
        doc.paragraph(
            "Ojciec niebędący mężem matki obowiązany jest przyczynić się w rozmiarze "
            "odpowiadającym okolicznościom do pokrycia wydatków związanych z ciążą i porodem "
            "oraz kosztów trzymiesięcznego utrzymania matki w okresie porodu, a z ważnych "
            "powodów — także przez czas dłuższy (art. 141 § 1 k.r.o.). Powódka dochodzi:"
            + note_tag(
                "Art. 141 k.r.o. przytoczono za źródłami wtórnymi - brzmienie "
                "NIEZWERYFIKOWANE. Roszczenia matki przedawniają się po 3 latach od porodu "
                "(art. 141 par. 2 k.r.o.)."
            ),
            align="justify",
            keep_with_next=True,
        )
        with doc.each("c in mc"):
            doc.paragraph(
                "{{ loop.index }}. ",
                ("{{ c.kind.label|capitalize }}", "b"),
                " — {{ c.amount|money }}: {{ c.description }}"
                "{{ ('; ważne powody dłuższego okresu: ' ~ c.reason) if c.reason else '' }}"
                "{{ '' if (c.reason or c.description).endswith('.') else '.' }}",
                align="justify",
                space_after=0,
                keep_with_next=True,
            )
            with doc.each("proof in c.evidence"):
                doc.paragraph(("dowód: ", "i"), "{{ proof }}", indent=1.0, space_after=0)
            doc.spacer(4)

    doc.heading("{{ 5 if mc else 4 }}. Podstawa prawna żądania alimentów", level=2)
    doc.paragraph(
        "Zgodnie z art. 133 § 1 Kodeksu rodzinnego i opiekuńczego rodzice obowiązani są do "
        "świadczeń alimentacyjnych względem dziecka, które nie jest jeszcze w stanie utrzymać "
        "się samodzielnie. Zakres świadczeń alimentacyjnych zależy od usprawiedliwionych "
        "potrzeb uprawnionego oraz od zarobkowych i majątkowych możliwości zobowiązanego "
        "(art. 135 § 1 k.r.o.). Żądana kwota odpowiada usprawiedliwionym potrzebom "
        "{{ ch_gen }} i mieści się w granicach możliwości zarobkowych i majątkowych "
        "pozwanego.",
        align="justify",
    )
    with doc.when(f"{P}.request_security"):
        doc.paragraph(
            "Wniosek o zabezpieczenie jest uzasadniony: roszczenie zostało uprawdopodobnione "
            "dokumentami załączonymi do pozwu, a bieżące potrzeby {{ ch_gen }} wymagają "
            "zaspokojenia już w czasie trwania postępowania.",
            align="justify",
        )
    with doc.kept_together():
        doc.paragraph(
            "Strona powodowa jest zwolniona od kosztów sądowych z mocy ustawy o kosztach "
            "sądowych w sprawach cywilnych."
            + note_tag(
                "Podstawa zwolnienia od kosztów (art. 96 ust. 1 ustawy o kosztach sądowych "
                "w sprawach cywilnych) - punkt dla spraw o ustalenie ojcostwa "
                "NIEZWERYFIKOWANY."
            ),
            align="justify",
        )
        doc.paragraph(
            "Mając powyższe na uwadze, wnoszę jak na wstępie."
            # for the worker only: a comment in a draft, nothing in the filed pozew
            + f"{{{{ note('Projekt przygotowano z pomocą pracownika socjalnego (' ~ "
            f"{P}.helped_by ~ '). Pozew podpisuje i składa w sądzie matka dziecka jako "
            "przedstawicielka ustawowa - po sprawdzeniu danych i skompletowaniu "
            f"załączników.') if {P}.helped_by else '' }}}}",
            align="justify",
            keep_with_next=True,
        )
        doc.spacer(30, keep_with_next=True)
        doc.paragraph("…" * 18, align="center", indent=RIGHT, space_after=0, keep_with_next=True)
        doc.paragraph((f"{{{{ {mother}.person.full_name }}}}", "b"), align="center",
                      indent=RIGHT, space_after=0, keep_with_next=True)
        doc.paragraph(
            ("(podpis przedstawicielki ustawowej {{ ch_gen }}"
             "{{ ', działającej także we własnym imieniu' if mc else '' }})", "is"),
            align="center",
            indent=RIGHT,
        )
        pleading_attachments(doc, f"{P}.attachments", "pozwanego")
    return doc
