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
between cells. Dates are read as a sheet exports them: years with a thousands separator
(``1,815``) or shown with decimals (``2021.0``, ``2021,00``, ``2,021.00``), a month by number or by
name (in English or any shipped language: ``abril``, ``févr.``), times as ``23:00``,
``23:00:00``, ``11:00 PM``, ``2300`` or ``23h00`` (or the fraction of a day a time cell
shown as a number saves), the count of days a date cell shown as a number saves
(``45000``) reported as the date it is, and a whole date typed into the Year cell
(which the sheet turns into ``4/19/2010``, ``19.04.2010``, ``19-Apr-2010`` or
``2010-04-19``) when it reads one way only (a year in two digits never does), or when
the sheet's other dates with slashes say which way it writes them all. Rows are numbered
as the sheet numbers them (the header is row 1), and a report on one cell names its
column by number too, as every problem is told: ``t.csv:7:4`` is row 7, column D.
"""

from __future__ import annotations

import csv
import datetime
import functools
import io
import os
import re
import unicodedata
from typing import Any

from generator.content.datehints import either_way, month_number, suggest, worded_date
from generator.content.schema import article
from generator.errors import ContentError, Position, Problem, closest, invisible
from generator.i18n.languages import ascii_digits
from generator.importers.slides import Report, Slide, Timeline, shortened
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

_SEPARATORS = re.compile(r"[\s,'\u00a0\u202f]")
"""What a sheet may put between the digits of a number: spaces, commas, apostrophes."""
_WHOLE = re.compile(r"[+-]?[0-9]{1,9}")
"""A year as a sheet holds it (no year needs more digits; ``str.isdigit`` would take '²')."""
_SMALL = re.compile(r"[0-9]{1,2}")
"""A month's or a day's number."""
_ZERO_DECIMALS = re.compile(r"([+-]?)([0-9]{1,3}(?:([\s,.'\u00a0\u202f])[0-9]{3})+|[0-9]+)([.,])(0+)")
"""A whole number shown with decimals: '2021.0' (a column of numbers saved by a data
desk's script), '2021,00' (a number cell in a sheet whose decimal mark is a comma, as
Excel's is in most of Europe, where it saves CSV with ';'), and with a thousands
separator as well, as Excel's Comma Style shows a number: '2,021.00', '2.021,00',
'2 021,00'. Its groups: the sign, the digits, the thousands separator, the decimal
mark and the zeros."""
_DAYS_WITH_TIME = re.compile(r"([0-9]{5,7})[.,]([0-9]+)")
"""A date and time as a spreadsheet stores it: days, and the fraction of a day."""
_DAY_NUMBERS = range(10_000, 2_958_466)
"""The days a spreadsheet stores a date as, counted from 1899-12-30 (Excel, Google Sheets,
LibreOffice and Numbers alike), that cannot be a year explainer has (1 to 9999): from
1927-05-18 to 9999-12-31. A date cell shown as a number is saved so in the CSV."""
_DAY_ZERO = datetime.datetime(1899, 12, 30)
# Both are searched for from the first space of a run only ('(?<!\s)'), where the
# leftmost match starts anyway: tried from each space of a long run, a cell of thousands
# of spaces took time as the square of their number (60,000: a minute).
_PERIOD = re.compile(r"(?<!\s)\s*([AaPp])\.?\s*[Mm]\.?\s*$")
_TIME_AT_END = re.compile(r"(?<!\s)\s+(\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?(?:\s*[AaPp]\.?\s*[Mm]\.?)?)$")
_ISO = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")


def _letter(index: int) -> str:
    """A column's name as a sheet shows it: 0 is 'A', 25 'Z', 26 'AA'."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


class CellError(ValueError):
    """A cell that cannot be read as what its column holds (``column``, the template's
    name for it: 'Month', 'End Time'), or dates of a row that do not make one."""

    def __init__(self, message: str, column: str | None = None) -> None:
        super().__init__(message)
        self.column = column


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


def read_sheet(text: str, path: str, reports: list[Report]) -> Timeline:
    """The slides of the sheet in ``text`` (read from ``path``); ContentError if it is not one."""
    text = text.removeprefix("\ufeff")
    # A line may end in CR alone (an old Mac's CSV), which the csv module reads as a row's
    # end too: else the whole file would be the first line, its commas counted with it.
    first_line = re.split(r"\r\n?|\n", text, maxsplit=1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    rows = _rows(text, path, delimiter)
    header = rows[0] if rows else []
    columns = _columns(header, path, reports)
    # The first version's template: its Start Date and End Date are read as TimelineJS
    # reads them, a date with slashes month first (4/7/2010 is 7 April), as its pages showed.
    first_version = any(_squeezed(name) == "startdate" for name in header)
    order = None if first_version else _sheet_order(rows, columns, path, reports)
    # Two headers may name one column (Group, and the first template's Tag; a newsroom's
    # second Text): each row's is that of the header written as the column's own name
    # (TimelineJS reads Group before Tag), else the first, and another that is filled in
    # where it is empty.
    read_first = sorted(columns, key=lambda i: (_squeezed(header[i]) != _squeezed(columns[i]), i))
    title: Slide | None = None
    events: list[Slide] = []
    eras: list[Slide] = []
    misread: list[tuple[str, str, str]] = []
    for number, row in enumerate(rows[1:], start=2):
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
            if kind != "title" or title is not None:
                reports.append(Report(_cell(where, fields, exc.column), f"{exc}; row left out", skipped=True))
                continue
            # The story's title, summary and picture come from this row, and a story has no
            # date of its own to show: the row is read without the date it could not have.
            undated = {column: "" if column in DATE_COLUMNS else value for column, value in cells.items()}
            data = _slide(undated, where, fields, reports, month_first=first_version, order=order)
            said = f"{exc}; the title row is read without it"
            reports.append(Report(_cell(where, fields, exc.column), said))
        slide = Slide(data, where, columns=fields)
        if kind == "title" and title is None:
            title = slide
        elif kind == "title" and "start_date" not in data:
            # As an event it would be left out for want of a date: said so once, where
            # "imported as an event" and then "no start date (Year)" said both.
            reports.append(
                Report(
                    _cell(where, fields, "Type"),
                    "a second title row with no start date (Year): TimelineJS shows it as an event, "
                    "which needs one; row left out",
                    skipped=True,
                )
            )
        elif kind == "title":
            reports.append(
                Report(
                    _cell(where, fields, "Type"),
                    "a second title row; imported as an event, as TimelineJS shows it",
                )
            )
            events.append(slide)
        elif kind == "era":
            eras.append(slide)
        else:
            if kind:  # TimelineJS shows a row of any other type as an event
                reports.append(
                    Report(
                        _cell(where, fields, "Type"),
                        f"Type '{shortened(cells['Type'])}' is not title or era; imported as an event",
                    )
                )
            events.append(slide)
    if misread:
        first, written, meant = misread[0]
        others = f" and in {len(misread) - 1} other cells" if len(misread) > 1 else ""
        said = (
            f"'{shortened(written)}' is '{shortened(meant)}' garbled, as a program shows UTF-8 text read as "
            f"Windows-1252 (the sheet was opened so and saved again): read as meant here{others}; check "
            "their words in the files written"
        )
        reports.append(Report(first, said))
    return Timeline(title, tuple(events), tuple(eras), os.path.dirname(path))


def _columns(header: list[str], path: str, reports: list[Report]) -> dict[int, str]:
    """The template's column each of the sheet's columns is, by index, from its first
    row ``header``; a column of another name is reported (with the template's it was
    likely meant to be). ContentError when the sheet has no Year or no Headline."""
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
                    f"{path}:1:{i + 1}",
                    f"column '{shortened(name)}' is not one of the template's; left out{hint}",
                )
            )
    if "Year" not in columns.values() or "Headline" not in columns.values():
        raise ContentError(
            [
                Problem(
                    Position(path, 1, None),
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
            f"the cell in column {_letter(i)} has no header; left out: '{shortened(value)}'",
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
        if (meant := _as_meant(value)) is not None:
            misread.append((f"{where}:{i + 1}", *_garbled_word(value)))
            value = meant
        if _FORMULA_ERROR.fullmatch(value):  # else a headline '#N/A' would be published
            reports.append(
                Report(
                    f"{where}:{i + 1}",
                    f"column {_letter(i)} holds '{shortened(value)}', the sheet's mark of a formula that "
                    f"failed, not {article(column.lower())} {column}; left out (mend the formula, or type "
                    f"the {column} in)",
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
                    f"column {_letter(i)} gives the {column} again ('{shortened(value)}'), and column "
                    f"{_letter(read_from[column])} is read; left out (give one of the two "
                    "columns a header of its own)",
                )
            )
    return cells, read_from


_FOLLOWING = (
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]"
)
"""What Windows-1252 shows of a byte that follows the first of a character's UTF-8."""

_GARBLED = re.compile(f"[\u00c2-\u00f4]{_FOLLOWING}{{1,3}}")
"""A character of more than one byte in UTF-8 as shown when its bytes are read as
Windows-1252: the first byte's letter ('Ã', 'â', 'Â') and the others' ('©', '€', '™'):
'é' shows as 'Ã©', '’' as 'â€™'. Excel opening a CSV saved in UTF-8 without a byte-order
mark reads it so, and saves the garbled text back as 'CSV UTF-8'."""


_UNASSIGNED = frozenset("\x81\x8d\x8f\x90\x9d")
"""The bytes Windows-1252 leaves without a letter, shown as the control characters of their number."""


def _as_meant(cell: str) -> str | None:
    """``cell`` with each garbled character (``_GARBLED``) read as the one it was, when
    its letters are exactly the Windows-1252 reading of that character's UTF-8; None
    when there is none ('SÃO PAULO', 'Ã la carte' are not garbled: no run decodes), or
    when one would be a letter out of place (``_out_of_place``): the cell is then text
    as written whose capital letter stands before a quotation mark or a dash ('JOSÉ’S'
    is not 'JOSɒS', nor '„Spaß“' '„Spaߓ')."""
    if not _GARBLED.search(cell):
        return None
    parts: list[tuple[str, bool]] = []  # the cell's pieces, and whether each was mended
    at = 0
    for run in _GARBLED.finditer(cell):
        read = _read_as_utf8(run[0])
        parts += [(cell[at : run.start()], False), (run[0], False) if read is None else (read, True)]
        at = run.end()
    parts.append((cell[at:], False))
    fixed = "".join(part for part, _ in parts)
    if fixed == cell or any(_STRAY.search(part) for part, mended in parts if not mended):
        # Nothing garbled; or a quotation mark, a dash... on its own, which garbled text
        # has only after a first byte's letter: text as written ('“SÍ”', '«ÉTÉ»').
        return None
    start = 0
    for part, mended in parts:
        end = start + len(part)
        if mended and _out_of_place(part, fixed[start - 1 : start] if start else "", fixed[end : end + 1]):
            return None
        start = end
    return fixed


_STRAY = re.compile(_FOLLOWING)


def _read_as_utf8(run: str) -> str | None:
    """The character whose UTF-8 ``run`` shows read as Windows-1252; None if none."""
    try:
        # The five bytes Windows-1252 leaves without a letter (0x81, 0x8D, 0x8F, 0x90,
        # 0x9D: the end of '”' among them) are shown as the control characters of their number.
        data = b"".join(bytes([ord(c)]) if c in _UNASSIGNED else c.encode("cp1252") for c in run)
        return data.decode("utf-8")
    except UnicodeError:
        return None


def _out_of_place(read: str, before: str, after: str) -> bool:
    """Whether ``read``, a run read back, is a letter of no Latin alphabet (IPA's, Arabic's,
    N'Ko's, a Chinese character: from U+0250 on, but for Vietnamese's letters and the
    modifier letters such as Hawaiian's 'ʻ'), or a mark other than the accents a letter
    written apart takes (U+0300 to U+033F: 'é' as 'e' and its accent), beside a letter of
    English's alphabet: a garbled word of another script is garbled whole, and reads back
    whole ('“SÍ”' is not '“S' and a mark U+0354)."""
    if any(unicodedata.category(c) == "Cc" for c in read):
        return True  # a control character ('Â’' as U+0092), which no text holds
    foreign = any(
        (c >= "\u0250" and not "\u1e00" <= c <= "\u1eff" and kind.startswith("L") and kind != "Lm")
        or (kind.startswith("M") and not "\u0300" <= c <= "\u033f")
        for c in read
        for kind in (unicodedata.category(c),)
    )
    return foreign and any(c.isascii() and c.isalpha() for c in before + after)


def _garbled_word(cell: str) -> tuple[str, str]:
    """The first word of ``cell`` that ``_as_meant`` mends, as written and as meant: what
    a report quotes, where the cell's first words may have nothing garbled."""
    run = _GARBLED.search(cell)
    start = 0 if run is None else cell.rfind(" ", 0, run.start()) + 1
    end = len(cell) if run is None or (space := cell.find(" ", run.end())) < 0 else space
    word = cell[start:end]
    return word, _as_meant(word) or word


def _cell(where: str, fields: dict[str, int], column: str | None) -> str:
    """Where a report on the template's ``column`` of the row at ``where`` points: the
    row and the column's number ('t.csv:7:4', row 7, column D), or the row alone."""
    number = fields.get(_FIELDS[column][0]) if column else None
    return f"{where}:{number}" if number else where


def _sheet_order(
    rows: list[list[str]], columns: dict[int, str], path: str, reports: list[Report]
) -> bool | None:
    """Whether the sheet writes dates with slashes month first (True) or day first
    (False), as those of its dates that can be read one way only show (with dots: day
    first), when they all agree; None when none can, or they disagree. A sheet writes
    every date of its cells in the one order of the computer it was typed on, so
    '15/4/2021' in one row says that '3/4/2021' in another is 3 April; without such a
    row, '3/4/2021' is refused, with its readings."""
    shown: dict[bool, tuple[int, str]] = {}
    either: tuple[int, int, str, tuple[str, str]] | None = None
    year_columns = [i for i, column in sorted(columns.items()) if column in ("Year", "End Year")]
    for number, row in enumerate(rows[1:], start=2):
        for i in year_columns:
            cell = row[i].strip() if i < len(row) else ""
            time = _TIME_AT_END.search(cell)
            text = cell[: time.start()] if time else cell
            if _DOTTED.fullmatch(text) and suggest(text, allow_time=False) is not None:
                shown.setdefault(False, (number, cell))  # dots are day first, wherever used
            if (slashed := _SLASHED.fullmatch(text)) is None:
                continue
            if suggest(text, allow_time=False) is not None:
                first, second = int(slashed[1]), int(slashed[2])
                if first > 12 >= second:
                    shown.setdefault(False, (number, cell))
                elif second > 12 >= first:
                    shown.setdefault(True, (number, cell))
            elif either is None and (both := either_way(text)) is not None:
                either = (number, i, cell, both)
    if len(shown) != 1:
        return None
    ((month_first, (row_number, example)),) = shown.items()
    if either is not None:  # said once, so an editor can check the sheet did mean it
        number, column, cell, (day_first_reading, month_first_reading) = either
        order = "month" if month_first else "day"
        reports.append(
            Report(
                f"{path}:{number}:{column + 1}",
                f"'{shortened(cell)}' read {order} first "
                f"({month_first_reading if month_first else day_first_reading}), as are "
                f"all this sheet's dates with slashes: row {row_number} writes '{shortened(example)}', "
                f"which can only be {order} first",
            )
        )
    return month_first


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
    start = _date(cells, "", month_first, order)
    if start:
        slide["start_date"] = start
    try:
        end = _date(cells, "End ", month_first, order)
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


def _date(
    cells: dict[str, str], prefix: str, month_first: bool = False, order: bool | None = None
) -> dict[str, str]:
    """The date in the Year, Month, Day and Time cells (or End ...), as a TimelineJS date."""
    date: dict[str, str] = {}
    # A sheet typed in Persian or Arabic may hold '۲۰۱۱' and '۱۴:۴۶'.
    year, month, day, time = (ascii_digits(cells.get(prefix + c, "")) for c in DATE_COLUMNS)
    year, month, day = (_whole_number(cell) for cell in (year, month, day))
    days = _DAYS_WITH_TIME.fullmatch(year)
    if days and int(days[1]) in _DAY_NUMBERS and not (month or day):
        raise CellError(_stored_date(year, prefix, int(days[1]), float("0." + days[2])), f"{prefix}Year")
    if year:
        compact = _SEPARATORS.sub("", year)
        if _WHOLE.fullmatch(compact):
            if not (month or day) and int(compact) in _DAY_NUMBERS:
                raise CellError(_stored_date(year, prefix, int(compact), 0.0), f"{prefix}Year")
            date["year"] = str(int(compact))
        elif month or day:
            raise CellError(f"{prefix}Year '{shortened(year)}' is not a year", f"{prefix}Year")
        else:
            date.update(_whole_date(year, f"{prefix}Year", month_first, order))
    if month:
        number = int(month) if _SMALL.fullmatch(month) else month_number(month)
        if number is None:
            raise CellError(
                f"{prefix}Month '{shortened(month)}' is not a month (1 to 12, or its name)", f"{prefix}Month"
            )
        date["month"] = str(number)
    if day:
        if not _SMALL.fullmatch(day):
            raise CellError(f"{prefix}Day '{shortened(day)}' is not a day of the month", f"{prefix}Day")
        date["day"] = str(int(day))
    if time:
        date.update(parse_time(time, f"{prefix}Time"))
    return date


def _whole_number(cell: str) -> str:
    """``cell`` without the decimals of zeros a sheet may show a whole number with
    ('2021,00', '3.0', '2,021.00'), and then without its thousands separators; as it is
    otherwise. Three zeros after one to three digits ('2,000') are read as thousands, as
    '1,815' is, and so is a mark that also separates the thousands ('1,815,000')."""
    number = _ZERO_DECIMALS.fullmatch(cell)
    if number is None:
        return cell
    sign, digits, thousands, mark, zeros = number.groups()
    if thousands == mark or (not thousands and len(zeros) == 3 and len(digits) <= 3):
        return cell
    return sign + re.sub(r"[^0-9]", "", digits)


def _stored_date(cell: str, prefix: str, days: int, fraction: float) -> str:
    """What to say of a count of days in the Year cell (or End Year): the date a
    spreadsheet stores as that number, saved so when its cell is shown as a number."""
    moment = _DAY_ZERO + datetime.timedelta(days=days, minutes=round(fraction * 24 * 60))
    parts = [str(moment.year), str(moment.month), str(moment.day)]
    columns = [f"{prefix}{name}" for name in DATE_COLUMNS]
    if fraction:
        parts.append(moment.strftime("%H:%M"))
    shown = moment.strftime("%Y-%m-%d %H:%M" if fraction else "%Y-%m-%d")
    return (
        f"{prefix}Year '{shortened(cell)}' is a date as a spreadsheet counts it, in days ({shown}), "
        f"not a year; format the cell as a date in the sheet, or write {', '.join(parts[:-1])} and "
        f"{parts[-1]} in the {', '.join(columns[: len(parts) - 1])} and {columns[len(parts) - 1]} columns"
    )


_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{1,4})")
_DOTTED = re.compile(r"\d{1,2}\.\d{1,2}\.\d{1,4}")
_DASHED = re.compile(r"(?:\d{1,2}-)?[^\W\d_]{3,}\.?-(\d{2}|\d{4})")
"""A date with its month named, as Excel shows a date cell in its formats with dashes:
'23-Mar-2021', 'Mar-2021', and with the year in two digits, '23-Mar-21', 'Mar-21'."""
_TWO_DIGIT_YEAR = re.compile(r"\d{1,2}([/.-])\d{1,2}\1(\d{2})")
"""A date of numbers with the year in two digits: '3/23/21', '23.03.21'."""


def _whole_date(
    text: str, column: str, month_first: bool = False, order: bool | None = None
) -> dict[str, str]:
    """A date typed whole into the Year cell, as the sheet exports it."""
    parts: dict[str, str] = {}
    if match := _TIME_AT_END.search(text):
        parts.update(parse_time(match[1], column))
        text = text[: match.start()]
    if iso := _ISO.fullmatch(text.strip()):
        ymd = [iso[1], iso[2], *([iso[3]] if iso[3] else [])]
        return _ymd(ymd) | parts
    # Before the first template's reading month first, which took '3/23/21' for the year 21.
    dashed, short = _DASHED.fullmatch(text.strip()), _TWO_DIGIT_YEAR.fullmatch(text.strip())
    year = dashed[1] if dashed else short[2] if short else ""
    if len(year) == 4:
        text = text.replace("-", " ")  # read as '23 Mar 2021' is
    elif year:
        raise CellError(
            f"{column} '{shortened(text)}' gives its year in two digits, which could be 19{year} or "
            f"20{year}; show the column's dates with the whole year in the sheet, or write the year, "
            "month and day in the Year, Month and Day columns",
            column,
        )
    if month_first and (slashed := _SLASHED.fullmatch(text.strip())):
        month, day, year = slashed.groups()
        return _ymd([year, month, day]) | parts
    found = suggest(text, allow_time=False)  # a time was taken off above
    both = either_way(text) if found is None else None
    if both is not None and order is not None and _SLASHED.fullmatch(text.strip()):
        found = both[1] if order else both[0]
    if found is None and both is None and not month_first and (hint := _year_hint(text.strip(), column)):
        raise CellError(f"{column} '{shortened(text)}' is not a year{hint}", column)
    if found is None:
        ways = f" (it could be {both[0]}, day first, or {both[1]}, month first)" if both else ""
        raise CellError(
            f"{column} '{shortened(text)}' is not a year, and not a date that reads one way only{ways}; "
            "write the year, month and day in the Year, Month and Day columns",
            column,
        )
    return _ymd(found.split("-")) | parts


_DECADE = re.compile(r"([1-9]\d{2,3}0)[’']?s")
"""'1990s', '1850's': a decade, which a date cannot be."""
_SHORT_DECADE = re.compile(r"[’']?(\d0)[’']?s")
"""'90s', ''90s', '00s': a decade without its century, which the hint cannot tell (read
as a decade, '90s' was told to be written '90', a year the import then takes as the
year 90)."""
_BEFORE_YEAR_ONE = re.compile(r"\d+\s*(?:BCE?|B\.\s?C\.(?:\s?E\.)?)", re.IGNORECASE)
"""'44 BC', '196 B.C.', '3000 BCE': a year before year 1."""


def _year_hint(text: str, column: str) -> str:
    """What to write instead of the words or the decade in the Year cell (or End Year) that
    tell how well a date is known ('c. 1850', 'Spring 2010', '1990s'), which TimelineJS
    cannot read either: the date in the date columns, the words in Display Date; or why a
    year before year 1 cannot be."""
    if _BEFORE_YEAR_ONE.fullmatch(text):
        return ": a year before year 1, which explainer's dates cannot hold (they run from 1 to 9999)"
    start = column.removesuffix("Year")
    if short := _SHORT_DECADE.fullmatch(text):
        said = (
            f": a decade without its century; write its first year in {column} with its century, "
            f"not '{short[1]}'"
        )
    else:
        decade = _DECADE.fullmatch(text)
        worded = worded_date(text)
        if decade is None and worded is None:
            return ""
        date = worded[0] if worded is not None else ""
        if decade is not None:  # an end in a decade is at its last year: 1999 for the 1990s
            date = str(int(decade[1]) + 9) if start else decade[1]
        cells = [
            f"{int(part)} in {start}{name}" for part, name in zip(date.split("-"), DATE_COLUMNS, strict=False)
        ]
        said = f": write {' and '.join(cells)}"
    if start:  # an end has no words of its own: the Display Date is said of the whole span
        return f"{said} (words for the whole span go in Display Date)"
    return f"{said}, and '{shortened(text)}' in Display Date, which readers see"


def _ymd(numbers: list[str]) -> dict[str, str]:
    """Year, month and (if given) day, as TimelineJS date parts without leading zeros."""
    return {name: str(int(n)) for name, n in zip(("year", "month", "day"), numbers, strict=False)}


_FRACTION_OF_DAY = re.compile(r"0?[.,]([0-9]{3,})")
"""A time as a spreadsheet stores it, a fraction of a day ('0.6527777778' is 15:40), saved
so when its cell is shown as a number: more decimals than minutes have ('9.15' is 9:15)."""
_ROUND_FRACTION = re.compile(r"(0?)[.,]([0-9]{1,2})")
"""A fraction of a day with one or two decimals, as a time cell shown as a number saves
a round time ('0.5' is 12:00, '0.25' 6:00, '0,75' 18:00). Written '0.' with a dot, it
reads as minutes after midnight too ('0.25', 00:25), and which was meant cannot be told."""
_HOURS_H = re.compile(r"(\d{1,2})\s*h\s*(\d{2})?", re.IGNORECASE)
"""A time written as French, Portuguese and others write it: '15h40', '15 h 40', '15h'."""


_ZONE = re.compile(
    r"(?<!\s)\s+\(?(?:(?![AP]\.?M\b)[A-Z]{2,5}|(?:UTC|GMT)\s*[+\-\u2212]\s*\d{1,2}(?::?\d{2})?)\)?\s*$"
)
"""A time zone named after a time: 'CDT', 'BST', '(UTC+6)', 'GMT-5'."""


def parse_time(text: str, column: str = "Time") -> dict[str, str]:
    """The time in ``text`` (``_parse_time``); one followed by a time zone ('9:45 PM CDT'),
    which the column cannot hold, is refused saying what to write instead."""
    try:
        return _parse_time(text, column)
    except CellError:
        zone = _ZONE.search(text)
        if zone is None:
            raise
        try:
            _parse_time(text[: zone.start()], column)
        except CellError:
            raise CellError(
                f"{column} '{shortened(text)}' is not a time such as 23:00 or 11:00 PM", column
            ) from None
        raise CellError(
            f"{column} '{shortened(text)}' names a time zone, which the column cannot hold (TimelineJS "
            f"misreads it): write '{text[: zone.start()].strip()}', and the time zone's offset in Display "
            "Date if readers need it, as in '20 April 2010, 21:45 (UTC-5)'",
            column,
        ) from None


def _parse_time(text: str, column: str = "Time") -> dict[str, str]:
    """``23:00``, ``23:00:00``, ``11:00 PM``, ``11 pm``, ``2300``, ``23.00`` or ``23h00``
    as hour, minute and (unless zero, as sheets add it to every time) second; and the
    fraction of a day a time cell shown as a number saves (``0.9583333333``)."""
    cell = text  # as the editor typed it, for the messages
    # Marks of direction a sheet in Arabic may set around a time ('4:45\u200f م').
    text = "".join(char for char in text if not invisible(char))
    period = None
    if match := _PERIOD.search(text):
        period = match[1].lower()
        text = text[: match.start()]
    else:
        text, period = _marked_period(text)
    text = text.strip()
    if fraction := _FRACTION_OF_DAY.fullmatch(text):
        seconds = round(float("0." + fraction[1]) * 24 * 60 * 60) % (24 * 60 * 60)
        pieces = [str(seconds // 3600), str(seconds // 60 % 60), str(seconds % 60)]
    elif period is None and (short := _ROUND_FRACTION.fullmatch(text)) and _whole_minutes(short[2]):
        minutes = int(short[2]) * 24 * 60 // _scale(short[2])
        if short[1] and "." in text and minutes and int(short[2]) < 60:  # '0.25' reads as 00:25 too
            raise CellError(
                f"{column} '{shortened(cell)}' could be {minutes // 60:02}:{minutes % 60:02} (a time cell "
                f"the sheet shows as a number saves the fraction of the day) or 00:{int(short[2]):02}; "
                "show the column's times as times in the sheet, or type the time as it is (such as 23:00)",
                column,
            )
        pieces = [str(minutes // 60), str(minutes % 60)]
    elif hours := _HOURS_H.fullmatch(text):
        pieces = [hours[1], hours[2] or "0"]
    elif re.fullmatch(r"\d{3,4}", text):
        pieces = [text[:-2], text[-2:]]
    else:
        pieces = text.split(":") if ":" in text else text.split(".")
    try:
        hour = int(pieces[0])
        minute = int(pieces[1]) if len(pieces) > 1 else 0
        second = int(re.split(r"[.,]", pieces[2])[0]) if len(pieces) > 2 else 0
    except ValueError:
        raise CellError(
            f"{column} '{shortened(cell)}' is not a time such as 23:00 or 11:00 PM", column
        ) from None
    if period == "p" and hour != 12:
        hour += 12
    elif period == "a" and hour == 12:
        hour = 0
    if len(pieces) > 3 or not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59):
        raise CellError(f"{column} '{shortened(cell)}' is not a time such as 23:00 or 11:00 PM", column)
    out = {"hour": str(hour), "minute": str(minute)}
    if second:
        out["second"] = str(second)
    return out


@functools.cache
def _day_periods() -> dict[str, str]:
    """The marks of morning and afternoon of each shipped language that are not English
    letters (those are ``_PERIOD``'s), from CLDR through Babel, to 'a' or 'p': Arabic
    writes 4:45 PM '4:45 م' (a sheet in Arabic shows its times so, and saves them so in
    its CSV), Chinese '下午4:45', before the time. A mark two languages give both halves
    of the day would be left out; none is."""
    from generator.i18n.languages import available, resolve

    marks: dict[str, set[str]] = {}
    for catalog in available():
        language = resolve(catalog)
        if language is None:
            continue
        for widths in language.locale.day_periods.values():
            for periods in widths.values():
                for key, letter in (("am", "a"), ("pm", "p")):
                    mark = str(periods.get(key, "")).strip().lower()
                    if mark and not mark.isascii():
                        marks.setdefault(mark, set()).add(letter)
    return {mark: next(iter(halves)) for mark, halves in marks.items() if len(halves) == 1}


def _marked_period(text: str) -> tuple[str, str | None]:
    """``text`` without the mark of morning or afternoon it starts or ends with in a
    shipped language (``_day_periods``), and that half of the day ('a', 'p'; None
    without one). The mark must stand apart from any other word: the time's digits or
    a space beside it ('4:45 اليوم' does not end in 'م')."""
    bare = text.strip()
    for mark, period in sorted(_day_periods().items(), key=lambda item: -len(item[0])):  # 'п.п.' before 'п'
        if bare.lower().endswith(mark) and _apart(bare[: -len(mark)][-1:]):
            return bare[: -len(mark)], period
        if bare.lower().startswith(mark) and _apart(bare[len(mark) :][:1]):
            return bare[len(mark) :], period
    return text, None


def _apart(beside: str) -> bool:
    """Whether the character beside a mark of the half of the day leaves it a word of
    its own: a digit, a space, or nothing."""
    return not beside or beside.isdigit() or beside.isspace()


def _whole_minutes(decimals: str) -> bool:
    """Whether the fraction of a day '0.<decimals>' is a whole number of minutes (a round
    time, as '0.5' and '0.25' are, where '0.01' is 00:14:24)."""
    return int(decimals) * 24 * 60 % _scale(decimals) == 0


def _scale(decimals: str) -> int:
    """What the number of ``decimals`` divides by: 10 for one, 100 for two."""
    return int("1" + "0" * len(decimals))
