"""Where pages live, and links that depend only on the depth of the page they are on."""

from __future__ import annotations

from urllib.parse import quote

import jinja2
import pytest

from generator import site_paths
from generator.content.model import Image, Picture, PictureFormat, Rendition
from generator.markdown.markup import MarkdownConverter
from generator.render import feeds, links
from generator.render.links import Links
from generator.site_paths import page_url


def test_page_paths() -> None:
    assert site_paths.story_page("quake") == "quake/index.html"
    assert site_paths.event_page("quake", "first-shock") == "quake/events/first-shock/index.html"
    assert site_paths.year_page("quake", 987) == "quake/years/0987/index.html"
    assert site_paths.year_page("quake", 2010) == "quake/years/2010/index.html"
    assert site_paths.figure_page("quake", "mayor") == "quake/figures/mayor/index.html"
    assert site_paths.location_page("quake", "port") == "quake/locations/port/index.html"


@pytest.mark.parametrize(
    ("page", "depth"),
    [("index.html", 0), ("404.html", 0), ("quake/index.html", 1), ("quake/events/e1/index.html", 3)],
)
def test_depth(page: str, depth: int) -> None:
    assert links.depth(page) == depth
    assert Links(page).up == "../" * depth


def test_links_climb_to_the_root_and_go_down_again() -> None:
    on_event = Links("quake/events/e1/index.html", "quake")
    assert on_event.home() == "../../../index.html"
    assert on_event.asset("site.css") == "../../../assets/site.css"
    assert on_event.story() == "../../../quake/index.html"
    assert on_event.story("timeline") == "../../../quake/index.html#timeline"
    assert on_event.event("e2") == "../../../quake/events/e2/index.html"
    assert on_event.figure("mayor") == "../../../quake/figures/mayor/index.html"
    assert on_event.location("port") == "../../../quake/locations/port/index.html"
    assert on_event.year(2010) == "../../../quake/years/2010/index.html"
    assert on_event.source("src-a") == "../../../quake/index.html#source-src-a"


def test_a_link_to_a_place_on_the_same_page_is_the_fragment_alone() -> None:
    on_story = Links("quake/index.html", "quake")
    assert on_story.source("src-a") == "#source-src-a"
    assert on_story.story("timeline") == "#timeline"
    assert on_story.story() == "../quake/index.html"  # the page itself, not a fragment
    assert Links("quake/events/e1/index.html", "quake").source("s") == "../../../quake/index.html#source-s"


def test_a_fragment_rendered_for_any_depth_keeps_the_placeholder() -> None:
    # Event entries are rendered once with UP standing for the way up; no "#x" shortcut,
    # since the fragment belongs to no page.
    anywhere = Links("", "quake", up=links.UP)
    assert anywhere.event("e1") == links.UP + "quake/events/e1/index.html"
    assert anywhere.source("s") == links.UP + "quake/index.html#source-s"


def test_absolute_urls_drop_index_html_and_need_a_base_url() -> None:
    page = Links("quake/index.html", "quake", base_url="https://example.org/news/")
    assert page.absolute("quake/events/e1/index.html") == "https://example.org/news/quake/events/e1/"
    assert page.absolute("index.html") == "https://example.org/news/"
    assert page.absolute("quake/timeline.json") == "https://example.org/news/quake/timeline.json"
    assert Links("quake/index.html", "quake").absolute("index.html") is None


def test_a_pages_public_address_is_said_alike_by_its_canonical_link_and_the_sitemap() -> None:
    base = "https://example.org/news/"
    assert page_url(base, "quake/events/e1/index.html") == "https://example.org/news/quake/events/e1/"
    assert page_url(base, "robots.txt") == "https://example.org/news/robots.txt"
    path = "quake/figures/mayor/index.html"
    canonical = Links(path, "quake", base_url=base).absolute(path)
    assert canonical == page_url(base, path)
    assert f"<loc>{canonical}</loc>".encode() in feeds.sitemap(base, ((path, None),))


