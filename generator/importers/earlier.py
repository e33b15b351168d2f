"""Importing again (``--force``): the event files of the story replaced whose ids
slides keep. A slide whose id the date and headline make, and which no file of the story
has, keeps the id of the one file that would be deleted with the same dates, when it is
the only such slide on those dates (``matched``): a corrected headline does not move the
event's page (``Earlier``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from generator.content.ids import spelt_alike
from generator.importers.event import Event
from generator.importers.slides import Report


@dataclass(frozen=True)
class Earlier:
    """An event file of the story an import replaces (``--force``), by its dates: a slide
    whose headline was corrected since is matched to it by them, to keep its address."""

    id: str
    date: str
    """Its ``date``, as ``PartialDate.iso`` writes it."""
    end: str | None = None


def matched(events: list[Event], made: set[int], earlier: Sequence[Earlier]) -> dict[int, str]:
    """The events (by index) that take the id of an ``earlier`` file, which keeps their
    address when only a headline was corrected: among the files no event is written to
    and the events ``made`` an id no file has, the one of each on the same dates (start
    and end). Where dates have more than one of either (two headlines corrected on one
    day), which is which cannot be told: none is matched, and the files are deleted."""
    ids = {e.id for e in events}
    had = {e.id for e in earlier}
    unfiled = {i for i in made if events[i].id not in had}  # an event with its own file keeps it
    spelt = _spelt_before(events, unfiled, [file for file in earlier if file.id not in ids])
    unwritten: dict[tuple[str, str | None], list[str]] = defaultdict(list)
    for file in earlier:
        if file.id not in ids and file.id not in spelt.values():
            unwritten[(file.date, file.end)].append(file.id)
    slides: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for i in sorted(made):
        event = events[i]
        if event.id not in had and i not in spelt:
            slides[(event.date.iso(), event.end.iso() if event.end else None)].append(i)
    return spelt | {
        found[0]: unwritten[dates][0]
        for dates, found in slides.items()
        if len(found) == 1 and len(unwritten.get(dates, [])) == 1
    }


def _spelt_before(events: list[Event], made: set[int], unwritten: Sequence[Earlier]) -> dict[int, str]:
    """The events (by index) of ``made`` (each an id no file has) whose id a file no event
    is written to had, the same but for hyphens (``spelt_alike``), or had as earlier rules
    made it (``Event.earlier_ids``): the file an earlier import made from the same
    headline, before ids joined '1,000' and 'Maui's' ('1-000', 'maui-s') or left out '‰'
    and '§' ('2-125-0', 's-5'), whichever events share its dates. Only where one file is
    so alike."""
    kept: dict[int, str] = {}
    for i in sorted(made):
        ids = (events[i].id, *events[i].earlier_ids)
        alike = [file.id for file in unwritten if any(spelt_alike(made_id, file.id) for made_id in ids)]
        if len(alike) == 1 and alike[0] not in kept.values():
            kept[i] = alike[0]
    return kept


def named(report: Report, made: str, kept: str) -> Report:
    """``report``, written when the event was to be ``made``, naming the id it ``kept``."""
    if report.written:
        return replace(report, written=f"events/{kept}.yaml")
    return replace(report, message=report.message.replace(f"imported as '{made}'", f"imported as '{kept}'"))
