"""Parse one YAML file into nodes that remember where they came from.

PyYAML's constructors throw positions away and quietly accept duplicate keys, tags,
anchors and YAML 1.1 surprises (``no`` becoming false, ``2010-04-19`` becoming a date
object). So we read the parser's event stream (the C parser when available) and build
our own small tree: mappings, sequences and scalars, each with its line and column.

Plain scalars are resolved the YAML 1.2 way: only ``true``/``false`` are booleans,
``null``/``~``/nothing is null, decimal numbers are numbers; everything else is text.
Dates stay text; ``dates.py`` parses them by the contract's own rules.

A problem inside a text (a link, say) is reported where it is in the file: ``place``
reads the value as written (quotes, escapes, indentation, folded lines) the way the
parser does, to find the line and column of any character of its text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

import yaml

from generator.content.yamlsyntax.explain import explain
from generator.content.yamlsyntax.lines import LINE_BREAK, Mark, less_comment, mark_of
from generator.content.yamlvalues import double_quoted
from generator.errors import Position, Problem
from generator.patterns import later

Loader = type[yaml.SafeLoader] | type[yaml.CSafeLoader]
"""A PyYAML loader class; only its parser is used, through ``yaml.parse``."""

LOADER: Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser, several times faster than PyYAML's own. PyYAML's own stands in when
PyYAML was built without libyaml: where both accept a file they give the same nodes, but
it refuses a few things libyaml accepts (a tab inside a plain value) and words its syntax
errors differently, so the messages the tests expect are libyaml's."""

SYNTAX_ERROR = "YAML syntax error"
"""How the message of a syntax error starts. The parser reads its file no further, so a
mistake after it is found only once it is fixed (the command line says so)."""


def stopped_reading(problems: Iterable[Problem]) -> bool:
    """Whether a syntax error among ``problems`` stopped the reading of its file: the
    problems of that file are then all that could be found, not all there may be."""
    return any(p.message.startswith(SYNTAX_ERROR) for p in problems)


MAX_DEPTH = 20
"""Deeper than any content file needs; stops a hostile file from exhausting the stack."""

ScalarValue = str | int | float | bool | None


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment on the line where an unquoted value ends: YAML drops it from the value,
    so ``title: Biden visits #KeyBridge`` reads 'Biden visits' (``lint/comments.py`` warns)."""

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
    simply its text on one line: what ``place`` reads to find a place inside it."""
    reported: bool = False
    """True for the empty value put in place of one the YAML reading refused and reported
    (an alias, nesting too deep): check takes it as a problem already told, with no
    message of its own (not "is required but has no value" or "is empty")."""


@dataclass(frozen=True, slots=True)
class Mapping:
    """``key: value`` lines."""

    items: dict[str, tuple[Scalar, Node]]
    """Key text -> (the key's node, the value's node); order as in the file."""
    pos: Position
    joint: str | None = None
    """For one key and a value on its line, what the file has between them: ': ', or
    ' : ' in French, which a text YAML split at its colon is given back with."""


@dataclass(frozen=True, slots=True)
class Sequence:
    """A list, ``[a, b]`` or one ``- item`` per line."""

    items: tuple[Node, ...]
    pos: Position


Node = Scalar | Mapping | Sequence


def scalar_at(root: Mapping, key: str) -> Scalar | None:
    """The plain value of ``key`` in ``root``, or None when it has none there: a file's
    setting read roughly, before or without checking it (the import, ``new translation``)."""
    node = root.items.get(key, (None, None))[1]
    return node if isinstance(node, Scalar) and node.value is not None else None


_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_NUMBER_START = frozenset("0123456789+-.")
"""The characters a number of ``_INT`` or ``_FLOAT`` can start with."""


def resolve_plain(text: str) -> ScalarValue:
    """The value of an unquoted scalar under YAML 1.2's core schema (minus hex, inf, nan)."""
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if text[0] not in _NUMBER_START:  # most values are words: neither pattern can match
        return text
    if _INT.fullmatch(text):
        try:
            return int(text)
        except ValueError:  # over Python's limit of digits (4,300): no number a file needs
            return text
    if _FLOAT.fullmatch(text):
        return float(text)
    return text


