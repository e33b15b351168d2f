"""Gaps between timeline entries: measured between the right ends, said no more
precisely than the dates allow, and shown only where they stand out."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.content.dates import PartialDate, parse_date
from generator.content.model import Event
from generator.render.timegaps import (
    Gap,
    Unit,
    between,
    elapsed_seconds,
    same_day,
    timeline_entries,
    timeline_gaps,
    with_gaps,
)


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
        # Two times of day less than a day apart are said in hours, across midnight too:
        # "1 day later" would say twelve times as much. From a day up, the days as written.
        ("2010-04-07T23:00", "2010-04-08T01:00", Gap(Unit.HOURS, 2)),  # across midnight
        ("2010-04-07T23:00", "2010-04-07T23:59", None),  # never "0 hours later"
        ("2010-04-07T03:00", "2010-04-07T09:00", Gap(Unit.HOURS, 6)),
        ("2010-04-07T03:20", "2010-04-07T09:00", Gap(Unit.HOURS, 5)),  # whole hours, as whole months
        ("2010-04-07T03:00:30", "2010-04-07T04:00:29", None),
        ("2010-04-07T09:00", "2010-04-08T08:59", Gap(Unit.HOURS, 23)),
        ("2010-04-07T09:00", "2010-04-08T09:00", Gap(Unit.DAYS, 1)),
        (
            "2010-04-07T09:00",
            "2010-04-09T08:00",
            Gap(Unit.DAYS, 2),
        ),  # 47 hours: the dates shown are two days apart
        ("2010-04-07T09:00", "2010-04-08", Gap(Unit.DAYS, 1)),  # a day without a time: in days
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


# A bridge collapse covered live: entries minutes apart through the night's first hours,
# six hours without news, the morning's, then the days after (one without a time).
BRIDGE = [
    "2024-03-26T01:28", "2024-03-26T01:35", "2024-03-26T02:10", "2024-03-26T02:30",
    "2024-03-26T03:00", "2024-03-26T09:00", "2024-03-26T09:15", "2024-03-26T09:40",
    "2024-03-26T10:30", "2024-03-26T11:00", "2024-03-27T08:00", "2024-03-29",
    "2024-03-29T10:00", "2024-04-02T09:00",
]  # fmt: skip


def test_a_story_told_hour_by_hour_marks_its_silences_in_hours_then_days() -> None:
    gaps = timeline_gaps([event(d) for d in BRIDGE])
    assert gaps == (
        None, None, None, None, None,
        Gap(Unit.HOURS, 6),  # the night: 03:00 to 09:00
        None, None, None, None,
        Gap(Unit.HOURS, 21),  # 11:00 to 08:00 the next day: under a day, in hours
        Gap(Unit.DAYS, 2),  # to a day without a time, in days
        None,  # that day, then a time on it: nothing to say
        Gap(Unit.DAYS, 4),
    )  # fmt: skip


def test_an_untimed_entry_in_a_story_told_hour_by_hour_gets_no_gap_on_its_day() -> None:
    morning = [event(f"2024-03-26T{t}") for t in ("08:00", "08:10", "08:25", "08:30", "08:45")]
    untimed = event("2024-03-26")  # sorted first of its day
    late = event("2024-03-26T20:00")
    assert timeline_gaps([untimed, *morning, late]) == (None,) * 6 + (Gap(Unit.HOURS, 11),)
    # A time, then its day without one, on the same day: not a gap.
    assert timeline_gaps([*morning, event("2024-03-26"), late])[-2] is None


def test_gaps_between_times_with_utc_offsets_are_measured_as_instants() -> None:
    # One correspondent in Paris, the next in New York: 10 minutes apart on their
    # clocks, five hours and ten minutes apart in fact.
    paris = [event(f"2024-03-26T10:{m}+01:00") for m in ("00", "10", "20", "30")]
    new_york = event("2024-03-26T10:40-04:00")
    assert timeline_gaps([*paris, new_york])[-1] == Gap(Unit.HOURS, 5)
    assert between(paris[-1], new_york) == Gap(Unit.HOURS, 5)
    # Later on the clocks but earlier in fact: no gap.
    assert between(event("2024-03-26T23:50+02:00"), event("2024-03-27T01:10+05:00")) is None
    # The site's time zone is the clock of a time written without an offset.
    assert between(event("2024-03-26T09:00"), event("2024-03-26T15:00Z"), "Europe/Paris") == Gap(
        Unit.HOURS, 7
    )
    assert between(event("2024-03-26T09:00"), event("2024-03-26T15:00Z")) == Gap(
        Unit.HOURS, 6
    )  # no clock known


@pytest.mark.parametrize(
    ("earlier", "later", "zone", "hours"),
    [
        ("2024-03-31T00:30", "2024-03-31T06:30", "Europe/London", 5),  # the clocks go forward
        ("2024-10-27T00:30", "2024-10-27T06:30", "Europe/London", 7),  # and back
        ("2024-03-10T00:30", "2024-03-10T06:30", "America/New_York", 5),
        ("2024-03-31T00:30Z", "2024-03-31T06:30+01:00", None, 5),  # as their offsets say
        ("2024-03-31T00:30", "2024-03-31T06:30", None, 6),  # on one clock, as written
        ("2024-03-30T00:30", "2024-03-30T06:30", "Europe/London", 6),  # the day before
    ],
)
def test_a_gap_across_a_change_of_summer_time_is_the_hours_that_passed(
    earlier: str, later: str, zone: str | None, hours: int
) -> None:
    a, b = event(earlier), event(later)
    assert elapsed_seconds(a.date, b.date, zone) == hours * 3600
    assert between(a, b, zone) == Gap(Unit.HOURS, hours)
    # In a story told hour by hour, the night is marked with the hours that passed.
    night = [event(earlier.replace("00:30", f"00:{m}"), eid=m) for m in ("05", "10", "15", "20")]
    assert timeline_gaps([*night, a, b], zone=zone)[-1] == Gap(Unit.HOURS, hours)


def test_a_story_told_day_by_day_marks_no_gap_under_a_week_even_with_times() -> None:
    # Daily briefings at 10:00, a pause of four days, then a week's: the four days are
    # the story's pace, not a silence; the week is marked as before.
    dates = [f"2024-03-{d:02d}T10:00" for d in (1, 2, 3, 4, 5, 9, 10, 11, 12, 19, 20)]
    assert timeline_gaps([event(d) for d in dates]) == (None,) * 9 + (Gap(Unit.WEEKS, 1), None)
    # Two timed events alone give no pace to judge by: no gap under a week.
    assert timeline_gaps([event("2024-03-01T03:00"), event("2024-03-01T09:00")]) == (None, None)


def test_an_approximate_time_is_not_said_in_hours() -> None:
    assert between(event("2024-03-26T03:00", circa=True), event("2024-03-26T09:00")) is None
    # Its day is known: one day, not 'about' one.
    assert between(event("2024-03-26T23:00"), event("2024-03-27T01:00", circa=True)) == Gap(Unit.DAYS, 1)


def test_a_circa_the_timeline_does_not_show_with_a_phrase_makes_no_approximate_gap() -> None:
    # The timeline writes 'From 2005', not 'c.' (a phrase says how the date is known), and
    # the gap after it read 'About 5 years later'.
    phrased = replace(event("2005", circa=True), date_phrase="from")
    assert between(phrased, event("2010-04-07")) == Gap(Unit.YEARS, 5)
    assert between(event("2000"), replace(phrased, date_phrase="until")) == Gap(Unit.YEARS, 5)
    # Nor is a time with a phrase said in days for its 'circa'.
    timed = replace(event("2024-03-26T03:00", circa=True), date_phrase="from")
    assert between(timed, event("2024-03-26T09:00")) == Gap(Unit.HOURS, 6)


def test_a_date_approximate_to_a_finer_unit_than_the_gap_makes_no_approximate_gap() -> None:
    # 'About 18:08' on 4 August 2020 is on that day, in that year: the held-out Beirut
    # story read 'about 6 years later' after 2014, and 'about' 3 days after 1 August.
    beirut = event("2020-08-04T18:08", circa=True)
    assert between(event("2014"), beirut) == Gap(Unit.YEARS, 6)
    assert between(event("2020-08-01"), beirut) == Gap(Unit.DAYS, 3)
    assert between(beirut, event("2020-09")) == Gap(Unit.MONTHS, 1)
    # 'c. March 2010' may be February or April: a gap in months is approximate, one in
    # years is not; 'c. 2005' makes one in years approximate.
    assert between(event("2010-03", circa=True), event("2010-06")) == Gap(Unit.MONTHS, 3, about=True)
    assert between(event("2010-03", circa=True), event("2013")) == Gap(Unit.YEARS, 3)
    assert between(event("2005", circa=True), event("2010")) == Gap(Unit.YEARS, 5, about=True)


def test_a_date_approximate_at_the_edge_of_the_gaps_unit_makes_an_approximate_gap() -> None:
    # 'c. December 2019' may be January 2020: 2 years to 2021, or 1. It read '2 years
    # later', without 'About' (the last stop's review).
    assert between(event("2019-12", circa=True), event("2021")) == Gap(Unit.YEARS, 2, about=True)
    assert between(event("2013"), event("2016-01", circa=True)) == Gap(Unit.YEARS, 3, about=True)
    assert between(event("2019-06", circa=True), event("2021")) == Gap(Unit.YEARS, 2)  # surely 2019
    # A day, at the first or last of its month, in months; at the first or last of its
    # year, in years.
    assert between(event("2010-03-01", circa=True), event("2010-06")) == Gap(Unit.MONTHS, 3, about=True)
    assert between(event("2010-03-31", circa=True), event("2010-06")) == Gap(Unit.MONTHS, 3, about=True)
    assert between(event("2010-02-28", circa=True), event("2010-06")) == Gap(Unit.MONTHS, 4, about=True)
    assert between(event("2010-03-15", circa=True), event("2010-06")) == Gap(Unit.MONTHS, 3)
    assert between(event("2009-12-31", circa=True), event("2012")) == Gap(Unit.YEARS, 3, about=True)
    assert between(event("2009-12-30", circa=True), event("2012")) == Gap(Unit.YEARS, 3)
    # An approximate time keeps its day, however near midnight.
    assert between(event("2009-12-31T23:50", circa=True), event("2012")) == Gap(Unit.YEARS, 3)


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
        # An approximate time is on a day known ('14 March 2024, c. 00:41'): a night told
        # hour by hour showed its whole day again at 'c. 21:45' and at the time after it.
        (event("2024-03-14T00:19"), event("2024-03-14T00:41", circa=True), True),
        (event("2024-03-14T00:19", circa=True), event("2024-03-14T00:41"), True),
        (
            event("2024-03-14", circa=True),
            event("2024-03-14T00:41"),
            False,
        ),  # 'c. 14 March': the day is not known
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


def test_the_gap_after_an_entry_placed_by_after_is_measured_from_what_it_follows() -> None:
    # 'after:' puts a year's event ('later in 2010') after the day it follows (22 August
    # 2010): its date says only the year. The next entry's gap was measured from that
    # year's start and said in years ('1 year later' before 1 February 2011), where at
    # most five months had passed since the day before it; measured from that day, it is
    # '5 months later'. Nothing is said between the day and the year placed after it.
    day = event("2010-08-22", eid="found")
    later_that_year = replace(event("2010", eid="drills"), after="found")
    rest = [event(f"2011-02-0{d}") for d in range(1, 8)]
    gaps = timeline_gaps([event("2010-08-21"), day, later_that_year, *rest])
    assert gaps[2] is None
    assert gaps[3] == Gap(Unit.MONTHS, 5)
    # Without 'after:', the year comes first by its date, and the day's gap is the same.
    assert timeline_gaps([replace(later_that_year, after=None), event("2010-08-21"), day, *rest])[3] == Gap(
        Unit.MONTHS, 5
    )


def test_an_entry_placed_by_after_on_the_same_day_has_no_gap_and_the_next_is_measured_from_the_time() -> None:
    # A day placed after a time on it ('Super Mario' after the first rescue at 00:11):
    # no gap before it; the next entry's is measured from 00:11, which the day may be
    # after, not from the day's midnight.
    rescue = event("2010-10-13T00:11", eid="first")
    mario = replace(event("2010-10-13", eid="mario"), after="first")
    hourly = [event(f"2010-10-12T{h:02}:00") for h in (14, 15, 16, 17, 18)]
    later = event("2010-10-13T09:30")
    gaps = timeline_gaps([*hourly, rescue, mario, later])
    assert gaps[-2] is None
    assert gaps[-1] == between(rescue, later) == Gap(Unit.HOURS, 9)
