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
"""

from __future__ import annotations

import bisect
import collections
import functools
import html as htmllib
import os
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from generator.content import backticks
from generator.content.inline_links import (
    InlineLink,
    made_links,
    page_links,
    reference_descriptions,
    unescaped,
)
from generator.content.media import ALLOWED

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_OPENER = re.compile(r"""(?:\]\(\s*<?|\b(?:src|href)\s*=\s*["']?)""")
"""Where ``Addresses`` looks for addresses: after '](' (and '<'), or an HTML 'src=' or
'href='; and after a definition's start (``_DEFINITION_OPENER``)."""
_DEFINITION_OPENER = re.compile(r"""^[ \t>*+\-\d.)]*\[[^\]\n]+\]:\s*<?""", re.MULTILINE)
"""A reference definition's '[r]: ' at any indent, in a list item or a quote (where
Markdown reads one too), between lines of backticks too (``_definitions_read``)."""


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _without_comments(markdown: str, in_place: bool) -> str:
    """``markdown`` less its HTML comments as Markdown drops them: closed, and either
    starting a line (after at most 3 spaces: a block, which may hold blank lines) or
    within one paragraph (no blank line, nor another '<!--', before its first '-->'). An
    unclosed one, one begun in a line that runs past a blank line, or one within a
    paragraph that another begins in, is shown as text, links and all (a test
    compares this with the converter, and with the one regular expression that says it,
    which took seconds on a long text of unclosed ones). ``in_place``: blanked out, every
    line break kept where it was."""
    blank_lines: list[int] | None = None
    pieces: list[str] = []
    done = at = 0
    close = -1  # the first '-->' at or after where the last search began
    while (start := markdown.find("<!--", at)) != -1:
        if close < start + 4:
            close = markdown.find("-->", start + 4)
        if close == -1:
            break  # unclosed, as every one after it is
        line = markdown.rfind("\n", 0, start) + 1
        lead = markdown[line:start]
        if len(lead) <= 3 and not lead.strip(" \t"):
            begin = line  # a block: blank lines and all
        else:
            if blank_lines is None:
                blank_lines = [found.start() for found in _BLANK_LINE.finditer(markdown)]
            first_blank = bisect.bisect_left(blank_lines, start + 4)
            if first_blank < len(blank_lines) and blank_lines[first_blank] < close:
                at = start + 1  # its paragraph ends before it closes: text
                continue
            inner = markdown.find("<!--", start + 4, close)
            if inner != -1:
                at = inner  # another begins before it closes: text, up to that one
                continue
            begin = start
        end = close + 3
        gone = markdown[begin:end]
        pieces += [markdown[done:begin], re.sub(r"[^\n]", " ", gone) if in_place else ""]
        done = at = end
    return "".join([*pieces, markdown[done:]]) if pieces else markdown


CODE_LEFT = "\ue002"
"""What ``_as_shown`` leaves of code in backticks it takes out: a character of
Unicode's private use area, which no link syntax reads, so that a line of code alone
is left no blank line (which would end a paragraph, and a link's words over it)."""
_QUOTE_MARKS = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE)
"""The '>' that begin the lines of a blockquote."""
_ESCAPED_BRACKET = re.compile(r"(?<!\\)((?:\\\\)*)\\([\[\]])")
"""A bracket escaped to be shown as one (``\\[words\\](address)``, which the import
writes for a slide's literal brackets; ``media/x\\[1\\].pdf``), after the backslashes
shown before it: no link starts or ends there."""
_SHOWN_BRACKET = {"[": "\\\ue000", "]": "\\\ue001"}
"""What ``_as_shown`` writes for an escaped bracket: a backslash and a character of
Unicode's private use area, which no link syntax reads, in the bracket's place (so every
other character stays where it was)."""


def _shown_bracket(found: re.Match[str]) -> str:
    return found.group(1) + _SHOWN_BRACKET[found.group(2)]


def file_of(address: str) -> str:
    """The file an address names, as the browser asks for it: without its '#' part (a
    place in the file: 'report.pdf#page=12') and its '?' part, then percent-decoded
    ('north%20map%20%231.png' is 'north map #1.png')."""
    return unquote(address.split("#", 1)[0].split("?", 1)[0])


def with_brackets(text: str) -> str:
    """Part of ``_as_shown``'s text (a link's words or address) with its escaped
    brackets as the page shows them: ``x[1].pdf``."""
    if "\\" not in text:
        return text
    return text.replace(_SHOWN_BRACKET["["], "[").replace(_SHOWN_BRACKET["]"], "]")


