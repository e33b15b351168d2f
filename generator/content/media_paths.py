"""The paths under media/ that a Markdown text, as shown (``markdown_shown.as_shown``),
links to or shows: its inline links and pictures as the page reads them, its HTML's
'src' and 'href', and its reference definitions; and the file an address names
(``file_of``)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from urllib.parse import unquote

from generator.content.inline_links import (
    InlineLink,
    made_links,
    page_links,
    reference_descriptions,
    unescaped,
)
from generator.content.markdown_shown import with_brackets
from generator.patterns import later


def file_of(address: str) -> str:
    """The file an address names, as the browser asks for it: without its '#' part (a
    place in the file: 'report.pdf#page=12') and its '?' part, then percent-decoded
    ('north%20map%20%231.png' is 'north map #1.png')."""
    return unquote(address.split("#", 1)[0].split("?", 1)[0])


BRACKETED = later(r"""(?:\]\(\s*|^\s{0,3}\[[^\]\n]+\]:\s*)<(media/[^>\n]*)>""", re.MULTILINE)
"""A link to a media file written in angle brackets, as one whose name has a space (or a
'#') must be: ``![map](<media/map #2.png>)``. Markdown takes it, but the page would get
the address as written, where a browser reads '#' as the start of a fragment. (Such a
name is told by ``UNSAFE_IN_NAME`` apart: one pattern for both read a line of 100 KB
without its '>' in a minute.)"""


UNSAFE_IN_NAME = later(r"[\s#?]")


def spaced_links(markdown: str, keys: Collection[str] = ()) -> list[InlineLink]:
    """The inline links to a media file written without angle brackets whose address, as
    the page reads it (``page_links``, with the text's definitions' ``keys``), has a space
    in it: ``![map](media/the map.png)``. Not one over lines, or with angle brackets in
    it, which is no file's name written otherwise."""
    return [
        link
        for link in page_links(markdown, labels=keys)
        if not link.angled
        and markdown.startswith("media/", link.start)
        and SPACE().search(markdown, link.start, link.end) is not None
        and _NOT_IN_A_SPACED_NAME().search(markdown, link.start, link.end) is None
    ]


_NOT_IN_A_SPACED_NAME = later(r"[\n<>]")


SPACE = later(r"\s")


def _without_unencoded(markdown: str, keys: Collection[str] = ()) -> str:
    """``markdown`` without its links to media addresses with a space, '#' or '?' written as
    they are (``unencoded`` reports those, once; ``keys``: its definitions')."""
    if "<media/" in markdown:
        markdown = BRACKETED().sub(lambda m: "" if UNSAFE_IN_NAME().search(m[1]) else m[0], markdown)
    pieces: list[str] = []
    done = 0
    for link in spaced_links(markdown, keys):
        pieces.append(markdown[done : link.opening])
        done = link.stop
    return "".join([*pieces, markdown[done:]]) if pieces else markdown


def references_shown(
    shown: str, definitions: re.Pattern[str] | None = None, keys: Collection[str] = ()
) -> list[str]:
    """``references`` of a text ``as_shown`` made, whose definitions (if any) are
    ``definitions`` finds, and whose definitions' keys, as the converter keeps them, are
    ``keys`` (``made_links``: no inline link is made of a reference's second bracket)."""
    shown = _without_unencoded(shown, keys)  # an error of its own (``unencoded``)
    # An inline link's address as the page's href has it (a reference definition's and
    # HTML's keep their backslashes).
    made = made_links(shown, labels=keys)
    # A reference picture's description ('![map][R]') is its alt text, links and all.
    pictures = reference_descriptions(shown, keys, (start for start, _ in made))
    if pictures:
        in_alt = Spans(merged(pictures))
        made = [(start, link) for start, link in made if not in_alt.hold(start)]
    paths = inline_paths(shown, made)
    found = [(start - len("media/"), unescaped(shown[start:end])) for start, end in paths]
    if "src" in shown or "href" in shown:
        # HTML in a picture's description is text: an inline picture's, or a reference's.
        alt = Spans(merged(descriptions(shown, made) + pictures))
        html = (m for m in HTML_LINK().finditer(shown) if not alt.hold(m.start()))
        found += [(m.start(), html_address(m)) for m in html]
    if definitions is not None and "]:" in shown:
        found += [(m.start(), m.group(1)) for m in definitions.finditer(shown)]
    return [file_of(with_brackets(address)) for _, address in sorted(found)]


def descriptions(shown: str, made: list[tuple[int, InlineLink]]) -> list[tuple[int, int]]:
    """Where the description of each picture of ``made`` (``made_links``) is in ``shown``,
    from its '[' to its ']': the page shows it as the picture's alt text, HTML and words
    in brackets and all (no picture's is in another's, so they come in text order)."""
    return [(start, link.opening) for start, link in made if start > 0 and shown[start - 1] == "!"]


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in text order, those that overlap (one in another) made one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class Spans:
    """Spans of a text that do not overlap, in text order, to ask which holds a place."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    def hold(self, at: int) -> bool:
        """Whether one of the spans holds the character at ``at``."""
        found = bisect.bisect_right(self.starts, at) - 1
        return found >= 0 and at < self.ends[found]


def inline_paths(shown: str, made: list[tuple[int, InlineLink]] | None = None) -> list[tuple[int, int]]:
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
        space = SPACE().search(shown, start, link.end)
        if space is None:
            spans.append((start, link.end))
        elif not link.angled and space.start() > start:
            spans.append((start, space.start()))
    return spans


HTML_LINK = later(r"""\b(?:src|href)\s*=\s*(?:"media/([^"\s]+)"|'media/([^'\s]+)'|media/([^\s>"']+))""")
"""HTML's 'src' or 'href' of a file under media/, its value in quotes or not."""


def html_address(found: re.Match[str]) -> str:
    """The path of a ``HTML_LINK``, whichever way its value is written."""
    return found.group(1) or found.group(2) or found.group(3)


ANY_DEFINITION = later(
    r"""^[ \t>*+\-\d.)]*\[[^\[\]\n]*\]:[ ]*\n?[ ]*<?media/(\S*?)>*(?=\s|$)""", re.MULTILINE
)
"""Where a reference definition of a media file may be, at whatever indent, in a list or
a quote: only to say in what order the definitions Markdown reads come."""
