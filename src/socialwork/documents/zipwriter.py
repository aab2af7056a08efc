"""A minimal, deterministic ZIP writer for .docx output.

A .docx is a ZIP archive. Most of its members (styles, fonts, numbering, theme, settings…) are
the same in every document rendered from one template, and deflating ``styles.xml`` again for
every document is most of the cost of a naive renderer. So members are kept as
:class:`Member` records holding the *already compressed* bytes: unchanged members are read
from the template once and copied as they are; only the rendered parts are deflated.

Output is deterministic: entries keep the template's order, every entry carries the same
timestamp (1980-01-01 00:00), the same attributes and no extra fields, so the same input gives
byte-identical files.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterable

import attrs

__all__ = ["Member", "build_zip", "deflated", "read_members"]

_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")

_DOS_TIME = 0  # 00:00:00
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01
_VERSION = 20  # 2.0: deflate
_MADE_BY = (3 << 8) | _VERSION  # Unix
_EXTERNAL_ATTR = (0o100644 << 16) & 0xFFFFFFFF  # regular file, rw-r--r--
_UTF8_FLAG = 0x800
_LIMIT = 0xFFFFFFFF


@attrs.frozen
class Member:
    """One archive member with its data already compressed (``method`` 0 stored, 8 deflate)."""

    name: str
    method: int
    crc: int
    size: int
    data: bytes = attrs.field(repr=False)

    @property
    def flags(self) -> int:
        return 0 if self.name.isascii() else _UTF8_FLAG

    def local_header(self) -> bytes:
        name = self.name.encode("utf-8")
        return (
            _LOCAL.pack(
                b"PK\x03\x04",
                _VERSION,
                self.flags,
                self.method,
                _DOS_TIME,
                _DOS_DATE,
                self.crc,
                len(self.data),
                self.size,
                len(name),
                0,
            )
            + name
        )

    def central_header(self, offset: int) -> bytes:
        name = self.name.encode("utf-8")
        return (
            _CENTRAL.pack(
                b"PK\x01\x02",
                _MADE_BY,
                _VERSION,
                self.flags,
                self.method,
                _DOS_TIME,
                _DOS_DATE,
                self.crc,
                len(self.data),
                self.size,
                len(name),
                0,
                0,
                0,
                0,
                _EXTERNAL_ATTR,
                offset,
            )
            + name
        )


def deflated(name: str, content: bytes, level: int = 6) -> Member:
    """A member holding ``content`` deflated (raw deflate, as ZIP stores it)."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    data = compressor.compress(content) + compressor.flush()
    return Member(name, zipfile.ZIP_DEFLATED, zlib.crc32(content) & 0xFFFFFFFF, len(content), data)


def read_members(archive: bytes) -> list[Member]:
    """The members of a ZIP archive in their order, with their compressed bytes as stored.

    Members compressed with a method other than stored/deflate are re-deflated. The archive is
    checked (CRC of every member) before anything is returned."""
    import io

    members: list[Member] = []
    with zipfile.ZipFile(io.BytesIO(archive)) as source:
        bad = source.testzip()
        if bad is not None:
            raise zipfile.BadZipFile(f"member {bad!r} is corrupt")
        for info in source.infolist():
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                raise zipfile.BadZipFile(f"member {info.filename!r} is encrypted")
            if info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                start = info.header_offset
                header = archive[start : start + _LOCAL.size]
                fields = _LOCAL.unpack(header)
                if fields[0] != b"PK\x03\x04":
                    raise zipfile.BadZipFile(f"bad local header for {info.filename!r}")
                data_start = start + _LOCAL.size + fields[9] + fields[10]
                data = archive[data_start : data_start + info.compress_size]
                members.append(
                    Member(info.filename, info.compress_type, info.CRC, info.file_size, data)
                )
            else:
                members.append(deflated(info.filename, source.read(info)))
    return members


def build_zip(members: Iterable[Member]) -> bytes:
    """Assemble a ZIP archive from ``members`` in the given order."""
    chunks: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    count = 0
    for member in members:
        if len(member.data) > _LIMIT or member.size > _LIMIT or offset > _LIMIT:
            raise ValueError("document too large for a ZIP archive without ZIP64")
        header = member.local_header()
        central.append(member.central_header(offset))
        chunks.append(header)
        chunks.append(member.data)
        offset += len(header) + len(member.data)
        count += 1
    directory = b"".join(central)
    end = _END.pack(b"PK\x05\x06", 0, 0, count, count, len(directory), offset, 0)
    chunks.append(directory)
    chunks.append(end)
    return b"".join(chunks)
