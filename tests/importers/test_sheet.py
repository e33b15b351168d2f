"""Reading the CSV of TimelineJS's spreadsheet template, as sheets save it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import ContentError
from generator.importers.sheet import read_sheet
from generator.importers.slides import Report
from tests.conftest import time_limit

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "timelinejs"
HEADER = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            "10/11/2010,,,,,,,,,H,T",
            "t.csv:2:1: Year '10/11/2010' is not a year, and not a date that reads one way only (it could be 2010-11-10, day first, or 2010-10-11, month first); write the year, month and day in the Year, Month and Day columns; row left out",
        ),
        (
            "2010,Spring,,,,,,,,H,T",
            "t.csv:2:2: Month 'Spring' is not a month (1 to 12, or its name); row left out",
        ),
        ("2010,4,1st,,,,,,,H,T", "t.csv:2:3: Day '1st' is not a day of the month; row left out"),
        (
            "2010,4,1,24:00,,,,,,H,T",
            "t.csv:2:4: Time '24:00' is not a time such as 23:00 or 11:00 PM; row left out",
        ),
        (
            "2010,4,1,noon,,,,,,H,T",
            "t.csv:2:4: Time 'noon' is not a time such as 23:00 or 11:00 PM; row left out",
        ),
        (  # the content's date suggestions read a time after a T; a sheet's Year cell never
            "2010-04-19T12:00,,,,,,,,,H,T",
            "t.csv:2:1: Year '2010-04-19T12:00' is not a year, and not a date that reads one way only; "
            "write the year, month and day in the Year, Month and Day columns; row left out",
        ),
        (
            "2010,x,,,,,,,,H,T,,,,,slide",
            "t.csv:2:2: Month 'x' is not a month (1 to 12, or its name); row left out",
        ),
        # Digits str.isdigit takes and int() does not, and more than int() reads: reported, no crash
        ("2010,²,,,,,,,,H,T", "t.csv:2:2: Month '²' is not a month (1 to 12, or its name); row left out"),
        ("2010,4,²,,,,,,,H,T", "t.csv:2:3: Day '²' is not a day of the month; row left out"),
        (
            "2010,4,1" + "1" * 5000 + ",,,,,,,H,T",
            f"t.csv:2:3: Day '{'1' * 39}…' is not a day of the month; row left out",
        ),
        (
            "9" * 5000 + ",,,,,,,,,H,T",
            f"t.csv:2:1: Year '{'9' * 39}…' is not a year, and not a date that reads one way only; "
            "write the year, month and day in the Year, Month and Day columns; row left out",
        ),
        # A date cell shown as a number is saved as the days a spreadsheet counts from
        # 1899-12-30: said as the date it is, not as a year out of range.
        (
            "45000,,,,,,,,,H,T",
            "t.csv:2:1: Year '45000' is a date as a spreadsheet counts it, in days (2023-03-15), not a "
            "year; format the cell as a date in the sheet, or write 2023, 3 and 15 in the Year, Month "
            "and Day columns; row left out",
        ),
        (
            '"45000,65",,,,,,,,,H,T',
            "t.csv:2:1: Year '45000,65' is a date as a spreadsheet counts it, in days (2023-03-15 15:36), "
            "not a year; format the cell as a date in the sheet, or write 2023, 3, 15 and 15:36 in the "
            "Year, Month, Day and Time columns; row left out",
        ),
        # A year in two digits could be of either century: said as such, not as a date
        # that reads more than one way (Excel's 'd-mmm-yy' and 'mmm-yy', and 'm/d/yy').
        *(
            (
                f"{cell},,,,,,,,,H,T",
                f"t.csv:2:1: Year '{cell}' gives its year in two digits, which could be 1921 or 2021; show "
                "the column's dates with the whole year in the sheet, or write the year, month and day in "
                "the Year, Month and Day columns; row left out",
            )
            for cell in ("23-Mar-21", "Mar-21", "3/23/21", "23.03.21")
        ),
    ],
)
def test_cells_that_cannot_be_read_are_reported_with_their_row_and_column(row: str, message: str) -> None:
    reports: list[Report] = []
    timeline = read_sheet(f"{HEADER}\n\n{row}\n".replace("\n\n", "\n", 1), "t.csv", reports)
    assert [str(r) for r in reports] == [message]
    assert all(r.skipped for r in reports)
    assert timeline.events == ()


LONG = 60_000
"""A hostile cell's length: quoted whole, it made a message of 60 KB on one line."""


