"""Document drafts from .docx templates (placeholder until the documents engine lands)."""

from typing import Any

BUILTIN_TEMPLATES: tuple[Any, ...] = ()
BUILTIN_CONVERTERS: tuple[Any, ...] = ()
