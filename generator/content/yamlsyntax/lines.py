"""A YAML file's lines as the syntax errors' messages read them: what ends a line, the line
and column of a character as the parsers' marks give them, a line's indent, the last line
above with something on it, a 'key: value' line, the indicator of a text written on the
lines below its key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.patterns import later

LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
"""What ends a line in YAML; counted as the parsers' marks count lines (a file from
Windows ends its lines in CR LF, one from an old Mac in CR; YAML 1.1, which libyaml reads,
also ends one at NEL and the Unicode line and paragraph separators)."""


def mark_of(text: str, index: int) -> Mark:
    """The line and column of ``text[index]``, as a parser's mark would give them."""
    breaks = list(LINE_BREAK.finditer(text, 0, index))
    return Mark(len(breaks), index - (breaks[-1].end() if breaks else 0))


@dataclass(frozen=True)
class Mark:
    """A position in a text, as PyYAML's errors give one."""

    line: int
    column: int


def indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def filled_before(lines: list[str], row: int) -> int | None:
    """The last line before ``row`` with something on it other than a comment."""
    return next((r for r in range(row - 1, -1, -1) if lines[r].strip()[:1] not in ("", "#")), None)


VALUE = later(r"(?P<lead>\s*(?:-\s+)*)(?P<key>[^\s#?\[\]{}\-][^:#]*?):[ \t]+(?P<value>\S.*?)\s*$")
"""A 'key: value' line, the value up to the end of the line."""


_COMMENT = later(r"\s#")
"""Where a comment starts in a plain value: a '#' after a space or a tab (YAML reads 'a#b' as text)."""


def less_comment(text: str) -> str:
    """``text``, one line of a plain value (or the rest of a line), less the comment YAML
    would drop from it, and the spaces before that: 'Osh # check' -> 'Osh'."""
    return _COMMENT().split(text, maxsplit=1)[0].rstrip()


BLOCK_INDICATOR = r"[|>][-+1-9]*"
"""A value that says the text follows on the lines below, indented: '|', '>-', '|2'..."""
