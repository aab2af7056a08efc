"""Finding installed plugins: entry points in the group ``socialwork``.

A vendor declares its plugin in its ``pyproject.toml``::

    [project.entry-points.socialwork]
    acme = "acme_socialwork.plugin"

Each plugin is known by its **distribution name** (``acme-socialwork``) and version, which
is what ``socialwork plugins`` shows and what clash and fault messages name.

``SOCIALWORK_PLUGINS`` limits which installed plugins load: a comma-separated list of
distribution names (compared the way pip compares names: case-insensitive, ``-``, ``_`` and
``.`` alike). Unset: all installed plugins load. Empty: none (only the core).
"""

from __future__ import annotations

import binascii
import functools
import importlib
import marshal
import os
import re
import sys
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

import socialwork.cachefiles as cachefiles

GROUP = "socialwork"
ENV_VAR = "SOCIALWORK_PLUGINS"
CORE = "socialwork"


def normalize(name: str) -> str:
    """PEP 503 normalised distribution name: ``Acme_Socialwork`` → ``acme-socialwork``."""
    return re.sub(r"[-_.]+", "-", name.strip()).lower()


_REFERENCE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")
"""The syntax of an entry point's value, ``module.path[:attr.path] [extras]`` (the pattern of
:class:`importlib.metadata.EntryPoint`)."""


@attrs.frozen
class EntryPoint:
    """An installed entry point: ``name = value`` in ``group``, loaded the way
    :meth:`importlib.metadata.EntryPoint.load` loads it, without importing
    :mod:`importlib.metadata` (which costs more than the rest of plugin discovery)."""

    name: str
    value: str
    group: str

    def load(self) -> Any:
        """Import the module the value names and return it, or the object at its attribute
        path; the errors are those of :meth:`importlib.metadata.EntryPoint.load`."""
        match = _REFERENCE.match(self.value)
        if match is None:  # malformed: fail exactly as importlib.metadata does
            return self._load_by_importlib_metadata()
        module = importlib.import_module(match.group("module"))
        try:
            return functools.reduce(
                getattr, filter(None, (match.group("attr") or "").split(".")), module
            )
        except AttributeError:
            # the module is imported (and stays so); importlib.metadata looks the attribute
            # up again and raises the same error, reported from the same place as before
            return self._load_by_importlib_metadata()

    def _load_by_importlib_metadata(self) -> Any:
        from importlib import metadata

        return metadata.EntryPoint(self.name, self.value, self.group).load()


@attrs.frozen
class Candidate:
    """An installed plugin entry point, not loaded yet."""

    distribution: str
    version: str | None
    entry_point: EntryPoint

    @property
    def label(self) -> str:
        return f"{self.entry_point.name} = {self.entry_point.value}"


def installed(group: str = GROUP) -> list[Candidate]:
    """All entry points of ``group`` with their distributions, sorted by distribution name.

    A distribution found twice on ``sys.path`` counts once (the first one, as Python imports
    it); the core distribution itself is never a plugin.

    The answer is kept in socialwork's private cache folder (:mod:`socialwork.cachefiles`,
    sub-folder ``plugins/``) and used again only while nothing it came from has changed: the
    same ``sys.path`` in the same order, and the same modification time (and size, inode)
    of every ``sys.path`` folder — installing or removing a distribution adds or removes a
    ``*.dist-info`` folder there — and of each distribution's ``entry_points.txt`` and
    ``METADATA``. Anything else (no cache, a foreign or corrupt entry, a path finder of
    another kind on ``sys.meta_path``) means the answer is found afresh.
    """
    material = _material(group)
    if material is None:
        return _discover(group)
    path = _cache_path(material)
    if path is not None:
        cached = _cached(path, material)
        if cached is not None:
            return cached
    witness = _witness(material)  # before looking: a change while we look is seen next time
    found = _discover(group)
    if path is not None and witness is not None:
        _store(path, material, witness, found)
    return found


def _discover(group: str) -> list[Candidate]:
    from importlib import metadata

    # ``entry_points(group=...)`` reads each distribution's small ``entry_points.txt`` and
    # keeps the first distribution of a name found on ``sys.path`` (as Python imports it);
    # only the distributions that have an entry point in ``group`` get their METADATA parsed
    # (reading every installed distribution's METADATA took most of a command's start-up).
    found: list[Candidate] = []
    by_dist: dict[metadata.Distribution, list[metadata.EntryPoint]] = {}
    for ep in metadata.entry_points(group=group):
        if ep.dist is not None:  # entry points found on sys.path always have one
            by_dist.setdefault(ep.dist, []).append(ep)
    seen: set[str] = set()
    for dist, eps in by_dist.items():
        raw_name = dist.metadata["Name"] if dist.metadata else None
        if not raw_name:
            continue
        name_key = normalize(raw_name)
        if name_key in seen:
            continue
        seen.add(name_key)
        if name_key == CORE:
            continue
        for ep in sorted(eps, key=lambda e: e.name):
            found.append(Candidate(raw_name, dist.version, EntryPoint(ep.name, ep.value, ep.group)))
    found.sort(key=lambda c: (normalize(c.distribution), c.entry_point.name))
    return found


# ------------------------------------------------------------------ the cache of the answer

