from __future__ import annotations

import calendar
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.content import dates
from generator.content.dates import (
    DateFormError,
    PartialDate,
    Precision,
    display_range,
    holds,
    not_before,
    parse_date,
)


@pytest.mark.parametrize(
    ("text", "precision", "display", "iso"),
    [
        ("2010", Precision.YEAR, "2010", "2010"),
        ("2010-04", Precision.MONTH, "April 2010", "2010-04"),
        ("2010-04-19", Precision.DAY, "19 April 2010", "2010-04-19"),
        ("2010-04-19T23:00", Precision.MINUTE, "19 April 2010, 23:00", "2010-04-19T23:00"),
        (
            "2010-04-19T23:00+06:00",
            Precision.MINUTE,
            "19 April 2010, 23:00 (UTC+6)",
            "2010-04-19T23:00+06:00",
        ),
        ("2010-04-19T23:00:05Z", Precision.SECOND, "19 April 2010, 23:00:05 (UTC)", "2010-04-19T23:00:05Z"),
        (
            "2010-04-19T08:00+05:30",
            Precision.MINUTE,
            "19 April 2010, 08:00 (UTC+5:30)",
            "2010-04-19T08:00+05:30",
        ),
        (
            "2010-04-19T08:00-03:00",
            Precision.MINUTE,
            "19 April 2010, 08:00 (UTC-3)",
            "2010-04-19T08:00-03:00",
        ),
        ("0001", Precision.YEAR, "1", "0001"),
        ("9999-12-31", Precision.DAY, "31 December 9999", "9999-12-31"),
        ("2012-02-29", Precision.DAY, "29 February 2012", "2012-02-29"),
    ],
)
def test_date_forms_parse_and_show_at_their_own_precision(
    text: str, precision: Precision, display: str, iso: str
) -> None:
    date = parse_date(text)
    assert date.precision is precision
    assert date.display() == display
    assert date.iso() == iso


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("April 2010", "expected a date in the form"),
        ("19-04-2010", "expected a date in the form"),
        ("2010-4-19", "expected a date in the form"),
        ("0000", "the year must be between 1 and 9999"),
        ("2010-13", "there is no month 13"),
        ("2010-00", "there is no month 0"),
        ("2010-02-30", "February 2010 has no day 30"),
        ("2011-02-29", "February 2011 has no day 29"),
        ("2010-04-31", "April 2010 has no day 31"),
        ("2010-04-19T24:00", "there is no time 24:00"),
        ("2010-04-19T12:60", "there is no time 12:60"),
        ("2010-04-19T12:00:61", "there is no time 12:00:61"),
        ("2010-04-19T12:00+15:00", "there is no UTC offset +15:00"),
    ],
)
def test_impossible_dates_are_rejected_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(DateFormError, match=re.escape(reason)):
        parse_date(text)


def test_coarser_dates_sort_before_finer_dates_inside_them() -> None:
    texts = [
        "2010-04-19T08:00",
        "2010-04-19",
        "2010",
        "2010-05",
        "2010-04",
        "2009-12-31",
        "2010-04-19T07:59:59",
    ]
    ordered = sorted(texts, key=lambda t: parse_date(t).sort_key)
    assert ordered == [
        "2009-12-31",
        "2010",
        "2010-04",
        "2010-04-19",
        "2010-04-19T07:59:59",
        "2010-04-19T08:00",
        "2010-05",
    ]


@pytest.mark.parametrize(
    ("start", "end", "circa", "shown"),
    [
        ("2010-04-17", "2010-04-18", False, "17–18 April 2010"),
        ("2010-03-30", "2010-04-02", False, "30 March – 2 April 2010"),
        ("2009-12-30", "2010-01-02", False, "30 December 2009 – 2 January 2010"),
        ("2010-03", "2010-04", False, "March–April 2010"),
        ("2005", "2010", False, "2005–2010"),
        ("2005", "2010-04-07", False, "2005 – 7 April 2010"),
        ("2005", None, True, "c. 2005"),
        ("2010-04", None, True, "c. April 2010"),
        ("2005", "2010", True, "c. 2005–2010"),
        ("2010-04-19", "2010-04-19", False, "19 April 2010"),
    ],
)
def test_spans_and_circa_are_shown_compactly(start: str, end: str | None, circa: bool, shown: str) -> None:
    end_date = parse_date(end) if end else None
    assert display_range(parse_date(start), end_date, circa=circa) == shown


