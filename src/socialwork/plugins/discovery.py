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

import os
import re
from collections.abc import Iterable, Mapping
from importlib import metadata

import attrs

GROUP = "socialwork"
ENV_VAR = "SOCIALWORK_PLUGINS"
CORE = "socialwork"


def normalize(name: str) -> str:
    """PEP 503 normalised distribution name: ``Acme_Socialwork`` → ``acme-socialwork``."""
    return re.sub(r"[-_.]+", "-", name.strip()).lower()


@attrs.frozen
class Candidate:
    """An installed plugin entry point, not loaded yet."""

    distribution: str
    version: str | None
    entry_point: metadata.EntryPoint

    @property
    def label(self) -> str:
        return f"{self.entry_point.name} = {self.entry_point.value}"


def installed(group: str = GROUP) -> list[Candidate]:
    """All entry points of ``group`` with their distributions, sorted by distribution name.

    A distribution found twice on ``sys.path`` counts once (the first one, as Python imports
    it); the core distribution itself is never a plugin.
    """
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
            found.append(Candidate(raw_name, dist.version, ep))
    found.sort(key=lambda c: (normalize(c.distribution), c.entry_point.name))
    return found


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
