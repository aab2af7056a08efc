"""Gmina Przykładowo's local layer: dormant by default, then figures, rule and letterhead."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from importlib import metadata
from typing import Any

import pytest
import socialwork_gmina_przyklad.plugin as plugin
from gmina_cases import interview
from socialwork_gmina_przyklad import config
from socialwork_gmina_przyklad.local import meal_criterion

from socialwork.law import parameters
from socialwork.law.allowances import periodic_allowance
from socialwork.plugins import run_extend_context
from socialwork.plugins.discovery import installed
from socialwork.plugins.testing import plugins_registered
from socialwork.rules import validate

DIST = "socialwork-gmina-przyklad"
ON = dt.date(2025, 6, 10)


@pytest.fixture
def active(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(config.ENV_VAR, "1")


@pytest.fixture
def dormant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(config.ENV_VAR, raising=False)


def test_installed_as_an_entry_point_plugin() -> None:
    found = [c for c in installed() if c.distribution == DIST]
    assert len(found) == 1
    assert found[0].version == metadata.version(DIST)
    assert found[0].entry_point.value == "socialwork_gmina_przyklad.plugin"


def test_dormant_plugin_changes_nothing(dormant: None) -> None:
    with plugins_registered((DIST, plugin)) as registry:
        assert registry.registered_by(DIST) == {}
        context: dict[str, Any] = {}
        run_extend_context("t", "o", context)
        assert context == {}
        share = parameters.value("periodic_allowance.gap_share", ON)
    assert share == Decimal("0.50")


@pytest.mark.parametrize("value", ["", "0", "nie", "off"])
def test_only_an_explicit_yes_activates(value: str) -> None:
    assert not config.active({config.ENV_VAR: value})
    assert config.active({config.ENV_VAR: " TAK "})


def test_active_plugin_registers_its_figure_and_rule(active: None) -> None:
    with plugins_registered((DIST, plugin)) as registry:
        assert registry.parameters.owner("periodic_allowance.gap_share") == DIST
        assert registry.rules.owner("GMINA-PRZYKLAD-001") == DIST
        assert parameters.value("periodic_allowance.gap_share", ON) == Decimal("0.60")
        # before the (fictional) resolution the statutory share applies
        assert parameters.value("periodic_allowance.gap_share", dt.date(2024, 12, 31)) == (
            Decimal("0.50")
        )
        record = parameters.record("periodic_allowance.gap_share", ON)
        assert not record.verified
        local = periodic_allowance(ON, members=1, income=Decimal("410.00"))
    statutory = periodic_allowance(ON, members=1, income=Decimal("410.00"), overrides={})
    # gap 1010 - 410 = 600: 50 % = 300.00 by statute, 60 % = 360.00 locally
    assert statutory.minimum == Decimal("300.00")
    assert local.minimum == Decimal("360.00")


def test_letterhead_is_added_to_every_context(active: None) -> None:
    with plugins_registered((DIST, plugin)):
        context: dict[str, Any] = {"on": ON}
        run_extend_context("any-template", object(), context)
    letterhead = context["letterhead"]
    assert letterhead["name"] == "Gminny Ośrodek Pomocy Społecznej w Przykładowie"
    assert letterhead["lines"][0].startswith("ul. Słoneczna 1")
    assert letterhead["text"].startswith(letterhead["name"])
    assert context["on"] == ON


@pytest.mark.parametrize("template", ["skierowanie", "decyzja", "kontrakt-socjalny"])
def test_letterhead_is_printed_in_core_documents(
    active: None, monkeypatch: pytest.MonkeyPatch, template: str
) -> None:
    from importlib import resources

    from socialwork.documents import render
    from socialwork.documents.text import document_text
    from socialwork.serialization import from_json

    example = resources.files("socialwork.examples") / f"{template}.json"
    case = from_json(example.read_text(encoding="utf-8"))
    with plugins_registered((DIST, plugin)):
        local = document_text(render(template, case, on=ON))
    monkeypatch.delenv(config.ENV_VAR)
    with plugins_registered((DIST, plugin)):
        own = document_text(render(template, case, on=ON))
    center = case.center
    assert config.LETTERHEAD_NAME in local and config.LETTERHEAD_NAME not in own
    for line in config.LETTERHEAD_LINES:
        assert line in local and line not in own
    # the centre's own name and address give way to the letterhead at the top of the page;
    # everything after the letterhead is the same document
    top = local.split("Znak sprawy")[0].split("Nr kontraktu")[0]
    assert center.address.line1 not in top
    assert center.address.line1 in own.split("Znak sprawy")[0].split("Nr kontraktu")[0]
    tail = local.split(config.LETTERHEAD_LINES[-1], 1)[1]
    assert tail.strip() and tail in own


@pytest.mark.parametrize("template", ["skierowanie", "decyzja"])
def test_the_herb_is_printed_above_the_letterhead(active: None, template: str) -> None:
    import io
    import zipfile
    from importlib import resources

    from socialwork.documents import render
    from socialwork.serialization import from_json

    herb = (resources.files("socialwork_gmina_przyklad") / "herb.png").read_bytes()
    example = resources.files("socialwork.examples") / f"{template}.json"
    case = from_json(example.read_text(encoding="utf-8"))
    with plugins_registered((DIST, plugin)):
        document = render(template, case, on=ON)
    with zipfile.ZipFile(io.BytesIO(document)) as archive:
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
        assert [archive.read(n) for n in media] == [herb]
        body = archive.read("word/document.xml").decode()
        rels = archive.read("word/_rels/document.xml.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
    assert body.count("<w:drawing>") == 1
    # the picture's relationship exists and points to the stored herb
    rid = body.split('r:embed="', 1)[1].split('"', 1)[0]
    assert f'Id="{rid}"' in rels and media[0].removeprefix("word/") in rels
    assert 'Extension="png"' in types
    # printed 16 mm high (576 000 EMU), in proportion (180 × 216 px)
    assert 'cy="576000"' in body and 'cx="480000"' in body


def test_no_herb_when_the_plugin_is_dormant(dormant: None) -> None:
    from importlib import resources

    from socialwork.documents import render
    from socialwork.serialization import from_json

    example = resources.files("socialwork.examples") / "skierowanie.json"
    case = from_json(example.read_text(encoding="utf-8"))
    with plugins_registered((DIST, plugin)):
        document = render("skierowanie", case, on=ON)
    assert b"word/media/" not in document


def test_meal_criterion_is_200_percent_of_the_statutory_one() -> None:
    assert meal_criterion(ON, single=True) == Decimal("2020.00")
    assert meal_criterion(ON, single=False) == Decimal("1646.00")
    assert meal_criterion(dt.date(2024, 12, 31), single=True) is None


@pytest.mark.parametrize(
    ("members", "income", "meal", "flagged"),
    [
        (2, Decimal("3000.00"), True, False),  # above the statutory 2469, below 200 %
        (2, Decimal("4938.00"), True, False),  # exactly 3 × 1646
        (2, Decimal("4938.03"), True, True),  # 1646.01 per person
        (2, Decimal("9000.00"), False, False),  # no meal planned
        (0, Decimal("2020.00"), True, False),  # single: exactly 200 % of 1010
        (0, Decimal("2020.01"), True, True),
    ],
)
def test_local_meal_rule(
    active: None, members: int, income: Decimal, meal: bool, flagged: bool
) -> None:
    case = interview(members=members, monthly_income=income, meal=meal, on=ON)
    with plugins_registered((DIST, plugin)):
        report = validate(case, on=ON)
    findings = report.by_code("GMINA-PRZYKLAD-001")
    assert bool(findings) is flagged
    for finding in findings:
        assert finding.severity == "warning"
        assert "200 %" in finding.message and "Radę Gminy" in finding.message
        assert "Testowa" not in finding.message


def test_rule_is_silent_before_the_resolution(active: None) -> None:
    early = dt.date(2024, 6, 10)
    case = interview(members=0, monthly_income=Decimal("5000.00"), meal=True, on=early)
    with plugins_registered((DIST, plugin)):
        report = validate(case, on=early)
    assert not report.by_code("GMINA-PRZYKLAD-001")
