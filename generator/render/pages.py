"""The pages of a site: each one's path, template and exactly the data it shows.

Each page is described by a ``Page``: its template and a context holding exactly the
data the template reads, as frozen, comparable values. A template's output depends only
on its context, so a page whose context is unchanged need not be rendered again (the
preview relies on that, see ``speed/rendering.py``).

An event's timeline entry appears on the story page and on the page of every figure and
place it names; its links climb to the root by a mark each page replaces (see
``links.py``), so one rendering of it can serve them all (the fast renderer renders it
once: ``speed/rendering.py``; the plain one, for each page).
"""

from __future__ import annotations

import itertools
import os
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import partial
from typing import Any, Protocol, TypeVar

from generator import site_paths
from generator.content.dates import PartialDate
from generator.content.markdown_links import may_link_media
from generator.content.model import (
    Event,
    Figure,
    Image,
    Location,
    Picture,
    Quote,
    Rendition,
    Site,
    Source,
    Story,
    Update,
)
from generator.content.published import without_draft_events
from generator.i18n.dates import for_tag, said_once
from generator.i18n.languages import ENGLISH, same_tag, same_version_language, sort_key, written_in
from generator.i18n.typography import typeset
from generator.render import embed, feeds, links, overview
from generator.render.moments import key_moments


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """What every page shows of the site itself."""

    title: str
    description: str | None
    base_url: str | None
    language: str
    search: bool = False
    """Whether pages show the search box (the site has a search page and index)."""
    time_zone: str | None = None
    """Whose clock a time without a UTC offset is on (``site.yaml``), for machines."""

    @classmethod
    def of(cls, site: Site) -> SiteInfo:
        """What every page shows of ``site``."""
        return cls(site.title, site.description, site.base_url, site.language, site.search, site.time_zone)


@dataclass(frozen=True, slots=True)
class StoryCard:
    """A story as the home page lists it."""

    id: str
    title: str
    summary: str
    event_count: int
    last_changed: PartialDate
    updated: bool
    draft: bool
    image: Image | None = None
    """The story's lead picture."""
    language: str | None = None
    """Its language when not the site's: the card's text is in it (``lang``)."""
    pages: frozenset[str] = frozenset()
    """What its summary's links to its events, figures and places may lead to
    (``links.story_pages``)."""
    versions: tuple[Translation, ...] = ()
    """The story in every language it is published in, this card's version included
    (``translations``): one card stands for them all."""
    text_pictures: tuple[tuple[str, int, int], ...] = ()
    """``Story.text_pictures``, when its summary may show one (``links.story_media``)."""
    text_renditions: tuple[tuple[str, Picture], ...] = ()
    """``Story.text_renditions``, when its summary may show one."""


@dataclass(frozen=True, slots=True)
class RelatedCard:
    """Another story as a story page lists it among its related stories (``related:``)."""

    id: str
    title: str
    summary: str
    """Its standfirst, as Markdown (the card shows it as plain text)."""
    image: Image | None = None
    """Its lead picture, which the card shows small."""
    language: str | None = None
    """Its language when not that of the page listing it: the card's text is in it (``lang``)."""
    draft: bool = False
    """A draft (listed by a ``--drafts`` build's page alone): the card says so."""


def related_cards(site: Site) -> dict[str, tuple[RelatedCard, ...]]:
    """The cards of the stories each story of ``site`` lists as related, by its id, in
    the order it lists them: those ``site`` has (a published build's has no draft, so a
    draft listed is left out; check says so), but for its own versions in other
    languages, which the list of languages under its headline links already."""
    stories = {s.id: s for s in site.stories}
    versions = versions_by_story(site)
    cards: dict[str, tuple[RelatedCard, ...]] = {}
    for story in site.stories:
        own = versions.get(story.id, frozenset({story.id}))
        shown = [stories[sid] for sid in story.related if sid in stories and sid not in own]
        if shown:
            # The cards stand on this story's page: marked where their language is not its.
            page = story.pages_language(site.language)
            cards[story.id] = tuple(
                RelatedCard(s.id, s.title, s.summary, s.image, _own_language(s, site.language, page), s.draft)
                for s in shown
            )
    return cards


def versions_by_story(site: Site) -> dict[str, frozenset[str]]:
    """The ids of each translated story's versions (``Site.translation_groups``), itself
    included, by its id; none for a story without translations. A story's own version is
    never "another explainer": not a related story, nor a page "also" about its figures."""
    groups = [frozenset(s.id for s in together) for together in site.translation_groups()]
    return {sid: ids for ids in groups for sid in ids}


def _own_language(story: Story, site_language: str, page_language: str) -> str | None:
    """The language of ``story`` (its own, else the site's) when it is not
    ``page_language``, that of the page its card stands on: the card's text is in it."""
    language = story.pages_language(site_language)
    return None if same_tag(language, page_language) else language


@dataclass(frozen=True, slots=True)
class Translation:
    """Another language's version of a story (``translation_of`` links them)."""

    id: str
    language: str
    title: str


def translations(site: Site) -> dict[str, tuple[Translation, ...]]:
    """For each published story, the published stories in its group of translations
    (``Site.translation_groups``), itself included, by language; none for a story
    without translations."""
    out: dict[str, tuple[Translation, ...]] = {}
    for together in site.translation_groups():
        versions = [Translation(s.id, s.pages_language(site.language), s.title) for s in together]
        # By tag in any case, as tags are read: 'EN' was listed before 'de'.
        ordered = tuple(sorted(versions, key=lambda t: (t.language.casefold(), t.id)))
        for story in together:
            out[story.id] = ordered
    return out


