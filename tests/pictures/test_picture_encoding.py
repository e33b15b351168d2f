"""The bytes of the renditions (``pictures/picture_encoding.py``): upright, without metadata,
the same every time, colours as browsers show the file; cuts for shared links, and linked
files cleaned of their metadata."""

from __future__ import annotations

import base64
import io
import os
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops, ImageCms, ImageDraw, ImageOps, ImageStat, PngImagePlugin

from generator.pictures import picture_encoding, picture_info, picture_plan
from tests.images import (
    GPS_IFD,
    animated,
    cmyk_jpeg,
    grey_jpeg,
    grey_profile,
    noted_gif,
    photo,
    png_with_gamma,
    print_profile,
    saved,
    sixteen_bit_grey_png,
    transparent_png,
    without_adobe_block,
)


def test_encoding_turns_the_picture_upright_and_leaves_the_metadata_out() -> None:
    data = photo(1200, 800, orientation=6)  # red mark top left as stored; top right as shown
    assert b"TestCam" in data and b"Exif\0\0" in data
    info = picture_info.inspect(data)
    plan = picture_plan.plan("s", "p.jpg", info, avif=picture_plan.avif_available())
    made = picture_encoding.encode(data, info, plan)
    assert set(made) == {r.path for f in plan.formats for r in f.renditions}
    for fmt in plan.formats:
        for r in fmt.renditions:
            out = made[r.path]
            # By bytes, only markers too long to turn up by chance in compressed noise (the
            # three bytes "GPS" did, now and then): the location is looked for below, by tag.
            assert b"TestCam" not in out and b"Exif\0\0" not in out
            with Image.open(io.BytesIO(out)) as im:
                assert im.get_format_mimetype() == fmt.mime
                assert im.size == (r.width, r.height)
                assert not im.getexif() and not im.getexif().get_ifd(GPS_IFD)
                assert "exif" not in im.info and "xmp" not in im.info
                rgb = im.convert("RGB")
                red, green, _ = rgb.getpixel((r.width - 3, 3))  # type: ignore[misc]
                assert red > 200 and green < 60, "the mark is top right once upright"
                # Where the mark was as stored: the photo's random colour field, whose one
                # pixel was red enough now and then; averaged over the corner, it is not.
                corner = rgb.crop((0, 0, r.width // 5, r.height // 5))
                red, green, _ = ImageStat.Stat(corner).mean
                assert not (red > 200 and green < 60)


def test_encoding_is_the_same_bytes_every_time() -> None:
    data = photo(900, 600)
    info = picture_info.inspect(data)
    plan = picture_plan.plan("s", "p.jpg", info, avif=picture_plan.avif_available())
    made = picture_encoding.encode(data, info, plan)
    assert made and made == picture_encoding.encode(data, info, plan)  # two empty dicts are equal too


def test_transparency_is_kept_with_a_png_fallback() -> None:
    data = transparent_png(600, 400)
    info = picture_info.inspect(data)
    plan = picture_plan.plan("s", "logo.png", info, avif=True)
    made = picture_encoding.encode(data, info, plan)
    with Image.open(io.BytesIO(made["s/pictures/logo.png.240.png"])) as im:
        assert im.mode == "RGBA" and im.getpixel((0, 0))[3] == 0  # type: ignore[index]
    with Image.open(io.BytesIO(made["s/pictures/logo.png.600.webp"])) as im:
        assert im.getpixel((0, 0))[3] == 0  # type: ignore[index]


def _renditions(data: bytes, name: str) -> dict[str, Image.Image]:
    """Every rendition of the picture ``data``, opened (and loaded)."""
    info = picture_info.inspect(data)
    made = picture_encoding.encode(
        data, info, picture_plan.plan("s", name, info, avif=picture_plan.avif_available())
    )
    opened: dict[str, Image.Image] = {}
    for path, out in made.items():
        with Image.open(io.BytesIO(out)) as im:
            im.load()
            opened[path] = im
    assert opened, f"no rendition of {name}"  # else a test's loop over them asserts nothing
    return opened


def _colour_space(im: Image.Image) -> bytes | None:
    profile = im.info.get("icc_profile")
    return profile[16:20] if profile else None


def test_a_grey_pictures_profile_is_turned_into_srgb_colours_not_kept_on_rgb_pixels() -> None:
    # Chromium shows an RGB AVIF that carries a profile of grey levels as a broken image.
    made = _renditions(grey_jpeg(100, grey_profile(2.2)), "bw.jpg")
    assert any(path.endswith(".avif") for path in made) == picture_plan.avif_available()
    for path, im in made.items():
        assert _colour_space(im) is None, path  # sRGB, as a browser takes a picture without one
        level = ImageStat.Stat(im.convert("RGB")).mean
        # Gamma 2.2 grey 100 is sRGB's grey 100, give or take the curves' difference.
        assert all(abs(c - 100) <= 6 for c in level), (path, level)


def _with_profile(profile: bytes, im: Image.Image | None = None, kind: str = "JPEG") -> bytes:
    out = io.BytesIO()
    (im or Image.new("RGB", (900, 600), (200, 60, 40))).save(out, kind, icc_profile=profile)
    return out.getvalue()


@pytest.mark.parametrize("kind", ["grey", "unreadable-rgb", "cmyk"])
def test_chromium_shows_every_rendition_of_a_photo_with_a_profile(
    kind: str, browser: Any, tmp_path: Path
) -> None:
    # Before, each AVIF of such a photo was a broken image in Chromium (naturalWidth 0).
    if kind == "grey":
        data = grey_jpeg(100, grey_profile(2.2), 600, 400)
    elif kind == "cmyk":
        data = cmyk_jpeg(CYAN_INK, print_profile("default_cmyk.icc"), 600, 400)
    else:
        data = _with_profile(b"\0" * 16 + b"RGB " + b"x" * 300, Image.new("RGB", (600, 400), (200, 60, 40)))
    info = picture_info.inspect(data)
    plan = picture_plan.plan("s", "bw.jpg", info, avif=picture_plan.avif_available())
    made = picture_encoding.encode(data, info, plan)
    widths = {os.path.basename(r.path): r.width for f in plan.formats for r in f.renditions}
    for path, out in made.items():
        (tmp_path / os.path.basename(path)).write_bytes(out)
    (tmp_path / "page.html").write_text("".join(f'<img src="{name}">' for name in widths))
    page = browser.new_page()
    try:
        page.goto((tmp_path / "page.html").as_uri())
        page.wait_for_function("[...document.images].every(i => i.complete)")
        shown = page.evaluate("[...document.images].map(i => i.naturalWidth)")
    finally:
        page.close()
    assert dict(zip(widths, shown, strict=True)) == widths


def test_a_profile_that_cannot_be_used_is_left_out() -> None:
    broken = grey_profile()[:100]  # cut off in its header: unreadable
    for path, im in _renditions(grey_jpeg(100, broken), "bw.jpg").items():
        assert _colour_space(im) is None, path
        assert abs(ImageStat.Stat(im.convert("L")).mean[0] - 100) <= 3


def test_a_grey_png_keeps_its_see_through_level_when_its_profile_is_converted() -> None:
    im = Image.new("L", (600, 400), 200)
    im.paste(0, (0, 0, 300, 400))  # the left half: the level marked see-through
    out = io.BytesIO()
    im.save(out, "PNG", transparency=0, icc_profile=grey_profile(2.2))
    for path, made in _renditions(out.getvalue(), "logo.png").items():
        rgba = made.convert("RGBA")
        assert rgba.getpixel((10, 10))[3] == 0, path  # type: ignore[index]
        assert rgba.getpixel((made.width - 10, 10))[3] == 255, path  # type: ignore[index]


def test_a_cmyk_photos_profile_that_cannot_be_used_is_left_out() -> None:
    # No CMYK profile can be made here (ImageCms makes RGB and Lab ones), so this is one
    # that says CMYK and is not: the renditions must carry no profile of inks either way.
    fake = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    fake[16:20] = b"CMYK"
    out = io.BytesIO()
    Image.new("RGB", (900, 600), (200, 60, 40)).convert("CMYK").save(out, "JPEG", icc_profile=bytes(fake))
    for path, made in _renditions(out.getvalue(), "ink.jpg").items():
        assert _colour_space(made) is None, path
        red, green, blue = ImageStat.Stat(made.convert("RGB")).mean
        assert red > green + 100 and red > blue + 100, path  # still red


CYAN_INK = (255, 0, 0, 0)
"""Cyan ink alone, all of it: sRGB's (0, 255, 255) is far brighter than any press prints."""


def test_a_cmyk_photo_from_the_print_desk_has_its_inks_converted_by_its_own_profile() -> None:
    # A real press profile (Ghostscript's), not one made for the test: the renditions are
    # RGB without a profile of inks, in the colours littleCMS gives for that press, not the
    # plain conversion's, which takes ink values as screen light.
    profile = print_profile("default_cmyk.icc")
    assert profile[16:20] == b"CMYK"
    cyan = Image.new("CMYK", (1, 1), CYAN_INK)
    expected = ImageCms.profileToProfile(
        cyan, ImageCms.ImageCmsProfile(io.BytesIO(profile)), ImageCms.createProfile("sRGB"), outputMode="RGB"
    )
    assert expected is not None
    wanted = expected.getpixel((0, 0))
    plain = cyan.convert("RGB").getpixel((0, 0))
    assert isinstance(wanted, tuple) and isinstance(plain, tuple)
    assert max(abs(a - b) for a, b in zip(wanted, plain, strict=True)) > 50  # the two differ
    made = _renditions(cmyk_jpeg(CYAN_INK, profile), "press.jpg")
    assert made
    for path, im in made.items():
        assert im.mode == "RGB" and _colour_space(im) is None, path
        shown = ImageStat.Stat(im).mean
        assert all(abs(c - w) <= 6 for c, w in zip(shown, wanted, strict=True)), (path, shown, wanted)


def test_an_adobe_rgb_photos_profile_is_kept_as_it_is() -> None:
    # Adobe RGB (a real one, Ghostscript's): its colours are wider than sRGB's, and the
    # browser shows them right only with the profile.
    adobe = print_profile("a98.icc")
    assert adobe[16:20] == b"RGB "
    for path, im in _renditions(_with_profile(adobe), "wide.jpg").items():
        assert im.info.get("icc_profile") == adobe, path


def test_an_rgb_profile_is_kept() -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    Image.open(io.BytesIO(photo(900, 600))).save(out, "JPEG", quality=90, icc_profile=srgb)
    for path, im in _renditions(out.getvalue(), "p.jpg").items():
        assert im.info.get("icc_profile") == srgb, path


def test_an_rgb_profile_that_cannot_be_read_is_left_out() -> None:
    # Chromium showed each AVIF carrying it as a broken image; check passed it.
    broken = b"\0" * 16 + b"RGB " + b"x" * 300
    for path, im in _renditions(_with_profile(broken), "p.jpg").items():
        assert im.info.get("icc_profile") is None, path
        red, green, blue = ImageStat.Stat(im.convert("RGB")).mean
        assert abs(red - 200) <= 3 and abs(green - 60) <= 3 and abs(blue - 40) <= 3, path


def _padded_srgb() -> bytes:
    """A real sRGB profile with 64 KB of padding after its tags (which readers ignore)."""
    large = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes() + b"\0" * 65_536
    return len(large).to_bytes(4, "big") + large[4:]  # the header's size says so


def test_an_rgb_profile_too_large_to_carry_in_every_rendition_becomes_srgb_colours() -> None:
    # It used to go out with every one of the nine renditions, the thumbnails too.
    large = _padded_srgb()
    assert len(large) > picture_encoding.MAX_KEPT_PROFILE
    im = Image.new("RGBA", (900, 600), (200, 60, 40, 255))
    im.paste((0, 0, 0, 0), (0, 0, 450, 600))
    for path, made in _renditions(_with_profile(large, im, "PNG"), "logo.png").items():
        assert made.info.get("icc_profile") is None, path
        rgba = made.convert("RGBA")
        assert rgba.getpixel((10, 10))[3] == 0, path  # type: ignore[index]
        red, green, blue, _ = rgba.getpixel((made.width - 10, 10))  # type: ignore[misc]
        assert abs(red - 200) <= 3 and abs(green - 60) <= 3 and abs(blue - 40) <= 3, path


def _red_and_green_swapped(profile: bytes) -> bytes:
    """``profile`` with its red and green primaries swapped (in its tag table), so a
    picture's colours converted from it into sRGB visibly change."""
    swapped = bytearray(profile)
    count = int.from_bytes(profile[128:132], "big")
    entries = {profile[132 + 12 * i : 136 + 12 * i]: 132 + 12 * i for i in range(count)}
    red, green = entries[b"rXYZ"], entries[b"gXYZ"]
    swapped[red + 4 : red + 12], swapped[green + 4 : green + 12] = (
        profile[green + 4 : green + 12],
        profile[red + 4 : red + 12],
    )
    return bytes(swapped)


@pytest.mark.parametrize("mode", ["RGB", "P"])
def test_a_large_rgb_profile_is_converted_for_a_palette_picture_too(mode: str) -> None:
    large = _red_and_green_swapped(_padded_srgb())
    out = io.BytesIO()
    Image.new("RGB", (300, 200), (200, 60, 40)).convert(mode).save(out, "PNG", icc_profile=large)
    for path, made in _renditions(out.getvalue(), "chart.png").items():
        assert made.info.get("icc_profile") is None, path
        red, green, _ = ImageStat.Stat(made.convert("RGB")).mean
        assert green > red + 80, (path, red, green)  # converted: what was red is green


def test_an_rgb_pngs_see_through_colour_is_kept_when_its_profile_is_converted() -> None:
    large = _padded_srgb()
    im = Image.new("RGB", (600, 400), (200, 60, 40))
    im.paste((0, 255, 0), (0, 0, 300, 400))  # the left half: the colour marked see-through
    out = io.BytesIO()
    im.save(out, "PNG", transparency=(0, 255, 0), icc_profile=large)
    for path, made in _renditions(out.getvalue(), "logo.png").items():
        rgba = made.convert("RGBA")
        assert rgba.getpixel((10, 10))[3] == 0, path  # type: ignore[index]
        red, green, blue, _ = rgba.getpixel((made.width - 10, 10))  # type: ignore[misc]
        assert red > green + 100 and red > blue + 100, path  # still red, not grey


def test_sixteen_bit_grey_levels_are_scaled_to_eight_not_clipped_to_white() -> None:
    for path, im in _renditions(sixteen_bit_grey_png(40000), "scan.png").items():
        # 40000 of 65535 is 156 of 255; a plain conversion made it 255.
        assert all(abs(c - 156) <= 1 for c in ImageStat.Stat(im.convert("RGB")).mean), path


def _marked(width: int, height: int) -> bytes:
    """A grey PNG with a coloured corner at each corner: red top left, green top right,
    blue bottom left, yellow bottom right (each 40 pixels square)."""
    im = Image.new("RGB", (width, height), (128, 128, 128))
    for (x, y), colour in (
        ((0, 0), (255, 0, 0)),
        ((width - 40, 0), (0, 255, 0)),
        ((0, height - 40), (0, 0, 255)),
        ((width - 40, height - 40), (255, 255, 0)),
    ):
        im.paste(colour, (x, y, x + 40, y + 40))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


CORNERS = {"red": (255, 0, 0), "green": (0, 255, 0), "blue": (0, 0, 255), "yellow": (255, 255, 0)}


@pytest.mark.parametrize(
    ("size", "focus", "kept"),
    [
        ((700, 1000), "top", {"red", "green"}),
        ((700, 1000), "bottom", {"blue", "yellow"}),
        ((700, 1000), "top left", {"red", "green"}),  # its whole width: left changes nothing
        ((1500, 500), "left", {"red", "blue"}),
        ((1500, 500), "right", {"green", "yellow"}),
        ((1500, 500), "bottom right", {"green", "yellow"}),  # its whole height
    ],
)
def test_a_cut_keeps_the_edges_its_focus_names(size: tuple[int, int], focus: str, kept: set[str]) -> None:
    data = _marked(*size)
    info = picture_info.inspect(data)
    share = picture_plan.plan_share(
        "s", "p.png", info, focus, picture_plan.plan("s", "p.png", info, avif=False)
    )
    assert share is not None
    with Image.open(io.BytesIO(picture_encoding.cut(data, info, focus, share, "image/png"))) as im:
        assert im.format == "PNG" and im.size == (share.width, share.height)
        w, h = im.size
        at = {"red": (3, 3), "green": (w - 3, 3), "blue": (3, h - 3), "yellow": (w - 3, h - 3)}
        rgb = im.convert("RGB")
        assert {name for name, colour in CORNERS.items() if rgb.getpixel(at[name]) == colour} == kept


def test_a_cut_is_made_upright_without_metadata_and_the_same_every_time() -> None:
    data = photo(1000, 1500, orientation=6)  # shown 1500 x 1000: the red mark top right
    info = picture_info.inspect(data)
    share = picture_plan.plan_share(
        "s", "p.jpg", info, "top", picture_plan.plan("s", "p.jpg", info, avif=False)
    )
    assert share is not None and (share.width, share.height) == (1200, 630)
    made = picture_encoding.cut(data, info, "top", share, "image/jpeg")
    assert made == picture_encoding.cut(data, info, "top", share, "image/jpeg")
    assert b"TestCam" not in made and b"Exif\0\0" not in made
    with Image.open(io.BytesIO(made)) as im:
        assert im.format == "JPEG" and im.size == (1200, 630)
        assert not im.getexif() and "exif" not in im.info
        red, green, _ = im.convert("RGB").getpixel((1200 - 3, 3))  # type: ignore[misc]
        assert red > 200 and green < 60, "the mark is top right once upright"


LINKED_KINDS = ["JPEG", "PNG", "WEBP", *(["AVIF"] if picture_plan.avif_available() else [])]


def _with_camera_data(kind: str, im: Image.Image, orientation: int) -> bytes:
    """``im`` saved as a camera or an editing tool would: EXIF with the camera and where
    it was, XMP with a caption, a comment where the format has one."""
    exif = Image.Exif()
    exif[0x010F] = "TestCam"
    exif[0x0112] = orientation
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (55.0, 45.0, 0.0)})
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">PhotoDeskCaption</x:xmpmeta>'
    out = io.BytesIO()
    if kind == "PNG":
        text = PngImagePlugin.PngInfo()
        text.add_itxt("XML:com.adobe.xmp", xmp.decode())  # where XMP goes in a PNG
        text.add_text("Comment", "PhotoDeskComment")
        im.save(out, kind, exif=exif, pnginfo=text)
    elif kind == "JPEG":
        im.save(out, kind, exif=exif, xmp=xmp, comment=b"PhotoDeskComment", quality=90)
    else:
        im.save(out, kind, exif=exif, xmp=xmp, **({"lossless": True} if kind == "WEBP" else {}))
    data = out.getvalue()
    assert b"TestCam" in data and b"PhotoDeskCaption" in data, kind
    return data


