"""Find the content files and parse each into position-keeping nodes: the load stage.

Layout (the content contract):
    content/site.yaml
    content/<story>/story.yaml, events/*.yaml, figures/*.yaml, locations/*.yaml, media/**
Anything else that is a folder inside a story is an error (a misspelt ``event/`` would
otherwise drop content silently), and so is a content file named ``.yml``; one whose name
does not end exactly in ``.yaml`` otherwise (``e.YAML``, ``e.yaml.txt``: ``meant_name``),
a ``site.yaml`` in a story folder, an event, figure or place file saved beside a
story's story.yaml (told by its keys), and a story.yaml or such a file saved beside
site.yaml, are warnings (files that built before keep building); other stray files
are ignored; hidden names are skipped (``files.is_ignored``, before any other rule),
and of those, what a merge or a patch leaves of a story's content file ('e1.yaml.orig',
'e1.yaml.rej') is a warning. A story folder without its story.yaml
is an error, unless it has nothing in it to lose (a story being started): that one is
left out, with a warning.

This module walks the folders and says what each entry is; the rules it asks are
modules of their own: ``kinds.py`` (the kinds of content file), ``contentfile.py``
(reading one), ``listing.py`` (listing a folder safely), ``filenames.py`` (a content
file's name), ``medianames.py`` (a media file's name) and ``strays.py`` (a content file
saved where none is read).
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field

from generator.content import files
from generator.content.contentfile import ContentFile, Reader, read_file
from generator.content.filenames import (
    check_id,
    copied_from,
    copy_of,
    copy_of_site,
    misnamed,
    misspells,
    story_id_ok,
    windows_device,
    written_in_markdown,
)
from generator.content.files import new_command, new_site_command
from generator.content.kinds import COLLECTIONS, MEDIA_FOLDER, STORY_FOLDERS, Kind, collection_file_id
from generator.content.listing import inside, is_folder, scan, unlisted, usable
from generator.content.medianames import media_name_ok, not_on_windows
from generator.content.strays import out_of_its_folder, out_of_the_stories
from generator.errors import C1_CONTROL, Position, Problem, Severity, did_you_mean

MAX_FILES = 100_000


@dataclass
class RawStory:
    """A story folder's files, parsed but not yet validated."""

    id: str
    path: str
    story: ContentFile | None = None
    files: dict[Kind, dict[str, ContentFile]] = field(default_factory=lambda: {k: {} for k in COLLECTIONS})
    media: set[str] = field(default_factory=set)
    """Paths of files under media/, relative to it, with forward slashes."""
    one_file: dict[str, str] = field(default_factory=dict)
    """Media files left out of ``media`` as one file with another on some systems (names
    differing only in case, or in how their letters are composed): each path, to the
    other's, so a field naming one is told why it is not found (the pair's own error is
    at the file)."""
    refused: set[str] = field(default_factory=set)
    """Media files left out of ``media`` as refused, each with its error at the file (a
    link out of the story's folder, anything but a regular file, a name check refuses):
    a field naming one is told so, not that there is no such file."""
    notices: list[Problem] = field(default_factory=list)
    """Warnings found while loading (``explainer check`` prints them with the others)."""


@dataclass
class RawContent:
    """The whole content folder, parsed but not yet validated."""

    site: ContentFile | None
    stories: list[RawStory]
    notices: list[Problem] = field(default_factory=list)
    """Warnings about the content folder itself: a story folder left out while it has
    nothing in it yet, a copy of site.yaml or what a merge or patch left of it, not read."""


class _Counter:
    """Counts files so a runaway folder (or a symlink loop) stops with an error, which
    names the content folder it carries."""

    def __init__(self, content: str, problems: list[Problem]) -> None:
        self.n = 0
        self.content = content
        self.problems = problems

    def add(self) -> bool:
        """Count one more file; whether it is within ``MAX_FILES`` (the first one over
        is said as a problem, once)."""
        self.n += 1
        if self.n == MAX_FILES + 1:
            self.problems.append(
                Problem(Position(self.content), f"more than {MAX_FILES} files in the content folder")
            )
        return self.n <= MAX_FILES


