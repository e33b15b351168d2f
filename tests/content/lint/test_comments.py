"""Text cut short by a ' #' (``comments.py``): warned at the '#', with the value quoted."""

from __future__ import annotations

import pytest

from generator.cli import main
from generator.content import fieldtypes, schema
from generator.content.lint.comments import cut_by_comments
from generator.content.yamlnodes import Mapping, parse_yaml
from generator.errors import Problem
from tests.conftest import Project

EVENT = "title: T\ndate: 2024-04-05\nsummary: S\n"


def cut(text: str, record: fieldtypes.Record = schema.EVENT) -> list[str]:
    problems: list[Problem] = []
    root = parse_yaml(text, "e.yaml", problems)
    assert problems == [] and isinstance(root, Mapping)
    return [str(p) for p in cut_by_comments(root, record)]


def test_a_hashtag_in_a_plain_title_is_warned_at_the_hash_with_the_fix() -> None:
    assert cut("title: Biden visits #KeyBridge wreck\ndate: 2024-04-05\nsummary: S\n") == [
        "e.yaml:1:21: warning: 'title': everything after ' #' is a YAML comment, left out of the "
        "text (it reads 'Biden visits'); to keep it, put the whole value in double quotes: "
        '"Biden visits #KeyBridge wreck"'
    ]


def test_nested_text_and_multi_line_plain_text_are_looked_at() -> None:
    text = EVENT.replace("summary: S", "summary: Biden tours\n  the wreck  # No. 1") + (
        "quotes:\n  - text: We will rebuild. #KeyBridge\n    by: joe-biden\n"
    )
    found = cut(text)
    assert [line.split(": warning: ")[0] for line in found] == ["e.yaml:4:14", "e.yaml:6:28"]
    assert found[0].endswith(
        "(it reads 'Biden tours the wreck'); to keep it, put the whole value in double quotes, "
        "or write it as a block ('|' and the text below)"
    )
    assert found[1] == (
        "e.yaml:6:28: warning: 'quotes[1].text': everything after ' #' is a YAML comment, left out "
        "of the text (it reads 'We will rebuild.'); to keep it, put the whole value in double "
        'quotes: "We will rebuild. #KeyBridge"'
    )


@pytest.mark.parametrize(
    "line",
    [
        'title: "Biden visits #KeyBridge"  # quoted: the comment is only a comment',
        "title: 'Biden visits'  # quoted",
        "title: Biden visits\n# a whole-line comment",
        "title: Biden visits#KeyBridge",  # no space before '#': part of the text
        "title: T\nkey: true  # a key moment",
        "title: T\nend: 2024-04-06  # a date",
        "title: T\nfigures: [joe-biden]  # a list of ids",
        "title: T\nfigures:\n  - joe-biden  # an id",
        "title: T\nafter: e0  # an id",
        "title: T\ndate_phrase: from  # a choice",
        "title: |\n  Biden visits\n  # inside a block: text, not a comment",
    ],
)
def test_comments_after_other_values_are_left_alone(line: str) -> None:
    assert cut(line + "\n") == []


def test_site_title_too() -> None:
    assert cut("title: Harbour Desk #1\n", schema.SITE) == [
        "e.yaml:1:21: warning: 'title': everything after ' #' is a YAML comment, left out of the "
        "text (it reads 'Harbour Desk'); to keep it, put the whole value in double quotes: "
        '"Harbour Desk #1"'
    ]


def test_check_prints_the_warning_and_strict_refuses_it(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    path = "content/story-a/events/e1.yaml"
    text = (project.root / path).read_text()
    project.write(path, text.replace("title: First event", "title: First event #1"))
    assert main(["check"]) == 0
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{path}:1:20: warning: 'title': everything after ' #' is a YAML comment, left out of the "
        "text (it reads 'First event'); to keep it, put the whole value in double quotes: "
        '"First event #1"'
    )
    assert main(["check", "--strict"]) == 1


def test_the_hash_is_found_past_letters_of_any_script_and_windows_line_ends() -> None:
    text = "date: 2024-04-05\r\nsummary: S\r\ntitle: Привет, мир 🌍 #тег\r\n"
    assert cut(text) == [
        "e.yaml:3:22: warning: 'title': everything after ' #' is a YAML comment, left out of the "
        "text (it reads 'Привет, мир 🌍'); to keep it, put the whole value in double quotes: "
        '"Привет, мир 🌍 #тег"'
    ]
