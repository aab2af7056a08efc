"""Hooks of the "Niebieska Karta – A" plugin (entry point ``niebieska_karta``).

Nothing here logs: the form holds special-category data (violence, health, children).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from socialwork.plugins import hookimpl

TAG = "niebieska_karta_a"
TEMPLATE = "niebieska-karta-a"


def _resource(*parts: str) -> Path:
    """A file shipped in this package: the path :func:`importlib.resources.files` gives for a
    package installed as files, found without importing :mod:`importlib.resources` (and
    ``tempfile``, ``zipfile``) in every command that builds the registry."""
    return Path(__file__).parent.joinpath(*parts)


@hookimpl
def register_models(register: Callable[[Any], None]) -> None:
    from socialwork.serialization import ModelSpec

    # The class by reference: its module is imported when a form is first read, written or
    # rendered, not by every command that loads the plugins.
    register(ModelSpec(tag=TAG, cls="socialwork_niebieska_karta.model:NiebieskaKartaA"))


@hookimpl
def register_templates(register: Callable[[Any], None]) -> None:
    from socialwork.documents import TemplateSpec

    register(
        TemplateSpec(
            name=TEMPLATE,
            path=_resource("templates", f"{TEMPLATE}.docx"),
            model=TAG,
            title="Formularz „Niebieska Karta – A” (wszczęcie procedury)",
            example=_resource("examples", f"{TEMPLATE}.json"),
        )
    )


@hookimpl
def register_rules(register: Callable[[Any], None]) -> None:
    from socialwork_niebieska_karta.rules import RULES

    for rule in RULES:
        register(rule)