def _carded(site: Site) -> frozenset[str]:
    """The stories the home page lists: one of each group of translations (its version in
    the site's language, else the first listed), which names the others; every other
    story. A card for each version listed one story three times over."""
    shown = {s.id for s in site.stories}
    for together in site.translation_groups():
        ours = [s for s in together if same_version_language(s.pages_language(site.language), site.language)]
        chosen = (ours or list(together))[0]
        shown -= {s.id for s in together if s is not chosen}
    return frozenset(shown)


@dataclass(frozen=True, slots=True)
class AlsoIn:
    """The same figure or place in another story of the site: the file of the same id in
    that story's folder (docs/editing.md, "One person in several stories")."""

    id: str
    """That story's id: the page is ``<id>/<folder>/<item id>/``."""
    title: str
    """That story's title, which the link shows."""
    language: str | None = None
    """That story's language when not that of the page linking to it (``lang``)."""


AlsoInSite = dict[tuple[str, str, str], tuple[AlsoIn, ...]]
"""``also_in`` by (story id, folder, figure's or place's id)."""


def also_in(site: Site, public: Mapping[str, frozenset[str]]) -> AlsoInSite:
    """For each figure and place of ``site`` that another story has under the same id, that
    story's page of it: one version of each other story (in the page's language where it
    has one, else in the site's, else the first listed), not its own story's versions,
    which ``translations`` links already. A published page (``public``: ``_public_pages``)
    links to published pages alone; a draft's page (a ``--drafts`` build) to any."""
    versions = versions_by_story(site)
    having: dict[tuple[str, str], list[Story]] = defaultdict(list)
    for story in site.stories:
        for folder, ids in ((site_paths.FIGURES, story.figures), (site_paths.LOCATIONS, story.locations)):
            for item_id in ids:
                having[folder, item_id].append(story)
    found: AlsoInSite = {}
    for (folder, item_id), stories in having.items():
        if len(stories) < 2:
            continue
        page = f"{folder}/{item_id}"
        for story in stories:
            own = versions.get(story.id, frozenset({story.id}))
            shown_publicly = page in public.get(story.id, frozenset())
            others = [
                t for t in stories if t.id not in own and (not shown_publicly or page in public.get(t.id, ()))
            ]
            language = story.pages_language(site.language)
            chosen = _one_version_each(others, versions, language, site.language)
            if chosen:
                found[story.id, folder, item_id] = tuple(
                    AlsoIn(t.id, t.title, _own_language(t, site.language, language)) for t in chosen
                )
    return found


def _one_version_each(
    stories: list[Story], versions: Mapping[str, frozenset[str]], language: str, site_language: str
) -> list[Story]:
    """``stories`` with one of each story's versions, in the site's order: the one in
    ``language`` where there is one, else in ``site_language``, else the first."""
    groups: dict[frozenset[str], list[Story]] = {}
    for story in stories:
        groups.setdefault(versions.get(story.id, frozenset({story.id})), []).append(story)

    def best(together: list[Story]) -> Story:
        for wanted in (language, site_language):
            for story in together:
                if same_version_language(story.pages_language(site_language), wanted):
                    return story
        return together[0]

    return [best(together) for together in groups.values()]


def _drafts_only(events: Iterable[Event]) -> bool:
    """Whether the events a figure's or place's page lists are all drafts (the preview's:
    a build without drafts leaves such a figure or place out, ``published.py``)."""
    shown = list(events)
    return bool(shown) and all(event.draft for event in shown)


Names = dict[tuple[str, str, str], str]
"""The title of each event and the name of each figure and place of the translated
stories, by (story id, folder, id): a translation keeps the ids (docs/editing.md), so a
page links to the same event, figure or place in the story's other languages."""


def _names(site: Site, linked: dict[str, tuple[Translation, ...]]) -> Names:
    names: Names = {}
    for s in site.stories:
        if s.id in linked:
            names.update(((s.id, site_paths.EVENTS, e.id), e.title) for e in s.events)
            names.update(((s.id, site_paths.FIGURES, f.id), f.name) for f in s.figures.values())
            names.update(((s.id, site_paths.LOCATIONS, p.id), p.name) for p in s.locations.values())
    return names


def _versions(
    folder: str, item_id: str, linked: tuple[Translation, ...], names: Names
) -> tuple[Translation, ...]:
    """The event, figure or place ``item_id`` of ``folder`` in each language its story is
    in (this one included), by the story's id and its title or name there; none unless
    another has it too."""
    versions = tuple(
        Translation(t.id, t.language, names[t.id, folder, item_id])
        for t in linked
        if (t.id, folder, item_id) in names
    )
    return versions if len(versions) > 1 else ()


@dataclass(frozen=True, slots=True)
class Shared:
    """What a shared link of a story's page shows when the page has no picture of its
    own: the story's lead picture, else its drawn social card (``share_meta`` in
    ``_macros.html`` chooses)."""

    image: Image | None
    card: Rendition | None
    alt_in_page_language: bool = True
    """Whether the picture's alt text (a card's: its story's title) is in the page's
    language. A story's pages are in its language; the home page's may show a story's
    picture in another, and then says nothing of it (``share_meta``'s ``alt``)."""

    @classmethod
    def of(cls, story: Story) -> Shared:
        """What a shared link of one of ``story``'s pages shows: its lead picture, else
        its card."""
        return cls(story.image, story.card)


