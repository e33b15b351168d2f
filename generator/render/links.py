"""Where every page lives in the output, and relative links between them.

Pages are ``<dir>/index.html`` files. Links name ``index.html`` explicitly and are
relative to the page they appear on, so the same site works at a domain root, under a
sub-path such as ``/repo/``, and opened straight from disk (where a link to a folder
would show a directory listing instead of the page).

A link climbs to the site root and goes down again (``../../figures/x/index.html``)
rather than taking the shortest path, so it costs no path arithmetic, and a fragment
such as an event's timeline entry can be rendered once for pages of any depth: it is
rendered with ``UP`` standing for the climb, which each page replaces with its own
(``renderer.event_item``). Only a link to a place on the page itself is shorter:
``Links.to`` gives it as ``#fragment``.
"""

from __future__ import annotations

import html as htmllib
import math
import re
from collections.abc import Collection, Container, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from urllib.parse import quote, urlsplit

import jinja2
from markupsafe import Markup, escape

from generator.content import files
from generator.content.addresses import SCHEME
from generator.content.markdown_links import HTML_TAG, MARKDOWN_MEDIA, MEDIA_LINK
from generator.content.media_paths import file_of
from generator.content.model import Image, Picture, PictureFormat, Story
from generator.content.published import markdown_texts
from generator.content.story_links import (
    STORY_FILE_KINDS,
    STORY_PAGE_PLACES,
    names_yaml,
    story_link,
    story_links,
)
from generator.errors import did_you_mean
from generator.i18n.languages import written_in
from generator.patterns import later
from generator.render.versions import versioned
from generator.site_paths import (
    NOT_FOUND_PAGE,
    SEARCH_PAGE,
    address_of,
    event_page,
    figure_page,
    location_page,
    page_url,
    story_feed,
    story_page,
    year_page,
)


def search_language(language: str, site_language: str) -> str | None:
    """Which search page pages written in ``language`` lead to, by the language it is
    written in: None for the site's own (``SEARCH_PAGE``), else the tag of the catalog
    the pages are written with ('fr', 'ar', 'zh-Hans'). Pages of one catalog share a
    search page ('fr' and 'fr-CA' alike), and a language without a catalog, whose pages
    are written in English, has English's. The one place this is decided."""
    catalog = written_in(language).catalog
    return None if catalog == written_in(site_language).catalog else catalog.replace("_", "-")


THEME_MEDIA_OF_SRC = (
    "links.media() takes the image itself (links.media(img)), not its address; this theme was "
    "made before pictures were published in several sizes: use the picture macro of explainer's "
    "templates/_macros.html (see README, 'Upgrading')"
)


def missing_asset(name: str, assets: Collection[str]) -> str:
    """What is said of a template linking a file the theme's ``assets/`` lacks."""
    hint = did_you_mean(name, assets)
    return f"the theme's assets/ folder has no file '{name}' for links.asset('{name}'){hint}"


def depth(page: str) -> int:
    """How many folders deep an output file is ('index.html' 0, 'a/b/index.html' 2)."""
    return page.count("/")


_PLACES = "|".join(re.escape(p) for p in STORY_PAGE_PLACES)
_STORY_PLACE = later(rf'(<a\s(?:[^<>"]|"[^"]*")*?(?<![\w-])href=")#(?={_PLACES})')
"""Where a link of Markdown to a place on the story page ('#update-1', '#source-ap')
starts: written as from the story page, since each text is converted once (the
sanitiser writes every ``href`` in double quotes). Only in an ``<a>`` tag: code shown
to readers (``&lt;a href="#update-1"&gt;``) is theirs to read as written."""
_AT_PLACE = '="#'
"""How an attribute's value that is a place on the page starts ('href="#update-1'): every
page has one or two (its skip link, ``href="#main"``)."""

_ANCHOR = later(r"<a\b(?P<attrs>[^>]*)>(?P<words>.*?)</a>", re.DOTALL)
_HREF = later(r'(?<![\w-])href="(?P<href>[^"]*)"')
_YAML = re.compile(r"\.ya?ml", re.IGNORECASE)

