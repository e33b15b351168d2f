"""Where Markdown's inline links end, as the page's converter reads them, in one pass.

Python-Markdown reads an inline link's address from its '(' on, one character at a
time: parentheses count in pairs until a quotation mark starts what may be a title;
from there the link ends at the first ')' written right after (spaces aside) a
quotation mark that closes one, and failing that at the ')' that would have closed the
parentheses open when the title began. A link that reaches its paragraph's end neither
way is no link: the page shows it as text. Its address is what comes before the title's
opening mark (or before that ')'), less the spaces around it.

The converter reads from each '(' to wherever this ends, on a long paragraph of links
never closed once to its end for each (``markup.markdown_problem`` keeps such texts from
it). Here every position that can end a link is listed once, and each link's end found
among them by bisection: a text from a pull request is read in linear time.
``page_links`` keeps those the page makes, by the '[' that opens each.

The converter reads backslash escapes before links (its escape step): a character that
``ESCAPABLE`` holds, written after an odd number of backslashes, is a placeholder
then, no parenthesis, quotation mark or bracket of a link, and the page's address has
the character without its backslash (``unescaped``): ``[x](media/d\\(.pdf)`` links
'media/d(.pdf'.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from generator.markdown.rules import BLANK_LINE
from generator.patterns import later

_OPENING = later(r"\]\(\s*")
"""Where an inline link's address may start: after its words' ']' and '(' (and spaces)."""
_ANGLED = later(r"""<((?:[^<>\\]|\\[^<])*)>\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")?\s*\)""", re.DOTALL)
"""An address in angle brackets, with perhaps a title, up to the link's ')': the one form
read by a pattern, not by counting. A backslash and the character after it are read as
one (``_ESCAPE``): an escaped '>', quotation mark or ')' ends nothing; '<', which no
backslash escapes, stays one after it."""

ESCAPABLE = frozenset("\\`*_{}[]()>#+-.!\"'")
"""What a backslash escapes for the page's converter: Python-Markdown's ``ESCAPED_CHARS``,
and the quotation marks the smarty extension adds (a test holds this to the converter's
own list). A backslash before any other character stays, as it is written."""
_ESCAPE = later(r"\\(.)", re.DOTALL)
"""A backslash and the character after it, which the converter reads as one, left to
right: of a run of backslashes, each pair is one escaped backslash."""


def escaped(text: str) -> set[int]:
    """Where the characters of ``text`` are that a backslash escapes (``ESCAPABLE``)."""
    if "\\" not in text:
        return set()
    return {found.start(1) for found in _ESCAPE().finditer(text) if found.group(1) in ESCAPABLE}


def unescaped(address: str) -> str:
    """``address`` as the page's link holds it: each escaped character without its backslash."""
    if "\\" not in address:
        return address
    return _ESCAPE().sub(lambda found: found.group(1 if found.group(1) in ESCAPABLE else 0), address)


def positions(text: str, chars: str) -> list[int]:
    """Where each of ``chars`` is in ``text``, in order: found with ``str.find``, one
    kind of character after the other, many times quicker on a text of prose than a
    pattern of a class of characters, which the re module tries at every position."""
    found: list[int] = []
    for char in chars:
        at = text.find(char)
        while at != -1:
            found.append(at)
            at = text.find(char, at + 1)
    if len(chars) > 1:
        found.sort()  # two sorted runs: merged in one pass
    return found


@dataclass(frozen=True)
class InlineLink:
    """An inline link or picture as the page reads it."""

    opening: int
    """Where its '](' starts."""
    start: int
    """Where its address starts (after a '<' for one in angle brackets)."""
    end: int
    """Where its address ends: before its title, its '>', and the spaces before them."""
    stop: int
    """Where the link ends: after its ')'."""
    angled: bool
    """Its address is written in angle brackets."""


