"""Gmina Przykładowo's local layer: one profile — figures, rule, letterhead, defaults —
applied only to a call that chooses it."""

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
from socialwork.law.profiles import apply_defaults, get_profile
from socialwork.plugins import run_extend_context
from socialwork.plugins.discovery import installed
from socialwork.plugins.testing import plugins_registered
from socialwork.rules import validate

DIST = "socialwork-gmina-przyklad"
PROFILE = config.PROFILE
ON = dt.date(2025, 6, 10)


def test_installed_as_an_entry_point_plugin() -> None:
    found = [c for c in installed() if c.distribution == DIST]
    assert len(found) == 1
    assert found[0].version == metadata.version(DIST)
    assert found[0].entry_point.value == "socialwork_gmina_przyklad.plugin"


def test_registers_one_profile_and_nothing_process_wide() -> None:
    with plugins_registered((DIST, plugin)) as registry:
        assert registry.registered_by(DIST) == {"profiles": (config.PROFILE,)}
        assert registry.profiles.owner(config.PROFILE) == DIST
        # without the profile nothing of the gmina applies
        context: dict[str, Any] = {}
        run_extend_context("t", "o", context)
        assert context == {}
        assert parameters.value("periodic_allowance.gap_share", ON) == Decimal("0.50")


def test_profile_gives_its_figure_only_when_chosen() -> None:
    with plugins_registered((DIST, plugin)):
        assert parameters.value("periodic_allowance.gap_share", ON, profile=PROFILE) == (
            Decimal("0.60")
        )
        # before the (fictional) resolution the statutory share applies
        early = dt.date(2024, 12, 31)
        assert parameters.value("periodic_allowance.gap_share", early, profile=PROFILE) == (
            Decimal("0.50")
        )
        record = parameters.record("periodic_allowance.gap_share", ON, profile=PROFILE)
        assert not record.verified and record.gmina == config.GMINA
        local = periodic_allowance(ON, members=1, income=Decimal("410.00"), profile=PROFILE)
        statutory = periodic_allowance(ON, members=1, income=Decimal("410.00"))
    # gap 1010 - 410 = 600: 50 % = 300.00 by statute, 60 % = 360.00 locally
    assert statutory.minimum == Decimal("300.00")
    assert local.minimum == Decimal("360.00")


@pytest.mark.parametrize("template", ["skierowanie", "decyzja", "kontrakt-socjalny"])
def test_letterhead_is_printed_in_core_documents(template: str) -> None:
    from importlib import resources

    from socialwork.documents import render
    from socialwork.documents.text import document_text
    from socialwork.serialization import from_json

    example = resources.files("socialwork.examples") / f"{template}.json"
    case = from_json(example.read_text(encoding="utf-8"))
    with plugins_registered((DIST, plugin)):
        local = document_text(render(template, case, on=ON, profile=PROFILE))
        # the same case with the profile's default signatory / appeal body, no letterhead
        filled = apply_defaults(case, get_profile(PROFILE))
        own = document_text(render(template, filled, on=ON))
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
def test_the_herb_is_printed_above_the_letterhead(template: str) -> None:
    import io
    import zipfile
    from importlib import resources

    from socialwork.documents import render
    from socialwork.serialization import from_json

    herb = (resources.files("socialwork_gmina_przyklad") / "herb.png").read_bytes()
    example = resources.files("socialwork.examples") / f"{template}.json"
    case = from_json(example.read_text(encoding="utf-8"))
    with plugins_registered((DIST, plugin)):
        document = render(template, case, on=ON, profile=PROFILE)
        without = render(template, case, on=ON)
    assert b"word/media/" not in without
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
    # printed 16 mm high (576 000 EMU, the size the file gives), in proportion (180 × 216 px)
    cy = int(body.split('<wp:extent cx="', 1)[1].split('cy="', 1)[1].split('"', 1)[0])
    assert abs(cy - 576_000) < 2_000


def test_default_appeal_body_and_signatory_fill_a_decision_without_them() -> None:
    from importlib import resources

    import attrs

    from socialwork.documents import context
    from socialwork.serialization import from_json

    example = resources.files("socialwork.examples") / "decyzja.json"
    case = from_json(example.read_text(encoding="utf-8"))
    bare = attrs.evolve(case, appeal_body=None, signatory=None)
    with plugins_registered((DIST, plugin)):
        filled = context("decyzja", bare, profile=PROFILE)["decision"]
        kept = context("decyzja", case, profile=PROFILE)["decision"]
        plain = context("decyzja", bare)["decision"]
    assert filled.appeal_body == config.APPEAL_BODY
    assert filled.signatory.name == config.SIGNATORY_NAME
    assert kept.appeal_body == case.appeal_body  # the case's own value wins
    assert plain.appeal_body is None


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
    members: int, income: Decimal, meal: bool, flagged: bool
) -> None:
    case = interview(members=members, monthly_income=income, meal=meal, on=ON)
    with plugins_registered((DIST, plugin)):
        report = validate(case, on=ON, profile=PROFILE)
        plain = validate(case, on=ON)
    assert not plain.by_code("GMINA-PRZYKLAD-001")  # a local rule: only with the profile
    findings = report.by_code("GMINA-PRZYKLAD-001")
    assert bool(findings) is flagged
    for finding in findings:
        assert finding.severity == "warning"
        assert "200 %" in finding.message and "Radę Gminy" in finding.message
        assert "Testowa" not in finding.message


def test_rule_is_silent_before_the_resolution() -> None:
    early = dt.date(2024, 6, 10)
    case = interview(members=0, monthly_income=Decimal("5000.00"), meal=True, on=early)
    with plugins_registered((DIST, plugin)):
        report = validate(case, on=early, profile=PROFILE)
    assert not report.by_code("GMINA-PRZYKLAD-001")
