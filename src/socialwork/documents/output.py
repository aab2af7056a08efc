"""Writing documents to disk safely: atomically, and never over an existing file unless asked.

A document is written to a temporary file in the target folder and moved into place only when
complete, so a crash or a full disk never leaves a half-written file under the final name.
Files are created readable and writable by the owner only (they hold personal data).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from socialwork.documents.errors import OutputExistsError

__all__ = ["refuse_existing", "sync_folder", "write_atomic"]


def refuse_existing(paths: list[Path], *, force: bool) -> None:
    """Raise :class:`OutputExistsError` if any of ``paths`` exists and ``force`` is false."""
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


def write_atomic(path: Path, data: bytes, *, force: bool = False, sync: bool = True) -> None:
    """Write ``data`` to ``path`` atomically; refuse to replace an existing file unless
    ``force``. ``sync=False`` skips the per-file ``fsync`` (a batch syncs once at its end,
    see :func:`sync_folder`): the rename still never exposes a partial file."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
        if force:
            os.replace(temporary, path)
        else:
            try:
                os.link(temporary, path)  # fails if path exists: no race with another writer
            except FileExistsError:
                raise OutputExistsError(
                    f"{path} already exists; use --force to overwrite it"
                ) from None
            except OSError:  # a file system without hard links
                if path.exists():
                    raise OutputExistsError(
                        f"{path} already exists; use --force to overwrite it"
                    ) from None
                os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def sync_folder(folder: Path) -> None:
    """Flush the file system holding ``folder`` to disk once (``syncfs`` on Linux, else
    ``sync``) — what a batch does at its end instead of one ``fsync`` per document."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        syncfs = getattr(os, "syncfs", None)
        if syncfs is not None:  # pragma: no cover - not in the standard library yet
            syncfs(descriptor)
            return
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.syncfs(descriptor) == 0:
                return
        except (OSError, AttributeError):
            pass
        os.fsync(descriptor)
        os.sync()
    finally:
        os.close(descriptor)
