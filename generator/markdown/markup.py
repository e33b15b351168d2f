"""Markdown from content to safe HTML, typeset (``i18n/typography.py``).

Editors paste text from elsewhere, so the HTML that Markdown produces goes through an
allow-list sanitiser (nh3, a maintained binding to the Rust ammonia library): formatting,
links and images survive; scripts, event handlers, styles, frames, forms and
``javascript:``/``data:`` URLs do not. Headings are shifted down two levels because the
page owns ``<h1>`` and ``<h2>``.

Python-Markdown is quadratic on some shapes of text (a link's text or address that never
closes is scanned to the end of its paragraph, once for every ``[``; an HTML tag that never
closes, to the end of the text) and recurses once per level of nested lists. So
``markdown_problem`` names text that would cost too much (validation refuses it with the
field's position), and the renderer never hands such text to Python-Markdown: it shows it
as escaped paragraphs instead.
"""

from __future__ import annotations

import bisect
import functools
import html as htmllib
import itertools
import re
import unicodedata
from typing import TYPE_CHECKING

import nh3
from markupsafe import Markup

from generator.i18n import typography
from generator.i18n.languages import primary, reads_right_to_left, writes_right_to_left
from generator.markdown import prose
from generator.markdown.rules import BLANK_LINE, HTML_TAGS, LINK_SCHEMES
from generator.patterns import later

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from xml.etree.ElementTree import Element

    import markdown

ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
    "ol": {"start"},
}
_HEADING = later(r"<(/?)h([1-6])\b")

TOP_HEADING = 2
"""The level a text's highest heading gets. A page's own title is its one ``<h1>``, and a
text's headings come below it, in their order but without skipping a level (``## A``
then ``#### B`` become ``<h2>`` and ``<h3>``): the W3C checker reports a skipped level."""


def below_heading(html: str, level: int) -> str:
    """``html``, converted with its headings from ``TOP_HEADING`` down, placed in a part of
    a page headed at ``level``: its top heading one level below that one, the others
    following without a gap, none below ``<h6>``. (An event's summary in a timeline sits
    under the entry's ``<h3>``: its ``## Why`` must be an ``<h4>``, or a screen reader's
    list of headings shows it as a section of the story holding the entries after it.)"""
    shift = level + 1 - TOP_HEADING
    if shift <= 0 or "<h" not in html:
        return html
    return _HEADING().sub(lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + shift, 6)}", html)


def _headings_below_title(html: str) -> str:
    """``html`` with its headings at ``TOP_HEADING`` and below, no level skipped."""
    levels = sorted({int(level) for _, level in _HEADING().findall(html)})
    if not levels:
        return html
    new = {level: min(TOP_HEADING + i, 6) for i, level in enumerate(levels)}
    return _HEADING().sub(lambda m: f"<{m.group(1)}h{new[int(m.group(2))]}", html)


# Limits on what Python-Markdown is given, measured on this project's machine (see
# tests/markdown/test_markup.py for the shapes): each keeps the conversion well under a
# second.
MAX_CHARS = 200_000
"""Python-Markdown converts ordinary Markdown at 2 to 3 microseconds a character."""
MAX_DEPTH = 50
"""Lists and quotes nested deeper recurse past Python's limit (lists fail at 250 levels)."""
MAX_BLOCKS = 3_000
"""Python-Markdown finds each block of a text among its siblings by a search through them
all: 40,000 headings or list items took 18 s a conversion, 3,000 a fifth of a second."""
_BLOCK_MARK = r"[ \t]*(?:[#>*+\-=]|\d{1,9}[.)])"
_BLOCK_START = later(rf"^(?:(?={_BLOCK_MARK})|[ \t]*\n(?=[ \t]*\S)(?!{_BLOCK_MARK}))", re.MULTILINE)
"""Where a block may start (``MAX_BLOCKS``), once per line: a line starting as a heading
(or a heading's underline), quote, list item or rule does, or one after a blank line (a
paragraph). A line inside a paragraph that starts so is counted too: an estimate from above."""
_QUICK_BUDGET = 1_000_000
"""Markup characters times length, per paragraph, below which no scan can add up."""
_SCAN_BUDGET = 400_000
"""Characters that link texts and addresses scan: 0.25 microseconds each, and up to five
times more where code spans in between turn into longer placeholders."""
_COPY_BUDGET = 150_000_000
"""Markup characters times length: each match copies its paragraph (0.1 to 2 ns a character)."""
_HTML_BUDGET = 8_000_000
"""Characters the HTML parser scans for the ends of tags (about 36 ns each)."""
MAX_HTML_TAGS = 3_000
"""How many HTML start tags a text may hold (``html_tags_over``). The sanitiser's parser
(HTML's own rules) looks through the elements open at each block's start tag and each end
tag, so elements left open cost time in the square of their number: a text of 24,000
'<ul><li>' (in paragraphs of 2,000, each under the other limits) took 8 s to sanitise and
its event 24 s to build. How deep they nest cannot be told from the tags alone (a comment,
an attribute's value or MathML decides whether an end tag closes anything), but it is at
most about three times their number (the parser adds a table's body and row around a cell,
and opens formatting elements again after a block): 3,000 unclosed take a tenth of a
second. A text of raw HTML is rare; 3,000 tags make a table of 500 rows."""

_MARKUP = "[`\\<&*_\"'"
"""The characters that start an inline pattern (each match copies its paragraph): the
quotation marks too, which the smarty extension sets (100,000 of them in a paragraph took
a build over a minute)."""
_SET = ("  \n", "--", "...")
"""What else an inline pattern matches, each match copying its paragraph: a line break (two
spaces at a line's end; 45,000 such lines took 23 s a conversion), and the dashes and
ellipses the smarty extension sets."""
_NESTED_LINE = re.compile(r"^(?:[ \t>*+\-]|\d{1,9}[.)])" + f"{{{MAX_DEPTH},}}", re.MULTILINE)
_NESTING = later(r"[ \t]*(?:>|[*+\-](?=[ \t])|\d{1,9}[.)](?=[ \t]))")
_BRACKET_TOKENS = later(r"\\.|[\[\]()`'\"]", re.DOTALL)
_TAG_START = re.compile(r"<(?:!--|!\[|[!?]|/?[A-Za-z])")
_TAG_END = later(r">|=\s*(['\"])")
_MARKED_SECTION_END = later(r"\]\s*>")


