"""Running the lifecycle hooks around a render, with fault isolation.

The documents engine calls :func:`run_extend_context` after it built the render context and
:func:`run_after_render` once the document bytes exist. Implementations run one by one in
pluggy's order (``tryfirst`` / ``trylast`` are honoured). An implementation that raises is
reported once as a :class:`~socialwork.plugins.PluginWarning` naming its distribution — by
exception type and source line only, since its message may quote case data — and skipped;
the render is never affected.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from socialwork.plugins.faults import describe_exception
from socialwork.plugins.registry import Registry, get_registry

__all__ = ["run_after_render", "run_extend_context"]


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
    template: Any, obj: Any, context: dict[str, Any], *, registry: Registry | None = None
) -> None:
    """Let every plugin's ``extend_context`` add to ``context`` (changed in place).

    Each implementation works on a copy of the context: what it adds (in place, or as a
    returned dict merged on top) is kept only if it returns normally with a valid result.
    """
    registry = registry if registry is not None else get_registry()
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