def test_media_links() -> None:
    on_figure = Links("quake/figures/mayor/index.html", "quake")
    assert on_figure.media(Image("media/a b#1.png", "a")) == "../../../quake/media/a%20b%231.png"
    assert on_figure.media(Image("https://example.org/x.png", "x")) == "https://example.org/x.png"


def test_a_files_public_address_is_percent_encoded() -> None:
    page = Links("quake/index.html", "quake", "https://example.org/news/")
    assert page.absolute_file("quake/pictures/a #1?é.jpg.960.jpg") == (
        "https://example.org/news/quake/pictures/a%20%231%3F%C3%A9.jpg.960.jpg"
    )
    assert Links("quake/index.html", "quake").absolute_file("quake/card.png") is None


def test_an_alt_text_or_a_title_naming_a_media_file_is_left_as_written() -> None:
    # Only the addresses move: a picture described as 'media/map.png' kept that alt text
    # on the story page, and was read as '../../../quake/media/map.png' on an event's.
    html = str(
        MarkdownConverter()(
            '![media/map.png](media/map.png) [a](https://x.org "media/y.pdf") [b](media/b%20c.pdf)'
        )
    )
    assert links.story_media_at(html, "../../../quake/") == (
        '<p><img alt="media/map.png" src="../../../quake/media/map.png"> '
        '<a href="https://x.org" title="media/y.pdf" rel="noopener noreferrer">a</a> '
        '<a href="../../../quake/media/b%20c.pdf" rel="noopener noreferrer">b</a></p>'
    )


def test_a_picture_a_text_shows_gets_its_size_and_is_loaded_lazily() -> None:
    """A photo shown in a text (``![map](media/map.jpg)``) is published at its own size, a
    camera's megabytes: it came without a size, so what followed it moved down as it
    arrived, and at once, wherever it was on the page."""
    html = str(
        MarkdownConverter()(
            "![The map](media/the%20map.jpg) ![Logo](media/logo.svg) [the file](media/the%20map.jpg)\n\n"
            '<img src="media/the%20map.jpg" alt="Small" width="300"> `<img src="media/x.jpg">`'
        )
    )
    page = f'<main><img src="../q/pictures/lead.jpg.960.jpg" width="1600" height="1200" alt="">{html}</main>'
    sized = links.sized_text_pictures(page, [("the map.jpg", 3000, 4000)])
    assert (
        sized
        == page.replace(
            '<img alt="The map" src="media/the%20map.jpg">',
            '<img alt="The map" src="media/the%20map.jpg" width="3000" height="4000" loading="lazy" decoding="async">',
        )
        .replace(
            '<img alt="Logo" src="media/logo.svg">',  # a size not known: lazily still
            '<img alt="Logo" src="media/logo.svg" loading="lazy" decoding="async">',
        )
        .replace(
            '<img src="media/the%20map.jpg" alt="Small" width="300">',  # the text's own width kept, its height given
            '<img src="media/the%20map.jpg" alt="Small" width="300" height="400" loading="lazy" decoding="async">',
        )
    )
    assert 'lead.jpg.960.jpg" width="1600" height="1200" alt="">' in sized  # the theme's, as it was
    assert '<code>&lt;img src="media/x.jpg"&gt;</code>' in sized  # code shown to readers: text
    assert links.sized_text_pictures("<p>No picture</p>", [("the map.jpg", 1, 1)]) == "<p>No picture</p>"


@pytest.mark.parametrize(
    ("attributes", "added"),
    [
        ('width="300"', ' height="400"'),  # the other side, in proportion
        ('height="100"', ' width="75"'),
        ('width="300" height="50"', ""),  # both given: the text's
        ('width="50%"', ""),  # not in pixels: no proportion to keep
        ('width="0"', ""),
    ],
)
def test_a_text_pictures_one_given_side_gets_the_other_in_proportion(attributes: str, added: str) -> None:
    """A picture a text shows with only its width ('<img width="300">') kept no room
    before it arrived: a browser takes the proportions from the width and the height
    together. It gets the height that keeps the file's proportions (3000 by 4000)."""
    page = f'<p><img src="media/map.jpg" alt="Map" {attributes}></p>'
    sized = links.sized_text_pictures(page, [("map.jpg", 3000, 4000)])
    assert (
        sized
        == f'<p><img src="media/map.jpg" alt="Map" {attributes}{added} loading="lazy" decoding="async"></p>'
    )


