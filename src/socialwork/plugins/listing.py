"""The plugins and what each registered, as JSON-ready data: what ``socialwork plugins
--json`` prints and ``GET /plugins`` answers."""

from __future__ import annotations

from typing import Any

from socialwork.plugins.kinds import KINDS
from socialwork.plugins.registry import Registry

__all__ = ["describe"]


def describe(registry: Registry) -> list[dict[str, Any]]:
    """One JSON-ready dict per plugin: ``name``, ``version``, ``entry_point``, ``loaded``,
    ``hooks``, ``registered`` (kind → names, every kind present) and ``problems``."""
    listing: list[dict[str, Any]] = []
    seen: dict[str, dict[str, Any]] = {}
    for info in registry.plugins:
        if info.name in seen:  # a distribution with several entry points: one entry
            item = seen[info.name]
            item["hooks"] = sorted({*item["hooks"], *info.hooks})
            item["loaded"] = item["loaded"] and info.loaded
            if info.entry_point:
                item["entry_point"] = ", ".join(
                    filter(None, (item["entry_point"], info.entry_point))
                )
            continue
        listing.append(
            {
                "name": info.name,
                "version": info.version,
                "entry_point": info.entry_point,
                "loaded": info.loaded,
                "hooks": list(info.hooks),
                "registered": {
                    kind: list(registry.table(kind).names_by(info.name)) for kind in KINDS
                },
                "problems": [
                    f.message if not f.hook else f"{f.hook}: {f.message}"
                    for f in registry.problems(info.name)
                ],
            }
        )
        seen[info.name] = listing[-1]
    return listing
