"""Reading TimelineJS's template kept as an Excel workbook (.xlsx, as Excel saves it and
as Google Sheets downloads it): the cells of the first sheet with the template's header
row among its first rows (a newsroom's workbook may have a sheet of notes before it, a
title above the header), from that row on, as text, as the CSV path reads them.

A cell is turned into the text a CSV export of the sheet holds: a number as Excel shows
it in General (2010.0 is '2010'), a date or a time as its number format shows it
('7/20/1969', 'July', '2:56 PM'; a month's or a day's name in the story's language, as
the newsroom's sheet program shows it, or the one the format names), a formula as the
value last worked out for it (the workbook's cached value: a formula is never run; one
saved with none, by a program that does not work formulas out, reads as empty and is
said, at its cells). Three things differ from the export, on purpose: a date typed into
a date's column (Year, Month, Day, Time and their End) is read as the date it is, not as
its cell shows it ('4/3/2021' could be either of two days); a picture's cell (Media,
Media Thumbnail, Background) that links to an address under other words, or holds a
HYPERLINK formula, is read as the address, and a text's cell holding a HYPERLINK formula
as its link, as is one linked with no markup in its words (Insert > Link); and a cell
merged over the rows below it (a Group or a Year shared by several events) gives its
value to each of them. A HYPERLINK formula whose address is worked out ('A2', a join) is
not read, and is said at its cells.

A workbook comes from anywhere, so it is looked at before openpyxl reads it: its zip's
parts, by their declared sizes (which bound what unzipping them gives), and the cells,
merged ranges and links each sheet's XML names, read with defusedxml (which refuses
entities, as openpyxl does when defusedxml is installed); one past ``MAX_PARTS``,
``MAX_UNZIPPED_BYTES``, ``MAX_ELEMENTS`` or ``MAX_CELLS`` is refused, as are workbooks
openpyxl cannot read, each in one line. openpyxl's read-only mode, which streams a
sheet's cells, is not used: it gives neither a sheet's merged cells nor its links, and
the counting above bounds what the whole workbook costs to read.
"""

from __future__ import annotations

import datetime
import functools
import html
import io
import posixpath
import re
import warnings
import zipfile
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from generator.errors import ContentError, Position, Problem
from generator.importers.sheet import names_template, template_column
from generator.importers.slides import Report

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

MAX_UNZIPPED_BYTES = 100_000_000
"""The most the parts of a workbook may hold unzipped, all together: a sheet of thousands
of events holds a few megabytes; a zip bomb, gigabytes."""

MAX_CELLS = 500_000
"""The most cells a workbook's sheets may span (each sheet's rows times its columns,
merged ranges and linked ranges counted too): 20,000 rows of 25 columns (the template has 19).
openpyxl makes an object of each, so this bounds the memory an import takes."""

MAX_PARTS = 5_000
"""The most parts (files) a workbook's zip may hold: a timeline's holds a few dozen, and
one more for each picture pasted in it. Each part is opened and counted: 100,000 parts
of one element each, 10 MB, took 40 seconds."""

HEADER_WITHIN = 10
"""How many of a sheet's first rows are looked at for the template's header: a newsroom's
copy may have a title, a note or blank rows above it."""

MAX_ELEMENTS = 1_000_000
"""The most XML elements a workbook's parts may hold, all together: a cell is two or three,
a text two, so a sheet of 5,000 events filled in holds about half a million. openpyxl
reads some 100,000 a second: this bounds the time an import takes."""

_LINKED_COLUMNS = {"Media", "Media Thumbnail", "Background"}
"""The template's columns whose cell is an address: a link under other words is read as its address."""

_TEXT_COLUMNS = {"Headline", "Text", "Display Date", "Media Credit", "Media Caption", "Group"}
"""The template's columns of text TimelineJS inserts as HTML: a HYPERLINK formula in one is
read as the link it makes (``<a href>``), which the slide's reading keeps where pages
carry links (a Text, a caption) and reports, keeping its words, where they do not."""

_HYPERLINK = re.compile(
    r'\s*(?:_xlfn\.)?HYPERLINK\(\s*"(?P<address>(?:[^"]|"")*)"\s*'
    r'(?:,\s*(?:"(?P<label>(?:[^"]|"")*)"\s*|(?P<worked_out>.*)))?\)\s*',
    re.IGNORECASE | re.DOTALL,
)
"""A cell's formula that is a link, its address written out: ``HYPERLINK("https://...",
"AP photo")``. Its words may be worked out (another cell, a join); its address, when it
is, is not read (a formula is never run)."""

_SAVE_AS_CSV = (
    "save its sheet as CSV (in Excel, File > Save As > 'CSV UTF-8'; in Google Sheets, File > "
    "Download > 'Comma-separated values') and import that"
)


_UNGUARDED = (
    "openpyxl is set not to guard its XML (OPENPYXL_DEFUSEDXML is not True), and a workbook is "
    "not read without it; unset OPENPYXL_DEFUSEDXML and import again"
)


