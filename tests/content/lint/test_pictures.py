"""Warnings about a file's picture (``pictures.py``), each message exactly."""

from __future__ import annotations

import pytest

from tests.conftest import Project
from tests.content.lint.said import EVENT, warnings
from tests.images import tiny_png


def test_an_image_without_credit(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.write("content/story-a/media/a.png", tiny_png())
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
