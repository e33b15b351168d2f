"""The timeline's order: by date, a coarser date before the finer dates inside it, and
where an editor says so, directly after or before another event.

Dates alone cannot order events that share a day, or a month or year written without
its day: "2010-10-13" (no time) sorts before "2010-10-13T00:11", and "2010-08" before
"2010-08-05", whatever happened first. Rather than have editors invent times, an event
may say ``after: <event id>`` or ``before: <event id>``. The order is then a tree: every
event without either key is a root, in date order (ties by id), and each placed event
hangs directly before or after the event it names, with its own placed events around
it. Placing may not contradict the dates: an event is never put after one that is
certainly later, or before one that is certainly earlier.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from generator.content.dates import PartialDate

FIELDS = ("after", "before")
"""The keys of an event that place it next to another."""


class Placement(NamedTuple):
    """What ordering needs of one event."""

    date: PartialDate
    after: str | None = None
    before: str | None = None

    @property
    def anchor(self) -> tuple[str, str] | None:
        """``(key, id)`` of the event this one is placed next to, if any."""
        if self.after is not None:
            return ("after", self.after)
        if self.before is not None:
            return ("before", self.before)
        return None


@dataclass(frozen=True)
class OrderProblem:
    """Why an event's ``after`` or ``before`` cannot be followed."""

    event: str
    key: str
    message: str


def _date_key(item: tuple[str, Placement]) -> tuple[tuple[int, int, int, int], str]:
    return (item[1].date.sort_key, item[0])


def timeline(events: Mapping[str, Placement]) -> tuple[list[str], list[OrderProblem]]:
    """The ids of ``events`` in timeline order, and what stops a placement being followed.

    Placements naming an unknown event are left to the reference check, and the event
    sorts by its date; events placed next to each other in a loop sort by date at the end,
    with a problem each.
    """
    roots: list[str] = []
    around: dict[tuple[str, str], list[str]] = defaultdict(list)
    for eid, placement in sorted(events.items(), key=_date_key):
        anchor = placement.anchor
        if anchor is None or anchor[1] not in events or anchor[1] == eid:
            roots.append(eid)
        else:
            around[(anchor[1], anchor[0])].append(eid)

    def walk(root: str) -> Iterator[str]:
        # With a stack of our own, not by calling itself: a chain of a thousand events each
        # 'after' the one before (an imported sheet of one day's events) is a thousand deep.
        stack = [(root, False)]
        while stack:
            eid, placed_around = stack.pop()
            if placed_around:
                yield eid
                continue
            stack.extend((placed, False) for placed in reversed(around.get((eid, "after"), ())))
            stack.append((eid, True))
            stack.extend((placed, False) for placed in reversed(around.get((eid, "before"), ())))

    order = [eid for root in roots for eid in walk(root)]
    problems = [_self_reference(eid, p) for eid, p in events.items() if p.anchor and p.anchor[1] == eid]
    looped: list[str] = []
    if len(order) < len(events):  # the rest name each other in a loop, never reaching a root
        reached = set(order)
        looped = [eid for eid, _ in sorted(events.items(), key=_date_key) if eid not in reached]
        problems.extend(_loop(eid, events) for eid in looped)
        order.extend(looped)
    root_ids = set(roots)
    placed = {eid for eid in order if eid not in root_ids}
    problems.extend(_contradictions(order, events, placed - set(looped)))
    return order, problems


def _self_reference(eid: str, placement: Placement) -> OrderProblem:
    key, _ = placement.anchor or ("after", eid)
    return OrderProblem(eid, key, f"'{key}' names this event itself; name the event it comes {key}")


def _loop(eid: str, events: Mapping[str, Placement]) -> OrderProblem:
    chain = [eid]
    anchor = events[eid].anchor
    while anchor is not None and anchor[1] in events and anchor[1] not in chain:
        chain.append(anchor[1])
        anchor = events[anchor[1]].anchor
    if anchor is not None:
        chain.append(anchor[1])
    key = (events[eid].anchor or ("after", ""))[0]
    path = " -> ".join(f"'{c}'" for c in chain)
    return OrderProblem(
        eid,
        key,
        f"'{key}' makes a loop ({path}), so none of them has a place; remove one of these keys",
    )


def _contradictions(
    order: list[str], events: Mapping[str, Placement], placed: set[str]
) -> Iterator[OrderProblem]:
    """Each placed event put after one that certainly starts later than it ends, or before
    one that certainly ends before it starts: the latest-starting event before it and the
    earliest-ending one after it are the ones to compare."""
    bounds = [events[eid].date.bounds() for eid in order]
    starts = [b[0] for b in bounds]
    ends = [b[1] for b in bounds]
    latest_before: list[int | None] = []
    best: int | None = None
    for i in range(len(order)):
        latest_before.append(best)
        if best is None or starts[i] > starts[best]:
            best = i
    earliest_after: list[int | None] = [None] * len(order)
    best = None
    for i in range(len(order) - 1, -1, -1):
        earliest_after[i] = best
        if best is None or ends[i] < ends[best]:
            best = i
    for i, eid in enumerate(order):
        anchor = events[eid].anchor
        if eid not in placed or anchor is None:
            continue
        key, named = anchor
        date = events[eid].date.display()
        advice = f"name the event it directly {'follows' if key == 'after' else 'precedes'}"
        j = latest_before[i]
        if j is not None and starts[j] > ends[i]:
            other = events[order[j]].date.display()
            yield OrderProblem(
                eid,
                key,
                f"'{key}: {named}' puts this event ({date}) after '{order[j]}' ({other}), "
                f"which is later; {advice}",
            )
        j = earliest_after[i]
        if j is not None and ends[j] < starts[i]:
            other = events[order[j]].date.display()
            yield OrderProblem(
                eid,
                key,
                f"'{key}: {named}' puts this event ({date}) before '{order[j]}' ({other}), "
                f"which is earlier; {advice}",
            )
