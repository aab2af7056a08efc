"""Registration hooks: every kind, typed objects, names, and clashes naming both plugins."""

from __future__ import annotations

import contextlib
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from plugin_fakes import FakeConverter, FakeModel, FakeOverride, FakeRule, FakeTemplate

from socialwork.errors import ConfigurationError
from socialwork.plugins import (
    PluginWarning,
    RegistrationError,
    build_registry,
    get_registry,
    hookimpl,
    reset_registry,
)
from socialwork.plugins.manager import new_plugin_manager
from socialwork.plugins.testing import plugins_registered, registry_with


class Everything:
    """A throw-away plugin that implements every registration hook."""

    @hookimpl
    def register_templates(self, register: Any) -> None:
        register(FakeTemplate("acme_list"))
        register(FakeTemplate("acme_card"))

    @hookimpl
    def register_models(self, register: Any) -> None:
        register(FakeModel("acme_card"))

    @hookimpl
    def register_rules(self, register: Any) -> None:
        register(FakeRule("ACME-001"))

    @hookimpl
    def register_converters(self, register: Any) -> None:
        register(FakeConverter("odt"))

    @hookimpl
    def register_parameters(self, register: Any) -> None:
        register(FakeOverride("kryterium_posilek"))


def test_every_registration_hook_fills_its_table(fake_types: Any) -> None:
    registry = registry_with(("acme-socialwork", Everything()), core=False)
    assert list(registry.templates) == ["acme_list", "acme_card"]
    assert registry.templates["acme_card"] == FakeTemplate("acme_card")
    assert registry.models["acme_card"] == FakeModel("acme_card")
    assert registry.rules["ACME-001"] == FakeRule("ACME-001")
    assert registry.converters["odt"] == FakeConverter("odt")
    assert registry.parameters["kryterium_posilek"] == FakeOverride("kryterium_posilek")
    for kind in ("templates", "models", "rules", "converters", "parameters"):
        table = registry.table(kind)
        for name in table:
            assert table.owner(name) == "acme-socialwork"
    assert registry.registered_by("acme-socialwork")["templates"] == ("acme_list", "acme_card")
    assert not registry.problems()


def test_fresh_plugin_manager_is_used_as_is(fake_types: Any) -> None:
    pm = new_plugin_manager()
    pm.register(Everything(), name="acme-socialwork")
    registry = build_registry(pm)
    assert registry.plugin_manager is pm
    assert registry.templates.owner("acme_list") == "acme-socialwork"
    assert [p.name for p in registry.plugins] == ["acme-socialwork"]


def test_module_level_plugin_and_opt_in_arguments(fake_types: Any) -> None:
    class NoArgs:
        @hookimpl
        def register_rules(self) -> None:  # accepts fewer arguments than the spec
            pass

    registry = registry_with(("no-args", NoArgs()), core=False)
    assert len(registry.rules) == 0
    assert registry.plugin("no-args").loaded


def _plugin(kind_hook: str, *objects: Any) -> object:
    class P:
        pass

    def impl(register: Any) -> None:
        for obj in objects:
            register(obj)

    setattr(P, kind_hook, staticmethod(hookimpl(impl)))
    return P()


@pytest.mark.parametrize(
    ("hook", "first", "second", "label"),
    [
        ("register_templates", FakeTemplate("wniosek"), FakeTemplate("wniosek"), "template"),
        ("register_models", FakeModel("wniosek"), FakeModel("wniosek"), "model tag"),
        ("register_rules", FakeRule("R-1"), FakeRule("R-1"), "rule code"),
        ("register_converters", FakeConverter("pdf"), FakeConverter("pdf"), "converter"),
        ("register_parameters", FakeOverride("p"), FakeOverride("p"), "local parameter"),
    ],
)
def test_clash_names_both_distributions_and_the_name(
    fake_types: Any, hook: str, first: Any, second: Any, label: str
) -> None:
    with pytest.raises(RegistrationError) as caught:
        registry_with(
            ("alpha-plugin", _plugin(hook, first)),
            ("beta-plugin", _plugin(hook, second)),
            core=False,
        )
    message = str(caught.value)
    assert "alpha-plugin" in message and "beta-plugin" in message
    name = attrs.astuple(first)[0]
    assert repr(name) in message
    assert label in message
    assert isinstance(caught.value, ConfigurationError)
    assert "\n" not in message


def test_clash_is_an_error_even_if_the_plugin_swallows_it(fake_types: Any) -> None:
    class Sneaky:
        @hookimpl
        def register_templates(self, register: Any) -> None:
            with contextlib.suppress(RegistrationError):
                register(FakeTemplate("wniosek"))

    with pytest.raises(RegistrationError, match=r"first-plugin.*Sneaky"):
        registry_with(
            ("first-plugin", _plugin("register_templates", FakeTemplate("wniosek"))),
            Sneaky(),
            core=False,
        )


def test_same_plugin_registering_a_name_twice(fake_types: Any) -> None:
    doubled = _plugin("register_rules", FakeRule("R-1"), FakeRule("R-1"))
    with pytest.raises(RegistrationError, match="twice by plugin 'dup'"):
        registry_with(("dup", doubled), core=False)


