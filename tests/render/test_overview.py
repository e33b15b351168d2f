"""The overview strip: periods cut at the timeline's gaps, bars counting events close
together, each a link, all measured in percentages of the width."""

from __future__ import annotations

import dataclasses
import itertools
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.commands.build import build
from generator.content.dates import parse_date
from generator.content.model import Event
from generator.i18n.dates import for_tag
from generator.render import overview, timegaps
from generator.render.timegaps import Gap, Unit
from tests.conftest import TEMPLATES
from tests.render.test_timegaps import BRIDGE


def event(date: str, eid: str, end: str | None = None, *, circa: bool = False) -> Event:
    return Event(
        id=eid,
        title=eid.upper(),
        date=parse_date(date),
        summary="s",
        end=parse_date(end) if end else None,
        circa=circa,
    )


def href(e: Event) -> str:
    return f"#event-{e.id}"


SEED_LIKE = [
    event("2005", "a"),
    event("2010-04-07", "b"),
    event("2010-04-07", "c"),
    event("2010-04-08", "d", end="2010-04-15"),
    event("2010-04-15", "e"),
    *(event("2010-04-19", f"f{i}") for i in range(7)),
]


def test_no_overview_for_fewer_than_two_events() -> None:
    assert overview.strip([], href) is None
    assert overview.strip(SEED_LIKE[:1], href) is None


def test_periods_are_cut_at_the_timelines_gaps_and_sized_by_their_events() -> None:
    strip = overview.strip(SEED_LIKE, href)
    assert strip is not None and strip.count == 12
    assert strip.span == "2005 – 19 April 2010"
    first, second = strip.periods
    assert (first.label, second.label) == ("2005", "7–19 April 2010")
    assert first.gap_before is None and second.gap_before == Gap(Unit.YEARS, 5)
    assert first.x == 0 and second.x == pytest.approx(first.width + overview.BREAK)
    assert second.x + second.width == pytest.approx(100)
    assert first.width < second.width  # 1 event against 11
    assert first.width * overview.NARROWEST / 100 >= overview.text_pixels("2005")


def test_a_story_told_hour_by_hour_is_cut_at_its_night_and_its_days() -> None:
    # The live story of test_timegaps: a night without news, then the days after. It was
    # one period; its periods now follow the timeline's gaps, and a period on the day of
    # the one before it is named on a wide strip only, by its hours.
    events = [event(d, f"e{i}") for i, d in enumerate(BRIDGE)]
    strip = overview.strip(events, href, for_tag("en", native_digits=True, tied_ranges=True).span)
    assert strip is not None
    assert [p.gap_before for p in strip.periods] == [
        None, Gap(Unit.HOURS, 6), Gap(Unit.HOURS, 21), Gap(Unit.DAYS, 2), Gap(Unit.DAYS, 4)
    ]  # fmt: skip
    assert [len(p.bars) for p in strip.periods] == [5, 5, 1, 2, 1]
    labels = [(p.label, p.wide_label) for p in strip.periods]
    assert labels[:2] == [("26 March 2024", None), (None, "26 March 2024, 09:00–11:00")]


def test_events_close_together_share_a_bar_that_counts_them_and_links_to_the_first() -> None:
    strip = overview.strip(SEED_LIKE, href)
    assert strip is not None
    lone, *bars = [bar for period in strip.periods for bar in period.bars]
    assert lone.count == 1 and lone.href == "#event-a"
    assert [(b.first.id, b.count) for b in bars] == [("b", 2), ("d", 1), ("e", 1), ("f0", 7)]
    assert bars[-1].last.id == "f6" and bars[-1].height == 100  # the busiest moment is tallest
    assert bars[0].height == pytest.approx(100 * 2 / 7)
    assert [b.x for b in bars] == sorted(b.x for b in bars)  # in time order, left to right
    # A lone event sits in the middle of its period; the areas that follow each link
    # cover its period without overlapping.
    period = strip.periods[0]
    assert lone.x == pytest.approx(period.x + (period.width - overview.BAR) / 2)
    edges = [b.reach for b in bars]
    assert edges[0][0] == pytest.approx(strip.periods[1].x)
    for (left, width), (next_left, _) in itertools.pairwise(edges):
        assert left + width == pytest.approx(next_left)


def test_a_period_name_that_does_not_fit_is_shortened_to_years_or_left_out() -> None:
    # Thirty days of events, then one event two centuries later in a narrow period.
    busy = [event(f"1800-01-{d:02d}", f"d{d}") for d in range(1, 31)]
    strip = overview.strip([*busy, event("2000-06-15", "late")], href)
    assert strip is not None
    assert strip.periods[0].label == "1–30 January 1800"
    assert strip.periods[1].label in ("2000", None)


def test_an_event_placed_after_a_later_starting_one_stays_on_the_strip() -> None:
    # 'after:' puts a day after a time on it: the timeline's first event of the run is
    # not its earliest instant.
    strip = overview.strip(
        [
            event("2010-10-13T00:11", "first-out"),
            event("2010-10-13", "super-mario"),
            event("2010-10-20", "x"),
        ],
        href,
    )
    assert strip is not None
    bars = [bar for period in strip.periods for bar in period.bars]
    assert all(0 <= bar.x <= 100 - overview.BAR and bar.reach[1] > 0 for bar in bars)
    # Bars stand in time order: the day's bar (from its midnight) before the time's.
    assert [bar.first.id for bar in bars] == ["super-mario", "first-out", "x"]


