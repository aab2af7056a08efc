"""Legal figures as dated data: one TOML file per figure, with its source per value.

Every figure of the Act the library computes with (income criteria, the income from 1 ha
przeliczeniowy, the zasiłek stały cap and minimum, the zasiłek okresowy rules, …) lives in
a TOML file in this package; the dotted name is the file path, e.g.
``income_criterion/single.toml`` → ``"income_criterion.single"``.  A file looks like::

    description = "Income criterion of a person running a one-person household"
    label = "kryterium dochodowe osoby samotnie gospodarującej"
    unit = "PLN/month"
    legal_basis = "art. 8 ust. 1 pkt 1 u.p.s."
    override = "raise"            # optional: "none" (default) or "raise"

    [[values]]
    from = 2025-01-01             # the day the value takes effect
    value = "1010.00"             # a decimal written as a string (never a float)
    verified = true               # false = not confirmed in a stored source (UNVERIFIED)
    source = "rozporządzenie Rady Ministrów z dnia 12 lipca 2024 r. …"
    dz_u = "Dz.U. 2024 poz. 1044" # optional
    url = "https://…"             # optional
    note = "…"                    # optional
    legal_basis = "…"             # optional: basis of this value if it differs

A value may instead be ``same_as = "income_criterion.per_person"``: equal to another
figure's statutory value in force on the same day.

The loader is strict: an unknown key, a malformed or repeated date, dates out of order,
a float or non-numeric value, a missing source or verified flag are all refused with a
:class:`ParameterFileError` naming the file and the key.

Lookups:

* :func:`value` – the figure in force on a day (a local override registered by a plugin
  wins when the figure allows one, see below); ``statutory=True`` ignores local overrides;
* :func:`record` – the same with its source, Dz.U. position, URL and verified flag;
* :func:`parameter`, :func:`names` – the whole history of a figure;
* :func:`figures_table` – the Markdown table of ``docs/figures.md``.

Local overrides (art. 8 ust. 2 u.p.s.: a rada gminy may raise the income criteria for its
own programmes; it may also set a higher share of the gap for the zasiłek okresowy): a
plugin registers a :class:`ParameterOverride` through the ``register_parameters`` hook.
Only figures whose file says ``override = "raise"`` accept one, and an override may only
raise the statutory figure – a lower local value is refused when looked up.  The
registry's ``parameters`` table maps the figure's name to the override, so one
installation has at most one override per figure; a host serving several gminas passes
``overrides={name: ParameterOverride(...)}`` to :func:`value` instead.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import itertools
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, Literal

import attrs

from socialwork.errors import InputError, Problem
from socialwork.law.citations import LegalBasis, LegalBasisError

__all__ = [
    "ACT_IN_FORCE",
    "DateOutOfRangeError",
    "FigureValue",
    "Parameter",
    "ParameterFileError",
    "ParameterOverride",
    "Period",
    "UnknownParameterError",
    "figures_table",
    "load_parameters",
    "names",
    "parameter",
    "parse_parameter",
    "record",
    "value",
]

#: The ustawa o pomocy społecznej entered into force on this day; no figure before it.
ACT_IN_FORCE = dt.date(2004, 5, 1)

UNITS: dict[str, str] = {
    "PLN/month": "zł miesięcznie",
    "PLN": "zł",
    "PLN/ha/month": "zł miesięcznie z 1 ha przeliczeniowego",
    "ratio": "ułamek (1.00 = 100 %)",
    "multiplier": "krotność",
    "months": "miesiące",
}

OverridePolicy = Literal["none", "raise"]

_TOP_KEYS = {"description", "label", "unit", "legal_basis", "override", "values"}
_TOP_REQUIRED = {"description", "label", "unit", "legal_basis", "values"}
_VALUE_KEYS = {
    "from",
    "value",
    "same_as",
    "verified",
    "source",
    "dz_u",
    "url",
    "note",
    "legal_basis",
}
_VALUE_REQUIRED = {"from", "verified", "source"}


class ParameterFileError(InputError):
    """A parameter data file is malformed (unknown key, bad date, non-decimal value…)."""


class UnknownParameterError(InputError):
    """No figure of that name."""


class DateOutOfRangeError(InputError):
    """The date is before the first value of the figure (or before 1 May 2004)."""


@attrs.frozen
class Period:
    """One value of a figure, in force from ``start`` until the next value starts."""

    start: dt.date
    amount: Decimal | None
    same_as: str | None
    verified: bool
    source: str
    dz_u: str | None = None
    url: str | None = None
    note: str | None = None
    legal_basis: LegalBasis | None = None


@attrs.frozen
class Parameter:
    """A figure with its whole history (periods in date order)."""

    name: str
    description: str
    label: str
    unit: str
    legal_basis: LegalBasis
    override: OverridePolicy
    periods: tuple[Period, ...]

    def period_on(self, on: dt.date) -> tuple[Period, dt.date | None]:
        """The period in force on ``on`` and the day it ends (``None``: still in force)."""
        _check_date(on, self.name)
        if on < self.periods[0].start:
            raise DateOutOfRangeError(
                f"{self.name} ({self.label}) has no value on {on.isoformat()}: its first "
                f"value is in force from {self.periods[0].start.isoformat()}; give a date "
                "on or after that day"
            )
        index = 0
        for i, period in enumerate(self.periods):
            if period.start <= on:
                index = i
            else:
                break
        end = None
        if index + 1 < len(self.periods):
            end = self.periods[index + 1].start - dt.timedelta(days=1)
        return self.periods[index], end


@attrs.frozen
class FigureValue:
    """A figure's value on a day with everything needed to show where it comes from."""

    name: str
    label: str
    unit: str
    amount: Decimal
    on: dt.date
    effective_from: dt.date
    effective_to: dt.date | None
    legal_basis: LegalBasis
    source: str
    dz_u: str | None
    url: str | None
    verified: bool
    note: str | None = None
    gmina: str | None = None
    statutory_amount: Decimal | None = None

    @property
    def local(self) -> bool:
        """True when the value is a gmina's local figure, not the statutory one."""
        return self.gmina is not None

    def describe(self) -> str:
        """One Polish line for a worker: value, basis, source, verification status."""
        where = f" ({self.dz_u})" if self.dz_u else ""
        text = f"{self.label}: {self.amount} – {self.legal_basis.short}; {self.source}{where}"
        if self.gmina:
            text += f"; podwyższone lokalnie: {self.gmina}"
        if not self.verified:
            text += " [NIEZWERYFIKOWANE]"
        return text


