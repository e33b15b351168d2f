"""The overview strip: the story's whole period at a glance, drawn at build time.

The period is cut where the timeline marks a gap (``timegaps.py``), so a story with a
background event a century back and a busy fortnight now shows both, side by side,
with a break between them, instead of a fortnight squeezed into one pixel; a story of
decades, whose timeline marks dozens of quiet weeks, is cut in a few periods only
(``MOST_PERIODS``), so that its bursts still show as bursts. Each period
gets room by its number of events (and never too little to name it); inside a period
time runs evenly, and events close together share a bar whose height counts them. Bars
link to their first event's entry.

This module only measures: positions are percentages of the strip's width, so the SVG
stretches to any screen while its text keeps its size; ``_overview.html`` draws it and
says everything in words, so the words can be translated.
"""

from __future__ import annotations

import dataclasses
import heapq
import itertools
import math
import operator
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypedDict

from generator.content.dates import PartialDate, display_range
from generator.content.model import Event
from generator.render import timegaps

Days = Mapping[str, float]
"""An event's date in days (``timegaps.days``) by its id, worked out once a strip."""


class Span(Protocol):
    """Writes a date or span in the page's language ('17–18 April 2010'), in the words
    the timeline uses for an approximate one: as a whole with ``circa`` ('c. 2009 –
    2 March 2015'), at its end alone with ``circa_end`` ('1 March 2015 – c. 2020');
    without ``year``, days and months of one year without it ('17–18 April')."""

    def __call__(
        self,
        start: PartialDate,
        end: PartialDate | None,
        *,
        circa: bool = False,
        year: bool = True,
        circa_end: bool = False,
    ) -> str: ...


class Approximate(TypedDict):
    """The keywords of ``Span`` that say which ends of a span are approximate."""

    circa: bool
    circa_end: bool


def _approximate(
    evs: Sequence[Event], start: float, end: float, starts: Days, ends: Days, parts: int | None = None
) -> Approximate:
    """Which ends of the span of ``evs`` from ``start`` to ``end`` (in days) are
    approximate, as ``Span`` keywords, so that the strip says no more than the story
    knows: an end is where an event there is 'circa' (of '2020' and 'c. 2020', the
    span may run on past 2020). An approximate start makes the span approximate as a
    whole, as the timeline writes an approximate event with an end ('c. 2009 – 2 March
    2015'); an approximate end alone is said at the end ('1 March 2015 – c. 2020').
    Dates between its ends do not count.

    ``parts``: the span is said in its dates' first ``parts`` parts only (``_cut``: 1,
    years; 2, months; 3, days), where an event whose date is more precise is not
    approximate: it is its day, month or year that is known ('about 18:08' on 4 August
    2020 is on that day, in 2020; 'c. 15 June 2000' in June 2000). Labels said 'c. 2020'
    and 'about September 2021' of such events, which readers took to doubt the year."""
    return Approximate(
        circa=any(timegaps.approximate_to(e, e.date, parts) for e in evs if starts[e.id] == start),
        circa_end=any(timegaps.approximate_to(e, e.end or e.date, parts) for e in evs if ends[e.id] == end),
    )


BREAK = 4.0
"""Percent of the width between two periods, for the break mark."""

MOST_PERIODS = 6
"""At most this many periods: each break takes ``BREAK`` of the width, and a story of
forty years told in three busy spells had 53 periods, whose breaks alone took twice the
strip's width (every period was drawn at a negative width, the bars out of time order
and off the strip). Past it, neighbouring periods are joined (``_joined``); the gaps
between them stay inside, where time runs evenly."""

SLOT = 1.6
"""Percent of the width one bar stands for: events closer than this share a bar."""

BAR = 1.2
"""Percent of the width a bar is drawn."""

NARROWEST = 288
"""Pixels across the strip on the narrowest screen (320 px, less the page's margins):
a period's name is shown only where it fits there."""

WIDE = 608
"""Pixels across the strip from a screen of 40rem (640 px, less the page's margins), where
the stylesheet shows the names of periods left unnamed on narrower ones (``wide_label``):
a story told over a decade had one period of two events unnamed on every screen, between
'2012' and '2019', with room for '2015 – 2017' twice over on a tablet."""

