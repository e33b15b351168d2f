"""Markdown conversion in bounded time: every shape known to make Python-Markdown
quadratic (or recurse past Python's limit) is either named by ``markdown_problem`` or
converted well within the time limit, at every size up to a content file's 1 MB."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import markdown
import nh3
import pytest
from markupsafe import Markup

from generator.commands.build import build
from generator.i18n import typography
from generator.markdown import markup, rules
from generator.markdown.markup import MarkdownConverter, markdown_problem, markdown_problem_at, plain_text
from tests.conftest import TEMPLATES, Project, time_limit

LIMIT = 2.0
"""Seconds one text may take, check and conversion together."""

SHAPES: dict[str, Callable[[int], str]] = {
    "[": lambda n: "[" * n,
    "<div ": lambda n: "<div " * n,
    "[*": lambda n: "[*" * n,
    "![": lambda n: "![" * n,
    "[a](": lambda n: "[a](" * n,
    "[](": lambda n: "[](" * n,
    "[a](<": lambda n: "[a](<" * n,
    "[a](b ": lambda n: '[a](b "' * n,
    "![](": lambda n: "![](" * n,
    "[<": lambda n: "[<" * n,
    "`[": lambda n: "`[" * n,
    "[`]`": lambda n: "[`]`" * n,
    "[[]]": lambda n: "[" * n + "]" * n,
    "<a ": lambda n: "<a " * n,
    "<a b='>": lambda n: "<a b='>" * n + "'",
    "<http": lambda n: "<http://" * n,
    "<!--": lambda n: "<!--" * n,
    "<?": lambda n: "<?" * n,
    "<![CDATA[": lambda n: "<![CDATA[" * n,
    "<b>a</b>": lambda n: "<b>a</b>" * n,
    "[a](b)": lambda n: "[a](b) " * n,
    "a\\*": lambda n: "a\\*" * n,
    "*_": lambda n: "*_" * n,
    "*a": lambda n: "*a" * n,
    "&amp;": lambda n: "&amp;" * n,
    "`a`": lambda n: "`a` " * n,
    "*": lambda n: "*" * n,
    "_": lambda n: "_" * n,
    "`": lambda n: "`" * n,
    "<": lambda n: "<" * n,
    "- [": lambda n: "- [\n" * n,
    "- ": lambda n: "- " * n + "a",
    "1. ": lambda n: "1. " * n + "a",
    "> ": lambda n: "> " * n + "a",
    "nested lists": lambda n: "".join("    " * i + "- a\n" for i in range(min(n, 600))),
    "long list": lambda n: "- a _b_\n" * n,
    "references": lambda n: "".join(f"[r{i}]: https://example.org/{i}\n" for i in range(n)) + "[r1] _x_ " * n,
    "paragraphs": lambda n: "Some *words* & a [link](https://example.org/a).\n\n" * n,
    # Quotes are the smarty extension's inline patterns: each one set copies its paragraph.
    "\"'": lambda n: "\"'" * n,
    "\"' then *": lambda n: "\"'" * n + " *a*",  # not prose: Python-Markdown's
    # Elements left open: the sanitiser looks through them all at each block's tag (22,000
    # in paragraphs of 2,000, each under the other limits, took 5.5 s).
    "<ul><li>": lambda n: ("a " + "<ul><li>" * 2_000 + "b\n\n") * min(11, max(1, n // 16_000)),
}

SIZES = (300, 1_000, 3_000, 10_000, 30_000, 100_000, 300_000)
MAX_BYTES = 900_000


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_pathological_shape_is_checked_and_converted_in_bounded_time(shape: str) -> None:
    for n in SIZES:
        text = SHAPES[shape](n)
        if len(text.encode()) > MAX_BYTES:
            break
        md = MarkdownConverter()
        started = (
            time.process_time()
        )  # this process's own work: other processes on a busy machine do not count
        with time_limit(LIMIT * 10):
            markdown_problem(text)
            html = str(md(text))
        took = time.process_time() - started
        assert took < LIMIT, f"{shape!r} x {n} ({len(text):,} characters) took {took:.2f} s"
        assert "<script" not in html


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[" * 20_000, "a Markdown paragraph of 20,000 characters has too much markup"),
        ("<div " * 20_000, "a Markdown paragraph of 100,000 characters has too much markup"),
        ("<a href='x'>\n\n" * 30 + "<div \n\n" * 3_000, "Markdown text has too many '<' that do not close"),
        ("[*" * 10_000, "a Markdown paragraph of 20,000 characters has too much markup"),
        ("\"'" * 50_000 + "*", "a Markdown paragraph of 100,001 characters has too much markup"),
        # A line break (two spaces at a line's end), '--' and '...' are inline patterns too.
        ("a  \n" * 45_000 + "*a*", "a Markdown paragraph of 180,003 characters has too much markup"),
        ("-- " * 60_000 + "*a*", "a Markdown paragraph of 180,003 characters has too much markup"),
        ("... " * 45_000 + "*a*", "a Markdown paragraph of 180,003 characters has too much markup"),
        # Python-Markdown finds each block among its siblings by a search through them all:
        # 40,000 headings or list items took 18 s a conversion.
        ("# a\n" * 10_000, "Markdown text of 10,000 blocks (headings, list items, quotes"),
        ("- a\n" * 3_001, "Markdown text of 3,001 blocks (headings, list items, quotes"),
        ("> a\n\n" * 10_000, "Markdown text of 10,000 blocks (headings, list items, quotes"),
        ("1. a\n" * 10_000 + "\n\n*a*", "Markdown text of 10,001 blocks (headings, list items, quotes"),
        ("a\n=\n" * 8_000, "Markdown text of 8,000 blocks (headings, list items, quotes"),
        ("a\n \n" * 8_000, "Markdown text of 7,999 blocks (headings, list items, quotes"),
        ("- " * 500 + "a", "Markdown lists or quotes nested 500 levels deep (at most 50); flatten them"),
        (
            ("a " + "<ul><li>" * 1_000 + "b\n\n") * 2,
            "Markdown text has more than 3,000 HTML tags, too many to make safe in reasonable time; "
            "move part of it into another text",
        ),
        (
            "word " * 50_000,
            "Markdown text of 250,000 characters is too long to convert (at most 200,000); move part of "
            "it into another text (the body of another event, or of a new one), or join short "
            "paragraphs and list items into fewer",
        ),
    ],
)
def test_costly_markdown_is_named_in_one_line(text: str, expected: str) -> None:
    problem = markdown_problem(text)
    assert problem is not None and problem.startswith(expected)
    assert "\n" not in problem


def test_html_of_too_many_tags_is_told_at_the_first_past_the_limit() -> None:
    # However they are closed: an end tag in a comment or an attribute's value closes nothing.
    text = "<div><!-- </div> -->\n\n" * 3_000 + "<dl><dd>one too many"
    assert markdown_problem_at(text) == (markdown_problem(text), 3_000 * 22)
    assert markdown_problem("<div><a title='</div>'>\n\n" * 1_501) is not None
    # Tags of elements without an end tag never stay open; nor does a text of 3,000 tags.
    assert markdown_problem("<br><img src=x><hr>\n\n" * 2_000) is None
    assert markdown_problem("<div>\n\n" * 3_000) is None


ORDINARY = [
    'A *summary* with [a link](https://example.org/a_b) and `code`, & an <abbr title="x">abbr</abbr>.',
    '# Heading\n\n- one\n- two [x](https://example.org/ "title (with parens)")\n\n> quoted _text_\n\n1. a\n2. b',
    "Paragraph with a\nsoft break, an image ![alt](media/a.png) and a footnote-like [1].\n\n    code block\n",
    "<div>raw <b>html</b></div>\n\n<!-- a comment -->\n\nText after.",
    "- level 1\n    - level 2\n        - level 3\n            > quote in a list\n",
    "A long paragraph: " + "with [links](https://example.org/) and *emphasis* " * 300,
    "Many paragraphs.\n\n" + "Text with an_underscore & [a link](https://example.org/).\n\n" * 2_000,
    "A list of 2,500 items:\n\n" + "- an item\n" * 2_500 + "\n*The end*",
    "A paragraph of *many* lines, one block:\n" + "a line of words\n" * 6_000,
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_markdown_is_accepted_and_converted_as_before(text: str) -> None:
    assert markdown_problem(text) is None
    raw = markdown.Markdown(extensions=["sane_lists"], output_format="html").convert(text)
    # Headings below the page's title: the highest at h2, the others after it in order.
    order = sorted(set(re.findall(r"<h([1-6])\b", raw)))
    raw = re.sub(r"<(/?)h([1-6])\b", lambda m: f"<{m[1]}h{min(2 + order.index(m[2]), 6)}", raw)
    sanitised = nh3.clean(
        raw,
        tags=set(rules.HTML_TAGS),
        attributes=markup.ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
    assert str(MarkdownConverter()(text)) == sanitised


def test_costly_markdown_that_reaches_the_renderer_is_shown_as_escaped_text() -> None:
    text = "<b>bold</b> " + "[" * 20_000
    html = str(MarkdownConverter()(text))
    assert html == "<p>&lt;b&gt;bold&lt;/b&gt; " + "[" * 20_000 + "</p>"


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Intro.\n\n## A subheading", ["h2"]),
        ("# Top\n\ntext\n\n## Under it", ["h2", "h3"]),
        ("## A\n\n#### B\n\n## C", ["h2", "h3", "h2"]),  # a skipped level closed up
        ("###### Deep", ["h2"]),
        ("# 1\n\n## 2\n\n### 3\n\n#### 4\n\n##### 5\n\n###### 6", ["h2", "h3", "h4", "h5", "h6", "h6"]),
    ],
)
def test_an_editors_headings_come_below_the_pages_title_without_skipping_a_level(
    text: str, levels: list[str]
) -> None:
    html = MarkdownConverter()(text)
    assert re.findall(r"<(h[1-6])>", html) == levels
    assert re.findall(r"</(h[1-6])>", html) == levels


@pytest.mark.parametrize(
    ("text", "html"),
    [
        (
            "See ![a pixel](https://evil.example/p.png) here.",
            '<p>See <a href="https://evil.example/p.png" rel="noopener noreferrer">a pixel</a> here.</p>',
        ),
        (
            '<img src="https://evil.example/p.png" alt="x>y &amp; z">',
            '<p><a href="https://evil.example/p.png" rel="noopener noreferrer">x&gt;y &amp; z</a></p>',
        ),
        (
            "![](//evil.example/z.png)",
            '<p><a href="//evil.example/z.png" rel="noopener noreferrer">//evil.example/z.png</a></p>',
        ),
        (
            "![x](/\\evil.example/x.png)",
            '<p><a href="/\\evil.example/x.png" rel="noopener noreferrer">x</a></p>',
        ),
        ('<img alt="only alt">', "<p>only alt</p>"),
        ("![The square](media/square.jpg)", '<p><img alt="The square" src="media/square.jpg"></p>'),
    ],
)
def test_a_picture_from_another_site_is_a_link_to_it_not_a_request(text: str, html: str) -> None:
    # Shown as it is, every reader's browser would ask that site for it (a tracking pixel
    # in content from a pull request); the story's own pictures stay pictures.
    assert MarkdownConverter().convert(text)[0] == html


@pytest.mark.parametrize(
    ("text", "html"),
    [
        (
            "[![logo](https://x.example/logo.png)](https://x.example/)",
            '<p><a href="https://x.example/" rel="noopener noreferrer">logo</a></p>',
        ),
        (
            '<a href="https://x.example/">Our <img alt="logo" src="https://x.example/l.png"></a> '
            "and ![a map](https://x.example/map.png)",
            '<p><a href="https://x.example/" rel="noopener noreferrer">Our logo</a> and '
            '<a href="https://x.example/map.png" rel="noopener noreferrer">a map</a></p>',
        ),
        # Without alt text: the link's other words, or else the address it leads to
        # (not the picture's, which read as where the link goes).
        (
            "[![](https://x.example/logo.png) Example](https://x.example/)",
            '<p><a href="https://x.example/" rel="noopener noreferrer"> Example</a></p>',
        ),
        (
            "[![](https://x.example/logo.png)](https://x.example/?a=1&b=2)",
            '<p><a href="https://x.example/?a=1&amp;b=2" rel="noopener noreferrer" dir="ltr">'
            "https://x.example/?a=1&amp;b=2</a></p>",
        ),
    ],
)
def test_a_picture_from_another_site_within_a_link_is_that_links_words(text: str, html: str) -> None:
    # Made a link of its own, it was a link within a link, which a browser reads as two
    # (the outer one empty), and which links.story_media_at read as one.
    assert MarkdownConverter().convert(text)[0] == html


@pytest.mark.parametrize(
    "text",
    [
        "<table><tr><td>1.2 m</td></tr></table>",
        '<table tabindex="-1"><tr><td>1.2 m</td></tr></table>',  # an editor's own, replaced
        "Levels:\n\n<table><tr><td>1.2 m</td></tr></table>\n\n*Council figures.*",  # through Python-Markdown
    ],
)
def test_a_table_in_a_text_can_be_reached_by_the_keyboard(text: str) -> None:
    # A table wider than the screen scrolls within itself (style.css), and the keyboard
    # can scroll only what it can reach.
    assert '<table tabindex="0">' in MarkdownConverter().convert(text)[0]


@pytest.mark.parametrize(
    ("html", "level", "placed"),
    [
        ("<h2>A</h2><p>x</p><h3>B</h3>", 1, "<h2>A</h2><p>x</p><h3>B</h3>"),  # under the page's title
        ("<h2>A</h2><p>x</p><h3>B</h3>", 3, "<h4>A</h4><p>x</p><h5>B</h5>"),  # under an entry's h3
        ("<h2>A</h2><h3>B</h3><h4>C</h4><h5>D</h5>", 3, "<h4>A</h4><h5>B</h5><h6>C</h6><h6>D</h6>"),
        (
            "<p>No heading, an <hr> and <code>&lt;h2&gt;</code></p>",
            3,
            "<p>No heading, an <hr> and <code>&lt;h2&gt;</code></p>",
        ),
    ],
)
def test_a_texts_headings_go_below_the_heading_of_the_part_it_is_in(
    html: str, level: int, placed: str
) -> None:
    assert markup.below_heading(html, level) == placed


def _outline(page: str) -> list[tuple[int, str]]:
    return [(int(level), re.sub(r"<[^>]+>", "", text).strip())
            for level, text in re.findall(r"<h([1-6])\b[^>]*>(.*?)</h\1>", page, re.DOTALL)]  # fmt: skip


def test_headings_in_a_text_sit_below_the_heading_it_is_shown_under_on_every_page(project: Project) -> None:
    # A '## Why' in an event's summary was an <h2> in the story's timeline, between the
    # entries' <h3>s: a section of the story, with the later entries under it.
    project.write("content/story-a/story.yaml", """\
        title: Story A
        summary: "## Background\\n\\nWhat story A is about."
        published: 2020-01-02
        unknowns: ["### Casualties\\n\\nNot yet counted."]
        sources:
          src-a:
            publisher: Example News
        """)  # fmt: skip
    project.write("content/story-a/events/e1.yaml", """\
        title: First event
        date: 2020-01-01
        summary: "## Why\\n\\nSomething happened."
        figures: [fig-a]
        locations: [loc-a]
        sources: [src-a]
        quotes:
          - text: "## The chant\\n\\nWe stay."
            by: fig-a
        """)  # fmt: skip
    project.write(
        "content/story-a/events/e2.yaml", "title: Second event\ndate: 2020-01-05\nsummary: Then this.\n"
    )
    build(content="content", templates=TEMPLATES, out="site")
    story = _outline(Path("site/story-a/index.html").read_text())
    assert story[story.index((3, "First event")) + 1] == (4, "Why")
    assert story[story.index((2, "What we don\u2019t know")) + 1] == (3, "Casualties")
    assert (2, "Background") in story  # the story's own summary: under the page's title
    assert _outline(Path("site/story-a/events/e1/index.html").read_text())[:2] == [
        (1, "First event"),
        (2, "Why"),
    ]
    home = _outline(Path("site/index.html").read_text())
    assert home[home.index((2, "Story A")) + 1] == (3, "Background")
    place = _outline(Path("site/story-a/locations/loc-a/index.html").read_text())
    assert place[place.index((3, "First event")) + 1] == (4, "Why")
    figure = _outline(Path("site/story-a/figures/fig-a/index.html").read_text())
    assert figure[figure.index((2, "In their own words")) + 1] == (3, "The chant")


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("راجع <https://example.org/a/> للمزيد.", True),  # an autolink, by prose.py or Python-Markdown
        ("في [https://example.org/a/](https://example.org/a/) المزيد", True),
        ("[www.example.org](https://www.example.org/) **و**", True),
        ("<mailto:desk@example.org> _و_", True),
        ("[التقرير](https://example.org/a/)", False),  # words keep the text's direction
        ("[the report](media/report.pdf)", False),
    ],
)
def test_a_link_that_shows_an_address_is_left_to_right(text: str, marked: bool) -> None:
    # In Arabic text an address's last "/" took the direction of the words after it and
    # was drawn at its other end ("/https://example.org/a"); dir="ltr" keeps it whole.
    html = MarkdownConverter().convert(text)[0]
    assert html.count('dir="ltr"') == (1 if marked else 0), html


def test_plain_text_keeps_the_no_break_spaces_of_french_quotes() -> None:
    # Markup.striptags joins its words with plain spaces, whatever space was between them.
    assert plain_text(Markup("<p>a\u202f<b>b</b>\u00a0 \n c &amp;</p>")) == "a\u202fb\u00a0 c &"
    # Characters of the text are not taken for the no-break spaces standing in.
    assert plain_text(Markup("\ue000 <i>\ue001</i>\u202f\ue002")) == "\ue000 \ue001\u202f\ue002"


@pytest.mark.parametrize(
    ("text", "html"),
    [
        # A paragraph of Chinese wrapped in its file: no space where its lines end.
        ("近七万人遇难，\n北川县城几乎被夷为平地。", "<p>近七万人遇难，北川县城几乎被夷为平地。</p>"),
        ("日本語の\n文章です。", "<p>日本語の文章です。</p>"),
        # ... across the marks of emphasis and links too (through Python-Markdown).
        ("**地震**\n发生在映秀。", "<p><strong>地震</strong>发生在映秀。</p>"),
        (
            "见[报道](https://example.org/a)\n和通报。",
            '<p>见<a href="https://example.org/a" rel="noopener noreferrer">报道</a>和通报。</p>',
        ),
        # A line end beside a digit or a Latin letter stays a space, as in CSS Text; so
        # does one between Korean words, which are written with spaces.
        ("震级为8.0\n级。", "<p>震级为8.0\n级。</p>"),
        ("美国地质调查局 USGS\n测定。", "<p>美国地质调查局 USGS\n测定。</p>"),
        ("한국어\n문장", "<p>한국어\n문장</p>"),
        # A code block keeps its lines.
        ("代码：\n\n    中文\n    中文", "<p>代码：</p>\n<pre><code>中文\n中文\n</code></pre>"),
    ],
)
def test_a_chinese_paragraph_wrapped_in_its_file_has_no_space_where_its_lines_end(
    text: str, html: str
) -> None:
    # Found on a held-out Chinese story: "遇难， 北川" read with a space after each line
    # of the file, as a browser shows a line end as a space between Chinese characters.
    assert MarkdownConverter()(text) == Markup(html)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("Intro.\n\n" + "- a\n" * 3_001, len("Intro.\n\n") + 3_000 * 4),  # the 3,001st block
        ("Intro.\n\nIntro.\n\n" + "[" * 20_000, len("Intro.\n\nIntro.\n\n")),  # its paragraph
        ("word " * 50_000, 200_000),  # the first character past the limit
    ],
)
def test_costly_markdown_says_where_it_passes_a_limit(text: str, at: int) -> None:
    found = markdown_problem_at(text)
    assert found is not None and found == (markdown_problem(text), at)


def test_a_hungarian_paragraph_opening_with_a_date_keeps_its_year() -> None:
    # Hungarian writes a date year first, and a sentence often opens with one: Markdown read
    # '2010. október 4-én ...' as a list numbered from 2010, and the page lost the year.
    text = "2010. október 4-én átszakadt a gát.\n\nA víz 2010. okt. 7-én érte el a Dunát.\n\n2011. máj. 2-án újra."
    assert str(markup.Typeset(MarkdownConverter(), "hu")(text)) == (
        "<p>2010. október 4-én átszakadt a gát.</p>\n<p>A víz 2010. okt. 7-én érte el a Dunát.</p>\n"
        "<p>2011. máj. 2-án újra.</p>"
    )
    # A list is still a list, and another language's text is converted as before.
    assert str(markup.Typeset(MarkdownConverter(), "hu")("1. első\n2. második")) == (
        "<ol>\n<li>első</li>\n<li>második</li>\n</ol>"
    )
    assert str(markup.Typeset(MarkdownConverter(), "en")("2010. október 4.")).startswith('<ol start="2010">')


def test_a_latvian_paragraph_opening_with_a_date_keeps_its_year_and_day() -> None:
    # Latvian writes a year and a day as ordinals, with a dot, and a sentence often opens
    # with one: Markdown read '2013. gada 21. novembrī ...' as a list numbered from 2013, and
    # the story page's summary began 'gada 21. novembrī', the year gone.
    text = (
        "2013. gada 21. novembrī sabruka jumts.\n\n2014. gadā sākās strīdi.\n\n"
        "22. novembrī sākās sēras.\n\n2015. g. decembrī sākās tiesa."
    )
    assert str(markup.Typeset(MarkdownConverter(), "lv")(text)) == (
        "<p>2013. gada 21. novembrī sabruka jumts.</p>\n<p>2014. gadā sākās strīdi.</p>\n"
        "<p>22. novembrī sākās sēras.</p>\n<p>2015. g. decembrī sākās tiesa.</p>"
    )
    # A list is still a list.
    assert str(markup.Typeset(MarkdownConverter(), "lv")("1. pirmais\n2. otrais")) == (
        "<ol>\n<li>pirmais</li>\n<li>otrais</li>\n</ol>"
    )


ARABIC_WITH_ENGLISH = (
    'قال المتحدث إن الاتفاق "2 steps forward for peace" بعد 300 يوم، وقطع الوفد 40 km إلى الدوحة.'
)


@pytest.mark.parametrize("language", ["ar", "he", "fa-IR"])
def test_english_runs_in_right_to_left_text_are_set_apart(language: str) -> None:
    # A number before English words in Arabic text is taken for the Arabic's and drawn
    # after them ('steps forward for peace 2'): each English run is isolated, left to right.
    html = str(markup.Typeset(MarkdownConverter(), language)(ARABIC_WITH_ENGLISH))
    assert re.findall(r'<bdi dir="ltr">(.*?)</bdi>', html) == ["2 steps forward for peace", "40 km"]
    unmarked = typography.for_language(MarkdownConverter()(ARABIC_WITH_ENGLISH), language)
    assert re.sub(r"</?bdi[^>]*>", "", html) == unmarked  # nothing else changed


def test_code_links_addresses_and_character_references_are_left_whole_in_right_to_left_text() -> None:
    text = (
        'شركة AT&T قالت "Hello" و`x = 2 km` و[Apple 2](https://apple.example/) و<https://x.example/a> '
        "وGoogle.\n\n    code block 2"
    )
    html = str(markup.Typeset(MarkdownConverter(), "ar")(text))
    assert re.findall(r'<bdi dir="ltr">(.*?)</bdi>', html) == ["AT&amp;T", "Hello", "Apple 2", "Google"]
    assert "<code>x = 2 km</code>" in html and "<code>code block 2\n</code>" in html
    assert '<a href="https://x.example/a" rel="noopener noreferrer" dir="ltr">https://x.example/a</a>' in html


@pytest.mark.parametrize(
    ("text", "isolated"),
    [
        # Through emphasis and links, whole: the '40' of '**40** km' alone is no run, and
        # was left to the Arabic, drawn after 'km'.
        ("وقطع **40** km إلى", '<bdi dir="ltr"><strong>40</strong> km</bdi>'),
        ('قال "2 *steps* forward" ثم', '<bdi dir="ltr">2 <em>steps</em> forward</bdi>'),
        ("قال ***40*** km ثم", '<bdi dir="ltr"><strong><em>40</em></strong> km</bdi>'),
        # A run that fills the element it starts in takes the element in with it.
        ("قال *2 steps* forward ثم", '<bdi dir="ltr"><em>2 steps</em> forward</bdi>'),
        (
            "قال [Apple](https://a.example/) 2 ثم",
            '<bdi dir="ltr"><a href="https://a.example/" rel="noopener noreferrer">Apple</a> 2</bdi>',
        ),
    ],
)
def test_a_run_cut_by_emphasis_is_set_apart_whole_where_no_element_is_cut(text: str, isolated: str) -> None:
    html = str(markup.Typeset(MarkdownConverter(), "ar")(text))
    assert isolated in html, html
    assert re.sub(r"</?bdi[^>]*>", "", html) == typography.for_language(MarkdownConverter()(text), "ar")


WORDS_LEFT = """([selector, words]) => {
  const within = document.querySelector(selector);
  return words.map(word => {
    const walker = document.createTreeWalker(within, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.search(new RegExp("(^|[^\\\\p{L}\\\\p{N}])" + word + "(?![\\\\p{L}\\\\p{N}])", "u"));
      if (at < 0) continue;
      const start = at + node.textContent.slice(at).indexOf(word);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + word.length);
      return range.getBoundingClientRect().left;
    }
    return null;
  });
}"""
"""The left edge, on screen, of each of ``words`` (the first text that has it as a word)
in the element ``selector``."""


@pytest.mark.parametrize(
    ("language", "text", "in_order"),
    [
        ("he", "ראו [את BBC](https://a.example/) News היום", ["BBC", "News"]),
        ("ar", "قال [موقع BBC](https://a.example/) News اليوم", ["BBC", "News"]),
        ("ar", "قال [كلمة 2 steps](https://a.example/) forward ثم", ["2", "steps", "forward"]),
        ("he", "ראו [את 2 steps](https://a.example/) forward היום", ["2", "steps", "forward"]),
        ("he", "ראו 2 [steps את](https://a.example/) היום", ["2", "steps"]),
        ("ar", "قال G7 [2024 في](https://a.example/) روما", ["G7", "2024"]),
        ("ar", "قال [كلمة ٢ km](https://a.example/) forward ثم", ["٢", "km", "forward"]),
    ],
)
def test_a_run_through_the_edge_of_a_link_among_other_words_reads_in_its_own_order(
    browser: Any, language: str, text: str, in_order: list[str]
) -> None:
    """A run that starts inside a link among other words and goes on after it (or the
    other way round) cannot be one <bdi>: that would cut the link in two. Set apart in
    pieces, a <bdi> each side of the link's edge, it was two isolates, each a neutral
    to the Hebrew or Arabic round it, and drawn right to left: 'News BBC', 'forward 2
    steps'. Its words read left to right, in the order they are written."""
    html = str(markup.Typeset(MarkdownConverter(), language)(text))
    page = browser.new_page()
    page.set_content(
        f'<!doctype html><html lang="{language}" dir="rtl"><body><div id="p">{html}</div></body></html>'
    )
    lefts = page.evaluate(WORDS_LEFT, ["#p", in_order])
    page.close()
    assert None not in lefts and lefts == sorted(lefts), (html, lefts)
    unmarked = typography.for_language(MarkdownConverter()(text), language)
    assert re.sub(r"</?bdi[^>]*>", "", html).replace("\u200e", "") == unmarked  # the same text and links