# --------------------------------------------------------------------------- overrides


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
        out.append((start, _decimal(amount, f"ParameterOverride.values[{i}]")))
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
        statutory = record(param.name, on, statutory=True).amount
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


# --------------------------------------------------------------------------- loading


def _decimal(raw: Any, where: str) -> Decimal:
    if isinstance(raw, (bool, float)):
        raise InputError(
            f"{where}: {raw!r} is a {type(raw).__name__}; write the amount as a decimal "
            'string like "823.00" (floats lose grosze)'
        )
    if isinstance(raw, Decimal):
        number = raw
    elif isinstance(raw, int):
        number = Decimal(raw)
    elif isinstance(raw, str):
        try:
            number = Decimal(raw.strip())
        except InvalidOperation:
            raise InputError(f'{where}: {raw!r} is not a decimal; write it like "823.00"') from None
    else:
        raise InputError(
            f'{where}: expected a decimal string like "823.00", got {type(raw).__name__}'
        )
    if not number.is_finite() or number < 0:
        raise InputError(f"{where}: {raw!r} must be a finite amount >= 0")
    return number


def _date(raw: Any) -> dt.date:
    if isinstance(raw, dt.datetime):
        raise ValueError("a date without a time is expected")
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str):
        return dt.date.fromisoformat(raw)
    raise ValueError(f"expected a date like 2025-01-01, got {type(raw).__name__}")


