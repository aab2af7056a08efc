"""CLI: render, render-batch, templates, demo; overwrite refusal and atomic writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from documents.cases import referral
from socialwork.cli import main
from socialwork.documents.text import check_xml, document_text
from socialwork.serialization import to_json


def _run(*argv: str) -> int:
    try:
        return main(list(argv))
    except SystemExit as exc:  # argparse / die() exit with a code
        return int(exc.code or 0)


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "case.json"
    path.write_text(to_json(referral()), encoding="utf-8")
    return path


def test_render(case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out" / "s.docx"
    assert _run("render", "skierowanie", str(case_file), "-o", str(out), "--on", "2026-12-01") == 0
    document = out.read_bytes()
    check_xml(document)
    text = document_text(document)
    assert "Jan Kowalski" in text and "1 grudnia 2026 r." in text
    assert "wrote" in capsys.readouterr().out


def test_render_refuses_to_overwrite(case_file: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s.docx"
    out.write_bytes(b"keep me")
    assert _run("render", "skierowanie", str(case_file), "-o", str(out)) == 2
    assert out.read_bytes() == b"keep me"
    assert "--force" in capsys.readouterr().err
    assert _run("render", "skierowanie", str(case_file), "-o", str(out), "--force") == 0
    assert out.read_bytes().startswith(b"PK")


def test_render_bad_input_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "referral", "schema_version": 1, "id": "x"}', encoding="utf-8")
    out = tmp_path / "s.docx"
    assert _run("render", "skierowanie", str(bad), "-o", str(out)) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and str(bad) in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists() and list(tmp_path.iterdir()) == [bad]


def test_render_unknown_template_and_format(case_file: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s.docx"
    assert _run("render", "skierowanei", str(case_file), "-o", str(out)) == 2
    assert "did you mean 'skierowanie'" in capsys.readouterr().err
    assert _run("render", "skierowanie", str(case_file), "-o", str(out), "--format", "odt") == 2
    assert "available: docx, pdf" in capsys.readouterr().err
    assert not out.exists()


def test_render_wrong_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = tmp_path / "client.json"
    case.write_text(to_json(referral().client), encoding="utf-8")
    assert _run("render", "skierowanie", str(case), "-o", str(tmp_path / "x.docx")) == 2
    assert "written for a referral" in capsys.readouterr().err


def _batch_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "a.json").write_text(to_json(referral()), encoding="utf-8")
    (folder / "b.json").write_text("{not json", encoding="utf-8")
    (folder / "c.json").write_text(to_json(referral(id="ref-3")), encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_folder_skips_bad_case(tmp_path: Path, jobs: str,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    folder = _batch_folder(tmp_path)
    out = tmp_path / "out"
    assert _run("render-batch", "skierowanie", str(folder), "-o", str(out), "--jobs", jobs) == 1
    assert sorted(p.name for p in out.iterdir()) == ["a.docx", "c.docx"]
    captured = capsys.readouterr()
    assert "b.json" in captured.err and "Traceback" not in captured.err
    assert "rendered 2 of 3 cases" in captured.out


def test_batch_jsonl_names_the_bad_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps(json.loads(to_json(referral()))), "", "[1, 2]",
             json.dumps(json.loads(to_json(referral(id="r9"))))]
    source = tmp_path / "cases.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert _run("render-batch", "skierowanie", str(source), "-o", str(out)) == 1
    assert sorted(p.name for p in out.iterdir()) == ["cases-0001.docx", "cases-0004.docx"]
    assert "cases.jsonl:3" in capsys.readouterr().err


def test_batch_refuses_existing_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _batch_folder(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "c.docx").write_bytes(b"old")
    assert _run("render-batch", "skierowanie", str(folder), "-o", str(out)) == 2
    assert sorted(p.name for p in out.iterdir()) == ["c.docx"]
    assert (out / "c.docx").read_bytes() == b"old"
    assert _run("render-batch", "skierowanie", str(folder), "-o", str(out), "--force") == 1
    assert (out / "c.docx").read_bytes().startswith(b"PK")


def test_batch_all_good_exit_zero(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "a.json").write_text(to_json(referral()), encoding="utf-8")
    assert _run("render-batch", "skierowanie", str(folder), "-o", str(tmp_path / "o")) == 0


def test_batch_unusable_input(tmp_path: Path) -> None:
    assert _run("render-batch", "skierowanie", str(tmp_path / "nope"), "-o", str(tmp_path)) == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _run("render-batch", "skierowanie", str(empty), "-o", str(tmp_path / "o")) == 2


def test_templates_listing(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("templates", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    row = next(r for r in rows if r["name"] == "skierowanie")
    assert row["model"] == "referral" and row["plugin"] == "socialwork"
    assert row["example"].endswith("skierowanie.json") and row["title"]
    assert _run("templates") == 0
    assert "skierowanie" in capsys.readouterr().out


def test_demo_renders_examples_and_refuses_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "demo"
    code = _run("demo", "-o", str(out))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert code == 0, captured.err
    from socialwork.documents import templates

    expected = sorted(f"{spec.name}.docx" for spec in templates() if spec.example is not None)
    assert sorted(p.name for p in out.iterdir()) == expected
    for name in expected:
        check_xml((out / name).read_bytes())
    assert f"rendered {len(expected)} of" in captured.out
    before = {name: (out / name).read_bytes() for name in expected}
    assert _run("demo", "-o", str(out)) == 2  # exists: refused, nothing changed
    assert {name: (out / name).read_bytes() for name in expected} == before
    assert _run("demo", "-o", str(out), "--force") == 0


def test_batch_jsonl_non_utf8_line_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = json.dumps(json.loads(to_json(referral())), ensure_ascii=False).encode("utf-8")
    source = tmp_path / "cases.jsonl"
    source.write_bytes(good + b"\n" + good[:40] + b"\xff\xfe" + good[42:] + b"\n" + good + b"\n")
    out = tmp_path / "out"
    assert _run("render-batch", "skierowanie", str(source), "-o", str(out)) == 1
    assert sorted(p.name for p in out.iterdir()) == ["cases-0001.docx", "cases-0003.docx"]
    captured = capsys.readouterr()
    (line,) = captured.err.strip().splitlines()
    assert f"{source}:2:" in line and "UTF-8" in line
    assert "rendered 2 of 3 cases" in captured.out


def test_batch_jsonl_line_separator_inside_a_string_is_not_a_line_end(tmp_path: Path) -> None:
    case = json.loads(to_json(referral()))
    case["justification"] = "pierwszy\u2028drugi"
    source = tmp_path / "cases.jsonl"
    source.write_text(json.dumps(case, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert _run("render-batch", "skierowanie", str(source), "-o", str(out)) == 0
    assert [p.name for p in out.iterdir()] == ["cases-0001.docx"]


def test_batch_single_pretty_printed_json_is_one_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "jan.json"
    source.write_text(json.dumps(json.loads(to_json(referral())), indent=2), encoding="utf-8")
    out = tmp_path / "out"
    assert _run("render-batch", "skierowanie", str(source), "-o", str(out)) == 0
    assert [p.name for p in out.iterdir()] == ["jan.docx"]
    assert "Jan Kowalski" in document_text((out / "jan.docx").read_bytes())
    captured = capsys.readouterr()
    assert captured.err == "" and "rendered 1 of 1 cases" in captured.out


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("-o", "x.odt"), "no registered format writes .odt"),
        (("-o", "x.docx", "--format", "pdf"), "ends in .docx but --format pdf"),
        (("-o", "x.pdf", "--format", "docx"), "ends in .pdf but --format docx"),
        (("-o", "x.bin", "--format", "docx"), "ends in .bin"),
        (("-o", "x.odt", "--format", "odt"), "available: docx, pdf"),
    ],
)
def test_render_refuses_a_lying_output_name(
    case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...], says: str,
) -> None:
    argv = tuple(str(tmp_path / a) if a.startswith("x.") else a for a in argv)
    assert _run("render", "skierowanie", str(case_file), *argv) == 2
    err = capsys.readouterr().err
    assert says in err and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [case_file.name]


def test_render_suffix_picks_the_format_case_insensitively(
    case_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "S.DOCX"
    assert _run("render", "skierowanie", str(case_file), "-o", str(out)) == 0
    assert out.read_bytes().startswith(b"PK")


def test_render_dash_writes_the_document_to_stdout(
    case_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert _run("render", "skierowanie", str(case_file), "-o", "-") == 0
    document = capsysbinary.readouterr().out
    assert document.startswith(b"PK")
    assert "Jan Kowalski" in document_text(document)
    assert not (tmp_path / "-").exists()


def test_pdf_without_libreoffice_is_a_configuration_problem_exit_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """LibreOffice missing is the installation's fault, not the input's: exit 3, one line,
    nothing written."""
    monkeypatch.setenv("SOCIALWORK_SOFFICE", "/nonexistent/soffice")
    case = tmp_path / "case.json"
    case.write_text(to_json(referral()), encoding="utf-8")
    out = tmp_path / "out.pdf"
    with pytest.raises(SystemExit) as exited:
        main(["render", "skierowanie", str(case), "-o", str(out), "--format", "pdf"])
    assert exited.value.code == 3
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "LibreOffice" in err
    assert not out.exists()
