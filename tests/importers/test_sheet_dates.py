"""Reading a sheet's date cells, as sheets save them: through the sheet, where each
date's row and column are told."""

from __future__ import annotations

import pytest

from generator.importers.sheet import read_sheet
from generator.importers.slides import Report
from tests.importers.test_sheet import HEADER


def dates(row: str) -> tuple[object, object]:
    reports: list[Report] = []
    timeline = read_sheet(f"{HEADER}\n{row}\n", "t.csv", reports)
    assert reports == []
    slide = timeline.events[0]
    return slide.get("start_date"), slide.get("end_date")


@pytest.mark.parametrize(
    ("row", "start", "end"),
    [
        ("2010,,,,,,,,,H,T", {"year": "2010"}, None),
        ("2010,4,,,,,,,,H,T", {"year": "2010", "month": "4"}, None),
        ("2010,April,19,,,,,,,H,T", {"year": "2010", "month": "4", "day": "19"}, None),
        (
            "2010,apr.,19,23:00,,,,,,H,T",
            {"year": "2010", "month": "4", "day": "19", "hour": "23", "minute": "0"},
            None,
        ),
        (
            '"1,815",12,10,,"1,852",11,27,,,H,T',
            {"year": "1815", "month": "12", "day": "10"},
            {"year": "1852", "month": "11", "day": "27"},
        ),
        (
            "2010,4,19,11:05:09 PM,2010,4,20,0930,,H,T",
            {"year": "2010", "month": "4", "day": "19", "hour": "23", "minute": "5", "second": "9"},
            {"year": "2010", "month": "4", "day": "20", "hour": "9", "minute": "30"},
        ),
        ("4/19/2010,,,,,,,,,H,T", {"year": "2010", "month": "4", "day": "19"}, None),
        # Dots are day first wherever they are used (a German or Russian Excel's CSV).
        ("07.04.2010,,,,,,,,,H,T", {"year": "2010", "month": "4", "day": "7"}, None),
        (
            "19.04.2010 23:00:00,,,,,,,,,H,T",
            {"year": "2010", "month": "4", "day": "19", "hour": "23", "minute": "0"},
            None,
        ),
        (
            "2010-04-19,,,12 am,,,,,,H,T",
            {"year": "2010", "month": "4", "day": "19", "hour": "0", "minute": "0"},
            None,
        ),
        ("April 2010,,,,,,,,,H,T", {"year": "2010", "month": "4"}, None),
        ("2010,Sept,3,,,,,,,H,T", {"year": "2010", "month": "9", "day": "3"}, None),  # British English
        ("2010,mayo,3,,,,,,,H,T", {"year": "2010", "month": "5", "day": "3"}, None),  # a Spanish sheet
        ("3 de mayo de 2010,,,,,,,,,H,T", {"year": "2010", "month": "5", "day": "3"}, None),
        ("-500,,,,,,,,,H,T", {"year": "-500"}, None),
        # Whole numbers shown with decimals: a data desk's script ('2021.0'), and a number
        # cell where the decimal mark is a comma (Excel in most of Europe): not 202100.
        ("2021.0,3.0,23.0,,,,,,,H,T", {"year": "2021", "month": "3", "day": "23"}, None),
        ('"2021,00",,,,"2022,00","4,0",,,,H,T', {"year": "2021"}, {"year": "2022", "month": "4"}),
        ('"2,000",,,,,,,,,H,T', {"year": "2000"}, None),  # still a thousands separator
        # With a thousands separator as well, as Excel's Comma Style shows a number
        ('"2,021.00",,,,"2.022,00",,,,,H,T', {"year": "2021"}, {"year": "2022"}),
        ('"2 021,00",,,,"1\u202f815,00",,,,,H,T', {"year": "2021"}, {"year": "1815"}),
        ('"-2,021.00",,,,,,,,,H,T', {"year": "-2021"}, None),
        # A sheet typed in Persian (or Arabic): its own digits, in the date and the time
        (
            "۲۰۱۱,۳,۱۱,۱۴:۴۶,,,,,,H,T",
            {"year": "2011", "month": "3", "day": "11", "hour": "14", "minute": "46"},
            None,
        ),
        ("٢٠١١,٣,١١,,,,,,,H,T", {"year": "2011", "month": "3", "day": "11"}, None),
        # The year with its word, as a Russian or Ukrainian editor types it (a no-break
        # space too), and as Chinese, Japanese and Korean write it: was 'not a year'.
        (
            "2018 г.,ноября,25,,2018\u00a0г.,ноября,29,,,H,T",
            {"year": "2018", "month": "11", "day": "25"},
            {"year": "2018", "month": "11", "day": "29"},
        ),
        ("2018г,,,,2019 года,,,,,H,T", {"year": "2018"}, {"year": "2019"}),
        ("2018 р.,листопада,25,,,,,,,H,T", {"year": "2018", "month": "11", "day": "25"}, None),
        ("2018年,11,25,,2019년,,,,,H,T", {"year": "2018", "month": "11", "day": "25"}, {"year": "2019"}),
        # Excel's formats with dashes: 'd-mmm-yyyy' and 'mmm-yyyy'
        (
            "23-Mar-2021,,,,Apr-2021,,,,,H,T",
            {"year": "2021", "month": "3", "day": "23"},
            {"year": "2021", "month": "4"},
        ),
    ],
)
def test_dates_as_sheets_export_them(row: str, start: object, end: object) -> None:
    assert dates(row) == (start, end)