def _load_collection(
    story: RawStory, kind: Kind, path: str, count: _Counter, problems: list[Problem], read: Reader
) -> None:
    """Read each content file of the folder ``path``, the story's events/, figures/ or
    locations/ (``kind``), into ``story.files`` by id (an event's file ``e1.yaml`` as
    ``e1``), with ``read`` (``contentfile.read_file``, or the speed-ups' kept copy); a
    folder in it, or a file no content file is named as, told."""
    for entry in scan(path, problems, story.notices) or []:
        file_path = os.path.join(path, entry.name)
        if is_folder(entry):
            problems.append(
                Problem(
                    Position(file_path),
                    f"folders are not allowed inside {kind.value}/; move the files up one level",
                )
            )
            continue
        file_id = collection_file_id(entry.name)
        if file_id is None:
            if (said := written_in_markdown(entry.name, kind)) is not None:
                story.notices.append(Problem(Position(file_path), said, Severity.WARNING))
            misnamed(entry.name, file_path, problems, story.notices, kind.singular)
            continue
        if not count.add():
            return
        if not usable(entry, story.path, problems):
            continue
        if check_id(file_id, file_path, kind.singular, problems):
            windows_device(file_id, file_path, kind.singular, story.notices)
            story.files[kind][file_id] = read(file_path, file_id, problems)


def _load_media(story: RawStory, path: str, count: _Counter, problems: list[Problem]) -> None:
    """List the story's media files (the folder ``path``), not read yet: each name that
    may be published into ``story.media``, one refused into ``story.refused``; a name
    that looks garbled or that Windows cannot hold is a warning, two names that are one
    file on another system an error."""
    by_lower: dict[str, str] = {}

    def unreadable(folder: str, exc: OSError) -> None:
        problems.append(Problem(Position(folder), unlisted(exc)))

    for rel, entry in files.walk_files(path, unreadable=unreadable):
        if not count.add():
            return
        if not usable(entry, story.path, problems) or not media_name_ok(entry.path, rel, problems):
            story.refused.add(rel)
            continue
        if C1_CONTROL().search(rel):  # a warning: such a file was published before, and still is
            where = Position(entry.path.encode("unicode_escape").decode("ascii"))
            garbled = "this media file name looks garbled (a name decoded wrongly, as in unzipping)"
            garbled += "; rename it"
            story.notices.append(Problem(where, garbled, Severity.WARNING))
        elif (unheld := not_on_windows(rel)) is not None:
            story.notices.append(Problem(Position(entry.path), unheld, Severity.WARNING))
        composed = unicodedata.normalize("NFC", rel)
        other = by_lower.setdefault(composed.lower(), rel)
        if other != rel:
            composition = "(an 'é' as one character or as an 'e' and its accent)"
            if unicodedata.normalize("NFC", other) == composed:
                how = (
                    f"are the same letters, composed differently {composition}, so they are one file on macOS"
                )
            elif other.lower() == rel.lower():
                how = "differ only in upper and lower case, so they are one file on Windows and macOS"
            else:
                how = f"differ in upper and lower case and in how their letters are composed {composition}, "
                how += "so they are one file on macOS"
            problems.append(
                Problem(Position(entry.path), f"'media/{rel}' and 'media/{other}' {how}; rename one")
            )
            story.one_file[rel] = other
            continue
        story.media.add(rel)


def _load_story(story_id: str, path: str, count: _Counter, problems: list[Problem], read: Reader) -> RawStory:
    """The story folder ``path``: its story.yaml, its events', figures' and places' files
    and its media's names; each other entry said for what it is (``kinds.py``,
    ``strays.py``)."""
    story = RawStory(story_id, path)
    misspelt: list[str] = []
    listed = scan(path, problems, story.notices)
    if listed is None:  # said already: that it lacks a story.yaml would be one thing more to mend
        return story
    for entry in listed:
        entry_path = os.path.join(path, entry.name)
        if is_folder(entry):
            if not inside(entry_path, path, problems, "its story folder"):
                continue
            if entry.name == MEDIA_FOLDER:
                _load_media(story, entry_path, count, problems)
            elif entry.name in STORY_FOLDERS:
                _load_collection(story, Kind(entry.name), entry_path, count, problems, read)
            else:
                hint = did_you_mean(entry.name, STORY_FOLDERS)
                problems.append(
                    Problem(
                        Position(entry_path),
                        f"unknown folder '{entry.name}' in a story{hint} "
                        "(a story holds events/, figures/, locations/ and media/)",
                    )
                )
        elif entry.name == Kind.STORY.value and count.add():
            if usable(entry, path, problems):
                story.story = read(entry_path, story_id, problems)
            else:
                story.story = ContentFile(story_id, entry_path, None)
        elif misspells(entry.name, Kind.STORY.value):
            misspelt.append(entry.name)
        elif entry.name == Kind.SITE.value:
            # A copy of the site's settings (or one moved down by mistake): edits to it
            # would change nothing. An error where the content folder has none (below).
            message = (
                "not read: the site's settings are read from the content folder's site.yaml "
                "only; move what you changed into that one and delete this copy"
            )
            story.notices.append(Problem(Position(entry_path), message, Severity.WARNING))
        elif entry.name.endswith(".yml"):
            misnamed(entry.name, entry_path, problems)
        elif (
            entry.name.endswith(".yaml")
            and (copied := copied_from(entry.name[:-5])) is not None
            and f"{copied[0]}.yaml" == Kind.STORY.value
            and (copy := copy_of(entry.name[:-5], entry_path)) is not None
        ):
            # 'story (1).yaml': edits made in it would change nothing. A warning: such a
            # folder built, and keeps building. A copy of any other file here is of none
            # that is read ('notes (1).yaml'): told to be renamed, it would still not be.
            story.notices.append(Problem(Position(entry_path), f"not read: {copy}", Severity.WARNING))
        elif entry.name.endswith(".yaml") and (said := out_of_its_folder(entry, path)) is not None:
            story.notices.append(Problem(Position(entry_path), said, Severity.WARNING))
    _missing_or_beside(story.story, path, Kind.STORY.value, misspelt, problems)
    return story


