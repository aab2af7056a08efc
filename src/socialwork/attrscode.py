"""The byte code of the methods attrs generates, kept in socialwork's private cache folder.

attrs writes the ``__init__``, ``__eq__``, ``__hash__``… of every class it decorates as Python
source and compiles that source when the class is created. socialwork declares some 160 attrs
classes; compiling their methods was about a fifth of a ``socialwork validate`` start (~60 ms of
~300 ms), paid again by every new process — the CLI, each service worker, each batch.

:func:`install` wraps attrs' compile step (``attr._make._compile_and_eval``) with a cache:

* the key is the generated source itself and the file name attrs gives it, so a class whose
  fields, defaults or options change gets different source and is compiled afresh; nothing
  else is trusted to say "the same";
* ``__hash__`` starts from a number attrs derives from Python's string hash, which differs from
  process to process (``PYTHONHASHSEED``). The kept code holds a fixed stand-in number instead,
  swapped for this process's number when it is used. The compiler records columns, so a
  stand-in is kept per width of the number: the four widths 99 classes in 100 get (18 or 19
  digits, either sign); a class whose number has another width is compiled, and nothing is
  kept for it. When code is kept, the swap is checked: the code with the number swapped in
  must equal the code compiled from the real source, or nothing is kept;
* the code is compiled with the ``__future__`` flags of attrs' own module, exactly as attrs
  compiles it, and evaluated with attrs' globals and locals, so a class built from the cache is
  the class attrs would build;
* the table is one file under ``<cache>/attrs/``, named after the Python build, the optimization
  level and attrs' code-generating module (its path, size and modification time); it is read and
  written through :mod:`socialwork.cachefiles` (a private folder and file, written whole), and a
  missing, foreign or damaged file only means compiling as before;
* new code is written at interpreter exit (or when :func:`flush` is called); at most
  :data:`MAX_ENTRIES` entries are kept.

Nothing is installed when the cache is turned off (``SOCIALWORK_CACHE_DIR=off``), or when the
installed attrs no longer has the compile step this module expects (a new attrs version): then
attrs compiles as it always did. The cached methods keep attrs' file names and attrs' line
cache, so tracebacks and debuggers show the generated source as before.

This module imports nothing of socialwork but :mod:`socialwork.cachefiles`; the lowest layer
that declares attrs classes (:mod:`socialwork.errors`) imports it first.
"""

from __future__ import annotations
import __future__

import atexit
import marshal
import os
import re
import sys
import threading
import types
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import socialwork.cachefiles as cachefiles

try:  # hashlib's BLAKE2b without loading OpenSSL (~3 ms at every start)
    from _blake2 import blake2b as _blake2b
except ImportError:  # another Python implementation
    from hashlib import blake2b as _blake2b

__all__ = ["MAX_ENTRIES", "flush", "install", "installed", "statistics", "uninstall"]

MAX_ENTRIES = 4096
"""Most entries kept in the table (socialwork and its example plugins use ~560: one per class
without ``__hash__``, four per class with one)."""

_KIND = "attrs"
_HEADER = b"socialwork-attrs-code/1\n"
_STAND_IN_DIGIT = "7"
"""The kept code holds, in place of ``__hash__``'s per-process type number, a number of the
same width written with this digit only (the same width keeps every column the compiler
records, so the swapped code equals the code compiled from the real source)."""
_TYPE_NUMBER = re.compile(r"(hash\(\(\n[ \t]*)(-?\d+)(,\n)")
_TO_STAND_IN = str.maketrans("0123456789", _STAND_IN_DIGIT * 10)
_USUAL_SHAPES = ("1" + "3" * 18, "-1" + "3" * 18, "1" + "3" * 17, "-1" + "3" * 17)
"""Type numbers of the widths nearly every process gets (19 or 18 digits, either sign; the
others are 1 in 100): their code is kept at the first compile, whatever this process got."""

Key = bytes
"""A BLAKE2b digest of the file name attrs gives the source and the (stand-in) source."""

