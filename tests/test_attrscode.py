"""The cache of the byte code attrs generates (socialwork.attrscode): a class built from the
cache is the class attrs would build, and a cache that cannot be trusted is not used."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attr._make
import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialwork import attrscode, cachefiles

SRC = Path(__file__).resolve().parents[1] / "src"

# A child process that loads every model, rule and the registry, then prints what the cache
# did and a fingerprint of every generated method of every attrs class it built.
_CHILD = textwrap.dedent(
    """
    import gc, hashlib, json, marshal, sys
    import attrs
    from socialwork import attrscode
    import socialwork.model, socialwork.rules
    for name in socialwork.model.__all__:  # the package loads its modules on first use
        getattr(socialwork.model, name)
    from socialwork.plugins import get_registry
    get_registry()
    import socialwork.serialization as s
    from socialwork.examples import EXAMPLES_DIR
    obj = s.from_json((EXAMPLES_DIR / "kontrakt-socjalny.json").read_text(encoding="utf-8"))
    prints = {}
    for cls in gc.get_objects():
        if isinstance(cls, type) and attrs.has(cls) and cls.__module__.startswith("socialwork"):
            codes = []
            for name in ("__init__", "__eq__", "__hash__", "__repr__", "__lt__"):
                function = cls.__dict__.get(name)
                code = getattr(function, "__code__", None)
                if code is not None and code.co_filename.startswith("<attrs generated"):
                    codes.append(marshal.dumps(code))
            prints[f"{cls.__module__}.{cls.__qualname__}"] = hashlib.sha256(
                b"".join(codes)).hexdigest()
    print(json.dumps({
        "installed": attrscode.installed(),
        "stats": dict(attrscode.statistics()),
        "prints": prints,
        "equal": obj == s.from_json(s.to_json(obj)),
    }))
    """
)


def _child(cache: str, seed: int = 1) -> dict[str, Any]:
    environ = {**os.environ, "SOCIALWORK_CACHE_DIR": cache, "PYTHONHASHSEED": str(seed)}
    environ["PYTHONPATH"] = os.pathsep.join([str(SRC), environ.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", _CHILD], capture_output=True, text=True, env=environ, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_a_new_process_takes_every_class_from_the_cache_and_builds_the_same_code(
    tmp_path: Path,
) -> None:
    cache = str(tmp_path / "cache")
    first = _child(cache)
    assert first["installed"] and first["stats"]["misses"] > 100 and first["stats"]["hits"] == 0
    folder = tmp_path / "cache" / "attrs"
    (table,) = list(folder.iterdir())
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    assert oct(table.stat().st_mode & 0o777) == "0o600"

    second = _child(cache)
    # A class whose __hash__ number has a rare width (1 in 100) is compiled, never kept: the
    # same seed gives the same numbers, so exactly those are compiled again, and nothing is
    # written.
    rare = first["stats"]["rare"]
    assert second["stats"] == {
        "hits": first["stats"]["misses"] - rare,
        "misses": rare,
        "rare": rare,
        "pending": 0,
    }

    plain = _child("off")
    assert not plain["installed"]
    # Every generated method is byte-for-byte the code attrs compiles itself.
    assert second["prints"] == plain["prints"] == first["prints"]
    assert len(plain["prints"]) > 100
    assert second["equal"]


def test_another_hash_seed_gets_its_own_type_numbers_from_the_same_entries(
    tmp_path: Path,
) -> None:
    cache = str(tmp_path / "cache")
    _child(cache, seed=1)
    # Other seeds give __hash__ other numbers (and often other widths); the usual widths were
    # kept at the first compile, so (nearly) everything is found.
    for seed in (2, 3, 4):
        cached = _child(cache, seed=seed)
        plain = _child("off", seed=seed)
        assert cached["prints"] == plain["prints"]
        assert cached["stats"]["misses"] == cached["stats"]["rare"] <= 5, cached["stats"]
        assert cached["stats"]["pending"] == 0


def test_turned_off_leaves_attrs_as_it_is(tmp_path: Path) -> None:
    result = _child("off")
    assert not result["installed"]
    assert result["stats"] == {"hits": 0, "misses": 0, "rare": 0, "pending": 0}


@pytest.mark.parametrize(
    "damage",
    [
        b"socialwork-attrs-code/1\ngarbage",
        b"socialwork-attrs-code/1\n" + __import__("marshal").dumps({b"x" * 32: 5}),
        b"socialwork-attrs-code/1\n" + __import__("marshal").dumps([1, 2]),
        b"another format\n",
        b"",
    ],
)
def test_a_damaged_table_is_compiled_over(tmp_path: Path, damage: bytes) -> None:
    cache = str(tmp_path / "cache")
    first = _child(cache)
    (table,) = list((tmp_path / "cache" / "attrs").iterdir())
    table.write_bytes(damage)
    again = _child(cache)
    assert again["stats"]["misses"] == first["stats"]["misses"]
    assert again["prints"] == first["prints"]
    written_anew = _child(cache)["stats"]
    assert written_anew["misses"] == written_anew["rare"]


def test_a_table_others_may_write_is_not_trusted(tmp_path: Path) -> None:
    cache = str(tmp_path / "cache")
    first = _child(cache)
    (table,) = list((tmp_path / "cache" / "attrs").iterdir())
    table.chmod(0o666)
    assert _child(cache)["stats"]["misses"] == first["stats"]["misses"]


def test_a_damaged_entry_is_compiled_over(tmp_path: Path) -> None:
    cache = str(tmp_path / "cache")
    first = _child(cache)
    (table,) = list((tmp_path / "cache" / "attrs").iterdir())
    import marshal

    header = b"socialwork-attrs-code/1\n"
    entries = marshal.loads(table.read_bytes()[len(header) :])
    table.write_bytes(header + marshal.dumps({key: b"\x00garbage" for key in entries}))
    table.chmod(0o600)
    again = _child(cache)
    assert again["stats"]["hits"] == 0
    assert again["stats"]["misses"] == first["stats"]["misses"]
    assert again["prints"] == first["prints"]


# ---------------------------------------------------------------- in-process, random classes


@contextlib.contextmanager
def _fresh_cache(tmp_path: Path) -> Iterator[Path]:
    """attrscode installed on an empty private table of its own; state restored after."""
    saved = dict(attrscode._state)
    saved_new, saved_used = dict(saved["new"]), set(saved["used"])
    was_installed = attrscode.installed()
    attrscode.uninstall()
    path = tmp_path / "attrs" / "table"
    assert attrscode.install({cachefiles.ENV_VAR: str(tmp_path)})
    attrscode._state.update(path=path, table={}, new={}, used=set(), hits=0, misses=0, rare=0)
    try:
        yield path
    finally:
        attrscode.uninstall()
        attrscode._state.update(saved)
        attrscode._state.update(new=saved_new, used=saved_used)
        if was_installed:
            attrscode._state["original"] = None
            attrscode.install()


_names = st.lists(
    st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True).filter(
        lambda n: n not in {"self", "other", "if", "in", "is", "or", "and", "not", "def"}
    ),
    min_size=0,
    max_size=6,
    unique=True,
)


def _methods(cls: type) -> dict[str, types.CodeType]:
    found = {}
    for name in ("__init__", "__eq__", "__hash__", "__repr__", "__lt__", "__setattr__"):
        code = getattr(cls.__dict__.get(name), "__code__", None)
        if code is not None:
            found[name] = code
    return found


def _build(names: list[str], frozen: bool, order: bool, slots: bool, qualname: str) -> type:
    # Fields are ordered as created; those without a default must come first.
    body: dict[str, Any] = {name: attrs.field() for name in names[::2]}
    body.update({name: attrs.field(default=index) for index, name in enumerate(names[1::2])})
    cls = type(qualname, (), body)
    made: type = attrs.define(
        frozen=frozen, order=order, slots=slots, repr=True, auto_attribs=False
    )(cls)
    return made


@settings(max_examples=60, deadline=None)
@given(
    names=_names,
    frozen=st.booleans(),
    order=st.booleans(),
    slots=st.booleans(),
    qualname=st.from_regex(r"[A-Z][A-Za-z0-9]{0,10}", fullmatch=True),
)
def test_random_classes_get_the_code_attrs_compiles(
    names: list[str],
    frozen: bool,
    order: bool,
    slots: bool,
    qualname: str,
) -> None:
    with tempfile.TemporaryDirectory() as folder, _fresh_cache(Path(folder)):
        _check_random_class(names, frozen, order, slots, qualname)


def _check_random_class(
    names: list[str], frozen: bool, order: bool, slots: bool, qualname: str
) -> None:
    compiled = _build(names, frozen, order, slots, qualname)  # first time: compiled and kept
    kept = _build(names, frozen, order, slots, qualname)  # second time: from the table
    original = attrscode._state["original"]
    attr._make._compile_and_eval = original  # type: ignore[attr-defined]
    try:
        plain = _build(names, frozen, order, slots, qualname)
    finally:
        attr._make._compile_and_eval = attrscode._compile_and_eval  # type: ignore[attr-defined]
    assert _methods(compiled) == _methods(kept) == _methods(plain)
    # the second build came from the table, unless __hash__'s number has a rare width
    stats = attrscode.statistics()
    assert stats["hits"] >= 1 or stats["rare"] == 2, stats


@settings(max_examples=200, deadline=None)
@given(number=st.integers(min_value=-(2**63), max_value=2**63 - 1))
def test_the_stand_in_gives_any_type_number_exactly(number: int) -> None:
    with tempfile.TemporaryDirectory() as folder, _fresh_cache(Path(folder)):
        _check_stand_in(number)


def _check_stand_in(number: int) -> None:
    script = (
        "def __hash__(self):\n"
        "        return hash((\n"
        f"                {number},\n"
        "                self.a,\n"
        "            ))\n"
    )
    first = attrscode._code_for(script, "<attrs generated methods t.T>")
    second = attrscode._code_for(script, "<attrs generated methods t.T>")
    expected = compile(
        script,
        "<attrs generated methods t.T>",
        "exec",
        dont_inherit=True,
        flags=attrscode._state["flags"],
    )
    assert first == second == expected
    usual = len(str(abs(number))) in (18, 19)  # 99 processes in 100 get one of these widths
    assert attrscode.statistics()["hits"] == (1 if usual else 0)
    assert attrscode.statistics()["rare"] == (0 if usual else 2)


def test_a_flush_writes_a_private_table_the_next_process_reads(tmp_path: Path) -> None:
    with _fresh_cache(tmp_path) as table:
        _build(["a", "b"], True, False, True, "Flushed")
        attrscode.flush()
        assert table.exists() and oct(table.stat().st_mode & 0o777) == "0o600"
        assert attrscode.statistics()["pending"] == 0
        assert len(attrscode._read(table)) >= 1


def test_an_attrs_without_the_known_compile_step_is_left_alone(tmp_path: Path) -> None:
    was_installed = attrscode.installed()
    attrscode.uninstall()
    original = attr._make._compile_and_eval  # type: ignore[attr-defined]

    def other(source: str, namespace: dict[str, Any]) -> None:  # another signature
        raise AssertionError("not called")

    attr._make._compile_and_eval = other  # type: ignore[attr-defined]
    try:
        assert not attrscode.install({cachefiles.ENV_VAR: str(tmp_path)})
        assert attr._make._compile_and_eval is other  # type: ignore[attr-defined]
    finally:
        attr._make._compile_and_eval = original  # type: ignore[attr-defined]
        if was_installed:
            attrscode.install()
