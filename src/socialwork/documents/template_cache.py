"""An on-disk cache of compiled templates, so a new process does not compile a template again.

Compiling a template (docxtpl's preprocessing, Jinja's parser and code generator) costs tenths
of a second for a big template — more than rendering it a hundred times. The compiled Python
code of each part is kept, with what the compiler learnt about the part, in a file named by a
SHA-256 of everything the result depends on:

* the template's bytes and name, and whether Polish typography is applied;
* the environment: its class, filter and test names, extensions and autoescaping;
* the compiler itself: the source of every module of :mod:`socialwork.documents` and of
  :mod:`socialwork.formatting`, socialwork's version, the versions of Jinja, MarkupSafe,
  docxtpl, python-docx and lxml, and the Python interpreter's byte-code magic number.

Change any of them and the old entry is simply never read again (at most
:data:`MAX_ENTRIES` files are kept; the oldest go first).

Where: ``$SOCIALWORK_CACHE_DIR`` if set (``off``, ``0``, ``no`` or an empty value turn the
cache off), else ``$XDG_CACHE_HOME/socialwork`` or ``~/.cache/socialwork``; entries live in
its ``templates/`` folder. Like Python's own ``__pycache__``, the cache holds code that is run:
so it is used only when the folder belongs to the current user and no one else may read or
write it (mode ``0700``; socialwork creates it so), and each entry is a regular file of the
same owner, written privately (``0600``) and renamed into place whole. A cache that is missing,
foreign, unreadable, full or corrupt is never an error: the template is compiled as if there
were no cache. Templates hold no case data, so neither does the cache.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import marshal
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

__all__ = ["MAX_ENTRIES", "cache_dir", "load", "store"]

ENV_VAR = "SOCIALWORK_CACHE_DIR"
"""Environment variable naming the cache folder (``off`` turns the cache off)."""

MAX_ENTRIES = 256
"""Entries kept in the cache folder; when a new one is written the oldest beyond this go."""

_FORMAT = b"socialwork-compiled-template/1\n"
_OFF = {"", "0", "off", "no", "false", "none"}
_LIBRARIES = ("jinja2", "markupsafe", "docxtpl", "python-docx", "lxml")


def cache_dir(environ: dict[str, str] | None = None) -> Path | None:
    """The folder holding compiled templates, or ``None`` when the cache is turned off."""
    env = os.environ if environ is None else environ
    configured = env.get(ENV_VAR)
    if configured is not None:
        if configured.strip().lower() in _OFF:
            return None
        return Path(configured).expanduser() / "templates"
    base = env.get("XDG_CACHE_HOME") or ""
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache"
    return root / "socialwork" / "templates"


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "-"


@functools.cache
def _compiler_fingerprint() -> bytes:
    """A digest of the code that compiles templates (see the module doc)."""
    import socialwork.formatting as formatting
    from socialwork.version import __version__

    digest = hashlib.sha256(_FORMAT)
    digest.update(importlib.util.MAGIC_NUMBER)
    digest.update(sys.version.encode())
    digest.update(__version__.encode())
    for library in _LIBRARIES:
        digest.update(f"{library}={_version(library)}\n".encode())
    package = Path(__file__).resolve().parent
    sources = [*sorted(package.glob("*.py")), Path(formatting.__file__).resolve()]
    for source in sources:
        digest.update(source.name.encode() + b"\0")
        digest.update(source.read_bytes())
    return digest.digest()


def _environment_fingerprint(env: Any) -> bytes:
    autoescape = env.autoescape
    described = (
        type(env).__module__,
        type(env).__qualname__,
        sorted(env.filters),
        sorted(env.tests),
        sorted(env.extensions),
        autoescape if isinstance(autoescape, bool) else getattr(autoescape, "__qualname__", "?"),
    )
    return repr(described).encode()


def entry_key(data: bytes, name: str, env: Any, typography: bool) -> str:
    """The name of the cache entry of template ``data`` compiled as ``name`` in ``env``."""
    digest = hashlib.sha256(_compiler_fingerprint())
    digest.update(_environment_fingerprint(env))
    digest.update(b"\0" + name.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(b"T" if typography else b"-")
    digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def _private_dir(folder: Path, *, create: bool) -> bool:
    """Whether ``folder`` is a directory of ours that only we may use (made so if asked)."""
    try:
        if create:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = os.stat(folder, follow_symlinks=False)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and stat.S_IMODE(info.st_mode) & 0o077 == 0
    )


def load(key: str) -> Any | None:
    """The entry stored under ``key``, or ``None`` (no cache, no entry, or one not to trust)."""
    folder = cache_dir()
    if folder is None or not _private_dir(folder, create=False):
        return None
    path = folder / key
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
    if not content.startswith(_FORMAT):
        return None
    try:
        return marshal.loads(content[len(_FORMAT) :])
    except (EOFError, ValueError, TypeError):
        return None


def store(key: str, entry: Any) -> None:
    """Write ``entry`` (marshal-able) under ``key``; any failure leaves the cache as it was."""
    folder = cache_dir()
    if folder is None or not _private_dir(folder, create=True):
        return
    try:
        content = _FORMAT + marshal.dumps(entry)
    except ValueError:  # not marshal-able: nothing to keep
        return
    temporary = ""
    try:
        handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=folder)  # mode 0600
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, folder / key)
        temporary = ""
    except OSError:
        return
    finally:
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    _prune(folder)


def _entries(folder: Path) -> Iterable[tuple[float, Path]]:
    try:
        with os.scandir(folder) as found:
            for item in found:
                if item.name.startswith(".tmp-") or not item.is_file(follow_symlinks=False):
                    continue
                try:
                    yield item.stat(follow_symlinks=False).st_mtime, Path(item.path)
                except OSError:
                    continue
    except OSError:
        return


def _prune(folder: Path) -> None:
    entries = sorted(_entries(folder))
    for _mtime, path in entries[: max(0, len(entries) - MAX_ENTRIES)]:
        with contextlib.suppress(OSError):
            path.unlink()
