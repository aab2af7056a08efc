"""Extra Jinja filters and globals: from plugins (the ``register_filters`` hook) and per call
(``render_template(…, filters=…)``).

A plugin registers :class:`TemplateFilter` and :class:`TemplateGlobal` objects; their names
share one table and clash like every other registration (two plugins, one name: a
``RegistrationError`` naming both distributions). A name socialwork already uses — a Jinja
built-in (``default``, ``e``, ``range``…), a Polish helper (``money``, ``date_pl``…), a core
context key (``on``, ``template``, ``letterhead``) or ``image`` — is refused when the object
is made, so nobody can replace ``e`` (escaping) or ``money`` behind the core's back.

How extra filters reach a template: names that are not the environment's own are compiled
into a call of one internal filter that finds the function when the template renders (in
the call's ``filters=``, then in the plugins'), so a template is compiled once whatever
filters a call brings; a template using a filter nobody defines fails before it renders,
naming the filter. Plugin globals are put into every render context.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from jinja2 import nodes, pass_context
from jinja2.exceptions import TemplateError
from jinja2.runtime import Context

from socialwork.documents.errors import TemplateDefinitionError
from socialwork.documents.extspec import (
    CORE_CONTEXT_KEYS,
    TemplateExtension,
    TemplateFilter,
    TemplateGlobal,
    reserved_filter_names,
    reserved_global_names,
)
from socialwork.errors import SocialworkError
from socialwork.plugins import get_registry

__all__ = [
    "CORE_CONTEXT_KEYS",
    "EXTRA_FILTER",
    "TemplateExtension",
    "TemplateFilter",
    "TemplateGlobal",
    "call_filters",
    "find_filter",
    "missing_filters",
    "plugin_filters",
    "plugin_globals",
    "reserved_filter_names",
    "reserved_global_names",
    "rewrite_extra_filters",
]

EXTRA_FILTER = "_sw_extra"
"""Internal filter every use of a filter the environment does not define compiles to."""

_CALL_FILTERS: contextvars.ContextVar[Mapping[str, Callable[..., Any]] | None] = (
    contextvars.ContextVar("socialwork_call_filters", default=None)
)


def _extensions() -> Iterator[TemplateExtension]:
    table = get_registry().filters
    for name in table:
        value = table[name]
        if isinstance(value, TemplateExtension):
            yield value


def plugin_filters() -> dict[str, Callable[..., Any]]:
    """The filters plugins registered, by name."""
    return {e.name: e.function for e in _extensions() if isinstance(e, TemplateFilter)}


def plugin_globals() -> dict[str, Any]:
    """The globals plugins registered, by name."""
    return {e.name: e.value for e in _extensions() if isinstance(e, TemplateGlobal)}


class call_filters:
    """The per-call filters (``render_template(…, filters=…)``) for the ``with`` block."""

    def __init__(self, filters: Mapping[str, Callable[..., Any]] | None) -> None:
        self.filters = filters
        self.token: contextvars.Token[Mapping[str, Callable[..., Any]] | None] | None = None

    def __enter__(self) -> None:
        self.token = _CALL_FILTERS.set(self.filters)

    def __exit__(self, *exc: object) -> None:
        assert self.token is not None
        _CALL_FILTERS.reset(self.token)


def find_filter(name: str) -> Callable[..., Any] | None:
    """The extra filter ``name``: the call's, else a plugin's; ``None`` if nobody defines it."""
    extra = _CALL_FILTERS.get()
    if extra is not None and name in extra:
        return extra[name]
    table = get_registry().filters
    if name in table:
        value = table[name]
        if isinstance(value, TemplateFilter):
            return value.function
    return None


def missing_filters(names: frozenset[str], template: str) -> None:
    """Raise :class:`TemplateDefinitionError` if one of the extra filters ``names`` a
    template uses is defined neither by the call nor by a plugin."""
    missing = sorted(name for name in names if find_filter(name) is None)
    if missing:
        listed = ", ".join(repr(name) for name in missing)
        raise TemplateDefinitionError(
            f"template {template!r} uses the filter{'s' if len(missing) > 1 else ''} {listed}, "
            "which neither Jinja, socialwork nor an installed plugin defines; install the plugin "
            "that registers it (register_filters), pass it to render_template(…, filters=), or "
            "correct the name"
        )


@pass_context
def call_extra_filter(context: Context, value: Any, name: str, /, *args: Any, **kwargs: Any) -> Any:
    """What ``{{ value|name(…) }}`` compiles to for a filter that is not the environment's."""
    function = find_filter(name)
    if function is None:
        raise TemplateDefinitionError(
            f"no filter named {name!r}: neither Jinja, socialwork nor an installed plugin "
            "defines it (register_filters), and it was not passed in filters="
        )
    kind = getattr(getattr(function, "jinja_pass_arg", None), "name", None)
    first = {
        "context": (context,),
        "eval_context": (context.eval_ctx,),
        "environment": (context.environment,),
    }.get(kind or "", ())
    try:
        return function(*first, value, *args, **kwargs)
    except (SocialworkError, TemplateError):
        raise
    except Exception as exc:  # a plugin's (or the caller's) filter failed: say whose
        # the exception's message may quote case data: only its type is reported
        raise TemplateDefinitionError(
            f"the filter {name!r} ({_owner(name)}) failed with {type(exc).__name__}"
        ) from exc


def _owner(name: str) -> str:
    extra = _CALL_FILTERS.get()
    if extra is not None and name in extra:
        return "passed in filters="
    table = get_registry().filters
    return f"plugin {table.owner(name)!r}" if name in table else "unknown"


class ExtraFilters(dict[str, Any]):
    """The environment's filter table: its own filters, and — for what Jinja looks up by
    name while rendering (``map('name')``, ``select``…) — the extra ones."""

    def get(self, name: str, default: Any = None) -> Any:
        found = super().get(name)
        if found is None and isinstance(name, str) and not name.startswith("_"):
            found = find_filter(name)
        return default if found is None else found


def rewrite_extra_filters(tree: nodes.Template, own: Mapping[str, Any]) -> frozenset[str]:
    """Compile every filter of ``tree`` that is not in ``own`` (the environment's filters) as
    a call of :data:`EXTRA_FILTER` with the filter's name; return those names."""
    names: set[str] = set()
    for node in tree.find_all(nodes.Filter):
        if node.name in own or node.name == EXTRA_FILTER:
            continue
        names.add(node.name)
        node.args = [nodes.Const(node.name, lineno=node.lineno), *node.args]
        node.name = EXTRA_FILTER
    return frozenset(names)
