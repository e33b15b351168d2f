"""Code in backticks, within a paragraph, found in one pass as the page's converter finds it.

Markdown shows what is in code in backticks as it is, links and comment marks as text.
The page's converter has no fenced code: lines of '```' are code in backticks like any
(to the next '```' in the paragraph; past a blank line, text, links and all), and lines
of '~~~' are text.

Python-Markdown reads a paragraph from left to right. Code opens at a run of backticks
(less its first backtick if an odd number of backslashes comes before it: that one is
shown, escaped) and closes at the first whole run of exactly as many after it; failing
that, at the first of the longest runs after it if they are shorter, the opening then
being as many of its first backticks ('```a``' is the code '`a'); failing that too
(none after it, or a longer one), the run is shown as it is and the next one read.

The converter reads on from each opening to its paragraph's end; a pattern that
backtracks, as one for this did, takes time as the cube of the paragraph's length (a
text from a pull request of 10 KB took half a minute). Here each paragraph's runs are
listed once, and each opening's closing found among them by bisection.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from generator.patterns import later

_BACKTICKS = later(r"`+")
_BLANK_LINE = later(r"\n(?=[ \t]*\n)")
"""Where a blank line starts, which ends a paragraph (every one, those that overlap
too): no code in backticks reads past it."""


def code_spans(markdown: str) -> list[tuple[int, int]]:
    """Where each code in backticks of ``markdown`` starts and ends (its backticks
    included), in text order."""
    if "`" not in markdown:
        return []
    runs = [(found.start(), found.end() - found.start()) for found in _BACKTICKS().finditer(markdown)]
    blank_lines = [found.start() for found in _BLANK_LINE().finditer(markdown)]
    ends = [_paragraph_end(markdown, blank_lines, start) for start, _ in runs]
    longest = _longest_after(runs, ends)
    by_length: dict[int, list[int]] = {}
    for number, (_, length) in enumerate(runs):
        by_length.setdefault(length, []).append(number)
    spans: list[tuple[int, int]] = []
    at = 0  # where the converter reads on from
    for number, (start, length) in enumerate(runs):
        if start + length <= at:
            continue  # passed over, in code or not
        if at > start:  # read on from within the run: what is left of it may open
            opening = at
        elif _escaped(markdown, start, at):  # its first backtick is shown: the rest may open
            opening = start + 1
        else:
            opening = start
        ticks = start + length - opening
        if not ticks:
            continue
        same = by_length.get(ticks, [])
        closing = bisect.bisect_right(same, number)
        if closing < len(same) and ends[same[closing]] == ends[number]:
            close: int | None = same[closing]
        elif (
            (fallback := longest[number + 1]) is not None
            and ends[fallback] == ends[number]
            and runs[fallback][1] < ticks
        ):
            close = fallback  # opened by as many of its backticks as the longest run after
        else:
            close = None
        if close is None:
            # Shown as it is; the converter reads on as many characters past it as it
            # has backticks (Python-Markdown 3.11 counts them twice), within its paragraph.
            at = min(opening + 2 * ticks, ends[number])
            continue
        at = runs[close][0] + runs[close][1]
        spans.append((opening, at))
    return spans


def _paragraph_end(markdown: str, blank_lines: list[int], position: int) -> int:
    """Where the paragraph that ``position`` is in ends: its text's next blank line."""
    after = bisect.bisect_left(blank_lines, position)
    return blank_lines[after] if after < len(blank_lines) else len(markdown)


def _longest_after(runs: list[tuple[int, int]], ends: list[int]) -> list[int | None]:
    """For each run (by number), the first longest of it and the runs after it in its
    paragraph; one more (None) for no run."""
    longest: list[int | None] = [None] * (len(runs) + 1)
    for number in range(len(runs) - 1, -1, -1):
        after = longest[number + 1]
        same_paragraph = after is not None and ends[after] == ends[number]
        if after is None or not same_paragraph or runs[number][1] >= runs[after][1]:
            longest[number] = number
        else:
            longest[number] = after
    return longest


def _escaped(markdown: str, start: int, at: int) -> bool:
    """Whether the backtick at ``start`` is escaped, read on from ``at``: after an odd
    number of backslashes (an even number is backslashes shown, each escaped by the one
    before), or after any number of them the reading starts among (which can then show
    none of them)."""
    before = start
    while before > 0 and markdown[before - 1] == "\\":
        before -= 1
    return (start - before) % 2 == 1 or at > before


def replaced(markdown: str, code: Callable[[str], str]) -> str:
    """``markdown`` with each code in backticks (backticks and all) as ``code`` writes it."""
    pieces, done = [], 0
    for start, end in code_spans(markdown):
        pieces += [markdown[done:start], code(markdown[start:end])]
        done = end
    return "".join([*pieces, markdown[done:]]) if pieces else markdown
