"""The validated content: frozen, typed, no I/O.

Everything here has passed validation, so templates and exporters can trust it:
every id referenced exists, dates are parsed, events are in order.
Markdown fields hold the editor's Markdown source; rendering turns it into HTML.
A picture's plan (``Picture``, its formats and renditions, and the sizes a shared link
shows) is defined with the planning, in ``pictures/picture_plan.py``, and carried here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from urllib.parse import quote

from generator.content.dates import PartialDate, display_range
from generator.content.files import MAX_MEDIA_BYTES
from generator.i18n.languages import ENGLISH
from generator.pictures.picture_plan import CARD_MIN_WIDTH as CARD_MIN_WIDTH
from generator.pictures.picture_plan import SHARE_SIZE as SHARE_SIZE
from generator.pictures.picture_plan import Picture as Picture
from generator.pictures.picture_plan import PictureFormat as PictureFormat
from generator.pictures.picture_plan import Rendition as Rendition


@dataclass(frozen=True, slots=True)
class Drawing:
    """The size an SVG drawing gives itself (``content/svg.py``: ``drawing_size``), which
    the build does not resize: its proportions, so a page lays it out as it lays out a
    picture of that shape."""

    width: float
    height: float
    sized: bool
    """Whether ``width`` and ``height`` are its size in CSS pixels (from its ``width``
    and ``height``, or one of them and its ``viewBox``); else they are its proportions
    alone (its ``viewBox``), and it takes the width a page gives it."""


@dataclass(frozen=True, slots=True)
class Image:
    """An image of a story, an event or a figure, with what readers need to know about it."""

    src: str
    """An https:// URL, or a path relative to the story folder (``media/...``)."""
    alt: str
    credit: str | None = None
    caption: str | None = None
    focus: str | None = None
    """Where its subject is ('top', 'bottom left'...), kept in view where a page crops it
    and in a shared link's picture (``share``)."""
    picture: Picture | None = None
    """The published sizes and formats of a story's own raster picture, added by the
    build's pictures stage; None for https:// and SVG images, which go as they are."""
    drawing: Drawing | None = None
    """The size of a story's SVG drawing, added by the build's pictures stage; None for
    other images and for a drawing that says none."""
    share: Rendition | None = None
    """The picture cut to a shared link's shape around ``focus``, in the fallback's format
    (``pictures/picture_plan.py``: ``plan_share``), which a shared link shows instead of the
    whole picture (social sites would cut that around its middle); None where the whole
    picture does as well."""

    @property
    def is_local(self) -> bool:
        """Whether the picture is a file of the story's ``media/`` (not an address)."""
        return not self.src.startswith("https://")

    @property
    def href(self) -> str:
        """``src`` as it goes into an address: a media file's name percent-encoded, so
        '#', '?' and spaces in it do not break the link."""
        return quote(self.src) if self.is_local else self.src

    @property
    def fits_a_card(self) -> bool:
        """Whether a shared link shows it well as its large picture: one from elsewhere as
        it is (its size is not known); one the build made when it is at least
        ``CARD_MIN_WIDTH`` wide (smaller ones show blurred), not taller than wide (social
        sites cut a card to about 1.91:1 from its middle, unless the build cut it to
        that shape itself around its focus: ``share``), not so wide that their cut of
        it is narrower than ``CARD_MIN_WIDTH`` (a panorama of 1600 x 267: 508 x 267,
        blurred) and opaque (they show transparency as black or white). An SVG drawing,
        which they do not show, does not."""
        picture = self.picture
        if picture is None:
            return not self.is_local
        if self.share is not None:
            return self.share.width >= CARD_MIN_WIDTH and not picture.transparent
        social_cut = min(picture.width, picture.height * SHARE_SIZE[0] / SHARE_SIZE[1])
        return social_cut >= CARD_MIN_WIDTH and picture.height <= picture.width and not picture.transparent


@dataclass(frozen=True, slots=True)
class Source:
    """Where facts come from: a publication the story cites."""

    id: str
    publisher: str
    title: str | None = None
    url: str | None = None
    date: PartialDate | None = None
    archive_url: str | None = None
    language: str | None = None
    """The language of the headline, when not the story's."""


@dataclass(frozen=True, slots=True)
class KeyNumber:
    """A figure that sums something up (a toll, a count), with its source."""

    value: str
    label: str
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """Words someone said, attributed to a figure of the story or named as given."""

    text: str
    by: str
    """A figure id when ``by_figure`` is true, else the speaker as written."""
    by_figure: bool = False
    source: str | None = None
    language: str | None = None
    """The language the words are in, when not the story's (their element gets ``lang``)."""