def test_links_to_a_storys_content_files_lead_to_their_pages() -> None:
    """``[the vote](events/vote.yaml)`` leads to the vote's page from any page, and to its
    full address in the feed; its title and words are kept."""
    html = '<p>See <a href="events/vote.yaml" title="The vote">the vote</a> and <a href="figures/ann-lee.yaml">Lee</a>.</p>'
    shown = links.story_pages_of(events=["vote"], figures=["ann-lee"])
    from_event = links.story_media_at(html, "../../../quake/", shown)
    assert from_event == (
        '<p>See <a href="../../../quake/events/vote/index.html" title="The vote">the vote</a> and '
        '<a href="../../../quake/figures/ann-lee/index.html">Lee</a>.</p>'
    )
    in_feed = links.story_media_at(html, "https://example.org/quake/", shown)
    assert '<a href="https://example.org/quake/events/vote/" title="The vote">' in in_feed
    assert '<a href="https://example.org/quake/figures/ann-lee/">Lee</a>' in in_feed


def test_a_link_to_the_page_it_is_shown_on_keeps_only_its_words() -> None:
    """As the map's pin of a place's own page is no link: on Lee's page, a link to Lee's
    page is noise to a screen reader's list of links and a stop for the keyboard. One
    to a place on it stays a link, to that place alone ('#x'), and one to the same name
    in another story stays as it was."""
    html = (
        '<p><a href="figures/ann-lee.yaml">Lee</a>, <a href="figures/ann-lee.yaml#x">her words</a>, '
        '<a href="events/vote.yaml">the vote</a>, <a href="../other/figures/ann-lee.yaml">Lee there</a>.</p>'
    )
    shown = links.story_pages_of(events=["vote"], figures=["ann-lee"]) | {"../other/figures/ann-lee"}
    here = links.own_page("quake/figures/ann-lee/index.html", "quake")
    assert here == "figures/ann-lee"
    assert links.story_media_at(html, "../../../quake/", shown, here=here) == (
        '<p>Lee, <a href="#x">her words</a>, '
        '<a href="../../../quake/events/vote/index.html">the vote</a>, '
        '<a href="../../../other/figures/ann-lee/index.html">Lee there</a>.</p>'
    )
    pages = (
        "quake/index.html",
        "quake/years/2020/index.html",
        "quake/embed/index.html",
        "other/figures/a/index.html",
    )
    assert [links.own_page(page, "quake") for page in pages] == [None, None, None, None]


def test_a_link_to_a_page_that_is_not_published_keeps_only_its_words() -> None:
    """A draft left out of the site: nothing of it, not even its id, is published."""
    html = (
        '<p>See <a href="events/secret-deal.yaml">the <em>deal</em></a> and <a href="media/a.pdf">it</a>.</p>'
    )
    out = links.story_media_at(html, "../", links.story_pages_of(events=["vote"]))
    assert out == '<p>See the <em>deal</em> and <a href="../media/a.pdf">it</a>.</p>'
    assert "secret-deal" not in out


def test_a_link_to_a_content_file_in_another_form_keeps_only_its_words() -> None:
    """Fail closed: './events/x.yaml', 'Events/x.yaml', a query or a percent-encoded name
    would reach a draft's id (or a page that is not there) unchecked; such a link keeps its
    words (``check`` warns of it). A '#fragment' is kept, wherever the href sits in the tag."""
    shown = links.story_pages_of(events=["vote"])
    html = (
        '<a title="t" href="events/vote.yaml#quote">kept</a> '
        '<a href="./events/vote.yaml">dot</a> <a href="Events/vote.yaml">case</a> '
        '<a href="events/vote.yaml?x=1">query</a> <a href="events/vo%74e.yaml">encoded</a> '
        '<a href="events/secret.YAML">draft</a> <a data-href="events/vote.yaml" href="https://x.example/">other</a>'
    )
    assert links.story_media_at(html, "../", shown) == (
        '<a title="t" href="../events/vote/index.html#quote">kept</a> dot case query encoded draft '
        '<a data-href="events/vote.yaml" href="https://x.example/">other</a>'
    )


