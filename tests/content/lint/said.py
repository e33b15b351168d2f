"""What ``explainer check`` says of a small project, as the tests of its warnings read
it: the lines of its warnings, each ``path:line:col: warning: message``; and the paths of
the minimal project's story and event, where most of them are written."""

from __future__ import annotations

import json
import re

import pytest

from generator.cli import main
from generator.errors import Position, Problem, Severity
from tests.conftest import Project

_NOTE = re.compile(r"(?:\S+:[0-9]+:(?:[0-9]+:)? )?note: ")

EVENT = "content/story-a/events/e1.yaml"
STORY = "content/story-a/story.yaml"


def warnings(project: Project, capsys: pytest.CaptureFixture[str], *extra: str) -> list[str]:
    code = main(["check", *extra])
    # Notes are hints, not warnings: the one of a site without time_zone among them.
    lines = [line for line in capsys.readouterr().err.splitlines() if not _NOTE.match(line)]
    assert code == (1 if "--strict" in extra and len(lines) > 1 else 0)
    return lines[:-1]


def every_warning(project: Project, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """The warnings as ``warnings`` has them, all of them: read from ``--format json``,
    since text lists a file's first 50 (``report.at_most_per_file``)."""
    assert main(["check", "--format", "json"]) == 0
    return [
        str(Problem(Position(w["path"], w["line"], w["column"]), w["message"], Severity(w["severity"])))
        for w in json.loads(capsys.readouterr().out)
        if w["severity"] != Severity.NOTE.value
    ]
