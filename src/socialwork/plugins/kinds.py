"""The five kinds of registrations: their hook, their typed object and its name attribute.

Registration objects are defined by the modules that own them (a template by the documents
engine, a model spec by serialization, …); the hub imports them lazily, so importing
:mod:`socialwork.plugins` stays cheap and free of import cycles.
"""

from __future__ import annotations

import importlib

import attrs


@attrs.frozen
class Kind:
    """One kind of registration."""

    name: str
    """Registry table name, e.g. ``"templates"``."""
    hook: str
    """The registration hook, e.g. ``"register_templates"``."""
    module: str
    cls: str
    """Where the registration class lives: ``module.cls``."""
    name_attribute: str
    """The attribute that carries the registered name (unique per kind)."""
    singular: str
    """How one registration is called in messages, e.g. ``"template"``."""

    @property
    def qualname(self) -> str:
        return f"{self.module}.{self.cls}"

    def type(self) -> type | None:
        """The registration class, or ``None`` while its owning module does not define it."""
        try:
            module = importlib.import_module(self.module)
        except ImportError:
            return None
        found = getattr(module, self.cls, None)
        return found if isinstance(found, type) else None


KIND_LIST: tuple[Kind, ...] = (
    Kind(
        "templates",
        "register_templates",
        "socialwork.documents",
        "TemplateSpec",
        "name",
        "template",
    ),
    Kind("models", "register_models", "socialwork.serialization", "ModelSpec", "tag", "model tag"),
    Kind("rules", "register_rules", "socialwork.rules", "Rule", "code", "rule code"),
    Kind(
        "converters",
        "register_converters",
        "socialwork.documents",
        "Converter",
        "name",
        "converter",
    ),
    Kind(
        "parameters",
        "register_parameters",
        "socialwork.law",
        "LocalOverride",
        "name",
        "local parameter",
    ),
)
KINDS_BY_NAME: dict[str, Kind] = {kind.name: kind for kind in KIND_LIST}
KINDS: tuple[str, ...] = tuple(kind.name for kind in KIND_LIST)


def kind_of(obj: object) -> Kind | None:
    """The kind whose registration class ``obj`` is an instance of, if any."""
    for kind in KIND_LIST:
        cls = kind.type()
        if cls is not None and isinstance(obj, cls):
            return kind
    return None