CHARACTER = 7.9
"""Pixels a letter takes at most, but for those of ``CHARACTERS_BY_PIXELS`` and capitals:
labels are measured for the widest of each kind of character in the fonts readers get
for the stylesheet's 'system-ui, …, Arial, sans-serif' at 12 px, DejaVu Sans (Linux's
system-ui and sans-serif) and Liberation Sans (Arial), as Chromium draws them. Here the
widest are Cyrillic 'н' and 'п', 7.85 px ('a' 7.35, the en dash 6.67). At 7 px for every
character, '2074 — 2077' and the next label ran into each other on a 320 px phone, and
'2044' ended 3 px past the strip's end."""

DIGIT = 7.7
"""Pixels a digit takes: 7.64 in DejaVu Sans (6.67 in Liberation Sans; Persian 6.45)."""

CAPITAL = 9.5
"""Pixels a capital takes, but for those of ``CHARACTERS_BY_PIXELS``: 'O' and 'Д', 9.45."""

SQUARE = 12.0
"""Pixels a Chinese, Japanese or Korean character takes (East Asian Width wide or
full-width: '年', '～'): a square of the 12 px font (IPAGothic's; this machine has no
Korean font to measure), not the width of a Latin letter, which made '2012年' run off
the strip's end on a 320 px phone."""

CHARACTERS_BY_PIXELS: dict[float, frozenset[str]] = {
    # Spaces (3.82; thin ones 2.4), '.', ',', ':', brackets (4.68), '-', and the narrow
    # letters ('r' 4.74, 't' 4.71, 'I' 3.54, Hebrew 'ו', Arabic 'ا' 3.66).
    4.8: frozenset(" \u00a0\u2009\u202f.,:;()[]-’'!/|\\ilfjrtıіїIİÏÎÍÌІЇJוזןיاأإآـ،"),
    # Not a capital, but as wide as one: Cyrillic 'д' 8.30, 'ц' 8.17, 'ъ' 8.48; Hebrew 'ק'
    # 8.52; Arabic 'ن' 9.14, 'ل' 9.09 (an Arabic letter is measured in its widest form,
    # mostly the form that ends a word).
    CAPITAL: frozenset("дцъħאמקשםلنم"),
    # 'm' 11.69, 'M' 10.35, Cyrillic 'ж' 10.81, 'ш' 10.98, 'ф' 10.26, 'ю' 10.10, 'м' 9.05;
    # Arabic 'ط' 11.39, 'ی' 10.02, 'ک' 10.75; '+', '−', '~' 10.05, '%' 11.4.
    11.7: frozenset("mwŵMWŴĦ\u0149жшщфюыљњмМФЫЪЂЋطظئىيیقكکگ+−~×÷=<>^#%&"),
    # The em dash of Russian spans, 12.0, as wide as ``SQUARE``; Arabic 'ب' 11.8.
    SQUARE: frozenset("—Æبتثپ"),
    # The widest letters, of no month's name but Arabic's: 'Щ' 13.12, 'Ж' 12.93, 'œ' 12.28,
    # Arabic 'ف' 12.45.
    13.2: frozenset("ЩЉЮЖŒШЊœæ@ف"),
    # Arabic 'س' 15.31, 'ص' 14.70 (ending a word: 'مارس').
    15.4: frozenset("سشصض"),
}
"""The characters narrower or wider than ``CHARACTER``, ``DIGIT`` or ``CAPITAL`` says, by
the pixels each takes at most (measured as ``CHARACTER`` says)."""


@dataclass(frozen=True, slots=True)
class Bar:
    """Events close together in time: one link, to the first of them."""

    x: float
    """Left edge, in percent of the strip's width."""
    height: float
    """In percent of the tallest bar's height (the busiest moment)."""
    href: str
    reach: tuple[float, float]
    """Left edge and width of the area that follows the link: up to halfway to the
    neighbouring bars, so that narrow bars are easier to hit."""
    first: Event
    last: Event
    count: int
    dates: str = ""
    """The days its events cover, in words ('2–5 July 2018'; 'c. 2009–2010' or '2009 –
    c. 2010' where its first or last is approximate), for a bar of several."""


