"""An on-disk cache of compiled templates, so a new process does not compile a template again.

Compiling a template (docxtpl's preprocessing, Jinja's parser and code generator) costs tenths
of a second for a big template — more than rendering it a hundred times. The compiled Python
code of each part is kept, with what the compiler learnt about the part, in a file named by a
SHA-256 of everything the result depends on:

* the template's bytes and name, and whether Polish typography is applied;
* the environment: its class, filter and test names, extensions and autoescaping;
* the compiler itself: the source of every module of :mod:`socialwork.documents` and of
  :mod:`socialwork.formatting`, socialwork's version, the installed Jinja, MarkupSafe,
  docxtpl, python-docx and lxml (where each package's ``__init__`` is, its size and
  modification time: an upgrade replaces it), and the Python interpreter's byte-code magic
  number.

Change any of them and the old entry is simply never read again (at most
:data:`MAX_ENTRIES` files are kept; the oldest go first).

Where: the ``templates/`` folder of socialwork's cache folder (:mod:`socialwork.cachefiles`:
``$SOCIALWORK_CACHE_DIR`` if set — ``off``, ``0``, ``no`` or an empty value turn the cache
off — else ``$XDG_CACHE_HOME/socialwork`` or ``~/.cache/socialwork``). Like Python's own
``__pycache__``, the cache holds code that is run:
so it is used only when the folder belongs to the current user and no one else may read or
write it (mode ``0700``; socialwork creates it so), and each entry is a regular file of the
same owner, written privately (``0600``) and renamed into place whole. A cache that is missing,
foreign, unreadable, full or corrupt is never an error: the template is compiled as if there
were no cache. Templates hold no case data, so neither does the cache.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import marshal
import os
import sys
from pathlib import Path
from typing import Any

import socialwork.cachefiles as cachefiles

__all__ = ["MAX_ENTRIES", "cache_dir", "load", "store"]

ENV_VAR = cachefiles.ENV_VAR
"""Environment variable naming the cache folder (``off`` turns the cache off)."""

MAX_ENTRIES = 256
"""Entries kept in the cache folder; when a new one is written the oldest beyond this go."""

_FORMAT = b"socialwork-compiled-template/1\n"
_LIBRARIES = ("jinja2", "markupsafe", "docxtpl", "docx", "lxml")


def cache_dir(environ: dict[str, str] | None = None) -> Path | None:
    """The folder holding compiled templates, or ``None`` when the cache is turned off."""
    return cachefiles.folder("templates", environ)


def _library_stamp(package: str) -> str:
    """The installed state of ``package`` without importing it (nor importlib.metadata,
    which alone costs a command tens of milliseconds): where its ``__init__`` is, its size
    and modification time — an upgrade or a reinstall replaces the file."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        spec = None
    origin = spec.origin if spec is not None else None
    if not origin:
        return "-"
    try:
        info = os.stat(origin)
    except OSError:
        return origin
    return f"{origin}:{info.st_size}:{info.st_mtime_ns}"


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
        digest.update(f"{library}={_library_stamp(library)}\n".encode())
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


def load(key: str) -> Any | None:
    """The entry stored under ``key``, or ``None`` (no cache, no entry, or one not to trust)."""
    folder = cache_dir()
    if folder is None:
        return None
    content = cachefiles.read(folder / key, _FORMAT)
    if content is None:
        return None
    try:
        return marshal.loads(content)
    except (EOFError, ValueError, TypeError):
        return None


def store(key: str, entry: Any) -> None:
    """Write ``entry`` (marshal-able) under ``key``; any failure leaves the cache as it was."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        content = _FORMAT + marshal.dumps(entry)
    except ValueError:  # not marshal-able: nothing to keep
        return
    if cachefiles.write(folder / key, content):
        cachefiles.prune(folder, MAX_ENTRIES)
