"""HTML from TimelineJS slides, made safe Markdown or plain text."""

from __future__ import annotations

import re
import warnings
from html import escape

import pytest

from generator.importers import html
from generator.importers.html import dropped_links, links_in, shown_text, to_markdown, to_text
from generator.markdown.markup import MarkdownConverter
from tests.conftest import time_limit

HOSTILE = (
    '<p onclick="steal()">Hello <b>there</b></p><script>alert(1)</script><style>p{}</style>'
    '<img src=x onerror="alert(2)"><a href="javascript:alert(3)">js</a> <a href="data:text/html,x">data</a>'
    '<iframe src="https://evil.example/">framed</iframe><svg onload="alert(4)"><circle/></svg>'
    "<!-- secret --> [trap](javascript:alert(5)) &lt;script&gt;alert(6)&lt;/script&gt; \x07bell\u2028"
)


def test_hostile_html_becomes_plain_safe_markdown() -> None:
    markdown = to_markdown(HOSTILE)
    assert markdown == (
        "Hello **there**\n\njs data \\[trap\\](javascript:alert(5)) &lt;script>alert(6)&lt;/script> bell"
    )
    page = str(MarkdownConverter()(markdown))
    for bad in ("<script", "onerror", "onclick", "onload", "javascript:alert(3)", "href=\"javascript",
                "<iframe", "<style", "secret", "\x07", "href=\"data:"):  # fmt: skip
        assert bad not in page
    assert "[trap](javascript:alert(5))" in page  # shown as the text it was
    assert "&lt;script&gt;alert(6)&lt;/script&gt;" in page


@pytest.mark.parametrize(
    ("html", "markdown"),
    [
        ("<p>One</p><p>Two <i>it</i> <strong>b</strong></p>", "One\n\nTwo *it* **b**"),
        ('<a href="https://x.example/a_b">a link</a>', "[a link](https://x.example/a_b)"),
        ("<ul><li>a</li><li>b</li></ul>", "- a\n- b"),
        ("<blockquote>Words.<cite>Someone</cite></blockquote>", "> Words. Someone"),
        ("5 * 3 = 15, snake_case, AT&amp;T, &amp;amp;", "5 \\* 3 = 15, snake\\_case, AT&T, &amp;amp;"),
        ("Plain text, no tags", "Plain text, no tags"),
        # What TimelineJS shows as plain text stays plain text: no heading, list, quote or code
        ("# 1 killed in blast", "\\# 1 killed in blast"),
        ("2010. A year of unrest", "2010\\. A year of unrest"),
        ("<p>one</p><p>- two</p><p>&gt; three</p>", "one\n\n\\- two\n\n\\> three"),
        ("-5 degrees, 2.5 km, a `tick`", "-5 degrees, 2.5 km, a \\`tick\\`"),
        # A link's text cannot make another link
        (
            '<a href="https://ok.example/">x](https://evil.example/) [y</a>',
            "[x\\](https://evil.example/) \\[y](https://ok.example/)",
        ),
        # Addresses written out are links, as TimelineJS shows them
        ("See https://example.org/report.", "See [https://example.org/report](https://example.org/report)."),
        # ... and so are a site's written from its 'www.', and email addresses (they were plain text)
        (
            "Visit www.suezcanal.gov.eg today.",
            "Visit [www.suezcanal.gov.eg](https://www.suezcanal.gov.eg) today.",
        ),
        ("Tips: desk@example.org.", "Tips: [desk@example.org](mailto:desk@example.org)."),
        ("https://x.example/@ann/www.y", "[https://x.example/@ann/www.y](https://x.example/@ann/www.y)"),
        ("@ann, 1.5@3.2x, ann@localhost", "@ann, 1.5@3.2x, ann@localhost"),
        # A table's cells stay apart
        ("<table><tr><td>A</td><td>B</td></tr><tr><td>1</td><td>2</td></tr></table>", "A B   \n1 2"),
        # Blocks that are not kept still end a paragraph
        ("<div>First paragraph.</div><div>Second paragraph.</div>", "First paragraph.\n\nSecond paragraph."),
        ("Line one<div>Line two</div>", "Line one\n\nLine two"),
        ("<section><header>H</header>Body<footer>F</footer></section>", "H\n\nBody\n\nF"),
        ("<dl><dt>Term</dt><dd>Meaning</dd></dl>", "Term\n\nMeaning"),
        ("<figure><figcaption>Caption</figcaption></figure>Text", "Caption\n\nText"),
        ("<blockquote><div>a</div><div>b</div></blockquote>", "> a\n>\n> b"),
        ("", ""),
    ],
)
def test_markdown_of_ordinary_html(html: str, markdown: str) -> None:
    assert to_markdown(html) == markdown


