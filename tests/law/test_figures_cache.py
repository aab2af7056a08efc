"""The cache of the parsed figure files: a hit gives the very figures a fresh parse gives, a
file changed is parsed again, and a cache that is off, foreign or damaged changes nothing."""

from __future__ import annotations

import datetime as dt
import marshal
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialwork.law.parameters import loader
from socialwork.law.parameters.types import ParameterFileError


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOCIALWORK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "figures"


@pytest.fixture
def uncached() -> dict[str, Any]:
    """The figures shipped, parsed from their files (a folder given is never cached)."""
    return loader.load_parameters(loader.data_folder())


class Parses:
    def __init__(self) -> None:
        self.files = 0


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> Parses:
    counter = Parses()
    real = loader._parse_toml

    def counting(text: str, where: str) -> dict[str, Any]:
        counter.files += 1
        return real(text, where)

    monkeypatch.setattr(loader, "_parse_toml", counting)
    return counter


def test_a_hit_parses_nothing_and_gives_the_same_figures(
    cache: Path, uncached: dict[str, Any], parses: Parses
) -> None:
    assert loader.load_parameters() == uncached
    files = parses.files
    assert files == len(uncached)
    (entry,) = cache.iterdir()
    assert entry.stat().st_mode & 0o777 == 0o600
    assert cache.stat().st_mode & 0o777 == 0o700
    assert loader.load_parameters() == uncached
    assert parses.files == files  # nothing parsed again


def test_a_changed_file_is_parsed_again(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parses: Parses
) -> None:
    data = tmp_path / "data"
    shutil.copytree(Path(str(loader.data_folder())), data)
    monkeypatch.setattr(loader, "data_folder", lambda: data)
    before = loader.load_parameters()
    single = data / "income_criterion" / "single.toml"
    text = single.read_text(encoding="utf-8")
    changed = text.replace('label = "', 'label = "zmieniony: ', 1)
    assert changed != text
    single.write_text(changed, encoding="utf-8")
    parses.files = 0
    after = loader.load_parameters()
    assert parses.files == 1  # only the file that changed
    assert after["income_criterion.single"].label.startswith("zmieniony: ")
    assert {k: v for k, v in after.items() if k != "income_criterion.single"} == {
        k: v for k, v in before.items() if k != "income_criterion.single"
    }
    single.write_text(text.replace("[[values]]", "[[values]]\nbogus = 1", 1), encoding="utf-8")
    with pytest.raises(ParameterFileError) as caught:
        loader.load_parameters()
    assert any("bogus" in str(problem) for problem in caught.value.problems)


def test_cache_off_or_unusable_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, uncached: dict[str, Any]
) -> None:
    for value in ("off", "", str(tmp_path / "a-file")):
        (tmp_path / "a-file").write_text("not a folder")
        monkeypatch.setenv("SOCIALWORK_CACHE_DIR", value)
        assert loader.load_parameters() == uncached
        assert loader.load_parameters() == uncached


def test_damaged_or_foreign_entries_are_not_trusted(
    cache: Path, uncached: dict[str, Any], parses: Parses
) -> None:
    loader.load_parameters()
    (entry,) = cache.iterdir()
    good = entry.read_bytes()
    version, tables = marshal.loads(good[len(loader._HEADER) :])
    some_text = next(iter(tables))
    wrong_label = dict(tables)
    wrong_label[some_text] = {**tables[some_text], "values": [("date", "nonsense")]}
    damaged = [
        b"",
        b"garbage",
        good[: len(good) // 2],
        loader._HEADER + b"\x00" * 40,
        loader._HEADER + marshal.dumps(("another python", tables)),
        loader._HEADER + marshal.dumps((version, ["not", "tables"])),
        loader._HEADER + marshal.dumps((version, wrong_label)),
        loader._HEADER + marshal.dumps((version, {some_text: ("time", "x", "y")})),
    ]
    for content in damaged:
        entry.write_bytes(content)
        entry.chmod(0o600)
        assert loader.load_parameters() == uncached
    entry.write_bytes(good)
    entry.chmod(0o644)  # others may read it: not ours alone
    parses.files = 0
    assert loader.load_parameters() == uncached
    assert parses.files == len(uncached)


_TOML_VALUES = st.recursive(
    st.one_of(
        st.text(max_size=20),
        st.integers(),
        st.floats(allow_nan=False),
        st.booleans(),
        st.dates(),
        st.times(),
        st.datetimes(),
        st.datetimes(timezones=st.timezones()).map(lambda d: d.astimezone(dt.UTC)),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@given(_TOML_VALUES)
def test_tables_survive_the_cache_exactly(value: Any) -> None:
    stored = marshal.loads(marshal.dumps(loader._encoded(value)))
    back = loader._decoded(stored)
    assert back == value
    assert type(back) is type(value)


def test_every_shipped_file_survives_the_cache_exactly() -> None:
    for _name, item in loader._walk(loader.data_folder(), ""):
        table = tomllib.loads(item.read_text(encoding="utf-8"))
        assert loader._decoded(marshal.loads(marshal.dumps(loader._encoded(table)))) == table


def test_the_data_folder_is_the_one_importlib_resources_gives(monkeypatch: Any) -> None:
    """Found from ``__file__`` for a package installed as files, and by
    :mod:`importlib.resources` otherwise (a zip archive): the same folder either way."""
    from importlib import resources

    expected = resources.files("socialwork.law.parameters").joinpath("data")
    assert loader.data_folder() == expected
    monkeypatch.setattr(loader, "__file__", "/nonexistent/archive.zip/loader.py")
    assert loader.data_folder() == expected