@dataclass(frozen=True, slots=True)
class StoryView:
    """The part of a story a page of some of its events needs (an event, figure, place or
    year page): its title and the figures, locations and sources those events mention."""

    id: str
    title: str
    figures: dict[str, Figure]
    locations: dict[str, Location]
    sources: dict[str, Source]

    @classmethod
    def of(cls, story: Story, events: Sequence[Event], figures: Sequence[str] = ()) -> StoryView:
        """The part of ``story`` a page of ``events`` (and of the ``figures`` it names
        besides) shows: what they name and their quotes cite, the figures and places by
        id, the sources in the order the events cite them."""
        if len(events) == 1 and not figures and not events[0].quotes:  # an event's own page
            event = events[0]  # its lists name each id once (file_check.py sees to it)
            return cls(
                story.id,
                story.title,
                {k: story.figures[k] for k in sorted(event.figures)},
                {k: story.locations[k] for k in sorted(event.locations)},
                {k: story.sources[k] for k in event.sources},
            )
        fids: set[str] = set(figures)
        lids: set[str] = set()
        # The sources in the order the events cite them (a dict keeps it): an event's page
        # numbers its sources so, as its line of sources above them lists them; by id,
        # its list read 'Instituto Geográfico Nacional' first where the line put it second.
        sids: dict[str, None] = {}
        for e in events:  # every page's context is built on every build: kept lean
            fids.update(e.figures)
            lids.update(e.locations)
            sids.update(dict.fromkeys(e.sources))
            for q in e.quotes:
                if q.by_figure:
                    fids.add(q.by)
                if q.source:
                    sids.setdefault(q.source)
        return cls(
            story.id,
            story.title,
            {k: story.figures[k] for k in sorted(fids)},
            {k: story.locations[k] for k in sorted(lids)},
            {k: story.sources[k] for k in sids},
        )


ViewMaker = Callable[[Story, Sequence[Event], Sequence[str]], StoryView]
"""Makes the story view of a page (``StoryView.of``, or a remembered one)."""

T = TypeVar("T")


class Same(Protocol):
    """Works out a part of a page from ``inputs`` alone (``make()``), or hands back what
    it made for ``key`` in the build before while ``inputs`` are equal to that build's
    (the preview's renderer remembers: ``speed/rendering.py``)."""

    def __call__(self, key: Hashable, inputs: object, make: Callable[[], T]) -> T: ...


def anew(key: Hashable, inputs: object, make: Callable[[], T]) -> T:
    """``Same`` remembering nothing: ``make()``."""
    return make()


@dataclass(frozen=True, slots=True)
class StoryIndex:
    """Reverse references, built once per story so no page scans every event."""

    by_figure: dict[str, tuple[Event, ...]]
    by_location: dict[str, tuple[Event, ...]]
    quotes_by_figure: dict[str, tuple[tuple[Event, Quote], ...]]
    """What each figure said, with the event it was said in, in timeline order."""
    figures_in_order: tuple[Figure, ...] = ()
    """The story's figures as its page lists them: those in the most events first, then
    by name (a story's key figures lead, as in a newsroom's explainer)."""
    locations_in_order: tuple[Location, ...] = ()
    """The story's places likewise; the map names them in this order where names collide."""

    @classmethod
    def of(cls, story: Story, language: str = "") -> StoryIndex:
        """The index of ``story``, whose names sort as ``language`` (its code, 'tr') sorts
        them (``languages.sort_key``)."""
        by_figure: dict[str, list[Event]] = defaultdict(list)
        by_location: dict[str, list[Event]] = defaultdict(list)
        quotes: dict[str, list[tuple[Event, Quote]]] = defaultdict(list)
        for event in story.events:
            for fid in event.figures:
                by_figure[fid].append(event)
            for lid in event.locations:
                by_location[lid].append(event)
            for q in event.quotes:
                if q.by_figure:
                    quotes[q.by].append((event, q))
        return cls(
            {k: tuple(v) for k, v in by_figure.items()},
            {k: tuple(v) for k, v in by_location.items()},
            {k: tuple(v) for k, v in quotes.items()},
            _by_prominence(story.figures.values(), by_figure, language),
            _by_prominence(story.locations.values(), by_location, language),
        )


Named = TypeVar("Named", Figure, Location)


def _by_prominence(
    items: Iterable[Named], events: Mapping[str, list[Event]], language: str = ""
) -> tuple[Named, ...]:
    """``items`` in the most events first, then by name as a reader of ``language`` looks
    one up (letters with accents beside the same letters without: 'Élysée' beside 'Elba';
    in Turkish, 'Ömer' after 'Orhan'; by its ``sort_as`` where the file gives one, a
    Japanese name's reading), then by id."""
    return tuple(
        sorted(
            items,
            key=lambda item: (
                -len(events.get(item.id, ())),
                sort_key(item.sort_as or item.name, language),
                item.id,
            ),
        )
    )


class Export(Enum):
    """A machine-readable file, written by Python rather than a template."""

    TIMELINEJS = "timeline.json"
    STORY_JSON = "story.json"
    TIMELINE_CSV = "timeline.csv"
    OEMBED = "oembed.json"
    FEED = "feed.xml"
    SITEMAP = "sitemap.xml"
    ROBOTS = "robots.txt"


