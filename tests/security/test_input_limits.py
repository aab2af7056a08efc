"""Input size: ``socialwork validate /dev/zero`` used to eat all memory. Non-regular files are
refused before reading, and inputs over the (configurable) limit are refused with one line."""

from __future__ import annotations

import os
import resource
from pathlib import Path

import pytest

from security.helpers import run_cli, text
from socialwork import examples
from socialwork.errors import ConfigurationError
from socialwork.serialization import to_json
from socialwork.serialization.limits import DEFAULT_MAX_INPUT_BYTES, max_input_bytes


def _memory_cap() -> None:  # pragma: no cover - runs in the child
    resource.setrlimit(resource.RLIMIT_AS, (1024**3, 1024**3))


def _refused(done: object, *fragments: str) -> None:
    err = text(done.stderr)  # type: ignore[attr-defined]
    assert done.returncode == 2, err  # type: ignore[attr-defined]
    assert "Traceback" not in err and "MemoryError" not in err
    assert len(err.strip().splitlines()) == 1, err
    for fragment in fragments:
        assert fragment in err, err


def test_dev_zero_is_refused_before_reading() -> None:
    for command in (["validate"], ["render", "skierowanie"]):
        args = [*command, "/dev/zero"] + (["-o", "/tmp/never.docx"] if len(command) > 1 else [])
        done = run_cli(*args, preexec_fn=_memory_cap, timeout=60)
        _refused(done, "/dev/zero", "a device")
    assert not Path("/tmp/never.docx").exists()


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "case.json"
    os.mkfifo(fifo)
    done = run_cli("validate", str(fifo), timeout=60)
    _refused(done, "FIFO")


def test_stdin_over_the_limit(tmp_path: Path) -> None:
    with open("/dev/zero", "rb") as zero:
        done = run_cli("validate", "-", env={"SOCIALWORK_MAX_INPUT_BYTES": "4096"}, timeout=60,
                       stdin_override=zero)  # fmt: skip
    _refused(done, "standard input", "4096 bytes", "SOCIALWORK_MAX_INPUT_BYTES")


def test_file_over_a_configured_limit(tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    case.write_text(to_json(examples.load("skierowanie")), encoding="utf-8")
    size = case.stat().st_size
    done = run_cli("validate", str(case), env={"SOCIALWORK_MAX_INPUT_BYTES": str(size - 1)})
    _refused(done, str(case), "SOCIALWORK_MAX_INPUT_BYTES")
    done = run_cli("validate", str(case), env={"SOCIALWORK_MAX_INPUT_BYTES": str(size)})
    assert done.returncode in (0, 1), text(done.stderr)


def test_a_bad_limit_is_a_configuration_error(tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    case.write_text(to_json(examples.load("skierowanie")), encoding="utf-8")
    done = run_cli("validate", str(case), env={"SOCIALWORK_MAX_INPUT_BYTES": "lots"})
    assert done.returncode == 3
    assert "SOCIALWORK_MAX_INPUT_BYTES" in text(done.stderr)
    with pytest.raises(ConfigurationError):
        max_input_bytes({"SOCIALWORK_MAX_INPUT_BYTES": "-5"})
    assert max_input_bytes({}) == DEFAULT_MAX_INPUT_BYTES == 64 * 1024 * 1024
    assert max_input_bytes({"SOCIALWORK_MAX_INPUT_BYTES": "1_000"}) == 1000
