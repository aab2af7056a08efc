"""What a worker signs and sends: every registered template (built-in and the example
plugins'), rendered from its example in draft and in final mode —

* no note meant for the worker in the page text (those are Word comments in a draft);
* no draft marker in the final document;
* the law in force on the document's date (the pouczenie of art. 127a § 1 k.p.a.);
* Polish typography in the XML: no ordinary space inside "art. N", "§ N", "ust. N", "pkt N",
  "N <month>", "YYYY r.", "N zł", "N dni"; "Dz. U." with its space.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest

import socialwork as sw
from socialwork.authoring import DRAFT_MARKER
from socialwork.documents import TemplateSpec, templates
from socialwork.documents.text import document_text, xml_parts
from socialwork.law.kpa import appeal_waiver
from socialwork.serialization import from_json

SPECS = [spec for spec in templates() if spec.example is not None]
IDS = [spec.name for spec in SPECS]

# Phrases that only ever address the worker (found in earlier drafts' page text).
WORKER_NOTES = (
    "do uzupełnienia",
    "nie wymaga zgody",
    "Brak zgody",
    "należy uzyskać",
    "NIEZWERYFIKOWAN",
    "UNVERIFIED",
    "nie jest częścią",
    "dołączane w praktyce",
    "sprawdź przed",
    "Uwaga (",
    "socialwork-note",
)
MONTHS = (
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|"
    "listopada|grudnia"
)
BREAKABLE = re.compile(
    r"(?<![\w.])(?:art\.|§|ust\.|pkt|poz\.) \d"  # a citation unit and its number
    r"|\d (?:zł|dni|r\.)(?!\w)"  # an amount, a period, a year
    rf"|(?<!\d)\d{{1,2}} (?:{MONTHS})\b"  # a day and its month
)


def _example(spec: TemplateSpec) -> object:
    assert spec.example is not None
    return from_json(spec.example.read_text(encoding="utf-8"))


def _texts(document: bytes) -> list[str]:
    """The text of every w:t of the body, headers and footers."""
    found: list[str] = []
    for name, xml in xml_parts(document).items():
        if name.startswith(("word/document", "word/header", "word/footer")):
            found += re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml.decode("utf-8"))
    return found


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
@pytest.mark.parametrize("final", [False, True], ids=["draft", "final"])
def test_no_worker_note_in_the_page_text(spec: TemplateSpec, final: bool) -> None:
    text = document_text(sw.render(spec.name, _example(spec), final=final))
    for phrase in WORKER_NOTES:
        assert phrase not in text, (spec.name, phrase)
    assert (DRAFT_MARKER in text) is not final


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_final_document_has_no_comments(spec: TemplateSpec) -> None:
    parts = xml_parts(sw.render(spec.name, _example(spec), final=True))
    assert "word/comments.xml" not in parts
    assert b"commentReference" not in parts["word/document.xml"]


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_citations_dates_and_amounts_do_not_break(spec: TemplateSpec) -> None:
    for text in _texts(sw.render(spec.name, _example(spec), final=True)):
        match = BREAKABLE.search(text)
        assert match is None, (spec.name, match.group(0) if match else "", text[:120])
        assert "Dz.U" not in text, (spec.name, text[:120])



def _decision_example() -> str:
    spec = next(spec for spec in SPECS if spec.name == "decyzja")
    assert spec.example is not None
    return spec.example.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("day", "wording", "other"),
    [
        (dt.date(2023, 5, 11), "W trakcie biegu terminu", "Przed upływem terminu"),
        (dt.date(2023, 5, 12), "Przed upływem terminu", "W trakcie biegu terminu"),
    ],
)
def test_pouczenie_follows_the_law_on_the_decisions_date(
    day: dt.date, wording: str, other: str
) -> None:
    decision = from_json(_decision_example())
    text = document_text(sw.render("decyzja", decision, on=day, final=True))
    assert wording in text and other not in text
    # the effects of the waiver (art. 107 § 1 pkt 7 k.p.a.)
    assert "staje się ostateczna i prawomocna" in text
    assert "skargą do wojewódzkiego sądu administracyjnego" in text


def test_waiver_text_by_date() -> None:
    assert appeal_waiver(dt.date(2017, 5, 31)) is None  # art. 127a in force from 1.06.2017
    old = appeal_waiver(dt.date(2023, 5, 11))
    new = appeal_waiver(dt.date(2023, 5, 12))
    assert old is not None and old.startswith("W trakcie biegu terminu")
    assert new is not None and new.startswith("Przed upływem terminu")


def test_repayable_aid_cites_art_41_pkt_2_with_amount_and_terms() -> None:
    from decimal import Decimal

    decision = from_json(_decision_example())
    repayable = attrs.evolve(
        decision,  # type: ignore[misc]
        repayable=True,
        repayment_amount=Decimal("300.00"),
        repayment_terms="w 3 ratach miesięcznych po 100,00 zł do 10. dnia każdego miesiąca",
    )
    text = document_text(sw.render("decyzja", repayable, final=True))
    assert "art. 41 pkt 2 u.p.s." in text and "art. 41 ust." not in text
    assert "zwrotu kwoty 300,00 zł (słownie: trzysta złotych 00/100)" in text
    assert "w 3 ratach miesięcznych po 100,00 zł" in text