STORY_FILES = tuple(f"{folder}/" for folder in STORY_FILE_KINDS)


def story_pages(story: Story, site: Mapping[str, frozenset[str]] | None = None) -> frozenset[str]:
    """The pages of ``story``'s events, figures and places as its Markdown links name them
    (``events/vote``): what such a link may lead to (drafts are left out of a published
    story, and so of this; an event taken out is in it, as its page says so). With
    ``site``, the own pages of every story the build publishes by id (``own_pages``), also
    those of the other stories its texts link to by file (``../other/events/vote``): the
    set then changes when a page of one of them comes or goes, and with it whatever was
    made from it (a page, a slide) is made again."""
    own = story_pages_of(
        events=[*(e.id for e in story.events), *(e.id for e in story.removed)],
        figures=story.figures,
        locations=story.locations,
    )
    if not site:
        return own
    linked = [sid for sid in linked_stories(story) if sid in site]
    # '../other/' is that story's page itself (``StoryLink.target`` of '../other/story.yaml').
    return (
        own.union(*({f"../{sid}/", *(f"../{sid}/{page}" for page in site[sid])} for sid in linked))
        if linked
        else own
    )


def own_pages(stories: Iterable[Story]) -> dict[str, frozenset[str]]:
    """``story_pages`` of each of ``stories`` by id, its own pages only: the ``site`` that
    ``story_pages`` takes."""
    return {story.id: story_pages(story) for story in stories}


def linked_stories(story: Story) -> frozenset[str]:
    """The other stories that the texts of ``story`` link to by file
    (``../other/events/vote.yaml``, in Markdown or in HTML: ``story_media_at`` links
    both), by id."""
    found = {
        link.story
        for text in markdown_texts(story)
        if "../" in text  # few texts climb out of their story: the others are not read
        for _, link in story_links(text, html=True)
        if link.story is not None and link.supported and link.story != story.id
    }
    return frozenset(found)


def story_pages_of(
    *, events: Iterable[str] = (), figures: Iterable[str] = (), locations: Iterable[str] = ()
) -> frozenset[str]:
    """``story_pages`` of a story with these events, figures and places (by id)."""
    return frozenset(
        f"{folder}{item_id}"
        for folder, ids in zip(STORY_FILES, (events, figures, locations), strict=True)
        for item_id in ids
    )


def own_page(page: str, story_id: str) -> str | None:
    """The page of an event, figure or place of story ``story_id`` that the output file
    ``page`` is, as ``story_pages`` holds them ('events/vote' of
    'floods/events/vote/index.html'); None for any other page (the story's own, a year's)."""
    prefix, suffix = f"{story_id}/", "/index.html"
    if not (page.startswith(prefix) and page.endswith(suffix)):
        return None
    inside = page[len(prefix) : -len(suffix)]
    return inside if inside.startswith(STORY_FILES) and inside.count("/") == 1 else None