_lock = threading.Lock()
_state: dict[str, Any] = {
    "original": None,  # attrs' own compile step, while ours is installed
    "path": None,  # the table's file
    "flags": 0,  # the __future__ flags of attrs' module
    "table": None,  # Key -> marshalled code, read on the first class
    "new": {},  # Key -> marshalled code compiled in this process, not written yet
    "used": set(),  # keys used in this process
    "hits": 0,
    "misses": 0,
    "rare": 0,  # misses of a type number of a rare width (never kept)
}


def installed() -> bool:
    """Whether attrs' compile step is currently the cached one."""
    return _state["original"] is not None


def statistics() -> Mapping[str, int]:
    """How many generated scripts this process took from the table (``hits``) and compiled
    (``misses``; ``rare``: of those, how many because ``__hash__``'s type number had a rare
    width, whose code is never kept), and how many new ones wait to be written
    (``pending``)."""
    return {
        "hits": _state["hits"],
        "misses": _state["misses"],
        "rare": _state["rare"],
        "pending": len(_state["new"]),
    }


def install(environ: Mapping[str, str] | None = None) -> bool:
    """Put the cached compile step in place of attrs' own; ``True`` if it is (now) in place.

    Does nothing when the cache is turned off or attrs' compile step is not the one this
    module knows (its name and its parameters ``script, globs, locs, filename``).
    """
    if installed():
        return True
    folder = cachefiles.folder(_KIND, environ)
    if folder is None:
        return False
    import attr._make as make  # attrs itself: every caller of this function imports it anyway

    original = getattr(make, "_compile_and_eval", None)
    code = getattr(original, "__code__", None)
    if code is None or code.co_varnames[: code.co_argcount] != (
        "script",
        "globs",
        "locs",
        "filename",
    ):
        return False
    flags = 0
    for value in vars(make).values():
        if isinstance(value, __future__._Feature):
            flags |= value.compiler_flag
    source = getattr(make, "__file__", None) or ""
    try:
        info = os.stat(source)
        stamp = (source, info.st_size, info.st_mtime_ns)
    except OSError:
        return False
    name = repr((sys.version, sys.flags.optimize, flags, stamp))
    _state.update(
        original=original,
        flags=flags,
        path=folder / f"{zlib.crc32(name.encode('utf-8', 'surrogatepass')):08x}",
        table=None,
    )
    make._compile_and_eval = _compile_and_eval
    if not _state.get("atexit"):
        atexit.register(flush)
        _state["atexit"] = True
    return True


def uninstall() -> None:
    """Put attrs' own compile step back (what is pending stays pending; :func:`flush` still
    writes it)."""
    original = _state["original"]
    if original is None:
        return
    import attr._make as make

    make._compile_and_eval = original
    _state["original"] = None


def _compile_and_eval(
    script: str,
    globs: dict[str, Any] | None,
    locs: Mapping[str, object] | None = None,
    filename: str = "",
) -> None:
    """attrs' compile step, with the cache: the same code, evaluated the same way."""
    code = _code_for(script, filename)
    eval(code, globs, locs)  # attrs' own generated source, evaluated exactly as attrs does


def _code_for(script: str, filename: str) -> types.CodeType:
    numbers = {match.group(2) for match in _TYPE_NUMBER.finditer(script)}
    if len(numbers) > 1:  # several different numbers where attrs writes one: not ours to guess
        return _compile(script, filename)
    number = numbers.pop() if numbers else None
    key = _key(filename, script if number is None else _with_number(script, _stand_in(number)))
    kept = _table().get(key) or _state["new"].get(key)
    if kept is not None:
        code = _decoded(kept)
        if code is not None:
            _state["hits"] += 1
            _state["used"].add(key)
            return code if number is None else _swap(code, int(_stand_in(number)), int(number))
    _state["misses"] += 1
    code = _compile(script, filename)
    if number is None:
        _keep(key, code)
        return code
    # The number's width is the process's luck (a 64-bit hash, with or without a sign), and
    # the compiler records columns, so code is kept per width: for the usual widths only (99
    # processes in 100 get one). A process with another width compiles that class and keeps
    # nothing for it, so the table neither grows nor is rewritten for a rare width.
    usual = False
    for shape in _USUAL_SHAPES:
        if len(shape) == len(number) and (shape[0] == "-") == (number[0] == "-"):
            usual = True
            _keep_shape(filename, script, number, code)
        else:
            _keep_shape(filename, script, shape, None)
    if not usual:
        _state["rare"] += 1
    return code


