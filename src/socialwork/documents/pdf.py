"""PDF output through LibreOffice headless.

Registered (declared in :mod:`socialwork.documents.converters`) as the ``pdf``
:class:`~socialwork.documents.spec.Converter`, exactly the way a
plugin registers a converter. Two ways to run LibreOffice:

* **A running LibreOffice** (when the UNO bridge is installed: Debian ``python3-uno``): each
  process keeps one LibreOffice alive, started on the first conversion, and hands it
  documents through a small helper (:mod:`socialwork.documents.uno_helper`, run by the Python
  that has ``uno``). A conversion then costs a fraction of a cold start. LibreOffice is
  restarted when it dies or exceeds the time limit, and stopped (its whole process group)
  when the process exits — also when the process is killed: the helper sees its input close
  and stops LibreOffice itself.
* **One LibreOffice per document** (``soffice --convert-to pdf``) otherwise, with a one-line
  notice saying how to get the faster way.

Either way LibreOffice runs with its own user profile and ``HOME`` inside a private
temporary folder (mode 0700) that holds the document while it is converted; the folder is
removed on success, error, time-out and interrupt. On a time-out the whole process group of
LibreOffice is killed, so it cannot go on to write the document anywhere.

Environment variables: ``SOCIALWORK_SOFFICE`` — the LibreOffice program (default: ``soffice``
or ``libreoffice`` on ``PATH``); ``SOCIALWORK_PDF_TIMEOUT`` — seconds per document (default
120); ``SOCIALWORK_UNO_PYTHON`` — the Python interpreter that can ``import uno`` (default: the
system ``python3``), or ``none`` for one LibreOffice per document.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import json
import os
import re
import select
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import warnings
import zipfile
from pathlib import Path
from typing import IO, Any

from socialwork.cachefiles import folder as cache_folder
from socialwork.cachefiles import private_dir
from socialwork.documents.errors import ConversionError, ConverterUnavailableError
from socialwork.documents.uno_helper import prepare_profile

__all__ = [
    "OfficeProcess",
    "docx_to_pdf",
    "docx_to_pdf_cold",
    "find_soffice",
    "find_uno_python",
    "prestart",
    "shutdown",
]

DEFAULT_TIMEOUT = 120.0
STARTUP_TIMEOUT = 90.0
TERM_GRACE = 2.0
"""Seconds the UNO helper gets to stop LibreOffice itself before both are killed."""
_HELPER = Path(__file__).with_name("uno_helper.py")
_UNO_CANDIDATES = ("/usr/bin/python3", "/usr/local/bin/python3")
MAX_TIMEOUT = 86_400.0
"""A day: ``inf``, ``nan`` or more than this is not a timeout; the default is used."""


def find_soffice() -> str | None:
    """The LibreOffice executable, or ``None`` when it is not installed."""
    configured = os.environ.get("SOCIALWORK_SOFFICE")
    if configured:
        return shutil.which(configured) or (configured if Path(configured).is_file() else None)
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _timeout() -> float:
    text = os.environ.get("SOCIALWORK_PDF_TIMEOUT", "")
    try:
        value = float(text)
    except ValueError:
        return DEFAULT_TIMEOUT
    return value if 0 < value <= MAX_TIMEOUT else DEFAULT_TIMEOUT


_UNO_PYTHON: dict[str, str | None] = {}


def find_uno_python() -> str | None:
    """A Python interpreter that can ``import uno`` (checked once per process), or ``None``."""
    configured = os.environ.get("SOCIALWORK_UNO_PYTHON", "")
    if configured.lower() == "none":
        return None
    candidates = [configured] if configured else list(_UNO_CANDIDATES)
    key = "\0".join(candidates)
    if key not in _UNO_PYTHON:
        _UNO_PYTHON[key] = None
        for candidate in candidates:
            program = shutil.which(candidate)
            if not program:
                continue
            try:
                completed = subprocess.run(
                    [program, "-c", "import uno"],
                    stdin=subprocess.DEVNULL,
                    capture_output=True,
                    timeout=20,
                    check=False,
                )
            except (OSError, subprocess.TimeoutExpired):
                continue
            if completed.returncode == 0:
                _UNO_PYTHON[key] = program
                break
    return _UNO_PYTHON[key]


_LACKING_UNO: set[str] = set()
"""Interpreters a helper found without ``uno`` in this process (see :func:`_uno_candidate`)."""


def _uno_candidate() -> str | None:
    """The Python to run the UNO helper with: ``SOCIALWORK_UNO_PYTHON``, else the first system
    ``python3`` — not checked here, which would cost a Python start before LibreOffice can
    start: the helper checks that it has ``uno`` first thing and says so (then the next
    candidate is tried, and at the end one LibreOffice per document is started)."""
    configured = os.environ.get("SOCIALWORK_UNO_PYTHON", "")
    if configured.lower() == "none":
        return None
    for candidate in [configured] if configured else _UNO_CANDIDATES:
        program = shutil.which(candidate)
        if program and program not in _LACKING_UNO:
            return program
    return None


class _NoUno(Exception):
    """The helper's Python cannot ``import uno`` (or could not run the helper at all)."""


