"""Gaps between timeline entries: measured between the right ends, said no more
precisely than the dates allow, and shown only where they stand out."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.content.dates import PartialDate, parse_date
from generator.content.model import Event
from generator.render.timegaps import Gap, Unit, between, same_day, timeline_entries, timeline_gaps, with_gaps


def event(date: str, end: str | None = None, *, circa: bool = False, eid: str = "") -> Event:
    return Event(
        id=eid or f"e-{date}",
        title="T",
        date=parse_date(date),
        summary="s",
        end=parse_date(end) if end else None,
        circa=circa,
    )


@pytest.mark.parametrize(
    ("earlier", "later", "gap"),
    [
        ("2010-04-07", "2010-04-07T18:00", None),  # the same day
        ("2010-04-07T23:00", "2010-04-08T01:00", Gap(Unit.DAYS, 1)),  # across midnight
        ("2010-04-07", "2010-04-08", Gap(Unit.DAYS, 1)),
        ("2010-04-07", "2010-04-14", Gap(Unit.WEEKS, 1)),
        ("2010-04-07", "2010-04-17", Gap(Unit.DAYS, 10)),
        ("2010-04-07", "2010-04-20", Gap(Unit.DAYS, 13)),
        ("2010-04-07", "2010-04-21", Gap(Unit.WEEKS, 2)),
        ("2010-04-07", "2010-04-28", Gap(Unit.WEEKS, 3)),
        ("2010-04-07", "2010-06-01", Gap(Unit.WEEKS, 8)),
        ("2010-04-07", "2010-06-02", Gap(Unit.MONTHS, 1)),  # 56 days: whole months from here
        ("2010-01-31", "2010-03-30", Gap(Unit.MONTHS, 1)),  # not two: 30 March is before 31 March
        # A year is "1 year later", as people write it, never "12 months later"; the
        # months either side of it stay months.
        ("2010-04-07", "2011-04-06", Gap(Unit.MONTHS, 11)),  # 364 days
        ("2010-04-07", "2011-04-07", Gap(Unit.YEARS, 1)),  # 365 days
        ("2012-01-06", "2013-01-10", Gap(Unit.YEARS, 1)),  # 370 days
        ("2010-04-07", "2011-05-06", Gap(Unit.YEARS, 1)),
        ("2010-04-07", "2011-05-07", Gap(Unit.MONTHS, 13)),
        ("2010-04-07", "2011-10-07", Gap(Unit.MONTHS, 18)),
        # A month's last day ends a whole month from a later day of the month before, as
        # a year from 29 February ends on 28 February (365 days: not "11 months later").
        ("2024-02-29", "2025-02-28", Gap(Unit.YEARS, 1)),
        ("2023-02-28", "2024-02-28", Gap(Unit.YEARS, 1)),
        ("2023-03-31", "2024-02-29", Gap(Unit.MONTHS, 11)),
        ("2010-03-31", "2010-06-30", Gap(Unit.MONTHS, 3)),
        ("2010-03-31", "2010-06-29", Gap(Unit.MONTHS, 2)),
        ("2010-01-31", "2011-01-31", Gap(Unit.YEARS, 1)),
        ("2010-04-07", "2012-04-06", Gap(Unit.MONTHS, 23)),
        ("2010-04-07", "2012-04-07", Gap(Unit.YEARS, 2)),
        ("1889-05-01", "2010-08-05", Gap(Unit.YEARS, 121)),
        # Coarse dates: no finer than the coarser of the two.
        ("2005", "2010-04-07", Gap(Unit.YEARS, 5)),
        ("2010", "2010-12-31", None),
        ("2010-03", "2010-04-30", Gap(Unit.MONTHS, 1)),
        ("2008-03", "2010-04-01", Gap(Unit.YEARS, 2)),
        ("2009-04", "2010-04-01", Gap(Unit.YEARS, 1)),
        ("2009-04", "2010-03-31", Gap(Unit.MONTHS, 11)),
        ("2010-04", "2010-04-30", None),
    ],
)
def test_a_gap_in_whole_units_the_dates_can_support(earlier: str, later: str, gap: Gap | None) -> None:
    assert between(event(earlier), event(later)) == gap


def test_a_gap_starts_where_a_span_ends_and_is_approximate_with_circa() -> None:
    assert between(event("2010-04-08", "2010-04-15"), event("2010-04-15")) is None
    assert between(event("2010-03-01", "2010-04-01"), event("2010-04-22")) == Gap(Unit.WEEKS, 3)
    assert between(event("2005", circa=True), event("2010-04-07")) == Gap(Unit.YEARS, 5, about=True)
    assert between(event("2010-04", circa=True), event("2011-04-20")) == Gap(Unit.YEARS, 1, about=True)


def test_only_gaps_that_stand_out_are_shown() -> None:
    # A story told over a fortnight with a background event five years before: only the
    # long silence is marked, not the two days between entries.
    days = [event(d) for d in ("2005", "2010-04-07", "2010-04-08", "2010-04-15", "2010-04-17")]
    assert timeline_gaps(days) == (None, Gap(Unit.YEARS, 5), None, Gap(Unit.WEEKS, 1), None)
    # Events a month apart, month after month: no gap stands out.
    monthly = [event(f"2010-{m:02d}-01") for m in range(1, 10)]
    assert timeline_gaps(monthly) == (None,) * 9
    # ...until there is a pause of a year.
    paused = [*monthly, event("2011-09-01")]
    assert timeline_gaps(paused)[-1] == Gap(Unit.YEARS, 1)


def test_two_events_far_apart_are_not_their_own_yardstick() -> None:
    two = [event("1999"), event("2021-03-01")]
    assert timeline_gaps(two) == (None, Gap(Unit.YEARS, 22))
    assert timeline_gaps([event("2021-03-01"), event("2021-03-03")]) == (None, None)  # under a week
    assert timeline_gaps([]) == () and timeline_gaps([event("2021")]) == (None,)


def test_with_gaps_pairs_each_event_with_the_gap_before_it() -> None:
    a, b = event("2000"), event("2020")
    assert with_gaps([a, b]) == [(a, None), (b, Gap(Unit.YEARS, 20))]
    assert PartialDate(2000) == a.date


def test_timeline_entries_say_the_gap_and_whether_an_entry_follows_one_of_its_day() -> None:
    # What the timeline macro asked of with_gaps and same_day for each entry, in one list.
    a, b, c = event("2000-05-01T09:00"), event("2020-05-01T10:00"), event("2020-05-01T11:30")
    assert timeline_entries([a, b, c]) == [(a, None, False), (b, Gap(Unit.YEARS, 20), False), (c, None, True)]
    assert timeline_entries([c]) == [(c, None, False)]  # the first entry follows none
    assert timeline_entries([]) == []


@pytest.mark.parametrize(
    ("before", "after", "same"),
    [
        (event("2024-03-14T00:19"), event("2024-03-14T00:41"), True),
        (event("2024-03-14"), event("2024-03-14T00:41"), True),  # the day, then a time on it
        (event("2024-03-14T23:50+02:00"), event("2024-03-14T23:55Z"), True),  # each with its offset
        (event("2024-03-14T00:19"), event("2024-03-14"), False),  # a day alone is all it shows
        (event("2024-03-13T23:50"), event("2024-03-14T00:10"), False),  # across midnight
        (event("2024-03"), event("2024-03-14T00:10"), False),  # no day shown before it
        (event("2024-03-13", "2024-03-14"), event("2024-03-14T00:10"), False),  # a span before it
        (event("2024-03-14T00:19"), event("2024-03-14T00:41", circa=True), False),  # 'c.' leads its day
        (event("2024-03-14T00:19", circa=True), event("2024-03-14T00:41"), False),
    ],
)
def test_an_entry_shows_its_time_alone_only_after_an_entry_that_shows_its_day(
    before: Event, after: Event, same: bool
) -> None:
    assert same_day(before, after) is same


def test_an_entry_whose_date_is_worded_shows_it_whole() -> None:
    before, after = event("2024-03-14T00:19"), event("2024-03-14T00:41")
    assert not same_day(replace(before, display_date="Just after midnight"), after)
    assert not same_day(before, replace(after, display_date="Minutes later"))
    assert not same_day(before, replace(after, date_phrase="from"))
