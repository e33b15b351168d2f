"""A Markdown text read by its blocks, as the page's converter reads them (``blocks_read``):
its reference definitions where Markdown finds them (in a list item, a quote), the
labels its links may use, the media files each block's text links to, and where its
code is (indented, or in backticks that end with their block). Only the blocks tell
these; most texts need none of it (``in_blocks``), and the patterns read their links
exactly."""

from __future__ import annotations

import bisect
import collections
import functools
import html as htmllib
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.content import backticks, markdown_shown
from generator.content.inline_links import made_links
from generator.content.media_paths import (
    HTML_LINK,
    SPACE,
    Spans,
    descriptions,
    file_of,
    html_address,
    references_shown,
)
from generator.patterns import later

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element


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


def in_blocks(markdown: str) -> bool:
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
    for found in _BRACKET_OR_LINE_END().finditer(markdown):
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


_BRACKET_OR_LINE_END = later(r"[\[\]\n]")


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
    """What the page's links of a text are, read with its blocks (``blocks_read``)."""

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
        (``label_of``)."""
        return {
            label_of(label): file_of(address.removeprefix("media/"))
            for label, address in self.definitions.items()
            if address.startswith("media/") and not SPACE().search(address)
        }


@functools.lru_cache(maxsize=64)  # check asks for its links, its addresses and its code: read once
def blocks_read(markdown: str) -> _Read:
    """The links of ``markdown`` as Python-Markdown reads its blocks, the way the page's
    converter does (``markup.new_markdown``): its reference definitions where it finds
    them (in a list item, a quote), and the text of every block but code, where its
    inline links are. The blocks are all it reads: the inline patterns, which cost most
    of a conversion, are left to the patterns here."""
    from generator.markdown import markup

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
            shown = markdown_shown.as_shown(text)
            linked += references_shown(shown, keys=definitions.keys())
            labels |= _labels_used(shown, definitions.keys())
    for block in raw_html:  # HTML blocks: their HTML's links only
        shown = markdown_shown.as_shown(block)
        linked += [file_of(html_address(m)) for m in HTML_LINK().finditer(shown)]
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


def shown_in_place(markdown: str, *, code: bool = True) -> str:
    """``markdown`` as ``without_code`` shows it (or with its code in backticks kept:
    not ``code``), less its indented code too, every other character where it was, its
    code where the blocks read it (``_Placed``) when it depends on them."""
    placed = blocks_read(markdown).placed if in_blocks(markdown) else None
    if placed is None:
        return _outside_code(markdown, markdown_shown.as_shown(markdown, in_place=True, code=code))
    pieces: list[str] = []
    done = 0
    for start, end in placed.in_backticks if code else ():
        pieces += [markdown[done:start], _BLANK().sub(" ", markdown[start:end])]
        done = end
    lines = "".join([*pieces, markdown[done:]]).split("\n")
    for number in placed.indented:
        lines[number] = " " * len(lines[number])
    return markdown_shown.as_shown("\n".join(lines), in_place=True, code=False)


_BLANK = later(r"[^\n]")


def _outside_code(markdown: str, shown: str) -> str:
    """``shown`` (``markdown`` as ``without_code`` shows it, or with code in backticks
    kept) with the lines of its indented code blanked out too, every other character
    where it was: only the blocks tell a list item's next paragraph from code, and a
    link in code is text on the page. Each of the code's lines, in text order, is the
    first indented line of the text not yet taken that reads the same."""
    if not in_blocks(markdown):
        return shown
    code = collections.Counter(blocks_read(markdown).code_lines)
    if not code:
        return shown
    lines = shown.split("\n")
    for number, written in enumerate(markdown.split("\n")):
        key = _code_line(written)
        if code[key] > 0 and written[:1] in (" ", "\t", ">"):
            code[key] -= 1
            lines[number] = " " * len(lines[number])
    return "\n".join(lines)


_BRACKETED_WORDS = later(r"\[([^\[\]]{1,999})\]")
"""Words in brackets: where a link may name a definition's label ('[a][label]',
'[label][]', '[label]'), over lines too."""


def _labels_used(shown: str, keys: Collection[str]) -> set[str]:
    """The labels of the words in brackets of a block's text (``as_shown``) that may use
    a definition: not the words of an inline link or picture the page makes ('[R]()'
    links to '', using no definition of 'R'; one that is a reference's second bracket
    is none, ``made_links`` with the definitions' ``keys``: '[words] [R](x.pdf)'), nor
    words in a picture's description, which the page shows as its alt text."""
    made = made_links(shown, labels=keys) if "](" in shown else []
    words = {link.opening: start for start, link in made}
    alt = Spans(descriptions(shown, made))
    used = set()
    for found in _BRACKETED_WORDS().finditer(shown):
        start = found.start()
        inline = words.get(found.end() - 1) == start
        if not inline and not alt.hold(start):
            used.add(label_of(found[1]))
    return used


def label_of(words: str) -> str:
    """A link label as Markdown matches them: letter case and runs of spaces aside."""
    return " ".join(words.split()).casefold()