@dataclass(frozen=True)
class Page:
    """One output file: the template that makes it (or the export it is) and everything
    it reads."""

    path: str
    template: str | Export
    context: dict[str, Any]
    story_id: str | None = None
    language: str = ENGLISH
    """The language it is written in (a BCP 47 tag): the site's, or its story's."""


def pages(
    site: Site, view: ViewMaker = StoryView.of, *, embeds: bool = True, same: Same = anew
) -> Iterator[Page]:
    """Every page of the site, with its exact inputs; ``view`` makes their story views,
    ``same`` the parts worked out from a whole story (its overview strip, when each of
    its events last changed).
    ``embeds``: each story's embed page and oEmbed file (a theme made before they existed
    has no ``embed.html``, and builds as it did)."""
    info = SiteInfo.of(site)
    linked = translations(site)
    cards = _cards(site, linked)
    listed: list[tuple[str, PartialDate | None]] = [("index.html", _newest(site))]
    home = {"site": info, "stories": cards, "shared": _home_share(site)}
    yield Page("index.html", "home.html", home, language=site.language)
    yield Page(site_paths.NOT_FOUND_PAGE, "404.html", {"site": info}, language=site.language)
    if site.search:
        yield from _search_pages(site, info)
    titles = _names(site, linked)
    changed_by_story: dict[str, dict[str, PartialDate]] = {}  # for the sitemap, and the feed
    public = _public_pages(site)
    related = related_cards(site)
    also = also_in(site, public)
    for story in site.stories:
        events_changed = changed_by_story[story.id] = same(
            ("events changed", story.id),
            feeds.changes_of(story, site.time_zone),
            partial(feeds.events_changed, story, site.time_zone),
        )
        versions = linked.get(story.id, ())
        related_to = related.get(story.id, ())
        pages_of = _pages_of_story(
            story, info, view, versions, embeds, titles, public, same, related_to, also
        )
        for page in pages_of:
            if _in_sitemap(page):
                listed.append((page.path, _page_changed(page, story, events_changed)))
            yield page
    yield Page("robots.txt", Export.ROBOTS, {"base_url": site.base_url})
    if site.base_url:
        yield _sitemap(site, listed)
        yield from _feeds(site, info, changed_by_story)


def _cards(site: Site, linked: dict[str, tuple[Translation, ...]]) -> tuple[StoryCard, ...]:
    """The home page's card of each story it lists (``_carded``), in the site's order."""
    carded = _carded(site)
    own_pages = links.own_pages(site.stories)
    return tuple(
        StoryCard(
            s.id,
            s.title,
            s.summary,
            len(s.events),
            s.last_changed,
            s.latest_update is not None,
            s.draft,
            s.image,
            s.language if s.language is not None and not same_tag(s.language, site.language) else None,
            links.story_pages(s, own_pages) if ".yaml" in s.summary else frozenset(),
            linked.get(s.id, ()),
            *((s.text_pictures, s.text_renditions) if may_link_media(s.summary) else ((), ())),
        )
        for s in site.stories
        if s.id in carded
    )


def _newest(site: Site) -> PartialDate | None:
    """When the home page last changed, for the sitemap: its newest story's last change."""
    changes = (feeds.since_published(s.last_changed, s) for s in site.stories)
    return max(changes, key=lambda d: d.sort_key, default=None)


def _home_share(site: Site) -> Shared:
    """What a shared link of the home page shows."""
    # A shared link of the home page shows the lead picture of its newest story that has
    # one that shows well (the newest alone shared nothing when it had none); a drawn card
    # only when the site has one story (a card names a story, not the site).
    if not site.stories:
        return Shared(None, None)
    shown = site.stories[0]
    if len(site.stories) > 1:
        leads = (s for s in site.stories if s.image is not None and s.image.fits_a_card)
        shown = next(leads, shown)
    # og:image:alt has no language of its own: a preview reads it as the page's (its
    # og:locale), so an Arabic alt on an English home page is read by an English
    # voice, or not at all. Nor is there text of the site's that says what a story's
    # picture shows (the site's title would be a false description). No alt, then, which
    # leaves the preview its title and description; a story's own pages, in its
    # language, keep it.
    in_page_language = same_tag(shown.pages_language(site.language), site.language)
    card = shown.card if len(site.stories) == 1 else None
    return Shared(shown.image, card, in_page_language)


def _in_sitemap(page: Page) -> bool:
    """Whether the sitemap lists ``page``: not a page only framed, a notice, nor a draft's."""
    listable = page.template not in UNLISTED_TEMPLATES and not page.context.get("draft")
    return page.path.endswith(".html") and listable


def _page_changed(page: Page, story: Story, events_changed: dict[str, PartialDate]) -> PartialDate:
    """When a page of ``story`` last changed: an event's page when its event did, any
    other when the story did (on the day it was published at a time, not before that
    time: ``feeds.since_published``, as its events' pages and the feed have it)."""
    event = page.context.get("event") if page.template == "event.html" else None
    return feeds.since_published(story.last_changed, story) if event is None else events_changed[event.id]