def test_an_event_placed_after_another_is_drawn_no_earlier_than_it() -> None:
    # 'Late September', a month placed after the 20th: the strip drew it at the month's
    # first day, before the event it follows, which the timeline shows first.
    late = dataclasses.replace(event("2021-09", "late-september"), after="twentieth")
    events = [event("2021-09-02", "second"), event("2021-09-20", "twentieth"), late, event("2021-09-25", "x")]
    strip = overview.strip(events, href)
    assert strip is not None
    drawn = {e.id: bar.x for period in strip.periods for bar in period.bars for e in events if _in(bar, e)}
    assert drawn["twentieth"] <= drawn["late-september"] <= drawn["x"]
    assert drawn["second"] < drawn["twentieth"]
    # The preview keeps a strip while its inputs are equal: placing it so is a change.
    unplaced = [*events[:2], dataclasses.replace(late, after=None), events[3]]
    assert overview.inputs(events, href) != overview.inputs(unplaced, href)


def test_the_strip_is_cut_where_the_timeline_marks_a_gap_after_an_event_placed_after_another() -> None:
    # The strip once measured its cuts from where it draws 'September', placed after the
    # 20th, and the timeline from the month's first day. Both measure the gap after it
    # from the 20th, the latest day the entries before it say ('7 weeks later' before
    # 10 November, not '2 months later'), and the strip is cut where the timeline says it.
    late = dataclasses.replace(event("2021-09", "late-september"), after="twentieth")
    events = [event("2021-09-01", "a"), event("2021-09-10", "b"), event("2021-09-20", "twentieth"), late]
    events += [event("2021-11-10", "c"), event("2021-11-20", "d"), event("2021-11-30", "e")]
    assert timegaps.timeline_gaps(events)[4] == Gap(Unit.WEEKS, 7)
    strip = overview.strip(events, href)
    assert strip is not None
    firsts = [period.bars[0].first.id for period in strip.periods]
    assert firsts == ["a", "c"]


def _in(bar: overview.Bar, e: Event) -> bool:
    """Whether ``e`` is ``bar``'s first or last event (enough for a few events far apart)."""
    return e.id in (bar.first.id, bar.last.id)


def test_on_a_right_to_left_page_time_runs_from_right_to_left() -> None:
    strip = overview.strip(SEED_LIKE, href)
    assert strip is not None
    mirrored = strip.mirrored()
    for ltr, rtl in zip(strip.periods, mirrored.periods, strict=True):
        assert rtl.x == pytest.approx(100 - ltr.x - ltr.width) and rtl.width == ltr.width
        assert ltr.start == ltr.x and rtl.start == pytest.approx(100 - ltr.x)  # labels at periods' starts
        for a, b in zip(ltr.bars, rtl.bars, strict=True):
            assert b.x == pytest.approx(100 - a.x - strip.bar_width)
            assert b.reach[0] == pytest.approx(100 - sum(a.reach)) and b.reach[1] == a.reach[1]
    first, second = mirrored.periods  # 2005 on the right, April 2010 on the left
    assert first.x > second.x
    assert second.break_at == pytest.approx(second.x + second.width + overview.BREAK / 2)
    assert strip.periods[1].break_at == pytest.approx(strip.periods[1].x - overview.BREAK / 2)


def test_a_period_too_narrow_for_its_days_is_named_by_its_months_before_its_years() -> None:
    # Periods named "2018", "2018", "2019" told a reader little; months, where they fit,
    # tell more.
    events = [
        *(event(f"2018-01-{d:02d}", f"a{d}") for d in range(20, 32)),
        *(event(f"2018-02-{d:02d}", f"b{d}") for d in range(1, 11)),
        *(event(f"2019-06-{d:02d}", f"c{d}") for d in range(1, 6)),
    ]
    strip = overview.strip(events, href)
    assert strip is not None
    first = strip.periods[0]
    assert overview.text_pixels("20 January – 10 February 2018") > first.width / 100 * overview.NARROWEST
    assert first.label == "January–February 2018"


def test_a_bar_of_several_events_says_the_days_they_cover() -> None:
    # Not "c. 2 July 2018, 22:00 (UTC+7) – Between 3 and 5 July 2018": each event says
    # its own time and phrase; the bar, its days.
    events = [
        event("2018-06-01", "a"),
        event("2018-07-02T22:00+07:00", "b"),
        event("2018-07-03", "c", end="2018-07-05"),
        event("2018-07-30", "d"),
    ]
    strip = overview.strip(events, href)
    assert strip is not None
    lone, pair, last = strip.periods[0].bars
    assert (pair.count, pair.dates) == (2, "2–5 July 2018")
    assert lone.dates == last.dates == ""  # one event: its own date, as it is written


# A reader's review: 'c. 2009' was named '2009' on the strip, which said more than the
# story knows. Two events of 2009 (the first approximate) share a bar, a gap, then two days.
CIRCA_FIRST = [
    event("2009", "a", circa=True),
    event("2009", "b"),
    event("2015-03-01", "c"),
    event("2015-03-02", "d"),
]
# Two days, a gap, then two events of 2020 (the last approximate) sharing a bar.
CIRCA_LAST = [
    event("2015-03-01", "a"),
    event("2015-03-02", "b"),
    event("2020", "c"),
    event("2020", "d", circa=True),
]


@pytest.mark.parametrize(
    ("tag", "span", "label", "dates"),
    [
        ("en-GB", "c. 2009\u2009–\u20092 March 2015", "c. 2009", "c. 2009"),
        ("fr", "vers 2009\u2009–\u20092 mars 2015", "vers 2009", "vers 2009"),
        ("ru", "ок. 2009 — 2 марта 2015\u202fг.", "ок. 2009", "ок. 2009"),
        ("ar", "حوالي 2009 – 2 مارس 2015", "حوالي 2009", "حوالي 2009"),
    ],
)
def test_an_approximate_first_event_is_said_approximate_on_the_strip(
    tag: str, span: str, label: str, dates: str
) -> None:
    strip = overview.strip(CIRCA_FIRST, href, for_tag(tag).span)
    assert strip is not None
    first, second = strip.periods
    assert strip.span == span
    assert first.label == label
    assert [(bar.count, bar.dates) for bar in first.bars] == [(2, dates)]
    assert "2015" in (second.label or "") and all(bar.dates == "" for bar in second.bars)


