"""The plugin manager: the core's built-in plugin plus the installed ones, loaded with fault
isolation, and the registry built from their registration hooks.

Load order: the built-in plugin (distribution ``socialwork``), then installed plugins sorted
by distribution name. A plugin that fails to import, implements a hook that does not exist
(:func:`check_pending`) or has a malformed hook is reported as a
:class:`~socialwork.plugins.PluginWarning` naming its distribution and skipped entirely.
A registration hook that raises is reported and its registrations are discarded; the other
hooks of the plugin still count.
"""

from __future__ import annotations

import importlib
import os
import signal
import threading
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import pluggy

from socialwork.errors import HookTimeout
from socialwork.plugins import hookspecs
from socialwork.plugins.budget import ENV_VAR as BUDGET_VAR
from socialwork.plugins.budget import call_with_budget, hook_timeout
from socialwork.plugins.discovery import CORE, Candidate, installed, select, wanted
from socialwork.plugins.faults import describe_exception
from socialwork.plugins.kinds import KIND_LIST, Kind, kind_of
from socialwork.plugins.registry import (
    PluginInfo,
    RegistrationError,
    Registry,
    clash_error,
)
from socialwork.version import __version__

__all__ = [
    "CORE",
    "CORE_PLUGIN",
    "add_plugin",
    "build_registry",
    "check_pending",
    "collect_registrations",
    "get_plugin_manager",
    "new_plugin_manager",
]


CORE_PLUGIN = "socialwork.builtin_plugin"
"""The core's own hook implementations, loaded BY NAME (the way llm and datasette load their
default plugins): the hub sits below every layer it registers and never imports them."""


def load_core_plugin() -> object:
    """Import the core's plugin module by its dotted name. Importing it loads every layer, so
    each kind's class is declared (see :mod:`socialwork.plugins.kinds`)."""
    return importlib.import_module(CORE_PLUGIN)


def new_plugin_manager() -> pluggy.PluginManager:
    """An empty plugin manager that knows socialwork's hookspecs (no plugin registered)."""
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    return pm


def get_plugin_manager(
    *,
    entry_points: bool = True,
    env: Mapping[str, str] | None = None,
    registry: Registry | None = None,
    core: bool = True,
) -> pluggy.PluginManager:
    """A plugin manager with the built-in plugin (``core=True``) and (unless
    ``entry_points=False``) every installed plugin ``SOCIALWORK_PLUGINS`` allows. Faults are
    recorded on ``registry``, which gets the manager as its ``plugin_manager``."""
    registry = registry if registry is not None else Registry()
    pm = new_plugin_manager()
    registry.plugin_manager = pm
    builtin = load_core_plugin()
    if core:
        add_plugin(pm, registry, builtin, CORE, PluginInfo(CORE, __version__))
    if entry_points:
        load_entry_points(pm, registry, env=env)
    return pm


def load_entry_points(
    pm: pluggy.PluginManager, registry: Registry, *, env: Mapping[str, str] | None = None
) -> None:
    """Import and register the installed plugins (entry-point group ``socialwork``)."""
    allowed = wanted(env if env is not None else os.environ)
    candidates = installed()
    chosen, unknown = select(candidates, allowed)
    for name in unknown:
        known = ", ".join(sorted({c.distribution for c in candidates})) or "none"
        registry.faults.report(
            name,
            "",
            f"SOCIALWORK_PLUGINS names {name!r} but no such plugin is installed "
            f"(installed plugins: {known})",
        )
    per_dist: dict[str, int] = {}
    for candidate in chosen:
        per_dist[candidate.distribution] = per_dist.get(candidate.distribution, 0) + 1
    for candidate in chosen:
        key = candidate.distribution
        if per_dist[key] > 1:
            key = f"{key}:{candidate.entry_point.name}"
        _load_one(pm, registry, candidate, key)


