"""Media file names check refuses, and those it warns of."""

from __future__ import annotations

import pytest

from generator.commands.check import check_and_lint
from generator.content.medianames import media_name_problem
from generator.errors import REORDERING, printable
from tests.conftest import Project
from tests.images import tiny_png


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            "before:after.png",
            "has ':', which Windows cannot hold in a file name (a '/' typed in a name on a Mac is saved as ':')",
        ),
        (
            "what?.png",
            "has '?', which Windows cannot hold in a file name (a '/' typed in a name on a Mac is saved as ':')",
        ),
        ("maps/aux.png", None),
        ("maps. /a.png", None),
    ],
)
def test_a_media_name_windows_cannot_hold_is_a_warning(project: Project, name: str, said: str | None) -> None:
    # Made on a Mac, it built; a colleague's Windows computer cannot check the project out.
    project.write(f"content/story-a/media/{name}", tiny_png())
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    if said is None:
        windows_name = name.split("/")[-1] if name.startswith("maps/") else "maps. "
        said = (
            f"Windows cannot hold a file named '{windows_name}' (one ending in a space or a dot, or a name it "
            "keeps for its devices, such as 'aux')"
        )
    else:
        said = f"this media file name {said}"
    assert [str(w) for w in warnings] == [
        f"content/story-a/media/{name}:1:1: warning: {said}: the project cannot be checked out on a "
        "Windows computer; rename it"
    ]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("bad\x1bname.png", "this media file name has control characters or a backslash; rename it"),
        ("tab\tname.png", "this media file name has control characters or a backslash; rename it"),
        (
            "x\u202egnp.png",  # shown as 'xpng.png'
            "this media file name has characters that reverse the direction of the text, so it reads "
            "as another name; rename it",
        ),
        (
            "é" * 101 + ".png",  # 206 bytes: its renditions' names would be over 255
            "this media file name is too long; keep it under 200 bytes (the pictures made from it add to it)",
        ),
    ],
)
def test_media_names_that_cannot_be_published(project: Project, name: str, message: str) -> None:
    project.write(f"content/story-a/media/{name}", tiny_png())
    shown = f"content/story-a/media/{name}".encode("unicode_escape").decode("ascii")
    assert project.problems() == [f"{shown}:1:1: {message}"]


def test_a_media_name_is_refused_for_each_character_a_message_escapes_as_reordering() -> None:
    # One set for both: a message shows each such character as an escape (printable),
    # and a media file whose name holds one is refused.
    for ch in REORDERING:
        assert printable(ch) != ch
        assert media_name_problem(f"x{ch}y.png") is not None
    assert media_name_problem("x\u200fy.png") is None  # RLM reorders nothing past itself