def _as_shown(markdown: str, *, in_place: bool = False, code: bool = True) -> str:
    """``markdown`` less what shows no link on the page: code (where a link is text) and
    HTML comments (which readers never get); a blockquote's marks taken off first, so a
    comment in a quote is read as one in any paragraph. ``in_place``: blanked out instead,
    every other character where it was (to say where a link is). Escaped brackets are
    written so that no link syntax reads them (``_SHOWN_BRACKET``; ``with_brackets``
    gives them back in a link's words or address). Not ``code``: code in backticks kept."""
    cut: str | Callable[[re.Match[str]], str] = _blanked if in_place else ""
    if code and "`" in markdown:
        markdown = backticks.replaced(markdown, _spaced if in_place else lambda _: CODE_LEFT)
    if ">" in markdown:
        markdown = _QUOTE_MARKS.sub(cut, markdown)
    if "<!--" in markdown:
        markdown = _without_comments(markdown, in_place)
    if "\\" in markdown:
        markdown = _ESCAPED_BRACKET.sub(_shown_bracket, markdown)
    return markdown


_ADDRESS_TEXT = re.compile(r"""(?:[^\s)>"'<\\]|\\\S)+""")
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
            shown = _shown_in_place(self.markdown)
            openers = _OPENER.finditer(shown)
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
                    written = _shown_in_place(self.markdown, code=False)
                starts += [found.end() for found in _DEFINITION_OPENER.finditer(written)]
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
            address = _ADDRESS_TEXT.match(shown, start)
            if address is not None and ("%" in address.group() or "\\" in address.group()):
                decoded = {unquote(s) for s in spellings} if decoded is None else decoded
                written = address.group()
                if decoded & {unquote(with_brackets(written)), unquote(with_brackets(unescaped(written)))}:
                    return start, address.end()
        return -1, after


def without_code(markdown: str) -> str:
    """``markdown`` with its code and HTML comments blanked out, every other character
    where it was: what shows links on the page, to look for them and say where they are."""
    return _as_shown(markdown, in_place=True)


def _blanked(found: re.Match[str]) -> str:
    """What ``found`` matched, as spaces (its line breaks kept)."""
    return _spaced(found.group())


def _spaced(text: str) -> str:
    """``text`` as spaces (its line breaks kept)."""
    return re.sub(r"[^\n]", " ", text)


_BRACKETED = re.compile(r"""(?:\]\(\s*|^\s{0,3}\[[^\]\n]+\]:\s*)<(media/[^>\n]*)>""", re.MULTILINE)
"""A link to a media file written in angle brackets, as one whose name has a space (or a
'#') must be: ``![map](<media/map #2.png>)``. Markdown takes it, but the page would get
the address as written, where a browser reads '#' as the start of a fragment. (Such a
name is told by ``_UNSAFE_IN_NAME`` apart: one pattern for both read a line of 100 KB
without its '>' in a minute.)"""
_UNSAFE_IN_NAME = re.compile(r"[\s#?]")


def _spaced_links(markdown: str, keys: Collection[str] = ()) -> list[InlineLink]:
    """The inline links to a media file written without angle brackets whose address, as
    the page reads it (``page_links``, with the text's definitions' ``keys``), has a space
    in it: ``![map](media/the map.png)``. Not one over lines, or with angle brackets in
    it, which is no file's name written otherwise."""
    return [
        link
        for link in page_links(markdown, labels=keys)
        if not link.angled
        and markdown.startswith("media/", link.start)
        and _SPACE.search(markdown, link.start, link.end) is not None
        and _NOT_IN_A_SPACED_NAME.search(markdown, link.start, link.end) is None
    ]


_NOT_IN_A_SPACED_NAME = re.compile(r"[\n<>]")


_SPACE = re.compile(r"\s")


def _without_unencoded(markdown: str, keys: Collection[str] = ()) -> str:
    """``markdown`` without its links to media addresses with a space, '#' or '?' written as
    they are (``unencoded`` reports those, once; ``keys``: its definitions')."""
    if "<media/" in markdown:
        markdown = _BRACKETED.sub(lambda m: "" if _UNSAFE_IN_NAME.search(m[1]) else m[0], markdown)
    pieces: list[str] = []
    done = 0
    for link in _spaced_links(markdown, keys):
        pieces.append(markdown[done : link.opening])
        done = link.stop
    return "".join([*pieces, markdown[done:]]) if pieces else markdown


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
    found = _inline_paths(shown)
    found += [next(m.span(g) for g in (1, 2, 3) if m.group(g)) for m in _HTML_LINK.finditer(shown)]
    found += [m.span(1) for m in _ANY_DEFINITION.finditer(shown)] if "]:" in shown else []
    return sorted(found)


