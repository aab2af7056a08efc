"""Running the lifecycle hooks around a render, with fault isolation.

The documents engine calls :func:`run_extend_context` after it built the render context and
:func:`run_after_render` once the document bytes exist. Implementations run one by one in
pluggy's order (``tryfirst`` / ``trylast`` are honoured). An implementation that raises is
reported once as a :class:`~socialwork.plugins.PluginWarning` naming its distribution — by
exception type and source line only, since its message may quote case data — and skipped;
the render is never affected.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Mapping
from typing import Any

from socialwork.errors import HookTimeout
from socialwork.plugins.active import get_registry
from socialwork.plugins.budget import ENV_VAR as BUDGET_VAR
from socialwork.plugins.budget import call_with_budget, hook_timeout
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


def _private_copy(value: Any) -> Any:
    """What a plugin's hook may change in place without touching the host's context: a deep
    copy of a mutable container (dict, list, set), the value itself otherwise (frozen model
    objects, dates, strings, functions)."""
    if isinstance(value, dict | list | set | bytearray):
        return copy.deepcopy(value)
    return value


def run_extend_context(
    template: Any,
    obj: Any,
    context: dict[str, Any],
    *,
    registry: Registry | None = None,
    protected: Collection[str] | None = None,
) -> None:
    """Let every plugin's ``extend_context`` add to ``context`` (changed in place).

    Each implementation works on a copy of the context (its mutable values — dicts, lists,
    sets — copied deeply): what it adds or changes (in place, or as a returned dict merged on
    top) is kept only if it returns normally, in time (``SOCIALWORK_HOOK_TIMEOUT``, see
    :mod:`socialwork.plugins.budget`), with a valid result. When it raises or runs out of
    time, the context is exactly as before the call.

    The core's keys – ``protected``, by default every key ``context`` has when called
    except :data:`PLUGIN_SETTABLE` (the object under its tag, ``on``, ``template``, the
    helpers) – cannot be replaced, changed in place or removed: a plugin that does is
    reported as a :class:`~socialwork.plugins.PluginWarning` naming it and the keys, and its
    change to those keys is ignored (its other additions are kept).
    """
    registry = registry if registry is not None else get_registry()
    impls = _impls(registry, "extend_context")
    if not impls:
        return
    budget = hook_timeout()
    core = {
        key: context[key]
        for key in (set(context) - PLUGIN_SETTABLE if protected is None else protected)
        if key in context
    }
    for impl in impls:
        trial = {key: _private_copy(value) for key, value in context.items()}
        handed = {key: trial[key] for key in core if key in trial}
        arguments = {"template": template, "obj": obj, "context": trial}
        try:
            result = call_with_budget(
                impl.function, *(arguments[name] for name in impl.argnames), timeout=budget
            )
        except HookTimeout as exc:
            registry.faults.report(
                _owner(registry, impl),
                "extend_context",
                f"{exc} ({BUDGET_VAR}); its additions to the context were discarded",
            )
            continue
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
        touched = sorted(
            key
            for key in core
            if key not in trial
            or trial[key] is not handed.get(key, trial)
            or not _same(trial[key], core[key])
        )
        if touched:
            registry.faults.report(
                _owner(registry, impl),
                "extend_context",
                f"changed the core context key{'s' if len(touched) > 1 else ''} "
                f"{', '.join(map(repr, touched))}; that change was ignored (core keys belong "
                "to socialwork – add keys of your own, e.g. prefixed with your plugin's name)",
            )
        trial.update(core)  # the core's own objects, never the copies a plugin held
        context.clear()
        context.update(trial)


def _same(copied: Any, original: Any) -> bool:
    """Whether a copy handed to a plugin still equals the original (not changed in place)."""
    if copied is original:
        return True
    try:
        return bool(copied == original)
    except Exception:  # an object that cannot be compared: count it as changed
        return False


def run_after_render(
    template: Any, obj: Any, document: bytes, *, registry: Registry | None = None
) -> None:
    """Call every plugin's ``after_render``; return values are ignored, exceptions are
    reported and do not reach the caller."""
    registry = registry if registry is not None else get_registry()
    impls = _impls(registry, "after_render")
    budget = hook_timeout() if impls else 0.0
    for impl in impls:
        arguments = {"template": template, "obj": obj, "document": document}
        try:
            call_with_budget(
                impl.function, *(arguments[name] for name in impl.argnames), timeout=budget
            )
        except HookTimeout as exc:
            registry.faults.report(_owner(registry, impl), "after_render", f"{exc} ({BUDGET_VAR})")
        except Exception as exc:
            registry.faults.report(
                _owner(registry, impl),
                "after_render",
                f"raised {describe_exception(exc, with_message=False)}",
            )
