"""Pictures made for tests with Pillow (the seed has no photos): photo-like JPEGs with
camera metadata, PNGs with transparency, damaged files and decompression bombs."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
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


def metadata_bomb_png(chunk: bytes = b"zTXt") -> bytes:
    """A 1x1 PNG whose text (``zTXt``, ``iTXt``) or colour profile (``iCCP``) chunk is
    20 kB packed and 20 MB unpacked, twenty times what Pillow unpacks: a decompression bomb
    in its metadata."""
    packed = zlib.compress(b"A" * 20_000_000, 9)
    body = {b"zTXt": b"Comment\0\0", b"iTXt": b"XML:com.adobe.xmp\0\1\0\0\0", b"iCCP": b"icc\0\0"}[chunk]
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)  # 8-bit RGB
    idat = zlib.compress(b"\0\xc8\x1e\x1e")
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(chunk, body + packed)
        + _chunk(b"IDAT", idat)
        + _chunk(b"IEND", b"")
    )


def tiny_png(width: int = 1, height: int = 1) -> bytes:
    """The smallest real picture: one opaque pixel by default."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def grey_profile(gamma: float = 2.2) -> bytes:
    """A small, valid ICC (version 2) display profile of grey levels with ``gamma``, as a
    black-and-white photo from an editing program carries ("Gray Gamma 2.2"): a header,
    then a tag table of a description, a copyright, the white point and the tone curve.
    Pillow's ImageCms makes RGB and Lab profiles only."""

    def fixed(v: float) -> bytes:  # s15Fixed16Number
        return struct.pack(">i", round(v * 65536))

    text = b"Grey, test\0"
    tags = [
        (b"desc", b"desc\0\0\0\0" + struct.pack(">I", len(text)) + text + b"\0" * 79),
        (b"cprt", b"text\0\0\0\0No copyright\0"),
        (b"wtpt", b"XYZ \0\0\0\0" + fixed(0.9642) + fixed(1.0) + fixed(0.8249)),
        (b"kTRC", b"curv\0\0\0\0" + struct.pack(">IH", 1, round(gamma * 256)) + b"\0\0"),
    ]
    table, data = b"", b""
    start = 128 + 4 + 12 * len(tags)
    for name, body in tags:
        data += b"\0" * (-len(data) % 4)  # each tag on a 4-byte boundary
        table += name + struct.pack(">II", start + len(data), len(body))
        data += body
    body = struct.pack(">I", len(tags)) + table + data
    body += b"\0" * (-len(body) % 4)
    d50 = fixed(0.9642) + fixed(1.0) + fixed(0.8249)
    header = (
        struct.pack(">I", 128 + len(body))
        + b"lcms"
        + bytes([2, 0x10, 0, 0])
        + b"mntr"
        + b"GRAY"
        + b"XYZ "
        + b"\0" * 12
        + b"acsp"
        + b"APPL"
        + b"\0" * 24
        + d50
        + b"\0" * 48
    )  # fmt: skip: size, maker, version, class, colours, connection space, date, ..., D50
    assert len(header) == 128
    return header + body


def grey_jpeg(level: int, profile: bytes | None, width: int = 1200, height: int = 800) -> bytes:
    """A greyscale JPEG of one grey ``level``, carrying ``profile``."""
    out = io.BytesIO()
    options = {"icc_profile": profile} if profile else {}
    Image.new("L", (width, height), level).save(out, "JPEG", quality=95, **options)
    return out.getvalue()


PRINT_PROFILES = Path("/usr/share/color/icc/ghostscript")
"""Real ICC profiles from Debian's libgs-common (Ghostscript's own, free to use): a
printing press's CMYK inks (``default_cmyk.icc``) and Adobe RGB (``a98.icc``), the kinds
a photo from a newspaper's print desk carries."""


def print_profile(name: str) -> bytes:
    """The profile ``name`` of ``PRINT_PROFILES``. A test skips without it, except under
    CI, where a skip would hide a missing install step (``.ci/run`` installs it)."""
    path = PRINT_PROFILES / name
    if not path.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing; apt-get install libgs-common")
        pytest.skip(f"{path} is missing (apt-get install libgs-common)")
    return path.read_bytes()