@pytest.mark.parametrize(
    "html",
    [
        '<p>A <em>simple</em> paragraph with a <a href="https://a.example/">link</a>.</p>',
        "<p>Two</p>\n<p>paragraphs &amp; an <strong>ampersand</strong>, 5 * 3 and under_score.</p>",
        "<ul>\n<li>one</li>\n<li>two</li>\n</ul>",
        "<p>Text with &lt;angle&gt; brackets and [brackets].</p>",
    ],
)
def test_our_own_markdown_html_converts_back_to_the_same_html(html: str) -> None:
    # The round trip of timeline.json depends on it: Markdown -> HTML -> Markdown -> HTML.
    md = MarkdownConverter()
    rendered = str(md(to_markdown(str(md(to_markdown(html))))))
    assert rendered == str(md(to_markdown(html)))


def test_text_is_one_line_without_tags() -> None:
    assert to_text("<p>The <i>Harbour</i> Strike &amp; After</p><p>again</p><script>x</script>") == (
        "The Harbour Strike & After again"
    )
    assert to_text(None) == ""


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("Line one<div>Line two</div>", "Line one Line two"),
        ("<div>First.</div><div>Second.</div>", "First. Second."),
        ("<article><dl><dt>Term</dt><dd>Meaning</dd></dl></article>", "Term Meaning"),
        ("One<p>Two</p>Three<pre>four</pre>", "One Two Three four"),
    ],
)
def test_blocks_in_one_line_of_text_are_apart(html: str, text: str) -> None:
    assert to_text(html) == text


@pytest.mark.parametrize(
    ("html", "markdown", "page"),
    [
        ("<s>old</s> <del>gone</del> <strike>struck</strike>", "<del>old</del> <del>gone</del> <del>struck</del>",
         "<p><del>old</del> <del>gone</del> <del>struck</del></p>"),
        ("10<sup>6</sup> H<sub>2</sub>O", "10<sup>6</sup> H<sub>2</sub>O", "<p>10<sup>6</sup> H<sub>2</sub>O</p>"),
        ("<del>a <i>b</i></del>", "<del>a *b*</del>", "<p><del>a <em>b</em></del></p>"),
        ("<i>Le Monde</i><i>, Paris</i>", "*Le Monde, Paris*", "<p><em>Le Monde, Paris</em></p>"),
        ("<b>Strike</b><strong>!</strong> <em>a</em><i>b</i>", "**Strike!** *ab*",
         "<p><strong>Strike!</strong> <em>ab</em></p>"),
        ("<b>x <i>y</i></b><i>z</i>", "**x *y****z*", "<p><strong>x <em>y</em></strong><em>z</em></p>"),
    ],
)  # fmt: skip
def test_formatting_our_markdown_lacks_is_kept_as_the_tags_pages_allow(
    html: str, markdown: str, page: str
) -> None:
    assert to_markdown(html) == markdown
    assert str(MarkdownConverter()(markdown)) == page


