"""PDF through a running LibreOffice, and the clean-up guarantees of both PDF paths.

Needs LibreOffice (and, for the running one, the UNO bridge: Debian ``python3-uno``); the
tests are skipped with the reason shown when they are missing. Waits are bounded.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

import socialwork.documents as documents
from socialwork.documents import ConversionError, get_template, uno_helper
from socialwork.documents import pdf as pdf_module
from socialwork.documents.pdf import OfficeProcess, docx_to_pdf_cold, find_soffice, find_uno_python

from .cases import referral

needs_soffice = pytest.mark.skipif(
    find_soffice() is None,
    reason="LibreOffice (soffice) is not installed: PDF conversion not tested "
    "(Debian: apt-get install libreoffice-writer-nogui)",
)
needs_uno = pytest.mark.skipif(
    find_soffice() is None or find_uno_python() is None,
    reason="the UNO bridge is not installed: the running-LibreOffice converter is not tested "
    "(Debian: apt-get install python3-uno)",
)
pytestmark = [pytest.mark.pdf, needs_soffice]


def _alive(pid: int | None) -> bool:
    if pid is None:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _group_alive(pgid: int | None) -> bool:
    if pgid is None:
        return False
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == pgid and fields[0] != "Z":
                return True
    return False


def _wait_until(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def _text(pdf: bytes) -> list[str]:
    pypdf = pytest.importorskip("pypdf")
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Temporary folders of the converter go here, so the test can see them all."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture(scope="module")
def document() -> bytes:
    # final: no comments for the worker (a draft with comments goes the cold way, see
    # test_a_draft_with_comments_is_converted_the_cold_way)
    return documents.render(get_template("skierowanie"), referral(), final=True)


def test_a_draft_with_comments_is_converted_the_cold_way(monkeypatch: pytest.MonkeyPatch) -> None:
    draft = documents.render(get_template("skierowanie"), referral())
    final = documents.render(get_template("skierowanie"), referral(), final=True)
    assert pdf_module._has_comments(draft) and not pdf_module._has_comments(final)
    used: list[str] = []
    monkeypatch.setattr(pdf_module, "docx_to_pdf_cold",
                        lambda data, timeout=None: used.append("cold") or b"%PDF")
    assert pdf_module.docx_to_pdf(draft) == b"%PDF" and used == ["cold"]


@needs_uno
def test_running_office_converts_many_documents_with_one_libreoffice(
    document: bytes, private_tmp: Path
) -> None:
    office = OfficeProcess(find_uno_python() or "", find_soffice() or "")
    try:
        first = office.convert(document)
        helper = office._helper
        assert helper is not None
        second = office.convert(document)
        assert office._helper is helper  # the same LibreOffice
        assert _text(first) == _text(second) == _text(docx_to_pdf_cold(document))
        (folder,) = private_tmp.iterdir()
        assert folder.stat().st_mode & 0o777 == 0o700
        assert [p.name for p in folder.iterdir() if p.suffix in (".docx", ".pdf")] == []
        pgid = office._office_pgid
    finally:
        office.close()
    assert list(private_tmp.iterdir()) == []
    assert _wait_until(lambda: not _group_alive(pgid), 10)


@needs_uno
def test_time_out_kills_the_running_libreoffice_and_removes_its_folder(
    document: bytes, private_tmp: Path
) -> None:
    """Issue 14 item 1, running LibreOffice: on the time limit its whole process group is
    killed and the private folder (which held the document) removed; the next conversion
    starts a fresh one."""
    office = OfficeProcess(find_uno_python() or "", find_soffice() or "")
    try:
        office.convert(document)  # started
        pgid, helper = office._office_pgid, office._helper
        assert helper is not None
        with pytest.raises(ConversionError, match="SOCIALWORK_PDF_TIMEOUT"):
            office.convert(document, timeout=0.001)
        assert list(private_tmp.iterdir()) == []
        assert _wait_until(lambda: not _group_alive(pgid) and not _alive(helper.pid), 10)
        assert _text(office.convert(document))  # restarted
    finally:
        office.close()
    assert list(private_tmp.iterdir()) == []


@needs_uno
def test_a_dead_libreoffice_is_restarted(document: bytes, private_tmp: Path) -> None:
    office = OfficeProcess(find_uno_python() or "", find_soffice() or "")
    try:
        office.convert(document)
        assert office._office_pgid is not None
        os.killpg(office._office_pgid, signal.SIGKILL)
        assert _text(office.convert(document))
    finally:
        office.close()


def test_cold_time_out_kills_the_process_group_and_removes_the_folder(
    document: bytes, private_tmp: Path
) -> None:
    """Issue 14 item 1, one LibreOffice per document: after the time limit nothing of it
    runs on, and the private folder with the document is gone (so no PDF can appear)."""
    before = _soffice_pids()
    with pytest.raises(ConversionError, match=r"within 0\.05 s"):
        docx_to_pdf_cold(document, timeout=0.05)
    assert list(private_tmp.iterdir()) == []
    assert _wait_until(lambda: not (_soffice_pids() - before), 10)


def test_cold_interrupt_removes_the_folder(
    document: bytes, private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_wait = subprocess.Popen.wait

    def interrupted(self: subprocess.Popen[bytes], timeout: float | None = None) -> int:
        if timeout is not None and timeout > 5:
            raise KeyboardInterrupt
        return real_wait(self, timeout=timeout)

    monkeypatch.setattr(subprocess.Popen, "wait", interrupted)
    before = _soffice_pids()
    with pytest.raises(KeyboardInterrupt):
        docx_to_pdf_cold(document)
    assert list(private_tmp.iterdir()) == []
    assert _wait_until(lambda: not (_soffice_pids() - before), 10)


def _soffice_pids() -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes()
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if b"soffice" in command and b"socialwork-pdf-" in command and state != "Z":
                found.add(int(entry.name))
    return found


@needs_uno
def test_killed_parent_takes_its_libreoffice_and_folder_with_it(tmp_path: Path) -> None:
    """The helper notices its parent is gone (its input closes), stops LibreOffice and
    removes the private folder: no orphan process, no document left in /tmp."""
    script = textwrap.dedent(
        """
        import sys, tempfile, time
        tempfile.tempdir = sys.argv[1]
        import socialwork.documents as documents
        from socialwork.documents import pdf
        from tests.documents.cases import referral
        data = documents.render("skierowanie", referral(), final=True)
        pdf.docx_to_pdf(data)
        print(pdf._OFFICE._office_pgid, pdf._OFFICE._helper.pid, flush=True)
        time.sleep(600)
        """
    )
    folder = tmp_path / "tmp"
    folder.mkdir()
    root = Path(__file__).resolve().parents[2]
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        pgid, helper = map(int, line.split())
        assert _group_alive(pgid) and any(folder.iterdir())
        process.kill()
        process.wait(timeout=10)
        assert _wait_until(lambda: not _group_alive(pgid) and not _alive(helper), 20)
        assert _wait_until(lambda: not any(folder.iterdir()), 10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


@pytest.mark.parametrize(
    "python",
    [sys.executable, "/bin/false"],  # a Python without uno; a program that cannot run the helper
)
def test_without_the_uno_bridge_one_libreoffice_per_document_with_a_notice(
    document: bytes, monkeypatch: pytest.MonkeyPatch, private_tmp: Path, python: str
) -> None:
    """The helper's Python is not checked beforehand (a Python start before LibreOffice can
    start); the helper says it has no ``uno`` without starting LibreOffice, and the document
    is converted the cold way, with the notice."""
    monkeypatch.setenv("SOCIALWORK_UNO_PYTHON", python)
    monkeypatch.setattr(pdf_module, "_NOTICE_SHOWN", False)
    monkeypatch.setattr(pdf_module, "_LACKING_UNO", set())
    before = _soffice_pids()
    with pytest.warns(RuntimeWarning, match="python3-uno"):
        result = pdf_module.docx_to_pdf(document)
    assert result.startswith(b"%PDF")
    assert {python} == pdf_module._LACKING_UNO
    assert pdf_module._office() is None  # remembered: the next document goes the cold way
    assert list(private_tmp.iterdir()) == []
    assert _wait_until(lambda: not (_soffice_pids() - before), 10)


def test_timeout_setting_is_sane(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in ("inf", "nan", "-1", "0", "abc"):
        monkeypatch.setenv("SOCIALWORK_PDF_TIMEOUT", text)
        assert pdf_module._timeout() == pdf_module.DEFAULT_TIMEOUT
    monkeypatch.setenv("SOCIALWORK_PDF_TIMEOUT", "2.5")
    assert pdf_module._timeout() == 2.5


@needs_uno
def test_render_batch_pdf_with_two_workers_leaves_nothing_behind(tmp_path: Path) -> None:
    """Each worker keeps its own LibreOffice; when the batch ends they are gone, and so are
    their private folders."""
    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "benchmarks"))
    import cases

    source = cases.write_jsonl(tmp_path / "k.jsonl", 3)
    private = tmp_path / "tmp"
    private.mkdir()
    out = tmp_path / "out"
    completed = subprocess.run(
        [sys.executable, "-m", "socialwork", "render-batch", "kontrakt-socjalny", str(source),
         "-o", str(out), "--format", "pdf", "--jobs", "2"],
        capture_output=True, text=True, timeout=300, cwd=root,
        env={**os.environ, "TMPDIR": str(private)},
    )
    assert completed.returncode == 0, completed.stderr
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 3 and all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    assert "Krawczyk" in " ".join(_text(pdfs[0].read_bytes())) or _text(pdfs[0].read_bytes())

    def ours_running() -> bool:
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    if str(private).encode() in (entry / "cmdline").read_bytes():
                        return _alive(int(entry.name))
                except OSError:
                    continue
        return False

    assert _wait_until(lambda: not ours_running(), 20)
    assert _wait_until(lambda: not any(private.iterdir()), 10)


# --------------------------------------------------------------------------- profiles


@pytest.fixture
def profile_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The per-user cache of the LibreOffice profile template, in a folder of this test."""
    monkeypatch.setenv("SOCIALWORK_CACHE_DIR", str(tmp_path / "cache"))
    folder = pdf_module._profile_cache()
    assert folder == tmp_path / "cache" / "libreoffice"
    return folder


