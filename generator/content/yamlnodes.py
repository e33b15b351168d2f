"""Parse one YAML file into nodes that remember where they came from.

PyYAML's constructors throw positions away and quietly accept duplicate keys, tags,
anchors and YAML 1.1 surprises (``no`` becoming false, ``2010-04-19`` becoming a date
object). So we read the parser's event stream (the C parser when available) and build
our own small tree: mappings, sequences and scalars, each with its line and column.

Plain scalars are resolved the YAML 1.2 way: only ``true``/``false`` are booleans,
``null``/``~``/nothing is null, decimal numbers are numbers; everything else is text.
Dates stay text; ``dates.py`` parses them by the contract's own rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from generator.content.yamlerrors import LINE_BREAK, Mark, explain, mark_of
from generator.errors import Position, Problem

Loader = type[yaml.SafeLoader] | type[yaml.CSafeLoader]
"""A PyYAML loader class; only its parser is used, through ``yaml.parse``."""

LOADER: Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser, several times faster than PyYAML's own. PyYAML's own stands in when
PyYAML was built without libyaml: where both accept a file they give the same nodes, but
it refuses a few things libyaml accepts (a tab inside a plain value) and words its syntax
errors differently, so the messages the tests expect are libyaml's."""

MAX_DEPTH = 20
"""Deeper than any content file needs; stops a hostile file from exhausting the stack."""

ScalarValue = str | int | float | bool | None


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment on the line where an unquoted value ends: YAML drops it from the value,
    so ``title: Biden visits #KeyBridge`` reads 'Biden visits' (``comments.py`` warns)."""

    pos: Position
    """Where its '#' is."""
    after: str
    """The rest of the line after the value: the spaces, then '#' and the comment."""


@dataclass(frozen=True, slots=True)
class Scalar:
    """A single value: text, a number, a boolean or nothing."""

    value: ScalarValue
    """The resolved value (text, number, boolean or None)."""
    text: str
    """The scalar exactly as written, for fields like dates that read the source text."""
    pos: Position
    comment: Comment | None = None
    """For an unquoted value, the comment that follows it on its last line, if any."""
    source: str | None = None
    """The scalar as the file has it (quotes, '|' and its indented lines) when that is not
    simply its text on one line: what ``where`` reads to find a place inside it."""


@dataclass(frozen=True, slots=True)
class Mapping:
    """``key: value`` lines."""

    items: dict[str, tuple[Scalar, Node]]
    """Key text -> (the key's node, the value's node); order as in the file."""
    pos: Position


@dataclass(frozen=True, slots=True)
class Sequence:
    """A list, ``[a, b]`` or one ``- item`` per line."""

    items: tuple[Node, ...]
    pos: Position


Node = Scalar | Mapping | Sequence

_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")


def resolve_plain(text: str) -> ScalarValue:
    """The value of an unquoted scalar under YAML 1.2's core schema (minus hex, inf, nan)."""
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if _INT.fullmatch(text):
        try:
            return int(text)
        except ValueError:  # over Python's limit of digits (4,300): no number a file needs
            return text
    if _FLOAT.fullmatch(text):
        return float(text)
    return text


def where(node: Scalar, part: str, after: int = 0) -> Position:
    """Where the first ``part`` of the text of ``node`` (from its character ``after`` on)
    is in the file, when that is on a line below the value's start: inside a block of text
    (``summary: |``) the line and column of, say, a link, not the block's '|'. Otherwise
    the value's own position, which the editor sees on the same line (and messages about
    one-line values keep)."""
    value = node.value
    offset = value.find(part, after) if isinstance(value, str) and part else -1
    if offset < 0 or node.source is None or not isinstance(value, str):
        return node.pos
    index = _source_index(node.source, value, offset)
    breaks = [] if index is None else list(LINE_BREAK.finditer(node.source, 0, index))
    if index is None or not breaks:
        return node.pos
    return Position(node.pos.path, (node.pos.line or 1) + len(breaks), index - breaks[-1].end() + 1)


_SPACE_IN_SOURCE = frozenset(" \t\r\n\x85\u2028\u2029")
"""What a space or line break of a value may have been in the file: YAML folds line
breaks into spaces and drops indentation."""


def _source_index(source: str, value: str, offset: int) -> int | None:
    """The index in ``source`` (a scalar as written) of ``value[offset]`` (the scalar's
    text). YAML makes the text by dropping quotes, escapes, a block's header and its
    indentation, and folding line breaks; so each character of the text is the next
    matching one of the source."""
    j = 0
    if source[:1] in ("|", ">"):  # a block: its text starts on the line after '|' or '>'
        first = LINE_BREAK.search(source)
        j = len(source) if first is None else first.end()
    elif source[:1] in ("'", '"'):
        j = 1
    for i in range(offset + 1):
        char = value[i]
        space = char in " \n"
        while j < len(source) and source[j] != char and not (space and source[j] in _SPACE_IN_SOURCE):
            j += 1
        if j >= len(source):
            return None
        if i < offset:
            j += 1
    return j


