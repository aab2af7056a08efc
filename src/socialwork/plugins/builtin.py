"""The built-in plugin: the core registers its own parts exactly as a vendor would."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from socialwork.plugins.hookspecs import hookimpl


@hookimpl
def register_templates(register: Callable[[Any], None]) -> None:
    from socialwork.documents import BUILTIN_TEMPLATES

    for spec in BUILTIN_TEMPLATES:
        register(spec)


@hookimpl
def register_models(register: Callable[[Any], None]) -> None:
    from socialwork.serialization import BUILTIN_MODELS

    for spec in BUILTIN_MODELS:
        register(spec)


@hookimpl
def register_rules(register: Callable[[Any], None]) -> None:
    from socialwork.rules import BUILTIN_RULES

    for rule in BUILTIN_RULES:
        register(rule)


@hookimpl
def register_converters(register: Callable[[Any], None]) -> None:
    from socialwork.documents import BUILTIN_CONVERTERS

    for converter in BUILTIN_CONVERTERS:
        register(converter)