@pytest.mark.parametrize(
    ("text", "isolated"),
    [
        # The '2' was left to the Arabic (no run on its own) and drawn after 'steps'.
        ("قال 2 *steps وقال* ثم", 'قال <bdi dir="ltr">2 <em>steps</em></bdi><em> وقال</em> ثم'),
        # Set apart in two pieces, each a neutral to the Arabic: 'forward 2 steps'.
        (
            "قال *كلمة 2 steps* forward ثم",
            'قال <em>كلمة </em><bdi dir="ltr"><em>2 steps</em> forward</bdi> ثم',
        ),
        (
            "قال **كلمة *2 steps*** forward ثم",
            'قال <strong>كلمة </strong><bdi dir="ltr"><strong><em>2 steps</em></strong> forward</bdi> ثم',
        ),
        (
            "قال **كلمة *2 steps* forward** ثم",
            'قال <strong>كلمة <bdi dir="ltr"><em>2 steps</em> forward</bdi></strong> ثم',
        ),
        (
            "قال *كلمة 2 steps* **forward** ثم",
            'قال <em>كلمة </em><bdi dir="ltr"><em>2 steps</em> <strong>forward</strong></bdi> ثم',
        ),
    ],
)
def test_a_run_starting_or_ending_among_other_words_of_emphasis_cuts_it_in_two(
    text: str, isolated: str
) -> None:
    html = str(markup.Typeset(MarkdownConverter(), "ar")(text))
    assert html == f"<p>{isolated}</p>"
    unmarked = str(typography.for_language(MarkdownConverter()(text), "ar"))
    joined = re.sub(r"</(em|strong)><\1>", "", re.sub(r"</?bdi[^>]*>", "", html))
    assert joined == unmarked  # the same words, emphasised as they were