def _short_tag(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")


class _Composer:
    """Turns the event stream of one document into nodes, collecting problems.

    A build composes every content file, so the loop dispatches on the exact event type
    rather than walking ``isinstance`` chains.
    """

    def __init__(self, path: str, problems: list[Problem], text: str = "") -> None:
        self.path = path
        self.problems = problems
        self.text = text
        # Only a file with a '#' in it can have a comment after a value: the others skip
        # looking (a build parses every file, most without a comment).
        self.commented = "#" in text

    def comment(self, end: Any) -> Comment | None:
        """The comment on the line where a plain value ends at ``end``, if one follows it.
        Read from the value's end to its line's end (the mark's index counts characters,
        as its column does): splitting the whole file into lines took longer than parsing
        half of it."""
        if not self.commented or end is None:
            return None
        found = _COMMENT_AFTER.match(self.text, end.index)
        if found is None:
            return None
        stop = LINE_BREAK.search(self.text, found.end())
        rest = self.text[end.index : stop.start() if stop else len(self.text)]
        return Comment(Position(self.path, end.line + 1, end.column + found.end() - end.index), rest)

    def pos(self, mark: Any) -> Position:
        """The position of a PyYAML mark (the C and Python parsers have different Mark types)."""
        if mark is None:
            return Position(self.path)
        return Position(self.path, mark.line + 1, mark.column + 1)

    def error(self, mark: Any, message: str) -> None:
        self.problems.append(Problem(self.pos(mark), message))

    def check_event(self, event: yaml.NodeEvent) -> None:
        if event.anchor is not None:
            self.error(
                event.start_mark,
                f"YAML anchors ('&{event.anchor}') are not supported; write the value out",
            )
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!":
            self.error(
                event.start_mark,
                f"YAML tags ('{_short_tag(tag)}') are not allowed; remove the tag",
            )

    def node(self, events: list[yaml.Event], i: int, depth: int) -> tuple[Node, int]:
        """Compose the node starting at ``events[i]``; return it and the next index."""
        event = events[i]
        kind = type(event)
        if kind is yaml.AliasEvent:
            assert isinstance(event, yaml.AliasEvent)
            self.error(
                event.start_mark,
                f"YAML aliases ('*{event.anchor}') are not supported; write the value out",
            )
            return Scalar(None, "", self.pos(event.start_mark)), i + 1
        assert isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent))
        self.check_event(event)
        pos = self.pos(event.start_mark)
        if depth > MAX_DEPTH:
            self.error(event.start_mark, f"nesting deeper than {MAX_DEPTH} levels")
            return Scalar(None, "", pos), _skip(events, i)
        if kind is yaml.ScalarEvent:
            assert isinstance(event, yaml.ScalarEvent)
            text = event.value
            # implicit[0] is True only for unquoted scalars without a tag
            start, end = event.start_mark, event.end_mark
            plain = event.implicit[0]
            source = None
            if start is not None and end is not None and (not plain or start.line != end.line):
                # quoted, a block or on several lines
                source = self.text[start.index : end.index]
            if not plain:
                return Scalar(text, text, pos, source=source), i + 1
            return Scalar(resolve_plain(text), text, pos, self.comment(end), source), i + 1
        i += 1
        if kind is yaml.SequenceStartEvent:
            items: list[Node] = []
            while type(events[i]) is not yaml.SequenceEndEvent:
                item, i = self.node(events, i, depth + 1)
                items.append(item)
            return Sequence(tuple(items), pos), i + 1
        pairs: dict[str, tuple[Scalar, Node]] = {}
        while type(events[i]) is not yaml.MappingEndEvent:
            key, i = self.node(events, i, depth + 1)
            value, i = self.node(events, i, depth + 1)
            if type(key) is not Scalar or key.value is None:
                self.problems.append(Problem(key.pos, "a key must be plain text"))
                continue
            name = key.text
            if name in pairs:
                first = pairs[name][0].pos.line
                self.problems.append(
                    Problem(key.pos, f"duplicate key '{name}' (first given on line {first})")
                )
                continue
            pairs[name] = (key, value)
        return Mapping(pairs, pos), i + 1


_COMMENT_AFTER = re.compile(r"[ \t]+#")
"""Spaces, then '#': what starts a comment right after a value (YAML needs the space)."""


def _skip(events: list[yaml.Event], i: int) -> int:
    """Index just past the node starting at ``events[i]``."""
    level = 0
    while True:
        event = events[i]
        i += 1
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            level += 1
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            level -= 1
        if level == 0:
            return i


def _reader_mark(text: str, offset: int, loader: Loader) -> Mark:
    """Where the character a ``ReaderError`` is about is. PyYAML's own reader gives its
    offset in characters, libyaml in bytes of the text encoded as UTF-8: the two differ
    as soon as a letter like 'ü' comes before it."""
    if not issubclass(loader, yaml.reader.Reader):
        offset = len(text.encode("utf-8")[:offset].decode("utf-8", errors="ignore"))
    return mark_of(text, offset)


def parse_yaml(text: str, path: str, problems: list[Problem], *, loader: Loader = LOADER) -> Node | None:
    """Parse ``text`` (one YAML document) into nodes; None when it has no usable content.

    Syntax errors, tags, anchors, duplicate keys and extra documents become problems.
    ``loader`` chooses the parser: libyaml's when PyYAML has it (see ``LOADER``).
    """
    try:
        events = list(yaml.parse(text, Loader=loader))
    except yaml.MarkedYAMLError as exc:
        mark, message = explain(exc, text)
        problems.append(Problem(_Composer(path, problems).pos(mark), f"YAML syntax error: {message}"))
        return None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow in a file
        mark = _reader_mark(text, exc.position, loader)
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        message = f"character U+{code:04X} is not allowed in YAML; remove it"
        problems.append(Problem(Position(path, mark.line + 1, mark.column + 1), message))
        return None
    except yaml.YAMLError as exc:  # anything else the parser refuses, on one line
        problems.append(Problem(Position(path), f"YAML syntax error: {str(exc).splitlines()[0]}"))
        return None
    starts = [i for i, e in enumerate(events) if type(e) is yaml.DocumentStartEvent]
    if not starts:
        return None
    composer = _Composer(path, problems, text)
    for extra in starts[1:]:
        composer.error(
            events[extra].start_mark,
            "a second YAML document ('---') in one file; keep one per file",
        )
    node, _ = composer.node(events, starts[0] + 1, 0)
    return node
