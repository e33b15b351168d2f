"""What a picture file is, read before anything is made of it, and the files refused.

``inspect`` opens a story's picture file with Pillow and tells its size once turned
upright, its kind, whether it is see-through, animated, or a photograph kept as a PNG or
GIF (``Info``): all that planning its renditions needs (``picture_plan.py``). It decodes
the pixels too, so a decompression bomb, a corrupt or truncated file, a kind browsers do
not show or an animation that carries camera data is refused here (``PictureError``,
which ``check`` reports at the ``image:`` field), not half-way through a build.

The names here are the ones the other picture modules share (``Info``, ``PictureError``,
the kinds of file published, the tallest side a rendition may have): planning and
encoding (``picture_encoding.py``) both import this module, and it imports neither.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from generator.patterns import later

if TYPE_CHECKING:
    from PIL import Image as PILImage


MAX_SIDE = 16_383
"""The longest side a rendition may have: WebP's limit (libwebp refuses more, and every
picture has a WebP rendition). A picture taller than this at its largest width, a long
infographic, is published narrower instead (``picture_plan.widths``)."""

SOURCE_MIME = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp",
               "AVIF": "image/avif"}  # fmt: skip


SAME_KIND = {"MPO": "JPEG"}
"""Pillow's names of formats that are one of ``SOURCE_MIME``'s to a browser. A JPEG
carrying more pictures after its own (an MPF block: the gain map of a phone's Ultra HDR
photo, a camera's large preview, a stereo pair's other eye) is an MPO to Pillow, and
animated to it; browsers show its first picture, the photo, as they show any JPEG."""

SIXTEEN_BIT_GREY = frozenset({"I;16", "I;16L", "I;16B", "I"})
"""Pillow's modes for a PNG of 16-bit grey levels."""


class PictureError(ValueError):
    """A file that cannot be published as a picture; the message says why, to be shown
    after the file's name."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.path = path


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


MAX_JPEG_SCANS = 256
"""The most scans a JPEG may have. Each scan of a progressive JPEG goes over the whole
picture again, and one that changes nothing is a dozen bytes: a 1.5 MB file of 100,000
such scans on 4,000 x 4,000 pixels took 43 s to read, and 50 MB of them on 89 million
pixels would take hours, once for check and again for the build (a hostile pull request
holding CI). Encoders write 10 (libjpeg's progressive JPEG) to a few dozen (mozjpeg); 256
is the limit NVIDIA's nvImageCodec sets against this (cure53's review of libjpeg-turbo,
LJT-01-004), and at 89 million pixels takes a second or two to read."""

TOO_MANY_SCANS = (
    f"is a JPEG of more than {MAX_JPEG_SCANS} scans (passes over the picture), which would take "
    "minutes or hours to read (it could be crafted to hold up the build); save it again from a "
    "picture editor"
)

_JPEG_MARKER = later(rb"\xff[^\x00\x01\xd0-\xd7\xff]")
"""A JPEG's marker, as libjpeg finds the next one: 0xFF followed by a byte that is no
stuffed zero (in scan data), no fill byte and none of the markers without a segment (TEM,
the restart markers); anything else between segments is passed over, as libjpeg does."""


def _scans_over(data: bytes, limit: int) -> bool:
    """Whether the JPEG ``data`` has more than ``limit`` scans (SOS segments) before its
    end (EOI), its segments followed by their lengths as libjpeg follows them, with no
    pixel decoded; what follows its end (a camera's second pictures) is not read."""
    scans = 0
    at = 2  # past the start of the image
    while (found := _JPEG_MARKER().search(data, at)) is not None:
        start = found.start()
        marker = data[start + 1]
        if marker == 0xD9:  # the end of the image
            break
        if marker == 0xDA:
            scans += 1
            if scans > limit:
                return True
        # Past the segment: for a scan, past its header, the next marker found ends its data.
        at = start + 2 + int.from_bytes(data[start + 2 : start + 4], "big")
    return False


def pillow() -> Any:
    """Pillow's Image module, imported when a build has pictures (most builds of text
    alone never need it)."""
    from PIL import Image as PILImage

    return PILImage


def inspect(data: bytes) -> Info:
    """What ``data`` holds as a picture; PictureError if it is not one Pillow can read
    safely and whole. The pixels are decoded (at an eighth of the size where the format
    allows it), so a truncated or corrupt file is found here, not half-way through a build."""
    pil = pillow()
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
                    if _scans_over(data, MAX_JPEG_SCANS):
                        raise PictureError(TOO_MANY_SCANS)
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
        raise unreadable(exc) from None
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
    small.thumbnail((256, 256), pillow().Resampling.BOX)
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


_OBJECT = later(r"\s*<[^<>]* at 0x[0-9a-fA-F]+>")
"""An object's address in a message (``<_io.BytesIO object at 0x7f...>``): different
in every run, and of no use to an editor."""

_METADATA_BOMB = "Decompressed data too large"
"""How Pillow's ValueError begins when a PNG's text or colour profile unpacks to more than
it reads (``PngImagePlugin.MAX_TEXT_CHUNK``)."""


def unreadable(exc: Exception) -> PictureError:
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
    if isinstance(exc, pillow().UnidentifiedImageError):
        return "its content is not a picture in any format the build reads"
    text = _OBJECT().sub("", str(exc)).strip() or type(exc).__name__
    return text if len(text) < 120 else text[:117] + "..."
