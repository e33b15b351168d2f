"""``timeline.json`` in TimelineJS itself, as a newsroom that embeds it would show a story.

The npm release the Makefile installs (its built script and style, served from this
machine, as a newsroom hosting TimelineJS would) runs in Chromium on a page that points
``TL.Timeline`` at the story's export. Every request to another origin is refused, so no
test reaches a third party: TimelineJS's style and translations come from its
``script_path`` (here the served copy), and the typefaces its default ``font`` asks
Google Fonts for are refused; it works without them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from generator.commands.build import build
from generator.i18n.typography import typeset
from tests.conftest import MINIMAL, REPO, TEMPLATES, Project, seed_content
from tests.crawl import serve
from tests.images import photo

TIMELINEJS = REPO / ".venv" / "node" / "node_modules" / "@knight-lab" / "timelinejs"

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>An article</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="timelinejs/css/timeline.css">
<script src="timelinejs/js/timeline.js"></script></head>
<body><h1>An article</h1>
<div id="timeline" style="width: 900px; height: 650px"></div>
<script>
window.__hit = 0;
window.timeline = new TL.Timeline("timeline", {source}, {options});
</script></body></html>
"""
"""A newsroom's article embedding TimelineJS from its own server (``script_path``)."""


def timelinejs_dist() -> Path:
    """The installed release's ``dist/`` (its script, style, fonts and translations)."""
    dist = TIMELINEJS / "dist"
    if not (dist / "js" / "timeline.js").exists():
        if os.environ.get("CI") == "true":
            pytest.fail("TimelineJS is not installed; `make test` installs it with npm")
        pytest.skip("TimelineJS is not installed (needs npm; see the Makefile)")
    return dist


class Served:
    """A folder served on this machine: the built sites under ``site-<name>/``, TimelineJS
    under ``timelinejs/`` and the articles that embed it."""

    def __init__(self, root: Path, url: str) -> None:
        self.root = root
        self.url = url

    def build(self, name: str, content: Path) -> str:
        """Build ``content`` at its address here; that address."""
        base_url = f"{self.url}site-{name}/"
        build(
            content=str(content), templates=TEMPLATES, out=str(self.root / f"site-{name}"), base_url=base_url
        )
        return base_url

    def article(self, name: str, source: str, **options: Any) -> str:
        """An article that shows ``source`` in TimelineJS (with ``options``); its address."""
        options = {"script_path": f"{self.url}timelinejs/js/", **options}
        page = PAGE.format(source=json.dumps(source), options=json.dumps(options))
        (self.root / f"{name}.html").write_text(page, encoding="utf-8")
        return f"{self.url}{name}.html"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    dist = timelinejs_dist()
    root = tmp_path_factory.mktemp("timelinejs")
    (root / "timelinejs").symlink_to(dist, target_is_directory=True)
    with serve(root) as url:
        yield Served(root, url)


class Shown:
    """An article's TimelineJS in a page, and what happened on the way: requests to other
    origins (refused), dialogs (dismissed), script errors."""

    def __init__(self, browser: Any, served: Served, article: str, **context: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1000, "height": 800}, **context)
        self.page = self.context.new_page()
        self.elsewhere: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route(served.url))
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(article)
        self.page.wait_for_function(
            "document.querySelector('.tl-storyslider .tl-slide') !== null"
            " || [...document.querySelectorAll('.tl-message-full')].some(e => /error/i.test(e.textContent))"
        )
        # Let the first slides' media and the markers settle.
        self.page.wait_for_load_state("networkidle")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, origin: str) -> Any:
        def route(r: Any) -> None:
            if r.request.url.startswith(origin) or r.request.url.startswith("data:"):
                r.continue_()
            else:
                self.elsewhere.append(r.request.url)
                r.abort()

        return route

    def __enter__(self) -> Shown:
        return self

    def __exit__(self, *exc: object) -> None:
        self.context.close()

    def js(self, script: str) -> Any:
        return self.page.evaluate(script)

    def headline(self) -> str:
        """The headline of the slide in view."""
        return str(self.js(CURRENT + "current().querySelector('.tl-headline').textContent"))

    def next(self) -> None:
        before = self.js("timeline.current_id")
        self.page.click(".tl-slidenav-next")
        self.page.wait_for_function(f"timeline.current_id !== {json.dumps(before)}")
        self.settled()

    def settled(self) -> None:
        """Wait for the slide of ``timeline.current_id`` to have slid into view."""
        self.page.wait_for_function(CURRENT + "current() !== null && current().id === timeline.current_id")

    def fonts_only(self) -> bool:
        """Whether every request to another origin (refused) was for TimelineJS's own
        default typefaces, from Google Fonts (its ``font`` option): the export asks for
        nothing elsewhere, and the timeline works without them."""
        return all(urlsplit(url).hostname in GOOGLE_FONTS for url in self.elsewhere)

    def message(self) -> str:
        """What TimelineJS's own message box says ('Error: ...'): it takes it away once
        the timeline is ready, so nothing when all went well."""
        return str(
            self.js("[...document.querySelectorAll('.tl-message-full')].map(e => e.textContent).join(' ')")
        )


