"""A Markdown text's links as the page's converter reads them, and the media files they name.

Check, the lint and the build read a text's links here: the media files it uses
(``references``; ``media_in_html`` in the HTML of its page), the addresses it writes
with spaces (``unencoded``), without their folder (``unprefixed``) or spelled otherwise
than the file on disk (``spelled_on_disk``, ``respelled``), every link's address
(``addresses``) and where it is written (``Addresses``), and the links the page makes
(``links_made``). Each is read as Python-Markdown reads it: not in code or an HTML
comment, with the reference definitions of lists and quotes where Markdown reads them,
and without reading the text again from each opening (a text may come from a pull
request). Links to the story's own files are ``story_links.py``'s, read with this reading.

The reading's parts are modules of their own: what of a text shows links
(``markdown_shown.py``), the paths under media/ a text so shown links to
(``media_paths.py``), and the text's blocks as the converter reads them, where only
they tell a link from code or text (``markdown_blocks.py``).
"""

from __future__ import annotations

import bisect
import html as htmllib
import os
import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from urllib.parse import quote, unquote

from generator.content import markdown_shown
from generator.content.inline_links import (
    InlineLink,
    made_links,
    page_links,
    reference_descriptions,
    unescaped,
)
from generator.content.markdown_blocks import blocks_read, in_blocks, label_of, shown_in_place
from generator.content.markdown_shown import (
    QUOTE_MARKS,
    blanked,
    with_brackets,
    without_code,
)
from generator.content.media import ALLOWED
from generator.content.media_paths import (
    ANY_DEFINITION,
    BRACKETED,
    HTML_LINK,
    UNSAFE_IN_NAME,
    Spans,
    file_of,
    inline_paths,
    merged,
    references_shown,
    spaced_links,
)
from generator.markdown.rules import BLANK_LINE
from generator.patterns import later

_OPENER = later(r"""(?:\]\(\s*<?|\b(?:src|href)\s*=\s*["']?)""")
"""Where ``Addresses`` looks for addresses: after '](' (and '<'), or an HTML 'src=' or
'href='; and after a definition's start (``_DEFINITION_OPENER``)."""


_DEFINITION_OPENER = later(r"""^[ \t>*+\-\d.)]*\[[^\]\n]+\]:\s*<?""", re.MULTILINE)
"""A reference definition's '[r]: ' at any indent, in a list item or a quote (where
Markdown reads one too), between lines of backticks too (``_definitions_read``)."""


_ADDRESS_TEXT = later(r"""(?:[^\s)>"'<\\]|\\\S)+""")
"""An address as written where one starts, up to a space or what ends it: a backslash
and the character after it read as one (``media/c\\).pdf``, which links 'media/c).pdf')."""


class Addresses:
    """Where the link addresses of a Markdown text start (after '](', in a reference
    definition, or as an HTML 'src' or 'href'; not in code or a comment), read once, to
    say where each link a check names is: the same name in the text's words, its code or
    a picture's description is passed over."""

    LOOK_AHEAD = 64
    """How many addresses on from where the last one was found a name is looked for: the
    links a check names come in text order, so it is normally the next; a bound keeps a
    text of thousands of links from taking a search to its end for each."""

    def __init__(self, markdown: str) -> None:
        self.markdown = markdown
        self.read: tuple[str, list[int]] | None = None  # read when first asked (most texts never are)

    def find(self, spellings: tuple[str, ...], after: int) -> tuple[int, int]:
        """Where the next address from character ``after`` on is one of ``spellings``, and
        where it ends; (-1, ``after``) when none of the next ``LOOK_AHEAD`` is."""
        if self.read is None:
            shown = shown_in_place(self.markdown)
            openers = _OPENER().finditer(shown)
            if "]:" in self.markdown and (keys := _definition_keys(self.markdown)):
                # Not after a reference link's second bracket: '[a][R](x.pdf)' is text.
                text = _openings(self.markdown, shown) - _openings(self.markdown, shown, keys)
                openers = (found for found in openers if found.start() not in text)
            starts = [found.end() for found in openers]
            written = shown
            if "]:" in self.markdown:
                # A definition's, with its code in backticks (``_definitions_read``):
                # each character where it is in ``shown`` too.
                if "`" in self.markdown:
                    written = shown_in_place(self.markdown, code=False)
                starts += [found.end() for found in _DEFINITION_OPENER().finditer(written)]
            self.read = written, sorted(set(starts))
        shown, starts = self.read
        first = bisect.bisect_left(starts, after)
        decoded: set[str] | None = None
        for start in starts[first : first + self.LOOK_AHEAD]:
            for spelling in spellings:
                if shown.startswith(spelling, start):
                    return start, start + len(spelling)
            # Written with escapes of its own ('media/%2E%2E/x.pdf' for 'media/../x.pdf',
            # 'media/x\\[1\\].pdf' for 'media/x[1].pdf', an inline link's 'media/d\\(.pdf'
            # for 'media/d(.pdf').
            address = _ADDRESS_TEXT().match(shown, start)
            if address is not None and ("%" in address.group() or "\\" in address.group()):
                decoded = {unquote(s) for s in spellings} if decoded is None else decoded
                written = address.group()
                if decoded & {unquote(with_brackets(written)), unquote(with_brackets(unescaped(written)))}:
                    return start, address.end()
        return -1, after


