"""Hostile and broken content: no script reaches a page, no input causes a traceback."""

from __future__ import annotations

import csv
import io
import json
import re
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.commands.build import build
from generator.render.timelinecsv import FORMULA_STARTS
from tests.conftest import MINIMAL, TEMPLATES, Project, site_files

STORY_JSON_HTML = frozenset({"summary", "body", "caption", "note", "text"})
"""The fields of story.json that hold HTML (the rest is plain text or addresses)."""
CSV_HTML = ("Display Date", "Headline", "Text", "Media Credit", "Media Caption", "Group")
"""The columns of timeline.csv that TimelineJS reads as HTML."""


def html_in(data: Any, key: str = "") -> Iterator[str]:
    """Every HTML text of story.json: the fields named in STORY_JSON_HTML and the unknowns."""
    if isinstance(data, dict):
        for name, value in data.items():
            yield from html_in(value, name)
    elif isinstance(data, list):
        for item in data:
            yield from html_in(item, key)
    elif isinstance(data, str) and (key in STORY_JSON_HTML or key == "unknowns"):
        yield data


PAYLOADS = [
    "<script>alert(1)</script>",
    '"><script>alert(1)</script>',
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">a</a>',
    '<a href="JaVaScRiPt:alert(1)">b</a>',
    '<a href="java\tscript:alert(1)">c</a>',
    '<a href="&#106;avascript:alert(1)">d</a>',
    '<a href="&#x6A;avascript&#x3A;alert(1)">e</a>',
    "[f](javascript:alert(1))",
    "[g](JAVASCRIPT:alert(1))",
    "[h](  javascript:alert(1))",
    "[i](vbscript:msgbox(1))",
    "[j](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![k](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "![l](javascript:alert(1))",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<iframe src="https://evil.example"></iframe>',
    "<style>body{display:none}</style>",
    '<form action="https://evil.example"><input name=x><button>go</button></form>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<div style="background:url(javascript:alert(1))" onclick="alert(1)">m</div>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    "</script><script>alert(1)</script>",
    "<details open ontoggle=alert(1)>",
    '<a href="https://ok.example" target="_blank">n</a>',
]
TEXT = json.dumps("\n".join(PAYLOADS))  # a JSON string is a YAML double-quoted string
LINE = json.dumps(" ".join(PAYLOADS))
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")
ALLOWED_META = {
    "charset",
    "viewport",
    "description",
    "color-scheme",
    "twitter:card",
    "twitter:image",
    "robots",
}


THEME_STYLES = {
    ".site-search { display: none; }",
    ".search-form { display: none; } .search-off { display: block; }",
}
"""The theme's own <style> rules, each in a <noscript>: without JavaScript, the header's
search box is hidden, and the search page shows its note in place of its form."""


