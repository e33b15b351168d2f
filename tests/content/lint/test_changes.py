"""The dates of the story's changes against its events and the clock (``changes.py``),
each message exactly.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from generator.content.dates import parse_date
from generator.content.lint.changes import EARLIEST_CLOCK, has_begun
from tests.conftest import Project
from tests.content.lint.said import EVENT, STORY, warnings


def test_updated_earlier_than_the_latest_event(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.write(
        "content/story-a/events/e2.yaml", "title: Later\ndate: 2020-03\nsummary: S\nsources: [src-a]\n"
    )
    # Never "move 'published'": the story was published then, and took the event in later.
    assert warnings(project, capsys) == [
        f"{STORY}:3:12: warning: 'published' (2020-01-02) is earlier than the latest event 'e2' (2020-03); "
        "add an entry to 'updates' (or an 'updated' date) for when the story took it in"
    ]
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story + "updates:\n  - date: 2020-02-01\n    text: More.\n    kind: update\n")
    assert warnings(project, capsys) == [
        f"{STORY}:7:1: warning: the latest entry of 'updates' (2020-02-01) is earlier than the latest "
        "event 'e2' (2020-03); add an entry to 'updates' for what changed since"
    ]
    project.write(STORY, story + "updated: 2020-03-31\n")
    assert warnings(project, capsys) == []


def _on_the_clock(moment: datetime) -> str:
    """``moment`` as an event's date is written, to the minute, without a UTC offset."""
    return moment.strftime("%Y-%m-%dT%H:%M")


