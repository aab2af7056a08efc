"""Local overrides (art. 8 ust. 2 u.p.s.): registered by a plugin or passed explicitly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

import socialwork
from socialwork.errors import InputError
from socialwork.law import LocalOverride, ParameterOverride, income_criterion, parameters
from socialwork.law.allowances import periodic_allowance
from socialwork.plugins.testing import plugins_registered

RAISED = ParameterOverride(
    name="income_criterion.single",
    gmina="Gmina Przykładowo",
    source="uchwała nr XII/34/2025 Rady Gminy Przykładowo",
    values={dt.date(2025, 9, 1): Decimal("1500.00")},
)
SHARE = ParameterOverride(
    name="periodic_allowance.gap_share",
    gmina="Gmina Przykładowo",
    source="uchwała nr XII/35/2025 Rady Gminy Przykładowo",
    values=[("2025-01-01", "0.75")],
)


class LocalFigures:
    @socialwork.plugins.hookimpl
    def register_parameters(self, register: Any) -> None:
        register(RAISED)
        register(SHARE)


def test_alias() -> None:
    assert LocalOverride is ParameterOverride


def test_explicit_override() -> None:
    table = {RAISED.name: RAISED}
    on = dt.date(2025, 10, 1)
    assert parameters.value("income_criterion.single", on, overrides=table) == Decimal("1500.00")
    assert parameters.value("income_criterion.single", on, overrides=table, statutory=True) == (
        Decimal("1010.00")
    )
    before = dt.date(2025, 8, 31)
    assert parameters.value("income_criterion.single", before, overrides=table) == Decimal(
        "1010.00"
    )
    rec = parameters.record("income_criterion.single", on, overrides=table)
    assert rec.local and rec.gmina == "Gmina Przykładowo"
    assert rec.statutory_amount == Decimal("1010.00")
    assert rec.legal_basis.short == "art. 8 ust. 2 u.p.s."


def test_registered_override_is_honoured() -> None:
    on = dt.date(2025, 10, 1)
    with plugins_registered(("socialwork-gmina-przykladowo", LocalFigures())) as registry:
        assert registry.parameters.owner("income_criterion.single") == (
            "socialwork-gmina-przykladowo"
        )
        assert parameters.value("income_criterion.single", on) == Decimal("1500.00")
        # docs/law.md: income_criterion() is always the statutory figure
        assert income_criterion(on, single=True) == Decimal("1010.00")
        # the gmina's higher share of the gap for the zasiłek okresowy
        result = periodic_allowance(on, members=1, income=Decimal("500.00"))
        assert result.minimum == Decimal("382.50")  # 75 % of 510
        assert result.maximum == Decimal("510.00")
    assert parameters.value("income_criterion.single", on) == Decimal("1010.00")


def test_higher_share_never_exceeds_the_single_cap() -> None:
    full = ParameterOverride(
        name="periodic_allowance.gap_share",
        gmina="G",
        source="uchwała",
        values={dt.date(2025, 1, 1): Decimal("1.00")},
    )
    result = periodic_allowance(
        dt.date(2025, 3, 1), members=1, income=Decimal("0"), overrides={full.name: full}
    )
    assert result.minimum == result.maximum == Decimal("823.00")


def test_lower_local_value_is_refused_when_created() -> None:
    with pytest.raises(InputError, match="Gmina Niska"):
        ParameterOverride(
            name="income_criterion.per_person",
            gmina="Gmina Niska",
            source="uchwała",
            values={dt.date(2025, 1, 1): Decimal("700.00")},
        )


def test_local_value_overtaken_by_the_statute_is_refused_on_lookup() -> None:
    # 700 zł raised the 600 zł criterion of 2024, but is below the 823 zł of 2025
    low = ParameterOverride(
        name="income_criterion.per_person",
        gmina="Gmina Niska",
        source="uchwała",
        values={dt.date(2024, 1, 1): Decimal("700.00")},
    )
    table = {low.name: low}
    assert parameters.value(low.name, dt.date(2024, 6, 1), overrides=table) == Decimal("700.00")
    with pytest.raises(InputError, match="Gmina Niska"):
        parameters.value(low.name, dt.date(2025, 2, 1), overrides=table)


@pytest.mark.parametrize("share", ["0.49", "0", "1.01", "2"])
def test_gap_share_outside_the_statutory_range_is_refused_when_created(share: str) -> None:
    with pytest.raises(InputError) as caught:
        ParameterOverride(
            name="periodic_allowance.gap_share",
            gmina="Gmina Dziwna",
            source="uchwała",
            values={dt.date(2024, 1, 1): Decimal("0.60"), dt.date(2025, 1, 1): share},
        )
    message = caught.value.message
    assert "Gmina Dziwna" in message
    assert "0.50" in message and "1 (100 %)" in message
    assert "2025-01-01" in message


@pytest.mark.parametrize("share", ["0.50", "0.5", "0.75", "1", "1.00"])
def test_gap_share_in_range_is_accepted(share: str) -> None:
    local = ParameterOverride(
        name="periodic_allowance.gap_share",
        gmina="G",
        source="uchwała",
        values={dt.date(2025, 1, 1): share},
    )
    result = periodic_allowance(
        dt.date(2025, 3, 1), members=2, income=Decimal("0"), overrides={local.name: local}
    )
    assert result.minimum == (Decimal("1646.00") * Decimal(share)).quantize(Decimal("0.01"))


class BadShare:
    @socialwork.plugins.hookimpl
    def register_parameters(self, register: Any) -> None:
        register(
            ParameterOverride(
                name="periodic_allowance.gap_share",
                gmina="Gmina Dziwna",
                source="uchwała",
                values={dt.date(2025, 1, 1): Decimal("0.40")},
            )
        )


def test_registered_gap_share_below_the_statute_is_refused_at_registration() -> None:
    with (
        pytest.warns(socialwork.plugins.PluginWarning, match="Gmina Dziwna") as caught,
        plugins_registered(("socialwork-gmina-dziwna", BadShare())) as registry,
    ):
        assert "periodic_allowance.gap_share" not in registry.parameters
        result = periodic_allowance(dt.date(2025, 3, 1), members=1, income=Decimal("500.00"))
        assert result.minimum == Decimal("255.00")  # the statutory 50 % of 510
    assert any("socialwork-gmina-dziwna" in str(w.message) for w in caught)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"name": "permanent_allowance.cap_single"},  # fixed by the Act
        {"name": "no.such.figure"},
        {"values": {}},
        {"values": {dt.date(2025, 1, 1): 1500.0}},
        {"values": {"2025-13-01": "1"}},
        {"values": "1500"},
        {"gmina": ""},
        {"source": "  "},
    ],
)
def test_bad_overrides(kwargs: dict[str, Any]) -> None:
    base: dict[str, Any] = {
        "name": "income_criterion.single",
        "gmina": "G",
        "source": "uchwała",
        "values": {dt.date(2025, 1, 1): Decimal("1500")},
    }
    base.update(kwargs)
    with pytest.raises(InputError):
        ParameterOverride(**base)


def test_wrong_object_in_table() -> None:
    with pytest.raises(InputError, match="ParameterOverride"):
        parameters.value(
            "income_criterion.single",
            dt.date(2025, 1, 1),
            overrides={"income_criterion.single": object()},
        )  # type: ignore[dict-item]
