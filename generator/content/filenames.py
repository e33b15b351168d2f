"""The names of content files and story folders: a name that is no id (with the id to
give it), a name ending otherwise than exactly in '.yaml' (``meant_name``), a misspelt
site.yaml or story.yaml, another program's name for a copy ('e1 (1).yaml'), and what a
merge or a patch leaves of a content file ('e1.yaml.orig')."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from generator.content import files
from generator.content.ids import ID_PATTERN, ID_RULE, RESERVED_STORY_IDS, invalid_id, suggest_id
from generator.content.medianames import is_windows_device
from generator.errors import Position, Problem, Severity

if TYPE_CHECKING:  # kinds imports this module (through listing): its Kind is only named here
    from generator.content.kinds import Kind

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
    (
        re.compile(r"(.+?) \((?:copy|another copy|\d+(?:st|nd|rd|th) copy)\)"),
        "as Linux's file manager names a copy",
    ),
)
"""The names other programs give a second copy of a file, with what made it: Dropbox's
'e1 (Ann's conflicted copy 2026-12-01)', a browser's or Google Drive's 'e1 (1)',
Windows' 'e1 - Copy', macOS's 'e1 copy 2', Google Drive's 'Copy of e1' (which was told
to take the id 'copy-of-e1', a second event of the same), GNOME's and other Linux file
managers' 'e1 (copy)', 'e1 (another copy)', 'e1 (3rd copy)'."""


def copied_from(name: str) -> tuple[str, str] | None:
    """For a name (without '.yaml') that another program gives a copy of a content file,
    the copied file's name (an id) and what made the copy; None for any other name."""
    for pattern, how in _COPIES:
        found = pattern.fullmatch(name)
        if found is not None and ID_PATTERN.fullmatch(original := found.group(1)):
            return original, how
    return None


def copy_of(name: str, path: str) -> str | None:
    """What to say of a content file whose name (``name``, without '.yaml') is another
    program's name for a copy of a content file: merge it into that file, or give it
    that file's name; None for any other name."""
    if (copied := copied_from(name)) is None:
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


def check_id(name: str, path: str, what: str, problems: list[Problem]) -> bool:
    if (invalid := invalid_id(name, what)) is None:
        return True
    if what != "story" and (copy := copy_of(name, path)) is not None:
        problems.append(Problem(Position(path), copy))
        return False
    suggested = not_a_device(suggest_id(name), what)
    beside = suggested if what == "story" else f"{suggested}.yaml"
    kind = "folder" if what == "story" else "file"
    if suggested != name and beside in _names_in(os.path.dirname(path)):
        # '2026-04-Inquiry-opens.yaml' beside '2026-04-inquiry-opens.yaml' (a second copy
        # saved in other capitals): to rename it to the id given would overwrite the other.
        # Looked for as listed: where capitals do not count (macOS, Windows), the file
        # itself exists by that name too.
        invalid += f"; '{beside}' exists beside it: merge the two {kind}s and delete this one"
    elif suggested == name.lower():  # '2010-04-07-Strike': its case alone to change
        invalid += CASE_ONLY
    else:  # the id is the file's name: what to rename it to ('maria lopez.yaml')
        invalid = f"'{name}' is not a valid {what} id: {ID_RULE}; rename the {kind} to '{beside}'"
    problems.append(Problem(Position(path), invalid))
    return False


def not_a_device(name: str, what: str) -> str:
    """``name``, or ``name`` with its kind after it ('con-figure') when Windows keeps it
    for a device: a file or folder of that name cannot be checked out on Windows. A
    location's is 'con-place', as the imports name one."""
    kind = "place" if what == "location" else what
    return f"{name}-{kind}" if is_windows_device(name) else name


def windows_device(name: str, path: str, what: str, notices: list[Problem]) -> None:
    """Warn of a content file or story folder (an id ``name`` of the kind ``what``) whose
    name Windows keeps for a device ('con', 'nul', 'com1'): it builds, and built before,
    so a warning, but git on a colleague's Windows computer stops at it. Said with the
    name to give it, and what else the rename changes."""
    if not is_windows_device(name):
        return
    renamed = not_a_device(name, what)
    said = (
        f"Windows keeps the name '{name}' for a device: the project cannot be checked out on a Windows "
        "computer; "
    )
    if what == "story":
        said += f"rename the folder to '{renamed}' (its pages' addresses change)"
    else:
        said += f"rename the file to '{renamed}.yaml' (and '{name}' where other files name it to '{renamed}')"
    notices.append(Problem(Position(path), said, Severity.WARNING))


