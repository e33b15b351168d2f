"""Pictures at build time: each raster picture a story shows, resized to a few widths in
modern formats with a JPEG or PNG fallback, turned upright and stripped of its metadata.

A camera's photo is several megabytes, 4,000 pixels wide, and carries the camera's
EXIF data (often where it was taken). Readers get instead, for each picture, AVIF (where
the installed Pillow writes it) and WebP, each in up to six widths (``picture_plan.WIDTHS``),
and a JPEG or PNG that every browser shows in up to three (``FALLBACK_WIDTHS``); the page's ``<picture>``
(``_macros.html``) lets the browser choose.

Three steps, each depending only on the file's bytes and the settings of its module,
each in the picture package (``generator/pictures/``, which imports nothing of the
content: check reads a picture with it as the build will):

- ``picture_info.py``, ``inspect``: whether Pillow can read the file (a decompression
  bomb, a corrupt or truncated file is a problem that ``check`` reports at the ``image:``
  field), and its size once turned upright;
- ``picture_plan.py``, ``plan``: which widths and formats it is published in (a
  ``Picture``), from its size and kind alone, so pages can be written before
  anything is encoded;
- ``picture_encoding.py``, ``encode``: the bytes of every rendition, the same bytes every
  time (the cache and the second core of ``speed/pictures.py`` rely on it).

This module is the build's stage that runs them, on the content's model (so here, not
in the picture package): ``plan_site`` puts a plan on each of the site's pictures and
lists the work to do (``Job``, ``Card``, ``Cut``, ``Clean``), and ``Pictures`` reads a
story's files by the content's rules (``files.read_regular``), inspects and encodes
them, once a build each; what goes wrong with a file is a ``PictureError`` naming it
(``about``).

A picture whose subject is off its middle (its ``focus``) gets one more rendition when
the site's address is known, for shared links only: cut to their shape around that
subject (``plan_share``, ``cut``), since social sites cut whatever they are given around
its middle; so does a panorama whose file holds a sharper cut of that shape than a social
site's cut of its largest rendition would be.

A picture file that a Markdown text shows or links to (``![map](media/map.jpg)``) is
published at its own address as it is but for its metadata, taken out by its blocks
(``clean``, ``stripped.py``): the camera's original, with where it was taken, went out
as it was.

SVG and https:// images are not pictures here: they go out as they are. So do animated
GIF, PNG and WebP files, which resizing would stop (``inspect`` refuses one that carries
camera data; a GIF's comments and a PNG's text are taken out as ``media.publishable``
copies it). An animation gets one rendition, its first
picture as a still PNG, for readers whose system asks for reduced motion (WCAG 2.2.2:
it would otherwise move on for as long as the page is open).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from generator.content import files, svg
from generator.content.fieldtypes import is_raster
from generator.content.kinds import MEDIA_FOLDER, published_media
from generator.content.model import Drawing, Image, Site, Story
from generator.content.published import Convert, linked_media, shown_media
from generator.i18n.languages import writes_right_to_left
from generator.pictures import picture_encoding, picture_info, picture_plan
from generator.pictures.picture_info import Info, PictureError
from generator.pictures.picture_plan import FOCUS_CENTRE, Picture, Rendition, plan, plan_animation, plan_share

T = TypeVar("T")


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


def is_picture(image: Image) -> bool:
    """Whether ``image`` is a story's raster file, processed by this module."""
    return image.is_local and is_raster(image.src)


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
    rtl: bool | None = None
    """True for a story in a right-to-left language: its card is drawn right to left
    whatever letter its title opens with ('UN Security Council يناقش ...' was drawn from
    the left margin, left to right). None: in the direction of the title's first letter
    (``cards.card``), as a left-to-right story's card always was."""
    language: str = ""
    """The story's language tag: a Chinese, Japanese or Korean story's characters are
    drawn in its own forms (``cards.han_region``)."""

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
        return published_media(self.story_id, self.rel)

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
        self._drawings: dict[str, Drawing | None] = {}
        """This build's SVG drawings' sizes, by the file's absolute path."""

    @functools.cached_property
    def avif(self) -> bool:
        """Whether pictures are published in AVIF too (asked once, when a build has pictures)."""
        return picture_plan.avif_available()

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
            return picture_info.inspect(self.read(path, root, limit))

    def drawing(self, path: str, root: str, limit: int) -> Drawing | None:
        """The size the SVG drawing at ``path`` gives itself (``svg.drawing_size``), once
        a build; None when it gives none or cannot be read (``check`` says why)."""
        key = os.path.abspath(path)
        if key not in self._drawings:
            try:
                self._drawings[key] = svg.drawing_size(self.read(path, root, limit))
            except (ValueError, OSError, files.UnsafeFile):
                self._drawings[key] = None
        return self._drawings[key]

    def encode(self, job: Work, root: str, limit: int) -> dict[str, bytes]:
        """Every rendition of ``job`` by its path in the site; PictureError naming it."""
        if isinstance(job, Card):
            from generator.pictures import cards

            return {job.path: cards.card(job.title, job.site_title, job.rtl, job.language)}
        with about(job.path):
            # Called through their modules (as inspecting and asking for AVIF are), so each
            # has one name a test replaces to count or refuse the calls.
            data = self.read(job.path, os.path.join(root, job.story_id), limit)
            if isinstance(job, Cut):
                return {job.share.path: picture_encoding.cut(data, job.info, job.focus, job.share, job.mime)}
            if isinstance(job, Clean):
                return {job.output: picture_encoding.clean(data)}
            return picture_encoding.encode(data, job.info, job.picture)

    def kept_rendition(self, job: Work, path: str, root: str, limit: int) -> bytes | None:
        """The rendition ``path`` of ``job`` as a faster build keeps it; None if it is not
        kept (the plain build keeps nothing). PictureError naming the file."""
        del job, path, root, limit
        return None

    def version(self, job: Work, root: str, limit: int) -> str:
        """What names the renditions of ``job`` as the file is now: two requests for
        renditions of one version of a picture are answered by one encoding (the
        preview). PictureError naming the file."""
        if isinstance(job, Card):
            return f"card\0{job.title}\0{job.site_title}\0{job.rtl}"
        with about(job.path):
            st = os.stat(job.path)
        made = f"{type(job).__name__}\0{next(job.outputs(), '')}"  # a cut is not the renditions
        return f"{made}\0{job.path}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}"

    def keep(self, job: Work, data: bytes, made: dict[str, bytes]) -> None:
        """Keep ``made``, every rendition of ``job``, made from ``data`` (a faster build
        keeps them for the next; the plain build keeps nothing)."""
        del job, data, made

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
        self._drawings.clear()

    def finish(self) -> None:
        """One build is over."""
        self._inspected.clear()
        self._drawings.clear()

    def reuse(self, original: object, made: T) -> T:
        """``made``, a model object rebuilt with pictures from ``original``; a faster
        build may hand back an equal one made from the very same ``original`` before."""
        del original
        return made


