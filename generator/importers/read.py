"""Reading the file imported: TimelineJS3 JSON, the CSV of its spreadsheet, or the
spreadsheet kept as an Excel workbook (.xlsx, ``workbook.py``), told apart by what the
file holds and its name (or, failing that, its first character), in the encodings Excel
and Google Sheets save in. The file is read whole, up to ``MAX_SOURCE_BYTES``; one that
cannot be read is refused before anything is written, and another spreadsheet program's
own file (.ods, .numbers, Excel 97-2003's .xls, a workbook locked with a password) or a
web page is told what it is and how to save the sheet as CSV.
"""

from __future__ import annotations

import codecs
import dataclasses
import os
import re
from collections.abc import Callable

from generator.content import files
from generator.content.filetext import decode
from generator.errors import MAX_STACKED_MARKS, ContentError, Position, Problem, UsageError, stacked_marks
from generator.importers.own_sheet import OwnSheet
from generator.importers.sheet import read_rows, read_sheet
from generator.importers.slides import Report, Timeline
from generator.importers.timelinejs import JS_ASSIGNMENT, read_json
from generator.importers.workbook import is_encrypted, is_workbook, workbook_rows

MAX_SOURCE_BYTES = 50_000_000


def read_timeline(
    path: str,
    reports: list[Report],
    named: str | None = None,
    language: str = "en",
    read_as: Callable[[str, str, list[Report]], Timeline] | None = None,
    sheet: OwnSheet | None = None,
) -> Timeline:
    """The slides of the file ``path``, JSON or CSV by its name (or, failing that, its first
    character), named ``named`` in what is said of it (a timeline downloaded: its name or
    address, ``remote.py``), else by its path; a workbook's dates spelt in ``language``
    (the story's) where their number format names months or days (``workbook.shown``);
    ``read_as``: the reader of the file's text when it is of another format (StoryMapJS);
    ``sheet``: a newsroom's own sheet is read, by its own headers, not JSON."""
    source = named or path
    if not os.path.isfile(path):
        raise UsageError(f"'{source}' is not a file")
    try:
        data = files.read_regular(path, root=os.path.dirname(path) or ".", limit=MAX_SOURCE_BYTES)
    except (files.UnsafeFile, OSError) as exc:
        raise UsageError(f"cannot read '{source}': {exc}") from None
    if is_workbook(data) and read_as is None:
        return dataclasses.replace(
            _read_workbook(data, source, reports, language, sheet), folder=os.path.dirname(path)
        )
    if (kind := _not_a_sheet_as_text(data, source)) is not None:
        raise ContentError([Problem(Position(source), kind)])
    # Excel's plain CSV is Windows-1252 (which cannot be told from other 8-bit encodings,
    # so it is told as content files are); its 'Unicode Text' is UTF-16 with a mark that
    # says so, read as it is.
    problems: list[Problem] = []
    text = decode(data, source, problems, how="save it as 'CSV UTF-8' or JSON in UTF-8", marked_utf_16=True)
    if text is None:
        raise ContentError(problems)
    if not text.strip("\ufeff \t\r\n"):
        # A download that failed, or a sheet saved before anything was typed in: said as
        # what it is, not as a sheet whose first row names no column, or JSON with no value.
        raise ContentError([Problem(Position(source), "the file is empty; export the timeline again")])
    if (stacked := stacked_marks(text)) is not None:
        raise ContentError([stacked_marks_problem(text, source, stacked)])
    name = path.lower()
    # A sheet's first cell never starts with '{' or '[': a JSON export saved under another
    # name ('timeline.txt') is still JSON.
    # So is a timeline in a page's script (a .js file, 'var timeline_json = {...}'), which
    # the JSON reader says how to save as JSON.
    is_json = (
        read_as is not None
        or name.endswith((".json", ".js"))
        or (
            not name.endswith((".csv", ".tsv"))
            and (text.lstrip()[:1] in "{[" or JS_ASSIGNMENT.match(text.lstrip()) is not None)
        )
    )
    if is_json and "\\u" in text and stacked_marks(_ESCAPE.sub(lambda e: chr(int(e[1], 16)), text)):
        raise ContentError([stacked_marks_problem(text, source, None)])  # written as JSON escapes
    if is_json and sheet is not None:
        said = "this is JSON, not a sheet: import a TimelineJS timeline with 'explainer import timelinejs'"
        raise ContentError([Problem(Position(source), said)])
    read = sheet.read_rows if sheet is not None else None
    timeline = (
        (read_as or read_json)(text, source, reports) if is_json else read_sheet(text, source, reports, read)
    )
    # Pictures named by relative address are looked for beside the file read (a download's
    # own folder holds nothing else).
    return dataclasses.replace(timeline, folder=os.path.dirname(path))


