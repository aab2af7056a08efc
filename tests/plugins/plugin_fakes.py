"""Fake registration objects for host tests (the real classes are checked elsewhere)."""

from __future__ import annotations

import attrs


@attrs.frozen
class FakeTemplate:
    name: str


@attrs.frozen
class FakeModel:
    tag: str


@attrs.frozen
class FakeRule:
    code: str


@attrs.frozen
class FakeConverter:
    name: str


@attrs.frozen
class FakeOverride:
    name: str


@attrs.frozen
class FakeProfile:
    name: str


@attrs.frozen
class FakeFilter:
    name: str


FAKE_TYPES: dict[str, type] = {
    "templates": FakeTemplate,
    "models": FakeModel,
    "rules": FakeRule,
    "converters": FakeConverter,
    "parameters": FakeOverride,
    "profiles": FakeProfile,
    "filters": FakeFilter,
}