@pytest.mark.parametrize(
    ("header", "row", "where", "fill"),
    [
        ("", "{long},,,,,,,,,H,T", "2:1", "9"),  # not a year, nor a date
        ("", "{long},4,,,,,,,,H,T", "2:1", "x"),  # not a year, with a month
        ("", "23-{long}-21,,,,,,,,,H,T", "2:1", "a"),  # a year in two digits
        ("", "45000.{long},,,,,,,,,H,T", "2:1", "5"),  # a count of days
        ("", "2010,{long},,,,,,,,H,T", "2:2", "m"),
        ("", "2010,4,{long},,,,,,,H,T", "2:3", "1"),
        ("", "2010,4,7,{long},,,,,,H,T", "2:4", "1"),  # not a time
        ("", "2010,,,,,,,,,H,T,,,,,{long}", "2:16", "t"),  # a Type of its own
        (",{long}", "2010,,,,,,,,,H,T", "1:19", "h"),  # a header not the template's
        (",", "2010,,,,,,,,,H,T,,,,,,,,{long}", "2:19", "n"),  # under no header
        (",Headline", "2010,,,,,,,,,H,T,,,,,,,,{long}", "2:19", "d"),  # a column given twice
    ],
)
def test_a_long_cell_is_quoted_cut_short_where_it_is(header: str, row: str, where: str, fill: str) -> None:
    # Each message quoting a cell quotes at most 40 characters of it, the last an
    # ellipsis, and still says the cell's row and column.
    reports: list[Report] = []
    read_sheet(f"{HEADER}{header}\n{row}\n".format(long=fill * LONG), "t.csv", reports)
    said = [str(r) for r in reports]
    assert len(said) == 1, [m[:300] for m in said]
    assert said[0].startswith(f"t.csv:{where}: "), said[0][:300]
    assert len(said[0]) < 500, said[0][:300]
    assert fill * 30 in said[0] and "…'" in said[0], said[0]


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ("2010{spaces}x,,,,,,,,,H,T", "1"),  # a date typed whole into the Year cell, a time after it
        ("2010,4,7,1{spaces}x,,,,,,H,T", "4"),  # a time and the half of the day after it
    ],
)
def test_a_cell_of_a_long_run_of_spaces_is_reported_at_once(row: str, column: str) -> None:
    # The patterns of a time, and of 'AM' or 'PM', at a cell's end were tried from each
    # space of the run: 60,000 spaces took a minute to import.
    reports: list[Report] = []
    with time_limit(5):
        timeline = read_sheet(f"{HEADER}\n{row.format(spaces=' ' * 60_000)}\n", "t.csv", reports)
    assert [str(r).startswith(f"t.csv:2:{column}: ") and r.skipped for r in reports] == [True]
    assert timeline.events == ()


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            "2010,,,,,5,,,,H,T",
            "t.csv:2: the end date has no End Year; write its year, month and day too; imported without its end date",
        ),
        (
            "2010,4,1,,,,,23:00,,H,T",
            "t.csv:2: the end date has no End Year; write its year, month and day too; imported without its end date",
        ),
        (
            "2010,4,1,,2010,Spring,,,,H,T",
            "t.csv:2:6: End Month 'Spring' is not a month (1 to 12, or its name); imported without its end date",
        ),
        (
            "2010,4,1,,2010,4,2,noon,,H,T",
            "t.csv:2:8: End Time 'noon' is not a time such as 23:00 or 11:00 PM; imported without its end date",
        ),
        (
            "2010,4,1,,45000.5,,,,,H,T",
            "t.csv:2:5: End Year '45000.5' is a date as a spreadsheet counts it, in days (2023-03-15 "
            "12:00), not a year; format the cell as a date in the sheet, or write 2023, 3, 15 and 12:00 "
            "in the End Year, End Month, End Day and End Time columns; imported without its end date",
        ),
    ],
)
def test_an_end_date_that_cannot_be_read_is_left_out_not_the_row(row: str, message: str) -> None:
    reports: list[Report] = []
    timeline = read_sheet(f"{HEADER}\n{row}\n", "t.csv", reports)
    assert [str(r) for r in reports] == [message]
    assert not any(r.skipped for r in reports)
    [slide] = timeline.events
    assert slide.get("start_date")["year"] == "2010" and slide.get("end_date") is None


