"""The ``letterhead`` context key: None in the core context, printed by every core template
built with the authoring toolkit instead of the centre's own name and address."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from socialwork.authoring import DocumentBuilder
from socialwork.documents import context, render
from socialwork.documents.lint import context_names
from socialwork.documents.text import check_xml, document_text, xml_parts
from socialwork.plugins import PluginWarning, hookimpl
from socialwork.plugins.testing import plugins_registered

from .cases import referral

ON = dt.date(2026, 3, 2)
LETTERHEAD = {
    "name": "Miejski Ośrodek Pomocy Rodzinie w Przykładowie",
    "lines": ("ul. Długa 5, 00-001 Przykładowo", "tel. 22 111 11 11 <&>"),
    "text": "MOPR",
}


class SetsLetterhead:
    def __init__(self, value: Any) -> None:
        self.value = value

    @hookimpl
    def extend_context(self, context: dict[str, Any]) -> None:
        context["letterhead"] = self.value


def test_core_context_has_letterhead_none_and_lint_knows_it() -> None:
    assert context("skierowanie", referral(), on=ON)["letterhead"] is None
    assert "letterhead" in context_names("referral")


def test_plugin_letterhead_replaces_the_centres_lines() -> None:
    case = referral()
    own = document_text(render("skierowanie", case, on=ON))
    with plugins_registered(("acme-letterhead", SetsLetterhead(LETTERHEAD))):
        document = render("skierowanie", case, on=ON)
    check_xml(document)
    text = document_text(document)
    assert LETTERHEAD["name"] in text
    for line in LETTERHEAD["lines"]:
        assert line in text  # printed whole, markup escaped
    assert case.center.name not in text.split("Znak sprawy")[0]
    assert case.center.name in own.split("Znak sprawy")[0]
    assert text.split("Znak sprawy")[1] == own.split("Znak sprawy")[1]


@pytest.mark.parametrize(
    "value", ["MOPS Przykładowo", {"lines": ["x"]}, {"name": ""}, {"name": "MOPS"}]
)
def test_incomplete_letterhead_never_breaks_a_render(value: Any) -> None:
    case = referral()
    with plugins_registered(("acme-letterhead", SetsLetterhead(value))):
        text = document_text(render("skierowanie", case, on=ON))
    if isinstance(value, dict) and value.get("name"):
        assert value["name"] in text and case.center.name not in text.split("Znak sprawy")[0]
    else:  # not a usable letterhead: the centre's own lines
        assert case.center.name in text.split("Znak sprawy")[0]


def test_letterhead_is_not_a_protected_core_key() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", PluginWarning)
        with plugins_registered(("acme-letterhead", SetsLetterhead(LETTERHEAD))):
            assert context("skierowanie", referral(), on=ON)["letterhead"] is LETTERHEAD


def _letterhead_build(keep: list[int]) -> DocumentBuilder:
    doc = DocumentBuilder("t", title="T", model="referral")
    doc.letterhead(
        ["ORGAN", "{{ referral.center.name }}", "(pieczęć)"], "{{ on|date_pl }}", keep=keep
    )
    return doc


@pytest.mark.parametrize("keep", [[1], [0, 2, 1, 5]])
def test_keep_must_be_a_leading_or_trailing_run(keep: list[int]) -> None:
    with pytest.raises(ValueError, match="keep"):
        _letterhead_build(keep)


@pytest.mark.parametrize(
    ("keep", "tags"), [([], 1), ([0], 1), ([0, 2], 1), ([2], 1), ([0, 1, 2], 0)]
)
def test_keep_runs_and_all_kept(keep: list[int], tags: int) -> None:
    body = xml_parts(_letterhead_build(keep).to_bytes())["word/document.xml"]
    assert body.count(b"letterhead.name is defined") == tags
