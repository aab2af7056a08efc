"""Plugin system (pluggy, entry-point group ``socialwork``); see ``docs/plugins.md``.

Vendors mark hook implementations with :data:`hookimpl` (also ``socialwork.hookimpl``) and
declare their module under ``[project.entry-points.socialwork]``. The host side:

* :func:`get_registry` — everything registered by the core and the loaded plugins
  (``templates``, ``models``, ``rules``, ``converters``, ``parameters``; each table's
  ``.owner(name)`` gives the distribution name); :func:`reset_registry` forgets it;
* :func:`run_extend_context` / :func:`run_after_render` — the lifecycle hooks, called by the
  documents engine, with fault isolation;
* :class:`RegistrationError` — a name clash (naming both distributions) or a malformed
  registration; :class:`PluginWarning` — a plugin skipped or a hook failed.
"""

from socialwork.errors import PluginWarning, RegistrationError
from socialwork.plugins.active import check_pending, get_registry, reset_registry
from socialwork.plugins.faults import Fault
from socialwork.plugins.hookspecs import hookimpl, hookspec
from socialwork.plugins.lifecycle import run_after_render, run_extend_context
from socialwork.plugins.manager import build_registry, get_plugin_manager
from socialwork.plugins.registry import (
    PluginInfo,
    Registry,
    Table,
)

__all__ = [
    "Fault",
    "PluginInfo",
    "PluginWarning",
    "RegistrationError",
    "Registry",
    "Table",
    "build_registry",
    "check_pending",
    "get_plugin_manager",
    "get_registry",
    "hookimpl",
    "hookspec",
    "reset_registry",
    "run_after_render",
    "run_extend_context",
]
