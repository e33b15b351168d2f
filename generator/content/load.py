"""Find the content files and parse each into position-keeping nodes.

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
"""

from __future__ import annotations

import os
import re
import shlex
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from generator.content import files, schema
from generator.content.filetext import conflict_problems, decode
from generator.content.ids import ID_PATTERN, RESERVED_STORY_IDS, invalid_id, suggest_id
from generator.content.yamlerrors import first_missing_space
from generator.content.yamlnodes import Mapping, parse_yaml
from generator.errors import C1_CONTROL, Position, Problem, Severity, did_you_mean, has_control

MAX_FILE_BYTES = 1_000_000
MAX_FILES = 100_000


class Kind(Enum):
    """The kinds of content file; the value is the folder (or file) name."""

    SITE = "site.yaml"
    STORY = "story.yaml"
    EVENT = "events"
    FIGURE = "figures"
    LOCATION = "locations"


COLLECTIONS = (Kind.EVENT, Kind.FIGURE, Kind.LOCATION)
STORY_FOLDERS = {k.value for k in COLLECTIONS} | {"media"}


def collection_file_id(name: str) -> str | None:
    """The id the file ``name`` in a story's events/, figures/ or locations/ is loaded
    as, or None when loading does not read it as a content file: the one rule of which
    names those are, asked by loading and by all that looks for them without loading
    (``import --force``, and ``check --since`` and the history of what was published,
    in earlier commits). A name is one when it ends exactly in '.yaml' and is not passed
    over (``files.is_ignored``: '.x.yaml', '_notes.yaml', '~lock.yaml', 'x.yaml~');
    'x.yml' and 'x.YAML' are not (loading reports them: ``_misnamed``). Whether the id
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
        and (e.is_file(follow_symlinks=False) if regular_only else not _is_folder(e))
    )


@dataclass(frozen=True)
class ContentFile:
    """One parsed content file."""

    id: str
    path: str
    """As the user would type it: the content folder joined with the relative path."""
    root: Mapping | None
    """The top-level mapping, or None if the file could not be read as one."""


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
    notices: list[Problem] = field(default_factory=list)
    """Warnings found while loading (``explainer check`` prints them with the others)."""
    checked: dict[Kind, dict[str, dict[str, Any] | None]] = field(default_factory=dict)
    """Each of its files' values as ``validate`` checked them, by kind and id (story.yaml's
    under the story's id; None for a file that is no mapping): where
    ``lint.known_warnings`` looks when the content has errors."""


@dataclass
class RawContent:
    """The whole content folder, parsed but not yet validated."""

    site: ContentFile | None
    stories: list[RawStory]
    site_values: dict[str, Any] | None = None
    """site.yaml's values as ``validate`` checked them (None until then, or if it is no
    mapping)."""
    notices: list[Problem] = field(default_factory=list)
    """Warnings about the content folder itself: a story folder left out while it has
    nothing in it yet, a copy of site.yaml or what a merge or patch left of it, not read."""


def new_command(content: str, *words: str) -> str:
    """The ``explainer new`` command of ``words`` (written for the shell already) for the
    content folder ``content``, named only when it is not the default ``content``
    (quoted for the shell where it must be)."""
    folder = "" if os.path.normpath(content) == "content" else f" --content {shlex.quote(content)}"
    return f"explainer new {' '.join(words)}{folder}"


def new_site_command(content: str, title: str) -> str:
    """The command that starts a site in the folder ``content``."""
    return new_command(content, "site", f'--title "{title}"')


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
    if not isinstance(node, Mapping):
        what = "a list" if not hasattr(node, "value") else "a single value"
        tight = first_missing_space(text) if what == "a single value" else None
        if tight is not None:  # 'title:Biden' is one text to YAML, not a key and its value
            line, col, advice = tight
            problems.append(Problem(Position(path, line, col), f"expected 'key: value' lines: {advice}"))
        else:
            problems.append(Problem(node.pos, f"expected 'key: value' lines, got {what}"))
        return ContentFile(file_id, path, None)
    return ContentFile(file_id, path, node)


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


CASE_ONLY = (
    "; rename it with 'git mv' (on a Mac or on Windows, git does not see a change of "
    "upper and lower case alone, and the old name would stay in the repository)"
)
"""What a file or folder to be renamed in case only is told (``git mv`` records it)."""


_COPIES = (
    (
        re.compile(r"(.+?) \([^()]*conflicted copy[^()]*\)"),
        "as Dropbox names the copy it keeps when two computers change a file at once",
    ),
    (re.compile(r"(.+?) \(\d+\)"), "as a browser or Google Drive names a file downloaded again"),
    (re.compile(r"(.+?) - [Cc]opy(?: \(\d+\))?"), "as Windows names a copy"),
    (re.compile(r"(.+?) copy(?: \d+)?"), "as macOS names a duplicate"),
    (re.compile(r"Copy of (.+)"), "as Google Drive names a copy made with 'Make a copy'"),
)
"""The names other programs give a second copy of a file, with what made it: Dropbox's
'e1 (Ann's conflicted copy 2026-12-01)', a browser's or Google Drive's 'e1 (1)',
Windows' 'e1 - Copy', macOS's 'e1 copy 2', Google Drive's 'Copy of e1' (which was told
to take the id 'copy-of-e1', a second event of the same)."""


def _copied(name: str) -> tuple[str, str] | None:
    """For a name (without '.yaml') that another program gives a copy of a content file,
    the copied file's name (an id) and what made the copy; None for any other name."""
    for pattern, how in _COPIES:
        found = pattern.fullmatch(name)
        if found is not None and ID_PATTERN.fullmatch(original := found.group(1)):
            return original, how
    return None