@dataclass(frozen=True, slots=True)
class Period:
    """A run of events with no marked gap inside, and the room it takes on the strip."""

    x: float
    width: float
    label: str | None
    """Its dates, when they fit under it on the narrowest screen."""
    bars: tuple[Bar, ...]
    gap_before: timegaps.Gap | None
    row: int = 0
    """The line its label is written on: 0, or 1 below it where labels take turns."""
    ends_label: bool = False
    """Its label ends at its far edge (the last period's, which has no room after it)."""
    rtl: bool = False
    """Drawn for a right-to-left page: time runs from right to left (``Strip.mirrored``)."""
    wide_label: str | None = None
    """For a period without a ``label``, its dates where they fit on a strip of ``WIDE``
    pixels, written in the same place, to be shown from there only."""

    @property
    def start(self) -> float:
        """Where its label begins: its left edge, or its right one on a right-to-left page
        (where the label runs leftwards from there)."""
        return self.x + self.width if self.rtl else self.x

    @property
    def label_at(self) -> float:
        """Where its label is anchored: its start, or its far edge for a label that ends
        there (``ends_label``, written with text-anchor="end")."""
        if not self.ends_label:
            return self.start
        return self.x if self.rtl else self.x + self.width

    @property
    def break_at(self) -> float:
        """The middle of the break drawn before it (in time)."""
        return self.x + self.width + BREAK / 2 if self.rtl else self.x - BREAK / 2


@dataclass(frozen=True, slots=True)
class Strip:
    """The whole overview: its periods, left to right, and what it spans."""

    periods: tuple[Period, ...]
    span: str
    """The whole period in words, e.g. '2005 – 19 April 2010' (with 'c.' where its first or
    last event's date is approximate)."""
    count: int
    bar_width: float = BAR
    """In percent of the strip's width."""
    rows: int = 1
    """Lines of labels under the strip: 2 where they take turns."""

    def mirrored(self) -> Strip:
        """The strip for a right-to-left page, where time runs from right to left as the
        page reads: every position reflected, each label starting at its period's right."""
        return dataclasses.replace(self, periods=tuple(_mirrored(p, self.bar_width) for p in self.periods))


def _mirrored(period: Period, bar_width: float) -> Period:
    bars = tuple(
        dataclasses.replace(bar, x=100.0 - bar.x - bar_width, reach=(100.0 - sum(bar.reach), bar.reach[1]))
        for bar in period.bars
    )
    return dataclasses.replace(period, x=100.0 - period.x - period.width, bars=bars, rtl=True)


def _periods(
    events: Sequence[Event],
    spans: Sequence[timegaps.Extent],
    written: Sequence[timegaps.Extent],
    zone: str | None = None,
) -> list[list[Event]]:
    """``events`` in runs, cut where the timeline marks a gap (``zone``: the site's time
    zone, which the timeline's gaps are measured with); past ``MOST_PERIODS``,
    neighbouring runs joined (``_joined``) by the room of their bars (``spans``, as drawn).
    The cuts are measured as the timeline measures its gaps, by the dates as written
    (``written``, the ``extents``), not as ``_placed`` draws them: a month placed after
    the 20th, drawn from the 20th, is still followed by the timeline's '1 month later'."""
    runs: list[list[Event]] = []
    for event, gap in zip(events, timegaps.timeline_gaps(events, written, zone), strict=True):
        if gap is None and runs:
            runs[-1].append(event)
        else:
            runs.append([event])
    return runs if len(runs) <= MOST_PERIODS else _joined(runs, spans)