def test_a_run_does_not_reach_across_paragraphs_line_breaks_or_quotations() -> None:
    html = str(markup.Typeset(MarkdownConverter(), "ar")("قال Apple\n\n2 km ثم <q>Apple</q> 3 km"))
    assert re.findall(r'<bdi dir="ltr">(.*?)</bdi>', html) == ["Apple", "2 km", "Apple", "3 km"]


def test_a_headline_is_escaped_with_its_runs_set_apart_as_in_markdown_text() -> None:
    # The same runs as in a Markdown text; the headline is text, its '<' and '&' escaped.
    assert markup.isolated_runs("الوفد يقطع 40 km و<AT&T>", "ar") == (
        'الوفد يقطع <bdi dir="ltr">40 km</bdi> و&lt;<bdi dir="ltr">AT&amp;T</bdi>&gt;'
    )
    assert markup.isolated_runs("BBC تقول", "fa-IR") == '<bdi dir="ltr">BBC</bdi> تقول'
    for language in ("en", "ru", "ja"):  # a left-to-right page's: escaped, nothing more
        assert (
            markup.isolated_runs("الوفد يقطع 40 km و<AT&T>", language) == "الوفد يقطع 40 km و&lt;AT&amp;T&gt;"
        )


def test_left_to_right_text_is_left_as_it_was() -> None:
    for language in ("en", "ru", "ja"):
        assert "<bdi" not in markup.Typeset(MarkdownConverter(), language)(ARABIC_WITH_ENGLISH)


