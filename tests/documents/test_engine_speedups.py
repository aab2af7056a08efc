"""The engine's shortcuts give exactly what the plain way gives (property-based)."""

from __future__ import annotations

import re
from pathlib import Path

from docxtpl import DocxTemplate
from hypothesis import given, settings
from hypothesis import strategies as st

from socialwork.documents.compiler import _resolve_listing, _tables_are_static
from socialwork.documents.environment import environment

_PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", flags=re.DOTALL)


def _reference(xml: str) -> str:
    def paragraph(match: re.Match[str]) -> str:
        text = match.group(0)
        if any(char in text for char in "\n\t\a\f"):
            return str(DocxTemplate.resolve_listing(None, text))
        return text

    return _PARAGRAPH.sub(paragraph, xml)


_text = st.text(alphabet="ab& \n\t\a\f", max_size=12)
_run = _text.map(lambda t: f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>')
_paragraph = st.tuples(st.sampled_from(["<w:p>", '<w:p w:rsidR="1">']),
                       st.lists(_run, max_size=3),
                       st.sampled_from(["", "<w:pPr><w:jc w:val=\"left\"/></w:pPr>"])).map(
    lambda p: p[0] + p[2] + "".join(p[1]) + "</w:p>"
)
_between = st.sampled_from(["", "\n", "\n  ", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_between, _paragraph), max_size=8), _between)
def test_listing_only_where_needed_is_the_full_scan(parts: list[tuple[str, str]],
                                                    tail: str) -> None:
    xml = "<w:body>" + "".join(a + b for a, b in parts) + tail + "</w:body>"
    assert _resolve_listing(xml) == _reference(xml)


def test_listing_in_a_text_box_takes_the_full_scan() -> None:
    xml = ('<w:p><w:r><w:txbxContent><w:p><w:r><w:t>a\nb</w:t></w:r></w:p>'
           '</w:txbxContent></w:r></w:p><w:p><w:r><w:t>c\td</w:t></w:r></w:p>')
    assert _resolve_listing(xml) == _reference(xml)


def _table(rows: list[int], columns: int) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    grid = "".join("<w:gridCol/>" for _ in range(columns))
    body = "".join("<w:tr>" + "<w:tc><w:p/></w:tc>" * cells + "</w:tr>" for cells in rows)
    return (f'<w:document xmlns:w="{w}"><w:body><w:tbl><w:tblGrid>{grid}</w:tblGrid>{body}'
            "</w:tbl></w:body></w:document>").encode()


def test_static_tables_are_told_apart() -> None:
    assert _tables_are_static(_table([2, 2], 2))
    assert not _tables_are_static(_table([2, 1], 2))  # dropping the wide row changes it
    assert not _tables_are_static(_table([3], 2))
    column_loop = _table([2], 2).replace(b"<w:p/>", b"<w:p><w:r><w:t>{%tc for x in y %}"
                                         b"</w:t></w:r></w:p>", 1)
    assert not _tables_are_static(column_loop)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([str, int, tuple, dict, list, bytes]),
       st.sampled_from(["upper", "endswith", "append", "update", "__class__", "mro",
                        "__subclasses__", "pop", "format", "keys", "_x"]))
def test_cached_attribute_checks_agree_with_the_sandbox(kind: type, name: str) -> None:
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    env = environment()
    value = kind()
    plain = ImmutableSandboxedEnvironment()
    if hasattr(value, name):
        attribute = getattr(value, name)
        assert env.is_safe_attribute(value, name, attribute) == plain.is_safe_attribute(
            value, name, attribute
        )
        assert env.is_safe_attribute(value, name, attribute) == plain.is_safe_attribute(
            value, name, attribute
        )  # second time: from the cache


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.integers(), st.booleans(), st.decimals(allow_nan=False),
                 st.text().map(lambda t: __import__("markupsafe").Markup(t))))
def test_one_call_output_is_the_three_step_output(value: object) -> None:
    """``sw_output`` prints exactly what the presence check, finalize and escape print."""
    from markupsafe import escape

    from socialwork.documents.environment import DocumentEnvironment, _finalize, _present

    expected = str(escape(_finalize(_present(value, "x"))))
    assert str(DocumentEnvironment.sw_output(value, "x")) == expected