def _sitemap(site: Site, listed: list[tuple[str, PartialDate | None]]) -> Page:
    """The sitemap of the ``listed`` pages, each with when it last changed."""
    entries = tuple(listed)
    return Page(
        "sitemap.xml",
        Export.SITEMAP,
        {"base_url": site.base_url, "entries": entries, "time_zone": site.time_zone},
    )


def _feeds(site: Site, info: SiteInfo, changed_by_story: dict[str, dict[str, PartialDate]]) -> Iterator[Page]:
    """The site's feed, then each published story's own."""
    # A draft (a build with --drafts) is not news yet: feed readers would take it in for good.
    out = tuple(s for s in site.stories if not s.draft)
    common = {"site": info, "time_zone": site.time_zone}
    feed = {**common, "stories": out, "changed": changed_by_story, "title": site.title}
    feed |= {"subtitle": site.description, "path": site_paths.SITE_FEED, "home": ""}
    yield Page(site_paths.SITE_FEED, Export.FEED, feed, language=site.language)
    for story in out:  # for a reader who follows one story: its entries, as in the site's
        own = {**common, "stories": (story,), "changed": {story.id: changed_by_story[story.id]}}
        own |= {"title": story.title, "subtitle": None, "path": site_paths.story_feed(story.id)}
        own["home"] = story.id + "/"
        written = story.pages_language(site.language)
        yield Page(site_paths.story_feed(story.id), Export.FEED, own, story.id, written)


def _search_pages(site: Site, info: SiteInfo) -> Iterator[Page]:
    """The search page of each language the site's pages are written in (the site's at
    ``search/index.html``, any other at ``search/<tag>/index.html``), so that a reader of
    a story in another language searches on a page in theirs. Each searches the whole
    site's one index. Each is given the names its filters offer (``search_choices``),
    which the template lists in its language's alphabetical order for search.js."""
    context = {"site": info, "choices": search_choices(site), "sorted_as": names_sorted_as(site)}
    yield Page(site_paths.SEARCH_PAGE, SEARCH_TEMPLATE, context, language=site.language)
    others = {links.search_language(s.pages_language(site.language), site.language) for s in site.stories}
    for tag in sorted(t for t in others if t is not None):
        yield Page(site_paths.search_page(tag), SEARCH_TEMPLATE, context, language=tag)


def search_choices(site: Site) -> dict[str, tuple[str, ...]]:
    """The choices the search page's filters may offer, by filter (``story``, ``figure``,
    ``place``, ``tag``, as the event, figure and place pages mark them for Pagefind),
    each once, in no particular order: every story's title, figures, places and tags.
    The search page lists them sorted as the story pages sort theirs, so that search.js
    orders its choices as the build does, not as the browser's collation data would (a
    browser without Icelandic's puts 'Þingvellir' among the 'T's)."""
    titles = {story.title for story in site.stories}
    figures = {figure.name for story in site.stories for figure in story.figures.values()}
    places = {place.name for story in site.stories for place in story.locations.values()}
    tags = {
        typeset(tag, story.pages_language(site.language))  # as the event pages show them to Pagefind
        for story in site.stories
        for event in story.events
        for tag in event.tags
    }
    return {
        "story": tuple(sorted(titles)),
        "figure": tuple(sorted(figures)),
        "place": tuple(sorted(places)),
        "tag": tuple(sorted(tags)),
    }


def names_sorted_as(site: Site) -> dict[str, str]:
    """What each figure's or place's name sorts as where its file says (``sort_as``: a
    Japanese name's reading), for the search page's filters to list it where the story
    pages do; a name given two readings in two stories sorts by the first story's."""
    readings: dict[str, str] = {}
    for story in site.stories:
        named: Iterable[Figure | Location] = itertools.chain(story.figures.values(), story.locations.values())
        for one in named:
            if one.sort_as:
                readings.setdefault(one.name, one.sort_as)
    return readings


EMBED_TEMPLATE = "embed.html"
"""The template of the page an article's iframe shows."""
REMOVED_TEMPLATE = "removed.html"
"""The template of an event's page once it was taken out (``removed:``): a notice saying
so. A theme made before events could be taken out has none, and its site has no such
pages (``pipeline.publish``)."""
UNLISTED_TEMPLATES = frozenset({EMBED_TEMPLATE, REMOVED_TEMPLATE})
"""The pages the sitemap leaves out: one only framed in an article, and the notice of an
event taken out, which search engines are asked to drop."""
SEARCH_TEMPLATE = "search.html"
"""The template of the search page: a theme made before search existed has none, and
its site has no search (``pipeline.publish``)."""


def in_theme(templates: str, template: str) -> bool:
    """Whether the theme in ``templates`` has ``template``: one copied before search or
    embedding existed has no ``SEARCH_TEMPLATE`` or ``EMBED_TEMPLATE``, and its site
    goes without those pages."""
    return os.path.isfile(os.path.join(templates, template))


YEAR_PAGES_FROM = 200
"""Above this many events, the story page lists years and each year gets its own page."""


def _years(story: Story) -> dict[int, tuple[Event, ...]]:
    by_year: dict[int, list[Event]] = defaultdict(list)
    for event in story.events:
        by_year[event.date.year].append(event)
    return {year: tuple(events) for year, events in by_year.items()}


