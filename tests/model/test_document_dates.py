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


def test_validate_and_render_date_every_example_alike() -> None:
    """One rule for the date of a case: for every template and every example case of its
    model, ``validate(obj).on`` equals the rendered document's ``on``."""
    import socialwork as sw
    from socialwork.documents import model_class, templates

    checked = 0
    for spec in templates():
        cls = model_class(spec)
        for name in examples.names():
            obj = examples.load(name)
            if not isinstance(obj, cls):
                continue
            assert sw.validate(obj).on == context(spec.name, obj)["on"], (spec.name, name)
            checked += 1
    assert checked >= len(templates())


def test_a_referral_is_dated_by_the_day_it_was_written() -> None:
    """``created_on`` (the letter's date), not ``sent_on`` (a later status event)."""
    obj = examples.load("skierowanie-dps")
    assert isinstance(obj, m.Referral)
    sent = attrs.evolve(obj, sent_on=obj.created_on + dt.timedelta(days=6))
    assert validate(sent).on == context("skierowanie-dps", sent)["on"] == obj.created_on
