"""What an import makes of the story it replaces (``importers/run.py``): which old event
files are drafts, taken out or matched by date, and which are kept, kept unread or gone.
The whole import is tested through the command (``tests/commands/test_imports.py``)."""

from __future__ import annotations

from pathlib import Path

from generator.importers.run import Before, Left
from generator.importers.slides import Report

FILES = {
    "draft.yaml": "title: Not out yet\ndate: 2010-04-07\nsummary: x\ndraft: true\n",
    "gone.yaml": "title: Taken out\ndate: 2010-04-08\nsummary: x\nremoved:\n  date: 2010-04-09\n  reason: It did not happen.\n",
    "riot.yaml": "title: Riot in the capital\ndate: 2010-04-07\nsummary: x\n",
    "old.yaml": "title: An old event\ndate: 2009-01-01\nsummary: x\n",
    "undated.yaml": "title: No date\nsummary: x\n",
}


def story_with_events(tmp_path: Path) -> Path:
    events = tmp_path / "s" / "events"
    events.mkdir(parents=True)
    for name, text in FILES.items():
        (events / name).write_text(text)
    return tmp_path / "s"


def test_drafts_and_events_taken_out_are_set_apart_and_never_matched_to_a_slide(tmp_path: Path) -> None:
    before = Before.read(str(story_with_events(tmp_path)))
    assert set(before.texts) == set(FILES)
    assert before.drafts == {"draft.yaml"} and before.removed == {"gone.yaml"}
    # Only dated files of published events: a slide whose headline changed keeps one's name.
    assert set(before.earlier) == {"riot", "old"}
    assert before.earlier["riot"][1] == "Riot in the capital"


def test_a_new_story_has_nothing_before(tmp_path: Path) -> None:
    before = Before.read(str(tmp_path / "new"))
    assert (before.texts, before.drafts, before.removed, before.earlier) == ({}, frozenset(), frozenset(), {})


def test_files_no_slide_is_written_into_are_gone_unless_a_slide_was_left_out(tmp_path: Path) -> None:
    before = Before.read(str(story_with_events(tmp_path)))
    left = Left.of(before, {"riot.yaml"}, [])
    assert (left.drafts, left.taken_out, left.unread) == (("draft.yaml",), ("gone.yaml",), ())
    assert left.gone == ("old.yaml", "undated.yaml")
    # A slide left out may be one of those files' event, its date mistyped: kept as they are.
    left = Left.of(before, {"riot.yaml"}, [Report("t.csv:4", "no date", skipped=True)])
    assert (left.unread, left.gone) == (("old.yaml", "undated.yaml"), ())
    # A slide written into a draft's or a removed event's file takes it over.
    left = Left.of(before, {"draft.yaml", "gone.yaml"}, [])
    assert (left.drafts, left.taken_out) == ((), ())
