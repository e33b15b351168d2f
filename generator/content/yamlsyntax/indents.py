"""Lines set out of line with their neighbours, said at the line of the mistake with how
far to indent it: a key of a list item not lined up with the item's first key, a key
that cut short what the lines above it held, a key a few spaces off the keys around it,
a list item less indented than the items above it, a list item among keys (an update
added below another block than 'updates:'), a line short of a text written below its
key, a line indented with a tab, and a line without ':' that may go on with the text
above it.
"""

from __future__ import annotations

from typing import Any

from generator.content import schema
from generator.content.yamlsyntax.lines import BLOCK_INDICATOR, VALUE, Mark, filled_before, indent_of
from generator.patterns import later

_ITEM_KEY = later(r"-\s+(?P<key>[^\s#:][^:#]*?):(?:\s|$)")
"""The first key of a list item: '- text: ...'."""
_KEY = later(r"\s*(?P<key>[^\s#:-][^:#]*?):(?:\s|$)")


def not_lined_up(lines: list[str], at: Any, began: Any) -> tuple[Any, str] | None:
    """A key of a list item indented less than the item's first key (libyaml: "did not
    find expected '-' indicator"): which key, and how far to indent it."""
    first = _ITEM_KEY().match(lines[began.line], began.column)
    this = _KEY().match(lines[at.line])
    if first is None or this is None:
        return None
    spaces = first.start("key")
    said = (
        f"'{this['key']}:' is not lined up with '{first['key']}:' of the list item on line "
        f"{began.line + 1}; indent it by {spaces} spaces, as '{first['key']}:' is"
    )
    alone = _EMPTY_KEY().match(lines[at.line]) is not None  # 'updates:', its entries below it
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
    row = filled_before(lines, began.line + 1)
    while row is not None and indent_of(lines[row]) >= began.column:
        row = filled_before(lines, row)
    if row is None or not _EMPTY_KEY().match(lines[row]) or (found := _KEY().match(lines[row])) is None:
        return None
    return row, indent_of(lines[row]), found["key"]


_ITEM_OR_KEY = later(r"\s*(?:-\s+)*(?P<key>[^\s#:-][^:#]*?):(?:\s|$)")
"""A key, after the dashes of the list items it starts: '  - text: ...', '    by: ...'."""
_EMPTY_KEY = later(r"\s*(?:-\s+)*[^\s#:-][^:#]*:\s*(?:#.*)?$")
"""A key alone on its line ('quotes:'): what it holds is on the lines below, indented."""


