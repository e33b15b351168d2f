"""Where inline links end: read as the page's converter reads them, in one pass."""

from __future__ import annotations

import random
import re
import time

import markdown
import pytest
from markdown.inlinepatterns import ESCAPE_RE, LINK_RE, EscapeInlineProcessor, LinkInlineProcessor

from generator.content.inline_links import (
    ESCAPABLE,
    inline_links,
    made_links,
    page_links,
    positions,
    reference_descriptions,
    unescaped,
)
from generator.markdown.markup import new_markdown

_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_CONVERTER = new_markdown()
_CONVERTER.convert("x")  # sets up the inline step that reading an address asks for
_READER = LinkInlineProcessor(LINK_RE, _CONVERTER)
_ESCAPE = EscapeInlineProcessor(ESCAPE_RE, _CONVERTER)  # the converter's step, with its escapable characters
_PLACEHOLDER = re.compile("\x02([0-9]+)\x03")


def _escaped_as_the_converter_does(text: str) -> tuple[str, list[int]]:
    """``text`` after the converter's escape step (its ``EscapeInlineProcessor``, which
    runs before links are read: an escaped character a placeholder), and for each of its
    characters where in ``text`` the character, or escape, it comes of starts."""
    pieces: list[str] = []
    starts: list[int] = []
    done = 0
    pattern = _ESCAPE.getCompiledRegExp()
    while (found := pattern.search(text, done)) is not None:
        placeholder, start, end = _ESCAPE.handleMatch(found, text)
        assert start is not None and end is not None  # it always says where the pair is
        pieces.append(text[done:start])
        starts += range(done, start)
        if not isinstance(placeholder, str):  # a character no backslash escapes: both stay
            pieces.append(text[start:end])
            starts += range(start, end)
        else:
            pieces.append(placeholder)
            starts += [start] * len(placeholder)
        done = end
    pieces.append(text[done:])
    starts += range(done, len(text) + 1)
    return "".join(pieces), starts


def _converter_reads(text: str) -> list[tuple[int, str, int]]:
    """Each inline link of ``text`` as the converter's own link reader (its public
    ``LinkInlineProcessor.getLink``) reads it from the '(' of each '](' in turn, within
    that paragraph, its escapes read first, one that starts inside a link before being
    part of it: where its '](' is, its address (its escaped characters unescaped, as the
    page's href has them), and where the link ends."""
    found = []
    done = 0
    data, starts = _escaped_as_the_converter_does(text)
    at = data.find("](")
    while at != -1:
        if at >= done:
            end = _PARAGRAPH_END.search(data, at)
            paragraph = data[: len(data) if end is None else end.start()]
            address, _title, stop, handled = _READER.getLink(paragraph, at + 1)
            if handled and stop == -1:  # counted out at a '(': up to the last character
                stop = len(paragraph) - 1
            if handled:
                # Counted out so, the converter's address may end in a piece of a
                # placeholder: a name with a control character in it, no file's.
                address = _PLACEHOLDER.sub(lambda m: chr(int(m[1])), address)
                address = address.split("\x02")[0].rstrip() if "\x02" in address else address
                found.append((starts[at], address, starts[stop]))
                done = stop
        at = data.find("](", at + 1)
    return found


def _read_here(text: str) -> list[tuple[int, str, int]]:
    return [(link.opening, unescaped(text[link.start : link.end]), link.stop) for link in inline_links(text)]


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
        # Escaped characters are no parentheses, quotation marks or brackets of a link,
        # and the address has them without their backslash.
        "see [the scan](media/d\\(.pdf)",
        "see [x](media/c\\).pdf)",
        'see [x](media/e.pdf\\"T\\")',
        "see [x](media/e.pdf\\'T')",
        "see [x](media/a\\\\(b.pdf)",  # an escaped backslash: the '(' is one
        "see [x](media/a\\\\\\(b.pdf)",
        "see [x](media/a\\b\\_c.pdf)",  # 'b' is not escaped, '_' is
        "see [x\\](media/a.pdf)",
        "see [x](<media/a\\>b.pdf>)",
        "see [x](<media/a\\<b.pdf>)",
        "see [x](<media/a.pdf> 'T\\'x')",
        'see [x](media/a.pdf"T" \\(x',
        'see [x](media/a.pdf"T" (x\\(',
        'see [x](media/a.pdf"T" (\\(x',
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
    pieces += ["\\", "\\(", "\\)", "\\'", '\\"', "\\\\", "\\]", "\\>", "\\a"]
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
        "[x](media/a\\(" * 15000,  # escaped: none closes, each read to the end
        "[x](media/a\\\\(" * 15000,
        "[x](media/a\\'" * 8000 + "[x](media/a\\\\'" * 8000 + "\\)" * 20000,
    ],
)
def test_a_long_paragraph_of_links_never_closed_is_read_at_once(text: str) -> None:
    started = time.process_time()
    inline_links(text)
    assert time.process_time() - started < 5