def is_workbook(data: bytes) -> bool:
    """Whether ``data`` is a zip holding an Excel workbook (its main part, xl/workbook.xml)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")


def is_encrypted(data: bytes) -> bool:
    """Whether ``data`` is a workbook locked with a password: Office stores one as a
    compound file (the format of Excel 97-2003's .xls) holding an EncryptionInfo stream,
    whose name is written in UTF-16."""
    return data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") and _ENCRYPTION_INFO in data


class SheetCells(NamedTuple):
    """The cells of a sheet, as text, from its header row on."""

    rows: list[list[str]]
    header_row: int
    """The header's row, as the sheet numbers it: a workbook may have a title above."""
    reports: tuple[Report, ...] = ()
    """What the editor is told of the sheet's cells (formulas with no value saved, links
    whose address a formula works out)."""


def workbook_rows(
    data: bytes,
    source: str,
    language: str = "en",
    column_of: Callable[[str], str | None] | None = None,
    names_with_links: Callable[[str], bool] | None = None,
) -> SheetCells:
    """The cells, as text, of the first sheet of the workbook ``data`` (named ``source``)
    with the template's header in one of its first rows (``HEADER_WITHIN``), from that row
    on (the sheet of the workbook shown first when none has, from its first row), a date
    whose number format spells a month's or a day's name in ``language`` (the story's:
    ``shown``); ContentError, in one line, when the workbook cannot be read or is too large.
    ``column_of``: the template's column a header names (a newsroom's own sheet's reader
    gives its own), else as TimelineJS compares headers; ``names_with_links``: whether a
    column the template has not (a newsroom's who or where) has its cells' links read as
    a text's column has them (``<a href>``), for its reader to say, not drop unsaid."""
    column_of = column_of or template_column
    linked = names_with_links or _none
    # openpyxl is imported here, not with the module: it takes a tenth of a second, which
    # every import of a CSV or JSON file would spend for nothing.
    import openpyxl
    from openpyxl.worksheet.worksheet import Worksheet

    if not openpyxl.DEFUSEDXML:  # set off by OPENPYXL_DEFUSEDXML=False in the environment
        raise ContentError([Problem(Position(source), _UNGUARDED)])
    try:
        _check_size(data)
        _refuse_strict(data)
        with warnings.catch_warnings():
            # openpyxl warns, to the terminal, of a number shown as a date that no date is:
            # said at its cell below (``_no_dates``), as the rest is.
            warnings.simplefilter("ignore", UserWarning)
            book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except _Refused as exc:
        raise ContentError([Problem(Position(source), str(exc))]) from None
    except DefusedXmlException:
        raise _unreadable(source, "its XML declares entities, which a workbook never needs") from None
    except Exception as exc:  # a damaged file fails anywhere in openpyxl's reading, each its own way
        raise _unreadable(source, f"{type(exc).__name__}: {exc}") from None
    sheets = [ws for ws in book.worksheets if isinstance(ws, Worksheet)]
    if not sheets:
        raise ContentError(
            [Problem(Position(source), "this workbook has no sheet of cells; " + _SAVE_AS_CSV)]
        )
    for ws in sheets:
        grid = _grid(ws, language)
        start = next(
            (i for i, row in enumerate(grid[:HEADER_WITHIN]) if names_template(row, column_of)), None
        )
        if start is not None:
            formulas = _sheet_formulas(data, ws.title)
            reports = _no_dates(ws, grid, start, formulas, source)
            reports += _unsaved(formulas, source, ws.title, start + 1)
            reports += _links_not_read(formulas, grid[start], source, ws.title, start + 1, column_of, linked)
            return SheetCells(_texts(ws, grid, start, formulas, column_of, linked), start + 1, reports)
    chosen = book.active if isinstance(book.active, Worksheet) else sheets[0]
    return SheetCells(_grid(chosen, language), 1)


def _none(header: str) -> bool:
    """No column outside the template has its links read (TimelineJS's own sheet)."""
    return False


class _Refused(Exception):
    """A workbook past the bounds the import reads within, or of a kind it does not read."""


_STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main"
"""The namespace of a workbook saved as "Strict Open XML Spreadsheet" (ISO/IEC 29500
Strict), which openpyxl does not know: it found no sheet in one, and said so."""


def _refuse_strict(data: bytes) -> None:
    """_Refused, saying how to save it as the import reads it, if the workbook ``data`` is
    saved as Strict Open XML: its main part's root element is in the Strict namespace."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("xl/workbook.xml") as xml:
        root = next((element for _, element in iterparse(xml, events=("start",))), None)
    if root is not None and root.tag.startswith("{" + _STRICT + "}"):
        raise _Refused(
            "this workbook is saved as 'Strict Open XML Spreadsheet', which the import does not read; in "
            "Excel, File > Save As > 'Excel Workbook (.xlsx)', or save its sheet as CSV ('CSV UTF-8'), "
            "and import that"
        )


def _unreadable(source: str, why: str) -> ContentError:
    """The error of a workbook openpyxl cannot read, saying why as it does."""
    return ContentError(
        [
            Problem(
                Position(source),
                f"this workbook cannot be read ({why}); open it in Excel or Google Sheets and save it "
                f"again as .xlsx, or {_SAVE_AS_CSV}",
            )
        ]
    )


def _check_size(data: bytes) -> None:
    """_Refused if the workbook has more than ``MAX_PARTS`` parts, they unzip to more
    than ``MAX_UNZIPPED_BYTES``, hold more than ``MAX_ELEMENTS`` XML elements, or its
    sheets span more than ``MAX_CELLS`` cells. A part's declared size bounds what reading
    it gives (zipfile stops there, and fails on the checksum), so summing them is enough."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS:
            raise _Refused(
                f"this workbook holds {len(parts):,} parts, more than the {MAX_PARTS:,} the import reads (a "
                f"workbook of a timeline holds a few dozen, and one for each picture in it); {_SAVE_AS_CSV}"
            )
        unzipped = sum(part.file_size for part in parts)
        if unzipped > MAX_UNZIPPED_BYTES:
            raise _Refused(
                f"this workbook unzips to {unzipped:,} bytes, more than the {MAX_UNZIPPED_BYTES:,} the "
                f"import reads; {_SAVE_AS_CSV}"
            )
        elements = spanned = 0
        for part in parts:
            if not part.filename.lower().endswith((".xml", ".rels", ".vml")):
                continue  # a picture in the workbook, which openpyxl does not parse
            sheet = part.filename.startswith("xl/worksheets/")
            with archive.open(part) as xml:
                counted = _counted(xml, sheet, MAX_ELEMENTS - elements, MAX_CELLS - spanned)
            elements, spanned = elements + counted[0], spanned + counted[1]
            if spanned > MAX_CELLS:
                raise _Refused(
                    f"this workbook's sheets span more than {MAX_CELLS:,} cells, more than a timeline "
                    f"holds (a cell typed far below or right of the timeline, or a whole column merged?); "
                    f"delete the rows and columns past the timeline, or {_SAVE_AS_CSV}"
                )
            if elements > MAX_ELEMENTS:
                raise _Refused(
                    f"this workbook's XML holds more than {MAX_ELEMENTS:,} elements, more than a timeline "
                    f"needs; {_SAVE_AS_CSV}"
                )


_COORDINATE = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d{1,7})")