GOOGLE_FONTS = frozenset({"fonts.googleapis.com", "fonts.gstatic.com"})

CURRENT = """
var current = () => {
  const box = document.querySelector('.tl-storyslider').getBoundingClientRect();
  const inside = [...document.querySelectorAll('.tl-storyslider .tl-slide')].filter(s => {
    const r = s.getBoundingClientRect();
    return Math.abs(r.left - box.left) < 2 && r.width > 0;
  });
  return inside.length === 1 ? inside[0] : null;
};
"""
"""``current()``: the slide that fills the slider (``null`` while one slides in)."""
LOADED = (
    "(i => i !== null && i.complete && i.naturalWidth > 0)(current().querySelector('img.tl-media-image'))"
)
"""Whether the picture of the slide in view has loaded (and is a picture)."""
SOURCE = "(i => [i.src, i.alt])(current().querySelector('img.tl-media-image'))"
"""The address and alt text of the picture of the slide in view."""


def story_a(root: Path) -> Path:
    """A small story with a lead picture, of four published events, a draft and one taken
    out: a year alone, a time with a picture, a span and a day; Markdown, tags that make
    three groups; its content folder."""
    project = Project(root)
    for rel, text in MINIMAL.items():
        project.write(rel, text)
    project.write(
        "content/story-a/story.yaml",
        """\
        title: Story A
        summary: What story A is *about*.
        published: 2021-03-06
        image:
          src: media/lead.jpg
          alt: The city from above
        sources:
          src-a:
            publisher: Example News
        """,
    )
    project.write("content/story-a/media/scene.jpg", photo(800, 600))
    project.write("content/story-a/media/lead.jpg", photo(1200, 800, seed=2))
    common = "figures: [fig-a]\nlocations: [loc-a]\nsources: [src-a]\n"
    events = {
        "e1": "title: Long before\ndate: 1999\nsummary: It began *long* before, as [the agency](https://example.org/agency) says.\n"
        "tags: [background]\n",
        "e2": "title: The square fills\ndate: 2021-03-01T09:15\nsummary: Crowds **gather**.\ntags: [protests]\n"
        "image:\n  src: media/scene.jpg\n  alt: People in the square\n  caption: The square, *at dawn*.\n"
        "  credit: Example Agency\n",
        "e3": "title: Talks go on\ndate: 2021-03-02\nend: 2021-03-04\nsummary: Three days of talks.\n"
        "tags: [politics, protests]\n",
        "e4": "title: A new cabinet\ndate: 2021-03-05\nsummary: Named at last.\n",
        "e5": "title: Not yet published\ndate: 2021-03-06\nsummary: A draft.\ndraft: true\n",
        "e6": "title: Taken out\ndate: 2021-03-03\nsummary: Unconfirmed.\n"
        "removed:\n  date: 2021-03-06\n  reason: We could not confirm it.\n",
    }
    project.remove("content/story-a/events/e1.yaml")
    for name, text in events.items():
        project.write(f"content/story-a/events/{name}.yaml", text + common)
    return root / "content"


