"""Entry-point discovery, SOCIALWORK_PLUGINS, and plugins that fail to load."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from socialwork.plugins import PluginWarning, build_registry, check_pending, hookimpl
from socialwork.plugins.discovery import normalize, select, wanted
from socialwork.plugins.manager import new_plugin_manager

GOOD = """
from plugin_fakes import FakeTemplate
from socialwork.plugins import hookimpl

@hookimpl
def register_templates(register):
    register(FakeTemplate("{name}"))
"""


def only(*names: str) -> dict[str, str]:
    return {"SOCIALWORK_PLUGINS": ",".join(names)}


def test_entry_point_plugin_is_attributed_to_its_distribution(
    make_dist: Any, fake_types: Any
) -> None:
    make_dist("acme-socialwork", "acme_sw_good", GOOD.format(name="acme_t"), version="2.3.1")
    registry = build_registry(env=only("acme-socialwork"))
    assert registry.templates.owner("acme_t") == "acme-socialwork"
    info = registry.plugin("acme-socialwork")
    assert info.version == "2.3.1"
    assert info.entry_point == "acme_sw_good = acme_sw_good"
    assert info.loaded
    assert info.hooks == ("register_templates",)
    assert registry.plugins[0].name == "socialwork"  # the core comes first


def test_filter_uses_normalised_distribution_names(make_dist: Any, fake_types: Any) -> None:
    make_dist("acme-socialwork", "acme_sw_a", GOOD.format(name="a_t"))
    make_dist("other-plugin", "other_sw_b", GOOD.format(name="b_t"))
    registry = build_registry(env=only(" Acme_SocialWork "))
    assert "a_t" in registry.templates
    assert "b_t" not in registry.templates
    both = build_registry(env=only("acme.socialwork", "OTHER_plugin"))
    assert {"a_t", "b_t"} <= set(both.templates)


def test_empty_filter_loads_no_plugin(make_dist: Any, fake_types: Any) -> None:
    make_dist("acme-socialwork", "acme_sw_c", GOOD.format(name="c_t"))
    registry = build_registry(env={"SOCIALWORK_PLUGINS": ""})
    assert [p.name for p in registry.plugins] == ["socialwork"]


def test_unset_filter_loads_all_installed(make_dist: Any, fake_types: Any) -> None:
    make_dist("acme-socialwork", "acme_sw_d", GOOD.format(name="d_t"))
    registry = build_registry(env={})
    assert "d_t" in registry.templates
    assert registry.plugin("acme-socialwork").loaded


def test_misspelled_filter_name_is_reported(make_dist: Any, fake_types: Any) -> None:
    make_dist("acme-socialwork", "acme_sw_e", GOOD.format(name="e_t"))
    with pytest.warns(PluginWarning, match="acme-socialwrk.*no such plugin"):
        registry = build_registry(env=only("acme-socialwrk"))
    assert "e_t" not in registry.templates


def test_import_failure_is_reported_and_skipped(make_dist: Any, fake_types: Any) -> None:
    make_dist("broken-plugin", "broken_sw", "import does_not_exist_anywhere\n", version="0.1")
    make_dist("acme-socialwork", "acme_sw_f", GOOD.format(name="f_t"))
    with pytest.warns(PluginWarning) as record:
        registry = build_registry(env=only("broken-plugin", "acme-socialwork"))
    messages = [str(w.message) for w in record]
    assert any(
        "broken-plugin" in m and "failed to import" in m and "ModuleNotFoundError" in m
        for m in messages
    )
    assert "f_t" in registry.templates  # the host and the other plugin keep working
    assert not registry.plugin("broken-plugin").loaded


@pytest.mark.parametrize(
    "source",
    [
        "raise RuntimeError('boom at import')\n",
        "import sys\nsys.exit(3)\n",
        "def broken(:\n",
    ],
)
def test_any_import_time_failure_is_isolated(make_dist: Any, fake_types: Any, source: str) -> None:
    make_dist("fragile-plugin", "fragile_sw", source)
    with pytest.warns(PluginWarning, match="fragile-plugin.*failed to import"):
        registry = build_registry(env=only("fragile-plugin"))
    assert not registry.plugin("fragile-plugin").loaded


def test_misspelled_hook_names_the_plugin_and_suggests(make_dist: Any, fake_types: Any) -> None:
    source = """
