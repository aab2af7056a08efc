"""Every exception class of socialwork, on one page.

Two branches under :class:`SocialworkError`, so a host can tell *who* has to act:

* :class:`InputError` — the input is unusable (a malformed JSON case, an impossible date, a
  bad PESEL, an unknown template name, a case of the wrong model, data a template needs but the
  case lacks…). The caller fixes the input. The CLI exits with code 2.
* :class:`ConfigurationError` — the installation is not usable as configured: a plugin's
  registration clashes with another one, a template file is broken, a legal-figures file is
  malformed, an output converter's program (LibreOffice for PDF) is missing or failed. An
  administrator fixes the installation; the same input would work elsewhere. The CLI exits
  with code 3.

Messages name *what* is wrong, *where* (a JSON path such as
``$.family.members[2].person.pesel``) and *how to fix it*. They never contain a PESEL or
other sensitive personal data.

The classes are re-exported where they were first defined (``socialwork.documents``,
``socialwork.model``, ``socialwork.plugins``, ``socialwork.law``…), so either import works.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

import socialwork.attrscode as attrscode

attrscode.install()  # before the first attrs class of socialwork: see socialwork.attrscode

import attrs  # noqa: E402

__all__ = [
    "GENERIC_CODE",
    "CommandError",
    "ConfigurationError",
    "ConversionError",
    "ConverterUnavailableError",
    "DateOutOfRangeError",
    "DocumentError",
    "FieldError",
    "FormatError",
    "HookTimeout",
    "InputError",
    "LegalBasisError",
    "MissingDataError",
    "ModelError",
    "OutputError",
    "OutputExistsError",
    "ParameterFileError",
    "PluginWarning",
    "Problem",
    "RegistrationError",
    "ServiceProblem",
    "SocialworkError",
    "TemplateDefinitionError",
    "TransitionError",
    "UnknownFormatError",
    "UnknownParameterError",
    "UnknownProfileError",
    "UnknownTemplateError",
    "UnsupportedFeatureError",
    "ValueFormatError",
    "WrongModelError",
    "foreign_text",
    "mask_digit_runs",
]


GENERIC_CODE = "value.invalid"
"""The code of a problem no more specific code describes (see ``docs/errors.md``)."""


@attrs.frozen
class Problem:
    """One problem found in an input: where (a JSON path, ``$`` is the root), what (an
    English message for developers) and a stable machine-readable ``code`` such as
    ``pesel.checksum``, ``date.order`` or ``key.unknown`` (the list: ``docs/errors.md``).

    The message never contains the offending value (no PESEL, no health detail).
    """

    path: str
    message: str
    code: str = GENERIC_CODE

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def to_dict(self) -> dict[str, str]:
        """``{"path", "code", "message"}``: the JSON form (CLI ``--json``, HTTP problems)."""
        return {"path": self.path, "code": self.code, "message": self.message}


class SocialworkError(Exception):
    """Base of every error socialwork raises on purpose: a message and *every* problem found,
    each with its path.

    ``str(error)`` is a single line suitable for a command-line error message.
    """

    def __init__(self, message: str, problems: Iterable[Problem] = ()) -> None:
        self.message = message
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(self.__str__())

    def __str__(self) -> str:
        if not self.problems:
            return self.message
        listed = "; ".join(str(p) for p in self.problems)
        return f"{self.message}: {listed}"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keep the error picklable (render-batch sends errors between processes).
        return (type(self), (self.message, self.problems))

    def problem_dicts(self) -> list[dict[str, str]]:
        """Every problem as ``{"path", "code", "message"}``; an error without listed
        problems gives one problem at ``$`` with its message."""
        if self.problems:
            return [p.to_dict() for p in self.problems]
        return [Problem("$", self.message, getattr(self, "code", GENERIC_CODE)).to_dict()]


# =========================================================================== input errors


class InputError(SocialworkError, ValueError):
    """Bad input: lists *every* problem found, each with its JSON path. CLI exit code 2."""


class FieldError(InputError):
    """One field of a model object breaks a structural invariant.

    ``message`` is the bare description (no field name, no value); ``field`` is the field name.
    """

    def __init__(
        self, field: str, message: str, owner: str | None = None, code: str = GENERIC_CODE
    ) -> None:
        self.field = field
        self.detail = message
        self.owner = owner
        self.code = code
        super().__init__(
            f"invalid {owner or 'value'}", (Problem(f"$.{field}", message, code),)
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.field, self.detail, self.owner, self.code))


class ModelError(InputError):
    """A model object breaks one or more invariants that involve several fields.

    Every problem is listed; paths are relative to the object (``$`` is the object itself).
    """


class TransitionError(ModelError):
    """A status change that the state machine does not allow."""


class LegalBasisError(InputError):
    """A legal citation that cannot be built or parsed."""


class UnknownParameterError(InputError):
    """No legal figure of that name (a typo, or a local figure no plugin registers)."""


class UnknownProfileError(InputError):
    """No per-gmina profile of that name (``profile=``, ``--profile``, ``?profile=``)."""


class DateOutOfRangeError(InputError):
    """A legal figure was asked for a date it does not cover (before the Act, or before the
    figure existed)."""


class DocumentError(SocialworkError):
    """Base class of every error raised while rendering or converting a document (each one
    is also an :class:`InputError` or a :class:`ConfigurationError`)."""


class UnknownTemplateError(DocumentError, InputError):
    """No template is registered under the requested name."""


class WrongModelError(DocumentError, InputError):
    """The object handed to a template is not of the model the template is written for."""


class MissingDataError(DocumentError, InputError):
    """A template uses a value the case does not have (undefined or empty).

    ``template`` and ``variable`` name what is missing; the message says how to fix it.
    """

    def __init__(self, message: str, *, template: str = "", variable: str = "") -> None:
        self.template = template
        self.variable = variable
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_missing, (self.message, self.template, self.variable))


def _rebuild_missing(message: str, template: str, variable: str) -> MissingDataError:
    return MissingDataError(message, template=template, variable=variable)


class ValueFormatError(DocumentError, InputError):
    """A value of the case cannot be printed the way the template asks (e.g. a float where
    an amount of money is expected); the message names the template and the expression."""


class UnknownFormatError(DocumentError, InputError):
    """No converter is registered for the requested output format."""


class OutputExistsError(DocumentError, InputError):
    """The output file exists and overwriting was not allowed (use ``--force``)."""


class UnsupportedFeatureError(DocumentError, InputError):
    """A template or its context uses a docxtpl feature socialwork cannot render the way
    docxtpl does (a ``Subdoc`` merged from another file, ``replace_pic`` and the rest of the
    ``replace_*`` family, a ``RichText`` hyperlink without its ``DocxTemplate``…): refused
    rather than written as a document with dangling relationships or missing media. The
    message names the feature and says what to do instead."""


class OutputError(DocumentError, InputError):
    """An output cannot be written where it was asked for: a part of the path is a file, the
    folder is read-only, the disk is full, the name is too long, standard output is closed,
    or the target is not a regular file (a symlink, FIFO or device is never replaced). The
    message names the path and how to fix it; nothing partial is left behind."""


class FormatError(TypeError):
    """A Polish formatting helper got a value it cannot format (e.g. a float as money)."""


# =================================================================== configuration errors


class ConfigurationError(SocialworkError, RuntimeError):
    """The installation, not the input, is at fault: a plugin, a template file, a data file
    or an external program. CLI exit code 3."""


class RegistrationError(ConfigurationError):
    """A registration the host cannot accept: two plugins (or one plugin twice) registered
    the same name, or a plugin registered an object of the wrong type or without a name.

    A name clash names the kind, the name and *both* distributions; fix it by uninstalling
    one plugin or by limiting the loaded ones with ``SOCIALWORK_PLUGINS``.
    """


class ParameterFileError(ConfigurationError):
    """A legal-figures file (the core's, a plugin's or a profile's TOML) is malformed; every
    problem is listed as ``file:$.key``."""


class TemplateDefinitionError(DocumentError, ConfigurationError):
    """The .docx template itself is broken or missing: not a .docx, bad Jinja syntax,
    malformed XML, a file that does not exist."""


class ConverterUnavailableError(DocumentError, ConfigurationError):
    """The converter's external program (e.g. LibreOffice for PDF) is not installed."""


class ConversionError(DocumentError, ConfigurationError):
    """The converter ran but did not produce a document (crash, timeout, empty output)."""


class HookTimeout(Exception):
    """A plugin hook did not return within its time budget (``SOCIALWORK_HOOK_TIMEOUT``).

    Internal to the plugin host: it is reported as a plugin fault naming the plugin and never
    reaches a caller of socialwork."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"did not return within {seconds:g} s")
        self.seconds = seconds

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.seconds,))


class CommandError(Exception):
    """A failure the ``socialwork`` command reports as one line on stderr with its exit code
    (default 2); raised by :mod:`socialwork.cli` only."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


# ================================================================== text from elsewhere

@functools.cache
def _digit_run_re() -> re.Pattern[str]:
    return re.compile(r"[0-9]{6,}")


def mask_digit_runs(text: str) -> str:
    """``text`` with every run of 6 or more digits replaced by as many ``*`` — a PESEL, its
    birth-date part, a phone or an account number never shows through."""
    return _digit_run_re().sub(lambda m: "*" * len(m.group()), text)


def foreign_text(text: str, limit: int = 300) -> str:
    """A message socialwork did not write (a plugin's exception, a program's stderr) made fit
    to repeat: one line, at most ``limit`` characters, digit runs masked."""
    line = mask_digit_runs(" ".join(str(text).split()))
    return line if len(line) <= limit else line[: limit - 3] + "..."


# ================================================================================ warnings


class PluginWarning(UserWarning):
    """A plugin was skipped or one of its hooks failed; the host carried on without it."""


class ServiceProblem(Exception):
    """Internal to ``socialwork serve``: the RFC 9457 problem a request is answered with —
    its HTTP status, slug (``urn:socialwork:problem:<slug>``), title, detail and, for input
    problems, ``errors`` (``path``, ``code``, ``message``)."""

    def __init__(
        self,
        status: int,
        slug: str,
        title: str,
        detail: str,
        errors: list[dict[str, str]] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.slug = slug
        self.title = title
        self.detail = detail
        self.errors = errors
