"""The date a document speaks of comes from the object itself, never from today: the
documents engine's default ``on`` and the rules' default validation date."""

from __future__ import annotations

import datetime as dt

import attrs

import socialwork.model as m
from socialwork import examples
from socialwork.documents import context
from socialwork.rules import reference_date, validate


def project() -> m.Project:
    obj = examples.load("projekt-socjalny")
    assert isinstance(obj, m.Project)
    return obj


def test_project_document_date_is_drawn_up_on() -> None:
    p = project()
    assert p.drawn_up_on == dt.date(2026, 12, 10) and p.drafted_on == p.drawn_up_on
    assert p.reference_number == "MOPS.DPR.PS.1.2026"
    assert context("projekt-socjalny", p)["on"] == dt.date(2026, 12, 10)
    assert context("projekt-socjalny", p, on=dt.date(2027, 1, 2))["on"] == dt.date(2027, 1, 2)
    assert reference_date(p) == dt.date(2026, 12, 10)
    assert validate(p).on == dt.date(2026, 12, 10)


def test_project_without_date_still_loads() -> None:
    p = attrs.evolve(project(), drawn_up_on=None, reference_number=None)
    assert p.drafted_on is None and reference_date(p) is None


def test_every_dated_example_validates_on_its_own_date() -> None:
    """Each example with a date of its own is validated as of that date, not today."""
    for name in examples.names():
        obj = examples.load(name)
        own = reference_date(obj)
        if own is not None:
            assert validate(obj).on == own, name
    claim = examples.load("pozew-alimenty")
    assert isinstance(claim, m.AlimonyClaim)
    assert reference_date(claim) == claim.filed_on