def test_a_row_of_another_type_is_an_event_as_timelinejs_shows_it() -> None:
    reports: list[Report] = []
    timeline = read_sheet(f"{HEADER}\n2010,,,,,,,,,H,T,,,,,Event\n2011,,,,,,,,,I,U\n", "t.csv", reports)
    assert [str(r) for r in reports] == ["t.csv:2:16: Type 'Event' is not title or era; imported as an event"]
    assert not any(r.skipped for r in reports)
    assert [s.get("text", "headline") for s in timeline.events] == ["H", "I"]


def test_rows_are_numbered_as_the_sheet_numbers_them() -> None:
    # A cell spanning lines and a blank row do not shift the numbers.
    text = f'{HEADER}\n2010,,,,,,,,,A,"two\nlines"\n\n2010,May,x,,,,,,,B,T\n2011,,,,,,,,,C,T\n'
    reports: list[Report] = []
    timeline = read_sheet(text, "t.csv", reports)
    assert [s.where for s in timeline.events] == ["t.csv:2", "t.csv:5"]
    assert [str(r) for r in reports] == ["t.csv:4:3: Day 'x' is not a day of the month; row left out"]


def test_title_era_and_extra_rows() -> None:
    text = (f"{HEADER},Notes\n,,,,,,,,,The title,Intro,,,,,Title\n2000,,,,2005,,,,,An era,,,,,,era\n"
            "2002,,,,,,,,,Second title,Text,,,,,title\n2001,,,,,,,,,Event,Text,,,,,,Group A,#fff,note\n")  # fmt: skip
    reports: list[Report] = []
    timeline = read_sheet(text, "t.csv", reports)
    assert timeline.title is not None and timeline.title.get("text", "headline") == "The title"
    assert [e.get("text", "headline") for e in timeline.eras] == ["An era"]
    assert [e.get("text", "headline") for e in timeline.events] == ["Second title", "Event"]
    assert timeline.events[1].get("group") == "Group A"
    assert [str(r) for r in reports] == [
        "t.csv:1:19: column 'Notes' is not one of the template's; left out",
        "t.csv:4:16: a second title row; imported as an event, as TimelineJS shows it",
    ]


def test_a_title_row_whose_date_cannot_be_read_is_read_without_it() -> None:
    # The whole row was left out, and the story lost its title and summary for a date it
    # never shows. A second title row (an event to TimelineJS) is left out as before.
    text = f"{HEADER}\n2010,Apirl,,,,,,,,The title,Intro,,,,,title\n2001,,,,,,,,,Event,T\n"
    reports: list[Report] = []
    timeline = read_sheet(text, "t.csv", reports)
    assert timeline.title is not None
    assert (timeline.title.get("text", "headline"), timeline.title.get("text", "text")) == (
        "The title",
        "Intro",
    )
    assert timeline.title.get("start_date") is None
    assert [e.get("text", "headline") for e in timeline.events] == ["Event"]
    assert [str(r) for r in reports] == [
        "t.csv:2:2: Month 'Apirl' is not a month (1 to 12, or its name); the title row is read without it"
    ]
    assert not reports[0].skipped


