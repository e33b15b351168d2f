"""What the tests of imports share (tests/commands/test_imports.py and those in
tests/importers/ that import through the command): a project to import into
(``empty``, a fixture: tests/conftest.py lists this module among its plugins), the
timelines they import, a Google Sheet served from here (``served_sheet``), and how they
read what the import said."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.commands.check import check_and_lint
from generator.errors import Severity
from generator.importers import remote
from tests.conftest import REPO, Project
from tests.https_server import Answer, Server

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


LINKED = re.compile(r"note: \d+ (?:slide|row)s?'s? media \(a video")
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


KEY = "1xAbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_ab"
"""A Google Sheet's key, as its address gives it."""

SHEET = (
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
    "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
    ",,,,,,,,,Harbour strike,The port stopped for a week.,,,,,title,,\n"
    "2010,4,7,,,,,,,Dockers walk out,The first shift stayed home.,photo.png,,,,,,\n"
    "2010,4,14,,,,,,,Talks resume,Both sides met again.,,,,,,,\n"
    "20l0,4,15,,,,,,,A typo,In the year.,,,,,,,\n"
)
"""A TimelineJS sheet as Google Sheets exports it: a title row, two events, and a row
with a typo in its year."""


def served_sheet(server: Server, monkeypatch: pytest.MonkeyPatch, body: str = SHEET) -> str:
    """The sheet's address as the browser shows it, Google Sheets played by ``server``."""
    monkeypatch.setattr(remote, "GOOGLE_SHEETS", f"{server.url}/spreadsheets")
    server.answers[f"/spreadsheets/d/{KEY}/export?format=csv&gid=0"] = Answer(
        body.encode(),
        headers=(("Content-Disposition", 'attachment; filename="Harbour strike - Sheet1.csv"'),),
    )
    return f"{server.url}/spreadsheets/d/{KEY}/edit#gid=0"