def _counted(xml: Any, sheet: bool, elements_left: int, cells_left: int) -> tuple[int, int]:
    """How many elements the XML part ``xml`` holds and, for a ``sheet``, how many cells it
    spans: its rows times its columns (the cells openpyxl makes when the sheet is read row
    by row), plus the cells of each merged or linked range (openpyxl makes one of each).
    It stops counting once past either budget left."""
    elements = 0
    row = column = 0  # where the format places a row or cell that does not say where it is
    last_row = last_column = 0
    ranges = 0
    for event, element in iterparse(xml, events=("start", "end")):
        if event == "end":
            element.clear()  # its children, counted already: memory stays that of one element
            continue
        elements += 1
        tag = element.tag.rpartition("}")[2] if sheet else ""
        if tag == "row":
            row, column = _number(element.get("r"), row + 1), 0
        elif tag == "c":
            coordinate = _COORDINATE.fullmatch(element.get("r", ""))
            if coordinate is None:  # the cell after the last, as the format has it
                column += 1
            else:
                column, row = _column_number(coordinate[1]), int(coordinate[2])
            # A row that holds no cell (one of its own height or style) makes no cell in openpyxl
            last_row, last_column = max(last_row, row), max(last_column, column)
        elif tag in ("mergeCell", "hyperlink"):
            ranges += _range_size(element.get("ref", ""))
        if elements > elements_left or last_row * last_column + ranges > cells_left:
            break
    return elements, last_row * last_column + ranges


def _number(written: str | None, otherwise: int) -> int:
    """The row number an attribute writes, or ``otherwise`` when it writes none readable."""
    return int(written) if written is not None and written.isdigit() and len(written) <= 7 else otherwise


def _column_number(letters: str) -> int:
    """A column's number from its letters: 'A' is 1, 'AA' 27."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _range_size(ref: str) -> int:
    """How many cells the range ``ref`` ('B2:C9', or one cell) covers; 0 for none readable."""
    from openpyxl.utils.cell import range_boundaries

    try:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
    except (ValueError, TypeError):
        return 0
    if None in (min_col, min_row, max_col, max_row):
        return MAX_CELLS + 1  # a whole row or column: more than any timeline
    assert min_col is not None and min_row is not None and max_col is not None and max_row is not None
    return (max_col - min_col + 1) * (max_row - min_row + 1)


class _Formula(NamedTuple):
    """A cell's formula, as the sheet's XML holds it."""

    text: str
    """The formula without its '=' ('HYPERLINK("https://...","AP photo")'); a formula
    shared down a column is written out for each of its cells."""
    saved: bool
    """Whether the workbook holds a value worked out for it: a program that does not
    work formulas out (openpyxl, LibreOffice converting without recalculating) saves
    none, and the cell reads as empty."""
    error: bool = False
    """Whether the value saved is an error ('#VALUE!', typed as one): what it gave."""


def _local(tag: str) -> str:
    """An XML element's or attribute's name without its namespace."""
    return tag.rpartition("}")[2]


def _sheet_formulas(data: bytes, title: str) -> dict[tuple[int, int], _Formula]:
    """The formulas of the sheet named ``title`` of the workbook ``data``, by their cell's
    row and column (from 1). openpyxl gives a cell either its formula or its saved value,
    never both, so its sheet's part is read here too (within the bounds ``_check_size``
    set); the part is found by the workbook's list of sheets and its relationships."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        part = _sheet_part(archive, title)
        if part is None:
            return {}
        with archive.open(part) as xml:
            return _formulas_in(xml)