def test_profile_template_is_made_once_in_a_private_cache_and_copied(
    profile_cache: Path, tmp_path: Path
) -> None:
    soffice = find_soffice() or ""
    assert profile_cache.stat().st_mode & 0o777 == 0o700
    scratch = tmp_path / "scratch"
    scratch.mkdir(mode=0o700)
    first, second = scratch / "one", scratch / "two"
    assert uno_helper.prepare_profile(soffice, str(first), str(scratch), str(profile_cache)) == (
        "cached"
    )
    (template,) = profile_cache.iterdir()  # made once; nothing else left in the cache
    assert template.name == uno_helper.template_name(soffice)
    assert template.stat().st_mode & 0o077 == 0
    settings = (template / "user" / "registrymodifications.xcu").read_text()
    version = uno_helper.product_version(soffice)
    assert version and f"<value>{version}</value>" in settings  # no graphics self-tests
    made = template.stat().st_mtime_ns
    assert uno_helper.prepare_profile(soffice, str(second), str(scratch), str(profile_cache)) == (
        "cached"
    )
    assert template.stat().st_mtime_ns == made  # copied, not made again
    assert (second / "user" / "registrymodifications.xcu").read_text() == settings
    assert not (second / ".lock").exists()
    # without a cache the profile is made in place
    third = scratch / "three"
    assert uno_helper.prepare_profile(soffice, str(third), str(scratch), None) == "built"
    assert (third / "user" / "registrymodifications.xcu").is_file()


