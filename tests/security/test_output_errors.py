"""Operating-system errors while writing an output are one line naming the path, exit 2,
nothing partial left (parent path is a file, read-only target, full disk, name too long,
standard output closed); ``demo`` reports each template and carries on; ``--force`` replaces
only regular files."""

from __future__ import annotations

import os
import resource
import signal
import stat
from pathlib import Path

import pytest

from security.helpers import run_cli, text
from socialwork import examples
from socialwork.serialization import to_json


@pytest.fixture
def case(tmp_path: Path) -> Path:
    path = tmp_path / "case.json"
    path.write_text(to_json(examples.load("skierowanie")), encoding="utf-8")
    return path


def _one_line(done: object, *fragments: str) -> str:
    err = text(done.stderr)  # type: ignore[attr-defined]
    assert done.returncode == 2, err  # type: ignore[attr-defined]
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if "plugin '" not in line]
    assert len(lines) == 1, err
    for fragment in fragments:
        assert fragment in lines[0], err
    return lines[0]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".tmp"))


def test_parent_path_is_a_file(case: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "plik"
    blocker.write_text("x")
    done = run_cli("render", "skierowanie", str(case), "-o", str(blocker / "out.docx"))
    _one_line(done, str(blocker), "a file")
    assert blocker.read_text() == "x"


def test_read_only_target(case: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        target = Path("/sys/socialwork-test.docx")  # sysfs refuses new files even to root
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        target = folder / "out.docx"
    done = run_cli("render", "skierowanie", str(case), "-o", str(target))
    _one_line(done, str(target), "cannot write")
    assert not target.exists()


def _small_file_limit() -> None:  # pragma: no cover - runs in the child
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))


def test_full_disk_leaves_nothing(case: Path, tmp_path: Path) -> None:
    """A file-size limit fails the write part-way, as a full disk does."""
    out = tmp_path / "out" / "s.docx"
    done = run_cli(
        "render", "skierowanie", str(case), "-o", str(out),
        env={"SOCIALWORK_AUDIT_LOG": "off"}, preexec_fn=_small_file_limit,
    )  # fmt: skip
    _one_line(done, str(out), "cannot write")
    assert not out.exists()
    assert _leftovers(tmp_path) == []


def test_demo_reports_every_template_and_goes_on(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    done = run_cli(
        "demo", "-o", str(out), env={"SOCIALWORK_AUDIT_LOG": "off"},
        preexec_fn=_small_file_limit,
    )  # fmt: skip
    err = text(done.stderr)
    assert done.returncode == 1, err
    assert "Traceback" not in err
    failures = [line for line in err.splitlines() if line.startswith("socialwork demo:")]
    assert len(failures) >= 10, err  # every template tried, not only the first
    assert all("cannot write" in line for line in failures), err
    assert _leftovers(tmp_path) == [] and list(out.iterdir()) == []


def test_demo_into_a_path_through_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "plik"
    blocker.write_text("x")
    done = run_cli("demo", "-o", str(blocker / "demo"))
    _one_line(done, str(blocker / "demo"))


def test_name_too_long(case: Path, tmp_path: Path) -> None:
    # 250 characters: the name fits (255 is the limit); its temporary file must fit too
    fits = tmp_path / ("a" * 245 + ".docx")
    done = run_cli("render", "skierowanie", str(case), "-o", str(fits))
    assert done.returncode == 0, text(done.stderr)
    assert fits.read_bytes().startswith(b"PK")
    too_long = tmp_path / ("b" * 300 + ".docx")
    done = run_cli("render", "skierowanie", str(case), "-o", str(too_long))
    _one_line(done, "too long")
    assert _leftovers(tmp_path) == []


def test_stdout_closed(case: Path) -> None:
    done = run_cli(
        "render", "skierowanie", str(case), "-o", "-", preexec_fn=lambda: os.close(1)
    )
    _one_line(done, "standard output is closed")


def test_stdout_full(case: Path) -> None:
    with open("/dev/full", "wb") as full:
        done = run_cli("validate", "--json", str(case), stdout=full)
    _one_line(done, "the disk is full")


def test_outputs_are_private(case: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.docx"
    assert run_cli("render", "skierowanie", str(case), "-o", str(out)).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


# ------------------------------------------------------------------ --force: regular files only


def test_force_does_not_replace_a_symlink(case: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    link = tmp_path / "link.docx"
    link.symlink_to(victim)
    done = run_cli("render", "skierowanie", str(case), "-o", str(link), "--force")
    _one_line(done, str(link), "symbolic link")
    assert link.is_symlink() and victim.read_text() == "keep"


def test_force_does_not_replace_a_fifo(case: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.docx"
    os.mkfifo(fifo)
    done = run_cli("render", "skierowanie", str(case), "-o", str(fifo), "--force", timeout=60)
    _one_line(done, "FIFO")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_force_does_not_replace_a_device(case: Path) -> None:
    done = run_cli("render", "skierowanie", str(case), "-o", "/dev/null", "--force",
                   "--format", "docx")  # fmt: skip
    _one_line(done, "/dev/null", "device")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_force_replaces_a_regular_file(case: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.docx"
    out.write_bytes(b"old")
    done = run_cli("render", "skierowanie", str(case), "-o", str(out), "--force")
    assert done.returncode == 0, text(done.stderr)
    assert out.read_bytes().startswith(b"PK")


def test_eksport_output_errors(tmp_path: Path) -> None:
    import subprocess
    import sys

    case = tmp_path / "w.json"
    case.write_text(to_json(examples.load("wywiad-srodowiskowy")), encoding="utf-8")
    blocker = tmp_path / "plik"
    blocker.write_text("x")
    done = subprocess.run(
        [sys.executable, "-m", "socialwork_eksport.cli", "stats", str(case), "-o",
         str(blocker / "s.csv")],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    _one_line(done, str(blocker))
    link = tmp_path / "s.csv"
    link.symlink_to(blocker)
    done = subprocess.run(
        [sys.executable, "-m", "socialwork_eksport.cli", "stats", str(case), "-o", str(link)],
        capture_output=True, timeout=120, check=False,
    )
    _one_line(done, "symbolic link")
    assert blocker.read_text() == "x"
