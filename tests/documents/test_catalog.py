"""The catalogue of built-in templates: read from the top-level ``templates/`` folder (in a
source checkout or editable install), the build hash in ``.meta.json`` ignored, Word and
LibreOffice lock files skipped."""

from __future__ import annotations

import shutil
from pathlib import Path

import socialwork.documents as documents
from socialwork.documents import catalog

ROOT = Path(__file__).resolve().parents[2]


def test_the_catalogue_is_the_templates_folder() -> None:
    assert documents.TEMPLATES_DIR is catalog.TEMPLATES_DIR
    assert documents.builtin_templates is catalog.builtin_templates
    names = sorted(p.name.removesuffix(".docx") for p in (ROOT / "templates").glob("*.docx")
                   if not p.name.startswith("~$"))
    assert sorted(spec.name for spec in catalog.builtin_templates()) == names
    for spec in catalog.builtin_templates():
        assert spec.path.read_bytes() == (ROOT / "templates" / spec.path.name).read_bytes()
        assert spec.example is not None and spec.example.parent == catalog.EXAMPLES_DIR


def test_lock_files_are_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", folder)
    (folder / "~$decyzja.docx").write_bytes(b"lock")
    (folder / ".~lock.decyzja.docx#").write_bytes(b"lock")
    (folder / "~$decyzja.meta.json").write_text('{"name": "~$decyzja"}', encoding="utf-8")
    found = catalog.builtin_templates(folder)
    assert [spec.name for spec in found] == [spec.name for spec in catalog.builtin_templates()]
    assert all(spec.path.parent == folder for spec in found)