def test_arabic_text_whose_only_latin_letters_are_in_its_tags_is_left_as_it_was() -> None:
    text = "قال **المتحدث** إن [الاتفاق](https://example.org/5186) قريب."
    assert str(markup.Typeset(MarkdownConverter(), "ar")(text)) == str(
        typography.for_language(MarkdownConverter()(text), "ar")
    )


@pytest.mark.parametrize(
    ("text", "isolated"),
    [
        ("قال the **Security** Council اليوم", ["the <strong>Security</strong> Council"]),
        ("قال **the Security** Council اليوم", ["<strong>the Security</strong> Council"]),
        ("قال the *Security Council* اليوم", ["the <em>Security Council</em>"]),
        ("قال run `make build` now اليوم", ["run <code>make build</code> now"]),
        (
            "قال [the UN](https://un.example/) Security Council اليوم",
            ['<a href="https://un.example/" rel="noopener noreferrer">the UN</a> Security Council'],
        ),
        # Arabic between: two runs, each its own.
        ("قال **ABC** و DEF اليوم", ["ABC", "DEF"]),
        # A run inside an element that also holds Arabic stays inside it.
        ("قال **ABC و** DEF اليوم", ["ABC", "DEF"]),
    ],
)
def test_one_english_phrase_across_inline_markup_is_one_isolate(text: str, isolated: list[str]) -> None:
    # Each piece between tags was isolated on its own ('the', 'Security', 'Council'): an
    # isolate is a neutral character to the text round it, so in Arabic the three were
    # drawn right to left, 'Council Security the'.
    html = str(markup.Typeset(MarkdownConverter(), "ar")(text))
    assert re.findall(r'<bdi dir="ltr">(.*?)</bdi>', html) == isolated
    unmarked = typography.for_language(MarkdownConverter()(text), "ar")
    assert re.sub(r"</?bdi[^>]*>", "", html) == unmarked