@pytest.mark.parametrize(
    ("html", "page"),
    [
        ("Line one<br>---", "<p>Line one<br>\n---</p>"),
        ("<p>---</p><p>- - -</p><p>-- -</p>", "<p>---</p>\n<p>- - -</p>\n<p>-- -</p>"),
        ("Title<br>===", "<p>Title<br>\n===</p>"),
        ("x = y<br>=", "<p>x = y<br>\n=</p>"),
        ("<p>===</p>", "<p>===</p>"),
        ("a == b, -5 and a-b", "<p>a == b, -5 and a-b</p>"),
    ],
)
def test_lines_of_dashes_or_equals_stay_text(html: str, page: str) -> None:
    # Not a rule, and not a heading of the line above: TimelineJS shows them as text.
    assert str(MarkdownConverter()(to_markdown(html))) == page


def test_preformatted_text_stays_code_even_after_a_list() -> None:
    # The pages' Markdown has no ``` fences: they showed as text, and a --- inside as a
    # rule; an indented block after a list was read as part of its last item.
    markdown = to_markdown("<p>Before</p><pre>line one\n---\n  indented &lt;b&gt;</pre><p>After</p>")
    assert markdown == "Before\n\n<pre><code>line one\n---\n  indented &lt;b&gt;</code></pre>\n\nAfter"
    assert "<pre><code>line one\n---\n  indented &lt;b&gt;</code></pre>" in MarkdownConverter()(markdown)
    after_list = MarkdownConverter()(to_markdown("<ul><li>one</li><li>two</li></ul><pre>x = 1\n---\ny</pre>"))
    assert after_list == "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<pre><code>x = 1\n---\ny</code></pre>"


def test_a_sites_address_linked_without_its_scheme_gets_https() -> None:
    # 'www.bbc.co.uk/news' is a page of this site to a browser (and a warning to check).
    assert to_markdown('<p>See <a href="www.bbc.co.uk/news">the BBC</a>.</p>') == (
        "See [the BBC](https://www.bbc.co.uk/news)."
    )
    assert to_markdown('<p><a href="WWW.example.org">x</a> <a href="www.html">y</a></p>') == (
        "[x](https://WWW.example.org) [y](www.html)"  # a file named so stays as it is
    )


@pytest.mark.parametrize(
    ("html", "page"),
    [
        # A Text cell of two paragraphs, as Google Sheets exports it (and "\n\n" in JSON)
        ("First paragraph.\n\nSecond paragraph.", "<p>First paragraph.</p>\n<p>Second paragraph.</p>"),
        ("One.\r\n\r\nTwo.\n \n\t\nThree.", "<p>One.</p>\n<p>Two.</p>\n<p>Three.</p>"),
        ("<p>In one p.\n\nStill its text.</p>", "<p>In one p.</p>\n<p>Still its text.</p>"),
        # A single line break is a space in TimelineJS (its text is HTML): one paragraph
        ("Line one\nline two", "<p>Line one\nline two</p>"),
        # Emphasis and links the break falls in are closed before it and opened after
        ("<b>Update:\n\nstill</b> on", "<p><strong>Update:</strong></p>\n<p><strong>still</strong> on</p>"),
        (
            '<a href="https://e.example/">a <i>b\n\nc</i> d</a> e',
            '<p><a href="https://e.example/" rel="noopener noreferrer">a <em>b</em></a></p>\n'
            '<p><a href="https://e.example/" rel="noopener noreferrer"><em>c</em> d</a> e</p>',
        ),
        # Inside a quotation: paragraphs of it
        ("<blockquote>a\n\nb</blockquote>", "<blockquote>\n<p>a</p>\n<p>b</p>\n</blockquote>"),
        # What starts the new paragraph is still text, not Markdown
        ("Intro\n\n- not a list\n\n# not a heading", "<p>Intro</p>\n<p>- not a list</p>\n<p># not a heading</p>"),
        # Where paragraphs cannot be, the line stays one
        ("<h2>a\n\nb</h2>", "<h2>a b</h2>"),
        ("<ul><li>one\n\ntwo</li></ul>", "<ul>\n<li>one\n  two</li>\n</ul>"),
        ("<pre>a\n\nb</pre>", "<pre><code>a\n\nb</code></pre>"),
    ],
)  # fmt: skip
def test_an_empty_line_in_the_text_starts_a_paragraph(html: str, page: str) -> None:
    assert str(MarkdownConverter()(to_markdown(html))) == page