@dataclass(frozen=True, slots=True)
class Removal:
    """When and why an event was taken out of a published story (``removed:``)."""

    date: PartialDate
    reason: str
    """Markdown."""


@dataclass(frozen=True, slots=True)
class Event:
    """One thing that happened: a point on the timeline."""

    id: str
    title: str
    date: PartialDate
    summary: str
    end: PartialDate | None = None
    circa: bool = False
    date_phrase: str | None = None
    """'from', 'until', 'between' or 'weekend': how the date is worded (schema.DATE_PHRASES)."""
    display_date: str | None = None
    after: str | None = None
    """The id of the event this one is placed directly after ('after:' in its file)."""
    before: str | None = None
    """The id of the event this one is placed directly before."""
    body: str | None = None
    figures: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    tags: tuple[str, ...] = ()
    image: Image | None = None
    key: bool = False
    """Marked by the editor as a key moment of the story."""
    added: PartialDate | None = None
    """When the event was added to the story after it was first published."""
    draft: bool = False
    removed: Removal | None = None
    """Set when the event was taken out of the story: its page is then a notice saying
    so, and it is in nothing else (``published.py``)."""

    @property
    def when(self) -> str:
        """The date in English: ``display_date`` or the formatted date or span (pages use
        the ``when`` filter, which writes it in the page's language)."""
        return self.display_date or display_range(self.date, self.end, circa=self.circa)


@dataclass(frozen=True, slots=True)
class Figure:
    """A person or group that matters to the story."""

    id: str
    name: str
    role: str
    summary: str | None = None
    aliases: tuple[str, ...] = ()
    image: Image | None = None
    sort_as: str | None = None
    """The name as lists sort it, where not as written: a Japanese name's reading in kana
    ('くになか ひとし' for 國中均), which code points do not follow."""


@dataclass(frozen=True, slots=True)
class Location:
    """A place where events happen, mapped when it has coordinates."""

    id: str
    name: str
    kind: str | None = None
    country: str | None = None
    coordinates: tuple[float, float] | None = None
    summary: str | None = None
    unmapped: bool = False
    """Said in the file to have no position to give: no coordinates are expected."""
    aliases: tuple[str, ...] = ()
    """Other names and spellings readers know it by: its page shows them, and search finds it by them."""
    sort_as: str | None = None
    """The name as lists sort it, where not as written (a Japanese name's reading in kana)."""


class UpdateKind(Enum):
    """What a story's update is: news added, or a mistake put right."""

    UPDATE = "update"
    CORRECTION = "correction"


@dataclass(frozen=True, slots=True)
class Update:
    """A dated note to readers about a change to the story."""

    number: int
    """Its place among the story's updates, oldest first, from 1: its anchor on the page
    and its id in the feed, which stay the same as later updates are added."""
    date: PartialDate
    text: str
    """Markdown."""
    kind: UpdateKind = UpdateKind.UPDATE

    @property
    def anchor(self) -> str:
        """The update's id on the story page, for a link to it (``#update-2``)."""
        return f"update-{self.number}"

    @property
    def is_correction(self) -> bool:
        """Whether the update corrects a mistake (``kind: correction``), not news."""
        return self.kind is UpdateKind.CORRECTION


