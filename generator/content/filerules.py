"""The rules of one content file as a whole, once ``file_check.py`` has checked its values
against its record: the record each kind of file is checked against, and a file saved in
another kind's folder (one error saying where it goes); dates in the right order (``end``
not before ``date``, ``updated`` not before ``published``), no update dated before the
story was published, a phrase about a span ('between') given its ``end``, and an event
placed by ``after`` or ``before``, not both."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.content import fieldtypes, schema
from generator.content.dates import PartialDate, not_before
from generator.content.kinds import Kind
from generator.content.yamlnodes import Mapping, Sequence

if TYPE_CHECKING:
    from generator.content.file_check import Checker, Values

RECORDS = {
    Kind.SITE: schema.SITE,
    Kind.STORY: schema.STORY,
    Kind.EVENT: schema.EVENT,
    Kind.FIGURE: schema.FIGURE,
    Kind.LOCATION: schema.LOCATION,
}


def in_another_folder(root: Mapping, kind: Kind) -> str | None:
    """What to say of a file of ``kind`` (its folder) whose keys are those of another kind
    of file ('title', 'date' and 'summary' in figures/), some of them keys its own kind does
    not have ('role' in locations/): one error saying where it goes,
    instead of one for each key missing and each key unknown. None for any other file."""
    if kind not in (Kind.EVENT, Kind.FIGURE, Kind.LOCATION):
        return None
    own = RECORDS[kind]
    if all(own.field(key) is not None for key in root.items):  # every file being right: quickly
        return None
    meant = schema.written_as(set(root.items))
    if meant is None or meant is own:
        return None
    # Only on keys its own kind has not and the other has: a figure with only its 'name'
    # is a figure still being written, though a place needs no more.
    if not any(own.field(key) is None and meant.field(key) is not None for key in root.items):
        return None
    shown = ", ".join(f"'{f.name}'" for f in meant.fields if f.required)
    return (
        f"this is {fieldtypes.article(meant.name)} {meant.name}, "
        f"not {fieldtypes.article(own.name)} {own.name}, by its keys ({shown}): move it into {meant.name}s/"
    )


def check_phrase(root: Mapping, values: Values, checker: Checker) -> None:
    """A phrase about a span ('between', 'weekend') needs the span's ``end``."""
    phrase = values.get("date_phrase")
    if phrase in schema.SPAN_PHRASES and "end" not in values:
        checker.error(
            root.items["date_phrase"][1].pos,
            f"'date_phrase: {phrase}' is about a span: give its last day as 'end'",
        )


def check_placement(root: Mapping, values: Values, checker: Checker) -> None:
    """An event is placed by ``after`` or by ``before``, not by both."""
    if "after" in values and "before" in values:
        checker.error(
            root.items["before"][0].pos,
            "give 'after' or 'before', not both: one event is enough to place this one",
        )


def check_order(root: Mapping, values: Values, later: str, earlier: str, checker: Checker) -> None:
    """``later`` (when given) must not be before ``earlier``."""
    first, last = values.get(earlier), values.get(later)
    if isinstance(first, PartialDate) and isinstance(last, PartialDate) and not not_before(last, first):
        fix = (
            f"if the two were written the wrong way round, write '{earlier}: {last.iso()}' and "
            f"'{later}: {first.iso()}'; if not, correct the one mistyped"
            if later == "end"
            else f"'{later}' is when the story last changed, after it was published: correct the one mistyped"
        )
        checker.error(
            root.items[later][1].pos,
            f"'{later}' ({last.iso()}) is before '{earlier}' ({first.iso()}); {fix}",
        )


def check_updates(root: Mapping, values: Values, checker: Checker) -> None:
    """No entry of ``updates`` may be dated before the story was ``published``."""
    published, entries = values.get("published"), values.get("updates")
    if not isinstance(published, PartialDate) or not isinstance(entries, tuple):
        return
    nodes = root.items["updates"][1]
    assert isinstance(nodes, Sequence)
    for i, (node, entry) in enumerate(zip(nodes.items, entries, strict=True), start=1):
        date = entry.get("date") if isinstance(entry, dict) else None
        if isinstance(date, PartialDate) and not not_before(date, published) and isinstance(node, Mapping):
            # Two times of the same day: the likelier slip is the hour (04:30 for 14:30).
            slips = "a time, a day" if date.hour is not None and published.hour is not None else "a day"
            checker.error(
                node.items["date"][1].pos,
                f"'updates[{i}].date' ({date.iso()}) is before 'published' ({published.iso()}); "
                "an update tells readers what changed since the story was published: check this "
                f"date ({slips}, a month or a year mistyped?)",
            )
