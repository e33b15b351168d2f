"""What of a Markdown text shows links on the page: the text less its code in backticks
and its HTML comments (which Markdown drops as it does: ``without_comments``), a
blockquote's marks taken off, escaped brackets written so that no link syntax reads
them; removed, or blanked out with every other character where it was, to say where a
link is."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from generator.content import backticks
from generator.markdown.rules import BLANK_LINE
from generator.patterns import later


def without_comments(markdown: str, in_place: bool) -> str:
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
                blank_lines = [found.start() for found in BLANK_LINE.finditer(markdown)]
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
"""What ``as_shown`` leaves of code in backticks it takes out: a character of
Unicode's private use area, which no link syntax reads, so that a line of code alone
is left no blank line (which would end a paragraph, and a link's words over it)."""


QUOTE_MARKS = later(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE)
"""The '>' that begin the lines of a blockquote."""


_ESCAPED_BRACKET = later(r"(?<!\\)((?:\\\\)*)\\([\[\]])")
"""A bracket escaped to be shown as one (``\\[words\\](address)``, which the import
writes for a slide's literal brackets; ``media/x\\[1\\].pdf``), after the backslashes
shown before it: no link starts or ends there."""


_SHOWN_BRACKET = {"[": "\\\ue000", "]": "\\\ue001"}
"""What ``as_shown`` writes for an escaped bracket: a backslash and a character of
Unicode's private use area, which no link syntax reads, in the bracket's place (so every
other character stays where it was)."""


def _shown_bracket(found: re.Match[str]) -> str:
    return found.group(1) + _SHOWN_BRACKET[found.group(2)]


def with_brackets(text: str) -> str:
    """Part of ``as_shown``'s text (a link's words or address) with its escaped
    brackets as the page shows them: ``x[1].pdf``."""
    if "\\" not in text:
        return text
    return text.replace(_SHOWN_BRACKET["["], "[").replace(_SHOWN_BRACKET["]"], "]")


def as_shown(markdown: str, *, in_place: bool = False, code: bool = True) -> str:
    """``markdown`` less what shows no link on the page: code (where a link is text) and
    HTML comments (which readers never get); a blockquote's marks taken off first, so a
    comment in a quote is read as one in any paragraph. ``in_place``: blanked out instead,
    every other character where it was (to say where a link is). Escaped brackets are
    written so that no link syntax reads them (``_SHOWN_BRACKET``; ``with_brackets``
    gives them back in a link's words or address). Not ``code``: code in backticks kept."""
    cut: str | Callable[[re.Match[str]], str] = blanked if in_place else ""
    if code and "`" in markdown:
        markdown = backticks.replaced(markdown, _spaced if in_place else lambda _: CODE_LEFT)
    if ">" in markdown:
        markdown = QUOTE_MARKS().sub(cut, markdown)
    if "<!--" in markdown:
        markdown = without_comments(markdown, in_place)
    if "\\" in markdown:
        markdown = _ESCAPED_BRACKET().sub(_shown_bracket, markdown)
    return markdown


def without_code(markdown: str) -> str:
    """``markdown`` with its code and HTML comments blanked out, every other character
    where it was: what shows links on the page, to look for them and say where they are."""
    return as_shown(markdown, in_place=True)


def blanked(found: re.Match[str]) -> str:
    """What ``found`` matched, as spaces (its line breaks kept)."""
    return _spaced(found.group())


def _spaced(text: str) -> str:
    """``text`` as spaces (its line breaks kept)."""
    return re.sub(r"[^\n]", " ", text)