def test_a_second_title_row_without_a_date_is_said_to_be_left_out_once() -> None:
    # It was said to be "imported as an event" and then, on the same row, to be left out
    # for want of a start date: two lines, the first untrue.
    text = (
        f"{HEADER}\n,,,,,,,,,The title,Intro,,,,,title\n,,,,,,,,,Again,Text,,,,,title\n2001,,,,,,,,,Event,T\n"
    )
    reports: list[Report] = []
    timeline = read_sheet(text, "t.csv", reports)
    assert [e.get("text", "headline") for e in timeline.events] == ["Event"]
    assert [str(r) for r in reports] == [
        "t.csv:3:16: a second title row with no start date (Year): TimelineJS shows it as an event, "
        "which needs one; row left out"
    ]
    assert reports[0].skipped  # counted among the rows left out (exit 1)


def test_headers_match_as_timelinejs_matches_them() -> None:
    text = "headline;YEAR;end  year;Tag\nX;2001;2002;Old name for Group\n"
    timeline = read_sheet(text, "t.csv", [])
    slide = timeline.events[0]
    assert slide.get("start_date") == {"year": "2001"}
    assert slide.get("end_date") == {"year": "2002"}
    assert slide.get("group") == "Old name for Group"


def test_the_first_versions_template_is_read_as_timelinejs3_reads_it() -> None:
    # Start Date and End Date hold whole dates; Tag is the group.
    header = "Start Date,End Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Tag"
    rows = [
        "2010,,The year,x,,,,,,",
        "2010-04-07,2010-04-08,Two days,x,,,,,,Unrest",
        "4/19/2010,,A day written the American way,x,,,,,,",
        "2009-12-25 14:30,,At a time,x,,,,,,",
        "4/7/2010,,Month first as TimelineJS reads it,x,,,,,,",
    ]
    reports: list[Report] = []
    timeline = read_sheet("\n".join([header, *rows]) + "\n", "t.csv", reports)
    assert reports == []
    assert [(s.get("start_date"), s.get("end_date")) for s in timeline.events] == [
        ({"year": "2010"}, None),
        ({"year": "2010", "month": "4", "day": "7"}, {"year": "2010", "month": "4", "day": "8"}),
        ({"year": "2010", "month": "4", "day": "19"}, None),
        ({"year": "2009", "month": "12", "day": "25", "hour": "14", "minute": "30"}, None),
        ({"year": "2010", "month": "4", "day": "7"}, None),  # 7 April, not 4 July
    ]
    assert timeline.events[1].get("group") == "Unrest"


def test_the_first_versions_template_reports_a_year_in_two_digits() -> None:
    # Read month first, '3/23/21' was imported as 23 March of the year 21, without a word.
    header = "Start Date,End Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Tag"
    reports: list[Report] = []
    timeline = read_sheet(f"{header}\n3/23/21,,A day,x,,,,,,\n4/7/2010,,Another,x,,,,,,\n", "t.csv", reports)
    assert [s.get("start_date") for s in timeline.events] == [{"year": "2010", "month": "4", "day": "7"}]
    assert [(r.where, r.skipped) for r in reports] == [("t.csv:2:1", True)]
    assert "'3/23/21' gives its year in two digits, which could be 1921 or 2021" in reports[0].message


def test_a_file_that_is_not_the_template_is_refused() -> None:
    with pytest.raises(ContentError) as caught:
        read_sheet("Date,Title\n2010,x\n", "t.csv", [])
    assert str(caught.value).startswith(
        "t.csv:1: not a TimelineJS sheet: its first row should name the template's columns (Year, Month, Day, Time, End Year,"
    )


def test_the_excel_fixture_really_has_a_bom_crlf_and_semicolons() -> None:
    # Guards the fixture itself: git or an editor normalising it would hide the quirks.
    data = (FIXTURES / "excel" / "sheet.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfYear;Month;Day;")
    assert b"\r\n" in data and data.count(b"\r\n") >= 18
    assert b"," not in data.split(b"\r\n", 1)[0]


