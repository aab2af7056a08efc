"""The cache of compiled templates on disk (socialwork.documents.compile_cache): a cached
template renders exactly what a freshly compiled one renders, and a changed template, code
or a damaged or foreign entry is never used."""

from __future__ import annotations

import io
import os
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialwork.documents import compile_cache
from socialwork.documents.compiler import _CACHE, compile_docx, load_template
from socialwork.documents.text import document_text


def _template(path: Path, *paragraphs: str) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.core_properties.title = "Pismo {{ title }}"
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(compile_cache.ENV_VAR, str(folder))
    _CACHE.clear()
    return folder


def _fresh_load(path: Path, name: str) -> object:
    _CACHE.clear()  # the in-memory cache: as in a new process
    return load_template(path, name, typography=True)


_PARAGRAPHS = ["{{ title }}", "Kwota: {{ amount|money }}", "{%p if flag %}",
               "Tak: {{ title }}", "{%p endif %}", "{%p for x in items %}", "- {{ x }}",
               "{%p endfor %}"]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=20), st.booleans(),
       st.lists(st.text(max_size=10), max_size=4), st.decimals(0, 10**6, places=2))
def test_a_cached_template_renders_what_a_fresh_one_renders(
    cache: Path, tmp_path: Path, title: str, flag: bool, items: list[str], amount: object
) -> None:
    path = tmp_path / "letter.docx"
    if not path.exists():
        _template(path, *_PARAGRAPHS)
    context = {"title": title, "flag": flag, "items": items, "amount": amount}
    fresh = compile_docx(path.read_bytes(), "letter", typography=True).render(context)
    first = _fresh_load(path, "letter")  # compiled, written to the cache
    assert len(list(cache.glob("*.bin"))) == 1
    cached = _fresh_load(path, "letter")  # read from the cache
    assert cached is not first
    assert first.render(context) == fresh  # type: ignore[attr-defined]
    assert cached.render(context) == fresh  # type: ignore[attr-defined]


def test_a_changed_template_or_code_gets_a_new_entry(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _template(tmp_path / "a.docx", "Pierwszy {{ title }}")
    _fresh_load(path, "a")
    _template(path, "Drugi {{ title }}")
    second = _fresh_load(path, "a")
    assert len(list(cache.glob("*.bin"))) == 2
    assert "Drugi x" in document_text(second.render({"title": "x"}))  # type: ignore[attr-defined]
    # the same template under another name, or untypeset: other entries
    load_template(path, "b", typography=True)
    load_template(path, "a", typography=False)
    assert len(list(cache.glob("*.bin"))) == 4
    # other code: every key changes
    key = compile_cache.entry_key(path.read_bytes(), "a", True, frozenset())
    monkeypatch.setattr(compile_cache, "_fingerprint", lambda: b"other code")
    assert compile_cache.entry_key(path.read_bytes(), "a", True, frozenset()) != key


def test_a_damaged_entry_is_compiled_again(cache: Path, tmp_path: Path) -> None:
    path = _template(tmp_path / "a.docx", "Tekst {{ title }}")
    expected = _fresh_load(path, "a").render({"title": "x"})  # type: ignore[attr-defined]
    (entry,) = cache.glob("*.bin")
    for damage in (b"", b"garbage", entry.read_bytes()[:100],
                   compile_cache._FORMAT + b"\x00\x01"):
        entry.write_bytes(damage)
        assert _fresh_load(path, "a").render({"title": "x"}) == expected  # type: ignore[attr-defined]
        assert entry.read_bytes().startswith(compile_cache._FORMAT)
        assert len(entry.read_bytes()) > 200  # rewritten whole


def test_an_entry_others_may_write_is_not_used(cache: Path, tmp_path: Path) -> None:
    path = _template(tmp_path / "a.docx", "Tekst {{ title }}")
    _fresh_load(path, "a")
    (entry,) = cache.glob("*.bin")
    key = entry.stem
    assert compile_cache.read_entry(key) is not None
    entry.chmod(0o666)
    assert compile_cache.read_entry(key) is None
    entry.chmod(0o600)
    cache.chmod(0o777)
    assert compile_cache.read_entry(key) is None
    cache.chmod(0o700)
    assert compile_cache.read_entry(key) is not None
    assert (os.stat(cache).st_mode & 0o777) == 0o700
    assert (os.stat(entry).st_mode & 0o777) == 0o600


def test_switched_off_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(compile_cache.ENV_VAR, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    path = _template(tmp_path / "a.docx", "Tekst {{ title }}")
    _fresh_load(path, "a")
    assert not (tmp_path / "xdg").exists() and not (tmp_path / "home").exists()
    assert compile_cache.cache_folder({"XDG_CACHE_HOME": "/x"}) == Path(
        "/x/socialwork/templates"
    )
