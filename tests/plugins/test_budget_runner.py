"""Hook calls run in one kept thread per calling thread (plugins/budget.py), not a new thread
per call: the same answers, the same time-outs, a fresh runner after a time-out or a fork."""

from __future__ import annotations

import contextvars
import os
import threading
import time

import pytest

from socialwork.errors import HookTimeout
from socialwork.plugins.budget import call_with_budget

_where = contextvars.ContextVar("where", default="unset")


def _ident() -> int:
    return threading.get_ident()


def test_calls_of_one_thread_share_one_runner_thread() -> None:
    idents = {call_with_budget(_ident, timeout=5) for _ in range(200)}
    assert len(idents) == 1
    assert idents != {threading.get_ident()}  # not the caller's own thread
    before = threading.active_count()
    for _ in range(200):
        call_with_budget(_ident, timeout=5)
    assert threading.active_count() == before


def test_value_error_and_context_reach_the_caller() -> None:
    assert call_with_budget(lambda a, b: a + b, 2, 3, timeout=5) == 5
    with pytest.raises(KeyError, match="brak"):
        call_with_budget(lambda: {}["brak"], timeout=5)
    token = _where.set("gmina A")
    try:
        assert call_with_budget(_where.get, timeout=5) == "gmina A"
    finally:
        _where.reset(token)


def test_a_call_over_budget_is_abandoned_and_the_next_gets_a_new_runner() -> None:
    release = threading.Event()
    first = call_with_budget(_ident, timeout=5)

    def stuck() -> None:
        release.wait(10)

    with pytest.raises(HookTimeout):
        call_with_budget(stuck, timeout=0.05)
    after = call_with_budget(_ident, timeout=5)
    assert after != first  # the stuck runner is not asked again
    release.set()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(
        thread.ident == first for thread in threading.enumerate()
    ):
        time.sleep(0.01)
    assert all(thread.ident != first for thread in threading.enumerate())  # it ended


def test_each_calling_thread_has_its_own_runner_which_ends_with_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from socialwork.plugins import budget

    monkeypatch.setattr(budget, "_IDLE_CHECK", 0.05)
    seen: dict[int, int] = {}
    together = threading.Barrier(4)

    def caller(number: int) -> None:
        together.wait(10)  # all four callers alive at once
        seen[number] = call_with_budget(_ident, timeout=5)
        together.wait(10)

    threads = [threading.Thread(target=caller, args=(number,)) for number in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(seen.values())) == 4
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(
        thread.ident in seen.values() for thread in threading.enumerate()
    ):
        time.sleep(0.02)
    assert not any(thread.ident in seen.values() for thread in threading.enumerate())


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_gets_a_runner_of_its_own() -> None:
    call_with_budget(_ident, timeout=5)  # the parent's runner exists
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            value = call_with_budget(lambda: 41 + 1, timeout=5)
            os.write(write, str(value).encode())
        finally:
            os._exit(0)
    os.close(write)
    answer = os.read(read, 16)
    os.close(read)
    os.waitpid(pid, 0)
    assert answer == b"42"