def test_both_fixtures_read_as_the_same_slides() -> None:
    plain = read_sheet((FIXTURES / "sheet.csv").read_text(encoding="utf-8"), "s.csv", [])
    excel = read_sheet((FIXTURES / "excel" / "sheet.csv").read_bytes().decode("utf-8-sig"), "s.csv", [])
    assert [s.data for s in excel.events] == [s.data for s in plain.events]
    assert len(plain.events) == 12 and len(plain.eras) == 1 and plain.title is not None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            f'{HEADER}\n2010,,,,,,,,,A,T\n\n2011,,,,,,,,,"B,T\n2012,,,,,,,,,C,T\n',
            't.csv:4: a cell of this row opens a quote (") that is never closed, so the rest of the file '
            'would be that one cell; close it, or write a quote inside a cell as two ("")',
        ),
        (
            f"{HEADER}\n2010,,,,,,,,,A,{'x' * 140_000}\n",
            "t.csv:2: a cell of this row is longer than 131,072 characters; shorten it "
            '(or close the quote (") that runs it into the rows after it)',
        ),
        (
            f'{HEADER}\n2010,,,,,,,,,A,"two\nlines"\n2011,,,,,,,,,"B" and more,T\n',  # row 3, line 4
            't.csv:3: a quoted cell has more text after its closing quote ("); write a quote inside a cell as two ("")',
        ),
    ],
)
def test_a_file_that_is_not_valid_csv_is_refused_at_its_row(text: str, message: str) -> None:
    with pytest.raises(ContentError) as caught:
        read_sheet(text, "t.csv", [])
    assert str(caught.value) == message


def test_a_cell_under_no_header_is_reported_not_dropped_silently() -> None:
    # A desk's note beside the template's columns ("check time with the desk - Ana").
    text = (
        f"{HEADER},\n2010,,,,,,,,,A,T,,,,,,,,check time with the desk - Ana\n,,,,,,,,,,,,,,,,,,only a note\n"
    )
    reports: list[Report] = []
    timeline = read_sheet(text, "t.csv", reports)
    assert [e.get("text", "headline") for e in timeline.events] == ["A"]
    assert [str(r) for r in reports] == [
        "t.csv:2:19: the cell in column S has no header; left out: 'check time with the desk - Ana'",
        "t.csv:3:19: the cell in column S has no header; left out: 'only a note'",
    ]


@pytest.mark.parametrize(
    ("cell", "background"),
    [
        ("#8b0000", {"color": "#8b0000"}),
        ("dark red", {"color": "dark red"}),
        ("https://pics.example/bg.jpg", {"url": "https://pics.example/bg.jpg"}),
        ("//pics.example/bg.jpg", {"url": "//pics.example/bg.jpg"}),
        ("/bg.jpg", {"url": "/bg.jpg"}),
    ],
)
def test_the_background_is_read_as_timelinejs_reads_it(cell: str, background: dict[str, str]) -> None:
    # An address is a picture, anything else a colour; carried to convert, which says it is left out.
    timeline = read_sheet(f"{HEADER}\n2001,,,,,,,,,Event,Text,,,,,,,{cell}\n", "t.csv", [])
    assert timeline.events[0].get("background") == background
    assert read_sheet(f"{HEADER}\n2001,,,,,,,,,Event,Text\n", "t.csv", []).events[0].get("background") is None


def test_the_alt_text_column_timelinejs_reads_is_the_pictures_alt_text() -> None:
    # TimelineJS3 reads a picture's alt text from an 'Alt Text' column; a sheet with one
    # must not lose it (and with it what a reader who cannot see the picture hears).
    text = f"{HEADER},ALT TEXT\n2010,,,,,,,,,H,T,https://ex.example/a.jpg,,Caption,,,,,Dockers at the gate\n"
    reports: list[Report] = []
    timeline = read_sheet(text, "t.csv", reports)
    assert reports == []
    assert timeline.events[0].get("media", "alt") == "Dockers at the gate"


