"""Syntax errors in YAML, said for people who are not programmers: where the mistake
really is (libyaml often points a line late, at the next key) and what to write instead,
with the value written out where that helps. ``yamlnodes.parse_yaml`` calls ``explain``
for every error the parser raises. Each rule of ``explain`` knows one mistake; the
mistakes of a kind are read in modules of their own: a space missing or not a space
(``spaces.py``), a line out of line with its neighbours (``indents.py``), a quotation
mark or bracket that closes otherwise than meant (``closing.py``), a key too long
(``longkeys.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeAlias

import yaml

from generator.content import schema
from generator.content.yamlsyntax import longkeys
from generator.content.yamlsyntax.closing import (
    CUT_SHORT,
    comment_in_brackets,
    curled_around,
    never_closed,
    text_after_quote,
    unclosed_bracket,
)
from generator.content.yamlsyntax.indents import (
    TAB_INDENT,
    after_block_text,
    continued,
    item_among_keys,
    item_further_in,
    item_not_lined_up,
    key_among_scalar_items,
    key_further_in,
    key_short,
    left_out_key,
    not_lined_up,
    tab_advice,
    text_short_of_its_key,
)
from generator.content.yamlsyntax.lines import VALUE, Mark, filled_before, indent_of, less_comment
from generator.content.yamlsyntax.spaces import dash_without_space, missing_space, no_break_indent
from generator.content.yamlvalues import colon_advice, double_quoted
from generator.errors import unseen_character
from generator.patterns import later

_COLON_ITEM = later(r"(\s*)- +(?=[^\s\"'\[{|>#&*!])(.*?): ")
"""A list item whose plain text holds ': ' (a 'key: value' to YAML)."""


def _split_item(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row`` goes on with a list item whose text has ': ' in it (so YAML took
    the item for 'key: value' and this line for a key without ':'), where the item's text
    starts and the whole text; else None."""
    item = _COLON_ITEM().match(lines[row - 1]) if 0 < row < len(lines) else None
    if item is None or indent_of(lines[row]) != item.start(2) or ": " in lines[row]:
        return None
    if item[2].strip() in schema.item_keys():  # '- text: Stay and', then its text not indented
        return None
    dash = len(item.group(1))
    parts = [lines[row - 1][item.start(2) :].strip()]
    for line in lines[row:]:
        if not line.strip() or indent_of(line) <= dash:
            break
        parts.append(line.strip())
    return Mark(row - 1, item.start(2)), " ".join(parts)


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
        if mark is not None and (pasted := no_break_indent(stop.lines, mark)) is not None:
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
        for row in (at.line, filled_before(lines, min(at.line, len(lines)))):
            if row is not None and row < len(lines) and (dash := dash_without_space(lines, row)) is not None:
                return dash
    return None


def _key_without_space_after_colon(stop: Stop) -> Said:
    """The editor wrote a key with no space after its ':' ('title:Biden visits')."""
    last = stop.at or stop.began
    if stop.at_a_key and (last is not None and (tight := missing_space(stop.lines, last.line)) is not None):
        return tight
    return None


def _key_too_long(stop: Stop) -> Said:
    """The editor wrote a text with ': ' in it so long that YAML cannot read it as a key."""
    if (
        stop.at_a_key
        and (long_key := longkeys.long_key(stop.text, stop.lines, stop.at, stop.began)) is not None
    ):
        return long_key
    return None


def _key_without_colon(stop: Stop) -> Said:
    """The editor left out a key's ':', or split a list item with ': ' in it over lines."""
    began, lines = stop.began, stop.lines
    if "could not find expected ':'" in stop.problem and began is not None:
        split = _split_item(lines, began.line)
        if split is not None:  # libyaml blames the next line, where the text goes on
            return split[0], colon_advice(split[1], list_item=True)
        return began, "this line has no ':' after its key; write 'key: value'" + continued(lines, began.line)
    return None


def _colon_where_no_key_can_be(stop: Stop) -> Said:
    """The editor set a key out of line with the keys around it, or wrote ': ' in a value."""
    at, lines, line = stop.at, stop.lines, stop.line
    if "mapping values are not allowed" not in stop.problem:
        return None
    if at is not None and (left_out := left_out_key(lines, at.line)) is not None:
        return left_out
    if at is not None and (further := key_further_in(lines, at.line)) is not None:
        return further
    if at is not None and line[:1] == " " and line.find(":") == at.column:
        return at, "this line is indented, but a new key starts at the beginning of the line"
    found = VALUE().match(line)
    value = found["value"] if found is not None else ""
    value = less_comment(value)
    if found is not None and ": " in value:  # the fix on the editor's own line
        fixed = f"{found['lead']}{found['key']}: {double_quoted(value)}".strip()
        if (inside := curled_around(value)) is not None:
            # '“Update: the rescue”' from a word processor: the editor thinks it quoted already.
            bare = f"{found['lead']}{found['key']}: {double_quoted(inside)}".strip()
            return at, (
                f"the value contains ': '; put the whole value in straight double quotes: {bare} "
                f"(YAML reads curly quotation marks, {value[0]} {value[-1]}, as part of the text, not as "
                f"quotes around it; to show them to readers, write {fixed})"
            )
        if '"' in value and "'" not in value and "\\" not in value:
            # Its own double quotes would each need a backslash inside double ones.
            single = f"{found['lead']}{found['key']}: '{value}'".strip()
            said = "the value contains ': '; put the whole value in single quotes, as it holds double ones"
            return at, f"{said}: {single}"
        return at, f"the value contains ': '; put the whole value in double quotes: {fixed}"
    return at, "the value contains ': '; put the whole value in double quotes, e.g. \"He said: no\""