def story_id_ok(name: str, path: str, problems: list[Problem]) -> bool:
    if not check_id(name, path, "story", problems):
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


def misnamed(
    name: str,
    path: str,
    problems: list[Problem],
    notices: list[Problem] | None = None,
    what: str | None = None,
) -> None:
    """Report a content file whose name does not end exactly in '.yaml' (``meant_name``):
    an error for '.yml', as it always was; with ``notices``, a warning for the other
    names, which were passed over without a word before (a project with such a file
    built, and keeps building: ``check --strict`` refuses it). ``what`` is the kind of
    file whose id is its name ('event'), for one in events/, figures/ or locations/."""
    if (meant := meant_name(name)) is None:
        return
    if _beside(path, meant) and what is not None:
        # Two files of one id: a second copy, or, as often, another event saved under a
        # name already taken ('strike.yml' beside 'strike.yaml'), which merging would lose.
        message = (
            f"'{meant}' exists beside it, and both are the {what} '{meant[:-5]}': if they are one "
            f"{what}, merge the two files and delete this one; if not, give this one a name of its "
            "own, ending in .yaml"
        )
    elif _beside(path, meant):  # renaming would overwrite it
        message = f"'{meant}' exists beside it: merge the two files and delete this one"
    else:
        message = f"rename to '{meant}': content files end in .yaml"
    if notices is not None and not name.endswith(".yml"):
        notices.append(Problem(Position(path), f"not read: {message}", Severity.WARNING))
    else:
        problems.append(Problem(Position(path), message))


MARKDOWN_NAMES = (".md", ".markdown")
"""How a Markdown file's name ends: not a content file, which is YAML, with its Markdown
inside (``written_in_markdown``)."""

_WRITTEN_AS = {
    "event": (
        "an event",
        "'title:', 'date:' and its text, in Markdown, under 'summary:' (and 'body:' for its own page)",
    ),
    "figure": ("a figure", "'name:', 'role:' and its text, in Markdown, under 'summary:'"),
    "location": ("a place", "'name:' and its text, in Markdown, under 'summary:'"),
}
"""How a file of each kind of a story's collections is written, by the kind's ``singular``."""


def written_in_markdown(name: str, kind: Kind) -> str | None:
    """What to say of ``name``, a Markdown file in the story's folder of ``kind`` (events/,
    figures/ or locations/): an editor who writes an event in Markdown got nothing, without
    a word (a note of their own is named '_notes.md', which is never read). A warning: such
    a folder built, and keeps building. None for any other name."""
    stem, ext = os.path.splitext(name)
    if ext.lower() not in MARKDOWN_NAMES or kind.singular not in _WRITTEN_AS:
        return None
    folder = kind.value
    what, keys = _WRITTEN_AS[kind.singular]
    file_id = stem if ID_PATTERN.fullmatch(stem) else suggest_id(stem)
    return (
        f"not read: {what} is a YAML file ({folder}/{file_id}.yaml) with {keys}, written "
        f"'summary: |' with the text indented below; write it so, or, if this is a note of your "
        f"own, rename it '_{name}' (a name starting with '_' is never read or published)"
    )


def misspells(name: str, wanted: str) -> bool:
    """Whether ``name`` was meant to be ``wanted`` ('story.yaml'): 'Story.yaml',
    'story.yml', 'story.yaml.txt', 'STORY.YAML'."""
    return name != wanted and (meant_name(name) or name).lower() == wanted


def leftover(name: str) -> str | None:
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


def copy_of_site(name: str) -> bool:
    """Whether ``name``, in the content folder, is another program's name for a copy of
    site.yaml ('site (1).yaml'), the one file read there: a copy of another name
    ('e1 (1).yaml') is no file of the content folder, and to be told to take that name
    would not get it read."""
    return name.endswith(".yaml") and any(
        (found := pattern.fullmatch(name[:-5])) is not None and found.group(1) == "site"
        for pattern, _ in _COPIES
    )
