"""Hook specifications: the contract between socialwork and its plugins (``docs/plugins.md``).

Every hook is documented with its exact signature in ``docs/hooks.md`` (a test checks it).

Two families of hooks:

* **Registration hooks** ``register_<kind>(register)`` receive a ``register`` callback (the
  ``llm`` style) and call it once per object they contribute. ``register`` checks the type of
  the object (a :class:`~socialwork.documents.TemplateSpec` handed to ``register_rules`` is an
  error) and its name; a name another plugin already registered is a
  :class:`~socialwork.plugins.RegistrationError` naming both distributions. Return ``None``;
  a returned value is ignored (and reported).
* **Lifecycle hooks** ``extend_context`` and ``after_render`` run around each render. The
  documents engine calls them through :func:`socialwork.plugins.run_extend_context` and
  :func:`socialwork.plugins.run_after_render`, which isolate faults: a plugin that raises is
  reported on stderr with its distribution name and skipped; the render goes on.

An implementation may accept *fewer* arguments than the spec (pluggy's opt-in arguments), so
new arguments can be added to a hook later without breaking existing plugins.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pluggy

PROJECT = "socialwork"
"""The pluggy project name and the entry-point group of plugins."""

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)
"""Marks a plugin's hook implementation; exported as ``socialwork.hookimpl``."""


@hookspec
def register_templates(register: Callable[[Any], None]) -> None:
    """Register document templates.

    Call ``register(TemplateSpec(name=..., path=..., model=..., title=..., example=...))``
    (:class:`socialwork.documents.TemplateSpec`) once per template. ``name`` must be unique
    across the core and all plugins; ``path`` is the .docx file (ship it as package data and
    locate it with :mod:`importlib.resources`).
    """


@hookspec
def register_models(register: Callable[[Any], None]) -> None:
    """Register model types with their JSON type tags.

    Call ``register(ModelSpec(tag=..., cls=...))`` (:class:`socialwork.serialization.ModelSpec`)
    once per type; ``cls`` is the class, or ``"package.module:Class"`` to import it on first
    use. The tag is the ``"type"`` of the JSON envelope, the render-context variable name and
    what rules target; once registered, the type works with ``from_json``, ``to_json``,
    ``validate`` and ``render``.
    """


@hookspec
def register_rules(register: Callable[[Any], None]) -> None:
    """Register validation rules: call ``register(Rule(...))``
    (:class:`socialwork.rules.Rule`) once per rule. Rule codes must be unique."""


@hookspec
def register_converters(register: Callable[[Any], None]) -> None:
    """Register output converters (formats such as ``pdf``): call
    ``register(Converter(...))`` (:class:`socialwork.documents.Converter`) once per format."""


@hookspec
def register_parameters(register: Callable[[Any], None]) -> None:
    """Register a gmina's local legal figures.

    Call ``register(override)`` with a local override object from :mod:`socialwork.law`
    (e.g. a criterion raised by the rada gminy under art. 8 ust. 2 u.p.s., or a raised
    zasiłek okresowy percentage). ``override.name`` is the name of the local figure; two
    plugins overriding the same figure is a registration error.
    """


@hookspec
def register_filters(register: Callable[[Any], None]) -> None:
    """Register extra Jinja filters and globals for every template.

    Call ``register(TemplateFilter(name=..., function=...))`` for a filter
    (``{{ value|name }}``) and ``register(TemplateGlobal(name=..., value=...))`` for a
    variable or function every template sees (:mod:`socialwork.documents`). Filters and
    globals share one table of names; a name of Jinja's or socialwork's own (``e``,
    ``default``, ``money``, ``on``…) is refused, and two plugins registering one name is a
    registration error naming both.
    """


@hookspec
def register_profiles(register: Callable[[Any], None]) -> None:
    """Register per-gmina profiles: call ``register(Profile(name=..., gmina=..., ...))``
    (:class:`socialwork.law.profiles.Profile`) once per profile.

    A profile is a named set of one gmina's settings — local figures (parameter overrides),
    letterhead, default signatory and appeal body, local rules on and off — chosen per call
    (``profile=`` in ``validate``, ``render`` and the law functions, ``--profile`` on the
    command line, ``?profile=`` over HTTP). Nothing of it applies to a call without it.
    Profile names are unique across plugins and the profiles file.
    """


@hookspec
def extend_context(template: Any, obj: Any, context: dict[str, Any]) -> dict[str, Any] | None:
    """Add variables to the render context before ``template`` is rendered for ``obj``.

    ``template`` is the :class:`~socialwork.documents.TemplateSpec`, ``obj`` the model object
    and ``context`` the render context (a dict). Either mutate ``context`` in place or return
    a dict, which is merged into it (later plugins see what earlier ones added). If the
    implementation raises, none of its changes are kept. Keys must be strings.
    """


@hookspec
def after_render(template: Any, obj: Any, document: bytes) -> None:
    """Called after ``template`` was rendered for ``obj``; ``document`` is the output (the
    bytes returned to the caller, e.g. the .docx or the converted PDF). The return value is
    ignored; an exception is reported and does not affect the render."""


REGISTRATION_HOOKS: tuple[str, ...] = (
    "register_templates",
    "register_models",
    "register_rules",
    "register_converters",
    "register_parameters",
    "register_filters",
    "register_profiles",
)
LIFECYCLE_HOOKS: tuple[str, ...] = ("extend_context", "after_render")
HOOKS: tuple[str, ...] = REGISTRATION_HOOKS + LIFECYCLE_HOOKS
