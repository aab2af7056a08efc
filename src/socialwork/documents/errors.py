"""Errors of the documents engine; every one of them is an :class:`~socialwork.errors.InputError`.

A host application catches ``InputError`` once; these subclasses let it tell the cases apart.
Messages name the template and the variable (never a value, so no personal data leaks into
logs).
"""

from __future__ import annotations

from socialwork.errors import InputError

__all__ = [
    "ConversionError",
    "ConverterUnavailableError",
    "DocumentError",
    "MissingDataError",
    "OutputExistsError",
    "TemplateDefinitionError",
    "UnknownFormatError",
    "UnknownTemplateError",
    "WrongModelError",
]


class DocumentError(InputError):
    """Base class of every error raised while rendering or converting a document."""


class UnknownTemplateError(DocumentError):
    """No template is registered under the requested name."""


class WrongModelError(DocumentError):
    """The object handed to a template is not of the model the template is written for."""


class MissingDataError(DocumentError):
    """A template uses a value the case does not have (undefined or empty).

    ``template`` and ``variable`` name what is missing; the message says how to fix it.
    """

    def __init__(self, message: str, *, template: str = "", variable: str = "") -> None:
        self.template = template
        self.variable = variable
        super().__init__(message)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (_rebuild_missing, (self.message, self.template, self.variable))


def _rebuild_missing(message: str, template: str, variable: str) -> MissingDataError:
    return MissingDataError(message, template=template, variable=variable)


class TemplateDefinitionError(DocumentError):
    """The .docx template itself is broken: not a .docx, bad Jinja syntax, malformed XML."""


class UnknownFormatError(DocumentError):
    """No converter is registered for the requested output format."""


class ConverterUnavailableError(DocumentError):
    """The converter's external program (e.g. LibreOffice for PDF) is not installed."""


class ConversionError(DocumentError):
    """The converter ran but did not produce a document (crash, timeout, empty output)."""


class OutputExistsError(DocumentError):
    """The output file exists and overwriting was not allowed (use ``--force``)."""