def _missing() -> ConverterUnavailableError:
    return ConverterUnavailableError(
        "PDF output needs LibreOffice, which is not installed (no `soffice` on PATH); "
        "install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or set "
        "SOCIALWORK_SOFFICE, or render to .docx"
    )


def _kill_group(pgid: int | None) -> None:
    if pgid is None:
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def _private_dir() -> Path:
    """A fresh private folder (mode 0700, as :func:`tempfile.mkdtemp` creates it)."""
    return Path(tempfile.mkdtemp(prefix="socialwork-pdf-"))


def _profile_cache() -> Path | None:
    """The private per-user folder (mode 0700) that keeps an initialised LibreOffice profile
    to copy from (see :func:`socialwork.documents.uno_helper.prepare_profile`): the
    ``libreoffice`` folder of socialwork's cache (:mod:`socialwork.cachefiles`). ``None`` —
    each LibreOffice then makes its profile itself, a little slower — when the cache is
    turned off or the folder cannot be created, or is not a folder owned by this user that
    no one else can read or write."""
    if not hasattr(os, "getuid"):
        return None
    try:
        folder = cache_folder("libreoffice")
    except RuntimeError:  # no home folder
        return None
    if folder is None or not private_dir(folder, create=True):
        return None
    return folder


# --------------------------------------------------------------------------- cold


def docx_to_pdf_cold(document: bytes, *, timeout: float | None = None) -> bytes:
    """Convert with a LibreOffice started for this one document (``--convert-to pdf``)."""
    soffice = find_soffice()
    if soffice is None:
        raise _missing()
    limit = timeout if timeout is not None else _timeout()
    folder = _private_dir()
    process: subprocess.Popen[bytes] | None = None
    try:
        cache = _profile_cache()
        with contextlib.suppress(OSError):  # else LibreOffice makes its profile itself
            prepare_profile(soffice, str(folder / "profile"), str(folder), str(cache or ""))
        source = folder / "document.docx"
        _write_private(source, document)
        command = [
            soffice,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--invisible",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            "--norestore",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(folder / "out"),
            str(source),
        ]
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                cwd=folder,
                env={**os.environ, "HOME": str(folder), "TMPDIR": str(folder)},
                start_new_session=True,  # its own process group, killed as a whole
            )
        except OSError as exc:
            raise ConverterUnavailableError(
                f"LibreOffice ({soffice}) could not be started: {exc.strerror or exc}"
            ) from None
        try:
            code = process.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            raise ConversionError(
                f"LibreOffice did not finish the PDF conversion within {limit:g} s; try "
                "again, or raise SOCIALWORK_PDF_TIMEOUT"
            ) from None
        result = folder / "out" / "document.pdf"
        if code != 0 or not result.is_file() or result.stat().st_size == 0:
            # LibreOffice's own messages are not repeated: they may quote the document
            raise ConversionError(
                f"LibreOffice could not convert the document to PDF (exit code {code}); "
                "open the .docx in LibreOffice to see what it does not accept"
            )
        return result.read_bytes()
    finally:
        if process is not None:
            _kill_group(process.pid)  # also any child LibreOffice left behind
            with contextlib.suppress(Exception):
                process.wait(timeout=5)
        shutil.rmtree(folder, ignore_errors=True)


def _write_private(path: Path, data: bytes) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


# --------------------------------------------------------------------------- persistent


_STYLES = "word/styles.xml"
_NOT_REFERENCING = (_STYLES, "word/stylesWithEffects.xml")
_STYLE = re.compile(rb"<w:style\b[^>]*?(?:/>|>.*?</w:style>)", re.DOTALL)
_STYLE_ID = re.compile(rb'\sw:styleId="([^"]*)"')
_DEFAULT_STYLE = re.compile(rb'^<w:style\b[^>]*\sw:default="(?:1|true|on)"')
_ATTRIBUTE_VALUE = re.compile(rb'="([^"]*)"')


