"""The timeline's order (``order.py``): dates, then what editors place with after/before."""

from __future__ import annotations

from generator.content.dates import parse_date
from generator.content.order import OrderProblem, Placement, timeline


def place(date: str, after: str | None = None, before: str | None = None) -> Placement:
    return Placement(parse_date(date), after, before)


def test_by_date_coarser_first_then_by_id() -> None:
    ids, problems = timeline(
        {
            "b": place("2010-04-19"),
            "a": place("2010-04-19"),
            "late": place("2010-04-19T23:00"),
            "early": place("2010-04-19T00:00"),
            "month": place("2010-04"),
            "year": place("2010"),
            "before": place("2009-12-31"),
        }
    )
    assert ids == ["before", "year", "month", "a", "b", "early", "late"]
    assert problems == []


def test_after_puts_a_coarser_date_directly_after_the_event_it_names() -> None:
    # The miners' rescue: a day without a time after the first man out, and a month
    # after the collapse inside it.
    ids, problems = timeline(
        {
            "collapse": place("2010-08-05"),
            "drills-race": place("2010-08", after="alive"),
            "alive": place("2010-08-22"),
            "september": place("2010-09-01"),
            "first-out": place("2010-10-13T00:11"),
            "super-mario": place("2010-10-13", after="first-out"),
            "last-out": place("2010-10-13T21:55"),
        }
    )
    assert ids == ["collapse", "alive", "drills-race", "september", "first-out", "super-mario", "last-out"]
    assert problems == []


def test_before_and_chains_and_several_placed_next_to_one_event() -> None:
    ids, problems = timeline(
        {
            "x": place("2010-10-13T10:00"),
            "y": place("2010-10-13T12:00"),
            "p2": place("2010-10-13", after="x"),
            "p1": place("2010-10-13", after="x"),
            "chained": place("2010-10-13", after="p1"),
            "lead": place("2010-10-13", before="y"),
        }
    )
    # Several placed after one event keep date-then-id order; each brings its own.
    assert ids == ["x", "p1", "chained", "p2", "lead", "y"]
    assert problems == []


def test_a_chain_of_thousands_each_after_the_one_before() -> None:
    # A sheet of one day's events imported in its order: each 'after' the one before it.
    # Followed by a function calling itself once a link, it stopped check with a traceback.
    events = {f"e{n:05d}": place("2010-10-13", after=f"e{n - 1:05d}" if n else None) for n in range(5000)}
    ids, problems = timeline(dict(reversed(events.items())))
    assert ids == list(events)
    assert problems == []


def test_events_of_one_day_ordered_without_times() -> None:
    ids, _ = timeline({"a-second": place("2010-10-13", after="b-first"), "b-first": place("2010-10-13")})
    assert ids == ["b-first", "a-second"]


def test_a_placement_that_contradicts_the_dates_is_a_problem() -> None:
    ids, problems = timeline(
        {
            "month": place("2010-08"),
            "early": place("2010-08-05"),
            "late": place("2010-08-20", after="month"),
            "wrong": place("2010-08-01", after="late"),
        }
    )
    assert ids == ["month", "late", "wrong", "early"]
    # Each placed event is compared with the latest-starting event before it and the
    # earliest-ending one after it: one problem on each side at most.
    assert problems == [
        OrderProblem(
            "late",
            "after",
            "'after: month' puts this event (20 August 2010) before 'wrong' (1 August 2010), "
            "which is earlier; name the event it directly follows",
        ),
        OrderProblem(
            "wrong",
            "after",
            "'after: late' puts this event (1 August 2010) after 'late' (20 August 2010), "
            "which is later; name the event it directly follows",
        ),
    ]


def test_before_an_earlier_event_is_a_problem() -> None:
    _, problems = timeline({"a": place("2010-01-01"), "b": place("2010-02-01", before="a")})
    assert problems == [
        OrderProblem(
            "b",
            "before",
            "'before: a' puts this event (1 February 2010) before 'a' (1 January 2010), "
            "which is earlier; name the event it directly precedes",
        )
    ]


def test_a_loop_and_a_self_reference_are_problems_and_every_event_keeps_a_place() -> None:
    ids, problems = timeline(
        {
            "a": place("2010-01-01", after="b"),
            "b": place("2010-01-01", before="a"),
            "c": place("2010-01-01", after="c"),
            "d": place("2009"),
        }
    )
    assert ids == ["d", "c", "a", "b"]
    assert problems == [
        OrderProblem("c", "after", "'after' names this event itself; name the event it comes after"),
        OrderProblem(
            "a",
            "after",
            "'after' makes a loop ('a' -> 'b' -> 'a'), so none of them has a place; remove one of these keys",
        ),
        OrderProblem(
            "b",
            "before",
            "'before' makes a loop ('b' -> 'a' -> 'b'), so none of them has a place; remove one of these keys",
        ),
    ]


def test_an_unknown_event_is_left_to_the_reference_check() -> None:
    ids, problems = timeline({"a": place("2010-01-02", after="nope"), "b": place("2010-01-01")})
    assert ids == ["b", "a"]
    assert problems == []
