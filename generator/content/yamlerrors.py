"""Syntax errors in YAML, said for people who are not programmers: where the mistake
really is (libyaml often points a line late, at the next key) and what to write instead,
with the value written out where that helps. ``yamlnodes.parse_yaml`` calls ``explain``
for every error the parser raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, TypeAlias

import yaml

from generator.content import schema
from generator.errors import unseen_character


def double_quoted(text: str) -> str:
    """``text`` as a one-line YAML value in double quotes that reads back as exactly
    ``text``: the fix messages write out, and the values ``new`` writes."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def colon_advice(text: str, *, list_item: bool) -> str:
    """What to do about text that YAML split at its ': ', with the fix written out."""
    quoted = double_quoted(text)
    fix = f"- {quoted}" if list_item else quoted
    return (
        f"YAML read this text as 'key: value' because of the ': ' in it; put the whole text in quotes: {fix}"
    )


_COLON_ITEM = re.compile(r"(\s*)- +(?=[^\s\"'\[{|>#&*!])(.*?): ")
"""A list item whose plain text holds ': ' (a 'key: value' to YAML)."""


def _split_item(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row`` goes on with a list item whose text has ': ' in it (so YAML took
    the item for 'key: value' and this line for a key without ':'), where the item's text
    starts and the whole text; else None."""
    item = _COLON_ITEM.match(lines[row - 1]) if 0 < row < len(lines) else None
    if item is None or _indent(lines[row]) != item.start(2) or ": " in lines[row]:
        return None
    dash = len(item.group(1))
    parts = [lines[row - 1][item.start(2) :].strip()]
    for line in lines[row:]:
        if not line.strip() or _indent(line) <= dash:
            break
        parts.append(line.strip())
    return Mark(row - 1, item.start(2)), " ".join(parts)


_TIGHT_KEY = re.compile(r"(?P<lead>\s*(?:- +)?)(?P<key>[A-Za-z_][\w-]*):(?P<after>\u00a0|[^\s:])")
"""A key with no space after its ':' ('title:Biden visits', 'key:true'), or with a no-break
space, which YAML does not count as one (pasted from a web page or a word processor)."""
_KEY_LINE = re.compile(r"\s*(?:- +)?[^\s#][^:#]*:(?: |$)")
"""A line that starts a 'key: value' as YAML reads it."""


def _missing_space(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When a YAML error at line ``row`` comes from a key whose ':' has no space after it
    (on that line or a line above that YAML took as the same text): where the space is
    missing, and what to write. YAML reads 'title:Biden visits' as text, not as a key, so
    libyaml blames a later line (the next key, or a line without ':')."""
    for r in range(min(row, len(lines) - 1), -1, -1):
        tight = _TIGHT_KEY.match(lines[r])
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
        if r < row and _KEY_LINE.match(lines[r]):
            return None  # a line above this one is a key as it should be: the mistake is below it
    return None


def first_missing_space(text: str) -> tuple[int, int, str] | None:
    """Line, column (from 1) and advice for the first key of ``text`` with no space after
    its ':', for a file YAML read as one line of text ('title:Biden'), not as keys; or None."""
    lines = LINE_BREAK.split(text)
    for row, line in enumerate(lines):
        if _TIGHT_KEY.match(line):
            found = _missing_space(lines, row)
            assert found is not None
            return found[0].line + 1, found[0].column + 1, found[1]
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


BOM = "\ufeff"
"""A byte order mark: read at the start of a file, and invisible anywhere."""


def explain(exc: yaml.MarkedYAMLError, text: str) -> tuple[Any, str]:
    """Where a YAML syntax error really is, and what to do, for people who are not
    programmers. libyaml's words ("could not find expected ':'") often point a line late;
    its context mark says where the unfinished thing began. Each rule below knows one
    mistake and says it, or None; the first that knows it wins, so the order matters: a
    no-break space or a byte order mark misleads libyaml into any message, and where several
    rules read the same message, the more particular comes first."""
    stop = Stop(
        problem=exc.problem or "",
        context=exc.context or "",
        at=exc.problem_mark,
        began=exc.context_mark,
        text=text,
        lines=text.splitlines(),
    )
    for rule in (
        _indented_with_no_break_space,
        _byte_order_mark_in_line,
        _item_dash_without_space,
        _key_without_space_after_colon,
        _key_too_long,
        _key_without_colon,
        _colon_where_no_key_can_be,
        _tab_character,
        _value_starts_with_reserved_character,
        _backslash_code_in_double_quotes,
        _quotation_mark_never_closed,
        _value_starts_with_alias_or_anchor,
        _value_starts_with_tag,
        _flow_bracket_never_closed,
        _value_missing,
        _text_after_closed_value,
        _value_starts_with_dash_or_question_mark,
        _text_after_block_indicator,
        _text_after_flow_value,
        _item_key_not_lined_up,
        _line_out_of_line,
    ):
        if (said := rule(stop)) is not None:
            return said
    return stop.at or stop.began, stop.problem or stop.context or "not valid YAML"


@dataclass(frozen=True)
class Stop:
    """Where and why the parser stopped, as each rule of ``explain`` reads it."""

    problem: str
    """What libyaml says went wrong ("could not find expected ':'"), or ''."""
    context: str
    """What libyaml was reading then ("while scanning a quoted scalar"), or ''."""
    at: Any
    """Where the parser stopped (its problem mark), or None."""
    began: Any
    """Where what it was reading began (its context mark), or None."""
    text: str
    """The text it read."""
    lines: list[str]
    """The lines of the text."""

    @property
    def line(self) -> str:
        """The line the parser stopped on, or '' (no mark, or past the last line)."""
        return self.lines[self.at.line] if self.at is not None and self.at.line < len(self.lines) else ""

    @property
    def char(self) -> str:
        """The character the parser stopped at, or '' (no mark, or past its line's end)."""
        line = self.line
        return line[self.at.column] if self.at is not None and self.at.column < len(line) else ""

    @property
    def at_a_key(self) -> bool:
        """Whether libyaml stopped where it read a key, or a key's ':' (the two messages
        a key written wrong gives)."""
        return (
            "could not find expected ':'" in self.problem or "mapping values are not allowed" in self.problem
        )


Said: TypeAlias = tuple[Any, str] | None
"""What a rule of ``explain`` says: where the mistake is and what to do, or None when the
mistake is not the one it knows."""


def _indented_with_no_break_space(stop: Stop) -> Said:
    """The editor indented a line with a no-break space (pasted from a web page)."""
    for mark in (stop.at, stop.began):  # where it stopped, or where what it read began (a paragraph)
        if mark is not None and (pasted := _no_break_indent(stop.lines, mark)) is not None:
            return pasted
    return None


def _byte_order_mark_in_line(stop: Stop) -> Said:
    """The editor pasted in another file's text, which starts with a byte order mark."""
    if stop.at is not None and stop.line.startswith(BOM):
        # A byte order mark at the start of a line (where the text of another file was
        # pasted in) stops libyaml, which said the line's indentation was wrong, though
        # the editor sees the key where it belongs.
        which = unseen_character(stop.line)
        return Mark(stop.at.line, 0), f"this line starts with a character YAML cannot read there{which}"
    return None


def _item_dash_without_space(stop: Stop) -> Said:
    """The editor wrote a list item's '-' with no space after it."""
    at, lines = stop.at, stop.lines
    if at is not None:
        # '  -text: Stay.': YAML reads a key '-text' (or text), and stops on this line or the next.
        for row in (at.line, _filled_before(lines, min(at.line, len(lines)))):
            if row is not None and row < len(lines) and (dash := _dash_without_space(lines, row)) is not None:
                return dash
    return None


def _key_without_space_after_colon(stop: Stop) -> Said:
    """The editor wrote a key with no space after its ':' ('title:Biden visits')."""
    last = stop.at or stop.began
    if stop.at_a_key and (last is not None and (tight := _missing_space(stop.lines, last.line)) is not None):
        return tight
    return None


def _key_too_long(stop: Stop) -> Said:
    """The editor wrote a text with ': ' in it so long that YAML cannot read it as a key."""
    if stop.at_a_key and (long_key := _long_key(stop.text, stop.lines, stop.at, stop.began)) is not None:
        return long_key
    return None


def _key_without_colon(stop: Stop) -> Said:
    """The editor left out a key's ':', or split a list item with ': ' in it over lines."""
    began, lines = stop.began, stop.lines
    if "could not find expected ':'" in stop.problem and began is not None:
        split = _split_item(lines, began.line)
        if split is not None:  # libyaml blames the next line, where the text goes on
            return split[0], colon_advice(split[1], list_item=True)
        return began, "this line has no ':' after its key; write 'key: value'" + _continued(lines, began.line)
    return None


def _colon_where_no_key_can_be(stop: Stop) -> Said:
    """The editor set a key out of line with the keys around it, or wrote ': ' in a value."""
    at, lines, line = stop.at, stop.lines, stop.line
    if "mapping values are not allowed" not in stop.problem:
        return None
    if at is not None and (left_out := _left_out_key(lines, at.line)) is not None:
        return left_out
    if at is not None and (further := _key_further_in(lines, at.line)) is not None:
        return further
    if at is not None and line[:1] == " " and line.find(":") == at.column:
        return at, "this line is indented, but a new key starts at the beginning of the line"
    found = _VALUE.match(line)
    value = found["value"] if found is not None else ""
    value = re.split(r"\s#", value, maxsplit=1)[0].rstrip()  # less a comment
    if found is not None and ": " in value:  # the fix on the editor's own line
        fixed = f"{found['lead']}{found['key']}: {double_quoted(value)}".strip()
        if (inside := _curled_around(value)) is not None:
            # '“Update: the rescue”' from a word processor: the editor thinks it quoted already.
            bare = f"{found['lead']}{found['key']}: {double_quoted(inside)}".strip()
            return at, (
                f"the value contains ': '; put the whole value in straight double quotes: {bare} "
                f"(YAML reads curly quotation marks, {value[0]} {value[-1]}, as part of the text, not as "
                f"quotes around it; to show them to readers, write {fixed})"
            )
        return at, f"the value contains ': '; put the whole value in double quotes: {fixed}"
    return at, "the value contains ': '; put the whole value in double quotes, e.g. \"He said: no\""


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


def _curled_around(value: str) -> str | None:
    """What ``value`` holds inside a word processor's quotation marks around the whole of
    it ('\u201cUpdate: the rescue\u201d'), which YAML takes as text, else None."""
    if len(value) > 2 and value[0] + value[-1] in _CURLED_PAIRS:
        return value[1:-1].strip()
    return None


def _tab_character(stop: Stop) -> Said:
    """The editor indented a line with a tab, or put one in the lines of a block."""
    if "found a tab character" in stop.problem:  # a tab in an indent, or in a block's lines
        return stop.at, TAB_INDENT + _tab_advice(stop.lines, stop.at.line if stop.at is not None else -1)
    return None


def _value_starts_with_reserved_character(stop: Stop) -> Said:
    """The editor started a value with a character YAML reserves ('@', '`'), or a tab."""
    if "cannot start any token" in stop.problem:
        if stop.char == "\t":  # ``char`` is only set where ``at`` is
            return stop.at, TAB_INDENT + _tab_advice(stop.lines, stop.at.line if stop.at is not None else -1)
        return stop.at, f"a value cannot start with '{stop.char}'; put the value in double quotes"
    return None


def _backslash_code_in_double_quotes(stop: Stop) -> Said:
    """The editor wrote a backslash in double quotes that starts no code YAML knows."""
    at, line = stop.at, stop.line
    if (
        "quoted scalar" in stop.context
        and at is not None
        and ("escape" in stop.problem or "hexdecimal" in stop.problem)
    ):
        # A Windows path pasted in double quotes, or "5\% rise": there a backslash starts
        # a code such as \n, which libyaml checks; the quotation mark is closed.
        slash = line.rfind("\\", 0, at.column + 1)
        code = line[slash : max(at.column, slash + 1) + 1] if slash >= 0 else "\\"
        return Mark(at.line, max(slash, 0)), (
            f"in double quotes a backslash starts a code such as \\n (a new line), and '{code}' is "
            "not one; put the text in single quotes instead, or write the backslash twice: \\\\"
        )
    return None


def _quotation_mark_never_closed(stop: Stop) -> Said:
    """The editor opened a quoted value and never closed it."""
    if "quoted scalar" in stop.context and stop.began is not None:
        return stop.began, "this quotation mark is never closed; end the text with the same mark"
    return None


def _value_starts_with_alias_or_anchor(stop: Stop) -> Said:
    """The editor started a value with '*' or '&' (Markdown's '*bold*')."""
    if ("alias" in stop.context or "anchor" in stop.context) and stop.began is not None:
        return (
            stop.began,
            "a value cannot start with '*' or '&'; put the value in double quotes, e.g. \"*bold*\"",
        )
    return None


def _value_starts_with_tag(stop: Stop) -> Said:
    """The editor started a value with '!', which YAML reads as a tag."""
    began = stop.began
    if "tag" in stop.context and began is not None:  # a Markdown picture first: ![map](media/map.png)
        value = _value_from(stop.lines, began.line, began.column)
        quoted = double_quoted(value) if value is not None else '"![The map](media/map.png)"'
        return (
            began,
            f"a value cannot start with '!' (YAML reads a tag); put the value in double quotes: {quoted}",
        )
    return None


def _flow_bracket_never_closed(stop: Stop) -> Said:
    """The editor opened a '[' list or a '{' group and never closed it."""
    if "expected ',' or ']'" in stop.problem and stop.began is not None:
        return stop.began, "this '[' list is never closed with ']'"
    if "expected ',' or '}'" in stop.problem and stop.began is not None:
        return stop.began, "this '{' group is never closed with '}'"
    return None


def _value_missing(stop: Stop) -> Said:
    """The editor left a value out, started it with a reserved character, or left a '[' or '{' open."""
    at = stop.at
    if "expected node content" in stop.problem:
        opened = _unclosed_bracket(stop.text, at.index if at is not None else len(stop.text))
        if opened is not None:
            bracket, where = opened
            closer = "]" if bracket == "[" else "}"
            what = "list" if bracket == "[" else "group"
            return where, f"this '{bracket}' {what} is never closed with '{closer}'"
        return (
            at,
            "a value is missing here, or starts with a character YAML reserves; put it in double quotes",
        )
    return None


def _text_after_closed_value(stop: Stop) -> Said:
    """The editor wrote text after a value's closing quotation mark, or left a mark open."""
    if any(words in stop.problem for words in _CUT_SHORT):
        unclosed = _never_closed(stop.lines, stop.at)
        if unclosed is not None:
            return unclosed
        trailing = _text_after_quote(stop.line, stop.at)
        if trailing is not None:
            return trailing
    return None


def _value_starts_with_dash_or_question_mark(stop: Stop) -> Said:
    """The editor started a value with '- ' (a list item) or '? ' (a key)."""
    at, problem = stop.at, stop.problem
    if at is not None and (
        "block sequence entries are not allowed" in problem or "mapping keys are not allowed" in problem
    ):
        value = _value_from(stop.lines, at.line, at.column)
        start = "'- ' (a list item)" if "sequence" in problem else "'? ' (a key)"
        if value is None:
            return None
        return at, (
            f"a value cannot start with {start}; put the whole value in double quotes: "
            f"{double_quoted(value)}"
            + (", or put each '- item' of a list on a line of its own" if "sequence" in problem else "")
        )
    return None


def _text_after_block_indicator(stop: Stop) -> Said:
    """The editor wrote text after the '|' or '>' that starts a value on the lines below."""
    began = stop.began
    if (
        stop.at is not None
        and "expected comment or line break" in stop.problem
        and "block scalar" in stop.context
        and began is not None
    ):
        value = _value_from(stop.lines, began.line, began.column)
        if value is None:
            return None
        return began, (
            f"'{value[0]}' starts text written on the lines below it, so nothing may follow it on its "
            f"line; put the whole value in double quotes: {double_quoted(value)}, or move the text "
            "to the next line, indented by two spaces"
        )
    return None


def _text_after_flow_value(stop: Stop) -> Said:
    """The editor started a value with '[' or '{' and wrote text after its closing bracket."""
    at, lines = stop.at, stop.lines
    if at is not None and "did not find expected key" in stop.problem:
        found = _VALUE.match(lines[at.line]) if at.line < len(lines) else None
        value = found["value"] if found is not None else ""
        if found is not None and value[:1] in ("[", "{") and at.column > found.start("value"):
            what = "a list" if value[0] == "[" else "'key: value' pairs"
            return Mark(at.line, found.start("value")), (
                f"a value that starts with '{value[0]}' is read as {what}, and text follows it; put the "
                f"whole value in double quotes: {double_quoted(value)}"
            )
    return None


def _item_key_not_lined_up(stop: Stop) -> Said:
    """The editor indented a key of a list item less than the item's first key."""
    at, began = stop.at, stop.began
    if (
        at is not None
        and "expected '-' indicator" in stop.problem
        and began is not None
        and at.line < len(stop.lines)
    ):
        return _not_lined_up(stop.lines, at, began)
    return None


def _line_out_of_line(stop: Stop) -> Said:
    """The editor indented a line unlike the lines around it, or began a value with '*' or '&'."""
    at, lines, line = stop.at, stop.lines, stop.line
    if "did not find expected key" in stop.problem or "expected <block end>" in stop.problem:
        found = _VALUE.match(line)
        if at is not None and found is not None and found["value"][:1] in "*&":  # '*Update:* ...'
            value = re.split(r"\s#", found["value"], maxsplit=1)[0].rstrip()
            return Mark(at.line, found.start("value")), (
                f"a value cannot start with '{value[0]}'; put the whole value in double quotes: "
                f"{double_quoted(value)}"
            )
        if at is not None and (left_out := _left_out_key(lines, at.line)) is not None:
            return left_out
        if at is not None and (item := _item_not_lined_up(lines, at.line)) is not None:
            return item
        if at is not None and (short := _key_short(lines, at.line)) is not None:
            return short
        if at is not None and (after := _after_block_text(lines, at.line)) is not None:
            return after
        return at, "the indentation of this line does not match the lines above it"
    return None


KEY_LIMIT = 1024
"""The most characters YAML reads as a key written without '?' (all keys editors write),
from its first character (or quotation mark) to the ':' after it; PyYAML and libyaml both
stop at a longer one."""

_KEY_START = re.compile(r"[ \t]*(?:-[ \t]+)*")
"""What comes before a key on its line: the indent, and the dashes of list items."""


def _long_key(text: str, lines: list[str], at: Any, began: Any) -> tuple[Mark, str] | None:
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
        lead = _KEY_START.match(line)
        start = Mark(at.line, lead.end() if lead is not None else 0)
        key = line[start.column : at.column]
        closed = _closing_quote(line, start.column) if key[:1] in ('"', "'") else None
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


_VALUE = re.compile(r"(?P<lead>\s*(?:-\s+)*)(?P<key>[^\s#?\[\]{}\-][^:#]*?):[ \t]+(?P<value>\S.*?)\s*$")
"""A 'key: value' line, the value up to the end of the line."""


def _value_from(lines: list[str], row: int, column: int) -> str | None:
    """The value of the 'key: value' line ``row`` when it starts at ``column``, else None."""
    found = _VALUE.match(lines[row]) if row < len(lines) else None
    return found["value"] if found is not None and found.start("value") == column else None


_TIGHT_DASH = re.compile(r"(?P<lead> *)-(?P<rest>[^\s-].*)")
"""A list item with no space after its '-' ('  -text: Stay.')."""


def _dash_without_space(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row`` is a list item whose '-' has no space after it, among items that
    have one: YAML reads '-text: Stay.' as a key '-text', not as an item, and libyaml says it
    did not find the '-' it expected. Where the '-' is, and the line to write."""
    found = _TIGHT_DASH.fullmatch(lines[row].rstrip())
    if found is None:
        return None
    fixed = f"{found['lead']}- {found['rest']}"
    return Mark(
        row, len(found["lead"])
    ), f"put a space after the '-' that starts a list item: {fixed.strip()}"


_ITEM_KEY = re.compile(r"-\s+(?P<key>[^\s#:][^:#]*?):(?:\s|$)")
"""The first key of a list item: '- text: ...'."""
_KEY = re.compile(r"\s*(?P<key>[^\s#:-][^:#]*?):(?:\s|$)")


def _not_lined_up(lines: list[str], at: Any, began: Any) -> tuple[Any, str] | None:
    """A key of a list item indented less than the item's first key (libyaml: "did not
    find expected '-' indicator"): which key, and how far to indent it."""
    first = _ITEM_KEY.match(lines[began.line], began.column)
    this = _KEY.match(lines[at.line])
    if first is None or this is None:
        return None
    spaces = first.start("key")
    said = (
        f"'{this['key']}:' is not lined up with '{first['key']}:' of the list item on line "
        f"{began.line + 1}; indent it by {spaces} spaces, as '{first['key']}:' is"
    )
    alone = _EMPTY_KEY.match(lines[at.line]) is not None  # 'updates:', its entries below it
    # A key with its value there ('  by: x') is the item's, forgotten; but not one that
    # only a whole file has ('  tags: [a]' under a quote), which following the one reading
    # would only move into the item, to be told there that it is the file's own.
    own = alone or this["key"] in schema.own_keys_only()
    holder = _holder(lines, began) if own and this.start("key") == began.column else None
    if holder is not None:
        # A key alone on its line as far in as the items' dashes: a key forgotten in the
        # last item, or a part of its own ('updates:' after 'key_numbers:') indented with the
        # list by mistake, which indenting further would only bury deeper.
        row, column, key = holder
        where = "at the beginning of its line" if column == 0 else f"at column {column + 1}"
        said += (
            f", if it belongs to that item; if it is not part of '{key}:' (line {row + 1}), start it "
            f"{where}, as '{key}:' is"
        )
    return Mark(at.line, this.start("key")), said


def _holder(lines: list[str], began: Any) -> tuple[int, int, str] | None:
    """The key alone on its line ('key_numbers:') that holds the list whose item starts
    at ``began``: its line, its column and its name; None when there is none."""
    row = _filled_before(lines, began.line + 1)
    while row is not None and _indent(lines[row]) >= began.column:
        row = _filled_before(lines, row)
    if row is None or not _EMPTY_KEY.match(lines[row]) or (found := _KEY.match(lines[row])) is None:
        return None
    return row, _indent(lines[row]), found["key"]


_ITEM_OR_KEY = re.compile(r"\s*(?:-\s+)*(?P<key>[^\s#:-][^:#]*?):(?:\s|$)")
"""A key, after the dashes of the list items it starts: '  - text: ...', '    by: ...'."""
_EMPTY_KEY = re.compile(r"\s*(?:-\s+)*[^\s#:-][^:#]*:\s*(?:#.*)?$")
"""A key alone on its line ('quotes:'): what it holds is on the lines below, indented."""


def _left_out_key(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row``, where the parser stopped, goes on with what the 'key: value' line
    just above it cut short by being less indented than the lines before it (item 1's
    'source:' at the start of the line, between two items of 'quotes:'): that key, and how
    far to indent it. libyaml blames the line after, and following its advice for that line
    makes things worse. Only when line ``row`` lines up with a line above the key (or is a
    list item as little indented as the key), and what the key cut short is held by a key
    alone on its line ('quotes:'). When line ``row`` is a key and what was cut short a
    record, not a list, line ``row`` may be the one indented by mistake: both are said."""
    above = _filled_before(lines, row)
    found = _VALUE.match(lines[above]) if above is not None else None
    if above is None or found is None or found["lead"].strip() or _BLOCK.fullmatch(found["value"]):
        return None
    depth = _indent(lines[above])
    block = []  # the lines the key cut short, nearest first, then what holds them
    row_above = _filled_before(lines, above)
    while row_above is not None and _key_column(lines[row_above]) > depth:
        block.append(row_above)
        row_above = _filled_before(lines, row_above)
    if not block or row_above is None or not _EMPTY_KEY.match(lines[row_above]):
        return None
    near = _ITEM_OR_KEY.match(lines[block[0]])
    if near is None or not _goes_on_with(lines, row, [lines[r] for r in block], depth):
        return None
    key, spaces = found["key"].strip(), near.start("key")
    holder = lines[row_above].split(":")[0].strip(" -")
    said = (
        f"'{key}:' is less indented than '{near['key']}:' on line {block[0] + 1} above it, so it ends "
        f"'{holder}:' (line {row_above + 1}) and YAML cannot read line {row + 1}"
    )
    items = {_indent(lines[r]) for r in block if lines[r].lstrip().startswith("-")}
    later = next((r for r in range(row + 1, len(lines)) if lines[r].strip()[:1] not in ("", "#")), None)
    goes_on = lines[row].lstrip().startswith("-") or (  # line ``row``, or the next, is the list's next item
        later is not None and lines[later].lstrip().startswith("-") and _indent(lines[later]) in items
    )
    if goes_on:  # the list goes on below (its next item, at its items' indent): the key is what is wrong
        return Mark(above, depth), f"{said}; indent it by {spaces} spaces, as '{near['key']}:' is"
    # Else either the key was left out of what is above it ('alt:' of 'image:', 'by:' of a
    # quote), or the line after it was indented by mistake ('date:', then '  end:'); which,
    # only its name tells.
    return Mark(above, depth), (
        f"{said}; indent it by {spaces} spaces, as '{near['key']}:' is, if it belongs with it; "
        f"else line {row + 1} is indented by mistake: remove its spaces"
    )


TAB_INDENT = "a tab character; YAML lines are indented with spaces only"
"""What is wrong with a line indented with a tab (how many spaces to write follows it)."""


def _tab_advice(lines: list[str], row: int) -> str:
    """How to indent line ``row``, indented with a tab, as its neighbours are: '; indent it
    with 4 spaces, in line with 'text:' on line 3' or, for a line its neighbours start at
    the beginning, '; take the tab out'. Empty where the tab is not in the line's indent."""
    line = lines[row] if 0 <= row < len(lines) else ""
    if "\t" not in _lead(line) or not line.strip():
        return ""
    spaces, like = _spaces_for(lines, row, line.lstrip(" \t").startswith("-"))
    if spaces == 0:
        return f"; take the tab out and start the line at its beginning, {like}"
    return f"; indent it with {_spaces(spaces)}, {like}"


def _spaces_for(lines: list[str], row: int, item: bool) -> tuple[int, str]:
    """The indent line ``row`` (indented with a tab; ``item`` if a list item) would have
    among its neighbours, and which neighbour says so: the line above when the line is one
    of its kind (a key beside its key, an item beside its item, the text of a block beside
    its text), or one step further in than it when it holds the line ('image:',
    'body: |'): as far in as the line below if that is indented with spaces, else by the
    file's own step (the smallest indent it uses; two spaces if none)."""
    spaced = [r for r, t in enumerate(lines) if t.strip()[:1] not in ("", "#") and "\t" not in _lead(t)]
    above = next((r for r in reversed(spaced) if r < row), None)
    if above is None:
        return 0, "as the first line of a file starts"
    text = lines[above]
    key = _ITEM_OR_KEY.match(text)
    if not _OPENS.match(text):  # a sibling: the item or key it lines up with
        if item:
            # After the last key of a list's item ('    by: ann'): the next item lines up
            # with that item's dash.
            items = [r for r in spaced if r <= above and lines[r].lstrip().startswith("-")]
            dash = items[-1] if items else None
            if dash is not None and _indent(lines[dash]) <= _indent(text):
                return _indent(lines[dash]), f"in line with the item on line {dash + 1}"
        if key is None or item:
            return _indent(text), f"as line {above + 1} above it is"
        return key.start("key"), f"in line with '{key['key']}:' on line {above + 1}"
    below = next((r for r in spaced if r > row), None)
    if below is not None and _indent(lines[below]) > _key_column(text):
        if item and not lines[below].lstrip().startswith("-"):
            # The item's next key ('    by: ann' under '\t- text: ...'): it lines up with
            # the item's first key, after the dash, not with the dash.
            rest = lines[row].lstrip(" \t")
            dash = len(rest) - len(rest[1:].lstrip(" "))
            said = f"so that its key lines up with line {below + 1} below it"
            return max(_indent(lines[below]) - dash, 0), said
        return _indent(lines[below]), f"as line {below + 1} below it is"
    steps = [_indent(lines[r]) for r in spaced if _indent(lines[r]) > 0]
    held = f"'{key['key']}:' on line {above + 1}" if key is not None else f"line {above + 1}"
    return _key_column(text) + min(steps, default=2), f"one step further in than {held}"


def _lead(line: str) -> str:
    """The spaces and tabs ``line`` starts with."""
    return line[: len(line) - len(line.lstrip(" \t"))]


def _spaces(count: int) -> str:
    return {1: "one space", 2: "two spaces"}.get(count, f"{count} spaces")


def _key_further_in(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row`` is a key indented further than the key above it ('   alt:' under
    '  src: media/a.jpg'), which has its value on its line: YAML reads the line as more of
    that value's text and stops at its ':'. Where the key starts, and the column to start
    it at. Not for a key under one at the start of the line: that message says so."""
    this = _KEY.match(lines[row]) if row < len(lines) else None
    above = _filled_before(lines, row)
    # Lines that go on with a value of several lines have no key (a ':' there would have
    # stopped the parser): the key above is the one whose value they go on with.
    while above is not None and _ITEM_OR_KEY.match(lines[above]) is None:
        above = _filled_before(lines, above)
    if this is None or above is None:
        return None
    owner = _ITEM_OR_KEY.match(lines[above])
    found = _VALUE.match(lines[above])
    assert owner is not None
    if found is None or found["value"][:1] in "|>\"'[{" or owner.start("key") == 0:
        return None
    column, here = owner.start("key"), this.start("key")
    if here <= column:
        return None
    return Mark(row, here), (
        f"'{this['key']}:' starts {_spaces(here - column)} further in than '{owner['key']}:' on line "
        f"{above + 1} above it, so YAML reads it as more of the text of '{owner['key']}:'; start it at "
        f"column {column + 1}, in line with '{owner['key']}:'"
    )


def _key_short(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row`` is a key indented less than the keys above it and more than the
    key that holds them (' alt:' under '  src:', below 'image:'): where it starts, and the
    column of the keys it is short of (or, if it is not one of them, of the key that holds
    them)."""
    this = _KEY.match(lines[row]) if row < len(lines) else None
    if this is None:
        return None
    here = this.start("key")
    neighbour, holder = None, None
    above = _filled_before(lines, row)
    while above is not None:
        found = _ITEM_OR_KEY.match(lines[above])
        if found is not None:
            column = found.start("key")
            if column < here:
                holder = above
                break
            if neighbour is None or column < neighbour[1]:
                neighbour = (above, column, found["key"])
        above = _filled_before(lines, above)
    if neighbour is None or neighbour[1] == here:
        return None
    line, column, key = neighbour
    said = (
        f"'{this['key']}:' starts {_spaces(column - here)} short of '{key}:' on line {line + 1} above "
        f"it; start it at column {column + 1}, in line with '{key}:'"
    )
    holding = _EMPTY_KEY.match(lines[holder]) if holder is not None else None
    later = next((r for r in range(row + 1, len(lines)) if lines[r].strip()[:1] not in ("", "#")), None)
    goes_on = later is not None and _key_column(lines[later]) == column  # its neighbours go on below it
    if holder is not None and holding is not None and not goes_on:
        outer = _key_column(lines[holder])
        name = lines[holder].split(":")[0].strip(" -")
        said += (
            f", or at column {outer + 1}, in line with '{name}:' (line {holder + 1}), if it does not belong "
            f"to '{name}:'"
        )
    return Mark(row, here), said


_BLOCK_KEY = re.compile(r"(?P<lead>\s*(?:-\s+)*)(?P<key>[^\s#:-][^:#]*?):\s+[|>][-+0-9]*\s*(?:#.*)?$")
"""A key whose text is written on the lines below it ('summary: |', 'caption: >-')."""


def _after_block_text(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row`` comes after the text of a key written on the lines below it
    ('summary: |'), indented less than that text and more than the key, which YAML cannot
    place: a line of the text set short of it, or a key indented by mistake (after the
    text, or after a comment at the start of a line, which ends the text). Where the line
    starts, and how far to indent it; None for any other line."""
    line = lines[row] if row < len(lines) else ""
    here = _indent(line)
    above = row - 1  # the lines of the text are at least as far in as this one
    while above >= 0 and (
        not lines[above].strip() or lines[above].lstrip().startswith("#") or _indent(lines[above]) >= here
    ):
        above -= 1
    block = _BLOCK_KEY.match(lines[above]) if above >= 0 else None
    if block is None:
        return None
    column, key = block.start("key"), block["key"]
    text = [r for r in range(above + 1, row) if lines[r].strip() and not lines[r].lstrip().startswith("#")]
    if not text:
        return None
    depth = min(_indent(lines[r]) for r in text)
    where = "at the beginning of its line" if column == 0 else f"at column {column + 1}"
    this = _KEY.match(line)
    if here >= depth:
        ended = [
            r
            for r in range(text[-1] + 1, row)
            if lines[r].lstrip().startswith("#") and _indent(lines[r]) <= column
        ]
        if not ended or this is None:
            return None
        return Mark(row, here), (
            f"the comment on line {ended[0] + 1}, at the start of its line, ends the text of '{key}:' "
            f"(line {above + 1}), so YAML cannot read this line; if '{this['key']}:' is a key, start it "
            f"{where}, in line with '{key}:'; if it goes on with the text, indent the comment as the text is"
        )
    indent_text = f"indent it by {_spaces(depth)}, as the text of '{key}:' is (line {text[0] + 1})"
    if this is None:
        return Mark(row, here), (
            f"this line is indented less than the text of '{key}:' above it, so YAML cannot read it as "
            f"more of that text; {indent_text}"
        )
    return Mark(row, here), (
        f"'{this['key']}:' is indented further than '{key}:' on line {above + 1} and less than its text; "
        f"if it is a key, start it {where}, in line with '{key}:'; if it goes on with the text, {indent_text}"
    )


def _item_not_lined_up(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row`` is a list item less indented than the items of the list above it
    ('- b' under '  - a'): where it is, and how far to indent it."""
    line = lines[row] if row < len(lines) else ""
    if not line.lstrip().startswith("-"):
        return None
    items = []  # the items of the list above it, nearest first
    above = _filled_before(lines, row)
    while above is not None and _key_column(lines[above]) > _indent(line):
        if lines[above].lstrip().startswith("-"):
            items.append(above)
        above = _filled_before(lines, above)
    spaces = min((_indent(lines[r]) for r in items), default=0)
    first = next((r for r in items if _indent(lines[r]) == spaces), None)
    if first is None or spaces <= _indent(line):
        return None
    return Mark(row, _indent(line)), (
        f"this list item is less indented than the item on line {first + 1} above it; indent it by "
        f"{spaces} spaces, as that one is"
    )


def _goes_on_with(lines: list[str], row: int, block: list[str], depth: int) -> bool:
    """Whether line ``row`` lines up with one of the lines of ``block`` (a list item with an
    item, a key with a key), or is a list item at ``depth`` while ``block`` holds items."""
    line = lines[row]
    dash = line.lstrip().startswith("-")
    items = [_indent(b) for b in block if b.lstrip().startswith("-")]
    if dash:
        return _indent(line) in items or (_indent(line) == depth and bool(items))
    return _key_column(line) in [_key_column(b) for b in block]


def _key_column(line: str) -> int:
    """Where the text of ``line`` starts, after its indent and list dashes."""
    return len(line) - len(line.lstrip(" -"))


def _filled_before(lines: list[str], row: int) -> int | None:
    """The last line before ``row`` with something on it other than a comment."""
    return next((r for r in range(row - 1, -1, -1) if lines[r].strip()[:1] not in ("", "#")), None)


def _no_break_indent(lines: list[str], at: Any) -> tuple[Mark, str] | None:
    """The line of the parser's mark ``at``, or the one before it (it often blames the line
    after), when it is indented with a no-break space, as text pasted from a web page or a
    word processor is: YAML takes that character for text, not indentation. Only where the
    no-break space does the indenting: after no more ordinary spaces than the line above
    has (deeper, it is text of a block, where it may stand)."""
    for row in range(max(0, at.line - 1), min(at.line, len(lines) - 1) + 1):
        line = lines[row]
        spaces = _indent(line)
        if line[spaces : spaces + 1] != "\u00a0" or not line.strip(" \u00a0\t"):
            continue
        above = next((lines[r] for r in range(row - 1, -1, -1) if lines[r].strip()), "")
        if spaces <= _indent(above):
            return Mark(row, spaces), f"{NO_BREAK_INDENT}; indent it with ordinary spaces"
    return None


NO_BREAK_INDENT = (
    "this line is indented with a no-break space (pasted from a web page or a word processor), "
    "which YAML does not count as indentation"
)
"""What is wrong with a line indented with a no-break space (what to do follows it)."""


BLOCK_INDICATOR = r"[|>][-+1-9]*"
"""A value that says the text follows on the lines below, indented: '|', '>-', '|2'..."""
_BLOCK = re.compile(BLOCK_INDICATOR)
_OPENS = re.compile(rf"[^#]*:\s*(?:{BLOCK_INDICATOR})?\s*(?:#.*)?$")
"""A line whose value is on the lines below it: 'image:', 'body: |', '- quotes:'."""


def _continued(lines: list[str], row: int) -> str:
    """When line ``row`` (which YAML found without ':') may be the rest of the text of the
    'key: text' line above it, not indented: what to write then; else ''. A line of one or
    two words ('date 2005') is a key without its ':', not text."""
    if len(lines[row].split()) < 3:
        return ""
    above = next((r for r in range(row - 1, -1, -1) if lines[r].strip()), None)
    found = _VALUE.match(lines[above]) if above is not None else None
    if found is not None and _BLOCK.fullmatch(found["value"]):
        key, indent = found["key"].strip(), found.start("key")
        return (
            f", or, if it is the text of '{key}: {found['value']}' above, indent it (and the lines "
            f"of text after it) by {indent + 2} spaces"
        )
    if (
        found is None
        or found["value"][:1] in "|>\"'[{&*!%@`"
        or _indent(lines[row]) > _indent(lines[above or 0])
    ):
        return ""
    key, indent = found["key"].strip(), found.start("key")
    return (
        f", or, if it goes on with the text of '{key}' above, indent it by {indent + 2} spaces (or "
        f"write '{key}: |' and the text on the lines below it, indented)"
    )


@dataclass(frozen=True)
class Mark:
    """A position in a text, as PyYAML's errors give one."""

    line: int
    column: int


_CUT_SHORT = ("did not find expected key", "expected <block end>", "did not find expected '-' indicator")
"""What the parsers say when a value ended (at a closing quotation mark) before its line did."""

_QUOTED_START = re.compile(r"""\s*(?:-\s+)*(?P<key>[^\s"'#\[\]{},:-][^"'#:]*:\s+)?(?=["'])""")
"""The start of a line up to a value that opens with a quotation mark: list dashes, a key."""


def _text_after_quote(line: str, at: Any) -> tuple[Mark, str] | None:
    """When ``line`` has a value that opens with a quotation mark and goes on after the
    mark that closes it (``title: "Super Mario" is rescued``), and the parser stopped
    there: where the value starts, and the advice with the whole value quoted. YAML
    takes the quoted part for the whole value, so the parser blames what follows as a
    new key or a bad indent, which misleads."""
    lead = _QUOTED_START.match(line)
    if at is None or lead is None or not lead.group().strip():
        return None
    start = lead.end()
    end = _closing_quote(line, start)
    if end is None or at.column <= end:
        return None
    rest = re.split(r"\s#", line[end + 1 :], maxsplit=1)[0].rstrip()  # a comment stays one
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


def _never_closed(lines: list[str], at: Any) -> tuple[Mark, str] | None:
    """When the parser stopped just after a quotation mark that closed a value opened on a
    line above and not closed there (``title: "Bakiyev flees``): where the value opens,
    and the advice. YAML reads on through the lines below, keys and all, as the value's
    text, up to the next mark of its kind (news text nearly always has one: a quote, an
    apostrophe), and blames what follows that mark."""
    if at is None:
        return None
    for row in range(min(at.line, len(lines)) - 1, -1, -1):
        lead = _QUOTED_START.match(lines[row])
        if lead is None or not lead.group().strip() or _closing_quote(lines[row], lead.end()) is not None:
            continue
        closed = _QUOTED[lines[row][lead.end()]].match("\n".join(lines[row : at.line + 1]), lead.end())
        if closed is None or closed.group().count("\n") != at.line - row:
            continue  # this one closes elsewhere: the value that ran on opens further up
        closed_at = len(closed.group()) - closed.group().rfind("\n") - 2
        depth = lead.start("key") if lead.group("key") is not None else _indent(lines[row])
        swallowed = any(line.strip() and _indent(line) <= depth for line in lines[row + 1 : at.line + 1])
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


def _closing_quote(line: str, start: int) -> int | None:
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


def _unclosed_bracket(text: str, end: int) -> tuple[str, Mark] | None:
    """The last '[' or '{' before ``end`` that is not closed, outside quotes and comments."""
    stack: list[tuple[str, int]] = []
    quote = ""
    comment = False
    for i, char in enumerate(text[:end]):
        if comment:
            comment = char not in "\r\n\x85\u2028\u2029"
        elif quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "#" and (i == 0 or text[i - 1] in " \t\r\n\x85\u2028\u2029"):
            comment = True
        elif char in "[{":
            stack.append((char, i))
        elif char in "]}" and stack:
            stack.pop()
    if not stack:
        return None
    bracket, index = stack[-1]
    return bracket, mark_of(text, index)


LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
"""What ends a line in YAML; counted as the parsers' marks count lines (a file from
Windows ends its lines in CR LF, one from an old Mac in CR; YAML 1.1, which libyaml reads,
also ends one at NEL and the Unicode line and paragraph separators)."""


def mark_of(text: str, index: int) -> Mark:
    """The line and column of ``text[index]``, as a parser's mark would give them."""
    breaks = list(LINE_BREAK.finditer(text, 0, index))
    return Mark(len(breaks), index - (breaks[-1].end() if breaks else 0))
