"""The story's key moments: the few events a reader in a hurry should see first.

Editors choose them with ``key: true``. Where none is marked, a short story needs no
summary of itself, and a longer one gets a choice made from what the events carry: its
latest event (where things stand), and the ones with the most to them (a picture, a
longer account, quotes, and the figures and places involved).
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.content.model import Event

CHOSEN = 4
"""How many key moments are chosen when the editor marked none."""

SHOWN_FROM = 6
"""Fewer events than this are the key moments themselves: nothing is chosen."""


def weight(event: Event) -> int:
    """How much an event carries, for choosing key moments when none is marked."""
    return (
        2 * (event.image is not None)
        + 2 * (event.body is not None)
        + len(event.quotes)
        + len(event.figures)
        + len(event.locations)
    )


def key_moments(events: Sequence[Event]) -> tuple[Event, ...]:
    """The key moments among ``events`` (in timeline order), in timeline order."""
    marked = tuple(e for e in events if e.key)
    if marked or len(events) < SHOWN_FROM:
        return marked
    latest = events[-1]
    # Of equal weight, the later event in the timeline: closer to where the story stands.
    others = sorted(enumerate(events[:-1]), key=lambda pair: (weight(pair[1]), pair[0]), reverse=True)
    chosen = {e.id for _, e in others[: CHOSEN - 1]} | {latest.id}
    return tuple(e for e in events if e.id in chosen)