def story_media_at(
    html: str,
    story_url: str,
    shown: Container[str] = frozenset(),
    *,
    on_story_page: bool = False,
    away: bool = False,
    here: str | None = None,
    holds_media: bool | None = None,
) -> str:
    """``html`` converted from a story's Markdown, its links to the story's media files
    (``media/x.pdf``) made to start at ``story_url``, the story's folder as seen from
    where the HTML goes: '../' from one of its events, 'story/' from the home page, its
    full address in the feed or the TimelineJS export. Its links to a place on the story
    page (an update or a source, ``STORY_PAGE_PLACES``: '#update-1') lead to that place
    on the story page, unless the HTML is ``on_story_page``, where they stay links
    within the page: a text is shown on several pages (an event's summary on its own,
    on those of its figures and places, in the embed), and only the story page holds
    every update and source. Its links to the story's own content files
    (``events/vote.yaml``, maybe with a '#fragment') lead to their pages when ``shown``
    holds them (``story_pages``), and to another story's (``../other/events/vote.yaml``)
    when ``shown`` holds its page (``story_pages`` given the site's). Every other link
    to such a file (one that is not published, a draft; or written another way,
    './Events/vote.yaml?x', which ``check`` warns of) keeps its words and loses the
    link, so nothing of a draft, not even its id, reaches the site. ``away``: the HTML is
    read away from the site's pages (a feed entry, a data file), where every link to a
    place on a page ('#sources') leads to the story page too (``places_away_from_page``).
    ``here``: the page the HTML goes on, as ``story_pages`` holds it (``events/vote``), if
    it is one of the story's events, figures or places; a link to it without a
    '#fragment' keeps its words and loses the link, as the map's pin of the page's own
    place is none: an update shown on the event's page links to that event (which is how
    it is told to be about it), and a link to the page the reader is on is noise to a
    screen reader's list of links and to the keyboard. ``holds_media``: whether ``html``
    has ``MARKDOWN_MEDIA``, when the caller has looked already (each look reads the whole
    page). The one place this is done."""
    if holds_media if holds_media is not None else MARKDOWN_MEDIA in html:
        html = _media_moved(html, story_url)
    page_file = "" if story_url.startswith(("https://", "http://")) else "index.html"
    if away:  # every place on the page, the story page's among them
        html = places_away_from_page(html, story_url + page_file)
    elif not on_story_page:
        html = story_places_at(html, story_url + page_file)
    if _YAML.search(html) is None:
        return html
    leading = _LinksFrom(html, story_url, page_file, shown, on_story_page, here)
    return _ANCHOR().sub(leading.linked, html)


def _media_moved(html: str, story_url: str) -> str:
    """``html`` with its links to the story's media files made to start at ``story_url``."""

    # In tags only: code shown to readers ('&lt;img src="media/x.png"&gt;') is theirs;
    # and in addresses only: an alt text or a title saying 'media/x.png' is words.
    def moved(found: re.Match[str]) -> str:
        return f'{found["attribute"]}="{story_url}media/{found["path"]}"'

    return HTML_TAG().sub(lambda tag: MEDIA_LINK().sub(moved, tag[0]), html)


@dataclass(frozen=True)
class _LinksFrom:
    """Where the links to content files of a text (``html``) lead (``story_media_at``):
    from the story's folder as seen from it (``story_url``), to pages whose addresses end
    with ``page_file``, those ``shown`` alone, ``here`` being the page it is on."""

    html: str
    story_url: str
    page_file: str
    shown: Container[str]
    on_story_page: bool
    here: str | None

    def linked(self, anchor: re.Match[str]) -> str:
        """The link ``anchor`` (``_ANCHOR``) as it leads from here: to a content file's
        page, to a place on this page, or its words alone (a draft's, or this page's)."""
        href = _HREF().search(anchor["attrs"])
        if href is None or not names_yaml(href["href"]) or _ELSEWHERE().match(href["href"]):
            # Not a link to a YAML file of the site (the theme's links are not; one of
            # another site, 'https://example.org/data.yaml', is that site's to serve).
            return anchor.group()
        link = story_link(href["href"])
        # Its own story page (story.yaml) is published wherever its text is.
        own_page = link is not None and link.story_page and link.story is None
        if link is None or not link.supported or not (own_page or link.target in self.shown):
            return anchor["words"]  # a YAML file is never published: the words alone
        fragment = href["href"].partition("#")[2]
        this_page = link.target == self.here or (own_page and self.on_story_page)
        if not fragment and this_page:
            return anchor["words"]  # the page the reader is on
        if fragment and (this_page or (own_page and fragment in self.ids)):
            target = self._in_page(fragment)
        else:
            folder = self.story_url if link.story is None else f"{site_root(self.story_url)}{link.story}/"
            page = f"{link.page}/" if link.page else ""
            target = f'href="{folder}{page}{self.page_file}{"#" + fragment if fragment else ""}"'
        attrs = anchor["attrs"][: href.start()] + target + anchor["attrs"][href.end() :]
        return f"<a{attrs}>{anchor['words']}</a>"

    @cached_property
    def ids(self) -> frozenset[str]:
        """The ids of the page's elements (``ids_in_tags``), read once, when a link first
        asks: the page of a figure in 500 events whose summaries each link to
        'story.yaml#map' (200 KB) was read through once a link, 183 ms, where one pass
        takes under 1 ms."""
        return ids_in_tags(self.html)

    def _in_page(self, fragment: str) -> str:
        """The address of a place on the page the reader is on (its own, or one the story
        page and this page both hold, as an event's in the embed): '#timeline' alone.
        Written from the story's folder, 'index.html#timeline' on a site served at
        'quake/' is another address, which the browser loaded again. The embed's <base>
        opens every link in a new tab: this one stays in its frame."""
        stay = ' target="_self"' if "<base target=" in self.html else ""
        return f'href="#{fragment}"{stay}'


