"""The story as TimelineJS3 JSON, so newsrooms that embed TimelineJS can reuse it.

Format: ``{"title": slide, "events": [slide, ...]}`` where a slide has ``start_date``
and ``end_date`` (objects of year/month/day/hour/minute/second strings),
``display_date``, ``text`` (``headline`` and HTML ``text``), ``media`` and
``unique_id``. TimelineJS has no time zones, so times are given as written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from generator.dates import PartialDate
from generator.model import Event, Image, Story

_PARTS = ("year", "month", "day", "hour", "minute", "second")


def date_parts(date: PartialDate) -> dict[str, str]:
    return {name: str(v) for name in _PARTS if (v := getattr(date, name)) is not None}


def _media(image: Image, md: Callable[[str | None], str]) -> dict[str, str]:
    media = {"url": image.src, "alt": image.alt}
    if image.caption:
        media["caption"] = str(md(image.caption))
    if image.credit:
        media["credit"] = image.credit
    return media


def _slide(event: Event, md: Callable[[str | None], str]) -> dict[str, Any]:
    slide: dict[str, Any] = {
        "unique_id": event.id,
        "start_date": date_parts(event.date),
    }
    if event.end is not None:
        slide["end_date"] = date_parts(event.end)
    slide["display_date"] = event.when
    slide["text"] = {"headline": event.title, "text": str(md(event.summary))}
    if event.image is not None:
        slide["media"] = _media(event.image, md)
    return slide


def export(story: Story, md: Callable[[str | None], str]) -> bytes:
    data = {
        "title": {"text": {"headline": story.title, "text": str(md(story.summary))}},
        "events": [_slide(e, md) for e in story.events],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