def test_timelinejs_shows_the_story_from_its_export(browser: Any, served: Served, tmp_path: Path) -> None:
    site = served.build("a", story_a(tmp_path))
    data = json.loads((served.root / "site-a/story-a/timeline.json").read_text(encoding="utf-8"))
    headlines = [e["text"]["headline"] for e in data["events"]]
    # Neither the draft nor the event taken out.
    assert headlines == ["Long before", "The square fills", "Talks go on", "A new cabinet"]
    with Shown(browser, served, served.article("a", f"{site}story-a/timeline.json")) as shown:
        assert shown.message() == ""  # no error, nor 'Loading' left showing
        assert shown.js("document.querySelectorAll('.tl-storyslider .tl-slide').length") == 1 + len(headlines)
        assert shown.headline() == "Story A"  # the title slide first
        summary = shown.js(CURRENT + "current().querySelector('.tl-text-content').innerHTML")
        assert "<em>about</em>" in summary
        # The lead picture, as the title slide's.
        lead = data["title"]["media"]["url"]
        assert lead.startswith(site)
        shown.page.wait_for_function(CURRENT + LOADED)
        assert shown.js(CURRENT + SOURCE) == [lead, "The city from above"]

        # The markers under the slides: one per event, by date, on the rows of their groups.
        markers = shown.js(
            "[...document.querySelectorAll('.tl-timemarker .tl-headline')].map(e => e.textContent)"
        )
        assert sorted(markers) == sorted(headlines)
        groups = shown.js("[...document.querySelectorAll('.tl-timegroup-message')].map(e => e.textContent)")
        assert groups == ["background", "protests", "politics", ""]  # the untagged event's row: unlabelled

        shown.next()
        assert shown.headline() == "Long before"
        assert shown.js(CURRENT + "current().querySelector('.tl-headline-date').textContent") == "1999"
        link = shown.js(
            CURRENT + "(a => [a.textContent, a.href])(current().querySelector('.tl-text-content a'))"
        )
        assert link == ["the agency", "https://example.org/agency"]
        assert shown.js(CURRENT + "current().querySelector('.tl-text-content em').textContent") == "long"

        shown.next()
        assert shown.headline() == "The square fills"
        assert (
            shown.js(CURRENT + "current().querySelector('.tl-text-content strong').textContent") == "gather"
        )
        # The event's picture, from the site: its address resolves, the image shows.
        url = data["events"][1]["media"]["url"]
        assert url.startswith(site)
        shown.page.wait_for_function(CURRENT + LOADED)
        assert shown.js(CURRENT + SOURCE) == [url, "People in the square"]
        caption = shown.js(CURRENT + "current().querySelector('.tl-caption').innerHTML")
        assert "<em>at dawn</em>" in caption
        assert shown.js(CURRENT + "current().querySelector('.tl-credit').textContent") == "Example Agency"

        shown.next()
        shown.next()
        assert shown.headline() == "A new cabinet"  # the last event
        assert shown.js("document.querySelector('.tl-slidenav-next').offsetParent") is None  # no further
        assert shown.dialogs == shown.errors == []
        assert shown.fonts_only()


def test_timelinejs_shows_the_seed_story(browser: Any, served: Served, tmp_path: Path) -> None:
    site = served.build("seed", seed_content(tmp_path / "content"))
    data = json.loads((served.root / "site-seed/kyrgyzstan-2010/timeline.json").read_text(encoding="utf-8"))
    with Shown(browser, served, served.article("seed", f"{site}kyrgyzstan-2010/timeline.json")) as shown:
        assert shown.message() == ""
        slides = shown.js("document.querySelectorAll('.tl-storyslider .tl-slide').length")
        assert slides == 1 + len(data["events"]) == 14
        assert shown.headline() == data["title"]["text"]["headline"]
        shown.next()
        assert shown.headline() == "Bakiyev comes to power"
        shown.next()
        assert shown.headline() == "Uprising ousts President Bakiyev"
        shown.page.click(".tl-menubar-button:has(.tl-icon-goend)")
        shown.page.wait_for_function(f"timeline.current_id === {json.dumps(data['events'][-1]['unique_id'])}")
        shown.settled()
        assert shown.headline() == data["events"][-1]["text"]["headline"]
        assert shown.dialogs == shown.errors == []
        assert shown.fonts_only()


