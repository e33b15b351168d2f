"""How far apart events are: the gaps a timeline shows between entries ("3 weeks later")
and the periods of the story's overview strip; and which entries are on the day of the
entry before them, whose date column then shows the time alone (``same_day``).

A gap is measured from where the earlier event ends (its ``end``, for a span) to where
the later one starts, and said no more precisely than the coarser of the two dates: from
"2005" to "7 April 2010" is "5 years", never "1,922 days". Only gaps that stand out are
shown: at least a week, and at least three times the typical distance between the
story's events, so a story told day by day marks a pause of a week, and one told over a
century marks only its long silences. A story told hour by hour (a live story, whose
events are typically less than a day apart) marks shorter silences too, from an hour up,
between two times of day: the night without news between entries minutes apart ("6 hours
later").
"""

from __future__ import annotations

import bisect
import calendar
import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from generator.content.dates import PartialDate, Precision, zone_offset
from generator.content.model import Event

MIN_GAP_DAYS = 7.0
"""No gap shorter than a week is marked, however regular the story's pace."""

STANDS_OUT = 3.0
"""A gap is marked when it is this many times the median distance between events."""

HOURLY_PACE_DAYS = 1.0
"""A story whose typical distance between events (the median of the others, as for
``STANDS_OUT``) is under a day is told hour by hour: a gap in it shorter than
``MIN_GAP_DAYS`` is marked too when it stands out, from ``MIN_GAP_HOURS`` up. A story
told day by day keeps its week: a pause of four days in daily news is its pace."""

MIN_GAP_HOURS = 1
"""No gap shorter than an hour is marked, however fast the story's pace: never "0 hours"."""


class Unit(Enum):
    """The unit a gap is said in; templates choose the words (and their plural forms)."""

    HOURS = "hours"
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


@dataclass(frozen=True, slots=True)
class Gap:
    """A distance in time worth showing: ``count`` ``unit``, approximate when ``about``."""

    unit: Unit
    count: int
    about: bool = False


def days(date: PartialDate) -> float:
    """The first instant ``date`` can mean, in days (as a proleptic Gregorian ordinal), on
    the clock it is written on: its UTC offset is set aside (``elapsed_seconds`` compares
    instants)."""
    day = datetime.date(date.year, date.month or 1, date.day or 1).toordinal()
    if date.hour is None:
        return float(day)
    return day + (date.hour * 3600 + (date.minute or 0) * 60 + (date.second or 0)) / 86400


def _seconds(date: PartialDate) -> int:
    """``days(date)`` in whole seconds: hours counted from it are exact, never 5.999."""
    day = datetime.date(date.year, date.month or 1, date.day or 1).toordinal()
    return day * 86400 + (date.hour or 0) * 3600 + (date.minute or 0) * 60 + (date.second or 0)


def elapsed_seconds(start: PartialDate, stop: PartialDate, zone: str | None = None) -> int:
    """The seconds from the first instant of ``start`` to that of ``stop``: as instants
    where both have a UTC offset, their own or that of the site's time zone ``zone`` on
    that day (``dates.zone_offset``: 00:30 to 06:30 in London on the night the clocks go
    forward is five hours); else on their clocks as written, as ``days`` counts them."""
    wall = _seconds(stop) - _seconds(start)
    first, last = zone_offset(start, zone), zone_offset(stop, zone)
    if first is None or last is None:
        return wall  # one clock unknown: comparing it with the other would guess
    return wall - (last - first) * 60


def _finish(event: Event) -> PartialDate:
    return event.end or event.date


def between(earlier: Event, later: Event, zone: str | None = None) -> Gap | None:
    """The distance from the end of ``earlier`` to the start of ``later`` in whole units
    that both dates can support; None when it is less than one of them. Two times of day
    less than a day apart (as instants: ``elapsed_seconds``, with the site's time zone
    ``zone``) are that many whole hours apart, across midnight too: "2 hours later" from
    23:00 to 01:00, where "1 day later" would say twelve times as much (the entry's own
    date says the day has changed). From a day up, the days are counted between the days
    as written, which the entries show."""
    start, stop = _finish(earlier), later.date
    coarsest = min(start.precision, stop.precision)
    timed = coarsest >= Precision.MINUTE
    approximate_time = shows_circa(earlier) or shows_circa(later)
    # An approximate time is said in days, as before ("1 day later", or nothing on its
    # day): "about 3 hours" would claim a precision that a 'c.' disowns.
    if timed and not approximate_time:
        hours = elapsed_seconds(start, stop, zone) // 3600
        if hours < 24:
            return Gap(Unit.HOURS, hours) if hours >= MIN_GAP_HOURS else None
    if coarsest is Precision.YEAR:
        years = stop.year - start.year
        return Gap(Unit.YEARS, years, _about(earlier, later, Precision.YEAR)) if years >= 1 else None
    months = (stop.year - start.year) * 12 + (stop.month or 1) - (start.month or 1)
    if coarsest is Precision.MONTH:
        return _in_months(months, _about(earlier, later, Precision.MONTH)) if months >= 1 else None
    about = _about(earlier, later, Precision.DAY)
    elapsed = int(days(stop)) - int(days(start))
    if timed and not approximate_time:
        # A day or more as instants (just above) is at least a day even where offsets
        # far apart write both on one day (00:00+14:00 and 23:00-12:00, 47 hours).
        elapsed = max(elapsed, 1)
    if elapsed < 1:
        return None
    if elapsed < 14 and elapsed != 7:  # "1 week later" reads better than "7 days later"
        return Gap(Unit.DAYS, elapsed, about)
    if elapsed < 56:
        return Gap(Unit.WEEKS, round(elapsed / 7), about)
    if (stop.day or 1) < (start.day or 1) and (stop.day or 1) < _month_days(stop):
        # 31 January to 1 March is one whole month, not two; but a month's last day ends
        # a whole month from any later day (31 March to 30 June is three months; 29
        # February 2024 to 28 February 2025, 365 days, a year).
        months -= 1
    return _in_months(months, about)