def _check_date(on: Any, name: str) -> None:
    if isinstance(on, dt.datetime) or not isinstance(on, dt.date):
        raise DateOutOfRangeError(
            f"{name}: the day must be a datetime.date (e.g. date(2025, 1, 1)), not "
            f"{type(on).__name__}"
        )
    if on < ACT_IN_FORCE:
        raise DateOutOfRangeError(
            f"{name} has no value on {on.isoformat()}: the ustawa o pomocy społecznej is in "
            f"force from {ACT_IN_FORCE.isoformat()}; give a date on or after that day"
        )


def parse_parameter(name: str, text: str, *, origin: str | None = None) -> Parameter:
    """Parse one parameter file's TOML text; ``origin`` names the file in errors.

    Raises :class:`ParameterFileError` listing every problem (with ``origin:$.key``).
    """
    where = origin or name
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ParameterFileError(f"{where}: not valid TOML ({exc})") from None
    problems: list[Problem] = []

    def bad(path: str, message: str) -> None:
        problems.append(Problem(f"{where}:{path}", message))

    for key in sorted(set(data) - _TOP_KEYS):
        bad(f"$.{key}", f"unknown key; allowed: {', '.join(sorted(_TOP_KEYS))}")
    for key in sorted(_TOP_REQUIRED - set(data)):
        bad(f"$.{key}", "missing")
    for key in ("description", "label", "unit", "legal_basis"):
        if key in data and (not isinstance(data[key], str) or not data[key].strip()):
            bad(f"$.{key}", "must be non-empty text")
    unit = data.get("unit")
    if isinstance(unit, str) and unit not in UNITS:
        bad("$.unit", f"unknown unit {unit!r}; use one of {', '.join(UNITS)}")
    basis: LegalBasis | None = None
    if isinstance(data.get("legal_basis"), str):
        try:
            basis = LegalBasis.parse(data["legal_basis"])
        except LegalBasisError as exc:
            bad("$.legal_basis", exc.message)
    policy = data.get("override", "none")
    if policy not in ("none", "raise"):
        bad("$.override", f'{policy!r}: use "none" or "raise"')

    periods: list[Period] = []
    values = data.get("values")
    if "values" in data and (not isinstance(values, list) or not values):
        bad("$.values", "must be a non-empty array of tables [[values]]")
        values = []
    for i, entry in enumerate(values or []):
        path = f"$.values[{i}]"
        if not isinstance(entry, dict):
            bad(path, "must be a table [[values]]")
            continue
        for key in sorted(set(entry) - _VALUE_KEYS):
            bad(f"{path}.{key}", f"unknown key; allowed: {', '.join(sorted(_VALUE_KEYS))}")
        for key in sorted(_VALUE_REQUIRED - set(entry)):
            bad(f"{path}.{key}", "missing")
        start: dt.date | None = None
        if "from" in entry:
            try:
                start = _date(entry["from"])
            except ValueError as exc:
                bad(f"{path}.from", f"{entry['from']!r} is not a date YYYY-MM-DD ({exc})")
            else:
                if start < ACT_IN_FORCE:
                    bad(f"{path}.from", f"{start} is before the Act ({ACT_IN_FORCE})")
        has_value, has_ref = "value" in entry, "same_as" in entry
        amount: Decimal | None = None
        if has_value == has_ref:
            bad(path, 'give exactly one of "value" and "same_as"')
        elif has_value:
            try:
                amount = _decimal(entry["value"], "value")
            except InputError as exc:
                bad(f"{path}.value", exc.message)
        elif not isinstance(entry["same_as"], str) or not entry["same_as"]:
            bad(f"{path}.same_as", "must be the name of another figure")
        if "verified" in entry and not isinstance(entry["verified"], bool):
            bad(f"{path}.verified", "must be true or false")
        for key in ("source", "dz_u", "url", "note"):
            if key in entry and (not isinstance(entry[key], str) or not entry[key].strip()):
                bad(f"{path}.{key}", "must be non-empty text")
        period_basis = None
        if isinstance(entry.get("legal_basis"), str):
            try:
                period_basis = LegalBasis.parse(entry["legal_basis"])
            except LegalBasisError as exc:
                bad(f"{path}.legal_basis", exc.message)
        elif "legal_basis" in entry:
            bad(f"{path}.legal_basis", "must be a citation like 'art. 37 ust. 2 u.p.s.'")
        if start is not None and periods and start <= periods[-1].start:
            bad(
                f"{path}.from",
                f"{start} is not after the previous value's date "
                f"{periods[-1].start}; list values in increasing date order, each date once",
            )
        if start is not None and not problems:
            periods.append(
                Period(
                    start=start,
                    amount=amount,
                    same_as=entry.get("same_as"),
                    verified=entry["verified"],
                    source=" ".join(entry["source"].split()),
                    dz_u=entry.get("dz_u"),
                    url=entry.get("url"),
                    note=" ".join(entry["note"].split()) if "note" in entry else None,
                    legal_basis=period_basis,
                )
            )
    if problems or basis is None:
        raise ParameterFileError(f"parameter file {where} is malformed", problems)
    return Parameter(
        name=name,
        description=" ".join(data["description"].split()),
        label=" ".join(data["label"].split()),
        unit=data["unit"],
        legal_basis=basis,
        override=policy,
        periods=tuple(periods),
    )