def _joined(runs: list[list[Event]], spans: Sequence[timegaps.Extent]) -> list[list[Event]]:
    """``runs`` joined two neighbours at a time down to ``MOST_PERIODS``, first those
    whose events would lose least room (``_squeeze``): lone events years apart join
    each other, and the quiet weeks inside a busy spell go, before a spell joins an
    event years away (where it would shrink to a few bars at one end of a long, empty
    period). Of pairs that lose as little, the closer in time, then the earlier."""
    starts: list[float] = []
    ends: list[float] = []
    at = 0
    for run in runs:
        starts.append(min(start for start, _ in spans[at : at + len(run)]))
        ends.append(max(end for _, end in spans[at : at + len(run)]))
        at += len(run)
    after: list[int | None] = [*range(1, len(runs)), None]
    before: list[int | None] = [None, *range(len(runs) - 1)]
    joined: dict[int, list[Event]] = {i: list(run) for i, run in enumerate(runs)}  # the caller's kept whole

    def key(left: int, right: int) -> tuple[float, float, int, int, int]:
        squeeze = _squeeze(
            (len(joined[left]), starts[left], ends[left]), (len(joined[right]), starts[right], ends[right])
        )
        return squeeze, starts[right] - ends[left], left, right, len(joined[left]) + len(joined[right])

    heap = [key(i, i + 1) for i in range(len(runs) - 1)]
    heapq.heapify(heap)
    while len(joined) > MOST_PERIODS:
        *_, left, right, count = heapq.heappop(heap)
        if left not in joined or after[left] != right or len(joined[left]) + len(joined[right]) != count:
            # One of the two was joined to another since (the right one, to its own
            # right neighbour, grows and keeps its place): the pair was pushed again as it is now.
            continue
        joined[left] += joined.pop(right)
        starts[left], ends[left] = min(starts[left], starts[right]), max(ends[left], ends[right])
        after[left] = following = after[right]
        if following is not None:
            before[following] = left
            heapq.heappush(heap, key(left, following))
        preceding = before[left]
        if preceding is not None:
            heapq.heappush(heap, key(preceding, left))
    return [joined[i] for i in sorted(joined)]


Run = tuple[int, float, float]
"""A run of events for ``_squeeze``: how many, and where they start and end, in days."""


def _squeeze(left: Run, right: Run) -> float:
    """How much detail the events of two runs would lose, joined in one period: inside
    it time runs evenly, so each run is squeezed into the share of the period its own
    time takes, and each of its events but one (a lone event has no detail to lose)
    loses as much as that squeezes it, counted by its factor's logarithm (a run squeezed
    to a fiftieth loses more than two squeezed to a half; times within a day count as a
    day)."""
    covered = max(1.0, max(left[2], right[2]) - min(left[1], right[1]))
    return sum((count - 1) * math.log(covered / max(1.0, end - start)) for count, start, end in (left, right))


Shown = tuple[str, PartialDate]
"""A period's label and how far its end is said in it ('23–29 March 2021': 29 March 2021)."""


JUMP_DAYS = 31.0
"""Days between two periods from which the year of the second is not taken as the one
the label before it says: past a month, 'outubro' after '2016' (on a strip of 2015 to
2024) may be any year's, as readers of the Mariana story took it."""


def _year_said_before(runs: Sequence[Sequence[Event]], i: int, said_at: int | None, ends: Days) -> bool:
    """Whether the label of the ``said_at``th run, the last named before the ``i``th, may
    say the year for it: the whole strip is in one year (the Chilean miners' 2010, its
    span said above it), or no run from that one to this starts ``JUMP_DAYS`` or more
    after the one before it ends ('September' after '5–9 August 2010' and a fortnight
    unnamed is September 2010). A break mark does not say how long it is: after a longer
    one, a month may be any later year's. A first label, one after a jump and one in
    another year than the label before (``_label``) say their year."""
    if said_at is None:
        return False
    last = max((e.end or e.date).year for e in runs[-1])
    if runs[0][0].date.year == last:
        return True
    return all(
        min(timegaps.days(e.date) for e in runs[n]) - max(ends[e.id] for e in runs[n - 1]) < JUMP_DAYS
        for n in range(said_at + 1, i + 1)
    )