@pytest.mark.parametrize(
    ("rows", "read", "note"),
    [
        (  # typed in Excel in Britain: 15/4/2021 says the sheet is day first
            "3/4/2021,,,3:45 PM,,,,,,Vote,T\n15/4/2021,,,,,,,,,Appeal,T",
            {"year": "2021", "month": "4", "day": "3", "hour": "15", "minute": "45"},
            "t.csv:2:1: '3/4/2021' read day first (2021-04-03), as are all this sheet's dates with slashes: row 3 writes '15/4/2021', which can only be day first",
        ),
        (
            "3/4/2021 3:45 PM,,,,,,,,,Vote,T\n2021,,,,4/15/2021,,,,,Appeal,T",
            {"year": "2021", "month": "3", "day": "4", "hour": "15", "minute": "45"},
            "t.csv:2:1: '3/4/2021 3:45 PM' read month first (2021-03-04), as are all this sheet's dates with slashes: row 3 writes '4/15/2021', which can only be month first",
        ),
    ],
)
def test_a_date_either_way_is_read_in_the_order_of_the_sheets_other_dates(
    rows: str, read: dict[str, str], note: str
) -> None:
    reports: list[Report] = []
    timeline = read_sheet(f"{HEADER}\n{rows}\n", "t.csv", reports)
    assert [str(r) for r in reports] == [note]
    assert timeline.events[0].get("start_date") == read


@pytest.mark.parametrize(
    ("one", "other"),
    [("15/4/2021", "4/20/2021"), ("4/15/2021", "20.04.2021")],  # dots are day first
)
def test_a_date_either_way_is_refused_when_the_sheets_dates_disagree(one: str, other: str) -> None:
    rows = f"3/4/2021,,,,,,,,,Vote,T\n{one},,,,,,,,,Appeal,T\n{other},,,,,,,,,Hearing,T"
    reports: list[Report] = []
    timeline = read_sheet(f"{HEADER}\n{rows}\n", "t.csv", reports)
    assert [r.where for r in reports if r.skipped] == ["t.csv:2:1"]
    assert [s.get("start_date") for s in timeline.events][1] == {"year": "2021", "month": "4", "day": "20"}