def test_an_approximate_last_event_is_said_approximate_at_the_end() -> None:
    strip = overview.strip(CIRCA_LAST, href, for_tag("en-GB").span)
    assert strip is not None
    first, second = strip.periods
    assert strip.span == "1 March 2015\u2009–\u2009c. 2020"  # its start is as sure as it was
    assert first.label == "1\u2009–\u20092 March 2015"
    assert second.label == "c. 2020"
    assert [(bar.count, bar.dates) for bar in second.bars] == [(2, "c. 2020")]


def test_a_period_named_by_approximate_ends_says_so_whole_and_fits() -> None:
    events = [event("2009", "a", circa=True), event("2010", "b"), event("2011", "c"), event("2011", "d")]
    strip = overview.strip(events, href)
    assert strip is not None and [p.label for p in strip.periods] == ["c. 2009–2011"]
    # An approximate date between a period's ends does not make its name approximate.
    events = [event("2009", "a"), event("2010", "b", circa=True), event("2011", "c"), event("2011", "d")]
    strip = overview.strip(events, href)
    assert strip is not None and [p.label for p in strip.periods] == ["2009–2011"]


def test_a_circa_the_timeline_does_not_show_with_a_phrase_is_not_named_on_the_strip() -> None:
    # 'From 2009' with 'circa': the timeline writes the phrase alone (the phrase says how
    # the date is known; ``check`` warns that 'circa' is not shown), and the strip's name
    # said 'c. 2009–2011'.
    phrased = dataclasses.replace(event("2009", "a", circa=True), date_phrase="from")
    events = [phrased, event("2010", "b"), event("2011", "c"), event("2011", "d")]
    strip = overview.strip(events, href)
    assert strip is not None and [p.label for p in strip.periods] == ["2009–2011"]
    assert strip.span == "2009–2011"


def test_an_approximate_name_is_measured_with_its_words_and_shortened_to_fit() -> None:
    # A week of events, then one event two centuries later in a narrow period, where
    # 'June 2000' fits and 'c. June 2000' does not: the period is named by its year,
    # which an event in about June 2000 is surely in (no 'c.').
    busy = [event(f"1800-01-{d:02d}", f"d{d}") for d in range(1, 8)]
    exact = overview.strip([*busy, event("2000-06", "late")], href)
    approximate = overview.strip([*busy, event("2000-06", "late", circa=True)], href)
    assert exact is not None and approximate is not None
    assert exact.periods[1].label == "June 2000"  # unchanged for an exact date
    assert exact.span == "1 January 1800 – June 2000"
    assert approximate.periods[1].label == "2000"
    assert approximate.periods[0].label == exact.periods[0].label == "1–7 January 1800"
    assert approximate.span == "1 January 1800 – c. June 2000"


def test_a_name_coarser_than_an_approximate_date_is_not_approximate() -> None:
    # 'About 18:08' on 15 June 2000 is in June 2000: its period was 'c. 2000' (the
    # held-out Beirut story's 'حوالي 2020', La Palma's 'hacia septiembre de 2021'). An
    # approximate year still makes its year's name approximate.
    busy = [event(f"1800-01-{d:02d}", f"d{d}") for d in range(1, 8)]
    timed = overview.strip([*busy, event("2000-06-15T18:08", "late", circa=True)], href)
    year = overview.strip([*busy, event("2000", "late", circa=True)], href)
    assert timed is not None and year is not None
    assert timed.periods[1].label == "June 2000"
    assert timed.span == "1 January 1800 – c. 15 June 2000, 18:08"
    assert year.periods[1].label == "c. 2000"
    # A bar of several events names their days: certain for an approximate time.
    events = [
        event("2018-06-01", "a"),
        event("2018-07-02T22:00", "b", circa=True),
        event("2018-07-03", "c", end="2018-07-05"),
        event("2018-07-30", "d"),
    ]
    bars = overview.strip(events, href)
    assert bars is not None
    pair = bars.periods[0].bars[1]
    assert (pair.count, pair.dates) == (2, "2–5 July 2018")


def test_a_name_coarser_than_an_approximate_date_at_its_edge_is_approximate() -> None:
    # 'c. December 2000' may be January 2001: a period named by its year says 'c. 2000'
    # (it said '2000'); 'c. June 2000', above, is surely in 2000.
    busy = [event(f"1800-01-{d:02d}", f"d{d}") for d in range(1, 8)]
    edge = overview.strip([*busy, event("2000-12", "late", circa=True)], href)
    assert edge is not None
    assert edge.periods[1].label == "c. 2000"


def test_labels_too_wide_for_their_periods_take_turns_on_two_lines() -> None:
    # A background event years before, a busy week, then single events weeks apart: on
    # one line only the busy week was named, the five lone periods not at all.
    events = [
        event("2015-08-06", "canal"),
        event("2018-05-01", "ship"),
        *(event(f"2021-03-{d:02d}", f"m{d}") for d in range(23, 30)),
        event("2021-04-13", "seized"),
        event("2021-07-07", "deal"),
        event("2021-07-29", "home"),
    ]
    strip = overview.strip(events, href)
    assert strip is not None and strip.rows == 2
    periods = strip.periods
    assert [p.row for p in periods] == [0, 1, 0, 1, 0, 1]
    # In the year the label before says, days and months are named without it ('13 April',
    # a fortnight on); after a jump of weeks ('7 July', twelve weeks on, may be any later
    # year's on a strip from 2015), with it, which only a wider strip has room for.
    assert [p.label for p in periods] == [
        "2015",
        "1 May 2018",
        "23–29 March 2021",
        "13 April",
        None,
        None,
    ]
    assert [p.wide_label for p in periods][4:] == ["7 July 2021", "29 July"]
    assert periods[-1].ends_label and periods[-1].label_at == 100.0  # no room after it: it ends there

    def extent(p: overview.Period) -> tuple[float, float]:
        width = overview.text_pixels(p.label or "") / overview.NARROWEST * 100
        return (p.label_at - width, p.label_at) if p.ends_label else (p.label_at, p.label_at + width)

    for a, b in zip(periods, periods[2:], strict=False):  # on a line, each label ends before the next
        assert extent(a)[1] <= extent(b)[0], (a.label, b.label)
    mirrored = strip.mirrored()
    assert mirrored.rows == 2 and [p.row for p in mirrored.periods] == [0, 1, 0, 1, 0, 1]
    assert mirrored.periods[-1].label_at == pytest.approx(0.0)  # right to left: it ends at the left edge


