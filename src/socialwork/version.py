"""The installed version of socialwork, read from this package's own metadata
(pyproject.toml is the one place it is written).

The version is read from the ``socialwork-<version>.dist-info`` folder of this distribution
directly — no scan of every installed distribution and no import of :mod:`importlib.metadata`
(which costs more than the rest of ``socialwork --version``); that is the fallback when the
folder is not found (e.g. an egg or zip install).
"""

from __future__ import annotations

import os
import sys

__all__ = ["__version__", "read_version"]

_DIST_PREFIX = "socialwork-"


def _from_dist_info() -> str | None:
    seen: set[str] = set()
    for entry in sys.path:
        folder = entry or "."
        if folder in seen:
            continue
        seen.add(folder)
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            if not (name.startswith(_DIST_PREFIX) and name.endswith(".dist-info")):
                continue
            try:
                with open(os.path.join(folder, name, "METADATA"), encoding="utf-8") as handle:
                    fields = {}
                    for line in handle:
                        if not line.strip():
                            break  # the headers end at the first empty line
                        key, _, value = line.partition(":")
                        fields[key.strip().lower()] = value.strip()
            except OSError:
                continue
            if fields.get("name", "").lower() == "socialwork" and fields.get("version"):
                return fields["version"]
    return None


def read_version() -> str:
    """The installed version (``0+unknown`` in a source tree that was never installed)."""
    found = _from_dist_info()
    if found:
        return found
    from importlib import metadata

    try:
        return metadata.version("socialwork")
    except metadata.PackageNotFoundError:
        return "0+unknown"


__version__: str = read_version()
