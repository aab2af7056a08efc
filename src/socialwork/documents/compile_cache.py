"""A cache of compiled templates on disk, so that a new process does not compile a template
again (about a tenth of a second per template — the largest part of a short command's or a
batch's start once the library is imported).

An entry is keyed by the SHA-256 of everything its content depends on: the template file's
bytes, its name, whether it is typeset, the source of the modules that compile and print it,
the versions of Jinja, docxtpl, python-docx, lxml and MarkupSafe, and the Python version (the
entry holds Python byte code). A template, a library or Python that changes gets a new key; an
entry that cannot be read is ignored (the template is compiled and the entry rewritten).

Where: ``SOCIALWORK_CACHE_DIR`` (``off`` switches the cache off), else
``$XDG_CACHE_HOME/socialwork/templates`` (``~/.cache/socialwork/templates``). The folder is
created with mode 0700 and an entry with mode 0600; like Python's own ``__pycache__``, an
entry holds byte code that is run, so a folder or entry that another user owns or may write
to is not used. Templates hold no personal data.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import marshal
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["ENV_VAR", "cache_folder", "entry_key", "read_entry", "write_entry"]

ENV_VAR = "SOCIALWORK_CACHE_DIR"
OFF = {"off", "0", "no", "false", "nie"}
_FORMAT = b"socialwork-compiled-template-1\n"
_MODULES = (
    "compile_cache", "compiler", "embedding", "environment", "extensions", "foreign",
    "images", "notes", "package", "polish", "typography", "wellformed", "zipwriter",
)
_DISTRIBUTIONS = ("jinja2", "docxtpl", "python-docx", "lxml", "markupsafe")


def cache_folder(environ: dict[str, str] | None = None) -> Path | None:
    """The cache folder (None when switched off)."""
    env = os.environ if environ is None else environ
    configured = env.get(ENV_VAR, "").strip()
    if configured.lower() in OFF:
        return None
    if configured:
        return Path(configured).expanduser()
    base = env.get("XDG_CACHE_HOME", "").strip()
    root = Path(base) if base else Path.home() / ".cache"
    return root / "socialwork" / "templates"


@functools.cache
def _fingerprint() -> bytes:
    """What every entry's key depends on besides the template: the code and libraries that
    compile and print templates, and the Python version."""
    digest = hashlib.sha256(_FORMAT)
    digest.update(sys.version.encode())
    here = Path(__file__).resolve().parent
    for module in _MODULES:
        digest.update(module.encode() + b"\0" + (here / f"{module}.py").read_bytes())
    digest.update((here.parent / "formatting.py").read_bytes())
    for name in _DISTRIBUTIONS:
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}\0".encode())
    return digest.digest()


def entry_key(data: bytes, name: str, typography: bool, filters: frozenset[str]) -> str:
    """The key of the entry for template ``name`` with ``data`` (its .docx bytes), compiled
    with an environment that has ``filters``."""
    digest = hashlib.sha256(_fingerprint())
    digest.update(f"{name}\0{typography}\0{','.join(sorted(filters))}\0".encode())
    digest.update(data)
    return digest.hexdigest()


def _private_folder(folder: Path, create: bool) -> bool:
    """Whether ``folder`` is a folder of this user that nobody else may write to."""
    if create:
        with contextlib.suppress(OSError):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        info = os.stat(folder, follow_symlinks=False)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )


def read_entry(key: str) -> Any | None:
    """The entry under ``key``, or None (no cache, no entry, or one that cannot be used)."""
    folder = cache_folder()
    if folder is None or not hasattr(os, "getuid") or not _private_folder(folder, False):
        return None
    path = folder / f"{key}.bin"
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        with os.fdopen(descriptor, "rb") as handle:
            info = os.fstat(handle.fileno())
            if (
                not stat.S_ISREG(info.st_mode)
                or info.st_uid != os.getuid()
                or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
            ):
                return None
            content = handle.read()
    except OSError:
        return None
    if not content.startswith(_FORMAT):
        return None
    try:
        return marshal.loads(content[len(_FORMAT):])
    except (ValueError, EOFError, TypeError):
        return None


def write_entry(key: str, entry: Any) -> None:
    """Store ``entry`` (data :mod:`marshal` can write) under ``key``; a cache that cannot be
    written is skipped silently (the next process compiles again)."""
    folder = cache_folder()
    if folder is None or not hasattr(os, "getuid") or not _private_folder(folder, True):
        return
    try:
        content = _FORMAT + marshal.dumps(entry)
    except ValueError:
        return
    temporary = None
    try:
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
        os.replace(temporary, folder / f"{key}.bin")
        temporary = None
    except OSError:
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
