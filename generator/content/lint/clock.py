"""A note, not a warning, when events give times without a UTC offset on a site without
``time_zone``: the Atom feed and the sitemap then read those times as UTC. A note, so
that content that passed ``check --strict`` before it was added still does."""

from __future__ import annotations

from generator.content.dates import PartialDate
from generator.content.kinds import Kind
from generator.content.lint.where import at
from generator.content.load import RawContent
from generator.content.model import Event, Site
from generator.errors import Problem, Severity


def time_zone_note(raw: RawContent, site: Site) -> list[Problem]:
    """The note, at the first such event's date (in a workflow, an annotation on that
    line), naming the zone of the site's language where it keeps one clock
    (``zones.zone_for``), else the most populous one of its likeliest country as an example
    (``zones.main_zone``); none when site.yaml gives ``time_zone`` or no time lacks an offset."""
    if site.time_zone is not None:
        return []
    timed = [(story.id, event) for story in site.stories for event in story.events if _unzoned(event)]
    if not timed:
        return []
    from generator.i18n import zones  # CLDR's zones are read only for this note

    zone = zones.zone_for(site.language)
    # Else the likeliest country's most populous clock: Paris's, say, to a Brazilian newsroom misled.
    example = (
        f"'time_zone: {zone}'"
        if zone
        else f"'time_zone: {zones.main_zone(site.language) or 'Europe/Paris'}', say, with your own zone"
    )
    story_id, event = timed[0]
    more = len(timed) - 1
    others = f" (and those of {more} other event{'s' if more > 1 else ''})" if more else ""
    raw_story = next(s for s in raw.stories if s.id == story_id)
    key = "date" if _unzoned_date(event) else "end"
    said = (
        f"this time{others} has no UTC offset, and site.yaml gives no time_zone, so the Atom feed and "
        f"the sitemap read such times as UTC; give the clock they are on in site.yaml: {example}"
    )
    return [Problem(at(raw_story.files[Kind.EVENT][event.id], key), said, Severity.NOTE)]


def _unzoned(event: Event) -> bool:
    return _unzoned_date(event) or (event.end is not None and _without_offset(event.end))


def _unzoned_date(event: Event) -> bool:
    return _without_offset(event.date)


def _without_offset(date: PartialDate) -> bool:
    """Whether ``date`` gives a time of day with no UTC offset of its own."""
    return date.hour is not None and date.offset is None
