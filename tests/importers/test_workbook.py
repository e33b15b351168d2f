"""A TimelineJS sheet kept as an Excel workbook (.xlsx): read as its CSV is, cell for
cell, and a workbook that cannot or should not be read refused in one line."""

from __future__ import annotations

import csv
import datetime
import io
import re
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from generator.commands.imports import import_timeline
from generator.errors import ContentError
from generator.importers import workbook
from generator.importers.read import read_timeline
from generator.importers.workbook import MAX_CELLS, shown, workbook_rows
from generator.render.timelinecsv import COLUMNS
from tests.conftest import Project

pytestmark = pytest.mark.usefixtures("local_only")  # pictures at other sites are not reached

HEADER = [*COLUMNS, "Alt Text"]

_MONTH = "mmmm"
_DATE = "yyyy-mm-dd"
_US_DATE = "m/d/yyyy"
_CLOCK = "h:mm"
_TWELVE = "h:mm AM/PM"


def _row(**cells: Any) -> list[Any]:
    """A row of the template, its cells given by column (spaces as underscores)."""
    return [cells.get(name.replace(" ", "_")) for name in HEADER]


# Each cell as the workbook holds it: a value (typed as Excel types it) and, for a date
# or a time, the number format it is shown in; beside it, what the sheet's CSV holds.
_TABLE: list[list[Any]] = [
    _row(
        Headline="The landing",
        Text="<p>Men on the <b>Moon</b></p>",
        Type="title",
        Media="https://example.org/title.jpg",
    ),
    _row(
        Year=1969.0,
        Month=(datetime.datetime(1969, 7, 1), _MONTH),
        Day=20,
        Time=(datetime.time(20, 17), _CLOCK),
        End_Year=1969,
        End_Month=7,
        End_Day=21,
        End_Time=(datetime.time(2, 56), _TWELVE),
        Display_Date="20 July 1969",
        Headline="Eagle lands",
        Text=CellRichText("The ", TextBlock(InlineFont(b=True), "Eagle"), " has landed"),
        Media="https://example.org/eagle.jpg",
        Media_Credit="NASA",
        Media_Caption="Tranquility Base",
        Media_Thumbnail="https://example.org/eagle-small.jpg",
        Group="Apollo 11",
        Background="#112233",
        Alt_Text="A lander on grey dust",
    ),
    _row(),  # a blank row between two events
    _row(Year=(datetime.datetime(1969, 7, 24), _DATE), Headline="Splashdown", Group="Apollo 11"),
    _row(Year=(datetime.datetime(1970, 4, 17), _US_DATE), Headline="Apollo 13 comes home", Group="Apollo 13"),
    _row(Year="1865-04-14", Headline="Before 1900: Excel keeps it as text"),
    _row(Year=-44, Month=3, Day=15, Headline="The Ides of March", Text="A BC year"),
    _row(Year=1957, End_Year=1975.0, Headline="The space race", Type="era"),
]


_WRITTEN: dict[str, Callable[[Any], str]] = {
    _MONTH: lambda value: value.strftime("%B"),
    _DATE: lambda value: value.strftime("%Y-%m-%d"),
    _US_DATE: lambda value: f"{value.month}/{value.day}/{value.year}",
    _CLOCK: lambda value: f"{value.hour}:{value.minute:02d}",
    _TWELVE: lambda value: f"{value.hour % 12 or 12}:{value.minute:02d} {'PM' if value.hour >= 12 else 'AM'}",
}
"""How a sheet program writes a date or a time in each number format, in its CSV."""


def _csv_value(cell: Any) -> str:
    """What the sheet's CSV holds for ``cell``, written out by hand as a sheet program would."""
    if isinstance(cell, tuple):
        value, number_format = cell
        return _WRITTEN[number_format](value)
    if isinstance(cell, float):
        return str(int(cell))
    return "" if cell is None else str(cell)


def _write_workbook(path: Path, rows: list[list[Any]], notes_first: bool = True) -> None:
    """The table as a workbook: a sheet of notes first (a newsroom's own), then the template."""
    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Read me"
    notes.append(["How to fill in the timeline"])
    sheet = book.create_sheet("Timeline") if notes_first else notes
    sheet.append(HEADER)
    for r, row in enumerate(rows, start=2):
        for c, cell in enumerate(row, start=1):
            value, number_format = cell if isinstance(cell, tuple) else (cell, None)
            if value is None:
                continue
            target = sheet.cell(row=r, column=c, value=value)
            if number_format:
                target.number_format = number_format
    book.save(path)