_HEADER = b"socialwork-plugins/1\n"
_KIND = "plugins"
_KEEP = 32
"""Entries kept (one per ``sys.path``: a few virtual environments, the tests' own paths)."""
_SETTLING_NS = 2_000_000_000
"""A file changed this recently may change again within the file system's timestamp
granularity without its time changing: such an answer is used but not kept."""

Signature = tuple[int, int, int, int] | None
"""(mtime in ns, size, inode, mode) of a path, or ``None`` when it does not exist."""


def _material(group: str) -> tuple[Any, ...] | None:
    """What the answer depends on besides the files: ``None`` when the answer may come from
    somewhere no file can tell (a distribution finder other than Python's path finder)."""
    from importlib.machinery import PathFinder

    for finder in sys.meta_path:
        if finder is not PathFinder and getattr(finder, "find_distributions", None) is not None:
            return None
    entries = tuple(sys.path)
    if not all(isinstance(entry, str) for entry in entries):
        return None
    relative = any(not os.path.isabs(entry) for entry in entries)
    return (group, sys.version, os.getcwd() if relative else "", entries)


def _cache_path(material: tuple[Any, ...]) -> Path | None:
    folder = cachefiles.folder(_KIND)
    if folder is None:
        return None
    key = binascii.crc32(repr(material).encode("utf-8", "surrogatepass"))
    return folder / f"{key:08x}"


def _signature(path: str) -> Signature:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return (info.st_mtime_ns, info.st_size, info.st_ino, info.st_mode)


def _folders(material: tuple[Any, ...]) -> list[str]:
    """The folders ``sys.path`` names, absolute, each once, in order."""
    cwd = material[2]
    folders: list[str] = []
    for entry in material[3]:
        folder = entry if os.path.isabs(entry) else os.path.join(cwd, entry)
        if folder not in folders:
            folders.append(folder)
    return folders


def _witness(material: tuple[Any, ...]) -> tuple[tuple[str, Signature], ...] | None:
    """The signature of every file the answer is read from (see :func:`installed`), or
    ``None`` when one of them changed too recently to be told apart from a later change."""
    paths = [__file__]
    for folder in _folders(material):
        paths.append(folder)
        try:
            children = os.listdir(folder)
        except OSError:  # missing, or a file (a zip archive: its own signature covers it)
            continue
        is_egg = folder.lower().endswith(".egg")
        for child in sorted(children):
            low = child.lower()
            if not (low.endswith((".dist-info", ".egg-info")) or (is_egg and low == "egg-info")):
                continue
            info = os.path.join(folder, child)
            paths.append(info)  # an .egg-info file holds the metadata itself
            if os.path.isdir(info):
                paths.append(os.path.join(info, "entry_points.txt"))
                metadata = os.path.join(info, "METADATA")
                if not os.path.exists(metadata):
                    metadata = os.path.join(info, "PKG-INFO")
                paths.append(metadata)
    witness = tuple((path, _signature(path)) for path in paths)
    settled = time.time_ns() - _SETTLING_NS
    if any(sig is not None and sig[0] > settled for _path, sig in witness):
        return None
    return witness


def _cached(path: Path, material: tuple[Any, ...]) -> list[Candidate] | None:
    content = cachefiles.read(path, _HEADER)
    if content is None:
        return None
    try:
        stored, witness, answer = marshal.loads(content)
        if stored != material:
            return None
        for file, signature in witness:
            if not isinstance(file, str) or _signature(file) != signature:
                return None
        found = []
        for distribution, version, name, value, group in answer:
            if not (
                isinstance(distribution, str)
                and (version is None or isinstance(version, str))
                and isinstance(name, str)
                and isinstance(value, str)
                and isinstance(group, str)
            ):
                return None
            found.append(Candidate(distribution, version, EntryPoint(name, value, group)))
    except (EOFError, ValueError, TypeError):
        return None
    return found


def _store(
    path: Path,
    material: tuple[Any, ...],
    witness: tuple[tuple[str, Signature], ...],
    found: Iterable[Candidate],
) -> None:
    answer = tuple(
        (c.distribution, c.version, c.entry_point.name, c.entry_point.value, c.entry_point.group)
        for c in found
    )
    try:
        content = _HEADER + marshal.dumps((material, witness, answer))
    except ValueError:
        return
    if cachefiles.write(path, content):
        cachefiles.prune(path.parent, _KEEP)


def wanted(env: Mapping[str, str] | None = None) -> frozenset[str] | None:
    """The normalised distribution names ``SOCIALWORK_PLUGINS`` allows, or ``None`` (all)."""
    environ = os.environ if env is None else env
    raw = environ.get(ENV_VAR)
    if raw is None:
        return None
    return frozenset(normalize(part) for part in raw.split(",") if part.strip())


def select(
    candidates: Iterable[Candidate], allowed: frozenset[str] | None
) -> tuple[list[Candidate], list[str]]:
    """The candidates ``allowed`` lets load, and the allowed names that match no installed
    plugin (probably misspelled)."""
    candidates = list(candidates)
    if allowed is None:
        return candidates, []
    chosen = [c for c in candidates if normalize(c.distribution) in allowed]
    known = {normalize(c.distribution) for c in candidates} | {CORE}
    return chosen, sorted(allowed - known)
