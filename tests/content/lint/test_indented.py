"""A key indented by mistake under a text of several lines (``indented.py``): warned at
that line, saying where the key starts."""

from __future__ import annotations

import pytest

from generator.content import fieldtypes, schema
from generator.content.lint.indented import keys_in_text
from generator.content.yamlnodes import Mapping, parse_yaml
from generator.errors import Problem
from tests.conftest import Project
from tests.content.lint.said import EVENT, warnings


def swallowed(text: str, record: fieldtypes.Record = schema.EVENT) -> list[str]:
    problems: list[Problem] = []
    root = parse_yaml(text, "e.yaml", problems)
    assert problems == [] and isinstance(root, Mapping)
    return [str(p) for p in keys_in_text(root, record)]


def test_a_key_indented_under_a_block_of_text_is_warned_at_its_line() -> None:
    # YAML reads it as the summary's last line: the event lost its figures without a word.
    text = "title: T\ndate: 2024-04-05\nsummary: |\n  Water rose fast.\n  figures: [jane-doe]  # ids\n"
    assert swallowed(text) == [
        "e.yaml:5:3: warning: 'summary' reads the line 'figures: [jane-doe]' as its text: 'figures' is a "
        "key of the event itself, indented by mistake; if it is a key, start it at the beginning of its line"
    ]


def test_a_key_of_an_item_in_a_folded_text_is_told_the_column_of_its_neighbours() -> None:
    # '>' joins the lines into one: the line is found as the file has it.
    text = (
        "title: T\ndate: 2024-04-05\nsummary: S\nimage:\n  src: media/a.jpg\n  alt: A road\n"
        "  caption: >\n    Under water\n    credit: AP\n"
    )
    assert swallowed(text) == [
        "e.yaml:9:5: warning: 'image.caption' reads the line 'credit: AP' as its text: 'credit' is a key "
        "of the image itself, indented by mistake; if it is a key, start it at column 3, in line with "
        "'caption:'"
    ]


@pytest.mark.parametrize(
    "summary",
    [
        "summary: |\n  Water rose.\n  date: to be confirmed\n",  # 'date' is given: the text's own line
        "summary: |\n  Water rose.\n  Figures: two, said the mayor\n",  # not written as a key is
        "summary: |\n  Water rose.\n  status: unclear\n",  # no key of an event
        "summary: |\n  Water rose.\n    figures: [a]\n",  # further in than the text: an indented line of it
        "summary: Water rose.  figures are unclear\n",  # one line
    ],
)
def test_a_text_of_its_own_words_is_not_warned(summary: str) -> None:
    assert swallowed(f"title: T\ndate: 2024-04-05\n{summary}") == []


def test_check_warns_of_it_and_the_file_still_builds(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    path = project.root / EVENT
    path.write_text(path.read_text().replace("summary: Something happened.", "summary: |\n  S\n  key: true"))
    assert warnings(project, capsys) == [
        f"{EVENT}:5:3: warning: 'summary' reads the line 'key: true' as its text: 'key' is a key of the "
        "event itself, indented by mistake; if it is a key, start it at the beginning of its line"
    ]