def test_a_sheet_saved_as_csv_and_as_xlsx_imports_to_the_same_files(empty: Project, tmp_path: Path) -> None:
    for folder in ("csv", "xlsx"):
        empty.write(f"{folder}/content/site.yaml", "title: Imports\n")
    with open("csv/timeline.csv", "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([HEADER, *[[_csv_value(cell) for cell in row] for row in _TABLE]])
    _write_workbook(Path("xlsx/timeline.xlsx"), _TABLE)
    for folder in ("csv", "xlsx"):
        name = f"{folder}/timeline.{folder}"
        import_timeline(source=name, story="moon", content=f"{folder}/content", keep_remote_pictures=True)
    written = {p.relative_to("csv/content") for p in Path("csv/content").rglob("*") if p.is_file()}
    assert written == {p.relative_to("xlsx/content") for p in Path("xlsx/content").rglob("*") if p.is_file()}
    assert len(written) == 6  # site.yaml, story.yaml (the era in it) and the four events of years 1 to 9999
    for relative in written:
        # story.yaml's first comment names the file imported, the one difference meant
        as_xlsx = (Path("xlsx/content") / relative).read_bytes().replace(b"timeline.xlsx", b"timeline.csv")
        assert as_xlsx == (Path("csv/content") / relative).read_bytes()
    assert b"Imported from timeline.xlsx" in Path("xlsx/content/moon/story.yaml").read_bytes()


def test_typed_cells_are_read_as_the_csv_holds_them(tmp_path: Path) -> None:
    source = tmp_path / "t.xlsx"
    _write_workbook(source, _TABLE)
    rows = workbook_rows(source.read_bytes(), str(source)).rows
    expected = [HEADER, *[[_csv_value(cell) for cell in row] for row in _TABLE]]
    # A date typed into a date's column is read as the date it is, not as its cell shows it
    expected[2][HEADER.index("Month")] = "7"
    expected[2][HEADER.index("End Time")] = "02:56"
    expected[5][HEADER.index("Year")] = "1970-04-17"
    assert rows == expected


def _workbook(rows: list[list[Any]]) -> tuple[openpyxl.Workbook, Any]:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    return book, sheet


def _patched(data: bytes, part: str, change: Callable[[bytes], bytes]) -> bytes:
    """The workbook ``data`` with its ``part`` changed by ``change``."""
    with zipfile.ZipFile(io.BytesIO(data)) as old:
        parts = {name: old.read(name) for name in old.namelist()}
    parts[part] = change(parts[part])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as new:
        for name, content in parts.items():
            new.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize("saved", [True, False])
def test_a_hyperlink_in_a_who_or_where_cell_of_a_newsrooms_sheet_gives_its_words(
    empty: Project, saved: bool
) -> None:
    # A figure's or a place's file has a name, plain words, and no field for a link: the
    # formula's words are the name, as in its CSV. Without a value saved (a workbook a
    # script wrote) the cells were read as empty, and said to be by nothing, as such a
    # formula's words are read from it (the Headline's, the Text's) without one.
    book, _ = _workbook(
        [
            ["Date", "Event", "Who", "Place"],
            ["2024-03-12", "Strike", '=HYPERLINK("https://bio.example/ana", "Ana Pérez")',
             '=HYPERLINK("https://maps.example/v", "Valencia")'],
        ]
    )  # fmt: skip
    data = _saved(book)
    if saved:
        data = _with_values(data, {"C2": "Ana Pérez", "D2": "Valencia"})
    Path("t.xlsx").write_bytes(data)
    done = import_timeline(source="t.xlsx", story="x", content="content", kind="sheet")
    assert (done.story.events[0].figures, done.story.events[0].locations) == (("ana-perez",), ("valencia",))
    assert sorted(done.made) == ["figures/ana-perez.yaml", "locations/valencia.yaml"]
    assert 'name: "Ana Pérez"\n' in Path("content/x/figures/ana-perez.yaml").read_text(encoding="utf-8")
    assert "example" not in Path("content/x/locations/valencia.yaml").read_text(encoding="utf-8")
    # The address was dropped without a word: said at its cell, with where to put it.
    assert [str(r).split(": the link")[0] for r in done.reports if "links" in r.message] == [
        "t.xlsx:2:3: cell C2 links 'Ana Pérez' to https://bio.example/ana",
        "t.xlsx:2:4: cell D2 links 'Valencia' to https://maps.example/v",
    ]


def test_a_link_of_a_who_cell_s_own_is_said_and_its_words_kept(empty: Project) -> None:
    # Insert > Link on a cell of words, which the reader passed over for a column the
    # template has not: the link was lost unsaid.
    book, sheet = _workbook([["Date", "Event", "Who"], ["2024-03-12", "Strike", "Ana Pérez"]])
    sheet["C2"].hyperlink = "https://bio.example/ana"
    Path("t.xlsx").write_bytes(_saved(book))
    done = import_timeline(source="t.xlsx", story="x", content="content", kind="sheet")
    assert done.story.events[0].figures == ("ana-perez",)
    assert [str(r) for r in done.reports if "links" in r.message] == [
        "t.xlsx:2:3: cell C2 links 'Ana Pérez' to https://bio.example/ana: the link is dropped, as a figure's "
        "file has no field for one (its words are the name); write it as a link in figures/ana-perez.yaml's "
        "summary, or, if it is the event's source, put the address in the row's source column"
    ]


def _saved(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_picture_linked_under_other_words_is_read_as_its_address(tmp_path: Path) -> None:
    # A Media cell showing 'AP photo' that links to the picture: the sheet's CSV would
    # hold the words, which no picture is found at.
    book, sheet = _workbook([["Year", "Headline", "Media", "Notes"], [2010, "A", "AP photo", "see the site"]])
    sheet["C2"].hyperlink = "https://example.org/a.jpg"
    sheet["D2"].hyperlink = "https://example.org/"  # not the template's column: its words are kept
    assert workbook_rows(_saved(book), "t.xlsx").rows[1] == [
        "2010",
        "A",
        "https://example.org/a.jpg",
        "see the site",
    ]


def test_a_cell_merged_down_gives_its_value_to_each_row_it_covers() -> None:
    book, sheet = _workbook(
        [["Year", "Headline", "Group"], [2010, "A", "War"], [2011, "B"], [2012, "C"], [2013, "D"]]
    )
    sheet.merge_cells("C2:C4")
    sheet.merge_cells("A4:B4")  # across: the columns to the right stay empty, as the sheet shows them
    rows = workbook_rows(_saved(book), "t.xlsx").rows
    assert [row[2] for row in rows[1:]] == ["War", "War", "War", ""]
    assert rows[3][:2] == ["2012", ""]


def test_a_formula_is_read_as_its_last_worked_out_value(tmp_path: Path) -> None:
    # openpyxl writes a formula with no value; Excel saves the value beside it, added here.
    book, _ = _workbook([["Year", "Headline"], ["=2000+10", "A"]])
    data = _patched(
        _saved(book), "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b"<v />", b"<v>2010</v>")
    )
    assert b"<v>2010</v>" in zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    assert workbook_rows(data, "t.xlsx").rows[1] == ["2010", "A"]


def test_a_workbook_with_no_template_sheet_is_told_as_a_csv_would_be(empty: Project) -> None:
    book, _ = _workbook([["Date", "Title"], ["2010", "A"]])
    Path("t.xlsx").write_bytes(_saved(book))
    with pytest.raises(ContentError) as caught:
        import_timeline(source="t.xlsx", story="x", content="content")
    assert str(caught.value).startswith("t.xlsx:1: not a TimelineJS sheet: its first row should name")


@pytest.mark.parametrize(
    ("number_format", "value", "text"),
    [
        ("dddd, mmmm d, yyyy", datetime.datetime(1969, 7, 20), "Sunday, July 20, 1969"),
        ('d-mmm-yy "at" hh:mm:ss', datetime.datetime(1969, 7, 20, 20, 17, 40), "20-Jul-69 at 20:17:40"),
        ("[$-409]h:mm AM/PM;@", datetime.time(0, 5), "12:05 AM"),
        ("mm:ss", datetime.time(0, 3, 9), "03:09"),
        ("General", datetime.datetime(1969, 7, 20), "1969-07-20T00:00:00"),
        # A number under 1 shown as a date, which openpyxl reads as a time alone: Excel's day 0.
        ("m/d/yyyy", datetime.time(12), "1/0/1900"),
        ("yyyy-mm-dd hh:mm", datetime.time(6, 30), "1900-01-00 06:30"),
        ("dddd d mmm yy", datetime.time(0), "Saturday 0 Jan 00"),
    ],
)
def test_a_date_is_written_as_its_number_format_shows_it(
    number_format: str, value: datetime.datetime | datetime.time, text: str
) -> None:
    assert shown(value, number_format) == text


@pytest.mark.parametrize(
    ("number_format", "language", "value", "text"),
    [
        # As Excel for Windows shows them in German and Ukrainian: CLDR's 'März', 'Juli', 'So.',
        # 'лип.', 'нд' were written where the editor's sheet shows 'Mrz', 'Jul', 'So', 'лип', 'Нд'.
        ("dd-mmm-yy", "de", datetime.date(2010, 3, 20), "20-Mrz-10"),
        ("ddd, d. mmm yyyy", "de", datetime.date(1969, 7, 20), "So, 20. Jul 1969"),
        ("d mmm yyyy", "uk", datetime.date(2010, 4, 18), "18 кві 2010"),
        ("ddd dd.mm.yyyy", "uk", datetime.date(2010, 4, 18), "Нд 18.04.2010"),
        ("[$-422]d mmm yyyy", "en", datetime.date(1969, 7, 20), "20 лип 1969"),
        ("d mmmm yyyy", "de", datetime.date(1969, 7, 20), "20 Juli 1969"),  # whole: CLDR's, as Excel's
    ],
)
def test_a_date_is_shown_with_the_short_names_excel_shows_in_the_sheets_language(
    number_format: str, language: str, value: datetime.date, text: str
) -> None:
    assert shown(value, number_format, language) == text


def test_a_tiny_number_shown_as_a_date_in_the_year_cell_is_quoted_as_the_sheet_shows_it(
    empty: Project,
) -> None:
    # 0.5 in a Year cell shown as 'm/d/yyyy' was quoted as '0//' ('-00-' for 'yyyy-mm-dd'):
    # a time alone, its minutes where the month is. The editor sees '1/0/1900' in Excel.
    book, sheet = _workbook([HEADER, _row(Year=0.5, Headline="Noon"), _row(Year=2001, Headline="A year")])
    sheet["A2"].number_format = "m/d/yyyy"
    Path("t.xlsx").write_bytes(_saved(book))
    done = import_timeline(source="t.xlsx", story="x", content="content")
    assert [str(r) for r in done.reports if r.where.startswith("t.xlsx:2")] == [
        "t.xlsx:2:1: Year '1/0/1900' is not a year, and not a date that reads one way only; write the "
        "year, month and day in the Year, Month and Day columns; row left out"
    ]


def test_a_tiny_number_shown_as_a_date_in_a_workbook_counting_from_1904_is_its_first_day(
    empty: Project,
) -> None:
    # Excel for the Mac counted days from 1904: there, 0.5 shows as '1/1/1904', a date
    # that reads one way only, as the sheet shows it (it was '0//', and the row left out).
    book, sheet = _workbook([HEADER, _row(Year=0.5, Headline="Noon"), _row(Year=2001, Headline="A year")])
    book.epoch = CALENDAR_MAC_1904
    sheet["A2"].number_format = "m/d/yyyy"
    Path("t.xlsx").write_bytes(_saved(book))
    import_timeline(source="t.xlsx", story="x", content="content")
    assert Path("content/x/events/1904-01-01-noon.yaml").is_file()


def _say(tmp_path: Path, name: str, data: bytes) -> str:
    """What importing ``data`` saved as ``name`` says, in a bounded time."""
    source = tmp_path / name
    source.write_bytes(data)
    started = time.perf_counter()
    with pytest.raises(ContentError) as caught:
        read_timeline(str(source), [])
    assert time.perf_counter() - started < 20
    said = str(caught.value)
    assert said.count("\n") == 0 and said.startswith(f"{source}:")
    return said.removeprefix(f"{source}:1:1: ")


def test_a_zip_bomb_is_refused_before_it_is_unzipped(tmp_path: Path) -> None:
    book, _ = _workbook([["Year", "Headline"], [2010, "A"]])
    out = io.BytesIO(_saved(book))
    with (
        zipfile.ZipFile(out, "a", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/padding.bin", "w", force_zip64=True) as padding,
    ):
        for _ in range(120):
            padding.write(b"\0" * 1_000_000)
    assert len(out.getvalue()) < 1_000_000
    tracemalloc.start()
    said = _say(tmp_path, "t.xlsx", out.getvalue())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert said.startswith("this workbook unzips to 120,0")
    assert peak < 50_000_000


@pytest.mark.parametrize("where", ["cell", "merge", "link"])
def test_a_huge_sheet_is_refused_in_bounded_time_and_memory(tmp_path: Path, where: str) -> None:
    # A cell typed at the sheet's last row, or a whole column merged or linked, would have
    # openpyxl make an object of each of a million cells.
    book, sheet = _workbook([["Year", "Headline"], [2010, "A"]])
    if where == "cell":
        sheet["XFD1048576"] = "x"
    elif where == "merge":
        sheet.merge_cells("C1:C2")
    else:
        sheet["C2"].hyperlink = "https://example.org/"
    data = _saved(book)
    if where != "cell":  # made here in the XML: openpyxl would make the million cells writing it
        data = _patched(
            data, "xl/worksheets/sheet1.xml", lambda xml: re.sub(b'ref="(C1:)?C2"', b'ref="C1:C1048576"', xml)
        )
        assert b'ref="C1:C1048576"' in zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    tracemalloc.start()
    said = _say(tmp_path, "t.xlsx", data)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert said.startswith(f"this workbook's sheets span more than {MAX_CELLS:,} cells")
    assert peak < 100_000_000


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        (
            "t.xlsx",
            b"PK\x03\x04\x14\x00\x00\x00\x08\x00\xe6\x9c",
            "this workbook is damaged (its zip holds no workbook Excel can open: cut short in a download?)",
        ),
        (
            "t.xlsx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + b"\0" * 500
            + "EncryptionInfo".encode("utf-16-le")
            + b"\0" * 50,
            "this workbook is locked with a password, which the import cannot open",
        ),
        (
            "t.xls",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "Workbook".encode("utf-16-le"),
            "this is a workbook of Excel 97-2003 (.xls), which the import does not read",
        ),
    ],
)
def test_a_workbook_that_cannot_be_read_is_told_in_one_line(
    tmp_path: Path, name: str, data: bytes, said: str
) -> None:
    assert _say(tmp_path, name, data).startswith(said)


def test_a_workbook_damaged_inside_is_told_in_one_line(tmp_path: Path) -> None:
    # A zip whose workbook part is not XML: openpyxl's own error, said in one line.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "not XML <")
    said = _say(tmp_path, "t.xlsx", out.getvalue())
    assert said.startswith("this workbook cannot be read (")
    assert said.endswith(
        "open it in Excel or Google Sheets and save it again as .xlsx, or save its sheet as CSV "
        "(in Excel, File > Save As > 'CSV UTF-8'; in Google Sheets, File > Download > "
        "'Comma-separated values') and import that"
    )


def test_a_workbook_declaring_xml_entities_is_refused(tmp_path: Path) -> None:
    # The billion laughs: defusedxml refuses an entity before it is expanded.
    book, _ = _workbook([["Year", "Headline"], [2010, "A"]])
    laughs = b'<!DOCTYPE x [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;">]>'
    data = _patched(_saved(book), "xl/worksheets/sheet1.xml", lambda xml: laughs + xml)
    assert _say(tmp_path, "t.xlsx", data).startswith(
        "this workbook cannot be read (its XML declares entities, which a workbook never needs)"
    )


def test_a_cell_with_thousands_of_marks_on_one_letter_is_refused_at_its_cell(tmp_path: Path) -> None:
    # As in a CSV: sorting the marks takes time in the square of their number.
    marks = "\u0301" * 15_000 + "\u0316" * 15_000  # a cell holds 32,767 characters at most
    book, _ = _workbook([["Year", "Headline", "Text"], [2020, "A", "x"], [2021, "B", "y" + marks]])
    source = tmp_path / "t.xlsx"
    source.write_bytes(_saved(book))
    started = time.perf_counter()
    with pytest.raises(ContentError) as caught:
        read_timeline(str(source), [])
    assert time.perf_counter() - started < 5
    assert str(caught.value).startswith(f"{source}:3:3: a text holds 30,000 accents or other combining marks")


def test_a_title_above_the_header_keeps_the_rows_numbered_as_the_sheet_numbers_them(empty: Project) -> None:
    # A newsroom's title row and a blank one above the template's header: a report on a
    # cell names its row in the sheet, not its row counted from the header.
    book, _ = _workbook(
        [["Our timeline of the strike"], [], ["Year", "Headline", "Notes"], [2010, "A"], ["soon", "B"]]
    )
    Path("t.xlsx").write_bytes(_saved(book))
    reports = import_timeline(source="t.xlsx", story="x", content="content").reports
    said = [f"{report.where}: {report.message}" for report in reports]
    assert "t.xlsx:3:3: column 'Notes' is not one of the template's; left out" in said
    assert any(line.startswith("t.xlsx:5:1: ") and "row left out" in line for line in said), said


def test_a_row_of_its_own_height_far_below_is_no_cell(tmp_path: Path) -> None:
    # Excel writes a row given a height or a style even when it holds no cell; openpyxl
    # makes no cell of it, and the workbook is read.
    book, sheet = _workbook([["Year", "Headline"], [2010, "A"]])
    sheet.row_dimensions[1_048_576].height = 30
    data = _saved(book)
    assert b'r="1048576"' in zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    assert workbook_rows(data, "t.xlsx").rows == [["Year", "Headline"], ["2010", "A"]]


def test_an_excel_binary_workbook_is_told_to_be_saved_as_xlsx(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
    assert _say(tmp_path, "t.xlsb", out.getvalue()).startswith(
        "this is an Excel binary workbook (.xlsb), which the import does not read; save its sheet as CSV (in "
        "Excel, File > Save As > 'CSV UTF-8', or 'Excel Workbook (.xlsx)', which the import reads) and import it"
    )


def test_a_workbook_of_millions_of_xml_elements_is_refused_before_openpyxl_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Texts no cell uses, a few hundred kilobytes zipped: openpyxl took two minutes and
    # 600 MB to read 5.8 million of them. Counted with a budget made smaller here, so the
    # test is quick; a sheet of the template's every column stays well within it.
    monkeypatch.setattr(workbook, "MAX_ELEMENTS", 50_000)
    book, _ = _workbook([HEADER, *[[_csv_value(cell) for cell in row] for row in _TABLE * 100]])
    assert workbook_rows(_saved(book), "t.xlsx").rows[2][9] == "Eagle lands"
    texts = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + b"<si><t>a</t></si>" * 3_000_000
        + b"</sst>"
    )
    out = io.BytesIO(_saved(book))  # openpyxl writes its texts in the cells, so the part is new
    with zipfile.ZipFile(out, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", texts)
    started = time.perf_counter()
    said = _say(tmp_path, "t.xlsx", out.getvalue())
    assert time.perf_counter() - started < 5
    assert said.startswith(
        "this workbook's XML holds more than 50,000 elements, more than a timeline needs; save"
    )


def test_a_workbook_is_not_read_when_openpyxl_is_set_not_to_guard_its_xml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # OPENPYXL_DEFUSEDXML=False in the environment has openpyxl parse without defusedxml.
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    book, _ = _workbook([["Year", "Headline"], [2010, "A"]])
    assert _say(tmp_path, "t.xlsx", _saved(book)).startswith(
        "openpyxl is set not to guard its XML (OPENPYXL_DEFUSEDXML is not True), and a workbook is not read"
    )


@pytest.mark.parametrize(
    ("column", "value", "number_format", "text"),
    [
        ("Year", datetime.datetime(2021, 3, 4), "d/m/yyyy", "2021-03-04"),
        ("Year", datetime.datetime(2021, 3, 4, 9, 30), "d/m/yyyy h:mm", "2021-03-04 09:30"),
        ("Year", datetime.datetime(2021, 3, 4, 9, 30), "yyyy-mm-dd", "2021-03-04"),
        ("End Year", datetime.datetime(2021, 3, 1), "mmm yyyy", "2021-03"),
        ("Year", datetime.datetime(2021, 1, 1), "yyyy", "2021"),
        ("Month", datetime.datetime(2021, 3, 1), "mmm-yy", "3"),
        ("End Day", datetime.datetime(2021, 3, 4), "d-mmm", "4"),
        ("Time", datetime.time(21, 5), "h:mm AM/PM", "21:05"),
        ("End Time", datetime.time(21, 5, 7), "h:mm:ss", "21:05:07"),
        ("Time", datetime.datetime(2021, 3, 4, 6, 0), "m/d/yyyy h:mm", "06:00"),
        ("Display Date", datetime.datetime(2021, 3, 4), "d/m/yyyy", "4/3/2021"),  # text: as shown
        # A format's letters in capitals, as Excel and Google Sheets take them too: the
        # cell read as no part shown, the month's date as a day, the text as ISO 8601.
        ("End Year", datetime.datetime(2021, 3, 1), "MMM YYYY", "2021-03"),
        ("Display Date", datetime.datetime(2021, 3, 4), "DD/MM/YYYY", "04/03/2021"),
    ],
)
def test_a_date_typed_in_a_dates_column_is_read_as_the_date_it_is(
    column: str, value: datetime.datetime | datetime.time, number_format: str, text: str
) -> None:
    # As its cell shows it, 4/3/2021 could be 4 March or 3 April, and the import refused it.
    book, sheet = _workbook([["Headline", "Year", column], ["A", 2021, None]])
    sheet["C2"] = value
    sheet["C2"].number_format = number_format
    assert workbook_rows(_saved(book), "t.xlsx").rows[1][2] == text


def test_a_date_shown_day_first_imports_as_its_day(empty: Project) -> None:
    book, sheet = _workbook([["Year", "Headline"], [datetime.datetime(2021, 3, 4), "Dockers walk out"]])
    sheet["A2"].number_format = "d/m/yyyy"
    Path("t.xlsx").write_bytes(_saved(book))
    done = import_timeline(source="t.xlsx", story="x", content="content")
    assert [(e.date.year, e.date.month, e.date.day, e.title) for e in done.story.events] == [
        (2021, 3, 4, "Dockers walk out")
    ]
    assert not any(report.skipped or "could be" in report.message for report in done.reports)


def test_a_formula_with_no_value_saved_is_said_at_its_cell(empty: Project) -> None:
    # openpyxl (as LibreOffice converting without recalculating) saves a formula with no
    # value worked out: the cell reads as empty, and the editor is told which and why.
    book, _ = _workbook(
        [["Our strike"], ["Year", "Headline", "Text"], [2010, "=B4", "=C4"], [2011, "B", '=IF(1,"","x")']]
    )
    book.active.title = "Timeline"  # type: ignore[union-attr]
    # Excel saves a formula's empty result as an empty text: a value saved, said of no cell.
    data = _patched(
        _saved(book),
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(
            b'<c r="C4"><f>IF(1,"","x")</f><v /></c>', b'<c r="C4" t="str"><f>IF(1,"","x")</f><v></v></c>'
        ),
    )
    assert b't="str"' in zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    Path("t.xlsx").write_bytes(data)
    said = [str(report) for report in import_timeline(source="t.xlsx", story="x", content="content").reports]
    assert (
        "t.xlsx:3:2: cells B3, C3 of sheet 'Timeline' hold formulas (=B4) with no value saved, as a program "
        "that does not work formulas out writes them, and read as empty; open the workbook in Excel or Google "
        "Sheets and save it again (which works them out), or save its sheet as CSV"
    ) in "\n".join(said)
    assert not any("C4" in line for line in said)


@pytest.mark.parametrize("first", ['"unclosed', "B3)", "#REF"])
def test_a_shared_formula_that_does_not_read_is_kept_as_written(first: str) -> None:
    # A cell sharing another's formula has it moved to its own cells; one that openpyxl's
    # tokenizer cannot read (a file made by hand, or damaged) stopped the import with a
    # TokenizerError's or an IndexError's traceback.
    book, _ = _workbook([["Year", "Headline"], [2010, "=B3"], [2011, "=B4"]])
    data = _patched(
        _saved(book),
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(
            b"<f>B3</f>", f'<f t="shared" ref="B2:B3" si="0">{escape(first)}</f>'.encode()
        ).replace(b"<f>B4</f>", b'<f t="shared" si="0"/>'),
    )
    assert b'si="0"/>' in zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    said = "\n".join(str(report) for report in workbook_rows(data, "t.xlsx").reports)
    assert "cells B2, B3 of sheet" in said and f"(={first})" in said


def test_a_formula_with_its_value_saved_is_not_said(tmp_path: Path) -> None:
    book, _ = _workbook([["Year", "Headline"], ["=2000+10", "A"]])
    data = _patched(
        _saved(book), "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b"<v />", b"<v>2010</v>")
    )
    assert workbook_rows(data, "t.xlsx").reports == ()


def _with_values(data: bytes, values: dict[str, str]) -> bytes:
    """The workbook ``data`` with each formula cell of ``values`` holding that value saved
    as text, as Excel and Google Sheets save what a formula gave."""

    def saved(xml: bytes) -> bytes:
        for cell, value in values.items():
            xml, count = re.subn(
                rf'<c r="{cell}"><f>(.*?)</f><v ?/></c>'.encode(),
                rf'<c r="{cell}" t="str"><f>\1</f><v>{value}</v></c>'.encode(),
                xml,
            )
            assert count == 1, cell
        return xml

    return _patched(data, "xl/worksheets/sheet1.xml", saved)


def test_a_hyperlink_formula_gives_a_pictures_address_and_a_texts_link(empty: Project) -> None:
    # The sheet's CSV (what TimelineJS reads) holds the words alone: no picture is found at
    # 'AP photo', and the Text's link was lost. A picture's column takes the address; a
    # text's, the link, kept where pages carry links and said where they do not.
    link = '=HYPERLINK("https://example.org/{0}", "{1}")'
    book, _ = _workbook(
        [
            ["Year", "Headline", "Text", "Media", "Media Thumbnail", "Media Caption", "Background"],
            [
                2010,
                link.format("story", "Strike ends"),
                link.format("report?a=1&b=2", "the union's report"),
                link.format("a.jpg", "AP photo"),
                link.format("a-small.jpg", "small"),
                '=HYPERLINK("https://example.org/", B3)',
                link.format("b.jpg", "backdrop"),
            ],
            [2011, "Talks", "x", None, None, None, None],
        ]
    )
    data = _with_values(_saved(book), {"B2": "Strike ends", "C2": "the union's report", "F2": "Talks"})
    rows = workbook_rows(data, "t.xlsx")
    assert rows.rows[1] == [
        "2010",
        '<a href="https://example.org/story">Strike ends</a>',
        '<a href="https://example.org/report?a=1&amp;b=2">the union\'s report</a>',
        "https://example.org/a.jpg",
        "https://example.org/a-small.jpg",
        '<a href="https://example.org/">Talks</a>',
        "https://example.org/b.jpg",
    ]
    assert rows.reports == ()  # the formulas whose words are written out need no value saved
    Path("t.xlsx").write_bytes(data)
    done = import_timeline(source="t.xlsx", story="x", content="content", keep_remote_pictures=True)
    event = done.story.events[0]
    assert event.title == "Strike ends"
    assert event.summary == "[the union's report](https://example.org/report?a=1&b=2)"
    assert event.image is not None and event.image.src == "https://example.org/a.jpg"
    said = "\n".join(str(report) for report in done.reports)
    assert "the link to 'https://example.org/story' in the Headline" in said


def test_a_hyperlink_formulas_words_with_markup_are_read_as_another_cells(empty: Project) -> None:
    # A cell's words are HTML to TimelineJS, and read as such in every other cell; under a
    # HYPERLINK formula they were escaped, and the event read '[&lt;b>Bold&lt;/b> text](...)'.
    book, _ = _workbook(
        [
            ["Year", "Headline", "Text", "Media", "Media Caption"],
            [
                2010,
                "Strike ends",
                '=HYPERLINK("https://example.org/r", "<b>Bold</b> text")',
                "https://example.org/a.jpg",
                '=HYPERLINK("https://example.org/c", "<i>Pickets</i> & more")',
            ],
            [
                2011,
                "Talks",
                '=HYPERLINK("https://example.org/t", "see <a href=""https://x.example/"">x</a>")',
                None,
                None,
            ],
        ]
    )
    data = _saved(book)
    assert [row[2] for row in workbook_rows(data, "t.xlsx").rows[1:]] == [
        '<a href="https://example.org/r"><b>Bold</b> text</a>',
        'see <a href="https://x.example/">x</a>',  # a link of its own: no link round it
    ]
    Path("t.xlsx").write_bytes(data)
    done = import_timeline(source="t.xlsx", story="x", content="content", keep_remote_pictures=True)
    first, second = done.story.events
    assert first.summary == "[**Bold** text](https://example.org/r)"
    assert first.image is not None and first.image.caption == "[*Pickets* & more](https://example.org/c)"
    assert second.summary == "see [x](https://x.example/)"


def test_a_texts_cell_linked_with_insert_link_gives_its_link_as_a_hyperlink_formula_does(
    empty: Project,
) -> None:
    # Insert > Link on a Headline or a caption gave its words alone, where a HYPERLINK
    # formula in the same cell gave its link: kept in a caption (and a Text), said in a
    # Headline, whose pages carry no link. A cell with markup of its own keeps its words.
    book, sheet = _workbook(
        [
            ["Year", "Headline", "Text", "Media", "Media Caption"],
            [2010, "Strike ends", "Talks & votes", "https://example.org/a.jpg", "Pickets at the gate"],
            [2011, "Talks", "<b>Back</b> to work", None, None],
        ]
    )
    sheet["B2"].hyperlink = "https://example.org/story"
    sheet["C2"].hyperlink = "https://example.org/report"
    sheet["E2"].hyperlink = "https://example.org/pickets"
    sheet["C3"].hyperlink = "https://example.org/back"
    data = _saved(book)
    assert workbook_rows(data, "t.xlsx").rows[1:] == [
        [
            "2010",
            '<a href="https://example.org/story">Strike ends</a>',
            '<a href="https://example.org/report">Talks &amp; votes</a>',
            "https://example.org/a.jpg",
            '<a href="https://example.org/pickets">Pickets at the gate</a>',
        ],
        ["2011", "Talks", "<b>Back</b> to work", "", ""],
    ]
    Path("t.xlsx").write_bytes(data)
    done = import_timeline(source="t.xlsx", story="x", content="content", keep_remote_pictures=True)
    event = done.story.events[0]
    assert event.title == "Strike ends"
    assert (
        event.image is not None
        and event.image.caption == "[Pickets at the gate](https://example.org/pickets)"
    )
    said = "\n".join(str(report) for report in done.reports)
    assert "the link to 'https://example.org/story' in the Headline" in said


def test_a_hyperlink_formula_whose_address_is_worked_out_is_said_at_its_cell() -> None:
    # A formula is never run: a link whose address is another cell's, or joined, was read
    # as the words saved for it (a Media cell's as its address), and nothing was said.
    book, sheet = _workbook(
        [
            ["Year", "Headline", "Text", "Media", "Notes"],
            [
                2010,
                "A",
                '=HYPERLINK(E2,"the report")',
                '=HYPERLINK("https://example.org/"&E2,"AP photo")',
                "r",
            ],
            [2011, "B", '=HYPERLINK("https://example.org/", "written out")', None, '=HYPERLINK(A2,"x")'],
        ]
    )
    sheet.title = "Timeline"
    values = {"C2": "the report", "D2": "AP photo", "C3": "written out", "E3": "x"}
    rows = workbook_rows(_with_values(_saved(book), values), "t.xlsx")
    assert rows.rows[1][2:4] == ["the report", "AP photo"]
    assert [str(report) for report in rows.reports] == [
        "t.xlsx:2:3: cells C2, D2 of sheet 'Timeline' hold links whose address a formula works out "
        '(=HYPERLINK(E2,"the report")), which is not read (a formula is never run): the words the cell '
        "shows are read without it, and a picture's column takes them for its address; write the address "
        'itself in the cell, or in its formula in quotes (=HYPERLINK("https://...", "words"))'
    ]


def _strict_workbook() -> bytes:
    """A workbook as Excel saves one as 'Strict Open XML Spreadsheet' (ISO/IEC 29500
    Strict): the parts of any workbook, in the Strict namespaces."""
    main = "http://purl.oclc.org/ooxml/spreadsheetml/main"
    relationships = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    package = "http://schemas.openxmlformats.org/package/2006"
    cells = "".join(
        f'<row r="{r}">'
        + "".join(
            f'<c r="{c}{r}" t="inlineStr"><is><t>{text}</t></is></c>'
            for c, text in zip("AB", row, strict=True)
        )
        + "</row>"
        for r, row in enumerate([("Year", "Headline"), ("2010", "A")], start=1)
    )
    parts = {
        "[Content_Types].xml": f'<Types xmlns="{package}/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{package}/relationships"><Relationship Id="rId1" '
        f'Type="{relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{main}" xmlns:r="{relationships}" conformance="strict">'
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{package}/relationships"><Relationship '
        f'Id="rId1" Type="{relationships}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main}"><sheetData>{cells}</sheetData></worksheet>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, xml in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml)
    return out.getvalue()


def test_a_strict_open_xml_workbook_is_told_how_to_be_saved(tmp_path: Path) -> None:
    # openpyxl knows the transitional namespaces only: it found no sheet here, and the
    # import said the workbook had none.
    assert _say(tmp_path, "t.xlsx", _strict_workbook()) == (
        "this workbook is saved as 'Strict Open XML Spreadsheet', which the import does not read; in Excel, "
        "File > Save As > 'Excel Workbook (.xlsx)', or save its sheet as CSV ('CSV UTF-8'), and import that"
    )


@pytest.mark.parametrize(
    ("number_format", "language", "text"),
    [
        ("d mmmm yyyy", "fr", "20 juillet 1969"),
        ("dddd d mmmm yyyy", "ru", "воскресенье 20 июля 1969"),  # a month with its day takes its case
        ("mmmm yyyy", "ru", "июль 1969"),
        ("d mmm yyyy", "de", "20 Jul 1969"),  # as German Excel shows it (EXCEL_SHORT_NAMES)
        ("[$-40C]d mmm yyyy", "en", "20 juil. 1969"),  # the format's own language: French
        ("[$-409]dddd, mmmm d, yyyy", "fr", "Sunday, July 20, 1969"),  # English, as Excel spells it
        ("d mmm yyyy", "en", "20 Jul 1969"),
        ("d/m/yyyy", "fr", "20/7/1969"),  # no names: as it was
    ],
)
def test_a_dates_names_are_those_of_the_stories_language_or_its_formats(
    number_format: str, language: str, text: str
) -> None:
    # A newsroom's Excel or Google Sheets shows a month's name in its own language, and
    # its CSV holds it so; the workbook's cell was read in English ('20 July 1969').
    book, sheet = _workbook([["Year", "Headline", "Display Date"], [1969, "A", None]])
    sheet["C2"] = datetime.datetime(1969, 7, 20)
    sheet["C2"].number_format = number_format
    assert workbook_rows(_saved(book), "t.xlsx", language).rows[1][2] == text


def test_a_french_storys_display_date_from_a_date_cell_is_in_french(empty: Project) -> None:
    book, sheet = _workbook(
        [["Year", "Month", "Day", "Headline", "Display Date"], [1969, 7, 20, "Premiers pas", None]]
    )
    sheet["E2"] = datetime.datetime(1969, 7, 1)
    sheet["E2"].number_format = "mmmm yyyy"
    Path("t.xlsx").write_bytes(_saved(book))
    done = import_timeline(source="t.xlsx", story="x", content="content", language="fr")
    assert [event.display_date for event in done.story.events] == ["juillet 1969"]


def test_a_number_shown_as_a_date_that_no_date_is_is_said_at_its_cell(
    recwarn: pytest.WarningsRecorder,
) -> None:
    # A Year cell formatted as a date holding 99999999999 (past 31 December 9999):
    # openpyxl printed its own warning, a path into its code, to the editor's terminal, and
    # the cell was said to hold 'the sheet's mark of a formula that failed'; there is none.
    book, sheet = _workbook(
        [["Year", "Headline"], [40000, "Far"], [2010, "Fine"], ["=1/0", "Formula"], ["#VALUE!", "Words"]]
    )
    sheet["A2"].number_format = "m/d/yyyy"

    def far_and_failed(xml: bytes) -> bytes:  # a formula's error saved as Excel saves it
        xml = xml.replace(b"<v>40000</v>", b"<v>99999999999</v>")
        return re.sub(
            rb'<c r="A4"><f>1/0</f><v ?/></c>', b'<c r="A4" t="e"><f>1/0</f><v>#VALUE!</v></c>', xml
        )

    read = workbook_rows(_patched(_saved(book), "xl/worksheets/sheet1.xml", far_and_failed), "t.xlsx")
    assert [str(w.message) for w in recwarn] == []
    assert [row[0] for row in read.rows] == ["Year", "", "2010", "#VALUE!", "#VALUE!"]
    assert [str(r) for r in read.reports] == [
        "t.xlsx:2:1: cell A2 of sheet 'Sheet' holds a number formatted as a date that no date is (a sheet's "
        "dates end on 31 December 9999), and is read as empty; type the date in it"
    ]


def test_a_workbook_of_thousands_of_parts_is_refused_before_each_is_read(tmp_path: Path) -> None:
    # 100,000 parts of one element each (10 MB, within the import's 50 MB and its element
    # budget) took 40 s to count and read; 50 MB of them, minutes.
    book, _ = _workbook([["Year", "Headline"], [2010, "A"]])
    out = io.BytesIO(_saved(book))
    with zipfile.ZipFile(out, "a") as archive:
        for n in range(workbook.MAX_PARTS):
            archive.writestr(f"xl/n{n}.xml", b"<a/>")
    started = time.perf_counter()
    said = _say(tmp_path, "t.xlsx", out.getvalue())
    assert time.perf_counter() - started < 2
    assert said.startswith(
        f"this workbook holds {workbook.MAX_PARTS + 9:,} parts, more than the {workbook.MAX_PARTS:,} the import "
        "reads (a workbook of a timeline holds a few dozen, and one for each picture in it); save its sheet as CSV"
    )


def test_a_tiny_number_shown_as_a_whole_date_in_the_year_cell_is_said_at_that_cell(empty: Project) -> None:
    # 0.5 shown as 'yyyy-mm-dd' reads '1900-01-00', its day 0: what is wrong is in the
    # Year cell (A), not in the Day column (C), which the row leaves empty.
    book, sheet = _workbook([HEADER, _row(Year=0.5, Headline="Noon"), _row(Year=2001, Headline="A year")])
    sheet["A2"].number_format = "yyyy-mm-dd"
    Path("t.xlsx").write_bytes(_saved(book))
    done = import_timeline(source="t.xlsx", story="x", content="content")
    said = [str(r) for r in done.reports if r.where.startswith("t.xlsx:2")]
    assert len(said) == 1
    assert said[0].startswith("t.xlsx:2:1: Year '1900-01-00' ")
    assert said[0].endswith("; row left out")
