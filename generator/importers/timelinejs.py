"""Reading a TimelineJS3 JSON file (the format of its ``json-format`` documentation).

``{"title": slide, "events": [slide, ...], "eras": [era, ...], "scale": "human"}``: only
``events`` is required. Slides are passed on as they are; ``convert.py`` reads their
fields. TimelineJS 2's format (``{"timeline": {"date": [...]}}``) is recognised and
refused with a message, since its fields differ.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Mapping
from typing import Any

from generator.errors import ContentError, Position, Problem
from generator.importers.slides import Report, Slide, Timeline, shortened

_SURROGATE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)
"""A ``\\uD800``-``\\uDFFF`` escape not in a pair: JSON reads it, but it is no character,
and no UTF-8 file (or the HTML sanitiser) can hold it."""


def _lone_surrogate(text: str, path: str, data: Any) -> Problem | None:
    """Where the first lone surrogate escape in ``text`` is, if ``data`` (read from it)
    holds one."""
    if not _SURROGATE.search(text) or not re.search("[\ud800-\udfff]", json.dumps(data, ensure_ascii=False)):
        return None  # the quick test first: most files have no such escape at all
    where, escape = Position(path), "a \\u escape"
    for match in _SURROGATE.finditer(text):
        start = before = match.start()
        while before and text[before - 1] == "\\":
            before -= 1
        if (start - before) % 2 == 0:  # not text after an escaped backslash ('\\\\ud800')
            line = text.count("\n", 0, start) + 1
            where, escape = Position(path, line, start - text.rfind("\n", 0, start)), f"'{match[0]}'"
            break
    return Problem(where, f"{escape} is half of a UTF-16 pair, not a character; write the character itself")


JS_ASSIGNMENT = re.compile(r"(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$.]*\s*=\s*{")
"""The start of a timeline given to TimelineJS in a page's script (``var timeline_json =
{...};``, as its documentation shows), rather than saved as JSON."""


def _json_problem(text: str, path: str, exc: json.JSONDecodeError) -> Problem:
    """What is said of ``text`` that is not valid JSON: Python's words, but where a hand
    editing the file, or a script copied from a page, makes one of JSON's usual mistakes."""
    assignment = JS_ASSIGNMENT.match(text.lstrip("\ufeff \t\r\n"))
    if assignment is not None:
        said = (
            f"this is JavaScript ('{assignment[0][:-1].strip()} {{...}}'), not JSON: keep only what "
            "is between the first '{' and the last '}', save it as a .json file and import that"
        )
        return Problem(Position(path, exc.lineno, exc.colno), said)
    before = text[: exc.pos].rstrip()
    at = text[exc.pos : exc.pos + 1]
    if before.endswith(",") and at in ("}", "]"):
        # '[1, 2,]': Python names the '}' or ']', where a value or a key was wanted.
        comma = len(before) - 1
        line, column = text.count("\n", 0, comma) + 1, comma - text.rfind("\n", 0, comma)
        said = (
            f"not valid JSON: a comma after the last item, before '{at}', which JSON does not allow; "
            "delete it"
        )
        return Problem(Position(path, line, column), said)
    if at == "'":
        said = (
            "not valid JSON: a text in single quotes ('...'); JSON writes texts, and names, in double quotes"
        )
        return Problem(Position(path, exc.lineno, exc.colno), said)
    return Problem(Position(path, exc.lineno, exc.colno), f"not valid JSON: {exc.msg}")


STORY_DATA = frozenset({"format", "events", "figures", "places", "sources"})
"""Keys of explainer's own ``story.json`` (``render/storyjson.py``), which has events but
not TimelineJS's slides: its events would each be refused for want of a start date."""


def read_json(text: str, path: str, reports: list[Report]) -> Timeline:
    """The timeline in ``text`` (read from ``path``); ContentError if it is not one."""
    data = decoded(text, path)
    _refuse_other_formats(data, path)
    if data.get("scale") not in (None, "", "human"):
        reports.append(
            Report(f"{path}:/scale", f"scale '{data.get('scale')}': only years 1 to 9999 can be imported")
        )
    title = data.get("title")
    title_slide = Slide(title, f"{path}:/title", pointer=True) if isinstance(title, Mapping) else None
    if isinstance(title, Mapping):
        reports.extend(_not_objects(title, f"{path}:/title"))
    events = _slides(data, "events", path, reports)
    return Timeline(title_slide, events, _slides(data, "eras", path, reports), os.path.dirname(path))