_ID = ' id="'


def ids_in_tags(html: str) -> frozenset[str]:
    """The ids of the elements of ``html``: each ' id="..."' in a tag, not in the words of
    a text (code showing '<section id="timeline">' holds its quotes as written, and a
    link to the story page's timeline went to a place the page did not have). One pass
    over the page; each is read from its quote to the next, as the sanitiser and the
    theme write a value (in double quotes, without one inside)."""
    ids: set[str] = set()
    at = html.find(_ID)
    while at >= 0:
        start = at + len(_ID)
        end = html.find('"', start)
        if end < 0:
            break
        if html.rfind("<", 0, at) > html.rfind(">", 0, at):
            ids.add(html[start:end])
        at = html.find(_ID, at + 1)
    return frozenset(ids)


_ELSEWHERE = later(f"{SCHEME}:|//")
"""An address with a scheme ('https:', 'mailto:') or a host ('//example.org/'): not of this site."""

_TEXT_PICTURE = later(r'<img\b(?:[^<>"]|"[^"]*")*>')
"""A picture in a page's HTML (the sanitiser writes every value in double quotes)."""
_SIZED = later(r'\s(?P<side>width|height)="(?P<value>[^"]*)"')

TEXT_PICTURE_SIZES = "min(42rem, calc(100vw - 2rem))"
"""How wide a picture of a text is shown, at most: the widest column a text is in."""


def sized_text_pictures(
    html: str,
    sizes: Iterable[tuple[str, int, int]],
    renditions: Iterable[tuple[str, Picture]] = (),
    links: Links | None = None,
    *,
    plain: bool = False,
) -> str:
    """``html``, a page of a story, with each picture its Markdown texts show from the
    story's media (``<img src="media/map.jpg">``, before ``story_media_at`` moves it)
    given its ``width`` and ``height`` from ``sizes`` (``Story.text_pictures``), unless
    the text gave it either, so that the page keeps its room before it arrives and
    nothing below it moves; and loaded lazily, when the reader comes near it. One with
    ``renditions`` (``Story.text_renditions``) is shown by them, linked from the page of
    ``links``, as the theme's pictures are: in the size the screen needs, not the
    file's own, a camera's megabytes. ``plain``: by its default rendition alone, one
    ``<img>``, for HTML read away from the pages (a feed entry: a feed reader keeps no
    ``<picture>`` or ``srcset``, and its entry showed the camera's file)."""
    if MARKDOWN_MEDIA not in html or "<img" not in html:
        return html
    known = {rel: (width, height) for rel, width, height in sizes}
    made = dict(renditions) if links is not None else {}

    def sized(tag: re.Match[str]) -> str:
        found = MEDIA_LINK().search(tag[0])
        if found is None or found["attribute"] != "src":
            return tag[0]  # the theme's own, or a picture from elsewhere (a link by now)
        rel = file_of(htmllib.unescape(found["path"]))
        inner = tag[0][4 : -2 if tag[0].endswith("/>") else -1].rstrip()
        given = {m["side"]: m["value"] for m in _SIZED().finditer(tag[0])}
        picture = made.get(rel)
        size = (picture.width, picture.height) if picture is not None else known.get(rel)
        added = "" if size is None else _other_side(given, *size)
        added += ' loading="lazy" decoding="async"'
        if picture is None or links is None:
            return f"<img{inner}{added}>"
        start, end = found.start() - 4, found.end() - 4  # within ``inner``
        src = f'src="{links.rendition(picture.default.path)}"'
        if plain:  # the rendition's own size, which a feed reader shows it at unless the text gave one
            shown_at = _other_side(given, picture.default.width, picture.default.height)
            return f"<img{inner[:start]}{src}{inner[end:]}{shown_at}>"
        width = given.get("width", "")
        # Shown at the width the text gave, where it gave one in pixels: the browser then
        # takes the rendition of that width, not of the column's.
        shown = f"min({width}px, {TEXT_PICTURE_SIZES})" if width.isdigit() else TEXT_PICTURE_SIZES
        if len(picture.fallback.renditions) > 1:
            src += f' srcset="{links.srcset(picture.fallback)}" sizes="{shown}"'
        sources = "".join(
            f'<source type="{f.mime}" srcset="{links.srcset(f)}" sizes="{shown}">'
            for f in picture.alternatives
        )
        return f"<picture>{sources}<img{inner[:start]}{src}{inner[end:]}{added}></picture>"

    return _TEXT_PICTURE().sub(sized, html)