def test_labels_that_fit_under_their_periods_stay_on_one_line() -> None:
    strip = overview.strip(SEED_LIKE, href)
    assert strip is not None and strip.rows == 1 and all(p.label for p in strip.periods)


def test_a_period_of_times_too_long_to_name_is_named_by_its_days_before_its_months() -> None:
    # A breaking story's hours: "2 March 2021, 08:00 – 4 March 2021, 22:30" does not fit,
    # and its period was named "March 2021"; its days say more, and fit.
    events = [
        *(event(f"2021-03-0{d}T{h:02d}:00", f"a{d}{h}") for d in (2, 3, 4) for h in (8, 14, 20)),
        *(event(f"2021-09-{d:02d}", f"b{d}") for d in range(1, 10)),
    ]
    strip = overview.strip(events, href)
    assert strip is not None
    assert strip.periods[0].label == "2–4 March 2021"


EVER_GIVEN = [
    event("2015-08-06", "canal"),
    event("2018-05-01", "ship"),
    *(event(f"2021-03-{d:02d}", f"m{d}") for d in range(23, 30)),
    event("2021-04-03", "afloat"),
    event("2021-04-13", "seized"),
    event("2021-07-07", "deal"),
    event("2021-07-29", "home"),
]
"""The Ever Given's story: a week aground, then single events weeks apart in one year."""


@pytest.mark.parametrize(
    ("tag", "labels"),
    [
        ("en", ["2015", "1 May 2018", "March\u2009–\u2009April 2021", "13 April", None, None]),
        ("fr", ["2015", "1er mai 2018", "mars\u2009–\u2009avril 2021", "13 avril", None, None]),
        ("ar", ["2015", "1 مايو 2018", "مارس – أبريل 2021", None, None, "يوليو 2021"]),
        (
            "zh-Hans",
            ["2015年", "2018年5月1日", "2021年3月 – 4月", "4月13日", None, None],
        ),
        ("ja", ["2015年", "2018年5月1日", "2021年3月23日～4月3日", "4月13日", None, None]),
    ],
)
def test_neighbouring_period_names_are_never_the_same(tag: str, labels: list[str | None]) -> None:
    # Each lone period had room for a year only: three named '2021' side by side ('2021年4月',
    # '2021年7月', '2021年' in Chinese, each cut shorter than the one before). In
    # the year the name before says, a day or a month is named without it, and a period
    # that would say no more than that name is left unnamed (its bars say its dates): the
    # Julys, twelve weeks after April, with room for '2021' alone on a phone. '2015年8月' (62 px in Chromium) is longer than the 61 px its
    # period has up to the next name on its line and the break before it; an Arabic
    # letter is measured in its widest form, its form ending a word, which leaves
    # '13 أبريل' unnamed.
    strip = overview.strip(EVER_GIVEN, href, for_tag(tag).span)
    assert strip is not None
    assert [p.label for p in strip.periods] == labels
    named = [p.label for p in strip.periods if p.label]
    assert all(a != b for a, b in itertools.pairwise(named))


KEY_BRIDGE_DATES = [
    "1977-03-23",
    *(f"2024-03-26T{hour}" for hour in ("00:45", "01:25", "01:27", "01:28", "07:00", "19:30")),
    *("2024-03-27", "2024-04-01", "2024-04-05", "2024-04-25", "2024-05-13", "2024-05-14", "2024-05-20"),
    *("2024-06-10", "2024-06-24", "2024-08", "2024-09-18", "2024-10-24", "2025-01-09"),
]
KEY_BRIDGE = [event(date, f"e{i}") for i, date in enumerate(KEY_BRIDGE_DATES)]
"""The Key Bridge's story: its opening in 1977, then a night in March 2024 and the months after."""


def test_a_period_after_a_break_names_the_month_it_starts_in() -> None:
    # The strip read 'March 1977 · 2024 · April · May · June · 2024–2025': the period
    # after the 47 years' break had room for its year alone, and 'April' after it was
    # read as the month it ended in. A period after a break says the month it starts in
    # where the label before does not.
    strip = overview.strip(KEY_BRIDGE, href, for_tag("en-US").span)
    assert strip is not None
    labels = [p.label for p in strip.periods]
    assert labels[:3] == ["March 23, 1977", "March 2024", "April 25"]


def _geometry_holds(strip: overview.Strip) -> None:
    """Every period at a positive width inside the strip, in time order, and its bars
    inside it, in time order too."""
    right = -overview.BREAK
    for period in strip.periods:
        assert period.width > 0 and period.x >= right + overview.BREAK - 1e-9
        right = period.x + period.width
        xs = [bar.x for bar in period.bars]
        assert xs == sorted(xs) and period.x <= xs[0] and xs[-1] + overview.BAR <= right + 1e-9
    assert right <= 100 + 1e-9