def _copy_of(name: str, path: str) -> str | None:
    """What to say of a content file whose name (``name``, without '.yaml') is another
    program's name for a copy of a content file: merge it into that file, or give it
    that file's name; None for any other name."""
    if (copied := _copied(name)) is None:
        return None
    original, how = copied
    if os.path.lexists(os.path.join(os.path.dirname(path), f"{original}.yaml")):
        return (
            f"this is a copy of '{original}.yaml', named {how}: merge what it changed into "
            f"'{original}.yaml' and delete this copy"
        )
    return f"this is named {how}: rename it to '{original}.yaml'"


def _names_in(folder: str) -> list[str]:
    """The names in ``folder`` as listed (none if it cannot be read)."""
    try:
        return os.listdir(folder or ".")
    except OSError:
        return []


def _check_id(name: str, path: str, what: str, problems: list[Problem]) -> bool:
    if (invalid := invalid_id(name, what)) is None:
        return True
    if what != "story" and (copy := _copy_of(name, path)) is not None:
        problems.append(Problem(Position(path), copy))
        return False
    suggested = suggest_id(name)
    beside = suggested if what == "story" else f"{suggested}.yaml"
    if suggested != name and beside in _names_in(os.path.dirname(path)):
        # '2026-04-Inquiry-opens.yaml' beside '2026-04-inquiry-opens.yaml' (a second copy
        # saved in other capitals): to rename it to the id given would overwrite the other.
        # Looked for as listed: where capitals do not count (macOS, Windows), the file
        # itself exists by that name too.
        kind = "folders" if what == "story" else "files"
        invalid += f"; '{beside}' exists beside it: merge the two {kind} and delete this one"
    elif suggested == name.lower():  # '2010-04-07-Strike': its case alone to change
        invalid += CASE_ONLY
    problems.append(Problem(Position(path), invalid))
    return False


def _story_id_ok(name: str, path: str, problems: list[Problem]) -> bool:
    if not _check_id(name, path, "story", problems):
        return False
    if name in RESERVED_STORY_IDS:
        problems.append(
            Problem(
                Position(path),
                f"'{name}' cannot be a story id: the build uses that name for its own files at the "
                f"site's root; rename the folder, e.g. '{name}-story'",
            )
        )
        return False
    return True