def _read_workbook(
    data: bytes, source: str, reports: list[Report], language: str, sheet: OwnSheet | None = None
) -> Timeline:
    """The slides of the Excel workbook ``data``'s sheet of the template (``workbook.py``),
    or of a newsroom's own (``sheet``)."""
    rows, header_row, said = workbook_rows(
        data,
        source,
        language,
        sheet.column_of if sheet else None,
        sheet.names_with_links if sheet else None,
    )
    reports.extend(said)
    # As in a CSV, a run of combining marks is refused before a cell is read, at its cell.
    for number, row in enumerate(rows, start=header_row):
        for column, cell in enumerate(row, start=1):
            if (stacked := stacked_marks(cell)) is not None:
                problem = stacked_marks_problem(cell, source, stacked)
                raise ContentError([dataclasses.replace(problem, where=Position(source, number, column))])
    return (sheet.read_rows if sheet is not None else read_rows)(rows, source, reports, header_row)


_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
"""A JSON escape of a character ('\\u0301')."""


_EXCEL = (
    "in Excel, File > Save As > 'CSV UTF-8'; in Google Sheets, File > Download > 'Comma-separated values'"
)
_ZIPPED = {
    ".ods": ("an OpenDocument spreadsheet (LibreOffice)", "in LibreOffice, File > Save As > 'Text CSV'"),
    ".numbers": ("a Numbers spreadsheet", "in Numbers, File > Export To > CSV"),
    ".xlsb": (
        "an Excel binary workbook (.xlsb)",
        "in Excel, File > Save As > 'CSV UTF-8', or 'Excel Workbook (.xlsx)', which the import reads",
    ),
}
"""The spreadsheet programs' own files stored as a zip that the import does not read,
told by their name, and how to save their sheet as CSV. An Excel workbook (.xlsx) is
read (``workbook.py``)."""

_EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")
"""The names of Excel's workbooks stored as a zip: one that is not a workbook inside is damaged."""


def _not_a_sheet_as_text(data: bytes, source: str) -> str | None:
    """What to say of a file that is a spreadsheet program's own file, or a web page,
    rather than a sheet saved as text or TimelineJS's JSON: an editor given 'a CSV/XLSX
    export' imports the workbook, or the page the timeline is embedded in, and was told
    the file was not UTF-8 text, or had not the template's columns. None for any other
    file, read as it is."""
    suffix = os.path.splitext(source.lower())[1]
    if data.startswith(b"PK\x03\x04"):  # a zip: how .xlsx, .ods and .numbers are stored
        if suffix in _EXCEL_SUFFIXES:
            return (
                "this workbook is damaged (its zip holds no workbook Excel can open: cut short in a "
                f"download?); open it in Excel and save it again, or save its sheet as CSV ({_EXCEL})"
            )
        if suffix not in _ZIPPED:
            return "this is a zip file, not a timeline; take the timeline's JSON or CSV out of it to import"
        what, how = _ZIPPED[suffix]
    elif is_encrypted(data):
        return (
            "this workbook is locked with a password, which the import cannot open; in Excel, remove the "
            "password (File > Info > Protect Workbook > Encrypt with Password, and clear it), or save its "
            f"sheet as CSV ({_EXCEL}), and import it"
        )
    elif data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # how Office stored its files before 2007
        return (
            "this is a workbook of Excel 97-2003 (.xls), which the import does not read; in Excel, File > "
            "Save As > 'Excel Workbook (.xlsx)' or 'CSV UTF-8', and import that"
        )
    else:
        what = how = ""
    if what:
        return f"this is {what}, which the import does not read; save its sheet as CSV ({how}) and import it"
    head = data[:512].lstrip(codecs.BOM_UTF8 + b" \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return (
            "this is a web page (HTML), not a timeline; import the timeline's JSON file, or its Google "
            "sheet saved as CSV (File > Download > 'Comma-separated values')"
        )
    return None


def stacked_marks_problem(text: str, source: str, stacked: re.Match[str] | None) -> Problem:
    """The problem of a timeline whose text holds a run of more combining marks on one
    letter than any writing uses (``errors.stacked_marks``, found at ``stacked`` in
    ``text``, or in a text a JSON escape writes): refused before a cell is read, as reading
    a date or matching a group puts the run in Unicode's order, which takes time in the
    square of its length (a sheet of two 40,000-mark cells took 17 s to import)."""
    where = Position(source)
    if stacked is not None:
        start = stacked.start()
        where = Position(source, text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start))
    count = f"{len(stacked.group()):,}" if stacked is not None else f"more than {MAX_STACKED_MARKS}"
    return Problem(
        where,
        f"a text holds {count} accents or other combining marks in a row on one letter, more than any "
        f"writing uses (at most {MAX_STACKED_MARKS}); remove them, and import again",
    )
