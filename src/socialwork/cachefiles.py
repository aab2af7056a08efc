"""socialwork's private on-disk cache folder: where it is, and reading and writing its files.

Several parts keep results that are expensive to compute but depend only on files on disk
(compiled templates, the installed plugins, the legal figures), each in its own sub-folder of
one cache folder:

* ``$SOCIALWORK_CACHE_DIR`` if set (``off``, ``0``, ``no``, ``false``, ``none`` or an empty
  value turn every cache off);
* else ``$XDG_CACHE_HOME/socialwork`` (an absolute ``XDG_CACHE_HOME`` only), else
  ``~/.cache/socialwork``.

A cache may hold code that is run (compiled templates) or decide which code is imported (the
plugins found), so like Python's own ``__pycache__`` it is trusted only when it is ours: a
sub-folder is used only when it is a directory owned by the current user that no one else may
read or write (mode ``0700``; it is created so), and a file is read only when it is a regular
file (not a link) of the same owner that no one else may read or write (``0600``). Files are
written privately under a temporary name and renamed into place whole, so a reader never sees
half a file. A cache that is missing, foreign, unreadable, full or corrupt is never an error:
the caller computes the result as if there were no cache.

This module imports nothing of socialwork, so every layer (the plugin hub too) may use it.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path

__all__ = ["ENV_VAR", "folder", "private_dir", "prune", "read", "root", "write"]

ENV_VAR = "SOCIALWORK_CACHE_DIR"
"""Environment variable naming the cache folder (``off`` turns every cache off)."""

_OFF = {"", "0", "off", "no", "false", "none"}
_TEMPORARY = ".tmp-"


def root(environ: Mapping[str, str] | None = None) -> Path | None:
    """The cache folder, or ``None`` when the cache is turned off."""
    env = os.environ if environ is None else environ
    configured = env.get(ENV_VAR)
    if configured is not None:
        if configured.strip().lower() in _OFF:
            return None
        return Path(configured).expanduser()
    base = env.get("XDG_CACHE_HOME") or ""
    home = Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache"
    return home / "socialwork"


def folder(kind: str, environ: Mapping[str, str] | None = None) -> Path | None:
    """The sub-folder ``kind`` of the cache folder (``templates``, ``plugins``…), or ``None``
    when the cache is turned off."""
    base = root(environ)
    return None if base is None else base / kind


def _make_private(path: Path) -> None:
    """Create ``path`` and each missing folder above it with mode ``0700`` (``mkdir -p``
    would give the folders above the default mode); existing folders are left as they are."""
    missing: list[Path] = []
    current = path
    while not current.exists() and current.parent != current:
        missing.append(current)
        current = current.parent
    for folder_path in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another process
            folder_path.mkdir(mode=0o700)


def private_dir(path: Path, *, create: bool) -> bool:
    """Whether ``path`` is a directory of ours that only we may use (made so if asked)."""
    try:
        if create:
            _make_private(path)
        info = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and stat.S_IMODE(info.st_mode) & 0o077 == 0
    )


def read(path: Path, header: bytes) -> bytes | None:
    """What follows ``header`` in the file ``path`` of a private cache folder, or ``None``
    (no such file, not ours, readable or writable by others, a link, or another format)."""
    if not private_dir(path.parent, create=False):
        return None
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(descriptor)
        if (
            not stat.S_ISREG(info.st_mode)
            or info.st_uid != os.getuid()
            or stat.S_IMODE(info.st_mode) & 0o077
        ):
            return None
        with os.fdopen(descriptor, "rb") as handle:
            descriptor = -1
            content = handle.read()
    except OSError:
        return None
    finally:
        if descriptor >= 0:
            os.close(descriptor)
    if not content.startswith(header):
        return None
    return content[len(header) :]


def write(path: Path, content: bytes) -> bool:
    """Write ``content`` to ``path`` (its folder is created private if missing) privately and
    whole; ``False`` (and the cache as it was) on any failure."""
    if not private_dir(path.parent, create=True):
        return False
    import tempfile  # only when writing: reading the cache must stay cheap

    temporary = ""
    try:
        handle, temporary = tempfile.mkstemp(prefix=_TEMPORARY, dir=path.parent)  # mode 0600
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, path)
        temporary = ""
    except OSError:
        return False
    finally:
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return True


def _entries(path: Path) -> Iterable[tuple[float, Path]]:
    try:
        with os.scandir(path) as found:
            for item in found:
                if item.name.startswith(_TEMPORARY) or not item.is_file(follow_symlinks=False):
                    continue
                try:
                    yield item.stat(follow_symlinks=False).st_mtime, Path(item.path)
                except OSError:
                    continue
    except OSError:
        return


def prune(path: Path, keep: int) -> None:
    """Delete all but the ``keep`` newest files of the cache folder ``path``."""
    entries = sorted(_entries(path))
    for _mtime, entry in entries[: max(0, len(entries) - keep)]:
        with contextlib.suppress(OSError):
            entry.unlink()
