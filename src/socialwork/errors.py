"""Errors raised by socialwork.

Every error caused by bad input (a malformed JSON case, an impossible date, a bad PESEL,
an unknown template, a date outside the period a legal figure covers…) derives from
:class:`InputError`, so a host application needs one ``except`` clause for all of them.

Messages name *what* is wrong, *where* (a JSON path such as
``$.family.members[2].person.pesel``) and *how to fix it*. They never contain a PESEL or
other sensitive personal data.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = ["InputError", "Problem"]


@attrs.frozen
class Problem:
    """One problem found in an input: where (a JSON path, ``$`` is the root) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class InputError(ValueError):
    """Bad input: lists *every* problem found, each with its JSON path.

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

    def __reduce__(self) -> tuple[type[InputError], tuple[str, tuple[Problem, ...]]]:
        # Keep the error picklable (render-batch sends errors between processes).
        return (type(self), (self.message, self.problems))