def _walk(folder: Traversable, prefix: str) -> Iterator[tuple[str, Traversable]]:
    for item in sorted(folder.iterdir(), key=lambda t: t.name):
        if item.is_dir() and not item.name.startswith(("_", ".")):
            yield from _walk(item, f"{prefix}{item.name}.")
        elif item.is_file() and item.name.endswith(".toml"):
            yield f"{prefix}{item.name[: -len('.toml')]}", item


def load_parameters(folder: Traversable | None = None) -> dict[str, Parameter]:
    """Load every ``*.toml`` under ``folder`` (default: the package's own figures)."""
    root = folder if folder is not None else resources.files(__name__)
    loaded: dict[str, Parameter] = {}
    problems: list[Problem] = []
    for name, item in _walk(root, ""):
        try:
            loaded[name] = parse_parameter(
                name, item.read_text(encoding="utf-8"), origin=f"{name.replace('.', '/')}.toml"
            )
        except ParameterFileError as exc:
            problems.extend(exc.problems or (Problem(name, exc.message),))
    for name, param in loaded.items():
        for i, period in enumerate(param.periods):
            if period.same_as is not None:
                target = loaded.get(period.same_as)
                if target is None or target is param:
                    problems.append(
                        Problem(
                            f"{name.replace('.', '/')}.toml:$.values[{i}].same_as",
                            f"{period.same_as!r} is not another figure",
                        )
                    )
                elif any(p.same_as for p in target.periods):
                    problems.append(
                        Problem(
                            f"{name.replace('.', '/')}.toml:$.values[{i}].same_as",
                            f"{period.same_as!r} itself refers to another figure; refer to "
                            "the figure with the amounts",
                        )
                    )
                elif period.start < target.periods[0].start:
                    problems.append(
                        Problem(
                            f"{name.replace('.', '/')}.toml:$.values[{i}].same_as",
                            f"{period.same_as!r} has no value on {period.start}",
                        )
                    )
    if problems:
        raise ParameterFileError("legal figures could not be loaded", problems)
    return loaded


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
        close = difflib.get_close_matches(str(name), list(figures), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UnknownParameterError(
            f"there is no legal figure {name!r}{hint} (all figures: "
            "socialwork.law.parameters.names())"
        )
    return figures[name]


# --------------------------------------------------------------------------- lookups


def _registered_overrides() -> Mapping[str, Any]:
    from socialwork.plugins import get_registry

    table: Mapping[str, Any] = get_registry().parameters
    return table


def record(
    name: str,
    on: dt.date,
    *,
    statutory: bool = False,
    overrides: Mapping[str, ParameterOverride] | None = None,
) -> FigureValue:
    """The figure ``name`` in force on ``on``, with source, Dz.U., URL and verified flag.

    A local override (``overrides`` if given, else the plugin registry's ``parameters``
    table) applies when the figure allows one, ``statutory`` is false and the override has
    a value in force on ``on``.  Raises :class:`UnknownParameterError`,
    :class:`DateOutOfRangeError` (a day before the first value / before 2004-05-01, or not
    a ``date``) or :class:`InputError` (an override lowering a statutory figure).
    """
    param = parameter(name)
    period, end = param.period_on(on)
    if period.same_as is not None:
        amount = record(period.same_as, on, statutory=True).amount
    else:
        assert period.amount is not None
        amount = period.amount
    statutory_value = FigureValue(
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
    if statutory or param.override != "raise":
        return statutory_value
    table = overrides if overrides is not None else _registered_overrides()
    local = table.get(name)
    if local is None:
        return statutory_value
    if not isinstance(local, ParameterOverride):
        raise InputError(
            f"the local figure registered for {name} is a {type(local).__name__}, not a "
            "socialwork.law.parameters.ParameterOverride"
        )
    found = local.amount_on(on)
    if found is None:
        return statutory_value
    start, local_amount = found
    if local_amount < amount:
        raise InputError(
            f"{local.gmina}: the local {param.label} ({local_amount}) in force from "
            f"{start.isoformat()} is lower than the statutory one ({amount}) on "
            f"{on.isoformat()}; art. 8 ust. 2 u.p.s. allows only raising it – correct the "
            "plugin's ParameterOverride"
        )
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
        effective_from=max(start, period.start),
        effective_to=local_end,
        legal_basis=local.legal_basis or LegalBasis("u.p.s.", "8", ustep="2"),
        source=local.source,
        dz_u=None,
        url=None,
        verified=local.verified,
        gmina=local.gmina,
        statutory_amount=amount,
    )


def value(
    name: str,
    on: dt.date,
    *,
    statutory: bool = False,
    overrides: Mapping[str, ParameterOverride] | None = None,
) -> Decimal:
    """The figure ``name`` in force on ``on`` (see :func:`record` for the rules)."""
    return record(name, on, statutory=statutory, overrides=overrides).amount


# --------------------------------------------------------------------------- docs


def _fmt_amount(param: Parameter, period: Period) -> str:
    if period.same_as is not None:
        return f"= {parameter(period.same_as).label} (`{period.same_as}`)"
    assert period.amount is not None
    if param.unit == "ratio":
        return f"{(period.amount * 100).normalize():f} %"
    if param.unit.startswith("PLN"):
        return f"{period.amount:.2f} zł"
    return f"{period.amount.normalize():f}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def figures_table() -> str:
    """The Markdown text of ``docs/figures.md``: every figure, every value, its source."""
    lines = [
        "# Legal figures",
        "",
        "<!-- Generated by `python -m socialwork.law.parameters > docs/figures.md`; "
        "do not edit by hand. -->",
        "",
        "Every figure the library computes with, with each value's effective date and source. "
        "A value is in force from its date until the day before the next one. "
        "**UNVERIFIED** values were not confirmed in a stored copy of the source "
        "(check ISAP before relying on them). Figures marked *may be raised locally* accept "
        "a gmina's `ParameterOverride` (art. 8 ust. 2 u.p.s.).",
        "",
    ]
    for name in names():
        param = parameter(name)
        lines += [
            f"## `{name}`",
            "",
            f"- **{param.label}** – {param.description}",
            f"- Unit: {UNITS[param.unit]}",
            f"- Legal basis: {param.legal_basis.short}",
            "- A gmina may raise it locally (ParameterOverride)"
            if param.override == "raise"
            else "- Statutory only (no local override)",
            "",
            "| In force from | Value | Source | Status |",
            "|---|---|---|---|",
        ]
        for period in param.periods:
            source = period.source
            if period.dz_u:
                source += f" ({period.dz_u})"
            if period.legal_basis is not None:
                source += f"; {period.legal_basis.short}"
            if period.url:
                source += f" <{period.url}>"
            if period.note:
                source += f". {period.note}"
            status = "verified" if period.verified else "**UNVERIFIED**"
            lines.append(
                f"| {period.start.isoformat()} | {_cell(_fmt_amount(param, period))} | "
                f"{_cell(source)} | {status} |"
            )
        lines.append("")
    return "\n".join(lines)