SPLIT = (
    "move part of it into another text (the body of another event, or of a new one), or "
    "join short paragraphs and list items into fewer"
)
"""How to bring a text under the limits of its size and of its blocks."""


def markdown_problem(text: str) -> str | None:
    """Why converting ``text`` with Python-Markdown would take too long, or None.

    A cheap upper estimate of the work on every path known to grow faster than the text
    (linear in ``text``, and bounded by the size limit): ordinary Markdown is never near it.
    """
    found = markdown_problem_at(text)
    return None if found is None else found[0]


def markdown_problem_at(text: str) -> tuple[str, int] | None:
    """``markdown_problem``, with where in ``text`` it is told: the block or the character
    that passes a limit, the paragraph with too much markup; else the text's start."""
    if len(text) > MAX_CHARS:
        return (
            f"Markdown text of {len(text):,} characters is too long to convert (at most "
            f"{MAX_CHARS:,}); {SPLIT}",
            MAX_CHARS,
        )
    depth = _deepest_nesting(text)
    if depth > MAX_DEPTH:
        return f"Markdown lists or quotes nested {depth} levels deep (at most {MAX_DEPTH}); flatten them", 0
    for at, paragraph in _paragraphs(text):
        marks = sum(paragraph.count(c) for c in _MARKUP) + sum(paragraph.count(s) for s in _SET)
        if marks * len(paragraph) <= _QUICK_BUDGET:
            continue
        if marks * len(paragraph) > _COPY_BUDGET or _link_scans(paragraph) > _SCAN_BUDGET:
            return (
                f"a Markdown paragraph of {len(paragraph):,} characters has too much markup "
                f"to convert in reasonable time ({marks:,} of [ ` \\ < & * _ ' \" -- ... "
                "and line breaks, or brackets that "
                "never close); split it into shorter paragraphs, or escape the characters "
                "meant literally with a backslash",
                at,
            )
    if _tag_scans(text) > _HTML_BUDGET:
        return (
            "Markdown text has too many '<' that do not close ('<tag' with no '>', "
            "'<!--' with no '-->'); write '&lt;' for a literal '<'",
            0,
        )
    if text.count("<") > MAX_HTML_TAGS and (past := html_tags_over(text, MAX_HTML_TAGS)) is not None:
        return (
            f"Markdown text has more than {MAX_HTML_TAGS:,} HTML tags, too many to make safe in "
            f"reasonable time; {SPLIT}, or write '&lt;' for a literal '<'",
            past,
        )
    # A block starts at most once a line: a text of fewer lines is not looked at (most
    # texts; counting them cost 3 ms for every 1,000 summaries of 100 words).
    starts = [m.end() for m in _BLOCK_START().finditer(text)] if text.count("\n") >= MAX_BLOCKS else []
    if len(starts) > MAX_BLOCKS:
        return (
            f"Markdown text of {len(starts):,} blocks (headings, list items, quotes and paragraphs) is "
            f"too many to convert in reasonable time (at most {MAX_BLOCKS:,}); {SPLIT}",
            starts[MAX_BLOCKS],
        )
    return None


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """The paragraphs of ``text`` (parts between blank lines), each with where it starts."""
    start = 0
    for gap in BLANK_LINE.finditer(text):
        yield start, text[start : gap.start()]
        start = gap.end()
    yield start, text[start:]


def _deepest_nesting(text: str) -> int:
    """The most levels of lists, quotes and indents that one line opens. Only lines whose
    start is long enough to reach the limit are counted (one character per level at least)."""
    deepest = 0
    for match in _NESTED_LINE.finditer(text):
        line_start = match.start()
        levels = 0
        pos = line_start
        while (marker := _NESTING().match(text, pos)) is not None:
            levels += 1
            pos = marker.end()
        if levels:  # indentation alone makes code, not nesting
            line = text[line_start:pos]
            indent = line[: len(line) - len(line.lstrip(" \t"))]
            levels += (indent.count(" ") + 4 * indent.count("\t")) // 4
            deepest = max(deepest, levels)
    return deepest


def _link_scans(paragraph: str) -> int:
    """How many characters Python-Markdown's link patterns may scan in ``paragraph``.

    Each ``[`` is scanned to its ``]`` (to the end if it has none, or if a backtick in
    between may hide the ``]`` in code); each ``](`` to its ``)`` (to the end if it has none,
    or if a quote in between starts a title). Escaped characters are not brackets.
    """
    end = len(paragraph)
    opens: list[int] = []
    parens: list[int] = []
    ticks: list[int] = []
    quotes: list[int] = []
    total = 0
    for token in _BRACKET_TOKENS().finditer(paragraph):
        c, at = token.group(), token.start()
        if c == "[":
            opens.append(at)
        elif c == "]":
            if opens:
                start = opens.pop()
                total += end - start if _between(ticks, start, at) else at - start
        elif c == "(":
            parens.append(at)
        elif c == ")":
            if parens:
                start = parens.pop()
                if start and paragraph[start - 1] == "]":
                    total += end - start if _between(quotes, start, at) else at - start
        elif c == "`":
            ticks.append(at)
        elif c in "'\"":
            quotes.append(at)
    total += sum(end - start for start in opens)
    total += sum(end - start for start in parens if start and paragraph[start - 1] == "]")
    return total


def _between(positions: list[int], start: int, end: int) -> bool:
    """Whether any of the sorted ``positions`` lies between ``start`` and ``end``."""
    return bisect.bisect_right(positions, start) < bisect.bisect_left(positions, end)


