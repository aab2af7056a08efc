"""Template-authoring toolkit: build .docx templates from Python code.

The vendor-facing toolkit a plugin uses to write its templates (and the project uses for the
built-in ones, from the build scripts in ``tools/templates_src/``). It needs python-docx,
which comes with the optional extra ``authoring``::

    pip install socialwork[authoring]

Rendering never imports this package. See ``docs/templates.md``.
"""

try:
    import docx  # noqa: F401  (python-docx; checked here so the error says what to install)
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "socialwork.authoring needs python-docx, which is not installed: "
        "pip install socialwork[authoring]"
    ) from error

from socialwork.authoring.builder import (
    DRAFT_MARKER,
    FONT,
    ROW_ENDIF,
    DocumentBuilder,
    Run,
    note_tag,
    row_if,
)

__all__ = ["DRAFT_MARKER", "FONT", "ROW_ENDIF", "DocumentBuilder", "Run", "note_tag", "row_if"]
