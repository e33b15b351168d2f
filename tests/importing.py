"""What the tests of imports share (tests/commands/test_imports.py and those in
tests/importers/ that import through the command): a project to import into
(``empty``, a fixture: tests/conftest.py lists this module among its plugins), the
timelines they import, and how they read what the import said."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.commands.check import check_and_lint
from generator.errors import Severity
from tests.conftest import REPO, Project

FIXTURES = REPO / "tests" / "fixtures" / "timelinejs"
SMALL = REPO / "tests" / "fixtures" / "small" / "content"


@pytest.fixture
def empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    """A project with a content folder and no story yet, as cwd."""
    monkeypatch.chdir(tmp_path)
    project = Project(tmp_path)
    project.write("content/site.yaml", "title: Imports\n")
    return project


def errors_of_check() -> list[str]:
    _, warnings = check_and_lint(content="content")  # raises ContentError on any error
    assert all(w.severity in (Severity.WARNING, Severity.NOTE) for w in warnings)
    # Notes are hints (the time zone's, of a timeline's times): what check warns of, without them.
    return [str(w) for w in warnings if w.severity is Severity.WARNING]


UNSOURCED = "note: no source cited by "
"""The start of the note on events that cite no source, which most imports end with."""


LINKED = re.compile(r"note: \d+ slides?'s? media \(a video")
"""The start of the note on slides whose media became their event's source."""
DATED = "note: story.yaml says the story was published "
"""The start of the note on a story dated the day of its first import."""
HEADLINE_ALT = re.compile(r"note: \d+ pictures? had no alt text nor caption")
"""The start of the note on pictures whose alt text is their headline."""


def lines_of(err: str) -> list[str]:
    """The import's report, a line each, without its notes on events citing no source, on
    media become sources, on the story's date and on pictures whose alt text is their
    headline (each tested on its own)."""
    return [
        line
        for line in err.splitlines()
        if not line.startswith((UNSOURCED, DATED)) and not LINKED.match(line) and not HEADLINE_ALT.match(line)
    ]


MINE = (
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
    "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
    ",,,,,,,,,The mine,The story of the mine.,,,,,title,,\n"
    "2010,8,5,,,,,,,Mine collapses,The mine collapses.,,,,,,,\n"
    "2010,8,22,,,,,,,Note found,A note is found.,,,,,,,\n"
)
"""A sheet of a title row and two events."""


TWO_CREDITED_SLIDES = (
    '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A", "text": "a"},'
    ' "media": {"url": "https://news.example/a", "credit": "Reuters"}},'
    ' {"start_date": {"year": "2002"}, "text": {"headline": "B", "text": "b"},'
    ' "media": {"url": "https://news.example/new", "credit": "Wire"}}]}'
)
"""Two slides whose media credit a source each, by its address."""


def timeline_of(*media: str, title_media: str = "") -> str:
    """A TimelineJS JSON file of a title slide and one event a year from 2001, each
    showing a picture at one of the addresses ``media``, credited."""
    title = {"text": {"headline": "Port", "text": "<p>The port.</p>"}}
    if title_media:
        title["media"] = {"url": title_media}
    events = [
        {
            "start_date": {"year": str(2001 + i)},
            "text": {"headline": f"Event {i + 1}", "text": "<p>Text.</p>"},
            "media": {
                "url": url,
                "credit": "Photo Agency",
                "caption": f"<p>Caption {i + 1}</p>",
                "alt": f"Alt {i + 1}",
            },
        }
        for i, url in enumerate(media)
    ]
    return json.dumps({"title": title, "events": events})
