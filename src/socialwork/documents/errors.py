"""Errors of the documents engine, re-exported from :mod:`socialwork.errors`.

Bad input (an unknown template or format, a case of the wrong model, missing data, an
existing output file) is an :class:`~socialwork.errors.InputError`; a broken template file
or a converter that is missing or fails is a :class:`~socialwork.errors.ConfigurationError`.
Every one is a :class:`DocumentError`. Messages name the template and the variable (never a
value, so no personal data leaks into logs).
"""

from __future__ import annotations

from socialwork.errors import (
    ConversionError,
    ConverterUnavailableError,
    DocumentError,
    MissingDataError,
    OutputError,
    OutputExistsError,
    TemplateDefinitionError,
    UnknownFormatError,
    UnknownTemplateError,
    UnsupportedFeatureError,
    ValueFormatError,
    WrongModelError,
)

__all__ = [
    "ConversionError",
    "ConverterUnavailableError",
    "DocumentError",
    "MissingDataError",
    "OutputError",
    "OutputExistsError",
    "TemplateDefinitionError",
    "UnknownFormatError",
    "UnknownTemplateError",
    "UnsupportedFeatureError",
    "ValueFormatError",
    "WrongModelError",
]
