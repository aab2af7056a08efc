"""A vendor plugin written only from the public contract (docs/plugins.md, docs/hooks.md,
docs/templates.md, docs/documents.md): a model type, a hand-made .docx template, a rule, a
converter and both lifecycle hooks; then the failure modes the host must survive."""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from docx import Document

import socialwork as sw
from socialwork.documents import Converter, TemplateSpec
from socialwork.model import Client
from socialwork.plugins import PluginWarning, RegistrationError
from socialwork.plugins.testing import plugins_registered
from socialwork.rules import Violation, rule
from socialwork.serialization import ModelSpec

DIST = "socialwork-acme-celowy"
TAG = "wniosek_zasilek_celowy"


@attrs.frozen
class WniosekZasilekCelowy:
    numer: str
    zlozono: dt.date
    klient: Client
    kwota: Decimal
    cel: str
    uzasadnienie: str | None = None


@rule(
    "ACME-CEL-001",
    "Wniosek o zasiłek celowy wskazuje kwotę wyższą od zera",
    applies_to=WniosekZasilekCelowy,
    legal_basis="art. 39 ust. 1 u.p.s.",
    severity="error",
)
def kwota_dodatnia(wniosek: WniosekZasilekCelowy, ctx: object) -> Iterator[Violation]:
    if wniosek.kwota <= 0:
        yield Violation(
            "Kwota wnioskowanego zasiłku celowego musi być większa od zera.", path="$.kwota"
        )


def docx_to_txt(document: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(document)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return "\n".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).encode("utf-8")


class AcmePlugin:
    def __init__(self, template: Path) -> None:
        self.template = template
        self.rendered: list[tuple[str, int]] = []

    @sw.hookimpl
    def register_models(self, register: Any) -> None:
        register(ModelSpec(tag=TAG, cls=WniosekZasilekCelowy))

    @sw.hookimpl
    def register_templates(self, register: Any) -> None:
        register(
            TemplateSpec(
                name="acme-wniosek-celowy",
                path=self.template,
                model=TAG,
                title="Wniosek o zasiłek celowy",
                example=None,
            )
        )

    @sw.hookimpl
    def register_rules(self, register: Any) -> None:
        register(kwota_dodatnia)

    @sw.hookimpl
    def register_converters(self, register: Any) -> None:
        register(Converter(name="txt", convert=docx_to_txt))

    @sw.hookimpl
    def extend_context(self, context: dict[str, object]) -> None:
        context["acme"] = {"system": "ACME Pomoc & <Spółka>"}

    @sw.hookimpl
    def after_render(self, template: TemplateSpec, document: bytes) -> None:
        self.rendered.append((template.name, len(document)))