def spelled_on_disk(written: Iterable[str], names: Iterable[str]) -> dict[str, str]:
    """Each of the media names ``written`` in the content that is no file's name, but is
    one of ``names`` (the files in media/) with its letters composed otherwise, with that
    file's name: 'café.jpg' typed, with 'é' as one character, for a file that macOS named
    with 'e' and an accent apart (or a name pasted from its Finder, for a file named as
    typed). The two look alike and are one file on a Mac, where the editor sees the
    picture; elsewhere, and on the site's server, they are two names. (Two files whose
    names are alike so are an error of their own, made when loading: the match is one.)"""
    by_composed = {unicodedata.normalize("NFC", name): name for name in names}
    found: dict[str, str] = {}
    for rel in written:
        real = by_composed.get(unicodedata.normalize("NFC", rel))
        if real is not None and real != rel and rel not in by_composed.values():
            found[rel] = real
    return found


def respelled(text: str, spelled: dict[str, str]) -> str:
    """``text``, a media file's name as an ``image:`` field gives it ('media/café.jpg') or
    a Markdown text, with each name of ``spelled`` (``spelled_on_disk``) that it links to
    written as the file's own, percent-encoded as every link is on the page; in code,
    where a link is shown as text, nothing changes."""
    if text.startswith("media/") and (real := spelled.get(text[6:])) is not None:
        return f"media/{real}"
    if "media/" not in text:
        return text
    pieces: list[str] = []
    done = 0
    for start, end in _media_paths(without_code(text)):
        written = text[start:end]
        real = spelled.get(unquote(with_brackets(written)))
        if real is None and "\\" in written:  # an inline link's escapes, which its page's href has not
            real = spelled.get(unquote(unescaped(written)))
        if real is not None and start >= done:
            pieces += [text[done:start], quote(real)]
            done = end
    return "".join([*pieces, text[done:]]) if pieces else text


def _media_paths(shown: str) -> list[tuple[int, int]]:
    """Where the paths under media/ of the addresses in ``shown`` (a text ``without_code``)
    start and end, in text order: of inline links, HTML, and reference definitions at any
    indent."""
    found = inline_paths(shown)
    found += [next(m.span(g) for g in (1, 2, 3) if m.group(g)) for m in HTML_LINK().finditer(shown)]
    found += [m.span(1) for m in ANY_DEFINITION().finditer(shown)] if "]:" in shown else []
    return sorted(found)


def references(markdown: str) -> list[str]:
    """Paths under media/ that a Markdown text links to or shows: ``[report](media/r.pdf)``,
    ``![map](media/map.png)``, reference definitions and raw ``src``/``href`` (not in
    code or an HTML comment, ``as_shown``: a file named only there stays private), in
    text order, each as often as it is written."""
    if "media/" not in markdown:
        return []
    if not in_blocks(markdown):
        return references_shown(markdown_shown.as_shown(markdown))
    read = blocks_read(markdown)
    exact = [*read.linked, *read.defined.values()]
    # In text order, to say where each is: the spellings anywhere a link's address may
    # start (an indented definition too), of those Markdown reads.
    ordered = []
    for rel in references_shown(markdown_shown.as_shown(markdown), definitions=ANY_DEFINITION()):
        if rel in exact:
            exact.remove(rel)
            ordered.append(rel)
    return ordered + exact