from socialwork.plugins import hookimpl

@hookimpl
def register_template(register):
    pass
"""
    make_dist("typo-plugin", "typo_sw", source)
    make_dist("acme-socialwork", "acme_sw_g", GOOD.format(name="g_t"))
    with pytest.warns(PluginWarning) as record:
        registry = build_registry(env=only("typo-plugin", "acme-socialwork"))
    text = " ".join(str(w.message) for w in record)
    assert "typo-plugin" in text
    assert "'register_template'" in text and "did you mean 'register_templates'" in text
    assert not registry.plugin("typo-plugin").loaded
    assert "g_t" in registry.templates


def test_wrong_hook_signature_is_skipped(make_dist: Any, fake_types: Any) -> None:
    source = """
from socialwork.plugins import hookimpl

@hookimpl
def register_templates(reg):
    pass
"""
    make_dist("sig-plugin", "sig_sw", source)
    with pytest.warns(PluginWarning, match="sig-plugin.*does not match its specification"):
        registry = build_registry(env=only("sig-plugin"))
    assert not registry.plugin("sig-plugin").loaded


def test_hook_without_marker_is_pointed_out(make_dist: Any, fake_types: Any) -> None:
    source = """
def register_templates(register):
    pass
"""
    make_dist("unmarked-plugin", "unmarked_sw", source)
    with pytest.warns(PluginWarning, match="unmarked-plugin.*without @socialwork.hookimpl"):
        build_registry(env=only("unmarked-plugin"))


def test_exception_in_registration_hook_keeps_the_host_working(
    make_dist: Any, fake_types: Any
) -> None:
    source = """
from plugin_fakes import FakeRule, FakeTemplate
from socialwork.plugins import hookimpl

@hookimpl
def register_templates(register):
    register(FakeTemplate("half_done"))
    raise ValueError("registry unreachable")

@hookimpl
def register_rules(register):
    register(FakeRule("FINE-1"))
"""
    make_dist("flaky-plugin", "flaky_sw", source)
    with pytest.warns(PluginWarning) as record:
        registry = build_registry(env=only("flaky-plugin"))
    text = " ".join(str(w.message) for w in record)
    assert "flaky-plugin" in text and "register_templates" in text and "ValueError" in text
    assert "half_done" not in registry.templates
    assert registry.rules.owner("FINE-1") == "flaky-plugin"


def test_check_pending_reports_instead_of_raising() -> None:
    class Typo:
        @hookimpl
        def after_rendr(self) -> None:
            pass

    class Fine:
        @hookimpl
        def after_render(self) -> None:
            pass

    pm = new_plugin_manager()
    pm.register(Typo(), name="typo-plugin")
    pm.register(Fine(), name="fine-plugin")
    with pytest.warns(PluginWarning):
        messages = check_pending(pm)
    assert len(messages) == 1
    assert "typo-plugin" in messages[0] and "did you mean 'after_render'" in messages[0]
    assert pm.get_plugin("typo-plugin") is None
    assert pm.get_plugin("fine-plugin") is not None
    pm.check_pending()  # nothing left for pluggy to complain about


def test_wrapper_impls_are_refused() -> None:
    class Wrapper:
        @hookimpl(wrapper=True)
        def after_render(self) -> Any:
            return (yield)

    pm = new_plugin_manager()
    pm.register(Wrapper(), name="wrapping")
    with pytest.warns(PluginWarning, match="wrapping.*wrapper"):
        registry = build_registry(pm)
    assert [p.name for p in registry.plugins] == []


def test_wanted_and_select() -> None:
    assert wanted({}) is None
    assert wanted({"SOCIALWORK_PLUGINS": " , "}) == frozenset()
    assert wanted({"SOCIALWORK_PLUGINS": "A_b,c.D"}) == {"a-b", "c-d"}
    assert normalize("Acme__Social.work") == "acme-social-work"
    assert select([], frozenset({"socialwork"})) == ([], [])


def test_check_pending_without_arguments_reports_the_active_registry(
    make_dist: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = """
