"""Listing the content's folders as loading reads them: their entries sorted, hidden
ones passed over (a merge's leftovers warned of), a folder that cannot be listed said so;
a folder told from a file (a loop of links is a file); and only what is really inside
its folder read (no link out of it, or to a private name, and no FIFO or device)."""

from __future__ import annotations

import os

from generator.content import files
from generator.content.filenames import leftover
from generator.errors import Position, Problem, Severity


def scan(
    path: str, problems: list[Problem], notices: list[Problem] | None = None
) -> list[os.DirEntry[str]] | None:
    """The entries of the folder ``path`` that are read, sorted; with ``notices``, a
    warning for each leftover of a merge or patch of a content file found there. A folder
    that cannot be listed is a problem, and None (none of its files is read)."""
    try:
        with os.scandir(path) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        problems.append(Problem(Position(path), unlisted(exc)))
        return None
    if notices is not None:
        for entry in entries:
            if (message := leftover(entry.name)) is not None:
                notices.append(Problem(Position(os.path.join(path, entry.name)), message, Severity.WARNING))
    return [e for e in entries if not files.is_ignored(e.name)]


def unlisted(exc: OSError) -> str:
    """What to say of a folder of the content that cannot be listed: what the system
    said, and what to do (most often, a folder copied from another computer or user
    whose permissions keep others out)."""
    return f"this folder cannot be read ({exc.strerror or exc}); {files.LET_READ}"


def is_folder(entry: os.DirEntry[str]) -> bool:
    """Whether ``entry`` is a folder, or a link to one. A loop of links ('a.yaml' a link
    to 'b.yaml', a link to 'a.yaml') is none: ``is_dir`` raised for it, and the whole
    run stopped on one line naming no place; as a file, it is said not to be readable,
    at its place, with the rest of what is wrong."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def usable(entry: os.DirEntry[str], root: str, problems: list[Problem]) -> bool:
    """Whether the file of ``entry`` may be read: a regular file whose real place is
    inside ``root`` (the content folder, or the story's own folder for a story's files),
    reached through no private name. A committed link to ``.git/config``, to
    ``_notes/secret.gif`` or to a draft story's file, or a FIFO, is reported, never read."""
    why = files.entry_problem(entry, root, files.is_ignored)
    if why is not None:
        problems.append(Problem(Position(entry.path), f"this file {why}"))
    return why is None


def inside(folder: str, root: str, problems: list[Problem], where: str = "the content folder") -> bool:
    """Whether a folder found in the content is really inside ``root`` (``where``: not a
    link out of it, or to a private folder)."""
    why = files.link_problem(folder, root, files.is_ignored)
    if why is None:
        return True
    message = (
        f"this folder is a link to a folder outside {where}; move it in"
        if why == files.LEADS_OUT
        else "this folder is a link to a folder kept private (a name starting with '_' or '.'); move it in"
    )
    problems.append(Problem(Position(folder), message))
    return False