def _sheet_part(archive: zipfile.ZipFile, title: str) -> str | None:
    """The zip's part holding the sheet named ``title``, as xl/workbook.xml and its
    relationships name it; None when they do not."""
    names = set(archive.namelist())
    if "xl/_rels/workbook.xml.rels" not in names:
        return None
    with archive.open("xl/workbook.xml") as xml:
        ids = [
            next((v for k, v in e.attrib.items() if _local(k) == "id"), "")
            for _, e in iterparse(xml)
            if _local(e.tag) == "sheet" and e.get("name") == title
        ]
    with archive.open("xl/_rels/workbook.xml.rels") as xml:
        targets = {
            e.get("Id"): e.get("Target", "") for _, e in iterparse(xml) if _local(e.tag) == "Relationship"
        }
    target = targets.get(ids[0]) if ids else None
    if not target:
        return None
    part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
    return part if part in names else None


def _formulas_in(xml: Any) -> dict[tuple[int, int], _Formula]:
    """The formulas of a sheet's XML part, by their cell's row and column."""
    from openpyxl.formula.tokenizer import TokenizerError
    from openpyxl.formula.translate import Translator, TranslatorError

    found: dict[tuple[int, int], _Formula] = {}
    shared: dict[str, tuple[str, str]] = {}  # a shared formula's index: its text and first cell
    for _, element in iterparse(xml):
        if _local(element.tag) != "c":
            if _local(element.tag) == "row":
                element.clear()
            continue
        children = {_local(child.tag): child for child in element}
        formula, value = children.get("f"), children.get("v")
        coordinate = _COORDINATE.fullmatch(element.get("r", ""))
        if coordinate is not None and formula is None and element.get("t") == "e":
            # An error typed in or kept without its formula: a sheet's own, not openpyxl's.
            found[(int(coordinate[2]), _column_number(coordinate[1]))] = _Formula("", True, True)
        if formula is None or coordinate is None:
            continue
        text = formula.text or ""
        if formula.get("t") == "shared" and (index := formula.get("si")) is not None:
            if text:
                shared[index] = (text, coordinate[0])
            elif index in shared:
                first_text, first_cell = shared[index]
                try:
                    text = Translator("=" + first_text, origin=first_cell).translate_formula(coordinate[0])[
                        1:
                    ]
                except (TranslatorError, TokenizerError, IndexError):
                    # Moved nowhere: a formula the tokenizer cannot read (unclosed, or a
                    # ')' too many, which it fails on with an IndexError) is kept as written.
                    text = first_text
        # An empty result of a formula is saved as an empty text, typed as one ('str');
        # an empty value not so typed is none saved.
        saved = value is not None and (bool(value.text) or element.get("t") in ("str", "inlineStr"))
        error = element.get("t") == "e"
        found[(int(coordinate[2]), _column_number(coordinate[1]))] = _Formula(text, saved, error)
    return found


def _no_dates(
    ws: Worksheet,
    grid: list[list[str]],
    start: int,
    formulas: dict[tuple[int, int], _Formula],
    source: str,
) -> tuple[Report, ...]:
    """The warning of the cells below the sheet's header (its ``start``-th row) holding a
    number formatted as a date that no date is (99999999999, past 31 December 9999),
    which openpyxl reads as the error '#VALUE!': there is no error in the sheet (not
    typed as one in its XML), so it is not said to be a formula's; each is made empty in
    ``grid``, its row then said to have no date, as Excel shows it '#####'."""
    cells = [
        (r + 1, i + 1)
        for r in range(start + 1, len(grid))
        for i, text in enumerate(grid[r])
        if text == "#VALUE!"
        and ws.cell(r + 1, i + 1).data_type == "e"  # not the words '#VALUE!' typed in
        and not ((found := formulas.get((r + 1, i + 1))) is not None and found.error)
    ]
    if not cells:
        return ()
    for row, column in cells:
        grid[row - 1][column - 1] = ""
    what = _cells_holding(cells, ws.title, "a number formatted as a date", "numbers formatted as dates")
    verb = "is" if len(cells) == 1 else "are"
    return (
        Report(
            f"{source}:{cells[0][0]}:{cells[0][1]}",
            f"{what} that no date is (a sheet's dates end on 31 December 9999), and {verb} read as empty; "
            f"type the date in {'it' if len(cells) == 1 else 'each'}",
        ),
    )


_FORMULAS_NAMED = 5
"""How many cells of formulas with no value saved the warning names before it counts the rest."""


def _unsaved(
    formulas: dict[tuple[int, int], _Formula], source: str, title: str, first_row: int
) -> tuple[Report, ...]:
    """The warning of the formulas of the sheet ``title`` (from its row ``first_row``
    on) with no value saved, which read as empty cells: at the first, naming each (up to
    ``_FORMULAS_NAMED``) by its A1 reference."""
    cells = sorted(
        cell
        for cell, formula in formulas.items()
        if not formula.saved and cell[0] >= first_row and not _written_out(formula)
    )
    if not cells:
        return ()
    what = _cells_holding(cells, title, "a formula", "formulas")
    return (
        Report(
            f"{source}:{cells[0][0]}:{cells[0][1]}",
            f"{what} ({_shortened(formulas[cells[0]])}) with no value saved, as a program "
            "that does not work formulas out writes them, and read as empty; open the workbook in Excel "
            "or Google Sheets and save it again (which works them out), or " + _SAVE_AS_CSV,
        ),
    )