MARKDOWN_MEDIA = '="media/'
"""How a link or picture of Markdown to a story's media file starts in its HTML (an
attribute's value, written as from the story's own page: each text is converted once,
and ``links.story_media_at`` makes it right for the page it goes on)."""


HTML_TAG = later(r'<[A-Za-z](?:[^<>"]|"[^"]*")*>')
"""An HTML tag, past its quoted attributes (a '>' in a title)."""


MEDIA_LINK = later(r'(?<![\w-])(?P<attribute>href|src)="media/(?P<path>[^"]*)"')
"""A link's or a picture's address to a story's media file, in a tag of a text's HTML
(``HTML_TAG``; the sanitiser writes every value in double quotes). An alt text or a
title that starts 'media/' is words, not an address."""


def may_link_media(markdown: str) -> bool:
    """Whether a Markdown text may link to a media file: not unless it says 'media/', or
    has an entity, which may write it ('media&#47;x.pdf' links 'media/x.pdf')."""
    return "media/" in markdown or "&" in markdown


def media_in_html(html: str, shown_only: bool = False) -> list[str]:
    """The paths under media/ that ``html``, a story's Markdown text as the pages have it,
    links to or shows (``shown_only``: shows, as an ``<img>``), in its order: each tag's
    ``href`` or ``src`` that starts 'media/', read as the browser reads it to ask for the
    file (its entities, then without its '#' and '?' parts, then percent-decoded:
    'the%20map.png' is 'the map.png'). Code shown to readers ('&lt;img
    src="media/x.png"&gt;') is text, not a tag."""
    if MARKDOWN_MEDIA not in html:
        return []
    return [
        file_of(htmllib.unescape(found["path"]))
        for tag in HTML_TAG().finditer(html)
        if not shown_only or tag[0].startswith("<img")
        for found in MEDIA_LINK().finditer(tag[0])
        if not shown_only or found["attribute"] == "src"
    ]


def unencoded(markdown: str) -> list[tuple[str, str]]:
    """Links to media files written with spaces, '#' or '?', in angle brackets or as they
    are (``![map](media/the map.png)``), each with the address to write instead (those
    characters percent-encoded, as every link to such a file must be), in text order."""
    if "media/" not in markdown:
        return []
    keys = _definition_keys(markdown)
    markdown = markdown_shown.as_shown(markdown)
    found = [(m.start(), m[1]) for m in BRACKETED().finditer(markdown) if UNSAFE_IN_NAME().search(m[1])]
    if keys and found:  # not an inline link's that a reference's second bracket makes text
        made = {link.opening for link in page_links(markdown, labels=keys)}
        found = [(at, written) for at, written in found if not markdown.startswith("](", at) or at in made]
    found += [(link.opening, markdown[link.start : link.end]) for link in spaced_links(markdown, keys)]
    shown = (with_brackets(written) for _, written in sorted(found))
    return [(written, quote(written, safe="/%")) for written in shown]


_INLINE_ADDRESS = later(r"""\]\(\s*<?([^\s)>"'<]+)""")
"""The address of an inline link or picture of Markdown, up to a space."""


_HTML_ADDRESS = later(r"""\b(?:src|href)\s*=\s*["']?([^\s)>"'<]+)""")
"""The address of HTML's 'src' or 'href' written in Markdown, which the page keeps."""


_DEFINITION_ANYWHERE = later(r"""\[([^\[\]\n]*)\]:[ \t]*\n?[ \t]*(<?([^\s)>"'<]+)\S*)""")
"""What may be a reference definition, wherever it is (its label, its address as Markdown
takes it, and that address up to what ends a link's): Markdown reads one at any indent,
in a list item or a quote, after an HTML block on its line, and not in code or HTML,
which only its blocks can tell (``_definitions_read``)."""


_AT_A_LINES_START = later(r"\s{0,3}")
"""What may come before a definition on its line that the link rules always took as one,
used or not: up to 3 spaces (a quote's marks blanked)."""