def test_the_links_the_sanitiser_removes_are_named() -> None:
    text = (
        '<a href="javascript:alert(1)">a</a> <a href="java&#09;script:alert(2)">b</a> '
        '<a href=" DATA:text/html,x">c</a> <a href="vbscript:x">d</a> <a href="tel:123">e</a> '
        '<a href="https://ok.example/">kept</a> <a href="mailto:a@b.example">kept</a> <a href="#slide">kept</a> '
        '<a href="www.bbc.co.uk">kept</a> <script><a href="javascript:3">in a script</a></script>'
    )
    removed = ["javascript:alert(1)", "java\tscript:alert(2)", " DATA:text/html,x", "vbscript:x", "tel:123"]
    assert dropped_links(text) == removed
    markdown = to_markdown(text)
    assert markdown.count("](") == 4  # the others are their words only
    assert not any(gone in markdown.lower() for gone in ("script:", "data:", "tel:"))
    # Made plain text, every link goes
    assert dropped_links('<a href="https://ok.example/">x</a>', plain=True) == ["https://ok.example/"]
    assert dropped_links("no links") == dropped_links(None) == []


def test_links_in_gives_each_links_address_and_words_but_those_in_a_script() -> None:
    text = (
        '<a href="https://a.example/">Ana  <b>Pérez</b></a>; <a href="javascript:x">Bea</a> Cy '
        '<script><a href="https://hidden.example/">no</a></script><a name="anchor">no href</a>'
    )
    assert links_in(text) == [("https://a.example/", "Ana Pérez"), ("javascript:x", "Bea")]
    assert links_in("Ana Pérez") == links_in(None) == []


def test_links_are_named_in_time_however_the_html_nests_them() -> None:
    # A hostile timeline: 10,000 links never closed, which a sanitiser closes one by one
    # (the text is not too deep to import) but a plain parser nests each in the one
    # before. Looking through every link's ancestors took a minute and a half (well under
    # a second now: the limit only tells a walk of the tree from that, with room for a
    # machine busy with other work); a link inside what is dropped whole (a frame, a
    # drawing, however many) is still not named.
    text = '<a href="javascript:x">a' * 10_000
    assert not html.too_deep(text)
    with time_limit(30):
        assert dropped_links(text) == ["javascript:x"] * 10_000
    with time_limit(30):
        assert dropped_links('<svg><a href="javascript:x">a' * 10_000) == []  # each drawing in the one before
    framed = '<iframe><a href="javascript:1">a</a></iframe><svg><a href="javascript:2">b</a></svg>'
    assert dropped_links(framed + '<a href="vbscript:3">c</a>') == ["vbscript:3"]


def test_how_deep_html_nests_is_counted_as_the_import_keeps_it() -> None:
    limit = html.MAX_TAG_DEPTH
    assert not html.too_deep("<b>" * limit + "x" + "</b>" * limit)
    assert html.too_deep("<b>" * (limit + 1) + "x" + "</b>" * (limit + 1))
    # Unclosed, as HTML allows: closed where a browser closes them, so not nested.
    assert not html.too_deep("<ul>" + "<li>item" * (3 * limit) + "</ul>")
    assert not html.too_deep("<p>line<br>" * (3 * limit))
    # Tags the import drops do not count; what is kept inside them does.
    assert not html.too_deep("<div>" * (limit + 5) + "x")
    assert html.too_deep("<span><i>" * (limit + 1) + "x")