def test_wrong_type_is_reported_and_the_hook_discarded(fake_types: Any) -> None:
    class Confused:
        @hookimpl
        def register_rules(self, register: Any) -> None:
            register(FakeRule("OK-1"))
            register(FakeTemplate("not_a_rule"))

        @hookimpl
        def register_templates(self, register: Any) -> None:
            register(FakeTemplate("kept"))

    with pytest.warns(PluginWarning) as record:
        registry = registry_with(("confused-plugin", Confused()), core=False)
    text = " ".join(str(w.message) for w in record)
    assert "confused-plugin" in text
    assert "register_rules" in text and "FakeTemplate" in text
    assert "register_templates" in text  # the hint where a template belongs
    assert "OK-1" not in registry.rules  # partial registrations of the failing hook dropped
    assert "kept" in registry.templates  # its other hooks still count


@pytest.mark.parametrize("bad", ["", "   ", " padded", "tab\tname", None, 42])
def test_bad_names_are_rejected(fake_types: Any, bad: Any) -> None:
    with pytest.warns(PluginWarning, match="bad-names"):
        registry = registry_with(
            ("bad-names", _plugin("register_templates", FakeTemplate(bad))), core=False
        )
    assert len(registry.templates) == 0


def test_register_after_the_hook_returned_is_refused(fake_types: Any) -> None:
    kept: list[Any] = []

    class Late:
        @hookimpl
        def register_templates(self, register: Any) -> None:
            kept.append(register)

    registry = registry_with(("late", Late()), core=False)
    with pytest.raises(RegistrationError, match="after register_templates returned"):
        kept[0](FakeTemplate("too_late"))
    assert "too_late" not in registry.templates


def test_returned_values_are_reported_not_registered(fake_types: Any) -> None:
    class CondaStyle:
        @hookimpl
        def register_templates(self) -> list[FakeTemplate]:
            return [FakeTemplate("x")]

    with pytest.warns(PluginWarning, match="call register"):
        registry = registry_with(("conda-style", CondaStyle()), core=False)
    assert len(registry.templates) == 0


@given(names=st.lists(st.from_regex(r"[a-z][a-z0-9_]{0,20}", fullmatch=True), max_size=12))
def test_tables_keep_registration_order_and_detect_any_duplicate(names: list[str]) -> None:
    from socialwork.plugins.registry import Table

    table: Table[int] = Table("templates")
    seen: list[str] = []
    for index, name in enumerate(names):
        if name in seen:
            with pytest.raises(RegistrationError, match=repr(name)):
                table.add(name, index, "p")
        else:
            table.add(name, index, "p")
            seen.append(name)
    assert list(table) == seen
    assert len(table) == len(seen)
    assert all(table.owner(n) == "p" for n in seen)


def test_get_registry_is_cached_until_reset() -> None:
    first = get_registry()
    assert get_registry() is first
    reset_registry()
    assert get_registry() is not first


def test_plugins_registered_installs_and_restores(fake_types: Any) -> None:
    before = get_registry()
    with plugins_registered(("acme", Everything()), core=False) as registry:
        assert get_registry() is registry
        assert registry.templates.owner("acme_card") == "acme"
    assert get_registry() is before


def test_table_owner_of_unknown_name_is_key_error() -> None:
    registry = registry_with(core=False)
    with pytest.raises(KeyError):
        registry.templates.owner("nope")
    with pytest.raises(KeyError):
        registry.table("widgets")


def test_public_marker_is_the_plugin_marker() -> None:
    import socialwork
    from socialwork.plugins import hookimpl as marker

    assert socialwork.hookimpl is marker
    assert marker.project_name == "socialwork"


def test_plugins_registered_restores_after_an_exception(fake_types: Any) -> None:
    before = get_registry()
    with pytest.raises(ZeroDivisionError), plugins_registered(Everything(), core=False):
        raise ZeroDivisionError
    assert get_registry() is before


@settings(max_examples=60, deadline=None)
@given(
    assignments=st.lists(
        st.lists(st.sampled_from(["a", "b", "c", "d", "e", "f"]), max_size=3),
        min_size=1,
        max_size=4,
    )
)
def test_any_duplicate_across_plugins_is_a_clash_naming_both(
    assignments: list[list[str]],
) -> None:
    from plugin_fakes import FAKE_TYPES

    from socialwork.plugins.kinds import Kind

    real = Kind.type
    Kind.type = lambda self: FAKE_TYPES[self.name]  # type: ignore[method-assign]
    try:
        plugins = [
            (f"vendor-{i}", _plugin("register_rules", *(FakeRule(n.upper() + "-1") for n in names)))
            for i, names in enumerate(assignments)
        ]
        owners: dict[str, str] = {}
        clash: tuple[str, str, str] | None = None
        for i, names in enumerate(assignments):
            for name in names:
                code = name.upper() + "-1"
                if code in owners and clash is None:
                    clash = (code, owners[code], f"vendor-{i}")
                owners.setdefault(code, f"vendor-{i}")
        if clash is None:
            registry = registry_with(*plugins, core=False)
            assert {code: registry.rules.owner(code) for code in registry.rules} == owners
        else:
            with pytest.raises(RegistrationError) as caught:
                registry_with(*plugins, core=False)
            code, first, second = clash
            assert repr(code) in str(caught.value)
            assert first in str(caught.value) and second in str(caught.value)
    finally:
        Kind.type = real  # type: ignore[method-assign]
