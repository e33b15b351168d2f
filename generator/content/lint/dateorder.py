"""Dates shown in an order the editor probably did not mean: an event whose date is coarser
(a year, a month, a day without a time) shown before the finer-dated events inside it
only because it is coarser (as ``order.py`` places it), and updates listed out of the
order they came in, or the same entry twice (each entry's address, ``#update-N``,
follows the list).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import pairwise

from generator.content.dates import PartialDate, holds, not_before
from generator.content.kinds import Kind
from generator.content.lint.where import at, item_key, warning
from generator.content.load import RawStory
from generator.content.model import Story
from generator.errors import Position, Problem

_COMES_FIRST = (
    "a year alone comes before the dates in it",
    "a month without a day comes before the days in it",
    "a day without a time comes before the times on it",
)
"""Why a date of each precision (year, month, day) comes before the finer ones in it."""


def _level(date: PartialDate) -> int:
    """1 for a year, 2 a month, 3 a day, 4 a time (the same as ``precision`` for all but
    seconds, which do not matter here, and several times quicker)."""
    return 4 if date.hour is not None else 3 if date.day is not None else 2 if date.month is not None else 1


def coarse_before_finer(raw: RawStory, story: Story) -> Iterator[Problem]:
    """An event whose date is a year, a month or a day without a time, shown before
    finer-dated events inside it only because its date is coarser (``order.py``): the
    order the issue's editor found silently wrong. One placed by hand is left alone."""
    inside: dict[tuple[int | None, ...], list[int]] = defaultdict(list)
    levels = []
    events = [e for e in story.events if e.removed is None]  # as the timeline shows them
    for i, event in enumerate(events):
        date = event.date
        level = _level(date)
        levels.append(level)
        ymd = (date.year, date.month, date.day)
        for coarser in range(1, level):
            inside[ymd[:coarser]].append(i)
    for i, event in enumerate(events):
        level = levels[i]
        if level == 4 or event.after or event.before:
            continue
        date = event.date
        later = [events[j] for j in inside.get((date.year, date.month, date.day)[:level], ()) if j > i]
        if not later:
            continue
        first, last = later[0], later[-1]
        if len(later) == 1:
            which = f"'{first.id}' ({first.date.display()})"
            place = f"'after: {first.id}'"
        else:
            which = f"the {len(later)} events dated within it, '{first.id}' to '{last.id}'"
            place = "'after: <id>' with the one it follows"
        yield warning(
            at(raw.files[Kind.EVENT][event.id], "date"),
            f"event '{event.id}' ({date.display()}) is shown before {which}, because "
            f"{_COMES_FIRST[level - 1]}; if it happened later, add {place}, or add "
            f"'before: {first.id}' to keep this order",
        )


def updates_in_order(raw: RawStory, story: Story) -> Iterator[Problem]:
    """Updates listed out of the order they came in: each entry's address (``#update-N``,
    which the feed's entries are too) follows the list, so a new one written first moves
    every other; and an entry giving only the day that the one before it gives a time
    of (or the month of its day) is shown below that one (latest first), though it came
    after it."""
    if raw.story is None:
        return
    listed = sorted(story.updates, key=lambda u: u.number)
    seen: dict[tuple[PartialDate, str], Position] = {}
    for update in listed:
        # A block copied to start the next entry and left as it was: readers, and feed
        # readers, would get the same update twice. Two real ones ('Updated the death
        # toll.' twice a day) tell readers nothing apart: the advice covers both.
        key = (update.date, " ".join(update.text.split()))
        where = item_key(raw.story, "updates", update.number - 1, "date")
        if key in seen:
            yield warning(
                where,
                f"same date and text as the entry of 'updates' on line {seen[key].line}: if it "
                "is a copy, delete one; if not, say what changed in each (the new figure, the "
                "new fact) and give each its time",
            )
        seen.setdefault(key, where)
    for before, update in pairwise(listed):
        where = item_key(raw.story, "updates", update.number - 1, "date")
        if not not_before(update.date, before.date):
            yield warning(
                where,
                f"this update ({update.date.iso()}) is earlier than the one listed before it "
                f"({before.date.iso()}); list updates oldest first, each new one at the end "
                "(their addresses, #update-1, #update-2..., follow the list)",
            )
        elif holds(update.date, before.date):
            yield warning(
                where,
                f"this update gives only {update.date.iso()}, the one before it a finer date in it "
                f"({before.date.iso()}); give this one as finely, or readers see it as the older "
                "of the two",
            )
