"""The core's output formats, declared without loading what converts them.

Every command builds the plugin registry, and the registry holds the core's converters; the
``pdf`` converter's machinery (:mod:`socialwork.documents.pdf`: LibreOffice, its helper,
subprocesses, temporary folders) is imported only when a document is first converted.
"""

from __future__ import annotations

from socialwork.documents.spec import Converter

__all__ = ["PDF", "docx_to_pdf"]


def docx_to_pdf(document: bytes, *, timeout: float | None = None) -> bytes:
    """Convert the bytes of a .docx into the bytes of a PDF with LibreOffice
    (:func:`socialwork.documents.pdf.docx_to_pdf`, imported on the first call)."""
    from socialwork.documents import pdf

    return pdf.docx_to_pdf(document, timeout=timeout)


PDF = Converter(
    name="pdf",
    convert=docx_to_pdf,
    title="PDF (LibreOffice)",
    media_type="application/pdf",
    extension=".pdf",
)
"""The built-in PDF converter."""
