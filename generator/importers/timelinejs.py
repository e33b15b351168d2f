"""Reading a TimelineJS3 JSON file (the format of its ``json-format`` documentation).

``{"title": slide, "events": [slide, ...], "eras": [era, ...], "scale": "human"}``: only
``events`` is required. Slides are passed on as they are; ``convert.py`` reads their
fields. TimelineJS 2's format (``{"timeline": {"date": [...]}}``) is recognised and
refused with a message, since its fields differ.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any

from generator.errors import ContentError, Position, Problem
from generator.importers.slides import Report, Slide, Timeline


def read_json(text: str, path: str, reports: list[Report]) -> Timeline:
    """The timeline in ``text`` (read from ``path``); ContentError if it is not one."""
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ContentError(
            [Problem(Position(path, exc.lineno, exc.colno), f"not valid JSON: {exc.msg}")]
        ) from None
    except RecursionError:  # arrays or objects nested deeper than Python's decoder goes
        raise ContentError([Problem(Position(path), "not valid JSON: nested too deeply")]) from None
    if isinstance(data, Mapping) and isinstance(data.get("timeline"), Mapping):
        raise ContentError(
            [
                Problem(
                    Position(path),
                    "this is TimelineJS 2's format ('timeline'); open it in TimelineJS 3 "
                    "or its spreadsheet template and save that instead",
                )
            ]
        )
    if not isinstance(data, Mapping) or not isinstance(data.get("events"), list):
        raise ContentError(
            [Problem(Position(path), "not a TimelineJS3 timeline: expected an object with an 'events' list")]
        )
    if data.get("scale") not in (None, "", "human"):
        reports.append(
            Report(f"{path}:/scale", f"scale '{data.get('scale')}': only years 1 to 9999 can be imported")
        )

    def slides(key: str) -> tuple[Slide, ...]:
        found = data.get(key) or []
        if not isinstance(found, list):
            reports.append(Report(f"{path}:/{key}", f"'{key}' is not a list; left out", skipped=True))
            return ()
        out = []
        for i, item in enumerate(found):
            if isinstance(item, Mapping):
                out.append(Slide(item, f"{path}:/{key}/{i}", pointer=True))
            else:
                reports.append(Report(f"{path}:/{key}/{i}", "not a slide object; left out", skipped=True))
        return tuple(out)

    title = data.get("title")
    title_slide = Slide(title, f"{path}:/title", pointer=True) if isinstance(title, Mapping) else None
    return Timeline(title_slide, slides("events"), slides("eras"), os.path.dirname(path))
