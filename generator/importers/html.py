"""HTML from a TimelineJS slide as Markdown or as plain text, made safe first.

TimelineJS accepts any HTML in a slide's text, caption and credit, and its spreadsheets
are edited by many hands, so the HTML is cleaned by an allow-list sanitiser (nh3) before
markdownify (a maintained HTML-to-Markdown converter) turns it into Markdown: scripts,
styles, frames, event handlers and ``javascript:`` addresses are gone before any
conversion. The pages sanitise the Markdown's HTML again when they render it.
"""

from __future__ import annotations

import html
import re
import urllib.parse
import warnings

import markdownify
import nh3
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning
from bs4.element import NavigableString, Tag

from generator.errors import CONTROL, NOT_TEXT
from generator.markdown.markup import MAX_HTML_TAGS, html_tags_over
from generator.markdown.rules import LINK_SCHEMES

KEPT_TAGS = {
    "p", "br", "hr", "a", "em", "strong", "b", "i", "u", "code", "pre", "blockquote", "q", "cite",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "sub", "sup", "del", "s", "strike",
}  # fmt: skip
"""What survives into Markdown: text formatting, paragraphs, lists, quotes and links."""
DROPPED_WITH_CONTENT = {
    "script", "style", "iframe", "object", "embed", "noscript", "template", "textarea",
    "select", "svg", "math", "title", "head",
}  # fmt: skip
"""Elements whose content is not text for readers: removed whole, not unwrapped."""

UNWRAPPED_BLOCKS = (
    "div", "section", "article", "aside", "nav", "main", "header", "footer", "address",
    "figure", "figcaption", "dl", "dt", "dd", "details", "summary", "fieldset", "legend",
    "hgroup", "center", "caption", "form",
)  # fmt: skip
"""Block elements that are not kept but whose content is: each stays a paragraph of its own."""
_UNWRAPPED_BLOCK = re.compile(rf"<(/?)(?:{'|'.join(UNWRAPPED_BLOCKS)})\b[^>]*>", re.IGNORECASE)
_BLOCK_EDGE = re.compile(
    rf"<(?:br|hr|/?(?:p|li|ul|ol|pre|h[1-6]|blockquote|tr|{'|'.join(UNWRAPPED_BLOCKS)}))\b[^>]*>",
    re.IGNORECASE,
)
"""Where a block starts or ends, or a line breaks: a space in one line of text."""
_LOOKS_LIKE_TAG = re.compile(r"<(?=[A-Za-z/!?])")
_LOOKS_LIKE_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_MARKDOWN_SIGNS = re.compile(r"[\\`\[\]]")
"""Backslashes, code spans and links' brackets."""
_LINE_MARKERS = re.compile(r"(^|\n)([ \t]*)(?:(#|>|[+-](?=\s|$))|(\d+)([.)])(?=\s|$))")
"""What starts a heading, a quotation or a list at the start of a line."""
_DASH_LINE = re.compile(r"^([ \t]*)(-[- \t]*)$", re.MULTILINE)
"""A line of ``-`` only (spaces between), which is a rule or makes the line above it a
heading. Each ``-`` is escaped: the pages' typography would make ``--`` a dash."""
_EQUALS_LINE = re.compile(r"(^|\n)([ \t]*)=(?=[= \t]*(?:\n|$))")
"""A line of ``=`` only, which makes the line above it a heading. Markdown has no
backslash before ``=``: its first is written as the entity ``&#61;``, which shows ``=``."""
_NEEDS_ESCAPE = re.compile(r"[\[\]<&\\`]|(?:^|\n)[ \t]*(?:[#>+=-]|\d+[.)])")
"""A cheap first test: whether a text may have anything to escape."""
_BARE_URL = re.compile(
    r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]"
    r"|(?<![\w/@.-])www\.[^\s<>\"']+[^\s<>\"'.,;:!?)\]]"
    r"|(?<![\w.+-])[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b",
    re.IGNORECASE,
)
"""An address written out in text, which TimelineJS shows as a link (its ``autolink``):
one with its scheme, a site's written from its 'www.' (linked with https, as a link
to it is: ``_complete_addresses``), and an email address (linked with mailto:)."""
_CELL_END = re.compile(r"</t[dh]\s*>", re.IGNORECASE)
_ROW_END = re.compile(r"</tr\s*>", re.IGNORECASE)
_CITE = re.compile(r"<cite\b")
"""A quotation's attribution, kept apart from the words it follows."""
_SPACED_BLANK_LINE = re.compile(r" *\n(?: *\n)+")
"""An empty line in Markdown, of spaces or none, with the spaces ending the line before."""
_BLANK_LINE = re.compile(r"[ \t]*\n(?:[ \t]*\n)+[ \t]*")
"""An empty line (spaces and tabs count as empty) and the space around it: where a
sheet's cell, or a JSON text, starts a new paragraph."""
_PARAGRAPH_HOLDERS = {"p", "blockquote", "[document]"}
"""Where a paragraph break can go: the document, a paragraph or a quotation. Not a list
item: the pages' Markdown wants its second paragraph indented four spaces, and
markdownify indents two, which would end the list there."""
_INLINE = {"a", "em", "strong", "b", "i", "u", "q", "cite", "sub", "sup", "del", "s", "strike"}
"""Kept tags that run inside a line: split in two where a paragraph breaks inside them."""
_PARAGRAPH_BREAK = "explainer-paragraph-break"
"""A made-up element marking where a paragraph ends (``_Converter`` writes an empty line)."""