class _RealInterrupt:
    """Tells a real Ctrl-C (SIGINT) from a plugin that raises ``KeyboardInterrupt`` itself
    while it is imported: the first stops the command, the second is that plugin's fault."""

    def __init__(self) -> None:
        self.received = False
        self.previous: Any = None
        self.installed = False

    def __enter__(self) -> _RealInterrupt:
        if threading.current_thread() is threading.main_thread():
            try:
                self.previous = signal.getsignal(signal.SIGINT)
                if self.previous is not None:  # None: a handler Python cannot restore
                    signal.signal(signal.SIGINT, self._handler)
                    self.installed = True
            except (ValueError, OSError):  # not the main interpreter: cannot tell
                self.installed = False
        return self

    def _handler(self, signum: int, frame: Any) -> None:
        self.received = True
        raise KeyboardInterrupt

    def __exit__(self, *_exc: object) -> None:
        if self.installed:
            signal.signal(signal.SIGINT, self.previous)

    def own(self) -> bool:
        """Whether a ``KeyboardInterrupt`` just caught came from the code, not from Ctrl-C."""
        return self.installed and not self.received


def _load_one(pm: pluggy.PluginManager, registry: Registry, candidate: Candidate, key: str) -> None:
    info = PluginInfo(candidate.distribution, candidate.version, candidate.label)
    interrupts = _RealInterrupt()
    try:
        with interrupts:
            plugin = candidate.entry_point.load()
            if isinstance(plugin, type):  # "pkg.module:PluginClass": use an instance
                plugin = plugin()
    except KeyboardInterrupt:
        if not interrupts.own():
            raise  # a real Ctrl-C
        registry.faults.report(
            candidate.distribution,
            "",
            f"raised KeyboardInterrupt while being imported ({candidate.label}); plugin "
            "skipped",
        )
        registry.plugins.append(attrs.evolve(info, loaded=False))
        return
    except (Exception, SystemExit) as exc:
        registry.faults.report(
            candidate.distribution,
            "",
            f"failed to import ({candidate.label}): {describe_exception(exc)}; plugin skipped",
        )
        registry.plugins.append(attrs.evolve(info, loaded=False))
        return
    add_plugin(pm, registry, plugin, key, info)


def add_plugin(
    pm: pluggy.PluginManager, registry: Registry, plugin: object, key: str, info: PluginInfo
) -> None:
    """Register ``plugin`` under ``key`` on ``pm`` and vet it (misspelled hooks, wrappers,
    signatures); on a fault report it naming ``info.name`` and skip it."""
    registry.plugin_names[key] = info.name
    try:
        pm.register(plugin, name=key)
    except (pluggy.PluginValidationError, ValueError) as exc:
        registry.faults.report(info.name, "", f"{_validation_message(exc)}; plugin skipped")
        registry.plugins.append(attrs.evolve(info, loaded=False))
        return
    problems = _vet(pm, plugin)
    if problems:
        pm.unregister(plugin)
        for hook, message in problems:
            registry.faults.report(info.name, hook, f"{message}; plugin skipped")
        registry.plugins.append(attrs.evolve(info, loaded=False))
        return
    for name, message in _unmarked(pm, plugin):
        registry.faults.report(info.name, name, message)
    hooks = tuple(sorted(caller.name for caller in pm.get_hookcallers(plugin) or ()))
    registry.plugins.append(attrs.evolve(info, hooks=hooks))


