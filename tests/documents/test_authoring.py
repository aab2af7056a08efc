"""The template-authoring toolkit (:mod:`socialwork.authoring`): deterministic builds with the
office layout; and the build tool ``tools/build_templates.py``: the committed templates are
up to date, and a .docx edited by hand is never overwritten silently."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from build_templates import TEMPLATES
from build_templates import main as build_main
from socialwork.authoring import DRAFT_MARKER, DocumentBuilder
from socialwork.documents.catalog import builtin_templates
from socialwork.documents.text import check_xml, document_text, xml_parts


def _build(folder: Path) -> bytes:
    doc = DocumentBuilder("probe", title="Próba", model="referral")
    doc.letterhead(["{{ referral.center.name }}"], "{{ on|date_pl }}")
    doc.title("PRÓBA")
    doc.table(["Lp.", "Tytuł"], ["{{ loop.index }}", "{{ a.title }}"],
              loop="a in referral.attachments", empty="brak")
    doc.signatures(["(podpis)"])
    return doc.save(folder).read_bytes()


def test_build_is_deterministic(tmp_path: Path) -> None:
    assert _build(tmp_path / "a") == _build(tmp_path / "b")


def test_save_records_the_hash_of_the_docx(tmp_path: Path) -> None:
    data = _build(tmp_path)
    meta = json.loads((tmp_path / "probe.meta.json").read_text(encoding="utf-8"))
    assert meta == {"name": "probe", "title": "Próba", "model": "referral", "example": None,
                    "sha256": hashlib.sha256(data).hexdigest()}


def test_layout(tmp_path: Path) -> None:
    data = _build(tmp_path)
    check_xml(data)
    parts = xml_parts(data)
    document = parts["word/document.xml"]
    assert b'w:w="11906"' in document and b'w:h="16838"' in document  # A4 in twips
    assert b'w:left="1417"' in document  # 2.5 cm
    assert DRAFT_MARKER in document_text(data)
    footer = next(v for k, v in parts.items() if k.startswith("word/footer"))
    assert b"PAGE" in footer and b"NUMPAGES" in footer
    assert b"Times New Roman" in parts["word/styles.xml"]
    assert b"pl-PL" in parts["word/styles.xml"]
    assert b"{%tr for a in referral.attachments %}" in document


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False)


def test_the_toolkit_says_what_to_install_without_python_docx() -> None:
    done = _python("import sys; sys.modules['docx'] = None; import socialwork.authoring")
    assert done.returncode != 0
    assert "ImportError" in done.stderr
    assert "pip install socialwork[authoring]" in done.stderr


def test_the_toolkit_does_not_load_the_cli() -> None:
    done = _python("import sys, socialwork.authoring; "
                   "print(sorted(m for m in sys.modules if m.startswith('socialwork.cli')))")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# ----------------------------------------------------------------------- the build tool


def test_builtin_templates_are_up_to_date() -> None:
    # the committed .docx files are exactly what their build scripts produce, and every
    # catalogue entry records the hash of its .docx
    assert build_main(["--check"]) == 0
    specs = builtin_templates(TEMPLATES)
    assert specs
    for spec in specs:
        meta = json.loads((TEMPLATES / f"{spec.name}.meta.json").read_text(encoding="utf-8"))
        assert meta["sha256"] == hashlib.sha256(spec.path.read_bytes()).hexdigest(), spec.name


def _edit_in_word(docx: Path) -> None:
    """What a clerk's edit does: the same archive with a paragraph added at the end of the body
    (before the body's own section properties, the last ``w:sectPr``)."""
    source = zipfile.ZipFile(io.BytesIO(docx.read_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                at = data.rindex(b"<w:sectPr")
                data = data[:at] + b"<w:p><w:r><w:t>Dopisek</w:t></w:r></w:p>" + data[at:]
            target.writestr(item, data)
    docx.write_bytes(buffer.getvalue())
    check_xml(docx.read_bytes())


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of templates/ with ``decyzja.docx`` edited by hand."""
    folder = tmp_path / "templates"
    shutil.copytree(TEMPLATES, folder)
    _edit_in_word(folder / "decyzja.docx")
    return folder


def test_a_hand_edited_docx_is_refused_and_left_as_it_is(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = (copy / "decyzja.docx").read_bytes()
    meta = (copy / "decyzja.meta.json").read_bytes()
    (copy / "skierowanie.docx").unlink()  # would be written if anything were

    assert build_main(["--templates", str(copy)]) == 1

    assert (copy / "decyzja.docx").read_bytes() == edited
    assert (copy / "decyzja.meta.json").read_bytes() == meta
    assert not (copy / "skierowanie.docx").exists()  # nothing is written when a file is refused
    lines = [line for line in capsys.readouterr().err.splitlines() if "refused" in line]
    assert len(lines) == 1
    assert "decyzja.docx" in lines[0]
    assert "tools/templates_src/decyzja.py" in lines[0]
    assert "--force" in lines[0]


def test_naming_only_other_templates_leaves_the_edited_one_alone(copy: Path) -> None:
    edited = (copy / "decyzja.docx").read_bytes()
    assert build_main(["--templates", str(copy), "skierowanie"]) == 0
    assert (copy / "decyzja.docx").read_bytes() == edited


def test_check_reports_a_hand_edited_docx(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert build_main(["--check", "--templates", str(copy)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1
    assert "decyzja.docx" in out[0] and "edited outside the build" in out[0]


def test_force_discards_the_edit(copy: Path) -> None:
    assert build_main(["--force", "--templates", str(copy), "decyzja"]) == 0
    assert (copy / "decyzja.docx").read_bytes() == (TEMPLATES / "decyzja.docx").read_bytes()
    assert build_main(["--check", "--templates", str(copy)]) == 0


def test_a_changed_script_overwrites_an_unedited_docx(copy: Path) -> None:
    # the .docx is what the last build wrote (its hash is recorded) but older than the script
    stale = copy / "skierowanie.docx"
    _edit_in_word(stale)
    meta = json.loads((copy / "skierowanie.meta.json").read_text(encoding="utf-8"))
    meta["sha256"] = hashlib.sha256(stale.read_bytes()).hexdigest()
    (copy / "skierowanie.meta.json").write_text(json.dumps(meta), encoding="utf-8")

    assert build_main(["--templates", str(copy), "skierowanie"]) == 0
    assert stale.read_bytes() == (TEMPLATES / "skierowanie.docx").read_bytes()


def test_core_properties_survive_docxcompose_rebinding_cp(monkeypatch: pytest.MonkeyPatch) -> None:
    """docxcompose (docxtpl's Subdoc dependency) rebinds python-docx's ``cp`` prefix to the
    custom-properties namespace on import; the builder still writes core properties right."""
    from docx.oxml import ns

    monkeypatch.setitem(
        ns.nsmap, "cp", "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
    )
    doc = DocumentBuilder("probe", title="x", model="probe")
    doc.paragraph("x")
    core = xml_parts(doc.to_bytes())["docProps/core.xml"].decode()
    assert "custom-properties" not in core
    assert "<cp:lastModifiedBy>socialwork</cp:lastModifiedBy>" in core
    assert ns.nsmap["cp"].endswith("custom-properties")  # put back as it was
