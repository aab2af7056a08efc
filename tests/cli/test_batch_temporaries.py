"""A batch worker stopped by a signal in the instant after its temporary file is created (and
before write_atomic knows its name) still leaves no temporary file: it removes its own."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from socialwork.cli import batch
from socialwork.documents import output


def test_temporary_files_carry_the_process_id(tmp_path: Path) -> None:
    seen: list[str] = []
    real = tempfile.mkstemp

    def spy(**kwargs: object) -> tuple[int, str]:
        descriptor, name = real(**kwargs)  # type: ignore[call-overload]
        seen.append(os.path.basename(name))
        return descriptor, name

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(output.tempfile, "mkstemp", spy)
        output.write_atomic(tmp_path / "a.docx", b"x", sync=False)
    assert seen and seen[0].startswith(f".sw-{os.getpid()}-") and seen[0].endswith(".tmp")
    assert os.listdir(tmp_path) == ["a.docx"]


def test_a_signal_right_after_the_file_is_created_leaves_nothing_of_ours(tmp_path: Path) -> None:
    real = tempfile.mkstemp

    def created_then_stopped(**kwargs: object) -> tuple[int, str]:
        descriptor, _name = real(**kwargs)  # type: ignore[call-overload]
        os.close(descriptor)
        raise SystemExit(143)  # what the SIGTERM handler raises, before the name is returned

    other = tmp_path / f"{output.temporary_prefix(os.getpid() + 1)}abc.tmp"
    other.write_bytes(b"another worker's")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(output.tempfile, "mkstemp", created_then_stopped)
        with pytest.raises(SystemExit):
            output.write_atomic(tmp_path / "a.docx", b"x", sync=False)
    ours = [n for n in os.listdir(tmp_path) if n.startswith(output.temporary_prefix())]
    assert len(ours) == 1  # the window this guards against
    batch._remove_own_temporaries({tmp_path})
    assert os.listdir(tmp_path) == [other.name]  # ours gone, another process's kept
