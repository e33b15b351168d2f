"""A file cut short in the middle of a text (``cutshort.py``): warned at its end, and a
whole file saved without a final line break never."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.commands.check import check_and_lint
from generator.content import schema
from generator.content.contentfile import read_file
from generator.content.lint.cutshort import cut_short
from generator.errors import Problem
from tests.conftest import Project
from tests.content.test_check import STORY as STORY_PATH

STORY = "title: Maui fires\nsummary: Fires swept Maui.\npublished: 2023-08-10\nsources:\n  ap:\n    publisher: AP\n"
UPDATE = STORY + "updates:\n  - date: 2023-08-11\n    text: "


def warned(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "story.yaml"
    path.write_bytes(text.encode())
    problems: list[Problem] = []
    file = read_file(str(path), "story", problems)
    assert problems == []
    return [str(p).removeprefix(f"{tmp_path}/") for p in cut_short(file, schema.STORY)]


@pytest.mark.parametrize(
    ("text", "at", "label", "tail"),
    [
        # Cut after a list, in the paragraph that follows it.
        (STORY + "updates:\n  - date: 2023-08-11\n    text: |\n      - the toll\n\n      The county sa", "12:20",
         "updates[1].text", "- the toll The county sa"),
        # Saved half-way through an update's text: it passed check silently.
        (STORY + "updates:\n  - date: 2023-08-11\n    text: Added the toll from the county and the sta", "9:53",
         "updates[1].text", "from the county and the sta"),
        # A summary written last, cut in its block; Windows' line ends.
        ("title: T\r\npublished: 2023-08-10\r\nsources:\r\n  ap:\r\n    publisher: AP\r\nsummary: |\r\n"
         "  Fires swept Maui.\r\n  The county says", "8:18", "summary", "Fires swept Maui. The county says"),
    ],
)  # fmt: skip
def test_a_file_ending_mid_text_with_no_line_break_is_warned_at_its_end(
    tmp_path: Path, text: str, at: str, label: str, tail: str
) -> None:
    assert warned(tmp_path, text) == [
        f"story.yaml:{at}: warning: the file ends in the middle of '{label}' ('...{tail}'), with no line "
        "break after it, as a file saved half-way or cut by a merge does; check that the file was saved "
        "whole (its last saved copy, or 'git diff', shows what is missing), and if it was, end the text "
        "with its full stop"
    ]


TITLED = "summary: Fires swept Maui.\npublished: 2023-08-10\nsources:\n  ap:\n    publisher: AP\ntitle: "


def _finish(label: str, tail: str) -> str:
    return (
        f"story.yaml:{{at}}: warning: the file ends in the middle of '{label}' ('...{tail}'), with no line "
        "break after it, as a file saved half-way or cut by a merge does; check that the file was saved "
        "whole (its last saved copy, or 'git diff', shows what is missing), and if it was, finish the text, "
        "or put a line break after it"
    )


@pytest.mark.parametrize(
    ("text", "at", "label", "tail"),
    [
        # A title, which ends with no stop, cut right after a mark that leads on: it passed.
        (TITLED + "Maui fires;", "6:19", "title", "Maui fires;"),
        (TITLED + "Maui fires, Lahaina &", "6:29", "title", "Maui fires, Lahaina &"),
        (TITLED + "Maui fires (Lahaina", "6:27", "title", "Maui fires (Lahaina"),
        (TITLED + "火災、", "6:11", "title", "火災、"),
        # A Markdown text cut right after a stop, its bracket left open, or after a colon,
        # which read as whole texts.
        (UPDATE + "Added the toll (from the county.", "9:43", "updates[1].text", "Added the toll (from the county."),
        (UPDATE + "|\n      The county said:", "10:23", "updates[1].text", "The county said:"),
        (UPDATE + "Added [the toll.", "9:27", "updates[1].text", "Added [the toll."),
    ],
)  # fmt: skip
def test_a_text_cut_after_a_mark_that_leads_on_or_with_a_bracket_open_is_warned(
    tmp_path: Path, text: str, at: str, label: str, tail: str
) -> None:
    assert warned(tmp_path, text) == [_finish(label, tail).format(at=at)]


@pytest.mark.parametrize(
    "text",
    [
        # A whole title, or one in quotes, which YAML would not read cut.
        TITLED + "Maui fires (Lahaina)",
        TITLED + '"Maui fires:"',
        TITLED + "Maui fires, 2023 & after",
        # Quotes as German and Danish close them; faces and emoji names typed with brackets
        # and colons; a list's items numbered with a bracket.
        UPDATE + "|\n      Der Bürgermeister sagte: „Wir bauen wieder auf.“",
        UPDATE + "|\n      Borgmesteren sagde: »Vi bygger op igen.«",
        UPDATE + "We lost the house :(",
        UPDATE + "|\n      The town thanked its firefighters :pray:",
        UPDATE + "|\n      The county's two counts: 1) the dead, 2) the missing.",
    ],
)
def test_a_whole_text_that_looks_left_open_is_not_warned_of(tmp_path: Path, text: str) -> None:
    assert warned(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Whole, saved without a final line break, as some editors save: its text ends as a sentence...
        STORY + "updates:\n  - date: 2023-08-11\n    text: Added the toll.",
        STORY + "updates:\n  - date: 2023-08-11\n    text: Added [the toll](https://example.org/toll)",
        # ...or any script's stop, or ends as a whole text often does without one: a Markdown
        # list's item, a web address, an emoji, Thai (no stop), a quoted value's closing quote.
        UPDATE + "Ավելացվեց զոհերի թիվը։",
        UPDATE + "मृतकों की संख्या जोड़ी गई॥",
        UPDATE + "|\n      Added:\n\n      - the county's toll\n      - its map",
        UPDATE + "Added the county's report, https://example.org/maui",
        UPDATE + "The town thanked its firefighters \U0001f64f\ufe0f",
        UPDATE + "เพิ่มยอดผู้เสียชีวิตจากเคาน์ตี",
        UPDATE + '"Added the toll from the county"',
        # ...or its last value is no Markdown text: a date, a publisher's name, a title.
        STORY.rstrip("\n"),
        "summary: Fires swept Maui.\npublished: 2023-08-10\nsources:\n  ap:\n    publisher: AP\ntitle: Maui",
        # A comment last, or a line break after the text: nothing says the file was cut.
        STORY + "updates:\n  - date: 2023-08-11\n    text: Added the toll from\n# kept for later",
        STORY + "updates:\n  - date: 2023-08-11\n    text: Added the toll from the county and the sta\n",
        # A line break after the text, then the indentation an editor left on a new line.
        UPDATE + "Whether the sirens sounded\n    ",
        STORY + "unknowns:\n  - Whether the sirens sounded\n  ",
    ],
)
def test_a_whole_file_is_not_warned_of_with_or_without_a_final_line_break(tmp_path: Path, text: str) -> None:
    assert warned(tmp_path, text) == []


def test_check_says_it_of_a_storys_file(project: Project) -> None:
    text = project.root.joinpath(STORY_PATH).read_text()
    project.write(STORY_PATH, text + "unknowns:\n  - Whether the sirens")
    _, warnings = check_and_lint(content="content")
    [said] = [str(p) for p in warnings if "ends in the middle" in p.message]
    assert said.startswith(f"{STORY_PATH}:") and "'unknowns[1]' ('...Whether the sirens')" in said


def test_a_text_of_variation_selectors_alone_is_told_not_a_traceback(tmp_path: Path) -> None:
    # What an emoji ends with is passed over to read the emoji; with nothing before it,
    # there was no character left to look at.
    [said] = warned(tmp_path, UPDATE + "\ufe0f\ufe0e")
    assert said.startswith("story.yaml:9:") and "ends in the middle of 'updates[1].text'" in said
