"""The library's cattrs converter: :func:`configure_converter` installs the reading and writing
hooks on any converter, :func:`make_converter` makes a new one, and :data:`converter` is the one
the envelope uses.

Any attrs class works with it: its fields may use ``str``, ``int``, ``float``, ``bool``,
``Decimal``, ``date``, ``datetime``, enums, attrs classes, ``X | None``, unions,
``Literal[...]``, ``tuple[X, ...]``, ``list[X]`` and ``dict[K, V]``; other types fall back to
cattrs' defaults.
"""

from __future__ import annotations

import cattrs

from socialwork.serialization.reading import install_structure_hooks
from socialwork.serialization.writing import install_unstructure_hooks

__all__ = ["configure_converter", "converter", "make_converter"]


def configure_converter(conv: cattrs.Converter) -> cattrs.Converter:
    """Install socialwork's strict JSON hooks on ``conv`` (works for any attrs class) and
    return it."""
    install_structure_hooks(conv)
    install_unstructure_hooks(conv)
    return conv


def make_converter() -> cattrs.Converter:
    """A new converter configured like :data:`converter`."""
    return configure_converter(cattrs.Converter(forbid_extra_keys=True))


converter: cattrs.Converter = make_converter()
"""The library's converter. Plugins may register hooks for their own types on it."""