def test_a_span_whose_end_alone_is_approximate_says_so_at_its_end() -> None:
    start, end = parse_date("2015-03-01"), parse_date("2020")
    assert display_range(start, end, circa_end=True) == "1 March 2015 – c. 2020"
    assert display_range(end, end, circa_end=True) == "c. 2020"  # one date: as a whole
    assert display_range(start, end, circa=True, circa_end=True) == "c. 1 March 2015 – 2020"


def test_month_names_do_not_depend_on_the_locale() -> None:
    assert PartialDate(2010, 1).display() == "January 2010"


@pytest.mark.parametrize(
    "text", ["2010", "2010-04", "2010-04-07", "2010-04-07T10:30", "2010-04-07T10:30:05+06:00"]
)
def test_dates_cross_processes_unchanged(text: str) -> None:
    import pickle

    date = parse_date(text)
    again = pickle.loads(pickle.dumps(date, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == date and again.iso() == date.iso() and type(again) is PartialDate


@pytest.mark.parametrize(
    ("outer", "inner", "expected"),
    [
        ("2024", "2024-04-05", True),
        ("2024-04", "2024-04-05T10:00", True),
        ("2024-04", "2024-04", False),  # the same precision: not a coarser period
        ("2025", "2024-04-05", False),  # a later year: a real end
        ("2024-05", "2024-04-05", False),
    ],
)
def test_holds_is_a_coarser_date_the_other_falls_in(outer: str, inner: str, expected: bool) -> None:
    assert holds(parse_date(outer), parse_date(inner)) is expected


@pytest.mark.parametrize(
    ("end", "start", "expected"),
    [
        ("2024-05-13T13:00Z", "2024-05-13T10:00-04:00", False),  # 13:00 UTC is before 14:00 UTC
        ("2024-04-04T21:00Z", "2024-04-05T01:00+05:00", True),  # 21:00 UTC is after 20:00 UTC
        ("2024-04-04T21:00", "2024-04-05T01:00+05:00", False),  # one zone unknown: as written
    ],
)
def test_not_before_compares_times_with_offsets_as_instants(end: str, start: str, expected: bool) -> None:
    assert not_before(parse_date(end), parse_date(start)) is expected


def test_a_dates_offset_is_its_own_else_its_time_zones_at_that_moment() -> None:
    assert dates.zone_offset(PartialDate(2026, 7, 1, 13, 0), "Europe/Paris") == 120  # summer time
    assert dates.zone_offset(PartialDate(2026, 11, 27, 13, 0), "Europe/Paris") == 60
    assert dates.zone_offset(PartialDate(2026, 11, 27), "Asia/Kolkata") == 330
    assert dates.zone_offset(PartialDate(2026, 11, 27, 13, 0, None, -300), "Europe/Paris") == -300
    assert dates.zone_offset(PartialDate(2026, 11, 27, 13, 0), None) is None
    assert dates.zone_offset(PartialDate(1), "Europe/Paris") is not None  # the calendar's ends hold
    assert dates.zone_offset(PartialDate(9999, 12, 31, 23, 59), "America/Santiago") is not None


def test_a_time_zone_is_a_place_in_the_iana_database() -> None:
    assert dates.zone_known("Europe/Paris") and dates.zone_known("UTC")
    assert not any(
        dates.zone_known(name)
        for name in ("localtime", "Europe", "Paris", "../etc/passwd", "/etc/passwd", "")
    )
    assert dates.zone_suggestion("paris") == "Europe/Paris"
    assert dates.zone_suggestion("Los Angeles") == "America/Los_Angeles"
    assert dates.zone_suggestion("Europe") is None
    # A city written with its accents, as Spanish writes it: the database writes none.
    assert dates.zone_suggestion("París") == "Europe/Paris"
    assert dates.zone_suggestion("Bogotá") == "America/Bogota"
    # Its clock as an article names it (site.yaml's 'time_zone: hora de París').
    assert dates.zone_suggestion("hora de París") == "Europe/Paris"
    assert dates.zone_suggestion("Paris time") == "Europe/Paris"
    assert dates.zone_suggestion("hora de Nada") is None
    # As Arabic news names a city's clock, with or without the marks of its letters.
    assert dates.zone_suggestion("بتوقيت بيروت") == "Asia/Beirut"
    assert dates.zone_suggestion("توقيت أبوظبي") == "Asia/Dubai"
    assert dates.zone_suggestion("ابوظبي") == "Asia/Dubai"
    # A city Spanish names otherwise than the database, and Spain's own clocks.
    assert dates.zone_suggestion("hora de Londres") == "Europe/London"
    assert dates.zone_suggestion("Ciudad de México") == "America/Mexico_City"
    assert dates.zone_suggestion("hora peninsular") == "Europe/Madrid"
    assert dates.zone_suggestion("hora canaria") == "Atlantic/Canary"
    # The United States' clocks as its news names them ('time_zone: Eastern' named
    # Canada/Eastern, 'ET' nothing).
    assert dates.zone_suggestion("ET") == "America/New_York"
    assert dates.zone_suggestion("Eastern") == "America/New_York"
    assert dates.zone_suggestion("Central time") == "America/Chicago"
    assert dates.zone_suggestion("PT") == "America/Los_Angeles"
    # Hawaii's and Alaska's clocks ('Hawaii' named the old 'US/Hawaii').
    assert dates.zone_suggestion("Hawaii time") == "Pacific/Honolulu"
    assert dates.zone_suggestion("Alaska") == "America/Anchorage"
    # India's clock as its editors name it, in English, Tamil and Hindi, and its cities,
    # which the database names none of: 'Asia/Chennai' was told 'Asia/Chita' (Siberia).
    indian = ("India Standard Time", "Chennai", "Asia/Chennai", "Mumbai", "இந்திய நேரம்", "भारतीय मानक समय")
    for india in indian:
        assert dates.zone_suggestion(india) == "Asia/Kolkata", india
    assert dates.zone_suggestion("IST") is None  # India's, Ireland's or Israel's (``zone_choices``)
    assert dates.zone_choices("ist") == (
        "IST may be more than one clock: write 'Asia/Kolkata' (India), 'Europe/Dublin' (Ireland) or "
        "'Asia/Jerusalem' (Israel)"
    )
    assert dates.zone_choices("Asia/Kolkata") is None
    # A city written in its own letters, as a Ukrainian editor writes Kyiv: no suggestion.
    assert dates.zone_suggestion("Київ") == "Europe/Kyiv"
    assert dates.zone_suggestion("Мінськ") == "Europe/Minsk"
    assert dates.zone_suggestion("Нікополь") is None  # no zone of its own


def _date_like() -> st.SearchStrategy[str]:
    """Texts shaped like the date forms, each part sometimes out of range or misshapen."""
    two = st.sampled_from(
        ["00", "01", "02", "09", "12", "13", "23", "24", "28", "29", "30", "31", "59", "60", "1"]
    )
    year = st.sampled_from(["0000", "0001", "1000", "1999", "2000", "2023", "2024", "9999", "999", "20245"])
    zone = st.sampled_from(
        ["", "Z", "z", "+00:00", "-12:00", "+14:00", "+14:59", "+15:00", "-00:30", "+05:60", "+0530"]
    )
    time = st.tuples(two, two, st.sampled_from(["", ":00", ":59", ":60"]), zone).map(
        lambda t: f"T{t[0]}:{t[1]}{t[2]}{t[3]}"
    )
    ascii_form = st.tuples(
        year,
        st.sampled_from(["", "-"]),
        two,
        st.sampled_from(["", "-"]),
        two,
        st.sampled_from(["", ""]) | time,
    ).map(lambda p: p[0] + (p[1] + p[2] + (p[3] + p[4] + p[5] if p[3] else "") if p[1] else ""))
    # Now and then with spaces or a line break around it, or in other digits than 0-9.
    around = st.sampled_from([("", "")] * 9 + [(" ", ""), ("", "\n"), ("\t", " ")])
    digits = st.sampled_from([""] * 9 + ["٠١٢٣٤٥٦٧٨٩", "０１２３４５６７８９"])
    return st.tuples(ascii_form, around, digits).map(
        lambda p: p[1][0] + (p[0].translate(str.maketrans("0123456789", p[2])) if p[2] else p[0]) + p[1][1]
    )


def _ascii(text: str) -> str:
    """``text`` without the spaces around it and with its digits written 0-9."""
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text.strip())


def _one_part_changed() -> list[str]:
    """Each form of a valid date (2024-03-28T12:30:45+05:00 and its shorter forms) with
    one of its parts given each of a range of values, in range or not, the others valid."""
    valid = {"y": "2024", "m": "03", "d": "28", "H": "12", "M": "30", "S": ":45", "z": "+05:00"}
    values = {
        "y": ["0000", "0001", "0999", "1000", "9999", "999", "20245", "2o24"],
        "m": ["00", "01", "09", "10", "12", "13", "19", "1", "001"],
        "d": ["00", "01", "09", "10", "29", "30", "31", "32", "39", "1"],
        "H": ["00", "09", "19", "20", "23", "24", "29", "1"],
        "M": ["00", "09", "59", "60", "5"],
        "S": ["", ":00", ":59", ":60", ":5"],
        "z": ["", "Z", "z", "+00:00", "-00:00", "+09:59", "+10:00", "+14:00", "+14:59", "+15:00", "-15:00",
              "+05:60", "+0530", "+05", "UTC"],
    }  # fmt: skip
    forms = ["y", "y-m", "y-m-d", "y-m-dTH:M", "y-m-dTH:MS", "y-m-dTH:MSz", "y-m-dTH:Mz"]

    def written(form: str, parts: dict[str, str]) -> str:
        return "".join(parts.get(c, c) for c in form)

    return sorted({written(f, valid | {k: v}) for f in forms for k in values if k in f for v in values[k]})


def _parses(text: str) -> bool:
    """Whether check reads ``text`` as a date."""
    try:
        parse_date(text)
    except DateFormError:
        return False
    return True


@pytest.mark.parametrize("text", _one_part_changed())
def test_each_part_of_a_date_is_checked_alike_by_the_schema_pattern_and_the_parser(text: str) -> None:
    # The one grammar in its two forms, part by part: the JSON Schema pattern editors'
    # tools check as they type (ECMAScript's rules: 0-9 digits, $ the very end) and the
    # parser check reads a date with.
    assert bool(re.compile(dates.DATE_REGEX, re.ASCII).fullmatch(text)) is _parses(text)


@settings(max_examples=3000, deadline=None)
@given(text=_date_like())
def test_the_schema_pattern_and_the_parser_accept_the_same_dates(text: str) -> None:
    # The one grammar in its two forms: what editors' tools check as they type (JSON
    # Schema: ECMAScript's rules, \d is 0-9 and $ the very end) and what check reads.
    # The parser is the more lenient: it reads a date with spaces around it or in other
    # digits (an Arabic newsroom's ٢٠١٠) as the same date in 0-9, which editors' tools
    # underline; and only it can refuse a 29 February of a common year.
    plain = _ascii(text)
    pattern = re.compile(dates.DATE_REGEX, re.ASCII)
    assert _parses(text) is _parses(plain), text
    if plain != text:
        assert pattern.fullmatch(text) is None, text
    elif plain[4:10] == "-02-29" and plain[:4].isdigit() and not calendar.isleap(int(plain[:4])):
        # The pattern cannot tell a leap year: what it accepts is the 28th's answer.
        assert bool(pattern.fullmatch(plain)) is _parses(plain.replace("-02-29", "-02-28", 1)), text
        assert not _parses(plain)
    else:
        assert bool(pattern.fullmatch(plain)) is _parses(plain), text