def test_a_name_in_its_own_direction_has_its_runs_set_apart_only_when_it_reads_right_to_left() -> None:
    # For a link of dir="auto", on any page: it is laid out in its first letter's direction.
    assert markup.isolated_runs_in_own_direction("Ann <Lee> 2") == "Ann &lt;Lee&gt; 2"
    assert markup.isolated_runs_in_own_direction("2 Ann وقال") == "2 Ann وقال"
    assert markup.isolated_runs_in_own_direction("مبنى 2 Terminal") == 'مبنى <bdi dir="ltr">2 Terminal</bdi>'
    assert markup.isolated_runs_in_own_direction("«مبنى» A&B") == '«مبنى» <bdi dir="ltr">A&amp;B</bdi>'


def test_runs_are_set_apart_by_invisible_isolates_where_no_element_can_hold_them() -> None:
    lri, pdi, fsi = "\u2066", "\u2069", "\u2068"
    assert markup.runs_marked("مبنى 2 Terminal") == f"مبنى {lri}2 Terminal{pdi}"
    assert markup.runs_marked("1 Main Street") == f"{lri}1 Main Street{pdi}"
    assert markup.runs_marked("شركة AT&T قالت") == f"شركة {lri}AT&T{pdi} قالت"  # plain text, not HTML
    assert markup.runs_marked("مبنى ٢") == "مبنى ٢"
    # A menu's option: on a right-to-left page, its runs; on a left-to-right one, a name
    # that reads right to left set apart in its own direction, an English one as it is.
    assert markup.option_text("1 Main Street", page_right_to_left=True) == f"{lri}1 Main Street{pdi}"
    assert markup.option_text("1 Main Street", page_right_to_left=False) == "1 Main Street"
    assert (
        markup.option_text("مبنى 2 Terminal", page_right_to_left=False)
        == f"{fsi}مبنى {lri}2 Terminal{pdi}{pdi}"
    )


