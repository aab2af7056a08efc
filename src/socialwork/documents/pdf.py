"""PDF output through LibreOffice headless (``soffice --headless --convert-to pdf``).

Registered as the ``pdf`` :class:`~socialwork.documents.spec.Converter`, exactly the way a
plugin registers a converter. Each conversion runs in a fresh temporary directory with its
own LibreOffice user profile (``-env:UserInstallation``), so conversions can run in parallel
and never touch the user's LibreOffice settings; a time limit stops a hung LibreOffice.

Environment variables: ``SOCIALWORK_SOFFICE`` — the LibreOffice program to use (default:
``soffice`` or ``libreoffice`` found on ``PATH``); ``SOCIALWORK_PDF_TIMEOUT`` — seconds
(default 120).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from socialwork.documents.errors import ConversionError, ConverterUnavailableError
from socialwork.documents.spec import Converter
from socialwork.errors import foreign_text

__all__ = ["PDF", "docx_to_pdf", "find_soffice"]

DEFAULT_TIMEOUT = 120.0
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


def docx_to_pdf(document: bytes, *, timeout: float | None = None) -> bytes:
    """Convert the bytes of a .docx into the bytes of a PDF with LibreOffice."""
    soffice = find_soffice()
    if soffice is None:
        raise ConverterUnavailableError(
            "PDF output needs LibreOffice, which is not installed (no `soffice` on PATH); "
            "install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or set "
            "SOCIALWORK_SOFFICE, or render to .docx"
        )
    limit = timeout if timeout is not None else _timeout()
    with tempfile.TemporaryDirectory(prefix="socialwork-pdf-") as work:
        folder = Path(work)
        source = folder / "document.docx"
        source.write_bytes(document)
        profile = (folder / "profile").as_uri()
        command = [
            soffice,
            f"-env:UserInstallation={profile}",
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
            completed = subprocess.run(
                command,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=limit,
                check=False,
                cwd=folder,
                env={**os.environ, "HOME": str(folder)},
            )
        except subprocess.TimeoutExpired:
            raise ConversionError(
                f"LibreOffice did not finish the PDF conversion within {limit:g} s; try "
                "again, or raise SOCIALWORK_PDF_TIMEOUT"
            ) from None
        except OSError as exc:
            raise ConverterUnavailableError(
                f"LibreOffice ({soffice}) could not be started: {exc.strerror or exc}"
            ) from None
        result = folder / "out" / "document.pdf"
        if completed.returncode != 0 or not result.is_file() or result.stat().st_size == 0:
            detail = (completed.stderr or completed.stdout or b"").decode("utf-8", "replace")
            detail = foreign_text(detail)  # LibreOffice's words: digit runs (a PESEL) masked
            raise ConversionError(
                f"LibreOffice could not convert the document to PDF (exit code "
                f"{completed.returncode}{': ' + detail if detail else ''})"
            )
        return result.read_bytes()


PDF = Converter(
    name="pdf",
    convert=docx_to_pdf,
    title="PDF (LibreOffice)",
    media_type="application/pdf",
    extension=".pdf",
)
"""The built-in PDF converter."""