@pytest.mark.parametrize(
    ("row", "start"),
    [
        # Excel's German 'mmm' (Windows' names, saved so in the CSV): March is 'Mrz', which
        # CLDR spells 'März' or 'Mär'; the row was left out ('not a month'). Its other
        # months are CLDR's without the dot ('Jul', 'Okt'), and read as before.
        ("2010,Mrz,20,,,,,,,H,T", {"year": "2010", "month": "3", "day": "20"}),
        ("20. Mrz 2010,,,,,,,,,H,T", {"year": "2010", "month": "3", "day": "20"}),
        ("20-Mrz-2010,,,,,,,,,H,T", {"year": "2010", "month": "3", "day": "20"}),
        ("Mrz 2010,,,,,,,,,H,T", {"year": "2010", "month": "3"}),
        ("20. Jul 1969,,,,,,,,,H,T", {"year": "1969", "month": "7", "day": "20"}),
        (
            "2010,Okt,3,2:56 PM,,,,,,H,T",
            {"year": "2010", "month": "10", "day": "3", "hour": "14", "minute": "56"},
        ),
        # French Excel's, with and without their dot, are CLDR's: read as they were.
        ("20-juil.-1969,,,,,,,,,H,T", {"year": "1969", "month": "7", "day": "20"}),
        ("2010,févr,3,,,,,,,H,T", {"year": "2010", "month": "2", "day": "3"}),
        ("3 déc. 2010,,,,,,,,,H,T", {"year": "2010", "month": "12", "day": "3"}),
        # Ukrainian Excel for Windows' (uk-UA): the first three letters, where CLDR's have
        # more ('квіт.', 'жовт.'); the row was left out ('not a month').
        ("18-кві-2010,,,,,,,,,H,T", {"year": "2010", "month": "4", "day": "18"}),
        ("2010,тра,9,,,,,,,H,T", {"year": "2010", "month": "5", "day": "9"}),
        ("Нд 24 жов 2010,,,,,,,,,H,T", {"year": "2010", "month": "10", "day": "24"}),
        ("гру 2010,,,,,,,,,H,T", {"year": "2010", "month": "12"}),
        ("18-січ-2010,,,,,,,,,H,T", {"year": "2010", "month": "1", "day": "18"}),
    ],
)
def test_a_month_as_excel_abbreviates_it_in_a_german_french_or_ukrainian_sheet_is_read(
    row: str, start: object
) -> None:
    assert dates(row) == (start, None)


def test_a_month_named_as_a_region_of_a_shipped_language_names_it_is_read() -> None:
    # A Lebanese or Syrian newsroom's sheet (a story in 'ar-LB', whose pages write April
    # 'نيسان') had each such row left out: "Month 'نيسان' is not a month".
    text = f"{HEADER}\n2010,نيسان,7,,,,,,,A,T\n2010,كانون الأول,,,,,,,,B,T\n"
    reports: list[Report] = []
    timeline = read_sheet(text, "t.csv", reports)
    assert [s.get("start_date") for s in timeline.events] == [
        {"year": "2010", "month": "4", "day": "7"},
        {"year": "2010", "month": "12"},
    ]
    assert reports == []


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ("c. 1850,", "Year 'c. 1850' is not a year: write 1850 in Year, and 'c. 1850' in Display Date, which readers see; row left out"),
        ("1990s,", "Year '1990s' is not a year: write 1990 in Year, and '1990s' in Display Date, which readers see; row left out"),
        ("mid-April 2010,", "Year 'mid-April 2010' is not a year: write 2010 in Year and 4 in Month, and 'mid-April 2010' in Display Date, which readers see; row left out"),
        # Without its century a decade's year is not known: '90s' was told to be written
        # '90', which the import then took as the year 90, without a word.
        ("90s,", "Year '90s' is not a year: a decade without its century; write its first year in Year with its century, not '90', and '90s' in Display Date, which readers see; row left out"),
        ("’00s,", "Year '’00s' is not a year: a decade without its century; write its first year in Year with its century, not '00', and '’00s' in Display Date, which readers see; row left out"),
        ("44 BC,", "Year '44 BC' is not a year: a year before year 1, which explainer's dates cannot hold (they run from 1 to 9999); row left out"),
        # A span that ends in the 1990s ends with them, in 1999: 1990 left nine years out.
        ("1950,,,,1990s", "End Year '1990s' is not a year: write 1999 in End Year (words for the whole span go in Display Date); imported without its end date"),
        ("2000,,,,c. 2005", "End Year 'c. 2005' is not a year: write 2005 in End Year (words for the whole span go in Display Date); imported without its end date"),
        ("1900?,", "Year '1900?' is not a year, and not a date that reads one way only; write the year, month and day in the Year, Month and Day columns; row left out"),
    ],
)  # fmt: skip
def test_words_for_how_well_a_year_is_known_are_told_where_to_go(cells: str, message: str) -> None:
    # 'c. 1850' in the Year cell was told to be written as a year, month and day, which
    # the sheet does not know: its place is Display Date, beside the year it says.
    row = cells + "," * (9 - cells.count(",")) + "H,T"
    reports: list[Report] = []
    read_sheet(f"{HEADER}\n{row}\n", "t.csv", reports)
    assert [str(r).split(": ", 1)[1] for r in reports] == [message]


