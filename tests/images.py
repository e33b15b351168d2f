"""Pictures made for tests with Pillow (the seed has no photos): photo-like JPEGs with
camera metadata, PNGs with transparency, damaged files and decompression bombs."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image, ImageDraw

GPS_IFD = 0x8825
ORIENTATION = 0x0112
MAKE = 0x010F


def photo(
    width: int = 1200, height: int = 800, *, orientation: int = 1, gps: bool = True, seed: int = 1
) -> bytes:
    """A JPEG that looks like a photo to an encoder (smooth colour fields and grain),
    with a camera's EXIF: its make, GPS coordinates and ``orientation``."""
    fields = Image.merge(
        "RGB",
        [
            Image.effect_noise((max(2, width // 40), max(2, height // 40)), 50 + 10 * i + seed).convert("L")
            for i in range(3)
        ],
    ).resize((width, height), Image.Resampling.BICUBIC)
    grain = Image.effect_noise((width, height), 10).convert("RGB")
    im = Image.blend(fields, grain, 0.12)
    # A mark in the top-left corner, to see which way up a picture was turned.
    ImageDraw.Draw(im).rectangle((0, 0, width // 4, height // 4), fill=(255, 0, 0))
    exif = Image.Exif()
    exif[MAKE] = "TestCam"
    exif[ORIENTATION] = orientation
    if gps:
        exif[GPS_IFD] = {1: "N", 2: (42.0, 52.0, 30.0), 3: "E", 4: (74.0, 35.0, 10.0)}
    out = io.BytesIO()
    im.save(out, "JPEG", quality=90, exif=exif.tobytes())
    return out.getvalue()


def transparent_png(width: int = 600, height: int = 400) -> bytes:
    im = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    ImageDraw.Draw(im).ellipse((10, 10, width - 10, height - 10), fill=(20, 90, 200, 255))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def truncated(data: bytes) -> bytes:
    """``data`` cut off half-way, as an interrupted download leaves a file."""
    return data[: len(data) // 2]


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def bomb_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` pixels: decoding it would
    take ten gigabytes (a decompression bomb)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    idat = zlib.compress(b"\0" * (width + 1) * 2)  # two rows of zeros, the rest missing
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


def tiny_png(width: int = 1, height: int = 1) -> bytes:
    """The smallest real picture: one opaque pixel by default."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()