class Inspector(HTMLParser):
    """Collects everything in a page that could run code or leave the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.in_json: bool = False
        self.in_search_form = False
        """Inside the theme's search form (the header's box or the search page's form)."""
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script":
            if a.get("type") in ("application/ld+json", "application/json"):  # data, never run
                self.in_json = True
            elif (
                not (a.get("src") or "")
                .partition("?")[0]
                .endswith(  # by its version: '?v=...'
                    ("assets/explainer.js", "assets/search.js", "assets/embed-height.js", "assets/share.js")
                )
            ):  # the theme's own
                self.found.append("<script>")
        elif (
            tag in {"button", "select"}
            and (a.get("id") or "").startswith(("filter-", "search-", "embed-", "share-"))
        ):  # the theme's filter, search, embed-code and Share controls (content cannot set ids: nh3 removes them)
            pass
        elif (
            tag == "form"
            and a.get("role") == "search"
            and (a.get("action") or "").endswith(("search/index.html", "search/"))
        ):
            self.in_search_form = True  # the theme's search box or form (content has no forms: nh3)
        elif tag in {"input", "button", "select"} and self.in_search_form:
            pass
        elif tag == "style":
            self.in_style = True  # the theme's own rules are let through, in handle_data
        elif tag == "base" and attrs == [("target", "_blank")]:
            pass  # the embed page's: its links open in a new tab
        elif tag in {"iframe", "frame", "style", "form", "input", "button", "object", "embed",
                     "svg", "math", "base", "textarea", "select"}:  # fmt: skip
            self.found.append(f"<{tag}>")
        elif tag == "meta" and not (
            "charset" in a
            or a.get("name") in ALLOWED_META
            or (a.get("property") or "").startswith("og:")
            or a == {"name": "robots", "content": "noindex"}  # the embed page's
        ):
            self.found.append(f"<meta {a}>")
        elif tag == "link" and a.get("rel") not in ("canonical", "stylesheet", "alternate", "icon"):
            self.found.append(f"<link {a}>")
        for name, value in attrs:
            if name.startswith("on") or name in ("style", "formaction", "srcdoc"):
                self.found.append(f"{tag} {name}=")
            if name in ("href", "src", "action", "xlink:href") and value is not None:
                # As a browser's URL parser reads it: tabs and newlines removed anywhere,
                # control characters and spaces trimmed at the ends.
                url = re.sub(r"[\t\n\r]", "", value).strip("".join(map(chr, range(33)))).lower()
                if url.startswith(BAD_SCHEMES):
                    self.found.append(f"{tag} {name}={value}")
            if tag == "link" and name == "href" and value and value.startswith("http") and "evil" in value:
                self.found.append(f"link to {value}")

    def handle_data(self, data: str) -> None:
        if self.in_style and data not in THEME_STYLES:
            self.found.append("<style>")
        if self.in_json:
            json.loads(data)
            if "<" in data:
                self.found.append("'<' inside JSON")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_json = False
        elif tag == "form":
            self.in_search_form = False
        elif tag == "style":
            self.in_style = False


def dangers(html: str) -> list[str]:
    inspector = Inspector()
    inspector.feed(html)
    return inspector.found


def test_the_inspector_catches_each_payload_when_unsanitised() -> None:
    """The checker below is only as good as this: raw payloads must all be caught."""
    for payload in PAYLOADS[:-1]:
        if payload.startswith("<scr<"):
            continue  # only dangerous once a naive filter strips "<script>"; harmless raw
        html = markdown.markdown(payload) if payload.startswith(("[", "!")) else payload
        assert dangers(html), payload


@pytest.fixture
def hostile(project: Project) -> Project:
    project.write(
        "content/site.yaml", f"title: {LINE}\ndescription: {LINE}\nbase_url: https://example.org/x/\n"
    )
    project.write(
        "content/story-a/story.yaml",
        textwrap.dedent(f"""\
        title: {LINE}
        summary: {TEXT}
        published: 2020-01-02
        byline: {LINE}
        unknowns: [{TEXT}]
        key_numbers:
          - value: {LINE}
            label: {LINE}
            note: {TEXT}
        sources:
          src-a:
            publisher: {LINE}
            title: {LINE}
            url: https://example.org/?q=%22%3E%3Cscript%3E
        """),
    )
    project.write(
        "content/story-a/events/e1.yaml",
        textwrap.dedent(f"""\
        title: {LINE}
        date: 2020-01-01
        display_date: {LINE}
        summary: {TEXT}
        body: {TEXT}
        figures: [fig-a]
        locations: [loc-a]
        sources: [src-a]
        tags: [{LINE}]
        quotes:
          - text: {TEXT}
            by: {LINE}
        image:
          src: https://example.org/a.jpg
          alt: {LINE}
          credit: {LINE}
          caption: {TEXT}
        """),
    )
    project.write("content/story-a/figures/fig-a.yaml", f"name: {LINE}\nrole: {LINE}\nsummary: {TEXT}\n")
    project.write("content/story-a/locations/loc-a.yaml", f"name: {LINE}\nkind: {LINE}\nsummary: {TEXT}\n")
    return project


