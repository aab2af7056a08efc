"""The cached answer of plugin discovery: used only while nothing it came from changed (a
plugin installed, removed, upgraded or edited is seen at once), never trusted when foreign or
corrupt, and a hit loads the plugins without importing importlib.metadata."""

from __future__ import annotations

import itertools
import json
import marshal
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialwork.plugins import discovery
from socialwork.plugins.discovery import Candidate, EntryPoint, installed
from socialwork.plugins.faults import describe_exception

ROOT = Path(__file__).resolve().parents[2]
_OLD = itertools.count(1)


def settle(folder: Path) -> None:
    """Let time pass: give everything changed in the last minutes under ``folder`` (and the
    folder) a modification time of its own, far in the past — as if changed long ago, each
    change at a different time."""
    recent = time.time_ns() - 600 * 10**9
    for path in [folder, *folder.rglob("*")]:
        if path.stat().st_mtime_ns > recent:
            stamp = (time.time_ns() - 86400 * 10**9) + next(_OLD) * 1000
            os.utime(path, ns=(stamp, stamp))


def write_dist(
    site: Path, name: str, version: str, entry_points: dict[str, list[tuple[str, str]]]
) -> Path:
    info = site / f"{name.replace('-', '_')}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8"
    )
    text = "".join(
        f"[{group}]\n" + "".join(f"{ep} = {value}\n" for ep, value in eps) + "\n"
        for group, eps in entry_points.items()
    )
    (info / "entry_points.txt").write_text(text, encoding="utf-8")
    return info


def described(found: list[Candidate]) -> list[tuple[Any, ...]]:
    return [
        (c.distribution, c.version, c.entry_point.name, c.entry_point.value, c.entry_point.group)
        for c in found
    ]


def fresh() -> list[tuple[Any, ...]]:
    """The answer found without any cache."""
    return described(discovery._discover(discovery.GROUP))


class Counter:
    def __init__(self) -> None:
        self.calls = 0


@pytest.fixture
def looks(monkeypatch: pytest.MonkeyPatch) -> Counter:
    """Counts how often the installed distributions are really looked at (a cache miss)."""
    counter = Counter()
    real = discovery._discover

    def counting(group: str) -> list[Candidate]:
        counter.calls += 1
        return real(group)

    monkeypatch.setattr(discovery, "_discover", counting)
    return counter


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOCIALWORK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "plugins"


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "site"
    folder.mkdir()
    write_dist(folder, "acme-cached", "1.0", {"socialwork": [("acme", "acme_cached.plugin")]})
    settle(folder)
    monkeypatch.syspath_prepend(str(folder))
    yield folder


def test_a_second_discovery_is_a_hit_with_the_same_answer(
    cache: Path, site: Path, looks: Counter
) -> None:
    first = installed()
    assert looks.calls == 1
    assert [entry.stat().st_mode & 0o777 for entry in cache.iterdir()] == [0o600]
    assert cache.stat().st_mode & 0o777 == 0o700
    second = installed()
    assert looks.calls == 1  # served from the cache
    assert second == first
    assert described(second) == fresh()
    assert ("acme-cached", "1.0", "acme", "acme_cached.plugin", "socialwork") in described(second)


def test_a_plugin_installed_removed_or_upgraded_is_seen_at_once(
    cache: Path, site: Path, looks: Counter
) -> None:
    installed()
    write_dist(site, "acme-new", "0.1", {"socialwork": [("new", "acme_new")]})
    assert described(installed()) == fresh()
    assert "acme-new" in {c.distribution for c in installed()}
    settle(site)
    installed()  # cached again
    calls = looks.calls
    shutil.rmtree(site / "acme_new-0.1.dist-info")  # pip uninstall
    assert "acme-new" not in {c.distribution for c in installed()}
    assert looks.calls == calls + 1
    settle(site)
    installed()
    shutil.rmtree(site / "acme_cached-1.0.dist-info")  # pip install --upgrade
    write_dist(site, "acme-cached", "2.0", {"socialwork": [("acme", "acme_cached.plugin")]})
    assert [c.version for c in installed() if c.distribution == "acme-cached"] == ["2.0"]
    assert described(installed()) == fresh()


def test_files_edited_in_place_are_seen(cache: Path, site: Path, looks: Counter) -> None:
    other = write_dist(site, "other-lib", "1.0", {"console_scripts": [("tool", "other:main")]})
    settle(site)
    installed()
    installed()
    assert looks.calls == 1
    info = site / "acme_cached-1.0.dist-info"
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: acme-cached\nVersion: 1.1\n", encoding="utf-8"
    )
    assert [c.version for c in installed() if c.distribution == "acme-cached"] == ["1.1"]
    settle(site)
    installed()
    (info / "entry_points.txt").write_text(
        "[socialwork]\nrenamed = acme_cached.other\n", encoding="utf-8"
    )
    assert ("acme-cached", "1.1", "renamed", "acme_cached.other", "socialwork") in described(
        installed()
    )
    settle(site)
    installed()
    # a distribution that had no socialwork entry point gets one, in place
    (other / "entry_points.txt").write_text(
        "[socialwork]\nother = other_plugin\n", encoding="utf-8"
    )
    assert "other-lib" in {c.distribution for c in installed()}
    assert described(installed()) == fresh()