def test_a_profile_cache_others_can_reach_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOCIALWORK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "cache" / "socialwork" / "libreoffice"
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    assert pdf_module._profile_cache() is None
    folder.chmod(0o700)
    assert pdf_module._profile_cache() == folder
    folder.rmdir()
    folder.symlink_to(tmp_path, target_is_directory=True)  # not a folder of its own
    assert pdf_module._profile_cache() is None
    monkeypatch.setenv("SOCIALWORK_CACHE_DIR", "off")  # the cache turned off: none either
    assert pdf_module._profile_cache() is None


@needs_uno
def test_running_office_starts_from_the_template_without_self_tests(
    document: bytes, private_tmp: Path, profile_cache: Path
) -> None:
    """LibreOffice runs its graphics self-tests (a second of CPU) on a profile that has not
    recorded its version; a profile copied from the template has, so they do not run."""
    office = OfficeProcess(find_uno_python() or "", find_soffice() or "")
    try:
        assert _text(office.convert(document))
        (folder,) = private_tmp.iterdir()
        user = folder / "profile" / "user"
        assert (user / "registrymodifications.xcu").is_file()
        assert not (user / "GraphicsRenderTests.log").exists()
        assert [p.name for p in profile_cache.iterdir()] == [
            uno_helper.template_name(find_soffice() or "")
        ]
    finally:
        office.close()
    assert list(private_tmp.iterdir()) == []