def approximate_to(event: Event, date: PartialDate, unit: int | None) -> bool:
    """Whether ``date``, ``event``'s date or end, is approximate when said in ``unit``
    (the precision of years, 1, of months, 2, or of days, 3; None: as written): where the
    event is 'circa' and the date no more precise than that unit, or at its edge
    (``_at_edge``). An event at 'about 18:08' on 4 August 2020 is on that day, in that
    month and year; 'c. 2009' is not surely in 2009, nor 'c. December 2019' in 2019.
    The overview's names (``overview.py``) and the gaps below read it so."""
    if not shows_circa(event):
        return False
    return unit is None or date.precision <= unit or _at_edge(date, unit)


def shows_circa(event: Event) -> bool:
    """Whether the timeline says ``event`` is approximate: it is 'circa', without a
    ``date_phrase``, which says how the date is known and is shown without 'c.' (``check``
    warns). The gaps and the overview say no more than the timeline: 'From 2005' with
    'circa' made the gap after it 'About 5 years later'."""
    return event.circa and event.date_phrase is None


def _at_edge(date: PartialDate, unit: int) -> bool:
    """Whether one step of ``date``'s own unit, a month or a day, either way takes it
    into another ``unit``: 'c. December 2019' may be January 2020, 'c. 1 March' February,
    where 'c. June 2019' is surely in 2019. An approximate time is on its day, as written."""
    if date.precision == Precision.MONTH:
        return unit == Precision.YEAR and date.month in (1, 12)
    if date.precision != Precision.DAY or date.month is None or date.day is None:
        return False
    first, last = date.day == 1, date.day == _month_days(date)
    if unit == Precision.MONTH:
        return first or last
    return (first and date.month == 1) or (last and date.month == 12)


def _about(earlier: Event, later: Event, counted_in: Precision) -> bool:
    """Whether a gap counted in whole years, months or days (``counted_in``; weeks are
    counted in days) is approximate (``approximate_to`` at either end): the gap from 2014
    to 'about 18:08' on 4 August 2020 is '6 years', where it was 'about 6 years' (the
    held-out Beirut story)."""
    return approximate_to(earlier, _finish(earlier), counted_in) or approximate_to(
        later, later.date, counted_in
    )


def _month_days(date: PartialDate) -> int:
    """How many days the month of ``date`` has."""
    return calendar.monthrange(date.year, date.month or 1)[1]