def references(markdown: str) -> list[str]:
    """Paths under media/ that a Markdown text links to or shows: ``[report](media/r.pdf)``,
    ``![map](media/map.png)``, reference definitions and raw ``src``/``href`` (not in
    code or an HTML comment, ``_as_shown``: a file named only there stays private), in
    text order, each as often as it is written."""
    if "media/" not in markdown:
        return []
    if not _in_blocks(markdown):
        return _references_shown(_as_shown(markdown))
    read = _blocks_read(markdown)
    exact = [*read.linked, *read.defined.values()]
    # In text order, to say where each is: the spellings anywhere a link's address may
    # start (an indented definition too), of those Markdown reads.
    ordered = []
    for rel in _references_shown(_as_shown(markdown), definitions=_ANY_DEFINITION):
        if rel in exact:
            exact.remove(rel)
            ordered.append(rel)
    return ordered + exact


def _references_shown(
    shown: str, definitions: re.Pattern[str] | None = None, keys: Collection[str] = ()
) -> list[str]:
    """``references`` of a text ``_as_shown`` made, whose definitions (if any) are
    ``definitions`` finds, and whose definitions' keys, as the converter keeps them, are
    ``keys`` (``made_links``: no inline link is made of a reference's second bracket)."""
    shown = _without_unencoded(shown, keys)  # an error of its own (``unencoded``)
    # An inline link's address as the page's href has it (a reference definition's and
    # HTML's keep their backslashes).
    made = made_links(shown, labels=keys)
    # A reference picture's description ('![map][R]') is its alt text, links and all.
    pictures = reference_descriptions(shown, keys, (start for start, _ in made))
    if pictures:
        in_alt = _Spans(_merged(pictures))
        made = [(start, link) for start, link in made if not in_alt.hold(start)]
    paths = _inline_paths(shown, made)
    found = [(start - len("media/"), unescaped(shown[start:end])) for start, end in paths]
    if "src" in shown or "href" in shown:
        # HTML in a picture's description is text: an inline picture's, or a reference's.
        alt = _Spans(_merged(_descriptions(shown, made) + pictures))
        html = (m for m in _HTML_LINK.finditer(shown) if not alt.hold(m.start()))
        found += [(m.start(), _html_address(m)) for m in html]
    if definitions is not None and "]:" in shown:
        found += [(m.start(), m.group(1)) for m in definitions.finditer(shown)]
    return [file_of(with_brackets(address)) for _, address in sorted(found)]