DECADES = [
    event("1950-06-01", "dam-planned"),
    event("1962-06-01", "survey"),
    event("1975-06-01", "first-works"),
    *(event(f"2000-03-{d:02d}", f"flood-a{d}") for d in range(1, 21)),  # daily, then a pause
    *(event(f"2000-04-{d:02d}", f"flood-b{d}") for d in range(10, 20)),
    *(event(f"2000-05-{d:02d}", f"flood-c{d}") for d in range(3, 13)),
    event("2008-06-01", "report"),
    *(event(f"2020-01-{d:02d}", f"trial-a{d}") for d in range(1, 21)),
    *(event(f"2020-02-{d:02d}", f"trial-b{d}") for d in range(10, 30)),
]
"""Seventy years told in two busy spells, each with pauses, and four lone events: the
timeline marks eight gaps."""


def test_a_story_of_many_gaps_is_cut_in_a_few_periods_that_keep_its_busy_spells_apart() -> None:
    strip = overview.strip(DECADES, href)
    assert strip is not None
    assert len(strip.periods) == overview.MOST_PERIODS
    _geometry_holds(strip)
    # The lone events decades apart are one period, the report of 2008 keeps its own:
    # neither spell is joined to an event years away, only a pause inside the first goes.
    firsts = [(p.bars[0].first.id, p.bars[-1].last.id) for p in strip.periods]
    assert firsts == [
        ("dam-planned", "first-works"),
        ("flood-a1", "flood-a20"),
        ("flood-b10", "flood-c12"),
        ("report", "report"),
        ("trial-a1", "trial-a20"),
        ("trial-b10", "trial-b29"),
    ]
    assert all(p.label for p in strip.periods)


def test_a_story_of_dozens_of_bursts_keeps_its_strip_on_the_page() -> None:
    # Forty bursts of five daily events a month apart: the timeline marks 39 gaps, and
    # the breaks alone took more than the strip's width (periods of negative width).
    events = [
        event(f"{2000 + m // 12}-{m % 12 + 1:02d}-{d:02d}", f"e{m}-{d}")
        for m in range(40)
        for d in range(1, 6)
    ]
    strip = overview.strip(events, href)
    assert strip is not None and len(strip.periods) == overview.MOST_PERIODS
    _geometry_holds(strip)
    assert sum(bar.count for p in strip.periods for bar in p.bars) == len(events)
    _geometry_holds(strip.mirrored().mirrored())


def _joined_one_pair_at_a_time(
    runs: list[list[Event]], spans: list[tuple[float, float]]
) -> list[list[Event]]:
    """``overview._joined`` the slow way: every pair's loss worked out again before each join."""
    items: list[tuple[list[Event], float, float, int]] = []
    at = 0
    for i, run in enumerate(runs):
        part = spans[at : at + len(run)]
        items.append((list(run), min(s for s, _ in part), max(e for _, e in part), i))
        at += len(run)

    def loss(j: int) -> tuple[float, float, int, int]:
        (a, a_start, a_end, a_i), (b, b_start, b_end, b_i) = items[j], items[j + 1]
        return (
            overview._squeeze((len(a), a_start, a_end), (len(b), b_start, b_end)),
            b_start - a_end,
            a_i,
            b_i,
        )

    while len(items) > overview.MOST_PERIODS:
        j = min(range(len(items) - 1), key=loss)
        (a, a_start, a_end, a_i), (b, b_start, b_end, _) = items[j], items[j + 1]
        items[j : j + 2] = [(a + b, min(a_start, b_start), max(a_end, b_end), a_i)]
    return [run for run, *_ in items]


def test_periods_are_joined_by_what_they_lose_as_they_are_at_each_join() -> None:
    # A join changes what joining its neighbours would lose: the order must follow the
    # runs as they are after each join, never a loss worked out before it.
    chance = random.Random(44)
    for _ in range(300):
        runs: list[list[Event]] = []
        spans: list[tuple[float, float]] = []
        day = 0.0
        for r in range(chance.randint(7, 14)):
            run = [event("2000", f"r{r}-{n}") for n in range(chance.choice([1, 1, 2, 5, 20]))]
            for _ in run:
                day += chance.choice([0.0, 1.0, 3.0])
                spans.append((day, day + 1))
            runs.append(run)
            day += chance.choice([30.0, 400.0, 4000.0])
        assert overview._joined(runs, spans) == _joined_one_pair_at_a_time(runs, spans)


DECADE = [
    event("2012-02", "insurers"),
    event("2015-06-12", "survey"),
    event("2017-03-14", "delay"),
    event("2019-01-20", "flood"),
    event("2021-09-08", "map"),
    event("2023-05-02", "approved"),
    *(event(f"2025-11-{d:02d}", f"n{i}") for i, d in enumerate((3, 4, 4, 5, 6, 7, 10, 18))),
    event("2026-02-27", "report"),
    event("2026-03-01", "bridge"),
]
"""A flood told over a decade: single events years apart, then a busy November."""


def test_a_period_unnamed_on_a_phone_is_named_where_the_strip_is_wide_enough() -> None:
    # '2015 – 2017' fits under its two events on no phone, so that period had no name on
    # any screen, between '2012' and '2019', though a tablet's strip has room for it twice.
    strip = overview.strip(DECADE, href, for_tag("en-GB").span)
    assert strip is not None
    assert [p.label for p in strip.periods] == [
        "2012",
        None,
        "2019",
        "2021\u2009–\u20092023",
        "November 2025",
        "2026",
    ]
    assert [p.wide_label for p in strip.periods] == [None, "2015\u2009–\u20092017", None, None, None, None]
    period = strip.periods[1]
    on_its_line = [p for p in strip.periods if p.row == period.row and p is not period]
    width = overview.text_pixels(period.wide_label or "") / overview.WIDE * 100
    following = min(p.label_at for p in on_its_line if p.label_at > period.label_at)
    assert period.label_at + width + overview.BREAK <= following  # ends before the next on its line