@pytest.mark.parametrize(
    ("html", "markdown"),
    [
        ("Residents act.<br><br>Its <b>founder</b> speaks.", "Residents act.\n\nIts **founder** speaks."),
        ("One.<br><br><br>Two.<br>Three.", "One.\n\nTwo.  \nThree."),  # a single break stays one
        ("<p>One.<br></p><p>Two.</p>", "One.\n\nTwo."),
        ("<ul><li>a<br><br>b</li></ul>", "- a\n\n  b"),
    ],
)
def test_two_line_breaks_in_a_row_are_an_empty_line_as_an_editor_writes_it(html: str, markdown: str) -> None:
    # '<br><br>', the empty line TimelineJS shows, came out as a line of two spaces after
    # one ending in two: the file held "Residents act.  \n  \nIts **founder** speaks.", in
    # quotes (a block may not hold such a line), where an editor writes an empty line.
    # The pages show the same as before (which ended the paragraph with two spaces).
    assert to_markdown(html) == markdown
    spaced = markdown.replace("\n\n", "  \n  \n")
    assert str(MarkdownConverter()(markdown)) == re.sub(r" +</", "</", str(MarkdownConverter()(spaced)))


@pytest.mark.parametrize(
    ("href", "address"),
    [
        ("https://x.org/a)b", "https://x.org/a%29b"),
        ("https://x.org/(a", "https://x.org/%28a"),
        ("https://x.org/a b", "https://x.org/a%20b"),
        ("https://x.org/wiki/Dock_(port)", "https://x.org/wiki/Dock_(port)"),
        # A quoted end was read as the link's title, a backslash as an escape, a
        # backtick as code (review54b).
        ("https://x.org/it's_a_'test'", "https://x.org/it%27s_a_%27test%27"),
        ('https://x.org/say_"hi"', "https://x.org/say_%22hi%22"),
        ('https://x.org/q?a="x y"', "https://x.org/q?a=%22x%20y%22"),
        ("https://x.org/a\\_b", "https://x.org/a%5C_b"),
        ("https://x.org/a`b`", "https://x.org/a%60b%60"),
    ],
)
def test_a_links_address_comes_through_markdown_whole(href: str, address: str) -> None:
    # '[paren](https://x.org/a)b)': the page linked to 'https://x.org/a' and showed 'b)'.
    page = str(MarkdownConverter()(to_markdown(f'<a href="{escape(href)}">paren</a>')))
    assert page == f'<p><a href="{address}" rel="noopener noreferrer">paren</a></p>'


def test_a_text_that_is_an_address_alone_raises_no_warning() -> None:
    # Beautiful Soup warns a programmer that 'https://...' looks like a page's address to
    # fetch, not HTML: an editor importing a slide whose Text was a link read its pages
    # of advice in the import's output.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert to_markdown("https://example.org/report") == (
            "[https://example.org/report](https://example.org/report)"
        )
        assert dropped_links('<a href="https://example.org/report">https://example.org/report</a>') == []
        assert dropped_links("https://example.org/<a href='javascript:x'>x</a>") == ["javascript:x"]


@pytest.mark.parametrize(
    ("field", "shown"),
    [
        ("Q&amp;amp;A &amp;lt;live&amp;gt;", "Q&A <live>"),  # explainer's: escaped twice
        ("Q&amp;A", "Q&A"),  # escaped once, as other tools write it
        ("<b>Spring</b> 1848", "Spring 1848"),
        ("&lt;b&gt;Spring&lt;/b&gt; 1848", "Spring 1848"),  # TimelineJS makes that bold
        ("I &lt;3 1848", "I <3 1848"),
        (None, ""),
    ],
)
def test_a_date_as_shown_or_a_group_is_read_as_timelinejs_shows_it(field: str | None, shown: str) -> None:
    assert shown_text(field) == shown
