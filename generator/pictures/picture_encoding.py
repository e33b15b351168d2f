"""The bytes of a picture's renditions: decoded, its colours brought to what browsers
show, turned upright, resized and saved with nothing but its pixels and colour profile.

``encode`` makes the renditions a plan names (``picture_plan.py``), ``cut`` the picture
cut for shared links around its focus, and ``clean`` a picture file a Markdown text links
to, published at its own address without its metadata (taken out by its blocks where it
can be: ``stripped.py``). Each gives the same bytes every time for the same file: the
cache and the second core of ``speed/pictures.py`` rely on it, and this module's source
is part of the cache's key (``speed/pictures.py``: ``ENCODING_MODULES``).

Colours: a profile of RGB colours (sRGB, Display P3, Adobe RGB) is kept in every
rendition; one of grey levels or printing inks, or one too large or unreadable, has the
pixels converted into sRGB instead (``_in_rgb``); a PNG's gamma without a profile is
applied, and 16-bit grey levels are scaled to 8 bits, not clipped.
"""

from __future__ import annotations

import functools
import io
import math
from typing import TYPE_CHECKING, Any

from generator.pictures import picture_info
from generator.pictures.picture_info import (
    SIXTEEN_BIT_GREY,
    SOURCE_MIME,
    Info,
    pillow,
    unreadable,
)
from generator.pictures.picture_plan import Picture, Rendition, share_box

if TYPE_CHECKING:
    from PIL import Image as PILImage
    from PIL import ImageCms


QUALITY = {"image/avif": 60, "image/webp": 80, "image/jpeg": 82}
"""Each lossy format's quality setting (Pillow's scale of each encoder)."""

PILLOW_FORMATS = {"image/avif": "AVIF", "image/webp": "WEBP", "image/jpeg": "JPEG", "image/png": "PNG"}


def encode(data: bytes, info: Info, picture: Picture) -> dict[str, bytes]:
    """Every rendition of ``picture`` by its path in the site, made from ``data``:
    turned upright, resized, and saved with nothing but the pixels and the colour profile
    (no EXIF, GPS, XMP or comments). PictureError if ``data`` cannot be decoded."""
    renditions = Renditions(data, info, picture)
    return {path: renditions.make(path) for path in renditions.paths}


class Renditions:
    """The renditions of one picture made one at a time, in any order, each the very
    bytes ``encode`` gives it: the preview answers the one the browser asks for first
    and makes the others after (``preview/pictures.py``). The picture is decoded once,
    at the size ``encode`` decodes it (the bytes depend on it), when the first is made,
    and each size resized once. PictureError from ``make`` if ``data`` cannot be decoded."""

    def __init__(self, data: bytes, info: Info, picture: Picture) -> None:
        self._data = data
        self._info = info
        self._picture = picture
        self._decoded: tuple[PILImage.Image, bytes | None] | None = None
        self._resized: dict[tuple[int, int], PILImage.Image] = {}
        self._plan: dict[str, tuple[str, Rendition]] = {}
        if picture.still is None:
            for fmt in picture.formats:
                for r in fmt.renditions:
                    self._plan[r.path] = (fmt.mime, r)

    @property
    def paths(self) -> list[str]:
        """The renditions' paths in the site, in the order ``encode`` lists them."""
        if self._picture.still is not None:
            # The animation itself is published as it is, from media/; PNG keeps its first
            # picture's sharp edges and see-through parts, as GIF and lossless WebP have them.
            return [self._picture.still.path]
        return list(self._plan)

    def make(self, path: str) -> bytes:
        """The rendition at ``path`` (one of ``paths``)."""
        if self._decoded is None:
            self._decoded = _decode(self._data, self._info, self._picture.width)
        base, profile = self._decoded
        if self._picture.still is not None:
            return _save(base, "image/png", profile, lossless=True)
        mime, r = self._plan[path]
        size = (r.width, r.height)
        if size not in self._resized:
            self._resized[size] = base if base.size == size else _resize(base, size)
        return _save(self._resized[size], mime, profile, lossless=self._info.lossless)


def cut(data: bytes, info: Info, focus: str, share: Rendition, mime: str) -> bytes:
    """The rendition ``share`` (``plan_share``) made from ``data``: turned upright, the
    largest box of its shape kept from the edges ``focus`` names (``top`` the top edge,
    ``left`` the left one, ``top left`` both; the middle across the other way), resized
    to its size when larger, and saved in ``mime`` as the other renditions are."""
    box_w, _ = share_box(info.width, info.height)
    # Decoded at a fraction of its size while the box is still at least as wide as the cut.
    base, profile = _decode(data, info, math.ceil(info.width * share.width / box_w))
    width, height = base.size
    box_w, box_h = share_box(width, height)
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
    a JPEG, PNG, WebP or GIF file as it is but for the blocks that carry it (``stripped.py``:
    no quality or colours lost, a sideways photo still shown upright, an animation's frames
    and timing as they were); a still AVIF, or a file whose blocks cannot be followed,
    saved again turned upright with only its pixels and colour profile; an animation whose
    blocks cannot be followed as it is. PictureError if such a file cannot be decoded."""
    from generator.pictures import stripped

    for magic, strip in (
        (b"\xff\xd8", stripped.jpeg),
        (stripped.PNG_SIGNATURE, stripped.png),
        (b"RIFF", stripped.webp),
        (b"GIF8", stripped.gif),
    ):
        if data.startswith(magic) and (done := strip(data)) is not None:
            return done
    info = picture_info.inspect(data)
    if info.animated:
        return data
    base, profile = _decode(data, info, info.width)
    lossless = info.kind == "PNG" or (info.kind == "WEBP" and stripped.webp_lossless(data))  # as it was
    return _save(base, SOURCE_MIME[info.kind], profile, lossless=lossless, quality=CLEAN_QUALITY)


def _decode(data: bytes, info: Info, width: int) -> tuple[PILImage.Image, bytes | None]:
    """``data`` turned upright in RGB (RGBA if see-through), and its colour profile; a
    JPEG at a half, quarter or eighth of its size when that is still at least ``width``
    wide upright. PictureError if ``data`` cannot be decoded."""
    pil = pillow()
    from PIL import ImageOps

    try:
        with pil.open(io.BytesIO(data)) as im:
            if info.kind == "JPEG":
                # Much faster for camera photos, and as sharp once resized.
                sideways = info.width != im.size[0]
                im.draft("RGB", (1, width) if sideways else (width, 1))
            im.load()
            upright = ImageOps.exif_transpose(im)
    except Exception as exc:  # see ``picture_info.inspect``
        raise unreadable(exc) from None
    return _in_rgb(upright, "RGBA" if info.alpha else "RGB")


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
    return im.resize(size, pillow().Resampling.LANCZOS, reducing_gap=3.0)


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