NO_SITE = "missing site.yaml: every content folder needs one, with at least 'title:'"


def _missing_or_beside(
    found: ContentFile | None, folder: str, name: str, misspelt: list[str], problems: list[Problem]
) -> None:
    """Report a missing 'story.yaml' or 'site.yaml' (``name``) in ``folder``, naming the
    file there that was meant to be it ('Story.yaml', 'story.yml'); or, when it is there,
    each such file beside it."""
    if found is None:
        missing = "missing story.yaml in story folder" if name == Kind.STORY.value else NO_SITE
        if misspelt:
            fix = f"; found '{misspelt[0]}': rename it to '{name}'"
        elif name == Kind.STORY.value:  # a folder made by hand, or copied without it
            content, story_id = os.path.split(os.path.normpath(folder))
            fix = "; write one with: " + new_command(content or ".", "story", story_id, '--title "..."')
        else:
            fix = ""
        # At the misspelt file, where there is one: an editor, or a pull request's
        # annotation, opens the file named, and the missing one is not there to open.
        at = os.path.join(folder, misspelt[0] if misspelt else name)
        problems.append(Problem(Position(at), missing + fix))
        return
    for other in misspelt:
        problems.append(
            Problem(
                Position(os.path.join(folder, other)),
                f"'{name}' exists beside it: merge the two files and delete this one",
            )
        )


def _holds_story_yaml(folder: str) -> bool:
    """Whether ``folder`` has a story.yaml, or a file meant to be one ('Story.yaml')."""
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    return any(n == Kind.STORY.value or misspells(n, Kind.STORY.value) for n in names)


def load_content(content: str, problems: list[Problem], read: Reader = read_file) -> RawContent:
    """Find and parse every content file under ``content`` (an existing folder)."""
    if (wrong := _not_the_content_folder(content)) is not None:
        problems.append(Problem(Position(content), wrong))
        return RawContent(None, [])
    count = _Counter(content, problems)
    site: ContentFile | None = None
    stories: list[RawStory] = []
    notices: list[Problem] = []
    misspelt: list[str] = []
    strays: list[os.DirEntry[str]] = []
    listed = scan(content, problems, notices)
    if listed is None:
        return RawContent(None, [])
    for entry in listed:
        entry_path = os.path.join(content, entry.name)
        if is_folder(entry):
            story = _story_folder(entry.name, entry_path, content, count, problems, notices, read)
            if story is not None:
                stories.append(story)
        elif entry.name == Kind.SITE.value and count.add():
            site = _site_file(entry, entry_path, content, problems, read)
        elif misspells(entry.name, Kind.SITE.value):
            misspelt.append(entry.name)
        elif entry.name.endswith(".yml"):
            misnamed(entry.name, entry_path, problems)
        elif copy_of_site(entry.name) and (copy := copy_of(entry.name[:-5], entry_path)) is not None:
            # 'site (1).yaml': edits made in it would change nothing. A warning, as in a
            # story folder: such a folder built, and keeps building.
            notices.append(Problem(Position(entry_path), f"not read: {copy}", Severity.WARNING))
        elif entry.name.endswith(".yaml"):
            strays.append(entry)
    _warn_of_strays(strays, content, stories, notices)
    _site_missing_or_beside(site, content, misspelt, stories, problems)
    return RawContent(site, stories, notices=notices)