@pytest.mark.parametrize("kind", LINKED_KINDS)
def test_a_linked_picture_is_published_without_its_metadata_its_pixels_as_they_are(kind: str) -> None:
    # A camera's photo shown in a text (![...](media/x.jpg)) went out as it was, with
    # where it was taken; saved again, a palette PNG more than doubled and a JPEG lost
    # quality: the blocks that carry metadata are taken out, the pixels left as they are.
    with Image.open(io.BytesIO(photo(1200, 800))) as stored:
        stored.load()
        data = _with_camera_data(kind, stored.convert("RGB"), orientation=6)
    out = picture_encoding.clean(data)
    assert out == picture_encoding.clean(data)  # the same bytes every time
    for mark in (b"TestCam", b"PhotoDeskCaption", b"PhotoDeskComment"):
        assert mark not in out, (kind, mark)
    with Image.open(io.BytesIO(out)) as im, Image.open(io.BytesIO(data)) as before:
        assert im.format == kind
        assert not im.getexif().get_ifd(GPS_IFD) and 0x010F not in im.getexif()
        assert "xmp" not in im.info and "comment" not in im.info
        upright = ImageOps.exif_transpose(im)
        assert upright.size == (800, 1200)  # a portrait, shown upright by its orientation
        red, green, _ = upright.convert("RGB").getpixel((800 - 3, 3))  # type: ignore[misc]
        assert red > 200 and green < 60, "the mark is top right once upright"
        if kind != "AVIF":  # saved again: the one format whose blocks are not followed
            # A JPEG as it was; a PNG or WebP turned by EXIF saved upright without loss.
            shown = ImageOps.exif_transpose(before).convert("RGB")
            assert ImageChops.difference(upright.convert("RGB"), shown).getbbox() is None


