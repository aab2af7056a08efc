"""Writing documents to disk safely: atomically, and never over an existing file unless asked.

A document is written to a temporary file in the target folder and moved into place only when
complete, so a crash or a full disk never leaves a half-written file under the final name.
Files are created readable and writable by the owner only (they hold personal data).

Only regular files are ever replaced (``force=True``): a symlink, a FIFO, a device node or a
folder under the output name is refused. Every operating-system failure (a part of the path is
a file, a read-only folder, a full disk, a name too long, standard output closed) becomes one
:class:`~socialwork.errors.OutputError` naming the path — never a traceback — and the
temporary file is removed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from pathlib import Path

from socialwork.documents.errors import OutputError, OutputExistsError

__all__ = ["os_error_reason", "refuse_existing", "sync_folder", "write_atomic", "write_stdout"]

TEMPORARY_PREFIX = ".sw-"
TEMPORARY_SUFFIX = ".tmp"
"""Temporary files are named ``.sw-XXXXXXXX.tmp`` in the target folder: short, so a final
name near the file system's limit still fits."""

_REASONS = {
    errno.ENOSPC: "the disk is full; free some space or write elsewhere",
    errno.EDQUOT: "the disk quota is exhausted; free some space or write elsewhere",
    errno.EFBIG: "the file is larger than this file system or a limit allows; write elsewhere",
    errno.EROFS: "the file system is read-only; write elsewhere",
    errno.EACCES: "permission denied; write into a folder you may write to",
    errno.EPERM: "the operation is not permitted; write into a folder you may write to",
    errno.ENAMETOOLONG: "the file name is too long; choose a shorter name",
    errno.ENOTDIR: "a part of the path is a file, not a folder; choose another path",
    errno.EISDIR: "it is a folder; give a file name",
    errno.ELOOP: "the path has too many symbolic links",
    errno.EBADF: "the file is closed",
    errno.EPIPE: "the reader has gone away (broken pipe)",
}


def os_error_reason(exc: OSError) -> str:
    """A short reason and hint for an operating-system error (no path, no foreign text
    beyond the system's own description of the error number)."""
    known = _REASONS.get(exc.errno or 0)
    if known:
        return known
    return exc.strerror or type(exc).__name__


def _kind_of(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def _not_regular(path: Path) -> str | None:
    """What ``path`` is when it exists and is not a regular file, else ``None``."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None
    return None if stat.S_ISREG(mode) else _kind_of(mode)


def _refuse_special(path: Path) -> None:
    kind = _not_regular(path)
    if kind is not None:
        raise OutputError(
            f"{path} is {kind}; socialwork writes and replaces only regular files — choose "
            "another output name (-o - writes to standard output)"
        )


def refuse_existing(paths: list[Path], *, force: bool) -> None:
    """Raise :class:`OutputExistsError` if any of ``paths`` exists and ``force`` is false,
    and :class:`OutputError` if one exists and is not a regular file (even with ``force``)."""
    for path in paths:
        _refuse_special(path)
    if force:
        return
    existing = [path for path in paths if path.exists()]
    if existing:
        shown = ", ".join(str(p) for p in existing[:3])
        more = f" and {len(existing) - 3} more" if len(existing) > 3 else ""
        raise OutputExistsError(
            f"{shown}{more} already exist{'s' if len(existing) == 1 else ''}; "
            "use --force to overwrite, or choose another output"
        )


def make_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents); an OS failure is an :class:`OutputError`."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(
            f"cannot create the folder {folder}: a file of that name (or on its path) exists; "
            "choose another folder"
        ) from None
    except OSError as exc:
        raise OutputError(f"cannot create the folder {folder}: {os_error_reason(exc)}") from None


def temporary_prefix(pid: int | None = None) -> str:
    """How the temporary files of process ``pid`` (default: this one) begin: ``.sw-<pid>-``.
    A process stopped by a signal in the instant between creating its temporary file and
    being able to remove it can thus find its own leftovers, and no one else's."""
    return f"{TEMPORARY_PREFIX}{os.getpid() if pid is None else pid}-"


def write_atomic(path: Path, data: bytes, *, force: bool = False, sync: bool = True) -> None:
    """Write ``data`` to ``path`` atomically (mode 0600); refuse to replace an existing file
    unless ``force``, and never replace anything but a regular file. ``sync=False`` skips the
    per-file ``fsync`` (a batch flushes once at its end, see :func:`sync_folder`): the rename
    still never exposes a partial file.

    Raises :class:`OutputExistsError` or :class:`OutputError` (one line naming the path);
    nothing partial is left under ``path`` or as a temporary file.
    """
    path = Path(path)
    _refuse_special(path)
    make_folder(path.parent)
    try:
        descriptor, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=temporary_prefix(), suffix=TEMPORARY_SUFFIX
        )
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {os_error_reason(exc)}") from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
        if force:
            _refuse_special(path)  # not replaced by a symlink or a FIFO meanwhile
            os.replace(temporary, path)
        else:
            try:
                os.link(temporary, path)  # fails if path exists: no race with another writer
            except FileExistsError:
                raise OutputExistsError(
                    f"{path} already exists; use --force to overwrite it"
                ) from None
            except OSError as exc:  # a file system without hard links
                if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                    raise
                if os.path.lexists(path):
                    raise OutputExistsError(
                        f"{path} already exists; use --force to overwrite it"
                    ) from None
                os.replace(temporary, path)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {os_error_reason(exc)}") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def write_stdout(data: bytes) -> None:
    """Write ``data`` to standard output (binary); a closed or failing standard output is an
    :class:`OutputError`."""
    stream = sys.stdout
    if stream is None:
        raise OutputError(
            "standard output is closed; give an output file with -o FILE instead of -o -"
        )
    try:
        stream.flush()
        stream.buffer.write(data)
        stream.buffer.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:
        reason = os_error_reason(exc) if isinstance(exc, OSError) else "it is closed"
        raise OutputError(
            f"cannot write to standard output: {reason}; give an output file with -o FILE"
        ) from None


def sync_folder(folder: Path) -> None:
    """Flush the file system holding ``folder`` to disk once (``syncfs`` on Linux, else
    ``sync``) — what a batch does at its end instead of one ``fsync`` per document."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.syncfs(descriptor) == 0:
                return
        except (OSError, AttributeError):
            pass
        os.sync()
    finally:
        os.close(descriptor)
