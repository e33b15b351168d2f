"""Content files saved where none is read, told by their keys: an event, a figure or a
place beside a story's story.yaml, or a story.yaml or any of those beside site.yaml.
Without a word, the story or the event would simply be missing from the site; said, it
is a warning (such a folder built, and keeps building)."""

from __future__ import annotations

import os

from generator.content import schema
from generator.content.contentfile import read_file
from generator.content.kinds import Kind
from generator.content.listing import usable


def out_of_its_folder(entry: os.DirEntry[str], story_path: str) -> str | None:
    """What to say of ``entry``, a '.yaml' file beside a story's story.yaml that has the keys
    of an event, a figure or a place (saved one folder too high, or dragged out of
    events/): it is not read, so its content is silently missing from the story. A
    warning, not an error: such a story built, and keeps building. None for any other
    file (notes of the editor's own, which stay ignored) and for one that cannot be read
    as 'key: value' lines, or may not be read at all (a link out of the story: ``usable``)."""
    written = _written_as(entry, story_path)
    if written is None:
        return None
    kind, what = written
    there = os.path.join(story_path, kind.value, entry.name)
    if os.path.lexists(there):
        return (
            f"not read: this is {what}, and a story reads them from {kind.value}/ only; "
            f"{kind.value}/{entry.name} is there already: merge what this copy changed into it "
            f"and delete this one{KEEP_UNREAD}"
        )
    where = f"not read: this is {what}, and a story reads them from {kind.value}/ only"
    return f"{where}; move it there{KEEP_UNREAD}"


def _written_as(entry: os.DirEntry[str], root: str) -> tuple[Kind, str] | None:
    """The kind of a story's own file (an event, a figure or a place) that ``entry``, a
    '.yaml' file where none of them is read, is by its keys, and how to name it ('an
    event'); None for any other file, for one that cannot be read as 'key: value' lines,
    and for one that may not be read at all (a link out of ``root``: ``usable``)."""
    if not usable(entry, root, []):
        return None
    found = read_file(entry.path, "", []).root
    record = schema.written_as(set(found.items)) if found is not None else None
    if record is None:
        return None
    if record is schema.EVENT:
        return Kind.EVENT, "an event"
    return (Kind.FIGURE, "a figure") if record is schema.FIGURE else (Kind.LOCATION, "a place")


def out_of_the_stories(entry: os.DirEntry[str], content: str, story_ids: list[str]) -> str | None:
    """What to say of ``entry``, a '.yaml' file beside the content folder's site.yaml that
    is a story's story.yaml, or has the keys of an event, a figure or a place: only
    site.yaml is read there, so without a word the story or the event was simply missing
    from the site. With one story, the folder to move it into is named. A warning, as
    beside a story.yaml: such a folder built, and keeps building. None for any other file
    (notes of the editor's own, which stay ignored)."""
    only = story_ids[0] if len(story_ids) == 1 else None
    if entry.name == Kind.STORY.value:
        if not usable(entry, content, []):
            return None
        return (
            "not read: a story's story.yaml is read from the story's own folder only "
            "(<story-id>/story.yaml, beside its events/); move it into the folder of its story"
            f"{KEEP_UNREAD}"
        )
    written = _written_as(entry, content)
    if written is None:
        return None
    kind, what = written
    folder = f"{only}/{kind.value}/" if only is not None else f"the {kind.value}/ folder of its story"
    return (
        f"not read: this is {what}, and only a story reads them, from its {kind.value}/ folder; "
        f"move it into {folder}{KEEP_UNREAD}"
    )


KEEP_UNREAD = " (or, to keep it here unread, as a model to copy, start its name with '_')"
"""A file of an event's keys may be kept beside story.yaml on purpose: names starting
with '_' are passed over without a word (``files.is_ignored``)."""