def _label(
    run: Sequence[Event],
    width: float,
    span: Span,
    ends: Days,
    shown: Shown | None,
    also: Sequence[Span] = (),
    year_said: bool = True,
) -> Shown | None:
    """The run's dates as precisely as they fit (as written, in days without the times
    of day, in months, in years), and how far its end is said. ``shown`` is the label
    before it on the strip: in the year it says, days or months are written without it
    ('13 April' after '23–29 March 2021', not '2021' nor '13 April 2021'): a strip says
    its year on its first label and where the year changes only, where a label that had
    room for it repeated it ('30 August – 5 September 2010' between '22 August' and '17
    September'). A label that would say no more than that one (the year or the month it
    ends in, or the same words) is left out, as two periods named '2021' side by side
    told them apart not at all: the period is unnamed, and its bars say its dates.

    ``also``: the story's other languages, whose words must fit too, so that each
    version of a story names a period as precisely as the others: at 390 px the Spanish
    strip said 'agosto de 2010' where the English one said '5–9 August 2010'.

    ``year_said``: whether the label before says the year for it (``_year_said_before``);
    without, its days or months say their year: a Portuguese strip of 2015 to 2024 named
    October 2016 'outubro', after '2016' and seven months, in a story of nine years."""
    last = max(run, key=lambda e: ends[e.id])
    first_date, last_date = run[0].date, last.end or last.date
    # Each candidate is measured with its 'c.'; the start is run[0]'s (``timegaps.extents``).
    starts = {e.id: timegaps.days(e.date) for e in run}
    known = year_said and shown is not None and first_date.year == last_date.year == shown[1].year
    for precision in (None, 3, 2, 1):  # as written, then days, months, years
        first, end = _cut(first_date, precision), _cut(last_date, precision)
        approximate = _approximate(run, starts[run[0].id], ends[last.id], starts, ends, precision)
        if shown is not None and precision is not None and first == end == _cut(shown[1], precision):
            return None  # its year, month or day alone, which the label before says already
        if known and precision is None and first.hour is None and end.hour is None:
            continue  # as written, these are its days or months, said next without the year
        year = not (known and precision in (3, 2))
        if precision == 1 and shown is not None and first == end and not _month_plain(shown[1], first_date):
            month = _month_said(run, first_date, width, span, starts, also)
            if month is not None:
                return month
        candidate = span(first, end, year=year, **approximate)
        if shown is not None and candidate == shown[0]:
            continue
        if _text_width(candidate) <= width and all(
            _text_width(words(first, end, year=year, **approximate)) <= width for words in also
        ):
            return candidate, end
    return None


def _month_plain(before: PartialDate, start: PartialDate) -> bool:
    """Whether a label that says its end as far as ``before`` makes plain the month a
    period starting at ``start`` starts in: it names that month of that year."""
    return before.month is not None and (before.year, before.month) == (start.year, start.month)


def _month_said(
    run: Sequence[Event], start: PartialDate, width: float, span: Span, starts: Days, also: Sequence[Span]
) -> Shown | None:
    """The month a period after a break starts in, with its year ('March 2024'), where it
    fits in ``width`` (and in the story's other languages): a period with room for its
    year alone after 'March 1977' was named '2024', and the next one's 'April' was read
    as the month it ended in. None where the period starts with a year alone (or it does
    not fit)."""
    if start.month is None:
        return None
    month = _cut(start, 2)
    first = starts[run[0].id]
    circa = any(timegaps.approximate_to(e, e.date, 2) for e in run if starts[e.id] == first)
    candidate = span(month, None, circa=circa)
    if _text_width(candidate) <= width and all(
        _text_width(words(month, None, circa=circa)) <= width for words in also
    ):
        return candidate, month
    return None


def _labels(
    runs: Sequence[Sequence[Event]],
    room: Callable[[int, list[str | None]], float],
    span: Span,
    ends: Days,
    also: Sequence[Span] = (),
) -> list[str | None]:
    """Each run's label (``_label``), in time order: ``room(i, labels so far)`` is how
    wide the ``i``th may be."""
    return [found[0] if found else None for found in _shown(runs, room, span, ends, also)]


def _shown(
    runs: Sequence[Sequence[Event]],
    room: Callable[[int, list[str | None]], float],
    span: Span,
    ends: Days,
    also: Sequence[Span] = (),
) -> list[Shown | None]:
    """Each run's label and how far it says its end (``_label``), or None, in time order."""
    found: list[Shown | None] = []
    shown: Shown | None = None
    said_at: int | None = None
    for i, run in enumerate(runs):
        year_said = _year_said_before(runs, i, said_at, ends)
        label = _label(run, room(i, [f[0] if f else None for f in found]), span, ends, shown, also, year_said)
        found.append(label)
        if label is not None:
            shown, said_at = label, i
    return found


