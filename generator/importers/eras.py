"""TimelineJS eras as tags: an era becomes a tag on every event inside its dates, so
readers can filter the timeline by it. An era's text has nowhere to go, and an era with
no headline, no dates that read or no event inside them is left out; each is said.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from generator.importers.dates import to_date
from generator.importers.event import Event
from generator.importers.html import to_text
from generator.importers.slides import Report, Skip, Slide, text_at


def eras_as_tags(eras: tuple[Slide, ...], events: list[Event], reports: list[Report]) -> list[Event]:
    """Each era as a tag on the events within its dates."""
    for era in eras:
        name = to_text(text_at(era, reports, "text", "headline")).replace("|", "/")
        if to_text(text_at(era, reports, "text", "text")):
            # An era becomes a tag, a name: its text has nowhere to go.
            reports.append(Report(era.at("text", "text"), "an era's text is left out; eras become tags"))
        try:
            if not name:
                raise Skip(era.at("text", "headline"), "an era without a headline has nothing to show")
            for key in ("start_date", "end_date"):
                if not isinstance(era.get(key), Mapping):
                    raise Skip(era.at(key), "an era needs a start date and an end date")
            first = to_date(era.get("start_date"), era, "start_date")
            last = to_date(era.get("end_date"), era, "end_date")
            start, end = first.bounds()[0], last.bounds()[1]
            if end < start:
                said = f"the era's end ({last.iso()}) is before its start ({first.iso()})"
                raise Skip(era.at("end_date"), said)
        except Skip as skip:
            reports.append(Report(skip.where, f"{skip.message}; era left out", skipped=True, era=True))
            continue
        inside = [i for i, e in enumerate(events) if start <= e.date.bounds()[0] <= end]
        if not inside:
            reports.append(
                Report(
                    era.where, f"era '{name}' has no event within its dates; left out", skipped=True, era=True
                )
            )
        for i in inside:
            if name not in events[i].tags:
                events[i] = replace(events[i], tags=(*events[i].tags, name))
    return events