def plan_site(site: Site, content: str, pictures: Pictures, convert: Convert) -> tuple[Site, list[Work]]:
    """``site`` with a ``Picture`` on each Image of a story's raster file, and the jobs
    that write their renditions. A story's media then publish such files no longer
    (their renditions stand for them), unless a Markdown text links to the file itself.
    A story whose lead picture a shared link cannot show well (none, an SVG drawing, or
    one that does not ``fits_a_card``) gets a social card, when the site's address is
    known (only then do pages link to it). Then too, an Image whose subject is off the
    middle of its picture gets the picture cut around it for shared links (``plan_share``):
    a lead, an event's or a figure's picture is what a shared link of some page shows."""
    jobs: list[Work] = []
    stories = tuple(_plan_story(story, site, content, pictures, convert, jobs) for story in site.stories)
    return dataclasses.replace(site, stories=stories), jobs


def _plan_story(
    story: Story, site: Site, content: str, pictures: Pictures, convert: Convert, jobs: list[Work]
) -> Story:
    """``story`` as published with its pictures planned, its jobs added to ``jobs``."""
    story = _with_drawings(story, content, site, pictures)
    if story.image is None or (story.image.is_local and not is_picture(story.image)):
        story = _with_card(story, site, jobs)
    linked = linked_media(story, convert)  # read once: each text converted once here
    cleaned = _cleaned(story, content, linked)
    jobs.extend(cleaned)
    story_plan = _StoryPlan(site, content, pictures, jobs, story)
    if cleaned:
        readable = _readable(cleaned, site, content, pictures)
        sizes = tuple((rel, info.width, info.height) for rel, info in readable.items())
        shown = shown_media(story, convert)
        renditions = tuple(
            (rel, _planned(rel, story_plan).picture)
            for rel, info in readable.items()
            if rel in shown and not info.animated
        )
        story = dataclasses.replace(story, text_pictures=sizes, text_renditions=renditions)
        story_plan = dataclasses.replace(story_plan, story=story)  # the same jobs planned
    if not any(is_picture(image) for image in story.images()):
        if cleaned:  # published by the pictures stage, not copied as they are
            story = dataclasses.replace(story, media=story.media - {c.rel for c in cleaned})
        return story
    story = _with_pictures(story_plan, linked, cleaned)
    lead = story.image
    if lead is not None and lead.picture is not None and not lead.fits_a_card:
        story = _with_card(story, site, jobs)  # a portrait, a small or a see-through lead: shared as the card
    return story


