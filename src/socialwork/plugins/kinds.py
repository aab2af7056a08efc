"""The kinds of registrations: their hook, their typed object and its name attribute.

The hub knows each kind's hook and how its objects are named; the *class* of the objects
belongs to the layer that owns them (a template to the documents engine, a model spec to the
model, a rule to the rules engine…). That layer declares it here with :func:`declare` when
its module is imported, so the hub never imports a layer above it::

    declare("templates", TemplateSpec, public_name="socialwork.documents.TemplateSpec",
            check=template_problems)

A kind whose class is not declared (its layer not loaded) accepts any object with a name;
the manager loads the core's plugin — and with it every layer — before it collects
registrations, so in practice every kind is typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import attrs

__all__ = [
    "KINDS",
    "KINDS_BY_NAME",
    "KIND_LIST",
    "Check",
    "Kind",
    "declare",
    "kind_of",
]

Check = Callable[[Any, Any], Iterable[str]]
"""A kind's extra check of one registered object, called with the object and the registry
once every plugin registered: the problems that make it unusable (each a sentence for the
plugin's author); they are reported, the object is kept."""


@attrs.define(eq=False)
class Kind:
    """One kind of registration."""

    name: str
    """Registry table name, e.g. ``"templates"``."""
    hook: str
    """The registration hook, e.g. ``"register_templates"``."""
    name_attribute: str
    """The attribute that carries the registered name (unique per kind)."""
    singular: str
    """How one registration is called in messages, e.g. ``"template"``."""
    cls: type | None = None
    """The registration class, once its layer declared it."""
    qualname: str = ""
    """How the class is named to plugin authors, e.g. ``socialwork.documents.TemplateSpec``."""
    check: Check | None = None

    def type(self) -> type | None:
        """The registration class, or ``None`` while its layer has not declared it."""
        return self.cls


KIND_LIST: tuple[Kind, ...] = (
    Kind("templates", "register_templates", "name", "template"),
    Kind("models", "register_models", "tag", "model tag"),
    Kind("rules", "register_rules", "code", "rule code"),
    Kind("converters", "register_converters", "name", "converter"),
    Kind("parameters", "register_parameters", "name", "local parameter"),
    Kind("filters", "register_filters", "name", "template filter or global"),
    Kind("profiles", "register_profiles", "name", "profile"),
)
KINDS_BY_NAME: dict[str, Kind] = {kind.name: kind for kind in KIND_LIST}
KINDS: tuple[str, ...] = tuple(kind.name for kind in KIND_LIST)


def declare(kind: str, cls: type, *, public_name: str, check: Check | None = None) -> None:
    """Declare the class of the objects registered as ``kind`` (called once by the layer that
    defines the class; declaring again replaces it). ``public_name`` is the import path
    plugin authors use; ``check`` is an optional extra check run on every registered object."""
    found = KINDS_BY_NAME[kind]
    found.cls = cls
    found.qualname = public_name
    found.check = check


def kind_of(obj: object) -> Kind | None:
    """The kind whose registration class ``obj`` is an instance of, if any."""
    for kind in KIND_LIST:
        cls = kind.type()
        if cls is not None and isinstance(obj, cls):
            return kind
    return None