def _other_side(given: Mapping[str, str], width: int, height: int) -> str:
    """The ``width`` and ``height`` attributes a text's picture of that size lacks: both
    where the text gave neither; the other one, in proportion, where it gave one in
    pixels ('width="200"'), for the browser takes the picture's proportions from the two
    together and, given one, keeps no room for it before it arrives; none where it gave
    both, or one otherwise than in pixels ('50%')."""
    if not given:
        return f' width="{width}" height="{height}"'
    if len(given) == 2 or not all(v.isdigit() and int(v) > 0 for v in given.values()):
        return ""
    if "width" in given:
        return f' height="{max(1, round(int(given["width"]) * height / width))}"'
    return f' width="{max(1, round(int(given["height"]) * width / height))}"'


def site_root(story_url: str) -> str:
    """The site's root as seen from where a story's folder is ``story_url`` (as
    ``story_media_at`` takes it): '../' for '' (the story's folder itself), one more '../'
    for a climb alone, else ``story_url`` less its last folder ('../../../' of
    '../../../floods/', 'https://example.org/' of 'https://example.org/floods/')."""
    if story_url.replace("../", "") == "":
        return story_url + "../"
    return story_url[: story_url.rstrip("/").rfind("/") + 1]


def story_places_at(html: str, story_page_url: str) -> str:
    """``html``, its links to a place on the story page (``STORY_PAGE_PLACES``) made to
    start at ``story_page_url``, the story page as seen from where the HTML goes, but
    those to a place the page itself holds: an event's page lists the sources it and its
    quotes cite (``id="source-ap"``), and a quote's 'reported by AP' led away to the story
    page's list of them."""
    if not _holds_story_places(html):  # most pages link to none
        return html
    led = f"{story_page_url}#"

    def lead(found: re.Match[str]) -> str:
        place = html[found.end() : html.find('"', found.end())]
        return found[0] if f' id="{place}"' in html else found[1] + led

    return _STORY_PLACE().sub(lead, html)


def _holds_story_places(html: str) -> bool:
    """Whether ``html`` has an attribute's value starting with a place on the story page
    (``STORY_PAGE_PLACES``: '="#update-', '="#source-'). One pass over the page, from
    each '="#' it has to the next: looking for each start on its own read every page
    once for each, some 10 ms of a cold build of 1,000 events."""
    at = html.find(_AT_PLACE)
    while at != -1:
        if html.startswith(STORY_PAGE_PLACES, at + len(_AT_PLACE)):
            return True
        at = html.find(_AT_PLACE, at + len(_AT_PLACE))
    return False


_PLACE_ON_PAGE = later(r'(<a\s(?:[^<>"]|"[^"]*")*?(?<![\w-])href=")#')
"""Where a link to a place on the page that shows it ('#timeline') starts, in an ``<a>``
tag only (the sanitiser writes every ``href`` in double quotes)."""


