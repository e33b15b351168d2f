"""Reading a sheet's Time cells, as sheets in every shipped language save them."""

from __future__ import annotations

import pytest

from generator.importers.sheet_times import parse_time
from generator.importers.slides import CellError


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("23:00", {"hour": "23", "minute": "0"}),
        ("23:00:00", {"hour": "23", "minute": "0"}),
        ("23:00:07.5", {"hour": "23", "minute": "0", "second": "7"}),
        ("11 PM", {"hour": "23", "minute": "0"}),
        ("12:15 a.m.", {"hour": "0", "minute": "15"}),
        ("12:15 pm", {"hour": "12", "minute": "15"}),
        ("915", {"hour": "9", "minute": "15"}),
        ("9.15", {"hour": "9", "minute": "15"}),
        # As a French or Portuguese newsroom types a time, which the sheet keeps as text
        ("15h40", {"hour": "15", "minute": "40"}),
        ("9 h 05", {"hour": "9", "minute": "5"}),
        ("15h", {"hour": "15", "minute": "0"}),
        # As a German or Spanish newsroom types one, its word for hours after it, which
        # TimelineJS reads past (the row was left out: "not a time such as 23:00")
        ("22:30 Uhr", {"hour": "22", "minute": "30"}),
        ("23.09 Uhr", {"hour": "23", "minute": "9"}),
        ("20 Uhr", {"hour": "20", "minute": "0"}),
        ("7:05uhr", {"hour": "7", "minute": "5"}),
        ("20.00 h", {"hour": "20", "minute": "0"}),
        ("20:00 hrs.", {"hour": "20", "minute": "0"}),
        # As a sheet in Arabic or Chinese shows a time, and saves it in its CSV: the
        # language's mark of the afternoon after or before it (the row was left out)
        ("4:45 م", {"hour": "16", "minute": "45"}),
        ("12:10 ص", {"hour": "0", "minute": "10"}),
        ("٤:٤٥\u200f م", {"hour": "16", "minute": "45"}),  # Arabic digits, a mark of direction
        ("下午4:45", {"hour": "16", "minute": "45"}),
        ("上午 9:05", {"hour": "9", "minute": "5"}),
        ("4:45\u200f PM", {"hour": "16", "minute": "45"}),  # a mark of direction before an English mark
        # German Excel's and LibreOffice's marks before CLDR's German took AM and PM, in a
        # sheet saved then ('not a time such as 23:00')
        ("2:30 nachm.", {"hour": "14", "minute": "30"}),
        ("11:15 vorm.", {"hour": "11", "minute": "15"}),
        ("12:05 vorm.", {"hour": "0", "minute": "5"}),
        ("12:40 nachm.", {"hour": "12", "minute": "40"}),
        ("9:00 Vorm", {"hour": "9", "minute": "0"}),
        # A time cell shown as a number saves the fraction of a day
        ("0.6527777778", {"hour": "15", "minute": "40"}),
        ("0,958333333333333", {"hour": "23", "minute": "0"}),
        (".500011574", {"hour": "12", "minute": "0", "second": "1"}),
    ],
)
def test_times(text: str, parts: dict[str, str]) -> None:
    assert parse_time(text) == parts


@pytest.mark.parametrize(("text", "meant"), [("0.5", "12:00"), ("0.25", "06:00"), ("0.05", "01:12")])
def test_a_round_fraction_of_a_day_is_not_read_as_minutes_after_midnight(text: str, meant: str) -> None:
    # A time cell shown as a number saves noon as '0.5', which also reads as 00:05: said,
    # with both readings, never published as the wrong one.
    with pytest.raises(CellError, match=f"could be {meant} .* or 00:{text[2:].zfill(2)};"):
        parse_time(text)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("0,5", {"hour": "12", "minute": "0"}),  # a comma: no time of day is written so
        (".25", {"hour": "6", "minute": "0"}),
        ("0.75", {"hour": "18", "minute": "0"}),  # no 75th minute
        ("0.0", {"hour": "0", "minute": "0"}),  # midnight, read either way
        ("0.01", {"hour": "0", "minute": "1"}),  # not a round fraction (00:14:24)
    ],
)
def test_a_round_fraction_that_reads_one_way(text: str, parts: dict[str, str]) -> None:
    assert parse_time(text) == parts


def test_a_time_out_of_range_is_an_error() -> None:
    with pytest.raises(CellError):
        parse_time("13 PM")


@pytest.mark.parametrize("text", ["13 PM", "4:45 اليوم", "25:00 م", "25:00 Uhr", "Uhr", "22:30 Uhrzeit"])
def test_a_time_that_is_none_is_quoted_as_it_was_typed(text: str) -> None:
    # '4:45 اليوم' ("today") was read as ending in the mark 'م' and said to be
    # "Time '4:45 اليو'", a text no one typed; '13 PM' was quoted as '13'.
    with pytest.raises(CellError, match=f"Time '{text}' is not a time such as 23:00"):
        parse_time(text)


@pytest.mark.parametrize(
    ("cell", "words", "time"),
    [
        ("ore 11.36", "ore", "11.36"),  # as an Italian newsroom writes a time
        ("alle ore 9.37", "alle ore", "9.37"),
        ("at 10:00 PM", "at", "10:00 PM"),
        ("um 22:30 Uhr", "um", "22:30 Uhr"),
    ],
)
def test_a_word_before_a_time_is_told_to_go_to_display_date(cell: str, words: str, time: str) -> None:
    # TimelineJS cannot read it either; the row is left out, and the message said only
    # "Time 'ore 11.36' is not a time such as 23:00 or 11:00 PM", not what to take out.
    with pytest.raises(CellError) as caught:
        parse_time(cell)
    assert str(caught.value) == (
        f"Time '{cell}' has '{words}' before its time, which TimelineJS cannot read: write '{time}', "
        "and the words in Display Date if readers need them, as in '14 August 2018, at 11:36'"
    )
    with pytest.raises(CellError, match="is not a time such as"):
        parse_time("ore undici")  # no time after the word


@pytest.mark.parametrize(
    ("cell", "time"), [("9:45 PM CDT", "9:45 PM"), ("21:45 (UTC+6)", "21:45"), ("23:00 BST", "23:00")]
)
def test_a_time_with_its_time_zone_is_told_where_the_zone_goes(cell: str, time: str) -> None:
    # 'Time '9:45 PM CDT' is not a time such as 23:00 or 11:00 PM' said the time was the
    # fault; it is the zone, which TimelineJS misreads (9:45 in the morning) and explainer
    # takes from Display Date.
    with pytest.raises(CellError) as caught:
        parse_time(cell)
    assert str(caught.value) == (
        f"Time '{cell}' names a time zone, which the column cannot hold (TimelineJS misreads it): write "
        f"'{time}', and the time zone's offset in Display Date if readers need it, as in '20 April 2010, "
        "21:45 (UTC-5)'"
    )
    assert parse_time("11:00 PM") == {"hour": "23", "minute": "0"}  # not a zone 'PM'
    with pytest.raises(CellError, match="is not a time such as"):
        parse_time("noon CDT")
