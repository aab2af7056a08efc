"""Law tests compute statutory figures: run them against the core registry only, so an
installed gmina plugin's local overrides cannot change the expected amounts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from socialwork.plugins.testing import plugins_registered


@pytest.fixture(autouse=True)
def core_registry_only() -> Iterator[None]:
    with plugins_registered(entry_points=False):
        yield