def test_the_path_and_its_order_are_part_of_the_key(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, looks: Counter
) -> None:
    for folder, version in (("first", "2.0"), ("second", "1.0")):
        (tmp_path / folder).mkdir()
        write_dist(tmp_path / folder, "acme-twice", version, {"socialwork": [(folder, "x")]})
        settle(tmp_path / folder)
    monkeypatch.syspath_prepend(str(tmp_path / "second"))
    monkeypatch.syspath_prepend(str(tmp_path / "first"))
    versions = [c.version for c in installed() if c.distribution == "acme-twice"]
    assert versions == ["2.0"]
    assert installed() == installed()
    sys.path.remove(str(tmp_path / "second"))
    sys.path.insert(0, str(tmp_path / "second"))
    assert [c.version for c in installed() if c.distribution == "acme-twice"] == ["1.0"]
    sys.path.remove(str(tmp_path / "first"))
    assert [c.version for c in installed() if c.distribution == "acme-twice"] == ["1.0"]
    assert described(installed()) == fresh()


def test_an_answer_changed_moments_ago_is_used_but_not_kept(
    cache: Path, site: Path, looks: Counter
) -> None:
    write_dist(site, "acme-hot", "1.0", {"socialwork": [("hot", "acme_hot")]})  # just now
    assert "acme-hot" in {c.distribution for c in installed()}
    assert not cache.exists() or not list(cache.iterdir())
    settle(site)
    installed()
    assert len(list(cache.iterdir())) == 1


def test_cache_off_gives_the_same_answer(
    site: Path, monkeypatch: pytest.MonkeyPatch, looks: Counter
) -> None:
    for value in ("off", "0", "", "no"):
        monkeypatch.setenv("SOCIALWORK_CACHE_DIR", value)
        assert described(installed()) == fresh()
        assert described(installed()) == fresh()


def _only_entry(cache: Path) -> Path:
    (entry,) = [p for p in cache.iterdir() if not p.name.startswith(".tmp-")]
    return entry


def test_corrupt_entries_are_found_again(cache: Path, site: Path, looks: Counter) -> None:
    expected = described(installed())
    entry = _only_entry(cache)
    good = entry.read_bytes()
    header = discovery._HEADER
    shapes = [
        b"",
        b"garbage",
        good[:40],
        good[: len(good) // 2],
        header + b"\x00" * 30,
        header + marshal.dumps(("not", "an", "entry")),
        header + marshal.dumps([1, 2]),
        header + marshal.dumps((marshal.loads(good[len(header) :])[0], (), ((1, 2, 3, 4, 5),))),
        header + marshal.dumps((marshal.loads(good[len(header) :])[0], ((0, None),), ())),
    ]
    for damaged in shapes:
        entry.write_bytes(damaged)
        entry.chmod(0o600)
        calls = looks.calls
        assert described(installed()) == expected
        assert looks.calls == calls + 1
        assert entry.read_bytes() == good  # written again, whole


def test_a_foreign_folder_or_entry_is_not_trusted(
    cache: Path, site: Path, looks: Counter, tmp_path: Path
) -> None:
    installed()
    entry = _only_entry(cache)
    forged = entry.read_bytes().replace(b"acme_cached.plugin", b"evil_module.thing1")
    entry.write_bytes(forged)
    cache.chmod(0o755)
    calls = looks.calls
    assert "evil_module.thing1" not in {c.entry_point.value for c in installed()}
    assert looks.calls == calls + 1
    cache.chmod(0o700)
    entry.write_bytes(forged)
    entry.chmod(0o644)  # others may read it: not ours alone
    assert "evil_module.thing1" not in {c.entry_point.value for c in installed()}
    entry.unlink()
    (tmp_path / "elsewhere").write_bytes(forged)
    (tmp_path / "elsewhere").chmod(0o600)
    entry.symlink_to(tmp_path / "elsewhere")
    assert "evil_module.thing1" not in {c.entry_point.value for c in installed()}


def test_an_unusable_cache_folder_is_not_an_error(
    tmp_path: Path, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SOCIALWORK_CACHE_DIR", str(blocker))
    assert described(installed()) == fresh()


def test_another_distribution_finder_bypasses_the_cache(
    cache: Path, site: Path, monkeypatch: pytest.MonkeyPatch, looks: Counter
) -> None:
    class Finder:
        @staticmethod
        def find_spec(*_args: object) -> None:
            return None

        @staticmethod
        def find_distributions(*_args: object) -> list[object]:
            return []

    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, Finder])
    installed()
    installed()
    assert looks.calls == 2
    assert not cache.exists() or not list(cache.iterdir())


