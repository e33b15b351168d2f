"""Top-level keys of a content file set to new values in its text, the rest kept as the
editor wrote it (comments, quotes, order, line endings): what ``new translation`` does to
the copy's story.yaml. Parsing and writing the YAML again would lose every comment.
"""

from __future__ import annotations

import re

from generator.content.yamlnodes import Mapping, Node, Scalar


def set_keys(text: str, root: Mapping, values: dict[str, str]) -> str:
    """``text`` (a file read as ``root``) with each key of ``values`` set to its value
    (written as YAML already: ``"no"``, ``true``): a key the file has gets the new value
    in place of its own, keeping a comment after it; a key the template has commented out
    (``# language: ru   # the story's language``) is uncommented with the new value; any
    other is added before the file's first key."""
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    added: list[str] = []
    # From the last line up, so that each edit leaves the lines above it where they were.
    edits: list[tuple[int, str, str]] = []
    for key, value in values.items():
        if key in root.items:
            edits.append((root.items[key][0].pos.line - 1, key, value))
        elif (commented := _commented_line(lines, key)) is not None:
            edits.append((commented, key, value))
        else:
            added.append(f"{key}: {value}{newline}")
    for index, key, value in sorted(edits, reverse=True):
        if key in root.items:
            _replace_value(lines, index, key, root.items[key][1], value, newline)
        else:
            lines[index] = _uncommented(lines[index], key, value, newline)
    if added:
        first = min(key.pos.line for key, _ in root.items.values()) - 1 if root.items else len(lines)
        lines[first:first] = added
    return "".join(lines)


def _commented_line(lines: list[str], key: str) -> int | None:
    """The index of the line that is ``key`` commented out at the start of a line
    (``# language: ru``), if one is."""
    pattern = re.compile(rf"#\s?{re.escape(key)}:(\s|$)")
    return next((i for i, line in enumerate(lines) if pattern.match(line)), None)


def _uncommented(line: str, key: str, value: str, newline: str) -> str:
    """A commented-out ``key`` line with ``value`` in place of its example, its own
    comment kept in its column (``# language: ru    # the story's language``)."""
    found = re.match(rf"#\s?{re.escape(key)}:\s*\S*(\s+#.*)?", line.rstrip("\r\n"))
    written = f"{key}: {value}"
    if found is None or found[1] is None:
        return f"{written}{newline}"
    comment = found[1].lstrip()
    # The comment stays in its column, where the value leaves it room.
    pad = max(found.end(1) - len(comment) - len(written), 1)
    return f"{written}{' ' * pad}{comment}{newline}"


def _replace_value(lines: list[str], index: int, key: str, node: Node, value: str, newline: str) -> None:
    """Line ``index`` (``key:`` and its value ``node``) with ``value`` instead: a value on
    that line alone is replaced where it is written, the rest of the line kept (a
    comment); one over several lines (a block, a list) goes whole."""
    line = lines[index]
    if isinstance(node, Scalar) and node.pos.line - 1 == index and "\n" not in (node.source or ""):
        start = (node.pos.col or 1) - 1
        written = node.source if node.source is not None else node.text
        if written and line[start : start + len(written)] == written:
            lines[index] = line[:start] + value + line[start + len(written) :]
            return
    end = index + 1
    while end < len(lines) and (lines[end][:1] in (" ", "\t") or not lines[end].strip()):
        end += 1
    lines[index:end] = [f"{key}: {value}{newline}"]