def _descriptions(shown: str, made: list[tuple[int, InlineLink]]) -> list[tuple[int, int]]:
    """Where the description of each picture of ``made`` (``made_links``) is in ``shown``,
    from its '[' to its ']': the page shows it as the picture's alt text, HTML and words
    in brackets and all (no picture's is in another's, so they come in text order)."""
    return [(start, link.opening) for start, link in made if start > 0 and shown[start - 1] == "!"]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in text order, those that overlap (one in another) made one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class _Spans:
    """Spans of a text that do not overlap, in text order, to ask which holds a place."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    def hold(self, at: int) -> bool:
        """Whether one of the spans holds the character at ``at``."""
        found = bisect.bisect_right(self.starts, at) - 1
        return found >= 0 and at < self.ends[found]


def _inline_paths(shown: str, made: list[tuple[int, InlineLink]] | None = None) -> list[tuple[int, int]]:
    """Where the path under media/ of each inline link's address is, as the page reads
    it (``inline_links``): ``[r](media/a(1).pdf)`` to the ')' that closes the link, a
    title written against it left out (``(media/a.pdf'Map')`` links media/a.pdf, while
    ``(media/o'brien.jpg)`` links the whole name). One whose '(' never closes is no link:
    the page shows it as text. A name with a space is cut there (``unencoded`` reports it)."""
    spans: list[tuple[int, int]] = []
    for link in page_links(shown) if made is None else (link for _, link in made):
        if not shown.startswith("media/", link.start):
            continue
        start = link.start + len("media/")
        space = _SPACE.search(shown, start, link.end)
        if space is None:
            spans.append((start, link.end))
        elif not link.angled and space.start() > start:
            spans.append((start, space.start()))
    return spans


_HTML_LINK = re.compile(r"""\b(?:src|href)\s*=\s*(?:"media/([^"\s]+)"|'media/([^'\s]+)'|media/([^\s>"']+))""")
"""HTML's 'src' or 'href' of a file under media/, its value in quotes or not."""


def _html_address(found: re.Match[str]) -> str:
    """The path of a ``_HTML_LINK``, whichever way its value is written."""
    return found.group(1) or found.group(2) or found.group(3)


_ANY_DEFINITION = re.compile(
    r"""^[ \t>*+\-\d.)]*\[[^\[\]\n]*\]:[ ]*\n?[ ]*<?media/(\S*?)>*(?=\s|$)""", re.MULTILINE
)
"""Where a reference definition of a media file may be, at whatever indent, in a list or
a quote: only to say in what order the definitions Markdown reads come."""
_BLOCK_LINE = r"(?:[ >]|(?:[*+\-]|\d+[.)])(?=[ \t]))*(?:\t| {4}|<)"
"""With a reference definition (']:'), what only the structure of blocks can tell: a
definition (which Markdown reads at the start of a line of any block: in a list item,
under its indent; not in code), and at a line's start, after any quote marks and list
markers, an indented line (code, or a list item's next paragraph: '- >     [u](m.pdf)'
is code in a quote in an item) or HTML (maybe a block of HTML, where Markdown's links
are text). Each marker is one way only (a '-' then a space or tab), so a line is read
once from its start."""


_ITEM_OR_QUOTE = r"[ \t]*(?:(?:[*+\-]|\d+[.)])[ \t]|>)"
"""A line that may start a list item or a quote: where code in backticks begun in the
line before may end, which only the blocks can tell (a quote's line ends a paragraph,
an item's only in a list; a line of a quote's paragraph may leave out its '>')."""


def _in_blocks(markdown: str) -> bool:
    """Whether ``markdown``'s links depend on its blocks (``_BLOCK_LINE``, a definition; code in backticks
    in a text of lists or quotes, ``_ITEM_OR_QUOTE``): most texts have neither
    definitions nor indented lines, and the patterns read their links exactly."""
    if "]:" in markdown or _starts_a_line(_BLOCK_LINE_STARTS, markdown):
        return True
    if not _starts_a_line(_ITEM_OR_QUOTE_STARTS, markdown):
        return False
    return "`" in markdown or ("](" in markdown and _brackets_over_lines(markdown))


def _brackets_over_lines(markdown: str) -> bool:
    """Whether a '[' of ``markdown`` is left open at its line's end, or a ']' closes
    none of its line's: a link's words over lines, which a list item or a quote's line
    may end (only its blocks tell)."""
    open_ones = 0
    for found in _BRACKET_OR_LINE_END.finditer(markdown):
        if found[0] == "\n":
            if open_ones:
                return True
        elif found[0] == "[":
            open_ones += 1
        elif not open_ones:
            return True
        else:
            open_ones -= 1
    return open_ones > 0


_BRACKET_OR_LINE_END = re.compile(r"[\[\]\n]")


def _line_starts(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``pattern`` at a text's start, and after a line break: searched for so, the line
    break found first, it is many times quicker than '^' in every place of a long text."""
    return re.compile(pattern), re.compile("\n" + pattern)


def _starts_a_line(patterns: tuple[re.Pattern[str], re.Pattern[str]], markdown: str) -> bool:
    """Whether a line of ``markdown`` starts with what ``patterns`` (``_line_starts``) match."""
    at_start, after_break = patterns
    return at_start.match(markdown) is not None or after_break.search(markdown) is not None


_BLOCK_LINE_STARTS = _line_starts(_BLOCK_LINE)
_ITEM_OR_QUOTE_STARTS = _line_starts(_ITEM_OR_QUOTE)


@dataclass(frozen=True)
class _Placed:
    """Where a text's code is, as its blocks read it (``_placed``)."""

    in_backticks: tuple[tuple[int, int], ...]
    """Where each code in backticks of its blocks' texts starts and ends in the text:
    such code ends with its block (a list item, a quote's paragraph), which the one
    reading of the whole text (``backticks.code_spans``) cannot tell."""
    indented: tuple[int, ...]
    """The numbers (from 0) of the text's lines of indented code."""
    breaks: tuple[int, ...] = ()
    """Where each of its blocks' texts starts (a list item, a quote's paragraph, text
    after a list in an item): the converter reads the links of each apart, so a '['
    in one closes with no ']' of another."""


@dataclass(frozen=True)
class _Read:
    """What the page's links of a text are, read with its blocks (``_blocks_read``)."""

    linked: list[str]
    """The paths under media/ of the links and pictures of the text's blocks, inline or
    in HTML, in the order of the blocks."""
    labels: frozenset[str]
    """The labels of the words in brackets outside code: what may use a definition."""
    definitions: dict[str, str]
    """The address of every reference definition Markdown reads, by its key as Markdown
    keeps it (its label stripped, in small letters): to any file, page or place."""
    code_lines: tuple[str, ...] = ()
    """The lines of the text's indented code, in text order, each ``_code_line``."""
    placed: _Placed | None = None
    """Where in the text its code is, as the blocks read it (``_placed``); None when
    a block's lines could not be found in it (read by content then, ``_outside_code``)."""

    @property
    def defined(self) -> dict[str, str]:
        """The path under media/ of each definition of a media file, by its label
        (``_label``)."""
        return {
            _label(label): file_of(address.removeprefix("media/"))
            for label, address in self.definitions.items()
            if address.startswith("media/") and not _SPACE.search(address)
        }


@functools.lru_cache(maxsize=64)  # check asks for its links, its addresses and its code: read once
def _blocks_read(markdown: str) -> _Read:
    """The links of ``markdown`` as Python-Markdown reads its blocks, the way the page's
    converter does (``markup.new_markdown``): its reference definitions where it finds
    them (in a list item, a quote), and the text of every block but code, where its
    inline links are. The blocks are all it reads: the inline patterns, which cost most
    of a conversion, are left to the patterns here."""
    from generator.render import markup

    if markup.markdown_problem(markdown) is not None:
        return _Read([], frozenset(), {})  # too costly to convert: the page shows it as text
    converter = markup.block_reader()
    root, raw_html = markup.blocks(converter, markdown)
    texts: list[str] = []
    code_lines: list[str] = []
    todo = [root]
    while todo:
        element = todo.pop()
        if element.tag != "pre":
            texts.append(element.text or "")
            todo.extend(reversed(element))
        else:  # code: shown as it is (its '<', '>' and '&' written as HTML)
            code = htmllib.unescape("".join(element.itertext()))
            code_lines += [_code_line(line) for line in code.split("\n") if _code_line(line)]
        texts.append(element.tail or "")
    definitions = {key: address for key, (address, _title) in converter.references.items()}
    linked: list[str] = []
    labels: set[str] = set()
    for text in texts:
        if "media/" in text or "[" in text:
            shown = _as_shown(text)
            linked += _references_shown(shown, keys=definitions.keys())
            labels |= _labels_used(shown, definitions.keys())
    for block in raw_html:  # HTML blocks: their HTML's links only
        shown = _as_shown(block)
        linked += [file_of(_html_address(m)) for m in _HTML_LINK.finditer(shown)]
    placed = _placed(markdown, _in_text_order(root))
    return _Read(linked, frozenset(labels), definitions, tuple(code_lines), placed)


def _in_text_order(root: Element) -> list[tuple[str, str]]:
    """The texts of the blocks under ``root`` in the order they are written, each with
    its element's tag ('pre' for indented code, whose text is its code's; '' for what
    follows an element within its parent)."""
    found: list[tuple[str, str]] = []
    todo: list[tuple[Element, bool]] = [(root, False)]
    while todo:
        element, done = todo.pop()
        if done:
            found.append(("", element.tail or ""))
            continue
        todo.append((element, True))  # its tail, once what is in it is read
        if element.tag == "pre":
            found.append(("pre", htmllib.unescape("".join(element.itertext()))))
            continue
        found.append((element.tag, element.text or ""))
        todo.extend((child, False) for child in reversed(element))
    return found


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
"""Whose text is within its line, not at its end ('# Title #')."""


def _placed(markdown: str, texts: list[tuple[str, str]]) -> _Placed | None:
    """Where the code of ``markdown`` is, from its blocks' ``texts`` in text order
    (``_in_text_order``): each line of a block's text is the end of one of the text's
    lines (less its marks, indent, or a heading's '#'), found from the line after the
    last one found on, so each line of the text is looked at once. None if one is not
    found (a text the converter changed otherwise: its code is placed by content)."""
    lines = markdown.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    spans: list[tuple[int, int]] = []
    indented: list[int] = []
    breaks: list[int] = []
    number = 0  # the first line not yet taken
    for tag, text in texts:
        if "\x02" in text or "\x03" in text:
            continue  # an HTML block's placeholder
        at: list[tuple[int, int]] = []  # where each of its lines is: line and column (tabs expanded)
        for line in text.split("\n"):
            key = line.rstrip()
            if not key:
                at.append((-1, 0))
                continue
            while number < len(lines):
                written = lines[number].expandtabs(4).rstrip()  # as the converter reads it
                column = written.find(key) if tag in _HEADINGS else len(written) - len(key)
                if column >= 0 and written.startswith(key, column):
                    break
                number += 1
            else:
                return None
            if tag == "pre":
                indented.append(number)
            elif all(placed == -1 for placed, _ in at):  # its first line: its block starts
                breaks.append(starts[number])
            at.append((number, column))
            number += 1
        if tag != "pre":
            spans += _code_spans(text, at, lines, starts)
    return _Placed(tuple(spans), tuple(indented), tuple(breaks))


def _code_spans(
    text: str, at: list[tuple[int, int]], lines: list[str], starts: list[int]
) -> list[tuple[int, int]]:
    """Where the code in backticks of a block's ``text`` is in the text its ``lines``
    are of (which start at ``starts``), each line of ``text`` at its line and column
    there (``at``: as the converter reads it, its tabs expanded)."""
    offsets = [0]
    for written in text.split("\n"):
        offsets.append(offsets[-1] + len(written) + 1)
    spans = []
    for code_start, code_end in backticks.code_spans(text):
        ends = []
        for position in (code_start, code_end - 1):
            of = bisect.bisect_right(offsets, position) - 1  # the line of ``text`` it is in
            number, column = at[of]
            ends.append(starts[number] + _index(lines[number], column + position - offsets[of]))
        spans.append((ends[0], ends[1] + 1))
    return spans


def _index(line: str, column: int) -> int:
    """Where in ``line`` the character is that is at ``column`` with its tabs expanded
    (a tab covers up to the next multiple of 4)."""
    if "\t" not in line:
        return column
    width = 0
    for index, char in enumerate(line):
        width = width + 4 - width % 4 if char == "\t" else width + 1
        if width > column:
            return index
    return len(line)


def _code_line(line: str) -> str:
    """A line of indented code as it is compared with the lines of its text: without
    the indent and quote marks before it (which the code does not keep), nor spaces."""
    return line.lstrip(" \t>").strip()


def _shown_in_place(markdown: str, *, code: bool = True) -> str:
    """``markdown`` as ``without_code`` shows it (or with its code in backticks kept:
    not ``code``), less its indented code too, every other character where it was, its
    code where the blocks read it (``_Placed``) when it depends on them."""
    placed = _blocks_read(markdown).placed if _in_blocks(markdown) else None
    if placed is None:
        return _outside_code(markdown, _as_shown(markdown, in_place=True, code=code))
    pieces: list[str] = []
    done = 0
    for start, end in placed.in_backticks if code else ():
        pieces += [markdown[done:start], _BLANK.sub(" ", markdown[start:end])]
        done = end
    lines = "".join([*pieces, markdown[done:]]).split("\n")
    for number in placed.indented:
        lines[number] = " " * len(lines[number])
    return _as_shown("\n".join(lines), in_place=True, code=False)


_BLANK = re.compile(r"[^\n]")


def _outside_code(markdown: str, shown: str) -> str:
    """``shown`` (``markdown`` as ``without_code`` shows it, or with code in backticks
    kept) with the lines of its indented code blanked out too, every other character
    where it was: only the blocks tell a list item's next paragraph from code, and a
    link in code is text on the page. Each of the code's lines, in text order, is the
    first indented line of the text not yet taken that reads the same."""
    if not _in_blocks(markdown):
        return shown
    code = collections.Counter(_blocks_read(markdown).code_lines)
    if not code:
        return shown
    lines = shown.split("\n")
    for number, written in enumerate(markdown.split("\n")):
        key = _code_line(written)
        if code[key] > 0 and written[:1] in (" ", "\t", ">"):
            code[key] -= 1
            lines[number] = " " * len(lines[number])
    return "\n".join(lines)


_BRACKETED_WORDS = re.compile(r"\[([^\[\]]{1,999})\]")
"""Words in brackets: where a link may name a definition's label ('[a][label]',
'[label][]', '[label]'), over lines too."""


def _labels_used(shown: str, keys: Collection[str]) -> set[str]:
    """The labels of the words in brackets of a block's text (``_as_shown``) that may use
    a definition: not the words of an inline link or picture the page makes ('[R]()'
    links to '', using no definition of 'R'; one that is a reference's second bracket
    is none, ``made_links`` with the definitions' ``keys``: '[words] [R](x.pdf)'), nor
    words in a picture's description, which the page shows as its alt text."""
    made = made_links(shown, labels=keys) if "](" in shown else []
    words = {link.opening: start for start, link in made}
    alt = _Spans(_descriptions(shown, made))
    used = set()
    for found in _BRACKETED_WORDS.finditer(shown):
        start = found.start()
        inline = words.get(found.end() - 1) == start
        if not inline and not alt.hold(start):
            used.add(_label(found[1]))
    return used


def _label(words: str) -> str:
    """A link label as Markdown matches them: letter case and runs of spaces aside."""
    return " ".join(words.split()).casefold()


MARKDOWN_MEDIA = '="media/'
"""How a link or picture of Markdown to a story's media file starts in its HTML (an
attribute's value, written as from the story's own page: each text is converted once,
and ``links.story_media_at`` makes it right for the page it goes on)."""
HTML_TAG = re.compile(r'<[A-Za-z](?:[^<>"]|"[^"]*")*>')
"""An HTML tag, past its quoted attributes (a '>' in a title)."""
MEDIA_LINK = re.compile(r'(?<![\w-])(?P<attribute>href|src)="media/(?P<path>[^"]*)"')
"""A link's or a picture's address to a story's media file, in a tag of a text's HTML
(``HTML_TAG``; the sanitiser writes every value in double quotes). An alt text or a
title that starts 'media/' is words, not an address."""


def may_link_media(markdown: str) -> bool:
    """Whether a Markdown text may link to a media file: not unless it says 'media/', or
    has an entity, which may write it ('media&#47;x.pdf' links 'media/x.pdf')."""
    return "media/" in markdown or "&" in markdown


def media_in_html(html: str) -> list[str]:
    """The paths under media/ that ``html``, a story's Markdown text as the pages have it,
    links to or shows, in its order: each tag's ``href`` or ``src`` that starts 'media/',
    read as the browser reads it to ask for the file (its entities, then without its '#'
    and '?' parts, then percent-decoded: 'the%20map.png' is 'the map.png'). Code shown
    to readers ('&lt;img src="media/x.png"&gt;') is text, not a tag."""
    if MARKDOWN_MEDIA not in html:
        return []
    return [
        file_of(htmllib.unescape(address))
        for tag in HTML_TAG.finditer(html)
        for address in (found["path"] for found in MEDIA_LINK.finditer(tag[0]))
    ]


def unencoded(markdown: str) -> list[tuple[str, str]]:
    """Links to media files written with spaces, '#' or '?', in angle brackets or as they
    are (``![map](media/the map.png)``), each with the address to write instead (those
    characters percent-encoded, as every link to such a file must be), in text order."""
    if "media/" not in markdown:
        return []
    keys = _definition_keys(markdown)
    markdown = _as_shown(markdown)
    found = [(m.start(), m[1]) for m in _BRACKETED.finditer(markdown) if _UNSAFE_IN_NAME.search(m[1])]
    if keys and found:  # not an inline link's that a reference's second bracket makes text
        made = {link.opening for link in page_links(markdown, labels=keys)}
        found = [(at, written) for at, written in found if not markdown.startswith("](", at) or at in made]
    found += [(link.opening, markdown[link.start : link.end]) for link in _spaced_links(markdown, keys)]
    shown = (with_brackets(written) for _, written in sorted(found))
    return [(written, quote(written, safe="/%")) for written in shown]


_INLINE_ADDRESS = re.compile(r"""\]\(\s*<?([^\s)>"'<]+)""")
"""The address of an inline link or picture of Markdown, up to a space."""
_HTML_ADDRESS = re.compile(r"""\b(?:src|href)\s*=\s*["']?([^\s)>"'<]+)""")
"""The address of HTML's 'src' or 'href' written in Markdown, which the page keeps."""
_DEFINITION_ANYWHERE = re.compile(r"""\[([^\[\]\n]*)\]:[ \t]*\n?[ \t]*(<?([^\s)>"'<]+)\S*)""")
"""What may be a reference definition, wherever it is (its label, its address as Markdown
takes it, and that address up to what ends a link's): Markdown reads one at any indent,
in a list item or a quote, after an HTML block on its line, and not in code or HTML,
which only its blocks can tell (``_definitions_read``)."""
_AT_A_LINES_START = re.compile(r"\s{0,3}")
"""What may come before a definition on its line that the link rules always took as one,
used or not: up to 3 spaces (a quote's marks blanked)."""


def _link_addresses(markdown: str, *, html: bool = False) -> list[tuple[int, str]]:
    """The address of each link and picture of a Markdown text (not in code or an HTML
    comment), inline and as the reference definitions its page uses, with ``html`` those
    of its HTML too, each with where it starts in the text, in text order. Without a
    definition, the patterns alone read them (most texts)."""
    shown = _shown_in_place(markdown)
    # Not one whose '(' never closes, nor one whose words a reference link takes.
    links = _openings(markdown, shown, _definition_keys(markdown))
    found = [(m.start(1), m.group(1)) for m in _INLINE_ADDRESS.finditer(shown) if m.start() in links]
    if html and ("src" in shown or "href" in shown):
        found += [(m.start(1), m.group(1)) for m in _HTML_ADDRESS.finditer(shown)]
    if "]:" in markdown:
        found += _definitions_read(markdown, shown)
    return [(start, with_brackets(address)) for start, address in sorted(found)]


def _openings(markdown: str, shown: str, keys: Collection[str] = ()) -> set[int]:
    """Where the '](' of each inline link and picture the page makes of ``markdown`` is
    in ``shown`` (its ``_shown_in_place``), with its definitions' ``keys`` (or none)."""
    placed = _blocks_read(markdown).placed if _in_blocks(markdown) else None
    # Where its paragraphs start, as written: blanked code may leave a line blank.
    starts = placed.breaks if placed is not None else _paragraph_ends(markdown)
    return {link.opening for link in page_links(shown, starts, keys)}


def links_made(markdown: str) -> tuple[str, list[tuple[int, InlineLink]]]:
    """The inline links and pictures the page makes of ``markdown`` (not in code, an HTML
    comment, a link's words or a picture's description), each with where the '[' of its
    words is, in text order; with ``markdown`` as they are read in (``_shown_in_place``:
    every other character where it was), to read their words and addresses from."""
    shown = _shown_in_place(markdown)
    if "](" not in shown:
        return shown, []
    placed = _blocks_read(markdown).placed if _in_blocks(markdown) else None
    starts = placed.breaks if placed is not None else _paragraph_ends(markdown)
    keys = _definition_keys(markdown)
    made = made_links(shown, starts, keys)
    # A reference picture's description ('![d][R]') is its alt text, links and all.
    pictures = reference_descriptions(shown, keys, (start for start, _ in made))
    if pictures:
        in_alt = _Spans(_merged(pictures))
        made = [(start, link) for start, link in made if not in_alt.hold(start)]
    return shown, made


def _definition_keys(markdown: str) -> Collection[str]:
    """The keys of the reference definitions the page's converter reads in ``markdown``,
    as it keeps them: what ``made_links`` is given to tell a reference link ('[a][R]')
    from an inline link's words, as the build's reading of the page (``_blocks_read``) is."""
    return _blocks_read(markdown).definitions.keys() if "]:" in markdown else ()


def _paragraph_ends(markdown: str) -> list[int]:
    """Where the paragraphs of ``markdown`` end: its blank lines (a quote's too)."""
    if ">" in markdown:
        markdown = _QUOTE_MARKS.sub(_blanked, markdown)
    return [found.start() for found in _BLANK_LINE.finditer(markdown)]


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
    written = _as_shown(markdown, in_place=True, code=False)
    candidates = list(_DEFINITION_ANYWHERE.finditer(written))
    if not candidates:
        return []
    read = _blocks_read(markdown)
    found = []
    for m in candidates:
        label = markdown[m.start(1) : m.end(1)]
        address = markdown[m.start(2) : m.end(2)].lstrip("<").rstrip(">")  # as Markdown keeps it
        if read.definitions.get(label.strip().lower()) != address:
            continue
        line = written.rfind("\n", 0, m.start()) + 1
        if shown[m.start()] != "[" and _DEFINITION_OPENER.match(written, line) is None:
            continue  # in code within a line: no definition
        at_start = _AT_A_LINES_START.fullmatch(written, line, m.start()) is not None
        if at_start or _label(label) in read.labels:
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
    'media/wreck.jpg', ``names_a_file``): on the page such a link leads nowhere."""
    if not may_name_a_file(markdown):
        return []  # most texts: read at once
    found = (address for _, address in _link_addresses(markdown))
    return [file_of(a) for a in found if names_a_file(a)]


def addresses(markdown: str) -> list[tuple[int, str]]:
    """Every link's and picture's address of a Markdown text (not in code or an HTML
    comment), each with where it starts in the text."""
    return _link_addresses(markdown)