def test_a_linked_palette_png_stays_a_palette_png_of_the_same_pixels() -> None:
    chart = Image.new("P", (600, 400), 0)
    chart.putpalette([255, 255, 255, 0, 90, 160] + [0] * 762)
    ImageDraw.Draw(chart).rectangle((50, 50, 200, 350), fill=1)
    text = PngImagePlugin.PngInfo()
    text.add_text("Software", "PhotoDeskTool")
    data = saved(chart, "PNG", pnginfo=text, optimize=True)
    out = picture_encoding.clean(data)
    assert b"PhotoDeskTool" not in out and len(out) < len(data)
    with Image.open(io.BytesIO(out)) as im:
        assert (
            im.mode == "P"
            and ImageChops.difference(im.convert("RGB"), chart.convert("RGB")).getbbox() is None
        )


def test_a_linked_gif_goes_as_it_is_unless_it_carries_a_note() -> None:
    plain, commented = io.BytesIO(), io.BytesIO()
    drawing = Image.new("P", (60, 40), 3)
    drawing.save(plain, "GIF", transparency=3)
    drawing.save(commented, "GIF", transparency=3, comment=b"Taken at 55N 37E by PhotoDeskCam")
    assert picture_encoding.clean(plain.getvalue()) == plain.getvalue()
    out = picture_encoding.clean(commented.getvalue())
    assert b"PhotoDeskCam" not in out
    with Image.open(io.BytesIO(out)) as im:
        assert im.format == "GIF" and im.size == (60, 40)
        assert im.convert("RGBA").getpixel((5, 5))[3] == 0  # type: ignore[index]  # still see-through
    animation = animated("GIF")
    assert picture_encoding.clean(animation) == animation  # an animation, as it is
    # but for its notes: a comment, XMP or another program's block went out with it.
    noted = noted_gif(b"PhotoDeskNote")
    out = picture_encoding.clean(noted)
    assert b"PhotoDeskNote" not in out
    with Image.open(io.BytesIO(out)) as im, Image.open(io.BytesIO(noted)) as before:
        assert "comment" not in im.info and im.n_frames == before.n_frames == 3  # type: ignore[attr-defined]
        for k in range(3):
            im.seek(k)
            before.seek(k)
            assert im.info["duration"] == before.info["duration"] == 100 * (k + 1)
            assert im.convert("RGB").tobytes() == before.convert("RGB").tobytes()