@pytest.mark.parametrize(
    "text",
    [
        "قال <code>make<br>build now</code> ثم",
        "قال <code>make <q>build</q> now</code> ثم",
        "قال <code>a</code> و <code>b<br>c d</code> ثم",
    ],
)
def test_code_holding_a_line_break_or_quotation_is_left_as_it_is(text: str) -> None:
    # A <br> or <q> ends the stretch of text a run is looked for in; the text after it,
    # still inside the code element, was taken for prose and given a <bdi>.
    html = str(markup.Typeset(MarkdownConverter(), "ar")(text))
    assert "<bdi" not in html, html


@pytest.mark.parametrize(
    "html",
    [
        # One run through 20,000 elements (it starts among Arabic).
        "<p>قال <strong>و a</strong> " + "<strong>b</strong> " * 10_000 + "</p>",
        # 10,000 runs, each in a code span.
        "<p>" + "قال <code>a</code>" * 10_000 + "</p>",
    ],
)
def test_runs_through_many_inline_elements_are_found_in_time_in_proportion(html: str) -> None:
    # Each run asked whether each part it spans is text of a list of every text part: a
    # paragraph of 10,000 elements took 5 s, four times as long for twice as many.
    started = time.process_time()
    with time_limit(LIMIT * 10):
        isolated = markup._left_to_right_runs_isolated(html)
    assert time.process_time() - started < LIMIT / 2
    # Its text is whole (an emphasis a run starts inside of is split around the run's <bdi>).
    assert re.sub(r"<[^>]*>", "", isolated) == re.sub(r"<[^>]*>", "", html)


def test_a_bidi_control_left_open_in_an_attribute_is_closed_there() -> None:
    # A right-to-left override opened in a picture's alt text or a link's title reached
    # the attribute open: a tooltip, or the alt text a reader is told, read backwards
    # past it. The text between tags was closed; the attributes were not.
    html = str(
        markup.Typeset(MarkdownConverter(), "en")(
            'See [the map](https://example.org/ "a \u202etitle") and ![a \u202epicture](media/a.jpg)'
        )
    )
    assert 'title="a \u202etitle\u202c"' in html
    assert 'alt="a \u202epicture\u202c"' in html
