"""Warnings about a title (``titles.py``): too long, or not drawn on the shared card."""

from __future__ import annotations

import pytest

from generator.cli import main
from tests.conftest import Project
from tests.content.lint.said import EVENT, STORY, warnings
from tests.images import tiny_png


def test_a_title_long_as_a_paragraph(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    long = "A headline that goes on " * 7  # 168 characters: a paragraph pasted as the title, say
    project.write(EVENT, project.root.joinpath(EVENT).read_text().replace("First event", long.strip()))
    project.write(STORY, project.root.joinpath(STORY).read_text().replace("Story A", "S" * 151))
    said = "characters; a headline reads best in under 100 (a shared link shows about 60), so keep it under"
    assert warnings(project, capsys) == [
        f"{EVENT}:1:8: warning: the title has 167 {said} 150 and put the rest in 'summary'",
        f"{STORY}:1:8: warning: the title has 151 {said} 150 and put the rest in 'summary'",
    ]
    project.write(STORY, project.root.joinpath(STORY).read_text().replace("S" * 151, "S" * 150))
    assert len(warnings(project, capsys)) == 1


def test_a_title_that_shows_nothing_is_said(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    # Zero-width spaces, a soft hyphen, marks of direction: pasted from a web page, none
    # of them a space, so check takes the title for one; readers see an empty headline.
    story = project.root.joinpath(STORY).read_text()
    event = project.root.joinpath(EVENT).read_text()
    project.write(STORY, story.replace("title: Story A", 'title: "\u200b\u200b\u2060"'))
    project.write(EVENT, event.replace("title: First event", 'title: " \u00ad\u200e\ufeff "'))
    said = "so readers see an empty headline, and a shared link's card no title; write the title"
    assert warnings(project, capsys) == [
        f"{EVENT}:1:8: warning: the title shows nothing: it holds only invisible characters "
        f"(the first a soft hyphen, U+00AD), {said}",
        f"{STORY}:1:8: warning: the title shows nothing: it holds only invisible characters "
        f"(the first a zero width space, U+200B), {said}",
    ]
    assert main(["check", "--strict"]) == 1
    capsys.readouterr()
    project.write(STORY, story.replace("title: Story A", 'title: "Story\u200bA"'))  # a word to read
    project.write(EVENT, event)
    assert warnings(project, capsys) == []


def test_a_title_the_social_card_cannot_draw_is_said(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """The card's bundled font has no Chinese letters: the card would show the site's name
    alone. Cyrillic and Arabic it draws; a story with its own picture needs no card."""
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story.replace("title: Story A", "title: 港珠澳大桥"))
    assert warnings(project, capsys) == [
        f"{STORY}:1:8: warning: the card a shared link shows for a story without 'image:' cannot show "
        "this title (its font lacks '港' (U+6E2F), as it lacks Chinese, Japanese and Korean letters), "
        "so it shows the site's name alone; give the story an 'image:' of its own"
    ]
    for drawn in ("Выборы в Киргизии", "فيضانات درنة", "Ηφαίστειο 🌋 στη Σαντορίνη 🇬🇷"):  # emoji left out
        project.write(STORY, story.replace("title: Story A", f"title: {drawn}"))
        assert warnings(project, capsys) == []
    project.write("content/story-a/media/lead.png", tiny_png(1200, 630))
    project.write(
        STORY,
        story.replace("title: Story A", "title: 港珠澳大桥")
        + "image:\n  src: media/lead.png\n  alt: A bridge\n  credit: Us\n",
    )
    assert warnings(project, capsys) == []


def test_a_right_to_left_title_a_machine_cannot_draw_on_the_card_is_said(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where Pillow cannot put right-to-left letters in order (no FriBiDi), the card leaves
    an Arabic title off: said, with what to install, not as a letter its font lacks."""
    from PIL import features

    real = features.check_feature
    monkeypatch.setattr(features, "check_feature", lambda name: name != "raqm" and real(name))
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story.replace("title: Story A", "title: فيضانات درنة"))
    assert warnings(project, capsys) == [
        f"{STORY}:1:8: warning: the card a shared link shows for a story without 'image:' cannot show "
        "this title (this computer cannot draw right-to-left letters in their order and joined up: "
        "the picture library needs FriBiDi, which is not installed ('apt install libfribidi0' on "
        "Debian or Ubuntu, 'brew install fribidi' on a Mac)), so it shows the site's name alone; "
        "give the story an 'image:' of its own"
    ]