def place(node: Scalar, offset: int) -> Position:
    """Where character ``offset`` of the text of ``node`` is in the file. The value's own
    position when it has no such character, or when its text cannot be traced back to the
    file character by character (``_traced``): from the value's start the editor finds
    the words, where a wrong line and column would send them to others."""
    value, (path, line, col) = node.value, node.pos
    if not isinstance(value, str) or not 0 <= offset < len(value) or col is None:
        return node.pos
    if node.source is None:  # unquoted on one line: the text is the file's, as it is
        return Position(path, line, col + offset)
    indexes = _traced(node.source, value)
    if indexes is None:
        return node.pos
    index = indexes[offset]
    starts = _line_starts(node.source)
    below = bisect.bisect_right(starts, index) - 1  # how many lines below the value's first
    if below == 0:  # on the line where the value starts
        return Position(path, line, col + index)
    return Position(path, line + below, index - starts[below] + 1)


@functools.lru_cache(maxsize=16)
def _line_starts(source: str) -> tuple[int, ...]:
    """Where each line of ``source`` starts (0 first): read once for all the places in
    it, as a text's links are looked for one after another (counting the line breaks
    before each made thousands of links in one text take seconds)."""
    return (0, *(found.end() for found in LINE_BREAK.finditer(source)))


Traced = list[tuple[str, int]]
"""The characters of a scalar's text, each with its index in the scalar as written."""


@functools.lru_cache(maxsize=16)
def _traced(source: str, value: str) -> tuple[int, ...] | None:
    """For each character of ``value``, the text of a scalar written as ``source``, its
    index in ``source``; None when reading ``source`` as the parser does gives another
    text (a form this reading does not know): then no place rather than a wrong one.
    Kept for the last few values, whose links are looked for one after another."""
    head = source[:1]
    if head in ("|", ">"):
        traced = _block(source, value)
    else:
        traced = _flow(source, head if head in ("'", '"') else "")
    if traced is None or _text(traced) != value:
        return None
    return tuple(index for _, index in traced)


def _text(traced: Traced) -> str:
    return "".join(char for char, _ in traced)


def _line_break(source: str, i: int) -> tuple[str, int] | None:
    """The line break at ``source[i]``, if one is there: what YAML reads it as (CR, LF,
    CRLF and NEL as LF; the Unicode line and paragraph separators as themselves) and its
    length."""
    if source.startswith("\r\n", i):
        return "\n", 2
    char = source[i : i + 1]
    if char in ("\r", "\n", "\x85"):
        return "\n", 1
    if char in ("\u2028", "\u2029"):
        return char, 1
    return None


_ESCAPES: dict[str, str] = yaml.scanner.Scanner.ESCAPE_REPLACEMENTS
"""What each escape of a double-quoted value (``\\n``, ``\\"``) stands for: PyYAML's own
table (public, on its scanner), which libyaml's reading matches."""
_CODE_ESCAPES: dict[str, int] = yaml.scanner.Scanner.ESCAPE_CODES
"""The escapes of a character by its code (``\\u00e9``), and how many hex digits follow."""
_HEX = later(r"[0-9A-Fa-f]+")


def _escape(source: str, i: int) -> tuple[str, int] | None:
    """The character that the escape at ``source[i]`` (a backslash) stands for, and the
    escape's length; None for one the parser would not take."""
    code = source[i + 1 : i + 2]
    if code in _ESCAPES:
        return _ESCAPES[code], 2
    digits = source[i + 2 : i + 2 + _CODE_ESCAPES.get(code, 0)]
    if not digits or len(digits) != _CODE_ESCAPES[code] or not _HEX().fullmatch(digits):
        return None
    number = int(digits, 16)
    return (chr(number), 2 + len(digits)) if number <= 0x10FFFF else None


