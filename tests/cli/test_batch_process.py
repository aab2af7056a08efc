"""render-batch as a real process: Ctrl-C, a killed parent, non-regular files, streaming.

Each test runs ``python -m socialwork render-batch`` in a subprocess with bounded waits (a
hang fails the test instead of blocking the suite). The bounds guard against hangs; they
are not speed measurements.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from socialwork.cli import batch

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import cases  # noqa: E402

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="process-group and /proc checks need Linux"
)


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "socialwork", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_until(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def _documents(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.docx")) if folder.is_dir() else []


def _temporaries(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if name.endswith(".tmp")] if folder.is_dir() \
        else []


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3,000 distinct kontrakty, one per line."""
    return cases.write_jsonl(tmp_path_factory.mktemp("many") / "kontrakty.jsonl", 3000)


@pytest.fixture
def running(many: Path, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path, list[int]]]:
    out = tmp_path / "out"
    process = _start("render-batch", "kontrakt-socjalny", str(many), "-o", str(out),
                     "--jobs", "2")
    try:
        assert _wait_until(lambda: len(_documents(out)) >= 20, 120), "the batch never started"
        workers = _children(process.pid)
        assert len(workers) == 2, workers
        yield process, out, workers
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


def test_ctrl_c_stops_the_batch_with_a_summary_and_exit_130(
    running: tuple[subprocess.Popen[str], Path, list[int]],
) -> None:
    """Issue 14 item 7: SIGINT stops a --jobs 2 batch promptly; in-flight documents are
    finished, the summary says written / failed / not started; exit 130."""
    process, out, workers = running
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=15)
    assert process.returncode == 130, stderr
    match = re.search(
        r"interrupted: (\d+) written, (\d+) failed, (\d+) not started of 3000 cases", stdout
    )
    assert match, stdout
    written, failed, not_started = map(int, match.groups())
    assert failed == 0 and not_started > 0 and written + not_started == 3000
    assert len(_documents(out)) == written  # every document counted exists, and no more
    assert _temporaries(out) == []
    assert "Traceback" not in stderr
    assert not any(_alive(pid) for pid in workers)


def test_killing_the_batch_kills_its_workers_and_leaves_no_temporary_files(
    running: tuple[subprocess.Popen[str], Path, list[int]],
) -> None:
    """Issue 14 item 8: SIGKILL of the parent: the workers die with it (parent-death signal)
    and remove the temporary file they were writing."""
    process, out, workers = running
    process.kill()
    process.wait(timeout=10)
    assert _wait_until(lambda: not any(_alive(pid) for pid in workers), 15), (
        "workers outlived their parent"
    )
    assert _temporaries(out) == []
    count = len(_documents(out))
    time.sleep(0.5)
    assert len(_documents(out)) == count  # nothing is written any more


def test_sigterm_stops_like_ctrl_c(
    running: tuple[subprocess.Popen[str], Path, list[int]],
) -> None:
    process, out, workers = running
    process.terminate()
    stdout, _ = process.communicate(timeout=15)
    assert process.returncode == 143
    assert "stopped:" in stdout and "not started" in stdout
    assert _temporaries(out) == []
    assert not any(_alive(pid) for pid in workers)


def test_a_fifo_named_like_a_case_is_skipped_not_read(tmp_path: Path) -> None:
    """Issue 14 item 15: a FIFO ``b.json`` in the input folder must not block the batch."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, index in (("a.json", 0), ("c.json", 2)):
        (folder / name).write_text(next(iter(cases.kontrakty(1))) if index == 0
                                   else list(cases.kontrakty(3))[index], encoding="utf-8")
    os.mkfifo(folder / "b.json")
    (folder / "d.json").mkdir()
    out = tmp_path / "out"
    for jobs in ("1", "2"):
        process = _start("render-batch", "kontrakt-socjalny", str(folder), "-o", str(out),
                         "--jobs", jobs, "--force")
        stdout, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, stderr
        assert "b.json: skipped, it is a named pipe (FIFO)" in stderr
        assert "d.json: skipped, it is a folder" in stderr
        assert "rendered 2 of 2 cases" in stdout and "2 skipped" in stdout
        assert [p.name for p in _documents(out)] == ["a.docx", "c.docx"]


def test_a_fifo_given_as_input_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "cases.jsonl"
    os.mkfifo(fifo)
    process = _start("render-batch", "kontrakt-socjalny", str(fifo), "-o", str(tmp_path / "o"))
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "named pipe" in stderr and len(stderr.strip().splitlines()) == 1


def test_read_regular_refuses_a_fifo_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "x.json"
    os.mkfifo(fifo)
    with pytest.raises(batch.InputError, match="named pipe"):
        batch.read_regular(str(fifo))


def test_jsonl_input_is_streamed(tmp_path: Path) -> None:
    """The plan keeps no case in memory: its jobs are produced from the file as they are
    consumed (a line appended after planning would be read — proof that nothing was
    buffered — but its output name was fixed by the plan's line count)."""
    source = cases.write_jsonl(tmp_path / "k.jsonl", 3)
    work = batch.plan(source, tmp_path / "out", ".docx")
    assert work.total == 3
    jobs = work.jobs()
    first = next(jobs)
    assert first.data is not None and first.label.endswith(":1")
    with source.open("a", encoding="utf-8") as handle:
        handle.write(next(iter(cases.kontrakty(1))) + "\n")
    rest = list(jobs)
    assert [job.label.rsplit(":", 1)[1] for job in rest] == ["2", "3", "4"]