def without_unused_styles(document: bytes) -> bytes:
    """The .docx with the style definitions nothing in it uses left out (stored, not
    compressed), for LibreOffice only: reading a style costs it time whether used or not,
    and a template made with python-docx or Word carries about 160, of which a document
    uses some 20 — two fifths of a conversion. What is printed does not change.

    Kept: every style whose id appears as any attribute value in any other part (``pStyle``,
    ``rStyle``, ``tblStyle``, numbering links, settings…), the default styles, and every
    style those name (``basedOn``, ``link``, ``next``…), transitively. The document is
    returned unchanged when it cannot be read this way, or has a field that may name a
    style (``STYLEREF``, ``TOC``)."""
    try:
        with zipfile.ZipFile(io.BytesIO(document)) as archive:
            members = archive.infolist()
            parts = {member.filename: archive.read(member) for member in members}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return document
    styles = parts.get(_STYLES)
    if styles is None or len(parts) != len(members):
        return document
    referenced: set[bytes] = set()
    for name, data in parts.items():
        if name.endswith((".xml", ".rels")) and name not in _NOT_REFERENCING:
            if b"STYLEREF" in data or b"TOC" in data:
                return document
            referenced.update(_ATTRIBUTE_VALUE.findall(data))
    spans: dict[bytes, re.Match[bytes]] = {}
    for match in _STYLE.finditer(styles):
        found = _STYLE_ID.search(match[0])
        if found is None or b"&" in found[1] or found[1] in spans:
            return document  # not a plain id: compared as written, so not compared at all
        spans[found[1]] = match
    keep = {
        ident
        for ident, match in spans.items()
        if ident in referenced or _DEFAULT_STYLE.match(match[0])
    }
    todo = list(keep)
    while todo:
        for value in _ATTRIBUTE_VALUE.findall(spans[todo.pop()][0]):
            if value in spans and value not in keep:
                keep.add(value)
                todo.append(value)
    if len(keep) == len(spans):
        return document
    pieces, last = [], 0
    for ident, match in spans.items():  # in document order
        if ident not in keep:
            pieces.append(styles[last : match.start()])
            last = match.end()
    pieces.append(styles[last:])
    parts[_STYLES] = b"".join(pieces)
    result = io.BytesIO()
    with zipfile.ZipFile(result, "w", zipfile.ZIP_STORED) as archive:
        for member in members:
            info = zipfile.ZipInfo(member.filename, member.date_time)
            info.external_attr = member.external_attr
            archive.writestr(info, parts[member.filename])
    return result.getvalue()


_OfficeDied = BrokenPipeError
"""Raised inside :class:`OfficeProcess` when LibreOffice or its helper died between two
documents (caught there: the document is converted again by a fresh LibreOffice)."""