@dataclass(frozen=True, slots=True)
class _StoryParts:
    """What the pages of one story are made from, worked out once for all of them."""

    story: Story
    info: SiteInfo
    view: ViewMaker
    language: str
    """What its pages are written in: its own language, else the site's."""
    index: StoryIndex
    years: dict[int, tuple[Event, ...]]
    """Its events by year when it is long enough for year pages, else none."""
    counts: tuple[tuple[int, int], ...]
    """How many events each year has, in the order of ``years``."""
    listed_on: dict[str, str]
    """The page whose timeline lists each event, by the event's id (``_listed_on``)."""
    shared: Shared
    moments: tuple[Event, ...]
    """Its key moments (``moments.key_moments``): the story page's, and its embed's."""

    @classmethod
    def of(cls, story: Story, info: SiteInfo, view: ViewMaker) -> _StoryParts:
        """The parts of ``story``, whose pages' story views ``view`` makes."""
        years = _years(story) if len(story.events) > YEAR_PAGES_FROM else {}
        counts = tuple((year, len(evs)) for year, evs in years.items())
        language = story.pages_language(info.language)
        listed_on = _listed_on(story, years)
        return cls(
            story,
            info,
            view,
            language,
            # The catalog's name keeps the script ('sr_Latn'), which sorts Serbian's Latin
            # alphabet ('Dubrovnik' before 'Đakovica'); the language alone sorts as Cyrillic.
            StoryIndex.of(story, written_in(language).catalog),
            years,
            counts,
            listed_on,
            Shared.of(story),
            key_moments(story.events),
        )

    def page(self, path: str, template: str | Export, context: dict[str, Any]) -> Page:
        """A page of this story, written in its language; one of a draft (a build with
        ``--drafts``, for a newsroom's own eyes) is marked ``draft``: search engines are
        asked not to list it, and the sitemap leaves it out."""
        if isinstance(template, str) and _shows_a_draft(self.story, context):
            context = {**context, "draft": True}
        return Page(path, template, context, self.story.id, self.language)


def _shows_a_draft(story: Story, context: dict[str, Any]) -> bool:
    event = context.get("event")
    return story.draft or (isinstance(event, Event) and event.draft) or bool(context.get("draft_only"))


def _pages_of_story(
    story: Story,
    info: SiteInfo,
    view: ViewMaker,
    linked: tuple[Translation, ...],
    embeds: bool,
    titles: Names,
    public: Mapping[str, frozenset[str]] | None = None,
    same: Same = anew,
    related: tuple[RelatedCard, ...] = (),
    also: AlsoInSite | None = None,
) -> Iterator[Page]:
    """Every page of one story, in order: its own page, its years' (a long story), its
    events', the notices of those taken out, its figures' and places', its TimelineJS
    file, its data files (but for a draft: ``public`` are the own pages of the stories
    that are not, ``_public_pages``), then (with ``embeds``) what an article embeds.
    ``same`` works out the story page's overview strip; ``related``: the cards of the
    stories it lists as related (``related_cards``), on its page alone (not the embed,
    which is inside another site's article); ``also``: the other stories' pages of its
    figures and places (``also_in``)."""
    parts = _StoryParts.of(story, info, view)
    also = also or {}
    yield _story_page(parts, linked, same, related)
    yield from _year_pages(parts)
    yield from _event_pages(parts, linked, titles)
    yield from _removed_pages(parts)
    yield from _figure_pages(parts, linked, titles, also)
    yield from _location_pages(parts, linked, titles, also)
    timeline = {"story": story, "base_url": info.base_url}
    yield parts.page(f"{story.id}/timeline.json", Export.TIMELINEJS, timeline)
    if public is not None and story.id in public:
        yield from _data_files(story, info, linked, public, parts, also)
    if embeds:
        yield from _embed_pages(parts)


def _public_pages(site: Site) -> dict[str, frozenset[str]]:
    """``links.own_pages`` of what the data files carry: the stories of ``site`` that are
    not drafts, less their draft events (``without_draft_events``). Their links to
    another story lead to what it publishes, in a staging build's too."""
    return links.own_pages(without_draft_events(story) for story in site.stories if not story.draft)


def _data_files(
    story: Story,
    info: SiteInfo,
    linked: tuple[Translation, ...],
    public: Mapping[str, frozenset[str]],
    parts: _StoryParts,
    also: AlsoInSite | None = None,
) -> Iterator[Page]:
    """The story as data (``story.json``, ``timeline.csv``), for a newsroom's tools: of
    what is published only, so a staging build's (``--drafts``) leave out its draft
    events and what only they name, and the stories that are drafts."""
    shown = without_draft_events(story)
    # What their links may lead to, in their context: a draft of another story made
    # public (or a story made a draft) changes it and nothing else of this story, and
    # pages of the very same context are not rendered again (the preview's).
    linkable = links.story_pages(shown, public)
    translation_of = story.translation_of if story.translation_of in public else None
    versions = tuple(t for t in linked if t.id in public)
    own = {story.id, *(t.id for t in linked)}  # its versions: 'translations' lists them
    data = {
        "story": shown,
        "base_url": info.base_url,
        "translation_of": translation_of,
        "translations": versions,
        "linkable": linkable,
        "related": tuple(sid for sid in story.related if sid in public and sid not in own),
        # Its figures' and places' pages in other stories (those of a published page are published).
        "also_in": _also_in_data(story.id, shown, also or {}),
    }
    yield parts.page(f"{story.id}/{Export.STORY_JSON.value}", Export.STORY_JSON, data)
    sheet = {"story": shown, "base_url": info.base_url, "linkable": linkable}
    yield parts.page(f"{story.id}/{Export.TIMELINE_CSV.value}", Export.TIMELINE_CSV, sheet)