def clean(text: str) -> str:
    """``text`` without control characters (but line breaks and tabs), line breaks as ``\\n``."""
    return NOT_TEXT.sub("", CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))


def safe_html(text: str) -> str:
    """The slide's HTML with only ``KEPT_TAGS`` and their plain attributes left."""
    # A table is not kept, but its cells stay apart: a space between cells, a line a row.
    text = _ROW_END.sub("<br>", _CELL_END.sub(" ", clean(text)))
    # The sanitiser would unwrap a <div> and run its text into the next; as a paragraph
    # it keeps its break (the parser closes a paragraph that another block would open).
    text = _UNWRAPPED_BLOCK.sub(r"<\1p>", text)
    return nh3.clean(
        text,
        tags=KEPT_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes={"a": {"href", "title"}},
        url_schemes=set(LINK_SCHEMES),
        link_rel=None,
    )


MAX_TAG_DEPTH = 100
"""How deep a slide's HTML may nest the tags the import keeps. A text nests a few;
thousands (``<b><b><b>...``) would exhaust Python's stack converting it, and take
time that grows with the square of the depth before that."""
_TAG = re.compile(r"<(/?)([a-z][a-z0-9]*)\b[^>]*>")


def too_many_tags(text: str) -> bool:
    """Whether the slide's HTML ``text`` holds more start tags than a content file's text
    may (``markup.MAX_HTML_TAGS``), before the sanitiser reads it: left open, 30,000
    '<ul><li>' in one slide took 16 s each time the import read it (43 s in all), and
    the square of that for a cell ten times longer (a hostile timeline)."""
    return text.count("<") > MAX_HTML_TAGS and html_tags_over(text, MAX_HTML_TAGS) is not None


def too_deep(text: str) -> bool:
    """Whether the slide's HTML ``text``, as the import keeps it (``safe_html``, whose
    output closes every tag it opens), nests tags more than ``MAX_TAG_DEPTH`` deep."""
    if text.count("<") <= MAX_TAG_DEPTH:
        return False  # too few tags to nest that deep: the usual text, not parsed
    depth = 0
    for closing, name in _TAG.findall(safe_html(text)):
        if name not in ("br", "hr"):  # the kept tags without an end
            depth += -1 if closing else 1
            if depth > MAX_TAG_DEPTH:
                return True
    return False


_HAS_LINK = re.compile(r"<a\b[^>]*\bhref", re.IGNORECASE)
"""A cheap first test: whether a text may hold a link."""


def dropped_links(text: str | None, *, plain: bool = False) -> list[str]:
    """The addresses of the links in the slide's HTML ``text`` that the import leaves out,
    in order (their words stay): those ``safe_html`` removes (``javascript:``, ``data:``,
    ``vbscript:``... anything but http, https, mailto and addresses within the site), or
    every link when the text becomes ``plain`` text (``to_text``). A link inside what is
    dropped whole (a script) is not counted: the script is reported."""
    if not text or not _HAS_LINK.search(text):
        return []
    found = []
    # One walk through the tree in document order, which does not go into what is
    # dropped whole: this parser nests each unclosed tag in the one before, so looking
    # through each link's ancestors (or taking each dropped element out) took minutes
    # for a hostile text of thousands. No recursion: the tree may be that deep.
    todo: list[Tag] = [_parsed(clean(text))]
    while todo:
        tag = todo.pop()
        if tag.name in DROPPED_WITH_CONTENT:
            continue
        href = tag.get("href") if tag.name == "a" else None
        if href is not None:
            href = str(href)
            if plain or not _kept_address(href):
                found.append(href)
        todo.extend(reversed([child for child in tag.contents if isinstance(child, Tag)]))
    return found


