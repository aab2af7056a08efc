"""Hook specifications: the contract between socialwork and its plugins (DESIGN §5).

Registration hooks receive a ``register`` callback (the ``llm`` style) and call it once per
object they contribute. Lifecycle hooks use before/after names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pluggy

hookspec = pluggy.HookspecMarker("socialwork")
hookimpl = pluggy.HookimplMarker("socialwork")


@hookspec
def register_templates(register: Callable[[Any], None]) -> None:
    """Register document templates: call ``register(TemplateSpec(...))`` for each."""


@hookspec
def register_models(register: Callable[[Any], None]) -> None:
    """Register model types: call ``register(ModelSpec(tag=..., cls=...))`` for each."""


@hookspec
def register_rules(register: Callable[[Any], None]) -> None:
    """Register validation rules: call ``register(rule)`` for each :class:`Rule`."""


@hookspec
def register_converters(register: Callable[[Any], None]) -> None:
    """Register output converters (e.g. ``pdf``): call ``register(Converter(...))``."""


@hookspec
def register_parameters(register: Callable[[Any], None]) -> None:
    """Register local legal figures that override statutory ones for a gmina."""


@hookspec
def extend_context(template: Any, obj: Any, context: dict[str, Any]) -> dict[str, Any] | None:
    """Add to the render context of ``template`` for ``obj``; return a dict to merge."""


@hookspec
def after_render(template: Any, obj: Any, document: bytes) -> None:
    """Called after a document was rendered (e.g. to write an audit record)."""