class _Marks:
    """The parentheses, quotation marks and paragraph ends of a text, listed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraph_ends = [found.start() for found in BLANK_LINE.finditer(text)]
        self.escaped = escaped(text)
        self.quotes_of = {mark: self.unescaped_positions(mark) for mark in "'\""}
        self.quotes = sorted(self.quotes_of["'"] + self.quotes_of['"'])
        self.parentheses: list[int] = []
        self.depths = [0]  # before each of them: how many are open, less how many closed
        self.closing: dict[int, int] = {}  # each '(' that is closed: its ')'
        self.after_quote: list[int] = []  # each ')' written right after (spaces aside) a mark
        self.mark_before: list[int] = []  # ... and where that mark is
        open_ones: list[int] = []
        for at in self.unescaped_positions("()"):
            self.parentheses.append(at)
            if text[at] == "(":
                open_ones.append(at)
                self.depths.append(self.depths[-1] + 1)
                continue
            self.depths.append(self.depths[-1] - 1)
            if open_ones:
                self.closing[open_ones.pop()] = at
            before = at - 1
            while before >= 0 and text[before] == " ":  # only spaces: a tab or a line break counts
                before -= 1
            if before >= 0 and text[before] in "'\"" and before not in self.escaped:
                self.after_quote.append(at)
                self.mark_before.append(before)

    def unescaped_positions(self, chars: str) -> list[int]:
        """Where each of ``chars`` is in the text, in order, less the escaped ones."""
        found = positions(self.text, chars)
        return [at for at in found if at not in self.escaped] if self.escaped else found

    def paragraph_end(self, at: int) -> int:
        found = bisect.bisect_left(self.paragraph_ends, at)
        return self.paragraph_ends[found] if found < len(self.paragraph_ends) else len(self.text)

    def depth(self, after: int, before: int) -> int:
        """How many parentheses between ``after`` and ``before`` open, less how many close."""
        return (
            self.depths[bisect.bisect_left(self.parentheses, before)]
            - self.depths[bisect.bisect_right(self.parentheses, after)]
        )

    def next_quote(self, at: int, end: int, mark: str | None = None) -> int:
        """The first quotation mark (``mark``, or either) from ``at`` on before ``end``; -1 if none."""
        quotes = self.quotes if mark is None else self.quotes_of[mark]
        found = bisect.bisect_left(quotes, at)
        return quotes[found] if found < len(quotes) and quotes[found] < end else -1


def _titled_end(marks: _Marks, first: int, end: int) -> tuple[int, int] | None:
    """Where a link whose title may start with the quotation mark at ``first`` ends (its
    ')') and where its address ends, if a quotation mark that closes one comes right
    before a ')' before ``end``: the first mark's kind once written again, or the other
    kind's once written twice after it."""
    text = marks.text
    other_mark = "'" if text[first] == '"' else '"'
    other = marks.next_quote(first + 1, end, other_mark)
    found = bisect.bisect_right(marks.after_quote, first)
    # At most the first two fail: the ')' right after the first mark, and after the other's first.
    while found < len(marks.after_quote) and marks.after_quote[found] < end:
        at, before = marks.after_quote[found], marks.mark_before[found]
        if text[before] == text[first] and before > first:
            return at, first
        if text[before] == other_mark and other != -1 and before > other:
            return at, other
        found += 1
    return None


def _link_end(marks: _Marks, opening: int, start: int, end: int) -> tuple[int, int] | None:
    """Where the link whose '(' is at ``opening`` ends (its ')'), and where its address,
    which starts at ``start``, ends, in a paragraph that ends at ``end``; None if it is
    no link."""
    closing = marks.closing.get(opening, end)
    first = marks.next_quote(start, end)
    if first == -1 or closing < first:
        return (closing, closing) if closing < end else None
    titled = _titled_end(marks, first, end)
    if titled is not None:
        return titled
    # No title closes: the ')' that would have closed what was open at its first mark,
    # counting every parenthesis after it, '(' or ')' alike (as the converter counts).
    open_ones = 1 + marks.depth(opening, first)
    found = bisect.bisect_right(marks.parentheses, first) + open_ones - 1
    if found >= len(marks.parentheses) or marks.parentheses[found] >= end:
        return None
    at = marks.parentheses[found]
    if marks.text[at] == ")":
        return at, at
    # Counted out at a '(', the converter is left with no place to end at, and ends the
    # link before the paragraph's last character, its address two before it: ``[x](media/a.pdf"T" (x``
    # links 'media/a.pdf"T"' (its slice of the text from its start to -2, and to -1).
    # An escaped character is one to it (its placeholder): the link ends before it, and
    # the address, which the slice cuts in its placeholder, before what is left of it.
    if end - 1 in marks.escaped:
        last = address_end = end - 2  # its backslash
    else:
        last, address_end = end - 1, end - 3 if end - 2 in marks.escaped else end - 2
    return last - 1, max(start, address_end)


