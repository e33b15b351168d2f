"""Problems printed for people, for tools (JSON) and for GitHub's workflow commands."""

from __future__ import annotations

import json

import pytest

from generator.errors import Position, Problem, Severity
from generator.report import Format, at_most_per_file, counted, plural, render, show, tally

PROBLEMS = [
    Problem(Position("content/story-a/events/e1.yaml", 3, 7), "unknown key 'titel'; did you mean 'title'?"),
    Problem(Position("templates/event.html", 12, None), "'nope' is undefined"),
    Problem(Position("content/story-a/story.yaml", 1, 1), "no sources listed", Severity.WARNING),
]


def test_text_is_one_problem_a_line() -> None:
    assert render(PROBLEMS, Format.TEXT) == (
        "content/story-a/events/e1.yaml:3:7: unknown key 'titel'; did you mean 'title'?\n"
        "templates/event.html:12: 'nope' is undefined\n"
        "content/story-a/story.yaml:1:1: warning: no sources listed\n"
    )


def test_json_is_one_document_with_every_field() -> None:
    text = render(PROBLEMS, Format.JSON)
    assert text.endswith("]\n")
    assert json.loads(text) == [
        {
            "path": "content/story-a/events/e1.yaml",
            "line": 3,
            "column": 7,
            "severity": "error",
            "message": "unknown key 'titel'; did you mean 'title'?",
        },
        {
            "path": "templates/event.html",
            "line": 12,
            "column": None,
            "severity": "error",
            "message": "'nope' is undefined",
        },
        {
            "path": "content/story-a/story.yaml",
            "line": 1,
            "column": 1,
            "severity": "warning",
            "message": "no sources listed",
        },
    ]


def test_json_keeps_text_as_written_and_escapes_control_characters() -> None:
    problem = Problem(Position("content/é.yaml", 1, 1), 'quote " and \x1b[2J')
    text = render([problem], Format.JSON)
    assert "é" in text and "\x1b" not in text
    assert json.loads(text)[0]["message"] == 'quote " and \x1b[2J'


def test_nothing_to_report_is_empty_in_every_format() -> None:
    assert render([], Format.TEXT) == ""
    assert render([], Format.GITHUB) == ""
    assert render([], Format.JSON) == "[]\n"


def test_github_workflow_commands() -> None:
    assert render(PROBLEMS, Format.GITHUB) == (
        "::error file=content/story-a/events/e1.yaml,line=3,col=7::"
        "unknown key 'titel'; did you mean 'title'?\n"
        "::error file=templates/event.html,line=12::'nope' is undefined\n"
        "::warning file=content/story-a/story.yaml,line=1,col=1::no sources listed\n"
    )


def test_github_escapes_what_would_end_a_command_or_a_property() -> None:
    # A ',' or ':' in a file name would start another property; a line break in a message
    # would start another command; '%' is the escape itself, so it is escaped first.
    problem = Problem(Position("content/a,b:c%.yaml", 2, 3), "100% wrong\nnext line: ::error::x")
    assert render([problem], Format.GITHUB) == (
        "::error file=content/a%2Cb%3Ac%25.yaml,line=2,col=3::100%25 wrong%0Anext line: ::error::x\n"
    )


def test_github_never_prints_a_raw_control_character() -> None:
    problem = Problem(Position("content/\x1b.yaml", 1, 1), "bell \x07 and return \r")
    line = render([problem], Format.GITHUB)
    assert line == "::error file=content/\\x1b.yaml,line=1,col=1::bell \\x07 and return \\r\n"


def test_json_escapes_every_control_character_and_decodes_to_the_text_as_written() -> None:
    problem = Problem(Position("content/a.yaml", 1, 1), "csi \x9b2J and del \x7f")
    text = render([problem], Format.JSON)
    assert "\x9b" not in text and "\x7f" not in text and "\\u009b" in text
    assert json.loads(text)[0]["message"] == "csi \x9b2J and del \x7f"


