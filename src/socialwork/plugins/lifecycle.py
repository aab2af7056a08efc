"""Running the lifecycle hooks around a render, with fault isolation.

The documents engine calls :func:`run_extend_context` after it built the render context and
:func:`run_after_render` once the document bytes exist. Implementations run one by one in
pluggy's order (``tryfirst`` / ``trylast`` are honoured). An implementation that raises is
reported once as a :class:`~socialwork.plugins.PluginWarning` naming its distribution — by
exception type and source line only, since its message may quote case data — and skipped;
the render is never affected.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from socialwork.plugins.active import get_registry
from socialwork.plugins.faults import describe_exception
from socialwork.plugins.registry import Registry

__all__ = ["PLUGIN_SETTABLE", "run_after_render", "run_extend_context"]

#: Core context keys that exist for plugins to fill in (``letterhead``, ``None`` until a
#: plugin sets it); every other key the core put in the context is protected.
PLUGIN_SETTABLE: frozenset[str] = frozenset({"letterhead"})


def _impls(registry: Registry, hook: str) -> list[Any]:
    pm = registry.plugin_manager
    if pm is None:
        return []
    caller = getattr(pm.hook, hook, None)
    if caller is None:
        return []
    return list(reversed(caller.get_hookimpls()))


def _owner(registry: Registry, impl: Any) -> str:
    assert registry.plugin_manager is not None
    key = registry.plugin_manager.get_name(impl.plugin) or "?"
    return registry.owner_of(key)


def run_extend_context(
    template: Any,
    obj: Any,
    context: dict[str, Any],
    *,
    registry: Registry | None = None,
    protected: Collection[str] | None = None,
) -> None:
    """Let every plugin's ``extend_context`` add to ``context`` (changed in place).

    Each implementation works on a copy of the context: what it adds (in place, or as a
    returned dict merged on top) is kept only if it returns normally with a valid result.

    The core's keys – ``protected``, by default every key ``context`` has when called
    except :data:`PLUGIN_SETTABLE` (the object under its tag, ``on``, ``template``, the
    helpers) – cannot be replaced or removed: a plugin that does is reported as a
    :class:`~socialwork.plugins.PluginWarning` naming it and the keys, and its change to
    those keys is ignored (its other additions are kept).
    """
    registry = registry if registry is not None else get_registry()
    core = {
        key: context[key]
        for key in (set(context) - PLUGIN_SETTABLE if protected is None else protected)
        if key in context
    }
    for impl in _impls(registry, "extend_context"):
        arguments = {"template": template, "obj": obj}
        trial = dict(context)
        arguments["context"] = trial
        try:
            result = impl.function(*(arguments[name] for name in impl.argnames))
        except Exception as exc:
            registry.faults.report(
                _owner(registry, impl),
                "extend_context",
                f"raised {describe_exception(exc, with_message=False)}; its additions to "
                "the context were discarded",
            )
            continue
        if result is not None:
            if not isinstance(result, Mapping):
                registry.faults.report(
                    _owner(registry, impl),
                    "extend_context",
                    f"returned a {type(result).__qualname__}; return a dict or None "
                    "(its additions were discarded)",
                )
                continue
            trial.update(result)
        bad = [key for key in trial if not isinstance(key, str)]
        if bad:
            registry.faults.report(
                _owner(registry, impl),
                "extend_context",
                "added context keys that are not strings; its additions were discarded",
            )
            continue
        touched = sorted(key for key, value in core.items() if trial.get(key, trial) is not value)
        if touched:
            registry.faults.report(
                _owner(registry, impl),
                "extend_context",
                f"changed the core context key{'s' if len(touched) > 1 else ''} "
                f"{', '.join(map(repr, touched))}; that change was ignored (core keys belong "
                "to socialwork – add keys of your own, e.g. prefixed with your plugin's name)",
            )
            trial.update((key, core[key]) for key in touched)
        context.clear()
        context.update(trial)


def run_after_render(
    template: Any, obj: Any, document: bytes, *, registry: Registry | None = None
) -> None:
    """Call every plugin's ``after_render``; return values are ignored, exceptions are
    reported and do not reach the caller."""
    registry = registry if registry is not None else get_registry()
    for impl in _impls(registry, "after_render"):
        arguments = {"template": template, "obj": obj, "document": document}
        try:
            impl.function(*(arguments[name] for name in impl.argnames))
        except Exception as exc:
            registry.faults.report(
                _owner(registry, impl),
                "after_render",
                f"raised {describe_exception(exc, with_message=False)}",
            )
