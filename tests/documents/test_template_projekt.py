"""``projekt-socjalny``: every part of a projekt socjalny, budget totals exact in Decimal,
optional sections vanish and the numbering closes up."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import socialwork.documents as documents
from socialwork.documents.catalog import EXAMPLES_DIR
from socialwork.documents.polish import money as _money
from socialwork.documents.polish import money_full as _money_full
from socialwork.documents.text import check_xml, document_text
from socialwork.model.enums import FundingSource, ProjectKind
from socialwork.model.project import BudgetLine, Project
from socialwork.serialization import from_json

NAME = "projekt-socjalny"


def money(amount: Decimal) -> str:
    return _money(amount).replace("\u00a0", " ")


def money_full(amount: Decimal) -> str:
    return _money_full(amount).replace("\u00a0", " ")


@pytest.fixture(scope="module")
def project() -> Project:
    case = from_json((EXAMPLES_DIR / "projekt-socjalny.json").read_text(encoding="utf-8"))
    assert isinstance(case, Project)
    return case


def text(project: Project) -> str:
    document = documents.render(NAME, project, on=dt.date(2026, 12, 1))
    check_xml(document)
    result = document_text(document)
    assert "{{" not in result and "{%" not in result
    assert "None" not in result.split()
    # Line breaks and tabs as one space; non-breaking spaces (dates, amounts) as spaces
    # (they are checked in test_polish_typography).
    return re.sub(r"[ \t\n\u00a0]+", " ", result)


def _headings(t: str) -> list[tuple[int, str]]:
    names = ("Informacje o projekcie", "Diagnoza sytuacji problemowej", "Cele projektu",
             "Grupa docelowa", "Działania i harmonogram realizacji", "Budżet projektu",
             "Rezultaty i wskaźniki", "Ryzyka i sposoby przeciwdziałania",
             "Trwałość rezultatów", "Ewaluacja i monitoring")
    found = []
    for name in names:
        match = re.search(rf"(\d+)\. {name}", t)
        if match:
            found.append((int(match.group(1)), name))
    return found


def test_every_part_of_the_example(project: Project) -> None:
    t = text(project)
    assert "PROJEKT SOCJALNY" in t and f"„{project.title}”" in t
    assert "Rodzaj projektu grupowy" in t
    assert "od 11 stycznia 2027 r. do 30 czerwca 2027 r." in t
    for partner in project.partners:
        assert partner.name in t
    assert project.diagnosis in t and project.main_goal in t
    assert "Liczba uczestników: 12 osób" in t
    for criterion in project.target_group.recruitment_criteria:
        assert criterion in t
    for activity in project.activities:
        assert activity.name in t
        assert f"{activity.start:%d.%m.%Y} – {activity.end:%d.%m.%Y}" in t
    for result in project.results:
        assert result.indicator in t and result.target in t
    for risk in project.risks:
        assert risk.description in t
    assert project.evaluation is not None and project.evaluation in t
    assert [n for n, _ in _headings(t)] == list(range(1, 11))
    assert "Radomierz, 1 grudnia 2026 r." in t


def test_budget_totals_are_exact(project: Project) -> None:
    t = text(project)
    own = project.budget_by_source(FundingSource.OWN)
    external = project.budget_by_source(FundingSource.EXTERNAL)
    assert own == Decimal("2050.50") and external == Decimal("6000.00")
    assert (f"Razem środki własne środki zewnętrzne ogółem {money(own)} {money(external)} "
            f"{money(project.budget_total)}") in t
    assert f"Koszt ogółem: {money_full(project.budget_total)}" in t
    assert "osiem tysięcy pięćdziesiąt złotych 50/100" in t


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2),
            st.sampled_from(list(FundingSource)),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_totals_for_any_budget(lines: list[tuple[Decimal, FundingSource]]) -> None:
    base = from_json((EXAMPLES_DIR / "projekt-socjalny.json").read_text(encoding="utf-8"))
    assert isinstance(base, Project)
    budget = tuple(BudgetLine(item=f"pozycja {i}", amount=amount, source=source)
                   for i, (amount, source) in enumerate(lines))
    case = attrs.evolve(base, budget=budget)
    own = sum((a for a, s in lines if s is FundingSource.OWN), Decimal("0.00"))
    external = sum((a for a, s in lines if s is FundingSource.EXTERNAL), Decimal("0.00"))
    total = own + external
    t = text(case)
    assert f"{money(own)} {money(external)} {money(total)}" in t
    assert f"Koszt ogółem: {money_full(total)}" in t


def test_no_budget(project: Project) -> None:
    t = text(attrs.evolve(project, budget=()))
    assert "nie przewiduje kosztów" not in t  # never an invented statement
    assert "Budżet projektu …" in t  # ruled lines to complete by hand
    assert "Koszt ogółem" not in t


def test_optional_sections_vanish_and_numbering_closes_up(project: Project) -> None:
    bare = attrs.evolve(project, partners=(), results=(), risks=(), sustainability=None,
                        evaluation=None, goals=(), activities=(),
                        kind=ProjectKind.INDIVIDUAL)
    t = text(bare)
    headings = _headings(t)
    assert [n for n, _ in headings] == list(range(1, 8))
    names = [name for _, name in headings]
    assert "Rezultaty i wskaźniki" not in names and "Trwałość rezultatów" not in names
    assert names[-1] == "Ewaluacja i monitoring"
    assert "Partnerzy" not in t and "Cele szczegółowe" not in t
    assert "Rodzaj projektu indywidualny" in t
    assert "7. Ewaluacja i monitoring …" in t  # to be completed by hand
    assert "Działania zostaną określone" not in t  # never an invented statement
    assert "Działania i harmonogram realizacji …" in t


def test_approval_and_signatures(project: Project) -> None:
    t = text(project)
    assert project.approval is not None
    assert "Zatwierdzam dnia 14 grudnia 2026 r." in t
    assert "r.:" not in t  # no colon after the "r." of a date
    assert project.approval.approved_by.name in t
    assert "(podpis autora projektu)" in t
    assert "(data, podpis i pieczęć kierownika ośrodka lub osoby upoważnionej)" in t
    unapproved = text(attrs.evolve(project, approval=None))
    assert "Zatwierdzam:" in unapproved
    assert project.organiser.head.name in unapproved


def test_gallery_preview_exists() -> None:
    assert (Path(__file__).parents[2] / "docs" / "gallery" / f"{NAME}.png").is_file()


def test_polish_typography(project: Project) -> None:
    raw = document_text(documents.render(NAME, project, on=dt.date(2026, 12, 1)), nbsp=True)
    assert "1\u00a0grudnia 2026\u00a0r." in raw
    assert "8\u00a0050,50\u00a0zł" in raw  # thousands and "zł" never split from the digits
    assert "12\u00a0osób" in raw
