"""Template-authoring toolkit: build .docx templates from Python code.

Development tool (needs python-docx, which docxtpl already depends on); rendering never
imports it. ``python -m socialwork.documents.authoring`` rebuilds the built-in templates from
``socialwork/documents/templates_src/`` and lints them. See ``docs/templates.md``.
"""

from socialwork.documents.authoring.builder import (
    DRAFT_MARKER,
    FONT,
    ROW_ENDIF,
    DocumentBuilder,
    Run,
    row_if,
)

__all__ = ["DRAFT_MARKER", "FONT", "ROW_ENDIF", "DocumentBuilder", "Run", "row_if"]
