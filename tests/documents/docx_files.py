"""Small .docx templates for the documents tests, built with python-docx."""

from __future__ import annotations

import io

import docx


def docx_bytes(*paragraphs: str, header: str | None = None) -> bytes:
    """A .docx whose body has one paragraph per string (and optionally a header line)."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if header is not None:
        document.sections[0].header.paragraphs[0].text = header
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