def places_away_from_page(html: str, page_url: str) -> str:
    """``html`` of a story's text, read away from its pages (a feed entry, a data file),
    its links to a place on the page that shows it ('#timeline', '#sources': the theme's
    anchors, which a text links to as from the story page) made to lead there on
    ``page_url``, the story page's address as seen from where the HTML goes: a feed reader
    resolves '#sources' against the feed's own address, which is no page, and an article
    showing a data file's text against its own."""
    if 'href="#' not in html:
        return html
    return _led_to(_PLACE_ON_PAGE(), html, page_url)


def _led_to(place: re.Pattern[str], html: str, page_url: str) -> str:
    """``html`` with each link ``place`` finds (its ``href="`` before the '#') made to
    start at ``page_url``."""
    led = f"{page_url}#"
    return place.sub(lambda found: found[1] + led, html)  # a function: the address is not a pattern


UP = "\x1e"
"""Stands for "the way up to the root" in fragments rendered once for pages of any depth.

YAML does not allow this control character in content, so it can only come from us."""


def way_up(page: str, base_url: str | None) -> str | None:
    """What climbs from ``page`` to the site's root where it is not ``../`` per level:
    on the 404 page, which the host serves at any address, the root of the host with
    base_url's path (``/repo/``), else ``/``; None for every other page. (A theme's own
    ``links.asset('logo.svg')`` in base.html was broken on it below the root.)"""
    if page != NOT_FOUND_PAGE:
        return None
    return urlsplit(base_url).path if base_url else "/"


