"""Helpers for testing plugins without installing them.

::

    from socialwork.plugins.testing import plugins_registered

    class Letterhead:
        @socialwork.hookimpl
        def extend_context(self, context):
            context["letterhead"] = "MOPS Przykładowo"

    def test_letterhead():
        with plugins_registered(Letterhead()) as registry:
            ...  # socialwork.render(...) now sees the plugin; registry is the active one

Inside the ``with`` block the core plus the given plugins (and no installed ones, unless
``entry_points=True``) are the active registry; the previous registry is restored after.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from socialwork.plugins.active import set_registry
from socialwork.plugins.manager import add_plugin, collect_registrations, get_plugin_manager
from socialwork.plugins.registry import PluginInfo, Registry

__all__ = ["plugins_registered", "registry_with"]


def _name(plugin: object) -> str:
    name = getattr(plugin, "__name__", None)
    if isinstance(name, str):
        return name
    return type(plugin).__name__


def registry_with(
    *plugins: object | tuple[str, object], core: bool = True, entry_points: bool = False
) -> Registry:
    """A registry of the core (``core=True``), the installed plugins (``entry_points=True``)
    and ``plugins`` — objects or modules with ``@hookimpl`` functions, or ``(name, plugin)``
    pairs; the name stands for the distribution name in messages and ``.owner()``."""
    registry = Registry()
    pm = get_plugin_manager(entry_points=entry_points, registry=registry, core=core)
    for item in plugins:
        if isinstance(item, tuple):
            name, plugin = item
        else:
            name, plugin = _name(item), item
        add_plugin(pm, registry, plugin, name, PluginInfo(name, None))
    collect_registrations(registry)
    return registry


@contextmanager
def plugins_registered(
    *plugins: object | tuple[str, object], core: bool = True, entry_points: bool = False
) -> Iterator[Registry]:
    """Make :func:`registry_with` the active registry for the ``with`` block."""
    registry = registry_with(*plugins, core=core, entry_points=entry_points)
    previous = set_registry(registry)
    try:
        yield registry
    finally:
        set_registry(previous)
