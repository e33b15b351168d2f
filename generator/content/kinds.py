"""The kinds of content file (site.yaml, story.yaml, and a story's events/, figures/ and
locations/), and which names in those folders are content files: the one rule asked by
loading and by all that looks for them without loading."""

from __future__ import annotations

import os
from enum import Enum

from generator.content import files
from generator.content.listing import is_folder


class Kind(Enum):
    """The kinds of content file; the value is the folder (or file) name."""

    SITE = "site.yaml"
    STORY = "story.yaml"
    EVENT = "events"
    FIGURE = "figures"
    LOCATION = "locations"

    @property
    def singular(self) -> str:
        """One file of the kind, as an id's kind and messages name it: 'event' for a file
        in events/, 'story' for story.yaml (the folder's name is no word to cut an 's' off)."""
        return _SINGULAR[self]


_SINGULAR = {
    Kind.SITE: "site",
    Kind.STORY: "story",
    Kind.EVENT: "event",
    Kind.FIGURE: "figure",
    Kind.LOCATION: "location",
}


COLLECTIONS = (Kind.EVENT, Kind.FIGURE, Kind.LOCATION)

MEDIA_FOLDER = "media"
"""A story's folder of pictures and other files its texts show or link to, published
under the same name beside its pages."""

STORY_FOLDERS = {k.value for k in COLLECTIONS} | {MEDIA_FOLDER}
"""The folders a story may hold."""


def published_media(story_id: str, rel: str) -> str:
    """Where the built site has the file ``rel`` of a story's media folder: under the
    same name beside the story's pages ('harbour-strike/media/map.png')."""
    return f"{story_id}/{MEDIA_FOLDER}/{rel}"


def collection_file_id(name: str) -> str | None:
    """The id the file ``name`` in a story's events/, figures/ or locations/ is loaded
    as, or None when loading does not read it as a content file: the one rule of which
    names those are, asked by loading and by all that looks for them without loading
    (``import --force``, and ``check --since`` and the history of what was published,
    in earlier commits). A name is one when it ends exactly in '.yaml' and is not passed
    over (``files.is_ignored``: '.x.yaml', '_notes.yaml', '~lock.yaml', 'x.yaml~');
    'x.yml' and 'x.YAML' are not (loading reports them: ``misnamed``). Whether the id
    is valid is not asked: loading refuses 'Bad id.yaml' with an error."""
    if files.is_ignored(name) or not name.endswith(".yaml"):
        return None
    return name.removesuffix(".yaml")


def collection_files(story: str, kind: Kind, *, regular_only: bool = False) -> list[str]:
    """The names of the content files (``collection_file_id``) in the folder ``kind``
    (events/, figures/ or locations/) of the story folder ``story``, sorted; none when it
    has no such folder, or it cannot be listed. Never a folder, or a link to one, even
    named 'x.yaml' (loading refuses it); a link to a file is listed, as loading reads
    it (one leading out of the story is refused there, with an error). With
    ``regular_only``, only regular files that are no link: what ``import --force`` puts
    aside and replaces (a link there is left as it is, and an event file of its name
    refused: ``importers.write``)."""
    try:
        with os.scandir(os.path.join(story, kind.value)) as it:
            entries = list(it)
    except OSError:
        return []
    return sorted(
        e.name
        for e in entries
        if collection_file_id(e.name) is not None
        and (e.is_file(follow_symlinks=False) if regular_only else not is_folder(e))
    )