HOSTILE = (
    '<img src=x onerror="__hit++; alert(1)"> <svg onload=__hit++></svg> <script>__hit++</script>'
    " <a href='javascript:__hit++'>x</a> <b onclick=__hit++>b</b> <iframe src='javascript:__hit++'></iframe>"
)
"""Markup that sets ``window.__hit`` (or opens a dialog) wherever a browser makes it live."""


def hostile_story(root: Path) -> Path:
    """A story whose every text an editor writes is ``HOSTILE``: titles, summaries, the
    date as shown, the tag that makes the group, a picture's caption, credit and alt
    text, a source's title; its content folder."""
    project = Project(root)
    for rel, text in MINIMAL.items():
        project.write(rel, text)
    quoted = json.dumps(HOSTILE)  # a YAML double-quoted string
    project.write("content/story-a/media/scene.jpg", photo(400, 300))
    project.write(
        "content/story-a/story.yaml",
        f"title: {quoted}\nsummary: {quoted}\npublished: 2020-01-02\n"
        f"sources:\n  src-a:\n    publisher: {quoted}\n    title: {quoted}\n    url: https://example.org/a\n",
    )
    project.write(
        "content/story-a/events/e1.yaml",
        f"title: {quoted}\ndate: 2020-01-01\ndisplay_date: {quoted}\nsummary: {quoted}\ntags: [{quoted}]\n"
        f"figures: [fig-a]\nlocations: [loc-a]\nsources: [src-a]\n"
        f"image:\n  src: media/scene.jpg\n  alt: {quoted}\n  credit: {quoted}\n  caption: {quoted}\n",
    )
    project.write(
        "content/story-a/events/e2.yaml",
        f"title: A plain event\ndate: 2020-01-02\nsummary: Nothing more.\ntags: [{quoted}]\nsources: [src-a]\n",
    )
    return root / "content"


LIVE = """
[...document.querySelectorAll('#timeline *')].flatMap(e => [
  ...(['SCRIPT', 'IFRAME', 'SVG', 'svg', 'OBJECT', 'EMBED'].includes(e.tagName) ? [e.tagName] : []),
  ...[...e.attributes].filter(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value))
     .filter(a => !(e.matches('a.tl-makelink') && a.name === 'onclick' && a.value === 'void(0)'))
     .map(a => e.tagName + ' ' + a.name + '=' + a.value),
])
"""
"""Every element or attribute in the timeline that could run a script (but the
``onclick="void(0)"`` TimelineJS gives each link it makes of an address in a text)."""


def test_no_script_in_content_runs_in_timelinejs(browser: Any, served: Served, tmp_path: Path) -> None:
    site = served.build("hostile", hostile_story(tmp_path))
    data = json.loads((served.root / "site-hostile/story-a/timeline.json").read_text(encoding="utf-8"))
    assert data["events"][0]["group"]  # the tag is the slides' group
    with Shown(browser, served, served.article("hostile", f"{site}story-a/timeline.json")) as shown:
        assert shown.message() == ""
        shown.next()
        shown.page.wait_for_function(CURRENT + LOADED)
        shown.next()
        shown.page.wait_for_timeout(300)  # any handler left to fire
        assert shown.js("window.__hit") == 0
        assert shown.dialogs == []
        assert shown.js(LIVE) == []
        # The texts TimelineJS shows as plain text read as written.
        shown.page.click(".tl-slidenav-previous")
        shown.settled()
        date = shown.js(CURRENT + "current().querySelector('.tl-headline-date').textContent")
        assert date == typeset(HOSTILE, "en")  # as written (its quotes curly, as on the pages)
        groups = shown.js("[...document.querySelectorAll('.tl-timegroup-message')].map(e => e.textContent)")
        assert groups == [typeset(HOSTILE, "en")]  # the tag as the pages show it, its quotes curly
        assert shown.errors == []
        assert shown.fonts_only()