def test_a_link_to_any_yaml_file_keeps_only_its_words_and_the_themes_links_stay() -> None:
    """The site never has a YAML file, so such a link leads nowhere: 'vote.yaml',
    'events/vote.yml', '../other/events/x.yaml' keep their words. A page address the theme
    writes ('../../quake/events/vote/index.html') is no such link, and stays."""
    shown = links.story_pages_of(events=["vote"])
    html = (
        '<a href="vote.yaml">a</a> <a href="events/vote.yml">b</a> <a href="../other/events/x.yaml">c</a> '
        '<a href="events/vote.yaml/">d</a> <a href="../../quake/events/vote/index.html">theme</a>'
    )
    assert links.story_media_at(html, "../", shown) == (
        'a b c d <a href="../../quake/events/vote/index.html">theme</a>'
    )


def test_a_link_to_another_sites_yaml_file_stays_a_link() -> None:
    # Open data as YAML ('https://example.org/data/parties.yaml') is that site's to serve:
    # such a link was shown as its words only, without a word from check.
    shown = links.story_pages_of(events=["vote"])
    html = (
        '<a href="https://example.org/data/parties.yaml">a</a> <a href="HTTP://example.org/x.yml#k">b</a> '
        '<a href="//example.org/events/vote.yaml">c</a> <a href="events/vote.yaml">d</a>'
    )
    assert links.story_media_at(html, "../", shown) == (
        '<a href="https://example.org/data/parties.yaml">a</a> <a href="HTTP://example.org/x.yml#k">b</a> '
        '<a href="//example.org/events/vote.yaml">c</a> <a href="../events/vote/index.html">d</a>'
    )


def test_links_to_a_place_on_the_story_page_lead_there_but_on_the_story_page() -> None:
    """'#update-1' and '#source-ap' are places on the story page: from any other page they
    lead there, in the feed by its full address; on the story page they stay in the page.
    Other anchors ('#main', a 'data-href') are the theme's, and stay as written."""
    html = (
        '<a href="#update-1">u</a> <a title="t" href="#source-ap">s</a> <a href="#main">m</a> '
        '<a data-href="#update-1" href="#updates">d</a>'
    )
    assert links.story_media_at(html, "../../../quake/") == (
        '<a href="../../../quake/index.html#update-1">u</a> '
        '<a title="t" href="../../../quake/index.html#source-ap">s</a> <a href="#main">m</a> '
        '<a data-href="#update-1" href="#updates">d</a>'
    )
    in_feed = links.story_media_at(html, "https://example.org/quake/")
    assert '<a href="https://example.org/quake/#update-1">u</a>' in in_feed
    assert '<a title="t" href="https://example.org/quake/#source-ap">s</a>' in in_feed
    assert links.story_media_at(html, "../quake/", on_story_page=True) == html


def test_a_link_to_a_place_on_the_story_page_is_found_after_the_pages_own_anchors() -> None:
    """Every page has anchors of its own before a text's ('#main', '#timeline', a place
    named like one, '#updates'): the link to '#source-ap' after them still leads to the
    story page, and a page with only its own keeps them as written (each is passed over
    in one reading of the page, ``story_places_at``)."""
    own = (
        '<a class="skip-link" href="#main">Skip</a><a href="#timeline">t</a>'
        '<a href="#updates">u</a><a href="#sources">s</a><a href="#update">x</a>'
    )
    assert links.story_media_at(own, "../../../quake/") == own
    html = own + '<p>As <a href="#source-ap">AP</a> said.</p><a href="#main">top</a>'
    assert links.story_media_at(html, "../../../quake/") == (
        own + '<p>As <a href="../../../quake/index.html#source-ap">AP</a> said.</p><a href="#main">top</a>'
    )