RED_INKS = (0, 200, 200, 0)
"""Magenta and yellow inks: a red."""


def _colour_shown(page: Any, picture: bytes, mime: str) -> tuple[int, ...]:
    """The colour Chromium shows in the middle of a 300 x 200 ``picture``."""
    src = f"data:{mime};base64,{base64.b64encode(picture).decode()}"
    page.set_content(f'<body style="margin: 0"><img src="{src}">')
    page.wait_for_function("[...document.images].every(i => i.complete && i.naturalWidth)")
    shot = Image.open(io.BytesIO(page.screenshot(clip={"x": 0, "y": 0, "width": 300, "height": 200})))
    colour = shot.convert("RGB").getpixel((150, 100))
    assert isinstance(colour, tuple)
    return colour


def _shown_as_the_file(data: bytes, browser: Any) -> None:
    """Every rendition of ``data`` (300 x 200, one colour) shows in Chromium the colour
    Chromium shows of the file itself."""
    info = picture_info.inspect(data)
    plan = picture_plan.plan("s", "photo", info, avif=picture_plan.avif_available())
    mimes = {r.path: f.mime for f in plan.formats for r in f.renditions}
    page = browser.new_page()
    try:
        original = _colour_shown(page, data, picture_info.SOURCE_MIME[info.kind])
        renditions = picture_encoding.encode(data, info, plan)
        assert mimes and renditions.keys() == mimes.keys()  # else the loop asserts nothing
        for path, rendition in renditions.items():
            made = _colour_shown(page, rendition, mimes[path])
            assert all(abs(a - b) <= 6 for a, b in zip(made, original, strict=True)), (path, made, original)
    finally:
        page.close()