def _wide_labels(
    runs: Sequence[Sequence[Event]],
    narrow: Sequence[Shown | None],
    room: Sequence[float],
    span: Span,
    ends: Days,
    also: Sequence[Span] = (),
) -> list[str | None]:
    """The labels of the runs left unnamed in ``narrow`` on a strip of ``WIDE`` pixels,
    where ``room`` (each one's, in percent) holds that much more text; None for the
    others. The names around them are shown on every screen, so each is worded after the
    one before it, as ``_label`` words it."""
    wide: list[str | None] = []
    shown: Shown | None = None
    said_at: int | None = None
    for i, run in enumerate(runs):
        if narrow[i] is not None:
            wide.append(None)
            shown, said_at = narrow[i], i
            continue
        year_said = _year_said_before(runs, i, said_at, ends)
        found = _label(run, room[i] * WIDE / NARROWEST, span, ends, shown, also, year_said)
        wide.append(found[0] if found else None)
        if found is not None:
            shown, said_at = found, i
    return wide


def text_pixels(label: str) -> float:
    """How many pixels ``label`` takes at most at the strip's 12 px, each character counted
    as the widest of its kind in DejaVu Sans and Liberation Sans (measured in Chromium), so
    that labels placed by it never run into each other or off the strip."""
    return sum(_character_pixels(c) for c in label)


def _character_pixels(character: str) -> float:
    for pixels, characters in CHARACTERS_BY_PIXELS.items():
        if character in characters:
            return pixels
    if character.isdigit():
        return DIGIT
    if unicodedata.category(character) == "Cf":  # a mark of direction: no width
        return 0.0
    if unicodedata.east_asian_width(character) in ("W", "F"):
        return SQUARE
    return CAPITAL if character.isupper() else CHARACTER


def _text_width(label: str | None) -> float:
    """How much of the strip ``label`` takes on the narrowest screen, at most, in percent."""
    return text_pixels(label or "") / NARROWEST * 100


def _cut(date: PartialDate, parts: int | None) -> PartialDate:
    """``date`` with only its first ``parts`` parts (1: the year; 2: and the month; 3: and
    the day); as it is with None."""
    if parts is None:
        return date
    return PartialDate(date.year, date.month if parts >= 2 else None, date.day if parts >= 3 else None)