def _flow(source: str, quote: str) -> Traced | None:
    """Trace an unquoted value written over several lines, or a quoted one (``quote`` is
    its quotation mark), as the parser reads it: quotes and escapes read, the spaces at
    the ends of its lines dropped, a line break read as a space, and each empty line
    after one as a line break (a break escaped with '\\' is dropped, its empty lines are not)."""
    traced: Traced = []
    i, end = (1, len(source) - 1) if quote else (0, len(source))
    while True:
        escaped_break = False  # whether the words stopped at a '\' that ends a line
        while i < end and source[i] not in " \t" and _line_break(source, i) is None:
            char = source[i]
            if char == "'" and quote == "'":  # '' (the closing quote is at the end)
                traced.append(("'", i))
                i += 2
            elif char == "\\" and quote == '"':
                line_break = _line_break(source, i + 1)
                if line_break is not None:
                    i, escaped_break = i + 1 + line_break[1], True
                    break
                escaped = _escape(source, i)
                if escaped is None:
                    return None
                traced.append((escaped[0], i))
                i += escaped[1]
            else:
                traced.append((char, i))
                i += 1
        if i >= end and not escaped_break:
            return traced
        i = _fold(source, i, end, escaped_break, traced)


def _fold(source: str, i: int, end: int, escaped_break: bool, traced: Traced) -> int:
    """Read the spaces and line breaks of a value from ``source[i]`` to its next words,
    adding to ``traced`` what the parser makes of them; ``escaped_break`` when they follow
    a line break escaped with '\\' (already read, and dropped)."""
    spaces: Traced = []
    first: tuple[str, int] | None = None  # the line break that ends a line with words
    empty: Traced = []  # the line breaks of the empty lines after it
    broken = escaped_break  # whether a line break has been read
    while i < end:
        line_break = _line_break(source, i)
        if line_break is None and source[i] not in " \t":
            break
        if line_break is None:
            if not broken:  # between words, or before the closing quote: kept
                spaces.append((source[i], i))
            i += 1
            continue
        if broken:
            empty.append((line_break[0], i))
        else:
            first, broken, spaces = (line_break[0], i), True, []
        i += line_break[1]
    if not broken:
        traced += spaces
    elif first is not None and first[0] == "\n":
        traced += empty or [(" ", first[1])]
    else:  # a separator (U+2028, U+2029) is kept; an escaped break is not
        traced += ([first] if first else []) + empty
    return i


def _block(source: str, value: str) -> Traced | None:
    """Trace a block of text (``|`` or ``>`` and its header). Its indentation is found in
    its lines, as the parser finds it; when the header gives it (``|2``) it counts from the
    indentation of the key, which is not in the block: it is read off the value the
    parser made (``_given_indent``), else each that could be is tried."""
    header = LINE_BREAK.search(source)
    if header is None:
        return None  # no line below the header: an empty text
    indicators = _BLOCK_INDICATORS().match(source, 1)
    assert indicators is not None  # it matches nothing at worst
    digits = [c for c in indicators.group() if c.isdigit()]
    chomp = indicators.group().strip("123456789")
    if not digits:
        return _block_lines(source, header.end(), None, chomp)
    least = int(digits[0])
    guess = _given_indent(source[header.end() :], value)
    if guess is not None and guess >= least:
        traced = _block_lines(source, header.end(), guess, chomp)
        if _text(traced) == value:
            return traced
    # Not read off (a line separator among the first lines): each indentation that could
    # be is tried, as long as that stays cheap; a hostile file gets the value's start.
    widest = _block_breaks(source, header.end(), None)[2]
    if (widest - least + 1) * len(source) > _MOST_TRACED:
        return None
    for indent in range(least, widest + 1):
        traced = _block_lines(source, header.end(), indent, chomp)
        if _text(traced) == value:
            return traced
    return None


_MOST_TRACED = 2_000_000
"""How many characters tracing a block may read in all, trying its indentations: a
fraction of a second."""


_FIRST_WORDS = later(r"^( *)[^ \r\n\x85\u2028\u2029]", re.MULTILINE)
"""The spaces before the first line with words of a block, written or parsed."""


def _given_indent(lines: str, value: str) -> int | None:
    """The indentation of a block whose header gives it (``|2``), worked out once from
    the block's ``lines`` and the ``value`` the parser made of them: the spaces before the
    first line with words, less those the value keeps (more spaces than the indentation
    belong to the text). Trying each indentation that could be instead took minutes on a
    deeply indented file of a few hundred KB."""
    written, parsed = _FIRST_WORDS().search(lines), _FIRST_WORDS().search(value)
    if written is None or parsed is None:
        return None
    return len(written[1]) - len(parsed[1])


