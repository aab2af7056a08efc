"""A time budget for plugin hooks: a hook that does not return in time is reported naming its
plugin, and the host goes on without its result.

``SOCIALWORK_HOOK_TIMEOUT`` — seconds one call of a plugin hook may take (default
:data:`DEFAULT_HOOK_TIMEOUT`, 10 s); ``0`` switches the budget off (hooks then run in the
calling thread, as plain function calls). It applies to the registration hooks
(``register_*``, run once per process when the registry is built) and to the lifecycle hooks
``extend_context`` and ``after_render`` (run on every render).

A hook over its budget keeps running in a daemon thread until it returns or the process
exits (Python cannot stop a thread); what it does afterwards is ignored: its registrations
are refused, and it only ever saw a copy of the render context.
"""

from __future__ import annotations

import contextvars
import math
import os
import threading
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from socialwork.errors import ConfigurationError, HookTimeout

__all__ = ["DEFAULT_HOOK_TIMEOUT", "ENV_VAR", "HookTimeout", "call_with_budget", "hook_timeout"]

ENV_VAR = "SOCIALWORK_HOOK_TIMEOUT"
DEFAULT_HOOK_TIMEOUT = 10.0

T = TypeVar("T")


def hook_timeout(environ: Mapping[str, str] | None = None) -> float:
    """Seconds one hook call may take: ``SOCIALWORK_HOOK_TIMEOUT`` (``0``: no limit), else
    :data:`DEFAULT_HOOK_TIMEOUT`. A value that is not a number of seconds is a
    :class:`~socialwork.errors.ConfigurationError` naming the variable."""
    env = os.environ if environ is None else environ
    raw = env.get(ENV_VAR, "").strip()
    if not raw:
        return DEFAULT_HOOK_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0 or value > 86_400:
        raise ConfigurationError(
            f"{ENV_VAR}={raw!r} is not a number of seconds; set it to 0 (no limit) or a "
            f"number up to 86400 (default {DEFAULT_HOOK_TIMEOUT:g}), or unset it"
        )
    return value


def call_with_budget(function: Callable[..., T], *args: Any, timeout: float | None = None) -> T:
    """``function(*args)``, raising :class:`HookTimeout` if it has not returned within
    ``timeout`` seconds (default :func:`hook_timeout`); its own exception is re-raised as
    it is."""
    limit = hook_timeout() if timeout is None else timeout
    if limit <= 0:
        return function(*args)
    outcome: dict[str, Any] = {}
    context = contextvars.copy_context()  # the caller's context variables (a profile…)

    def run() -> None:
        try:
            outcome["value"] = context.run(function, *args)
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="socialwork-hook", daemon=True)
    worker.start()
    worker.join(limit)
    if worker.is_alive():
        raise HookTimeout(limit)
    if "error" in outcome:
        error: BaseException = outcome.pop("error")
        raise error
    result: T = outcome["value"]
    return result
