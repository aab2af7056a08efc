"""``render_template``: any docxtpl .docx with a dict context — inputs, the compile cache,
the environment's safety, extra filters and globals (per call and from plugins), pictures,
refusals and the docxtpl parity details (``\\a``, ``\\f``, ``&`` in literals)."""

from __future__ import annotations

import datetime as dt
import io
import struct
import sys
import zipfile
import zlib
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage, RichText
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jinja2 import pass_context

import socialwork.documents as documents
from socialwork.documents import (
    MissingDataError,
    TemplateDefinitionError,
    TemplateFilter,
    TemplateGlobal,
    UnsupportedFeatureError,
    image,
    render_template,
    standalone,
)
from socialwork.documents.text import check_xml, document_text, xml_parts
from socialwork.errors import InputError, RegistrationError, ValueFormatError
from socialwork.plugins import hookimpl
from socialwork.plugins.testing import plugins_registered

from .docx_files import docx_bytes as template

SUITE = Path(__file__).resolve().parents[1] / "docxtpl_suite"
sys.path.insert(0, str(SUITE))
from compare import differences, package_problems  # noqa: E402


def png(width: int = 4, height: int = 2, colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A small solid RGB PNG."""
    row = b"\0" + bytes(colour) * width
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * height)) + chunk(b"IEND", b""))


def plain_docxtpl(data: bytes, context: dict[str, Any], **kwargs: Any) -> bytes:
    tpl = DocxTemplate(io.BytesIO(data))
    tpl.render(context, **kwargs)
    buffer = io.BytesIO()
    tpl.save(buffer)
    return buffer.getvalue()


def text(document: bytes) -> str:
    """The document's text, no-break spaces read as spaces."""
    return document_text(document).replace("\xa0", " ")


# ---------------------------------------------------------------- inputs and the cache


def test_path_bytes_file_object_and_docxtemplate_give_the_same_document(tmp_path: Path) -> None:
    data = template("Dzień dobry, {{ name }}!")
    path = tmp_path / "t.docx"
    path.write_bytes(data)
    context = {"name": "Zażółć & <gęślą>"}
    results = [
        render_template(data, context),
        render_template(path, context),
        render_template(str(path), context),
        render_template(io.BytesIO(data), context),
        render_template(DocxTemplate(str(path)), context),
    ]
    assert all(result == results[0] for result in results)
    assert "Dzień dobry, Zażółć & <gęślą>!" in text(results[0])
    assert package_problems(results[0]) == []


def test_compiled_once_per_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    original = standalone.compile_docx

    def counting(data: bytes, name: str) -> Any:
        compiled.append(name)
        return original(data, name)

    monkeypatch.setattr(standalone, "compile_docx", counting)
    data = template("Pierwsza wersja {{ x }} " + "a" * 7)  # content unique to this test
    for _ in range(3):
        render_template(data, {"x": 1})
    copy = tmp_path / "copy.docx"
    copy.write_bytes(data)
    render_template(copy, {"x": 1})  # same content elsewhere: no new compile
    assert len(compiled) == 1
    copy.write_bytes(template("Druga wersja {{ x }} " + "b" * 7))  # edited: compiled again
    assert "Druga wersja 1" in text(render_template(copy, {"x": 1}))
    assert len(compiled) == 2


def test_bad_inputs_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="path, the bytes"):
        render_template(123, {})
    with pytest.raises(InputError, match="context must be a dict"):
        render_template(template("x"), [("a", 1)])  # type: ignore[arg-type]
    with pytest.raises(TemplateDefinitionError, match=r"not a readable \.docx"):
        render_template(b"not a zip", {})
    with pytest.raises(TemplateDefinitionError, match="cannot read"):
        render_template(tmp_path / "missing.docx", {})
    with pytest.raises(InputError, match=r"on= must be a datetime\.date"):
        render_template(template("x"), {}, on="2026-01-01")  # type: ignore[arg-type]