_BLOCK_INDICATORS = later(r"[1-9+-]*")
"""What may follow a block's '|' or '>': its indentation, and '-' or '+' for its last line breaks."""


def _block_lines(source: str, i: int, indent: int | None, chomp: str) -> Traced:
    """Trace the lines of a block of text from ``source[i]`` (the line below its header) as
    the parser reads them: ``indent`` spaces dropped from each (None: as many as its first
    line has); in a '>' block, the break between two lines that start with words read as a
    space, or dropped before empty lines; the last breaks as ``chomp`` ('-', '+') says."""
    folded = source.startswith(">")
    traced: Traced = []
    i, column, indent, empty = _block_breaks(source, i, indent)
    last: tuple[str, int] | None = None  # the line break that ended the last line with words
    indented = False  # whether the last line with words starts with a space
    while i < len(source) and column == indent:
        starts_with_space = source[i] in " \t"
        if folded and last is not None and last[0] == "\n" and not indented and not starts_with_space:
            traced += [] if empty else [(" ", last[1])]
        elif last is not None:
            traced.append(last)
        traced += empty
        indented = starts_with_space
        while i < len(source) and _line_break(source, i) is None:
            traced.append((source[i], i))
            i += 1
        line_break = _line_break(source, i)
        if line_break is None:  # the file ends on this line
            last, empty = None, []
            break
        last = (line_break[0], i)
        i, column, _, empty = _block_breaks(source, i + line_break[1], indent)
    if chomp != "-" and last is not None:
        traced.append(last)
    if chomp == "+":
        traced += empty
    return traced


