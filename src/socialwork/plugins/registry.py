"""The registry: everything the core and the plugins registered, with who registered it.

The active registry (built once, cached) is kept by :mod:`socialwork.plugins.active`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from socialwork.errors import Problem, RegistrationError
from socialwork.plugins.faults import Fault, FaultLog
from socialwork.plugins.kinds import KINDS, KINDS_BY_NAME

if TYPE_CHECKING:
    import pluggy

T = TypeVar("T")

__all__ = [
    "KINDS",
    "Entry",
    "PluginInfo",
    "RegistrationError",
    "Registry",
    "Table",
]


@attrs.frozen
class Entry(Generic[T]):
    """One registered object, its name and the distribution that registered it."""

    name: str
    value: T
    plugin: str


class Table(Mapping[str, T]):
    """A read-only name → object mapping that remembers the registering distribution."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._entries: dict[str, Entry[T]] = {}

    def add(self, name: str, value: T, plugin: str) -> None:
        """Add one registration; a name already taken raises :class:`RegistrationError`
        naming both distributions."""
        if name in self._entries:
            raise clash_error(self.kind, name, self._entries[name].plugin, plugin)
        self._entries[name] = Entry(name, value, plugin)

    def entry(self, name: str) -> Entry[T]:
        return self._entries[name]

    def owner(self, name: str) -> str:
        """The distribution name of the plugin that registered ``name`` (``"socialwork"``
        for the core); ``KeyError`` if nothing is registered under it."""
        return self._entries[name].plugin

    def names_by(self, plugin: str) -> tuple[str, ...]:
        """The names ``plugin`` registered in this table, in registration order."""
        return tuple(e.name for e in self._entries.values() if e.plugin == plugin)

    def __getitem__(self, name: str) -> T:
        return self._entries[name].value

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"<Table {self.kind}: {', '.join(self._entries) or '(empty)'}>"


def clash_error(kind: str, name: str, first: str, second: str) -> RegistrationError:
    singular = KINDS_BY_NAME[kind].singular if kind in KINDS_BY_NAME else kind
    if first == second:
        message = (
            f"{singular} {name!r} is registered twice by plugin {first!r}; "
            "each name may be registered once"
        )
    else:
        message = (
            f"{singular} {name!r} is registered by two plugins: {first!r} and {second!r}; "
            "rename one of them, uninstall one plugin, or leave one out of "
            "SOCIALWORK_PLUGINS"
        )
    return RegistrationError(message, [Problem(f"{kind}[{name!r}]", f"{first} / {second}")])


@attrs.frozen
class PluginInfo:
    """A plugin known to the host (loaded or not)."""

    name: str
    """Distribution name (``"socialwork"`` for the core's built-in plugin)."""
    version: str | None
    entry_point: str | None = None
    """``"name = module"`` of the entry point it was loaded from (``None`` for the core or
    a plugin registered in-process)."""
    loaded: bool = True
    """False when the plugin was skipped (import failure, misspelled hook…)."""
    hooks: tuple[str, ...] = ()
    """The hooks it implements."""


@attrs.define(eq=False)
class Registry:
    """All registrations: ``templates`` (by name), ``models`` (by type tag), ``rules`` (by
    code), ``converters`` (by format), ``parameters`` (local figures by name), ``profiles``
    (per-gmina profiles by name) and ``filters`` (template filters and globals by name); plus
    the plugins that were found and the faults reported for them."""

    templates: Table[Any] = attrs.field(factory=lambda: Table("templates"))
    models: Table[Any] = attrs.field(factory=lambda: Table("models"))
    rules: Table[Any] = attrs.field(factory=lambda: Table("rules"))
    converters: Table[Any] = attrs.field(factory=lambda: Table("converters"))
    parameters: Table[Any] = attrs.field(factory=lambda: Table("parameters"))
    filters: Table[Any] = attrs.field(factory=lambda: Table("filters"))
    profiles: Table[Any] = attrs.field(factory=lambda: Table("profiles"))
    """Per-gmina profiles by name (``register_profiles``)."""
    plugins: list[PluginInfo] = attrs.field(factory=list)
    """Every plugin found, the core first, in load order."""
    faults: FaultLog = attrs.field(factory=FaultLog)
    plugin_names: dict[str, str] = attrs.field(factory=dict, repr=False)
    """pluggy plugin name → distribution name (they differ when a distribution has several
    entry points)."""
    plugin_manager: pluggy.PluginManager | None = attrs.field(default=None, repr=False)
    """The pluggy manager whose lifecycle hooks :func:`run_extend_context` and
    :func:`run_after_render` call."""

    def table(self, kind: str) -> Table[Any]:
        if kind not in KINDS:
            raise KeyError(f"unknown registration kind {kind!r}; one of {', '.join(KINDS)}")
        table: Table[Any] = getattr(self, kind)
        return table

    def plugin(self, name: str) -> PluginInfo:
        """The :class:`PluginInfo` of a distribution by name."""
        for info in self.plugins:
            if info.name == name:
                return info
        raise KeyError(name)

    def owner_of(self, key: str) -> str:
        """The distribution name of the plugin registered on the manager as ``key``."""
        return self.plugin_names.get(key, key)

    def registered_by(self, plugin: str) -> dict[str, tuple[str, ...]]:
        """What ``plugin`` registered: kind → names (kinds with nothing left out)."""
        found = {kind: self.table(kind).names_by(plugin) for kind in KINDS}
        return {kind: names for kind, names in found.items() if names}

    def problems(self, plugin: str | None = None) -> tuple[Fault, ...]:
        """The faults reported (for one plugin, or all)."""
        return tuple(self.faults) if plugin is None else self.faults.for_plugin(plugin)
