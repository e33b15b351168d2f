"""What a file's bytes must be to be read as text: UTF-8 (a byte-order mark in front
dropped), and free of the conflicts git's merge leaves. Content files arrive from other
people's machines: one saved as UTF-16 (Windows' 'Unicode') or in Windows' or Latin-1's
encoding is told so, at the first bad byte's line and letter, with what to do; one that
still holds a merge conflict (which may even be valid YAML, and would show its markers to
readers) is told the lines of each. Content files, a timeline to import and a theme's
templates share these rules.
"""

from __future__ import annotations

import codecs
import contextlib
import re

from generator.content.yamlsyntax.lines import LINE_BREAK
from generator.errors import Position, Problem

UTF_16_MARKS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
"""The byte-order marks a UTF-16 file starts with (little- and big-endian)."""

SAVE_AS_UTF_8 = "save it as UTF-8 (in Notepad: Save As, then Encoding: UTF-8)"
"""What a content file in another encoding is told to do."""


def decode(
    data: bytes, path: str, problems: list[Problem], how: str = SAVE_AS_UTF_8, *, marked_utf_16: bool = False
) -> str | None:
    """The text of a content file (or of a file to import), which must be UTF-8 (a
    byte-order mark in front is dropped); None, with a problem saying where it is not
    and ``how`` to save it, when it is not. ``marked_utf_16``: UTF-16 with its byte-order
    mark (Excel's and Notepad's 'Unicode', which the mark tells apart) is read too."""
    if marked_utf_16 and data.startswith(UTF_16_MARKS):
        with contextlib.suppress(UnicodeDecodeError):  # not whole UTF-16: told below
            return data.decode("utf-16")  # the mark says which byte order, and is dropped
    if data.startswith(UTF_16_MARKS) or _looks_utf_16(data):
        # Windows' 'Unicode' (Notepad's, Excel's 'Unicode Text'): every letter two bytes,
        # one of them 0 for English text, so that the first error found would be a
        # meaningless byte.
        problems.append(
            Problem(Position(path), f"file is saved as UTF-16 (what Windows calls 'Unicode'); {how}")
        )
        return None
    body = data.removeprefix(codecs.BOM_UTF8)
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = body[: exc.start].decode("utf-8")  # what precedes the first bad byte is UTF-8
        lines = LINE_BREAK.split(before)
        # A byte of Windows' or Latin-1's encoding is a letter there ('é' is 0xe9): what
        # comes before it on its line finds it, when the byte alone says nothing.
        words = lines[-1].strip()[-20:]
        where = f" after '{words}'" if words else ""
        message = f"file is not UTF-8 text (byte 0x{body[exc.start]:02x}{where}); {how}"
        problems.append(Problem(Position(path, len(lines), len(lines[-1]) + 1), message))
        return None


def text_or_none(data: bytes) -> str | None:
    """The text of a content file's bytes as loading reads it (``decode``: UTF-8, a
    byte-order mark in front dropped), or None where loading would refuse them: for what
    reads a content file roughly, ahead of the build or beside it, and leaves saying why
    to the build (the languages a fast build compiles the theme for, the files an
    ``import --force`` replaces)."""
    return decode(data, "", [])


def _looks_utf_16(data: bytes) -> bool:
    """Whether ``data``, with no byte-order mark, is UTF-16: a 0 byte in most places of
    one parity (text in Latin letters), where UTF-8 text has none at all."""
    if b"\x00" not in data[:200]:
        return False
    head = data[:200]
    return max(head[0::2].count(0), head[1::2].count(0)) * 4 >= len(head)


_CONFLICT_START, _CONFLICT_MIDDLE, _CONFLICT_END = (
    re.compile(rf"{mark}{{7}}(?: .*)?\Z") for mark in ("<", "=", ">")
)
"""The lines git's merge marks a conflict with, at the start of a line: seven '<' (and the
branch), seven '=', seven '>' (and the other branch)."""


def merge_conflicts(text: str, lines: re.Pattern[str] = LINE_BREAK) -> list[tuple[int, int]]:
    """The first and last line of each conflict git's merge left in ``text``: a line of
    '<<<<<<<' and its branch, the one version, a line of '=======', the other, and a line
    of '>>>>>>>' and the other branch. Such a file may even be valid YAML (the markers
    inside a quoted text), and would show them to readers."""
    found: list[tuple[int, int]] = []
    if "<<<<<<<" not in text:  # nearly every file: not looked at line by line
        return found
    start: int | None = None
    middle = False
    for number, line in enumerate(lines.split(text), start=1):
        if _CONFLICT_START.match(line):
            start, middle = number, False
        elif start is not None and _CONFLICT_MIDDLE.match(line.rstrip()):
            middle = True
        elif start is not None and middle and _CONFLICT_END.match(line):
            found.append((start, number))
            start = None
    return found


def conflict_problems(path: str, text: str, lines: re.Pattern[str] = LINE_BREAK) -> list[Problem]:
    """A problem at the first line of each conflict git's merge left in ``text``, the
    file at ``path`` (a content file, or a theme's template), saying how to mend it;
    ``lines`` are counted as ``lines`` ends them (YAML's line breaks by default)."""
    found = merge_conflicts(text, lines)
    return [Problem(Position(path, first), _conflict_message(first, last)) for first, last in found]


def _conflict_message(first: int, last: int) -> str:
    return (
        f"this file still has a merge conflict from git: lines {first}-{last}; keep the version "
        "you want (between '<<<<<<<' and '=======', or between '=======' and '>>>>>>>'), "
        "and delete the other and the three marker lines"
    )
