"""A key indented by mistake under a text of several lines, which YAML reads as more of
that text:

    summary: |
      Water rose fast.
      figures: [jane-doe]

(or '>'). The event loses its figures, and readers read 'figures: [jane-doe]' in its
summary, while the file is valid YAML and check said nothing. So a line of such a text that is a key of
the same file or item (a key YAML would have read as one at that key's indent), written
as keys are (lower case, a ':' then a space or nothing), is a warning, unless that key is
given already: then the line is the text's own ('date: to be confirmed'). A warning, not
an error: a file that builds today keeps building, and ``check --strict`` refuses it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.content import fieldtypes
from generator.content.yamlnodes import Mapping, Node, Scalar, Sequence
from generator.content.yamlsyntax.lines import less_comment
from generator.errors import Position, Problem, Severity

_KEY_LINE = re.compile(r"(?P<key>[a-z][a-z_]*):(?:[ \t]|$)")
"""A line of a text that starts as a key does, at the text's own indent."""


def keys_in_text(root: Node, record: fieldtypes.Record) -> Iterator[Problem]:
    """A warning for each line of a text of several lines under ``root`` (a file of kind
    ``record``) that is a key of the mapping holding that text, not given there."""
    yield from _in(root, record, "")


def _in(node: Node, spec: fieldtypes.FieldType, label: str) -> Iterator[Problem]:
    if isinstance(spec, fieldtypes.Record) and isinstance(node, Mapping):
        for key, (key_node, value) in node.items.items():
            found = spec.field(key)
            if found is None:
                continue
            name = f"{label}.{key}" if label else key
            if isinstance(found.type, fieldtypes.Text) and isinstance(value, Scalar):
                yield from _swallowed(value, name, (key, key_node.pos.col or 1), node, spec)
            else:
                yield from _in(value, found.type, name)
    elif isinstance(spec, fieldtypes.IdMap) and isinstance(node, Mapping):
        for key, (_, value) in node.items.items():
            yield from _in(value, spec.value, f"{label}.{key}")
    elif isinstance(spec, fieldtypes.ListOf) and isinstance(node, Sequence):
        for i, item in enumerate(node.items, start=1):
            yield from _in(item, spec.item, f"{label}[{i}]")


def _swallowed(
    value: Scalar, label: str, owner: tuple[str, int], holder: Mapping, spec: fieldtypes.Record
) -> Iterator[Problem]:
    """The warnings of ``value``, the text of ``label``, whose key (``owner``: its name and
    column) is one of ``holder``, a mapping of kind ``spec``. Its lines are read as the file
    has them (``source``): a folded text ('>') joins them into one."""
    if value.source is None or value.source[:1] not in "|>" or not isinstance(value.value, str):
        return  # a quotation mark left open is told of by yamlsyntax/quotes.py
    name, column = owner
    path, first, _ = value.pos
    lines = value.source.split("\n")[1:]
    indent = min((_indent(line) for line in lines if line.strip()), default=0)
    for below, line in enumerate(lines, start=1):
        # A line set further in than the text is part of it ('    figures: [a]', a verse, a list).
        found = _KEY_LINE.match(line, indent) if _indent(line) == indent else None
        if found is None or spec.field(key := found["key"]) is None or key in holder.items:
            continue
        written = less_comment(line.strip())
        where = (
            "start it at the beginning of its line"
            if column == 1
            else f"start it at column {column}, in line with '{name}:'"
        )
        message = (
            f"'{label}' reads the line '{written}' as its text: '{key}' is a key of the {spec.name} itself, "
            f"indented by mistake; if it is a key, {where}"
        )
        yield Problem(Position(path, first + below, indent + 1), message, Severity.WARNING)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