def meant_name(name: str) -> str | None:
    """The name ending in '.yaml' that a content file was meant to have, or None when
    ``name`` is right or not a content file's name at all: 'e.yml', 'e.YAML', 'e.Yml',
    'e.yaml.txt' (Windows Notepad adds '.txt') and 'e.yaml ' (a space typed at the end)
    all mean 'e.yaml'. Such a file would otherwise be passed over without a word. A name
    that is no id is given as the id it means ('E1.YAML' -> 'e1.yaml'), so that the
    rename it is told does not lead to another error."""
    text = name.strip()
    if text[-4:].lower() == ".txt":
        text = text[:-4]
    for ext in (".yaml", ".yml"):
        if len(text) > len(ext) and text[-len(ext) :].lower() == ext:
            stem = text[: -len(ext)]
            meant = (stem if ID_PATTERN.fullmatch(stem) else suggest_id(stem)) + ".yaml"
            return None if meant == name else meant
    return None


def _beside(path: str, meant: str) -> bool:
    """Whether a file named ``meant`` is in the folder of ``path``, other than ``path``
    itself (which it is where names differing in case are one file: macOS, Windows)."""
    other = os.path.join(os.path.dirname(path), meant)
    try:
        return os.path.lexists(other) and not os.path.samefile(path, other)
    except OSError:
        return True


def _misnamed(name: str, path: str, problems: list[Problem], notices: list[Problem] | None = None) -> None:
    """Report a content file whose name does not end exactly in '.yaml' (``meant_name``):
    an error for '.yml', as it always was; with ``notices``, a warning for the other
    names, which were passed over without a word before (a project with such a file
    built, and keeps building: ``check --strict`` refuses it)."""
    if (meant := meant_name(name)) is None:
        return
    if _beside(path, meant):  # renaming would overwrite it
        message = f"'{meant}' exists beside it: merge the two files and delete this one"
    else:
        message = f"rename to '{meant}': content files end in .yaml"
    if notices is not None and not name.endswith(".yml"):
        notices.append(Problem(Position(path), f"not read: {message}", Severity.WARNING))
    else:
        problems.append(Problem(Position(path), message))


def _misspells(name: str, wanted: str) -> bool:
    """Whether ``name`` was meant to be ``wanted`` ('story.yaml'): 'Story.yaml',
    'story.yml', 'story.yaml.txt', 'STORY.YAML'."""
    return name != wanted and (meant_name(name) or name).lower() == wanted