def _block_breaks(source: str, i: int, indent: int | None) -> tuple[int, int, int, Traced]:
    """Read the indentation and the empty lines of a block from ``source[i]``, the start of
    a line, up to the next line with words. Returns where that is, its column, the block's
    indentation (``indent``, or when None the widest of these lines, as the parser counts
    it) and the empty lines' breaks."""
    empty: Traced = []
    widest = 0
    while True:
        start = i
        while i < len(source) and source[i] == " " and (indent is None or i - start < indent):
            i += 1
        widest = max(widest, i - start)
        line_break = _line_break(source, i)
        if line_break is None:
            return i, i - start, max(widest, 1) if indent is None else indent, empty
        empty.append((line_break[0], i))
        i += line_break[1]


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
        # Each anchor's aliases are told once, at the first, with how many there are: a
        # file of 100,000 '*a' (a pull request's alias bomb) is one problem, not 100,000.
        self.aliases: dict[str, tuple[int, int]] = {}  # anchor -> (its problem's index, uses)

    def comment(self, end: Any) -> Comment | None:
        """The comment on the line where a plain value ends at ``end``, if one follows it.
        Read from the value's end to its line's end (the mark's index counts characters,
        as its column does): splitting the whole file into lines took longer than parsing
        half of it."""
        if not self.commented or end is None:
            return None
        found = _COMMENT_AFTER().match(self.text, end.index)
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
        tag = getattr(event, "tag", None)
        if (event.anchor is not None or (tag is not None and tag != "!")) and (
            (text := self._text_from(event)) is not None
        ):
            # Text meant as it is ('&more than', '!Breaking news'): YAML took its first word.
            self.error(
                event.start_mark,
                f"a value cannot start with '{text[0]}' (YAML reads the word after it as "
                f"{'an anchor' if text[0] == '&' else 'a tag'}); put the whole value in double quotes: "
                f"{double_quoted(text)}",
            )
            return
        if event.anchor is not None:
            self.error(
                event.start_mark,
                f"YAML anchors ('&{event.anchor}') are not supported; write the value out",
            )
        if tag is not None and tag != "!":
            self.error(
                event.start_mark,
                f"YAML tags ('{_short_tag(tag)}') are not allowed; remove the tag",
            )

    def alias(self, event: yaml.AliasEvent) -> None:
        """Tell of an alias ('*name'): the first of an anchor's, or count one more."""
        anchor = str(event.anchor)
        told = self.aliases.get(anchor)
        if told is not None:
            self.aliases[anchor] = (told[0], told[1] + 1)
            return
        self.aliases[anchor] = (len(self.problems), 1)
        self.error(event.start_mark, f"YAML aliases ('*{anchor}') are not supported; write the value out")

    def count_aliases(self) -> None:
        """Add to each anchor's alias problem how many times the file uses it."""
        for anchor, (index, uses) in self.aliases.items():
            if uses > 1:
                told = self.problems[index]
                self.problems[index] = replace(
                    told, message=f"{told.message} (this file uses '*{anchor}' {uses:,} times)"
                )

    def _text_from(self, event: yaml.NodeEvent) -> str | None:
        """The rest of the line from ``event``'s start, when the event is a plain value on
        that line that starts with '&' or '!' (less a comment); else None."""
        if not isinstance(event, yaml.ScalarEvent) or event.style:  # quoted or a block: not plain
            return None
        start, end = event.start_mark, event.end_mark
        if start is None or end is None or start.line != end.line:
            return None
        stop = LINE_BREAK.search(self.text, start.index)
        line = self.text[start.index : stop.start() if stop else len(self.text)]
        text = less_comment(line)
        # Not '!!': YAML's own tags ('!!python/object') are no words of an editor's.
        return text if text[:1] in ("&", "!") and text[:2] != "!!" and " " in text else None

    def node(self, events: list[yaml.Event], i: int, depth: int) -> tuple[Node, int]:
        """Compose the node starting at ``events[i]``; return it and the next index.

        Called for every value of every file: the common case (no anchor, no tag) is
        told here without a call, a scalar (most nodes) is made here too, and the event
        classes are the module's names for them (a build composes some 18,000 nodes at
        1,000 events). A sequence's items and a mapping's pairs are ``sequence``'s and
        ``mapping``'s."""
        event = events[i]
        kind = type(event)
        if kind is _ALIAS:
            assert isinstance(event, yaml.AliasEvent)
            self.alias(event)
            return Scalar(None, "", self.pos(event.start_mark), reported=True), i + 1
        assert isinstance(event, _NODE_EVENTS)
        if event.anchor is not None or getattr(event, "tag", None) not in (None, "!"):
            self.check_event(event)
        mark = event.start_mark
        pos = Position(self.path) if mark is None else Position(self.path, mark.line + 1, mark.column + 1)
        if depth > MAX_DEPTH:
            self.error(event.start_mark, f"nesting deeper than {MAX_DEPTH} levels")
            return Scalar(None, "", pos, reported=True), _skip(events, i)
        if kind is _SCALAR:
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
        if kind is _SEQUENCE_START:
            return self.sequence(events, i + 1, depth, pos)
        return self.mapping(events, i + 1, depth, pos)

    def sequence(self, events: list[yaml.Event], i: int, depth: int, pos: Position) -> tuple[Node, int]:
        """Compose the items of the sequence whose first item is ``events[i]``."""
        items: list[Node] = []
        while type(events[i]) is not _SEQUENCE_END:
            item, i = self.node(events, i, depth + 1)
            items.append(item)
        return Sequence(tuple(items), pos), i + 1

    def mapping(self, events: list[yaml.Event], i: int, depth: int, pos: Position) -> tuple[Node, int]:
        """Compose the pairs of the mapping whose first key is ``events[i]``: a key that
        is no plain text, or given twice, is a problem, and its pair is left out (one
        refused and reported already, an alias's, is left out without another word)."""
        pairs: dict[str, tuple[Scalar, Node]] = {}
        key_end = value_start = None
        while type(events[i]) is not _MAPPING_END:
            key_end = events[i].end_mark
            key, i = self.node(events, i, depth + 1)
            value_start = events[i].start_mark
            value, i = self.node(events, i, depth + 1)
            if type(key) is not Scalar or key.value is None:
                if type(key) is not Scalar or not key.reported:  # an alias's error is said already
                    self.problems.append(Problem(key.pos, "a key must be plain text"))
            elif key.text in pairs:
                self.problems.append(
                    Problem(key.pos, _duplicate_key(key.text, pairs[key.text], value, depth))
                )
            else:
                pairs[key.text] = (key, value)
        if len(pairs) == 1 and key_end and value_start and key_end.line == value_start.line:
            return Mapping(pairs, pos, self.text[key_end.index : value_start.index]), i + 1
        return Mapping(pairs, pos), i + 1


