"""Simple content files parsed without libyaml, into the very same nodes.

Most content files are a handful of ``key: value`` lines: one-line values (plain, or in
quotes without escapes), ``[a, b]`` lists and ``|`` blocks of text, with comments on
lines of their own or after a value. For a file made only of those, ``parse`` returns
exactly the nodes ``yamlnodes.parse_yaml`` composes from libyaml's events, in a fifth
of the time; for anything else (nesting, folded or indented text, escapes, anchors,
tags, tabs, a duplicate key, a line it is not sure of) it returns None and the caller
uses libyaml, which also reports every mistake. Like ``prose.py`` it is deliberately
narrow, and ``tests/test_simpleyaml.py`` checks it against libyaml on thousands of
random files made to hit the edges.
"""

from __future__ import annotations

import re

from generator.errors import Position
from generator.yamlnodes import Mapping, Node, Scalar, Sequence, resolve_plain

# Characters YAML does not allow, breaks lines at (NEL and the Unicode separators), or
# that would need care (tab, carriage return, a byte-order mark inside): none of them.
_UNSURE = re.compile("[\x00-\x08\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")

_KEY = re.compile(r"([a-z][a-z0-9_]*):(?: +|$)")
"""A key at the start of a line; the value starts after the spaces."""

_RESERVED_KEYS = {"null", "true", "false"}
"""Keys that YAML reads as something other than text: left to libyaml's error."""

_PLAIN_FIRST = re.compile(r"[^-?:,\[\]{}#&*!|>'\"%@` ]")
"""What a one-line plain value may start with: nothing YAML reads as an indicator."""

_FLOW_ITEM = re.compile(r"(?:-(?=\d)|[^-?:,\[\]{}#&*!|>'\"%@` ])[^,\[\]{}#:'\"]*")
"""A plain item of a ``[a, b]`` list: no indicator first (but a minus sign before a
digit), and nothing inside that could end it, nest or quote."""

_AFTER_VALUE = re.compile(r"(?: +#.*| *)")
"""What may follow a quoted value or a list on its line: spaces, or a comment."""


def parse(text: str, path: str) -> Mapping | None:
    """The nodes of ``text`` if it is a simple content file, else None."""
    if _UNSURE.search(text):
        return None
    lines = text.split("\n")
    items: dict[str, tuple[Scalar, Node]] = {}
    first: Position | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip(" ") or line[0] == "#":
            i += 1  # a blank line, or a comment on its own
            continue
        match = _KEY.match(line)
        if match is None:
            return None
        key = match.group(1)
        rest = line[match.end() :]
        if key in items or key in _RESERVED_KEYS or not rest or rest[0] == "#":
            return None  # a duplicate, a key YAML reads otherwise, or a nested block
        key_pos = Position(path, i + 1, 1)
        first = first or key_pos
        at = Position(path, i + 1, match.end() + 1)
        value: Node
        if rest[0] == "|":
            found = _block(rest, lines, i, at)
            if found is None:
                return None
            value, i = found
        else:
            one = _one_line(rest, at)
            if one is None:
                return None
            value, i = one, i + 1
        items[key] = (Scalar(key, key, key_pos), value)
    return Mapping(items, first) if first is not None else None


def _one_line(rest: str, at: Position) -> Node | None:
    """A value that ends on its line: a list, a quoted or a plain value."""
    first = rest[0]
    if first == "[":
        return _flow_list(rest, at)
    if first == '"' or first == "'":
        end = rest.find(first, 1)
        inner = rest[1:end]
        # no escapes: a backslash in double quotes, a doubled quote in single ones
        if end < 0 or (first == '"' and "\\" in inner) or rest[end + 1 : end + 2] == first:
            return None
        if not _AFTER_VALUE.fullmatch(rest[end + 1 :]):
            return None
        return Scalar(inner, inner, at)
    if not _PLAIN_FIRST.match(first):
        return None
    cut = rest.find(" #")
    value = (rest if cut < 0 else rest[:cut]).rstrip(" ")
    if ": " in value or value.endswith(":"):
        return None
    return Scalar(resolve_plain(value), value, at)


def _flow_list(rest: str, at: Position) -> Sequence | None:
    """``[a, b, c]`` of plain items, on one line."""
    close = rest.find("]")
    if close < 0 or not _AFTER_VALUE.fullmatch(rest[close + 1 :]):
        return None
    inner = rest[1:close]
    items: list[Node] = []
    if inner.strip(" "):
        assert at.col is not None
        offset = at.col + 1  # the column just after "["
        for part in inner.split(","):
            item = part.strip(" ")
            if not _FLOW_ITEM.fullmatch(item):
                return None  # also an empty item: "[a,,b]" or "[a, b,]"
            col = offset + len(part) - len(part.lstrip(" "))
            items.append(Scalar(resolve_plain(item), item, Position(at.path, at.line, col)))
            offset += len(part) + 1
    return Sequence(tuple(items), at)


def _block(rest: str, lines: list[str], i: int, at: Position) -> tuple[Scalar, int] | None:
    """A ``|`` or ``|-`` block of text starting on line ``i``; the scalar and the index
    of the line after it."""
    header = rest.rstrip(" ")
    if header not in ("|", "|-"):
        return None  # "|+", an indentation indicator, a comment: left to libyaml
    content: list[str] = []
    indent = last = 0
    j = i + 1
    while j < len(lines):
        line = lines[j]
        if not line:
            content.append("")
            j += 1
            continue
        spaces = len(line) - len(line.lstrip(" "))
        if spaces == len(line):
            return None  # a line of spaces only: how much of it is text depends on its length
        if indent == 0:
            if spaces == 0 or content:
                return None  # an empty block, or blank lines before the first line of text
            indent = spaces
        if spaces < indent:
            if spaces:
                return None  # less indented, but not back at the margin
            break
        content.append(line[indent:])
        last = j
        j += 1
    if indent == 0:
        return None
    while content[-1] == "":
        content.pop()  # trailing blank lines are not part of the text ("clip" and "strip")
    text = "\n".join(content)
    if header == "|" and last + 1 < len(lines):
        text += "\n"  # "clip" keeps the line break after the text, if the file has one
    return Scalar(text, text, at), j