def test_a_link_to_a_place_the_page_itself_holds_stays_on_it() -> None:
    # An event's page lists the sources it and its quotes cite: a quote's 'reported by
    # AP' led away to the story page's list, past the same entry below it. A source the
    # page does not list, and an update, still lead to the story page.
    html = (
        '<figcaption>A, reported by <a href="#source-ap">AP</a></figcaption>'
        '<p>As <a href="#source-afp">AFP</a> and <a href="#update-2">update 2</a> said.</p>'
        '<ol class="sources"><li id="source-ap">AP</li></ol>'
    )
    assert links.story_media_at(html, "../../../quake/") == (
        '<figcaption>A, reported by <a href="#source-ap">AP</a></figcaption>'
        '<p>As <a href="../../../quake/index.html#source-afp">AFP</a> and '
        '<a href="../../../quake/index.html#update-2">update 2</a> said.</p>'
        '<ol class="sources"><li id="source-ap">AP</li></ol>'
    )


def test_code_that_shows_a_link_to_a_place_on_the_story_page_is_left_as_written() -> None:
    # A journalist's code span or block is read as written: it was rewritten on every
    # page but the story page.
    html = (
        '<p>The page said <code>&lt;a href="#update-1"&gt;</code>.</p>\n'
        '<pre><code>&lt;a href="#source-ap"&gt;block&lt;/a&gt;\n</code></pre>\n'
        '<p><a title="a &gt; b" href="#update-1">u</a></p>'
    )
    led = links.story_media_at(html, "../../../s/")
    assert led == html.replace('title="a &gt; b" href="#', 'title="a &gt; b" href="../../../s/index.html#')
    # The same for links to the story's media.
    html = '<p><code>&lt;img src="media/x.png"&gt;</code> <img title="a > b" src="media/x.png" alt="x"></p>'
    assert links.story_media_at(html, "../../../s/") == (
        '<p><code>&lt;img src="media/x.png"&gt;</code> <img title="a > b" src="../../../s/media/x.png" alt="x"></p>'
    )


def test_an_asset_is_linked_from_the_sites_root() -> None:
    assert Links("a/events/e1/index.html", "a").asset("style.css") == "../../../assets/style.css"
    known = Links("index.html", assets={"style.css", "css/print.css", "icons.svg"})
    assert known.asset("css/print.css") == "assets/css/print.css"
    # A query or a fragment is the link's, not part of the file's name.
    assert known.asset("style.css?v=2") == "assets/style.css?v=2"
    assert known.asset("icons.svg#arrow") == "assets/icons.svg#arrow"
    with pytest.raises(
        jinja2.TemplateRuntimeError, match=r"no file 'icon\.svg' for links\.asset\('icon\.svg'\)"
    ):
        known.asset("icon.svg#arrow")


def test_an_asset_is_linked_by_its_version_when_the_build_knows_it() -> None:
    versions = {"style.css": "0123456789", "icons.svg": "abcdef0123"}
    page = Links("a/events/e1/index.html", "a", assets=set(versions), versions=versions)
    assert page.asset("style.css") == "../../../assets/style.css?v=0123456789"
    assert page.asset("icons.svg#arrow") == "../../../assets/icons.svg?v=abcdef0123#arrow"
    # The 404 page's, from the host's root (``way_up``).
    not_found = Links(site_paths.NOT_FOUND_PAGE, up="/repo/", assets=set(versions), versions=versions)
    assert not_found.asset("style.css") == "/repo/assets/style.css?v=0123456789"
    # The preview's pages are rendered without (it adds them as it serves a page).
    assert Links("index.html", assets=set(versions)).asset("style.css") == "assets/style.css"