class OfficeProcess:
    """One running LibreOffice (through the UNO helper) for this process.

    Started on the first :meth:`convert`; restarted when it died or exceeded the time limit;
    :meth:`close` stops it (the helper's and LibreOffice's process groups) and removes its
    private folder. Thread-safe: conversions are serialised.
    """

    def __init__(self, python: str, soffice: str) -> None:
        self.python = python
        self.soffice = soffice
        self.pid = os.getpid()
        self._lock = threading.Lock()
        self._helper: subprocess.Popen[bytes] | None = None
        self._office_pgid: int | None = None
        self._folder: Path | None = None
        self._ready = False
        self._count = 0
        self._pending = b""  # what was read from the helper beyond its last whole message

    # -- life cycle
    def prestart(self) -> None:
        """Start LibreOffice now, without waiting for it (the next :meth:`convert` does), so
        that it boots while the caller prepares its first document."""
        with self._lock:
            if self._helper is None:
                self._launch()

    def _start(self) -> None:
        if self._helper is None:
            self._launch()
        self._await_ready()

    def _launch(self) -> None:
        cache = _profile_cache()
        folder = _private_dir()
        self._folder = folder
        self._pending = b""
        try:
            self._helper = subprocess.Popen(
                [self.python, str(_HELPER), self.soffice, str(folder), str(cache or "")],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                cwd=folder,
                start_new_session=True,
            )
        except OSError as exc:
            self._discard()
            raise ConverterUnavailableError(
                f"the LibreOffice helper ({self.python}) could not be started: "
                f"{exc.strerror or exc}"
            ) from None
        self._ready = False

    def _await_ready(self) -> None:
        if self._ready:
            return
        reply = self._read(STARTUP_TIMEOUT)
        if reply is None and self._helper is not None and self._exited_silently():
            reply = {"no_uno": True}  # this Python could not even run the helper
        if reply and reply.get("no_uno"):
            self._discard()
            raise _NoUno
        for _ in range(3):  # {"office_pgid": N} first (again if LibreOffice was restarted)
            if not reply or "ready" in reply:
                break
            pgid = reply.get("office_pgid")
            self._office_pgid = pgid if isinstance(pgid, int) else self._office_pgid
            reply = self._read(STARTUP_TIMEOUT)
        if not reply or not reply.get("ready"):
            self._discard()
            raise ConversionError(
                "LibreOffice did not start for the PDF conversion; try again (or set "
                "SOCIALWORK_UNO_PYTHON=none to start one LibreOffice per document)"
            )
        pgid = reply.get("office_pgid")
        if isinstance(pgid, int):
            self._office_pgid = pgid
        self._ready = True

    def _exited_silently(self) -> bool:
        """Whether the helper ended without a word (e.g. not a Python 3 that can run it)."""
        helper = self._helper
        assert helper is not None
        with contextlib.suppress(subprocess.TimeoutExpired):
            helper.wait(timeout=1)
        return helper.poll() is not None and not self._office_pgid

    def _read(self, timeout: float) -> dict[str, Any] | None:
        """The helper's next message, or ``None`` (time-out, end of output, not a message).

        Read from the pipe itself into this object's own buffer, never through the buffered
        file object: its ``readline`` may take two messages from the pipe at once (e.g.
        ``office_pgid`` and ``ready`` when LibreOffice starts quickly), and ``select`` on the
        pipe would then wait for the second one, which was already read."""
        helper = self._helper
        assert helper is not None and helper.stdout is not None
        stream: IO[bytes] = helper.stdout
        deadline = time.monotonic() + timeout
        while b"\n" not in self._pending:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([stream], [], [], max(0.0, left))
            if not ready:
                return None
            chunk = os.read(stream.fileno(), 65536)
            if not chunk:
                return None
            self._pending += chunk
        line, _, self._pending = self._pending.partition(b"\n")
        try:
            value = json.loads(line)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    def _discard(self) -> None:
        """Kill the helper and LibreOffice (both process groups), remove the folder."""
        helper, self._helper = self._helper, None
        _kill_group(self._office_pgid)  # first: a hung LibreOffice cannot hold the helper up
        self._office_pgid = None
        if helper is not None:
            for stream in (helper.stdin, helper.stdout):
                with contextlib.suppress(Exception):
                    if stream is not None:
                        stream.close()
            # asked: it kills a LibreOffice whose process group this process has not learnt
            # yet (still starting) and removes its folder; then killed, whatever it is doing
            with contextlib.suppress(Exception):
                helper.send_signal(signal.SIGTERM)
                helper.wait(timeout=TERM_GRACE)
            _kill_group(helper.pid)
        self._ready = False
        if helper is not None:
            with contextlib.suppress(Exception):
                helper.wait(timeout=5)
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def close(self) -> None:
        """Stop LibreOffice and remove the private folder (idempotent)."""
        with self._lock:
            self._discard()

    @property
    def running(self) -> bool:
        return self._helper is not None and self._helper.poll() is None

    # -- conversion
    def convert(self, document: bytes, *, timeout: float | None = None) -> bytes:
        limit = timeout if timeout is not None else _timeout()
        with self._lock:
            if not self.running:
                self._discard()
            self._start()
            try:
                return self._convert(document, limit)
            except _OfficeDied:  # it died since the last document
                self._discard()
            self._start()  # once more, with a fresh LibreOffice
            try:
                return self._convert(document, limit)
            except _OfficeDied:
                self._discard()
        # LibreOffice died on this document twice: convert it the cold way
        return docx_to_pdf_cold(document, timeout=limit)

    def _convert(self, document: bytes, limit: float) -> bytes:
        helper, folder = self._helper, self._folder
        assert helper is not None and helper.stdin is not None and folder is not None
        self._count += 1
        source = folder / f"document-{self._count}.docx"
        target = folder / f"document-{self._count}.pdf"
        try:
            _write_private(source, without_unused_styles(document))
            request = json.dumps({"in": str(source), "out": str(target)}) + "\n"
            try:
                helper.stdin.write(request.encode())
                helper.stdin.flush()
            except (BrokenPipeError, ConnectionError, ValueError):
                raise _OfficeDied from None
            started = time.monotonic()
            reply = self._read(limit)
            if reply is None:
                timed_out = time.monotonic() - started >= limit
                self._discard()  # killed: it cannot write the document anywhere later
                if timed_out:
                    raise ConversionError(
                        f"LibreOffice did not finish the PDF conversion within {limit:g} s; "
                        "try again, or raise SOCIALWORK_PDF_TIMEOUT"
                    )
                raise ConversionError(
                    "LibreOffice stopped during the PDF conversion; try again"
                )
            if reply.get("dead"):
                raise _OfficeDied
            if not reply.get("ok") or not target.is_file() or target.stat().st_size == 0:
                raise ConversionError(
                    "LibreOffice could not convert the document to PDF "
                    f"({reply.get('error', 'no output')}); open the .docx in LibreOffice to "
                    "see what it does not accept"
                )
            return target.read_bytes()
        except (KeyboardInterrupt, SystemExit):  # interrupted: LibreOffice may not go on
            self._discard()
            raise
        finally:
            for path in (source, target):
                with contextlib.suppress(OSError):
                    path.unlink()