def links_in(text: str | None) -> list[tuple[str, str]]:
    """Each link of the HTML ``text`` (but inside what is dropped whole, a script), in
    order: its address, and its words, as plain text on one line."""
    if not text or not _HAS_LINK.search(text):
        return []
    found = []
    todo: list[Tag] = [_parsed(clean(text))]  # one walk, no recursion: as ``dropped_links``
    while todo:
        tag = todo.pop()
        if tag.name in DROPPED_WITH_CONTENT:
            continue
        if tag.name == "a" and tag.get("href") is not None:
            found.append((str(tag.get("href")), " ".join(tag.get_text().split())))
        todo.extend(reversed([child for child in tag.contents if isinstance(child, Tag)]))
    return found


def _parsed(text: str) -> BeautifulSoup:
    """The HTML ``text`` parsed. A slide's text may be an address alone, which Beautiful
    Soup warns a programmer of (it looks like a page's address, not HTML): to the editor
    importing, pages of its advice on fetching web pages."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(text, "html.parser")


def _kept_address(href: str) -> bool:
    """Whether the sanitiser keeps a link to ``href``: asked of it, so that what counts as
    a scheme (tabs inside it, capitals, spaces before it) is the sanitiser's own reading."""
    link = f'<a href="{html.escape(href)}">x</a>'
    kept = nh3.clean(
        link, tags={"a"}, attributes={"a": {"href"}}, url_schemes=set(LINK_SCHEMES), link_rel=None
    )
    return "href=" in kept


def _escape_text(soup: BeautifulSoup) -> None:
    """Escape text that would read as Markdown: a tag, an entity, a link, a code span, a
    heading, quotation or list at the start of a line, or a line of ``---`` or ``===``
    (a rule, or a heading of the line above). A slide that says ``&lt;b&gt;``,
    ``[x](y)``, ``# 1 killed`` or ``2010. A year of unrest`` means those characters, as
    TimelineJS shows them. (markdownify escapes only ``*`` and ``_`` without its
    ``escape_misc``, whose backslashes before ``<`` and ``&`` Python-Markdown would show.)"""
    for node in soup.find_all(string=True):
        text = str(node)
        if not _NEEDS_ESCAPE.search(text) or type(node) is not NavigableString:
            continue  # most text has nothing to escape: the cheap test first
        if any(parent.name in ("code", "pre") for parent in node.parents):
            continue
        text = _MARKDOWN_SIGNS.sub(lambda m: "\\" + m[0], text)
        text = _DASH_LINE.sub(lambda m: m[1] + m[2].replace("-", "\\-"), text)
        text = _LINE_MARKERS.sub(_escaped_marker, text)
        text = _LOOKS_LIKE_TAG.sub("&lt;", _LOOKS_LIKE_ENTITY.sub("&amp;", text))
        text = _EQUALS_LINE.sub(r"\1\2&#61;", text)  # after the entities above, or escaped too
        node.replace_with(NavigableString(text))


def _escaped_marker(match: re.Match[str]) -> str:
    """A line's ``#`` as ``\\#``; an ordered list's ``2010.`` as ``2010\\.``."""
    line, indent, sign, number, point = match.groups()
    return f"{line}{indent}\\{sign}" if sign else f"{line}{indent}{number}\\{point}"


def _link_addresses(soup: BeautifulSoup) -> None:
    """Addresses written out in text, outside links and code, made links of themselves."""
    for node in soup.find_all(string=_BARE_URL):
        if type(node) is not NavigableString or any(p.name in ("a", "code", "pre") for p in node.parents):
            continue
        text, pieces, at = str(node), [], 0
        for match in _BARE_URL.finditer(text):
            address = match[0]
            if not address.lower().startswith("http"):
                address = ("https://" if address.lower().startswith("www.") else "mailto:") + address
            link = soup.new_tag("a", href=address)
            link.string = match[0]
            pieces += [NavigableString(text[at : match.start()]), link]
            at = match.end()
        pieces.append(NavigableString(text[at:]))
        node.replace_with(*pieces)