def decoded(text: str, path: str) -> Any:
    """The JSON value ``text`` (read from ``path``) holds; ContentError, at the fault, if
    it is not JSON Python reads."""
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ContentError([_json_problem(text, path, exc)]) from None
    except RecursionError:  # arrays or objects nested deeper than Python's decoder goes
        raise ContentError([Problem(Position(path), "not valid JSON: nested too deeply")]) from None
    except ValueError:  # a number of more digits than Python converts
        raise ContentError([_too_many_digits(text, path)]) from None
    if problem := _lone_surrogate(text, path, data):
        raise ContentError([problem])
    return data


def _too_many_digits(text: str, path: str) -> Problem:
    """The problem of a number in ``text`` longer than Python converts, said at it."""
    # Python's own words tell a programmer to raise its limit (sys.set_int_max_str_digits):
    # said instead for the editor, at the number.
    limit = sys.get_int_max_str_digits()
    # The first such run of digits outside a text in quotes (a text may hold one).
    found = (m for m in re.finditer(rf'"(?:[^"\\]|\\.)*"|[0-9]{{{limit + 1},}}', text) if m[0][0] != '"')
    digits = next(found, None)
    start = digits.start() if digits is not None else 0
    line, column = text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start)
    said = (
        f"not valid JSON: a number of more than {limit:,} digits, more than a timeline holds; "
        "delete it, or put it in quotes if it is text"
    )
    return Problem(Position(path, line, column), said)


def _refuse_other_formats(data: Any, path: str) -> None:
    """ContentError unless ``data`` is a TimelineJS 3 timeline, saying what it is when
    that is known: TimelineJS 2's, or explainer's own story.json."""
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
    if isinstance(data, Mapping) and data.keys() >= STORY_DATA:
        raise ContentError(
            [
                Problem(
                    Position(path),
                    "this is a story's story.json (explainer's own data), not a TimelineJS timeline; "
                    "import the timeline.json or timeline.csv beside it",
                )
            ]
        )
    if not isinstance(data, Mapping) or not isinstance(data.get("events"), list):
        raise ContentError(
            [Problem(Position(path), "not a TimelineJS3 timeline: expected an object with an 'events' list")]
        )


def _slides(data: Mapping[str, Any], key: str, path: str, reports: list[Report]) -> tuple[Slide, ...]:
    """The slides listed under ``key`` ('events', 'eras') in the timeline ``data``; what is
    not a list of objects is reported and left out."""
    found = data.get(key) or []
    if not isinstance(found, list):
        reports.append(Report(f"{path}:/{key}", f"'{key}' is not a list; left out", skipped=True))
        return ()
    out = []
    for i, item in enumerate(found):
        if isinstance(item, Mapping):
            reports.extend(_not_objects(item, f"{path}:/{key}/{i}"))
            out.append(Slide(item, f"{path}:/{key}/{i}", pointer=True))
        else:
            reports.append(Report(f"{path}:/{key}/{i}", "not a slide object; left out", skipped=True))
    return tuple(out)


OBJECTS = {
    "text": '{"headline": "...", "text": "..."}',
    "media": '{"url": "...", "caption": "...", "credit": "..."}',
}
"""A slide's fields that TimelineJS reads as objects, and how one is written: given as
a text instead ('"text": "What happened"'), TimelineJS shows nothing of it."""


def _not_objects(slide: Mapping[str, Any], where: str) -> list[Report]:
    """What is said of each of ``OBJECTS`` that ``slide`` gives otherwise than as an object,
    which was read as if the slide had none, without a word."""
    said = []
    for key, example in OBJECTS.items():
        value = slide.get(key)
        if value is not None and not isinstance(value, Mapping) and str(value).strip():
            message = f"'{key}' is '{shortened(value)}', not an object: write it as {example}; left out"
            said.append(Report(f"{where}/{key}", message))
    return said