def _names_apart(strip: overview.Strip, across: float) -> list[tuple[str, str]]:
    """The names shown on a strip ``across`` pixels wide that run into the next on their
    line (the estimate the strip is measured with), in pairs."""
    shown = []
    for p in strip.periods:
        name = p.label or (p.wide_label if across >= overview.WIDE else None)
        if name:
            width = overview.text_pixels(name) / across * 100
            start = p.label_at - width if p.ends_label else p.label_at
            shown.append((p.row, start, start + width, name))
    clashes = []
    for row in (0, 1):
        line = sorted((s, e, n) for r, s, e, n in shown if r == row)
        clashes += [(a[2], b[2]) for a, b in itertools.pairwise(line) if a[1] > b[0] + 1e-9]
    inside = all(s >= -1e-9 and e <= 100 + 1e-9 for _, s, e, _ in shown)
    return clashes if inside else [("outside", "the strip")]


@pytest.mark.parametrize(("tag", "stories"), [("en", 3000), ("ja", 600), ("zh-Hans", 300), ("ko", 300)])
def test_names_on_a_line_never_run_into_each_other_on_a_phone_or_a_wide_strip(tag: str, stories: int) -> None:
    # The names shown from 40rem are measured for that strip; the last name, which ends
    # at the strip's end, starts further on there than on a phone. A Japanese or Chinese
    # name was measured as if its characters were Latin letters: '2012年' ran off the
    # strip's end on a 320 px phone. A Korean name's syllables ('2012년 4월') are as wide.
    span = for_tag(tag).span
    rng = random.Random(16)
    for _ in range(stories):
        dates: set[str] = set()
        year = 1990
        for _ in range(rng.randint(3, 9)):
            year += rng.choice([0, 1, 1, 2, 5, 20])
            month, day = rng.randint(1, 12), rng.randint(1, 20)
            dates.update(f"{year}-{month:02d}-{day + j:02d}" for j in range(rng.choice([1, 1, 2, 8])))
        events = [event(d, f"e{i}") for i, d in enumerate(sorted(dates))]
        strip = overview.strip(events, href, span)
        assert strip is not None
        assert _names_apart(strip, overview.NARROWEST) == [], sorted(dates)
        assert _names_apart(strip, overview.WIDE) == [], sorted(dates)


def test_a_last_name_shown_from_40rem_only_starts_after_the_one_before_it_on_its_line() -> None:
    # Both the last period and the one two before it are unnamed on a phone; on a wide
    # strip both names fit, but not together on their line: the last is left out.
    dates = [
        *(f"1990-11-{d:02d}" for d in range(1, 31)),
        "1992-10-11",
        "1992-10-12",
        *(f"2012-11-{d:02d}" for d in range(14, 22)),
        *("2017-06-10", "2018-02-08", "2019-05-09", "2020-07-06", "2020-07-07"),
        *("2020-09-18", "2020-09-19", "2020-10-20"),
    ]
    strip = overview.strip([event(d, f"e{i}") for i, d in enumerate(dates)], href)
    assert strip is not None
    assert strip.periods[-3].wide_label and strip.periods[-1].label is None
    assert strip.periods[-1].wide_label is None
    assert _names_apart(strip, overview.WIDE) == []


def test_the_estimate_is_at_least_each_characters_widest_glyph() -> None:
    # Measured in Chromium at 12 px, the widest of DejaVu Sans and Liberation Sans: at 7 px
    # a character, '2074 — 2077' (73 px) was taken for 63 px and ran into the next label.
    assert overview.text_pixels("2074") >= 4 * 7.64
    assert overview.text_pixels("2074\u2009—\u20092077") >= 8 * 7.64 + 12.0 + 2 * 2.4
    assert overview.text_pixels("2012年") >= 4 * 7.64 + 12.0
    assert overview.text_pixels("мая") >= 9.05 + 7.35 + 7.22
    assert overview.text_pixels("مارس") >= 15.31  # its last letter in its form ending a word
    assert overview.text_pixels("March") >= 10.35 + 7.35 + 4.74 + 6.6 + 7.61
    # Direction marks take no room; a narrow letter less than a wide one.
    assert overview.text_pixels("\u200f") == 0.0
    assert overview.text_pixels("i") < overview.text_pixels("n") < overview.text_pixels("m")


DENSE_RUSSIAN = [
    *("2019-10", "2020-04-20", "2020-04-20T22:07", "2022-06-29", "2022", "2022-06-30", "2022-07"),
    *("2022-07-30T03:43", "2030-10", "2039-01", "2039-01", "2039-01-02T19:30", "2046-06", "2046-06-14"),
    *("2054-08", "2054", "2054-08-31", "2054-08", "2054-08-31", "2061-03-07~", "2061-03-08"),
    *("2061-04-07T06:20", "2061-04-07", "2061-04", "2061-04-07T20:49", "2061", "2061-04-08T06:33"),
    *("2061-04-08T07:32", "2061", "2061-04", "2061-04-08", "2061-04-08T23:49", "2063-06", "2064"),
    *("2066-04", "2066~", "2074-07-17", "2074", "2074", "2074", "2074-09-15T10:08", "2074-09-15T17:15~"),
    *("2074-10-15T17:15", "2074", "2074-10-16", "2074-10", "2077-03", "2077", "2085-06-22T13:16"),
    *("2085-06", "2085-07-22~", "2085", "2085-07-23T01:19", "2085-07", "2085", "2087-10-01"),
    *("2087-10-01T22:27", "2087-10-02", "2087-10-02", "2087", "2088-04", "2088-11", "2088"),
    *("2088-12-05T22:02", "2089-06-23", "2089-06-24", "2090", "2090", "2098-07", "2098-07-27T15:22"),
    *("2098-07-27", "2098-08-26", "2106-11-13T23:23", "2115"),
]
"""A story of a century in bursts, whose labels take turns on two lines ('2074—2077' ran
into '2098—2115' by 5 px on a 320 px phone; '~' marks an approximate date)."""