def _cells_holding(cells: list[tuple[int, int]], title: str, one: str, several: str) -> str:
    """'cell B3 of sheet 'Timeline' holds ``one``', or 'cells B3, C3 ... hold ``several``':
    ``cells`` (row, column) by their A1 references, up to ``_FORMULAS_NAMED`` of them."""
    from openpyxl.utils.cell import get_column_letter

    names = [f"{get_column_letter(column)}{row}" for row, column in cells]
    named = ", ".join(names[:_FORMULAS_NAMED]) + (
        f" and {len(names) - _FORMULAS_NAMED} more" if len(names) > _FORMULAS_NAMED else ""
    )
    if len(cells) == 1:
        return f"cell {named} of sheet '{title}' holds {one}"
    return f"cells {named} of sheet '{title}' hold {several}"


def _shortened(formula: _Formula) -> str:
    """The formula as a warning quotes it, with its '=', cut at 60 characters."""
    return f"={formula.text[:60]}{'...' if len(formula.text) > 60 else ''}"


_NAMES_HYPERLINK = re.compile(r"\bHYPERLINK\s*\(", re.IGNORECASE)
"""A formula making a link, anywhere in it ('IF(A2="","",HYPERLINK(A2))' too)."""


def _links_not_read(
    formulas: dict[tuple[int, int], _Formula],
    header: list[str],
    source: str,
    title: str,
    header_row: int,
    column_of: Callable[[str], str | None] = template_column,
    names_with_links: Callable[[str], bool] = _none,
) -> tuple[Report, ...]:
    """The warning of the HYPERLINK formulas below the sheet ``title``'s header (``header``,
    in its row ``header_row``), in the template's columns that read a link, whose address
    is not written out in quotes ('HYPERLINK(A2,"photo")', '"https://x.org/"&A2'): a
    formula is never run, so the words saved for it are read alone, no link, and a
    picture's column takes them for its address. At the first, naming each."""
    columns = {i + 1: column_of(name) for i, name in enumerate(header)}
    named = {i + 1 for i, name in enumerate(header) if names_with_links(name)}
    cells = sorted(
        cell
        for cell, formula in formulas.items()
        if cell[0] > header_row
        and (columns.get(cell[1]) in _LINKED_COLUMNS | _TEXT_COLUMNS or cell[1] in named)
        and _NAMES_HYPERLINK.search(formula.text)
        and _hyperlink(formula) is None
    )
    if not cells:
        return ()
    what = _cells_holding(cells, title, "a link", "links")
    return (
        Report(
            f"{source}:{cells[0][0]}:{cells[0][1]}",
            f"{what} whose address a formula works out ({_shortened(formulas[cells[0]])}), which is not "
            "read (a formula is never run): the words the cell shows are read without it, and a "
            "picture's column takes them for its address; write the address itself in the cell, or in "
            'its formula in quotes (=HYPERLINK("https://...", "words"))',
        ),
    )


def _hyperlink(formula: _Formula | None) -> tuple[str, str | None] | None:
    """The address of a cell's HYPERLINK formula and its words when written out (None
    when worked out); None for another formula, or a link whose address is worked out."""
    link = _HYPERLINK.fullmatch(formula.text) if formula is not None else None
    if link is None:
        return None
    label = link["label"] if link["worked_out"] is None else None
    return link["address"].replace('""', '"'), None if label is None else label.replace('""', '"')


def _written_out(formula: _Formula) -> bool:
    """Whether the formula is a link whose address and words are written out: read from
    the formula, it needs no value saved."""
    return _written_words(formula) is not None


def _written_words(formula: _Formula | None) -> str | None:
    """The words of a link whose address and words the formula writes out, else None."""
    link = _hyperlink(formula)
    return link[1] if link is not None else None


def _grid(ws: Worksheet, language: str) -> list[list[str]]:
    """Every cell of the sheet ``ws`` as text, row by row (names of months and days in ``language``)."""
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    # A workbook counting its days from 1904 (Excel for the Mac's old habit) shows a
    # fraction of a day as a time on 1 January 1904, not on day 0 of January 1900.
    start = datetime.date(1904, 1, 1) if getattr(ws.parent, "epoch", None) == CALENDAR_MAC_1904 else None
    return [
        [_text(cell.value, cell.number_format, language, start) for cell in row] for row in _cell_rows(ws)
    ]


def _cell_rows(ws: Worksheet) -> Iterator[tuple[Any, ...]]:
    """The sheet's rows of cells, from the first to the last it spans."""
    return ws.iter_rows(min_row=1, max_row=ws.max_row, min_col=1, max_col=ws.max_column)


