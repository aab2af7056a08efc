"""The registry: everything the core and the plugins registered, with who registered it."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

import attrs

T = TypeVar("T")

KINDS = ("templates", "models", "rules", "converters", "parameters")


class RegistrationError(Exception):
    """Two plugins registered the same name, or a registration is malformed."""


@attrs.frozen
class Entry(Generic[T]):
    """One registered object, its name and the distribution that registered it."""

    name: str
    value: T
    plugin: str


class Table(Mapping[str, T]):
    """A name → object mapping that remembers the registering distribution."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._entries: dict[str, Entry[T]] = {}

    def add(self, name: str, value: T, plugin: str) -> None:
        if name in self._entries:
            other = self._entries[name].plugin
            raise RegistrationError(
                f"{self.kind[:-1]} {name!r} is registered twice: by {other!r} and by "
                f"{plugin!r}; rename one of them or uninstall one plugin"
            )
        self._entries[name] = Entry(name, value, plugin)

    def entry(self, name: str) -> Entry[T]:
        return self._entries[name]

    def owner(self, name: str) -> str:
        return self._entries[name].plugin

    def __getitem__(self, name: str) -> T:
        return self._entries[name].value

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


@attrs.define
class Registry:
    """All registrations: ``templates``, ``models`` (by type tag), ``rules`` (by code),
    ``converters`` (by format) and ``parameters`` (local figures by parameter name)."""

    templates: Table[Any] = attrs.field(factory=lambda: Table("templates"))
    models: Table[Any] = attrs.field(factory=lambda: Table("models"))
    rules: Table[Any] = attrs.field(factory=lambda: Table("rules"))
    converters: Table[Any] = attrs.field(factory=lambda: Table("converters"))
    parameters: Table[Any] = attrs.field(factory=lambda: Table("parameters"))

    def table(self, kind: str) -> Table[Any]:
        table: Table[Any] = getattr(self, kind)
        return table


# Each kind's registration object carries its name under this attribute.
NAME_ATTRIBUTE: dict[str, str] = {
    "templates": "name",
    "models": "tag",
    "rules": "code",
    "converters": "name",
    "parameters": "name",
}


def make_register(registry: Registry, kind: str, plugin: str) -> Callable[[Any], None]:
    """The ``register`` callback handed to a plugin's ``register_<kind>`` hook."""
    table = registry.table(kind)

    def register(obj: Any) -> None:
        name = getattr(obj, NAME_ATTRIBUTE[kind], None)
        if not isinstance(name, str) or not name:
            raise RegistrationError(
                f"plugin {plugin!r} registered {type(obj).__name__} in {kind} without a "
                f"{NAME_ATTRIBUTE[kind]!r}"
            )
        table.add(name, obj, plugin)

    return register


@functools.cache
def get_registry() -> Registry:
    """Build (once) and return the registry of the core and all loaded plugins."""
    from socialwork.plugins.manager import build_registry

    return build_registry()


def reset_registry() -> None:
    """Forget the cached registry (tests; after changing ``SOCIALWORK_PLUGINS``)."""
    get_registry.cache_clear()