@pytest.mark.parametrize("adobe", [True, False])
def test_a_cmyk_jpeg_looks_as_chromium_shows_the_file_itself(adobe: bool, browser: Any) -> None:
    # Adobe's programs store a CMYK JPEG's inks as their opposites and say so in an
    # "Adobe" block; Pillow and Chromium read every CMYK JPEG so, block or not (a file
    # that lost the block to a stripping tool reads right so; one written plainly by
    # another program comes out near black in both). The renditions are what a reader's
    # browser would have shown of the file.
    out = io.BytesIO()
    Image.new("CMYK", (300, 200), RED_INKS).save(out, "JPEG", quality=95)
    data = out.getvalue() if adobe else without_adobe_block(out.getvalue())
    with Image.open(io.BytesIO(data)) as im:
        assert ("adobe" in im.info) == adobe
    _shown_as_the_file(data, browser)


@pytest.mark.parametrize("profile", ["a98.icc", "rommrgb.icc"])
def test_a_wide_gamut_photo_looks_as_chromium_shows_the_file_itself(profile: str, browser: Any) -> None:
    # Adobe RGB, and ROMM RGB (ProPhoto, as photo editors export): the profile each
    # rendition keeps makes Chromium show the colours it shows of the camera's file.
    data = _with_profile(print_profile(profile), Image.new("RGB", (300, 200), (200, 60, 40)))
    _shown_as_the_file(data, browser)


