"""Decides whether a quoted value written over several lines is really a quotation mark
left open: ``title: "Bakiyev flees``, with the closing mark forgotten. YAML then reads on
through the lines below, keys and all, as the value's text, up to the next mark of its
kind. When that mark ends a line (``summary: ... the protesters'``) the file is valid YAML,
and the editor would hear only of the keys it swallowed ("missing required key 'date'"),
far from the cause.

Text that really goes on over several lines may hold 'word: ' anywhere; a value is taken
for a mark left open only when one of its lines starts, at its own key's column, with a
key of the same record ('date:' in an event's title, 'by:' in a quote's text), or, less
indented than its key (where its own lines never are, written as YAML means them), with
any 'key:' (one of the record around it, or a source's id). A list item's quoted text is
taken for one left open too when one of its lines starts, at the column of the item's own
'-', with '- ': the next item, which became its text (``unknowns:`` then
``- "Whether the army`` and ``- Who gave the order"``: one item, not two). A '- ' inside a
line, or on a line indented further than the item, is text. The syntax errors such a mark
causes when the file does not parse are ``closing.py``'s.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from generator.content.yamlsyntax.lines import LINE_BREAK
from generator.patterns import later

_KEY_LINE = later(r"(?P<lead> *(?:- +)*)(?P<key>[a-z][a-z0-9_-]*):(?: |$)")
"""A line that starts 'key: ...', as a content file's keys and ids are written."""


def swallowed_keys(written: str, column: int, keys: Collection[str]) -> list[str]:
    """The keys that start a line of the quoted value ``written`` (as the file has it,
    from its opening mark to its closing one): at ``column``, the column of the value's
    own key (0 for the first), those among ``keys``; left of it, any. The lines its mark,
    left open, swallowed."""
    if written[:1] not in ("'", '"'):
        return []
    found = (_KEY_LINE().match(line) for line in LINE_BREAK.split(written)[1:])
    return [
        m["key"]
        for m in found
        if m is not None and (len(m["lead"]) < column or (len(m["lead"]) == column and m["key"] in keys))
    ]


def swallowed_items(written: str, column: int) -> list[str]:
    """The list items that start a line of the quoted list item ``written`` (as the file
    has it, from its opening mark to its closing one) at ``column``, the column of its own
    '-': the text of each as far as the line or the mark closing the value goes. The
    items its mark, left open, swallowed."""
    if written[:1] not in ("'", '"'):
        return []
    found = (_ITEM_LINE().match(line) for line in LINE_BREAK.split(written)[1:])
    return [
        m["text"].split(written[0], 1)[0].strip() for m in found if m is not None and len(m["lead"]) == column
    ]


_ITEM_LINE = later(r"(?P<lead> *)- (?P<text>.*)")
"""A line that starts '- ...', as a list's items are written."""

_SHOWN = 40
"""How much of a swallowed item's text the message shows."""


def never_closed(key: str | None, written: str, swallowed: list[str], items: Sequence[str] = ()) -> str:
    """What to say at the opening mark of ``key``'s quoted value ``written`` (None: of a
    list item) that swallowed the list items ``items`` (their text) and the keys
    ``swallowed``."""
    lines = LINE_BREAK.split(written)
    mark = written[0]
    which = 'double quotation mark (")' if mark == '"' else "apostrophe (')"
    shown = (text if len(text) <= _SHOWN else text[:_SHOWN].rsplit(" ", 1)[0] + "…" for text in items)
    lost = ", ".join([*(f"'- {text}'" for text in shown), *(f"'{k}:'" for k in swallowed)])
    lead = "- " if key is None else f"{key}: "
    # One line, one key: said as such ('the 1 lines', "'summary:' with them" read wrong).
    after = "line after it" if len(lines) == 2 else f"{len(lines) - 1} lines after it"
    them = "it" if len(items) + len(swallowed) == 1 else "them"
    return (
        f"this quotation mark is not closed on its line, so the {after}, up "
        f"to the next {which}, became part of the text, {lost} with {them}; close it with {mark} on its "
        f"line: {lead}{lines[0].rstrip()}{mark}"
    )
