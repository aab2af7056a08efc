"""A validation rule: code, Polish title, severity, legal basis, the model it applies to and a
check. Define rules with the :func:`rule` decorator::

    @rule("ACME-001", "Kontrakt bez numeru sprawy", applies_to="social_contract",
          legal_basis="§ 3 regulaminu ośrodka")
    def _no_case_number(contract, ctx):
        if not contract.case_number:
            yield Violation("Kontrakt nie ma numeru sprawy.", path="$.case_number")

A check is called as ``check(obj, ctx)`` and returns (or yields) problems: a
:class:`Violation`, a plain ``str`` (a message about the object as a whole) or a
``(path, message)`` pair. Paths are relative to ``obj`` (``$`` is ``obj`` itself); the
engine turns them into paths inside the validated root and fills in the rule's code,
severity and legal basis.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import attrs

from socialwork.plugins.kinds import declare
from socialwork.rules.finding import Severity, _check_severity

T = TypeVar("T")

CODE_PATTERN = re.compile(r"[A-Z][A-Z0-9]*(?:[-_.][A-Z0-9]+)+\Z")
"""Rule codes: upper-case words joined by ``-`` (``SW-DEC-001``, ``ACME-RENT-2``)."""

Target = type | str
AppliesTo = Target | tuple[Target, ...]
Check = Callable[[Any, "RuleContext"], "Iterable[Any] | None"]


@attrs.frozen
class Violation:
    """One problem reported by a check; the engine makes a :class:`Finding` out of it.

    ``legal_basis`` / ``severity`` override the rule's own (e.g. one rule checking each
    element of art. 107 § 1 KPA cites the exact punkt).
    """

    message: str
    path: str = "$"
    legal_basis: Any = None
    severity: Severity | None = None


def _check_code(_instance: Any, _attribute: Any, value: Any) -> None:
    if not isinstance(value, str) or not CODE_PATTERN.match(value):
        raise ValueError(
            f"rule code {value!r} is malformed: use upper-case words joined by '-', "
            "e.g. 'SW-DEC-001' or 'ACME-RENT-2'"
        )


def _check_applies_to(_instance: Any, _attribute: Any, value: Any) -> None:
    targets = value if isinstance(value, tuple) else (value,)
    if not targets or not all(isinstance(t, (type, str)) and t for t in targets):
        raise ValueError(
            "applies_to must be a model class, a model tag (e.g. 'decision') or a tuple of them"
        )


@attrs.frozen
class Rule:
    """A validation rule (registered in ``socialwork.plugins.get_registry().rules``).

    * ``code`` – stable identifier, upper-case words joined by ``-``; core rules use
      ``SW-<AREA>-<NNN>`` (see ``docs/rules.md``), plugins should use their own prefix;
    * ``title`` – Polish, what the rule requires;
    * ``severity`` – ``"error"`` (the case breaks the law) or ``"warning"`` (to check);
    * ``legal_basis`` – a :class:`socialwork.law.citations.LegalBasis` (or a rendered
      string for local rules);
    * ``applies_to`` – a model class, a model tag (``"decision"``) or a tuple of them;
    * ``check`` – ``check(obj, ctx) -> Iterable[Violation | str | (path, message)]``;
    * ``verified`` – False when the legal basis is marked UNVERIFIED in the sources.
    """

    code: str = attrs.field(validator=_check_code)
    title: str
    severity: Severity = attrs.field(validator=_check_severity)
    legal_basis: Any
    applies_to: AppliesTo = attrs.field(validator=_check_applies_to)
    check: Check = attrs.field(repr=False)
    verified: bool = True
    note: str = ""

    @property
    def targets(self) -> tuple[Target, ...]:
        return self.applies_to if isinstance(self.applies_to, tuple) else (self.applies_to,)


def rule(
    code: str,
    title: str,
    *,
    applies_to: AppliesTo,
    legal_basis: Any,
    severity: Severity = "error",
    verified: bool = True,
    note: str = "",
) -> Callable[[Check], Rule]:
    """Decorator: turn a check function into a :class:`Rule` (the decorated name is the Rule)."""

    def wrap(check: Check) -> Rule:
        return Rule(
            code=code,
            title=title,
            severity=severity,
            legal_basis=legal_basis,
            applies_to=applies_to,
            check=check,
            verified=verified,
            note=note or (check.__doc__ or "").strip(),
        )

    return wrap


@attrs.frozen
class Node:
    """A model object found inside the validated root, with its path and ancestors."""

    path: str
    obj: Any
    ancestors: tuple[Any, ...] = ()


@attrs.frozen
class RuleContext:
    """What a check gets besides the object.

    * ``on`` – the date the case is validated as of;
    * ``path`` – the JSON path of the object inside the validated root;
    * ``root`` – the object :func:`~socialwork.rules.validate` was called with;
    * ``ancestors`` – the objects containing this one, outermost first;
    * ``related`` – further objects the caller passed (``validate(obj, related=[...])``),
      e.g. the interview a decision was based on when it is stored separately.
    """

    on: dt.date
    path: str = "$"
    root: Any = None
    ancestors: tuple[Any, ...] = ()
    related: tuple[Any, ...] = ()
    nodes: tuple[Node, ...] = attrs.field(default=(), repr=False)

    def nearest(self, kind: type[T]) -> T | None:
        """The closest enclosing object of class ``kind`` (or None)."""
        for obj in reversed(self.ancestors):
            if isinstance(obj, kind):
                return obj
        return None

    def each(self, kind: type[T]) -> Iterator[tuple[str, T]]:
        """Every ``kind`` object in the validated root (with its path) and in ``related``
        (path ``related[i]…``)."""
        for node in self.nodes:
            if isinstance(node.obj, kind):
                yield node.path, node.obj

    def objects(self, kind: type[T]) -> list[T]:
        """Every ``kind`` object in the validated root and in ``related``."""
        return [obj for _, obj in self.each(kind)]


declare("rules", Rule, public_name="socialwork.rules.Rule")
