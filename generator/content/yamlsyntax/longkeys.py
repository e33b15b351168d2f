"""A key longer than YAML lets a key be: a paragraph pasted with ': ' in it, which the
parsers stop at though the ':' is there.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from generator.content.yamlsyntax.closing import closing_quote
from generator.content.yamlsyntax.lines import LINE_BREAK, Mark
from generator.patterns import later

KEY_LIMIT = 1024
"""The most characters YAML reads as a key written without '?' (all keys editors write),
from its first character (or quotation mark) to the ':' after it; PyYAML and libyaml both
stop at a longer one."""

_KEY_START = later(r"[ \t]*(?:-[ \t]+)*")
"""What comes before a key on its line: the indent, and the dashes of list items."""


def long_key(text: str, lines: list[str], at: Any, began: Any) -> tuple[Mark, str] | None:
    """When the ':' the parser stopped at ends a key longer than YAML lets a key be (a
    paragraph pasted with ': ' in it, on a line of its own): where the key starts, and what
    to do. libyaml says it found no ':' (where the key had to be one), or that a value may
    not be 'key: value' there (after a '- ' or an indent, where a longer key is not read as
    a key at all), though the ':' is there. None for any other error, and for a long key
    that would not be read even if it were short (a line going on with a value above)."""
    if at is None or at.line >= len(lines) or lines[at.line][at.column : at.column + 1] != ":":
        return None
    if began is None or (began.line, began.column) >= (at.line, at.column):
        line = lines[at.line]
        lead = _KEY_START().match(line)
        start = Mark(at.line, lead.end() if lead is not None else 0)
        key = line[start.column : at.column]
        closed = closing_quote(line, start.column) if key[:1] in ('"', "'") else None
        if line[closed + 1 : at.column].strip() if closed is not None else re.search(r":\s", key):
            return None  # 'summary: He said: no': a value with ': ' in it, not a long key
    else:
        start = Mark(began.line, began.column)
    first, colon = _index(text, start.line, start.column), _index(text, at.line, at.column)
    length = colon - first
    if length <= KEY_LIMIT:
        return None
    try:  # with a short key in its place, the parser gets past this line: its length stopped it
        for _ in yaml.parse(text[:first] + "k" + text[colon:], Loader=_LOADER):
            pass
    except yaml.MarkedYAMLError as exc:
        if exc.problem_mark is None or exc.problem_mark.line <= start.line:
            return None
    advice = (
        "if it is a value, write it after its key, as in 'summary: ...'; if the ': ' is part of the "
        "text, put the whole text in double quotes, or write its key with '|' ('summary: |') and the "
        "text on the lines below it, indented by 2 spaces"
    )
    if at.line == start.line:
        return start, (
            f"YAML reads the text before ': ' as a key, and it is {length:,} characters long, longer "
            f"than YAML lets a key be ({KEY_LIMIT:,}); {advice}"
        )
    return start, (
        f"YAML reads the text from here to the ': ' on line {at.line + 1} as a key, and it runs over "
        f"{at.line - start.line + 1} lines, {length:,} characters, while YAML lets a key be one line of "
        f"at most {KEY_LIMIT:,}; {advice}"
    )


def _index(text: str, line: int, column: int) -> int:
    """Where line ``line``, column ``column`` (from 0, as YAML counts them) is in ``text``."""
    breaks = list(LINE_BREAK.finditer(text))
    return (breaks[line - 1].end() if line > 0 else 0) + column


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""The parser ``yamlnodes`` reads files with (imported from there it would be a cycle)."""
