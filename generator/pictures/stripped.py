"""A picture file's metadata taken out by its bytes, the pixels left as they are.

A picture a Markdown text shows or links to is published at its own address, as the
reader's "full photo" (``picture_encoding.clean``). Saving it again would cost quality (a JPEG
saved twice), size (a palette PNG saved as RGB more than doubled) or both, and decoding
it at all refuses what a link published before (a scan of 100 million pixels). So the
blocks that carry metadata are left out of the file as it is: a JPEG's EXIF, XMP, IPTC
and comment segments (its colour profile and pixels kept, its orientation kept in an
EXIF block of its own, so a photo taken sideways still shows upright); a PNG's text,
time and EXIF chunks; a WebP's EXIF and XMP chunks; a GIF's comments, and the extensions
of other programs (XMP among them) but for the loop count and the colour profile. Each
function gives None for a file whose blocks cannot be followed, or a PNG or WebP turned
by its EXIF (browsers may not read it there), which is then saved again instead
(``picture_encoding.clean``). An animation a story shows is published from ``media/``
(``media.publishable``), by the same functions.
"""

from __future__ import annotations

import struct
from typing import Any

ORIENTATION = 0x0112
"""The EXIF tag saying how the camera was held."""

_JPEG_FRAMELESS = frozenset({0x01, *range(0xD0, 0xD8)})
"""Markers without a length: TEM and the restart markers."""


def jpeg(data: bytes) -> bytes | None:
    """A JPEG without its APP1 (EXIF, XMP), APP13 (IPTC), comment and other applications'
    segments, and without what follows its end (a camera's second pictures, a phone's
    motion clip); its JFIF and Adobe segments, colour profile, tables and scans as they
    are, and its orientation, where not upright, in an EXIF segment of its own."""
    if not data.startswith(b"\xff\xd8"):
        return None
    kept: list[bytes] = []
    orientation = 1
    i = 2
    while i + 4 <= len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # a fill byte
            i += 1
            continue
        if marker in _JPEG_FRAMELESS:
            kept.append(data[i : i + 2])
            i += 2
            continue
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        end = i + 2 + length
        if length < 2 or end > len(data):
            return None
        segment = data[i:end]
        if marker == 0xDA:  # the first scan: the pixels, up to the end of the picture
            last = data.find(b"\xff\xd9", end)
            scans = data[i:] if last < 0 else data[i : last + 2]
            return b"".join([b"\xff\xd8", *_upright(kept, orientation), scans])
        if marker == 0xE1 and segment[4:10] == b"Exif\0\0":
            orientation = _orientation(segment[4:]) or orientation
        elif not _metadata_segment(marker, segment):
            kept.append(segment)
        i = end
    return None


def _metadata_segment(marker: int, segment: bytes) -> bool:
    """Whether a JPEG segment carries metadata: any application segment but JFIF (APP0),
    the colour profile (APP2 "ICC_PROFILE") and Adobe's (APP14, how its colours are
    stored), and comments."""
    if marker == 0xFE:
        return True
    if not 0xE0 <= marker <= 0xEF:
        return False
    if marker == 0xE2:
        return segment[4:16] != b"ICC_PROFILE\0"
    return marker not in (0xE0, 0xEE)


def _orientation(exif: bytes) -> int | None:
    """The orientation an EXIF block ("Exif\\0\\0" and its TIFF data) gives, if any."""
    from PIL import Image

    try:
        found: Any = Image.Exif()
        found.load(exif)
        value = found.get(ORIENTATION)
    except Exception:  # untrusted bytes: a block that cannot be read says nothing
        return None
    return value if isinstance(value, int) and 1 <= value <= 8 else None


def _upright(kept: list[bytes], orientation: int) -> list[bytes]:
    """The kept segments, with an EXIF segment holding only ``orientation`` after the
    JFIF one (where a reader looks for it) when the picture is not upright as stored."""
    if orientation == 1:
        return kept
    from PIL import Image

    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    payload = exif.tobytes()
    if not payload.startswith(b"Exif\0\0"):
        payload = b"Exif\0\0" + payload
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    at = 1 if kept and kept[0][:2] == b"\xff\xe0" else 0
    return [*kept[:at], segment, *kept[at:]]


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_KEPT = frozenset(
    {
        b"IHDR", b"PLTE", b"IDAT", b"IEND",  # the picture itself
        b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT", b"sRGB", b"cICP", b"mDCV", b"cLLI", b"bKGD",  # colours
        b"acTL", b"fcTL", b"fdAT",  # an animation's frames
    }
)  # fmt: skip
"""The chunks that make the picture and its colours; the others (text, time, EXIF, a
tool's private chunks) are left out."""


_PNG_END = b"\0\0\0\0IEND\xaeB`\x82"


