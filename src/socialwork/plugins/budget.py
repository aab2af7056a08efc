"""A time budget for plugin hooks: a hook that does not return in time is reported naming its
plugin, and the host goes on without its result.

``SOCIALWORK_HOOK_TIMEOUT`` — seconds one call of a plugin hook may take (default
:data:`DEFAULT_HOOK_TIMEOUT`, 10 s); ``0`` switches the budget off (hooks then run in the
calling thread, as plain function calls). It applies to the registration hooks
(``register_*``, run once per process when the registry is built) and to the lifecycle hooks
``extend_context`` and ``after_render`` (run on every render).

Hook calls run in a daemon thread kept for each calling thread (not one started per call:
that cost more than many hooks). A hook over its budget keeps running in that thread until it
returns or the process exits (Python cannot stop a thread); the thread is then abandoned and
the next call gets a new one. What the hook does afterwards is ignored: its registrations are
refused, and it only ever saw a copy of the render context.
"""

from __future__ import annotations

import contextvars
import math
import os
import queue
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


class _Runner:
    """A daemon thread that runs the hook calls of one calling thread, one at a time.

    Starting a thread for every call cost more than many hooks themselves (a render-batch
    worker calls ``after_render`` once per document), so each calling thread keeps one runner
    and hands it its calls. A runner whose call overruns its budget is abandoned: it finishes
    that call (Python cannot stop a thread) and then ends; the next call gets a new runner.
    """

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.owner = threading.current_thread()
        self.calls: queue.SimpleQueue[tuple[Callable[[], None], Any] | None] = (
            queue.SimpleQueue()
        )
        self.thread = threading.Thread(target=self._loop, name="socialwork-hook", daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while True:
            try:
                item = self.calls.get(timeout=_IDLE_CHECK)
            except queue.Empty:
                if self.owner.is_alive():
                    continue
                return  # the calling thread has ended: so does its runner
            if item is None:
                return
            call, done = item
            try:
                call()
            finally:
                done.release()

    def usable(self) -> bool:
        # after a fork only the forking thread exists in the child: its runner is gone
        return self.pid == os.getpid() and self.thread.is_alive()

    def abandon(self) -> None:
        self.calls.put(None)  # ends the thread once the overrunning call returns


_runners = threading.local()
_IDLE_CHECK = 2.0
"""Seconds an idle runner waits before checking that its calling thread still exists."""


def _runner() -> _Runner:
    runner: _Runner | None = getattr(_runners, "runner", None)
    if runner is None or not runner.usable():
        runner = _runners.runner = _Runner()
    return runner


def call_with_budget(function: Callable[..., T], *args: Any, timeout: float | None = None) -> T:
    """``function(*args)``, raising :class:`HookTimeout` if it has not returned within
    ``timeout`` seconds (default :func:`hook_timeout`); its own exception is re-raised as
    it is. The call runs in the calling thread's hook runner (see :class:`_Runner`), in a
    copy of the caller's context variables."""
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

    done = threading.Lock()
    done.acquire()
    runner = _runner()
    runner.calls.put((run, done))
    if not done.acquire(timeout=limit):
        runner.abandon()
        _runners.runner = None
        raise HookTimeout(limit)
    if "error" in outcome:
        error: BaseException = outcome.pop("error")
        raise error
    result: T = outcome["value"]
    return result
