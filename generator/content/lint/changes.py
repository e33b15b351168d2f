"""The dates that say when the story changed, against its events and the clock: a last
change ('updated', else the latest entry of 'updates', else 'published') dated before
the newest event that has happened, an 'updated' before the latest entry of 'updates',
an event 'added' before the story was published or after it last changed, an event taken
out after the story last changed (with no correction saying so), before it was published
or on a day still to come, and a date of the story's changes that has not come yet. A date still to come is
judged on every clock it may have been written on (``is_ahead``, ``has_begun``): a
warning is only for what is surely so.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from generator.content.dates import PartialDate, Precision, not_before, zone_offset
from generator.content.kinds import Kind
from generator.content.lint.where import at, item_key, warning
from generator.content.load import RawStory
from generator.content.model import Story
from generator.errors import Position, Problem

LATEST_CLOCK = timedelta(hours=12)
"""How far the last clock on Earth (UTC-12) is behind UTC."""
EARLIEST_CLOCK = timedelta(hours=14)
"""How far the first clock on Earth (UTC+14) is ahead of UTC."""


def is_ahead(date: PartialDate, now: datetime, zone: str | None = None) -> bool:
    """Whether ``date`` has surely not begun at ``now`` (aware), anywhere it may have been
    written: a time by its own UTC offset or the site's time ``zone``, else, and a day
    without a time always, on the first clock on Earth (``has_begun``'s other side: a
    warning only for what is surely to come)."""
    year, month, day, hour, minute, second = date.bounds()[0]
    first = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    # A day is the day of the desk that wrote it, which may be far from the site's zone (a
    # correspondent in Auckland on a story dated in New York): today there is no mistake.
    offset = zone_offset(date, zone) if date.precision > Precision.DAY else None
    if offset is not None:
        return first > now + timedelta(minutes=offset)
    return first > now + EARLIEST_CLOCK


def has_begun(date: PartialDate, now: datetime, zone: str | None = None) -> bool:
    """Whether ``date`` has surely begun at ``now`` (aware): by its own UTC offset when it
    has one, or the site's time ``zone``'s; else, written on the clock of the place it
    happened, which may be anywhere, once the last clock on Earth has reached it (a
    warning must not stop a deploy for a time that has not come where the event is)."""
    year, month, day, hour, minute, second = date.bounds()[0]
    first = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    offset = zone_offset(date, zone)
    # The arithmetic is on ``now``: a date in year 1 or 9999 moved by its offset would
    # leave the years a datetime can hold.
    if offset is not None:
        return first <= now + timedelta(minutes=offset)
    return first <= now - LATEST_CLOCK


def dates_of_changes(raw: RawStory, story: Story, zone: str | None = None) -> Iterator[Problem]:
    """Every warning of this module about ``story``, judged on the clocks as they are now
    (a time without a UTC offset read on the site's time ``zone``, when it has one)."""
    now = datetime.now(UTC)
    yield from _changed_before_what_it_holds(raw, story, now, zone)
    yield from _taken_out_unsaid(raw, story, now, zone)
    yield from _not_come_yet(raw, story, now, zone)


def _changed_before_what_it_holds(
    raw: RawStory, story: Story, now: datetime, zone: str | None
) -> Iterator[Problem]:
    """The story's last change dated before the newest event that has happened, 'updated'
    before the latest entry of 'updates', and an event's 'added' before the story was
    published or after it last changed."""
    events = raw.files[Kind.EVENT]
    # A draft is not published, so the story's dates need not cover it yet: its 'added'
    # or date is for when it is. An event taken out is not on the timeline any more.
    published = [event for event in story.events if not event.draft and event.removed is None]
    # What has happened, by dates alone: an event still to come (a curfew announced for
    # tonight) or its end (schools closed until Monday) is live coverage, not news the
    # story has not taken in; an event with 'added' is judged by that, below.
    happened = [
        (event, event.end if event.end and has_begun(event.end, now, zone) else event.date)
        for event in published
        if not event.added and has_begun(event.date, now, zone)
    ]
    if happened:
        latest, latest_date = max(happened, key=lambda pair: pair[1].bounds()[1])
        if story.last_changed.bounds()[1] < latest_date.bounds()[0]:
            # What to do depends on what says it (never to move 'published').
            field, what = _last_changed_by(story)
            advice = {
                "updated": "update it",
                "updates": "add an entry to 'updates' for what changed since",
                "published": "add an entry to 'updates' (or an 'updated' date) for when the story took it in",
            }[field]
            yield warning(
                at(raw.story, field),
                f"{what} is earlier than the latest event '{latest.id}' ({latest_date.iso()}); {advice}",
            )
    if story.updated and story.updates and story.updated.bounds()[1] < story.updates[0].date.bounds()[0]:
        yield warning(
            at(raw.story, "updated"),
            f"'updated' ({story.updated.iso()}) is earlier than the latest entry of 'updates' "
            f"({story.updates[0].date.iso()}); update it, or delete it to use that entry's date",
        )
    for event in published:
        if event.added and not not_before(event.added, story.published):
            # Readers who came at publication would see it marked New, and "Added" before
            # there was a story to add it to.
            yield warning(
                at(events[event.id], "added"),
                f"event '{event.id}' was added ({event.added.iso()}) before the story was published "
                f"({story.published.iso()}); 'added' is for an event added to a published story: "
                "delete it, or give the day it was added",
            )
        elif (
            event.added
            and story.last_changed.bounds()[1] < event.added.bounds()[0]
            and not is_ahead(event.added, now, zone)  # said below: the fix is the date itself
        ):
            # Named as the story's own warning above names it; the one fix keeps 'published'.
            field, when = _last_changed_by(story)
            advice = "update 'updated'" if field == "updated" else "add an entry to 'updates' for it"
            yield warning(
                at(events[event.id], "added"),
                f"event '{event.id}' was added ({event.added.iso()}) after the story last changed, "
                f"{when}; {advice}",
            )


def _taken_out_unsaid(raw: RawStory, story: Story, now: datetime, zone: str | None) -> Iterator[Problem]:
    """An event taken out after the story last changed: readers of the story page, and
    of the feed, are told nothing of it, where a correction would say what was taken out
    and why (and its page would link to it). Or taken out on a day still to come, or
    before the story was published: a mistyped date, which its page would show."""
    for event in story.events:
        removal = event.removed
        if removal is None or event.draft:
            continue
        where = at(raw.files[Kind.EVENT][event.id], "removed", "date")
        if is_ahead(removal.date, now, zone):
            yield warning(
                where,
                f"'removed: date' ({removal.date.iso()}) has not come yet; give when the event was "
                "taken out (its page shows that date to readers)",
            )
            continue
        if not not_before(removal.date, story.published):
            # A mistyped date (2010 for 2026): the notice would say it was taken out of a
            # story before there was one to take it out of.
            yield warning(
                where,
                f"'removed: date' ({removal.date.iso()}) is before the story was published "
                f"({story.published.iso()}); give when the event was taken out of the published story "
                "(its page shows that date to readers)",
            )
            continue
        if story.last_changed.bounds()[1] >= removal.date.bounds()[0]:
            continue
        field, when = _last_changed_by(story)
        also = " (and update 'updated')" if field == "updated" else ""
        yield warning(
            where,
            f"event '{event.id}' was taken out ({removal.date.iso()}) after the story last changed, "
            f"{when}; add a correction to 'updates'{also} saying what was taken out and why, linking "
            f"to events/{event.id}.yaml (the event's page then links to it)",
        )


def _not_come_yet(raw: RawStory, story: Story, now: datetime, zone: str | None) -> Iterator[Problem]:
    """A date of the story's changes that has not come yet on any clock: 'published',
    'updated', an entry of 'updates' or an event's 'added' (of a story and an event that
    are not drafts: a draft's dates are for when it is published). Each says when the
    story changed, and the feed and the sitemap give it as such: a year or a day mistyped
    (2026-12-10 for 2026-12-01) kept the story's entry first in feed readers, dated in the
    future, until that day. Looked for on every check, not kept with a file's own
    warnings, as such a date comes in time."""
    if raw.story is None or story.draft:  # a draft story may be readied for tomorrow
        return
    # (where, what, its date, what to give instead)
    dated: list[tuple[Position, str, PartialDate, str]] = [
        (at(raw.story, "published"), "'published'", story.published, _when_published(story.published))
    ]
    if story.updated is not None:
        dated.append((at(raw.story, "updated"), "'updated'", story.updated, "when the story last changed"))
    for update in story.updates:
        where = item_key(raw.story, "updates", update.number - 1, "date")
        dated.append((where, "this update's date", update.date, "when the story changed"))
    for event in story.events:
        if event.added is not None and not event.draft and event.removed is None:
            where = at(raw.files[Kind.EVENT][event.id], "added")
            dated.append((where, "'added'", event.added, "when the event was added"))
    for where, what, date, instead in dated:
        if is_ahead(date, now, zone):
            yield warning(
                where,
                f"{what} ({date.iso()}) has not come yet; give {instead} (a date still to come "
                "is shown to readers, and puts the story first in feed readers until that day)",
            )


def _when_published(published: PartialDate) -> str:
    """What to give instead of a 'published' still to come: its day, or its time as given."""
    return "the day it was published" if published.hour is None else "the time it was published"


def _last_changed_by(story: Story) -> tuple[str, str]:
    """The field that says when ``story`` last changed, and it in words: 'updated' as
    given, else the latest entry of 'updates', else 'published' (``Story.last_changed``)."""
    if story.updated:
        return "updated", f"'updated' ({story.updated.iso()})"
    if story.updates:
        return "updates", f"the latest entry of 'updates' ({story.updates[0].date.iso()})"
    return "published", f"'published' ({story.published.iso()})"