def _tag_scans(text: str) -> int:
    """How many characters the HTML parser may scan for the ends of tags in ``text``:
    from each ``<tag`` to its ``>`` (past quoted attribute values), from ``<!--`` to
    ``-->``, from ``<![`` to ``]>``. Stops counting past the budget, so it stays cheap."""
    total = 0
    end = len(text)
    for start in _TAG_START.finditer(text):
        at, kind = start.start(), start.group()
        if kind == "<!--":
            close = text.find("-->", at)
            stop = end if close < 0 else close
        elif kind == "<![":
            close_match = _MARKED_SECTION_END().search(text, at)
            stop = end if close_match is None else close_match.start()
        else:
            stop = _tag_end(text, start.end())
        total += stop - at
        if total > _HTML_BUDGET:
            break
    return total


_VOID = frozenset(
    ("area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
     "keygen", "link", "meta", "param", "source", "track", "wbr")
)  # fmt: skip
"""The elements without an end tag, which never stay open."""
_START_TAG = later(r"<([A-Za-z][^\t\n\f\r />]*)")
"""A start tag as an HTML parser reads one: '<', a letter, and the rest of its name."""


def html_tags_over(text: str, limit: int) -> int | None:
    """Where ``text`` has its start tag one past ``limit`` (counting those of elements that
    can hold others), if it has that many. Wherever they are (in a comment, an attribute's
    value, a code span) and whether closed or not: their count bounds how deep an HTML
    parser can nest them, whatever its rules (``MAX_HTML_TAGS``)."""
    count = 0
    for found in _START_TAG().finditer(text):
        if found[1].lower() not in _VOID:
            count += 1
            if count > limit:
                return found.start()
    return None


def _tag_end(text: str, pos: int) -> int:
    """Where the tag whose name ends at ``pos`` ends: its ``>``, skipping quoted values."""
    while (found := _TAG_END().search(text, pos)) is not None:
        if found.group(1) is None:
            return found.start()
        close = text.find(found.group(1), found.end())
        if close < 0:
            return len(text)
        pos = close + 1
    return len(text)


def escaped_paragraphs(text: str) -> str:
    """``text`` as paragraphs of plain, escaped text: what readers get of Markdown too costly
    to convert (validation refuses it, so only a caller that skips validation sees this)."""
    return "\n".join(
        f"<p>{htmllib.escape(part.strip())}</p>" for part in BLANK_LINE.split(text) if part.strip()
    )


class MarkdownConverter:
    """Converts Markdown to sanitised HTML.

    One ``markdown.Markdown`` instance is reused (``reset()`` between texts): creating
    one per text costs more than converting a short summary. Plain prose skips it
    (``prose.py``) for the same HTML, 17 times sooner. This converter remembers nothing;
    ``speed.rendering.RememberingMarkdown`` converts each text once per build.
    """

    def __init__(self) -> None:
        self._md: markdown.Markdown | None = None  # made when first needed (see _full)
        # One sanitiser too: nh3.clean() sets up its rules again on every call.
        self._clean = nh3.Cleaner(
            tags=set(HTML_TAGS),
            attributes=ATTRIBUTES,
            url_schemes=set(LINK_SCHEMES),
            link_rel="noopener noreferrer",
            # A table wider than the screen scrolls within itself (style.css), and a box
            # that scrolls must be reachable by the keyboard, to scroll it with the arrows.
            set_tag_attribute_values={"table": {"tabindex": "0"}},
        ).clean

    def __call__(self, text: str | None) -> Markup:
        return Markup(self.convert(text)[0]) if text else Markup("")

    def typeset(self, text: str | None, language: str, under: int, make: Callable[[], Markup]) -> Markup:
        """``make()``: ``text`` typeset in ``language`` below a heading of level ``under``
        (``Typeset``). Made each time here; ``speed.rendering.RememberingMarkdown`` keeps
        it, as it keeps each conversion."""
        del text, language, under  # what a converter that remembers keys it by
        return make()

    def convert(self, text: str) -> tuple[str, bool]:
        """The sanitised HTML of ``text``, and whether it took Python-Markdown."""
        raw = prose.to_html(text)  # most content is plain prose: no need for the full parser
        if raw is not None:
            return _joined_between_wide_letters(_addresses_left_to_right(self._clean(raw))), False
        if markdown_problem(text) is not None:
            return self._clean(escaped_paragraphs(text)), False  # bounded, where Python-Markdown is not
        html = self._clean(_headings_below_title(self._full().reset().convert(text)))
        html = _addresses_left_to_right(_pictures_from_elsewhere_as_links(html))
        return _joined_between_wide_letters(html), True

    def _full(self) -> markdown.Markdown:
        """Python-Markdown, imported on first use: a site of plain prose never needs it,
        and importing it takes about as long as converting a thousand summaries."""
        if self._md is None:
            self._md = new_markdown()
        return self._md

    def inline(self, text: str | None) -> Markup:
        """The Markdown without its outer paragraph, for short fields shown inline."""
        return _unwrapped(self(text))


@functools.cache
def pages_converter() -> MarkdownConverter:
    """The converter the pages use, made once: for what reads a text's HTML outside a
    build's renderer (check's errors about the files a page links to, and its warnings)."""
    return MarkdownConverter()


def new_markdown() -> markdown.Markdown:
    """Python-Markdown as the pages use it (imported when first needed)."""
    import markdown

    return markdown.Markdown(
        extensions=["sane_lists", "smarty"],
        extension_configs={"smarty": {"substitutions": typography.SUBSTITUTIONS}},
        output_format="html",
    )


_block_readers: list[markdown.Markdown] = []
"""The one converter ``block_reader`` gives, once made."""


def block_reader() -> markdown.Markdown:
    """A converter of the pages' kind to read the blocks of texts with (``blocks``)."""
    if not _block_readers:
        _block_readers.append(new_markdown())
    return _block_readers[0]