from socialwork.plugins import hookimpl

@hookimpl
def extend_contxt(context):
    pass
"""
    make_dist("typo2-plugin", "typo2_sw", source)
    monkeypatch.setenv("SOCIALWORK_PLUGINS", "typo2-plugin")
    with pytest.warns(PluginWarning):
        messages = check_pending()
    assert len(messages) == 1
    assert "typo2-plugin" in messages[0] and "'extend_context'" in messages[0]


def test_plugin_calling_get_registry_at_import_is_isolated(
    make_dist: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = """
from socialwork.plugins import get_registry
get_registry()
"""
    make_dist("eager-plugin", "eager_sw", source)
    monkeypatch.setenv("SOCIALWORK_PLUGINS", "eager-plugin")
    from socialwork.plugins import get_registry

    with pytest.warns(PluginWarning, match="eager-plugin.*failed to import.*RuntimeError"):
        registry = get_registry()
    assert not registry.plugin("eager-plugin").loaded
    assert registry.plugin("socialwork").loaded  # the host still has its registry


def test_distribution_with_two_entry_points(make_dist: Any, fake_types: Any) -> None:
    info = make_dist("twin-plugin", "twin_a", GOOD.format(name="twin_a_t"))
    (info.parent / "twin_b.py").write_text(GOOD.format(name="twin_b_t"), encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[socialwork]\ntwin_a = twin_a\ntwin_b = twin_b\n", encoding="utf-8"
    )
    try:
        registry = build_registry(env=only("twin-plugin"))
        assert registry.templates.owner("twin_a_t") == "twin-plugin"
        assert registry.templates.owner("twin_b_t") == "twin-plugin"
        from socialwork.cli.plugins import describe

        (entry,) = [item for item in describe(registry) if item["name"] == "twin-plugin"]
        assert entry["registered"]["templates"] == ["twin_a_t", "twin_b_t"]
        assert entry["entry_point"] == "twin_a = twin_a, twin_b = twin_b"
    finally:
        sys.modules.pop("twin_b", None)


def test_entry_point_naming_a_class_gets_an_instance(make_dist: Any, fake_types: Any) -> None:
    source = """
from plugin_fakes import FakeTemplate
from socialwork.plugins import hookimpl

class AcmePlugin:
    @hookimpl
    def register_templates(self, register):
        register(FakeTemplate("from_class"))
"""
    info = make_dist("class-plugin", "class_sw", source)
    (info / "entry_points.txt").write_text(
        "[socialwork]\nacme = class_sw:AcmePlugin\n", encoding="utf-8"
    )
    registry = build_registry(env=only("class-plugin"))
    assert registry.templates.owner("from_class") == "class-plugin"


def test_a_distribution_found_twice_on_the_path_counts_once(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from socialwork.plugins.discovery import installed

    for folder, version in (("first", "2.0"), ("second", "1.0")):
        info = tmp_path / folder / f"acme_twice-{version}.dist-info"
        info.mkdir(parents=True)
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: Acme_Twice\nVersion: {version}\n", encoding="utf-8"
        )
        (info / "entry_points.txt").write_text(
            f"[socialwork]\nacme_{folder} = acme_{folder}\n", encoding="utf-8"
        )
    monkeypatch.syspath_prepend(str(tmp_path / "second"))
    monkeypatch.syspath_prepend(str(tmp_path / "first"))  # first on sys.path: imported first
    found = [c for c in installed() if normalize(c.distribution) == "acme-twice"]
    assert [(c.distribution, c.version, c.entry_point.name) for c in found] == [
        ("Acme_Twice", "2.0", "acme_first")
    ]


def test_only_distributions_with_a_socialwork_entry_point_are_candidates() -> None:
    from socialwork.plugins.discovery import installed

    names = {normalize(c.distribution) for c in installed()}
    assert "socialwork" not in names  # the core is never a plugin
    assert "pluggy" not in names and "attrs" not in names