def is_drawing(image: Image) -> bool:
    """Whether ``image`` is a story's SVG file, published as it is."""
    return image.is_local and os.path.splitext(image.src)[1].lower() == ".svg"


def _with_drawings(story: Story, content: str, site: Site, pictures: Pictures) -> Story:
    """``story`` with the size each of its SVG drawings gives itself on the Image that
    shows it (``Image.drawing``), so a page lays a drawing out by its proportions as it
    does a picture the build sized: an event page held a tall one to 80% of the
    screen's height where a raster portrait is held to 45%."""
    if not any(is_drawing(image) for image in story.images()):
        return story
    folder = os.path.join(content, story.id)

    def sized(image: Image) -> Image:
        path = os.path.join(folder, MEDIA_FOLDER, image.src.removeprefix("media/"))
        return dataclasses.replace(image, drawing=pictures.drawing(path, folder, site.media_max_bytes))

    events = tuple(
        pictures.reuse(e, dataclasses.replace(e, image=sized(e.image)))
        if e.image is not None and is_drawing(e.image)
        else e
        for e in story.events
    )
    figures = {
        k: pictures.reuse(f, dataclasses.replace(f, image=sized(f.image)))
        if f.image is not None and is_drawing(f.image)
        else f
        for k, f in story.figures.items()
    }
    lead = story.image and (sized(story.image) if is_drawing(story.image) else story.image)
    return dataclasses.replace(story, events=events, figures=figures, image=lead)


def _with_card(story: Story, site: Site, jobs: list[Work]) -> Story:
    """``story`` with a social card (its job added to ``jobs``) when the site's address is
    known, only then do pages link to it, and the card shows something (``cards.drawn``:
    a Chinese title on a site with a Chinese name made an empty blue box, shared as the
    story's picture); else as it is, and a shared link shows its text alone."""
    from generator.pictures import cards

    if not site.base_url or not cards.drawn(story.title, site.title):
        return story
    language = story.pages_language(site.language)
    rtl = True if writes_right_to_left(language) else None
    card = Card(story.id, story.title, site.title, rtl, language)
    jobs.append(card)
    return dataclasses.replace(story, card=Rendition(card.path, cards_size()[0], cards_size()[1]))


@dataclass(frozen=True)
class _StoryPlan:
    """What planning the pictures of one story shares: the build's settings and jobs, and
    the story's pictures and cuts planned so far (each file and each cut is planned once,
    however many Images show it)."""

    site: Site
    content: str
    pictures: Pictures
    jobs: list[Work]
    story: Story
    planned: dict[str, Job] = field(default_factory=dict)
    cuts: dict[tuple[str, str], Cut | None] = field(default_factory=dict)