@pytest.mark.parametrize(
    "text",
    [
        "[a][r](media/a.pdf) " * 30000,  # references, each of a definition
        "[a][s](media/a.pdf) " * 30000,  # ... of none: read on from its end
        "[a] [r " * 30000 + "](media/a.pdf)",  # second brackets never closed
        "[" * 30000 + "a" + "]" * 30000 + "[r](media/a.pdf)",  # first brackets in brackets
        "[a][b [" * 20000 + "[r](media/a.pdf)",
        "![a [b](media/a.pdf)][r] " * 20000,  # reference pictures
        "![a] [r] [r] " * 20000,
    ],
)
def test_the_references_of_a_long_paragraph_are_read_at_once(text: str) -> None:
    # Which inline links a reference takes the words of: each '[' looked at once.
    started = time.process_time()
    made = made_links(text, labels={"r"})
    reference_descriptions(text, {"r"}, (start for start, _ in made))
    assert time.process_time() - started < 5


def test_a_references_second_bracket_is_no_inline_links_words_when_it_is_defined() -> None:
    text = "[a][R](media/x.pdf) [b] [S](media/y.pdf)"
    assert [text[link.start : link.end] for link in page_links(text, labels={"r"})] == ["media/y.pdf"]
    assert [text[link.start : link.end] for link in page_links(text)] == ["media/x.pdf", "media/y.pdf"]
    html = _CONVERTER.convert(text + "\n\n[r]: media/b.pdf")
    assert 'href="media/b.pdf"' in html and "(media/x.pdf)" in html and 'href="media/y.pdf"' in html


def test_links_in_a_reference_links_words_and_after_an_element_in_a_links_words_are_made() -> None:
    # The converter reads a reference link's words again once it is made, and a link's
    # words after a picture or a reference link in them: links in links' words are made.
    text = "[z [a [b](media/x.pdf)][R]](media/y.pdf) [c ![p](media/p.png) [d](media/w.pdf)](media/v.pdf)"
    made = [text[link.start : link.end] for link in page_links(text, labels={"r"})]
    assert made == ["media/x.pdf", "media/y.pdf", "media/p.png", "media/w.pdf", "media/v.pdf"]
    html = _CONVERTER.convert(text + "\n\n[r]: media/b.pdf")
    assert all(f'href="{address}"' in html or f'src="{address}"' in html for address in made)
    assert [text[link.start : link.end] for link in page_links(text)] == [
        "media/y.pdf",
        "media/p.png",
        "media/w.pdf",
        "media/v.pdf",
    ]  # no definition of R: no reference link, and '[b](media/x.pdf)' is in y.pdf's words


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


def test_what_a_backslash_escapes_is_what_the_converter_escapes() -> None:
    # Python-Markdown's own list and smarty's quotation marks, as the page's converter has them.
    assert set(_CONVERTER.ESCAPED_CHARS) == ESCAPABLE
    assert {"'", '"'} <= ESCAPABLE and set(markdown.Markdown().ESCAPED_CHARS) < ESCAPABLE


def test_an_escaped_address_is_unescaped_as_the_page_links_it() -> None:
    assert unescaped("media/d\\(.pdf") == "media/d(.pdf"
    assert unescaped("media/a\\\\b\\c.pdf") == "media/a\\b\\c.pdf"
    text = "[the scan](media/d\\(.pdf)"
    (link,) = inline_links(text)
    assert unescaped(text[link.start : link.end]) == "media/d(.pdf"
    assert 'href="media/d(.pdf"' in _CONVERTER.convert(text)
