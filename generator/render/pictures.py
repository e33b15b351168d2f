"""Pictures at build time: each raster picture a story shows, resized to a few widths in
modern formats with a JPEG or PNG fallback, turned upright and stripped of its metadata.

A camera's photo is several megabytes, 4,000 pixels wide, and carries the camera's
EXIF data (often where it was taken). Readers get instead, for each picture, AVIF (where
the installed Pillow writes it) and WebP in up to three widths, and a JPEG or PNG that
every browser shows; the page's ``<picture>`` (``_macros.html``) lets the browser choose.

Three steps, each depending only on the file's bytes and the settings in this module:

- ``inspect``: whether Pillow can read the file (a decompression bomb, a corrupt or
  truncated file is a problem that ``check`` reports at the ``image:`` field), and its
  size once turned upright;
- ``plan``: which widths and formats it is published in (a ``model.Picture``), from its
  size and kind alone, so pages can be written before anything is encoded;
- ``encode``: the bytes of every rendition, the same bytes every time (the cache and the
  second core of ``speed/pictures.py`` rely on it).

A picture whose subject is off its middle (its ``focus``) gets one more rendition when
the site's address is known, for shared links only: cut to their shape around that
subject (``plan_share``, ``cut``), since social sites cut whatever they are given around
its middle.

A picture file that a Markdown text shows or links to (``![map](media/map.jpg)``) is
published at its own address as it is but for its metadata, taken out by its blocks
(``clean``, ``stripped.py``): the camera's original, with where it was taken, went out
as it was.

SVG and https:// images are not pictures here: they go out as they are. So do animated
GIF and WebP files, which resizing would stop (``inspect`` refuses one that carries
metadata), and a still GIF without any. An animation gets one rendition, its first
picture as a still PNG, for readers whose system asks for reduced motion (WCAG 2.2.2:
it would otherwise move on for as long as the page is open).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import io
import math
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from generator.content import files
from generator.content.model import CARD_MIN_WIDTH, Image, Picture, PictureFormat, Rendition, Site, Story
from generator.content.published import linked_media
from generator.content.schema import is_raster

if TYPE_CHECKING:
    from PIL import Image as PILImage
    from PIL import ImageCms

T = TypeVar("T")

WIDTHS = (480, 960, 1600)
"""The widths published, in pixels: a phone's column, a tablet's or a phone's at twice
the density, a wide screen's. A picture is never enlarged: one narrower than a width
gets its own width instead of that one and those above it."""

MAX_SIDE = 16_383
"""The longest side a rendition may have: WebP's limit (libwebp refuses more, and every
picture has a WebP rendition). A picture taller than this at its largest width, a long
infographic, is published narrower instead (``widths``)."""

QUALITY = {"image/avif": 60, "image/webp": 80, "image/jpeg": 82}
"""Each lossy format's quality setting (Pillow's scale of each encoder)."""

EXTENSIONS = {"image/avif": "avif", "image/webp": "webp", "image/jpeg": "jpg", "image/png": "png"}

PILLOW_FORMATS = {"image/avif": "AVIF", "image/webp": "WEBP", "image/jpeg": "JPEG", "image/png": "PNG"}

SOURCE_MIME = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp",
               "AVIF": "image/avif"}  # fmt: skip

SAME_KIND = {"MPO": "JPEG"}
"""Pillow's names of formats that are one of ``SOURCE_MIME``'s to a browser. A JPEG
carrying more pictures after its own (an MPF block: the gain map of a phone's Ultra HDR
photo, a camera's large preview, a stereo pair's other eye) is an MPO to Pillow, and
animated to it; browsers show its first picture, the photo, as they show any JPEG."""

SHARE_SIZE = (1200, 630)
"""The size of the picture cut for shared links (``plan_share``): the 1.91:1 that social
sites cut to, at the width Facebook asks for a sharp preview (the drawn cards' size too)."""

SHARE_SLACK = 0.05
"""How far from ``SHARE_SIZE``'s shape a picture may be and still be shared whole: the
sliver a social site's own cut then takes off cannot lose a subject."""

FOCUS_CENTRE = "center"
"""The focus of a picture whose subject is in its middle (the default)."""

FOLDER = "pictures"
"""Where a story's renditions go, beside its media/:
``<story>/pictures/<file in media>.<width>.<ext>``. One folder for all of them, not one per
picture: making a folder was the dearest part of publishing a kept picture (a fifth of
a millisecond each on this project's machine, against a hundredth for a hard link)."""


class PictureError(ValueError):
    """A file that cannot be published as a picture; the message says why, to be shown
    after the file's name."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.path = path


@contextlib.contextmanager
def about(path: str) -> Iterator[None]:
    """Whatever goes wrong with the file at ``path`` as a PictureError naming it."""
    try:
        yield
    except PictureError as exc:
        raise PictureError(str(exc), path) from None
    except files.UnsafeFile as exc:
        raise PictureError(str(exc), path) from None
    except OSError as exc:
        raise PictureError(files.cannot_read(exc), path) from None


@dataclass(frozen=True, slots=True)
class Info:
    """What the build needs to know of a picture file before encoding it."""

    width: int
    """After orientation (a portrait taken with the camera on its side is tall)."""
    height: int
    kind: str
    """Pillow's name of the file's format: JPEG, PNG, GIF, WEBP, AVIF."""
    alpha: bool
    """Whether it has transparency (then the fallback is PNG, not JPEG)."""
    animated: bool
    photo: bool = False
    """Whether a PNG or GIF holds a photograph (a scan, a photo exported as PNG, one saved
    with a dithered palette), published as photos are, not as a drawing (``lossless``)."""

    @property
    def lossless(self) -> bool:
        """Whether its renditions keep every pixel: a drawing, a chart or a screenshot
        (a PNG or GIF that is not a ``photo``), whose flat colours and sharp edges lossy
        formats blur, and which lossless ones store small."""
        return self.kind in ("PNG", "GIF") and not self.photo


ANIMATED_WITH_METADATA = (
    "is animated, so it is published as it is, and it holds camera data (EXIF or XMP: the "
    "camera, the time, perhaps where it was taken) that would go out with it; save it again "
    "without its metadata (exiftool -all= FILE does it)"
)
"""A still picture loses its metadata in its renditions; an animated one is published
as it is, so it may carry none."""


def is_picture(image: Image) -> bool:
    """Whether ``image`` is a story's raster file, processed by this module."""
    return image.is_local and is_raster(image.src)


def _pil() -> Any:
    """Pillow's Image module, imported when a build has pictures (most builds of text
    alone never need it)."""
    from PIL import Image as PILImage

    return PILImage


def inspect(data: bytes) -> Info:
    """What ``data`` holds as a picture; PictureError if it is not one Pillow can read
    safely and whole. The pixels are decoded (at an eighth of the size where the format
    allows it), so a truncated or corrupt file is found here, not half-way through a build."""
    pil = _pil()
    limit = pil.MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            # Pillow warns above MAX_IMAGE_PIXELS and refuses only above twice that:
            # any file over the limit is refused here.
            warnings.simplefilter("error", pil.DecompressionBombWarning)
            with pil.open(io.BytesIO(data)) as im:
                kind = SAME_KIND.get(str(im.format), str(im.format))
                if kind not in SOURCE_MIME:
                    raise PictureError(f"is a {kind} picture, which is not published")
                width, height = im.size
                animated = kind != "JPEG" and bool(getattr(im, "is_animated", False))
                exif = im.getexif()
                orientation = exif.get(0x0112, 1)
                if animated and (exif or im.info.get("xmp")):
                    raise PictureError(ANIMATED_WITH_METADATA)
                alpha = im.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in im.info
                if kind == "JPEG":
                    im.draft("RGB", (max(1, width // 8), max(1, height // 8)))
                im.load()
                if alpha and not animated:
                    # An alpha channel every pixel of which is opaque (a PNG saved so by
                    # habit) makes nothing see-through: published, and shared, as opaque.
                    rgba = im if im.mode == "RGBA" else im.convert("RGBA")
                    alpha = rgba.getchannel("A").getextrema()[0] < 255
                photo = kind in ("PNG", "GIF") and not animated and _photographic(im)
    except (pil.DecompressionBombError, pil.DecompressionBombWarning):
        return _too_large(limit)
    except PictureError:
        raise
    except Exception as exc:
        # Pillow reports a broken file with whatever its decoder raises (OSError,
        # SyntaxError, ValueError, EOFError...); content is untrusted, so any of them
        # is the file's problem, not a crash.
        raise _unreadable(exc) from None
    if orientation in (5, 6, 7, 8):  # turned a quarter: width and height swap
        width, height = height, width
    if not animated and height > width * MAX_SIDE:  # an animation is published as it is
        raise PictureError(
            f"is {width:,} x {height:,} pixels: no rendition of it can be made, as even one "
            f"pixel wide it would be taller than {MAX_SIDE:,} pixels, the most WebP holds; "
            "crop it, or cut it into several pictures"
        )
    return Info(width, height, kind, alpha, animated, photo)


PHOTO_ENTROPY = 5.0
"""The entropy, in bits, of a picture's grey levels (in its small copy, ``_photographic``)
above which it may be a photo."""
PHOTO_FLAT = 0.5
"""The share of a small copy's pixels the same as the next one to their right below
which it may be a photo."""


def _photographic(im: PILImage.Image) -> bool:
    """Whether a PNG or GIF holds a photograph rather than a drawing, told by its copy at
    most 256 pixels across (each pixel the average of those it stands for): its grey
    levels spread over more than ``PHOTO_ENTROPY`` bits, and fewer than ``PHOTO_FLAT`` of
    its pixels are the same as their neighbour. Screenshots, charts, logos and icons
    measured 1.1 to 5.4 bits, and 67% to 90% of flat neighbours; photos, in colour or
    black and white, 6.3 to 7.3 bits and 2% to 9%; a photo saved with a dithered palette
    of 64 colours 6.3 bits and 43%. Lossless WebP of a photo exported as PNG was 1.7 MB
    where the AVIF of the same photo is 48 KB."""
    from PIL import ImageChops

    if im.mode in SIXTEEN_BIT_GREY:
        im = im.convert("I").point(lambda v: v / 256).convert("L")
    if im.mode == "P" and "transparency" in im.info:
        im = im.convert("RGBA")  # a palette's see-through entry, as Pillow would have it
    small = im.convert("RGB")
    small.thumbnail((256, 256), _pil().Resampling.BOX)
    if small.width < 2 or float(small.convert("L").entropy()) <= PHOTO_ENTROPY:
        return False
    width, height = small.size
    steps = ImageChops.difference(small.crop((0, 0, width - 1, height)), small.crop((1, 0, width, height)))
    flat = steps.convert("L").histogram()[0] / ((width - 1) * height)
    return flat < PHOTO_FLAT


def _too_large(limit: int) -> Info:
    raise PictureError(
        f"has more than {limit:,} pixels, more than a picture may have (it could be a "
        "decompression bomb); make it smaller"
    )


_OBJECT = re.compile(r"\s*<[^<>]* at 0x[0-9a-fA-F]+>")
"""An object's address in a message (``<_io.BytesIO object at 0x7f...>``): different
in every run, and of no use to an editor."""


_METADATA_BOMB = "Decompressed data too large"
"""How Pillow's ValueError begins when a PNG's text or colour profile unpacks to more than
it reads (``PngImagePlugin.MAX_TEXT_CHUNK``)."""


def _unreadable(exc: Exception) -> PictureError:
    """The error for a file Pillow could not read (``exc``, whatever its decoder raised):
    a decompression bomb in its metadata said in words, not in Pillow's names."""
    if isinstance(exc, ValueError) and str(exc).startswith(_METADATA_BOMB):
        return PictureError(
            "holds metadata (text or a colour profile) that unpacks to far more than a picture "
            "carries (it could be a decompression bomb); save the picture again without its metadata"
        )
    return PictureError(f"cannot be read as a picture ({_reason(exc)}); is the file damaged?")


def _reason(exc: Exception) -> str:
    """What Pillow said, short and the same in every run."""
    if isinstance(exc, _pil().UnidentifiedImageError):
        return "its content is not a picture Pillow recognises"
    text = _OBJECT.sub("", str(exc)).strip() or type(exc).__name__
    return text if len(text) < 120 else text[:117] + "..."


def formats(info: Info, avif: bool) -> tuple[str, ...]:
    """The formats a picture is published in, best first, the fallback last. Drawings
    and screenshots (a PNG or GIF that is no photo: ``Info.lossless``) get lossless WebP,
    whose edges stay sharp, and PNG."""
    if info.lossless:
        return ("image/webp", "image/png")
    fallback = "image/png" if info.alpha else "image/jpeg"
    return ("image/avif", "image/webp", fallback) if avif else ("image/webp", fallback)


def avif_available() -> bool:
    """Whether the installed Pillow writes AVIF."""
    from PIL import features

    return bool(features.check("avif"))


def widths(width: int, height: int) -> tuple[int, ...]:
    """The widths of a picture ``width`` x ``height`` pixels: those of ``WIDTHS`` well below
    its largest size (at least 10% narrower), then that size; never wider than the file,
    and never so wide that its height passes ``MAX_SIDE`` (``inspect`` refuses a picture too
    tall for even one pixel's width)."""
    largest = min(width, WIDTHS[-1])
    if _height_at(largest, width, height) > MAX_SIDE:
        # The widest whose height, rounded as ``plan`` rounds it, is within the limit: a
        # picture that fitted before (1,603 x 16,414 is 1,600 x 16,383) keeps its widths.
        largest = max(1, width * MAX_SIDE // height)
        while _height_at(largest + 1, width, height) <= MAX_SIDE:
            largest += 1
    return (*(w for w in WIDTHS if w < largest * 0.9), largest)


def _height_at(w: int, width: int, height: int) -> int:
    """The height of a rendition ``w`` pixels wide of a picture ``width`` x ``height``."""
    return max(1, round(height * w / width))


def plan(story_id: str, rel: str, info: Info, avif: bool) -> Picture:
    """The renditions of the story's ``media/<rel>``: every format in every width of
    ``widths``; an animation as it is, and its first picture still."""
    if info.animated:
        original = Rendition(f"{story_id}/media/{rel}", info.width, info.height)
        only = (PictureFormat(SOURCE_MIME[info.kind], (original,)),)
        still = Rendition(f"{story_id}/{FOLDER}/{rel}.still.png", info.width, info.height)
        return Picture(info.width, info.height, only, transparent=info.alpha, still=still)
    sizes = [(w, _height_at(w, info.width, info.height)) for w in widths(info.width, info.height)]
    stem = f"{story_id}/{FOLDER}/{rel}"
    made = tuple(
        PictureFormat(mime, tuple(Rendition(f"{stem}.{w}.{EXTENSIONS[mime]}", w, h) for w, h in sizes))
        for mime in formats(info, avif)
    )
    return Picture(sizes[-1][0], sizes[-1][1], made, transparent=info.alpha)


def plan_share(story_id: str, rel: str, info: Info, focus: str | None, picture: Picture) -> Rendition | None:
    """The rendition a shared link shows of the story's ``media/<rel>`` when its subject is
    off its middle: cut to the shape of ``SHARE_SIZE`` around ``focus`` (``cut``), at that
    size, or from a smaller picture the largest box of that shape in it (never enlarged).
    None where the largest rendition does as well or no shared link would show the cut:
    no focus or the middle, a picture already of about that shape, an animation (published
    as it is), a see-through picture or a cut narrower than a shared link shows large
    (``Image.fits_a_card``). Its name says its size and focus, so a cut of another focus
    of the same file is another file: ``<rel>.1200x630.top-left.jpg``.

    A picture so wide that a social site's cut of its largest rendition around the middle
    would be narrower than a shared link shows large (a panorama: 1600 x 267 cut to 508 x
    267, blurred) is cut here around its middle too, from the file itself."""
    if not focus or info.animated or info.alpha:
        return None
    shape = SHARE_SIZE[0] / SHARE_SIZE[1]
    if abs(info.width / info.height / shape - 1) <= SHARE_SLACK:
        return None
    if focus == FOCUS_CENTRE and picture.height * shape >= CARD_MIN_WIDTH:
        return None  # the social site's own cut of the largest rendition does as well
    width, height = _share_box(info.width, info.height)
    if width > SHARE_SIZE[0]:
        width, height = SHARE_SIZE
    if width < CARD_MIN_WIDTH:
        return None
    name = f"{rel}.{width}x{height}.{focus.replace(' ', '-')}.{EXTENSIONS[picture.fallback.mime]}"
    return Rendition(f"{story_id}/{FOLDER}/{name}", width, height)


def _share_box(width: int, height: int) -> tuple[int, int]:
    """The largest box of ``SHARE_SIZE``'s shape in a picture ``width`` x ``height``."""
    share_w, share_h = SHARE_SIZE
    if width * share_h > height * share_w:  # wider than a shared link: its whole height
        return min(width, max(1, round(height * share_w / share_h))), height
    return width, min(height, max(1, round(width * share_h / share_w)))


def encode(data: bytes, info: Info, picture: Picture) -> dict[str, bytes]:
    """Every rendition of ``picture`` by its path in the site, made from ``data``:
    turned upright, resized, and saved with nothing but the pixels and the colour profile
    (no EXIF, GPS, XMP or comments). PictureError if ``data`` cannot be decoded."""
    base, profile = _decode(data, info, picture.width)
    if picture.still is not None:
        # The animation itself is published as it is, from media/; PNG keeps its first
        # picture's sharp edges and see-through parts, as GIF and lossless WebP have them.
        return {picture.still.path: _save(base, "image/png", profile, lossless=True)}
    out: dict[str, bytes] = {}
    resized: dict[tuple[int, int], PILImage.Image] = {}
    for fmt in picture.formats:
        for r in fmt.renditions:
            size = (r.width, r.height)
            if size not in resized:
                resized[size] = base if base.size == size else _resize(base, size)
            out[r.path] = _save(resized[size], fmt.mime, profile, lossless=info.lossless)
    return out


def cut(data: bytes, info: Info, focus: str, share: Rendition, mime: str) -> bytes:
    """The rendition ``share`` (``plan_share``) made from ``data``: turned upright, the
    largest box of its shape kept from the edges ``focus`` names (``top`` the top edge,
    ``left`` the left one, ``top left`` both; the middle across the other way), resized
    to its size when larger, and saved in ``mime`` as the other renditions are."""
    box_w, _ = _share_box(info.width, info.height)
    # Decoded at a fraction of its size while the box is still at least as wide as the cut.
    base, profile = _decode(data, info, math.ceil(info.width * share.width / box_w))
    width, height = base.size
    box_w, box_h = _share_box(width, height)
    words = focus.split()
    x = 0 if "left" in words else width - box_w if "right" in words else (width - box_w) // 2
    y = 0 if "top" in words else height - box_h if "bottom" in words else (height - box_h) // 2
    box = base.crop((x, y, x + box_w, y + box_h))
    size = (share.width, share.height)
    return _save(box if box.size == size else _resize(box, size), mime, profile, lossless=info.lossless)


CLEAN_QUALITY = 92
"""The quality an AVIF file linked from a text is saved again at (the one format whose
metadata is not taken out by its bytes): the reader's "full photo", close to its own."""


def clean(data: bytes) -> bytes:
    """The picture file ``data`` as published at its own address, without its metadata:
    a JPEG, PNG or WebP file as it is but for the blocks that carry it (``stripped``: no
    quality or colours lost, a sideways photo still shown upright), a still GIF as it is
    unless it has a comment or XMP; a still AVIF, or a file whose blocks cannot be
    followed, saved again turned upright with only its pixels and colour profile; an
    animation whose blocks cannot be followed as it is. PictureError if such a file
    cannot be decoded."""
    from generator.render import stripped

    for magic, strip in (
        (b"\xff\xd8", stripped.jpeg),
        (stripped.PNG_SIGNATURE, stripped.png),
        (b"RIFF", stripped.webp),
    ):
        if data.startswith(magic) and (done := strip(data)) is not None:
            return done
    try:
        info = inspect(data)
    except PictureError:
        if data.startswith(b"GIF8"):
            return data  # an animation too large to read whole, as it was published before
        raise
    if info.animated:
        return data
    if info.kind == "GIF":
        return _clean_gif(data)
    base, profile = _decode(data, info, info.width)
    lossless = info.kind == "PNG" or (info.kind == "WEBP" and stripped.webp_lossless(data))  # as it was
    return _save(base, SOURCE_MIME[info.kind], profile, lossless=lossless, quality=CLEAN_QUALITY)


def _clean_gif(data: bytes) -> bytes:
    """A still GIF without its comment and XMP, its palette and transparency kept."""
    try:
        with _pil().open(io.BytesIO(data)) as im:
            if not any(key in im.info for key in ("comment", "xmp", "exif", "extension")):
                return data
            im.load()
            kept = {key: im.info[key] for key in ("transparency", "background") if key in im.info}
            clean = im.copy()
    except Exception as exc:  # see ``inspect``
        raise _unreadable(exc) from None
    clean.info = kept
    buffer = io.BytesIO()
    clean.save(buffer, "GIF")
    return buffer.getvalue()


def _decode(data: bytes, info: Info, width: int) -> tuple[PILImage.Image, bytes | None]:
    """``data`` turned upright in RGB (RGBA if see-through), and its colour profile; a
    JPEG at a half, quarter or eighth of its size when that is still at least ``width``
    wide upright. PictureError if ``data`` cannot be decoded."""
    pil = _pil()
    from PIL import ImageOps

    try:
        with pil.open(io.BytesIO(data)) as im:
            if info.kind == "JPEG":
                # Much faster for camera photos, and as sharp once resized.
                sideways = info.width != im.size[0]
                im.draft("RGB", (1, width) if sideways else (width, 1))
            im.load()
            upright = ImageOps.exif_transpose(im)
    except Exception as exc:  # see ``inspect``
        raise _unreadable(exc) from None
    return _in_rgb(upright, "RGBA" if info.alpha else "RGB")


SIXTEEN_BIT_GREY = frozenset({"I;16", "I;16L", "I;16B", "I"})
"""Pillow's modes for a PNG of 16-bit grey levels."""


def _in_rgb(im: PILImage.Image, mode: str) -> tuple[PILImage.Image, bytes | None]:
    """``im`` in ``mode`` (RGB or RGBA), and the colour profile that goes with it.

    A profile of RGB colours (sRGB, Display P3, Adobe RGB) is kept as it is (``_kept``).
    One of grey levels or of printing inks (a black-and-white photo from Photoshop, a
    CMYK JPEG) describes colours the RGB pixels no longer have, and a browser may refuse
    the picture for it (Chromium shows such an AVIF as a broken image): the pixels are
    converted from it into sRGB, which browsers assume where there is no profile, and it
    is not kept, nor is an RGB one too large to carry in every rendition; a profile that
    cannot be used is left out and the pixels converted plainly.
    A 16-bit grey picture is brought to 8 bits by scaling (a plain conversion clips every
    level above 255 to white). A PNG's gamma without a profile is applied (``_gamma_table``).
    """
    gamma = _png_gamma(im)
    if im.mode in SIXTEEN_BIT_GREY:
        im = im.convert("I").point(lambda v: v / 256).convert("L")
    profile: bytes | None = im.info.get("icc_profile") or None
    if profile is not None and not _kept(profile):
        converted = _into_srgb(im, profile)
        profile = None
        if converted is not None:
            im = converted
    im = im if im.mode == mode else im.convert(mode)
    if gamma is not None:
        table = _gamma_table(gamma)
        im = im.point(table * 3 + (list(range(256)) if mode == "RGBA" else []))  # the alpha as it is
    return im, profile


SRGB_GAMMA = 0.45455
"""The gamma a PNG made for ordinary screens says it has (1/2.2, as its gAMA chunk stores
it): its values are sRGB's, shown as they are."""


def _png_gamma(im: PILImage.Image) -> float | None:
    """The gamma of a PNG's gAMA chunk, where browsers apply it and it is not sRGB's: a
    PNG without a colour profile (its iCCP chunk) or an sRGB chunk, which they take
    instead. None for any other picture, and for a gamma of 0, which means nothing and
    which Chromium leaves alone (it applies any other, however extreme: 0.00001 shows
    black, 20 near white)."""
    gamma = im.info.get("gamma")  # Pillow reads it from PNG files alone
    if not isinstance(gamma, (int, float)) or "icc_profile" in im.info or "srgb" in im.info:
        return None
    if gamma <= 0 or abs(gamma - SRGB_GAMMA) < 0.005:
        return None
    return float(gamma)


@functools.cache
def _gamma_table(gamma: float) -> list[int]:
    """Each 8-bit value of a PNG whose gAMA chunk says its values were encoded with
    ``gamma`` (light ** gamma, the PNG standard's meaning), as the sRGB value of the same
    light: what Chromium shows of it. Without this, an older Mac program's PNG (gamma
    1/1.8) was published darker than the file showed, one of linear values (gamma 1) far
    darker. The primaries a cHRM chunk may give beside it are not applied."""

    def srgb(light: float) -> float:
        return 12.92 * light if light <= 0.0031308 else 1.055 * light ** (1 / 2.4) - 0.055

    return [round(255 * srgb((v / 255) ** (1 / gamma))) for v in range(256)]


MAX_KEPT_PROFILE = 32_768
"""The largest colour profile kept in the renditions: a camera's or a screen's (sRGB,
Display P3, Adobe RGB) takes a few KB at most, and every rendition, a thumbnail too,
carries it; a larger one has its colours converted into sRGB instead."""


def _kept(profile: bytes) -> bool:
    """Whether the renditions keep ``profile`` as it is: one of RGB colours (the colour
    space its ICC header names), small, and readable (Chromium shows an AVIF carrying a
    profile it cannot read as a broken image)."""
    return (
        profile[16:20] == b"RGB " and len(profile) <= MAX_KEPT_PROFILE and _read_profile(profile) is not None
    )


def _read_profile(profile: bytes) -> ImageCms.ImageCmsProfile | None:
    """``profile`` as littleCMS reads it; None if it cannot."""
    from PIL import ImageCms

    try:
        return ImageCms.ImageCmsProfile(io.BytesIO(profile))
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return None


def _into_srgb(im: PILImage.Image, profile: bytes) -> PILImage.Image | None:
    """``im``'s colours converted from ``profile`` into sRGB (its see-through part kept);
    None if the profile cannot be read or does not describe ``im``'s kind of colours."""
    from PIL import ImageCms

    colours = {b"GRAY": "L", b"CMYK": "CMYK", b"RGB ": "RGB"}.get(profile[16:20])
    if colours == "RGB" and im.mode in ("P", "PA"):  # a palette of the colours the profile describes
        im = im.convert("RGBA" if im.mode == "PA" or "transparency" in im.info else "RGB")
    if colours is None or im.mode.removesuffix("A") != colours:
        return None
    if "transparency" in im.info:  # a PNG's see-through level or colour, not a band of its own
        im = im.convert(f"{colours}A")
    alpha = im.getchannel("A") if "A" in im.getbands() else None
    source = _read_profile(profile)
    if source is None:
        return None
    try:
        srgb = ImageCms.createProfile("sRGB")
        out = ImageCms.profileToProfile(im.convert(colours), source, srgb, outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return None
    assert out is not None  # not converted in place
    if alpha is not None:
        out.putalpha(alpha)
    return out


def _resize(im: PILImage.Image, size: tuple[int, int]) -> PILImage.Image:
    """``im`` at ``size``: Lanczos, after a quick reduction by a whole factor while the
    picture is still three times larger (not visibly different, and several times faster)."""
    return im.resize(size, _pil().Resampling.LANCZOS, reducing_gap=3.0)


def _save(
    im: PILImage.Image, mime: str, profile: bytes | None, *, lossless: bool, quality: int | None = None
) -> bytes:
    """``im`` in ``mime``, with only the colour profile besides the pixels; a lossy format
    at ``quality`` (else the renditions', ``QUALITY``)."""
    options: dict[str, Any] = {}
    if profile:
        options["icc_profile"] = profile  # colours as the camera meant them (Display P3...)
    if mime == "image/jpeg":
        options.update(quality=quality or QUALITY[mime], optimize=True, progressive=True)
    elif mime == "image/webp" and lossless:
        options.update(lossless=True, quality=100, method=4)
    elif mime == "image/webp":
        options.update(quality=quality or QUALITY[mime], method=4)
    elif mime == "image/avif":
        # One thread: the same bytes every time.
        options.update(quality=quality or QUALITY[mime], speed=6, max_threads=1)
    elif mime == "image/png":
        options.update(optimize=False, compress_level=9)
    clean = im.copy()
    clean.info = {}  # what a save would otherwise carry over: EXIF, XMP, comments, dpi
    buffer = io.BytesIO()
    clean.save(buffer, PILLOW_FORMATS[mime], **options)
    return buffer.getvalue()


# The build's stage: pictures planned on the model, renditions written.


@dataclass(frozen=True, slots=True)
class Job:
    """One story's picture file to publish: where it is, what it is, and its renditions."""

    story_id: str
    rel: str
    """Under the story's media/ folder."""
    path: str
    """The file, as found under the content folder."""
    info: Info
    picture: Picture

    def outputs(self) -> Iterator[str]:
        """The renditions' paths in the site (an animation, published as it is: its still)."""
        if self.picture.still is not None:
            yield self.picture.still.path
        elif not self.info.animated:
            for fmt in self.picture.formats:
                yield from (r.path for r in fmt.renditions)


@dataclass(frozen=True, slots=True)
class Card:
    """A story's social card to draw (``cards.py``): for a story without a lead picture."""

    story_id: str
    title: str
    site_title: str

    @property
    def path(self) -> str:
        return f"{self.story_id}/{CARD}"

    def outputs(self) -> Iterator[str]:
        yield self.path


@dataclass(frozen=True, slots=True)
class Cut:
    """A story's picture file cut for shared links around its focus (``plan_share``)."""

    story_id: str
    rel: str
    """Under the story's media/ folder."""
    path: str
    """The file, as found under the content folder."""
    info: Info
    focus: str
    share: Rendition
    mime: str
    """The picture's fallback format (JPEG or PNG), which social sites all show."""

    def outputs(self) -> Iterator[str]:
        yield self.share.path


@dataclass(frozen=True, slots=True)
class Clean:
    """A story's picture file that a Markdown text shows or links to, published at its
    own address without its metadata (``clean``)."""

    story_id: str
    rel: str
    """Under the story's media/ folder."""
    path: str
    """The file, as found under the content folder."""

    @property
    def output(self) -> str:
        return f"{self.story_id}/media/{self.rel}"

    def outputs(self) -> Iterator[str]:
        yield self.output


Work = Job | Card | Cut | Clean
"""What the pictures stage writes: a picture's renditions, a card, a shared link's cut,
or a linked picture file made clean."""


Starting = Callable[[int], None] | None
"""Told how many pictures a build is about to encode (``photos``), before it starts: a
command says so, since it takes seconds a picture."""


def photos(jobs: Iterable[Work]) -> int:
    """How many of ``jobs`` are a picture encoded into sizes and formats: what takes a
    build seconds a picture (a card, a cut or a cleaned file takes a fraction of one, and
    an animation is published as it is, its still a fraction of a second too)."""
    return sum(1 for job in jobs if isinstance(job, Job) and not job.info.animated)


CARD = "card.png"
"""The social card's name in the story's folder."""


class Pictures:
    """Pictures as the plain build makes them: every file read, inspected and encoded
    here, nothing kept for another build (``speed/pictures.py`` keeps them).

    Within one build each file is inspected once: check, planning and writing all ask,
    and the first answer holds from ``start`` to ``finish`` (so the pages, planned from
    it, and the renditions agree even if a file changes while the build runs)."""

    def __init__(self) -> None:
        self._inspected: dict[str, Info | PictureError] = {}
        """This build's inspections, by the file's absolute path."""

    @functools.cached_property
    def avif(self) -> bool:
        """Whether pictures are published in AVIF too (asked once, when a build has pictures)."""
        return avif_available()

    def read(self, path: str, root: str, limit: int) -> bytes:
        """The bytes of a story's picture file; ``root`` is its story's folder."""
        return files.read_regular(path, root=root, limit=limit, skip=files.is_ignored)

    def inspect(self, path: str, root: str, limit: int) -> Info:
        """``inspect`` of the file at ``path``, once a build; PictureError naming it.
        Check asks first, with the story's folder as ``root`` (the narrowest)."""
        key = os.path.abspath(path)
        found = self._inspected.get(key)
        if found is None:
            try:
                found = self.inspect_file(path, root, limit)
            except PictureError as exc:
                found = exc
            self._inspected[key] = found
        if isinstance(found, PictureError):
            raise PictureError(str(found), found.path)
        return found

    def inspect_file(self, path: str, root: str, limit: int) -> Info:
        """``inspect`` of the file at ``path``, read now; PictureError naming it."""
        with about(path):
            return inspect(self.read(path, root, limit))

    def encode(self, job: Work, root: str, limit: int) -> dict[str, bytes]:
        """Every rendition of ``job`` by its path in the site; PictureError naming it."""
        if isinstance(job, Card):
            from generator.render import cards

            return {job.path: cards.card(job.title, job.site_title)}
        with about(job.path):
            data = self.read(job.path, os.path.join(root, job.story_id), limit)
            if isinstance(job, Cut):
                return {job.share.path: cut(data, job.info, job.focus, job.share, job.mime)}
            if isinstance(job, Clean):
                return {job.output: clean(data)}
            return encode(data, job.info, job.picture)

    def prepare(self, jobs: Iterable[Work], root: str, limit: int, starting: Starting = None) -> int:
        """Make ahead what ``write`` will need (a faster build encodes what its cache
        lacks); the plain build encodes each job as it writes it. How many pictures are
        encoded (``photos``), not taken from a cache; ``starting`` is told that number
        first, when there are any."""
        count = photos(jobs)
        if count and starting is not None:
            starting(count)
        return count

    def write(self, jobs: Iterable[Work], root: str, limit: int, write: Callable[[str, bytes], None]) -> None:
        """Encode every job and write its renditions."""
        for job in jobs:
            for path, data in self.encode(job, root, limit).items():
                write(path, data)

    def checked(self) -> None:
        """The files of one check are inspected (a faster build keeps what it learnt)."""

    def start(self) -> None:
        """A build begins: files are inspected anew (the preview encodes pictures between
        builds, when the browser asks, and a file may have changed since)."""
        self._inspected.clear()

    def finish(self) -> None:
        """One build is over."""
        self._inspected.clear()

    def reuse(self, original: object, made: T) -> T:
        """``made``, a model object rebuilt with pictures from ``original``; a faster
        build may hand back an equal one made from the very same ``original`` before."""
        del original
        return made


def plan_site(site: Site, content: str, pictures: Pictures) -> tuple[Site, list[Work]]:
    """``site`` with a ``Picture`` on each Image of a story's raster file, and the jobs
    that write their renditions. A story's media then publish such files no longer
    (their renditions stand for them), unless a Markdown text links to the file itself.
    A story whose lead picture a shared link cannot show well (none, an SVG drawing, or
    one that does not ``fits_a_card``) gets a social card, when the site's address is
    known (only then do pages link to it). Then too, an Image whose subject is off the
    middle of its picture gets the picture cut around it for shared links (``plan_share``):
    a lead, an event's or a figure's picture is what a shared link of some page shows."""
    stories: list[Story] = []
    jobs: list[Work] = []

    def with_card(story: Story) -> Story:
        if not site.base_url:
            return story
        card = Card(story.id, story.title, site.title)
        jobs.append(card)
        return dataclasses.replace(story, card=Rendition(card.path, cards_size()[0], cards_size()[1]))

    for story in site.stories:
        if story.image is None or (story.image.is_local and not is_picture(story.image)):
            story = with_card(story)
        cleaned = _cleaned(story, content)
        jobs.extend(cleaned)
        if not any(is_picture(image) for image in story.images()):
            if cleaned:  # published by the pictures stage, not copied as they are
                story = dataclasses.replace(story, media=story.media - {c.rel for c in cleaned})
            stories.append(story)
            continue
        planned: dict[str, Job] = {}
        cuts: dict[tuple[str, str], Cut | None] = {}

        def with_picture(
            image: Image,
            story: Story = story,
            planned: dict[str, Job] = planned,
            cuts: dict[tuple[str, str], Cut | None] = cuts,
        ) -> Image:
            rel = image.src.removeprefix("media/")
            if rel not in planned:
                path = os.path.join(content, story.id, "media", rel)
                info = pictures.inspect(path, os.path.join(content, story.id), site.media_max_bytes)
                planned[rel] = Job(story.id, rel, path, info, plan(story.id, rel, info, pictures.avif))
                jobs.append(planned[rel])
            job = planned[rel]
            shared = None
            if site.base_url:  # shared links are written only with the address
                focus = image.focus or FOCUS_CENTRE
                if (rel, focus) not in cuts:
                    cuts[rel, focus] = made = plan_cut(job, focus)
                    if made is not None:
                        jobs.append(made)
                shared = cuts[rel, focus]
            return dataclasses.replace(
                image, picture=job.picture, share=None if shared is None else shared.share
            )

        events = tuple(
            pictures.reuse(e, dataclasses.replace(e, image=with_picture(e.image)))
            if e.image is not None and is_picture(e.image)
            else e
            for e in story.events
        )
        figures = {
            k: pictures.reuse(f, dataclasses.replace(f, image=with_picture(f.image)))
            if f.image is not None and is_picture(f.image)
            else f
            for k, f in story.figures.items()
        }
        lead = story.image and (with_picture(story.image) if is_picture(story.image) else story.image)
        resized = {
            j.rel for j in jobs if isinstance(j, Job) and j.story_id == story.id and not j.info.animated
        }
        media = story.media - (resized - linked_media(story)) - {c.rel for c in cleaned}
        story = dataclasses.replace(story, events=events, figures=figures, image=lead, media=frozenset(media))
        if lead is not None and lead.picture is not None and not lead.fits_a_card:
            story = with_card(story)  # a portrait, a small or a see-through lead: shared as the card
        stories.append(story)
    return dataclasses.replace(site, stories=tuple(stories)), jobs


def _cleaned(story: Story, content: str) -> list[Clean]:
    """The story's picture files that its Markdown texts show or link to, to publish
    without their metadata (``clean``), in the order of their names."""
    linked = sorted(rel for rel in linked_media(story) if rel in story.media and is_raster(rel))
    return [Clean(story.id, rel, os.path.join(content, story.id, "media", rel)) for rel in linked]


def plan_cut(job: Job, focus: str) -> Cut | None:
    """The cut of ``job``'s picture for shared links around ``focus``, where one is made
    (``plan_share``)."""
    share = plan_share(job.story_id, job.rel, job.info, focus, job.picture)
    if share is None:
        return None
    return Cut(job.story_id, job.rel, job.path, job.info, focus, share, job.picture.fallback.mime)


def cards_size() -> tuple[int, int]:
    from generator.render import cards

    return cards.WIDTH, cards.HEIGHT