def blocks(converter: markdown.Markdown, text: str) -> tuple[Element, list[str]]:
    """The blocks of ``text`` as ``converter`` reads them, before its inline patterns
    run: the tree of the page's blocks with their text as written (a list item's or a
    quote's less its marks and indent), and the HTML blocks it keeps as they are (a
    placeholder in the tree stands for each). The reference definitions it found are
    then its ``references``. Python-Markdown's own steps, in its order (its
    ``convert``), stopped there."""
    converter.reset()
    lines = text.split("\n")
    for step in converter.preprocessors:
        lines = step.run(lines)
    root = converter.parser.parseDocument(lines).getroot()
    assert root is not None  # a document always has its root (the type allows None)
    kept = [block for block in converter.htmlStash.rawHtmlBlocks if isinstance(block, str)]
    return root, kept


_IMG = re.compile(r'<img\b((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*/?>')
"""An image as the sanitiser writes it: every attribute value in double quotes."""
_IMG_OR_LINK = later(rf"{_IMG.pattern}|<a\b[^>]*>|</a>")
"""An image, or where a link starts or ends (the sanitiser escapes a '>' in a value)."""
_ATTRIBUTE = later(r'([\w:-]+)="([^"]*)"')


def _pictures_from_elsewhere_as_links(html: str) -> str:
    """``html`` with each image that is not the story's own (``media/...``) made a link to
    it, named by its alt text: shown as it is, a picture from another site would have
    every reader's browser ask that site for it, telling it who reads the page (a
    tracking pixel in content from a pull request). The story's pictures stay. Within a
    link (``[![logo](https://x.org/logo.png)](https://x.org)``) it is that link's words,
    not a link in a link: a browser reads that as two, the outer one empty, and
    ``links.story_media_at`` read the inner one as the outer one's words and kept its
    address, a draft's file (its id) too."""
    if "<img" not in html:
        return html
    in_link: str | None = None
    """The address of the link the text is in, if it is in one ('' for one without)."""

    def link(found: re.Match[str]) -> str:
        nonlocal in_link
        if found.group(1) is None:  # a link's start or end, not an image
            start = not found.group().startswith("</")
            in_link = dict(_ATTRIBUTE().findall(found.group())).get("href", "") if start else None
            return found.group()
        attributes = dict(_ATTRIBUTE().findall(found.group(1)))
        src = attributes.get("src", "")
        if src.startswith("media/"):
            return found.group()
        alt = htmllib.unescape(attributes.get("alt") or "")
        if in_link is not None:
            # Without alt text, nothing: the link's other words, or else its address
            # (``_NAMELESS``; the picture's own address read as the words of a link that
            # goes elsewhere).
            return htmllib.escape(alt, quote=False) if alt else _DROPPED
        words = alt or htmllib.unescape(src)
        if not src:
            return htmllib.escape(words, quote=False)
        return f'<a href="{src}" rel="noopener noreferrer">{htmllib.escape(words, quote=False)}</a>'

    html = _IMG_OR_LINK().sub(link, html)
    if _DROPPED in html:
        html = _NAMELESS().sub(r"\1\2</a>", html).replace(_DROPPED, "")
    return html


_DROPPED = "\x00"
"""Where a picture without alt text was in a link, until the link is named. (A text
would hold a NUL only through YAML's "\\0" escape: it is no character a page may have,
and goes too.)"""
_NAMELESS = later(rf'(<a\b[^>]*\bhref="([^"]*)"[^>]*>)\s*{_DROPPED}\s*</a>')
"""A link whose only words were such a picture: named by its address."""


_LINK = re.compile(r"<a (?![^>]*\bdir=)([^>]*)>([^<]*)</a>")
"""A link as the sanitiser writes it, its words plain text, without a direction yet."""
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+")
"""Words that are an address (a web page's or an e-mail's), always written left to right."""


def _addresses_left_to_right(html: str) -> str:
    """``html`` with each link that shows an address (``<https://...>``, a link whose
    words are its address) marked ``dir="ltr"``, which also sets it apart from the
    text around it: in Arabic or Hebrew text, an address's last ``/`` or ``.`` took the
    direction of the words after it and was drawn at the address's other end
    (``/https://example.org``). Links of words keep the text's direction."""
    if "<a " not in html:
        return html

    def mark(found: re.Match[str]) -> str:
        if _ADDRESS.fullmatch(htmllib.unescape(found.group(2))) is None:
            return found.group()
        return f'<a {found.group(1)} dir="ltr">{found.group(2)}</a>'

    return _LINK.sub(mark, html)


_LINE_END = re.compile(r"(?P<before>[^\x00-\u10ff])(?P<tags>(?:<[^<>]*>)*\n(?:<[^<>]*>)*)(?=[^\x00-\u10ff])")
"""A line end in a text between two characters past the alphabets, and the tags on either
side of it (``**地震**`` ends in one): a candidate for ``_joined_between_wide_letters``."""
_PAST_THE_ALPHABETS = re.compile(r"[^\x00-\u10ff]")
"""A character past the alphabets: a text without one (most) has no line end to join,
and is told so four times faster than by looking for ``_LINE_END``."""
_PRE = later(r"<pre\b.*?</pre>", re.DOTALL)
_HANGUL = later(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")


def _wide(ch: str) -> bool:
    """Whether ``ch`` is a wide character of a script written without spaces between its
    words (Chinese, Japanese, their punctuation), as CSS Text tells them: East Asian Width
    F, W or H, but not Hangul, as Korean puts spaces between its words."""
    return unicodedata.east_asian_width(ch) in ("F", "W", "H") and not _HANGUL().match(ch)


def _joined_between_wide_letters(html: str) -> str:
    """``html`` without the line ends of its source between two wide characters (Chinese,
    Japanese; not in a code block): an editor wraps a long paragraph of Chinese in its file
    where a line fills up, and a browser shows each such line end as a space, which
    Chinese and Japanese never put between their words ("遇难， 北川"). CSS Text asks
    browsers to drop such a break; Chromium does not. A line end beside a Latin letter or
    a digit stays a space, as the same rule keeps it."""
    if "\n" not in html or _PAST_THE_ALPHABETS.search(html) is None:
        return html

    def join(text: str) -> str:
        def joined(found: re.Match[str]) -> str:
            before, tags = found.group("before"), found.group("tags")
            return before + (tags.replace("\n", "") if _wide(before) and _wide(text[found.end()]) else tags)

        return _LINE_END.sub(joined, text)

    if "<pre" not in html:
        return join(html)
    parts, done = [], 0
    for block in _PRE().finditer(html):
        parts += [join(html[done : block.start()]), block.group()]
        done = block.end()
    return "".join([*parts, join(html[done:])])


def _unwrapped(html: str) -> Markup:
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)


