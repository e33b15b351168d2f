"""Pictures as newsrooms have them, built: the pictures module's tests through whole
builds. Each kind of file a desk sends (a wide-gamut or print-ready photo, a phone's
photo with a second picture inside, grey and see-through PNGs, animations, photos taken
at every angle, panoramas and tiny icons) is put on an event of a small project, built
as ``explainer build`` builds it and as the preview does (in memory, each rendition
encoded when the browser asks), and what the reader gets is looked at: the renditions'
pixels with Pillow, and the event page's markup.

The pictures are small (a few hundred pixels) where their size is not the point:
encoding is the slow part of a build.
"""

from __future__ import annotations

import dataclasses
import io
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageCms, ImageDraw, PngImagePlugin

from generator import pipeline
from generator.commands.build import build
from generator.errors import ContentError
from generator.pictures import picture_plan
from generator.preview.rebuild import Builder
from generator.switch import SPEED_SWITCH
from tests.conftest import TEMPLATES, Project, site_files
from tests.crawl import serve
from tests.images import (
    GPS_IFD,
    MAKE,
    ORIENTATION,
    noted_gif,
    photo,
    png_with_gamma,
    print_profile,
    sixteen_bit_grey_png,
    truncated,
    without_adobe_block,
)

STORY = "desk"
BASE_URL = "https://news.example/"

RED, GREEN, BLUE, WHITE = (230, 30, 30), (30, 200, 60), (30, 60, 220), (255, 255, 255)
"""The upright picture's quarters: top left, top right, bottom left, bottom right."""

STORED = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}
"""How a camera held each way stores an upright scene, by its EXIF orientation (the EXIF
standard's words: 6, "the 0th row is the visual right-hand side", is the scene turned a
quarter to the left, which Pillow calls ROTATE_90)."""

ADOBE_RED = (200, 60, 40)
"""A red in Adobe RGB's numbers: in sRGB's, another colour."""


def _saved(im: Image.Image, kind: str, **options: Any) -> bytes:
    out = io.BytesIO()
    im.save(out, kind, **options)
    return out.getvalue()


