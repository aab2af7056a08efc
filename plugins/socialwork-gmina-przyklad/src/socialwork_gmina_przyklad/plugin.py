"""The hooks of the Gmina Przykładowo plugin (entry point ``gmina_przyklad``)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib.resources import files
from typing import Any

from socialwork.documents import Image, image
from socialwork.plugins import hookimpl
from socialwork_gmina_przyklad import config


@hookimpl
def register_parameters(register: Callable[[Any], None]) -> None:
    if not config.active():
        return
    from socialwork_gmina_przyklad.local import periodic_gap_share

    register(periodic_gap_share())


@hookimpl
def register_rules(register: Callable[[Any], None]) -> None:
    if not config.active():
        return
    from socialwork_gmina_przyklad.rules import RULES

    for rule in RULES:
        register(rule)


@functools.cache
def herb() -> Image:
    """The gmina's herb (a fictional one: a golden sun over a silver river on blue), printed
    above the letterhead."""
    return image(files(__package__) / "herb.png", height_mm=config.HERB_HEIGHT_MM)


@hookimpl
def extend_context(context: dict[str, Any]) -> None:
    """Add the centre's letterhead to every document as ``letterhead``: a dict with
    ``name``, ``lines`` (address, contact…), ``text`` (all of it on one line) and ``herb``
    (the gmina's herb, a picture printed above the name)."""
    if not config.active():
        return
    name, lines = config.LETTERHEAD_NAME, config.LETTERHEAD_LINES
    context["letterhead"] = {
        "name": name,
        "lines": lines,
        "text": " · ".join((name, *lines)),
        "herb": herb(),
    }