def _scan(
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
            if (message := _leftover(entry.name)) is not None:
                notices.append(Problem(Position(os.path.join(path, entry.name)), message, Severity.WARNING))
    return [e for e in entries if not files.is_ignored(e.name)]


def unlisted(exc: OSError) -> str:
    """What to say of a folder of the content that cannot be listed: what the system
    said, and what to do (most often, a folder copied from another computer or user
    whose permissions keep others out)."""
    return f"this folder cannot be read ({exc.strerror or exc}); {files.LET_READ}"


def _leftover(name: str) -> str | None:
    """What to say of a content file's leftover from a merge or patch ('e1.yaml.orig',
    'e1.yaml.rej'), which is passed over (``files.is_backup``) and so, without a word,
    may hide a change that never made it into the file; None for any other name."""
    stem, dot, suffix = name.rpartition(".")
    if not dot or f".{suffix.lower()}" not in files.LEFTOVERS or not stem.endswith(".yaml"):
        return None
    if suffix.lower() == "orig":
        return (
            f"not read: a copy of '{stem}' as it was before a merge or a patch changed it; "
            f"make sure '{stem}' is as it should be, then delete this copy"
        )
    return (
        f"not read: the changes to '{stem}' that a patch could not make; make those still "
        f"wanted in '{stem}' by hand, then delete this file"
    )


def _is_folder(entry: os.DirEntry[str]) -> bool:
    """Whether ``entry`` is a folder, or a link to one. A loop of links ('a.yaml' a link
    to 'b.yaml', a link to 'a.yaml') is none: ``is_dir`` raised for it, and the whole
    run stopped on one line naming no place; as a file, it is said not to be readable,
    at its place, with the rest of what is wrong."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _usable(entry: os.DirEntry[str], root: str, problems: list[Problem]) -> bool:
    """Whether the file of ``entry`` may be read: a regular file whose real place is
    inside ``root`` (the content folder, or the story's own folder for a story's files),
    reached through no private name. A committed link to ``.git/config``, to
    ``_notes/secret.gif`` or to a draft story's file, or a FIFO, is reported, never read."""
    why = files.entry_problem(entry, root, files.is_ignored)
    if why is not None:
        problems.append(Problem(Position(entry.path), f"this file {why}"))
    return why is None


def _inside(folder: str, root: str, problems: list[Problem], where: str = "the content folder") -> bool:
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


class _Counter:
    """Counts files so a runaway folder (or a symlink loop) stops with an error, which
    names the content folder it carries."""

    def __init__(self, content: str, problems: list[Problem]) -> None:
        self.n = 0
        self.content = content
        self.problems = problems

    def add(self) -> bool:
        self.n += 1
        if self.n == MAX_FILES + 1:
            self.problems.append(
                Problem(Position(self.content), f"more than {MAX_FILES} files in the content folder")
            )
        return self.n <= MAX_FILES


def _load_collection(
    story: RawStory, kind: Kind, path: str, count: _Counter, problems: list[Problem], read: Reader
) -> None:
    for entry in _scan(path, problems, story.notices) or []:
        file_path = os.path.join(path, entry.name)
        if _is_folder(entry):
            problems.append(
                Problem(
                    Position(file_path),
                    f"folders are not allowed inside {kind.value}/; move the files up one level",
                )
            )
            continue
        file_id = collection_file_id(entry.name)
        if file_id is None:
            _misnamed(entry.name, file_path, problems, story.notices)
            continue
        if not count.add():
            return
        if not _usable(entry, story.path, problems):
            continue
        if _check_id(file_id, file_path, kind.value[:-1], problems):
            story.files[kind][file_id] = read(file_path, file_id, problems)


def _load_media(story: RawStory, path: str, count: _Counter, problems: list[Problem]) -> None:
    by_lower: dict[str, str] = {}

    def unreadable(folder: str, exc: OSError) -> None:
        problems.append(Problem(Position(folder), unlisted(exc)))

    for rel, entry in files.walk_files(path, unreadable=unreadable):
        if not count.add():
            return
        if not _usable(entry, story.path, problems) or not _media_name_ok(entry.path, rel, problems):
            continue
        if C1_CONTROL.search(rel):  # a warning: such a file was published before, and still is
            where = Position(entry.path.encode("unicode_escape").decode("ascii"))
            garbled = "this media file name looks garbled (a name decoded wrongly, as in unzipping)"
            garbled += "; rename it"
            story.notices.append(Problem(where, garbled, Severity.WARNING))
        elif (unheld := _not_on_windows(rel)) is not None:
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


_NOT_ON_WINDOWS = frozenset(':*?"<>|')
"""Characters Windows cannot hold in a file name (a ':' is what a '/' typed in a name in
macOS's Finder is on disk)."""

_WINDOWS_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))]
)
"""Names Windows keeps for its devices, whatever follows the first dot ('aux.png')."""


def _not_on_windows(rel: str) -> str | None:
    """What to say of a media file whose name (or a folder's on its path) Windows cannot
    hold, or None: made on a Mac or Linux, it builds, but a colleague's Windows computer
    cannot check the project out whole. A warning: such a file built, and keeps building."""
    for name in rel.split("/"):
        odd = sorted(_NOT_ON_WINDOWS & set(name))
        if odd:
            shown = " and ".join(f"'{c}'" for c in odd)
            return (
                f"this media file name has {shown}, which Windows cannot hold in a file name "
                "(a '/' typed in a name on a Mac is saved as ':'): the project cannot be checked out "
                "on a Windows computer; rename it"
            )
        if name.endswith((" ", ".")) or name.split(".", 1)[0].upper() in _WINDOWS_DEVICES:
            return (
                f"Windows cannot hold a file named '{name}' (one ending in a space or a dot, or a name "
                "it keeps for its devices, such as 'aux'): the project cannot be checked out on a "
                "Windows computer; rename it"
            )
    return None