def inline_links(text: str) -> list[InlineLink]:
    """The inline links and pictures of ``text`` (a block's text, or paragraphs apart
    by blank lines), in text order, as the page reads where each ends: one that starts
    inside another's address or title is part of it."""
    if "](" not in text:
        return []
    marks = _Marks(text)
    found: list[InlineLink] = []
    done = 0
    for opening in _OPENING().finditer(text):
        if opening.start() < done or opening.start() in marks.escaped:
            continue  # in the last link, or an escaped ']': words, no link
        start, end = opening.end(), marks.paragraph_end(opening.start())
        if start > end:
            continue  # a paragraph that ends with '](': no address
        angled = _ANGLED().match(text, start)
        if angled is not None and angled.end() <= end:
            inner_start, inner_end = angled.span(1)
            address = text[inner_start:inner_end]
            inner_start += len(address) - len(address.lstrip())
            inner_end -= len(address) - len(address.rstrip())
            found.append(InlineLink(opening.start(), inner_start, inner_end, angled.end(), True))
            done = angled.end()
            continue
        ends = _link_end(marks, opening.start() + 1, start, end)
        if ends is None:
            continue
        stop, address_end = ends
        address_end = start + len(text[start:address_end].rstrip())
        found.append(InlineLink(opening.start(), start, address_end, stop + 1, False))
        done = stop + 1
    return found


_SPACE = later(r"\s")
_SPACES = later(r"\s+")


def _references(
    text: str,
    closing: dict[int, int],
    labels: Collection[str],
    *,
    pictures: bool = False,
    taken: Collection[int] = (),
) -> list[tuple[int, int, int]]:
    """Where the first and second brackets of each reference link (or with ``pictures``,
    reference picture) the page makes start: the converter reads references
    ('[words][label]', '[label][]') before inline links, reference pictures after inline
    links and pictures, each from the text's start on, at each '[' (after '!' for a
    picture, not for a link) whose words close (``closing``: each '[' that closes, its
    ']'), followed by one space or line break at most and '[' up to the next ']' (not one
    that opens the words of a link read before, ``taken``: a placeholder then). That
    bracket's words, or the first's when it is empty, in small letters with their runs of
    spaces as one, are its key: one of ``labels`` (the text's definitions, keyed as the
    converter keeps them) makes a link, and '(...)' after it is text; one of no definition
    is read on from its end, and its second bracket may be an inline link's words. Each
    '[' is looked at once. With each, where it ends: after its second bracket's ']'."""
    escaped_ones = escaped(text)
    escapes = sorted(escaped_ones)
    closes = positions(text, "]")
    found: list[tuple[int, int, int]] = []
    resume = 0
    for start in sorted(closing):
        after_mark = start > 0 and text[start - 1] == "!" and start - 1 not in escaped_ones
        if start < resume or after_mark != pictures:
            continue
        second = closing[start] + 1
        if second < len(text) and text[second] != "[" and _SPACE().match(text, second):
            second += 1
        if second >= len(text) or text[second] != "[" or second in taken:
            continue
        at = bisect.bisect_right(closes, second)
        if at == len(closes):
            continue
        end = closes[at]
        words = (second + 1, end) if end > second + 1 else (start + 1, closing[start])
        resume = end + 1
        # An escaped character is a placeholder to the converter: a key no definition has.
        placeholder = bisect.bisect_left(escapes, words[0]) < bisect.bisect_left(escapes, words[1])
        if not placeholder and _SPACES().sub(" ", text[words[0] : words[1]].lower()) in labels:
            found.append((start, second, end + 1))
    return found