def _story_page(
    parts: _StoryParts,
    linked: tuple[Translation, ...],
    same: Same = anew,
    related: tuple[RelatedCard, ...] = (),
) -> Page:
    """The story's own page: its timeline (or its list of years), key moments and overview
    (the strip ``same`` hands back while what it is drawn from is unchanged: an edit of an
    event's title or text leaves it), and the stories it lists as ``related``."""
    story = parts.story

    def entry(event: Event) -> str:  # where an event's entry is, from the site's root
        return f"{parts.listed_on[event.id]}#event-{event.id}"

    zone = parts.info.time_zone  # the clock of the gaps the strip is cut at
    # The UTC offset the page's timeline says once above it (story.html's ``said``): the
    # strip's caption and labels leave it off too, as its entries do.
    said = None if parts.counts else said_once(story.events, zone)
    span = for_tag(parts.language, native_digits=True, tied_ranges=True, said_offset=said).span
    # Its versions' languages: each strip names a period only as precisely as all of them fit.
    others = tuple(sorted({t.language for t in linked} - {parts.language}))
    also = [for_tag(other, native_digits=True, tied_ranges=True, said_offset=said).span for other in others]
    drawn = same(
        ("overview", story.id, parts.language, others, zone, said),  # the strip says its dates in their words
        overview.inputs(story.events, entry),
        lambda: overview.strip(story.events, entry, span, zone, also),
    )

    context = {
        "site": parts.info,
        "story": story,
        "index": parts.index,
        "years": parts.counts,
        "moments": parts.moments,
        "overview": overview.rebound(drawn, story.events),
        "translations": linked,
        "folded_updates": folded_updates(story.updates),
        "related": related,
    }
    return parts.page(site_paths.story_page(story.id), "story.html", context)


def _listed_on(story: Story, years: dict[int, tuple[Event, ...]]) -> dict[str, str]:
    """The page whose timeline lists each event, by the event's id: its year's page in a
    story with year pages (``years``), else the story's page."""
    listed_on = {e.id: site_paths.story_page(story.id) for e in story.events}
    for year, evs in years.items():
        listed_on.update((e.id, site_paths.year_page(story.id, year)) for e in evs)
    return listed_on


def _year_pages(parts: _StoryParts) -> Iterator[Page]:
    """A page for each year of a long story, linked to the years before and after it."""
    counts = parts.counts
    for i, (year, evs) in enumerate(parts.years.items()):
        context = {
            "site": parts.info,
            "story": parts.view(parts.story, evs, ()),
            "year": year,
            "shared": parts.shared,
            "events": evs,
            "previous": counts[i - 1][0] if i > 0 else None,
            "next": counts[i + 1][0] if i + 1 < len(counts) else None,
        }
        yield parts.page(site_paths.year_page(parts.story.id, year), "year.html", context)


def _event_pages(parts: _StoryParts, linked: tuple[Translation, ...], titles: Names) -> Iterator[Page]:
    """A page for each event, linked to the events before and after it, to its entry
    in the timeline and to the same event in the story's other languages."""
    story, events = parts.story, parts.story.events
    told = feeds.updates_telling(story)
    for i, event in enumerate(events):
        previous = events[i - 1] if i > 0 else None
        following = events[i + 1] if i + 1 < len(events) else None
        telling = told.get(event.id, ())
        context = {
            "site": parts.info,
            "story": parts.view(story, (event,), ()),
            "event": event,
            "shared": parts.shared,
            "previous": previous and (previous.id, previous.title),
            "next": following and (following.id, following.title),
            "timeline_page": parts.listed_on[event.id],
            "translations": _versions(site_paths.EVENTS, event.id, linked, titles),
            # What the story's updates and corrections say of it, latest first.
            "updates": telling,
            "folded_updates": folded_updates(telling),
        }
        yield parts.page(site_paths.event_page(story.id, event.id), "event.html", context)


def _removed_pages(parts: _StoryParts) -> Iterator[Page]:
    """For each event taken out of the story, its page kept at its address as a notice:
    its title, when and why it was taken out, the latest correction that tells of it (its
    text links to the event), and the way to the story. Nothing else of it: the notice
    (``published.py``) holds no more."""
    story = parts.story
    if not story.removed:
        return
    told = feeds.updates_telling(story)
    view = parts.view(story, (), ())
    for event in story.removed:
        corrections = [u for u in told.get(event.id, ()) if u.is_correction]
        context = {
            "site": parts.info,
            "story": view,
            "event": event,
            "correction": corrections[0] if corrections else None,
        }
        yield parts.page(site_paths.event_page(story.id, event.id), REMOVED_TEMPLATE, context)


SHOWN_UNFOLDED = 3
"""How many of a figure's quotes, or of a place's pictures, its page shows before its
timeline; the earlier ones fold behind one control (``folded``). As many of a story's
latest updates are shown before the rest fold (``folded_updates``): enough to say what
changed lately, which a returning reader comes for, few enough to keep the timeline near
the top of a phone's screen."""


def folded(count: int) -> int:
    """How many of ``count`` quotes or pictures (the earliest) a figure's or place's page
    folds, so that its timeline comes after a few (``SHOWN_UNFOLDED``), as a newsroom's
    profile page leads with who someone is and the latest, not with every quote: none
    unless that hides at least two (a control to show one saves nothing)."""
    return count - SHOWN_UNFOLDED if count > SHOWN_UNFOLDED + 1 else 0


