"""A picture file read before anything is made of it (``pictures/picture_info.py``): its size
as shown, its kind, whether it holds a photo, and the files refused."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image, ImageDraw, PngImagePlugin

from generator.pictures import picture_info, picture_plan
from generator.pictures.picture_info import Info, PictureError
from tests.images import (
    animated,
    bomb_png,
    metadata_bomb_png,
    photo,
    saved,
    tiny_png,
    transparent_png,
    truncated,
)


def test_inspect_gives_the_size_as_shown_after_orientation() -> None:
    assert picture_info.inspect(photo(600, 400)) == Info(600, 400, "JPEG", alpha=False, animated=False)
    # Orientation 6: the camera was on its side; the picture is shown turned a quarter.
    assert picture_info.inspect(photo(600, 400, orientation=6)) == Info(
        400, 600, "JPEG", alpha=False, animated=False
    )
    assert picture_info.inspect(transparent_png()) == Info(600, 400, "PNG", alpha=True, animated=False)


def _gps_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Camera maker"
    exif.get_ifd(0x8825).update({1: "N", 2: (55.0, 45.0, 0.0)})  # the GPS position
    return exif


@pytest.mark.parametrize("kind", ["PNG", "WEBP"])
def test_an_animated_picture_with_camera_data_is_refused(kind: str) -> None:
    # Published as it is (no renditions), it went out with its EXIF and GPS position.
    assert picture_info.inspect(animated(kind)).animated
    with pytest.raises(PictureError, match=f"^{re.escape(picture_info.ANIMATED_WITH_METADATA)}$"):
        picture_info.inspect(animated(kind, exif=_gps_exif()))
    xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>'
    if kind == "PNG":
        text = PngImagePlugin.PngInfo()
        text.add_itxt("XML:com.adobe.xmp", xmp)  # where XMP goes in a PNG
        with_xmp = animated(kind, pnginfo=text)
    else:
        with_xmp = animated(kind, xmp=xmp.encode())
    with pytest.raises(PictureError, match="holds camera data"):
        picture_info.inspect(with_xmp)


def test_a_still_picture_with_camera_data_is_not_refused_its_renditions_lose_it() -> None:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), (200, 0, 0)).save(out, "PNG", exif=_gps_exif())
    assert not picture_info.inspect(out.getvalue()).animated


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            bomb_png(),
            "has more than 89,478,485 pixels, more than a picture may have (it could be a decompression bomb); make it smaller",
        ),
        (bomb_png(9500, 9500), "has more than 89,478,485 pixels"),  # over the limit, under twice it
        *(
            (metadata_bomb_png(chunk), "holds metadata (text or a colour profile) that unpacks to far more")
            for chunk in (b"zTXt", b"iTXt", b"iCCP")
        ),
        (truncated(photo(600, 400)), "cannot be read as a picture (image file is truncated"),
        (b"\xff\xd8\xff\xe0 not really a JPEG", "cannot be read as a picture"),
        (  # said in an editor's words: it named the library that reads pictures, Pillow
            b"\xff\xd8\xff garbage",
            "cannot be read as a picture (its content is not a picture in any format the build reads); is "
            "the file damaged?",
        ),
        (b"GIF89a" + b"\0" * 5, "cannot be read as a picture"),
    ],
)
def test_bombs_and_damaged_files_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(PictureError) as caught:
        picture_info.inspect(data)
    assert str(caught.value).startswith(message)


def test_a_picture_too_tall_for_any_rendition_is_refused() -> None:
    with pytest.raises(PictureError, match="even one pixel wide it would be taller than 16,383"):
        picture_info.inspect(tiny_png(1, 20_000))
    assert picture_info.inspect(tiny_png(1, 16_383)).height == 16_383


def test_a_photo_in_a_png_or_gif_is_published_as_a_photo_and_a_drawing_stays_lossless() -> None:
    # A photo exported as PNG got lossless WebP of 1.7 MB, where its AVIF is 48 KB.
    shot = Image.open(io.BytesIO(photo(1200, 800))).convert("RGB")
    chart = Image.new("RGB", (1200, 800), "white")
    draw = ImageDraw.Draw(chart)
    for i in range(12):  # bars, their labels' letters and a line: edges blended when resized
        draw.rectangle((60 + i * 90, 700 - i * 40, 120 + i * 90, 760), fill=(0, 90 + i * 10, 160))
        draw.text((60 + i * 90, 770), f"{2010 + i}", fill="black")
    draw.line((0, 0, 1200, 800), fill="red", width=3)
    cases = {
        "photo PNG": (saved(shot, "PNG"), True),
        "16-bit scan": (
            saved(shot.convert("L").convert("I").point(lambda v: v * 256).convert("I;16"), "PNG"),
            True,
        ),
        "dithered GIF photo": (
            saved(
                shot.convert(
                    "P", palette=Image.Palette.ADAPTIVE, colors=64, dither=Image.Dither.FLOYDSTEINBERG
                ),
                "GIF",
            ),
            True,
        ),
        "chart PNG": (saved(chart, "PNG"), False),
        "chart GIF": (saved(chart.convert("P", palette=Image.Palette.ADAPTIVE, colors=32), "GIF"), False),
        "logo": (transparent_png(), False),
    }
    for name, (data, is_photo) in cases.items():
        info = picture_info.inspect(data)
        assert info.photo is is_photo, name
        assert info.lossless is not is_photo, name
        fallback = "image/png" if info.alpha or not is_photo else "image/jpeg"
        assert picture_plan.formats(info, avif=False) == (("image/webp", fallback)), name
    # A JPEG is a photo whatever its colours: the flag is for PNG and GIF.
    assert not picture_info.inspect(photo(600, 400)).photo


def _with_scans(extra: int, between: bytes = b"") -> bytes:
    """A progressive JPEG (Pillow's: ten scans) with its smallest scan, one that changes
    nothing, repeated ``extra`` times before its end, ``between`` before each repetition:
    what a hostile file holds, 100,000 times over a large picture (hours to read)."""
    data = saved(Image.new("RGB", (64, 48), (120, 120, 120)), "JPEG", progressive=True)
    # Each scan's header (0xFFDA) up to the next marker, as picture_info reads them.
    starts = [m.start() for m in re.finditer(rb"\xff\xda", data)]
    ends = [*starts[1:], data.rindex(b"\xff\xd9")]
    smallest = min((data[s:e] for s, e in zip(starts, ends, strict=True)), key=len)
    body = data[: data.rindex(b"\xff\xd9")]
    return body + (between + smallest) * extra + b"\xff\xd9"


def test_a_jpeg_of_too_many_scans_is_refused_before_it_is_decoded() -> None:
    assert picture_info.inspect(_with_scans(246)).kind == "JPEG"  # 256 scans in all
    with pytest.raises(PictureError, match=r"^is a JPEG of more than 256 scans"):
        picture_info.inspect(_with_scans(247))
    # Bytes between segments, which libjpeg passes over, do not hide the scans after them.
    with pytest.raises(PictureError, match="more than 256 scans"):
        picture_info.inspect(_with_scans(300, between=b"\x00junk\xff\x01"))
    # Scans after the end of the image (a second picture's) are not the picture's.
    many = _with_scans(0) + _with_scans(300)
    assert picture_info.inspect(many).kind == "JPEG"
