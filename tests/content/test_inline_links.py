"""Where inline links end: read as the page's converter reads them, in one pass."""

from __future__ import annotations

import random
import re
import time

import markdown
import pytest
from markdown.inlinepatterns import LINK_RE, LinkInlineProcessor

from generator.content.inline_links import inline_links, positions
from generator.render.markup import new_markdown

_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_CONVERTER = new_markdown()
_CONVERTER.convert("x")  # sets up the inline step that reading an address asks for
_READER = LinkInlineProcessor(LINK_RE, _CONVERTER)


def _converter_reads(text: str) -> list[tuple[int, str, int]]:
    """Each inline link of ``text`` as the converter's own link reader (its public
    ``LinkInlineProcessor.getLink``) reads it from the '(' of each '](' in turn, within
    that paragraph, one that starts inside a link before being part of it: where its
    '](' is, its address, and where the link ends."""
    found = []
    done = 0
    at = text.find("](")
    while at != -1:
        if at >= done:
            end = _PARAGRAPH_END.search(text, at)
            paragraph = text[: len(text) if end is None else end.start()]
            address, _title, stop, handled = _READER.getLink(paragraph, at + 1)
            if handled and stop == -1:  # counted out at a '(': up to the last character
                stop = len(paragraph) - 1
            if handled:
                found.append((at, address, stop))
                done = stop
        at = text.find("](", at + 1)
    return found


def _read_here(text: str) -> list[tuple[int, str, int]]:
    return [(link.opening, text[link.start : link.end], link.stop) for link in inline_links(text)]


@pytest.mark.parametrize(
    "text",
    [
        'see [x](media/a.pdf"Map (big)")',  # a title with parentheses against the address
        "see [x](media/a.pdf'Map (big)')",
        'see [x](media/a.pdf"Map big")',
        "see [x](media/a.pdf",  # never closed: no link
        "see [x](media/a.pdf and more",
        "see [x](media/a.pdf\n\nmore)",  # closed in the next paragraph: none either
        "[x](media/ab') and [y](media/c.pdf 'T')",  # the second is the first's title
        'see [x](media/a.pdf"T" (x',  # counted out at a '(': the converter's odd end
        "see [x](media/a(1)b(2).pdf 'Title') and [y](<media/c d.pdf> \"T\")",
        "see [x](media/a)b.pdf)",
        "see [x](  media/a.pdf  )",
    ],
)
def test_a_link_ends_where_the_converter_ends_it(text: str) -> None:
    assert _read_here(text) == _converter_reads(text)


def test_random_links_end_where_the_converter_ends_them() -> None:
    # Openings, parentheses, quotation marks, spaces and paragraph ends in every order
    # (reproducibly: the same texts each run).
    pieces = [
        "](",
        "](",
        "(",
        ")",
        "'",
        '"',
        " ",
        "  ",
        "a",
        "media/x",
        "\n",
        "\n\n",
        "\n \n",
        "\t",
        "<",
        ">",
    ]
    pieces.append("](<a>)")
    rng = random.Random(57)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 20)))
        assert _read_here(text) == _converter_reads(text), repr(text)


@pytest.mark.parametrize(
    "text",
    [
        "[x](media/a'" * 20000,  # titles never closed: the converter reads each to the end
        "[x](media/a(" * 20000,  # parentheses never closed
        "[x](media/a\"b' )" * 12000 + "(" * 20000,  # counted out, far on
        "](<" * 60000 + "a" * 20000,
    ],
)
def test_a_long_paragraph_of_links_never_closed_is_read_at_once(text: str) -> None:
    started = time.monotonic()
    inline_links(text)
    assert time.monotonic() - started < 5


def test_no_opening_no_link() -> None:
    assert inline_links("no link (here) 'at all'") == []
    assert markdown.markdown("[x](") == "<p>[x](</p>"
    assert inline_links("[x](") == []


def test_positions_are_those_a_pattern_of_the_characters_finds() -> None:
    rng = random.Random(57)
    for _ in range(5000):
        text = "".join(rng.choice("()[]'\"ab \n") for _ in range(rng.randint(0, 30)))
        for chars in ("()", "[]", "'", '"'):
            pattern = re.compile("[" + re.escape(chars) + "]")
            assert positions(text, chars) == [m.start() for m in pattern.finditer(text)]