def test_on_is_the_document_date() -> None:
    data = template("{{ on|date_pl }}")
    assert "22 listopada 2026 r." in text(
        render_template(data, {}, on=dt.date(2026, 11, 22))
    )
    assert "1 maja 2025 r." in text(render_template(data, {"on": dt.date(2025, 5, 1)}))
    with pytest.raises(InputError, match="'on'"):
        render_template(data, {"on": dt.date(2025, 5, 1)}, on=dt.date(2026, 1, 1))


# ---------------------------------------------------------------- the environment


def test_same_safety_as_registered_templates() -> None:
    hostile = "</w:t></w:r></w:p><w:p><w:r><w:t>{{ 7*7 }} & <b>"
    document = render_template(template("A: {{ x }} koniec"), {"x": hostile})
    check_xml(document)
    assert f"A: {hostile} koniec" in text(document)
    with pytest.raises(MissingDataError) as caught:
        render_template(template("{{ nieznane }}"), {})
    assert caught.value.variable == "nieznane"
    with pytest.raises(MissingDataError, match="None"):
        render_template(template("{{ x }}"), {"x": None})
    with pytest.raises(TemplateDefinitionError, match="may not do"):
        render_template(template("{{ x.__class__.__mro__ }}"), {"x": ""})


def test_polish_helpers_are_there() -> None:
    from decimal import Decimal

    document = render_template(template("{{ kwota|money }} / {{ flag }}"),
                               {"kwota": Decimal("1010"), "flag": True})
    assert "1 010,00 zł / tak" in text(document)


# ---------------------------------------------------------------- extra filters and globals


def shout(value: str, mark: str = "!") -> str:
    return value.upper() + mark


def test_filters_for_one_call() -> None:
    data = template("{{ x|shout }} {{ x|shout('?') }} {{ xs|map('shout')|join(',') }}")
    document = render_template(data, {"x": "ala", "xs": ["a", "b"]}, filters={"shout": shout})
    assert "ALA! ALA? A!,B!" in text(document)
    # compiled once, other functions on the next call
    document = render_template(data, {"x": "ala", "xs": ["a"]},
                               filters={"shout": lambda v, m="": v * 2})
    assert "alaala alaala aa" in text(document)


def test_a_filter_nobody_defines_fails_before_rendering() -> None:
    with pytest.raises(TemplateDefinitionError, match="'shout'"):
        render_template(template("{{ x|shout }}"), {"x": "a"})


@pytest.mark.parametrize("name", ["upper", "e", "safe", "money", "_sw_present", "1x"])
def test_a_call_cannot_replace_a_filter(name: str) -> None:
    with pytest.raises(InputError):
        render_template(template("x"), {}, filters={name: shout})


def test_filter_output_is_escaped_and_context_filters_work() -> None:
    @pass_context
    def greeting(context: Any, value: str) -> str:
        return f"<{context['title']}> {value}"

    document = render_template(template("{{ x|greeting }}"), {"x": "Kowalski", "title": "Pan"},
                               filters={"greeting": greeting})
    check_xml(document)
    assert "<Pan> Kowalski" in text(document)


class FilterPlugin:
    @hookimpl
    def register_filters(self, register: Any) -> None:
        register(TemplateFilter(name="acme_shout", function=shout))
        register(TemplateGlobal(name="acme_hotline", value="800 000 000"))


class SameNamePlugin:
    @hookimpl
    def register_filters(self, register: Any) -> None:
        register(TemplateGlobal(name="acme_shout", value=1))


def test_plugin_filters_and_globals_reach_every_template() -> None:
    data = template("{{ 'tak'|acme_shout }} tel. {{ acme_hotline }}")
    with plugins_registered(("acme-socialwork", FilterPlugin())) as registry:
        assert registry.filters.owner("acme_shout") == "acme-socialwork"
        assert "TAK! tel. 800 000 000" in text(render_template(data, {}))
        # the caller's context wins over a plugin global
        assert "tel. 112" in text(render_template(data, {"acme_hotline": "112"}))
        with pytest.raises(InputError, match="acme-socialwork"):
            render_template(data, {}, filters={"acme_shout": shout})
    with pytest.raises(TemplateDefinitionError, match="acme_shout"):
        render_template(data, {})