_OFFICE: OfficeProcess | None = None
_OFFICE_LOCK = threading.Lock()
_NOTICE_SHOWN = False


def _office() -> OfficeProcess | None:
    """This process's running LibreOffice, or ``None`` when the UNO bridge is missing."""
    global _OFFICE, _NOTICE_SHOWN
    with _OFFICE_LOCK:
        soffice = find_soffice()
        if soffice is None:
            raise _missing()
        python = _uno_candidate()
        if _OFFICE is not None and _OFFICE.pid == os.getpid():
            if (_OFFICE.python, _OFFICE.soffice) == (python, soffice):
                return _OFFICE
            _OFFICE.close()  # the configuration changed: not that LibreOffice any more
            _OFFICE = None
        if python is None:
            if not _NOTICE_SHOWN and os.environ.get("SOCIALWORK_UNO_PYTHON", "") != "none":
                _NOTICE_SHOWN = True
                warnings.warn(
                    "PDF: starting one LibreOffice per document (slow); install the UNO "
                    "bridge (Debian: apt-get install python3-uno) to keep one running",
                    RuntimeWarning,
                    stacklevel=3,
                )
            return None
        _OFFICE = OfficeProcess(python, soffice)
        return _OFFICE


def prestart() -> None:
    """Start this process's running LibreOffice in the background (when the UNO bridge is
    installed), so the first PDF does not wait for all of its start-up."""
    try:
        office = _office()
    except ConverterUnavailableError:
        return
    if office is not None:
        office.prestart()


def shutdown() -> None:
    """Stop this process's running LibreOffice (also done at exit)."""
    office = _OFFICE
    if office is not None and office.pid == os.getpid():
        office.close()


def _after_fork_in_child() -> None:
    # a forked child must neither use nor keep open its parent's helper pipes (the helper
    # stops LibreOffice when its input closes)
    global _OFFICE
    office, _OFFICE = _OFFICE, None
    helper = office._helper if office is not None else None
    if helper is not None:
        for stream in (helper.stdin, helper.stdout):
            with contextlib.suppress(Exception):
                if stream is not None:
                    os.close(stream.fileno())


atexit.register(shutdown)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def docx_to_pdf(document: bytes, *, timeout: float | None = None) -> bytes:
    """Convert the bytes of a .docx into the bytes of a PDF with LibreOffice (a running
    one when the UNO bridge is installed, else one started for this document)."""
    while True:
        office = _office()
        if office is None or _has_comments(document):
            return docx_to_pdf_cold(document, timeout=timeout)
        try:
            return office.convert(document, timeout=timeout)
        except _NoUno:
            with _OFFICE_LOCK:
                _LACKING_UNO.add(office.python)  # the next candidate, or the cold way


def _has_comments(document: bytes) -> bool:
    """Whether the .docx has Word comments (a draft's notes for the worker). LibreOffice 7.4
    (Debian 12) crashes loading such a document through UNO, though ``--convert-to`` reads
    it fine, so those go the cold way. The member name is stored uncompressed in the zip."""
    return b"word/comments.xml" in document


