"""The catalogue of the statutory figures shipped with the library, and their statutory
value on a day.

The figures are loaded once from the package's ``data/`` folder (see
:mod:`socialwork.law.parameters.loader`).  Local overrides are not known here: this is
what the Act and its implementing regulations say; :func:`socialwork.law.parameters.record`
applies a gmina's local figure on top.
"""

from __future__ import annotations

import datetime as dt
import functools

from socialwork.law.parameters.loader import load_parameters
from socialwork.law.parameters.types import FigureValue, Parameter, UnknownParameterError

__all__ = ["names", "overridable_names", "parameter", "statutory_record"]


@functools.cache
def _figures() -> dict[str, Parameter]:
    return load_parameters()


def names() -> list[str]:
    """Names of all figures, sorted."""
    return sorted(_figures())


def overridable_names() -> list[str]:
    """Names of the figures a gmina may raise locally."""
    return [n for n, p in sorted(_figures().items()) if p.override == "raise"]


def parameter(name: str) -> Parameter:
    """The figure ``name`` with its whole history."""
    figures = _figures()
    if not isinstance(name, str) or name not in figures:
        import difflib  # only for a misspelled name

        close = difflib.get_close_matches(str(name), list(figures), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UnknownParameterError(
            f"there is no legal figure {name!r}{hint} (all figures: "
            "socialwork.law.parameters.names())"
        )
    return figures[name]


def statutory_record(name: str, on: dt.date) -> FigureValue:
    """The statutory figure ``name`` in force on ``on``, with its source and verified flag.

    A value written as ``same_as`` takes the other figure's statutory amount on that day.
    Raises :class:`UnknownParameterError` or :class:`DateOutOfRangeError` (a day before the
    first value / before 2004-05-01, or not a ``date``).
    """
    param = parameter(name)
    period, end = param.period_on(on)
    if period.same_as is not None:
        amount = statutory_record(period.same_as, on).amount
    else:
        assert period.amount is not None
        amount = period.amount
    return FigureValue(
        name=name,
        label=param.label,
        unit=param.unit,
        amount=amount,
        on=on,
        effective_from=period.start,
        effective_to=end,
        legal_basis=period.legal_basis or param.legal_basis,
        source=period.source,
        dz_u=period.dz_u,
        url=period.url,
        verified=period.verified,
        note=period.note,
    )
