"""Checks of a template's .docx package (a ZIP archive), made once when it is loaded.

Every member of a template is copied into every document rendered from it, so a template
from a plugin must not smuggle anything in: a member whose name could be written outside a
folder when a document is unpacked (an absolute path, ``..``, a backslash, a drive letter,
control characters), a symbolic link, a duplicate name, or a "ZIP bomb" (a small member that
unpacks to gigabytes). The limits:

* at most :data:`MAX_MEMBERS` members;
* each member at most :data:`MAX_MEMBER_BYTES` unpacked, all of them together at most
  :data:`MAX_TOTAL_BYTES`;
* a member larger than :data:`RATIO_FLOOR_BYTES` unpacked compresses at most
  :data:`MAX_RATIO` : 1 (Word's XML compresses about 5–20 : 1; a bomb of zeros about 1000 : 1).

A package over a limit is a :class:`~socialwork.errors.TemplateDefinitionError` naming the
template and the member; nothing is unpacked before the check.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from pathlib import Path

from socialwork.documents.errors import TemplateDefinitionError

__all__ = [
    "MAX_MEMBERS",
    "MAX_MEMBER_BYTES",
    "MAX_RATIO",
    "MAX_TOTAL_BYTES",
    "RATIO_FLOOR_BYTES",
    "check_package",
    "package_problems",
    "read_package",
]

MAX_MEMBERS = 2_000
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 128 * 1024 * 1024
MAX_RATIO = 200
MAX_PACKAGE_BYTES = 128 * 1024 * 1024
"""A template file larger than this (packed) is refused before it is read."""
RATIO_FLOOR_BYTES = 1024 * 1024

_DRIVE_RE = re.compile(r"^[A-Za-z]:")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")


def _name_problem(name: str) -> str | None:
    if not name or name.startswith("/") or _DRIVE_RE.match(name):
        return "has an absolute path"
    if "\\" in name:
        return "contains a backslash"
    if _CONTROL_RE.search(name):
        return "contains control characters"
    if any(part in ("..", ".") for part in name.split("/")) or "//" in name:
        return "contains '..', '.' or an empty path part"
    return None


def package_problems(data: bytes) -> list[str]:
    """What is wrong with the ZIP package ``data`` (empty when it is within the limits).

    Raises :class:`zipfile.BadZipFile` when ``data`` is not a ZIP archive at all."""
    problems: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        return [f"has {len(infos)} members (at most {MAX_MEMBERS})"]
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        shown = repr(name[:80])
        problem = _name_problem(name)
        if problem:
            problems.append(f"member {shown} {problem}")
        if name in seen:
            problems.append(f"member {shown} appears twice")
        seen.add(name)
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            problems.append(f"member {shown} is a symbolic link")
        size = info.file_size
        total += size
        if size > MAX_MEMBER_BYTES:
            problems.append(
                f"member {shown} unpacks to {size} bytes (at most {MAX_MEMBER_BYTES})"
            )
        elif size > RATIO_FLOOR_BYTES and size > MAX_RATIO * max(info.compress_size, 1):
            ratio = size // max(info.compress_size, 1)
            problems.append(
                f"member {shown} is compressed {ratio}:1 (at most {MAX_RATIO}:1; a ZIP bomb?)"
            )
    if total > MAX_TOTAL_BYTES:
        problems.append(f"unpacks to {total} bytes in all (at most {MAX_TOTAL_BYTES})")
    return problems


def check_package(data: bytes, name: str) -> None:
    """Raise :class:`TemplateDefinitionError` if the .docx ``data`` of template ``name`` is
    not within the limits of this module (a broken ZIP is left to the reader's error)."""
    try:
        problems = package_problems(data)
    except (zipfile.BadZipFile, ValueError, EOFError, OSError):
        return  # not a ZIP: the caller reports "not a readable .docx file"
    if problems:
        shown = "; ".join(problems[:5])
        more = f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
        raise TemplateDefinitionError(
            f"template {name!r}: its .docx package is refused: {shown}{more}; save the "
            "template again from Word or LibreOffice (socialwork.documents.package lists the "
            "limits)"
        )


def read_package(path: Path, name: str) -> bytes:
    """The bytes of template ``name``'s .docx at ``path``: a regular file of at most
    :data:`MAX_PACKAGE_BYTES` (a device such as ``/dev/zero`` or a FIFO is refused before
    anything is read), else :class:`TemplateDefinitionError`."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise TemplateDefinitionError(
            f"template {name!r}: cannot read {path} ({exc.strerror or type(exc).__name__})"
        ) from None
    info = os.fstat(descriptor)
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_PACKAGE_BYTES:
        os.close(descriptor)
        what = "is not a regular file" if not stat.S_ISREG(info.st_mode) else (
            f"is larger than {MAX_PACKAGE_BYTES} bytes"
        )
        raise TemplateDefinitionError(f"template {name!r}: {path} {what}; check TemplateSpec.path")
    with os.fdopen(descriptor, "rb") as handle:
        try:
            return handle.read(MAX_PACKAGE_BYTES + 1)
        except OSError as exc:
            raise TemplateDefinitionError(
                f"template {name!r}: cannot read {path} ({exc.strerror or type(exc).__name__})"
            ) from None