@pytest.mark.parametrize(
    ("gamma", "tagged"),
    [
        (1 / 1.8, ""),
        (1.0, ""),
        (1 / 2.2, ""),
        (0.05, ""),
        (20.0, ""),
        (0.0, ""),
        (1.0, "profile"),
        (1.0, "srgb"),
    ],
)
def test_a_png_with_a_gamma_looks_as_chromium_shows_the_file_itself(
    gamma: float, tagged: str, browser: Any
) -> None:
    # Browsers apply a PNG's gAMA chunk where it has no colour profile or sRGB chunk; the
    # renditions, which carry no gamma, were published with the file's values as they
    # are: darker than the file showed (146, 81, 210 shown as 128, 64, 200 at 1/1.8).
    profile = (
        ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes() if tagged == "profile" else None
    )
    im = Image.new("RGB", (300, 200), (128, 64, 200))
    _shown_as_the_file(png_with_gamma(im, gamma, icc_profile=profile, srgb=tagged == "srgb"), browser)


def test_a_pngs_gamma_is_not_applied_where_a_profile_or_srgb_says_how_to_show_it() -> None:
    # Browsers take the profile or the sRGB chunk then, and leave the gamma alone.
    im = Image.new("RGB", (300, 200), (128, 64, 200))
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    cases = {
        "linear.png": (png_with_gamma(im, 1.0), (188, 137, 229)),  # as Chromium shows it
        "profiled.png": (png_with_gamma(im, 1.0, icc_profile=srgb), (128, 64, 200)),
        "srgb.png": (png_with_gamma(im, 1.0, srgb=True), (128, 64, 200)),
    }
    for name, (data, shown) in cases.items():
        assert Image.open(io.BytesIO(data)).info.get("gamma") == 1.0, name
        made = _renditions(data, name)
        assert made and {r.getpixel((150, 100)) for r in made.values()} == {shown}, name