def _duplicate_key(name: str, first: tuple[Scalar, Node], value: Node, depth: int) -> str:
    """What to say of key ``name`` given again in a mapping ``depth`` levels down, with
    ``value``: ``first`` is the key and value given first."""
    said = f"duplicate key '{name}' (first given on line {first[0].pos.line}); keep one of the two"
    if depth > 0 and type(value) is Mapping and type(first[1]) is Mapping:
        # An id given twice (under 'sources:'), which may name two different entries:
        # a second source added under an id taken already would be lost by deleting.
        # Not a field of the file ('image:' twice), which is one of the two.
        said += ", or, if they are two different entries, give this one an id of its own"
    return said


_ALIAS, _SCALAR = yaml.AliasEvent, yaml.ScalarEvent
_SEQUENCE_START, _SEQUENCE_END = yaml.SequenceStartEvent, yaml.SequenceEndEvent
_MAPPING_END = yaml.MappingEndEvent
_NODE_EVENTS = (yaml.ScalarEvent, yaml.CollectionStartEvent)
"""The event classes ``node`` tells apart, by names of this module (fewer look-ups)."""

_COMMENT_AFTER = later(r"[ \t]+#")
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


FRONT_MATTER = (
    "the text after this '---' is not read: a content file is YAML alone, not a page whose '---' "
    "lines close YAML front matter (as in Jekyll or Hugo); delete this line and put the text in "
    "'body: |', on the lines below it, each indented by 2 spaces"
)
"""What to say of text after a second '---', as a page with front matter has it."""


def _second_document(events: list[yaml.Event], starts: list[int], extra: int) -> str:
    """What to say of the second YAML document that starts at ``events[extra]``."""
    alone = [type(e) for e in events[extra + 1 : extra + 3]] == [yaml.ScalarEvent, yaml.DocumentEndEvent]
    if alone and getattr(events[extra + 1], "value", None) == "":
        # 'title: T', then '---' and nothing: front matter copied without its page, or a line left over.
        return "nothing but comments follows this '---', which starts a second YAML document; delete the line"
    if alone or (len(starts) == 2 and getattr(events[starts[0]], "explicit", False)):
        # A page's text after its front matter (Jekyll, Hugo): text alone after a '---',
        # or anything after the second '---' of a file that opens with one.
        return FRONT_MATTER
    return "a second YAML document ('---') in one file; keep one per file"


def parse_yaml(text: str, path: str, problems: list[Problem], *, loader: Loader = LOADER) -> Node | None:
    """Parse ``text`` (one YAML document) into nodes; None when it has no usable content.

    Syntax errors, tags, anchors, duplicate keys and extra documents become problems.
    ``loader`` chooses the parser: libyaml's when PyYAML has it (see ``LOADER``).
    """
    try:
        events = list(yaml.parse(text, Loader=loader))
    except yaml.MarkedYAMLError as exc:
        mark, message = explain(exc, text)
        problems.append(Problem(_Composer(path, problems).pos(mark), f"{SYNTAX_ERROR}: {message}"))
        return None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow in a file
        mark = _reader_mark(text, exc.position, loader)
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        message = f"character U+{code:04X} is not allowed in YAML; remove it"
        problems.append(Problem(Position(path, mark.line + 1, mark.column + 1), message))
        return None
    except yaml.YAMLError as exc:  # anything else the parser refuses, on one line
        problems.append(Problem(Position(path), f"{SYNTAX_ERROR}: {str(exc).splitlines()[0]}"))
        return None
    starts = [i for i, e in enumerate(events) if type(e) is yaml.DocumentStartEvent]
    if not starts:
        return None
    composer = _Composer(path, problems, text)
    for extra in starts[1:]:
        composer.error(events[extra].start_mark, _second_document(events, starts, extra))
    node, _ = composer.node(events, starts[0] + 1, 0)
    composer.count_aliases()
    return node
