"""Draft and final mode: a draft carries the "PROJEKT" marker on every page; a final render
(``render(..., final=True)``, ``--final`` in the CLI) is the document to sign and send and
carries no marker anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

import socialwork as sw
from socialwork.authoring import DRAFT_MARKER
from socialwork.cli import main
from socialwork.documents import TemplateSpec, context, templates
from socialwork.documents.text import check_xml, document_text
from socialwork.serialization import from_json

SPECS = [spec for spec in templates() if spec.example is not None]


def _example(spec: TemplateSpec) -> object:
    assert spec.example is not None
    return from_json(spec.example.read_text(encoding="utf-8"))


def _run(*argv: str) -> int:
    try:
        return main(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.mark.parametrize("spec", SPECS, ids=[spec.name for spec in SPECS])
def test_draft_has_marker_final_has_none(spec: TemplateSpec) -> None:
    case = _example(spec)
    draft = sw.render(spec.name, case)
    final = sw.render(spec.name, case, final=True)
    check_xml(final)
    assert DRAFT_MARKER in document_text(draft)
    final_text = document_text(final)
    assert DRAFT_MARKER not in final_text
    assert "PROJEKT —" not in final_text and "do sprawdzenia przez pracownika" not in final_text


def test_context_exposes_final() -> None:
    spec = SPECS[0]
    case = _example(spec)
    assert context(spec, case)["final"] is False
    assert context(spec, case, final=True)["final"] is True


def test_cli_final(tmp_path: Path) -> None:
    spec = next(spec for spec in SPECS if spec.name == "skierowanie")
    assert spec.example is not None
    draft, final = tmp_path / "d.docx", tmp_path / "f.docx"
    assert _run("render", spec.name, str(spec.example), "-o", str(draft)) == 0
    assert _run("render", spec.name, str(spec.example), "-o", str(final), "--final") == 0
    assert DRAFT_MARKER in document_text(draft.read_bytes())
    assert DRAFT_MARKER not in document_text(final.read_bytes())

    batch = tmp_path / "batch"
    assert _run("render-batch", spec.name, str(spec.example), "-o", str(batch), "--final") == 0
    (written,) = batch.iterdir()
    assert DRAFT_MARKER not in document_text(written.read_bytes())


def test_demo_final(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo"
    assert _run("demo", "-o", str(out), "--final") == 0
    assert "These are drafts" not in capsys.readouterr().out
    files = sorted(out.glob("*.docx"))
    assert len(files) == len(SPECS)
    for path in files:
        assert DRAFT_MARKER not in document_text(path.read_bytes()), path.name
