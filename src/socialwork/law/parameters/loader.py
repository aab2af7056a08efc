"""The TOML loader: one data file per figure, read strictly into a :class:`Parameter`.

The figures ship in the ``data/`` folder of this package; the dotted name is the file path
there, e.g. ``data/income_criterion/single.toml`` → ``"income_criterion.single"``.  A file
looks like::

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
:class:`ParameterFileError` naming the file (relative to the folder) and the key.
"""

from __future__ import annotations

import binascii
import datetime as dt
import marshal
import sys
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

import socialwork.cachefiles as cachefiles
from socialwork.errors import InputError, Problem
from socialwork.law.citations import LegalBasis, LegalBasisError
from socialwork.law.parameters.types import (
    ACT_IN_FORCE,
    UNITS,
    Parameter,
    ParameterFileError,
    Period,
)

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["data_folder", "load_parameters", "parse_amount", "parse_parameter"]

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


def data_folder() -> Traversable:
    """The folder of the figures shipped with the library (``data/`` of this package).

    Installed as files (the usual case) it is that folder's path, exactly what
    :func:`importlib.resources.files` gives for such a package, found without importing
    :mod:`importlib.resources` (and with it ``tempfile``, ``zipfile``…) at every start;
    installed any other way (a zip archive) it is located by :mod:`importlib.resources`.
    """
    here = Path(__file__).parent / "data"
    if here.is_dir():
        return here
    from importlib import resources

    return resources.files("socialwork.law.parameters").joinpath("data")


def parse_amount(raw: Any, where: str) -> Decimal:
    """A finite amount >= 0 from a Decimal, an int or a decimal string; a float is refused.

    Raises :class:`InputError` whose message starts with ``where``.
    """
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


def parse_parameter(name: str, text: str, *, origin: str | None = None) -> Parameter:
    """Parse one parameter file's TOML text; ``origin`` names the file in errors.

    Raises :class:`ParameterFileError` listing every problem (with ``origin:$.key``).
    """
    where = origin or name
    return _from_table(name, _parse_toml(text, where), where)


def _parse_toml(text: str, where: str) -> dict[str, Any]:
    import tomllib  # here: with the cache of the figures most commands never parse TOML

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ParameterFileError(f"{where}: not valid TOML ({exc})") from None


def _from_table(name: str, data: dict[str, Any], where: str) -> Parameter:
    """The figure ``name`` from its parsed TOML table (see :func:`parse_parameter`)."""
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
                amount = parse_amount(entry["value"], "value")
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


def _origin(name: str) -> str:
    """The data file of figure ``name``, relative to the folder (as errors name it)."""
    return f"{name.replace('.', '/')}.toml"


def load_parameters(folder: Traversable | None = None) -> dict[str, Parameter]:
    """Load every ``*.toml`` under ``folder`` (default: the package's own figures in ``data/``).

    Every problem of every file is collected, then raised at once as a
    :class:`ParameterFileError` (each problem named ``file.toml:$.key``); a ``same_as``
    must name another loaded figure that has amounts of its own from that day.
    """
    root = folder if folder is not None else data_folder()
    files = [(name, item.read_text(encoding="utf-8")) for name, item in _walk(root, "")]
    if folder is not None:
        return _load(files, {}, {})
    # the figures shipped: their parsed TOML is kept in the cache (see the end of the module)
    tables = _cached_tables()
    parsed: dict[str, Any] = {}
    try:
        loaded = _load(files, tables, parsed)
    except Exception:
        if not tables:
            raise
        # perhaps a damaged entry: the files themselves decide (the same error if real)
        loaded = _load(files, {}, parsed)
    if parsed:
        _store_tables({text: parsed.get(text, tables.get(text)) for _name, text in files})
    return loaded


def _load(
    files: list[tuple[str, str]], tables: dict[str, Any], parsed: dict[str, Any]
) -> dict[str, Parameter]:
    """The figures of ``files`` (name, TOML text); a text found in ``tables`` is not parsed
    again, the table of each text parsed is added to ``parsed``."""
    loaded: dict[str, Parameter] = {}
    problems: list[Problem] = []
    for name, text in files:
        where = _origin(name)
        try:
            table = tables.get(text)
            if table is None:
                data = _parse_toml(text, where)
                parsed[text] = _encoded(data)
            else:
                data = _decoded(table)
            loaded[name] = _from_table(name, data, where)
        except ParameterFileError as exc:
            problems.extend(exc.problems or (Problem(name, exc.message),))
    for name, param in loaded.items():
        for i, period in enumerate(param.periods):
            if period.same_as is None:
                continue
            where = f"{_origin(name)}:$.values[{i}].same_as"
            target = loaded.get(period.same_as)
            if target is None or target is param:
                problems.append(Problem(where, f"{period.same_as!r} is not another figure"))
            elif any(p.same_as for p in target.periods):
                problems.append(
                    Problem(
                        where,
                        f"{period.same_as!r} itself refers to another figure; refer to "
                        "the figure with the amounts",
                    )
                )
            elif period.start < target.periods[0].start:
                problems.append(
                    Problem(where, f"{period.same_as!r} has no value on {period.start}")
                )
    if problems:
        raise ParameterFileError("legal figures could not be loaded", problems)
    return loaded


# ------------------------------------------------------------ the cache of the parsed files
#
# Parsing the TOML of the figures shipped is most of the time of loading them. The parsed
# tables are kept in socialwork's private cache folder (socialwork.cachefiles, ``figures/``),
# each under the file's whole text: a table is used only for a file whose text is exactly the
# one it was parsed from, by the same Python (its tomllib); every check of this module still
# runs on it. Tables hold only strings, numbers, booleans, lists, dicts and dates (written as
# ``("date", "2025-01-01")``; TOML itself never gives a tuple), stored with marshal.

_HEADER = b"socialwork-figures/1\n"
_TAGS: dict[str, Any] = {"date": dt.date, "datetime": dt.datetime, "time": dt.time}


def _encoded(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _encoded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_encoded(item) for item in value]
    if isinstance(value, dt.datetime):
        return ("datetime", value.isoformat())
    if isinstance(value, dt.date):
        return ("date", value.isoformat())
    if isinstance(value, dt.time):
        return ("time", value.isoformat())
    return value


def _decoded(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _decoded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_decoded(item) for item in value]
    if isinstance(value, tuple):
        tag, text = value
        return _TAGS[tag].fromisoformat(text)
    return value


def _cache_file() -> Any:
    folder = cachefiles.folder("figures")
    if folder is None:
        return None
    return folder / f"{binascii.crc32(sys.version.encode()):08x}"


def _cached_tables() -> dict[str, Any]:
    """The parsed tables kept in the cache, by the text they were parsed from (or none)."""
    path = _cache_file()
    content = None if path is None else cachefiles.read(path, _HEADER)
    if content is None:
        return {}
    try:
        version, tables = marshal.loads(content)
    except (EOFError, ValueError, TypeError):
        return {}
    if version != sys.version or not isinstance(tables, dict):
        return {}
    return tables


def _store_tables(tables: dict[str, Any]) -> None:
    path = _cache_file()
    if path is None:
        return
    try:
        content = _HEADER + marshal.dumps((sys.version, tables))
    except ValueError:
        return
    cachefiles.write(path, content)