def _stand_in(number: str) -> str:
    return number.translate(_TO_STAND_IN)


def _with_number(script: str, number: str) -> str:
    return _TYPE_NUMBER.sub(lambda match: f"{match.group(1)}{number}{match.group(3)}", script)


def _keep_shape(filename: str, script: str, number: str, compiled: types.CodeType | None) -> None:
    """Keep the code of ``script`` with a stand-in of ``number``'s width, if swapping the
    stand-in for ``number`` gives exactly the code compiled from ``script`` with ``number``."""
    stand_in = _stand_in(number)
    kept_script = _with_number(script, stand_in)
    key = _key(filename, kept_script)
    if key in _table() or key in _state["new"]:
        return
    candidate = _compile(kept_script, filename)
    expected = compiled or _compile(_with_number(script, number), filename)
    if _swap(candidate, int(stand_in), int(number)) == expected:
        _keep(key, candidate)


def _key(filename: str, script: str) -> Key:
    data = f"{filename}\n{script}".encode("utf-8", "surrogatepass")
    return _blake2b(data, digest_size=32).digest()


def _decoded(kept: bytes) -> types.CodeType | None:
    try:
        code = marshal.loads(kept)
    except (ValueError, EOFError, TypeError):
        return None
    return code if isinstance(code, types.CodeType) else None


def _keep(key: Key, code: types.CodeType) -> None:
    if len(_state["new"]) < MAX_ENTRIES:
        _state["new"][key] = marshal.dumps(code)
        _state["used"].add(key)


def _compile(script: str, filename: str) -> types.CodeType:
    flags: int = _state["flags"]
    code: types.CodeType = compile(script, filename, "exec", flags=flags, dont_inherit=True)
    return code


def _swap(code: types.CodeType, old: int, new: int) -> types.CodeType:
    """``code`` with the integer constant ``old`` replaced by ``new``, in nested code and in
    constant tuples too (``hash((number,))`` of a class without fields is folded into one)."""
    consts = tuple(_swapped(const, old, new) for const in code.co_consts)
    return code.replace(co_consts=consts) if consts != code.co_consts else code


def _swapped(const: object, old: int, new: int) -> object:
    if isinstance(const, types.CodeType):
        return _swap(const, old, new)
    if type(const) is tuple:
        return tuple(_swapped(item, old, new) for item in const)
    return new if type(const) is int and const == old else const


def _table() -> dict[Key, bytes]:
    table: dict[Key, bytes] | None = _state["table"]
    if table is None:
        with _lock:
            table = _state["table"]
            if table is None:
                table = _read(_state["path"])
                _state["table"] = table
    return table


def _read(path: Path | None) -> dict[Key, bytes]:
    if path is None:
        return {}
    content = cachefiles.read(path, _HEADER)
    if content is None:
        return {}
    try:
        loaded = marshal.loads(content)
    except (ValueError, EOFError, TypeError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    for key, value in loaded.items():
        if not (isinstance(key, bytes) and len(key) == 32 and isinstance(value, bytes)):
            return {}
    return loaded


def flush() -> None:
    """Write the code compiled in this process since the last flush into the table (merged
    with what other processes wrote meanwhile); any failure leaves the table as it was."""
    new: dict[Key, bytes] = _state["new"]
    path: Path | None = _state["path"]
    if not new or path is None:
        return
    with _lock:
        _state["new"] = {}
        merged = _read(path)
        if len(merged) + len(new) > MAX_ENTRIES:  # full: keep what this process uses
            used = _state["used"]
            merged = {key: code for key, code in merged.items() if key in used}
        merged.update(new)
        try:
            content = _HEADER + marshal.dumps(merged)
        except ValueError:
            return
        if cachefiles.write(path, content):
            table = _state["table"]
            if table is not None:
                table.update(new)