def test_what_is_still_to_come_is_no_news_the_story_has_not_taken_in(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A breaking story: an update at 18:30 announces a curfew from 21:00, and says schools
    # stay closed until next week. 'check --strict' (the Pages workflow, deploy) refused
    # it: "the latest entry of 'updates' is earlier than the latest event", for times that
    # had not come yet.
    now = datetime.now(UTC)
    story = project.root.joinpath(STORY).read_text().replace("2020-01-02", "2020-01-01")
    update = f"updates:\n  - date: {_on_the_clock(now - timedelta(hours=13))}\n    text: Curfew.\n    kind: update\n"
    project.write(STORY, story + update)
    later = f"title: Curfew\ndate: {_on_the_clock(now + timedelta(hours=2))}\nsummary: S\nsources: [src-a]\n"
    project.write("content/story-a/events/e2.yaml", later)
    closed = f"date: {_on_the_clock(now - timedelta(days=3))}\nend: {(now + timedelta(days=5)).date()}\n"
    project.write(
        "content/story-a/events/e3.yaml", f"title: Schools closed\n{closed}summary: S\nsources: [src-a]\n"
    )
    assert warnings(project, capsys, "--strict") == []
    # Given with its UTC offset, a time is known to have come or not, wherever it is.
    offset = f"date: {(now - timedelta(hours=1)).strftime('%Y-%m-%dT%H:%MZ')}\n"
    project.write("content/story-a/events/e2.yaml", later.replace(later.split("\n")[1] + "\n", offset))
    assert [w.split(": warning: ")[1].split(" (")[0] for w in warnings(project, capsys)] == [
        "the latest entry of 'updates'"
    ]
    # Without one, once it has come on every clock on Earth (UTC-12): the same warning.
    project.write("content/story-a/events/e2.yaml", later.replace(
        later.split("\n")[1], f"date: {_on_the_clock(now - timedelta(hours=12, minutes=30))}"))  # fmt: skip
    assert len(warnings(project, capsys)) == 1


@pytest.mark.parametrize(
    ("date", "begun"),
    [("0001-01-01T00:00+05:00", True), ("9999-12-31T23:59-05:00", False), ("0001", True), ("9999", False)],
)
def test_whether_a_date_has_begun_holds_at_the_ends_of_the_calendar(date: str, begun: bool) -> None:
    # Moved by its offset, a date in year 1 or 9999 left the years a datetime holds:
    # check stopped with an OverflowError's traceback.
    assert has_begun(parse_date(date), datetime.now(UTC)) is begun


def test_with_the_sites_time_zone_a_time_without_offset_is_judged_exactly(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # An event an hour ago on the newsroom's clock: on no clock of the world's alone it
    # might still be to come, so nothing was said of it for 12 hours.
    zone = "Asia/Bishkek"
    now = datetime.now(ZoneInfo(zone)).replace(tzinfo=None)
    story = project.root.joinpath(STORY).read_text()
    update = (
        f"updates:\n  - date: {_on_the_clock(now - timedelta(hours=3))}\n    text: More.\n    kind: update\n"
    )
    project.write(STORY, story + update)
    event = f"title: Later\ndate: {_on_the_clock(now - timedelta(hours=1))}\nsummary: S\nsources: [src-a]\n"
    project.write("content/story-a/events/e2.yaml", event)
    assert warnings(project, capsys) == []
    project.write("content/site.yaml", f"title: Test site\ntime_zone: {zone}\n")
    assert [w.split(": warning: ")[1].split(" (")[0] for w in warnings(project, capsys)] == [
        "the latest entry of 'updates'"
    ]
    assert has_begun(
        parse_date("2020-01-01T10:00"), datetime(2020, 1, 1, 4, 30, tzinfo=UTC), zone
    )  # 10:30 there
    assert not has_begun(parse_date("2020-01-01T10:00"), datetime(2020, 1, 1, 3, 30, tzinfo=UTC), zone)


def test_an_event_added_before_the_story_was_published(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    event = project.root.joinpath("content/story-a/events/e1.yaml").read_text()
    project.write("content/story-a/events/e1.yaml", event + "added: 2019-12-30\n")
    assert warnings(project, capsys) == [
        "content/story-a/events/e1.yaml:7:8: warning: event 'e1' was added (2019-12-30) before the story was "
        "published (2020-01-02); 'added' is for an event added to a published story: delete it, or give the "
        "day it was added"
    ]
    project.write("content/story-a/events/e1.yaml", event + "added: 2020-01-02\n")  # the day it came out
    assert warnings(project, capsys) == []


def test_a_date_of_the_storys_changes_still_to_come(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A live desk typing 2026-12-10 for 2026-12-01: nothing was said, and the feed dated
    # the update (and the story's entry, first in every feed reader) days ahead.
    now = datetime.now(UTC)
    later = (now + timedelta(days=3)).date().isoformat()
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story + f"updated: {later}\nupdates:\n  - date: {later}\n    text: More.\n")
    event = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, event + f"added: {later}\n")
    said = "has not come yet; give {} (a date still to come is shown to readers, and puts the story first in feed readers until that day)"
    assert warnings(project, capsys) == [
        f"{EVENT}:7:8: warning: 'added' ({later}) " + said.format("when the event was added"),
        f"{STORY}:7:10: warning: 'updated' ({later}) " + said.format("when the story last changed"),
        f"{STORY}:9:11: warning: this update's date ({later}) " + said.format("when the story changed"),
    ]
    # Published tomorrow: fine for a draft being readied, not for a story out now.
    project.write(STORY, story.replace("2020-01-02", later))
    project.write(EVENT, event)
    assert warnings(project, capsys) == [
        f"{STORY}:3:12: warning: 'published' ({later}) " + said.format("the day it was published")
    ]
    project.write(STORY, story.replace("2020-01-02", later) + f"draft: true\nupdated: {later}\n")
    assert warnings(project, capsys) == []
    # An hour ahead of UTC is now somewhere on Earth, unless its offset says otherwise; a
    # draft's 'added' is for when it is published.
    project.write(STORY, story)
    soon = now + timedelta(hours=1)
    project.write(EVENT, event + f"added: {_on_the_clock(soon)}\n")
    assert warnings(project, capsys) == [
        f"{EVENT}:7:8: warning: event 'e1' was added ({_on_the_clock(soon)}) after the story last changed, "
        "'published' (2020-01-02); add an entry to 'updates' for it"
    ]
    project.write(EVENT, event + f"added: {soon.strftime('%Y-%m-%dT%H:%MZ')}\n")
    assert [w.split(": warning: ")[1].split(" (")[0] for w in warnings(project, capsys)] == ["'added'"]
    project.write(EVENT, event + f"added: {later}\ndraft: true\n")
    assert warnings(project, capsys) == [  # nothing of 'added'; the story's one event is that draft
        f"{STORY}:1:8: warning: story 'story-a' is published, and its only events are drafts (1): its page "
        "would say 'No events yet.'; publish one (delete its 'draft: true'), or mark the story 'draft: true' "
        "until it has one"
    ]


def test_added_is_compared_with_a_published_time_as_updates_are(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    story = project.root.joinpath(STORY).read_text().replace("2020-01-02", "2020-01-02T06:30+06:00")
    project.write(STORY, story)
    event = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, event + "added: 2020-01-02T05:30+06:00\n")  # an hour before the story
    assert [w.split(": warning: ")[1].split(";")[0] for w in warnings(project, capsys)] == [
        "event 'e1' was added (2020-01-02T05:30+06:00) before the story was published (2020-01-02T06:30+06:00)"
    ]
    project.write(EVENT, event + "added: 2020-01-02\n")  # a day against a time: may be after it
    assert warnings(project, capsys) == []


def test_a_published_time_still_to_come_is_told_as_a_time(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    soon = (datetime.now(UTC) + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%MZ")
    story = project.root.joinpath(STORY).read_text().replace("2020-01-02", soon)
    project.write(STORY, story)
    assert warnings(project, capsys) == [
        f"{STORY}:3:12: warning: 'published' ({soon}) has not come yet; give the time it was published "
        "(a date still to come is shown to readers, and puts the story first in feed readers until that day)"
    ]


def test_a_day_still_to_come_on_the_sites_clock_but_here_somewhere_is_no_warning(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A correspondent far east of the site's time zone dates an update today, their day:
    # on the site's clock it is still the day before, and 'check --strict' (the Pages
    # workflow) refused to publish it until midnight there.
    now = datetime.now(UTC)
    today_somewhere = (now + EARLIEST_CLOCK).date().isoformat()  # tomorrow on the site's clock
    project.write("content/site.yaml", "title: Test site\ntime_zone: Pacific/Pago_Pago\n")
    story = project.root.joinpath(STORY).read_text()
    update = f"updated: {today_somewhere}\nupdates:\n  - date: {today_somewhere}\n    text: More.\n"
    project.write(STORY, story + update)
    assert warnings(project, capsys) == []
    # A time without an offset is still read on the site's clock: an hour ahead there is to come.
    soon = _on_the_clock(now.astimezone(ZoneInfo("Pacific/Pago_Pago")) + timedelta(hours=1))
    project.write(STORY, story + f"updated: {soon}\n")
    assert [w.split(": warning: ")[1].split(" (")[0] for w in warnings(project, capsys)] == ["'updated'"]


def test_a_draft_later_than_the_story_is_no_warning(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A pull request adding an embargoed draft must pass 'check --strict': the draft is
    # not published, so the story's dates need not cover it until it is.
    draft = "title: Planned\ndate: 2020-03\nadded: 2020-03-02\nsummary: S\nsources: [src-a]\ndraft: true\n"
    project.write("content/story-a/events/e2.yaml", draft)
    assert warnings(project, capsys, "--strict") == []
    project.write("content/story-a/events/e2.yaml", draft.replace("draft: true\n", ""))
    # Once (it was said twice, by its date too): an event's 'added' says when the story took it in.
    assert [w.split(": warning: ")[1].split(";")[0] for w in warnings(project, capsys)] == [
        "event 'e2' was added (2020-03-02) after the story last changed, 'published' (2020-01-02)",
    ]


def test_an_event_taken_out_after_the_story_last_changed(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Readers of the story page and of the feed would learn nothing of it: a correction
    # says what was taken out and why, and the event's page links to it.
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Rumour\ndate: 2020-01-01\nsummary: S\nremoved:\n  date: 2020-01-05\n  reason: Wrong.\n",
    )
    assert warnings(project, capsys) == [
        "content/story-a/events/e2.yaml:5:9: warning: event 'e2' was taken out (2020-01-05) after the story "
        "last changed, 'published' (2020-01-02); add a correction to 'updates' saying what was taken out "
        "and why, linking to events/e2.yaml (the event's page then links to it)"
    ]
    correction = (
        "updates:\n  - date: 2020-01-05\n    kind: correction\n    text: Took out [it](events/e2.yaml).\n"
    )
    project.write(STORY, project.root.joinpath(STORY).read_text() + correction)
    assert warnings(project, capsys) == []


def test_an_event_taken_out_on_a_day_still_to_come(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    later = (datetime.now(UTC) + timedelta(days=3)).date().isoformat()
    project.write(
        "content/story-a/events/e2.yaml",
        f"title: Rumour\ndate: 2020-01-01\nsummary: S\nremoved:\n  date: {later}\n  reason: Wrong.\n",
    )
    assert warnings(project, capsys) == [
        f"content/story-a/events/e2.yaml:5:9: warning: 'removed: date' ({later}) has not come yet; give when "
        "the event was taken out (its page shows that date to readers)"
    ]


def test_an_event_taken_out_before_the_story_was_published(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A year mistyped (2010 for 2020): its notice told readers it was taken out before there
    # was a story to take it out of, and check said nothing.
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Rumour\ndate: 2020-01-01\nsummary: S\nremoved:\n  date: 2010-01-05\n  reason: Wrong.\n",
    )
    assert warnings(project, capsys) == [
        "content/story-a/events/e2.yaml:5:9: warning: 'removed: date' (2010-01-05) is before the story was "
        "published (2020-01-02); give when the event was taken out of the published story (its page shows "
        "that date to readers)"
    ]
    # Taken out on the day it was published, at any time of it: nothing to say.
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Rumour\ndate: 2020-01-01\nsummary: S\nremoved:\n  date: 2020-01-02\n  reason: Wrong.\n",
    )
    assert warnings(project, capsys) == []