TO_THE_EDGE = [
    *["2007-06"] * 3,
    *["2007-07"] * 11,
    *["2015-02"] * 5,
    *["2015-03"] * 4,
    *["2025-03"] * 8,
    *["2025-04"] * 10,
    "2025-04~",
    *["2025-04"] * 3,
    *["2035-01"] * 9,
    "2035-01~",
    *["2035-02"] * 11,
    *["2035-03"] * 6,
    "2035-03~",
    *["2035-03"] * 7,
    *["2035-04"] * 8,
    *["2044-07"] * 7,
]
"""A story whose last period, a few events, was named '2044' from its left edge, 3 px past
the strip's end on a 320 px phone (after 'c. 2025' and 'c. 2035')."""

LABEL_BOXES = """() => {
    const strip = document.querySelector("svg.overview-strip");
    const edge = strip.getBoundingClientRect();
    return [...strip.querySelectorAll("text.overview-label")]
        .filter(t => getComputedStyle(t).display !== "none")
        .map(t => { const r = t.getBoundingClientRect();
            return {text: t.textContent, left: r.left - edge.left, right: r.right - edge.left,
                    top: r.top, bottom: r.bottom, width: edge.width}; });
}"""


@pytest.mark.parametrize(
    ("language", "dates"), [("ru", DENSE_RUSSIAN), ("en", TO_THE_EDGE), ("en-US", KEY_BRIDGE_DATES)]
)
@pytest.mark.parametrize("screen", [320, 640])
def test_labels_drawn_in_a_browser_never_overlap_nor_leave_the_strip(
    browser: Any, tmp_path: Path, language: str, dates: list[str], screen: int
) -> None:
    content = tmp_path / "content"
    (content / "story" / "events").mkdir(parents=True)
    site = {"title": "Gaps", "base_url": "https://example.org/", "language": language}
    (content / "site.yaml").write_text(yaml.safe_dump(site), encoding="utf-8")
    story = {"title": "S", "summary": "x.", "published": "2024-01-01", "sources": {"w": {"publisher": "W"}}}
    (content / "story" / "story.yaml").write_text(yaml.safe_dump(story), encoding="utf-8")
    for i, date in enumerate(dates):
        entry: dict[str, object] = {
            "title": f"E{i}",
            "date": date.removesuffix("~"),
            "summary": "x.",
            "sources": ["w"],
        }
        if date.endswith("~"):
            entry["circa"] = True
        (content / "story" / "events" / f"e{i:03d}.yaml").write_text(yaml.safe_dump(entry), encoding="utf-8")
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    page = browser.new_page(viewport={"width": screen, "height": 900})
    page.goto((tmp_path / "site" / "story" / "index.html").as_uri())
    boxes = page.evaluate(LABEL_BOXES)
    page.close()
    assert len(boxes) >= 3, boxes  # the labels are drawn, several to a line
    for box in boxes:
        assert box["left"] >= 0 and box["right"] <= box["width"], box
    for a, b in itertools.combinations(boxes, 2):
        apart = a["right"] <= b["left"] or b["right"] <= a["left"]
        assert apart or a["bottom"] <= b["top"] or b["bottom"] <= a["top"], (a, b)


def test_a_strip_of_the_same_inputs_rebound_to_edited_events_is_the_strip_of_them() -> None:
    # The preview keeps a strip while ``inputs`` are equal (an event's title or text
    # edited): handed the edited events, it is the strip made of them, every bar's title
    # theirs.
    kept = overview.strip(SEED_LIKE, href)
    edited = [dataclasses.replace(e, title=f"{e.title} edited", summary="t") for e in SEED_LIKE]
    assert overview.inputs(edited, href) == overview.inputs(SEED_LIKE, href)
    rebound = overview.rebound(kept, edited)
    assert rebound == overview.strip(edited, href) != kept
    shown = [b.first for p in rebound.periods for b in p.bars] if rebound else []
    assert shown and all(e.title.endswith(" edited") for e in shown)
    assert overview.rebound(kept, SEED_LIKE) is kept  # the very events: nothing to rebind
    assert overview.rebound(None, edited) is None


@pytest.mark.parametrize(
    "change",
    [
        {"date": parse_date("2006")},
        {"date": parse_date("2005-06")},
        {"end": parse_date("2007")},
        {"circa": True},
    ],
)
def test_what_a_strip_is_drawn_from_is_in_its_inputs(change: dict[str, Any]) -> None:
    # Each of these draws another strip: one kept for the inputs before, even rebound to
    # the edited events, would be out of date.
    edited = [dataclasses.replace(e, **change) if e.id == "a" else e for e in SEED_LIKE]
    assert overview.inputs(edited, href) != overview.inputs(SEED_LIKE, href)
    assert overview.rebound(overview.strip(SEED_LIKE, href), edited) != overview.strip(edited, href)


def test_a_date_phrase_beside_circa_is_in_a_strips_inputs() -> None:
    # 'From c. 2005' shows no 'c.' (``timegaps.shows_circa``): the strip kept for 'c. 2005'
    # would still say it after the editor added the phrase.
    circa = [dataclasses.replace(e, circa=True) if e.id == "a" else e for e in SEED_LIKE]
    phrased = [dataclasses.replace(e, date_phrase="from") if e.id == "a" else e for e in circa]
    assert overview.inputs(phrased, href) != overview.inputs(circa, href)
    assert overview.rebound(overview.strip(circa, href), phrased) != overview.strip(phrased, href)