def _validation_message(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    if isinstance(exc, pluggy.PluginValidationError):
        return (
            f"a hook implementation does not match its specification ({text}); "
            "see docs/hooks.md for the exact signatures"
        )
    return text


UNKNOWN_HOOK = "which socialwork does not define"


def _vet(pm: pluggy.PluginManager, plugin: object) -> list[tuple[str, str]]:
    """Hooks of ``plugin`` that do not exist (misspelled) or are wrappers."""
    problems: list[tuple[str, str]] = []
    for caller in pm.get_hookcallers(plugin) or ():
        if not caller.has_spec():
            import difflib  # only for a misspelled hook

            close = difflib.get_close_matches(caller.name, hookspecs.HOOKS, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            problems.append(
                (
                    caller.name,
                    f"implements hook {caller.name!r}, {UNKNOWN_HOOK}"
                    f"{hint} (hooks: {', '.join(hookspecs.HOOKS)})",
                )
            )
            continue
        for impl in caller.get_hookimpls():
            if impl.plugin is plugin and (impl.hookwrapper or impl.wrapper):
                problems.append(
                    (caller.name, "is a wrapper; socialwork hooks take plain @hookimpl")
                )
    return problems


def _unmarked(pm: pluggy.PluginManager, plugin: object) -> list[tuple[str, str]]:
    """Functions named like a hook but not marked ``@hookimpl`` (they would never run)."""
    found = []
    implemented = {c.name for c in pm.get_hookcallers(plugin) or ()}
    for name in hookspecs.HOOKS:
        if name in implemented:
            continue
        candidate = getattr(plugin, name, None)
        if callable(candidate) and pm.parse_hookimpl_opts(plugin, name) is None:
            found.append(
                (name, "defines this hook without @socialwork.hookimpl; it is never called")
            )
    return found


def check_pending(pm: pluggy.PluginManager, registry: Registry | None = None) -> list[str]:
    """Find the hook implementations on ``pm`` that match no hookspec (misspelled hook
    names) or are wrappers; report each naming its plugin (on ``registry``), unregister the
    plugin, and return the messages. ``socialwork.plugins.check_pending()`` without a
    manager checks the active registry's."""
    registry = registry if registry is not None else Registry()
    messages: list[str] = []
    for key, plugin in list(pm.list_name_plugin()):
        if plugin is None:
            continue
        problems = _vet(pm, plugin)
        if not problems:
            continue
        owner = registry.plugin_names.get(key, key)
        pm.unregister(plugin)
        for hook, message in problems:
            fault = registry.faults.report(owner, hook, f"{message}; plugin skipped")
            messages.append(str(fault))
    return messages


def build_registry(
    pm: pluggy.PluginManager | None = None,
    *,
    entry_points: bool = True,
    env: Mapping[str, str] | None = None,
) -> Registry:
    """Build the registry: run every plugin's registration hooks.

    Without ``pm``: the built-in plugin plus installed plugins (``entry_points=True``)
    filtered by ``SOCIALWORK_PLUGINS`` (read from ``env`` or the environment). With ``pm``:
    exactly the plugins registered on it (its plugin names stand for distribution names);
    misspelled hooks are caught first (:func:`check_pending`).

    Raises :class:`RegistrationError` when two plugins register one name.
    """
    registry = Registry()
    if pm is None:
        get_plugin_manager(entry_points=entry_points, env=env, registry=registry)
    else:
        registry.plugin_manager = pm
        _adopt(pm, registry)
    collect_registrations(registry)
    return registry


def collect_registrations(registry: Registry) -> None:
    """Run the registration hooks of ``registry.plugin_manager`` into ``registry``."""
    pm = registry.plugin_manager
    if pm is None:
        raise ValueError("the registry has no plugin manager")
    load_core_plugin()  # every layer loaded: every kind's class declared
    budget = hook_timeout()
    for kind in KIND_LIST:
        _collect(pm, registry, kind, budget)
    _check_kinds(registry)


def _check_kinds(registry: Registry) -> None:
    """Report (not drop) registrations their kind's check finds unusable (a template whose
    .docx is missing…); using one of them raises an error saying the same."""
    for kind in KIND_LIST:
        if kind.check is None:
            continue
        table = registry.table(kind.name)
        for name in table:
            if kind.cls is None or not isinstance(table[name], kind.cls):
                continue
            for message in kind.check(table[name], registry):
                registry.faults.report(table.owner(name), kind.hook, message)


def _adopt(pm: pluggy.PluginManager, registry: Registry) -> None:
    """Describe and vet the plugins already registered on a caller's manager."""
    caller = getattr(pm.hook, "register_templates", None)
    if caller is None or not caller.has_spec():
        pm.add_hookspecs(hookspecs)
    check_pending(pm, registry)
    for key, plugin in pm.list_name_plugin():
        if plugin is None:
            continue
        registry.plugin_names.setdefault(key, key)
        hooks = tuple(sorted(c.name for c in pm.get_hookcallers(plugin) or ()))
        version = __version__ if key == CORE else None
        registry.plugins.append(PluginInfo(key, version, hooks=hooks))


class _Staging:
    """The registrations of one hook call, committed only if the hook returns normally."""

    def __init__(self, registry: Registry, kind: Kind, owner: str) -> None:
        self.registry = registry
        self.kind = kind
        self.owner = owner
        self.items: dict[str, Any] = {}
        self.clash: RegistrationError | None = None
        self.open = True

    def register(self, obj: Any) -> None:
        kind, owner = self.kind, self.owner
        if not self.open:
            raise RegistrationError(
                f"plugin {owner!r} called register() after {kind.hook} returned; "
                "register everything inside the hook"
            )
        expected = kind.type()
        if expected is not None and not isinstance(obj, expected):
            other = kind_of(obj)
            hint = (
                f"; a {other.qualname.rsplit('.', 1)[-1]} is registered from {other.hook}"
                if other is not None and other is not kind
                else ""
            )
            got = type(obj).__qualname__
            if kind.cls is not None and got == kind.cls.__qualname__:  # same name, other class
                got = f"{type(obj).__module__}.{got}"
            raise RegistrationError(
                f"plugin {owner!r}: {kind.hook} expects {kind.qualname} objects, got {got}{hint}"
            )
        name = getattr(obj, kind.name_attribute, None)
        if not isinstance(name, str) or not name.strip():
            raise RegistrationError(
                f"plugin {owner!r} registered a {type(obj).__qualname__} in {kind.hook} "
                f"without a {kind.name_attribute!r}; give it a non-empty name"
            )
        if name != name.strip() or not name.isprintable():
            raise RegistrationError(
                f"plugin {owner!r}: {kind.singular} {name!r} has surrounding spaces or "
                "control characters; use a plain name"
            )
        table = self.registry.table(kind.name)
        if name in table and table.owner(name) == CORE and owner != CORE:
            # A core name is never taken over: the core's registration wins, the plugin's is
            # dropped and reported, and every command (``socialwork plugins`` too) works.
            self.registry.faults.report(
                owner,
                kind.hook,
                f"registered the {kind.singular} {name!r}, which socialwork itself provides; "
                f"the core's {kind.singular} is kept and the plugin's is ignored (rename it, "
                "e.g. with your plugin's prefix)",
            )
            return
        if name in table or name in self.items:
            first = table.owner(name) if name in table else owner
            self.clash = clash_error(kind.name, name, first, owner)
            raise self.clash
        self.items[name] = obj


def _collect(pm: pluggy.PluginManager, registry: Registry, kind: Kind, budget: float) -> None:
    caller = getattr(pm.hook, kind.hook)
    table = registry.table(kind.name)
    impls = caller.get_hookimpls()
    # the core's registrations first, whatever tryfirst/trylast a plugin asks for: a core
    # name is the core's
    impls = sorted(impls, key=lambda impl: (pm.get_name(impl.plugin) or CORE) != CORE)
    for impl in impls:
        key = pm.get_name(impl.plugin) or CORE
        owner = registry.plugin_names.get(key, key)
        staging = _Staging(registry, kind, owner)
        arguments: dict[str, Callable[[Any], None]] = {"register": staging.register}
        try:
            result = call_with_budget(
                impl.function, *(arguments[name] for name in impl.argnames), timeout=budget
            )
        except HookTimeout as exc:
            staging.open = False  # what it registers later is refused
            registry.faults.report(
                owner,
                kind.hook,
                f"{exc} ({BUDGET_VAR}); its {kind.name} from this hook were discarded",
            )
            continue
        except Exception as exc:
            if staging.clash is not None:
                raise staging.clash from None
            registry.faults.report(
                owner,
                kind.hook,
                f"raised {describe_exception(exc)}; its {kind.name} from this hook were discarded",
            )
            continue
        finally:
            staging.open = False
        if staging.clash is not None:
            raise staging.clash
        if result is not None:
            registry.faults.report(
                owner,
                kind.hook,
                f"returned a {type(result).__qualname__}, which is ignored; call "
                "register(obj) for each object instead",
            )
        for name, obj in staging.items.items():
            table.add(name, obj, owner)