CODE = "see www.example.org'onmouseover='__hit++'style='position:fixed;inset:0;display:block'"
"""An address in a code span (which keeps its straight quotes) that TimelineJS's
``autolink`` would make a link of: up to the next space, in ``href='...'``."""


def test_an_address_in_a_text_does_not_become_an_attribute_in_timelinejs(
    browser: Any, served: Served, tmp_path: Path
) -> None:
    project = Project(tmp_path)
    for rel, text in MINIMAL.items():
        project.write(rel, text)
    summary = json.dumps(f"Type `{CODE}` here.")
    project.write("content/story-a/media/scene.jpg", photo(400, 300))
    project.write(
        "content/story-a/events/e1.yaml",
        f"title: First event\ndate: 2020-01-01\nsummary: {summary}\nsources: [src-a]\n"
        f"image:\n  src: media/scene.jpg\n  alt: A scene\n  caption: {summary}\n",
    )
    site = served.build("linkified", tmp_path / "content")
    with Shown(browser, served, served.article("linkified", f"{site}story-a/timeline.json")) as shown:
        shown.next()
        shown.page.wait_for_function(CURRENT + LOADED)
        for x, y in ((100, 100), (500, 300), (300, 600), (800, 200)):
            shown.page.mouse.move(x, y)
        shown.page.wait_for_timeout(100)
        assert shown.js("window.__hit") == 0
        assert shown.js(LIVE) == []
        # The code reads as written, in the text and the caption.
        codes = shown.js(CURRENT + "[...current().querySelectorAll('code')].map(e => e.textContent)")
        assert codes == [CODE, CODE]
        assert shown.errors == []


def arabic_story(root: Path) -> Path:
    """A story in Arabic: a time late in the day with its UTC offset, and a span; its content folder."""
    project = Project(root)
    project.write("content/site.yaml", "title: Test site\n")
    project.write(
        "content/story-ar/story.yaml",
        "title: قصة الاختبار\nsummary: ما حدث في ثلاثة أيام.\npublished: 2021-03-06\nlanguage: ar\n"
        "sources:\n  src-a:\n    publisher: وكالة\n",
    )
    project.write(
        "content/story-ar/events/late.yaml",
        "title: الحدث الأول\ndate: 2021-03-01T23:30+03:00\nsummary: في آخر الليل.\nsources: [src-a]\n",
    )
    project.write(
        "content/story-ar/events/talks.yaml",
        "title: محادثات\ndate: 2021-03-02\nend: 2021-03-04\nsummary: ثلاثة أيام.\nsources: [src-a]\n",
    )
    return root / "content"


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])  # UTC+14, UTC-11
def test_dates_read_as_the_pages_say_them_in_any_time_zone_and_language(
    browser: Any, served: Served, tmp_path: Path, zone: str
) -> None:
    # TimelineJS places a date in the reader's time zone; the date it shows is the
    # export's own, so a reader a day ahead of or behind the story reads the same date.
    name = f"ar-{zone.rpartition('/')[2]}"
    site = served.build(name, arabic_story(tmp_path))
    data = json.loads((served.root / f"site-{name}/story-ar/timeline.json").read_text(encoding="utf-8"))
    article = served.article(name, f"{site}story-ar/timeline.json", language="ar")
    with Shown(browser, served, article, timezone_id=zone) as shown:
        assert shown.message() == ""
        assert shown.js(
            "document.querySelector('#timeline').classList.contains('tl-rtl')"
        )  # its translation's
        dates = shown.js(
            "[...document.querySelectorAll('.tl-storyslider .tl-slide')].slice(1)"
            ".map(s => s.querySelector('.tl-headline-date').textContent)"
        )
        assert dates == [e["display_date"] for e in data["events"]]
        assert dates == ["1 مارس 2021، 23:30 (بتوقيت UTC+3)", "2–4 مارس 2021"]
        # The markers in date order, the span as long as its three days.
        markers = shown.js(
            "[...document.querySelectorAll('.tl-timemarker')].map(m => (r => [r.left, r.width])"
            "(m.getBoundingClientRect()))"
        )
        (late, _), (talks, width) = markers
        assert late < talks and width > 100
        assert shown.errors == []
        assert shown.fonts_only()