def _texts(
    ws: Worksheet,
    grid: list[list[str]],
    start: int,
    formulas: dict[tuple[int, int], _Formula],
    column_of: Callable[[str], str | None] = template_column,
    names_with_links: Callable[[str], bool] = _none,
) -> list[list[str]]:
    """The sheet's rows from its header row, the ``start``-th, on: the cells of ``grid``,
    with a date typed into a date's column read as the date it is, a picture's link read as
    its address, a HYPERLINK formula in a text's column as its link (``_TEXT_COLUMNS``), as
    is a link of the cell's own there (Insert > Link) when its words have no markup, and a
    cell merged down given to the rows it covers (``formulas``: the sheet's, by row
    and column). So is a link in a column of names (``names_with_links``)."""
    rows = [list(row) for row in grid]
    columns = {i: column_of(name) for i, name in enumerate(rows[start])}
    named = {i for i, name in enumerate(rows[start]) if names_with_links(name)}
    for r, row in enumerate(_cell_rows(ws)):
        for i, cell in enumerate(row):
            column = columns.get(i) if r > start else None
            text_column = column in _TEXT_COLUMNS or (r > start and i in named)
            link = getattr(cell, "hyperlink", None)
            target = getattr(link, "target", None)
            formula = formulas.get((r + 1, i + 1))
            formula_link = _hyperlink(formula) if column or text_column else None
            words = _written_words(formula) if r > start and formula and not formula.saved else None
            if words is not None:
                # The value a spreadsheet saves for it, read where no link is (a who or where
                # column), as it is not said to have none (``_unsaved``).
                rows[r][i] = words
            if column in _LINKED_COLUMNS and formula_link is not None:
                rows[r][i] = formula_link[0]
            elif column in _LINKED_COLUMNS and isinstance(target, str) and target:
                rows[r][i] = target
            elif text_column and formula_link is not None:
                rows[r][i] = _as_link(*formula_link, rows[r][i])
            elif text_column and isinstance(target, str) and target and not _MARKUP.search(grid[r][i]):
                # Insert > Link on a cell of words: the link a HYPERLINK formula there gives.
                rows[r][i] = _as_link(target, None, rows[r][i])
            elif column is not None and (typed := _typed_date(cell.value, cell.number_format, column)):
                rows[r][i] = typed
    for merged in ws.merged_cells.ranges:
        value = rows[merged.min_row - 1][merged.min_col - 1]
        for r in range(max(merged.min_row, start + 2), merged.max_row + 1):
            rows[r - 1][merged.min_col - 1] = value
    return rows[start:]


_MARKUP = re.compile(r"<[A-Za-z/!?]|&#?[A-Za-z0-9]+;")
"""A tag or an entity in a text's cell, which TimelineJS inserts as HTML: a cell's link
(Insert > Link) is not put around such a cell's words, whose own HTML it would escape."""


_OWN_LINK = re.compile(r"<a\b", re.IGNORECASE)
"""A link in a cell's words: a link is not put around it (HTML has no link in a link)."""


def _as_link(address: str, label: str | None, shown: str) -> str:
    """A HYPERLINK formula's link, as the HTML of a slide's text: its words as the cell
    shows them (``shown``), else as the formula writes them, else its address. Words with
    markup (``_MARKUP``) are HTML, as every text's cell is to TimelineJS: they go into the
    link as they are, to be read as another cell's are ('<b>Bold</b> text' is
    '[**Bold** text](...)', where escaped it was '[&lt;b>Bold&lt;/b> text](...)'); words
    with a link of their own keep theirs."""
    words = shown or label or address
    if not address or words == address:
        return words  # an address alone: the slide's text makes it a link as TimelineJS does
    if not _MARKUP.search(words):
        words = html.escape(words, quote=False)
    elif _OWN_LINK.search(words):
        return words
    return f'<a href="{html.escape(address)}">{words}</a>'


def _typed_date(value: object, number_format: str, column: str) -> str | None:
    """A date or time typed into one of the template's columns of a date (``column``), as
    the CSV path reads it one way only: the Year cell's date as ISO 8601 ('2021-03-04',
    to the parts its format shows: '2021-03' for 'mmm yyyy', a time after it if shown),
    the Month's and Day's as their number, the Time's on the 24-hour clock. As the cell
    shows it, '4/3/2021' could be either of two days, and is refused. None for any other
    cell."""
    part = column.removeprefix("End ")
    if not isinstance(value, datetime.date | datetime.time) or part not in ("Year", "Month", "Day", "Time"):
        return None
    shows = _parts_shown(number_format)
    date = value if isinstance(value, datetime.date) else None
    clock = value if isinstance(value, datetime.datetime | datetime.time) else None
    seconds = "s" in shows or (clock is not None and clock.second != 0)
    at = (
        ""
        if clock is None
        else f"{clock.hour:02d}:{clock.minute:02d}" + (f":{clock.second:02d}" if seconds else "")
    )
    if part == "Time":
        return at or None
    if date is None:
        return None  # a time alone in a date's column: left as the cell shows it, and said so
    if part == "Month":
        return str(date.month)
    if part == "Day":
        return str(date.day)
    if shows and "d" not in shows:
        return f"{date.year:04d}-{date.month:02d}" if "m" in shows else str(date.year)
    timed = clock is not None and ("h" in shows or (not shows and clock != datetime.time()))
    return f"{date.year:04d}-{date.month:02d}-{date.day:02d}" + (f" {at}" if timed else "")


