"""How plugin faults are reported: a :class:`PluginWarning` on stderr naming the distribution.

A faulty plugin never crashes the host. Each fault (a plugin that fails to import, a
misspelled or malformed hook, an exception inside a hook) is

* emitted once as a :class:`PluginWarning` through :mod:`warnings`, so a host can turn it
  into an error (``-W error::...PluginWarning``) or silence it with the usual warning
  filters; the ``socialwork`` command shows it as one clean line
  (``socialwork: plugin 'acme' in register_rules: …``) through
  :func:`install_warning_format`, which a host may call too — importing socialwork changes
  no global state; and
* recorded as a :class:`Fault` on the registry, which ``socialwork plugins`` lists.

Faults raised inside lifecycle hooks (which see case data) are reported by exception type
and source location only: an exception message may quote personal data.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterator

import attrs

from socialwork.errors import PluginWarning, foreign_text

_HOST_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


@attrs.frozen
class Fault:
    """One reported problem with a plugin: who (distribution name), where (hook) and what."""

    plugin: str
    hook: str
    message: str

    def __str__(self) -> str:
        where = f" in {self.hook}" if self.hook else ""
        return f"plugin {self.plugin!r}{where}: {self.message}"


def describe_exception(exc: BaseException, *, with_message: bool = True) -> str:
    """``"ValueError: message (at pkg/module.py:42)"``; the message is left out when it may
    contain personal data (``with_message=False``)."""
    import traceback  # only when a plugin fails

    kind = type(exc).__qualname__
    # A foreign message: one line, capped, digit runs (a PESEL) masked
    text = foreign_text(str(exc)) if with_message else ""
    every = list(traceback.extract_tb(exc.__traceback__))
    # Point at the plugin's code, not at the host's register() that raised for it.
    frames = [f for f in every if not f.filename.startswith(_HOST_DIR)] or every
    where = ""
    if isinstance(exc, SyntaxError) and exc.filename:
        parts = exc.filename.replace("\\", "/").split("/")
        return f"{kind}: {foreign_text(str(exc.msg))} (at {'/'.join(parts[-2:])}:{exc.lineno})"
    if frames:
        last = frames[-1]
        filename = last.filename.replace("\\", "/")
        parts = filename.split("/")
        where = f" (at {'/'.join(parts[-2:])}:{last.lineno})"
    return f"{kind}: {text}{where}" if text else f"{kind}{where}"


class FaultLog:
    """The faults of one registry; each distinct fault is warned about once."""

    def __init__(self) -> None:
        self._faults: dict[Fault, int] = {}

    def report(self, plugin: str, hook: str, message: str) -> Fault:
        fault = Fault(plugin, hook, message)
        seen = self._faults.get(fault, 0)
        self._faults[fault] = seen + 1
        if not seen:
            emit(str(fault))
        return fault

    def count(self, fault: Fault) -> int:
        """How many times ``fault`` happened (bulk renders repeat lifecycle faults)."""
        return self._faults.get(fault, 0)

    def __iter__(self) -> Iterator[Fault]:
        return iter(tuple(self._faults))

    def __len__(self) -> int:
        return len(self._faults)

    def for_plugin(self, plugin: str) -> tuple[Fault, ...]:
        return tuple(f for f in self._faults if f.plugin == plugin)


def emit(message: str) -> None:
    """Show ``message`` as one :class:`PluginWarning` line on stderr:
    ``socialwork: plugin 'acme' ...`` (no file, line number or category)."""
    warnings.warn_explicit(
        message,
        PluginWarning,
        filename="socialwork plugins",
        lineno=0,
        module="socialwork.plugins",
        registry={},
    )


_Formatter = Callable[..., str]


def format_plugin_warning(formatter: _Formatter) -> _Formatter:
    """Wrap a :func:`warnings.formatwarning` so a :class:`PluginWarning` prints as
    ``socialwork: <message>``; every other warning is formatted by ``formatter``."""

    def formatwarning(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        line: str | None = None,
    ) -> str:
        if isinstance(category, type) and issubclass(category, PluginWarning):
            return f"socialwork: {' '.join(str(message).split())}\n"
        return formatter(message, category, filename, lineno, line)

    formatwarning.__wrapped__ = formatter  # type: ignore[attr-defined]
    formatwarning._socialwork_plugin_format = True  # type: ignore[attr-defined]
    return formatwarning


def install_warning_format() -> None:
    """Make :mod:`warnings` print a :class:`PluginWarning` as one clean line (idempotent).

    Only the *display* changes: filters, ``-W error::…PluginWarning``,
    :func:`warnings.catch_warnings` and ``pytest.warns`` see the warning as before.
    """
    if not getattr(warnings.formatwarning, "_socialwork_plugin_format", False):
        warnings.formatwarning = format_plugin_warning(warnings.formatwarning)