_HUNGARIAN_DATE_FIRST = later(
    r"(\A|\n[ \t]*\n)([ \t]{0,3})(\d{4})\.(?=[ \t]+(?:január|február|március|április|május|június|július"
    r"|augusztus|szeptember|október|november|december|jan\.|febr\.|márc\.|ápr\.|máj\.|jún\.|júl\.|aug\."
    r"|szept\.|okt\.|nov\.|dec\.))",
    re.IGNORECASE,
)
"""A paragraph that opens with a Hungarian date, year first ('2010. október 4-én ...'), as
Hungarian sentences often do: Markdown reads its '2010.' as a list numbered from 2010."""


_LATVIAN_DATE_FIRST = later(
    r"(\A|\n[ \t]*\n)([ \t]{0,3})(\d{4}|[1-9]|[12]\d|3[01])\.(?=[ \t]+(?:gad[aāsuiem]\w*|g\.|janvār|februār"
    r"|mart|aprīl|maij|jūnij|jūlij|august|septembr|oktobr|novembr|decembr))",
    re.IGNORECASE,
)
"""A paragraph that opens with a Latvian date, whose year and day are ordinals with a dot:
the year before 'gads' in any case or 'g.' ('2013. gada 21. novembrī ...', '2014. gadā'), a
day before a month in any case ('21. novembrī ...'). Markdown reads the number as a list's."""

_DATE_FIRST = {"hu": _HUNGARIAN_DATE_FIRST, "lv": _LATVIAN_DATE_FIRST}
"""Languages whose sentences often open with a number and a dot that is a date's, and where."""


def _dates_kept(text: str, date_first: re.Pattern[str]) -> str:
    """``text``, Markdown, with the dot after a date's number that opens a paragraph escaped
    ('2010\\. október', '2013\\. gada'), so that it stays a sentence's date: the pages showed
    'október 4-én átszakadt...' and 'gada 21. novembrī Rīgas Zolitūdē...' as the first item
    of a list numbered from 2010 or 2013, the year gone."""
    return date_first.sub(r"\1\2\3\\.", text)


_LTR_LETTERS = (
    "A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f"
    "\u0531-\u0587\u0900-\u0963\u0966-\u1fff\u2c00-\u2dff\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\uff21-\uff3a\uff41-\uff5a"
)
"""The letters of the scripts written left to right, near enough: Latin, Greek, Cyrillic,
Armenian, the scripts of India and South-East Asia, Georgian, Chinese, Japanese, Korean.
A character class, not 'a letter but not Arabic or Hebrew' (a lookahead at each
character): an Arabic 1,000-event build spent a quarter more on that."""
_NOT_IN_A_WORD = r"(?<![A-Za-z0-9&#])"  # nor in a character reference's name ('&quot;')
_LEFT_TO_RIGHT_RUN = later(
    rf"{_NOT_IN_A_WORD}(?:\d(?:[\d.,:/%\u2013-]*\d)?[ \t]*)?{_NOT_IN_A_WORD}[{_LTR_LETTERS}]"
    rf"(?:(?:&#?\w+;|[{_LTR_LETTERS}\d\s.,:;'\u2019/%+#@_\u2010-\u2014-])*[{_LTR_LETTERS}\d])?"
)
"""A run of words written left to right in a text written right to left: from a letter of
such a script, or a number and spaces before one, through its letters, numbers, spaces and
the punctuation inside a phrase ("U.S.", "don't", "AT&amp;T", "3:0", "45%"), to its last
letter or number; not through quotation marks or brackets, which are the text's: «2 steps
forward for peace» is the run between the marks (``search.js`` sets apart the same runs of
an excerpt)."""
_LTR_LETTER = later(rf"[{_LTR_LETTERS}]")


def _has_left_to_right_words(html: str) -> bool:
    """Whether the text of ``html``, not its tags, has a letter of a left-to-right script:
    a search for one letter, past each tag it finds one in (twice as fast, on an Arabic
    summary, as a pattern of text after a tag's end)."""
    at = 0
    while (found := _LTR_LETTER().search(html, at)) is not None:
        start = found.start()
        if html.rfind("<", 0, start) <= html.rfind(">", 0, start):
            return True
        at = html.find(">", start) + 1
        if not at:
            return False
    return False


_TAG_OR_TEXT = later(r"(<[^>]*>)|([^<]+)")
_NOT_PROSE = ("code", "pre", "kbd", "samp", "bdi")
"""Elements whose text is not set apart: code as it is. A link showing an address is
already (``_addresses_left_to_right``, its ``dir``); a link's words are text."""
_IN_A_PHRASE = frozenset(
    ("a", "em", "strong", "b", "i", "sub", "sup", "abbr", "cite", "del", "ins", "s", "mark", "code")
)
"""Elements inside a line of text that a run of words may go through ('2 *steps*',
'**40** km', 'run `make build` now'): any other tag (a paragraph's, a list item's, a line
break, a quotation's ``<q>``, whose marks are the text's) ends the text a run is looked for
in. A code span's own text is never changed: a run may go through it, not start a
``<bdi>`` in it."""

_BDI, _END_BDI = '<bdi dir="ltr">', "</bdi>"


