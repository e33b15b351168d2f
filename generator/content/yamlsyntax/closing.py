"""Quotation marks and brackets that close otherwise than the editor meant: where a quoted
text closes, text written after its closing mark, a mark never closed that swallowed the
lines below it, a word processor's curly marks around a value (which YAML reads as text),
and a '[' or '{' never closed.
"""

from __future__ import annotations

import re
from typing import Any

from generator.content.yamlsyntax.lines import Mark, indent_of, less_comment, mark_of
from generator.patterns import later

# Not lint/figures.py's _CLOSED_BY, though both pair quotation marks: these are the marks a
# word processor types for the straight ones an editor put around a value, meaning YAML's
# quotes, and the message calls them curly and says to write straight ones. _CLOSED_BY is
# every pairing the languages use, so that a name quoted as its language does is not
# warned of; taken here, it would tell a value in corner brackets (\u300c...\u300d) or
# single guillemets that its "curly quotation marks" are not YAML's quotes.
_CURLED_PAIRS = (
    "\u201c\u201d",
    "\u201e\u201c",
    "\u201e\u201d",
    "\u2018\u2019",
    "\u00ab\u00bb",
    "\u00bb\u00ab",
)
"""A word processor's quotation marks, opening and closing: English, German and Polish,
single, guillemets (French, and German's \u00bb...\u00ab)."""


def curled_around(value: str) -> str | None:
    """What ``value`` holds inside a word processor's quotation marks around the whole of
    it ('\u201cUpdate: the rescue\u201d'), which YAML takes as text, else None."""
    if len(value) > 2 and value[0] + value[-1] in _CURLED_PAIRS:
        return value[1:-1].strip()
    return None


CUT_SHORT = ("did not find expected key", "expected <block end>", "did not find expected '-' indicator")
"""What the parsers say when a value ended (at a closing quotation mark) before its line did."""

_QUOTED_START = later(r"""\s*(?:-\s+)*(?P<key>[^\s"'#\[\]{},:-][^"'#:]*:\s+)?(?=["'])""")
"""The start of a line up to a value that opens with a quotation mark: list dashes, a key."""


def text_after_quote(line: str, at: Any) -> tuple[Mark, str] | None:
    """When ``line`` has a value that opens with a quotation mark and goes on after the
    mark that closes it (``title: "Super Mario" is rescued``), and the parser stopped
    there: where the value starts, and the advice with the whole value quoted. YAML
    takes the quoted part for the whole value, so the parser blames what follows as a
    new key or a bad indent, which misleads."""
    lead = _QUOTED_START().match(line)
    if at is None or lead is None or not lead.group().strip():
        return None
    start = lead.end()
    end = closing_quote(line, start)
    if end is None or at.column <= end:
        return None
    rest = less_comment(line[end + 1 :])  # a comment stays one
    if not rest.strip():
        return None
    typed = line[start : end + 1] + rest
    if len(typed) > 2 and typed[-1] == typed[0]:
        # 'It wasn't so': the whole value was meant to be quoted, and an apostrophe inside
        # closed it early. The text is what lies between the outer marks.
        typed = typed[1:-1]
    elif typed[0] == "'" and line[end + 1 : end + 2].isalpha():
        # 'Biden's visit: the mark that closed it is an apostrophe inside a word, so the
        # first mark opened a value meant to be quoted whole (its closing mark forgotten).
        typed = typed[1:]
    fix = _quote_whole(typed)
    if lead.group("key") is None:  # a list item: the fix keeps its dash
        fix = f"- {fix}"
    advice = f"text follows the closing quotation mark; put the whole value in quotes: {fix}"
    return Mark(at.line, start), advice