@pytest.mark.parametrize(
    ("cell", "time", "offset"),
    [
        ("2010-01-01T10:00+05:00", "2010-01-01 10:00", "+05:00"),
        ("2010-01-01 10:00 UTC-3", "2010-01-01 10:00", "-03:00"),
        ("2010-01-01 10:00 (UTC+5:30)", "2010-01-01 10:00", "+05:30"),
        ("2010-01-01 10:00Z", "2010-01-01 10:00", "Z"),
        ("2010-01-01 10:00 GMT", "2010-01-01 10:00", "Z"),
        ("2010-01-01 10:00:30 -0430", "2010-01-01 10:00:30", "-04:30"),
    ],
)
def test_a_whole_date_with_a_utc_offset_is_told_exactly_what_to_write(
    cell: str, time: str, offset: str
) -> None:
    # It was told to write the year, month and day in their columns, as if unread.
    reports: list[Report] = []
    timeline = read_sheet(f"{HEADER}\n{cell},,,,,,,,,H,T\n", "t.csv", reports)
    assert not timeline.events
    iso = time.replace(" ", "T")
    assert [r.message for r in reports] == [
        f"Year '{cell}' gives a UTC offset ({offset}), which a sheet's date cannot carry: write "
        f"'{time}' here, and after the import the offset in the event's date: 'date: {iso}{offset}' "
        "(a time without one is on the clock of site.yaml's time_zone); row left out"
    ]


def test_the_last_days_count_with_a_time_near_midnight_is_said_within_that_day() -> None:
    # 2958465 is 9999-12-31; its time, 0.99999999 of a day, rounded to 24:00 and moved
    # the date past the last one Python has: OverflowError, a traceback. It stays the
    # day the count names, at its last minute.
    reports: list[Report] = []
    read_sheet(f"{HEADER}\n2958465.99999999,,,,,,,,,H,T\n", "t.csv", reports)
    assert "in days (9999-12-31 23:59)" in str(reports[0]), reports
    reports = []
    read_sheet(f"{HEADER}\n45000.99999999,,,,,,,,,H,T\n", "t.csv", reports)
    assert "in days (2023-03-15 23:59)" in str(reports[0]), reports


@pytest.mark.parametrize(
    ("cell", "offset"), [("2010-01-01T10:00+99:99", "+99:99"), ("2010-01-01 10:00 UTC+15", "+15:00")]
)
def test_an_offset_no_clock_keeps_is_not_given_as_the_one_to_write(cell: str, offset: str) -> None:
    # It was told to write 'date: 2010-01-01T10:00+99:99' in the event's file, which
    # check refuses ('there is no UTC offset +99:99').
    reports: list[Report] = []
    read_sheet(f"{HEADER}\n{cell},,,,,,,,,H,T\n", "t.csv", reports)
    assert [r.message for r in reports] == [
        f"Year '{cell}' gives a UTC offset ({offset}) that is none (they run from -14:00 to +14:00), and "
        "a sheet's date cannot carry one: write '2010-01-01 10:00' here, and after the import the offset "
        "in the event's date: 'date: 2010-01-01T10:00+05:30', say (a time without one is on the clock of "
        "site.yaml's time_zone); row left out"
    ]
