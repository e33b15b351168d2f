"""Code in backticks, within a paragraph, found in one pass.

Markdown shows what is in code in backticks as it is, links and comment marks as text.
The page's converter has no fenced code: lines of '```' are code in backticks like any
(to the next '```' in the paragraph; past a blank line, text, links and all), and lines
of '~~~' are text.

Code opens at a run of backticks (or the first of them: '```a``' is the code '`a'
opened by two of the three) and closes at the next whole run of exactly as many, with
at least one character between and no blank line. Read from each opening to every
closing that might fit, as a pattern that backtracks does, a paragraph of runs of
growing length takes time as the cube of its length (a text from a pull request of
10 KB took half a minute); here each paragraph's runs are listed once and each
opening's closing found among those of its length by bisection.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

_BACKTICKS = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n(?=[ \t]*\n)")
"""Where a blank line starts: where code in backticks ends unclosed (every one, those
that overlap too: a position of code is one where none starts)."""


def code_spans(markdown: str) -> list[tuple[int, int]]:
    """Where each code in backticks of ``markdown`` starts and ends (its backticks
    included), in text order."""
    if "`" not in markdown:
        return []
    runs = [(found.start(), found.end() - found.start()) for found in _BACKTICKS.finditer(markdown)]
    blank_lines = [found.start() for found in _BLANK_LINE.finditer(markdown)]
    by_length: dict[int, list[int]] = {}
    for start, length in runs:
        by_length.setdefault(length, []).append(start)
    spans: list[tuple[int, int]] = []
    done = 0  # where the last code ended: a run before it is part of that code
    for start, length in runs:
        if start < done:
            continue
        # Its text starts after the opening; no blank line may come before the closing.
        for opening in range(length, 0, -1):
            text = start + opening
            next_blank = bisect.bisect_left(blank_lines, text)
            paragraph_end = blank_lines[next_blank] if next_blank < len(blank_lines) else len(markdown)
            same = by_length.get(opening, [])
            closing = bisect.bisect_left(same, text)  # a whole run: never the opening's own
            if closing < len(same) and same[closing] < paragraph_end:
                done = same[closing] + opening
                spans.append((start, done))
                break
    return spans


def replaced(markdown: str, code: Callable[[str], str]) -> str:
    """``markdown`` with each code in backticks (backticks and all) as ``code`` writes it."""
    pieces, done = [], 0
    for start, end in code_spans(markdown):
        pieces += [markdown[done:start], code(markdown[start:end])]
        done = end
    return "".join([*pieces, markdown[done:]]) if pieces else markdown