def _quarters(width: int = 300, height: int = 200) -> Image.Image:
    im = Image.new("RGB", (width, height), WHITE)
    draw = ImageDraw.Draw(im)
    draw.rectangle((0, 0, width // 2 - 1, height // 2 - 1), fill=RED)
    draw.rectangle((width // 2, 0, width - 1, height // 2 - 1), fill=GREEN)
    draw.rectangle((0, height // 2, width // 2 - 1, height - 1), fill=BLUE)
    return im


def _camera_exif(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[MAKE] = "TestCam"
    exif[ORIENTATION] = orientation
    exif[GPS_IFD] = {1: "N", 2: (42.0, 52.0, 30.0), 3: "E", 4: (74.0, 35.0, 10.0)}
    return exif


XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description Iptc4xmpCore:Location="Bishkek"/></rdf:RDF></x:xmpmeta>'


def _turned(orientation: int) -> bytes:
    """The upright ``_quarters`` as a camera held so stores it, with its camera data."""
    how = STORED[orientation]
    stored = _quarters() if how is None else _quarters().transpose(how)
    return _saved(stored, "JPEG", quality=95, exif=_camera_exif(orientation).tobytes())


def _see_through(mode: str) -> bytes:
    """A 300 x 200 PNG in ``mode``: a see-through background, an opaque box in the middle."""
    if mode == "P":
        im = Image.new("P", (300, 200), 0)
        im.putpalette([0, 0, 0, *RED])
        ImageDraw.Draw(im).rectangle((100, 50, 199, 149), fill=1)
        return _saved(im, "PNG", transparency=0)
    clear, solid = ((0, 0), (180, 255)) if mode == "LA" else ((0, 0, 0, 0), (*RED, 255))
    im = Image.new(mode, (300, 200), clear)
    ImageDraw.Draw(im).rectangle((100, 50, 199, 149), fill=solid)
    return _saved(im, "PNG")


def _cut_out() -> bytes:
    """A photo (grain and soft fields, as ``photo`` makes) cut out of its background: a
    PNG whose corners are see-through, published as photos are, in lossy formats."""
    im = Image.open(io.BytesIO(photo(300, 200, gps=False))).convert("RGBA")
    clear = Image.new("L", im.size, 255)
    ImageDraw.Draw(clear).rectangle((0, 0, 59, 39), fill=0)
    im.putalpha(clear)
    return _saved(im, "PNG")


def _animation(kind: str) -> bytes:
    frames = [Image.new("RGB", (300, 200), colour) for colour in (RED, GREEN, BLUE)]
    return _saved(frames[0], kind, save_all=True, append_images=frames[1:], duration=100, loop=0)


def _phone_photo() -> bytes:
    """A JPEG with a second, smaller picture after it, listed in an MPF block, as phones
    save an Ultra HDR photo's gain map and cameras a large preview: Pillow's "MPO"."""
    second = Image.new("RGB", (150, 100), (0, 0, 0))
    return _saved(_quarters(), "MPO", save_all=True, append_images=[second], quality=95)


NOTE = b"Private-note-of-the-desk"
"""Text an editor's program left in an animation: what no reader may get."""


def _noted_png() -> bytes:
    """An animated PNG carrying ``NOTE`` in its text chunks."""
    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", NOTE.decode())
    text.add_itxt("Description", NOTE.decode())
    frames = [Image.new("RGB", (300, 200), colour) for colour in (RED, GREEN, BLUE)]
    return _saved(
        frames[0],
        "PNG",
        save_all=True,
        append_images=frames[1:],
        duration=[100, 200, 300],
        loop=0,
        pnginfo=text,
    )


CMYK_RED = (0, 200, 200, 0)
"""Magenta and yellow inks: a red."""


def kinds() -> dict[str, bytes]:
    """Every kind of picture file the build is given, by its name in media/."""
    made = {
        "adobe-rgb.jpg": _saved(
            Image.new("RGB", (300, 200), ADOBE_RED),
            "JPEG",
            quality=95,
            icc_profile=print_profile("a98.icc"),
            exif=_camera_exif().tobytes(),
            xmp=XMP,
        ),
        "print.jpg": _saved(
            Image.new("CMYK", (300, 200), CMYK_RED),
            "JPEG",
            quality=95,
            icc_profile=print_profile("default_cmyk.icc"),
        ),
        "inks.jpg": _saved(Image.new("CMYK", (300, 200), CMYK_RED), "JPEG", quality=95),
        "inks-no-adobe.jpg": without_adobe_block(
            _saved(Image.new("CMYK", (300, 200), CMYK_RED), "JPEG", quality=95)
        ),
        "scan16.png": sixteen_bit_grey_png(40_000, 300, 200),
        "old-mac.png": png_with_gamma(Image.new("RGB", (300, 200), (128, 64, 200)), 1 / 1.8),
        "grey.jpg": _saved(Image.new("L", (300, 200), 90), "JPEG", quality=95),
        "grey-alpha.png": _see_through("LA"),
        "palette.png": _see_through("P"),
        "logo.png": _see_through("RGBA"),
        "cut-out.png": _cut_out(),
        "animated.gif": _animation("GIF"),
        "animated.webp": _animation("WEBP"),
        "noted.gif": noted_gif(NOTE),
        "noted.png": _noted_png(),
        "panorama.jpg": _saved(_quarters(12_000, 800), "JPEG", quality=80),
        "tower.jpg": _saved(_quarters(400, 4800), "JPEG", quality=80),
        "dot.png": _saved(Image.new("RGB", (1, 1), RED), "PNG"),
        "thumb.jpg": _saved(_quarters(), "JPEG", quality=95),
    }
    made.update({f"turned-{o}.jpg": _turned(o) for o in STORED})
    return made


def event_id(name: str) -> str:
    return name.replace(".", "-")


def write_project(project: Project, files: dict[str, bytes]) -> None:
    """A story with one event for each of ``files``, each showing its picture."""
    project.write("content/site.yaml", "title: Desk\n")
    project.write(
        f"content/{STORY}/story.yaml",
        "title: What the desk sent\nsummary: Pictures of every kind.\npublished: 2020-01-02\n"
        "sources:\n  wire:\n    publisher: Wire\n",
    )
    for day, (name, data) in enumerate(files.items(), start=1):
        project.write(f"content/{STORY}/media/{name}", data)
        project.write(
            f"content/{STORY}/events/{event_id(name)}.yaml",
            f"title: {name}\ndate: 2020-01-{day:02d}\nsummary: A picture.\nsources: [wire]\n"
            f"image:\n  src: media/{name}\n  alt: The picture\n  credit: Wire\n",
        )


@dataclass(frozen=True)
class Built:
    site: dict[str, bytes]
    """Every file ``explainer build`` wrote, by its path."""
    preview: dict[str, bytes | None]
    """Every rendition as the preview serves it when the browser asks, by its path."""
    sources: dict[str, bytes]
    plain: dict[str, bytes] | None = None
    """The site built without the speed-ups (``EXPLAINER_SPEED=off``)."""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    root = tmp_path_factory.mktemp("desk")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        (root / "tmp").mkdir()
        patch.setenv("TMPDIR", str(root / "tmp"))  # the picture cache of its own
        patch.setattr(tempfile, "tempdir", None)
        built = build_both(Project(root), kinds())
        patch.setenv(SPEED_SWITCH, "off")
        build(content="content", templates=TEMPLATES, out="plain", base_url=BASE_URL)
        yield dataclasses.replace(built, plain=site_files(root / "plain"))


def build_both(project: Project, sources: dict[str, bytes]) -> Built:
    """``sources`` on events of ``project`` (the current folder), built by ``explainer
    build`` and by the preview."""
    write_project(project, sources)
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE_URL)
    site = site_files(project.root / "site")
    builder = Builder("content", TEMPLATES, base_url=BASE_URL)
    builder.build()
    preview = {path: builder.rendition(path, 10**8) for path in builder.pictures}
    return Built(site, preview, sources)


def renditions(built: Built, name: str) -> dict[str, Image.Image]:
    """The renditions of ``media/<name>`` in the built site, read by Pillow."""
    prefix = f"{STORY}/pictures/{name}."
    found: dict[str, Image.Image] = {
        p: Image.open(io.BytesIO(data)) for p, data in built.site.items() if p.startswith(prefix)
    }
    assert found, f"no renditions of {name}"
    return found


def picture_markup(built: Built, name: str) -> str:
    """The ``<picture>`` of ``media/<name>`` on its event's page."""
    page = built.site[f"{STORY}/events/{event_id(name)}/index.html"].decode()
    found = re.search(r"<picture>.*?</picture>", page, re.S)
    assert found is not None, name
    return found.group()


def img_size(markup: str) -> tuple[int, int]:
    found = re.search(r'<img [^>]*width="(\d+)" height="(\d+)"', markup)
    assert found is not None, markup
    return int(found[1]), int(found[2])


def srcset_widths(markup: str) -> list[list[int]]:
    """The widths each ``srcset`` of ``markup`` offers, in order."""
    return [[int(w) for w in re.findall(r" (\d+)w", s)] for s in re.findall(r'srcset="([^"]*)"', markup)]


def near(shown: Any, wanted: tuple[int, ...], tolerance: int) -> bool:
    return isinstance(shown, tuple) and all(
        abs(a - b) <= tolerance for a, b in zip(shown, wanted, strict=True)
    )


def test_the_preview_serves_every_rendition_as_the_build_writes_it(built: Built) -> None:
    assert built.preview
    for path, data in built.preview.items():
        assert data is not None and data == built.site[path], path


def test_every_kind_is_the_same_bytes_without_the_speed_ups(built: Built) -> None:
    assert built.plain == built.site


def _in_srgb(im: Image.Image) -> Image.Image:
    """``im``'s colours in sRGB, by its own profile (browsers take a picture without one
    as sRGB)."""
    profile = im.info.get("icc_profile")
    if not profile:
        return im.convert("RGB")
    converted = ImageCms.profileToProfile(
        im.convert("RGB"), ImageCms.ImageCmsProfile(io.BytesIO(profile)), ImageCms.createProfile("sRGB")
    )
    assert converted is not None
    return converted


def test_a_wide_gamut_photo_keeps_its_colours_and_loses_its_camera_data(built: Built) -> None:
    source = _in_srgb(Image.open(io.BytesIO(built.sources["adobe-rgb.jpg"]))).getpixel((150, 100))
    assert isinstance(source, tuple) and not near(source, ADOBE_RED, 10)  # the profile matters
    for path, im in renditions(built, "adobe-rgb.jpg").items():
        assert near(_in_srgb(im).getpixel((150, 100)), source, 6), path
        assert not im.getexif() and "xmp" not in im.info, path
        data = built.site[path]
        assert b"TestCam" not in data and b"Bishkek" not in data, path


@pytest.mark.parametrize("name", ["print.jpg", "inks.jpg", "inks-no-adobe.jpg"])
def test_a_cmyk_photo_is_published_in_screen_colours(built: Built, name: str) -> None:
    # A press profile gives its own red; without one the inks are taken plainly. A file
    # without Adobe's block is read as Adobe stores inks all the same, as Pillow and
    # Chromium both read it (test_picture_encoding.py has Chromium show it).
    wanted = ImageCms.profileToProfile(
        Image.new("CMYK", (1, 1), CMYK_RED),
        ImageCms.ImageCmsProfile(io.BytesIO(print_profile("default_cmyk.icc"))),
        ImageCms.createProfile("sRGB"),
        outputMode="RGB",
    )
    assert wanted is not None
    red = wanted.getpixel((0, 0)) if name == "print.jpg" else (255, 55, 55)
    assert isinstance(red, tuple)
    for path, im in renditions(built, name).items():
        assert im.mode == "RGB" and "icc_profile" not in im.info, path
        assert near(im.getpixel((150, 100)), red, 6), (path, im.getpixel((150, 100)), red)


def test_a_phones_photo_with_a_second_picture_inside_is_published_as_its_photo(
    project: Project, own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It was refused ("is a MPO picture, which is not published"), as Pillow names it.
    built = build_both(project, {"phone.jpg": _phone_photo()})
    assert project.problems() == []
    assert built.preview and all(data == built.site[path] for path, data in built.preview.items())
    monkeypatch.setenv(SPEED_SWITCH, "off")
    build(content="content", templates=TEMPLATES, out="plain", base_url=BASE_URL)
    assert site_files(project.root / "plain") == built.site
    for path, im in renditions(built, "phone.jpg").items():
        assert im.size in ((300, 200), (240, 160)), path
        assert near(im.convert("RGB").getpixel((75, 50)), RED, 30), path
        assert near(im.convert("RGB").getpixel((225, 150)), WHITE, 30), path
    assert img_size(picture_markup(built, "phone.jpg")) == (300, 200)


def test_a_pngs_gamma_is_applied_as_browsers_apply_it(built: Built) -> None:
    # (146, 81, 210): what Chromium shows of the file (test_picture_encoding.py compares them).
    for path, im in renditions(built, "old-mac.png").items():
        assert near(im.convert("RGB").getpixel((150, 100)), (146, 81, 210), 2), path


@pytest.mark.parametrize(("name", "level"), [("scan16.png", round(40_000 / 257)), ("grey.jpg", 90)])
def test_grey_pictures_keep_their_grey_levels(built: Built, name: str, level: int) -> None:
    for path, im in renditions(built, name).items():
        assert near(im.convert("RGB").getpixel((150, 100)), (level,) * 3, 3), path


@pytest.mark.parametrize(
    ("name", "solid"),
    [("grey-alpha.png", (180, 180, 180)), ("palette.png", RED), ("logo.png", RED)],
)
def test_a_see_through_picture_stays_see_through_in_every_rendition(
    built: Built, name: str, solid: tuple[int, int, int]
) -> None:
    made = renditions(built, name)
    assert {p.rsplit(".", 1)[1] for p in made} == {"webp", "png"}
    for path, im in made.items():
        rgba = im.convert("RGBA")
        corner = rgba.getpixel((10, 10))
        assert isinstance(corner, tuple) and corner[3] == 0, path  # the background: not black, not white
        assert rgba.getpixel((150, 100)) == (*solid, 255), path
    assert re.search(r'<img src="[^"]*\.png"', picture_markup(built, name))  # the fallback keeps it too


def test_a_see_through_photo_stays_see_through_in_its_lossy_formats_too(built: Built) -> None:
    made = renditions(built, "cut-out.png")
    assert {p.rsplit(".", 1)[1] for p in made} == (
        {"avif", "webp", "png"} if picture_plan.avif_available() else {"webp", "png"}
    )
    for path, im in made.items():
        rgba = im.convert("RGBA")
        corner, middle = rgba.getpixel((10, 10)), rgba.getpixel((150, 100))
        assert isinstance(corner, tuple) and corner[3] <= 8, (path, corner)  # AVIF's edge blurs a little
        assert isinstance(middle, tuple) and middle[3] == 255, (path, middle)
    assert re.search(r'<img src="[^"]*\.png"', picture_markup(built, "cut-out.png"))


@pytest.mark.parametrize("name", ["animated.gif", "animated.webp"])
def test_an_animation_is_published_as_it_is(built: Built, name: str) -> None:
    assert built.site[f"{STORY}/media/{name}"] == built.sources[name]
    # Not resized (which would stop it): its only rendition is its first picture, still.
    assert [p for p in built.site if p.startswith(f"{STORY}/pictures/{name}.")] == [
        f"{STORY}/pictures/{name}.still.png"
    ]
    markup = picture_markup(built, name)
    assert f'src="../../../{STORY}/media/{name}"' in markup
    assert re.findall("<source[^>]*>", markup) == [
        f'<source media="(prefers-reduced-motion: reduce)" srcset="../../../{STORY}/pictures/{name}.still.png" type="image/png">'
    ]
    assert img_size(markup) == (300, 200)
    with Image.open(io.BytesIO(built.site[f"{STORY}/media/{name}"])) as im:
        assert getattr(im, "n_frames", 1) == 3


@pytest.mark.parametrize("name", ["noted.gif", "noted.png"])
def test_an_animation_is_published_without_the_notes_it_carries(built: Built, name: str) -> None:
    # Published from media/ as it is, an animation took its comment, XMP or text chunks
    # to every reader, where every still picture is stripped of them.
    assert NOTE in built.sources[name]
    assert not [path for path, data in built.site.items() if NOTE in data]
    assert not [path for path, data in built.plain.items() if NOTE in data] if built.plain else True
    published = built.site[f"{STORY}/media/{name}"]
    with Image.open(io.BytesIO(published)) as im, Image.open(io.BytesIO(built.sources[name])) as before:
        assert not {"comment", "xmp", "Comment", "Description"} & set(im.info)
        assert im.info.get("loop") == before.info.get("loop") == 0
        assert getattr(im, "n_frames", 1) == getattr(before, "n_frames", 1) > 1
        for k in range(getattr(before, "n_frames", 1)):
            im.seek(k)
            before.seek(k)
            assert im.info["duration"] == before.info["duration"], (name, k)
            assert im.convert("RGBA").tobytes() == before.convert("RGBA").tobytes(), (name, k)


@pytest.mark.parametrize("name", ["animated.gif", "animated.webp"])
def test_a_reader_who_asks_for_less_motion_sees_an_animation_still(
    built: Built, name: str, browser: Any, tmp_path: Path
) -> None:
    # WCAG 2.2.2 and the reader's setting: an animation (published as it is, moving) went
    # on moving for a reader whose system asks for reduced motion, which the stylesheet
    # honours for everything else. They get its first picture, still.
    for path, data in built.site.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_bytes(data)
    shown = {}
    with serve(tmp_path) as url:
        for motion in ("no-preference", "reduce"):
            context = browser.new_context(reduced_motion=motion)
            page = context.new_page()
            page.goto(f"{url}{STORY}/events/{event_id(name)}/index.html")
            img = page.locator("main figure.image img")
            img.evaluate("img => img.decode()")
            shown[motion] = img.evaluate("img => [img.currentSrc, img.naturalWidth, img.naturalHeight]")
            context.close()
    assert shown["no-preference"][0].endswith(f"/media/{name}")  # moving, as it is
    still, width, height = shown["reduce"]
    assert not still.endswith(name) and (width, height) == (300, 200)
    with Image.open(io.BytesIO(built.site[still.removeprefix(url)])) as im:
        middle = im.convert("RGB").getpixel((150, 100))
        assert getattr(im, "n_frames", 1) == 1 and isinstance(middle, tuple)
        # The first picture's red, within what WebP's lossy frames change.
        assert max(abs(a - b) for a, b in zip(middle, RED, strict=True)) <= 2


@pytest.mark.parametrize("orientation", sorted(STORED))
def test_a_photo_taken_at_any_angle_is_published_upright(built: Built, orientation: int) -> None:
    name = f"turned-{orientation}.jpg"
    for path, im in renditions(built, name).items():
        assert im.size in ((300, 200), (240, 160)), path  # its own width, and the narrowest
        rgb, scale = im.convert("RGB"), im.size[0] / 300
        for (x, y), colour in (((75, 50), RED), ((225, 50), GREEN), ((75, 150), BLUE), ((225, 150), WHITE)):
            spot = (round(x * scale), round(y * scale))
            assert near(rgb.getpixel(spot), colour, 30), (path, spot, rgb.getpixel(spot))
        assert not im.getexif(), path
    assert img_size(picture_markup(built, name)) == (300, 200)


@pytest.mark.parametrize(
    ("name", "offered", "fallback", "shown"),
    [
        ("panorama.jpg", [240, 320, 480, 960, 1200, 1600], [240, 960, 1600], (1600, 107)),
        ("tower.jpg", [240, 320, 400], [240, 400], (400, 4800)),
        ("dot.png", [1], [1], (1, 1)),
        ("thumb.jpg", [240, 300], [240, 300], (300, 200)),
    ],
)
def test_a_picture_of_any_shape_is_offered_at_widths_it_has_never_enlarged(
    built: Built, name: str, offered: list[int], fallback: list[int], shown: tuple[int, int]
) -> None:
    markup = picture_markup(built, name)
    *better, last = srcset_widths(markup)
    assert all(widths == offered for widths in better), markup
    assert last == fallback, markup  # the <img>'s JPEG or PNG: fewer widths (picture_plan.FALLBACK_WIDTHS)
    assert img_size(markup) == shown
    with Image.open(io.BytesIO(built.sources[name])) as source:
        ratio = source.height / source.width
    for path, im in renditions(built, name).items():
        if ".1200x630." in path:  # a panorama's cut for shared links
            continue
        assert im.width in offered and im.height == max(1, round(im.width * ratio)), path


# Files that cannot be published: said where the picture is named, never a traceback.

MISNAMED = {
    "chart.jpg": (
        _saved(_quarters(), "PNG"),
        "'media/chart.jpg' is not a JPG file: it is a PNG file ('image/png'); rename it to 'chart.png'",
    ),
    "photo.png": (
        _saved(_quarters(), "WEBP"),
        "'media/photo.png' is not a PNG file: it is a WEBP file ('image/webp'); rename it to 'photo.webp'",
    ),
}


def _damaged() -> tuple[bytes, str]:
    return (
        truncated(_saved(_quarters(), "JPEG", quality=95)),
        "'media/cut.jpg' cannot be read as a picture (image file is truncated",
    )


@pytest.mark.parametrize("name", [*MISNAMED, "cut.jpg"])
def test_a_file_whose_name_lies_or_that_is_cut_off_is_an_error_at_its_image(
    project: Project, name: str
) -> None:
    data, message = MISNAMED[name] if name in MISNAMED else _damaged()
    write_project(project, {name: data})
    where = f"content/{STORY}/events/{event_id(name)}.yaml:6:8: 'image.src': "
    problems = project.problems()
    assert len(problems) == 1 and problems[0].startswith(where + message), problems
    with pytest.raises(ContentError) as built:
        build(content="content", templates=TEMPLATES, out="site", base_url=BASE_URL)
    assert [str(p) for p in built.value.problems] == problems
    with pytest.raises(ContentError) as previewed:
        pipeline.render(pipeline.Project("content", TEMPLATES))
    assert [str(p) for p in previewed.value.problems] == problems
    assert not Path("site").exists()


DESKTOP = {"viewport": {"width": 1280, "height": 900}, "device_scale_factor": 2}


def test_a_tall_picture_is_asked_for_as_narrow_as_its_page_shows_it(project: Project, browser: Any) -> None:
    # A 1:3 picture on an event's page, a portrait, is held to 45% of the screen's height:
    # 135 pixels wide on this screen, 270 at its density, so the 320-pixel rendition.
    # 'sizes' said the column's 42rem (1,344 pixels at this density), and the browser took
    # the 1,000-pixel one; on a figure's page (20rem, and half the screen's height: 150
    # pixels, 300 at this density) the same.
    column = _saved(_quarters(1000, 3000), "JPEG", quality=80)
    write_project(project, {"column.jpg": column})
    project.write(
        f"content/{STORY}/figures/witness.yaml",
        "name: A witness\nrole: Saw it\nimage:\n  src: media/column.jpg\n  alt: The column\n  credit: Wire\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    context = browser.new_context(**DESKTOP)
    try:
        page = context.new_page()
        for where, shown, rendition in (
            ("events/column-jpg", 135, ".320."),
            ("figures/witness", 150, ".320."),
        ):
            page.goto((project.root / f"site/{STORY}/{where}/index.html").as_uri())
            page.wait_for_function("[...document.images].every(i => i.complete)")
            width, src = page.evaluate(
                "(() => { const i = document.querySelector('.image img');"
                " return [i.getBoundingClientRect().width, i.currentSrc]; })()"
            )
            assert abs(width - shown) <= 1, (where, width)
            assert rendition in src, (where, src)
    finally:
        context.close()


def test_a_wide_picture_is_asked_for_as_wide_as_the_column_shows_it(project: Project, browser: Any) -> None:
    # An event's page is 42rem wide with margins of 1rem: its picture 640 pixels wide on a
    # laptop, 960 at a density of 1.5. 'sizes' said 42rem (1,008 pixels at that density),
    # and the browser took the 1,600-pixel rendition, near three times the bytes.
    write_project(project, {"wide.jpg": _saved(_quarters(1600, 1067), "JPEG", quality=80)})
    build(content="content", templates=TEMPLATES, out="site")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=1.5)
    try:
        page = context.new_page()
        page.goto((project.root / f"site/{STORY}/events/wide-jpg/index.html").as_uri())
        page.wait_for_function("[...document.images].every(i => i.complete)")
        width, src = page.evaluate(
            "(() => { const i = document.querySelector('.image img');"
            " return [i.getBoundingClientRect().width, i.currentSrc]; })()"
        )
        assert width == 640
        assert ".960." in src, src
    finally:
        context.close()


@pytest.mark.parametrize(
    ("where", "picture", "screen"),
    [("index.html", ".card-picture", 1280), (f"{STORY}/index.html", ".image.lead img", 750)],
)
def test_a_storys_picture_is_asked_for_as_wide_as_its_column_shows_it(
    project: Project, browser: Any, where: str, picture: str, screen: int
) -> None:
    # The home page's column, and the story page's below 900 px, are 40rem (640 pixels),
    # 960 at a density of 1.5: 'sizes' said 42rem, and the browser took the 1,600-pixel
    # rendition of the story's picture.
    write_project(project, {})
    project.write(f"content/{STORY}/media/lead.jpg", _saved(_quarters(1600, 1067), "JPEG", quality=80))
    story = project.root / f"content/{STORY}/story.yaml"
    story.write_text(story.read_text() + "image:\n  src: media/lead.jpg\n  alt: The lead\n  credit: Wire\n")
    build(content="content", templates=TEMPLATES, out="site")
    context = browser.new_context(viewport={"width": screen, "height": 900}, device_scale_factor=1.5)
    try:
        page = context.new_page()
        page.goto((project.root / f"site/{where}").as_uri())
        page.wait_for_function("[...document.images].every(i => i.complete)")
        width, src = page.evaluate(
            f"(() => {{ const i = document.querySelector('{picture}');"
            " return [i.getBoundingClientRect().width, i.currentSrc]; })()"
        )
        assert width == 640
        assert ".960." in src, src
    finally:
        context.close()
