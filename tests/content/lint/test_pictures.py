"""Warnings about a file's picture (``pictures.py``), each message exactly."""

from __future__ import annotations

import pytest

from tests.conftest import Project
from tests.content.lint.said import EVENT, warnings
from tests.images import tiny_png


def test_an_image_without_credit(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.write("content/story-a/media/a.png", tiny_png(16, 16))
    text = project.root.joinpath(EVENT).read_text() + "image:\n  src: media/a.png\n  alt: A\n"
    project.write(EVENT, text)
    assert warnings(project, capsys) == [f"{EVENT}:7:1: warning: image has no 'credit'"]


def test_a_picture_on_another_site(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    # Allowed, but each reader's browser then asks that site for it: a reviewer of a pull
    # request should see it said.
    text = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, text + "image:\n  src: https://pics.example.org/a.jpg\n  alt: A\n  credit: C\n")
    assert warnings(project, capsys) == [
        f"{EVENT}:8:8: warning: this picture is on another site (pics.example.org): every reader's "
        "browser asks that site for it, which tells it who reads the page, and gets it at full size; "
        "put the file in media/ instead"
    ]


def test_a_picture_on_the_readers_own_network(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    # Content from a pull request could have every reader's browser ask their own router
    # for a page (a picture's address is asked for with no click): check said only that
    # the picture was on another site. A warning, which check --strict (each pull
    # request's workflow) refuses: such a file built before.
    text = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, text + "image:\n  src: https://192.168.1.1/reboot.png\n  alt: A\n  credit: C\n")
    assert warnings(project, capsys) == [
        f"{EVENT}:8:8: warning: this picture's address is on the reader's own computer or network "
        "(192.168.1.1), not a public site: every reader's browser would ask their own network for it; "
        "use the picture's public address, or put the file in media/"
    ]
    project.write(EVENT, text + "image:\n  src: https://router/a.png\n  alt: A\n  credit: C\n")
    assert [w.split(": warning: ")[1][:60] for w in warnings(project, capsys)] == [
        "this picture's address is on the reader's own computer or ne"
    ]


def test_an_alt_text_that_repeats_its_caption(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    # The picture's page said the words twice to a screen reader: the picture's (alt),
    # then its caption's.
    project.write("content/story-a/media/a.png", tiny_png(16, 16))
    text = project.root.joinpath(EVENT).read_text()
    image = "image:\n  src: media/a.png\n  alt: Men on the river bank\n  credit: C\n"
    project.write(EVENT, text + image + "  caption: Men on the *river* bank.\n")
    assert warnings(project, capsys) == [
        f"{EVENT}:9:8: warning: 'alt' says what 'caption' says, so a screen reader reads the same "
        "words twice (the picture's, then its caption's); in 'alt', say what the picture shows, for "
        "readers who cannot see it"
    ]
    project.write(EVENT, text + image + "  caption: Fishermen wait for the water to rise.\n")
    assert warnings(project, capsys) == []


def test_an_alt_text_that_repeats_its_caption_with_its_accents_written_apart(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The caption pasted from a Mac (é as e and its accent), the alt text typed: a screen
    # reader says the two alike, and check told them apart.
    project.write("content/story-a/media/a.png", tiny_png(16, 16))
    text = project.root.joinpath(EVENT).read_text()
    image = "image:\n  src: media/a.png\n  alt: The café on the quay\n  credit: C\n"
    project.write(EVENT, text + image + "  caption: The cafe\u0301 on the quay.\n")
    assert [w.split(": warning: ")[1][:30] for w in warnings(project, capsys)] == [
        "'alt' says what 'caption' says"
    ]


def test_an_alt_text_that_repeats_its_caption_in_chinese(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Chinese ends a sentence with '。' (or '！', '？'): a caption that is the alt text and
    # that mark was not told from it, and a screen reader read the words twice.
    project.write("content/story-a/media/a.png", tiny_png(16, 16))
    text = project.root.joinpath(EVENT).read_text()
    image = "image:\n  src: media/a.png\n  alt: 河岸上等待的渔民\n  credit: C\n"
    project.write(EVENT, text + image + "  caption: 河岸上等待的渔民。\n")
    assert [w.split(": warning: ")[1][:30] for w in warnings(project, capsys)] == [
        "'alt' says what 'caption' says"
    ]


def test_an_alt_text_that_repeats_its_caption_in_persian_with_arabic_letters(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Text pasted from an Arabic keyboard has Arabic's Yeh and Kaf (ي ك) where Persian
    # writes ی and ک: a screen reader says the two alike, and read the words twice.
    project.write("content/story-a/media/a.png", tiny_png(16, 16))
    text = project.root.joinpath(EVENT).read_text()
    image = "image:\n  src: media/a.png\n  alt: كمك به زلزله‌زدگان\n  credit: C\n"
    project.write(EVENT, text + image + "  caption: کمک به زلزله‌زدگان.\n")
    assert [w.split(": warning: ")[1][:30] for w in warnings(project, capsys)] == [
        "'alt' says what 'caption' says"
    ]
