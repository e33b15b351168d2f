"""A TimelineJS timeline as read from its file, before conversion, and what was said about it.

Both readers (JSON and the spreadsheet's CSV) produce the same thing: TimelineJS3 slide
objects (``start_date``, ``end_date``, ``text``, ``media``, ``group``, ``display_date``),
each with where it came from, so every report can name the row (and the column of the
cell at fault) or the JSON pointer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from generator.importers.html import MAX_TAG_DEPTH, too_deep, too_many_tags
from generator.markdown.markup import MAX_HTML_TAGS

SHOWN_CELL = 40
"""How many characters of a cell or JSON value a report quotes, its ellipsis included."""


def shortened(value: object) -> str:
    """A cell or JSON value as a report quotes it: on one line, its runs of spaces and line
    breaks made one space, and cut to ``SHOWN_CELL`` characters with an ellipsis. The file
    may be anyone's, and a cell of 60 KB quoted whole would make a message no one reads;
    where it is says which cell it was."""
    text = " ".join(str(value).split())
    return text if len(text) <= SHOWN_CELL else text[: SHOWN_CELL - 1] + "…"


def in_a_list(items: Sequence[str]) -> str:
    """``items`` as a report names them in a sentence: 'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" and {items[-1]}"


@dataclass(frozen=True)
class Report:
    """Something the import could not carry over, at a row or JSON pointer."""

    where: str
    """``file.csv:7:4`` (the spreadsheet's row, and the column of the cell at fault when one
    is: A is 1), ``file.csv:7`` or ``timeline.json:/events/3/start_date``."""
    message: str
    skipped: bool = False
    """The whole slide (or era) was left out, not just a part of it."""
    era: bool = False
    """What was left out whole is an era, not a slide (the count the import ends with)."""
    written: str = ""
    """The file the slide became (``events/<id>.yaml``, ``story.yaml``), when the report
    is on what of a slide that was written was left out."""
    left_out: tuple[str, ...] = ()
    """What of the slide was left out, a name for each thing ('Background', 'link'), for
    the count the import ends with."""
    placeholder: bool = False
    """It says that the file's summary is a placeholder to write (the slide has no text):
    not said where the file keeps the summary an editor wrote there."""

    def __str__(self) -> str:
        where = f"{self.where} ({self.written})" if self.written else self.where
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Slide:
    """One slide (or era) as TimelineJS3 JSON has it, and where it is in its file."""

    data: Mapping[str, Any]
    where: str
    """``file.csv:7``, or ``timeline.json:/events/3``."""
    pointer: bool = False
    """``where`` is a JSON pointer, so a field's own pointer can be added to it."""
    columns: Mapping[str, int] = field(default_factory=dict, compare=False, hash=False)
    """For a sheet's row, the column number (A is 1) of the cell each field was read
    from, by its path: ``start_date/year``, ``text/headline``, ``media``."""

    def at(self, *keys: str) -> str:
        """Where a field of this slide is: its JSON pointer; for a sheet, the row and the
        column of its cell (``file.csv:7:10``), or the row when no one cell holds it."""
        if self.pointer:
            return self.where + "".join(f"/{k}" for k in keys)
        column = self.columns.get("/".join(keys))
        return f"{self.where}:{column}" if column else self.where

    def get(self, *keys: str) -> Any:
        """The value at ``keys`` (nested objects), or None where any step is missing."""
        value: Any = self.data
        for key in keys:
            if not isinstance(value, Mapping):
                return None
            value = value.get(key)
        return value


@dataclass(frozen=True)
class Timeline:
    """Everything read from a TimelineJS file."""

    title: Slide | None
    events: tuple[Slide, ...]
    eras: tuple[Slide, ...]
    folder: str
    """The folder of the file read: pictures it names by relative address are looked for there."""
    rows: bool = False
    """Read from a sheet (CSV or a workbook): its slides are rows, and what is said of them
    names rows and columns, not slides."""
    kind: ClassVar[str] = "timelinejs"

    @property
    def unit(self) -> str:
        """What one of its slides is called in what the editor is told: 'row' or 'slide'."""
        return "row" if self.rows else "slide"

    """The import that reads it (``explainer import <kind>``), as story.yaml names it."""


class CellError(ValueError):
    """A sheet's cell that cannot be read as what its column holds (``column``, the
    template's name for it: 'Month', 'End Time'), or dates of a row that do not make one."""

    def __init__(self, message: str, column: str | None = None) -> None:
        super().__init__(message)
        self.column = column


class Skip(Exception):
    """A slide that cannot be converted: reported with where and why, and left out."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(message)
        self.where = where
        self.message = message


def text_at(slide: Slide, reports: list[Report], *keys: str) -> str:
    """The text (HTML) at ``keys``, or "": a number as TimelineJS shows it (a headline
    1984), and anything else that is not text (an object, a list, true) reported."""
    value = slide.get(*keys)
    if value is None or isinstance(value, str):
        if value and too_many_tags(value):
            raise Skip(slide.at(*keys), f"its HTML has more than {MAX_HTML_TAGS:,} tags")
        if value and too_deep(value):
            raise Skip(slide.at(*keys), f"its HTML nests tags more than {MAX_TAG_DEPTH} deep")
        return value or ""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    kind = str(value).lower()  # true, false
    if isinstance(value, Mapping):
        kind = "an object"
    elif isinstance(value, list):
        kind = "a list"
    reports.append(Report(slide.at(*keys), f"{kind} where text was expected; left out"))
    return ""