def test_an_asset_the_theme_lacks_is_a_template_error_naming_the_nearest() -> None:
    page = Links("index.html", assets={"style.css", "favicon.svg"})
    with pytest.raises(jinja2.TemplateRuntimeError) as caught:
        page.asset("styles.css")
    assert str(caught.value) == (
        "the theme's assets/ folder has no file 'styles.css' for links.asset('styles.css');"
        " did you mean 'style.css'?"
    )
    with pytest.raises(
        jinja2.TemplateRuntimeError, match=r"no file 'app\.js' for links\.asset\('app\.js'\)$"
    ):
        page.asset("app.js")


@pytest.mark.parametrize(
    ("language", "site_language", "searched_in"),
    [
        ("en", "en", None),
        ("en-GB", "en", None),  # one catalog, one search page
        ("fr", "en", "fr"),
        ("fr-CA", "en", "fr"),
        ("zh-CN", "en", "zh-Hans"),
        ("ar", "ar", None),
        ("en", "ar", "en"),
        ("xx", "en", None),  # no catalog: written in English, as the site is
        ("xx", "de", "en"),
    ],
)
def test_pages_in_another_language_than_the_sites_have_a_search_page_in_theirs(
    language: str, site_language: str, searched_in: str | None
) -> None:
    assert links.search_language(language, site_language) == searched_in


def test_the_search_box_leads_to_the_search_page_of_the_pages_language() -> None:
    assert Links("quake/events/e1/index.html").search() == "../../../search/index.html"
    french = Links("quake/events/e1/index.html", search=site_paths.search_page("fr"))
    assert french.search() == "../../../search/fr/index.html"
    on_it = Links("search/zh-Hans/index.html", search=site_paths.search_page("zh-Hans"))
    assert on_it.search() == "../../search/zh-Hans/index.html" and on_it.home() == "../../index.html"


def test_the_story_pages_address_is_written_as_it_is() -> None:
    # A backslash in it (a site's base_url) was read by re.sub as an escape: '\b' a backspace.
    led = links.story_media_at('<a href="#update-1">u</a>', "https://example.org/a\\b/quake/")
    assert led == '<a href="https://example.org/a\\b/quake/#update-1">u</a>'


def test_a_link_to_a_storys_story_yaml_leads_to_its_page() -> None:
    """``story.yaml`` is the story's own page, there wherever its text is shown;
    ``../otis/story.yaml`` another story's, when the site publishes it (``story_pages``
    holds '../otis/'); a draft story's keeps its words alone, as does a form that does
    not lead there."""
    html = (
        '<p><a href="story.yaml">this story</a>, <a href="../otis/story.yaml#timeline">Otis</a>, '
        '<a href="../linea-12/story.yaml">a draft</a>, <a href="./story.yaml">odd</a>.</p>'
    )
    shown = links.story_pages_of(events=["e1"]) | {"../otis/"}
    assert links.story_media_at(html, "../../", shown, here="events/e1") == (
        '<p><a href="../../index.html">this story</a>, '
        '<a href="../../../otis/index.html#timeline">Otis</a>, a draft, odd.</p>'
    )
    # On the story page, its own is the page the reader is on: the words alone.
    assert links.story_media_at(html, "", shown, on_story_page=True).startswith(
        '<p>this story, <a href="../otis/index.html#timeline">Otis</a>'
    )
    assert links.story_media_at(html, "https://example.org/news/sismo/", shown, away=True).startswith(
        '<p><a href="https://example.org/news/sismo/">this story</a>, '
        '<a href="https://example.org/news/otis/#timeline">Otis</a>, a draft'
    )


