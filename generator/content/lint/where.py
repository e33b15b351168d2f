"""Where a warning is said, and the warning: the value of a key of a content file (or of a
field of an item of one of its lists), found in the parsed file so that the editor is
sent to the line to look at, and the file itself where the key is not written. Shared by
every module of the package, so that each points at a file's keys the same way.
"""

from __future__ import annotations

from generator.content.contentfile import ContentFile
from generator.content.yamlnodes import Mapping, Sequence
from generator.errors import Position, Problem, Severity


def warning(where: Position, message: str) -> Problem:
    return Problem(where, message, Severity.WARNING)


def at(file: ContentFile | None, *keys: str) -> Position:
    """Where the value at ``keys`` (a path into the file's mappings) is; the file if absent."""
    assert file is not None
    node: object = file.root
    where = Position(file.path)
    for key in keys:
        if not isinstance(node, Mapping) or key not in node.items:
            break
        key_node, node = node.items[key]
        # A nested block is best pointed at by its key; a plain value by the value.
        where = key_node.pos if isinstance(node, (Mapping, Sequence)) else node.pos
    return where


def item_key(file: ContentFile, key: str, index: int, field: str) -> Position:
    """Where ``field`` of the ``index``-th item of the list at ``key`` is (else the list)."""
    found = file.root.items.get(key) if isinstance(file.root, Mapping) else None
    if found is None:
        return at(file, key)
    items = found[1]
    if isinstance(items, Sequence) and index < len(items.items):
        item = items.items[index]
        if isinstance(item, Mapping) and field in item.items:
            return item.items[field][1].pos
    return at(file, key)
