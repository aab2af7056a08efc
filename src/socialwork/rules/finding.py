"""What a rule reports: :class:`Finding`, and the :class:`Report` of a whole validation."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, get_args

import attrs

Severity = Literal["error", "warning"]
SEVERITIES: tuple[str, ...] = get_args(Severity)


def _check_severity(_instance: Any, _attribute: Any, value: Any) -> None:
    if value not in SEVERITIES:
        raise ValueError(f"severity must be one of {SEVERITIES}, got {value!r}")


@attrs.frozen
class Finding:
    """One legal or formal problem found in a case.

    ``message`` is Polish and names concretely what is wrong; it never contains a PESEL or
    health / violence details. ``legal_basis`` is the rendered citation (e.g.
    ``"art. 106 ust. 4 ustawy o pomocy społecznej"``); ``path`` is a JSON path into the
    validated object (``$`` is the object itself, e.g. ``$.actions[2].due``).
    """

    code: str
    severity: Severity = attrs.field(validator=_check_severity)
    message: str
    legal_basis: str
    path: str = "$"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def to_dict(self) -> dict[str, str]:
        return {
            "code": self.code,
            "severity": self.severity,
            "path": self.path,
            "message": self.message,
            "legal_basis": self.legal_basis,
        }

    def __str__(self) -> str:
        label = "błąd" if self.is_error else "ostrzeżenie"
        basis = f" [{self.legal_basis}]" if self.legal_basis else ""
        return f"{self.code} {label} {self.path}: {self.message}{basis}"


def _findings(items: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(items)


@attrs.frozen
class Report:
    """The result of :func:`socialwork.rules.validate`: *all* findings, in a stable order
    (objects in document order, then rules in registry order)."""

    findings: tuple[Finding, ...] = attrs.field(default=(), converter=_findings)
    on: Any = None
    """The date the case was validated as of (``datetime.date``)."""

    @property
    def ok(self) -> bool:
        """True when no finding is an error (warnings do not make a case invalid)."""
        return not any(f.is_error for f in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.is_error)

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of the findings, in order (a code repeats for each place it was found)."""
        return tuple(f.code for f in self.findings)

    def by_code(self, code: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.code == code)

    def __len__(self) -> int:
        return len(self.findings)

    def __bool__(self) -> bool:  # a Report is a result, not a truth value: use ``.ok``
        return True

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``ok``, ``on`` (ISO date), counts and the findings list."""
        return {
            "ok": self.ok,
            "on": self.on.isoformat() if self.on is not None else None,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "findings": [f.to_dict() for f in self.findings],
        }