def _link_addresses(markdown: str, *, html: bool = False) -> list[tuple[int, str]]:
    """The address of each link and picture of a Markdown text (not in code or an HTML
    comment), inline and as the reference definitions its page uses, with ``html`` those
    of its HTML too, each with where it starts in the text, in text order. Without a
    definition, the patterns alone read them (most texts)."""
    shown = shown_in_place(markdown)
    # Not one whose '(' never closes, nor one whose words a reference link takes.
    links = _openings(markdown, shown, _definition_keys(markdown))
    found = [(m.start(1), m.group(1)) for m in _INLINE_ADDRESS().finditer(shown) if m.start() in links]
    if html and ("src" in shown or "href" in shown):
        found += [(m.start(1), m.group(1)) for m in _HTML_ADDRESS().finditer(shown)]
    if "]:" in markdown:
        found += _definitions_read(markdown, shown)
    return [(start, with_brackets(address)) for start, address in sorted(found)]


def _openings(markdown: str, shown: str, keys: Collection[str] = ()) -> set[int]:
    """Where the '](' of each inline link and picture the page makes of ``markdown`` is
    in ``shown`` (its ``shown_in_place``), with its definitions' ``keys`` (or none)."""
    placed = blocks_read(markdown).placed if in_blocks(markdown) else None
    # Where its paragraphs start, as written: blanked code may leave a line blank.
    starts = placed.breaks if placed is not None else _paragraph_ends(markdown)
    return {link.opening for link in page_links(shown, starts, keys)}


def links_made(markdown: str) -> tuple[str, list[tuple[int, InlineLink]]]:
    """The inline links and pictures the page makes of ``markdown`` (not in code, an HTML
    comment, a link's words or a picture's description), each with where the '[' of its
    words is, in text order; with ``markdown`` as they are read in (``shown_in_place``:
    every other character where it was), to read their words and addresses from."""
    shown = shown_in_place(markdown)
    if "](" not in shown:
        return shown, []
    placed = blocks_read(markdown).placed if in_blocks(markdown) else None
    starts = placed.breaks if placed is not None else _paragraph_ends(markdown)
    keys = _definition_keys(markdown)
    made = made_links(shown, starts, keys)
    # A reference picture's description ('![d][R]') is its alt text, links and all.
    pictures = reference_descriptions(shown, keys, (start for start, _ in made))
    if pictures:
        in_alt = Spans(merged(pictures))
        made = [(start, link) for start, link in made if not in_alt.hold(start)]
    return shown, made


def _definition_keys(markdown: str) -> Collection[str]:
    """The keys of the reference definitions the page's converter reads in ``markdown``,
    as it keeps them: what ``made_links`` is given to tell a reference link ('[a][R]')
    from an inline link's words, as the build's reading of the page (``blocks_read``) is."""
    return blocks_read(markdown).definitions.keys() if "]:" in markdown else ()


def _paragraph_ends(markdown: str) -> list[int]:
    """Where the paragraphs of ``markdown`` end: its blank lines (a quote's too)."""
    if ">" in markdown:
        markdown = QUOTE_MARKS().sub(blanked, markdown)
    return [found.start() for found in BLANK_LINE.finditer(markdown)]


def _definitions_read(markdown: str, shown: str) -> list[tuple[int, str]]:
    """The addresses of the reference definitions of ``markdown`` (``shown``: its
    ``without_code``) that Markdown reads (in a list item or a quote too; not in code or
    an HTML block, nor one whose label a later one takes) with where each starts. Of those
    written in a list or a quote, or indented, only the ones a link uses: Markdown drops
    the others, and the link rules, which took a definition only at a line's start, must
    not fail a text that built before for a link no page has. Markdown reads definitions
    from the lines of a text before code in backticks: one between lines of '```', which
    are code in backticks to the converter, is read and linked (and a line that a
    definition takes out of it ends that code)."""
    written = markdown_shown.as_shown(markdown, in_place=True, code=False)
    candidates = list(_DEFINITION_ANYWHERE().finditer(written))
    if not candidates:
        return []
    read = blocks_read(markdown)
    found = []
    for m in candidates:
        label = markdown[m.start(1) : m.end(1)]
        address = markdown[m.start(2) : m.end(2)].lstrip("<").rstrip(">")  # as Markdown keeps it
        if read.definitions.get(label.strip().lower()) != address:
            continue
        line = written.rfind("\n", 0, m.start()) + 1
        if shown[m.start()] != "[" and _DEFINITION_OPENER().match(written, line) is None:
            continue  # in code within a line: no definition
        at_start = _AT_A_LINES_START().fullmatch(written, line, m.start()) is not None
        if at_start or label_of(label) in read.labels:
            found.append((m.start(3), m.group(3)))
    return found