MAX_MEDIA_NAME_BYTES = 200
"""The longest media file name (in UTF-8 bytes): a picture's renditions add to it
('.1600.avif'), and no common file system takes a name over 255 bytes."""

_REVERSING = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Characters that change the direction of the text after them: in a file name they make
it read as another name ('x\u202egnp.png' shows as 'xpng.png')."""


def media_name_problem(rel: str) -> str | None:
    """Why check refuses the media file ``rel`` (its path in ``media/``) by its name, or
    None. Media names end up in addresses and in other people's file systems: no control
    characters, backslashes or characters that reverse the text's direction, and not too
    long (spaces, '#' and '?' are fine: links encode them)."""
    name = rel.rsplit("/", 1)[-1]
    if has_control(rel) or "\\" in rel:
        return "this media file name has control characters or a backslash; rename it"
    if _REVERSING & set(rel):
        return (
            "this media file name has characters that reverse the direction of the text, "
            "so it reads as another name; rename it"
        )
    if len(name.encode("utf-8", "surrogateescape")) > MAX_MEDIA_NAME_BYTES:
        return (
            f"this media file name is too long; keep it under {MAX_MEDIA_NAME_BYTES} bytes "
            "(the pictures made from it add to it)"
        )
    return None


def _media_name_ok(path: str, rel: str, problems: list[Problem]) -> bool:
    if (message := media_name_problem(rel)) is None:
        return True
    problems.append(Problem(Position(path.encode("unicode_escape").decode("ascii")), message))
    return False


def _load_story(story_id: str, path: str, count: _Counter, problems: list[Problem], read: Reader) -> RawStory:
    story = RawStory(story_id, path)
    misspelt: list[str] = []
    listed = _scan(path, problems, story.notices)
    if listed is None:  # said already: that it lacks a story.yaml would be one thing more to mend
        return story
    for entry in listed:
        entry_path = os.path.join(path, entry.name)
        if _is_folder(entry):
            if not _inside(entry_path, path, problems, "its story folder"):
                continue
            if entry.name == "media":
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
        elif entry.name == "story.yaml" and count.add():
            if _usable(entry, path, problems):
                story.story = read(entry_path, story_id, problems)
            else:
                story.story = ContentFile(story_id, entry_path, None)
        elif _misspells(entry.name, Kind.STORY.value):
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
            _misnamed(entry.name, entry_path, problems)
        elif (
            entry.name.endswith(".yaml")
            and (copied := _copied(entry.name[:-5])) is not None
            and f"{copied[0]}.yaml" == Kind.STORY.value
            and (copy := _copy_of(entry.name[:-5], entry_path)) is not None
        ):
            # 'story (1).yaml': edits made in it would change nothing. A warning: such a
            # folder built, and keeps building. A copy of any other file here is of none
            # that is read ('notes (1).yaml'): told to be renamed, it would still not be.
            story.notices.append(Problem(Position(entry_path), f"not read: {copy}", Severity.WARNING))
        elif entry.name.endswith(".yaml") and (said := _out_of_its_folder(entry, path)) is not None:
            story.notices.append(Problem(Position(entry_path), said, Severity.WARNING))
    _missing_or_beside(story.story, path, Kind.STORY.value, misspelt, problems)
    return story


def _out_of_its_folder(entry: os.DirEntry[str], story_path: str) -> str | None:
    """What to say of ``entry``, a '.yaml' file beside a story's story.yaml that has the keys
    of an event, a figure or a place (saved one folder too high, or dragged out of
    events/): it is not read, so its content is silently missing from the story. A
    warning, not an error: such a story built, and keeps building. None for any other
    file (notes of the editor's own, which stay ignored) and for one that cannot be read
    as 'key: value' lines, or may not be read at all (a link out of the story: ``_usable``)."""
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
    and for one that may not be read at all (a link out of ``root``: ``_usable``)."""
    if not _usable(entry, root, []):
        return None
    found = read_file(entry.path, "", []).root
    record = schema.written_as(set(found.items)) if found is not None else None
    if record is None:
        return None
    if record is schema.EVENT:
        return Kind.EVENT, "an event"
    return (Kind.FIGURE, "a figure") if record is schema.FIGURE else (Kind.LOCATION, "a place")


def _out_of_the_stories(entry: os.DirEntry[str], content: str, story_ids: list[str]) -> str | None:
    """What to say of ``entry``, a '.yaml' file beside the content folder's site.yaml that
    is a story's story.yaml, or has the keys of an event, a figure or a place: only
    site.yaml is read there, so without a word the story or the event was simply missing
    from the site. With one story, the folder to move it into is named. A warning, as
    beside a story.yaml: such a folder built, and keeps building. None for any other file
    (notes of the editor's own, which stay ignored)."""
    only = story_ids[0] if len(story_ids) == 1 else None
    if entry.name == Kind.STORY.value:
        if not _usable(entry, content, []):
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
    return any(n == Kind.STORY.value or _misspells(n, Kind.STORY.value) for n in names)


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
    listed = _scan(content, problems, notices)
    if listed is None:
        return RawContent(None, [])
    for entry in listed:
        entry_path = os.path.join(content, entry.name)
        if _is_folder(entry):
            story = _story_folder(entry.name, entry_path, content, count, problems, notices, read)
            if story is not None:
                stories.append(story)
        elif entry.name == "site.yaml" and count.add():
            site = _site_file(entry, entry_path, content, problems, read)
        elif _misspells(entry.name, Kind.SITE.value):
            misspelt.append(entry.name)
        elif entry.name.endswith(".yml"):
            _misnamed(entry.name, entry_path, problems)
        elif _copy_of_site(entry.name) and (copy := _copy_of(entry.name[:-5], entry_path)) is not None:
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
    usable = _story_id_ok(name, entry_path, problems) and _inside(entry_path, content, problems)
    if not usable:
        return None
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
    """site.yaml, read when it may be (``_usable``), else as a file with nothing read."""
    if _usable(entry, content, problems):
        return read(entry_path, "site", problems)
    return ContentFile("site", entry_path, None)


def _warn_of_strays(
    strays: list[os.DirEntry[str]], content: str, stories: list[RawStory], notices: list[Problem]
) -> None:
    """Warn of each other .yaml file in the content folder that is read only in a story's folder."""
    for entry in strays:
        if (unread := _out_of_the_stories(entry, content, [s.id for s in stories])) is not None:
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


def _copy_of_site(name: str) -> bool:
    """Whether ``name``, in the content folder, is another program's name for a copy of
    site.yaml ('site (1).yaml'), the one file read there: a copy of another name
    ('e1 (1).yaml') is no file of the content folder, and to be told to take that name
    would not get it read."""
    return name.endswith(".yaml") and any(
        (found := pattern.fullmatch(name[:-5])) is not None and found.group(1) == "site"
        for pattern, _ in _COPIES
    )


def _holds_nothing(folder: str) -> bool:
    """Whether ``folder``, and any folder in it, has no file that is read or published
    (only hidden or private ones, or none at all). A link counts as a file: where it
    leads is the story's business (``_inside``). Past a hundred folders, it is taken to
    hold something: a story being started has a few, and the usual checks then look at
    the rest (content is untrusted: a tree of empty folders may be deep or wide)."""
    waiting = [folder]
    for _ in range(100):
        if not waiting:
            return True
        entries = _scan(waiting.pop(), [])  # one that cannot be listed is said where it is read
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
