"""The order a timeline lists its events in, kept with 'after' where the dates alone would
not give it."""

from __future__ import annotations

from typing import Any

from generator.content.order import Placement, timeline
from tests.importers.test_convert import run


def test_an_order_the_dates_alone_would_not_give_is_kept_with_after() -> None:
    def at(uid: str, **date: str) -> dict[str, Any]:
        return {
            "unique_id": uid,
            "start_date": {"year": "2010", "month": "10"} | date,
            "text": {"headline": uid},
        }

    story, _ = run(
        at("first-out", day="13", hour="0", minute="11"),
        at("super-mario", day="13"),  # that day, listed after a time on it
        at("last-out", day="13", hour="21", minute="55"),
        at("the-month"),  # the month, listed after a day in it
        at("earlier", day="1"),  # certainly earlier: its date says so
    )
    assert [(e.id, e.after) for e in story.events] == [
        ("first-out", ""),
        ("super-mario", "first-out"),
        ("last-out", ""),
        ("the-month", "last-out"),
        ("earlier", ""),
    ]


def test_the_listed_order_is_kept_after_an_event_placed_itself() -> None:
    # A story's own timeline.csv imported again: the rows are the story's order. An event
    # placed after a time on its day is no longer where its date would put it, so the next
    # one of that day must be placed after it too, however their ids sort.
    def at(uid: str, **date: str) -> dict[str, Any]:
        return {
            "unique_id": uid,
            "start_date": {"year": "2026", "month": "11"} | date,
            "text": {"headline": uid},
        }

    story, _ = run(
        at("under-control", day="29", hour="4", minute="30"),
        at("aerial", day="29"),
        at("cafe", day="29"),  # listed after aerial, its id before it
        at("ship", day="30"),
        at("cause", day="30"),
        at("rebuild", day="30"),  # listed after cause, its id between the two
    )
    placements = {e.id: Placement(e.date, e.after or None) for e in story.events}
    assert timeline(placements)[0] == ["under-control", "aerial", "cafe", "ship", "cause", "rebuild"]
