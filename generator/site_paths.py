"""Where each page and file of a built site lives, and which page a path or address is:
the one rule, both ways. The build writes its pages where the builders below say
(``event_page``, ``year_page`` ...); ``deploy`` reads a published site's paths back into
pages (``page_of``, in ``output/gone.py``), and the preview reads an address asked for
into the file it names (``file_of``, in ``preview/http.py``).

Pages are ``<dir>/index.html`` files; their public address is the folder's
(``address_of``), and an address of a folder names its ``index.html`` (``file_of``).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.content import ids

INDEX = "index.html"
"""The file that is each page: a folder's address shows it."""

HOME_PAGE = INDEX
NOT_FOUND_PAGE = "404.html"

SEARCH = "search"
SEARCH_PAGE = f"{SEARCH}/{INDEX}"
"""The search page of pages in the site's language (of every page, on a site in one)."""

SITE_FEED = "feed.xml"
"""The Atom feed of every story (made only when base_url is known)."""

EVENTS, FIGURES, LOCATIONS = "events", "figures", "locations"
PAGE_FOLDERS = (EVENTS, FIGURES, LOCATIONS)
"""The folders of a story's pages of one thing each (an event, a figure, a place): named
as the story's folders of their files are (``content.kinds.Kind``), so that an event's
page is where its file is, but a part of the site's addresses, which stay as they are.
(Not ``content.kinds.STORY_FOLDERS``: the folders a story's content may hold.)"""

YEARS = "years"


def search_page(language: str | None) -> str:
    """The path of the search page written in ``language`` (``links.search_language``;
    None for the site's own)."""
    return SEARCH_PAGE if language is None else f"{SEARCH}/{language}/{INDEX}"


def story_page(story_id: str) -> str:
    """The path of a story's own page: its timeline."""
    return f"{story_id}/{INDEX}"


def story_feed(story_id: str) -> str:
    """The Atom feed of one published story, for a reader following that story alone."""
    return story_file(story_id, SITE_FEED)


def story_file(story_id: str, name: str) -> str:
    """A file the build writes in a story's folder: its feed, its exports (``timeline.json``,
    ``story.json``, ``timeline.csv``, ``oembed.json``)."""
    return f"{story_id}/{name}"


def event_page(story_id: str, event_id: str) -> str:
    """The path of an event's page: ``<story>/events/<id>/index.html``, as its file is
    ``<story>/events/<id>.yaml`` in the content."""
    return f"{story_id}/{EVENTS}/{event_id}/{INDEX}"


def year_page(story_id: str, year: int) -> str:
    """The path of the page of a story's events in ``year`` (written with four digits)."""
    return f"{story_id}/{YEARS}/{year:04d}/{INDEX}"


def figure_page(story_id: str, figure_id: str) -> str:
    """The path of a figure's page, the events that name it listed."""
    return f"{story_id}/{FIGURES}/{figure_id}/{INDEX}"


def location_page(story_id: str, location_id: str) -> str:
    """The path of a place's page, the events that name it listed."""
    return f"{story_id}/{LOCATIONS}/{location_id}/{INDEX}"


@dataclass(frozen=True)
class PageOf:
    """What a path of the built site is (``page_of``): ``kind`` is 'home', 'search' (in
    ``language``, None for the site's own), 'feed' (the site's), 'story', 'story-file' (a
    file in the story's folder, ``name``), 'years' (``name`` the year's digits) or one
    of ``PAGE_FOLDERS`` (``name`` the event's, figure's or place's id)."""

    kind: str
    story: str | None = None
    name: str | None = None
    language: str | None = None


def page_of(path: str) -> PageOf | None:
    """What the built site's ``path`` is, as the builders above make it; None for any
    other file (an asset, a picture, the search index, the embed pages)."""
    parts = path.split("/")
    if path == HOME_PAGE:
        return PageOf("home")
    if path == SITE_FEED:
        return PageOf("feed")
    if parts[0] == SEARCH:
        return _search_page_of(parts)
    if parts[0] in ids.RESERVED_STORY_IDS or len(parts) not in (2, 4):
        return None
    story = parts[0]
    if len(parts) == 2:
        return PageOf("story", story) if parts[1] == INDEX else PageOf("story-file", story, parts[1])
    folder, name, last = parts[1:]
    if last != INDEX or not name:
        return None
    if folder in PAGE_FOLDERS:
        return PageOf(folder, story, name)
    if folder == YEARS and name.isdigit():
        return PageOf(YEARS, story, name)
    return None


def _search_page_of(parts: list[str]) -> PageOf | None:
    if parts == [SEARCH, INDEX]:
        return PageOf(SEARCH)
    if len(parts) == 3 and parts[1] and parts[2] == INDEX:
        return PageOf(SEARCH, language=parts[1])
    return None


def address_of(path: str) -> str:
    """The address of the file at ``path``, from the site's root: a page's is its folder's
    (``quake/events/e1/``; the home page's ''), without the ``index.html`` that relative
    links need when the site is opened from disk."""
    return path.removesuffix(INDEX)


def file_of(address: str) -> str:
    """The file an address from the site's root names: a folder's (``""``, ``quake/``) is
    its ``index.html``; the inverse of ``address_of``."""
    return address + INDEX if address == "" or address.endswith("/") else address


def page_url(base_url: str, path: str) -> str:
    """The public URL of the page at ``path`` (a page's ``<dir>/index.html``, or any other
    file the site writes) on the site at ``base_url``. The one place this is decided (the
    pages' canonical links, the sitemap and the feed)."""
    return base_url + address_of(path)
