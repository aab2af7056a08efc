"""Local overrides: a gmina's own figure in place of a statutory one, and applying it.

Art. 8 ust. 2 u.p.s.: a rada gminy may raise the income criteria for its own programmes;
it may also set a higher share of the gap for the zasiłek okresowy (art. 38 ust. 3
u.p.s.).  A plugin registers a :class:`ParameterOverride` (alias :data:`LocalOverride`,
the class of the ``parameters`` registration kind) through the ``register_parameters``
hook.  Only figures whose data file says ``override = "raise"`` accept one, and an override
may only raise the statutory figure – a lower local value is refused when the override is
created and, if the statutory figure later rises above it, when looked up.

The registry's ``parameters`` table maps the figure's name to the override, so one
installation has at most one override per figure; a host serving several gminas passes
``overrides={name: ParameterOverride(...)}`` to :func:`socialwork.law.parameters.value`
instead.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import itertools
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from socialwork.errors import InputError
from socialwork.law.citations import LegalBasis
from socialwork.law.parameters.catalogue import overridable_names, parameter, statutory_record
from socialwork.law.parameters.loader import parse_amount
from socialwork.law.parameters.types import FigureValue, Parameter
from socialwork.plugins import get_registry
from socialwork.plugins.kinds import declare

__all__ = [
    "LocalOverride",
    "ParameterOverride",
    "apply_local",
    "current_overrides",
    "local_overrides_var",
    "registered_overrides",
]

#: The default legal basis of a local figure: a gmina may raise it (art. 8 ust. 2 u.p.s.).
_LOCAL_BASIS = LegalBasis("u.p.s.", "8", ustep="2")


def _override_values(raw: Any) -> tuple[tuple[dt.date, Decimal], ...]:
    items: Iterable[Any]
    if isinstance(raw, Mapping):
        items = raw.items()
    elif isinstance(raw, (list, tuple)):
        items = raw
    else:
        raise InputError(
            "ParameterOverride.values must be a mapping {date: amount} or a sequence of "
            f"(date, amount) pairs, not {type(raw).__name__}"
        )
    out: list[tuple[dt.date, Decimal]] = []
    for i, item in enumerate(items):
        try:
            start, amount = item
        except (TypeError, ValueError):
            raise InputError(
                f"ParameterOverride.values[{i}] must be a (date, amount) pair"
            ) from None
        if isinstance(start, str):
            try:
                start = dt.date.fromisoformat(start)
            except ValueError:
                raise InputError(
                    f"ParameterOverride.values[{i}]: {start!r} is not an ISO date YYYY-MM-DD"
                ) from None
        if isinstance(start, dt.datetime) or not isinstance(start, dt.date):
            raise InputError(f"ParameterOverride.values[{i}]: the start must be a date")
        out.append((start, parse_amount(amount, f"ParameterOverride.values[{i}]")))
    if not out:
        raise InputError("ParameterOverride.values is empty; give at least one (date, amount)")
    out.sort(key=lambda pair: pair[0])
    for (a, _), (b, _) in itertools.pairwise(out):
        if a == b:
            raise InputError(f"ParameterOverride.values: the date {a.isoformat()} is repeated")
    return tuple(out)


def _nonempty(_instance: Any, attribute: attrs.Attribute[Any], text: Any) -> None:
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"ParameterOverride.{attribute.name} must be non-empty text")


def _optional_basis(raw: Any) -> LegalBasis | None:
    if raw is None or isinstance(raw, LegalBasis):
        return raw
    if isinstance(raw, str):
        return LegalBasis.parse(raw)
    raise InputError("ParameterOverride.legal_basis must be a LegalBasis or a citation text")


def _check_override_range(local: ParameterOverride, param: Parameter) -> None:
    """Refuse, when the override is created, a local value the Act does not allow.

    A local value may not be lower than the statutory figure in force on the day it takes
    effect (art. 8 ust. 2 u.p.s. allows only raising), and a share (unit ``ratio``, e.g.
    ``periodic_allowance.gap_share``, art. 38 ust. 3 u.p.s.) may not exceed 1 (100 %).
    A statutory figure raised later above a local value is still refused on lookup.
    """
    for start, amount in local.values:
        on = max(start, param.periods[0].start)
        statutory = statutory_record(param.name, on).amount
        if amount < statutory or (param.unit == "ratio" and amount > 1):
            allowed = (
                f"from the statutory {statutory} to 1 (100 %)"
                if param.unit == "ratio"
                else f"the statutory {statutory} or more"
            )
            raise InputError(
                f"{local.gmina}: the local {param.label} ({param.name}) from "
                f"{start.isoformat()} is {amount}; allowed: {allowed} "
                f"({param.legal_basis.short}; art. 8 ust. 2 u.p.s. allows a gmina only to "
                "raise it) – correct the ParameterOverride"
            )


@attrs.frozen
class ParameterOverride:
    """A gmina's local figure that replaces a statutory one from given dates.

    ``name`` is the figure (e.g. ``"income_criterion.single"``); ``values`` maps the day a
    local value takes effect to the amount (Decimal, int or decimal string; a float is
    refused); ``gmina`` names the gmina, ``source`` the resolution (uchwała) and its
    publication, ``legal_basis`` optionally the provision it is based on (defaults to
    ``art. 8 ust. 2 u.p.s.``).  Before the first local date the statutory figure applies.

    A plugin registers it in its ``register_parameters(register)`` hook::

        register(ParameterOverride(
            name="income_criterion.single", gmina="Gmina Przykładowo",
            source="uchwała nr XII/34/2025 Rady Gminy Przykładowo (Dz. Urz. Woj. … poz. …)",
            values={dt.date(2025, 9, 1): Decimal("1500.00")},
        ))
    """

    name: str = attrs.field(validator=_nonempty)
    values: tuple[tuple[dt.date, Decimal], ...] = attrs.field(converter=_override_values)
    gmina: str = attrs.field(validator=_nonempty)
    source: str = attrs.field(validator=_nonempty)
    legal_basis: LegalBasis | None = attrs.field(default=None, converter=_optional_basis)
    verified: bool = True

    def __attrs_post_init__(self) -> None:
        param = parameter(self.name)
        if param.override != "raise":
            raise InputError(
                f"{self.name} ({param.label}) cannot be changed locally: the Act fixes it; "
                "local overrides are allowed only for: " + ", ".join(overridable_names())
            )
        _check_override_range(self, param)

    def amount_on(self, on: dt.date) -> tuple[dt.date, Decimal] | None:
        """The local (start, amount) in force on ``on``, or None before the first one."""
        found = None
        for start, amount in self.values:
            if start <= on:
                found = (start, amount)
        return found


#: The registration object of the ``register_parameters`` hook (the same class).
LocalOverride = ParameterOverride

declare("parameters", ParameterOverride, public_name="socialwork.law.LocalOverride")


local_overrides_var: contextvars.ContextVar[Mapping[str, ParameterOverride] | None] = (
    contextvars.ContextVar("socialwork_local_overrides", default=None)
)
"""The local figures of the profile in force for the current call (thread / task), set by
:func:`socialwork.law.profiles.use_profile`; ``None`` outside a profile."""


def current_overrides() -> Mapping[str, Any]:
    """The local figures in force: the active profile's, else the plugin registry's."""
    local = local_overrides_var.get()
    return local if local is not None else registered_overrides()


def registered_overrides() -> Mapping[str, Any]:
    """The local figures the installed plugins registered (the registry's ``parameters``)."""
    table: Mapping[str, Any] = get_registry().parameters
    return table


def apply_local(
    figure: FigureValue, overrides: Mapping[str, ParameterOverride] | None = None
) -> FigureValue:
    """``figure`` (a statutory value) replaced by the gmina's local value in force that day.

    The local value is taken from ``overrides`` if given, else from the profile in force
    (:func:`socialwork.law.profiles.use_profile`), else from the plugin registry; it
    applies when the figure allows one and the override has a value in force on
    ``figure.on``.  Otherwise ``figure`` is returned unchanged.  Raises
    :class:`InputError` when the override is not a :class:`ParameterOverride` or is lower
    than the statutory figure that day (art. 8 ust. 2 u.p.s. allows only raising).
    """
    name, on, amount = figure.name, figure.on, figure.amount
    param = parameter(name)
    if param.override != "raise":
        return figure
    table = overrides if overrides is not None else current_overrides()
    local = table.get(name)
    if local is None:
        return figure
    if not isinstance(local, ParameterOverride):
        raise InputError(
            f"the local figure registered for {name} is a {type(local).__name__}, not a "
            "socialwork.law.parameters.ParameterOverride"
        )
    found = local.amount_on(on)
    if found is None:
        return figure
    start, local_amount = found
    if local_amount < amount:
        raise InputError(
            f"{local.gmina}: the local {param.label} ({local_amount}) in force from "
            f"{start.isoformat()} is lower than the statutory one ({amount}) on "
            f"{on.isoformat()}; art. 8 ust. 2 u.p.s. allows only raising it – correct the "
            "plugin's ParameterOverride"
        )
    end = figure.effective_to
    later = [s for s, _ in local.values if s > start]
    local_end = min(later) - dt.timedelta(days=1) if later else None
    if end is not None and (local_end is None or end < local_end):
        local_end = end
    return FigureValue(
        name=name,
        label=param.label,
        unit=param.unit,
        amount=local_amount,
        on=on,
        effective_from=max(start, figure.effective_from),
        effective_to=local_end,
        legal_basis=local.legal_basis or _LOCAL_BASIS,
        source=local.source,
        dz_u=None,
        url=None,
        verified=local.verified,
        gmina=local.gmina,
        statutory_amount=amount,
    )
