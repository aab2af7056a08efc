"""What ``register_filters`` registers: :class:`TemplateFilter` and :class:`TemplateGlobal`
(re-exported by :mod:`socialwork.documents` and :mod:`socialwork.documents.extensions`).

Kept apart from :mod:`socialwork.documents.extensions` (which needs Jinja) so that declaring
the kind to the plugin hub — done whenever the registry is built — does not load the template
engine.
"""

from __future__ import annotations

import keyword
from collections.abc import Callable
from typing import Any

import attrs

from socialwork.plugins.kinds import declare

__all__ = [
    "CORE_CONTEXT_KEYS",
    "TemplateExtension",
    "TemplateFilter",
    "TemplateGlobal",
    "reserved_filter_names",
    "reserved_global_names",
]

CORE_CONTEXT_KEYS = frozenset({"on", "template", "letterhead"})
"""Context keys of the core (the model's tag is another one, per template)."""

_CORE_GLOBALS = frozenset({"image", "note"})


def reserved_filter_names() -> frozenset[str]:
    """Filter names nobody may register: Jinja's and socialwork's own. (Jinja and the Polish
    helpers are imported when a name is checked, not with this module.)"""
    from jinja2.filters import FILTERS as DEFAULT_FILTERS

    from socialwork.documents.polish import FILTERS

    return frozenset({*DEFAULT_FILTERS, *FILTERS})


def reserved_global_names() -> frozenset[str]:
    """Global names nobody may register: Jinja's, socialwork's helpers and context keys."""
    from jinja2.defaults import DEFAULT_NAMESPACE

    from socialwork.documents.polish import GLOBALS

    return frozenset({*DEFAULT_NAMESPACE, *GLOBALS, *_CORE_GLOBALS, *CORE_CONTEXT_KEYS})


def _identifier(kind: str) -> Callable[[Any, attrs.Attribute[Any], object], None]:
    def check(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
        if (
            not isinstance(value, str)
            or not value.isidentifier()
            or not value.isascii()
            or keyword.iskeyword(value)
            or value in ("true", "false", "none", "True", "False", "None")
        ):
            raise ValueError(
                f"{type(instance).__name__}.name must be a Python identifier a template can "
                f"write (letters, digits, '_'), got {value!r}"
            )
        if value.startswith("_"):
            raise ValueError(
                f"{kind} name {value!r}: names starting with '_' are reserved for socialwork"
            )
        reserved = reserved_filter_names() if kind == "filter" else reserved_global_names()
        if value in reserved:
            raise ValueError(
                f"{kind} name {value!r} is already one of socialwork's or Jinja's own; choose "
                "another name (prefix it with your product's name, e.g. 'acme_" + value + "')"
            )

    return check


def _callable(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not callable(value):
        raise TypeError(f"TemplateFilter.function must be callable, got {type(value).__name__}")


@attrs.frozen
class TemplateExtension:
    """What ``register_filters`` registers: a :class:`TemplateFilter` or a
    :class:`TemplateGlobal` (one table of names)."""

    name: str


@attrs.frozen
class TemplateFilter(TemplateExtension):
    """A Jinja filter for every template: ``{{ value|name(args) }}`` calls
    ``function(value, *args, **kwargs)`` (Jinja's ``pass_context`` /
    ``pass_eval_context`` / ``pass_environment`` decorators are honoured). Its result is
    printed with autoescaping like any value."""

    name: str = attrs.field(validator=_identifier("filter"))
    function: Callable[..., Any] = attrs.field(validator=_callable)


@attrs.frozen
class TemplateGlobal(TemplateExtension):
    """A variable or function every template sees under ``name`` (a context variable of
    every render; a caller's own context key of that name wins in ``render_template``)."""

    name: str = attrs.field(validator=_identifier("global"))
    value: Any


declare(
    "filters",
    TemplateExtension,
    public_name="socialwork.documents.TemplateFilter",
)
