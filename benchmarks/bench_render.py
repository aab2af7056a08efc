"""Rendering throughput: socialwork's engine against a plain docxtpl loop, in one run.

    python benchmarks/bench_render.py [--template skierowanie] [--seconds 5] [--json]

Both sides render the same template with the same context (``socialwork.documents.context``)
through the same sandboxed, autoescaping environment:

* **plain docxtpl** — the usual loop: ``DocxTemplate(BytesIO(template_bytes))``, ``render``,
  ``save`` to memory, per document;
* **socialwork** — ``socialwork.render(name, case)``: the public API, including building the
  context and the plugin hooks; the template compiled once, unchanged zip members copied
  still compressed.

It checks that both give the same document text (up to socialwork's Polish typography:
no-break spaces and „…” quotes) and that ours is deterministic, then
times the two sides interleaved — one plain document, ten of ours, repeated — so a change in
machine load affects both alike, and reports documents per second of each and the ratio
(the project's floor is 5×). Only the ratio, measured in the same run, is meaningful.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import sys
import time
from collections.abc import Callable
from typing import Any


def _case() -> object:
    from socialwork.model.common import Attachment, Institution
    from socialwork.model.enums import CenterKind, Sex
    from socialwork.model.people import Address, Client, Contact, Person
    from socialwork.model.referral import Consent, EmploymentDetails, Referral, ReferralKind
    from socialwork.model.staff import Center, Signatory, SocialWorker

    person = Person(id="p1", first_name="Jan", last_name="Kowalski",
                    birth_date=dt.date(1944, 5, 14), sex=Sex.MALE, pesel="44051401359")
    address = Address(city="Zielonka", postal_code="05-220", street="Leśna", building="5")
    return Referral(
        id="ref-1",
        kind=ReferralKind.PUP,
        client=Client(id="c1", person=person, address=address, contact=Contact(phone="600100200")),
        center=Center(id="mops", name="Miejski Ośrodek Pomocy Społecznej w Zielonce",
                      kind=CenterKind.MOPS, address=address,
                      head=Signatory(name="Anna Nowak", position="Dyrektor")),
        worker=SocialWorker(id="w1", first_name="Ewa", last_name="Wiśniewska"),
        target=Institution(name="Powiatowy Urząd Pracy w Wołominie", address=address),
        created_on=dt.date(2026, 11, 20),
        justification="Osoba długotrwale bezrobotna & <gotowa> do podjęcia pracy.\n" * 5,
        reference_number="OPS.4011.52.2026",
        consent=Consent(given_by="Jan Kowalski", given_on=dt.date(2026, 11, 18)),
        employment=EmploymentDetails(labour_status="osoba bezrobotna",
                                     support_requested=("doradztwo", "szkolenie")),
        attachments=tuple(Attachment(title=f"Załącznik {i}") for i in range(1, 21)),
    )


def _measure(
    plain: Callable[[], bytes], ours: Callable[[], bytes], seconds: float
) -> tuple[tuple[float, int], tuple[float, int]]:
    """Interleave the two sides (one plain document, then a batch of ours, repeated) so that a
    change in machine load affects both alike; returns (docs/s, count) of each."""
    plain()
    ours()  # warm up: imports, the compile cache
    timings = {"plain": 0.0, "ours": 0.0}
    counts = {"plain": 0, "ours": 0}
    batch = 10
    start = time.perf_counter()
    while time.perf_counter() - start < 2 * seconds or counts["plain"] < 5:
        t0 = time.perf_counter()
        plain()
        t1 = time.perf_counter()
        for _ in range(batch):
            ours()
        t2 = time.perf_counter()
        timings["plain"] += t1 - t0
        timings["ours"] += t2 - t1
        counts["plain"] += 1
        counts["ours"] += batch
    return (
        (counts["plain"] / timings["plain"], counts["plain"]),
        (counts["ours"] / timings["ours"], counts["ours"]),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--template", default="skierowanie")
    parser.add_argument("--seconds", type=float, default=5.0,
                        help="about this many seconds per side, interleaved (default 5)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from docxtpl import DocxTemplate

    import socialwork.documents as documents
    from socialwork.documents.environment import DocumentEnvironment
    from socialwork.documents.text import check_xml, document_text

    spec = documents.get_template(args.template)
    case = _case()
    context: dict[str, Any] = documents.context(spec, case)
    template_bytes = spec.path.read_bytes()

    def plain() -> bytes:
        template = DocxTemplate(io.BytesIO(template_bytes))
        template.render(context, DocumentEnvironment(), autoescape=True)
        buffer = io.BytesIO()
        template.save(buffer)
        return buffer.getvalue()

    def ours() -> bytes:
        return documents.render(spec, case)

    reference, fast = plain(), ours()
    check_xml(fast)
    # socialwork adds Polish typography (no-break spaces, „…” quotes): compare the words
    def words(text: str) -> str:
        return text.replace("\u00a0", " ").replace("„", '"').replace("”", '"')

    same_text = words(document_text(reference)) == words(document_text(fast))
    deterministic = ours() == fast
    (plain_rate, plain_count), (our_rate, our_count) = _measure(plain, ours, args.seconds)
    result = {
        "template": spec.name,
        "plain_docxtpl_docs_per_s": round(plain_rate, 1),
        "socialwork_docs_per_s": round(our_rate, 1),
        "ratio": round(our_rate / plain_rate, 1),
        "documents": {"plain": plain_count, "socialwork": our_count},
        "same_text": same_text,
        "deterministic": deterministic,
        "size_bytes": {"plain": len(reference), "socialwork": len(fast)},
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"template            {spec.name} ({len(template_bytes):,} bytes)")
        print(f"plain docxtpl loop  {plain_rate:8.1f} docs/s  ({plain_count} documents)")
        print(f"socialwork.render   {our_rate:8.1f} docs/s  ({our_count} documents)")
        print(f"ratio               {our_rate / plain_rate:8.1f}×  (floor: 5×)")
        print(f"same text           {same_text}")
        print(f"deterministic       {deterministic}")
    return 0 if same_text and deterministic else 1


if __name__ == "__main__":
    sys.exit(main())