def folded_updates(updates: Sequence[Update]) -> frozenset[int]:
    """The numbers of the entries of ``updates`` (latest first) that a story's page, or an
    event's, folds behind one control: the plain updates after the latest few
    (``SHOWN_UNFOLDED``: a reader comes for what changed last, and a story's 200 updates
    put its timeline 16,000 px down a phone's screen), none unless that hides
    at least two, as ``folded`` counts. Corrections are never folded: a newsroom shows what
    it got wrong where readers see it, however old. By number, the entry's address, so
    a template tells an entry folded with a set's lookup, not by comparing entries."""
    earlier = [u.number for u in updates[SHOWN_UNFOLDED:] if not u.is_correction]
    return frozenset(earlier) if len(earlier) > 1 else frozenset()


def _also_in_data(
    story_id: str, shown: Story, also: AlsoInSite
) -> tuple[tuple[tuple[str, str], tuple[str, ...]], ...]:
    """``also`` of the figures and places ``shown`` (a story as its data files carry it)
    has, by (folder, id) in order, with the ids of the other stories: looked up for each
    of its own, where going through the whole site's for each story took a site of 300
    stories, each sharing 20 figures with one other, 12 s."""
    own = [(site_paths.FIGURES, item_id) for item_id in shown.figures]
    own += [(site_paths.LOCATIONS, item_id) for item_id in shown.locations]
    found = ((key, also.get((story_id, *key), ())) for key in sorted(own))
    return tuple((key, tuple(a.id for a in elsewhere)) for key, elsewhere in found if elsewhere)


def _figure_pages(
    parts: _StoryParts, linked: tuple[Translation, ...], titles: Names, also: AlsoInSite
) -> Iterator[Page]:
    """A page for each figure: the events it is in and what it said (and links to the
    same figure in the story's other languages, and in other stories: ``also_in``)."""
    story, index = parts.story, parts.index
    for figure in story.figures.values():
        evs = index.by_figure.get(figure.id, ())
        said = index.quotes_by_figure.get(figure.id, ())
        context = {
            "site": parts.info,
            "story": parts.view(story, evs, (figure.id,)),
            "figure": figure,
            "shared": parts.shared,
            "events": evs,
            "draft_only": _drafts_only((*evs, *(event for event, _ in said))),
            # What the figure said, each with its event and source (which the figure's
            # own events need not name).
            "quotes": tuple((event, q, story.sources[q.source] if q.source else None) for event, q in said),
            "folded": folded(len(said)),
            "translations": _versions(site_paths.FIGURES, figure.id, linked, titles),
            "also_in": also.get((story.id, site_paths.FIGURES, figure.id), ()),
        }
        yield parts.page(site_paths.figure_page(story.id, figure.id), "figure.html", context)


def _location_pages(
    parts: _StoryParts, linked: tuple[Translation, ...], titles: Names, also: AlsoInSite
) -> Iterator[Page]:
    """A page for each place: the events that happened there (and links to the same
    place in the story's other languages, and in other stories: ``also_in``)."""
    story = parts.story
    for location in story.locations.values():
        evs = parts.index.by_location.get(location.id, ())
        context = {
            "site": parts.info,
            "story": parts.view(story, evs, ()),
            "location": location,
            "events": evs,
            "folded": folded(sum(1 for e in evs if e.image is not None)),  # of its pictures
            "shared": parts.shared,
            "draft_only": _drafts_only(evs),
            "translations": _versions(site_paths.LOCATIONS, location.id, linked, titles),
            "also_in": also.get((story.id, site_paths.LOCATIONS, location.id), ()),
        }
        yield parts.page(site_paths.location_page(story.id, location.id), "location.html", context)


def _embed_pages(parts: _StoryParts) -> Iterator[Page]:
    """What an article embeds: the story's timeline for its iframe, also in a version
    that stays light, and their oEmbed files when the site's address is known."""
    sid, info = parts.story.id, parts.info
    # The embed leads with the news (embed.html): the key moments and the latest entries,
    # then a long story's years, or the earlier entries folded.
    events = parts.story.events
    long = bool(parts.years)
    folds = not long and len(events) >= embed.FOLD_FROM
    shown = embed.LATEST if long else embed.LEAD if folds else 0
    latest = events[-shown:] if shown else ()
    # A key moment among the latest entries is read there, in full, just below: the
    # latest event, chosen for where the story stands, was shown twice in a row.
    moments = tuple(e for e in parts.moments if e not in latest) if shown else ()
    embedded = {
        "site": info,
        "story": parts.story,
        "years": parts.counts,
        "moments": moments,
        "latest": latest,
        "earlier": events[:-shown] if folds else (),
        "light": False,
    }
    yield parts.page(embed.embed_page(sid), EMBED_TEMPLATE, embedded)
    light = embedded | {"light": True}  # for an article on a page that stays light
    yield parts.page(embed.embed_page(sid, light=True), EMBED_TEMPLATE, light)
    if info.base_url:
        for shade in (False, True):  # the light one for a system given the light page's address
            own = {"story": parts.story, "site": info, "light": shade}
            yield parts.page(embed.oembed_file(sid, light=shade), Export.OEMBED, own)
