"""The note of times without an offset on a site without ``time_zone`` (``clock.py``)."""

from __future__ import annotations

import json

import pytest

from generator.cli import main
from tests.conftest import Project
from tests.content.lint.said import EVENT


def notes(capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["check", "--format", "json"]) == 0
    said = json.loads(capsys.readouterr().out)
    return [
        f"{n['path']}:{n['line']}:{n['column']}: {n['message']}" for n in said if n["severity"] == "notice"
    ]


def test_the_note_is_at_the_first_time_without_an_offset_and_counts_the_others(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    event = project.root / EVENT
    text = event.read_text()
    lines = text.splitlines()
    date_line = next(n for n, line in enumerate(lines, 1) if line.startswith("date:"))
    # Its date has no time, its end has one: the note is at 'end'.
    event.write_text(text.replace("date: 2020-01-01", "date: 2020-01-01\nend: 2020-01-02T09:30"))
    second = "content/story-a/events/e2.yaml"
    project.write(second, text.replace("date: 2020-01-01", "date: 2020-01-03T10:00+06:00"))  # its own offset
    assert notes(capsys) == [
        f"{EVENT}:{date_line + 1}:6: this time has no UTC offset, and site.yaml gives no time_zone, so the Atom "
        "feed and the sitemap read such times as UTC; give the clock they are on in site.yaml: "
        "'time_zone: America/New_York', say, with your own zone"  # English's likeliest country's
    ]
    project.write(second, text.replace("date: 2020-01-01", "date: 2020-01-03T10:00"))
    assert (
        notes(capsys)[0]
        .split(": ", 1)[1]
        .startswith("this time (and those of 1 other event) has no UTC offset")
    )
    project.write(
        "content/site.yaml",
        project.root.joinpath("content/site.yaml").read_text() + "time_zone: Asia/Bishkek\n",
    )
    assert notes(capsys) == []


def test_the_notes_example_is_the_clock_most_keep_in_the_languages_country(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A Brazilian newsroom was shown Paris's clock as the example.
    project.write("content/site.yaml", "title: Redação\nlanguage: pt\n")
    event = project.root / EVENT
    event.write_text(event.read_text().replace("date: 2020-01-01", "date: 2020-01-01T09:30"))
    assert notes(capsys)[0].endswith("'time_zone: America/Sao_Paulo', say, with your own zone")
