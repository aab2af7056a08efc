"""The rendering engine: safety, fidelity to docxtpl, determinism, errors."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from docxtpl import DocxTemplate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jinja2.sandbox import SandboxedEnvironment

import socialwork.documents as documents
from socialwork.authoring import DocumentBuilder
from socialwork.documents import (
    MissingDataError,
    TemplateDefinitionError,
    TemplateSpec,
    UnknownFormatError,
    UnknownTemplateError,
    WrongModelError,
)
from socialwork.documents.compiler import compile_docx
from socialwork.documents.text import check_xml, document_text, xml_parts
from socialwork.errors import InputError
from socialwork.plugins import hookimpl
from socialwork.plugins.testing import plugins_registered

from .conftest import STRING_FIELDS, Member, Other, _Templates, make_letter

pytestmark = pytest.mark.usefixtures("registered")

HOSTILE = [
    "& < > \" '",
    "a & b < c > d",
    "<w:t>x</w:t>",
    "</w:t></w:r></w:p><w:p><w:r><w:t>injected",
    "{{ 7*7 }} {% for x in range(3) %}x{% endfor %} {# c #}",
    "{_{ x }_} {_% y %_}",
    "{%p if True %} {%tr endfor %}",
    "]]> <![CDATA[ x ]]> <!-- c --> <?pi x?>",
    "&amp; &lt; &#34; &#x41; &nbsp;",
    "Zażółć gęślą jaźń ZAŻÓŁĆ GĘŚLĄ JAŹŃ",
    "emoji 👩‍👧‍👦 🇵🇱 ✅ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "line one\nline two\n\nline four",
    "tab\there",
    "x" * 10_000,
    " leading and trailing spaces ",
    "«cudzysłów» „polski” ‘single’",
    "\\ backslash \\n not a newline",
]


def _text(document: bytes) -> str:
    return document_text(document)


def test_renders_the_case(letter_spec: TemplateSpec) -> None:
    text = _text(documents.render("letter", make_letter()))
    assert "Zażółć Gęślą-Jaźń" in text
    assert "22 listopada 2026 r." in text
    assert "1 010,00 zł (słownie: jeden tysiąc dziesięć złotych 00/100)" in text
    assert "2 osoby" in text
    assert "Pierwsza linia\nDruga linia" in text
    assert "PROJEKT — do sprawdzenia przez pracownika socjalnego" in text


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("field", STRING_FIELDS)
def test_hostile_text_appears_whole(field: str, hostile: str) -> None:
    document = documents.render("letter", make_letter(**{field: hostile}))
    check_xml(document)
    assert hostile in _text(document)
    # nothing after the field was lost (plain docxtpl truncates after < or &)
    assert "(podpis pracownika socjalnego)" in _text(document)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",),
                                      blacklist_characters="\r"), max_size=200))
def test_any_text_appears_whole_or_visibly_marked(text: str) -> None:
    document = documents.render("letter", make_letter(note=text, extra="koniec"))
    check_xml(document)
    from socialwork.documents.environment import xml_safe_text

    # as in docxtpl, \a starts a new paragraph and \f is a page break (its own paragraph);
    # no-break spaces (typography) read as spaces in the text
    expected = xml_safe_text(text).replace("\xa0", " ").replace("\a", "\n").replace("\f", "\n\n")
    assert expected in _text(document)
    assert "Uwagi: koniec" in _text(document)


def test_control_characters_are_replaced_by_visible_markers() -> None:
    document = documents.render("letter", make_letter(note="a\x00b\x08c\x1bd\ufffee"))
    text = _text(document)
    assert "a␀b␈c␛d\ufffde" in text


def test_bell_and_form_feed_are_a_paragraph_and_a_page_break_as_in_docxtpl() -> None:
    body = xml_parts(documents.render("letter", make_letter(note="a\ab\fc")))[
        "word/document.xml"
    ].decode("utf-8")
    assert "\a" not in body and "\f" not in body and "␇" not in body and "␌" not in body
    assert body.count('<w:br w:type="page"/>') == 1
    text = _text(documents.render("letter", make_letter(note="a\ab\fc")))
    assert "a\nb\n\nc" in text


def test_carriage_returns_become_line_breaks() -> None:
    text = _text(documents.render("letter", make_letter(note="a\r\nb\rc")))
    assert "a\nb\nc" in text


def test_newline_is_a_line_break_in_the_xml() -> None:
    body = xml_parts(documents.render("letter", make_letter(note="one\ntwo")))
    assert b"<w:br/>" in body["word/document.xml"]


def test_output_text_matches_plain_docxtpl(letter_spec: TemplateSpec) -> None:
    letter = make_letter()
    context = documents.context("letter", letter)
    ours = documents.render("letter", letter)
    # plain docxtpl, given an environment with the same filters (a fresh one: docxtpl
    # mutates the environment it is given)
    from socialwork.documents.environment import DocumentEnvironment

    reference = DocxTemplate(str(letter_spec.path))
    reference.render(context, DocumentEnvironment(), autoescape=True)
    buffer = io.BytesIO()
    reference.save(buffer)
    assert _text(ours) == _text(buffer.getvalue())


def test_deterministic_bytes(letter_spec: TemplateSpec) -> None:
    first = documents.render("letter", make_letter())
    second = documents.render("letter", make_letter())
    fresh = compile_docx(letter_spec.path.read_bytes(), "letter", typography=True).render(
        documents.context("letter", make_letter())
    )
    assert first == second == fresh
    assert hashlib.sha256(first).hexdigest() == hashlib.sha256(fresh).hexdigest()
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert archive.testzip() is None
        infos = archive.infolist()
        assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}
        names = [info.filename for info in infos]
    with zipfile.ZipFile(letter_spec.path) as template:
        assert names == [i.filename for i in template.infolist() if not i.is_dir()]


def test_every_part_is_well_formed() -> None:
    check_xml(documents.render("letter", make_letter(name="<&>" * 100)))


def test_missing_value_names_variable_and_template() -> None:
    with pytest.raises(MissingDataError) as caught:
        # `extra` is guarded by {%p if %}; the name field is not: make it None
        documents.render("letter", make_letter(name=None))  # type: ignore[arg-type]
    message = str(caught.value)
    assert "letter.name" in message
    assert "'letter'" in message
    assert caught.value.template == "letter"
    assert isinstance(caught.value, InputError)


def test_optional_value_guarded_by_if_is_fine() -> None:
    text = _text(documents.render("letter", make_letter(extra=None)))
    assert "Uwagi" not in text


def test_undefined_attribute_is_an_error(tmp_path: Path) -> None:
    doc = DocumentBuilder("broken", title="x", model="letter")
    doc.paragraph("{{ letter.no_such_field }}")
    spec = TemplateSpec(name="broken", path=doc.save(tmp_path), model=type(make_letter()),
                        title="x")
    with plugins_registered(("t", _Templates(spec))), pytest.raises(MissingDataError) as caught:
        documents.render("broken", make_letter())
    assert "no_such_field" in str(caught.value)
    assert "broken" in str(caught.value)


def test_wrong_model_is_refused() -> None:
    with pytest.raises(WrongModelError) as caught:
        documents.render("letter", Other(name="x"))
    assert "letter" in str(caught.value) and "Other" in str(caught.value)
    with pytest.raises(WrongModelError):
        documents.render("letter", {"name": "x"})


def test_unknown_template_suggests_close_name() -> None:
    with pytest.raises(UnknownTemplateError) as caught:
        documents.render("leter", make_letter())
    assert "did you mean 'letter'" in str(caught.value)


def test_unknown_format() -> None:
    with pytest.raises(UnknownFormatError) as caught:
        documents.render("letter", make_letter(), fmt="odt")
    assert "docx" in str(caught.value) and "pdf" in str(caught.value)


def test_context_is_exactly_what_templates_see() -> None:
    letter = make_letter()
    context = documents.context("letter", letter, on=dt.date(2026, 12, 1))
    assert context["letter"] is letter
    assert context["on"] == dt.date(2026, 12, 1)
    assert context["template"] == {"name": "letter", "title": "Pismo testowe"}
    assert callable(context["money"]) and callable(context["plural"])
    env = documents.environment()
    assert isinstance(env, SandboxedEnvironment)
    assert env.autoescape is True
    rendered = env.from_string("{{ letter.name }} {{ on|date_pl }}").render(context)
    assert rendered == "Zażółć Gęślą-Jaźń 1 grudnia 2026\u00a0r."


def test_document_date_defaults_to_the_case_date() -> None:
    assert documents.context("letter", make_letter())["on"] == dt.date(2026, 11, 22)
    text = _text(documents.render("letter", make_letter(), on=dt.date(2027, 1, 5)))
    assert "5 stycznia 2027 r." in text


def test_environment_escapes_and_cannot_be_turned_off() -> None:
    env = documents.environment()
    assert env.from_string("{{ x }}").render(x="<a & b>") == "&lt;a &amp; b&gt;"
    with pytest.raises(AttributeError):
        env.autoescape = False


def test_sandbox_blocks_python_internals(tmp_path: Path) -> None:
    doc = DocumentBuilder("evil", title="x", model="letter")
    doc.paragraph("{{ letter.__class__.__mro__[1].__subclasses__() }}")
    spec = TemplateSpec(name="evil", path=doc.save(tmp_path), model=type(make_letter()),
                        title="x")
    with plugins_registered(("t", _Templates(spec))), pytest.raises(TemplateDefinitionError):
        documents.render("evil", make_letter())


def test_plugins_extend_context_and_see_the_output(letter_spec: TemplateSpec) -> None:
    seen: list[bytes] = []

    class Letterhead:
        @hookimpl
        def extend_context(self, template, obj, context):  # type: ignore[no-untyped-def]
            return {"letterhead_extra": "added by plugin"}

        @hookimpl
        def after_render(self, template, obj, document):  # type: ignore[no-untyped-def]
            seen.append(document)

    with plugins_registered(("t", _Templates(letter_spec)), ("letterhead", Letterhead())):
        context = documents.context("letter", make_letter())
        assert context["letterhead_extra"] == "added by plugin"
        output = documents.render("letter", make_letter())
    assert seen == [output]


def test_template_is_compiled_once(letter_spec: TemplateSpec) -> None:
    first = documents.engine.compiled(letter_spec)
    assert documents.engine.compiled(letter_spec) is first


def test_money_must_not_be_float() -> None:
    with pytest.raises(InputError) as caught:
        documents.render("letter", make_letter(amount=1010.0))  # type: ignore[arg-type]
    assert "float" in str(caught.value)


def test_long_tables_render(letter_spec: TemplateSpec) -> None:
    members = tuple(Member(f"Osoba {i}", i) for i in range(500))
    text = _text(documents.render("letter", make_letter(members=members)))
    assert "Osoba 499" in text


def test_empty_table_shows_placeholder_row() -> None:
    text = _text(documents.render("letter", make_letter(members=())))
    assert "brak osób" in text


def test_attrs_models_are_not_mutated() -> None:
    letter = make_letter()
    documents.render("letter", letter)
    assert letter == make_letter()
    assert attrs.asdict(letter)["amount"] == Decimal("1010.00")


def test_document_date_must_be_a_date() -> None:
    with pytest.raises(InputError):
        documents.render("letter", make_letter(), on=dt.datetime(2026, 1, 1))  # type: ignore[arg-type]


def test_errors_never_quote_case_data(tmp_path: Path) -> None:
    doc = DocumentBuilder("leaky", title="x", model="letter")
    doc.paragraph("{{ letter.name|money }} {{ letter.members[7] }}")
    spec = TemplateSpec(name="leaky", path=doc.save(tmp_path), model=type(make_letter()),
                        title="x")
    secret = "44051401359"
    with plugins_registered(("t", _Templates(spec))), pytest.raises(InputError) as caught:
        documents.render("leaky", make_letter(name=secret))
    assert secret not in str(caught.value)
    assert "leaky" in str(caught.value)


def test_changed_template_file_is_recompiled(tmp_path: Path) -> None:
    import os

    def build(text: str) -> Path:
        doc = DocumentBuilder("changing", title="x", model="letter")
        doc.paragraph(text)
        return doc.save(tmp_path)

    path = build("Pierwsza wersja {{ letter.name }}")
    spec = TemplateSpec(name="changing", path=path, model=type(make_letter()), title="x")
    with plugins_registered(("t", _Templates(spec))):
        assert "Pierwsza wersja" in _text(documents.render("changing", make_letter()))
        build("Druga wersja {{ letter.name }}")
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        assert "Druga wersja" in _text(documents.render("changing", make_letter()))


def test_concurrent_renders_are_identical(letter_spec: TemplateSpec) -> None:
    from concurrent.futures import ThreadPoolExecutor

    # a fresh registry is shared by the threads: capture the spec once
    expected = documents.render(letter_spec, make_letter())
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: documents.render(letter_spec, make_letter()),
                                range(16)))
    assert all(result == expected for result in results)


def test_failing_plugin_converter_is_a_clear_error(letter_spec: TemplateSpec) -> None:
    from socialwork.documents import ConversionError, Converter

    def broken(document: bytes) -> bytes:
        raise RuntimeError("boom with 44051401359")

    class Plugin:
        @hookimpl
        def register_converters(self, register):  # type: ignore[no-untyped-def]
            register(Converter(name="broken", convert=broken))

    with plugins_registered(("t", _Templates(letter_spec)), ("acme-broken", Plugin())), \
            pytest.raises(ConversionError) as caught:
        documents.render("letter", make_letter(), fmt="BROKEN")
    assert "acme-broken" in str(caught.value) and "44051401359" not in str(caught.value)


def test_none_joined_with_tilde_is_an_error_and_booleans_read_in_polish(tmp_path: Path) -> None:
    doc = DocumentBuilder("tilde", title="x", model="letter")
    doc.paragraph("Uwagi: {{ '[' ~ letter.extra ~ ']' }} {{ letter.extra is none }}")
    doc.paragraph("{{ ('(' ~ letter.extra ~ ')') if letter.extra else 'brak' }}")
    spec = TemplateSpec(name="tilde", path=doc.save(tmp_path), model=type(make_letter()),
                        title="x")
    with plugins_registered(("t", _Templates(spec))):
        assert "Uwagi: [x] nie\n(x)" in _text(documents.render("tilde", make_letter(extra="x")))
        with pytest.raises(MissingDataError) as caught:
            documents.render("tilde", make_letter(extra=None))
    assert "letter.extra" in str(caught.value)
