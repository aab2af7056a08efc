"""RFC 9457 problem details (``application/problem+json``) for every error the service
answers, built from socialwork's exceptions.

Every problem has ``type`` (a ``urn:socialwork:problem:<slug>`` listed in
``docs/service.md``), ``title``, ``status`` and ``detail``; input problems also
``errors: [{"path", "code", "message"}]``. Nothing here ever carries a stack trace, and a
run of 11 digits (a PESEL a client may have put into a URL) is masked in every text.
"""

from __future__ import annotations

import json
import re
from typing import Any

from socialwork.errors import (
    ConfigurationError,
    ConversionError,
    ConverterUnavailableError,
    InputError,
    ServiceProblem,
    SocialworkError,
    UnknownFormatError,
    UnknownParameterError,
    UnknownProfileError,
    UnknownTemplateError,
)

__all__ = ["MEDIA_TYPE", "Problem", "from_exception", "problem"]

MEDIA_TYPE = "application/problem+json"

_DIGITS = re.compile(r"[0-9]{11}")


def scrub(text: str) -> str:
    """``text`` with every run of 11 digits (a PESEL) masked."""
    return _DIGITS.sub("***********", text)


Problem = ServiceProblem
"""The exception the service's handlers raise (defined in :mod:`socialwork.errors`)."""


def problem_body(found: ServiceProblem) -> bytes:
    """The RFC 9457 ``application/problem+json`` body of ``found``, digit runs of a PESEL's
    length masked in every text."""
    data: dict[str, Any] = {
        "type": f"urn:socialwork:problem:{found.slug}",
        "title": found.title,
        "status": found.status,
        "detail": scrub(found.detail),
    }
    if found.errors is not None:
        data["errors"] = [
            {"path": scrub(e["path"]), "code": e["code"], "message": scrub(e["message"])}
            for e in found.errors
        ]
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def problem(
    status: int, slug: str, title: str, detail: str, errors: list[dict[str, str]] | None = None
) -> Problem:
    return Problem(status, slug, title, detail, errors)


_NOT_JSON = {"json.malformed", "json.encoding", "json.too_deep"}


def from_exception(exc: BaseException, *, body: bool = False) -> Problem:
    """The problem for ``exc``; ``body``: the error came from reading the request body."""
    if isinstance(exc, Problem):
        return exc
    if isinstance(exc, InputError):
        errors = exc.problem_dicts()
        codes = {e["code"] for e in errors}
        if body and codes and codes <= _NOT_JSON:
            return problem(400, "malformed-json", "Malformed JSON", exc.message, errors)
        if isinstance(exc, UnknownTemplateError):
            return problem(404, "unknown-template", "Unknown template", exc.message)
        if isinstance(exc, UnknownProfileError):
            return problem(404, "unknown-profile", "Unknown profile", exc.message)
        if isinstance(exc, UnknownParameterError):
            return problem(404, "unknown-figure", "Unknown legal figure", exc.message)
        if isinstance(exc, UnknownFormatError):
            return problem(
                400,
                "invalid-parameter",
                "Invalid query parameter",
                exc.message,
                [{"path": "?format", "code": "enum.unknown", "message": exc.message}],
            )
        if not body and codes == {"model.unknown"}:
            return problem(404, "unknown-model", "Unknown model type", exc.message, errors)
        return problem(422, "invalid-input", "Unprocessable input", exc.message, errors)
    if isinstance(exc, ConverterUnavailableError):
        return problem(503, "converter-unavailable", "Converter unavailable", exc.message)
    if isinstance(exc, ConversionError):
        return problem(502, "conversion-failed", "Conversion failed", exc.message)
    if isinstance(exc, ConfigurationError):
        return problem(500, "configuration-error", "Configuration error", exc.message)
    if isinstance(exc, SocialworkError):
        return problem(500, "error", "Error", exc.message)
    return problem(
        500,
        "internal-error",
        "Internal error",
        f"an unexpected {type(exc).__name__}; the server log has its type, nothing else",
    )
