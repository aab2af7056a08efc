"""Hostile text typed by a user appears whole in every registered template's document.

docs/documents.md ("Safety"): text a user typed is printed exactly as typed and never becomes
markup, nothing is dropped silently, and a malformed result is an error, never a corrupted
file; docs/errors.md: no failure prints a traceback. Every string of every template's
example is replaced in turn by hostile text; when the template prints that field, the text
must come out exactly as typed and every XML part must parse.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from typing import Any

import pytest
from lxml import etree

import socialwork as sw
from socialwork.documents.text import document_text

HOSTILE = (
    "Q&A <b>x</b> \"cyt\" 'ap' {{ on }} {% if 1 %}X{% endif %} </w:t><w:t>inj ]]> {_{ _}} "
    "🙂 Zażółć gęślą jaźń"
)
MULTI_LINE = HOSTILE + "\nLinia druga\tpo tabulatorze"

Path_ = tuple[str | int, ...]


def leaves(data: Any, path: Path_ = ()) -> Iterator[tuple[Path_, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key not in ("type", "schema_version"):
                yield from leaves(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from leaves(value, (*path, index))
    elif isinstance(data, str):
        yield path, data


def replaced(data: Any, path: Path_, value: str) -> Any:
    copy = json.loads(json.dumps(data))
    target = copy
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return copy


TEMPLATES = [spec for spec in sw.templates() if spec.example is not None]


@pytest.mark.parametrize("spec", TEMPLATES, ids=[spec.name for spec in TEMPLATES])
def test_every_printed_string_comes_out_whole(spec: Any) -> None:
    with open(spec.example, encoding="utf-8") as handle:
        example = json.load(handle)
    printed = 0
    for number, (path, _) in enumerate(leaves(example)):
        marker = f"MK{number}#"
        for hostile in (MULTI_LINE, HOSTILE):
            try:
                case = sw.from_json(json.dumps(replaced(example, path, marker + hostile)))
                break
            except sw.InputError:
                continue  # a structured field (id, date, enum, amount…) refuses free text
        else:
            continue
        document = sw.render(spec.name, case)
        with zipfile.ZipFile(io.BytesIO(document)) as archive:
            for name in archive.namelist():
                if name.endswith((".xml", ".rels")):
                    etree.fromstring(archive.read(name))
        text = document_text(document)
        if marker in text:
            printed += 1
            assert marker + hostile in text, f"{spec.name}: {path}"
    assert printed > 0
