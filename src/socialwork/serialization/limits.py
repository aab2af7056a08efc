"""Reading a case from a file or standard input, within a size limit.

A case is read only from a regular file (or standard input): a folder, a FIFO, a device
(``/dev/zero``) or a socket is refused before anything is read, and so is a file larger than
the limit — one :class:`~socialwork.errors.InputError` line, never a ``MemoryError``.

The limit is :data:`DEFAULT_MAX_INPUT_BYTES` (64 MiB; the largest built-in example case is
under 20 kB); set the environment variable ``SOCIALWORK_MAX_INPUT_BYTES`` to a number of bytes
to change it (e.g. ``SOCIALWORK_MAX_INPUT_BYTES=268435456`` for 256 MiB). It applies to every
JSON case the ``socialwork`` command reads: a file, standard input or one line of a JSON Lines
file.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Mapping
from pathlib import Path

from socialwork.errors import ConfigurationError, InputError

__all__ = ["DEFAULT_MAX_INPUT_BYTES", "ENV_VAR", "max_input_bytes", "read_input"]

ENV_VAR = "SOCIALWORK_MAX_INPUT_BYTES"
DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024
"""64 MiB."""


def max_input_bytes(environ: Mapping[str, str] | None = None) -> int:
    """The size limit of one input in bytes: ``SOCIALWORK_MAX_INPUT_BYTES`` if set (a whole
    number >= 1), else :data:`DEFAULT_MAX_INPUT_BYTES`. A malformed value is a
    :class:`~socialwork.errors.ConfigurationError` naming the variable."""
    env = os.environ if environ is None else environ
    raw = env.get(ENV_VAR, "").strip()
    if not raw:
        return DEFAULT_MAX_INPUT_BYTES
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        value = 0
    if value < 1:
        raise ConfigurationError(
            f"{ENV_VAR}={raw!r} is not a number of bytes; set it to a whole number >= 1 "
            f"(e.g. {DEFAULT_MAX_INPUT_BYTES} for 64 MiB) or unset it"
        )
    return value


def _size(limit: int) -> str:
    if limit % (1024 * 1024) == 0:
        return f"{limit // (1024 * 1024)} MiB"
    return f"{limit} bytes"


def too_large(where: str, limit: int) -> InputError:
    """The error for an input over ``limit`` bytes."""
    return InputError(
        f"{where} is larger than the input limit of {_size(limit)}; a case is far smaller — "
        f"check the file, or raise the limit with {ENV_VAR}=<bytes>"
    )


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_input(name: str | Path, *, limit: int | None = None) -> bytes:
    """The bytes of the file ``name`` (``"-"``: standard input), at most ``limit`` bytes
    (default :func:`max_input_bytes`).

    Raises :class:`~socialwork.errors.InputError` (one line naming ``name``) for a missing
    or unreadable file, one that is not a regular file, or one over the limit.
    """
    limit = max_input_bytes() if limit is None else limit
    if str(name) == "-":
        stream = sys.stdin
        if stream is None:
            raise InputError("standard input is closed; give a file name instead of -")
        data = stream.buffer.read(limit + 1)
        if len(data) > limit:
            raise too_large("standard input", limit)
        return data
    path = Path(name)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory, not a file; give a JSON case file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or type(exc).__name__})") from None
    info = os.fstat(descriptor)
    if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
        os.close(descriptor)
        if info.st_size > limit and stat.S_ISREG(info.st_mode):
            raise too_large(str(path), limit)
        raise InputError(f"{path} is {_kind(info.st_mode)}, not a file; give a JSON case file")
    with os.fdopen(descriptor, "rb") as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise InputError(
                f"{path}: cannot read ({exc.strerror or type(exc).__name__})"
            ) from None
    if len(data) > limit:  # grew while being read
        raise too_large(str(path), limit)
    return data
