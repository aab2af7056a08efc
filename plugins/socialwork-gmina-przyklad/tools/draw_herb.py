"""Draw the (fictional) herb of Gmina Przykładowo: a blue heater shield with a golden sun
over a silver river — no real coat of arms. Writes ``src/socialwork_gmina_przyklad/herb.png``
(RGBA, transparent around the shield) with nothing but the standard library.

    python tools/draw_herb.py
"""

from __future__ import annotations

import math
import struct
import zlib
from pathlib import Path

WIDTH, HEIGHT = 180, 216
HERB_HEIGHT_MM = 16  # its natural size: the resolution written into the file
SCALE = 4  # supersampling for smooth edges
OUT = Path(__file__).resolve().parents[1] / "src" / "socialwork_gmina_przyklad" / "herb.png"

BLUE = (31, 78, 156)
GOLD = (232, 185, 35)
SILVER = (236, 240, 245)
OUTLINE = (25, 25, 30)


def _in_shield(x: float, y: float, inset: float = 0.0) -> bool:
    """A heater shield: straight sides down to 55 % of the height, then two arcs meeting at
    the bottom point."""
    left, right, top, bottom = 6 + inset, WIDTH - 6 - inset, 6 + inset, HEIGHT - 6 - inset
    if not (left <= x <= right and top <= y <= bottom):
        return False
    knee = top + (bottom - top) * 0.55
    if y <= knee:
        return True
    # each side curves from (side, knee) to the point (centre, bottom)
    half = (right - left) / 2
    centre = (left + right) / 2
    t = (y - knee) / (bottom - knee)
    reach = half * math.sqrt(max(0.0, 1 - t * t))
    return abs(x - centre) <= reach


def _colour(x: float, y: float) -> tuple[int, int, int, int]:
    if not _in_shield(x, y):
        return (0, 0, 0, 0)
    if not _in_shield(x, y, inset=5):
        return (*OUTLINE, 255)
    cx, cy = WIDTH / 2, 82
    dx, dy = x - cx, y - cy
    distance = math.hypot(dx, dy)
    if distance <= 24:
        return (*GOLD, 255)
    angle = math.atan2(dy, dx)
    ray = abs(math.sin(6 * angle))  # twelve rays
    if distance <= 44 and ray < 0.35 * (1 - (distance - 24) / 20):
        return (*GOLD, 255)
    for band in (140, 158):  # the river: two wavy silver bands
        wave = band + 5 * math.sin((x - 10) / 14)
        if abs(y - wave) <= 4.5:
            return (*SILVER, 255)
    return (*BLUE, 255)


def _pixels() -> list[bytes]:
    rows = []
    n = SCALE * SCALE
    for py in range(HEIGHT):
        row = bytearray([0])  # filter type 0
        for px in range(WIDTH):
            r = g = b = a = 0
            for sy in range(SCALE):
                for sx in range(SCALE):
                    cr, cg, cb, ca = _colour(px + (sx + 0.5) / SCALE, py + (sy + 0.5) / SCALE)
                    r += cr * ca
                    g += cg * ca
                    b += cb * ca
                    a += ca
            if a:
                row += bytes((r // a, g // a, b // a, a // n))
            else:
                row += b"\0\0\0\0"
        rows.append(bytes(row))
    return rows


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(
        ">I", zlib.crc32(kind + data) & 0xFFFFFFFF
    )


def png() -> bytes:
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 6, 0, 0, 0)  # 8-bit RGBA
    per_metre = round(HEIGHT / (HERB_HEIGHT_MM / 1000))  # printed HERB_HEIGHT_MM high
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))
        + _chunk(b"IDAT", zlib.compress(b"".join(_pixels()), 9))
        + _chunk(b"IEND", b"")
    )


if __name__ == "__main__":
    OUT.write_bytes(png())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
