"""Fixtures for the plugin host tests: fake registration types and fake installed
distributions (a ``*.dist-info`` folder with an ``entry_points.txt`` on ``sys.path``)."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from plugin_fakes import FAKE_TYPES

from socialwork.plugins import active as registry_module
from socialwork.plugins.kinds import Kind


@pytest.fixture
def fake_types(monkeypatch: pytest.MonkeyPatch) -> dict[str, type]:
    """Registration objects may be these fakes as well as the real classes."""
    real = Kind.type

    def accepting(self: Kind) -> object:
        found = real(self)
        return FAKE_TYPES[self.name] if found is None else (FAKE_TYPES[self.name], found)

    monkeypatch.setattr(Kind, "type", accepting)
    return FAKE_TYPES


@pytest.fixture(autouse=True)
def _isolated_registry() -> Iterator[None]:
    previous = registry_module.set_registry(None)
    yield
    registry_module.set_registry(previous)


MakeDist = Callable[..., Path]


@pytest.fixture
def make_dist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MakeDist]:
    """Create an installed distribution with an entry point in group ``socialwork``."""
    monkeypatch.syspath_prepend(str(tmp_path))
    created: list[str] = []

    def make(
        dist: str, module: str, source: str, *, version: str = "1.0", ep_name: str | None = None
    ) -> Path:
        (tmp_path / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        info = tmp_path / f"{dist.replace('-', '_')}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", encoding="utf-8"
        )
        (info / "entry_points.txt").write_text(
            f"[socialwork]\n{ep_name or module} = {module}\n", encoding="utf-8"
        )
        created.append(module)
        return info

    yield make
    for module in created:
        sys.modules.pop(module, None)