def isolated_runs(text: str, language: str) -> Markup:
    """Plain ``text`` (a headline, a name) escaped as HTML, with each run of words written
    left to right set apart as in a Markdown text (``_left_to_right_runs_isolated``) when
    ``language`` is written right to left: 'BBC 2 تقول' shows its '2' after 'BBC', not
    before. Only for a page's text: an attribute, a ``<title>``, a feed or an export
    holds no tags, and has the plain text."""
    html = str(Markup.escape(text))
    if writes_right_to_left(language):
        html = _left_to_right_runs_isolated(html)
    return Markup(html)


@functools.lru_cache(maxsize=4096)  # a name is on the page of each event naming it
def isolated_runs_in_own_direction(text: str) -> Markup:
    """Plain ``text`` (a name) escaped as HTML for an element of ``dir="auto"``, which sets
    it apart in the direction of its first letter (``reads_right_to_left``) on any page,
    and so needs nothing more where that is left to right: its runs are set apart
    (``isolated_runs``) only when it reads right to left. An English name in a name's
    link on an Arabic page had a ``<bdi dir="ltr">`` inside its ``<a dir="auto">``, which
    said again what the link said; an Arabic name opening a number and English words
    ('مبنى 2 Terminal') needs its run set apart on an English page as on an Arabic one."""
    html = Markup.escape(text)
    if reads_right_to_left(text):
        return Markup(_left_to_right_runs_isolated(str(html)))
    return html


LEFT_TO_RIGHT_ISOLATE, FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2066", "\u2068", "\u2069"
"""The invisible characters that set apart a text as a ``<bdi>`` does (left to right, in
its first letter's direction) and close it: for text that can hold no element."""


def runs_marked(text: str) -> str:
    """Plain ``text`` with each run of words written left to right (``_LEFT_TO_RIGHT_RUN``)
    set apart between the invisible left-to-right isolate and its end (U+2066, U+2069):
    the runs a page's text sets apart in a ``<bdi dir="ltr">``, where no element can hold
    one (a menu's ``<option>``, a map's SVG ``<text>``). Still plain text, not HTML."""
    escaped = str(Markup.escape(text))
    if _LTR_LETTER().search(escaped) is None:
        return text
    marked = _LEFT_TO_RIGHT_RUN().sub(rf"{LEFT_TO_RIGHT_ISOLATE}\g<0>{POP_ISOLATE}", escaped)
    return htmllib.unescape(marked)


def option_text(text: str, page_right_to_left: bool) -> str:
    """Plain ``text`` (a name) for a menu's ``<option>``, which holds text only, laid out
    as a name's link is on the page (``isolated_runs_in_own_direction``): on a
    right-to-left page its runs of Latin words are set apart (``runs_marked``); on a
    left-to-right one a name that reads right to left is set apart in its direction
    (the first-strong isolate), its runs inside it. Chromium lays an option's text out in
    the select's direction: '1 WWW' in an Arabic menu showed 'WWW 1', and an Arabic name's
    '2 Terminal' read 'Terminal 2'. The menu keeps the page's alignment, as a ``dir`` on
    the option would not."""
    if page_right_to_left:
        return runs_marked(text)
    if reads_right_to_left(text):
        return f"{FIRST_STRONG_ISOLATE}{runs_marked(text)}{POP_ISOLATE}"
    return text


def _tag_name(tag: str) -> str:
    """The element's name of a tag ('<em>', '</a>', '<a href=...>'), in lower case."""
    return tag[1:].lstrip("/").split(None, 1)[0].rstrip(">/").lower() if len(tag) > 2 else ""


@functools.lru_cache(maxsize=4096)  # a summary is on its event's page and the story's
def _left_to_right_runs_isolated(html: str) -> str:
    """``html`` of a text written right to left with each run of words written left to
    right (``_LEFT_TO_RIGHT_RUN``) set apart in a ``<bdi dir="ltr">``: by the bidirectional
    algorithm, a number before English words in Arabic text is the Arabic's, and was drawn
    after them ('«steps forward for peace 2»', 'km 40'). Not in code, nor in a link
    showing an address. A run is looked for through the tags of a line's emphasis and
    links ('**40** km'), in each stretch of text between other tags (``_IN_A_PHRASE``)."""
    if not _has_left_to_right_words(html):
        return html
    out: list[str] = []
    kept: list[str] = []  # the elements open round this point whose text stays as it is
    stretch: list[str] = []  # the text and inline tags since the last other tag
    for tag, text in _TAG_OR_TEXT().findall(html):
        if not tag:
            (out if kept else stretch).append(text)
            continue
        name = _tag_name(tag)
        if not kept:
            if name in _IN_A_PHRASE and not (name == "a" and " dir=" in tag):
                stretch.append(tag)
                continue
            out.append(_stretch_isolated(stretch))
            kept = _open_in_code(stretch)  # a code element this tag is inside ('<code>a<br>b</code>')
            stretch.clear()
            if not kept and (tag.startswith("</") or not (name in _NOT_PROSE or name == "a")):
                out.append(tag)
                continue
        _follow(kept, tag, name)
        out.append(tag)
    out.append(_stretch_isolated(stretch))
    return "".join(out)


def _follow(open_elements: list[str], tag: str, name: str) -> None:
    """``open_elements`` (names, outermost first) after ``tag``, of element ``name``: a start
    tag opens one (not a void element's), an end tag closes the innermost if it is that."""
    if tag.startswith("</"):
        if open_elements and open_elements[-1] == name:
            open_elements.pop()
    elif name not in _VOID and not tag.endswith("/>"):
        open_elements.append(name)


def _open_in_code(parts: list[str]) -> list[str]:
    """The elements still open after a stretch of text and inline tags (``parts``) from its
    outermost code element inward: a tag that ends the stretch (a line break, a ``<q>``)
    may come inside a code element, whose text after it is code too. Empty when none is."""
    if not any(part.startswith("<code") for part in parts):
        return []
    open_elements: list[str] = []
    for part in parts:
        if part.startswith("<"):
            _follow(open_elements, part, _tag_name(part))
    return open_elements[open_elements.index("code") :] if "code" in open_elements else []