def _tab_character(stop: Stop) -> Said:
    """The editor indented a line with a tab, or put one in the lines of a block."""
    if "found a tab character" in stop.problem:  # a tab in an indent, or in a block's lines
        return stop.at, TAB_INDENT + tab_advice(stop.lines, stop.at.line if stop.at is not None else -1)
    return None


def _value_starts_with_reserved_character(stop: Stop) -> Said:
    """The editor started a value with a character YAML reserves ('@', '`'), or a tab."""
    if "cannot start any token" in stop.problem:
        if stop.char == "\t":  # ``char`` is only set where ``at`` is
            return stop.at, TAB_INDENT + tab_advice(stop.lines, stop.at.line if stop.at is not None else -1)
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


def _never_closed(lines: list[str], bracket: str, where: Mark) -> Said:
    """What to say of the '[' list or '{' group opened at ``where`` and never closed: where
    a '#' on its line hides its closing bracket in a comment ('[#suez, shipping]'), that."""
    closer = "]" if bracket == "[" else "}"
    said = f"this '{bracket}' {'list' if bracket == '[' else 'group'} is never closed with '{closer}'"
    line = lines[where.line] if where.line < len(lines) else ""
    sharp = comment_in_brackets(line, where.column)
    if sharp is None or closer not in line[sharp:]:
        return where, said
    item = re.split(r"[,\]}]", line[sharp:], maxsplit=1)[0].strip()
    return where, (
        f"{said}: YAML reads the '#' at column {sharp + 1} and all after it on its line as a comment, "
        f"the '{closer}' too; put what starts with '#' in double quotes: {double_quoted(item)}"
    )


def _flow_bracket_never_closed(stop: Stop) -> Said:
    """The editor opened a '[' list or a '{' group and never closed it."""
    if "expected ',' or ']'" in stop.problem and stop.began is not None:
        return _never_closed(stop.lines, "[", stop.began)
    if "expected ',' or '}'" in stop.problem and stop.began is not None:
        return _never_closed(stop.lines, "{", stop.began)
    return None


def _value_missing(stop: Stop) -> Said:
    """The editor left a value out, started it with a reserved character, or left a '[' or '{' open."""
    at = stop.at
    if "expected node content" in stop.problem:
        opened = unclosed_bracket(stop.text, at.index if at is not None else len(stop.text))
        if opened is not None:
            return _never_closed(stop.lines, *opened)
        return (
            at,
            "a value is missing here, or starts with a character YAML reserves; put it in double quotes",
        )
    return None


def _text_after_closed_value(stop: Stop) -> Said:
    """The editor wrote text after a value's closing quotation mark, or left a mark open."""
    if any(words in stop.problem for words in CUT_SHORT):
        unclosed = never_closed(stop.lines, stop.at)
        if unclosed is not None:
            return unclosed
        trailing = text_after_quote(stop.line, stop.at)
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
        found = VALUE().match(lines[at.line]) if at.line < len(lines) else None
        value = found["value"] if found is not None else ""
        if found is not None and value[:1] in ("[", "{") and at.column > found.start("value"):
            what = "a list" if value[0] == "[" else "'key: value' pairs"
            groups = re.fullmatch(r"(?:\[[^\[\]]*\] *){2,}", value.strip())
            if groups is not None:  # 'figures: [ann-lee] [bo-park]': a bracket per item
                items = [i.strip() for i in re.split(r"[\[\],]", value) if i.strip()]
                key = lines[at.line][: found.start("value")].strip()
                return Mark(at.line, found.start("value")), (
                    f"a value that starts with '[' is read as a list, and text follows it; a list's items "
                    f"go in one pair of brackets: {key} [{', '.join(items)}] (or, for a text, put the whole "
                    f"value in double quotes: {double_quoted(value.strip())})"
                )
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
        return (
            not_lined_up(stop.lines, at, began)
            or item_further_in(stop.lines, at.line)
            or key_among_scalar_items(stop.lines, at.line)
        )
    return None


def _line_out_of_line(stop: Stop) -> Said:
    """The editor indented a line unlike the lines around it, or began a value with '*' or '&'."""
    at, lines, line = stop.at, stop.lines, stop.line
    if "did not find expected key" in stop.problem or "expected <block end>" in stop.problem:
        found = VALUE().match(line)
        if at is not None and found is not None and found["value"][:1] in "*&":  # '*Update:* ...'
            value = less_comment(found["value"])
            return Mark(at.line, found.start("value")), (
                f"a value cannot start with '{value[0]}'; put the whole value in double quotes: "
                f"{double_quoted(value)}"
            )
        if at is not None:
            for rule in _LINE_RULES:
                if (said := rule(lines, at.line)) is not None:
                    return said
        return at, "the indentation of this line does not match the lines above it"
    return None