class Links:
    """The links one page needs; templates call ``links.event(id)`` and so on."""

    def __init__(
        self,
        page: str,
        story_id: str | None = None,
        base_url: str | None = None,
        up: str | None = None,
        *,
        assets: Collection[str] | None = None,
        versions: Mapping[str, str] | None = None,
        search: str = SEARCH_PAGE,
    ):
        self.page = page
        self.story_id = story_id or ""
        self.base_url = base_url
        self.depth = depth(page)
        self.up = "../" * self.depth if up is None else up
        """What climbs from this page to the site root: ``../`` once per level."""
        self.assets = assets
        """The files of the theme's ``assets/`` folder (``css/print.css``), when known: a
        page linking one it lacks is a template error, not a broken link in every page."""
        self.versions = versions or {}
        """The version of each of those files as the build publishes it (``versions.py``),
        which its link ends with; none in the preview, which adds them as it serves a page
        (``preview/http.with_versioned_assets``)."""
        self.search_page = search
        """The search page written in this page's language (``search_page``)."""

    def to(self, target: str) -> str:
        if target.startswith(self.page + "#"):
            return target[len(self.page) :]
        return self.up + target

    def absolute(self, target: str) -> str | None:
        """The public URL of ``target`` when the site's base_url is known, else None.

        Folder URLs drop the ``index.html`` that relative links need for disk viewing.
        """
        if self.base_url is None:
            return None
        return page_url(self.base_url, target)

    def rooted(self, target: str) -> str | None:
        """``target``'s address from the root of the host that serves the site (the path
        of its public URL: ``/repo/assets/``), when base_url is known, else None. For the
        404 page, which the host serves at any address: it asks the host that serves it,
        never the one base_url names."""
        if self.base_url is None:
            return None
        return urlsplit(self.base_url).path + address_of(target)

    def absolute_file(self, path: str) -> str | None:
        """``file_url`` of ``path``; None when the site's base_url is not known."""
        return None if self.base_url is None else file_url(self.base_url, path)

    def home(self) -> str:
        return self.to("index.html")

    def search(self) -> str:
        """The search page written in this page's language."""
        return self.to(self.search_page)

    def asset(self, name: str) -> str:
        """The theme's file ``name`` (``css/print.css``, ``icons.svg#arrow``, ``style.css?x=2``),
        with its version when known (``style.css?v=3f2a9c01be``)."""
        path = urlsplit(name).path
        if self.assets is not None and path not in self.assets:
            raise jinja2.TemplateRuntimeError(missing_asset(path, self.assets))
        version = self.versions.get(path)
        return self.to(f"{files.ASSETS}/{name if version is None else versioned(name, version)}")

    def story_feed(self) -> str | None:
        """The full address of this page's story's feed; None when base_url is not known."""
        return self.absolute(story_feed(self.story_id))

    def story(self, fragment: str = "") -> str:
        return self.to(story_page(self.story_id) + (f"#{fragment}" if fragment else ""))

    def event(self, event_id: str) -> str:
        return self.to(event_page(self.story_id, event_id))

    def figure(self, figure_id: str) -> str:
        return self.to(figure_page(self.story_id, figure_id))

    def year(self, year: int) -> str:
        return self.to(year_page(self.story_id, year))

    def location(self, location_id: str) -> str:
        return self.to(location_page(self.story_id, location_id))

    def source(self, source_id: str) -> str:
        return self.story(f"source-{source_id}")

    def rendition(self, path: str) -> str:
        """A picture's rendition by its path in the site (``<story>/pictures/photo.jpg.960.webp``),
        percent-encoded, relative to this page."""
        return self.up + _quoted(path)

    def story_media(
        self,
        html: Markup,
        story_id: str,
        shown: Container[str] = frozenset(),
        sizes: Iterable[tuple[str, int, int]] = (),
        renditions: Iterable[tuple[str, Picture]] = (),
    ) -> Markup:
        """``html`` converted from the Markdown of story ``story_id``, shown on a page that
        is not the story's own (a story's summary on the home page): its links to the
        story's media, and to the pages of its events, figures and places that are
        ``shown`` (``story_pages``; others lose their link), made right for this page;
        the pictures it shows given their ``sizes`` and shown by their ``renditions``
        (``Story.text_pictures``, ``Story.text_renditions``: ``sized_text_pictures``).
        (The story's own pages get theirs made right when rendered:
        ``SiteRenderer.render_page``.)"""
        # On the text, not the Markup: Markup.replace would escape the '"' it puts in.
        text = sized_text_pictures(str(html), sizes, renditions, self)
        return Markup(story_media_at(text, self.to(story_id + "/"), shown))

    def srcset(self, fmt: PictureFormat) -> str:
        """The ``srcset`` of a picture's format: each rendition's link and width. (Written
        here rather than as a template loop: a picture is on several pages, in up to
        three formats of up to six widths, and this was most of the time its markup took.)"""
        return self._srcsets(fmt)[0]

    def _srcsets(self, fmt: PictureFormat) -> tuple[str, Markup]:
        """``srcset``, as it is and escaped, made once for each picture's format and pages
        as deep as this one (a photo is shown on half a dozen pages, most of them at the
        same depth)."""
        key = (self.up, id(fmt))
        hit = _SRCSETS.get(key)
        if hit is not None and hit[0] is fmt:
            return hit[1]
        made = ", ".join([f"{self.up}{_quoted(r.path)} {r.width}w" for r in fmt.renditions])
        if len(_SRCSETS) >= SRCSETS_KEPT:  # the preview's builds, one after the other
            _SRCSETS.clear()
        _SRCSETS[key] = (fmt, (made, escape(made)))
        return made, escape(made)

    def picture(
        self, pic: Picture, sizes: str, *, classes: str, lang: str | None, ratio: bool,
        focus: str | None, alt: str, eager: bool,
    ) -> Markup:  # fmt: skip
        """A picture's ``<picture>`` element, each format a ``<source>`` and the fallback
        the ``<img>`` (the theme's ``picture`` macro, which gives the attributes: its
        words, whether it says its proportions, ``ratio``, where its subject is, ``focus``).
        Written here rather than in the macro: a photo is on half a dozen pages of a
        story, and the macro's own expressions took about as long as the rest of the
        page (25 ms of the 40 ms that 100 photos added to rendering a 100-event story)."""
        escaped = escape(sizes)
        lines = ["<picture>"]
        if pic.still is not None:  # an animation's first picture, still, for reduced motion
            still = escape(self.rendition(pic.still.path))
            media = "(prefers-reduced-motion: reduce)"
            lines.append(f'<source media="{media}" srcset="{still}" type="image/png">')
        lines.extend(
            f'<source type="{escape(f.mime)}" srcset="{self._srcsets(f)[1]}" sizes="{escaped}">'
            for f in pic.alternatives
        )
        img = ["<img"]
        if classes:
            img.append(f' class="{escape(classes)}"')
        if lang:
            img.append(f' lang="{escape(lang)}"')
        img.append(f' src="{escape(self.rendition(pic.default.path))}"')
        if len(pic.fallback.renditions) > 1:
            img.append(f' srcset="{self._srcsets(pic.fallback)[1]}" sizes="{escaped}"')
        img.append(f' width="{pic.width}" height="{pic.height}"')
        position = f"object-position: {escape(focus)}" if focus else ""
        if ratio or position:
            # As the macro's ``round(4, 'floor')`` and ``'%.4f' | format`` gave it.
            shape = f"--ratio: {math.floor(pic.width / pic.height * 10**4) / 10**4:.4f}" if ratio else ""
            img.append(f' style="{shape}{"; " if shape and position else ""}{position}"')
        img.append(f' alt="{escape(alt)}"')
        img.append(' fetchpriority="high"' if eager else ' loading="lazy"')
        img.append(' decoding="async">')
        lines.append("".join(img))
        lines.append("</picture>")
        return Markup("\n".join(lines))

    def media(self, image: Image) -> str:
        """An image's URL: https URLs as they are, story media relative to this page; a
        story's picture, whose own file is not published (only its renditions are), by
        the rendition its ``<img>`` shows. (Themes made before pictures had renditions
        link every image with this.)"""
        if isinstance(image, str):  # such a theme's links.media(img.src)
            raise jinja2.TemplateRuntimeError(THEME_MEDIA_OF_SRC)
        if not image.is_local:
            return image.src
        if image.picture is not None:
            return self.rendition(image.picture.default.path)
        return self.to(f"{self.story_id}/{image.href}")