def never_closed(lines: list[str], at: Any) -> tuple[Mark, str] | None:
    """When the parser stopped just after a quotation mark that closed a value opened on a
    line above and not closed there (``title: "Bakiyev flees``): where the value opens,
    and the advice. YAML reads on through the lines below, keys and all, as the value's
    text, up to the next mark of its kind (news text nearly always has one: a quote, an
    apostrophe), and blames what follows that mark."""
    if at is None:
        return None
    for row in range(min(at.line, len(lines)) - 1, -1, -1):
        lead = _QUOTED_START().match(lines[row])
        if lead is None or not lead.group().strip() or closing_quote(lines[row], lead.end()) is not None:
            continue
        closed = _QUOTED[lines[row][lead.end()]].match("\n".join(lines[row : at.line + 1]), lead.end())
        if closed is None or closed.group().count("\n") != at.line - row:
            continue  # this one closes elsewhere: the value that ran on opens further up
        closed_at = len(closed.group()) - closed.group().rfind("\n") - 2
        depth = lead.start("key") if lead.group("key") is not None else indent_of(lines[row])
        swallowed = any(line.strip() and indent_of(line) <= depth for line in lines[row + 1 : at.line + 1])
        if closed_at >= at.column or not swallowed:
            return None  # text after a value written on several lines, meant so
        mark = lines[row][lead.end()]
        fix = f"{lead.group().strip()} {lines[row][lead.end() :].rstrip()}{mark}"
        next_mark = 'double quotation mark (")' if mark == '"' else "apostrophe (')"
        return Mark(row, lead.end()), (
            f"this quotation mark is never closed, so YAML reads the lines below it as its text, up "
            f"to the next {next_mark}, on line {at.line + 1}; end the text with the same mark: {fix}"
        )
    return None


_QUOTED = {'"': re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL), "'": re.compile(r"'(?:[^']|'')*'")}
"""Quoted text, on one line or over several: in double quotes a backslash escapes the next
character (a line break too), in single quotes '' is one quotation mark."""


def closing_quote(line: str, start: int) -> int | None:
    """The index of the mark that closes the quoted text opening at ``line[start]``, or
    None when it is not closed on this line."""
    quoted = _QUOTED[line[start]].match(line, start)
    return None if quoted is None else quoted.end() - 1


def _quote_whole(text: str) -> str:
    """``text`` as one quoted YAML value that reads back as exactly ``text``: in single
    quotes, unless only single quotes are in it (then in double quotes)."""
    if "'" in text and '"' not in text:
        return '"' + text.replace("\\", "\\\\") + '"'
    return "'" + text.replace("'", "''") + "'"


_BEFORE_COMMENT = " \t\r\n\x85\u2028\u2029"
"""What a '#' that starts a comment follows: a space, a tab or a line's end."""
_BEFORE_QUOTE = ":[{,-?\r\n\x85\u2028\u2029"
"""What a quotation mark that starts a value follows (spaces aside): a key's ':', a
bracket, a comma, a list's '-', a line's start."""


def unclosed_bracket(text: str, end: int) -> tuple[str, Mark] | None:
    """The last '[' or '{' before ``end`` that is not closed, outside quotes and comments."""
    stack: list[tuple[str, int]] = []
    quote = ""
    comment = False
    for i, char in enumerate(text[:end]):
        if comment:
            comment = char not in "\r\n\x85\u2028\u2029"
        elif quote:
            quote = "" if char == quote else quote
        elif char in "\"'" and (not text[:i].rstrip(" \t") or text[:i].rstrip(" \t")[-1] in _BEFORE_QUOTE):
            quote = char  # not an apostrophe inside a text ('the canal's week'), which quotes nothing
        elif char == "#" and (i == 0 or text[i - 1] in _BEFORE_COMMENT or (stack and text[i - 1] in "[{,")):
            # libyaml reads a '#' where a list's item starts ('[#suez', ',#b') as a comment too.
            comment = True
        elif char in "[{":
            stack.append((char, i))
        elif char in "]}" and stack:
            stack.pop()
    if not stack:
        return None
    bracket, index = stack[-1]
    return bracket, mark_of(text, index)


def comment_in_brackets(line: str, column: int) -> int | None:
    """The column of the '#' that starts a comment on ``line`` after the '[' or '{' at
    ``column``, hiding its closing bracket ('tags: [#suez, shipping]': libyaml reads a '#'
    where an item starts as a comment, as after a space), or None."""
    quote = ""
    for i in range(column + 1, len(line)):
        char = line[i]
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'" and line[i - 1] in " [{,":
            quote = char
        elif char == "#" and line[i - 1] in " \t[{,":
            return i
    return None