def png(data: bytes) -> bytes | None:
    """A PNG with only the chunks of ``_PNG_KEPT``; one cut off after its first pixel
    data, the whole chunks before the cut and an end."""
    if not data.startswith(PNG_SIGNATURE):
        return None
    out = [PNG_SIGNATURE]
    i = len(PNG_SIGNATURE)
    while i + 12 <= len(data):
        (length,) = struct.unpack(">I", data[i : i + 4])
        kind = data[i + 4 : i + 8]
        end = i + 12 + length
        if end > len(data):
            break
        if kind == b"eXIf" and (_orientation(data[i + 8 : end - 4]) or 1) != 1:
            return None  # turned by its EXIF, which browsers may not read in a PNG: saved upright instead
        if kind in _PNG_KEPT:
            out.append(data[i:end])
        i = end
        if kind == b"IEND":
            return b"".join(out)
    # Cut off: what came whole, ended as a PNG ends (it showed so before, and still does).
    return b"".join([*out, _PNG_END]) if b"IDAT" in {c[4:8] for c in out} else None


_WEBP_FLAGS = {b"EXIF": 0x08, b"XMP ": 0x04}
"""The metadata chunks of a WebP file, with their flags in its VP8X chunk."""


def webp(data: bytes) -> bytes | None:
    """A WebP without its EXIF and XMP chunks (and their flags in VP8X)."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        return None
    chunks: list[bytes] = []
    cleared = 0
    i = 12
    while i + 8 <= len(data):
        kind = data[i : i + 4]
        (length,) = struct.unpack("<I", data[i + 4 : i + 8])
        end = i + 8 + length + (length & 1)  # each chunk padded to an even length
        if i + 8 + length > len(data):
            return None
        if kind == b"EXIF" and (_orientation(data[i + 8 : i + 8 + length]) or 1) != 1:
            return None  # turned by its EXIF, as a PNG may be
        if kind in _WEBP_FLAGS:
            cleared |= _WEBP_FLAGS[kind]
        else:
            chunks.append(data[i:end])
        i = end
    if cleared:
        chunks = [_without_flags(c, cleared) if c[:4] == b"VP8X" else c for c in chunks]
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _without_flags(vp8x: bytes, flags: int) -> bytes:
    return vp8x[:8] + bytes([vp8x[8] & ~flags & 0xFF]) + vp8x[9:]


def webp_lossless(data: bytes) -> bool:
    """Whether a WebP file's picture is stored without loss (a VP8L chunk)."""
    i = 12
    while i + 8 <= len(data):
        kind = data[i : i + 4]
        if kind in (b"VP8 ", b"VP8L"):
            return kind == b"VP8L"
        (length,) = struct.unpack("<I", data[i + 4 : i + 8])
        i += 8 + length + (length & 1)
    return False


GIF_KEPT_APPLICATIONS = frozenset({b"NETSCAPE2.0", b"ANIMEXTS1.0", b"ICCRGBG1012"})
"""The application extensions a GIF keeps: how often an animation plays (Netscape's, and
the same block under another name) and its colour profile. Any other program's (XMP,
a tool's own notes) is left out."""

_GIF_CONTROL, _GIF_APPLICATION = 0xF9, 0xFF


def gif(data: bytes) -> bytes | None:
    """A GIF without its comments, plain-text blocks (which no browser shows) and other
    programs' extensions (``GIF_KEPT_APPLICATIONS``), and without what follows its end;
    its frames, palettes, timing and transparency as they are. One cut off inside a frame
    keeps what it has of it, as browsers show it. None only for a file that is not a GIF:
    whatever a GIF's blocks, none of its metadata is published."""
    if len(data) < 13 or data[:6] not in (b"GIF87a", b"GIF89a"):
        return None
    start = 13 + _gif_palette(data[10])
    out = [data[:start]]
    i = start
    while i < len(data):
        block = data[i]
        if block == 0x3B:  # the trailer: the end of the picture
            out.append(data[i : i + 1])
            return b"".join(out)
        if block == 0x2C:  # a frame: its descriptor, palette and picture data
            if i + 11 > len(data):
                break
            end = _gif_sub_blocks(data, i + 10 + _gif_palette(data[i + 9]) + 1)  # + the LZW code size
            if end is None:  # cut off inside its picture: shown as far as it goes
                out.append(data[i:])
                return b"".join(out)
        elif block == 0x21:  # an extension: its label, then its sub-blocks
            end = _gif_sub_blocks(data, i + 2)
            if end is None:
                break
            if _gif_kept(data[i + 1], data[i + 2 : end]):
                out.append(data[i:end])
            i = end
            continue
        else:  # not a block: browsers take the picture as ended there, and so is it here
            break
        out.append(data[i:end])
        i = end
    return b"".join(out)  # cut off, or ended by what is not a block: what came whole


def _gif_palette(flags: int) -> int:
    """The length of the colour table that a GIF's screen or frame descriptor ``flags`` announce."""
    return 3 << ((flags & 0x07) + 1) if flags & 0x80 else 0


def _gif_sub_blocks(data: bytes, i: int) -> int | None:
    """Where the sub-blocks starting at ``i`` end (past their empty last one); None if cut off."""
    while i < len(data):
        size = data[i]
        i += 1 + size
        if size == 0:
            return i
    return None


def _gif_kept(label: int, body: bytes) -> bool:
    """Whether an extension with ``label`` and sub-blocks ``body`` is kept: a frame's timing
    and transparency, and the applications of ``GIF_KEPT_APPLICATIONS``."""
    if label == _GIF_CONTROL:
        return True
    return label == _GIF_APPLICATION and body[:1] == b"\x0b" and body[1:12] in GIF_KEPT_APPLICATIONS