def test_a_link_to_another_storys_file_leads_to_its_page_when_the_site_publishes_it() -> None:
    """``../elections/events/vote.yaml`` is written as from the story's folder, as every
    link of a text is; it leads to the other story's page from wherever the text is shown,
    and keeps its words alone when that page is not published (a draft: nothing of it)."""
    html = (
        '<p><a href="../elections/events/vote.yaml#result">the vote</a>, '
        '<a href="../elections/events/secret.yaml">a draft</a>, '
        '<a href="../elections/events/vote.yml">another form</a>, '
        '<a href="../../elections/events/vote.yaml">two climbs</a>.</p>'
    )
    shown = links.story_pages_of(events=["e1"]) | {"../elections/events/vote"}
    assert links.story_media_at(html, "../../../quake/", shown) == (
        '<p><a href="../../../elections/events/vote/index.html#result">the vote</a>, '
        "a draft, another form, two climbs.</p>"
    )
    assert links.story_media_at(html, "", shown).startswith(
        '<p><a href="../elections/events/vote/index.html#'
    )
    assert links.story_media_at(html, "quake/", shown).startswith(
        '<p><a href="elections/events/vote/index.html#'
    )
    in_feed = links.story_media_at(html, "https://example.org/news/quake/", shown)
    assert in_feed.startswith('<p><a href="https://example.org/news/elections/events/vote/#result">')
    # Its own pages do not make another story's: the link names the story.
    assert "href" not in links.story_media_at(html, "../", links.story_pages_of(events=["vote"]))


def test_a_texts_links_to_a_place_on_its_page_lead_to_the_story_page_away_from_it() -> None:
    url = "https://example.org/news/story-a/"
    html = (
        '<p><a title="x" href="#sources">the sources</a>, <a href="#top">up</a>, '
        '<a href="https://example.com/#a">there</a>, <code>&lt;a href="#raw"&gt;</code></p>'
    )
    assert links.places_away_from_page(html, url) == (
        f'<p><a title="x" href="{url}#sources">the sources</a>, <a href="{url}#top">up</a>, '
        '<a href="https://example.com/#a">there</a>, <code>&lt;a href="#raw"&gt;</code></p>'
    )
    assert links.places_away_from_page("<p>No link.</p>", url) == "<p>No link.</p>"


