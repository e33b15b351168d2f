"""One content file read and parsed into position-keeping nodes (``ContentFile``), every
failure a problem, never an exception: too large, unsafe, unreadable, not text, a merge
conflict left in it, empty, or no 'key: value' lines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from generator.content import files
from generator.content.filetext import conflict_problems, decode
from generator.content.yamlnodes import Mapping, Node, Scalar, parse_yaml, place
from generator.content.yamlsyntax.spaces import first_missing_space
from generator.errors import MAX_STACKED_MARKS, Position, Problem, stacked_marks

MAX_FILE_BYTES = 1_000_000


@dataclass(frozen=True)
class ContentFile:
    """One parsed content file."""

    id: str
    path: str
    """As the user would type it: the content folder joined with the relative path."""
    root: Mapping | None
    """The top-level mapping, or None if the file could not be read as one."""
    unended: Position | None = None
    """Where the file's text ends when it ends with no line break, on a line that is not a
    comment: as a file saved half-way, or cut by a merge, does (``lint.cutshort``)."""


def read_file(path: str, file_id: str, problems: list[Problem]) -> ContentFile:
    """Read and parse one content file; every failure becomes a problem, never an exception."""
    try:
        data = files.read_bounded(path, MAX_FILE_BYTES)
    except files.TooLarge:
        larger = f"file is larger than {files.describe_size(MAX_FILE_BYTES)}"
        problems.append(Problem(Position(path), f"{larger}; split it or move media to media/"))
        return ContentFile(file_id, path, None)
    except files.UnsafeFile as exc:
        problems.append(Problem(Position(path), f"this file {exc}"))
        return ContentFile(file_id, path, None)
    except OSError as exc:
        advice = f"; {files.LET_READ}" if isinstance(exc, PermissionError) else ""
        problems.append(Problem(Position(path), f"cannot read file: {exc.strerror}{advice}"))
        return ContentFile(file_id, path, None)
    text = decode(data, path, problems)
    if text is None:
        return ContentFile(file_id, path, None)
    if conflicts := conflict_problems(path, text):
        problems.extend(conflicts)
        return ContentFile(file_id, path, None)
    node = parse_yaml(text, path, problems)
    if node is None or (not isinstance(node, Mapping) and getattr(node, "value", 0) is None):
        if not any(p.where.path == path for p in problems):
            problems.append(Problem(Position(path), _empty(text)))
        return ContentFile(file_id, path, None)
    if _may_hold_stacked_marks(text) and (stacked := _stacked_marks(node)):
        problems.append(stacked)
        return ContentFile(file_id, path, None)
    if not isinstance(node, Mapping):
        what = "a list" if not hasattr(node, "value") else "a single value"
        tight = first_missing_space(text) if what == "a single value" else None
        if tight is not None:  # 'title:Biden' is one text to YAML, not a key and its value
            line, col, advice = tight
            problems.append(Problem(Position(path, line, col), f"expected 'key: value' lines: {advice}"))
        else:
            problems.append(Problem(node.pos, f"expected 'key: value' lines, got {what}"))
        return ContentFile(file_id, path, None)
    return ContentFile(file_id, path, node, _unended(path, text))


def _unended(path: str, text: str) -> Position | None:
    """Where ``text`` ends, when it ends on a line of its own, with no line break after it,
    and the line is not a comment; else None. A last line of spaces alone, as an editor's
    indenting leaves after the last line break, ends nothing."""
    if text.rstrip(" \t").endswith(("\n", "\r")) or not text.strip():
        return None
    last = text.rsplit("\n", 1)[-1].rsplit("\r", 1)[-1]
    if last.lstrip().startswith("#"):
        return None
    return Position(path, text.count("\n") + 1 if "\n" in text else text.count("\r") + 1, len(last) + 1)


def _may_hold_stacked_marks(text: str) -> bool:
    """Whether a value or key parsed from ``text`` may hold too many marks in a row
    (``_stacked_marks``): only where the text has such a run itself, or has a backslash,
    with which a quoted text may write marks as escapes ('\\u0301'). YAML joins a value's
    lines with a space or keeps the break, so no run is made across lines. One look at the
    file (2 ms for 10,000 events) spares a walk through every value of it (46 ms)."""
    return "\\" in text or stacked_marks(text) is not None


def _stacked_marks(node: Node) -> Problem | None:
    """The problem of the first text in ``node`` (a value or a key, of any type) with more
    accents or other combining marks in a row on one letter than any writing uses
    (``errors.stacked_marks``): refused before anything reads it, as matching, sorting
    and reading a date put a text in Unicode's order, which takes time in the square of
    such a run (a date of 40,000 marks took 56 s to check)."""
    if isinstance(node, Scalar):
        found = stacked_marks(node.value) if isinstance(node.value, str) else None
        if found is None:
            return None
        return Problem(
            place(node, found.start()),
            f"this text holds {len(found.group()):,} accents or other combining marks in a row on one "
            f"letter, more than any writing uses (at most {MAX_STACKED_MARKS}); remove them",
        )
    children = (n for pair in node.items.values() for n in pair) if isinstance(node, Mapping) else node.items
    return next((p for child in children if (p := _stacked_marks(child)) is not None), None)


def _empty(text: str) -> str:
    """Why a file that gave YAML nothing is an error: empty, or all of it comments (every
    key of a file from 'explainer new' commented out, say), which YAML skips."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and all(line.startswith("#") for line in lines):
        return (
            "file has only comments (lines starting with '#'), which YAML skips; expected "
            "'key: value' lines: remove the '#' in front of the lines to keep"
        )
    return "file is empty; expected 'key: value' lines"


Reader = Callable[[str, str, list[Problem]], ContentFile]
"""Reads one content file: (path, id, problems) -> parsed file. ``read_file`` or a cache."""