def _stretch_isolated(parts: list[str]) -> str:
    """A stretch of text and inline tags (``parts``, each one or the other) with its runs
    of words written left to right set apart. A run that goes through tags is set apart
    whole where a ``<bdi>`` can hold it (``_run_marks``): its tags close inside it, or the
    run fills the element it starts or ends in, or that element is emphasis that may be
    cut in two; else (it goes through the edge of a link among other words) it is marked
    to be read whole left to right without one (``_marks_through``)."""
    if len(parts) == 1 and not parts[0].startswith("<"):  # text alone: most stretches
        return _LEFT_TO_RIGHT_RUN().sub(rf"{_BDI}\g<0>{_END_BDI}", parts[0])
    flat = "".join(parts)
    starts = list(itertools.accumulate((len(p) for p in parts), initial=0))
    texts = [i for i, part in enumerate(parts) if not part.startswith("<")]
    is_text = set(texts)  # asked of each part a run spans: a list took time in its length
    joined = "".join(parts[i] for i in texts)
    in_joined = list(itertools.accumulate((len(parts[i]) for i in texts), initial=0))

    def at(index: int, end: bool = False) -> tuple[int, int]:
        """The part (by its place in ``parts``) holding the text's character ``index`` (the
        one before it for an ``end``), and its offset there."""
        k = bisect.bisect_right(in_joined, index - end) - 1
        return texts[k], index - in_joined[k]

    in_code = _in_code(parts)
    marks: list[tuple[int, str]] = []  # where, in ``flat``, a tag goes
    for run in _LEFT_TO_RIGHT_RUN().finditer(joined):
        (first, offset), (last, end) = at(run.start()), at(run.end(), end=True)
        if all(i in in_code for i in range(first, last + 1) if i in is_text):
            continue  # code as it is
        whole = _run_marks(parts, starts, (first, offset), (last, end))
        if whole is not None:
            marks += whole
            continue
        marks += _marks_through(parts, starts, (first, offset), (last, end), in_code)
    out, done = [], 0
    for where, mark in marks:
        out += [flat[done:where], mark]
        done = where
    return "".join([*out, flat[done:]])


LEFT_TO_RIGHT_MARK = "\u200e"
_ARABIC_DIGITS = re.compile("[\u0660-\u0669\U00010d30-\U00010d39]+")
"""The digits a run may hold that the bidirectional algorithm reads as Arabic numbers
(its class AN): not turned left to right by the letters before them, as the others are."""


def _marks_through(
    parts: list[str], starts: list[int], begin: tuple[int, int], finish: tuple[int, int], in_code: set[int]
) -> list[tuple[int, str]]:
    """Where in the joined ``parts`` the left-to-right marks (U+200E) go that make the
    bidirectional algorithm read a run from ``begin`` to ``finish`` as one run left to
    right where no ``<bdi>`` can hold it whole: it starts or ends in a link (or an
    ``<abbr>``, or code) among other words. A ``<bdi>`` there would cut the link in two, two
    stops for the keyboard; HTML allows no isolate (U+2066...U+2069) that starts in one
    element and ends in another; and a ``<bdi>`` each side of the link's edge is two
    isolates, each a neutral to the Arabic or Hebrew round it, drawn right to left ('News
    BBC', 'forward 2 steps'). A link sets nothing apart, so the run's letters are one run
    left to right through its edge as they are; what may not be is a number: one that
    opens the run is read as the Arabic's or Hebrew's (a mark before it, a strong left-to-
    right character, makes it the run's), and Arabic-Indic digits always are (a mark each
    side of them). The marks are characters, not embeddings: HTML's rule is kept."""
    (first, offset), (last, end) = begin, finish
    marks: list[tuple[int, str]] = []
    for i in range(first, last + 1):
        if i not in in_code and not parts[i].startswith("<"):
            lo, hi = (offset if i == first else 0), (end if i == last else len(parts[i]))
            if i == first and parts[i][lo].isdecimal() and _ARABIC_DIGITS.match(parts[i], lo) is None:
                marks.append((starts[i] + lo, LEFT_TO_RIGHT_MARK))
            for digits in _ARABIC_DIGITS.finditer(parts[i], lo, hi):
                marks += [
                    (starts[i] + digits.start(), LEFT_TO_RIGHT_MARK),
                    (starts[i] + digits.end(), LEFT_TO_RIGHT_MARK),
                ]
    return marks


def _in_code(parts: list[str]) -> set[int]:
    """The places in ``parts`` of the texts inside a code span."""
    inside, depth = set(), 0
    for i, part in enumerate(parts):
        if part.startswith("<"):
            if _tag_name(part) == "code":
                depth += -1 if part.startswith("</") else 1
        elif depth > 0:
            inside.add(i)
    return inside


_CUT_IN_TWO = frozenset(("em", "strong", "b", "i", "s", "del", "ins", "mark", "cite", "sub", "sup"))
"""The elements a run of words may cut in two, where it starts or ends among their other
words ('2 *steps وقال*'): closed where the run's ``<bdi>`` opens or closes and opened
again on the other side, emphasis looks the same and means the same. Not a link (two
links, two stops for the keyboard, for one), an ``<abbr>`` (its title read twice) or code."""


