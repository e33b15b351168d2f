"""Which renditions a picture is published in: its widths, its formats, their names in
the site, and the cut a shared link shows of it.

A plan (a ``Picture``: its formats, each a few ``Rendition``s) is made from a picture's
``Info`` alone (``picture_info.py``), never from its pixels, so the pages that show it can
be written before anything is encoded (``picture_encoding.py`` makes the bytes the plan
names). The plan is defined here, and the content's model carries it on each Image of a
picture file (``content/model.py``, which imports it from here: the pictures import
nothing of the content, which reads a picture as the build will for check).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.pictures.picture_info import MAX_SIDE, SOURCE_MIME, Info

CARD_MIN_WIDTH = 600
"""The narrowest picture a shared link shows large (Facebook asks at least this)."""

SHARE_SIZE = (1200, 630)
"""The size of a shared link's picture: the 1.91:1 that social sites cut to, at the width
Facebook asks for a sharp preview; the size of the build's cuts for shared links
(``pictures/picture_plan.plan_share``) and of its drawn cards."""


@dataclass(frozen=True, slots=True)
class Rendition:
    """One size of a picture in one format, as published."""

    path: str
    """In the site: ``<story>/pictures/photo.jpg.960.webp``."""
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class PictureFormat:
    """The sizes of a picture in one format."""

    mime: str
    """``image/avif``, ``image/webp``, ``image/jpeg``, ``image/png``..."""
    renditions: tuple[Rendition, ...]
    """Narrowest first; the last is the largest."""


@dataclass(frozen=True, slots=True)
class Picture:
    """A story's picture file as the build publishes it (``content/pictures.py``): each
    format in a few widths, the best format first, the fallback that every browser shows
    last. A picture published as it is (an animation) has one format of one size."""

    width: int
    """The width of the largest size, in pixels, after orientation."""
    height: int
    formats: tuple[PictureFormat, ...]
    transparent: bool = False
    """Whether some of it is see-through (its fallback is then PNG)."""
    still: Rendition | None = None
    """An animation's first picture, still (PNG), shown instead of it to a reader whose
    system asks for reduced motion; None for a still picture."""

    @property
    def fallback(self) -> PictureFormat:
        """What the ``<img>`` itself shows: JPEG or PNG (or the file as it is)."""
        return self.formats[-1]

    @property
    def alternatives(self) -> tuple[PictureFormat, ...]:
        """The better formats, each a ``<source>`` before the fallback."""
        return self.formats[:-1]

    @property
    def default(self) -> Rendition:
        """The ``src`` of the fallback, for browsers that do not read ``srcset`` (and the
        one picture a feed entry shows): its narrowest size at least 960 pixels wide, else
        its widest. (The fallback has the 240, 960 and 1,600 only: "the widest of at most
        1,000" was the 240 thumbnail of a 1,024-pixel photo, whose widths are 240 and 1,024.)"""
        wide = [r for r in self.fallback.renditions if r.width >= 960]
        return wide[0] if wide else self.fallback.renditions[-1]

    @property
    def largest(self) -> Rendition:
        """The fallback's largest size: what a link or a social card shows."""
        return self.fallback.renditions[-1]


WIDTHS = (240, 320, 480, 960, 1200, 1600)
"""The widths published, in pixels: a timeline's thumbnail or a place's picture (104 to
224 CSS pixels across), the same thumbnail on a phone of three device pixels to the CSS
pixel (104 x 3 = 312) or a laptop's of two (160 x 2), a phone's column, a tablet's or a
phone's at twice the density, a phone's column at 2.625 to 3 times (358 to 380 CSS pixels:
997 to 1,140), a wide screen's. Chromium takes the narrowest rendition at least as dense
as the screen: without the 240, a thumbnail was fetched 480 pixels wide (a held-out
story's page fetched about 116 KB more than it showed); without the 320 and the 1200, a
phone at 3x fetched each thumbnail 480 pixels wide and the lead picture 1,600, 305 KB
before the reader scrolled a story of camera photos (tests/pictured.py), over the first
screen's budget of 250 KB (231 KB with them). A picture is never enlarged: one narrower
than a width gets its own width instead of that one and those above it."""

FALLBACK_WIDTHS = (240, 960, 1600)
"""The widths of the fallback (JPEG, or PNG for a see-through picture or a drawing), of
those in ``WIDTHS``: AVIF and WebP have them all, and a browser that reads ``srcset`` but
neither of them (Safari before 14, Firefox before 65, Edge before 18) is all a fallback's
other widths would serve. The 240 is the thumbnail a TimelineJS export shows, the 960 the
``src`` of a browser without ``srcset`` (``Picture.default``), the 1,600 what a shared
link shows (``Picture.largest``). Three JPEGs of a camera photo instead of six saved
about a third of its bytes (docs/performance.md). A picture narrower than one of these
keeps its own width as its widest, as every format does."""

EXTENSIONS = {"image/avif": "avif", "image/webp": "webp", "image/jpeg": "jpg", "image/png": "png"}


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
    and never so wide that its height passes ``MAX_SIDE`` (``picture_info.inspect`` refuses a picture too
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
    """The renditions of the story's ``media/<rel>``, a picture that does not move:
    every format in every width of ``widths`` but the fallback, in those of them in
    ``FALLBACK_WIDTHS`` and the widest (an animation: ``plan_animation``)."""
    if info.animated:
        raise ValueError(f"{rel} moves: an animation is published as it is (plan_animation)")
    sizes = [(w, _height_at(w, info.width, info.height)) for w in widths(info.width, info.height)]
    stem = f"{story_id}/{FOLDER}/{rel}"
    kinds = formats(info, avif)
    fallback = [(w, h) for w, h in sizes if w in FALLBACK_WIDTHS or (w, h) == sizes[-1]]
    made = tuple(
        PictureFormat(mime, tuple(Rendition(f"{stem}.{w}.{EXTENSIONS[mime]}", w, h) for w, h in shown))
        for mime, shown in zip(kinds, [*(sizes for _ in kinds[1:]), fallback], strict=True)
    )
    return Picture(sizes[-1][0], sizes[-1][1], made, transparent=info.alpha)


def plan_animation(story_id: str, rel: str, info: Info, original: str) -> Picture:
    """The story's ``media/<rel>``, an animation: published as it is, at ``original``
    (where the site publishes the story's media files, which the content decides:
    ``content/kinds.published_media``), and its first picture still."""
    only = (PictureFormat(SOURCE_MIME[info.kind], (Rendition(original, info.width, info.height),)),)
    still = Rendition(f"{story_id}/{FOLDER}/{rel}.still.png", info.width, info.height)
    return Picture(info.width, info.height, only, transparent=info.alpha, still=still)


def plan_share(story_id: str, rel: str, info: Info, focus: str | None, picture: Picture) -> Rendition | None:
    """The rendition a shared link shows of the story's ``media/<rel>`` when its subject is
    off its middle: cut to the shape of ``SHARE_SIZE`` around ``focus`` (``picture_encoding.cut``), at that
    size, or from a smaller picture the largest box of that shape in it (never enlarged).
    None where the largest rendition does as well or no shared link would show the cut:
    no focus or the middle, a picture already of about that shape, an animation (published
    as it is), a see-through picture or a cut narrower than a shared link shows large
    (``Image.fits_a_card``). Its name says its size and focus, so a cut of another focus
    of the same file is another file: ``<rel>.1200x630.top-left.jpg``.

    A picture so wide that a social site's cut of its largest rendition around the middle
    would be narrower than a shared link is shown (a panorama: 1600 x 400 cut to 762 x
    400, enlarged half as much again to 1200 x 630) is cut here around its middle too,
    from the file itself, where that has more to give (a 6000 x 1500 file: 1200 x 630)."""
    if not focus or info.animated or info.alpha:
        return None
    shape = SHARE_SIZE[0] / SHARE_SIZE[1]
    if abs(info.width / info.height / shape - 1) <= SHARE_SLACK:
        return None
    width, height = share_box(info.width, info.height)
    if width > SHARE_SIZE[0]:
        width, height = SHARE_SIZE
    # A social site's own cut of the largest rendition, as wide as a shared link shows at most.
    social = min(share_box(picture.width, picture.height)[0], SHARE_SIZE[0])
    if focus == FOCUS_CENTRE and width <= social * (1 + SHARE_SLACK):
        return None  # the social site's own cut does as well, or nearly
    if width < CARD_MIN_WIDTH:
        return None
    name = f"{rel}.{width}x{height}.{focus.replace(' ', '-')}.{EXTENSIONS[picture.fallback.mime]}"
    return Rendition(f"{story_id}/{FOLDER}/{name}", width, height)


def share_box(width: int, height: int) -> tuple[int, int]:
    """The largest box of ``SHARE_SIZE``'s shape in a picture ``width`` x ``height``."""
    share_w, share_h = SHARE_SIZE
    if width * share_h > height * share_w:  # wider than a shared link: its whole height
        return min(width, max(1, round(height * share_w / share_h))), height
    return width, min(height, max(1, round(width * share_h / share_w)))
