"""Event files kept as they are through an import: drafts and events taken out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main
from generator.commands.build import build
from tests.conftest import TEMPLATES, Project

pytestmark = pytest.mark.usefixtures("local_only")  # pictures at other sites are not reached


def test_a_draft_event_is_kept_when_the_story_is_imported_again(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # No export has drafts (explainer's own timeline.json leaves them out): importing one
    # again with --force deleted the drafts an editor was still writing.
    empty.write("content/port/story.yaml", "title: Port\nsummary: S.\npublished: 2001-01-01\n")
    empty.write("content/port/events/2001-rally.yaml", "title: Rally\ndate: 2001-01-01\nsummary: S.\n")
    secret = "title: Secret\ndate: 2001-02-01\nsummary: Not yet.\ndraft: true\n"
    empty.write("content/port/events/2001-secret.yaml", secret)
    empty.write("content/port/events/2001-gone.yaml", "title: Gone\ndate: 2001-03-01\nsummary: S.\n")
    build(content="content", templates=TEMPLATES, out="site", base_url="https://example.org/news/")
    Path("content/port/events/2001-gone.yaml").write_text("title: Gone\ndate: 2001-03-01\nsummary: Sx.\n")
    data = json.loads(Path("site/port/timeline.json").read_text())
    data["events"] = [e for e in data["events"] if "Gone" not in e["text"]["headline"]]
    Path("t.json").write_text(json.dumps(data))
    assert main(["import", "timelinejs", "t.json", "--story", "port", "--force"]) == 0
    assert Path("content/port/events/2001-secret.yaml").read_text() == secret
    assert not Path("content/port/events/2001-gone.yaml").exists()  # not a draft: the import's to delete
    said = capsys.readouterr().err
    assert (
        "kept 1 draft event file that t.json does not have, as no export has drafts: 2001-secret.yaml" in said
    )
    assert "--force deleted 1 event file that t.json does not have: 2001-gone.yaml" in said


def test_a_kept_draft_is_never_taken_for_a_slides_file_nor_lost_for_being_half_written(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A new slide of the draft's day took the draft's file ("kept the address...: its
    # headline changed"), staying hidden as a draft; a draft not yet valid YAML was deleted;
    # a draft naming an event the import deleted was kept without a word.
    empty.write("content/port/story.yaml", "title: Port\nsummary: S.\npublished: 2001-01-01\n")
    secret = "title: Secret\ndate: 2001-02-01\nsummary: Not yet.\ndraft: true\n"
    half = "title: Half\ndate: 2001-04-01\nsummary: The talks, half written: not done\ndraft: true\n"
    linked = "title: Later\ndate: 2001-05-01\nsummary: S.\nafter: 2001-03-01-gone\ndraft: true\n"
    empty.write("content/port/events/2001-02-01-secret.yaml", secret)
    empty.write("content/port/events/2001-04-01-half.yaml", half)
    empty.write("content/port/events/2001-05-01-later.yaml", linked)
    empty.write("content/port/events/2001-03-01-gone.yaml", "title: Gone\ndate: 2001-03-01\nsummary: S.\n")
    empty.write("content/port/events/talks.yaml", "title: Talks\ndate: 2001-03-02\nsummary: S.\n")
    Path("t.json").write_text(
        '{"events": [{"start_date": {"year": "2001", "month": "2", "day": "1"},'
        ' "text": {"headline": "Strike at the docks", "text": "s"}}]}'
    )
    assert main(["import", "timelinejs", "t.json", "--story", "port", "--force"]) == 0
    events = Path("content/port/events")
    assert (events / "2001-02-01-secret.yaml").read_text() == secret
    assert (events / "2001-04-01-half.yaml").read_text() == half
    assert (events / "2001-05-01-later.yaml").read_text() == linked
    strike = (events / "2001-02-01-strike-at-the-docks.yaml").read_text()
    # The draft's day: it may be the draft's event with its headline changed, so it stays
    # hidden as the draft is (it was published), and the import says so.
    assert "Strike at the docks" in strike and strike.endswith("draft: true\n")
    said = capsys.readouterr().err
    assert (
        "events/2001-02-01-strike-at-the-docks.yaml is new on the day of the draft "
        "events/2001-02-01-secret.yaml: written as a draft too"
    ) in said
    assert "kept 3 draft event files" in said
    assert "the draft 2001-05-01-later.yaml names 2001-03-01-gone.yaml, deleted by this import" in said
    assert "names talks.yaml" not in said  # 'talks' is a word of the half-written draft, no reference


def test_an_event_taken_out_is_kept_when_the_story_is_imported_again(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # No export has an event taken out ('removed:'): importing explainer's own
    # timeline.json again with --force deleted its file, and with it the page that the
    # correction links to (check then failed). A new slide of its day took its file,
    # where 'removed:' hid it; a slide of it still in the sheet keeps it taken out.
    empty.write(
        "content/port/story.yaml",
        "title: Port\nsummary: S.\npublished: 2001-01-01\nupdates:\n  - date: 2001-02-03\n"
        "    kind: correction\n    text: We took out [the blast](events/2001-02-01-blast.yaml).\n",
    )
    empty.write("content/port/events/2001-01-01-rally.yaml", "title: Rally\ndate: 2001-01-01\nsummary: S.\n")
    blast = (
        "title: Blast\ndate: 2001-02-01\nsummary: Unconfirmed.\n"
        "removed:\n  date: 2001-02-03\n  reason: We could not confirm it.\n"
    )
    empty.write("content/port/events/2001-02-01-blast.yaml", blast)
    build(content="content", templates=TEMPLATES, out="site", base_url="https://example.org/news/")
    assert main(["import", "timelinejs", "site/port/timeline.json", "--story", "port", "--force"]) == 0
    events = Path("content/port/events")
    assert (events / "2001-02-01-blast.yaml").read_text() == blast
    said = capsys.readouterr().err
    assert (
        "kept 1 event file of events taken out ('removed:') that site/port/timeline.json does not have, "
        "as no export has them: 2001-02-01-blast.yaml"
    ) in said
    assert "deleted" not in said
    assert main(["check"]) == 0
    # A sheet with a new slide on its day (what put it right), and one with its own.

    def sheet(headline: str) -> str:
        day = {"year": "2001", "month": "2", "day": "1"}
        return json.dumps({"events": [{"start_date": day, "text": {"headline": headline, "text": "s"}}]})

    Path("t.json").write_text(sheet("Fire at the depot"))
    assert main(["import", "timelinejs", "t.json", "--story", "port", "--force"]) == 0
    assert (events / "2001-02-01-blast.yaml").read_text() == blast
    assert "removed" not in (events / "2001-02-01-fire-at-the-depot.yaml").read_text()
    Path("t.json").write_text(sheet("Blast"))
    assert main(["import", "timelinejs", "t.json", "--story", "port", "--force"]) == 0
    assert "removed:\n  date: 2001-02-03\n" in (events / "2001-02-01-blast.yaml").read_text()