def left_out_key(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row``, where the parser stopped, goes on with what the 'key: value' line
    just above it cut short by being less indented than the lines before it (item 1's
    'source:' at the start of the line, between two items of 'quotes:'): that key, and how
    far to indent it. libyaml blames the line after, and following its advice for that line
    makes things worse. Only when line ``row`` lines up with a line above the key (or is a
    list item as little indented as the key), and what the key cut short is held by a key
    alone on its line ('quotes:'). When line ``row`` is a key and what was cut short a
    record, not a list, line ``row`` may be the one indented by mistake: both are said."""
    above = filled_before(lines, row)
    found = VALUE().match(lines[above]) if above is not None else None
    if above is None or found is None or found["lead"].strip() or _BLOCK().fullmatch(found["value"]):
        return None
    depth = indent_of(lines[above])
    block = []  # the lines the key cut short, nearest first, then what holds them
    row_above = filled_before(lines, above)
    while row_above is not None and _key_column(lines[row_above]) > depth:
        block.append(row_above)
        row_above = filled_before(lines, row_above)
    if not block or row_above is None or not _EMPTY_KEY().match(lines[row_above]):
        return None
    near = _ITEM_OR_KEY().match(lines[block[0]])
    if near is None or not _goes_on_with(lines, row, [lines[r] for r in block], depth):
        return None
    key, spaces = found["key"].strip(), near.start("key")
    holder = lines[row_above].split(":")[0].strip(" -")
    said = (
        f"'{key}:' is less indented than '{near['key']}:' on line {block[0] + 1} above it, so it ends "
        f"'{holder}:' (line {row_above + 1}) and YAML cannot read line {row + 1}"
    )
    items = {indent_of(lines[r]) for r in block if lines[r].lstrip().startswith("-")}
    later = next((r for r in range(row + 1, len(lines)) if lines[r].strip()[:1] not in ("", "#")), None)
    goes_on = lines[row].lstrip().startswith("-") or (  # line ``row``, or the next, is the list's next item
        later is not None and lines[later].lstrip().startswith("-") and indent_of(lines[later]) in items
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


def tab_advice(lines: list[str], row: int) -> str:
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
    key = _ITEM_OR_KEY().match(text)
    if not _OPENS().match(text):  # a sibling: the item or key it lines up with
        if item:
            # After the last key of a list's item ('    by: ann'): the next item lines up
            # with that item's dash.
            items = [r for r in spaced if r <= above and lines[r].lstrip().startswith("-")]
            dash = items[-1] if items else None
            if dash is not None and indent_of(lines[dash]) <= indent_of(text):
                return indent_of(lines[dash]), f"in line with the item on line {dash + 1}"
        if key is None or item:
            return indent_of(text), f"as line {above + 1} above it is"
        return key.start("key"), f"in line with '{key['key']}:' on line {above + 1}"
    below = next((r for r in spaced if r > row), None)
    if below is not None and indent_of(lines[below]) > _key_column(text):
        if item and not lines[below].lstrip().startswith("-"):
            # The item's next key ('    by: ann' under '\t- text: ...'): it lines up with
            # the item's first key, after the dash, not with the dash.
            rest = lines[row].lstrip(" \t")
            dash = len(rest) - len(rest[1:].lstrip(" "))
            said = f"so that its key lines up with line {below + 1} below it"
            return max(indent_of(lines[below]) - dash, 0), said
        return indent_of(lines[below]), f"as line {below + 1} below it is"
    steps = [indent_of(lines[r]) for r in spaced if indent_of(lines[r]) > 0]
    held = f"'{key['key']}:' on line {above + 1}" if key is not None else f"line {above + 1}"
    return _key_column(text) + min(steps, default=2), f"one step further in than {held}"


def _lead(line: str) -> str:
    """The spaces and tabs ``line`` starts with."""
    return line[: len(line) - len(line.lstrip(" \t"))]


def _spaces(count: int) -> str:
    return {1: "one space", 2: "two spaces"}.get(count, f"{count} spaces")


def key_further_in(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row`` is a key indented further than the key above it ('   alt:' under
    '  src: media/a.jpg'), which has its value on its line: YAML reads the line as more of
    that value's text and stops at its ':'. Where the key starts, and the column to start
    it at. Not for a key under one at the start of the line: that message says so."""
    this = _KEY().match(lines[row]) if row < len(lines) else None
    above = filled_before(lines, row)
    # Lines that go on with a value of several lines have no key (a ':' there would have
    # stopped the parser): the key above is the one whose value they go on with.
    while above is not None and _ITEM_OR_KEY().match(lines[above]) is None:
        above = filled_before(lines, above)
    if this is None or above is None:
        return None
    owner = _ITEM_OR_KEY().match(lines[above])
    found = VALUE().match(lines[above])
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


def key_short(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row`` is a key indented less than the keys above it and more than the
    key that holds them (' alt:' under '  src:', below 'image:'): where it starts, and the
    column of the keys it is short of (or, if it is not one of them, of the key that holds
    them)."""
    this = _KEY().match(lines[row]) if row < len(lines) else None
    if this is None:
        return None
    here = this.start("key")
    neighbour, holder = None, None
    above = filled_before(lines, row)
    while above is not None:
        found = _ITEM_OR_KEY().match(lines[above])
        if found is not None:
            column = found.start("key")
            if column < here:
                holder = above
                break
            if neighbour is None or column < neighbour[1]:
                neighbour = (above, column, found["key"])
        above = filled_before(lines, above)
    if neighbour is None or neighbour[1] == here:
        return None
    line, column, key = neighbour
    said = (
        f"'{this['key']}:' starts {_spaces(column - here)} short of '{key}:' on line {line + 1} above "
        f"it; start it at column {column + 1}, in line with '{key}:'"
    )
    holding = _EMPTY_KEY().match(lines[holder]) if holder is not None else None
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


_BLOCK_KEY = later(r"(?P<lead>\s*(?:-\s+)*)(?P<key>[^\s#:-][^:#]*?):\s+[|>][-+0-9]*\s*(?:#.*)?$")
"""A key whose text is written on the lines below it ('summary: |', 'caption: >-')."""


def after_block_text(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row`` comes after the text of a key written on the lines below it
    ('summary: |'), indented less than that text and more than the key, which YAML cannot
    place: a line of the text set short of it, or a key indented by mistake (after the
    text, or after a comment at the start of a line, which ends the text). Where the line
    starts, and how far to indent it; None for any other line."""
    line = lines[row] if row < len(lines) else ""
    here = indent_of(line)
    above = row - 1  # the lines of the text are at least as far in as this one
    while above >= 0 and (
        not lines[above].strip() or lines[above].lstrip().startswith("#") or indent_of(lines[above]) >= here
    ):
        above -= 1
    block = _BLOCK_KEY().match(lines[above]) if above >= 0 else None
    if block is None:
        return None
    column, key = block.start("key"), block["key"]
    text = [r for r in range(above + 1, row) if lines[r].strip() and not lines[r].lstrip().startswith("#")]
    if not text:
        return None
    depth = min(indent_of(lines[r]) for r in text)
    where = "at the beginning of its line" if column == 0 else f"at column {column + 1}"
    this = _KEY().match(line)
    if here >= depth:
        ended = [
            r
            for r in range(text[-1] + 1, row)
            if lines[r].lstrip().startswith("#") and indent_of(lines[r]) <= column
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


def item_not_lined_up(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row`` is a list item less indented than the items of the list above it
    ('- b' under '  - a'): where it is, and how far to indent it."""
    line = lines[row] if row < len(lines) else ""
    if not line.lstrip().startswith("-"):
        return None
    items = []  # the items of the list above it, nearest first
    above = filled_before(lines, row)
    while above is not None and _key_column(lines[above]) > indent_of(line):
        if lines[above].lstrip().startswith("-"):
            items.append(above)
        above = filled_before(lines, above)
    spaces = min((indent_of(lines[r]) for r in items), default=0)
    first = next((r for r in items if indent_of(lines[r]) == spaces), None)
    if first is None or spaces <= indent_of(line):
        return None
    return Mark(row, indent_of(line)), (
        f"this list item is less indented than the item on line {first + 1} above it; indent it by "
        f"{spaces} spaces, as that one is"
    )


def _goes_on_with(lines: list[str], row: int, block: list[str], depth: int) -> bool:
    """Whether line ``row`` lines up with one of the lines of ``block`` (a list item with an
    item, a key with a key), or is a list item at ``depth`` while ``block`` holds items."""
    line = lines[row]
    dash = line.lstrip().startswith("-")
    items = [indent_of(b) for b in block if b.lstrip().startswith("-")]
    if dash:
        return indent_of(line) in items or (indent_of(line) == depth and bool(items))
    return _key_column(line) in [_key_column(b) for b in block]


def _key_column(line: str) -> int:
    """Where the text of ``line`` starts, after its indent and list dashes."""
    return len(line) - len(line.lstrip(" -"))


_BLOCK = later(BLOCK_INDICATOR)
_OPENS = later(rf"[^#]*:\s*(?:{BLOCK_INDICATOR})?\s*(?:#.*)?$")
"""A line whose value is on the lines below it: 'image:', 'body: |', '- quotes:'."""


def continued(lines: list[str], row: int) -> str:
    """When line ``row`` (which YAML found without ':') may be the rest of the text of the
    'key: text' line above it, not indented: what to write then; else ''. A line of one or
    two words ('date 2005') is a key without its ':', not text."""
    if len(lines[row].split()) < 3:
        return ""
    above = next((r for r in range(row - 1, -1, -1) if lines[r].strip()), None)
    found = VALUE().match(lines[above]) if above is not None else None
    if found is not None and _BLOCK().fullmatch(found["value"]):
        key, indent = found["key"].strip(), found.start("key")
        return (
            f", or, if it is the text of '{key}: {found['value']}' above, indent it (and the lines "
            f"of text after it) by {indent + 2} spaces"
        )
    if (
        found is None
        or found["value"][:1] in "|>\"'[{&*!%@`"
        or indent_of(lines[row]) > found.start("key")  # further in than '- text:' has its key
    ):
        return ""
    key, indent = found["key"].strip(), found.start("key")
    return (
        f", or, if it goes on with the text of '{key}' above, indent it by {indent + 2} spaces (or "
        f"write '{key}: |' and the text on the lines below it, indented)"
    )


def item_among_keys(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row`` is a list item ('- date: ...') set among keys written at its
    indentation ('credit:', a key of 'image:'), as an entry of 'updates:' added at the end
    of the wrong block is: where it is, what holds those keys, and the list elsewhere in
    the file whose items start with the same key, which it most likely belongs to."""
    line = lines[row] if row < len(lines) else ""
    if not line.lstrip().startswith("- ") and line.strip() != "-":
        return None
    depth = indent_of(line)
    above = filled_before(lines, row)
    while above is not None and indent_of(lines[above]) > depth:  # what the keys above hold
        above = filled_before(lines, above)
    neighbour = _KEY().match(lines[above]) if above is not None else None
    if above is None or neighbour is None or indent_of(lines[above]) != depth:
        return None
    holder = filled_before(lines, above)
    while holder is not None and indent_of(lines[holder]) >= depth:
        holder = filled_before(lines, holder)
    held = _ITEM_OR_KEY().match(lines[holder]) if holder is not None else None
    if holder is None or held is None:
        among = "the keys of the file itself"
    elif lines[holder].lstrip().startswith("-"):  # the keys of an item of a list ('  - text: ...')
        among = f"the keys of the list item on line {holder + 1}"
    else:
        among = f"the keys of '{held['key']}:' (line {holder + 1})"
    said = (
        f"this list item is among {among}, such as '{neighbour['key']}:' on line {above + 1}, "
        "which are 'key: value' lines, not a list"
    )
    lists = [r for r in _lists_of_items_like(lines, row) if r != holder]  # not where it is wrongly
    if len(lists) == 1:
        key_row = lists[0]
        name = lines[key_row].split(":")[0].strip(" -")
        said += (
            f"; if it is one of '{name}:' (line {key_row + 1}), move it there, with the lines "
            "under it, after that list's last item"
        )
    else:
        said += (
            "; move it, with the lines under it, to the list it belongs to, or, if it is one of "
            "these keys, delete its '- '"
        )
    return Mark(row, depth), said


def _lists_of_items_like(lines: list[str], row: int) -> list[int]:
    """The lines of the keys alone on their line ('updates:') whose list holds an item
    that starts with the same key as the item on line ``row`` ('- date:'), another than
    that one (others set among the same keys too are found under their key: 'image:');
    none when that item starts with no key."""
    first = _ITEM_KEY().match(lines[row].lstrip())
    if first is None:
        return []
    holders: list[int] = []
    for r, other in enumerate(lines):
        found = _ITEM_KEY().match(other.lstrip())
        if r == row or found is None or found["key"] != first["key"]:
            continue
        holder = filled_before(lines, r)
        while holder is not None and indent_of(lines[holder]) >= indent_of(other):
            holder = filled_before(lines, holder)
        if holder is not None and _EMPTY_KEY().match(lines[holder]) and holder not in holders:
            holders.append(holder)
    return holders


def item_further_in(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row`` is a list item further in than the item above it and less far
    than that item's keys ('   - text: Go.' under '  - text: Stay.' and its '    by:'),
    where YAML looks for another key of the item above: where it starts, and how far to
    indent it to line it up with that item."""
    line = lines[row] if row < len(lines) else ""
    if not line.lstrip().startswith("- "):
        return None
    here = indent_of(line)
    above = filled_before(lines, row)
    while above is not None and indent_of(lines[above]) > here:
        above = filled_before(lines, above)
    if (
        above is None
        or not lines[above].lstrip().startswith("- ")
        or _ITEM_KEY().match(lines[above].lstrip()) is None
    ):
        return None
    dash, keys = indent_of(lines[above]), _key_column(lines[above])
    if not dash < here < keys:
        return None
    return Mark(row, here), (
        f"this list item starts {_spaces(here - dash)} further in than the item on line {above + 1} above "
        f"it, and less far than that item's keys, so YAML reads it neither as an item of its own nor as "
        f"part of that one; indent it by {_spaces(dash)}, as that one is"
    )


def key_among_scalar_items(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row`` is a key after the items of a list of words ('figures:', then '  -
    ann-lee'), further in than the key that holds them and no further than their dashes
    ('  date: 2010', ' date: 2010'): a key of what holds that key, indented by mistake,
    as nothing else can be there. Where it starts, and where to start it."""
    this = _KEY().match(lines[row]) if row < len(lines) else None
    if this is None:
        return None
    here = this.start("key")
    above = filled_before(lines, row)
    items = []
    while above is not None and indent_of(lines[above]) >= here:
        items.append(above)
        above = filled_before(lines, above)
    words = [
        r for r in items if lines[r].lstrip().startswith("- ") and _ITEM_OR_KEY().match(lines[r]) is None
    ]
    if above is None or not words or len(words) != len(items) or not _EMPTY_KEY().match(lines[above]):
        return None
    holder = _ITEM_OR_KEY().match(lines[above])
    assert holder is not None
    column = holder.start("key")
    where = "at the beginning of its line" if column == 0 else f"at column {column + 1}"
    return Mark(row, here), (
        f"'{this['key']}:' is indented under '{holder['key']}:' (line {above + 1}), whose items are the "
        f"'- ' lines above it, so YAML cannot place it; start it {where}, in line with '{holder['key']}:'"
    )


def text_short_of_its_key(lines: list[str], row: int) -> tuple[Mark, str] | None:
    """When line ``row`` is text with no key, after a 'key: text' line whose key is further
    in ('  caption: A long caption that', then ' goes on.'): the rest of that text, it
    seems, which YAML reads only further in than its key. Where it starts, and how far to
    indent it."""
    line = lines[row] if row < len(lines) else ""
    if not line.strip() or line.lstrip().startswith(("-", "#")) or _KEY().match(line) is not None:
        return None
    above = filled_before(lines, row)
    found = VALUE().match(lines[above]) if above is not None else None
    if found is None or found["value"][:1] in "|>\"'[{&*!%@`" or found.start("key") <= indent_of(line):
        return None
    key, column = found["key"].strip(), found.start("key")
    return Mark(row, indent_of(line)), (
        f"this line is indented less than '{key}:' on line {(above or 0) + 1} above it, so YAML cannot read "
        f"it as more of its text; if it goes on with that text, indent it by {_spaces(column + 2)} (or "
        f"write '{key}: |' and the text on the lines below it, indented)"
    )
