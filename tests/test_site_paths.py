"""Where each page of a built site lives, read back as the page it is: the builders and
``page_of``/``file_of`` are one rule, so every kind of address goes there and back."""

from __future__ import annotations

import pytest

from generator import site_paths
from generator.render import embed
from generator.site_paths import PageOf, address_of, file_of, page_of, page_url

BASE = "https://news.example/desk/"
"""A site published under a base path, as on a project's GitHub Pages."""

EVERY_KIND = [
    (site_paths.HOME_PAGE, PageOf("home")),
    (site_paths.SITE_FEED, PageOf("feed")),
    (site_paths.search_page(None), PageOf("search")),
    (site_paths.search_page("zh-Hant"), PageOf("search", language="zh-Hant")),
    (site_paths.story_page("quake"), PageOf("story", "quake")),
    # A translation is a story of its own, keeping the ids of what it translates.
    (site_paths.story_page("quake-es"), PageOf("story", "quake-es")),
    (site_paths.event_page("quake-es", "first-shock"), PageOf("events", "quake-es", "first-shock")),
    (site_paths.event_page("quake", "first-shock"), PageOf("events", "quake", "first-shock")),
    (site_paths.figure_page("quake", "mayor"), PageOf("figures", "quake", "mayor")),
    (site_paths.location_page("quake", "port"), PageOf("locations", "quake", "port")),
    (site_paths.year_page("quake", 987), PageOf("years", "quake", "0987")),
    (site_paths.year_page("quake", 2010), PageOf("years", "quake", "2010")),
    (site_paths.story_feed("quake"), PageOf("story-file", "quake", "feed.xml")),
    *(
        (site_paths.story_file("quake", export), PageOf("story-file", "quake", export))
        for export in ("timeline.json", "story.json", "timeline.csv", "oembed.json")
    ),
]


@pytest.mark.parametrize(("path", "page"), EVERY_KIND, ids=[path for path, _ in EVERY_KIND])
def test_every_kind_of_page_is_read_back_from_its_path_and_its_address(path: str, page: PageOf) -> None:
    assert page_of(path) == page
    url = page_url(BASE, path)
    assert url.startswith(BASE)
    # What the preview does with an address asked for under the base path.
    assert file_of(url.removeprefix(BASE)) == path
    assert page_of(file_of(address_of(path))) == page


def test_a_pages_address_is_its_folders() -> None:
    assert page_url(BASE, site_paths.event_page("quake", "e1")) == BASE + "quake/events/e1/"
    assert page_url(BASE, site_paths.HOME_PAGE) == BASE
    assert page_url(BASE, site_paths.story_feed("quake")) == BASE + "quake/feed.xml"
    assert file_of("") == "index.html"
    assert file_of("quake/") == "quake/index.html"
    assert file_of("quake/feed.xml") == "quake/feed.xml"


@pytest.mark.parametrize(
    "path",
    [
        "assets/site.css",
        "404.html",
        "quake/pictures/photo.jpg.960.webp",
        "pagefind/pagefind.js",
        embed.embed_page("quake"),
        embed.embed_page("quake", light=True),
        "quake/events/e1/photo.jpg",
        "quake/years/later/index.html",
        "quake/notes/e1/index.html",
        "search/fr/more/index.html",
        "embed/index.html",
    ],
)
def test_files_that_are_no_page_of_one_thing_are_none(path: str) -> None:
    assert page_of(path) is None