def test_plugin_filter_in_a_registered_template(tmp_path: Path) -> None:
    from socialwork.documents import TemplateSpec, lint_template

    from .conftest import Letter, make_letter

    path = tmp_path / "filtered.docx"
    path.write_bytes(template("{{ letter.name|acme_shout }} {{ acme_hotline }}"))
    spec = TemplateSpec(name="filtered", path=path, model=Letter, title="x")

    class Templates:
        @hookimpl
        def register_templates(self, register: Any) -> None:
            register(spec)

    with plugins_registered(("acme-socialwork", FilterPlugin()), ("t", Templates())):
        document = documents.render("filtered", make_letter(name="Ola"))
        assert "OLA! 800 000 000" in text(document)
        assert "acme_hotline" in documents.context("filtered", make_letter())
        assert lint_template(spec) == []
    with plugins_registered(("t", Templates())):
        problems = lint_template(spec)
        assert any("unknown filter 'acme_shout'" in p.message for p in problems)
        assert any("acme_hotline" in p.message for p in problems)


class BrokenFilterPlugin:
    @hookimpl
    def register_filters(self, register: Any) -> None:
        def broken(value: Any) -> str:
            raise RuntimeError(f"secret {value}")

        register(TemplateFilter(name="acme_broken", function=broken))


def test_a_failing_plugin_filter_is_reported_naming_it_without_the_value() -> None:
    with plugins_registered(("acme-socialwork", BrokenFilterPlugin())), pytest.raises(
        TemplateDefinitionError
    ) as caught:
        render_template(template("{{ pesel|acme_broken }}"), {"pesel": "44051401359"})
    message = str(caught.value)
    assert "acme_broken" in message and "acme-socialwork" in message
    assert "RuntimeError" in message and "44051401359" not in message


def test_two_plugins_one_name_is_a_clash_naming_both() -> None:
    with pytest.raises(RegistrationError) as caught, plugins_registered(
        ("acme-socialwork", FilterPlugin()), ("other-socialwork", SameNamePlugin())
    ):
        pass
    assert "acme-socialwork" in str(caught.value) and "other-socialwork" in str(caught.value)


@pytest.mark.parametrize(
    ("make", "name"),
    [(TemplateFilter, "money"), (TemplateFilter, "e"), (TemplateFilter, "default"),
     (TemplateGlobal, "on"), (TemplateGlobal, "range"), (TemplateGlobal, "image"),
     (TemplateGlobal, "letterhead"), (TemplateFilter, "_x"), (TemplateFilter, "a-b")],
)
def test_core_and_invalid_names_are_refused(make: Any, name: str) -> None:
    with pytest.raises(ValueError):
        make(name, shout)


# ---------------------------------------------------------------- pictures


def media(document: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(document)) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n.startswith("word/media/")}


def test_image_helper_in_body_and_header() -> None:
    red, blue = png(), png(colour=(0, 0, 255))
    data = template("Herb: {{ herb }} i {{ herb }} oraz {{ logo }}", header="{{ herb }}")
    document = render_template(
        data, {"herb": image(red, height_mm=10), "logo": image(blue, width_mm=30)}
    )
    assert package_problems(document) == []
    stored = media(document)
    assert sorted(stored.values()) == sorted([red, blue])  # each picture stored once
    parts = xml_parts(document)
    body = parts["word/document.xml"].decode()
    assert body.count("<w:drawing>") == 3
    assert 'cx="720000" cy="360000"' in body  # 10 mm high, 2:1 → 20 mm wide
    assert 'cx="1080000" cy="540000"' in body  # 30 mm wide
    header = next(v for k, v in parts.items() if k.startswith("word/header")).decode()
    assert header.count("<w:drawing>") == 1


def test_template_can_resize_or_take_bytes_but_not_read_files() -> None:
    data = template("{{ image(herb, width_mm=40) }} {{ image(raw, height_mm=5) }}")
    document = render_template(data, {"herb": image(png()), "raw": png()})
    body = xml_parts(document)["word/document.xml"].decode()
    assert 'cx="1440000" cy="720000"' in body and 'cx="360000" cy="180000"' in body
    with pytest.raises(ValueFormatError, match="cannot read files"):
        render_template(template("{{ image('/etc/passwd') }}"), {})


