"""PDF through LibreOffice (skipped, with the reason shown, when soffice is not installed)."""

from __future__ import annotations

import pytest

import socialwork.documents as documents
from socialwork.documents import ConverterUnavailableError, get_template
from socialwork.documents.converters import PDF
from socialwork.documents.pdf import docx_to_pdf, find_soffice
from socialwork.plugins import get_registry

from .cases import referral

needs_soffice = pytest.mark.skipif(
    find_soffice() is None,
    reason="LibreOffice (soffice) is not installed: PDF conversion not tested "
    "(Debian: apt-get install libreoffice-writer-nogui)",
)


def test_pdf_converter_is_registered_like_a_plugin_one() -> None:
    table = get_registry().converters
    assert table["pdf"] is PDF
    assert table.owner("pdf") == "socialwork"
    assert PDF.extension == ".pdf" and PDF.media_type == "application/pdf"


def test_missing_soffice_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOCIALWORK_SOFFICE", "/nonexistent/soffice")
    with pytest.raises(ConverterUnavailableError) as caught:
        docx_to_pdf(b"PK")
    assert "LibreOffice" in str(caught.value) and "apt-get" in str(caught.value)


@pytest.mark.pdf
@needs_soffice
def test_render_to_pdf() -> None:
    pypdf = pytest.importorskip("pypdf")
    import io

    pdf = documents.render(get_template("skierowanie"), referral(), fmt="pdf")
    assert pdf.startswith(b"%PDF")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Jan Kowalski" in " ".join(text.split())
    assert "Strona 1 z" in text.replace("\xa0", " ")
    mediabox = reader.pages[0].mediabox
    assert abs(float(mediabox.width) - 595) < 2 and abs(float(mediabox.height) - 842) < 2  # A4
