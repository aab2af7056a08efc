"""Legal figures as dated data: one TOML file per figure, with its source per value.

Every figure of the Act the library computes with (income criteria, the income from 1 ha
przeliczeniowy, the zasiłek stały cap and minimum, the zasiłek okresowy rules, …) lives in
a TOML file in this package's ``data/`` folder; the dotted name is the file path, e.g.
``data/income_criterion/single.toml`` → ``"income_criterion.single"``.

Lookups:

* :func:`value` – the figure in force on a day (a local override registered by a plugin
  wins when the figure allows one); ``statutory=True`` ignores local overrides;
* :func:`record` – the same with its source, Dz.U. position, URL and verified flag;
* :func:`parameter`, :func:`names` – the whole history of a figure;
* :func:`figures_table` – the Markdown table of ``docs/figures.md``.

Local overrides (art. 8 ust. 2 u.p.s.): a plugin registers a :class:`ParameterOverride`
(alias :data:`LocalOverride`) through the ``register_parameters`` hook; only figures whose
file says ``override = "raise"`` accept one, and it may only raise the statutory figure.

The package, one job per module:

* :mod:`~socialwork.law.parameters.types` – the figure and value classes, units, errors;
* :mod:`~socialwork.law.parameters.loader` – the strict TOML loader (file format there);
* :mod:`~socialwork.law.parameters.catalogue` – the loaded figures and their statutory value
  on a day;
* :mod:`~socialwork.law.parameters.overrides` – a gmina's local figures and applying them;
* :mod:`~socialwork.law.parameters.lookup` – :func:`value` and :func:`record`;
* :mod:`~socialwork.law.parameters.docs` – the Markdown table of ``docs/figures.md``.
"""

from __future__ import annotations

from socialwork.law.parameters.catalogue import names, overridable_names, parameter
from socialwork.law.parameters.docs import figures_table
from socialwork.law.parameters.loader import load_parameters, parse_parameter
from socialwork.law.parameters.lookup import record, value
from socialwork.law.parameters.overrides import LocalOverride, ParameterOverride
from socialwork.law.parameters.types import (
    ACT_IN_FORCE,
    UNITS,
    DateOutOfRangeError,
    FigureValue,
    OverridePolicy,
    Parameter,
    ParameterFileError,
    Period,
    UnknownParameterError,
)

__all__ = [
    "ACT_IN_FORCE",
    "UNITS",
    "DateOutOfRangeError",
    "FigureValue",
    "LocalOverride",
    "OverridePolicy",
    "Parameter",
    "ParameterFileError",
    "ParameterOverride",
    "Period",
    "UnknownParameterError",
    "figures_table",
    "load_parameters",
    "names",
    "overridable_names",
    "parameter",
    "parse_parameter",
    "record",
    "value",
]
