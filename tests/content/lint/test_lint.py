"""``explainer check`` warnings (``lint/__init__.py``): one test per lint, each message exactly.

The output formats and ``--strict`` are the command's: tests/commands/test_check.py.
The warnings of each file alone, and of its text, are tested beside this file, by the
module that finds them.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from generator.commands.check import check
from generator.content.dates import parse_date
from generator.content.lint import EARLIEST_CLOCK, has_begun
from generator.errors import ContentError
from tests.conftest import TEMPLATES, Project
from tests.content.lint.said import EVENT, STORY, warnings


def test_the_minimal_project_has_no_warnings(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert warnings(project, capsys) == []


def test_unreferenced_figure_location_and_source(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("content/story-a/figures/fig-b.yaml", "name: B\nrole: R\n")
    project.write("content/story-a/locations/loc-b.yaml", "name: B\ncoordinates: [1, 2]\n")
    project.write(STORY, project.root.joinpath(STORY).read_text() + "  src-b:\n    publisher: Other\n")
    assert warnings(project, capsys) == [
        "content/story-a/figures/fig-b.yaml:1:1: warning: figure 'fig-b' is not in any event",
        "content/story-a/locations/loc-b.yaml:1:1: warning: location 'loc-b' is not in any event",
        f"{STORY}:7:3: warning: source 'src-b' is not cited anywhere",
    ]
    # A text's link to it on the story page cites it too.
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story.replace("What story A is about.", "As [Other](#source-src-b) says."))
    assert not [w for w in warnings(project, capsys) if "src-b" in w]


def test_two_events_with_the_same_date_and_title(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write(
        "content/story-a/events/e2.yaml",
        "title: First Event\ndate: 2020-01-01\nsummary: S\nsources: [src-a]\n",
    )
    assert warnings(project, capsys) == [
        "content/story-a/events/e2.yaml:1:8: warning: same date and title as event 'e1'; is it a duplicate?"
    ]


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


def test_updates_listed_out_of_the_order_they_came_in(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    story = project.root.joinpath(STORY).read_text()

    def listed(*dates: str) -> list[str]:
        entries = "".join(f"  - date: {d}\n    text: T.\n" for d in dates)
        project.write(STORY, story + "updated: 2020-03-31\nupdates:\n" + entries)
        return warnings(project, capsys)

    assert listed("2020-01-05", "2020-01-06T12:00", "2020-01-06T15:00") == []
    assert listed("2020-01-06", "2020-01-06T12:00") == []  # the day, then a time on it: in order
    # The latest written first: each entry's address (#update-N) would move at each new one.
    assert listed("2020-01-06", "2020-01-05") == [
        f"{STORY}:11:11: warning: this update (2020-01-05) is earlier than the one listed before it "
        "(2020-01-06); list updates oldest first, each new one at the end (their addresses, "
        "#update-1, #update-2..., follow the list)"
    ]
    # Times with their offsets are compared as moments: 14:00 at -05:00 is after 18:00 UTC,
    # and the hour that comes twice as summer time ends is in order.
    assert listed("2020-02-19T18:00Z", "2020-02-19T14:00-05:00") == []
    assert listed("2020-03-29T02:50+02:00", "2020-03-29T02:10+01:00") == []
    assert len(listed("2020-02-19T14:00-05:00", "2020-02-19T18:00Z")) == 1
    # The same entry twice (a block copied for the next one and left as it was).
    assert listed("2020-01-05", "2020-01-06", "2020-01-06") == [
        f"{STORY}:13:11: warning: same date and text as the entry of 'updates' on line 11: if it is a "
        "copy, delete one; if not, say what changed in each (the new figure, the new fact) and give "
        "each its time"
    ]
    # Only the day after a time on it: shown below that one, as the older.
    assert listed("2020-01-06T12:00", "2020-01-06") == [
        f"{STORY}:11:11: warning: this update gives only 2020-01-06, the one before it a finer date in it "
        "(2020-01-06T12:00); give this one as finely, or readers see it as the older of the two"
    ]


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
    assert warnings(project, capsys) == []


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


def test_a_coarser_date_shown_before_the_finer_dates_inside_it(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    def write(name: str, date: str, extra: str = "") -> None:
        project.write(
            f"content/story-a/events/{name}.yaml",
            f"title: {name}\ndate: {date}\nsummary: S\nsources: [src-a]\n{extra}",
        )

    write("first-out", "2010-10-13T00:11")
    write("super-mario", "2010-10-13")
    write("collapse", "2010-08-05")
    write("alive", "2010-08-22")
    write("drills", "2010-08")
    write("decade", "2010")
    assert warnings(project, capsys) == [
        "content/story-a/events/decade.yaml:2:7: warning: event 'decade' (2010) is shown before the 5 "
        "events dated within it, 'drills' to 'first-out', because a year alone comes before the "
        "dates in it; if it happened later, add 'after: <id>' with the one it follows, or add "
        "'before: drills' to keep this order",
        "content/story-a/events/drills.yaml:2:7: warning: event 'drills' (August 2010) is shown before "
        "the 2 events dated within it, 'collapse' to 'alive', because a month without a day comes "
        "before the days in it; if it happened later, add 'after: <id>' with the one it follows, or "
        "add 'before: collapse' to keep this order",
        "content/story-a/events/super-mario.yaml:2:7: warning: event 'super-mario' (13 October 2010) is "
        "shown before 'first-out' (13 October 2010, 00:11), because a day without a time comes before "
        "the times on it; if it happened later, add 'after: first-out', or add 'before: first-out' to "
        "keep this order",
    ]
    write("drills", "2010-08", "after: alive\n")
    write("super-mario", "2010-10-13", "after: first-out\n")
    write("decade", "2010", "before: collapse\n")
    assert warnings(project, capsys, "--strict") == []


def test_two_versions_of_one_story_in_the_same_language(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    story = project.root.joinpath(STORY).read_text()
    lines = len(story.splitlines())
    for sid, extra in (
        ("story-b", "translation_of: story-a\n"),
        ("story-c", "language: ru\ntranslation_of: story-b\n"),
    ):
        project.write(f"content/{sid}/story.yaml", story + extra)
        for rel in ("events/e1.yaml", "figures/fig-a.yaml", "locations/loc-a.yaml"):
            project.write(f"content/{sid}/{rel}", project.root.joinpath(f"content/story-a/{rel}").read_text())
    assert warnings(project, capsys) == [
        f"content/story-b/story.yaml:{lines + 1}:17: warning: story 'story-b' is in the same language "
        "('en') as 'story-a', another version of the same story; give it its own language, or take "
        "out 'translation_of' if it is a story of its own",
    ]
    project.write("content/story-b/story.yaml", story + "language: de\ntranslation_of: story-a\n")
    assert warnings(project, capsys) == []  # English, German and Russian: one version each


def test_a_quote_meant_for_a_figure(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    # Credited to "fig-aa" or to "Figure A", the words would not link to the figure's page.
    event = project.root.joinpath(EVENT).read_text()
    quotes = "quotes:\n  - text: One.\n    by: fig-aa\n  - text: Two.\n    by: figure a\n  - text: Three.\n    by: A passer-by\n"
    project.write(EVENT, event + quotes)
    assert warnings(project, capsys) == [
        f"{EVENT}:9:9: warning: 'fig-aa' is not a figure of this story; did you mean 'fig-a'?",
        f"{EVENT}:11:9: warning: 'figure a' is the name of figure 'fig-a'; write 'by: fig-a' to link the "
        "quote to the figure's page",
    ]


def test_a_published_texts_link_to_a_draft_is_said(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """The link works in the preview; the published site shows its words only."""
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Two\ndate: 2020-01-01\nsummary: Soon.\nsources: [src-a]\ndraft: true\n",
    )
    text = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, text + "body: See [what comes](events/e2.yaml).\n")
    assert warnings(project, capsys) == [
        f"{EVENT}:7:24: warning: 'body': the link to the draft 'e2' is shown as its words only in the "
        "published site, until that event is published"
    ]
    project.write(
        "content/story-a/events/e2.yaml", "title: Two\ndate: 2020-01-01\nsummary: Soon.\nsources: [src-a]\n"
    )
    assert warnings(project, capsys) == []


# --- the warnings of content with errors (``known_warnings``) --------------------------


def errors_and_warnings(project: Project) -> tuple[list[str], list[str]]:
    """What ``check`` raises for content with errors: its errors, and the warnings known
    in spite of them, as printed."""
    with pytest.raises(ContentError) as caught:
        check(content="content")
    return [str(p) for p in caught.value.problems], [str(w) for w in caught.value.warnings]


NO_SOURCES = "title: Second event\ndate: 2020-01-02\nsummary: S.\n"


def test_the_warnings_of_files_without_errors_come_with_the_errors(project: Project) -> None:
    project.write(EVENT, "title: First event\ndate: 2020-02-30\nsummary: S.\n")  # an error, no sources
    project.write("content/story-a/events/e2.yaml", NO_SOURCES)
    project.write("content/story-a/locations/loc-a.yaml", "name: Place A\n")
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story.replace("What story A is about.", '"TODO: what story A is about."'))
    project.write("content/site.yaml", "title: Site #1\n")
    errors, warnings = errors_and_warnings(project)
    assert errors == [f"{EVENT}:2:7: 'date' is not a valid date: February 2020 has no day 30"]
    assert warnings == [  # e1's own "cites no source" waits until its date is fixed
        "content/site.yaml:1:13: warning: 'title': everything after ' #' is a YAML comment, left out of "
        "the text (it reads 'Site'); to keep it, put the whole value in double quotes: \"Site #1\"",
        "content/story-a/events/e2.yaml:1:8: warning: event 'e2' cites no source; add 'sources:'",
        "content/story-a/locations/loc-a.yaml:1:7: warning: location 'loc-a' has no coordinates, so it "
        "cannot be mapped; add them, or 'unmapped: true' if it has no position to give",
        f"{STORY}:2:10: warning: 'summary' still has the placeholder text from 'explainer new'",
    ]


@pytest.mark.parametrize(
    "broken",
    [
        "title: First event\ndate: 2020-02-30\nsummary: S.\n",  # a value that does not pass
        "title: First event\ndate: 2020-01-01\n",  # a missing key: no value left invalid
        "title: First event\ndate: 2020-01-01\nsummary: S.\nsumary: T.\n",  # an unknown one
        "title: First event\ndate: 2020-01-01\nsummary: S.\nfigures: [nobody]\n",  # an id naming nothing
    ],
)
def test_a_file_with_errors_gets_no_warnings_until_they_are_fixed(project: Project, broken: str) -> None:
    project.write(EVENT, broken + 'body: "TODO: the rest"\n')
    project.write("content/story-a/events/e2.yaml", NO_SOURCES)
    errors, warnings = errors_and_warnings(project)
    assert errors and all(e.startswith(f"{EVENT}:") for e in errors)
    assert warnings == [
        "content/story-a/events/e2.yaml:1:8: warning: event 'e2' cites no source; add 'sources:'"
    ]


def test_a_story_whose_story_yaml_is_broken_still_shows_its_files_own_warnings(project: Project) -> None:
    story = project.root.joinpath(STORY).read_text()
    project.write(
        STORY, story.replace("title: Story A", 'title: "TODO: a title"').replace("2020-01-02", "2020-13-02")
    )
    project.write(
        "content/story-a/events/e2.yaml", NO_SOURCES + "body: See [the report] (https://example.org).\n"
    )
    project.write("content/story-a/figures/fig-a.yaml", 'name: Figure A\nrole: "TODO: who"\n')
    errors, warnings = errors_and_warnings(project)
    assert errors == [f"{STORY}:3:12: 'published' is not a valid date: there is no month 13"]
    assert warnings == [  # not story.yaml's own; nor "source 'src-a' is not cited", which needs the story
        "content/story-a/events/e2.yaml:1:8: warning: event 'e2' cites no source; add 'sources:'",
        "content/story-a/events/e2.yaml:4:11: warning: 'body': '[the report] (' shows its brackets instead "
        "of a link; remove the space before '('",
        "content/story-a/figures/fig-a.yaml:2:7: warning: 'role' still has the placeholder text from "
        "'explainer new'",
    ]


def test_warnings_of_the_whole_story_wait_for_content_without_errors(project: Project) -> None:
    """What nothing refers to, and the card of a story without a picture, are known once
    the whole story is; while an event is broken, the figure it names may look unused."""
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story.replace("title: Story A", "title: 港珠澳大桥"))
    project.write(EVENT, "title: First event\ndate: 2020-02-30\nsummary: S.\nfigures: [fig-a]\n")
    assert errors_and_warnings(project)[1] == []


def test_a_link_to_an_update_or_a_source_that_is_not_there(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """'#update-N' and '#source-<id>' lead to that place on the story page from every page
    that shows the text; one the story does not have leads nowhere, in any text."""
    story = project.root.joinpath(STORY).read_text()
    project.write(
        STORY,
        story.replace("What story A is about.", "See [the wire](#source-src-b) and [the fix](#update-9).")
        + "updates:\n  - date: 2020-01-03\n    text: Fixed; see [Example](#source-src-a) and [this](#update-1).\n"
        "  - date: 2020-01-04\n    text: Again, after [the first](#update-3).\n",
    )
    event = project.root.joinpath(EVENT).read_text()
    project.write(
        EVENT,
        event.replace("Something happened.", "As [first said](#update-1), by [Example](#source-src-a).")
        + "body: |\n  See [the correction](#update-2) and [the source](#source-wire).\n",
    )
    project.write(
        "content/story-a/figures/fig-a.yaml",
        "name: Figure A\nrole: Someone involved\nsummary: Told by [Example](#source-src-a), [x](#update-4).\n",
    )
    assert warnings(project, capsys) == [
        f"{EVENT}:8:52: warning: 'body': the link to '#source-wire' leads nowhere: the story has "
        "no source 'wire'; link to one of its 'sources' (in story.yaml) as #source-<its id>",
        "content/story-a/figures/fig-a.yaml:3:48: warning: 'summary': the link to '#update-4' leads "
        "nowhere: the story's 'updates' has 2 entries, #update-1 to #update-2, counted from the first "
        "written; link to one of them, or delete the link",
        f"{STORY}:2:25: warning: 'summary': the link to '#source-src-b' leads nowhere: the story has "
        "no source 'src-b'; did you mean 'src-a'?",
        f"{STORY}:2:54: warning: 'summary': the link to '#update-9' leads nowhere: the story's "
        "'updates' has 2 entries, #update-1 to #update-2, counted from the first written; link to "
        "one of them, or delete the link",
        f"{STORY}:11:36: warning: 'updates[2].text': the link to '#update-3' leads nowhere: the story's "
        "'updates' has 2 entries, #update-1 to #update-2, counted from the first written; link to "
        "one of them, or delete the link",
    ]


def test_a_link_to_an_update_or_a_source_written_another_way_is_told_how_to_write_it(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    story = project.root.joinpath(STORY).read_text()
    summary = "See [A](#Source-SRC-A), [one](#update-01), [x](#source-) and [y](#Update-1)."
    project.write(
        STORY,
        story.replace("What story A is about.", summary)
        + "updates:\n  - date: 2020-01-03\n    text: More.\n",
    )
    told = [w.split(": warning: ")[1] for w in warnings(project, capsys)]
    assert told == [
        "'summary': the link to '#Source-SRC-A' leads nowhere: write '#source-src-a'",
        "'summary': the link to '#update-01' leads nowhere: write '#update-1'",
        "'summary': the link to '#source-' leads nowhere: it names no source; write #source- and the "
        "id of one of the story's 'sources'",
        "'summary': the link to '#Update-1' leads nowhere: write '#update-1'",
    ]
    # A story without sources says so.
    bare = re.sub(r"sources:\n(  .*\n)+", "", story).replace("What story A is about.", "By [A](#source-a).")
    project.write(STORY, bare)
    project.write(EVENT, re.sub(r"sources: .*\n", "", project.root.joinpath(EVENT).read_text()))
    told = [w.split(": warning: ")[1] for w in warnings(project, capsys) if "#source" in w]
    assert told == [
        "'summary': the link to '#source-a' leads nowhere: the story has no 'sources' (in story.yaml); "
        "add the source there, or delete the link"
    ]


def test_links_to_places_that_are_there_and_the_themes_own_are_no_warning(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A link to an update or a source the story has leads to the story page, which lists
    them all, from any page: an event's text, whether it cites the source or not; a
    figure's; an event's summary in a long story, whose page lists years."""
    story = project.root.joinpath(STORY).read_text()
    project.write(
        STORY,
        story.replace("What story A is about.", "See [Example](#source-src-a) and [it](#update-1).")
        + "  src-b:\n    publisher: Wire\n"
        "updates:\n  - date: 2020-01-03\n    text: See [the timeline](#timeline), [it](#update-1).\n"
        "unknowns:\n  - Why, says [Example](#source-src-a); see [more](#sources) and [x](#whatever).\n",
    )
    event = project.root.joinpath(EVENT).read_text()
    project.write(
        EVENT,
        event.replace("Something happened.", "As [first said](#update-1).")
        + "body: |\n  [Example](#source-src-a) says so, [the wire](#source-src-b) too; [it](#update-1);"
        " `[code](#update-7)`; [top](#top).\n",
    )
    project.write(
        "content/story-a/figures/fig-a.yaml",
        "name: Figure A\nrole: Someone involved\nsummary: See [the timeline](#timeline), "
        "[Example](#source-src-a), [it](#update-1).\n",
    )
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Two\ndate: 2020-01-02\nsummary: S\nsources: [src-a]\n"
        "quotes:\n  - text: Quoted.\n    by: Someone\n    source: src-b\n",
    )
    assert warnings(project, capsys) == []
    monkeypatch.setattr("generator.render.pages.YEAR_PAGES_FROM", 0)
    assert warnings(project, capsys) == []


