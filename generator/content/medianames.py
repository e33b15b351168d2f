"""The names of a story's media files: those check refuses (control characters, text
reversed, too long), and those it warns of (names Windows cannot hold)."""

from __future__ import annotations

from generator.errors import REORDERING, Position, Problem, has_control

_NOT_ON_WINDOWS = frozenset(':*?"<>|')
"""Characters Windows cannot hold in a file name (a ':' is what a '/' typed in a name in
macOS's Finder is on disk)."""


_WINDOWS_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))]
)
"""Names Windows keeps for its devices, whatever follows the first dot ('aux.png')."""


def is_windows_device(name: str) -> bool:
    """Whether Windows keeps the file name ``name`` for a device ('aux.png', 'CON')."""
    return name.split(".", 1)[0].upper() in _WINDOWS_DEVICES


def not_on_windows(rel: str) -> str | None:
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
        if name.endswith((" ", ".")) or is_windows_device(name):
            return (
                f"Windows cannot hold a file named '{name}' (one ending in a space or a dot, or a name "
                "it keeps for its devices, such as 'aux'): the project cannot be checked out on a "
                "Windows computer; rename it"
            )
    return None


MAX_MEDIA_NAME_BYTES = 200
"""The longest media file name (in UTF-8 bytes): a picture's renditions add to it
('.1600.avif'), and no common file system takes a name over 255 bytes."""


def media_name_problem(rel: str) -> str | None:
    """Why check refuses the media file ``rel`` (its path in ``media/``) by its name, or
    None. Media names end up in addresses and in other people's file systems: no control
    characters, backslashes or characters that reverse the text's direction, and not too
    long (spaces, '#' and '?' are fine: links encode them)."""
    name = rel.rsplit("/", 1)[-1]
    if has_control(rel) or "\\" in rel:
        return "this media file name has control characters or a backslash; rename it"
    if any(ch in REORDERING for ch in rel):
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


def media_name_ok(path: str, rel: str, problems: list[Problem]) -> bool:
    if (message := media_name_problem(rel)) is None:
        return True
    problems.append(Problem(Position(path.encode("unicode_escape").decode("ascii")), message))
    return False