def _in_months(months: int, about: bool) -> Gap:
    """A gap of ``months`` whole months (one at least), as people say it: in months up to
    two years ("18 months later"), but "1 year later", not "12 months later"; in whole
    years from two years on."""
    if months >= 24 or months == 12:
        return Gap(Unit.YEARS, months // 12, about)
    return Gap(Unit.MONTHS, months, about)


Extent = tuple[float, float]
"""Where an event starts and ends, in days (``days``)."""


def extents(events: Sequence[Event]) -> list[Extent]:
    """Each event's extent: from its date to its ``end`` (to its date again without one),
    each date turned into days once."""
    found: list[Extent] = []
    for event in events:
        start = days(event.date)
        found.append((start, start if event.end is None else days(event.end)))
    return found


def _median_without(ordered: Sequence[float], value: float) -> float:
    """The median of ``ordered`` (sorted) less one element equal to ``value``; 0 if none
    is left. Found by position, so judging every gap takes one sort, not one each."""
    rank = bisect.bisect_left(ordered, value)
    rest = len(ordered) - 1
    if rest <= 0:
        return 0.0

    def at(i: int) -> float:  # the i-th of the others
        return ordered[i if i < rank else i + 1]

    return (at((rest - 1) // 2) + at(rest // 2)) / 2


def timeline_gaps(
    events: Sequence[Event], spans: Sequence[Extent] | None = None, zone: str | None = None
) -> tuple[Gap | None, ...]:
    """For each of ``events`` (in timeline order), the gap to show before it, or None;
    ``spans`` are their ``extents`` if the caller has them already; ``zone``, the site's
    ``time_zone``, the clock of times written without a UTC offset.

    A gap is shown when it is at least ``MIN_GAP_DAYS`` and ``STANDS_OUT`` times the
    median of the other distances between events (not counting events at the same
    moment): judged against the others, so that in a story of two events 22 years apart
    the one distance is not its own yardstick. Where that median is under
    ``HOURLY_PACE_DAYS`` (a story told hour by hour), a shorter gap is shown by the same
    rule from ``MIN_GAP_HOURS`` up, measured as instants (``elapsed_seconds``).
    """
    spans = extents(events) if spans is None else spans
    froms = _measured_from(events, spans)
    distances = [spans[i][0] - spans[froms[i - 1]][1] for i in range(1, len(events))]
    ordered = sorted(d for d in distances if d > 0)
    # Whether any of the medians can be under a day: the least of them leaves out the
    # longest distance. Most stories are not told hour by hour, and their shorter gaps are
    # then not looked at (a median each cost a story of 1,000 events 0.4 ms a timeline).
    hourly = bool(ordered) and 0 < _median_without(ordered, ordered[-1]) < HOURLY_PACE_DAYS
    gaps: list[Gap | None] = [None]
    for i, distance in enumerate(distances, start=1):
        a, b = events[froms[i - 1]], events[i]
        if distance >= MIN_GAP_DAYS:
            shown = distance >= STANDS_OUT * _median_without(ordered, distance)
        elif hourly:
            # Only a story with a pace of its own under a day (none for two events alone).
            typical = _median_without(ordered, distance)
            shown = 0 < typical < HOURLY_PACE_DAYS and _stands_out_within_days(a, b, typical, zone)
        else:
            shown = False
        gaps.append(between(a, b, zone) if shown else None)
    return tuple(gaps[: len(events)])


def _measured_from(events: Sequence[Event], spans: Sequence[Extent]) -> list[int]:
    """For each of ``events`` after the first, the index of the entry its gap is measured
    from: the one before it, unless that one was placed by ``after`` or ``before`` (the
    editor's order, where the dates cannot say) and ends no later than the entry its gap
    would be measured from, which then stays. A year placed after a day in it ('later in
    2010', after 22 August 2010) says nothing of how long before the next entry it was:
    measured from its year's start, the next gap read '1 year later' before 1 February
    2011, where five months had passed since the day it follows."""
    froms: list[int] = []
    reference = 0
    for i in range(1, len(events)):
        froms.append(reference)
        placed = events[i].after is not None or events[i].before is not None
        if not placed or spans[i][1] > spans[reference][1]:
            reference = i
    return froms


def _stands_out_within_days(earlier: Event, later: Event, typical: float, zone: str | None) -> bool:
    """Whether the gap from ``earlier`` to ``later``, shorter than ``MIN_GAP_DAYS`` on
    their clocks, stands out in a story told hour by hour whose ``typical`` distance (in
    days) it is judged against: measured as instants, as its words are (``between``)."""
    seconds = elapsed_seconds(_finish(earlier), later.date, zone)
    return seconds >= MIN_GAP_HOURS * 3600 and seconds >= STANDS_OUT * typical * 86400


def same_day(before: Event, event: Event) -> bool:
    """Whether ``event``'s entry, after ``before``'s in a list, may show its time alone
    ('00:41' under '15 March 2024, 00:19'), as live timelines do: it is a time of the day
    that ``before``'s entry shows, each entry with its date as written (no
    ``display_date``, ``date_phrase`` or ``end``, whose words would say the day otherwise
    or not at all, and no ``circa`` but on a time: an approximate time's day is known, and
    its entry says 'c.' on its time alone, '15 April 2019, c. 21:45', then 'c. 21:45')."""
    a, b = before.date, event.date
    if b.precision <= Precision.DAY or a.precision < Precision.DAY:
        return False  # asked of every entry of every list: the quick answers first
    if (a.day, a.month, a.year) != (b.day, b.month, b.year):
        return False
    return all(
        e.display_date is None
        and e.date_phrase is None
        and (not e.circa or e.date.precision > Precision.DAY)
        and e.end is None
        for e in (before, event)
    )


def with_gaps(events: Sequence[Event], zone: str | None = None) -> list[tuple[Event, Gap | None]]:
    """``events`` each with the gap before it: what a timeline template looped over before
    ``timeline_entries`` (kept for themes made then)."""
    return list(zip(events, timeline_gaps(events, zone=zone), strict=True))


def timeline_entries(
    events: Sequence[Event], zone: str | None = None
) -> list[tuple[Event, Gap | None, bool]]:
    """``events`` each with the gap before it and whether it is on the day of the event
    before it (``same_day``): what the timeline template loops over, found here in one
    pass rather than by a call from the template for every entry. ``zone``: the site's
    ``time_zone`` (``timeline_gaps``)."""
    gaps = timeline_gaps(events, zone=zone)
    return [
        (event, gap, i > 0 and same_day(events[i - 1], event))
        for i, (event, gap) in enumerate(zip(events, gaps, strict=True))
    ]