def test_two_headers_naming_one_column_lose_nothing_without_a_word() -> None:
    # A newsroom's own Tag column beside the template's Group (Tag is the first template's
    # name for it), and a second Text column left empty: the later column used to replace
    # the earlier in every row, so the groups and all the text were gone, unsaid.
    text = (
        "Year,Headline,Group,Text,Tag,Text\n"
        "2010,A,Strike,Dockers walk out,internal,\n"
        "2011,B,,Talks,Talks,\n"
        "2012,C,Strike,Court rules,Strike,Ruling\n"
    )
    reports: list[Report] = []
    timeline = read_sheet(text, "t.csv", reports)
    assert [(s.get("group"), s.get("text", "text")) for s in timeline.events] == [
        ("Strike", "Dockers walk out"),
        ("Talks", "Talks"),  # Tag read where Group is empty, as TimelineJS reads it
        ("Strike", "Court rules"),
    ]
    assert [str(r) for r in reports] == [
        "t.csv:2:5: column E gives the Group again ('internal'), and column C is read; "
        "left out (give one of the two columns a header of its own)",
        "t.csv:4:6: column F gives the Text again ('Ruling'), and column D is read; "
        "left out (give one of the two columns a header of its own)",
    ]


def test_a_rows_fields_know_their_columns_wherever_the_sheet_puts_them() -> None:
    # A newsroom's own column order: the reports on a field name the column it is in.
    text = "Headline;Notes;Text;Year;Month;Media Credit;Media;Group\nH;n;T;2010;4;AP;https://ex.example/a.jpg;G\n"
    timeline = read_sheet(text, "t.csv", [])
    slide = timeline.events[0]
    where = {
        ("text", "headline"): "t.csv:2:1",
        ("text", "text"): "t.csv:2:3",
        ("start_date",): "t.csv:2:4",
        ("start_date", "month"): "t.csv:2:5",
        ("start_date", "day"): "t.csv:2",  # no Day column: the row
        ("media", "credit"): "t.csv:2:6",
        ("media", "url"): "t.csv:2:7",
        ("group",): "t.csv:2:8",
        ("end_date",): "t.csv:2",
    }
    assert {keys: slide.at(*keys) for keys in where} == where


def test_lines_ending_in_cr_alone_do_not_hide_the_separator() -> None:
    # An old Mac's CSV ends its lines in CR: the commas of the cells below the header were
    # counted as if on its line, and a ';' sheet was refused as not a TimelineJS sheet.
    rows = "".join(f'{2000 + i};Strike {i};"Dockers, drivers, nurses, teachers"\r' for i in range(5))
    reports: list[Report] = []
    timeline = read_sheet("Year;Headline;Text\r" + rows, "t.csv", reports)
    assert reports == []
    assert [s.get("text", "text") for s in timeline.events] == ["Dockers, drivers, nurses, teachers"] * 5


def test_a_formulas_error_in_a_cell_is_said_and_not_imported_as_text() -> None:
    # A newsroom's sheet works out its Headline or Year from its own columns; a formula
    # that failed is saved as '#N/A', which was published as the event's title.
    text = "Year,Headline,Text,End Year\n2021,#N/A,Some text,\n#VALUE!,B,T,\n2022,Err:502,T,\n2023,#1 story,T,#REF!\n"
    reports: list[Report] = []
    timeline = read_sheet(text, "t.csv", reports)
    assert [s.get("text", "headline") for s in timeline.events] == ["", "B", "", "#1 story"]
    assert timeline.events[1].get("start_date") is None
    assert [str(r) for r in reports] == [
        "t.csv:2:2: column B holds '#N/A', the sheet's mark of a formula that failed, not a Headline; "
        "left out (mend the formula, or type the Headline in)",
        "t.csv:3:1: column A holds '#VALUE!', the sheet's mark of a formula that failed, not a Year; "
        "left out (mend the formula, or type the Year in)",
        "t.csv:4:2: column B holds 'Err:502', the sheet's mark of a formula that failed, not a Headline; "
        "left out (mend the formula, or type the Headline in)",
        "t.csv:5:4: column D holds '#REF!', the sheet's mark of a formula that failed, not an End Year; "
        "left out (mend the formula, or type the End Year in)",
    ]


