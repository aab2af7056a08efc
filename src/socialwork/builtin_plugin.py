"""The core's own plugin: socialwork registers its templates, models, rules and converters
exactly as a vendor's plugin would.

The plugin hub loads this module *by its dotted name* (``socialwork.builtin_plugin``), the
way llm and datasette load their default plugins, so the hub — which sits below every layer —
never imports the layers it registers. This module is at the top: it may import them all.

It imports only what registration needs — the registered objects and the classes that declare
each kind (:mod:`socialwork.plugins.kinds`) — not the engines behind them: building the
registry for ``socialwork validate`` does not load the template engine (Jinja, lxml,
python-docx); :mod:`socialwork.documents` loads its parts on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from socialwork.documents import BUILTIN_CONVERTERS, BUILTIN_TEMPLATES
from socialwork.documents.extspec import TemplateExtension  # noqa: F401  (declares its kind)
from socialwork.law.parameters import LocalOverride  # noqa: F401  (declares its kind)
from socialwork.law.profiles import Profile  # noqa: F401  (declares its kind)
from socialwork.model.spec import BUILTIN_MODELS
from socialwork.plugins.hookspecs import hookimpl
from socialwork.rules import BUILTIN_RULES


@hookimpl
def register_templates(register: Callable[[Any], None]) -> None:
    for spec in BUILTIN_TEMPLATES:
        register(spec)


@hookimpl
def register_models(register: Callable[[Any], None]) -> None:
    for spec in BUILTIN_MODELS:
        register(spec)


@hookimpl
def register_rules(register: Callable[[Any], None]) -> None:
    for rule in BUILTIN_RULES:
        register(rule)


@hookimpl
def register_converters(register: Callable[[Any], None]) -> None:
    for converter in BUILTIN_CONVERTERS:
        register(converter)
