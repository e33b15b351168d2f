"""Metadata taken out of picture files by their blocks (``pictures/stripped.py``), checked
against what Pillow reads of the result."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image, ImageChops, PngImagePlugin

from generator.pictures import stripped
from tests.images import noted_gif, photo

GPS_IFD = 0x8825


def _jpeg_with_everything() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "TestCam"
    exif[0x0112] = 8
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (55.0, 45.0, 0.0)})
    out = io.BytesIO()
    Image.open(io.BytesIO(photo(300, 200))).convert("RGB").save(
        out, "JPEG", exif=exif, xmp=b"<x:xmpmeta>XMPCaption</x:xmpmeta>", comment=b"TheComment",
        icc_profile=b"\0" * 128, quality=90,
    )  # fmt: skip
    iptc = b"\xff\xed" + struct.pack(">H", 2 + 12) + b"Photoshop3\0\0"
    data = out.getvalue()
    return data[:2] + iptc + data[2:] + b"MOTION-CLIP-WITH-MORE-EXIF"  # what a phone appends


def test_a_jpeg_keeps_its_pixels_profile_and_orientation_only() -> None:
    data = _jpeg_with_everything()
    out = stripped.jpeg(data)
    assert out is not None
    for mark in (b"TestCam", b"XMPCaption", b"TheComment", b"Photoshop3", b"MOTION-CLIP"):
        assert mark not in out, mark
    with Image.open(io.BytesIO(out)) as im, Image.open(io.BytesIO(data)) as before:
        assert dict(im.getexif()) == {0x0112: 8}
        assert im.info.get("icc_profile") == before.info.get("icc_profile")  # the colour profile stays
        assert ImageChops.difference(im.convert("RGB"), before.convert("RGB")).getbbox() is None
    assert out.endswith(b"\xff\xd9")


def test_an_upright_jpeg_gets_no_exif_at_all() -> None:
    out = stripped.jpeg(photo(300, 200, orientation=1))
    assert out is not None and b"Exif\0\0" not in out and b"TestCam" not in out


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def test_a_png_keeps_only_the_chunks_of_its_picture_and_colours() -> None:
    text = PngImagePlugin.PngInfo()
    text.add_text("Author", "TheAuthor")
    text.add_itxt("XML:com.adobe.xmp", "XMPCaption")
    out = io.BytesIO()
    Image.new("P", (40, 30), 2).save(out, "PNG", pnginfo=text, transparency=2)
    data = out.getvalue()
    data = (
        data[:-12]
        + _png_chunk(b"tIME", b"\x07\xe8\x01\x01\0\0\0")
        + _png_chunk(b"prVt", b"tool")
        + data[-12:]
    )
    cleaned = stripped.png(data)
    assert cleaned is not None
    for mark in (b"TheAuthor", b"XMPCaption", b"tIME", b"prVt"):
        assert mark not in cleaned, mark
    with Image.open(io.BytesIO(cleaned)) as im, Image.open(io.BytesIO(data)) as before:
        assert im.mode == "P" and im.info.get("transparency") == before.info.get("transparency") is not None
        assert ImageChops.difference(im.convert("RGBA"), before.convert("RGBA")).getbbox() is None
    cut = stripped.png(data[:-20])  # cut off before its end: what came whole, and an end
    assert cut is not None and cut.endswith(b"IEND\xaeB`\x82") and b"TheAuthor" not in cut
    assert stripped.png(data[:40]) is None  # cut off before any pixel data: not followed


def test_a_png_turned_by_its_exif_is_left_to_be_saved_upright() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    Image.new("RGB", (40, 30)).save(out, "PNG", exif=exif)
    assert stripped.png(out.getvalue()) is None


def test_a_webp_loses_its_exif_and_xmp_chunks_and_their_flags() -> None:
    exif = Image.Exif()
    exif[0x010F] = "TestCam"
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 20, 30)).save(out, "WEBP", exif=exif, xmp=b"XMPCaption", lossless=True)
    data = out.getvalue()
    cleaned = stripped.webp(data)
    assert cleaned is not None and b"TestCam" not in cleaned and b"XMPCaption" not in cleaned
    assert struct.unpack("<I", cleaned[4:8])[0] == len(cleaned) - 8
    with Image.open(io.BytesIO(cleaned)) as im:
        assert not im.getexif() and "xmp" not in im.info and im.getpixel((0, 0)) == (10, 20, 30)
    assert stripped.webp_lossless(data) and not stripped.webp_lossless(_lossy_webp())
    assert stripped.webp(b"RIFF\0\0\0\0WEBP" + b"VP8X" + struct.pack("<I", 999)) is None


def _lossy_webp() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30)).save(out, "WEBP", quality=80)
    return out.getvalue()


def test_what_is_not_the_format_is_not_followed() -> None:
    assert (
        stripped.jpeg(b"GIF89a") is None
        and stripped.png(b"\xff\xd8") is None
        and stripped.webp(b"RIFF") is None
    )
    assert stripped.jpeg(b"\xff\xd8\xff\xe1\x00\x40short") is None  # a segment longer than the file


def _frames(data: bytes) -> list[tuple[int, bytes]]:
    """Each frame of a GIF as Pillow reads it: its duration and its pixels."""
    found = []
    with Image.open(io.BytesIO(data)) as im:
        for k in range(getattr(im, "n_frames", 1)):
            im.seek(k)
            found.append((im.info["duration"], im.convert("RGBA").tobytes()))
    return found


def test_a_gif_loses_every_text_it_carries_and_keeps_its_frames_and_timing() -> None:
    # An animated GIF is published as it is, from media/: a private note in its comment,
    # its XMP or another program's block went out with it to every reader.
    data = noted_gif(b"NOTE-FOR-THE-DESK")
    out = stripped.gif(data)
    assert out is not None and b"NOTE-FOR-THE-DESK" not in out
    assert b"NETSCAPE2.0" in out  # how often it plays
    with Image.open(io.BytesIO(out)) as im:
        assert "comment" not in im.info and "xmp" not in im.info and im.info["loop"] == 0
    assert _frames(out) == _frames(data) and [d for d, _ in _frames(out)] == [100, 200, 300]
    assert stripped.gif(out) == out  # nothing more to take out


def test_a_gif_without_notes_is_the_same_bytes_and_one_cut_off_keeps_what_it_has() -> None:
    plain = io.BytesIO()
    Image.new("P", (60, 40), 3).save(plain, "GIF", transparency=3)
    assert stripped.gif(plain.getvalue()) == plain.getvalue()
    data = noted_gif(b"NOTE-FOR-THE-DESK")
    assert stripped.gif(data + b"AFTER-THE-END") == stripped.gif(data)
    cut = data[: len(data) - 20]  # inside its last frame
    out = stripped.gif(cut)
    assert out is not None and b"NOTE-FOR-THE-DESK" not in out and out.endswith(cut[-20:])
    cut_in_note = data[: data.index(b"NOTE-FOR-THE-DESK") + 4]
    screen = 13 + 3 * 2 ** ((data[10] & 7) + 1)  # the screen and its palette: all that came whole
    assert stripped.gif(cut_in_note) == data[:screen]
    assert stripped.gif(b"GIF89") is None and stripped.gif(photo(30, 20)) is None