@needs_uno
def test_a_broken_template_is_replaced(
    document: bytes, private_tmp: Path, profile_cache: Path
) -> None:
    template = profile_cache / uno_helper.template_name(find_soffice() or "")
    template.mkdir(mode=0o700)
    (template / "user").write_text("not a folder")  # LibreOffice cannot start on this
    office = OfficeProcess(find_uno_python() or "", find_soffice() or "")
    try:
        assert _text(office.convert(document))
    finally:
        office.close()
    assert not (template / "user").is_file()  # forgotten (and perhaps made anew)
    assert list(private_tmp.iterdir()) == []


@needs_uno
def test_closed_before_ready_leaves_no_libreoffice(private_tmp: Path) -> None:
    """Stopped while it is still starting (before this process learnt LibreOffice's process
    group): the helper is asked to stop first, so LibreOffice goes with it."""
    before = _soffice_pids()
    office = OfficeProcess(find_uno_python() or "", find_soffice() or "")
    office.prestart()
    time.sleep(0.3)  # LibreOffice launched, not yet ready
    office.close()
    assert list(private_tmp.iterdir()) == []
    assert _wait_until(lambda: not (_soffice_pids() - before), 10)


def test_processes_making_the_template_at_once_share_one(
    profile_cache: Path, tmp_path: Path
) -> None:
    """Two processes that find no template both make one; one of them is kept (renamed into
    place whole), both profiles are copies of it, nothing half-made is left in the cache."""
    from concurrent.futures import ThreadPoolExecutor

    soffice = find_soffice() or ""
    scratch = tmp_path / "scratch"
    scratch.mkdir(mode=0o700)

    def prepare(name: str) -> str:
        return uno_helper.prepare_profile(
            soffice, str(scratch / name), str(scratch), str(profile_cache)
        )

    with ThreadPoolExecutor(2) as pool:
        assert list(pool.map(prepare, ["one", "two"])) == ["cached", "cached"]
    assert [p.name for p in profile_cache.iterdir()] == [uno_helper.template_name(soffice)]
    settings = [(scratch / n / "user" / "registrymodifications.xcu").read_text()
                for n in ("one", "two")]
    assert settings[0] == settings[1]


def test_messages_the_helper_writes_at_once_are_all_read() -> None:
    """LibreOffice now starts so fast that the helper's ``office_pgid`` and ``ready`` can
    arrive in one read: the second must not be waited for again (it was, for the whole
    start-up time limit, and the document failed)."""
    script = (
        "import sys, time\n"
        "out = sys.stdout\n"
        "out.write('{\"a\": 1}\\n{\"b\": 2}\\n'); out.flush()\n"
        "time.sleep(3)\n"  # nothing more for a while: "b" is already in the pipe
        "out.write('{\"c\"'); out.flush(); time.sleep(0.3)\n"
        "out.write(': 3}\\n'); out.flush(); time.sleep(30)\n"
    )
    office = OfficeProcess(sys.executable, "soffice")
    office._helper = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert office._read(20) == {"a": 1}
        assert office._read(1) == {"b": 2}  # read with "a", not waited for
        assert office._read(20) == {"c": 3}  # a message split over two writes
        assert office._read(0.2) is None  # nothing more: the time limit ends the wait
    finally:
        office._helper.kill()
        office._helper.wait(timeout=10)
        office._helper = None