def test_two_stories_with_the_same_title_in_one_language(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """A story folder copied to start the next one: two cards alike on the home page, one
    choice of story on the search page. Versions of one story may share a title."""
    story = project.root.joinpath(STORY).read_text()

    def copy(sid: str, text: str) -> None:
        project.write(f"content/{sid}/story.yaml", text)
        for rel in ("events/e1.yaml", "figures/fig-a.yaml", "locations/loc-a.yaml"):
            project.write(f"content/{sid}/{rel}", project.root.joinpath(f"content/story-a/{rel}").read_text())

    copy("story-b", story.replace("title: Story A", "title: story  a"))
    copy("story-c", story + "language: de\n")  # German: a choice of its own language
    copy("story-d", story + "language: fr\ntranslation_of: story-a\n")
    copy("story-e", story + "language: de\ntranslation_of: story-a\n")  # not story-c's version
    assert warnings(project, capsys) == [
        "content/story-b/story.yaml:1:8: warning: story 'story-b' has the same title as story 'story-a', "
        "in the same language: the home page would show two cards alike, and search would offer one "
        "choice for both stories; give each a title of its own",
        "content/story-e/story.yaml:1:8: warning: story 'story-e' has the same title as story 'story-c', "
        "in the same language: the home page would show two cards alike, and search would offer one "
        "choice for both stories; give each a title of its own",
    ]
    project.write("content/story-b/story.yaml", story.replace("title: Story A", "title: Story B"))
    project.write("content/story-c/story.yaml", story + "language: de\ntranslation_of: story-a\n")
    project.write("content/story-e/story.yaml", story + "language: es\ntranslation_of: story-a\n")
    assert warnings(project, capsys) == []
    # A draft copy is the newcomer, though its folder is read first: told at its title.
    copy("a-copy", story + "draft: true\n")
    assert [w for w in warnings(project, capsys) if "same title" in w] == [
        "content/a-copy/story.yaml:1:8: warning: story 'a-copy' has the same title as story 'story-a', "
        "in the same language: once it is published, the home page would show two cards alike, and "
        "search would offer one choice for both stories; give each a title of its own",
    ]


def test_the_preview_keeps_a_files_links_but_judges_them_again_as_the_story_changes(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each file's links to the story page are kept while it is unchanged; whether they
    lead anywhere is told from the story as it is now."""
    from generator.content import lint as module
    from generator.content.lint import lint
    from generator.pipeline import load_and_check
    from generator.speed import Fast

    looked_in: list[str] = []
    look = module._story_page_links

    def counted(root: Any, record: Any) -> Any:
        looked_in.append(root.pos.path)
        return look(root, record)

    monkeypatch.setattr(module, "_story_page_links", counted)

    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story + "updates:\n  - date: 2020-01-03\n    text: Fixed.\n")
    event = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, event.replace("Something happened.", "As [corrected](#update-2)."))
    speed = Fast("content")

    def said() -> list[str]:
        raw, site = load_and_check("content", speed)
        return [p.message for p in lint(raw, site, speed.checks)]

    assert said() == [
        "'summary': the link to '#update-2' leads nowhere: the story's 'updates' has 1 entry, "
        "#update-1, counted from the first written; link to one of them, or delete the link"
    ]
    project.write(
        STORY,
        story + "updates:\n  - date: 2020-01-03\n    text: Fixed.\n  - date: 2020-01-04\n    text: Again.\n",
    )
    assert said() == []
    assert looked_in.count(EVENT) == 1  # the event's file is unchanged: its links were kept
    assert looked_in.count(STORY) == 2


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


def test_a_translation_still_showing_an_event_the_original_took_out(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A translation keeps the ids: its event e2 is the original's e2, whose mistake it
    # would go on publishing.
    story = project.root.joinpath(STORY).read_text()
    updates = (
        "updates:\n  - date: 2020-01-05\n    kind: correction\n    text: Took out [it](events/e2.yaml).\n"
    )
    project.write(STORY, story + updates)
    project.write("content/story-b/story.yaml", story + "language: de\ntranslation_of: story-a\n" + updates)
    for rel in ("events/e1.yaml", "figures/fig-a.yaml", "locations/loc-a.yaml"):
        project.write(f"content/story-b/{rel}", project.root.joinpath(f"content/story-a/{rel}").read_text())
    event = "title: Rumour\ndate: 2020-01-01\nsummary: S\nsources: [src-a]\n"
    removed = "removed:\n  date: 2020-01-05\n  reason: Wrong.\n"
    project.write("content/story-a/events/e2.yaml", event + removed)
    project.write("content/story-b/events/e2.yaml", event.replace("Rumour", "Gerücht"))
    assert warnings(project, capsys) == [
        "content/story-b/events/e2.yaml:1:8: warning: the original story took this event out on 2020-01-05 "
        "(events/e2.yaml of 'story-a'); take it out here too with 'removed:' (its date and the reason, "
        "in this story's language), or give this event an id of its own if it is not the same event",
    ]
    project.write("content/story-b/events/e2.yaml", event + removed.replace("Wrong.", "Falsch."))
    assert warnings(project, capsys) == []


def test_links_in_the_text_of_an_event_taken_out_are_looked_at_only_in_its_title_and_reason(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A link to a draft or to an update the story lacks, in its summary, reaches no reader.
    project.write(
        "content/story-a/events/e3.yaml",
        "title: Soon\ndate: 2020-01-01\nsummary: S\nsources: [src-a]\ndraft: true\n",
    )
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Rumour\ndate: 2020-01-01\nsummary: See [soon](events/e3.yaml) and [this](#update-9).\n"
        "removed:\n  date: 2020-01-02\n  reason: See [soon](events/e3.yaml) and [this](#update-9).\n",
    )
    assert warnings(project, capsys) == [
        "content/story-a/events/e2.yaml:6:22: warning: 'removed.reason': the link to the draft 'e3' is shown "
        "as its words only in the published site, until that event is published",
        "content/story-a/events/e2.yaml:6:49: warning: 'removed.reason': the link to '#update-9' leads "
        "nowhere: the story has no 'updates' yet; add the entry, or delete the link",
    ]


def test_a_figure_or_location_named_only_by_events_taken_out(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Nothing only an event taken out uses is published, its figure's and place's pages
    # included: deploy then refused the site, as readers' links to them would break, and
    # check --strict had said nothing.
    correction = (
        "updates:\n  - date: 2020-01-05\n    kind: correction\n    text: Took out [it](events/e2.yaml).\n"
    )
    project.write(STORY, project.root.joinpath(STORY).read_text() + correction)
    project.write("content/story-a/figures/fig-b.yaml", "name: Figure B\nrole: Named wrongly\n")
    project.write("content/story-a/locations/loc-b.yaml", "name: Place B\ncoordinates: [11, 21]\n")
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Rumour\ndate: 2020-01-01\nsummary: S\nfigures: [fig-a, fig-b]\nlocations: [loc-b]\n"
        "removed:\n  date: 2020-01-05\n  reason: Wrong.\n",
    )
    advice = (
        "so its page is no longer published and readers' links to it break; name it in an event still "
        "shown to keep the page, or delete its file (deploy and 'check --since' then ask for "
        "--allow-broken-links or a commit saying [allow broken links])"
    )
    assert warnings(project, capsys) == [
        f"content/story-a/figures/fig-b.yaml:1:1: warning: figure 'fig-b' is named only by events taken out "
        f"('e2'), {advice}",
        f"content/story-a/locations/loc-b.yaml:1:1: warning: location 'loc-b' is named only by events taken "
        f"out ('e2'), {advice}",
    ]


@pytest.mark.parametrize("error_elsewhere", [False, True], ids=["valid", "with-an-error-elsewhere"])
def test_the_preview_finds_a_files_warnings_again_when_its_storys_language_changes(
    project: Project, error_elsewhere: bool
) -> None:
    """A file's own warnings are found in its model, which its story's language sets too:
    French puts a narrow space inside quotation marks, which takes a title of 149
    characters over the limit. The preview kept the warnings of the unchanged event file,
    and said nothing until it was saved again."""
    from generator import pipeline
    from generator.speed import Fast

    title = '"Quoted" ' + "x" * 140
    assert len(title) == 149
    event = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, event.replace("title: First event", f"title: '{title}'"))
    if error_elsewhere:  # check's warnings known in spite of an error (lint.known_warnings)
        project.write(
            "content/story-a/locations/loc-a.yaml", "name: Place A\ncoordinates: [10, 20]\nodd: 1\n"
        )
    built = pipeline.Project("content", TEMPLATES, drafts=True)
    speed = Fast("content")

    def said() -> list[str]:
        try:
            found = pipeline.render(built, speed).warnings
        except ContentError as exc:
            assert error_elsewhere, exc
            found = exc.warnings
        return [p.message for p in found if "characters" in p.message]

    assert said() == []
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story + "language: fr\n")
    assert said() == [
        "the title has 151 characters; a headline reads best in under 100 (a shared link shows "
        "about 60), so keep it under 150 and put the rest in 'summary'"
    ]
