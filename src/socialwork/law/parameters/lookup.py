"""The value of a figure in force on a day: the statutory one, or a gmina's local one.

* :func:`value` – the figure in force on a day (a local override registered by a plugin
  wins when the figure allows one); ``statutory=True`` ignores local overrides;
* :func:`record` – the same with its source, Dz.U. position, URL and verified flag.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from socialwork.law.parameters.catalogue import statutory_record
from socialwork.law.parameters.overrides import ParameterOverride, apply_local
from socialwork.law.parameters.types import FigureValue

if TYPE_CHECKING:
    from socialwork.law.profiles import Profile

__all__ = ["record", "value"]


def record(
    name: str,
    on: dt.date,
    *,
    statutory: bool = False,
    overrides: Mapping[str, ParameterOverride] | None = None,
    profile: str | Profile | None = None,
) -> FigureValue:
    """The figure ``name`` in force on ``on``, with source, Dz.U., URL and verified flag.

    A local override (``overrides`` if given, else the plugin registry's ``parameters``
    table) applies when the figure allows one, ``statutory`` is false and the override has
    a value in force on ``on``.  Raises :class:`UnknownParameterError`,
    :class:`DateOutOfRangeError` (a day before the first value / before 2004-05-01, or not
    a ``date``) or :class:`InputError` (an override lowering a statutory figure).
    ``profile`` (a name or a :class:`~socialwork.law.profiles.Profile`) takes the local
    figures of that gmina's profile instead (see :mod:`socialwork.law.profiles`).
    """
    figure = statutory_record(name, on)
    if statutory:
        return figure
    if profile is not None and overrides is None:
        from socialwork.law.profiles import resolve_profile

        found = resolve_profile(profile)
        overrides = found.overrides if found is not None else None
    return apply_local(figure, overrides)


def value(
    name: str,
    on: dt.date,
    *,
    statutory: bool = False,
    overrides: Mapping[str, ParameterOverride] | None = None,
    profile: str | Profile | None = None,
) -> Decimal:
    """The figure ``name`` in force on ``on`` (see :func:`record` for the rules)."""
    return record(name, on, statutory=statutory, overrides=overrides, profile=profile).amount