def _brackets_paired(text: str, starts: Iterable[int] | None) -> dict[int, int]:
    """Each ']' of ``text`` that closes a '[', and where that '[' is: brackets pair within
    a paragraph, or within a block where ``starts`` says where the text's blocks start."""
    if starts is None:
        starts = (m.start() for m in BLANK_LINE.finditer(text))
    ends = iter(sorted(starts))
    opened: dict[int, int] = {}
    open_ones: list[int] = []
    block_end = next(ends, len(text))
    for at in positions(text, "[]"):
        while at >= block_end:
            open_ones.clear()
            block_end = next(ends, len(text))
        if text[at] == "[":
            open_ones.append(at)
        elif open_ones:
            opened[at] = open_ones.pop()
    return opened


class _Words:
    """Where the words of reference links are (their '[' and ']'), which do not overlap
    (``_references`` reads on from each one's end), to ask which holds a place."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    def which(self, at: int) -> int | None:
        """Where the words of the link that hold the character at ``at`` start; None if none does."""
        found = bisect.bisect_right(self.starts, at) - 1
        return self.starts[found] if found >= 0 and at < self.ends[found] else None


def reference_descriptions(text: str, labels: Collection[str], made: Iterable[int]) -> list[tuple[int, int]]:
    """Where the description of each reference picture the page makes of ``text`` (a
    block's text) is, from its '[' to its ']' (``![map][R]``, its definitions' keys
    ``labels``; ``made``: where the words of the inline links and pictures the page makes
    start): the page shows it as the picture's alt text, HTML, links and all."""
    if not labels or "![" not in text:
        return []
    closing = {start: end for end, start in _brackets_paired(text, None).items()}
    # Read before: the inline links, and reference links ('[R] [S]' takes '![d][R]'s '[R]').
    taken = set(made) | {start for start, _, _ in _references(text, closing, labels)}
    found = _references(text, closing, labels, pictures=True, taken=taken)
    return [(start, closing[start]) for start, _, _ in found]


def page_links(
    text: str, starts: Iterable[int] | None = None, labels: Collection[str] = ()
) -> list[InlineLink]:
    """The ``inline_links`` of ``text`` that the page makes (``made_links``), in text order."""
    return [link for _, link in made_links(text, starts, labels)]


def made_links(
    text: str, starts: Iterable[int] | None = None, labels: Collection[str] = ()
) -> list[tuple[int, InlineLink]]:
    """The ``inline_links`` of ``text`` that the page makes, each with where the '[' that
    opens its words is, in text order. The converter starts a link at a
    '[' and ends its words at the ']' that closes it (counting brackets in pairs): a
    ']' that closes no '[' of its paragraph starts no address (``x](a.pdf)``). It reads
    links (a '[' not after '!') from the text's start on, and what is in a link's words
    is words: a link there is none (``[a [b](x.pdf) c](y.pdf)`` links y.pdf alone),
    though a picture is one (``[![map](m.png)](m.pdf)``); nothing in a picture's
    description is one. Brackets pair within a paragraph, or within a block where
    ``starts`` says where the text's blocks start (a list item, a quote's paragraph; the
    paragraphs of a text whose code is blanked out, which may leave lines blank). With
    ``labels``, the keys of the text's definitions as the converter keeps them, an inline
    link whose words are a reference's second bracket (``[a][R](x.pdf)``) is none: the
    converter reads the reference first, and shows '(x.pdf)' as text. What is in a
    reference link's words is read again once the link is made, as the converter reads
    the words of what is in another of its elements: every link there is one, in a link's
    words too (``[z [a [b](x.pdf)][R]](y.pdf)`` links y.pdf, R's and x.pdf)."""
    found = inline_links(text)
    if not found:
        return []
    opened = _brackets_paired(text, starts)  # each ']' that closes a '[': where that '[' is
    in_reference = _Words([])
    reference_ends: list[int] = []
    if labels:
        found, in_reference, reference_ends = _beside_references(text, found, opened, labels)
    opening = sorted((opened[link.opening], link) for link in found if link.opening in opened)
    reading = _LinksRead(text, in_reference, reference_ends)
    made = [(start, link) for start, link in opening if reading.makes(start, link)]
    return sorted(made, key=lambda pair: pair[1].opening)