def test_the_entry_point_loads_what_importlib_metadata_loads(tmp_path: Path) -> None:
    from importlib import metadata

    (tmp_path / "ep_target_mod.py").write_text("class Outer:\n    class Inner:\n        x = 1\n")
    sys.path.insert(0, str(tmp_path))
    try:
        for value in (
            "ep_target_mod",
            "ep_target_mod:Outer",
            "ep_target_mod:Outer.Inner",
            "ep_target_mod : Outer.Inner [extra]",
        ):
            ours = EntryPoint("n", value, "socialwork").load()
            assert ours is metadata.EntryPoint("n", value, "socialwork").load()
        for value in ("ep_target_mod:Missing", "no_such_module_anywhere", "not a reference!"):
            # the fault message names the error and where it was raised: the same
            errors = []
            for loader in (EntryPoint, metadata.EntryPoint):
                with pytest.raises(Exception) as caught:
                    loader("n", value, "socialwork").load()
                errors.append(describe_exception(caught.value))
            assert errors[0] == errors[1]
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("ep_target_mod", None)


# ------------------------------------------------------------------ property: never stale

_NAMES = ("acme-one", "acme-two", "other-lib")
_ENTRY_POINTS = st.lists(
    st.tuples(st.sampled_from(["socialwork", "console_scripts"]),
              st.sampled_from(["a", "b", "c"]), st.sampled_from(["mod_x", "mod_y:Plugin"])),
    max_size=3,
)
_STEP = st.one_of(
    st.tuples(st.just("install"), st.sampled_from(_NAMES), st.sampled_from(["1.0", "2.0"]),
              _ENTRY_POINTS),
    st.tuples(st.just("remove"), st.sampled_from(_NAMES)),
    st.tuples(st.just("metadata"), st.sampled_from(_NAMES), st.sampled_from(["1.5", "3.0"])),
    st.tuples(st.just("entry_points"), st.sampled_from(_NAMES), _ENTRY_POINTS),
    st.tuples(st.just("wait")),
)


def _apply(site: Path, step: tuple[Any, ...]) -> None:
    kind, *args = step
    if kind == "wait":
        settle(site)
        return
    name = args[0]
    infos = sorted(site.glob(f"{name.replace('-', '_')}-*.dist-info"))
    if kind == "install":
        for info in infos:
            shutil.rmtree(info)
        grouped: dict[str, list[tuple[str, str]]] = {}
        for group, ep, value in args[2]:
            if ep not in {e for e, _ in grouped.get(group, [])}:
                grouped.setdefault(group, []).append((ep, value))
        write_dist(site, name, args[1], grouped)
    elif kind == "remove":
        for info in infos:
            shutil.rmtree(info)
    elif kind == "metadata" and infos:
        (infos[0] / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {name}\nVersion: {args[1]}\n", encoding="utf-8"
        )
    elif kind == "entry_points" and infos:
        lines = "".join(f"[{group}]\n{ep} = {value}\n" for group, ep, value in args[1])
        (infos[0] / "entry_points.txt").write_text(lines, encoding="utf-8")


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(_STEP, min_size=1, max_size=8))
def test_the_cached_answer_is_never_stale(
    cache: Path, monkeypatch: pytest.MonkeyPatch, steps: list[tuple[Any, ...]]
) -> None:
    site = Path(tempfile.mkdtemp(prefix="sw-site-"))
    monkeypatch.syspath_prepend(str(site))
    try:
        settle(site)
        for step in steps:
            _apply(site, step)
            assert described(installed()) == fresh(), step
            assert described(installed()) == fresh(), step
    finally:
        sys.path.remove(str(site))
        shutil.rmtree(site)


# ------------------------------------------------------------------ a new process

PROBE = """
import contextlib, io, json, sys
from socialwork.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        main(sys.argv[1:])
    except SystemExit:
        pass
print(json.dumps({"out": out.getvalue(), "metadata": "importlib.metadata" in sys.modules}))
"""


def _probe(cache_dir: str, *args: str) -> dict[str, Any]:
    done = subprocess.run(
        # -P: no working directory on sys.path (the tests' one changes all the time)
        [sys.executable, "-P", "-c", PROBE, *args],
        capture_output=True, text=True, timeout=120, check=True,
        env={**os.environ, "SOCIALWORK_CACHE_DIR": cache_dir},
    )  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_a_new_process_uses_the_cache_without_importlib_metadata(tmp_path: Path) -> None:
    from socialwork.examples import EXAMPLES_DIR

    cache_dir = str(tmp_path / "cache")
    example = str(EXAMPLES_DIR / "kontrakt-socjalny.json")
    off = _probe("off", "plugins", "--json")
    cold = _probe(cache_dir, "plugins", "--json")
    assert off["metadata"] and cold["metadata"]
    if not list((tmp_path / "cache" / "plugins").glob("*")):
        time.sleep(2.5)  # a folder on the path changed moments ago (a fresh install)
        cold = _probe(cache_dir, "plugins", "--json")
    hot = _probe(cache_dir, "plugins", "--json")
    assert hot["out"] == cold["out"] == off["out"]
    names = {item["name"] for item in json.loads(hot["out"])}
    assert {"socialwork-eksport", "socialwork-gmina-przyklad"} <= names
    assert not hot["metadata"], "a cache hit imported importlib.metadata"
    validated = _probe(cache_dir, "validate", example)
    assert "bez błędów" in validated["out"]
    assert not validated["metadata"]