def test_no_payload_survives_into_any_output(hostile: Project) -> None:
    build(content="content", templates=TEMPLATES, out="site", drafts=True)
    files = site_files(hostile.root / "site")
    checked = 0
    rows_checked = summaries_checked = 0  # the loops below assert nothing over no rows
    for path, data in files.items():
        if path.startswith("pagefind/") or path.endswith("/card.png"):
            # The search index is compressed; the search page shows what it finds as text
            # and <mark> only (assets/search.js; tests/test_search_page.py checks it).
            continue
        text = data.decode()
        if path.endswith(".html"):
            assert dangers(text) == [], path
            checked += 1
        elif path.endswith("oembed.json"):
            # Our iframe and script, and nothing a title could add to them.
            assert dangers(json.loads(text)["html"]) == ["<iframe>", "iframe style=", "<script>"], path
        elif path.endswith("story.json"):
            texts = list(html_in(json.loads(text)))
            assert len(texts) >= 8 and all(dangers(html) == [] for html in texts), path
        elif path.endswith("timeline.csv"):
            header, *rows = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
            for row in rows:
                rows_checked += 1
                cells = dict(zip(header, row, strict=True))
                assert all(dangers(cells[column]) == [] for column in CSV_HTML), path
                assert "<" not in cells["Headline"] and "<" not in cells["Group"], path
                assert not any(cell.startswith(FORMULA_STARTS) for cell in row), path
        elif path.endswith(".json"):
            timeline = json.loads(text)
            for slide in [timeline["title"], *timeline["events"]]:
                assert "<" not in slide["text"]["headline"]
                assert dangers(slide["text"]["text"]) == [], path
        elif path == "feed.xml":
            for node in ET.fromstring(text).iter():
                if node.tag.endswith("summary"):
                    summaries_checked += 1
                    assert dangers(node.text or "") == [], path
    assert checked == 9  # home, 404, search, story, event, figure, location, the two embed pages
    assert rows_checked >= 1 and summaries_checked >= 1  # the event's row; its entry in the feed
    assert {"story-a/story.json", "story-a/timeline.csv"} <= files.keys()
    assert "ok.example" in files["story-a/events/e1/index.html"].decode()  # ordinary links survive


# --- property-based: whatever the bytes, exit 0 or 1 with positions; never a traceback -----

YAMLISH = st.text(alphabet=":-[]{}'\"\n #&*!|>%@`\t,?abcz09é\x00\x7f\ufeff", max_size=12)
ERROR_LINE = re.compile(
    r"^(content/\S+?:\d+:(\d+:)? .+|\d+ errors?(, \d+ warnings?)?; nothing was built or changed"
    r"|note: YAML reads a file no further than its first syntax error; .+)$"
)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    base = MINIMAL["content/story-a/events/e1.yaml"]
    base = textwrap.dedent(base)
    if draw(st.booleans()):
        return draw(st.binary(max_size=200))
    text = base
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 8))
        text = text[:at] + draw(YAMLISH) + text[at + cut :]
    return text.encode("utf-8", "surrogatepass")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=mutated())
def test_any_mutation_builds_or_fails_cleanly(
    project: Project, data: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    if not (project.root / "site").exists():
        assert main(["build", "--templates", TEMPLATES]) == 0
    before = site_files(project.root / "site")
    capsys.readouterr()
    project.write("content/story-a/events/e1.yaml", data)
    code = main(["build", "--templates", TEMPLATES])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    after = site_files(project.root / "site")
    if code == 1:
        lines = err.splitlines()
        assert lines and all(ERROR_LINE.match(line) for line in lines), err
        assert after == before
    else:
        assert code == 0, err
        reference = project.root.parent / f"{project.root.name}-reference"
        build(content="content", templates=TEMPLATES, out=str(reference), force=True)
        assert after == site_files(reference)
