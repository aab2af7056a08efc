"""Plugin system (pluggy, entry-point group ``socialwork``)."""

from socialwork.plugins.hookspecs import hookimpl, hookspec
from socialwork.plugins.registry import Registry, RegistrationError, get_registry, reset_registry

__all__ = ["Registry", "RegistrationError", "get_registry", "hookimpl", "hookspec", "reset_registry"]
