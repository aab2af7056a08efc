"""The active registry: built once from the core and the installed plugins, then cached.

:func:`get_registry` builds it on first use (loading the installed plugins) and caches it;
:func:`reset_registry` forgets it (after changing ``SOCIALWORK_PLUGINS``, or in tests);
:func:`set_registry` installs one assembled in-process (see
:func:`socialwork.plugins.testing.plugins_registered`).
"""

from __future__ import annotations

import threading

import pluggy

from socialwork.plugins import manager
from socialwork.plugins.manager import UNKNOWN_HOOK, build_registry
from socialwork.plugins.registry import Registry

__all__ = ["check_pending", "get_registry", "reset_registry", "set_registry"]

_lock = threading.RLock()
_current: Registry | None = None
_building = False


def get_registry() -> Registry:
    """Build (once) and return the registry of the core and all loaded plugins.

    Raises :class:`RegistrationError` on a name clash between plugins. Faulty plugins are
    reported as :class:`~socialwork.plugins.PluginWarning` and left out.
    """
    global _current, _building
    current = _current
    if current is not None:
        return current
    with _lock:
        if _current is not None:
            return _current
        if _building:
            raise RuntimeError(
                "get_registry() was called while the registry is being built (a module "
                "imported by a registration hook calls it at import time); call it lazily"
            )
        _building = True
        try:
            _current = build_registry()
        finally:
            _building = False
        return _current


def reset_registry() -> None:
    """Forget the cached registry; the next :func:`get_registry` rebuilds it (reading
    ``SOCIALWORK_PLUGINS`` again)."""
    global _current
    with _lock:
        _current = None


def set_registry(registry: Registry | None) -> Registry | None:
    """Install ``registry`` as the current one (``None``: rebuild on next use) and return the
    previous one. For tests and hosts that assemble plugins in-process; see
    :func:`socialwork.plugins.testing.plugins_registered`."""
    global _current
    with _lock:
        previous, _current = _current, registry
        return previous


def check_pending(
    pm: pluggy.PluginManager | None = None, registry: Registry | None = None
) -> list[str]:
    """Find hook implementations that match no hookspec (misspelled hook names) or are
    wrappers; report each naming its plugin, unregister the plugin, and return the messages.

    Unlike :meth:`pluggy.PluginManager.check_pending` this never raises: the host goes on
    without the faulty plugins. Without ``pm`` it checks the active registry's manager
    (where loading already ran this check) and returns every such fault found so far.
    """
    if pm is not None:
        return manager.check_pending(pm, registry)
    registry = get_registry()
    if registry.plugin_manager is None:
        return []
    manager.check_pending(registry.plugin_manager, registry)
    return [str(f) for f in registry.faults if UNKNOWN_HOOK in f.message]