def test_inline_image_with_a_link_is_identical_to_docxtpl(tmp_path: Path) -> None:
    picture = tmp_path / "logo.png"
    picture.write_bytes(png(8, 8))
    data = template("Logo {{ logo }} i {{ logo }}", header="{{ logo }}")
    tpl = DocxTemplate(io.BytesIO(data))
    context = {"logo": InlineImage(tpl, str(picture), width=Mm(12), anchor="https://example.org")}
    ours = render_template(data, context)
    tpl.render(context)
    buffer = io.BytesIO()
    tpl.save(buffer)
    assert differences(ours, buffer.getvalue()) == []
    assert package_problems(ours) == []


def test_a_picture_the_template_already_has_is_reused(tmp_path: Path) -> None:
    picture = tmp_path / "p.png"
    picture.write_bytes(png(6, 3))
    document = docx.Document()
    document.add_picture(str(picture))
    document.add_paragraph("{{ again }}")
    buffer = io.BytesIO()
    document.save(buffer)
    result = render_template(buffer.getvalue(), {"again": image(picture)})
    assert len(media(result)) == 1 and package_problems(result) == []


@pytest.mark.parametrize(
    ("source", "message"),
    [(b"%PDF-1.4 not a picture", "not a picture"), (b"", "not a picture"),
     ("/nonexistent/herb.png", "cannot read")],
)
def test_bad_pictures_are_clear_errors(source: Any, message: str) -> None:
    with pytest.raises(ValueFormatError, match=message):
        image(source)


@pytest.mark.parametrize("size", [0, -5, float("nan"), float("inf"), 1001, True, "10"])
def test_bad_sizes_are_clear_errors(size: Any) -> None:
    with pytest.raises(ValueFormatError, match="width_mm"):
        image(png(), width_mm=size)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    width=st.integers(1, 60), height=st.integers(1, 60),
    mm=st.floats(0.5, 400, allow_nan=False),
)
def test_pictures_keep_their_proportions(width: int, height: int, mm: float) -> None:
    picture = image(png(width, height), width_mm=mm)
    cx, cy = picture.size()
    assert cx == max(1, int(mm * 36_000))
    # python-docx (so docxtpl) scales from the native size in whole EMU: exact to 0.01 %
    assert abs(cy - cx * height / width) <= 1 + cy * 1e-4
    document = render_template(template("{{ p }}"), {"p": picture})
    assert package_problems(document) == []
    assert f'cx="{cx}" cy="{cy}"' in xml_parts(document)["word/document.xml"].decode()


def test_a_picture_cannot_be_joined_into_text() -> None:
    with pytest.raises(TemplateDefinitionError, match="joined into text"):
        render_template(template("{{ 'herb: ' ~ p }}"), {"p": image(png())})


def test_a_picture_outside_a_docx_is_refused() -> None:
    with pytest.raises(UnsupportedFeatureError, match=r"only be printed in a \.docx"):
        documents.environment().from_string("{{ p }}").render(p=image(png()))


# ---------------------------------------------------------------- refusals


def test_richtext_link_needs_the_docxtemplate_that_made_it() -> None:
    data = template("Zobacz {{ link }}")
    tpl = DocxTemplate(io.BytesIO(data))
    rich = RichText("stronę", url_id=tpl.build_url_id("https://example.org"))
    document = render_template(tpl, {"link": rich})  # the DocxTemplate knows the link
    assert package_problems(document) == []
    assert differences(document, plain_docxtpl_with(tpl, {"link": rich})) == []
    with pytest.raises(UnsupportedFeatureError, match="RichText hyperlink"):
        render_template(data, {"link": rich})  # the file alone does not


def plain_docxtpl_with(tpl: DocxTemplate, context: dict[str, Any]) -> bytes:
    tpl.render(context)
    buffer = io.BytesIO()
    tpl.save(buffer)
    return buffer.getvalue()