def test_an_events_id_is_in_a_strips_inputs() -> None:
    edited = [dataclasses.replace(e, id="renamed") if e.id == "a" else e for e in SEED_LIKE]
    assert overview.inputs(edited, href) != overview.inputs(SEED_LIKE, href)


def test_where_a_bar_links_is_in_a_strips_inputs() -> None:
    def elsewhere(e: Event) -> str:
        return f"years/2010/#event-{e.id}"

    assert overview.inputs(SEED_LIKE, elsewhere) != overview.inputs(SEED_LIKE, href)


CHILE = [
    *(event(f"2010-08-0{d}", f"collapse{d}") for d in (5, 6, 7, 9)),
    event("2010-08-22", "alive"),
    event("2010-08-23", "note"),
    *(event(d, f"plan{i}") for i, d in enumerate(("2010-08-30", "2010-08-31", "2010-09-05"))),
    event("2010-09-17", "through"),
    event("2010-10-09", "breach"),
    event("2010-10-12", "rescue", end="2010-10-13"),
    event("2010-10-13", "last"),
]
"""The Chilean miners' story of 2010: eleven weeks of one year, in bursts."""

VERSIONS = ("en", "es", "de", "ja")


def _names(strip: overview.Strip, wide: bool) -> list[str | None]:
    """The names a reader sees under a strip at 390 px, or from 40rem (at 1280 px)."""
    return [p.label or (p.wide_label if wide else None) for p in strip.periods]


@pytest.mark.parametrize("tag", VERSIONS)
@pytest.mark.parametrize("wide", [False, True])
def test_a_strip_says_its_year_on_its_first_name_only_while_the_year_is_the_same(
    tag: str, wide: bool
) -> None:
    # At 1280 px, '30 August – 5 September 2010' was named with its year between
    # '22 August' and '17 September', which had no room for it.
    strip = overview.strip(CHILE, href, for_tag(tag).span)
    assert strip is not None
    named = [name for name in _names(strip, wide) if name]
    assert len(named) >= 3
    assert [name for name in named if "2010" in name] == named[:1]


MARIANA = [
    event("2015-11-05T15:30", "collapse"),
    *(event(f"2015-11-{d:02}", f"mud{d}") for d in (5, 6, 9, 12, 16, 21, 22)),
    event("2016-03-02", "settlement"),
    event("2016-10-20", "charges"),
    event("2024-10-25", "new-settlement"),
]
"""The Fundão dam collapse at Mariana: a fortnight of days in 2015, two steps in 2016
seven months apart, and a settlement in 2024."""


@pytest.mark.parametrize("tag", ["pt-BR", "en", "es", "de", "ja"])
@pytest.mark.parametrize("wide", [False, True])
def test_a_name_after_a_jump_says_its_year(tag: str, wide: bool) -> None:
    # On a strip of 2015 to 2024, October 2016 was named 'outubro' ('20 October' in
    # English) after '2016' (March 2016), seven months before: any year's October.
    strip = overview.strip(MARIANA, href, for_tag(tag).span)
    assert strip is not None
    names = _names(strip, wide)
    assert len([name for name in names if name]) >= 3
    for name, period in zip(names, strip.periods, strict=True):
        year = str(period.bars[0].first.date.year)
        assert name is None or year in name, (name, year)
    assert "outubro" not in names and "20 October" not in names


def test_a_name_within_a_month_of_the_period_before_leaves_the_year_out_on_a_strip_of_years() -> None:
    # The Chilean miners' weeks, then a step the next year: the strip spans two years, and
    # each name of 2010 after the first is a few weeks from the period before it.
    strip = overview.strip([*CHILE, event("2011-07-01", "later")], href, for_tag("en").span)
    assert strip is not None
    assert _names(strip, wide=True) == [
        "5–9 August 2010",
        "22 August\u2009–\u20095 September",
        "September",
        "October",
        "2011",
    ]


@pytest.mark.parametrize("wide", [False, True])
def test_a_storys_versions_name_its_periods_as_precisely_as_each_other(wide: bool) -> None:
    # At 390 px the Spanish strip said 'agosto de 2010' where the English one said
    # '5–9 August 2010': each version is named only as precisely as all of them fit.
    names = {}
    for tag in VERSIONS:
        others = [for_tag(t).span for t in VERSIONS if t != tag]
        strip = overview.strip(CHILE, href, for_tag(tag).span, also=others)
        assert strip is not None
        names[tag] = _names(strip, wide)
    assert names == {
        "en": [
            "5–9 August 2010",
            "22 August\u2009–\u20095 September" if wide else None,
            "September",
            "9–13 October",
        ],
        "es": [
            "5–9 de agosto de 2010",
            "22 de agosto\u2009–\u20095 de septiembre" if wide else None,
            "septiembre",
            "9–13 de octubre",
        ],
        "de": [
            "5.–9. August 2010",
            "22. August\u2009–\u20095. September" if wide else None,
            "September",
            "9.–13. Oktober",
        ],
        "ja": ["2010年8月5日～9日", "8月22日～9月5日" if wide else None, "9月", "10月9日～13日"],
    }


def test_names_worded_for_other_languages_too_never_run_into_each_other() -> None:
    # Each name is measured in the page's words as well as the others', so it fits as before.
    rng = random.Random(81)
    for _ in range(300):
        dates = sorted(
            {f"20{rng.randint(10, 12)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(9)}
        )
        events = [event(d, f"e{i}") for i, d in enumerate(dates)]
        for tag in ("en", "ja"):
            others = [for_tag(t).span for t in VERSIONS if t != tag]
            strip = overview.strip(events, href, for_tag(tag).span, also=others)
            assert strip is not None
            assert _names_apart(strip, overview.NARROWEST) == [], dates
            assert _names_apart(strip, overview.WIDE) == [], dates
