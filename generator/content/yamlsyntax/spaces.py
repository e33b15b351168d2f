"""Spaces YAML needs and does not find, said at the line of the mistake: a key with no
space after its ':' ('title:Biden visits', or a no-break space there), a list item with
none after its '-' ('-text: Stay.'), a line indented with no-break spaces (pasted from a
web page or a word processor).
"""

from __future__ import annotations

from typing import Any

from generator.content.yamlsyntax.lines import LINE_BREAK, Mark, indent_of
from generator.patterns import later

_TIGHT_KEY = later(r"(?P<lead>\s*(?:- +)?)(?P<key>[A-Za-z_][\w-]*):(?P<after>\u00a0|[^\s:])")
"""A key with no space after its ':' ('title:Biden visits', 'key:true'), or with a no-break
space, which YAML does not count as one (pasted from a web page or a word processor)."""
_KEY_LINE = later(r"\s*(?:- +)?[^\s#][^:#]*:(?: |$)")
"""A line that starts a 'key: value' as YAML reads it."""


def missing_space(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When a YAML error at line ``row`` comes from a key whose ':' has no space after it
    (on that line or a line above that YAML took as the same text): where the space is
    missing, and what to write. YAML reads 'title:Biden visits' as text, not as a key, so
    libyaml blames a later line (the next key, or a line without ':')."""
    for r in range(min(row, len(lines) - 1), -1, -1):
        tight = _TIGHT_KEY().match(lines[r])
        if tight is not None:
            value = lines[r][tight.end("key") + 1 :].replace("\u00a0", " ").strip()
            fix = f"{tight['key']}: {value}"
            fix = fix if len(fix) <= 60 else fix[:57] + "..."
            column = tight.end("key") + 1
            if tight["after"] == "\u00a0":
                advice = (
                    "the character after ':' is a no-break space (pasted from a web page or a word "
                    f"processor), which YAML does not count as a space; type an ordinary space: {fix}"
                )
            else:
                advice = f"put a space after ':' ({fix})"
            return Mark(r, column), advice
        if r < row and _KEY_LINE().match(lines[r]):
            return None  # a line above this one is a key as it should be: the mistake is below it
    return None


def first_missing_space(text: str) -> tuple[int, int, str] | None:
    """Line, column (from 1) and advice for the first key of ``text`` with no space after
    its ':', for a file YAML read as one line of text ('title:Biden'), not as keys; or None."""
    lines = LINE_BREAK.split(text)
    for row, line in enumerate(lines):
        if _TIGHT_KEY().match(line):
            found = missing_space(lines, row)
            assert found is not None
            return found[0].line + 1, found[0].column + 1, found[1]
    return None


_TIGHT_DASH = later(r"(?P<lead> *)-(?P<rest>[^\s-].*)")
"""A list item with no space after its '-' ('  -text: Stay.')."""


def dash_without_space(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row`` is a list item whose '-' has no space after it, among items that
    have one: YAML reads '-text: Stay.' as a key '-text', not as an item, and libyaml says it
    did not find the '-' it expected. Where the '-' is, and the line to write."""
    found = _TIGHT_DASH().fullmatch(lines[row].rstrip())
    if found is None:
        return None
    fixed = f"{found['lead']}- {found['rest']}"
    return Mark(
        row, len(found["lead"])
    ), f"put a space after the '-' that starts a list item: {fixed.strip()}"


def no_break_indent(lines: list[str], at: Any) -> tuple[Mark, str] | None:
    """The line of the parser's mark ``at``, or the one before it (it often blames the line
    after), when it is indented with a no-break space, as text pasted from a web page or a
    word processor is: YAML takes that character for text, not indentation. Only where the
    no-break space does the indenting: after no more ordinary spaces than the line above
    has (deeper, it is text of a block, where it may stand)."""
    for row in range(max(0, at.line - 1), min(at.line, len(lines) - 1) + 1):
        line = lines[row]
        spaces = indent_of(line)
        if line[spaces : spaces + 1] != "\u00a0" or not line.strip(" \u00a0\t"):
            continue
        above = next((lines[r] for r in range(row - 1, -1, -1) if lines[r].strip()), "")
        if spaces <= indent_of(above):
            return Mark(row, spaces), f"{NO_BREAK_INDENT}; indent it with ordinary spaces"
    return None


NO_BREAK_INDENT = (
    "this line is indented with a no-break space (pasted from a web page or a word processor), "
    "which YAML does not count as indentation"
)
"""What is wrong with a line indented with a no-break space (what to do follows it)."""
