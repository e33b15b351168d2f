"""Reading the CSV of TimelineJS's Google Sheets template into TimelineJS3 slides.

The template's columns: Year, Month, Day, Time, End Year, End Month, End Day, End Time,
Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type,
Group, Background. Headers are matched as TimelineJS matches them (case and spaces
ignored), in any order; ``Type`` is ``title``, ``era`` or anything else (an event). The
first version's template (Start Date, End Date, Headline, Text, Media, Media Credit,
Media Caption, Media Thumbnail, Type, Tag) is read too, and so is the Alt Text column
TimelineJS3 reads a picture's alt text from.

Spreadsheets save CSV in several ways, and all are read: with or without a UTF-8
byte-order mark, CRLF, LF or CR line ends, ``,``, ``;`` (Excel in most of Europe) or tab
between cells. Rows are numbered as the sheet numbers them (the header is row 1), and a
report on one cell names its column by number too, as every problem is told:
``t.csv:7:4`` is row 7, column D. Each row's date cells are read by ``sheet_dates``
(years with a thousands separator or decimals, months by name in any shipped language,
a whole date typed into the Year cell), its times by ``sheet_times``, and text garbled
by a sheet opened in the wrong encoding is mended by ``garbled``.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.content.fieldtypes import article
from generator.errors import ContentError, Position, Problem, closest
from generator.importers.garbled import as_meant, garbled_word
from generator.importers.sheet_dates import read_date, sheet_order
from generator.importers.slides import CellError, Report, Slide, Timeline, shortened
from generator.render.timelinecsv import COLUMNS, DATE_COLUMNS

ALT_TEXT = "Alt Text"
"""The column TimelineJS3 reads a picture's alt text from (the media's ``alt`` in its
JSON): not one of the columns the story's own timeline.csv writes, but a newsroom's
sheet may have it, and its words are what a reader who cannot see the picture hears."""


def _squeezed(name: str) -> str:
    """A header as TimelineJS compares it: without spaces, in lower case."""
    return re.sub(r"\s+", "", name).lower()


_KEYS = {_squeezed(c): c for c in (*COLUMNS, ALT_TEXT)} | {
    "tag": "Group",
    "startdate": "Year",
    "enddate": "End Year",
}
"""Header text as TimelineJS compares it (no spaces, lower case) to the column it names.
The older template (TimelineJS's first version, still read by TimelineJS3) names Group
'Tag', and has a whole date in 'Start Date' and 'End Date' ('2010-04-07', '4/19/2010'):
read as a whole date typed into the Year cell is."""


def column_letter(index: int) -> str:
    """A column's name as a sheet shows it: 0 is 'A', 25 'Z', 26 'AA'."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


_FIELDS = {
    **{
        f"{prefix}{column}": tuple(f"{key}/{part}" for part in parts) + ((key,) if column == "Year" else ())
        for prefix, key in (("", "start_date"), ("End ", "end_date"))
        for column, parts in zip(
            DATE_COLUMNS, (("year",), ("month",), ("day",), ("hour", "minute", "second")), strict=True
        )
    },
    "Display Date": ("display_date",),
    "Headline": ("text/headline",),
    "Text": ("text/text",),
    "Media": ("media", "media/url"),
    "Media Credit": ("media/credit",),
    "Media Caption": ("media/caption",),
    "Media Thumbnail": ("media/thumbnail",),
    ALT_TEXT: ("media/alt",),
    "Group": ("group",),
    "Background": ("background", "background/url", "background/color"),
    "Type": ("type",),
}
"""The fields of a slide (TimelineJS3 JSON's, as ``Slide.at`` names them, and its Type)
that each of the template's columns gives: a report on one of them names the cell's column. A date's
reports that are not on one of its parts name its Year cell, where it starts."""


RowsReader = Callable[[list[list[str]], str, list[Report], int], Timeline]
"""What reads a sheet's rows, as text, into slides: ``read_rows``, or a newsroom's own
sheet's (``own_sheet.OwnSheet.read_rows``)."""


def read_sheet(text: str, path: str, reports: list[Report], read: RowsReader | None = None) -> Timeline:
    """The slides of the sheet in ``text`` (read from ``path``, its rows by ``read``,
    else as the template's); ContentError if it is not one."""
    text = text.removeprefix("\ufeff")
    return (read or read_rows)(_rows(text, path, _delimiter(text)), path, reports, 1)


def names_template(row: list[str], column_of: Callable[[str], str | None] | None = None) -> bool:
    """Whether ``row`` is the template's header row: it names a Year and a Headline column
    (the two a sheet cannot do without), as TimelineJS compares headers (or as
    ``column_of`` reads a newsroom's own headers as the template's)."""
    named = {(column_of or template_column)(cell) for cell in row}
    return "Year" in named and "Headline" in named


def template_column(name: str) -> str | None:
    """The template's column the header ``name`` names, as TimelineJS compares headers; None
    for a column of a newsroom's own."""
    return _KEYS.get(_squeezed(name))


def read_rows(rows: list[list[str]], path: str, reports: list[Report], header_row: int = 1) -> Timeline:
    """The slides of the sheet whose cells, as text, are ``rows`` from its header on (the
    sheet's row ``header_row``: a workbook's may have a title above), read from ``path``;
    ContentError if it is not one."""
    header = rows[0] if rows else []
    columns = _columns(header, path, reports, header_row)
    # The first version's template: its Start Date and End Date are read as TimelineJS
    # reads them, a date with slashes month first (4/7/2010 is 7 April), as its pages showed.
    first_version = any(_squeezed(name) == "startdate" for name in header)
    order = None if first_version else sheet_order(rows, columns, path, reports, header_row)
    # Two headers may name one column (Group, and the first template's Tag; a newsroom's
    # second Text): each row's is that of the header written as the column's own name
    # (TimelineJS reads Group before Tag), else the first, and another that is filled in
    # where it is empty.
    read_first = sorted(columns, key=lambda i: (_squeezed(header[i]) != _squeezed(columns[i]), i))
    slides = _Slides()
    misread: list[tuple[str, str, str]] = []
    for number, row in enumerate(rows[1:], start=header_row + 1):
        where = f"{path}:{number}"
        if _header_again(row, header, columns):
            # Sheets pasted one under another bring their header rows along: no slide,
            # and nothing of the timeline lost, so said without failing the import.
            reports.append(Report(where, "the header row again (sheets pasted together?); skipped"))
            continue
        cells, read_from = _cells(row, columns, read_first, where, reports, misread)
        fields = {field: read_from[column] + 1 for column in read_from for field in _FIELDS[column]}
        reports += _unheaded(row, header, columns, where)
        if not any(cells.values()):
            continue  # a blank row
        kind = cells.get("Type", "").lower()
        try:
            data = _slide(cells, where, fields, reports, month_first=first_version, order=order)
        except CellError as exc:
            if kind != "title" or slides.title is not None:
                reports.append(Report(_cell(where, fields, exc.column), f"{exc}; row left out", skipped=True))
                continue
            # The story's title, summary and picture come from this row, and a story has no
            # date of its own to show: the row is read without the date it could not have.
            undated = {column: "" if column in DATE_COLUMNS else value for column, value in cells.items()}
            data = _slide(undated, where, fields, reports, month_first=first_version, order=order)
            said = f"{exc}; the title row is read without it"
            reports.append(Report(_cell(where, fields, exc.column), said))
        slides.add(Slide(data, where, columns=fields), kind, cells, reports)
    if misread:
        reports.append(_garbled(misread))
    return Timeline(slides.title, tuple(slides.events), tuple(slides.eras), os.path.dirname(path), rows=True)


def _delimiter(text: str) -> str:
    """The character the sheet's cells are separated by: the likeliest in its first line."""
    # A line may end in CR alone (an old Mac's CSV), which the csv module reads as a row's
    # end too: else the whole file would be the first line, its commas counted with it.
    first_line = re.split(r"\r\n?|\n", text, maxsplit=1)[0]
    return max((",", ";", "\t"), key=first_line.count)


@dataclass
class _Slides:
    """The slides of a sheet as its rows' Type sorts them (``add``)."""

    title: Slide | None = None
    events: list[Slide] = field(default_factory=list)
    eras: list[Slide] = field(default_factory=list)

    def add(self, slide: Slide, kind: str, cells: Mapping[str, str], reports: list[Report]) -> None:
        """``slide``, of the row whose Type is ``kind`` (lower case), taken as the title,
        an era or an event, as TimelineJS shows it; what is not as the sheet says, reported."""
        type_cell = _cell(slide.where, slide.columns, "Type")
        if kind == "title" and self.title is None:
            self.title = slide
        elif kind == "title" and "start_date" not in slide.data:
            # As an event it would be left out for want of a date: said so once, where
            # "imported as an event" and then "no start date (Year)" said both.
            said = (
                "a second title row with no start date (Year): TimelineJS shows it as an event, "
                "which needs one; row left out"
            )
            reports.append(Report(type_cell, said, skipped=True))
        elif kind == "title":
            reports.append(
                Report(type_cell, "a second title row; imported as an event, as TimelineJS shows it")
            )
            self.events.append(slide)
        elif kind == "era":
            self.eras.append(slide)
        else:
            if kind:  # TimelineJS shows a row of any other type as an event
                said = f"Type '{shortened(cells['Type'])}' is not title or era; imported as an event"
                reports.append(Report(type_cell, said))
            self.events.append(slide)


def _garbled(misread: list[tuple[str, str, str]]) -> Report:
    """The one report of the cells whose text was read as meant, not as garbled: at the first."""
    first, written, meant = misread[0]
    others = f" and in {len(misread) - 1} other cells" if len(misread) > 1 else ""
    said = (
        f"'{shortened(written)}' is '{shortened(meant)}' garbled, as a program shows UTF-8 text read as "
        f"Windows-1252 (the sheet was opened so and saved again): read as meant here{others}; check "
        "their words in the files written"
    )
    return Report(first, said)


def _columns(header: list[str], path: str, reports: list[Report], header_row: int) -> dict[int, str]:
    """The template's column each of the sheet's columns is, by index, from its header
    row ``header`` (the sheet's row ``header_row``); a column of another name is reported
    (with the template's it was likely meant to be). ContentError when the sheet has no
    Year or no Headline."""
    columns: dict[int, str] = {}
    named = {_KEYS[_squeezed(name)] for name in header if _squeezed(name) in _KEYS}
    hints: list[str] = []
    for i, name in enumerate(header):
        key = _squeezed(name)
        if key in _KEYS:
            columns[i] = _KEYS[key]
        elif key:
            # A column of the template misspelt ('Media Credits', 'Backgroud') is suggested,
            # when the sheet has no column of that name already; only a near-certain one,
            # as a column of the newsroom's own is as likely ('Title' is not 'Time').
            unnamed = {_squeezed(c): c for c in (*COLUMNS, ALT_TEXT) if c not in named}
            meant = closest(key, unnamed, cutoff=0.8)
            hint = f"; if it is the {unnamed[meant]}, name it '{unnamed[meant]}'" if meant else ""
            if meant and unnamed[meant] in ("Year", "Headline"):  # the two it cannot do without
                hints.append(
                    f"; if column '{shortened(name)}' is the {unnamed[meant]}, name it '{unnamed[meant]}'"
                )
            reports.append(
                Report(
                    f"{path}:{header_row}:{i + 1}",
                    f"column '{shortened(name)}' is not one of the template's; left out{hint}",
                )
            )
    if "Year" not in columns.values() or "Headline" not in columns.values():
        raise ContentError(
            [
                Problem(
                    Position(path, header_row, None),
                    "not a TimelineJS sheet: its first row should name "
                    "the template's columns (" + ", ".join(COLUMNS) + ")" + "".join(hints),
                )
            ]
        )
    return columns


def _header_again(row: list[str], header: list[str], columns: dict[int, str]) -> bool:
    """Whether ``row`` is the header row written again: each of its cells that is filled
    in names its column as the header does (case and spaces aside, as TimelineJS compares
    headers), two of the template's columns at least."""
    filled = [i for i, value in enumerate(row) if value.strip()]
    return sum(i in columns for i in filled) >= 2 and all(
        i < len(header) and _squeezed(row[i]) == _squeezed(header[i]) for i in filled
    )


def _unheaded(row: list[str], header: list[str], columns: dict[int, str], where: str) -> list[Report]:
    """What is said of each note in ``row`` beside the template's columns, under no header: left out."""
    return [
        Report(
            f"{where}:{i + 1}",
            f"the cell in column {column_letter(i)} has no header; left out: '{shortened(value)}'",
        )
        for i, value in enumerate(row)
        if value.strip() and i not in columns and not (i < len(header) and header[i].strip())
    ]


def _cells(
    row: list[str],
    columns: dict[int, str],
    read_first: list[int],
    where: str,
    reports: list[Report],
    misread: list[tuple[str, str, str]],
) -> tuple[dict[str, str], dict[str, int]]:
    """The row's cells by the template's column they are under, read in the order of
    ``read_first`` where two headers name one column; a second value of a column that
    differs from the one read is reported, never dropped without a word. With them, the
    index of the column each was read from. A cell whose UTF-8 was once read as
    Windows-1252 is read as meant, and added to ``misread`` (where, as written, as meant)."""
    cells: dict[str, str] = {}
    read_from: dict[str, int] = {}
    for i in read_first:
        value = row[i].strip() if i < len(row) else ""
        column = columns[i]
        if (meant := as_meant(value)) is not None:
            misread.append((f"{where}:{i + 1}", *garbled_word(value)))
            value = meant
        if _FORMULA_ERROR.fullmatch(value):  # else a headline '#N/A' would be published
            reports.append(
                Report(
                    f"{where}:{i + 1}",
                    f"column {column_letter(i)} holds '{shortened(value)}', the sheet's mark of a formula "
                    f"that failed, not {article(column.lower())} {column}; left out (mend the formula, or "
                    f"type the {column} in)",
                )
            )
            value = ""
        if not cells.get(column):
            cells[column] = value
            read_from[column] = i
        elif value and value != cells[column]:
            reports.append(
                Report(
                    f"{where}:{i + 1}",
                    f"column {column_letter(i)} gives the {column} again ('{shortened(value)}'), and column "
                    f"{column_letter(read_from[column])} is read; left out (give one of the two "
                    "columns a header of its own)",
                )
            )
    return cells, read_from


def _cell(where: str, fields: Mapping[str, int], column: str | None) -> str:
    """Where a report on the template's ``column`` of the row at ``where`` points: the
    row and the column's number ('t.csv:7:4', row 7, column D), or the row alone."""
    number = fields.get(_FIELDS[column][0]) if column else None
    return f"{where}:{number}" if number else where


def _rows(text: str, path: str, delimiter: str) -> list[list[str]]:
    """The rows of the CSV ``text``; ContentError, at the row of the sheet (as every
    other report is, the header being row 1), when it is not valid CSV. Read strictly:
    otherwise a quote never closed would silently make every line after it one cell, and
    the rows in them would be lost without a word."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    try:
        for row in reader:
            rows.append(row)
    except csv.Error as exc:
        raise ContentError([_csv_problem(str(exc), Position(path, len(rows) + 1, None))]) from None
    return rows


def _csv_problem(reason: str, where: Position) -> Problem:
    """What csv's ``reason`` means for the row being read, and what to do about it."""
    if reason == "unexpected end of data":
        return Problem(
            where,
            'a cell of this row opens a quote (") that is never closed, so the rest of the file '
            'would be that one cell; close it, or write a quote inside a cell as two ("")',
        )
    if reason.startswith("field larger than field limit"):
        return Problem(
            where,
            f"a cell of this row is longer than {csv.field_size_limit():,} characters; shorten it "
            '(or close the quote (") that runs it into the rows after it)',
        )
    if "expected after" in reason:
        return Problem(
            where,
            'a quoted cell has more text after its closing quote ("); '
            'write a quote inside a cell as two ("")',
        )
    return Problem(where, f"not valid CSV ({reason})")


def _slide(
    cells: dict[str, str],
    where: str,
    fields: dict[str, int],
    reports: list[Report],
    *,
    month_first: bool = False,
    order: bool | None = None,
) -> dict[str, Any]:
    """A row as a TimelineJS3 slide object, its dates read as the sheet wrote them (a date
    with slashes month first in the first version's template; else, when it could be read
    either way, in the ``order`` of the sheet's other dates, month first when True); CellError
    when its start date cannot be read. An end date that cannot be read is reported and
    left out, as the JSON reader does: the row's event stands without it (``fields``:
    the column of each field, to say where)."""
    slide: dict[str, Any] = {
        "text": {"headline": cells.get("Headline", ""), "text": cells.get("Text", "")},
        "media": {
            "url": cells.get("Media", ""),
            "credit": cells.get("Media Credit", ""),
            "caption": cells.get("Media Caption", ""),
            "thumbnail": cells.get("Media Thumbnail", ""),
            "alt": cells.get(ALT_TEXT, ""),
        },
        "display_date": cells.get("Display Date", ""),
        "group": cells.get("Group", ""),
    }
    if background := cells.get("Background", ""):
        slide["background"] = _background(background)
    start = read_date(cells, "", month_first, order)
    if start:
        slide["start_date"] = start
    try:
        end = read_date(cells, "End ", month_first, order)
        if end and "year" not in end:
            raise CellError("the end date has no End Year; write its year, month and day too")
    except CellError as exc:
        reports.append(Report(_cell(where, fields, exc.column), f"{exc}; imported without its end date"))
        end = {}
    if end:
        slide["end_date"] = end
    return slide


_FORMULA_ERROR = re.compile(
    r"#(?:N/A|REF!|VALUE!|NAME\?|DIV/0!|NUM!|NULL!|ERROR!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!"
    r"|UNKNOWN!|GETTING_DATA"
    # Excel writes them in its own language: German, French, Spanish, Portuguese, Russian.
    r"|NV|WERT!|BEZUG!|ZAHL!|VALEUR!|NOM\?|NOMBRE!|NUL!|¡VALOR!|¡REF!|¡DIV/0!|¿NOMBRE\?|¡NUM!|¡NULO!"
    r"|N/D|VALOR!|NOME\?|NÚM!|NULO!|Н/Д|ЗНАЧ!|ССЫЛКА!|ДЕЛ/0!|ИМЯ\?|ЧИСЛО!|ПУСТО!)|Err:\d{3}"
)
"""What a sheet saves for a formula that failed (Excel's, in the languages of its
newsrooms, Google Sheets' and LibreOffice's words for it): a newsroom's sheet may work
out a Year or a Headline from its own columns. Each is a whole cell: '#NV' in a German
sheet is no hashtag a newsroom would tag an event with."""

_BACKGROUND_ADDRESS = re.compile(r"^(https?:)?//?")
"""An address in the Background cell, as TimelineJS tells one from a colour."""


def _background(cell: str) -> dict[str, str]:
    """The Background cell as TimelineJS3 reads it: an address (``https://``, ``//`` or
    ``/``) is a picture, anything else a colour. The import does not carry it over, but
    says so (``convert``), and the slide has it as TimelineJS's JSON would."""
    return {"url": cell} if _BACKGROUND_ADDRESS.match(cell) else {"color": cell}