def story_folder_url(story_id: str, base_url: str | None) -> str:
    """How a story's data files, which are in its folder (``timeline.json``,
    ``story.json``, ``timeline.csv``), address the story's pages and files: from the
    folder's full address when the site's is known (they are read elsewhere: by
    TimelineJS in an article, by a newsroom's tools), else relative to the files
    themselves (''). The one place this is decided."""
    return f"{base_url}{story_id}/" if base_url else ""


def in_story_folder(path: str, folder_url: str) -> str:
    """The address of ``path``, a file the site publishes in a story's folder
    (``<story>/pictures/photo.jpg.960.webp``), from ``folder_url`` (``story_folder_url``),
    percent-encoded."""
    return folder_url + _quoted(path.split("/", 1)[1])


def file_url(base_url: str, path: str) -> str:
    """The public URL of the file at ``path`` in the site (a picture's rendition, named
    after a media file that may hold spaces, '#' or '?'), percent-encoded."""
    return base_url + _quoted(path)


SRCSETS_KEPT = 4096
"""How many ``srcset`` values ``Links`` keeps (``_srcsets``), each with its picture format."""

_SRCSETS: dict[tuple[str, int], tuple[PictureFormat, tuple[str, Markup]]] = {}
"""``srcset`` values by the climb to the site root and the format's identity, checked
against the format itself (another object may get the id of one that is gone)."""


_UNQUOTED = later(r"[A-Za-z0-9_.~/-]*")
"""The characters ``quote`` leaves as they are (its letters, digits and ``_.-~``, and
``/``, its default ``safe``)."""


@lru_cache(maxsize=1 << 15)
def _quoted(path: str) -> str:
    """``path`` percent-encoded (each rendition's path is linked from several pages). A
    path of plain characters, as a camera's file names are, is given back as it is without
    calling ``quote`` (2-4 µs each, 3,000 times a build with 100 photos)."""
    return path if _UNQUOTED().fullmatch(path) else quote(path)
