from __future__ import annotations

import html
import json
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from generator.commands.build import build
from generator.i18n.typography import typeset
from generator.render.timelinejs import shown_tag, unlinkable
from tests.conftest import REPO, TEMPLATES, Project, time_limit
from tests.images import photo


def test_timeline_json_follows_the_timelinejs3_format(tmp_path: Path) -> None:
    build(content=str(REPO / "tests/fixtures/small/content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    data = json.loads((tmp_path / "site/alpha/timeline.json").read_text())
    assert data["title"]["text"]["headline"] == "Alpha &amp; the &lt;test&gt; story"
    first, start, reaction, span = data["events"]
    assert first["start_date"] == {"year": "1999"}
    assert first["display_date"] == "c. 1999"
    assert start["start_date"] == {"year": "2021", "month": "3", "day": "1", "hour": "9", "minute": "15"}
    assert start["text"]["headline"] == "It starts"
    assert start["text"]["text"].startswith("<p>The first thing")
    assert start["media"] == {
        "url": "https://example.org/explainers/alpha/media/dot.svg",
        "alt": "A blue dot",
        "caption": "<p>The dot, <em>in blue</em>.</p>",
        "credit": "Fixture Agency",
    }
    # A day placed 'after' a time on it keeps its place in the list.
    assert reaction["start_date"] == {"year": "2021", "month": "3", "day": "1"}
    assert span["end_date"] == {"year": "2021", "month": "3", "day": "4"}
    assert span["display_date"] == "2–4 March 2021"
    assert [e["unique_id"] for e in data["events"]] == [
        "1999-background",
        "2021-03-01-start",
        "2021-03-01-reaction",
        "2021-03-02-span",
    ]


def test_a_negative_utc_offset_keeps_its_hyphen_minus_in_the_json_and_not_on_the_page(
    project: Project,
) -> None:
    # The page writes U+2212, which a line cannot break after; the JSON is data, which
    # the importer reads back, and keeps the ASCII sign, as the ISO datetime does.
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2010-02-27T03:34-03:00\nsummary: Something happened.\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    data = json.loads(Path("site/story-a/timeline.json").read_text())
    assert data["events"][0]["display_date"] == "27 February 2010, 03:34 (UTC-3)"
    page = Path("site/story-a/events/e1/index.html").read_text()
    assert (
        '<time datetime="2010-02-27T03:34-03:00">27\u00a0February 2010, 03:34\u00a0(UTC\u22123)</time>'
        in page
    )


HOSTILE = "<img src=x onerror=alert(1)> <script>alert(2)</script> <a href='javascript:alert(3)'>x</a>"
SAFE_TAGS = {"p", "a", "em", "strong", "code", "br", "ul", "ol", "li", "blockquote", "img"}
SAFE_ATTRIBUTES = {"href", "rel", "title", "src", "alt"}  # an <img> without handlers is inert


class LiveMarkup(HTMLParser):
    """Every element and attribute in a fragment of HTML, as a browser's innerHTML would make them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(name, value or "") for name, value in attrs]


class Text(HTMLParser):
    """A fragment's text, as TimelineJS3's ``stripMarkup`` takes it (the ``textContent``
    of the fragment parsed as HTML)."""

    def __init__(self, fragment: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.feed(fragment)
        self.close()

    def handle_data(self, data: str) -> None:
        self.text += data


def _html_fields(data: Any) -> Iterator[tuple[str, str]]:
    """Every field TimelineJS3 inserts with innerHTML, by where it is in the JSON, as it
    inserts it: the date as shown and the group reduced to their text first
    (``core/TimelineConfig.js``)."""
    slides = [("title", data["title"])] + [(f"events[{i}]", e) for i, e in enumerate(data["events"])]
    for where, slide in slides:
        for key in ("headline", "text"):
            if key in slide.get("text", {}):
                yield f"{where}.text.{key}", slide["text"][key]
        for key in ("display_date", "group"):
            if key in slide:
                yield f"{where}.{key}", Text(slide[key]).text
        for key in ("caption", "credit"):
            if key in slide.get("media", {}):
                yield f"{where}.media.{key}", slide["media"][key]


def test_timeline_json_carries_no_live_markup_from_content(project: Project) -> None:
    quoted = json.dumps(HOSTILE)  # a YAML double-quoted string
    project.write(
        "content/story-a/story.yaml",
        f"""\
        title: {quoted}
        summary: {quoted}
        published: 2020-01-02
        sources:
          src-a:
            publisher: Example News
        """,
    )
    project.write(
        "content/story-a/events/e1.yaml",
        f"""\
        title: {quoted}
        date: 2020-01-01
        display_date: {quoted}
        summary: {quoted}
        tags: [{quoted}]
        figures: [fig-a]
        locations: [loc-a]
        sources: [src-a]
        image:
          src: https://example.org/a.png
          alt: {quoted}
          credit: {quoted}
          caption: {quoted}
        """,
    )
    build(content="content", templates=TEMPLATES, out="site")
    data = json.loads(Path("site/story-a/timeline.json").read_text())
    fields = dict(_html_fields(data))
    assert set(fields) == {
        "title.text.headline",
        "title.text.text",
        "events[0].text.headline",
        "events[0].text.text",
        "events[0].display_date",
        "events[0].group",
        "events[0].media.caption",
        "events[0].media.credit",
    }
    for where, fragment in fields.items():
        parsed = LiveMarkup()
        parsed.feed(fragment)
        parsed.close()
        assert set(parsed.tags) <= SAFE_TAGS, f"{where}: {fragment}"
        for name, value in parsed.attributes:
            assert name in SAFE_ATTRIBUTES and not name.startswith("on"), f"{where}: {fragment}"
            assert not value.strip().lower().startswith("javascript:"), f"{where}: {fragment}"
    # Plain-text fields read as written (typeset: its quotes curly) once TimelineJS inserts them.
    shown = typeset(HOSTILE, "en")
    assert shown != HOSTILE and "<script>" in shown
    assert html.unescape(fields["events[0].display_date"]) == shown
    assert html.unescape(fields["events[0].group"]) == shown_tag(HOSTILE, "en")  # a tag, as pages show it
    assert html.unescape(fields["events[0].media.credit"]) == shown
    assert data["events"][0]["media"]["alt"] == shown  # set as a property, never parsed


def test_links_to_media_in_text_are_absolute_when_the_address_is_known(
    project: Project, tmp_path: Path
) -> None:
    project.write("content/story-a/media/report.pdf", b"%PDF-1.4\n%%EOF\n")
    project.write(
        "content/story-a/events/e1.yaml",
        """\
        title: First event
        date: 2020-01-01
        summary: See [the report](media/report.pdf) and [elsewhere](https://x.example/media/a).
        figures: [fig-a]
        locations: [loc-a]
        sources: [src-a]
        """,
    )
    for base_url, link in ((None, 'href="media/report.pdf"'),
                           ("https://news.example/x/", 'href="https://news.example/x/story-a/media/report.pdf"')):  # fmt: skip
        build(content="content", templates=TEMPLATES, out="site", base_url=base_url)
        text = json.loads(Path("site/story-a/timeline.json").read_text())["events"][0]["text"]["text"]
        assert link in text
        assert 'href="https://x.example/media/a"' in text


def test_pictures_in_the_export_are_files_the_site_has_with_or_without_an_address(project: Project) -> None:
    # The title slide shows the lead picture, as an imported title slide's picture became it.
    project.write("content/story-a/media/lead photo.jpg", photo(1200, 900))
    project.write("content/story-a/media/scene.jpg", photo(800, 600))
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml", story + "image:\n  src: media/lead photo.jpg\n  alt: The lead\n"
    )
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml", event + "image:\n  src: media/scene.jpg\n  alt: A scene\n"
    )
    for base_url in (None, "https://news.example/x/"):
        build(content="content", templates=TEMPLATES, out="site", base_url=base_url)
        data = json.loads(Path("site/story-a/timeline.json").read_text())
        media = [data["title"]["media"], data["events"][0]["media"]]
        assert [m["alt"] for m in media] == ["The lead", "A scene"]
        for m in media:
            url = m["url"].removeprefix(base_url or "")
            path = Path("site") / unquote(url) if base_url else Path("site/story-a") / unquote(url)
            assert path.is_file(), (base_url, m["url"])
        assert media[0]["url"].endswith("pictures/lead%20photo.jpg.1200.jpg")


def groups_of(project: Project, tags: list[list[str]]) -> list[str | None]:
    """The ``group`` of each slide of a story whose events have ``tags``."""
    for old in Path("content/story-a/events").glob("*.yaml"):
        old.unlink()
    for n, event_tags in enumerate(tags, start=1):
        written = f"tags: {json.dumps(event_tags)}\n" if event_tags else ""
        project.write(
            f"content/story-a/events/e{n}.yaml",
            f"title: Event {n}\ndate: 2020-01-{n:02}\nsummary: S.\nsources: [src-a]\n{written}",
        )
    build(content="content", templates=TEMPLATES, out="site")
    return [e.get("group") for e in json.loads(Path("site/story-a/timeline.json").read_text())["events"]]


def test_each_slide_has_its_events_first_tag_as_its_group_as_the_pages_show_it(project: Project) -> None:
    # TimelineJS draws each group on a row of its own, labelled with it (by innerHTML).
    # TimelineJS takes the markup out of a group before that (its text: one escaping
    # undone), so it is escaped twice.
    tags = [["Q&A <live>", "politics"], [], ["protests"], ["Q&A <live>"]]
    live = "Q&amp;amp;A &amp;lt;live&amp;gt;"
    assert groups_of(project, tags) == [live, None, "protests", live]
    # Four rows fit TimelineJS's band under a slide at its default height (the events
    # without a tag make one, unlabelled): more squeeze the slides, so none is given.
    assert groups_of(project, [["a"], ["b"], ["c"], []]) == ["a", "b", "c", None]
    assert groups_of(project, [["a"], ["b"], ["c"], [], ["d"]]) == [None] * 5
    assert groups_of(project, [["a"], ["b"], ["c"], ["d", "e"]]) == ["a", "b", "c", "d"]
    assert groups_of(project, [[], []]) == [None, None]
    # The label the story's filter and pages show, its quotes and dashes set.
    assert groups_of(project, [["L'incendie"], ['"Black" Friday -- and after']]) == [
        "L’incendie",
        "“Black” Friday – and after",
    ]


@pytest.mark.parametrize(
    ("text_html", "unlinked"),
    [
        # TimelineJS would make "www.x'onmouseover=..." a link in href='...': the 'www'
        # is broken where no link is made, in a code span or after a tag.
        (
            "<p><code>see www.x'onmouseover='f()'</code></p>",
            "<p><code>see www<wbr>.x'onmouseover='f()'</code></p>",
        ),
        ("<p>WWW.x.org<em>'s</em></p>", "<p>WWW<wbr>.x.org<em>'s</em></p>"),
        ("www.x&#x27;on=&#x27;f()", "www<wbr>.x&#x27;on=&#x27;f()"),  # its sanitiser writes the character
        ("www.x\u00a0'y", "www<wbr>.x\u00a0'y"),  # &nbsp; to TimelineJS: no space
        # Left as they are: an address up to a space without an apostrophe, and
        # 'www.' in an attribute's value, where TimelineJS's link stays inside its quotes.
        ("<p>See www.example.org and it's done.</p>", "<p>See www.example.org and it's done.</p>"),
        (
            '<a href="https://www.x.org/a\'b" title="www.y\'z">link</a>',
            '<a href="https://www.x.org/a\'b" title="www.y\'z">link</a>',
        ),
        # A 'www.' just before a tag: TimelineJS's link of it takes in the '<a', and the
        # attribute after is text to it, where its 'www.' would become a link too.
        (
            'www.x<a href="https://e.org/?q=www.y\'onmouseover=f()//x" rel="noopener">t</a>',
            'www.x<a href="https://e.org/?q=www<wbr>.y\'onmouseover=f()//x" rel="noopener">t</a>',
        ),
        ('www.x <a href="?www.y\'z" rel="n">t</a>', 'www.x <a href="?www.y\'z" rel="n">t</a>'),
        # After a slash: TimelineJS's own link of 'https://www.x.org/o' is left whole.
        ("<code>https://www.x.org/o'b</code>", "<code>https://www.x.org/o'b</code>"),
        ("<code>a/www.x'b www.y'c</code>", "<code>a/www.x'b www<wbr>.y'c</code>"),
        ("<code>www.a/www.x'b</code>", "<code>www<wbr>.a/www.x'b</code>"),
    ],
)
def test_an_apostrophe_cannot_end_a_link_timelinejs_makes(text_html: str, unlinked: str) -> None:
    assert unlinkable(text_html) == unlinked


def test_a_long_run_of_addresses_is_read_once_not_once_for_each() -> None:
    # Each 'www.' was followed to the end of its run to look for an apostrophe: 64 KB of
    # 'www.' without a space took 22 s, a hostile summary of 400 KB hours.
    text = "www." * 100_000
    with time_limit(10):
        assert unlinkable(text) == text
        assert unlinkable(text + "'") == "www<wbr>." * 100_000 + "'"


@pytest.mark.parametrize("pattern", ["<a", '<a "<" ', '<x"x', "www.<a x=\"www.'www.'\" "])
def test_a_run_of_tags_never_closed_is_read_once_not_once_for_each(pattern: str) -> None:
    # Each '<' was followed to the end of the text for its '>': 80 KB of '<a' after an
    # address with an apostrophe took 47 s. The sanitiser never writes such a '<'.
    text = "www.x'" + pattern * (1_000_000 // len(pattern))
    with time_limit(5):
        assert unlinkable(text).startswith("www<wbr>.x'")


def test_code_with_an_address_and_apostrophes_in_the_export_reads_as_written(project: Project) -> None:
    code = "see www.example.org'onmouseover='f()'"
    summary = json.dumps(f"Type `{code}` here.")
    project.write(
        "content/story-a/events/e1.yaml",
        f"title: First event\ndate: 2020-01-01\nsummary: {summary}\nsources: [src-a]\n"
        f"image:\n  src: https://example.org/a.png\n  alt: A\n  caption: {summary}\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    event = json.loads(Path("site/story-a/timeline.json").read_text())["events"][0]
    for fragment in (event["text"]["text"], event["media"]["caption"]):
        assert "<code>see www<wbr>.example.org'onmouseover='f()'</code>" in fragment
        assert Text(fragment).text == f"Type {code} here."


def test_a_resized_picture_gives_timelinejs_its_smallest_size_as_the_markers_thumbnail(
    project: Project,
) -> None:
    # TimelineJS shows a media's thumbnail on its marker, else an icon of its kind: without
    # one, every marker of a story of photos was the same grey picture icon.
    project.write("content/story-a/media/scene.jpg", photo(1000, 750))
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml", event + "image:\n  src: media/scene.jpg\n  alt: A scene\n"
    )
    for base_url in (None, "https://news.example/x/"):
        build(content="content", templates=TEMPLATES, out="site", base_url=base_url)
        media = json.loads(Path("site/story-a/timeline.json").read_text())["events"][0]["media"]
        assert media["thumbnail"] == (base_url or "") + ("story-a/" if base_url else "") + (
            "pictures/scene.jpg.240.jpg"
        )
        assert Path("site/story-a/pictures/scene.jpg.240.jpg").is_file()