def test_richtext_link_in_a_header_is_refused() -> None:
    data = template("x", header="{{ link }}")
    tpl = DocxTemplate(io.BytesIO(data))
    rich = RichText("strona", url_id=tpl.build_url_id("https://example.org"))
    with pytest.raises(UnsupportedFeatureError, match="header"):
        render_template(tpl, {"link": rich})


@pytest.mark.parametrize(
    ("method", "args"),
    [("replace_pic", ("a.png", io.BytesIO(b"x"))),
     ("replace_media", (io.BytesIO(b"a"), io.BytesIO(b"b")))],
)
def test_replace_family_is_refused_by_name(method: str, args: tuple[Any, ...]) -> None:
    tpl = DocxTemplate(io.BytesIO(template("x")))
    getattr(tpl, method)(*args)
    with pytest.raises(UnsupportedFeatureError, match=f"{method}\\(\\)"):
        render_template(tpl, {})


def test_subdoc_without_pictures_is_identical_with_pictures_refused(tmp_path: Path) -> None:
    pytest.importorskip("docxcompose", reason="docxtpl's Subdoc needs docxcompose")
    data = template("Przed", "{{p sub }}", "Po")
    tpl = DocxTemplate(io.BytesIO(data))
    sub = tpl.new_subdoc()
    sub.add_paragraph("Akapit z poddokumentu & <coś>")
    ours = render_template(tpl, {"sub": sub})
    assert differences(ours, plain_docxtpl_with(tpl, {"sub": sub})) == []
    picture = tmp_path / "p.png"
    picture.write_bytes(png())
    tpl = DocxTemplate(io.BytesIO(data))
    sub = tpl.new_subdoc()
    sub.add_picture(str(picture))
    with pytest.raises(UnsupportedFeatureError, match="Subdoc holding pictures"):
        render_template(tpl, {"sub": sub})


# ---------------------------------------------------------------- parity details


def test_bell_and_form_feed_as_docxtpl_does() -> None:
    data = template("Start {{ x }} koniec")
    context = {"x": "akapit\anowy\fpo stronie"}
    ours = render_template(data, context)
    assert differences(ours, plain_docxtpl(data, context)) == []
    assert '<w:br w:type="page"/>' in xml_parts(ours)["word/document.xml"].decode()


def test_other_control_characters_keep_their_visible_marker() -> None:
    document = render_template(template("{{ x }}"), {"x": "a\x00b\x1bc"})
    check_xml(document)
    assert "a␀b␛c" in text(document)


def test_ampersand_in_a_string_literal_prints_as_typed() -> None:
    data = template('{{ "Ośrodek & Gmina" }} {% if x == "A & B" %}równe{% endif %}')
    assert "Ośrodek & Gmina równe" in text(render_template(data, {"x": "A & B"}))
    # what plain docxtpl does with escaping on: the entity shows
    assert "Ośrodek &amp; Gmina" in text(plain_docxtpl(data, {"x": "A & B"}, autoescape=True))


@pytest.mark.pdf
def test_pictures_show_in_libreoffice(tmp_path: Path) -> None:
    from socialwork.documents.pdf import docx_to_pdf, find_soffice

    if find_soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: pictures not checked in a PDF")
    pypdf = pytest.importorskip("pypdf")
    picture = tmp_path / "blue.png"
    picture.write_bytes(png(40, 20, (0, 0, 255)))
    data = template("Herb: {{ herb }}", "Logo: {{ logo }}", header="{{ herb }}")
    tpl = DocxTemplate(io.BytesIO(data))
    document = render_template(data, {
        "herb": image(png(30, 30), height_mm=15),
        "logo": InlineImage(tpl, str(picture), width=Mm(40)),
    })
    pdf = pypdf.PdfReader(io.BytesIO(docx_to_pdf(document)))
    assert len(pdf.pages) == 1
    shown = pdf.pages[0].images
    assert len(shown) >= 2, "LibreOffice did not draw the pictures"
    assert "Herb:" in pdf.pages[0].extract_text()