def _bars(
    run: Sequence[Event],
    x: float,
    width: float,
    href: Callable[[Event], str],
    starts: Days,
    ends: Days,
    span: Span,
) -> list[Bar]:
    # Not run[0]'s date: an event placed 'after' another (a day after a time on it) may
    # start earlier than the one before it in the timeline.
    start = min(starts[e.id] for e in run)
    stop = max(starts[e.id] for e in run)
    slots = max(1, int((width - BAR) // SLOT) + 1)
    groups: dict[int, list[Event]] = {}
    for event in run:
        where = 0.0 if stop == start else (starts[event.id] - start) / (stop - start)
        groups.setdefault(min(slots - 1, int(where * (slots - 1) + 0.5)), []).append(event)
    step = 0.0 if slots == 1 else (width - BAR) / (slots - 1)
    # One event alone in its period sits in the middle of it, not at its left edge.
    offset = (width - BAR) / 2 if slots == 1 or stop == start else 0.0
    lefts = [x + offset + slot * step for slot in sorted(groups)]
    centres = [left + BAR / 2 for left in lefts]
    edges = [x, *((a + b) / 2 for a, b in itertools.pairwise(centres)), x + width]
    return [
        Bar(
            left,
            len(evs),
            href(evs[0]),
            (edges[i], edges[i + 1] - edges[i]),
            evs[0],
            evs[-1],
            len(evs),
            _days(evs, starts, ends, span) if len(evs) > 1 else "",
        )
        for i, (left, (_, evs)) in enumerate(zip(lefts, sorted(groups.items()), strict=True))
    ]


def _days(evs: Sequence[Event], starts: Days, ends: Days, span: Span) -> str:
    """The days ``evs`` cover, from the earliest start to the latest end, in words: their
    times and phrases ('between') are each event's own to say, but an approximate end
    is said ('c. 2009–2010'), or the bar would name its days more surely than its events
    (not one whose time alone is approximate: its day is known)."""
    first = min(evs, key=lambda e: starts[e.id])
    last = max(evs, key=lambda e: ends[e.id])
    return span(
        _cut(first.date, 3),
        _cut(last.end or last.date, 3),
        **_approximate(evs, starts[first.id], ends[last.id], starts, ends, 3),
    )


def strip(
    events: Sequence[Event],
    href: Callable[[Event], str],
    span: Span = display_range,
    zone: str | None = None,
    also: Sequence[Span] = (),
) -> Strip | None:
    """The overview of ``events`` (in timeline order), bars linking to ``href(event)``;
    None for fewer than two events, which need no overview. Of the events and ``href``
    it reads only what ``inputs`` holds (and keeps each bar's first and last event).
    ``zone``: the site's ``time_zone``, for the gaps the periods are cut at. ``also``:
    the words of the story's versions in other languages, each period named only as
    precisely as all of them fit (``_label``)."""
    if len(events) < 2:
        return None
    written = timegaps.extents(events)
    spans = _placed(events, written)
    runs = _periods(events, spans, written, zone)
    starts = {e.id: start for e, (start, _) in zip(events, spans, strict=True)}
    ends = {e.id: end for e, (_, end) in zip(events, spans, strict=True)}
    xs, widths = _room(runs, len(events))
    labels = _labels(runs, lambda i, _: widths[i], span, ends, also)
    rows = [0] * len(runs)
    wide: list[str | None] = [None] * len(runs)
    last_ends = False
    if None in labels and len(runs) > 1:
        labels, rows, wide = _on_two_lines(runs, xs, span, ends, also)
        last_ends = True
    bars = [
        _bars(run, x, width, href, starts, ends, span) for run, x, width in zip(runs, xs, widths, strict=True)
    ]
    tallest = max(b.count for group in bars for b in group)
    periods = tuple(
        Period(
            xs[i],
            widths[i],
            labels[i],
            tuple(_scaled(b, tallest) for b in bars[i]),
            timegaps.between(runs[i - 1][-1], runs[i][0], zone) if i else None,
            rows[i],
            last_ends and i == len(runs) - 1,
            wide_label=wide[i],
        )
        for i in range(len(runs))
    )
    last = max(events, key=lambda e: ends[e.id])
    whole = span(
        events[0].date,
        last.end or last.date,
        **_approximate(events, starts[events[0].id], ends[last.id], starts, ends),
    )
    return Strip(periods, whole, len(events), rows=max(rows) + 1)


def _room(runs: Sequence[Sequence[Event]], count: int) -> tuple[list[float], list[float]]:
    """Where each of the ``runs`` (periods of ``count`` events in all) starts on the strip
    and how wide it is, in percent, with a ``BREAK`` between periods."""
    room = 100.0 - BREAK * (len(runs) - 1)
    # Room by number of events, with a floor so that a lone event's period can be named.
    floor = count / (2 * len(runs))
    weights = [len(run) + floor for run in runs]
    total = sum(weights)
    widths = [room * w / total for w in weights]
    xs = [sum(widths[:i]) + BREAK * i for i in range(len(runs))]
    return xs, widths


def _on_two_lines(
    runs: Sequence[Sequence[Event]], xs: Sequence[float], span: Span, ends: Days, also: Sequence[Span]
) -> tuple[list[str | None], list[int], list[str | None]]:
    """The labels of ``runs`` (at ``xs``) when not all fit under their own period, with the
    line each is on and those shown on a wide strip only (``_wide_labels``).

    Labels take turns on two lines, each free to run on under the next period (whose
    label is on the other line) up to the one after it; the last one ends at the strip's
    end and may start back under the period before it. A lone event's period, a
    twentieth of the strip, is named so."""
    n = len(runs)
    rows = [i % 2 for i in range(n)]
    reach = [(xs[i + 2] if i + 2 < n else 100.0) - xs[i] - BREAK for i in range(n - 1)]

    def reaching(i: int, before: list[str | None]) -> float:
        if i < n - 1:
            return reach[i]
        return 100.0 - (xs[n - 3] + _text_width(before[n - 3]) + BREAK if n >= 3 else 0.0)

    found = _shown(runs, reaching, span, ends, also)
    labels = [f[0] if f else None for f in found]
    wide: list[str | None] = [None] * n
    if None in labels:
        rooms = [reaching(i, labels) for i in range(n)]
        if labels[-1]:
            # The last label ends at the strip's end and may start back under the
            # periods before it (measured with none named there): a name shown on its
            # line from 40rem only stops before where it starts on such a strip.
            starts_at = 100.0 - _text_width(labels[-1]) * NARROWEST / WIDE
            for i in range((n - 1) % 2, n - 1, 2):
                rooms[i] = min(rooms[i], starts_at - BREAK - xs[i])
        wide = _wide_labels(runs, found, rooms, span, ends, also)
        if n >= 3 and wide[-1] and wide[n - 3]:
            # Both named on a wide strip only: the last must start after the other ends.
            ends_at = xs[n - 3] + _text_width(wide[n - 3]) * NARROWEST / WIDE + BREAK
            if 100.0 - _text_width(wide[-1]) * NARROWEST / WIDE < ends_at:
                wide[-1] = None
    return labels, rows, wide


def _placed(events: Sequence[Event], spans: Sequence[timegaps.Extent]) -> list[timegaps.Extent]:
    """``spans`` (the ``extents`` of ``events``, in timeline order) as the strip draws them:
    an event placed ``after`` another starts no earlier than that one, as the timeline
    shows it after it. 'Late September', dated ``2021-09`` and placed after 20 September,
    was drawn at 1 September, before the event it follows. (Without ``after``, an event
    keeps its date's first instant: a day listed after a time on it, from its midnight.)"""
    starts: dict[str, float] = {}
    found: list[timegaps.Extent] = []
    for event, (start, end) in zip(events, spans, strict=True):
        followed = starts.get(event.after) if event.after else None
        if followed is not None and followed > start:
            start, end = followed, max(end, followed)
        starts[event.id] = start
        found.append((start, end))
    return found


def inputs(events: Sequence[Event], href: Callable[[Event], str]) -> tuple[object, ...]:
    """All that ``strip`` reads of ``events`` and ``href``: each event's id, date, end,
    whether it is approximate and its date phrase (which hides the 'c.':
    ``timegaps.shows_circa``), the event it is placed after (``_placed``), and where its
    bar would link. Strips of equal inputs (and
    the same ``span``) differ only in which objects their bars hold as their first and
    last events (``rebound``); the preview keeps a strip while its inputs are equal
    (``speed/rendering.py``), as an edit of an event's title or text leaves them."""
    return tuple((e.id, e.date, e.end, e.circa, e.date_phrase, e.after, href(e)) for e in events)


def rebound(made: Strip | None, events: Sequence[Event]) -> Strip | None:
    """``made``, a strip of ``events``' very ``inputs``, its bars holding ``events``' own
    objects: a strip kept from a build before holds that build's, whose titles (a bar of
    one event is labelled with its title) may have changed since."""
    if made is None:
        return None
    by_id = {e.id: e for e in events}
    periods = tuple(_rebound_period(period, by_id) for period in made.periods)
    if all(map(operator.is_, periods, made.periods)):
        return made
    return dataclasses.replace(made, periods=periods)


def _rebound_period(period: Period, by_id: Mapping[str, Event]) -> Period:
    bars = tuple(
        bar
        if by_id[bar.first.id] is bar.first and by_id[bar.last.id] is bar.last
        else dataclasses.replace(bar, first=by_id[bar.first.id], last=by_id[bar.last.id])
        for bar in period.bars
    )
    return period if all(map(operator.is_, bars, period.bars)) else dataclasses.replace(period, bars=bars)


def _scaled(bar: Bar, tallest: int) -> Bar:
    return dataclasses.replace(bar, height=100.0 * bar.count / tallest)