def _with_pictures(story_plan: _StoryPlan, linked: set[str], cleaned: list[Clean]) -> Story:
    """The story with a ``Picture`` on each Image of a picture file (its events', its
    figures', then its lead's); its media no longer publish the files resized (but for those
    a text links to) nor those cleaned."""
    story = story_plan.story
    pictures = story_plan.pictures
    events = tuple(
        pictures.reuse(e, dataclasses.replace(e, image=_with_picture(e.image, story_plan)))
        if e.image is not None and is_picture(e.image)
        else e
        for e in story.events
    )
    figures = {
        k: pictures.reuse(f, dataclasses.replace(f, image=_with_picture(f.image, story_plan)))
        if f.image is not None and is_picture(f.image)
        else f
        for k, f in story.figures.items()
    }
    lead = story.image and (
        _with_picture(story.image, story_plan) if is_picture(story.image) else story.image
    )
    resized = {
        j.rel
        for j in story_plan.jobs
        if isinstance(j, Job) and j.story_id == story.id and not j.info.animated
    }
    media = story.media - (resized - linked) - {c.rel for c in cleaned}
    return dataclasses.replace(story, events=events, figures=figures, image=lead, media=frozenset(media))


def _with_picture(image: Image, story_plan: _StoryPlan) -> Image:
    """``image`` with its file's ``Picture``, and its cut for shared links where one is made."""
    rel = image.src.removeprefix("media/")
    job = _planned(rel, story_plan)
    shared = None
    if story_plan.site.base_url:  # shared links are written only with the address
        shared = _cut(job, image.focus or FOCUS_CENTRE, story_plan)
    return dataclasses.replace(image, picture=job.picture, share=None if shared is None else shared.share)


def _planned(rel: str, story_plan: _StoryPlan) -> Job:
    """The job of the story's picture file ``rel``: inspected and planned the first time
    an Image shows it."""
    if rel not in story_plan.planned:
        story, site, pictures = story_plan.story, story_plan.site, story_plan.pictures
        path = os.path.join(story_plan.content, story.id, MEDIA_FOLDER, rel)
        info = pictures.inspect(path, os.path.join(story_plan.content, story.id), site.media_max_bytes)
        picture = (
            plan_animation(story.id, rel, info, published_media(story.id, rel))
            if info.animated
            else plan(story.id, rel, info, pictures.avif)
        )
        story_plan.planned[rel] = Job(story.id, rel, path, info, picture)
        story_plan.jobs.append(story_plan.planned[rel])
    return story_plan.planned[rel]


def _cut(job: Job, focus: str, story_plan: _StoryPlan) -> Cut | None:
    """The cut of ``job``'s picture around ``focus`` (``plan_cut``): planned the first
    time an Image asks for it."""
    if (job.rel, focus) not in story_plan.cuts:
        story_plan.cuts[job.rel, focus] = made = plan_cut(job, focus)
        if made is not None:
            story_plan.jobs.append(made)
    return story_plan.cuts[job.rel, focus]


def _cleaned(story: Story, content: str, linked: set[str]) -> list[Clean]:
    """The story's picture files that its Markdown texts show or link to (``linked``:
    ``linked_media``), to publish without their metadata (``clean``), in the order of
    their names."""
    pictures = sorted(rel for rel in linked if rel in story.media and is_raster(rel))
    return [Clean(story.id, rel, os.path.join(content, story.id, MEDIA_FOLDER, rel)) for rel in pictures]


def _readable(cleaned: list[Clean], site: Site, content: str, pictures: Pictures) -> dict[str, Info]:
    """What each of the ``cleaned`` files is, by its path under media/: its size upright,
    as a browser shows it (a JPEG keeps its turn as a note, which browsers follow; a PNG
    or WebP is saved turned), for ``Story.text_pictures``, and whether it moves. One that
    cannot be read whole (``check`` says so at the link) is left out, and shown without a
    size as before."""
    found = {}
    for job in cleaned:
        folder = os.path.join(content, job.story_id)
        try:
            found[job.rel] = pictures.inspect(job.path, folder, site.media_max_bytes)
        except PictureError:
            continue
    return found


def plan_cut(job: Job, focus: str) -> Cut | None:
    """The cut of ``job``'s picture for shared links around ``focus``, where one is made
    (``plan_share``)."""
    share = plan_share(job.story_id, job.rel, job.info, focus, job.picture)
    if share is None:
        return None
    return Cut(job.story_id, job.rel, job.path, job.info, focus, share, job.picture.fallback.mime)


def cards_size() -> tuple[int, int]:
    from generator.pictures import cards

    return cards.WIDTH, cards.HEIGHT
