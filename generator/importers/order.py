"""The order the timeline lists its events in, where their dates alone would not give it:
an event listed after one that its date alone would put it before (a day after a time on
that day) is placed ``after`` it, where the dates allow.
"""

from __future__ import annotations

from dataclasses import replace

from generator.content.dates import not_before
from generator.content.order import Placement, timeline
from generator.importers.event import Event


def listed_order(events: list[Event]) -> list[Event]:
    """The events, each that the story's order would put before the one listed just before
    it placed 'after' that one, where the dates allow it (``content/order.py``): a file
    that lists a day after a time on it, or a month after a day in it, means that order
    (our own export lists events as the story orders them). The order compared with is
    the one the placements so far make, not the dates alone: an event placed after a time
    on its day is no longer where its date puts it, and the next event of that day,
    listed after it, would otherwise go before them both."""
    placements = {e.id: Placement(e.date, e.after or None) for e in events}
    position = {eid: n for n, eid in enumerate(timeline(placements)[0])}
    for i in range(1, len(events)):
        previous, event = events[i - 1], events[i]
        if position[event.id] > position[previous.id] or not not_before(event.date, previous.date):
            continue
        # Placed after the previous one, is it after none that certainly comes later (the
        # placements kept so far contradict no date, so any problem is this one's)?
        tried = placements | {event.id: Placement(event.date, previous.id)}
        order, problems = timeline(tried)
        if problems:
            continue
        events[i] = replace(event, after=previous.id)
        placements, position = tried, {eid: n for n, eid in enumerate(order)}
    return events