def _parts_shown(number_format: str) -> set[str]:
    """Which parts of a date or time a number format shows: y, m (the month), d, h, s
    (minutes go with the hours); empty for one that shows none (General)."""
    tokens = list(_FORMAT_TOKEN.finditer(re.sub("general", "", _first_section(number_format), flags=re.I)))
    parts = [t["part"].lower() for t in tokens if t["part"]]
    shown: set[str] = set()
    for index, part in enumerate(parts):
        previous = parts[index - 1] if index else ""
        following = parts[index + 1] if index + 1 < len(parts) else ""
        minutes = part[0] == "m" and len(part) <= 2 and (previous[:1] == "h" or following[:1] == "s")
        shown.add("y" if part[0] == "e" else "h" if minutes else part[0])
    return shown


def _text(
    value: object, number_format: str, language: str = "en", day_one: datetime.date | None = None
) -> str:
    """What a CSV export of the sheet writes for a cell holding ``value`` shown in
    ``number_format``, by a sheet program in ``language``. A number under 1 shown as a
    date (a fraction of a day, which openpyxl reads as a time alone) is on the workbook's
    first day, ``day_one`` (1 January 1904), where it counts its days from 1904; else on
    Excel's day 0 (``shown``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime.time) and day_one is not None:
        value = datetime.datetime.combine(day_one, value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return shown(value, number_format, language)
    if isinstance(value, datetime.timedelta):
        return _elapsed(value)
    return str(value)


def _elapsed(value: datetime.timedelta) -> str:
    """A length of time (a cell in [h]:mm:ss) as hours, minutes and seconds."""
    seconds = round(value.total_seconds())
    sign, seconds = ("-", -seconds) if seconds < 0 else ("", seconds)
    return f"{sign}{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_FORMAT_TOKEN = re.compile(
    r'"(?P<quoted>[^"]*)"?|\\(?P<escaped>.)|_.|\*.|\[[^\]]*\]'
    r"|(?P<ampm>AM/PM|am/pm|A/P|a/p)|(?P<part>[yY]+|[mM]+|[dD]+|[hH]+|[sS]+|e)|(?P<other>.)",
    re.DOTALL,
)
"""A piece of a number format: literal text, a padding or colour to drop, or a date's part
(in either case, 'DD/MM/YYYY' as 'dd/mm/yyyy', as Excel and Google Sheets read it)."""


def shown(
    value: datetime.datetime | datetime.date | datetime.time, number_format: str, language: str = "en"
) -> str:
    """``value`` as its cell's date or time ``number_format`` shows it ('m/d/yyyy', 'mmmm',
    'h:mm AM/PM'); ISO 8601 for a format that shows no part of a date or time (General, on
    a cell openpyxl read as a date). The names of months and days are those of the
    language the format names (Excel's '[$-40C]d mmmm yyyy' is French), else of
    ``language``, the story's: a newsroom's Excel or Google Sheets shows them in its own
    language ('20 juillet 1969'), and its CSV holds them so; English ones are Excel's."""
    # 'General' names no part of a date (its e is not the year's e)
    section = re.sub("general", "", _first_section(number_format), flags=re.IGNORECASE)
    tokens = list(_FORMAT_TOKEN.finditer(section))
    twelve_hour = any(t["ampm"] for t in tokens)
    parts = [t["part"].lower() for t in tokens if t["part"]]
    if not parts:
        return value.isoformat()
    names = _names(_format_language(number_format) or language, with_day=any(p in ("d", "dd") for p in parts))
    out: list[str] = []
    previous = ""
    for index, token in enumerate(tokens):
        if token["quoted"] is not None:
            out.append(token["quoted"])
        elif token["escaped"] is not None:
            out.append(token["escaped"])
        elif token["ampm"]:
            out.append(_meridiem(value, token["ampm"]))
        elif token["part"]:
            part = token["part"].lower()
            following = next((t["part"].lower() for t in tokens[index + 1 :] if t["part"]), "")
            minutes = part[0] == "m" and len(part) <= 2 and (previous[:1] == "h" or following[:1] == "s")
            out.append(_part(value, part, minutes, twelve_hour, names))
            previous = part
        elif token["other"] is not None:
            out.append(token["other"])
    return "".join(out)


def _first_section(number_format: str) -> str:
    """The section of a number format that shows a positive value (sections are split by
    ';' outside quotes)."""
    quoted = False
    for i, char in enumerate(number_format):
        if char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            return number_format[:i]
    return number_format


def _meridiem(value: datetime.datetime | datetime.date | datetime.time, written: str) -> str:
    """AM or PM (or A, P) for ``value``, in the case the format writes it."""
    hour = value.hour if isinstance(value, datetime.datetime | datetime.time) else 0
    mark = ("AM", "PM")[hour >= 12]
    text = mark if "/P" in written.upper() and len(written) > 3 else mark[0]
    return text if written[0].isupper() else text.lower()


class _Names(NamedTuple):
    """The names of the months and the days of the week a format spells, in one language."""

    months: tuple[str, ...]
    """Whole, January first, in the form a date with its day takes where a language has two
    (Russian's '20 июля', 'июль' alone)."""
    short_months: tuple[str, ...]
    first_letters: tuple[str, ...]
    """Of each month, as Excel's 'mmmmm' shows it."""
    weekdays: tuple[str, ...]
    """Whole, Monday first."""
    short_weekdays: tuple[str, ...]


_ENGLISH = _Names(
    _MONTHS,
    tuple(name[:3] for name in _MONTHS),
    tuple(name[0] for name in _MONTHS),
    _WEEKDAYS,
    tuple(name[:3] for name in _WEEKDAYS),
)
"""The English names, as Excel spells them ('Sep', where CLDR's British English has 'Sept')."""

EXCEL_SHORT_NAMES = {
    "de": (
        ("Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"),
        ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    ),
    "uk": (
        ("січ", "лют", "бер", "кві", "тра", "чер", "лип", "сер", "вер", "жов", "лис", "гру"),
        ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Нд"),
    ),
}  # fmt: skip
"""The short names of the months ('mmm') and days ('ddd'), Monday first, as Excel for
Windows shows them in a German or Ukrainian sheet, where CLDR's differ ('Juli', 'März',
'So.'; 'лип.', 'квіт.', 'нд'): a message about a date cell quotes the cell as the editor
sees it in the sheet ('20-Mrz-10', not '20-März-10')."""

_LOCALE_ID = re.compile(r"\[\$[^\]-]*-([0-9A-Fa-f]{1,8})\]")
"""A number format's language, as Excel writes it: '[$-40C]' (a Windows locale id, French)."""


def _format_language(number_format: str) -> str | None:
    """The language a number format names ('[$-40C]...': 'fr_FR'); None for none, or for
    the system's own date and time formats ('[$-F800]'), which follow the program's."""
    import locale

    written = _LOCALE_ID.search(number_format)
    return locale.windows_locale.get(int(written[1], 16) & 0xFFFF) if written is not None else None


@functools.cache
def _names(language: str, with_day: bool) -> _Names:
    """The names of months and days in ``language`` (a tag, 'fr', 'pt-BR', or a locale,
    'fr_FR'), months in the form a date ``with_day`` takes (CLDR's 'format', else its
    'stand-alone'); English ones, as Excel spells them, for English or a language CLDR does
    not know."""
    from babel import Locale, UnknownLocaleError

    try:
        found = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        try:
            found = Locale.parse(re.split("[-_]", language)[0])
        except (UnknownLocaleError, ValueError):
            return _ENGLISH
    if found.language == "en":
        return _ENGLISH
    short_months, short_days = EXCEL_SHORT_NAMES.get(found.language, (None, None))
    context = "format" if with_day else "stand-alone"

    def months(width: str, form: str = context) -> tuple[str, ...]:
        return tuple(found.months[form][width][m] for m in range(1, 13))

    def days(width: str) -> tuple[str, ...]:
        return tuple(found.days["format"][width][d] for d in range(7))

    return _Names(
        months("wide"),
        short_months or months("abbreviated"),
        months("narrow", "stand-alone"),
        days("wide"),
        short_days or days("abbreviated"),
    )


_DAY_ZERO = (1900, 1, 0, 5)
"""The year, month, day and weekday (Monday 0) Excel shows for a number under 1 shown as
a date, a fraction of its day 0: '1/0/1900' ('m/d/yyyy'), '1900-01-00', 'Saturday' (Excel
counts 1 January 1900 a Sunday, its day 1). The editor sees that in the sheet; read as a
time alone it was shown '0//' or '-00-' (the minutes where the month is)."""


def _part(
    value: datetime.datetime | datetime.date | datetime.time,
    part: str,
    minutes: bool,
    twelve_hour: bool,
    names: _Names = _ENGLISH,
) -> str:
    """One part of a date or time (``part`` a run of y, m, d, h, s or e), as Excel shows it
    (a month's or a day's name among ``names``). A time alone (a number under 1 shown as a
    date) has the date Excel shows for it: day 0 of January 1900 (``_DAY_ZERO``)."""
    date = value if isinstance(value, datetime.date) else None
    clock = value if isinstance(value, datetime.datetime | datetime.time) else datetime.time()
    year, month, day, weekday = (
        _DAY_ZERO if date is None else (date.year, date.month, date.day, date.weekday())
    )
    letter, width = part[0], len(part)
    if letter in "ye":
        return str(year) if letter == "e" or width > 2 else f"{year % 100:02d}"
    if letter == "m" and not minutes:
        spelt = (names.short_months[month - 1], names.months[month - 1], names.first_letters[month - 1])
        return (str(month), f"{month:02d}", *spelt)[min(width, 5) - 1]
    if letter == "d":
        named = (names.short_weekdays[weekday], names.weekdays[weekday])
        return (str(day), f"{day:02d}", *named)[min(width, 4) - 1]
    if letter == "h":
        hour = (clock.hour % 12 or 12) if twelve_hour else clock.hour
        return f"{hour:0{min(width, 2)}d}"
    if letter == "m":
        return f"{clock.minute:0{min(width, 2)}d}"
    if letter == "s":
        return f"{clock.second:0{min(width, 2)}d}"
    return ""