def _complete_addresses(soup: BeautifulSoup) -> None:
    """A link to 'www.bbc.co.uk/news' as to 'https://www.bbc.co.uk/news': a site's address
    pasted without its scheme, which a browser (and check) reads as a page of this site."""
    for link in soup.find_all("a", href=_WWW):
        link["href"] = "https://" + str(link["href"])


_WWW = re.compile(r"^www\.[^\s/]+\.[^\s/]", re.IGNORECASE)
"""An address that starts with a site's name, 'www.': written without its scheme."""

_EMPHASIS = {"i": "em", "em": "em", "b": "strong", "strong": "strong"}
"""Tags by the emphasis they give in Markdown (``*`` or ``**``)."""


_SPACE = re.compile(r"\s")
_READ_OTHERWISE = str.maketrans({"'": "%27", '"': "%22", "\\": "%5C", "`": "%60"})
"""What Markdown reads otherwise in an address: a quoted end as the link's title
('it's_a_'test'' linked 'it'), a backslash as an escape, a backtick as code."""


def _markdown_addresses(soup: BeautifulSoup) -> None:
    """Each link's address as it can stand in Markdown's ``[text](address)``: a space
    would end it there, and a ')' with no '(' before it (or a '(' never closed) would end
    it early or not at all ('https://x.org/a)b' linked 'https://x.org/a' with 'b)' shown
    after); so would quotes, a backslash and a backtick (``_READ_OTHERWISE``). Those are
    percent-encoded, which names the same page; balanced brackets, as in
    'wiki/Dock_(disambiguation)', stay as they are, read whole."""
    for link in soup.find_all("a", href=True):
        href = _SPACE.sub(lambda space: urllib.parse.quote(space[0]), str(link["href"]))
        href = href.translate(_READ_OTHERWISE)
        depth = 0
        for char in href:
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth < 0:
                break
        if depth:
            href = href.replace("(", "%28").replace(")", "%29")
        link["href"] = href


def _merge_adjacent_emphasis(soup: BeautifulSoup) -> None:
    """Emphasis right after emphasis of the same kind, made one: ``<i>Le Monde</i><i>,
    Paris</i>`` as two would be ``*Le Monde**, Paris*``, one span showing two stars."""
    for tag in soup.find_all(list(_EMPHASIS)):
        if tag.decomposed:
            continue  # merged into the one before it
        while isinstance(after := tag.next_sibling, Tag) and _EMPHASIS.get(after.name) == _EMPHASIS[tag.name]:
            tag.extend(list(after.contents))
            after.decompose()


def _split_paragraphs(soup: BeautifulSoup) -> None:
    """Text that holds an empty line as paragraphs: a Text cell of two paragraphs, as
    Google Sheets exports it, or a JSON text with ``\\n\\n``. (TimelineJS itself sets the
    text as HTML, where every line break is a space, so its slides show one paragraph;
    but an editor who left an empty line meant a new one.) Emphasis or a link the break
    falls inside is closed before it and opened again after, so neither shows stray
    ``**``. Headings, list items and code are left as they are; a single line
    break is left too, and stays a space, as TimelineJS shows it."""
    pending = [node for node in soup.find_all(string=_BLANK_LINE) if type(node) is NavigableString]
    while pending:
        node = pending.pop()
        holder = _paragraph_holder(node)
        if holder is None:
            continue
        text = str(node)
        found = _BLANK_LINE.search(text)
        if found is None:
            continue
        before, after = NavigableString(text[: found.start()]), NavigableString(text[found.end() :])
        node.replace_with(before)
        _break_after(soup, before, holder, after)
        pending.append(after)  # it may hold another empty line


def _paragraph_holder(node: NavigableString) -> Tag | None:
    """The block ``node`` can start a new paragraph in, through inline tags only; None
    when it is in anything else (a heading, a list, code)."""
    for parent in node.parents:
        if parent.name in _PARAGRAPH_HOLDERS:
            return parent
        if parent.name not in _INLINE:
            return None
    return None


