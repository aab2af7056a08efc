"""Unusable input through the CLI: exit 2, one line on stderr, no traceback, nothing written.

docs/errors.md ("Exit codes"): unusable input exits 2 with one line on stderr saying what,
where and how to fix it; no failure prints a traceback, and nothing is written on failure.
Also the overwrite rules of `render` and a batch with one bad case among good ones.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from socialwork import examples
from socialwork.cli import main

PESEL = "41020887125"  # the PESEL of the fictional client in examples/klient.json


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def client_text() -> str:
    return examples.path("klient").read_text(encoding="utf-8")


def decision_data() -> dict[str, object]:
    data = json.loads(examples.path("decyzja").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


BAD_INPUTS: dict[str, bytes] = {
    "malformed": b'{"type": "client",',
    "array": b"[]",
    "number": b"5",
    "null": b"null",
    "empty": b"",
    "bom-only": b"\xef\xbb\xbf",
    "not-utf8": b'{"type": "client", "x": "\xff"}',
    "unknown-type": client_text().replace('"client"', '"klient"', 1).encode(),
    "newer-schema": client_text().replace('"schema_version": 1', '"schema_version": 99').encode(),
    "bad-pesel": client_text().replace(PESEL, PESEL[:10] + "6").encode(),
    "bad-date": client_text().replace('"1941-02-08"', '"1941-02-30"').encode(),
    "unknown-deep-key": client_text()
    .replace('"teryt": "1418042"', '"teryt": "1418042", "x": 1')
    .encode(),
    "float-money": json.dumps({**decision_data(), "amount": 600.5}).encode(),
    "three-decimals": json.dumps({**decision_data(), "amount": "600.005"}).encode(),
    "negative-money": json.dumps({**decision_data(), "amount": "-600.00"}).encode(),
    "nan-money": json.dumps({**decision_data(), "amount": "NaN"}).encode(),
    "infinity-money": json.dumps({**decision_data(), "amount": "Infinity"}).encode(),
    "missing-field": json.dumps(
        {k: v for k, v in decision_data().items() if k != "issued_on"}
    ).encode(),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
@pytest.mark.parametrize("command", ["validate", "render"])
def test_unusable_input_is_one_line_exit_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, command: str
) -> None:
    case = tmp_path / f"{name}.json"
    case.write_bytes(BAD_INPUTS[name])
    out = tmp_path / "out.docx"
    argv = (
        ["validate", str(case)]
        if command == "validate"
        else ["render", "decyzja", str(case), "-o", str(out)]
    )
    code, stdout, stderr = run(argv, capsys)
    assert code == 2
    assert stdout == ""
    assert len(stderr.strip().splitlines()) == 1
    assert "Traceback" not in stderr
    assert PESEL[:10] not in stderr
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [case.name]


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_missing_file_or_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    target = tmp_path / "case.json"
    if kind == "directory":
        target.mkdir()
    for argv in (
        ["validate", str(target)],
        ["render", "decyzja", str(target), "-o", str(tmp_path / "o.docx")],
    ):
        code, stdout, stderr = run(argv, capsys)
        assert (code, stdout) == (2, "")
        assert len(stderr.strip().splitlines()) == 1
    assert not (tmp_path / "o.docx").exists()


def test_render_never_overwrites_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "decyzja.docx"
    out.write_bytes(b"keep me")
    case = str(examples.path("decyzja"))
    code, _, stderr = run(["render", "decyzja", case, "-o", str(out)], capsys)
    assert code == 2 and len(stderr.strip().splitlines()) == 1
    assert out.read_bytes() == b"keep me"
    code, _, _ = run(["render", "decyzja", case, "-o", str(out), "--force"], capsys)
    assert code == 0
    assert out.read_bytes()[:2] == b"PK"


def test_render_wrong_model_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "o.docx"
    code, stdout, stderr = run(
        ["render", "decyzja", str(examples.path("klient")), "-o", str(out)], capsys
    )
    assert (code, stdout) == (2, "")
    assert len(stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_render_batch_skips_the_bad_case_and_writes_the_good_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "a.json").write_text(
        examples.path("skierowanie").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (folder / "b.json").write_bytes(BAD_INPUTS["bad-pesel"])
    (folder / "c.json").write_text(
        examples.path("skierowanie-pzon").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (folder / "d.json").write_bytes(BAD_INPUTS["malformed"])
    out = tmp_path / "out"
    code, _, stderr = run(["render-batch", "skierowanie", str(folder), "-o", str(out)], capsys)
    assert code == 1
    assert sorted(p.name for p in out.iterdir()) == ["a.docx", "c.docx"]
    lines = stderr.strip().splitlines()
    assert len(lines) == 2
    assert "b.json" in lines[0] and "d.json" in lines[1]
    assert PESEL[:10] not in stderr
    # a second run refuses before rendering anything
    code, _, stderr = run(["render-batch", "skierowanie", str(folder), "-o", str(out)], capsys)
    assert code == 2 and len(stderr.strip().splitlines()) == 1


def test_the_console_program_prints_no_traceback(tmp_path: Path) -> None:
    case = tmp_path / "bad.json"
    case.write_bytes(BAD_INPUTS["bad-pesel"])
    env = {**os.environ, "SOCIALWORK_PLUGINS": ""}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "socialwork.cli",
            "render",
            "decyzja",
            str(case),
            "-o",
            str(tmp_path / "o.docx"),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert PESEL not in result.stderr
    assert not (tmp_path / "o.docx").exists()