def cmyk_jpeg(inks: tuple[int, int, int, int], profile: bytes, width: int = 1200, height: int = 800) -> bytes:
    """A CMYK JPEG all of one mix of ``inks`` (cyan, magenta, yellow, black: 0-255),
    carrying ``profile``, as Photoshop saves a photo made ready for print."""
    out = io.BytesIO()
    Image.new("CMYK", (width, height), inks).save(out, "JPEG", quality=95, icc_profile=profile)
    return out.getvalue()


def png_with_gamma(
    im: Image.Image, gamma: float, *, icc_profile: bytes | None = None, srgb: bool = False
) -> bytes:
    """``im`` as a PNG whose gAMA chunk says its values were encoded with ``gamma`` (an
    older Mac program's PNG says 1/1.8; one of linear values, 1); with ``icc_profile``
    (an iCCP chunk) or an sRGB chunk, which browsers take instead of the gamma, if given."""
    out = io.BytesIO()
    im.save(out, "PNG", **({"icc_profile": icc_profile} if icc_profile else {}))
    png = out.getvalue()
    at = png.index(b"IDAT") - 4  # before the pixels, as the PNG standard puts it
    added = _chunk(b"gAMA", struct.pack(">I", round(gamma * 100_000)))
    if srgb:
        added += _chunk(b"sRGB", b"\0")  # rendering intent: perceptual
    return png[:at] + added + png[at:]


def without_adobe_block(jpeg: bytes) -> bytes:
    """``jpeg`` without its APP14 "Adobe" segment, which says how a CMYK JPEG stores its
    inks: as a program other than Adobe's may save one, or a tool that strips every
    application segment leaves one."""
    out, i = [jpeg[:2]], 2
    while jpeg[i + 1] != 0xDA:  # the segments up to the first scan
        (length,) = struct.unpack(">H", jpeg[i + 2 : i + 4])
        if jpeg[i + 1] != 0xEE:
            out.append(jpeg[i : i + 2 + length])
        i += 2 + length
    return b"".join([*out, jpeg[i:]])


def sixteen_bit_grey_png(level: int, width: int = 1200, height: int = 800) -> bytes:
    """A PNG of 16-bit grey levels (0-65535), all ``level``."""
    out = io.BytesIO()
    Image.new("I;16", (width, height), level).save(out, "PNG")
    return out.getvalue()


def animated(kind: str, **metadata: Any) -> bytes:
    """An animation of two frames in ``kind`` (GIF, PNG, WEBP), saved with ``metadata``
    (``exif=``, ``xmp=``, ``pnginfo=``...)."""
    frames = [Image.new("RGB", (60, 40), colour) for colour in ((200, 0, 0), (0, 0, 200))]
    out = io.BytesIO()
    frames[0].save(out, kind, save_all=True, append_images=frames[1:], duration=100, loop=0, **metadata)
    return out.getvalue()


def saved(im: Image.Image, kind: str, **options: Any) -> bytes:
    """``im`` saved as a ``kind`` file with Pillow's ``options``."""
    out = io.BytesIO()
    im.save(out, kind, **options)
    return out.getvalue()


def noted_gif(note: bytes, frames: int = 3) -> bytes:
    """An animated GIF of ``frames`` frames of their own duration (100, 200, 300 ms...)
    carrying ``note`` everywhere a GIF carries text: a comment, a plain-text block (which
    no browser shows), an XMP block and another program's own block."""
    colours = [(200, 0, 0), (0, 200, 0), (0, 0, 200), (200, 200, 0)]
    pictures = [Image.new("RGB", (60, 40), colours[k % len(colours)]) for k in range(frames)]
    out = io.BytesIO()
    pictures[0].save(
        out, "GIF", save_all=True, append_images=pictures[1:], loop=0, comment=note,
        duration=[100 * (k + 1) for k in range(frames)],
    )  # fmt: skip
    data = out.getvalue()

    def extension(label: int, *blocks: bytes) -> bytes:
        return bytes([0x21, label]) + b"".join(bytes([len(b)]) + b for b in blocks) + b"\0"

    extra = (
        extension(0xFF, b"XMP DataXMP", b"<x:xmpmeta>" + note + b"</x:xmpmeta>")
        + extension(0xFF, b"PHOTODSK1.0", note)
        + extension(0x01, bytes(12), note)
    )
    screen = 13 + (3 << ((data[10] & 7) + 1) if data[10] & 0x80 else 0)
    return data[:screen] + extra + data[screen:]