_FILE_EXTENSION = re.compile(r"\.(?i:" + "|".join(re.escape(kind[1:]) for kind in ALLOWED) + ")")


def may_name_a_file(markdown: str) -> bool:
    """Whether an address in ``markdown`` may be one that ``names_a_file``: not unless
    it has the extension of one (or a '%', which may encode one)."""
    return "%" in markdown or _FILE_EXTENSION.search(markdown) is not None


def names_a_file(address: str) -> bool:
    """Whether a link's ``address`` is a story's file named without its folder:
    'wreck.jpg', 'maps/north.png', 'report.pdf' (a name ending in a kind of media file,
    neither an address of another site, 'www.x.org/a.jpg', nor under media/)."""
    if address.startswith(("media/", "/", "#", "?", ".")) or ":" in address:
        return False
    first, slash, _ = address.partition("/")
    if slash and "." in first:  # 'www.x.org/a.jpg': a site's address without https://
        return False
    path = file_of(address)
    return os.path.splitext(path)[1].lower() in ALLOWED


def unprefixed(markdown: str) -> list[str]:
    """The story's files a Markdown text links to without their folder ('wreck.jpg' for
    'media/wreck.jpg', ``names_a_file``), in Markdown or in HTML (``<a href="x.pdf">``,
    which the page keeps as it is): on the page such a link leads nowhere."""
    if not may_name_a_file(markdown):
        return []  # most texts: read at once
    found = (address for _, address in _link_addresses(markdown, html=True))
    return [file_of(a) for a in found if names_a_file(a)]


def addresses(markdown: str) -> list[tuple[int, str]]:
    """Every link's and picture's address of a Markdown text (not in code or an HTML
    comment), each with where it starts in the text."""
    return _link_addresses(markdown)


_HTML_LINK_TAG = later(r"""<(a|img)(?=[\s/>])(?:[^<>"']|"[^"]*"|'[^']*')*>""", re.IGNORECASE)
"""An HTML link's or picture's start tag, past its quoted attributes: the two whose
address the sanitiser keeps (``markup.ATTRIBUTES``: ``href``, ``src``)."""
_HTML_ATTRIBUTE = later(r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
"""An attribute of a tag, its value in double quotes, single quotes or none."""
_HTML_LINK_END = later(r"</a\s*>", re.IGNORECASE)
_TAGS = later(r"<[^<>]*>")


def html_links(shown: str) -> Iterator[tuple[int, str, str, str]]:
    """The links and pictures written in HTML in ``shown`` (a text as ``links_made``
    reads it: without its code and comments), which the page keeps as they are, each as
    the browser reads it: where its tag starts, 'link' or 'picture', its words (a link's
    text without its tags, a picture's alt; entities read) and its address (entities
    read, spaces at its ends dropped). Read once, however many tags are never closed."""
    tags = list(_HTML_LINK_TAG().finditer(shown))
    ends = [found.start() for found in _HTML_LINK_END().finditer(shown)]
    for i, tag in enumerate(tags):
        attributes: dict[str, str] = {}
        for found in _HTML_ATTRIBUTE().finditer(shown, tag.end(1), tag.end() - 1):
            value = next((v for v in found.groups()[1:] if v is not None), "")
            attributes.setdefault(found.group(1).lower(), htmllib.unescape(value))
        picture = tag.group(1).lower() == "img"
        address = attributes.get("src" if picture else "href")
        if address is None:
            continue
        if picture:
            words = attributes.get("alt", "")
        else:
            # Up to its '</a>', and not past the next link or picture's tag (each text
            # read once, however many links in it are never closed).
            end = ends[bisect.bisect_left(ends, tag.end())] if ends and ends[-1] >= tag.end() else tag.end()
            stop = min(end, tags[i + 1].start()) if i + 1 < len(tags) else end
            words = htmllib.unescape(_TAGS().sub("", shown[tag.end() : stop]))
        yield tag.start(), "picture" if picture else "link", words, address.strip()
