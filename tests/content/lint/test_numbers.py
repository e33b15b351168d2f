"""Warnings about a key number written as a bare number that the story's language writes
otherwise (``numbers.py``), each message exactly."""

from __future__ import annotations

import pytest

from tests.conftest import Project
from tests.content.lint.said import STORY, warnings


def numbers(project: Project, language: str, *values: str) -> int:
    """The story given ``language`` and key numbers of ``values``, each with its label;
    the line of the first value."""
    story = project.root.joinpath(STORY).read_text()
    listed = "".join(f"  - value: {v}\n    label: what it counts\n" for v in values)
    project.write(STORY, f"{story}language: {language}\nkey_numbers:\n{listed}")
    return len(story.splitlines()) + 3


def test_a_bare_number_is_shown_as_written_and_told_how_its_language_writes_it(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A held-out Ukrainian story's 'value: 18.2' read '18.2' on its page, and
    # 'value: 1000000' '1000000', where Ukrainian writes '18,2' and '1 000 000'.
    line = numbers(project, "uk", "18.2", "1000000", "18.20", "3000", "85", '"1 000 000"', "-12500")
    assert warnings(project, capsys) == [
        f"content/story-a/story.yaml:{line}:12: warning: key number 18.2 is shown as written, "
        "'18.2'; Ukrainian writes it '18,2': write that, in quotes (value: \"18,2\")",
        f"content/story-a/story.yaml:{line + 2}:12: warning: key number 1000000 is shown as written, "
        "'1000000'; Ukrainian writes it '1 000 000': write that, in quotes (value: \"1 000 000\")",
        f"content/story-a/story.yaml:{line + 4}:12: warning: key number 18.20 is shown as written, "
        "'18.20'; Ukrainian writes it '18,20': write that, in quotes (value: \"18,20\")",
        f"content/story-a/story.yaml:{line + 12}:12: warning: key number -12500 is shown as written, "
        "'-12500'; Ukrainian writes it '-12 500': write that, in quotes (value: \"-12 500\")",
    ]


def test_a_number_its_language_writes_as_typed_is_not_warned_of(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # English writes 18.2 so, and a number of four digits or fewer needs no grouping (a
    # year, '2010', is not told to read '2,010').
    numbers(project, "en", "18.2", "85", "2010", '"1,000,000"')
    assert warnings(project, capsys) == []


def test_english_is_told_its_thousands_separator(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    line = numbers(project, "en", "1000000")
    assert warnings(project, capsys) == [
        f"content/story-a/story.yaml:{line}:12: warning: key number 1000000 is shown as written, "
        "'1000000'; English writes it '1,000,000': write that, in quotes (value: \"1,000,000\")",
    ]