def _photo(still: bool = False) -> Picture:
    stem = "story/pictures/a b.jpg"
    formats = tuple(
        PictureFormat(mime, tuple(Rendition(f"{stem}.{w}.{ext}", w, w * 3 // 4) for w in (240, 960)))
        for mime, ext in (("image/webp", "webp"), ("image/jpeg", "jpg"))
    )
    return Picture(960, 720, formats, still=Rendition(f"{stem}.still.png", 960, 720) if still else None)


def test_a_pictures_element_has_each_format_and_the_fallback_escaped_and_linked_from_the_page() -> None:
    page = Links("story/events/one/index.html", "story")
    made = page.picture(
        _photo(), '(min-width: 900px) 10rem, "6rem"', classes="thumb", lang="fr", ratio=True,
        focus="top left", alt='Rescuers & "Los 33"', eager=False,
    )  # fmt: skip
    srcset = "../../../story/pictures/a%20b.jpg.240.{0} 240w, ../../../story/pictures/a%20b.jpg.960.{0} 960w"
    sizes = "(min-width: 900px) 10rem, &#34;6rem&#34;"
    assert made == (
        "<picture>\n"
        f'<source type="image/webp" srcset="{srcset.format("webp")}" sizes="{sizes}">\n'
        f'<img class="thumb" lang="fr" src="../../../story/pictures/a%20b.jpg.960.jpg" srcset="{srcset.format("jpg")}"'
        f' sizes="{sizes}" width="960" height="720" style="--ratio: 1.3333; object-position: top left"'
        ' alt="Rescuers &amp; &#34;Los 33&#34;" loading="lazy" decoding="async">\n'
        "</picture>"
    )


def test_a_pictures_element_on_the_first_screen_an_animations_still_and_no_ratio() -> None:
    made = Links("story/index.html", "story").picture(
        _photo(still=True), "100vw", classes="", lang=None, ratio=False, focus=None, alt="", eager=True
    )
    assert made.splitlines()[1] == (
        '<source media="(prefers-reduced-motion: reduce)" srcset="../story/pictures/a%20b.jpg.still.png" type="image/png">'
    )
    img = made.splitlines()[-2]
    assert img.startswith('<img src="../story/pictures/a%20b.jpg.960.jpg" srcset=')
    assert 'style="' not in img and img.endswith(' alt="" fetchpriority="high" decoding="async">')


def test_srcset_is_made_once_for_pages_as_deep_and_again_for_another_format() -> None:
    photo, other = _photo(), _photo()
    one, two = Links("story/events/a/index.html", "story"), Links("story/events/b/index.html", "story")
    first = one.srcset(photo.fallback)
    assert two.srcset(photo.fallback) is first  # the same depth: kept
    assert two.srcset(other.fallback) == first and two.srcset(other.fallback) is not first
    assert Links("story/index.html", "story").srcset(photo.fallback).startswith("../story/")


def test_a_link_to_a_place_on_the_story_page_shown_on_that_page_is_to_the_place_alone() -> None:
    """'story.yaml#timeline' on the story page led to 'index.html#timeline' as from the
    story's folder: on a site served at 'quake/' another address, which the browser
    loaded again. On the story page it is '#timeline'; on another page that holds the
    place too (the embed holds each event's entry) it is that page's, and the embed's
    <base target="_blank"> is overridden so that it stays in its frame."""
    html = '<p><a href="story.yaml#timeline">t</a>, <a href="story.yaml#event-e1">e</a>.</p>'
    shown = links.story_pages_of(events=["e1"])
    assert links.story_media_at(html, "../quake/", shown, on_story_page=True) == (
        '<p><a href="#timeline">t</a>, <a href="#event-e1">e</a>.</p>'
    )
    embed = '<base target="_blank"><li id="event-e1">' + html
    assert links.story_media_at(embed, "../../quake/", shown).endswith(
        '<p><a href="../../quake/index.html#timeline">t</a>, <a href="#event-e1" target="_self">e</a>.</p>'
    )
    # On an event's page, which holds no entry of the timeline: the story page's.
    assert links.story_media_at(html, "../../", shown, here="events/e1") == (
        '<p><a href="../../index.html#timeline">t</a>, <a href="../../index.html#event-e1">e</a>.</p>'
    )


def test_a_place_a_text_shows_in_its_words_is_no_place_of_the_page() -> None:
    # Code shown on an event's page ('<section id="timeline">', its quotes as written)
    # held ' id="timeline"', and the link to the story page's timeline became '#timeline',
    # a place the event's page does not have. Only an element's id is a place.
    html = (
        '<p><code>&lt;section id="timeline"&gt;</code> and id="event-e1" in words: '
        '<a href="story.yaml#timeline">t</a>, <a href="story.yaml#event-e1">e</a>.</p>'
    )
    shown = links.story_pages_of(events=["e1"])
    assert links.story_media_at(html, "../../", shown, here="events/e2").endswith(
        '<a href="../../index.html#timeline">t</a>, <a href="../../index.html#event-e1">e</a>.</p>'
    )
    assert links.story_media_at('<li id="event-e1">' + html, "../../", shown, here="events/e2").endswith(
        '<a href="../../index.html#timeline">t</a>, <a href="#event-e1">e</a>.</p>'
    )


def test_the_ids_of_a_page_are_its_elements_not_its_words() -> None:
    # Read in one pass: a quote left open in the words does not hide the tag after it.
    html = (
        '<section id="timeline"><p>say id="open and <a id="note-1" href="#x">id="words"</a></p>'
        '<p><code>&lt;div id="code"&gt;</code></p><li class="e" id="event-e1"></li></section>'
    )
    assert links.ids_in_tags(html) == {"timeline", "note-1", "event-e1"}
    assert links.ids_in_tags('<p>no id="end') == set()


@pytest.mark.parametrize("name", ["photo-001.jpg.960.webp", "Photo_2.JPG~", *map(chr, range(0x300))])
def test_a_files_address_is_percent_encoded_as_quote_does_it(name: str) -> None:
    """Plain names skip ``quote`` (most of a picture's links): every other character is
    still encoded as ``quote`` encodes it."""
    path = f"story/pictures/a{name}b.960.webp"
    assert links.file_url("https://news.example/", path) == "https://news.example/" + quote(path)
