"""Each test starts and ends with a fresh plugin registry, so nothing a test switches on
(an environment variable, a registered plugin) leaks into other tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from socialwork.plugins import reset_registry


@pytest.fixture(autouse=True)
def _fresh_registry() -> Iterator[None]:
    reset_registry()
    yield
    reset_registry()
