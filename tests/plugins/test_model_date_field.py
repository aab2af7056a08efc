"""ModelSpec.date_field: a plugin model names its own document date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from socialwork.documents.engine import _document_date
from socialwork.plugins import hookimpl
from socialwork.plugins.testing import plugins_registered
from socialwork.rules import Violation, rule, validate
from socialwork.serialization import ModelSpec, model_date


@attrs.frozen
class Pismo:
    numer: str
    wplynelo: dt.date  # not the document date, and not a name the core knows
    wydano: dt.date | None = None
    created_on: dt.date | None = None


class PismoPlugin:
    def __init__(self, date_field: str | None) -> None:
        self.date_field = date_field

    @hookimpl
    def register_models(self, register: Any) -> None:
        register(ModelSpec("pismo", Pismo, date_field=self.date_field))


seen: list[dt.date] = []


@rule("TEST-PISMO-001", "records the date", applies_to=Pismo, legal_basis="art. 1 u.p.s.")
def records(obj: Pismo, ctx: Any) -> Iterator[Violation]:
    seen.append(ctx.on)
    yield from ()


PISMO = Pismo(numer="1", wplynelo=dt.date(2026, 1, 5), wydano=dt.date(2026, 3, 9))


def _dates(obj: Pismo, date_field: str | None) -> tuple[dt.date | None, dt.date, dt.date]:
    seen.clear()
    with plugins_registered(("socialwork-pismo", PismoPlugin(date_field))):
        declared = model_date(obj)
        validate(obj, rules=[records])
        return declared, seen[0], _document_date(obj, None)


def test_the_declared_field_is_the_default_date_of_rules_and_documents() -> None:
    assert _dates(PISMO, "wydano") == (dt.date(2026, 3, 9),) * 3


def test_the_declared_field_wins_over_known_names() -> None:
    pismo = attrs.evolve(PISMO, created_on=dt.date(2025, 12, 1))
    assert _dates(pismo, "wydano")[1:] == (dt.date(2026, 3, 9),) * 2
    assert _dates(pismo, "wplynelo")[1:] == (dt.date(2026, 1, 5),) * 2


def test_a_declared_field_without_a_value_means_today_not_another_name() -> None:
    """The declared field is the case's date: while it is empty no other name stands in."""
    pismo = attrs.evolve(PISMO, wydano=None, created_on=dt.date(2025, 12, 1))
    declared, validated_on, rendered_on = _dates(pismo, "wydano")
    assert declared is None
    assert validated_on == rendered_on == dt.date.today()


def test_without_a_declared_field_the_known_names_then_today_apply() -> None:
    pismo = attrs.evolve(PISMO, created_on=dt.date(2025, 12, 1))
    assert _dates(pismo, None) == (dt.date(2025, 12, 1),) * 3
    declared, validated_on, rendered_on = _dates(PISMO, None)
    assert declared is None
    assert validated_on == rendered_on == dt.date.today()


def test_explicit_on_still_wins() -> None:
    seen.clear()
    with plugins_registered(("socialwork-pismo", PismoPlugin("wydano"))):
        validate(PISMO, on=dt.date(2027, 1, 1), rules=[records])
        assert _document_date(PISMO, dt.date(2027, 1, 2)) == dt.date(2027, 1, 2)
    assert seen == [dt.date(2027, 1, 1)]


def test_a_date_field_that_names_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="not a field"):
        ModelSpec("pismo", Pismo, date_field="wydane")
    with pytest.raises(ValueError, match="date_field"):
        ModelSpec("pismo", Pismo, date_field="1x")