def _beside_references(
    text: str, found: list[InlineLink], opened: dict[int, int], labels: Collection[str]
) -> tuple[list[InlineLink], _Words, list[int]]:
    """``found`` (the inline links of ``text``) without those whose words are a reference's
    second bracket (``[a][R](x.pdf)``: the converter reads the reference first), with the
    words of the text's reference links (to ``labels``) and where each ends. ``opened``:
    each ']' that closes a '[', and where that '[' is."""
    closing = {start: end for end, start in opened.items()}
    references = _references(text, closing, labels)
    ids = {second for _, second, _ in references}
    kept = [link for link in found if opened.get(link.opening) not in ids]
    words = _Words([(start, closing[start]) for start, _, _ in references])
    return kept, words, [end for _, _, end in references]


@dataclass
class _LinksRead:
    """Where the converter is as it reads a text's links, in the order of their '['
    (``made_links``): what it has made so far that the next link may be inside."""

    text: str
    in_reference: _Words  # the words of the text's reference links
    reference_ends: list[int]  # where each ends
    words_start: int = -1  # the words of the last link made
    words_end: int = -1
    alt_end: int = -1  # the description of the last picture made
    picture_end: int = -1  # where the last picture made outside a picture's description ends
    region: tuple[str, int] | None = None  # words read again: a reference's, or a link's after an element
    inner_end: int = -1  # the words of the last link made there, and of one in them
    inner2_end: int = -1

    def makes(self, start: int, link: InlineLink) -> bool:
        """Whether the converter makes ``link``, whose words open at ``start`` (and notes
        what it holds, for the links after it)."""
        picture = start > 0 and self.text[start - 1] == "!"
        if start < self.alt_end:
            return False  # in a picture's description: text
        reference = self.in_reference.which(start) if self.reference_ends else None
        if reference is not None:
            read_again: tuple[str, int] | None = ("reference", reference)
        elif start < self.words_end and not picture:
            # In a link's words: words, unless an element (a picture, a reference link)
            # ends in them before it: the converter reads what follows it again.
            if not self._element_ends_before(start):
                return False
            read_again = ("after an element", self.words_start)
        else:
            read_again = None
            if not picture:
                self.words_start, self.words_end = start, link.opening
        if read_again is not None and not picture and not self._made_again(read_again, start, link):
            return False
        if picture:
            self.alt_end = max(self.alt_end, link.opening)
            self.picture_end = link.stop
        return True

    def _element_ends_before(self, start: int) -> bool:
        """Whether a picture or a reference link ends in the last link's words before ``start``."""
        after = bisect.bisect_right(self.reference_ends, start)
        return self.words_start < self.picture_end <= start or bool(
            after and self.reference_ends[after - 1] > self.words_start
        )

    def _made_again(self, read_again: tuple[str, int], start: int, link: InlineLink) -> bool:
        """Whether ``link`` is made in words read again (``read_again``): they are read as a
        text, and the words of each link made there once more: a link there, and one in
        its words, are made; one deeper is words (``words_end`` stays the outer link's)."""
        if read_again != self.region:
            self.region, self.inner_end, self.inner2_end = read_again, -1, -1
        if start < self.inner2_end:
            return False
        if start < self.inner_end:
            self.inner2_end = link.opening
        else:
            self.inner_end, self.inner2_end = link.opening, -1
        return True