_ITEM = later(r"(?P<indent> *)- +(?P<item>[^\s#\[\]{},:'\"][^#\[\]{},:]*?)\s*(?:#.*)?")
_FLOW_LIST_VALUE = later(r" *(?P<key>[A-Za-z_]+): +\[(?P<items>[^\[\]#]*)\]\s*(?:#.*)?")


def _items_after_a_list(lines: list[str], row: int) -> Said:
    """The editor wrote '- item' lines under a key whose list is on its line already
    ('figures: []', as ``explainer new`` writes it, then '  - ann-lee'): the items with
    the ones in its brackets, and the two ways to write them."""
    if row >= len(lines) or _ITEM().fullmatch(lines[row]) is None:
        return None
    above = row - 1
    while above >= 0 and (not lines[above].strip() or lines[above].lstrip().startswith("#")):
        above -= 1
    found = _FLOW_LIST_VALUE().fullmatch(lines[above]) if above >= 0 else None
    if found is None:
        return None
    items = [item.strip() for item in found["items"].split(",") if item.strip()]
    for line in lines[row:]:
        if (item := _ITEM().fullmatch(line)) is None:
            break
        items.append(item["item"])
    key, written = found["key"], f"[{found['items']}]"
    return Mark(row, len(lines[row]) - len(lines[row].lstrip(" "))), (
        f"'{key}:' has its value on its line already, '{written}', so this item cannot be one of it; "
        f"write the items in its brackets, {key}: [{', '.join(items)}], or each on a '- ' line of its own "
        f"below '{key}:', with nothing after '{key}:'"
    )


def _text_under_a_closed_list(lines: list[str], row: int) -> Said:
    """The editor wrote a line of text, not a key, indented under a key whose list is
    closed on its line ('sources: [ap]', then '  reuters'), which YAML cannot place: more
    items of that list, as it seems. The list as it would be with them, and the two ways
    to write it, as ``_items_after_a_list`` says them."""
    line = less_comment(lines[row]) if row < len(lines) else ""
    above = filled_before(lines, row)
    found = _FLOW_LIST_VALUE().fullmatch(lines[above]) if above is not None else None
    if found is None or not line.strip() or re.search(r":(?: |$)", line):
        return None
    here = indent_of(line)
    if here <= found.start("key"):
        return None
    written = line.strip().removeprefix("- ").strip().removeprefix("[").removesuffix("]")
    items = [i.strip() for i in found["items"].split(",") + written.split(",") if i.strip()]
    key = found["key"]
    return Mark(row, here), (
        f"this line is indented under '{key}:', as if it held more of its items, but '{key}:' has its list "
        f"on its line already, '[{found['items']}]', and closed; write the items in its brackets, "
        f"{key}: [{', '.join(items)}], or each on a '- ' line of its own below '{key}:', indented as this "
        f"line is, with nothing after '{key}:'"
    )


_KEY_ALONE = later(r"(?P<lead> +)[A-Za-z_]+:(?: .*)?")


def _key_indented_under_a_value(lines: list[str], row: int) -> Said:
    """The editor indented a key of the file under one whose value is on its line, where
    nothing can go ('key: true', then ' image:'): as an opened commented block of
    ``explainer new`` is when only its '#' is deleted."""
    found = _KEY_ALONE().fullmatch(lines[row]) if row < len(lines) else None
    above = row - 1
    while above >= 0 and (not lines[above].strip() or lines[above].lstrip().startswith("#")):
        above -= 1
    value = VALUE().match(lines[above]) if above >= 0 else None
    if found is None or value is None or value["lead"] or value["value"][:1] in ("|", ">", "#"):
        return None
    spaces = len(found["lead"])
    after_comment = (
        " (taking the '#' off a commented line leaves the space after it: delete that too)"
        if spaces == 1
        else ""
    )
    return Mark(
        row, spaces
    ), f"this line is indented, but a new key starts at the beginning of the line{after_comment}"


_LINE_RULES: tuple[Callable[[list[str], int], Said], ...] = (
    left_out_key,
    item_not_lined_up,
    key_short,
    after_block_text,
    _items_after_a_list,
    _key_indented_under_a_value,
    item_among_keys,
    _text_under_a_closed_list,
    key_among_scalar_items,
    text_short_of_its_key,
)
"""What ``_line_out_of_line`` asks of a line out of line with those around it, in this
order: the first that knows the mistake says it."""


def _value_from(lines: list[str], row: int, column: int) -> str | None:
    """The value of the 'key: value' line ``row`` when it starts at ``column``, else None."""
    found = VALUE().match(lines[row]) if row < len(lines) else None
    return found["value"] if found is not None and found.start("value") == column else None