def test_json_of_a_file_name_that_is_not_utf8_is_utf8() -> None:
    # 'e\xff.yaml' (a byte that is no UTF-8, as git lets a pull request name a file) is
    # listed as 'e\udcff.yaml': raw in the JSON, printing it raised UnicodeEncodeError
    # (check --format json crashed) or wrote a byte that is no UTF-8.
    path = "content/s/events/e\udcff.yaml"
    problem = Problem(Position(path, 1, 1), "'e\udcff' is not a valid event id")
    text = render([problem], Format.JSON)
    assert text.encode("utf-8") and "\\udcff" in text
    assert json.loads(text)[0]["path"] == path
    assert json.loads(text)[0]["message"] == "'e\udcff' is not a valid event id"


def test_a_note_is_shown_as_one_and_counted_as_nothing() -> None:
    note = Problem(Position("content/s/events/e.yaml", 8, 5), "'quotes[1].source' is empty", Severity.NOTE)
    assert render([note], Format.TEXT) == "content/s/events/e.yaml:8:5: note: 'quotes[1].source' is empty\n"
    assert render([note], Format.GITHUB).startswith("::notice file=content/s/events/e.yaml,line=8,col=5::")
    assert counted([*PROBLEMS, note]) == PROBLEMS
    assert tally([*PROBLEMS, note]) == "2 errors, 1 warning"


def test_a_count_in_words_takes_the_plural_from_two() -> None:
    assert [plural(n, "error") for n in (0, 1, 2)] == ["0 errors", "1 error", "2 errors"]
    assert plural(2, "more event file") == "2 more event files"
    assert plural(3, "entry", "entries") == "3 entries"


def test_a_file_of_thousands_of_problems_is_listed_to_fifty_and_a_count(
    capsys: pytest.CaptureFixture[str],
) -> None:
    bomb = [
        Problem(Position("events/bomb.yaml", n, 4), f"problem {n}", Severity.WARNING) for n in range(1, 3001)
    ]
    bomb[2000] = Problem(Position("events/bomb.yaml", 2001, 4), "an error")
    other = [
        Problem(Position("events/x.yaml", 2, 1), "its own"),
        Problem(Position("story.yaml", 1, 1), "too"),
    ]
    show(other + bomb, Format.TEXT)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 53
    assert lines[:2] == [
        "events/bomb.yaml:1:4: warning: problem 1",
        "events/bomb.yaml:2:4: warning: problem 2",
    ]
    assert lines[49] == "events/bomb.yaml:50:4: warning: problem 50"
    # One of the unlisted is an error: so is the line that counts them, and github's annotation.
    assert lines[50] == (
        "events/bomb.yaml:1: 2,950 more problems in this file are not listed; fix these first, "
        "or see them all with 'explainer check --format json'"
    )
    assert lines[51:] == ["events/x.yaml:2:1: its own", "story.yaml:1:1: too"]
    show(bomb, Format.GITHUB)
    annotations = capsys.readouterr().out.splitlines()
    assert len(annotations) == 51 and annotations[-1].startswith(
        "::error file=events/bomb.yaml,line=1::2,950 more"
    )
    show(bomb, Format.JSON)  # for tools: all of them
    assert len(json.loads(capsys.readouterr().out)) == 3000


def test_a_file_at_the_limit_is_listed_whole() -> None:
    problems = [Problem(Position("a.yaml", n, 1), "p") for n in range(1, 51)]
    assert at_most_per_file(problems) == problems


def test_the_count_of_unlisted_problems_is_as_grave_as_the_gravest_of_them() -> None:
    notes = [Problem(Position("a.yaml", n, 1), "p", Severity.NOTE) for n in range(1, 53)]
    assert [p.severity for p in at_most_per_file(notes)][-1] is Severity.NOTE
    notes[51] = Problem(Position("a.yaml", 52, 1), "w", Severity.WARNING)
    assert [str(p) for p in at_most_per_file(notes)][-1].startswith("a.yaml:1: warning: 2 more problems")
