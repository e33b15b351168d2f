"""Dates shown in an order the editor probably did not mean (``dateorder.py``), each
message exactly.
"""

from __future__ import annotations

import pytest

from tests.conftest import Project
from tests.content.lint.said import STORY, warnings


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