def test_one_call_output_refuses_none_and_undefined() -> None:
    import pytest
    from jinja2 import StrictUndefined

    from socialwork.documents.environment import DocumentEnvironment
    from socialwork.documents.errors import MissingDataError

    for value in (None, StrictUndefined(name="y")):
        with pytest.raises(MissingDataError, match=r"client\.name"):
            DocumentEnvironment.sw_output(value, "client.name")


class _Shouting(str):
    def __str__(self) -> str:
        return self.upper()


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_one_call_output_of_str_subclasses_and_labels(text: str) -> None:
    from markupsafe import escape

    from socialwork.documents.environment import DocumentEnvironment, _finalize
    from socialwork.model.enums import Label

    for value in (_Shouting(text), Label(text)):
        assert str(DocumentEnvironment.sw_output(value, "x")) == str(escape(_finalize(value)))


def _header_template() -> bytes:
    import io

    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Nagłówek {{ v }} {% if flag %}tak{% endif %}"
    document.add_paragraph("Treść {{ v }}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c & <d>", "ą ę"]), st.booleans()),
                min_size=1, max_size=12))
def test_remembered_headers_are_the_headers_rendered_afresh(
    values: list[tuple[str, bool]]
) -> None:
    """A header rendered again for the same XML is taken from memory: the same bytes as a
    template that renders it for the first time, whatever came before."""
    from socialwork.documents.compiler import compile_docx

    data = _header_template()
    warm = compile_docx(data, "probe", typography=True)
    for v, flag in values:
        context = {"v": v, "flag": flag}
        fresh = compile_docx(data, "probe", typography=True)
        assert warm.render(context) == fresh.render(context)
    assert 1 <= len(warm._repeated) <= len(set(values))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab,. ", max_size=10), st.sampled_from([".", ",", "a", ""]))
def test_built_in_methods_called_directly_give_jinjas_result(text: str, part: str) -> None:
    """Built-in methods (str.endswith, str.split…) are called without Context.call: the same
    results, keyword arguments included."""
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    source = (
        "{{ t.endswith(p) }}|{{ t.split(p or None)|join('/') }}|{{ t.count(p) }}|"
        "{{ t.replace(p, 'x', 1) }}|{{ t.strip() }}|{{ t.split(sep=',', maxsplit=1)|length }}"
    )
    plain = ImmutableSandboxedEnvironment(autoescape=True).from_string(source)
    ours = environment().from_string(source)
    expected = plain.render(t=text, p=part).replace("True", "tak").replace("False", "nie")
    assert ours.render(t=text, p=part) == expected


def test_a_template_path_is_resolved_once_and_its_version_still_checked(
    tmp_path: Path,
) -> None:
    import io
    import os

    import docx

    from socialwork.documents.compiler import _RESOLVED, _resolved, load_template
    from socialwork.documents.text import document_text

    folder = tmp_path / "real"
    folder.mkdir()
    (tmp_path / "link").symlink_to(folder)
    path = tmp_path / "link" / "t.docx"

    def write(text: str) -> None:
        document = docx.Document()
        document.add_paragraph(text)
        buffer = io.BytesIO()
        document.save(buffer)
        (folder / "t.docx").write_bytes(buffer.getvalue())

    write("Pierwsza {{ v }}")
    assert _resolved(path) == str(path.resolve()) == str(folder / "t.docx")
    assert _RESOLVED[str(path)] == str(folder / "t.docx")
    assert "Pierwsza x" in document_text(load_template(path, "t").render({"v": "x"}))
    write("Druga wersja {{ v }}")  # a new version: other size, so compiled again
    assert "Druga wersja x" in document_text(load_template(path, "t").render({"v": "x"}))
    relative = os.path.relpath(path)
    assert _resolved(Path(relative)) == str(folder / "t.docx")
    assert relative not in _RESOLVED  # relative to the working folder: never remembered