@dataclass(frozen=True, slots=True)
class Story:
    """One explainer: its events in time order, and the figures, places and sources they name."""

    id: str
    title: str
    summary: str
    published: PartialDate
    events: tuple[Event, ...]
    """In timeline order: by date (coarser first), then by id, except where an event is
    placed 'after' or 'before' another (``order.py``)."""
    figures: dict[str, Figure]
    """By id, in file-name order."""
    locations: dict[str, Location]
    sources: dict[str, Source]
    """By id, in the order story.yaml lists them."""
    updated: PartialDate | None = None
    byline: str | None = None
    unknowns: tuple[str, ...] = ()
    key_numbers: tuple[KeyNumber, ...] = ()
    updates: tuple[Update, ...] = ()
    """Latest first."""
    draft: bool = False
    image: Image | None = None
    """The lead picture: at the top of the story page, on the home page, in shared links."""
    card: Rendition | None = None
    """The social card drawn for shared links when there is no lead picture to show
    (and the site's address is known), added by the pictures stage."""
    media: frozenset[str] = frozenset()
    """Files under the story's media/ folder, relative to it, that the site publishes:
    after the drafts are left out, only those that a published page uses."""
    text_pictures: tuple[tuple[str, int, int], ...] = ()
    """The size of each picture file its Markdown texts show or link to (``![map](media/map.jpg)``),
    as readers see it (upright): its path under media/, its width and its height, in
    pixels; added by the pictures stage, for the pages to give such a picture its room
    before it arrives (``links.sized_text_pictures``)."""
    text_renditions: tuple[tuple[str, Picture], ...] = ()
    """Of those its texts show (``<img>``, not a link alone), each still picture that can
    be read whole, by its path under media/, with its renditions: what a page shows of
    it in place of the file itself, a camera's megabytes (the file stays published at
    its own address, for links to it)."""
    language: str | None = None
    """Its pages' language when not the site's."""
    translation_of: str | None = None
    """The id of the story this one translates."""
    related: tuple[str, ...] = ()
    """The ids of the other stories its page lists as related (``related:``), in its order;
    a draft among them is left out of a published site's page (``pages.related_cards``)."""
    removed: tuple[Event, ...] = ()
    """The events taken out of it (``removed:``) as a build publishes them, each kept to
    its id, title and ``removed`` alone: their pages are notices, in nothing else. Empty
    before ``published.py`` takes them out of ``events`` (where ``check`` sees them)."""

    @property
    def latest_update(self) -> PartialDate | None:
        """When the story last changed after publication: ``updated`` as given, else the
        date of its latest entry in ``updates``."""
        if self.updated is not None:
            return self.updated
        return self.updates[0].date if self.updates else None

    @property
    def last_changed(self) -> PartialDate:
        """When the story last changed: its latest update (``latest_update``), else when
        it was published."""
        return self.latest_update or self.published

    def pages_language(self, site_language: str) -> str:
        """The language its pages are written in: its own, else the site's
        (``site_language``). Of the checked values: ``assemble.story_language``."""
        return self.language or site_language

    def images(self) -> Iterator[Image]:
        """Every picture of the story: its own, its events' and its figures'."""
        for image in (self.image, *(e.image for e in self.events), *(f.image for f in self.figures.values())):
            if image is not None:
                yield image


@dataclass(frozen=True, slots=True)
class Site:
    """Everything a build publishes: the site's settings and its stories."""

    title: str
    stories: tuple[Story, ...]
    """Newest update first."""
    description: str | None = None
    base_url: str | None = None
    language: str = ENGLISH
    cname: str | None = None
    time_zone: str | None = None
    """``time_zone`` in site.yaml: the IANA name of the zone whose clock times without a
    UTC offset are on (``dates.zone_offset``)."""
    media_max_bytes: int = MAX_MEDIA_BYTES
    """The largest media file a story may use (``media_max_mb`` in site.yaml)."""
    searchable: bool = True
    """``search`` in site.yaml (default true): false leaves the site without search even
    where the build can make it."""
    search: bool = False
    """Whether the build makes a search index, page and box: where it can
    (``Project.search``), the site is ``searchable`` and there is something to search
    (``pipeline.publish`` decides)."""

    def translation_groups(self) -> list[tuple[Story, ...]]:
        """The stories linked by ``translation_of``, directly or through each other: each
        group of two or more, in the site's order (a story naming one that is not in
        this site, a draft left out, is in none)."""
        stories = {s.id: s for s in self.stories}
        groups = version_groups({s.id: s.translation_of for s in self.stories})
        return [tuple(stories[sid] for sid in together) for together in groups]


def version_groups(translates: dict[str, str | None]) -> list[tuple[str, ...]]:
    """The ids of ``translates`` (each story's id, and the id its ``translation_of`` names)
    linked by it, directly or through each other: each group of two or more, in the
    order given (an id naming one that is not given is in none). The one rule of which
    stories are versions of one story: the pages' links between them, check's warning of
    two in one language, and ``new translation``'s refusal of a second one."""
    group = {sid: sid for sid in translates}

    def root(sid: str) -> str:
        while group[sid] != sid:
            sid = group[sid]
        return sid

    for sid, original in translates.items():
        if original in group:
            group[root(sid)] = root(original)
    members: dict[str, list[str]] = {}
    for sid in translates:
        members.setdefault(root(sid), []).append(sid)
    return [tuple(together) for together in members.values() if len(together) > 1]