def _not_the_content_folder(content: str) -> str | None:
    """What to say when ``content`` is a project's folder or a story folder rather than
    a content folder; None when it may be one."""
    inner = os.path.normpath(os.path.join(content, "content"))
    site_here, site_inside = (os.path.join(folder, Kind.SITE.value) for folder in (content, inner))
    if not os.path.lexists(site_here) and os.path.isfile(site_inside):
        # The project's folder given for its content folder: one line that says so,
        # rather than its own folders reported as stories.
        return f"this is a project's folder; its content folder is '{inner}' (--content {inner})"
    if not os.path.lexists(site_here) and _holds_story_yaml(content):
        # A story folder given for the content folder: one line, rather than its own
        # folders reported as stories without a story.yaml.
        parent = os.path.normpath(os.path.join(content, os.pardir))
        return (
            "this is a story folder (it has story.yaml); give the content folder that holds "
            f"it: --content {parent}"
        )
    return None


def _story_folder(
    name: str,
    entry_path: str,
    content: str,
    count: _Counter,
    problems: list[Problem],
    notices: list[Problem],
    read: Reader,
) -> RawStory | None:
    """The story of the folder ``name`` in the content folder; None when it is not read
    (a name that is no id, a link out of the content, nothing in it yet)."""
    if not (story_id_ok(name, entry_path, problems) and inside(entry_path, content, problems)):
        return None
    windows_device(name, entry_path, "story", notices)
    if _holds_nothing(entry_path):
        # A story being started ('mkdir' while the preview runs): nothing in it can
        # be lost, and the other stories keep building.
        said = _not_started(content, name)
        notices.append(Problem(Position(entry_path), said, Severity.WARNING))
        return None
    return _load_story(name, entry_path, count, problems, read)


def _site_file(
    entry: os.DirEntry[str], entry_path: str, content: str, problems: list[Problem], read: Reader
) -> ContentFile:
    """site.yaml, read when it may be (``usable``), else as a file with nothing read."""
    if usable(entry, content, problems):
        return read(entry_path, "site", problems)
    return ContentFile("site", entry_path, None)


def _warn_of_strays(
    strays: list[os.DirEntry[str]], content: str, stories: list[RawStory], notices: list[Problem]
) -> None:
    """Warn of each other .yaml file in the content folder that is read only in a story's folder."""
    for entry in strays:
        if (unread := out_of_the_stories(entry, content, [s.id for s in stories])) is not None:
            notices.append(Problem(Position(entry.path), unread, Severity.WARNING))


def _site_missing_or_beside(
    site: ContentFile | None,
    content: str,
    misspelt: list[str],
    stories: list[RawStory],
    problems: list[Problem],
) -> None:
    """Report a missing site.yaml with what to do about it, or a misspelt one beside it."""
    moved = [s.id for s in stories if os.path.lexists(os.path.join(s.path, Kind.SITE.value))]
    if site is None and not misspelt and moved:
        # Moved into a story folder by mistake: that one is named, to be moved back.
        message = f"{NO_SITE}; found '{moved[0]}/site.yaml': move it up into the content folder"
        problems.append(Problem(Position(os.path.join(content, Kind.SITE.value)), message))
    elif site is None and not misspelt:
        # A first import, or a content folder made by hand: the command that writes one.
        message = f"{NO_SITE}; write one with: {new_site_command(content, 'Site title')}"
        problems.append(Problem(Position(os.path.join(content, Kind.SITE.value)), message))
    else:
        _missing_or_beside(site, content, Kind.SITE.value, misspelt, problems)


def _holds_nothing(folder: str) -> bool:
    """Whether ``folder``, and any folder in it, has no file that is read or published
    (only hidden or private ones, or none at all). A link counts as a file: where it
    leads is the story's business (``inside``). Past a hundred folders, it is taken to
    hold something: a story being started has a few, and the usual checks then look at
    the rest (content is untrusted: a tree of empty folders may be deep or wide)."""
    waiting = [folder]
    for _ in range(100):
        if not waiting:
            return True
        entries = scan(waiting.pop(), [])  # one that cannot be listed is said where it is read
        if entries is None:
            return False
        if not all(e.is_dir(follow_symlinks=False) for e in entries):
            return False
        waiting.extend(e.path for e in entries)
    return not waiting


def _not_started(content: str, story_id: str) -> str:
    """The warning for the story folder ``story_id`` that has nothing in it yet."""
    command = new_command(content, "story", story_id, '--title "..."')
    return (
        "this story folder has nothing to read yet (no story.yaml): it is left out until it has "
        f"one; write it with: {command}"
    )
