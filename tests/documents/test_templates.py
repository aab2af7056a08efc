"""Every registered template (built-in and plugins): renders its example, deterministically,
as well-formed XML, and prints every string field of the case exactly as typed — whatever
the field holds."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs
import pytest

import socialwork.documents as documents
from socialwork.documents import TemplateSpec, templates
from socialwork.documents.text import check_xml, document_text
from socialwork.serialization import from_json

SPECS = [spec for spec in templates() if spec.example is not None]

MARKER = "zqxmarkerzqx"
HOSTILE = (
    "A & B < C > D \"cudzysłów\" 'apostrof' {{ 7*7 }} {% if x %}{% endif %} {# c #} "
    "</w:t></w:r><w:r><w:t>wstrzyknięcie {_{ x }_} ]]> 👩‍👧‍👦 🇵🇱 Zażółć gęślą jaźń\n"
    "druga linia\tz tabulatorem"
)
LONG = "Długi opis sytuacji rodziny & <szczegóły>. " * 250  # > 10,000 characters

Path = tuple[str | int, ...]


def _example(spec: TemplateSpec) -> object:
    assert spec.example is not None
    return from_json(spec.example.read_text(encoding="utf-8"))


def _strings(obj: object, path: Path = ()) -> Iterator[Path]:
    if isinstance(obj, str):
        yield path
    elif isinstance(obj, tuple):
        for index, item in enumerate(obj):
            yield from _strings(item, (*path, index))
    elif attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            yield from _strings(getattr(obj, field.name), (*path, field.name))


def _replace(obj: Any, path: Path, value: str) -> Any:
    if not path:
        return value
    step, rest = path[0], path[1:]
    if isinstance(step, int):
        items = list(obj)
        items[step] = _replace(items[step], rest, value)
        return tuple(items)
    return attrs.evolve(obj, **{step: _replace(getattr(obj, step), rest, value)})


def _with(case: object, path: Path, value: str) -> object | None:
    try:
        return _replace(case, path, value)
    except Exception:  # a validated format (PESEL, postal code, id…): not free text
        return None


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.name)
def test_example_renders(spec: TemplateSpec) -> None:
    document = documents.render(spec, _example(spec))
    check_xml(document)
    text = document_text(document)
    assert "None" not in text.split()
    assert "{{" not in text and "{%" not in text
    assert documents.render(spec, _example(spec)) == document  # deterministic


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.name)
def test_every_printed_string_field_survives_hostile_text(spec: TemplateSpec) -> None:
    case = _example(spec)
    printed = 0
    for path in _strings(case):
        probe = _with(case, path, MARKER)
        if probe is None or MARKER not in document_text(documents.render(spec, probe)):
            continue  # not free text, or not printed verbatim by this template
        printed += 1
        hostile = _with(case, path, HOSTILE)
        if hostile is None:  # free text that refuses some characters: still try the rest
            continue
        document = documents.render(spec, hostile)
        check_xml(document)
        assert HOSTILE in document_text(document), f"{spec.name}: {path} lost characters"
    assert printed, f"{spec.name}: no string field of the example is printed"


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.name)
def test_long_text_is_printed_whole(spec: TemplateSpec) -> None:
    case = _example(spec)
    for path in _strings(case):
        probe = _with(case, path, MARKER)
        if probe is not None and MARKER in document_text(documents.render(spec, probe)):
            long_case = _with(case, path, LONG)
            if long_case is None:
                continue
            document = documents.render(spec, long_case)
            check_xml(document)
            assert LONG.strip() in document_text(document)
            return
    pytest.fail(f"{spec.name}: no printed string field")
