"""The on-disk cache of compiled templates (socialwork.documents.template_cache): a hit gives
the very document a fresh compile gives; anything it depends on changes the key; a cache that is
off, foreign, corrupt or unwritable is never an error and never trusted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import socialwork.documents as documents
from socialwork.documents import compiler, template_cache
from socialwork.documents.environment import DocumentEnvironment, environment

from .docx_files import docx_bytes as template

CONTEXT = {"name": "Zażółć & <gęślą>", "items": ["jeden", "dwa"], "on": None}


SIMPLE = template("Dzień dobry, {{ name }}!", "{% for item in items %}{{ item }}; {% endfor %}")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(template_cache.ENV_VAR, str(tmp_path / "cache"))
    return tmp_path / "cache" / "templates"


def _no_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("compiled although the cache holds the template")

    monkeypatch.setattr(compiler, "part_sources", refuse)


def entries(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if not path.name.startswith(".tmp-"))


def test_a_hit_skips_compiling_and_gives_the_same_document(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = compiler.compile_docx(SIMPLE, "prosty").render(CONTEXT)
    assert len(entries(cache)) == 1
    assert os.stat(cache).st_mode & 0o777 == 0o700
    assert os.stat(entries(cache)[0]).st_mode & 0o777 == 0o600
    _no_compiling(monkeypatch)
    again = compiler.compile_docx(bytes(SIMPLE), "prosty")
    assert again.render(CONTEXT) == first
    assert again.extra_filters == frozenset()


def test_every_catalogue_template_renders_the_same_from_the_cache(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from socialwork.serialization import from_json

    fresh: dict[str, bytes] = {}
    specs = [spec for spec in documents.templates() if spec.example is not None]
    assert len(specs) >= 19
    for spec in specs:
        compiled = compiler.compile_docx(spec.path.read_bytes(), spec.name, typography=True)
        case = from_json(spec.example.read_bytes())
        fresh[spec.name] = compiled.render(documents.context(spec, case))
    _no_compiling(monkeypatch)
    for spec in specs:
        compiled = compiler.compile_docx(spec.path.read_bytes(), spec.name, typography=True)
        case = from_json(spec.example.read_bytes())
        assert compiled.render(documents.context(spec, case)) == fresh[spec.name], spec.name


def test_the_key_follows_everything_the_result_depends_on() -> None:
    env = environment()
    key = template_cache.entry_key(SIMPLE, "prosty", env, False)
    assert key == template_cache.entry_key(bytes(SIMPLE), "prosty", env, False)
    other_bytes = template("Dzień dobry, {{ name }}?")
    assert key != template_cache.entry_key(other_bytes, "prosty", env, False)
    assert key != template_cache.entry_key(SIMPLE, "inny", env, False)
    assert key != template_cache.entry_key(SIMPLE, "prosty", env, True)
    widened = DocumentEnvironment()
    widened.filters["vendor_filter"] = str.upper
    assert key != template_cache.entry_key(SIMPLE, "prosty", widened, False)


def test_a_new_socialwork_version_does_not_read_old_entries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import socialwork.version

    env = environment()
    key = template_cache.entry_key(SIMPLE, "prosty", env, False)
    template_cache._compiler_fingerprint.cache_clear()
    monkeypatch.setattr(socialwork.version, "__version__", "999.0")
    try:
        assert template_cache.entry_key(SIMPLE, "prosty", env, False) != key
    finally:
        template_cache._compiler_fingerprint.cache_clear()


@pytest.mark.parametrize("value", ["off", "0", "", "no"])
def test_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(template_cache.ENV_VAR, value)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert template_cache.cache_dir() is None
    compiler.compile_docx(SIMPLE, "prosty").render(CONTEXT)
    assert list(tmp_path.iterdir()) == []


def test_default_folder_is_the_users_cache(tmp_path: Path) -> None:
    assert template_cache.cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == (
        tmp_path / "socialwork" / "templates"
    )
    assert template_cache.cache_dir({"XDG_CACHE_HOME": "relative"}) == (
        Path.home() / ".cache" / "socialwork" / "templates"
    )


def test_corrupt_or_truncated_entries_are_compiled_again(cache: Path) -> None:
    expected = compiler.compile_docx(SIMPLE, "prosty").render(CONTEXT)
    (entry,) = entries(cache)
    for damaged in (b"", b"garbage", entry.read_bytes()[:100], b"socialwork-compiled-template/1\n"
                    + b"\x00" * 50):
        entry.write_bytes(damaged)
        assert compiler.compile_docx(SIMPLE, "prosty").render(CONTEXT) == expected
        assert entry.read_bytes() != damaged  # written again, whole


def test_an_entry_of_another_shape_is_not_trusted(cache: Path) -> None:
    expected = compiler.compile_docx(SIMPLE, "prosty").render(CONTEXT)
    (entry,) = entries(cache)
    template_cache.store(entry.name, ("not", "a", "template"))
    assert compiler.compile_docx(SIMPLE, "prosty").render(CONTEXT) == expected


def test_a_folder_others_may_use_is_ignored(cache: Path) -> None:
    cache.mkdir(parents=True)
    cache.chmod(0o777)
    compiler.compile_docx(SIMPLE, "prosty")
    assert entries(cache) == []  # nothing written where others could change it
    cache.chmod(0o700)
    compiler.compile_docx(SIMPLE, "prosty")
    (entry,) = entries(cache)
    cache.chmod(0o755)
    key = entry.name
    assert template_cache.load(key) is None  # nor read from there


def test_an_entry_others_may_write_or_a_link_is_ignored(cache: Path, tmp_path: Path) -> None:
    compiler.compile_docx(SIMPLE, "prosty")
    (entry,) = entries(cache)
    key = entry.name
    assert template_cache.load(key) is not None
    entry.chmod(0o666)
    assert template_cache.load(key) is None
    entry.chmod(0o600)
    elsewhere = tmp_path / "elsewhere"
    entry.rename(elsewhere)
    entry.symlink_to(elsewhere)
    assert template_cache.load(key) is None


def test_an_unusable_folder_is_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(template_cache.ENV_VAR, str(blocker))
    expected = compiler.compile_docx(SIMPLE, "prosty").render(CONTEXT)
    assert compiler.compile_docx(SIMPLE, "prosty").render(CONTEXT) == expected


def test_old_entries_are_pruned(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(template_cache, "MAX_ENTRIES", 2)
    for number in range(4):
        compiler.compile_docx(template(f"Wersja {number}: {{{{ name }}}}"), "prosty")
    assert len(entries(cache)) == 2


def test_a_new_process_uses_the_entry(cache: Path, tmp_path: Path) -> None:
    script = tmp_path / "render.py"
    source = tmp_path / "t.docx"
    source.write_bytes(SIMPLE)
    script.write_text(
        "import sys\n"
        "from socialwork.documents import compiler\n"
        "if sys.argv[1] == 'cached':\n"
        "    def refuse(*a, **k):\n"
        "        raise SystemExit('compiled although cached')\n"
        "    compiler.part_sources = refuse\n"
        f"data = open({str(source)!r}, 'rb').read()\n"
        "out = compiler.compile_docx(data, 'prosty').render("
        "{'name': 'Anna', 'items': ['a'], 'on': None})\n"
        "sys.stdout.buffer.write(out)\n"
    )
    environ = {**os.environ, template_cache.ENV_VAR: str(cache.parent)}
    runs = [
        subprocess.run([sys.executable, str(script), mode], capture_output=True, env=environ,
                       check=False, timeout=120)
        for mode in ("fresh", "cached")
    ]
    assert [run.returncode for run in runs] == [0, 0], runs[1].stderr.decode()
    assert runs[0].stdout == runs[1].stdout
    assert runs[0].stdout.startswith(b"PK")


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="{}%#"),
    max_size=40,
)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=_TEXT, after=_TEXT, value=_TEXT)
def test_cached_and_fresh_agree_on_any_text(
    cache: Path, monkeypatch: pytest.MonkeyPatch, before: str, after: str, value: str
) -> None:
    refusing = [False]
    original = compiler.part_sources

    def guarded(data: bytes) -> Any:
        if refusing[0]:
            raise AssertionError("compiled although the cache holds the template")
        return original(data)

    monkeypatch.setattr(compiler, "part_sources", guarded)
    data = template(f"{before}{{{{ name }}}}{after}", "{{ items|join(', ') }}")
    context = {**CONTEXT, "name": value}
    monkeypatch.setenv(template_cache.ENV_VAR, "off")
    fresh = compiler.compile_docx(data, "losowy", typography=True).render(context)
    monkeypatch.setenv(template_cache.ENV_VAR, str(cache.parent))
    compiler.compile_docx(data, "losowy", typography=True)  # fills the cache (or hits it)
    refusing[0] = True
    try:
        assert compiler.compile_docx(data, "losowy", typography=True).render(context) == fresh
    finally:
        refusing[0] = False


def test_the_well_formedness_proof_comes_from_the_cache_too(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A part proved well-formed (socialwork.documents.wellformed) stays proved when loaded
    from the cache (so its renders are not parsed again)."""
    data = template("Dzień dobry, {{ name }}!", "{% for item in items %}{{ item }}{% endfor %}")
    fresh = {p.member: p.well_formed for p in compiler.compile_docx(data, "p").parts.values()}
    assert fresh["word/document.xml"] is True
    _no_compiling(monkeypatch)
    again = compiler.compile_docx(bytes(data), "p")
    assert {p.member: p.well_formed for p in again.parts.values()} == fresh


def test_folders_socialwork_creates_above_the_cache_are_private_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(template_cache.ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    compiler.compile_docx(SIMPLE, "prosty")
    for made in (tmp_path / "xdg", tmp_path / "xdg" / "socialwork",
                 tmp_path / "xdg" / "socialwork" / "templates"):
        assert os.stat(made).st_mode & 0o777 == 0o700, made
    assert entries(tmp_path / "xdg" / "socialwork" / "templates")