def _break_after(soup: BeautifulSoup, node: NavigableString, holder: Tag, after: NavigableString) -> None:
    """A paragraph break after ``node`` in ``holder``, then ``after``, then what followed
    ``node``: in copies of the inline tags ``node`` is in, which end before the break."""
    current: Tag | NavigableString = node
    inner: Tag | None = None
    outer: Tag | None = None
    while (parent := current.parent) is not None and parent is not holder:
        twin = soup.new_tag(parent.name, attrs={k: str(v) for k, v in parent.attrs.items()})  # href, title
        if outer is not None:
            twin.append(outer)
        twin.extend([sibling.extract() for sibling in list(current.next_siblings)])
        inner = inner or twin
        outer, current = twin, parent
    mark = soup.new_tag(_PARAGRAPH_BREAK)
    current.insert_after(mark)
    if inner is None or outer is None:
        mark.insert_after(after)  # no tag around it: the text follows the break
    else:
        mark.insert_after(outer)
        inner.insert(0, after)


def _raw_inline(name: str, el: Tag, text: str) -> str:
    """``text`` inside the HTML tag ``name``, its spaces at either end left outside; as it
    is inside code, which shows every character as written."""
    if el.find_parent(("code", "pre")) is not None:
        return text
    inside = text.strip(" ")
    if not inside:
        return ""
    before, after = (" " if text.startswith(" ") else ""), (" " if text.endswith(" ") else "")
    return f"{before}<{name}>{inside}</{name}>{after}"


class _Converter(markdownify.MarkdownConverter):
    """markdownify's conversion, with deletions, superscripts and subscripts kept as the
    HTML tags the pages allow: our Markdown has no ``~~strikethrough~~``, and without
    its tag ``10<sup>6</sup>`` would read as 106."""

    def convert_del(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        return _raw_inline("del", el, text)

    convert_s = convert_strike = convert_del

    def convert_pre(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        # As the HTML the pages allow: their Markdown has no ``` fences (it showed them as
        # text, and a line of --- inside as a rule), and an indented block after a list
        # would be read as part of its last item.
        code = el.get_text().strip("\n")
        if not code.strip():
            return ""
        return f"\n\n<pre><code>{html.escape(code, quote=False)}</code></pre>\n\n"

    def convert_explainer_paragraph_break(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        return "\n\n"  # _split_paragraphs' mark: an empty line, where a paragraph ends

    def convert_sup(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        return _raw_inline("sup", el, text)

    def convert_sub(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        return _raw_inline("sub", el, text)


def to_markdown(text: str | None) -> str:
    """A slide's HTML as Markdown, safe, without surrounding blank space."""
    if not text or not text.strip():
        return ""
    soup = _parsed(_CITE.sub(" <cite", safe_html(text)))
    _split_paragraphs(soup)  # before escaping: each paragraph's first line is a line's start
    _complete_addresses(soup)
    _link_addresses(soup)
    _markdown_addresses(soup)
    _escape_text(soup)
    _merge_adjacent_emphasis(soup)
    converter = _Converter(heading_style="atx", bullets="-", autolinks=False)
    markdown = converter.convert_soup(soup)
    lines = [line.rstrip() if not line.endswith("  ") else line for line in markdown.split("\n")]
    # Two line breaks in a row ('<br><br>', the empty line TimelineJS shows) made a line
    # of two spaces after one ending in two: Markdown's empty line, but a file no editor
    # writes (a quoted "...  \n  \n...", as a block may not hold such a line). It is
    # written as the empty line it is, which the pages render the same.
    return _SPACED_BLANK_LINE.sub("\n\n", "\n".join(lines)).strip()


_ASCII_SPACE = re.compile(r"[ \t\n\r\f\v]+")


def to_text(text: str | None) -> str:
    """A slide's HTML as one line of plain text: tags removed, entities decoded."""
    if not text:
        return ""
    spaced = _BLOCK_EDGE.sub(" ", clean(text))
    stripped = nh3.clean(spaced, tags=set(), clean_content_tags=DROPPED_WITH_CONTENT)
    # Only ASCII white space is collapsed: dates and text in other languages hold
    # no-break and thin spaces on purpose ('17 – 18 April', '2010 г.', 'p. 12 :').
    # The ends lose every kind of space: a headline of '&nbsp;' is no headline.
    return _ASCII_SPACE.sub(" ", html.unescape(stripped)).strip()


def shown_text(text: str | None) -> str:
    """A slide's ``display_date`` or ``group`` as TimelineJS3 shows it: it takes their
    text first (``stripMarkup`` in ``core/TimelineConfig.js``), then inserts that as
    HTML, so it is HTML read twice ('Q&amp;amp;A' is 'Q&A'; 'Q&amp;A' too)."""
    return to_text(to_text(text))