def _run_marks(
    parts: list[str], starts: list[int], begin: tuple[int, int], finish: tuple[int, int]
) -> list[tuple[int, str]] | None:
    """Where in the joined ``parts`` (``starts``: where each begins) the tags go that set
    apart whole a run from ``begin`` to ``finish`` (each a text part's place and an offset
    in it), its tags balanced in its ``<bdi>``; None where none can. An element the run
    starts or ends in is taken in whole when the run fills it, else cut in two when it
    may be (``_CUT_IN_TWO``): '2 *steps وقال*' is '<bdi dir="ltr">2 <em>steps</em></bdi><em>
    وقال</em>', where the '2' set apart from 'steps' was drawn after it."""
    (first, offset), (last, end) = begin, finish
    opened: list[int] = []  # start tags inside the run not closed in it, by place
    closings: list[str] = []  # the elements open before the run that close in it, in order
    for i in range(first + 1, last):
        part = parts[i]
        if not part.startswith("<"):
            continue
        if not part.startswith("</"):
            opened.append(i)
        elif opened:
            if _tag_name(parts[opened.pop()]) != _tag_name(part):
                return None
        else:
            closings.append(_tag_name(part))
    around = _open_before(parts, first)[::-1][: len(closings)]  # the elements it starts in, innermost first
    if [_tag_name(parts[i]) for i in around] != closings:
        return None
    start, at = first, starts[first] + offset
    while around and offset == 0 and around[0] == start - 1:  # filled: taken in whole
        start, around = start - 1, around[1:]
        at = starts[start]
    stop, to = last, starts[last] + end
    while (
        opened
        and end == len(parts[last])
        and stop + 1 < len(parts)
        and parts[stop + 1] == f"</{_tag_name(parts[opened[-1]])}>"
    ):
        stop, opened = stop + 1, opened[:-1]
        to = starts[stop] + len(parts[stop])
    cut = [_tag_name(parts[i]) for i in [*around, *opened]]
    if any(name not in _CUT_IN_TWO for name in cut):
        return None
    opening = (
        "".join(f"</{_tag_name(parts[i])}>" for i in around) + _BDI + "".join(parts[i] for i in around[::-1])
    )
    closing = (
        "".join(f"</{_tag_name(parts[i])}>" for i in opened[::-1])
        + _END_BDI
        + "".join(parts[i] for i in opened)
    )
    return [(at, opening), (to, closing)]


def _open_before(parts: list[str], index: int) -> list[int]:
    """The places of the start tags of the elements open before ``parts[index]``,
    outermost first."""
    open_: list[int] = []
    for i in range(index):
        part = parts[i]
        if part.startswith("</"):
            if open_ and _tag_name(parts[open_[-1]]) == _tag_name(part):
                open_.pop()
        elif part.startswith("<"):
            open_.append(i)
    return open_


_TAG = re.compile(r"(<[^>]*>)")


_ATTRIBUTE_VALUE = re.compile(r'="([^"]*)"')
"""An attribute's value in a tag the converter wrote, which quotes each with '"'."""


def _bidi_closed_in_each_text(html: str) -> str:
    """``html`` with what each text between its tags opens of bidi embeddings, overrides
    and isolates closed at its end (``typography.bidi_closed``): an override opened inside
    an emphasis ('*\u202eyes* and left') drew the words after the emphasis backwards, to
    the end of the paragraph. Code too: there it is what 'Trojan Source' hides in. And
    each attribute's value (a picture's ``alt``, a link's ``title``): one left open there
    read a tooltip, or the words a screen reader says for a picture, backwards."""
    return "".join(
        (_bidi_closed_in_attributes(part) if part.startswith("<") else typography.bidi_closed(part))
        for part in _TAG.split(html)
    )


def _bidi_closed_in_attributes(tag: str) -> str:
    """``tag`` with each attribute value's open bidi controls closed at its end."""
    if not typography.holds_bidi_controls(tag):
        return tag
    return _ATTRIBUTE_VALUE.sub(lambda value: f'="{typography.bidi_closed(value[1])}"', tag)


class Typeset:
    """A converter's HTML with the quotation marks of one language (``i18n/typography.py``):
    conversions are shared by every language, and keep placeholders for the marks."""

    def __init__(self, markdown: MarkdownConverter, language: str) -> None:
        self.markdown = markdown
        self.language = language

    def __call__(self, text: str | None, language: str | None = None, under: int = 1) -> Markup:
        """``text`` as HTML, with the marks of ``language`` when it is given (a text in
        another language than the page's: a story's summary on the home page, a quote
        marked with its language), else of this converter's; its headings below the
        page's heading of level ``under`` that the text sits in (``below_heading``)."""
        written = language or self.language
        make = functools.partial(self._typeset, text, written, under)
        return self.markdown.typeset(text, written, under, make)

    def _typeset(self, text: str | None, written: str, under: int) -> Markup:
        date_first = _DATE_FIRST.get(primary(written)) if text else None
        if text and date_first:
            text = _dates_kept(text, date_first())
        html = typography.for_language(self.markdown(text), written)
        if text and typography.holds_bidi_controls(html):
            html = _bidi_closed_in_each_text(html)
        if text and writes_right_to_left(written):
            html = _left_to_right_runs_isolated(html)
        return Markup(below_heading(html, under))

    def inline(self, text: str | None, language: str | None = None) -> Markup:
        """The Markdown without its outer paragraph, for short fields shown inline."""
        return _unwrapped(self(text, language))


NO_BREAK_SPACES = ("\u00a0", "\u202f")
"""The spaces typography puts inside French quotes and before its colons: no line may
break there, in a search result or a shared link's text either."""


def plain_text(html: Markup) -> str:
    """``html`` as text (``Markup.striptags``: tags gone, runs of spaces one space,
    entities read), its no-break spaces kept: ``striptags`` splits on every Unicode space
    and joins with plain ones, so « en suspens » lost its thin spaces. They stand in as
    characters the text does not hold, and come back after."""
    text = str(html)
    if "&#" not in text and not any(space in text for space in NO_BREAK_SPACES):
        # Most texts have no such space, and no character reference that could read as a
        # stand-in: nothing to keep, and the same text as below.
        return str(Markup(text).striptags())
    unused = (c for c in map(chr, range(0xE000, 0xF900)) if c not in text)  # the private use area
    stand_ins = [next(unused) for _ in NO_BREAK_SPACES]
    for space, stand_in in zip(NO_BREAK_SPACES, stand_ins, strict=True):
        text = text.replace(space, stand_in)
    plain = str(Markup(text).striptags())
    for space, stand_in in zip(NO_BREAK_SPACES, stand_ins, strict=True):
        plain = plain.replace(stand_in, space)
    return plain
