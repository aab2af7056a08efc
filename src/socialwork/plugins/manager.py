"""The plugin manager: the built-in plugin plus installed ones (entry-point group
``socialwork``)."""

from __future__ import annotations

import pluggy

from socialwork.plugins import hookspecs
from socialwork.plugins.registry import KINDS, Registry, make_register

CORE = "socialwork"


def get_plugin_manager() -> pluggy.PluginManager:
    from socialwork.plugins import builtin

    pm = pluggy.PluginManager("socialwork")
    pm.add_hookspecs(hookspecs)
    pm.register(builtin, name=CORE)
    pm.load_setuptools_entrypoints("socialwork")
    pm.check_pending()
    return pm


def build_registry(pm: pluggy.PluginManager | None = None) -> Registry:
    pm = pm or get_plugin_manager()
    registry = Registry()
    for kind in KINDS:
        caller = getattr(pm.hook, f"register_{kind}")
        for impl in caller.get_hookimpls():
            plugin = pm.get_name(impl.plugin) or CORE
            impl.function(register=make_register(registry, kind, plugin))
    return registry