def test_a_misspelt_column_of_the_template_is_named_with_its_right_spelling() -> None:
    # Only a near-certain one: a newsroom's own 'Title' or 'Caption' is not suggested as
    # 'Time' or 'Media Caption', nor a column the sheet already has.
    text = "Year,Headline,Text,Media Credits,Backgroud,Title,Caption,Text 2\n2010,H,T,AP,#fff,t,c,u\n"
    reports: list[Report] = []
    read_sheet(text, "t.csv", reports)
    assert [str(r) for r in reports] == [
        "t.csv:1:4: column 'Media Credits' is not one of the template's; left out; "
        "if it is the Media Credit, name it 'Media Credit'",
        "t.csv:1:5: column 'Backgroud' is not one of the template's; left out; "
        "if it is the Background, name it 'Background'",
        "t.csv:1:6: column 'Title' is not one of the template's; left out",
        "t.csv:1:7: column 'Caption' is not one of the template's; left out",
        "t.csv:1:8: column 'Text 2' is not one of the template's; left out",
    ]
    with pytest.raises(ContentError) as refused:
        read_sheet("Years;Headlines;Text\n2010;H;T\n", "t.csv", [])
    assert str(refused.value.problems[0]).endswith(
        "; if column 'Years' is the Year, name it 'Year'; if column 'Headlines' is the Headline, "
        "name it 'Headline'"
    )


@pytest.mark.parametrize("mark", ["#NV", "#WERT!", "#VALEUR!", "#¡VALOR!", "#N/D", "#Н/Д", "#ЗНАЧ!"])
def test_a_formulas_error_in_excels_own_language_is_said_too(mark: str) -> None:
    # A German, French, Spanish, Portuguese or Russian Excel saves the mark in its
    # language: '#NV' was published as the event's title.
    reports: list[Report] = []
    timeline = read_sheet(f"Year;Headline;Text\n2021;{mark};T\n2022;#NVIDIA;T\n", "t.csv", reports)
    assert [s.get("text", "headline") for s in timeline.events] == ["", "#NVIDIA"]
    assert [str(r).split(",")[0] for r in reports] == [f"t.csv:2:2: column B holds '{mark}'"]


def test_the_header_row_written_again_is_skipped_not_a_slide_left_out() -> None:
    # Two sheets pasted one under the other bring the second's header along: it was read
    # as a slide whose year is 'Year', left out, and the import failed for it.
    header_again = HEADER.upper().replace(",", " ,")
    text = f"{HEADER}\n2010,,,,,,,,,A,T\n{header_again}\n2011,,,,,,,,,B,T\n2012,,,,,,,,,Headline,Text\n"
    reports: list[Report] = []
    timeline = read_sheet(text, "t.csv", reports)
    assert [s.get("text", "headline") for s in timeline.events] == ["A", "B", "Headline"]
    assert [str(r) for r in reports] == ["t.csv:3: the header row again (sheets pasted together?); skipped"]
    assert not any(r.skipped for r in reports)


def test_text_garbled_by_a_sheet_opened_in_the_wrong_encoding_is_read_as_meant() -> None:
    # Excel opens a CSV saved in UTF-8 without a byte-order mark as Windows-1252, and saves
    # what it shows as 'CSV UTF-8': 'BP’s' became 'BPâ€™s', and was published so.
    garbled = "’é”–°\u00a0".encode().decode("cp1252", errors="replace")  # what such a sheet shows
    assert garbled.startswith("â€™Ã©")
    text = (
        f"{HEADER}\n"
        '2010,,,,,,,,,BPâ€™s well,"CafÃ© â€œtalksâ€\x9d â€“ 20Â°C, SÃO PAULO, Ã la carte"\n'
        "2011,,,,,,,,,Plain,Naïve café\n"
        "2012,,,,,,,,,PiÃ±era,T\n"
    )
    reports: list[Report] = []
    timeline = read_sheet(text, "t.csv", reports)
    assert [(s.get("text", "headline"), s.get("text", "text")) for s in timeline.events] == [
        ("BP’s well", "Café “talks” – 20°C, SÃO PAULO, Ã la carte"),
        ("Plain", "Naïve café"),
        ("Piñera", "T"),
    ]
    assert [str(r) for r in reports] == [
        "t.csv:2:10: 'BPâ€™s' is 'BP’s' garbled, as a program shows UTF-8 text read as Windows-1252 (the "
        "sheet was opened so and saved again): read as meant here and in 2 other cells; check their words "
        "in the files written"
    ]