@pytest.fixture
def template(tmp_path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("WNIOSEK O ZASIŁEK CELOWY nr {{ wniosek_zasilek_celowy.numer }}")
    doc.add_paragraph("Wnioskodawca: {{ wniosek_zasilek_celowy.klient.person.full_name }}")
    doc.add_paragraph("Kwota: {{ wniosek_zasilek_celowy.kwota|money_full }}")
    doc.add_paragraph("Cel: {{ wniosek_zasilek_celowy.cel }}")
    doc.add_paragraph("{%p if wniosek_zasilek_celowy.uzasadnienie %}")
    doc.add_paragraph("Uzasadnienie: {{ wniosek_zasilek_celowy.uzasadnienie }}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("System: {{ acme.system }}")
    path = tmp_path / "acme-wniosek-celowy.docx"
    doc.save(str(path))
    return path


def case() -> WniosekZasilekCelowy:
    from socialwork import examples

    client = sw.from_json(examples.path("klient").read_text(encoding="utf-8"))
    assert isinstance(client, Client)
    return WniosekZasilekCelowy(
        numer="ACME/12/2026",
        zlozono=dt.date(2026, 11, 20),
        klient=client,
        kwota=Decimal("450.00"),
        cel="zakup opału na zimę",
    )


def document_xml(document: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(document)) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def test_the_plugin_works_end_to_end(template: Path) -> None:
    plugin = AcmePlugin(template)
    with plugins_registered((DIST, plugin)) as registry:
        assert registry.templates.owner("acme-wniosek-celowy") == DIST
        assert registry.models.owner(TAG) == DIST
        assert "acme-wniosek-celowy" in [spec.name for spec in sw.templates()]

        wniosek = case()
        text = sw.to_json(wniosek)
        assert text.lstrip().startswith("{")
        assert sw.from_json(text) == wniosek
        assert '"kwota": "450.00"' in text

        assert sw.validate(wniosek, on=dt.date(2026, 11, 22)).ok
        report = sw.validate(attrs.evolve(wniosek, kwota=Decimal("0.00")), on=dt.date(2026, 11, 22))
        assert not report.ok
        (finding,) = [f for f in report.findings if f.code == "ACME-CEL-001"]
        assert finding.severity == "error"
        assert finding.path == "$.kwota"
        assert "art. 39" in finding.legal_basis

        document = sw.render("acme-wniosek-celowy", wniosek, on=dt.date(2026, 11, 22))
        xml = document_xml(document)
        assert "Helena Zawadzka" in xml
        assert "ACME Pomoc &amp; &lt;Spółka&gt;" in xml
        assert "450,00" in xml and "słownie" in xml
        assert "Uzasadnienie" not in xml

        plain = sw.render("acme-wniosek-celowy", wniosek, fmt="txt").decode("utf-8")
        assert "Cel: zakup opału na zimę" in plain
    assert [name for name, _ in plugin.rendered] == ["acme-wniosek-celowy"] * 2
    assert plugin.rendered[1][1] == len(plain.encode("utf-8"))


def test_hostile_text_prints_whole_in_the_vendor_template(template: Path) -> None:
    hostile = "A & B <c> \"d\" 'e' {{ on }} {% if 1 %} </w:t><w:t> ]]> {_{ 🙂 " + "ż" * 10_000
    with plugins_registered((DIST, AcmePlugin(template))):
        document = sw.render("acme-wniosek-celowy", attrs.evolve(case(), cel=hostile))
    text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", document_xml(document)))
    import html

    assert hostile in html.unescape(text).replace("\xa0", " ")  # typography: no-break spaces


def test_the_same_template_name_from_two_plugins_names_both(template: Path) -> None:
    class Rival:
        @sw.hookimpl
        def register_templates(self, register: Any) -> None:
            register(
                TemplateSpec(
                    name="acme-wniosek-celowy",
                    path=template,
                    model="client",
                    title="Rival",
                    example=None,
                )
            )

    with (
        pytest.raises(RegistrationError) as error,
        plugins_registered((DIST, AcmePlugin(template)), ("socialwork-rival", Rival())),
    ):
        sw.templates()
    assert isinstance(error.value, sw.ConfigurationError)
    assert DIST in str(error.value) and "socialwork-rival" in str(error.value)


def test_a_faulty_plugin_is_named_and_the_host_keeps_working(template: Path) -> None:
    class Faulty:
        @sw.hookimpl
        def extend_context(self, context: dict[str, object]) -> None:
            raise RuntimeError("boom")

        @sw.hookimpl
        def after_render(self, document: bytes) -> None:
            raise ValueError("boom")

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with plugins_registered((DIST, AcmePlugin(template)), ("socialwork-faulty", Faulty())):
            document = sw.render("acme-wniosek-celowy", case())
    assert "ACME Pomoc" in document_xml(document)
    faults = [str(w.message) for w in caught if issubclass(w.category, PluginWarning)]
    assert faults and all("socialwork-faulty" in message for message in faults)
    assert any("extend_context" in message for message in faults)
    assert any("after_render" in message for message in faults)


def test_a_misspelled_hook_is_reported_and_the_plugin_skipped(template: Path) -> None:
    class Misspelled:
        @sw.hookimpl
        def register_template(self, register: Any) -> None:
            raise AssertionError("must never run")

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with plugins_registered(
            (DIST, AcmePlugin(template)), ("socialwork-typo", Misspelled())
        ) as registry:
            assert "acme-wniosek-celowy" in registry.templates
    messages = [str(w.message) for w in caught if issubclass(w.category, PluginWarning)]
    assert any("socialwork-typo" in m and "register_templates" in m for m in messages)


def test_socialwork_plugins_limits_what_loads() -> None:
    from socialwork.plugins import build_registry

    core_only = build_registry(env={"SOCIALWORK_PLUGINS": ""})
    assert {core_only.templates.owner(name) for name in core_only.templates} == {"socialwork"}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        unknown = build_registry(env={"SOCIALWORK_PLUGINS": "socialwork-no-such-plugin"})
    assert {unknown.templates.owner(name) for name in unknown.templates} == {"socialwork"}
    assert any(
        "socialwork-no-such-plugin" in str(w.message)
        for w in caught
        if issubclass(w.category, PluginWarning)
    )
