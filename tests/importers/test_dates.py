"""TimelineJS dates as explainer dates: each date form at the precision written, each
refusal at its JSON pointer or row, and the display date and UTC offset it may carry."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from generator.commands.build import build
from generator.commands.imports import import_timeline
from generator.content.dates import parse_date
from generator.i18n.dates import for_tag
from generator.i18n.languages import available
from generator.importers.dates import (
    Shown,
    as_shown,
    date_examples,
    display_date,
    given,
    to_date,
    with_offset,
)
from generator.importers.sheet import read_sheet
from generator.importers.slides import Report, Skip, Slide
from generator.importers.storymapjs import read_date
from tests.conftest import TEMPLATES, time_limit


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ({"year": "2010"}, "2010"),
        ({"year": 2010}, "2010"),
        ({"year": "2010", "month": "4"}, "2010-04"),
        ({"year": "2010", "month": "04", "day": "19"}, "2010-04-19"),
        ({"year": 2010, "month": 4, "day": 19, "hour": 23}, "2010-04-19T23:00"),
        ({"year": "2010", "month": "4", "day": "19", "hour": "23", "minute": "5"}, "2010-04-19T23:05"),
        (
            {"year": "2010", "month": "4", "day": "19", "hour": "9", "minute": "5", "second": "9"},
            "2010-04-19T09:05:09",
        ),
        ({"year": 2010, "month": 4, "day": 19, "hour": 14, "minute": 0, "second": 0}, "2010-04-19T14:00"),
        ({"year": "2010", "month": "4", "day": "19", "hour": "14", "second": "00"}, "2010-04-19T14:00"),
        ({"year": "2010.0", "month": " 4 ", "day": "", "hour": None}, "2010-04"),  # blanks are not given
        ({"year": "+2010"}, "2010"),
        ({"year": "1"}, "0001"),
        ({"year": "9999", "month": "12", "day": "31"}, "9999-12-31"),
        ({"year": "2012", "month": "2", "day": "29"}, "2012-02-29"),
        ({"year": "2010", "display_date": "Spring", "format": "x"}, "2010"),  # other fields: not parts
    ],
)
def test_each_date_form_at_the_precision_written(value: dict[str, Any], iso: str) -> None:
    assert to_date(value, Slide({}, "t.json:/events/0", pointer=True), "start_date").iso() == iso


@pytest.mark.parametrize(
    ("value", "field", "message"),
    [
        ({}, "/year", "the date has no year"),
        ({"month": "4", "day": "1"}, "/year", "the date has no year"),
        ({"year": "2010a"}, "/year", "year '2010a' is not a whole number"),
        ({"year": "2010.5"}, "/year", "year '2010.5' is not a whole number"),
        ({"year": True}, "/year", "year 'True' is not a whole number"),
        # A month named, as the sheet may and JSON may not; a whole date in 'year'.
        (
            {"year": "2010", "month": "April"},
            "/month",
            'month \'April\' is not a whole number: write "month": "4"',
        ),
        (
            {"year": "2015-04-20"},
            "/year",
            'year \'2015-04-20\' is not a whole number but a whole date: write {"year": "2015", "month": "4", '
            '"day": "20"} as the date',
        ),
        ({"year": "2010", "month": "4", "day": "1st"}, "/day", "day '1st' is not a whole number"),
        ({"year": "0"}, "/year", "year 0: explainer dates run from year 1 to 9999"),
        ({"year": "-500"}, "/year", "year -500: explainer dates run from year 1 to 9999"),
        ({"year": "10000"}, "/year", "year 10000: explainer dates run from year 1 to 9999"),
        ({"year": "2010", "day": "3"}, "/month", "the date has a day but no month"),
        (
            {"year": "2010", "month": "4", "hour": "3"},
            "/hour",
            "a time needs a day: explainer dates with a time are YYYY-MM-DDTHH:MM",
        ),
        (
            {"year": "2010", "month": "4", "day": "1", "minute": "5"},
            "/hour",
            "the date has minutes but no hour",
        ),
        (
            {"year": "2010", "month": "4", "day": "1", "second": "5"},
            "/hour",
            "the date has seconds but no hour",
        ),
        ({"year": "2010", "second": "5"}, "/hour", "the date has seconds but no hour"),
        ({"year": "2011", "month": "13"}, "/month", "2011-13 is not a date: there is no month 13"),
        # Quoted cut short as the sheet's cells are (``slides.shortened``), and no float overflow.
        ({"year": "9" * 400}, "/year", f"year '{'9' * 39}…' is far too large"),
        ({"year": "2010", "month": "1" * 5000}, "/month", f"month '{'1' * 39}…' is far too large"),
        ({"year": "2011", "month": "0"}, "/month", "2011-00 is not a date: there is no month 0"),
        (
            {"year": "1889", "month": "2", "day": "30"},
            "/day",
            "1889-02-30 is not a date: February 1889 has no day 30",
        ),
        (
            {"year": "2010", "month": "4", "day": "1", "hour": "24"},
            "/hour",
            "2010-04-01T24:00 is not a date: there is no time 24:00",
        ),
        (
            {"year": "2010", "month": "4", "day": "1", "hour": "9", "minute": "60"},
            "/minute",
            "2010-04-01T09:60 is not a date: there is no time 09:60",
        ),
    ],
)
def test_a_date_explainer_cannot_hold_is_refused_at_its_json_pointer(
    value: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(Skip) as caught:
        to_date(value, Slide({}, "t.json:/events/4", pointer=True), "end_date")
    assert (caught.value.where, caught.value.message) == (f"t.json:/events/4/end_date{field}", message)


def test_a_date_in_a_sheet_is_refused_at_its_row() -> None:
    with pytest.raises(Skip) as caught:
        to_date({"year": "2010", "day": "3"}, Slide({}, "t.csv:7"), "start_date")
    assert caught.value.where == "t.csv:7"


@pytest.mark.parametrize(
    ("cells", "column", "message"),
    [
        ("2019,4,31,20:00", 3, "2019-04-31T20:00 is not a date: April 2019 has no day 31"),
        ("2019,13,1,", 2, "2019-13-01 is not a date: there is no month 13"),
        ("2019,2,29,", 3, "2019-02-29 is not a date: February 2019 has no day 29"),
    ],
)
def test_a_date_in_a_sheet_is_refused_at_the_cell_at_fault(cells: str, column: int, message: str) -> None:
    # A newsroom's 31 April was reported at the row's Year cell (column 1), where nothing
    # is wrong, not at its Day cell, the one to correct.
    reports: list[Report] = []
    timeline = read_sheet(f"Year,Month,Day,Time,Headline\n{cells},Gone\n", "t.csv", reports)
    assert reports == []
    with pytest.raises(Skip) as caught:
        to_date(timeline.events[0].data["start_date"], timeline.events[0], "start_date")
    assert (caught.value.where, caught.value.message) == (f"t.csv:2:{column}", message)


@pytest.mark.parametrize(
    ("value", "expected"), [("", False), ("  ", False), (None, False), ("0", True), (0, True)]
)
def test_a_blank_part_is_not_given(value: Any, expected: bool) -> None:
    assert given(value) is expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"display_date": "Spring 2010"}, "Spring 2010"),
        ({"start_date": {"display_date": "1 May"}, "end_date": {"display_date": "3 May"}}, "1 May – 3 May"),
        ({"start_date": {"display_date": "1 May"}}, "1 May"),
        ({"end_date": {"display_date": "3 May"}}, ""),  # an end alone says nothing
        ({"display_date": 2010}, "2010"),
        ({}, ""),
    ],
)
def test_the_display_date_is_the_slides_own_or_its_dates(data: dict[str, Any], expected: str) -> None:
    reports: list[Report] = []
    assert display_date(Slide(data, "t.json:/events/0", pointer=True), reports) == expected
    assert reports == []


def test_a_utc_offset_is_taken_only_as_explainer_writes_it() -> None:
    start, end = parse_date("2010-04-19T23:00"), parse_date("2010-04-20T01:00")
    zoned, zoned_end = with_offset(start, end, "19 April 2010, 23:00 (UTC+6) – 20 April 2010, 01:00 (UTC+6)")
    assert (zoned.offset, zoned_end and zoned_end.offset) == (360, 360)
    assert with_offset(start, end, "19–20 April 2010, 23:00–01:00 (UTC+6)") == (start, end)  # not ours
    one, _ = with_offset(start, None, "19 April 2010, 23:00 (UTC+6)")
    assert one.offset == 360
    assert with_offset(start, None, "late evening (UTC+6)") == (start, None)  # other words: left as text
    day = parse_date("2010-04-19")
    assert with_offset(day, None, "19 April 2010 (UTC+6)") == (day, None)  # no time, no offset


ROUND_TRIP = {
    "vote": "date: 2026-03-04T21:00-05:00\n",
    "count": "date: 2026-03-05T02:30Z\n",
    "talks": "date: 2026-03-05T09:00+05:30\nend: 2026-03-06T18:00+01:00\n",
    "curfew": "date: 2026-03-10T18:00-03:30\ndate_phrase: until\n",
    "strike": "date: 2026-03-01\nend: 2026-03-09\ndate_phrase: between\n",
    "march": "date: 2026-03-07\nend: 2026-03-08\ndate_phrase: weekend\n",
    "camp": "date: 2026-03\ndate_phrase: from\n",
    "drills": "date: 2026-02\ncirca: true\n",
    "blast": "date: 2026-03-04T01:08+03:00\ncirca: true\n",
    "shots": "date: 2026-03-04T23:00\ncirca: true\n",
}
"""Dates of events (by id) as written: offsets, 'Z', phrases and circa, of a time too (whose
day is known: '4 March 2026, c. 23:00'; at one o'clock, 'hacia la 1:08')."""
LANGUAGES = [*(name.replace("_", "-") for name in available()), "en-US", "pt-BR", "fr-CA"]
"""Every shipped language, and a few of their regional forms a site may be written in."""


def test_our_own_export_gives_back_the_dates_as_written_in_every_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Offsets came back only from English pages ('4 mars 2026, 21:00 (UTC-5)' was kept as
    # display_date, the time without its zone), and date phrases from none ('Between 1 and
    # 9 March 2026' was display_date too).
    monkeypatch.chdir(tmp_path)
    content = tmp_path / "content"
    content.mkdir()
    (content / "site.yaml").write_text("title: T\nlanguage: en-US\n")
    for tag in LANGUAGES:
        story = content / tag.lower()
        (story / "events").mkdir(parents=True)
        (story / "story.yaml").write_text(f"title: S\nsummary: s\npublished: 2026-03-01\nlanguage: {tag}\n")
        for event_id, dates in ROUND_TRIP.items():
            (story / "events" / f"{event_id}.yaml").write_text(f"title: {event_id}\n{dates}summary: x\n")
    build(content="content", templates=TEMPLATES, out="site")
    for tag in LANGUAGES:
        imported = import_timeline(
            source=f"site/{tag.lower()}/timeline.json", story=f"{tag.lower()}-again", content="content"
        )
        written = {
            e.id: "".join(
                line
                for line in Path(f"content/{tag.lower()}-again/events/{e.id}.yaml")
                .read_text()
                .splitlines(True)
                if line.startswith(("date:", "end:", "circa:", "date_phrase:", "display_date:"))
            )
            for e in imported.story.events
        }
        assert written == ROUND_TRIP, tag


@pytest.mark.parametrize("tag", LANGUAGES)
def test_a_utc_offset_is_taken_as_explainer_writes_it_in_each_language(tag: str) -> None:
    start, end = parse_date("2026-03-04T21:00"), parse_date("2026-03-05T02:00")
    zoned, zoned_end = parse_date("2026-03-04T21:00-05:00"), parse_date("2026-03-05T02:00Z")
    words = for_tag(tag, minus="-")
    languages = [tag]
    assert with_offset(start, None, words.span(zoned, None), languages) == (zoned, None)
    assert with_offset(start, end, words.span(zoned, zoned_end), languages) == (zoned, zoned_end)
    until = words.phrase("until", zoned, zoned_end)  # the end alone is shown, and its zone
    assert with_offset(start, end, until, languages) == (start, zoned_end)
    assert with_offset(start, None, words.span(zoned, None, circa=True), languages) == (zoned, None)
    assert with_offset(start, None, f"{words.span(start, None)} (UTC-5)!", languages) == (start, None)


def test_a_display_date_of_many_utc_offsets_is_text_at_once() -> None:
    # A sheet's cell naming hundreds of offsets had every pair of them tried as the two
    # ends' zones (each pair worded in every language): 300 took many minutes.
    start, end = parse_date("2010-04-07T10:00"), parse_date("2010-04-08T11:00")
    cell = " ".join(f"(UTC+{minutes // 60}:{minutes % 60:02d})" for minutes in range(1, 301))
    with time_limit(5):
        assert with_offset(start, end, cell) == (start, end)
    # Explainer's own wording, one offset for each end, is still read.
    shown = "7 April 2010, 10:00 (UTC+6) – 8 April 2010, 11:00 (UTC+5)"
    assert with_offset(start, end, shown) == (
        parse_date("2010-04-07T10:00+06:00"),
        parse_date("2010-04-08T11:00+05:00"),
    )


@pytest.mark.parametrize("words", ["В период с ", "У період з "])
def test_a_long_cell_of_a_russian_or_ukrainian_phrases_first_words_is_text_at_once(words: str) -> None:
    # The pattern that reads an export from before 2 December was tried from every
    # word: a cell of the phrase's first words over and over, with no 'по', took time
    # as the square of its length (300,000 characters: a minute).
    start, end = parse_date("2010-04"), parse_date("2010-08")
    with time_limit(5):
        assert as_shown(words * 30_000, start, end, ["ru", "uk"]) is None
    # The phrase as the export writes it, now and before, is still read.
    now = for_tag("ru", minus="-").phrase("between", start, end)
    assert now == "В период с апреля по август 2010\u202fг."
    assert as_shown(now, start, end, ["ru"]) == Shown(phrase="between")
    assert as_shown("Между апрель и август 2010\u202fг.", start, end, ["ru"]) == Shown(phrase="between")


@pytest.mark.parametrize("tag", LANGUAGES)
@pytest.mark.parametrize("phrase", ["from", "until", "between", "weekend"])
def test_a_date_phrase_is_read_as_explainer_writes_it_in_each_language(tag: str, phrase: str) -> None:
    start, end = parse_date("2026-03-07"), parse_date("2026-03-08")
    shown = for_tag(tag, minus="-").phrase(phrase, start, end)
    assert as_shown(shown, start, end, [tag]) == Shown(phrase=phrase)
    assert as_shown(shown + ".", start, end, [tag]) is None  # other words: kept as they are


def test_a_phrase_about_a_span_is_not_read_for_one_date() -> None:
    day = parse_date("2026-03-07")
    # 'Between 7 and 7 March' is not a span: date_phrase: between would need 'end'.
    assert as_shown(for_tag("en").phrase("between", day, None), day, None) is None
    assert as_shown("From 7 March 2026", day, None) == Shown(phrase="from")


def test_a_persian_display_date_in_persian_digits_is_the_dates_own() -> None:
    # Persian pages (and a sheet typed in Persian) write '۱۱ مارس ۲۰۱۱', which was kept
    # as the slide's own display_date instead of being read as the date it shows.
    day = parse_date("2011-03-11")
    assert as_shown("۱۱ مارس ۲۰۱۱", day, None) == Shown()
    assert as_shown("از ۱۱ تا ۱۵ مارس ۲۰۱۱", day, parse_date("2011-03-15")) == Shown(phrase="between")
    assert as_shown("۱۱ مارس، روز زلزله", day, None) is None


@pytest.mark.parametrize(
    ("display", "languages"),
    [
        ("25 de octubre de 2023, 00:25 (UTC-6)", ("es",)),  # Spanish pages write 0:25
        ("25 de octubre de 2023, 0:25 (UTC−6)", ("es",)),  # the minus sign the pages show
        ("25 October 2023, 0:25 (UTC-6)", ()),  # English pages write 00:25
        ("25 October 2023, 00:25 (UTC−6)", ()),
    ],
)
def test_a_utc_offset_is_taken_from_an_hour_typed_with_or_without_its_zero(
    display: str, languages: tuple[str, ...]
) -> None:
    # A Spanish newsroom's sheet said '25 de octubre de 2023, 00:25 (UTC-6)': the pages
    # write '0:25' in Spanish, so the display date was kept as text and the event's time
    # lost its offset (the feed and the sitemap then read it on the site's clock). So was
    # a date copied from a page, which shows the offset with a minus sign (−), not '-'.
    start = parse_date("2023-10-25T00:25")
    zoned, _ = with_offset(start, None, display, languages)
    assert zoned.offset == -360
    assert as_shown(display, zoned, None, languages) == Shown()
    # An hour's zero is no licence for another hour: 10:25 is not 0:25.
    later = re.sub(r"\b0?0:25", "10:25", display)
    assert later != display and with_offset(start, None, later, languages) == (start, None)


@pytest.mark.parametrize(
    ("display", "language"),
    [
        ("4 أغسطس 2020، 18:07 (UTC+3)", "ar"),  # Arabic pages write '(بتوقيت UTC+3)'
        ("4 أغسطس 2020، 18:07 (بتوقيت UTC+3)", "ar"),
        ("۴ اوت ۲۰۲۰،\u200f ۱۸:۰۷ (UTC+3)", "fa"),  # Persian pages write '(به وقت UTC+3)'
    ],
)
def test_a_utc_offset_is_taken_without_the_words_the_pages_write_before_utc(
    display: str, language: str
) -> None:
    # An Arabic newsroom's timeline said '4 أغسطس 2020، 18:07 (UTC+3)', as TimelineJS
    # editors type an offset: the pages write 'بتوقيت' ('at the time of') before UTC, so
    # the display date was kept as text and the time lost its offset.
    start = parse_date("2020-08-04T18:07")
    zoned, _ = with_offset(start, None, display, (language,))
    assert zoned.offset == 180, display
    assert as_shown(display, zoned, None, (language,)) == Shown()
    later = display.replace("18:07", "19:07").replace("۱۸:۰۷", "۱۹:۰۷")
    assert with_offset(start, None, later, (language,)) == (start, None)


@pytest.mark.parametrize(
    "display",
    [
        "19 de septiembre de 2017, 13:14 h",
        "19 de septiembre de 2017, 13:14 hrs.",
        "19 de septiembre de 2017, 13:14 hrs",
        "19 de septiembre de 2017, 13:14 hs",
        "19 de septiembre de 2017, 13:14 horas",
        "19 de septiembre de 2017, 13:14\u00a0h (UTC-5)",
    ],
)
def test_a_spanish_time_is_the_dates_own_with_its_hours_word(display: str) -> None:
    # A Mexican newsroom's sheet wrote '19 de septiembre de 2017, 13:14 h' (or 'hrs.', as
    # Mexican papers do) where the es-MX pages write '..., 13:14': kept as a display date,
    # it showed the whole date on every entry of that day, where the date column shows the
    # time alone, and stayed as written when the date was corrected in its file.
    start = parse_date("2017-09-19T13:14")
    zoned, _ = with_offset(start, None, display, ("es-MX",))
    assert as_shown(display, zoned, None, ("es-MX",)) == Shown()
    assert as_shown(display.replace("13:14", "13:15"), zoned, None, ("es-MX",)) is None
    assert as_shown("19 de septiembre de 2017, 13:14 hasta la noche", start, None, ("es-MX",)) is None


@pytest.mark.parametrize(
    "display",
    ["14. Juli 2021, 22:30 Uhr", "14. Juli 2021, 22:30", "14. Juli 2021, 22:30\u00a0Uhr (UTC+2)"],
)
def test_a_german_time_is_the_dates_own_with_or_without_uhr(display: str) -> None:
    # A German newsroom's sheet said '14. Juli 2021, 22:30 Uhr' on every slide with a
    # time: kept as each event's display date, it would have stayed as written when the
    # date was corrected in its file.
    start = parse_date("2021-07-14T22:30")
    zoned, _ = with_offset(start, None, display)
    assert as_shown(display, zoned, None) == Shown()
    assert as_shown(display.replace("22:30", "22:45"), zoned, None) is None
    assert as_shown("14. Juli 2021, 22:30 Uhrzeit", start, None) is None


@pytest.mark.parametrize(
    "display",
    ["30. desember 2020 kl. 03.55", "30. desember 2020 kl. 03:55", "30. desember 2020 kl.\u00a003:55"],
)
def test_a_norwegian_time_is_the_dates_own_with_a_dot_or_a_colon(display: str) -> None:
    # A Norwegian sheet's '30. desember 2020 kl. 03.55' is what Norwegian pages write
    # '30. desember 2020 kl. 03:55': it was kept as the event's display date, and would
    # have stayed as written when the date was corrected in its file.
    start = parse_date("2020-12-30T03:55")
    assert as_shown(display, start, None, ("nb",)) == Shown()
    assert as_shown(display.replace("55", "56"), start, None, ("nb",)) is None


@pytest.mark.parametrize(
    "display",
    [
        "4. avgusta 2023 ob 6.00",
        "4. avgusta 2023 ob 06:00",
        "4. avgusta 2023 ob\u00a06.00",
        "4. avgusta 2023 ob 6:00",
    ],
)
def test_a_slovenian_time_is_the_dates_own_with_a_dot_or_a_colon(display: str) -> None:
    # The Slovenian pages write '4. avgusta 2023 ob 6.00'; a sheet, or a newsroom, may write
    # the time with a colon and its zero, as CLDR's clock does.
    start = parse_date("2023-08-04T06:00")
    assert as_shown(display, start, None, ("sl",)) == Shown()
    assert as_shown(display.replace("00", "05"), start, None, ("sl",)) is None


@pytest.mark.parametrize(
    "display",
    [
        "30 octombrie 2015, ora 22:32",
        "30 octombrie 2015 ora 22:32",
        "30 octombrie 2015, la ora 22:32",
        "30 octombrie 2015, ora 22.32",
        "30 octombrie 2015, 22:32",
    ],
)
def test_a_romanian_time_after_ora_is_the_dates_own(display: str) -> None:
    # A Romanian sheet's '30 octombrie 2015, ora 22:32' ('the hour') is what Romanian pages
    # write '30 octombrie 2015, 22:32': it was kept as the event's display date, and would
    # have stayed as written when the date was corrected in its file.
    start = parse_date("2015-10-30T22:32")
    assert as_shown(display, start, None, ("ro",)) == Shown()
    assert as_shown(display.replace("32", "33"), start, None, ("ro",)) is None


@pytest.mark.parametrize(
    ("display", "date"),
    [
        ("25 de janeiro de 2019 12h28", "2019-01-25T12:28"),
        ("25 de janeiro de 2019 12:28", "2019-01-25T12:28"),  # as pages wrote it before
        ("27 de janeiro de 2019 5h30", "2019-01-27T05:30"),
        ("27 de janeiro de 2019 05:30", "2019-01-27T05:30"),
        ("27 de janeiro de 2019 5h30min07s", "2019-01-27T05:30:07"),
        ("1º de dezembro de 2026 9h00", "2026-12-01T09:00"),
        ("1 de dezembro de 2026 09:00", "2026-12-01T09:00"),  # as pages wrote it before
    ],
)
def test_a_brazilian_time_is_the_dates_own_with_an_h_or_a_colon(display: str, date: str) -> None:
    # Brazilian pages write '12h28', as Brazilian news does; an export of a story made
    # before they did, or a sheet typed by a newsroom, says '12:28'. Either is the date's
    # own: kept as the event's display date, it would have stayed as written when the
    # date was corrected in its file.
    start = parse_date(date)
    assert as_shown(display, start, None, ("pt-BR",)) == Shown()
    later = re.sub(r"(?<=[h:])(\d\d)", lambda m: f"{(int(m[1]) + 7) % 60:02d}", display, count=1)
    assert as_shown(later, start, None, ("pt-BR",)) is None


@pytest.mark.parametrize(
    ("display", "date", "end"),
    [
        ("27 ноября 2018 г.", "2018-11-27", None),
        ("27 ноября 2018\u00a0г.", "2018-11-27", None),
        ("28 ноября 2018 г., 19:00", "2018-11-28T19:00", None),
        ("24—25 ноября 2018 г.", "2018-11-24", "2018-11-25"),
    ],
)
def test_a_russian_display_date_typed_with_a_plain_space_is_the_dates_own(
    display: str, date: str, end: str | None
) -> None:
    # Russian pages write '27 ноября 2018\u202fг.', with CLDR's narrow no-break space; a
    # Russian newsroom's sheet typed it with a plain space (or a no-break one) and each was
    # kept as the event's display date, which would have stayed as written when the date
    # was corrected in its file.
    start, finish = parse_date(date), parse_date(end) if end else None
    assert as_shown(display, start, finish, ("ru",)) == Shown()
    assert as_shown(display.replace("2018", "2019"), start, finish, ("ru",)) is None


@pytest.mark.parametrize(
    ("display", "date", "end"),
    [
        ("12. – 13. März 2024", "2024-03-12", "2024-03-13"),  # pages: '12.–13. März 2024'
        ("12. März – 13. April 2024", "2024-03-12", "2024-04-13"),  # pages: thin spaces
        ("12 – 13 mars 2024", "2024-03-12", "2024-03-13"),
        ("12 – 13 March 2024", "2024-03-12", "2024-03-13"),
        ("12. – 13. března 2024", "2024-03-12", "2024-03-13"),
        ("24 — 25 ноября 2018 г.", "2018-11-24", "2018-11-25"),  # Russian's em dash
        ("12.\u2009–\u200913. März 2024", "2024-03-12", "2024-03-13"),
    ],
)
def test_a_span_typed_with_spaces_round_its_dash_is_the_dates_own(display: str, date: str, end: str) -> None:
    # A German newsroom's sheet types a two-day span '12. – 13. März 2024', with plain
    # spaces round the dash, where the pages write '12.–13. März 2024' (and a span across
    # months with thin spaces): each was kept as text, to stay as written when the dates
    # were corrected in the event's file.
    start, finish = parse_date(date), parse_date(end)
    assert as_shown(display, start, finish) == Shown()
    assert as_shown(display, start, parse_date(end[:-2] + "20")) is None  # another end


@pytest.mark.parametrize(
    ("display", "date", "end", "shown"),
    [
        ("2010-ж., 7-апрелден тартып", "2010-04-07", None, Shown(phrase="from")),
        ("2010-ж., 7-апрель тартып", "2010-04-07", None, Shown(phrase="from")),  # as pages wrote it before
        ("2005-жылга чейин", "2005", None, Shown(phrase="until")),
        ("2005 чейин", "2005", None, Shown(phrase="until")),  # before
        ("2010-ж., 7-апрель 18:50дөн тартып", "2010-04-07T18:50", None, Shown(phrase="from")),
        ("4-октябрь 2020-ж. – 10-январь 2021-ж.", "2020-10-04", "2021-01-10", Shown()),
        ("4-октябрь 2020-ж. - 10-январь 2021-ж.", "2020-10-04", "2021-01-10", Shown()),  # before
        ("2010-ж., 8-апрелден тартып", "2010-04-07", None, None),  # another day
    ],
)
def test_a_kyrgyz_display_date_is_the_dates_own_as_pages_write_it_now_and_before(
    display: str, date: str, end: str | None, shown: Shown | None
) -> None:
    # Kyrgyz pages now put a phrase's date in its case ('7-апрелден тартып', was
    # '7-апрель тартып') and join two dates with a dash (was ' - '): an export of either
    # time says the date's own, not words of the editor's to keep as its display date.
    assert as_shown(display, parse_date(date), parse_date(end) if end else None) == shown


@pytest.mark.parametrize(
    ("tag", "start", "end", "before", "now"),
    [
        ("th", "2025-12-06", None, "6 ธันวาคม ค.ศ. 2025", "6 ธันวาคม 2568"),
        ("th", "2020", "2025", "2020–2025", "พ.ศ. 2563–2568"),
        ("hi", "2025-12-06T19:30", None, "6 दिसंबर 2025, 19:30", "6 दिसंबर 2025, शाम\u00a07:30\u00a0बजे"),
        ("ta", "2025-12-06T10:00", "2025-12-06T11:30", "6 டிசம்பர், 2025, 10:00 – 11:30",
         "6 டிசம்பர், 2025, காலை 10–11.30\u00a0மணி"),
        ("fil", "2025-12-06T16:00", None, "Disyembre 6, 2025, 16:00", "Disyembre 6, 2025, 4:00 ng\u00a0hapon"),
        # Two times of a day had CLDR's Bulgarian 'ч.' after each; now after the last alone.
        ("bg", "2025-12-06T10:00", "2025-12-06T11:30", "6 декември 2025\u202fг., 10:00 ч. – 11:30 ч.",
         "6 декември 2025\u202fг., 10:00 – 11:30 ч."),
    ],
)  # fmt: skip
def test_a_display_date_exported_before_the_news_forms_is_read_as_one_exported_now(
    tag: str, start: str, end: str | None, before: str, now: str
) -> None:
    # Thai exports wrote Gregorian years until 6 December 2026, where Thai pages now count
    # the Buddhist Era; Hindi, Tamil, Telugu and Filipino ones a 24-hour clock, where their
    # pages now write the part of the day. A file exported then kept each display date
    # as the editor's own words, shown as written.
    first, last = parse_date(start), parse_date(end) if end else None
    assert for_tag(tag, minus="-").span(first, last) == now
    assert as_shown(now, first, last, [tag]) == Shown()
    assert as_shown(before, first, last, [tag]) == Shown()
    assert as_shown(before + "!", first, last, [tag]) is None  # other words: kept as they are


@pytest.mark.parametrize(
    ("tag", "start", "end", "before", "shown"),
    [
        ("bg", "2025-12-06T10:00", "2025-12-06T11:30", "6 декември 2025 г., между 10:00 ч. и 11:30 ч.",
         Shown(phrase="between")),
        ("bg", "2025-12-06T10:00:05", "2025-12-06T10:00:09", "6 декември 2025 г., между 10:00:05 ч. и 10:00:09 ч.",
         Shown(phrase="between")),
        ("th", "2025-12-06T10:00", "2025-12-06T17:40", "6 ธันวาคม 2568 10:00 น. – 17:40 น.", Shown()),
        ("th", "2025-12-06T10:00", "2025-12-06T17:40", "6 ธันวาคม 2568 ระหว่างเวลา 10:00 น. ถึง 17:40 น.",
         Shown(phrase="between")),
        ("de", "2025-12-06T22:30", "2025-12-06T23:45", "6. Dezember 2025, zwischen 22:30 Uhr und 23:45 Uhr",
         Shown(phrase="between")),
        ("de", "2025-12-06T22:30:05", "2025-12-06T22:30:09",
         "6. Dezember 2025, zwischen 22:30:05 Uhr und 22:30:09 Uhr", Shown(phrase="between")),
        # The pages' '22:30–23:45 Uhr', the word after each and the dash spaced.
        ("de", "2025-12-06T22:30", "2025-12-06T23:45", "6. Dezember 2025, 22:30 Uhr – 23:45 Uhr", Shown()),
    ],
)  # fmt: skip
def test_two_times_of_a_day_exported_with_the_clock_word_after_each_are_read_as_the_dates_own(
    tag: str, start: str, end: str, before: str, shown: Shown
) -> None:
    # Until 7 December 2026 an export wrote the word after a time after both of two times
    # of one day; pages now write it once, after the last. A Bulgarian or Thai export made
    # with the day named once and the word twice was kept as the editor's display date.
    first, last = parse_date(start), parse_date(end)
    assert as_shown(before, first, last, [tag]) == shown
    other = before.replace("11:30", "11:35").replace("17:40", "17:45").replace(":09", ":08")
    other = other.replace("23:45", "23:50")
    assert as_shown(other, first, last, [tag]) is None  # another time: kept as written


@pytest.mark.parametrize(
    ("tag", "before", "now"),
    [
        ("en", "c. 4 March 2026, 23:00", "4 March 2026, c.\u00a023:00"),
        ("es", "hacia el 4 de marzo de 2026, 23:00", "4 de marzo de 2026, hacia\u00a0las\u00a023:00"),
        ("hr", "oko 4. ožujka 2026. u 23:00", "4. ožujka 2026. oko\u00a023:00"),
    ],
)
def test_an_approximate_time_exported_before_it_was_said_on_the_time_is_read_as_approximate(
    tag: str, before: str, now: str
) -> None:
    # Until 6 December 2026 an export wrote 'c.' before the whole date of an approximate
    # time; a file exported then is read as one exported now, its date approximate.
    date = parse_date("2026-03-04T23:00")
    assert for_tag(tag, minus="-").span(date, None, circa=True) == now
    assert as_shown(now, date, None, [tag]) == Shown(circa=True)
    assert as_shown(before, date, None, [tag]) == Shown(circa=True)
    # A sheet typed with a plain space where the export has a no-break one reads the same.
    assert as_shown(now.replace("\u00a0", " "), date, None, [tag]) == Shown(circa=True)


@pytest.mark.parametrize(
    ("tag", "before", "now"),
    [
        ("fr", "vers le 7–15 avril 2010", "vers le 7 avril\u2009–\u2009vers le 15 avril 2010"),
        (
            "es",
            "hacia el 7–15 de abril de 2010",
            "hacia el 7 de abril\u2009–\u2009hacia el 15 de abril de 2010",
        ),
        ("it", "intorno al 7–15 aprile 2010", "intorno al 7 aprile\u2009–\u2009intorno al 15 aprile 2010"),
    ],
)
def test_an_approximate_span_of_days_exported_with_one_word_for_both_is_read_as_approximate(
    tag: str, before: str, now: str
) -> None:
    # Until 7 December 2026 an export wrote one word for 'about' a day before a span of
    # days ('vers le 7–15 avril 2010'); now each end has its own. Both are the dates.
    start, end = parse_date("2010-04-07"), parse_date("2010-04-15")
    assert for_tag(tag, minus="-").span(start, end, circa=True) == now
    assert as_shown(now, start, end, [tag]) == Shown(circa=True)
    assert as_shown(before, start, end, [tag]) == Shown(circa=True)


@pytest.mark.parametrize(
    ("display", "date", "shown"),
    [
        # French typography sets an hour's 'h' between spaces (no-break ones, or plain ones
        # typed in a sheet), where the pages write '18:18'.
        ("15 avril 2019, 18 h 18", "2019-04-15T18:18", Shown()),
        ("15 avril 2019, 18\u00a0h\u00a018", "2019-04-15T18:18", Shown()),
        ("15 avril 2019, 18\u202fh\u202f18", "2019-04-15T18:18", Shown()),
        ("15 avril 2019, vers 21 h 45", "2019-04-15T21:45", Shown(circa=True)),
        # A cell starts a slide's date, so a newsroom writes its first word with a capital,
        # where the pages write 'vers 1345' (and TimelineJS shows the cell as written).
        ("Vers 1345", "1345", Shown(circa=True)),
        ("C. 1345", "1345", Shown(circa=True)),
    ],
)
def test_a_french_newsrooms_hour_and_capital_are_the_dates_own(display: str, date: str, shown: Shown) -> None:
    # A French sheet said '15 avril 2019, 18 h 18' and 'Vers 1345': both were kept as
    # display dates, so the story page showed the whole date on every entry of that
    # evening instead of its time alone, and 'Vers 1345' was no 'circa: true'.
    start = parse_date(date)
    assert as_shown(display, start, None, ("fr",)) == shown
    assert as_shown(display[:-1] + "9", start, None, ("fr",)) is None  # another time, another year


@pytest.mark.parametrize(
    ("display", "date", "shown"),
    [
        # An evening told hour by hour: each slide's cell gives its hour alone.
        ("Vers 21 h 45", "2019-04-15T21:45", Shown(circa=True)),
        ("vers 21:45", "2019-04-15T21:45", Shown(circa=True)),
        ("19 h 50", "2019-04-15T19:50", Shown()),
        ("19:50", "2019-04-15T19:50", Shown()),
    ],
)
def test_a_cell_with_its_hour_alone_is_the_dates_own(display: str, date: str, shown: Shown) -> None:
    # 'Vers 21 h 45' was kept as the event's display date: its own page then said no day,
    # where the pages write '15 avril 2019, vers 21:45' (and 'vers 21:45' alone on the
    # timeline after an entry of that day).
    start = parse_date(date)
    assert as_shown(display, start, None, ("fr",)) == shown
    assert as_shown("22:10", start, None, ("fr",)) is None  # another hour: the editor's own words
    assert as_shown(display, parse_date(date[:10]), None, ("fr",)) is None  # a day has no hour to show


@pytest.mark.parametrize(
    ("start", "end", "before"),
    [
        ("2010-04-07", "2010-04-15", "Ժամանակահատվածը՝ 7 – 15 ապրիլի, 2010 թ."),
        ("2010-04-07T10:00", "2010-04-07T11:30",
         "Ժամանակահատվածը՝ 2010 թ. ապրիլի 7, 10:00 – 2010 թ. ապրիլի 7, 11:30"),
    ],
)  # fmt: skip
def test_an_armenian_between_exported_in_the_catalogs_earlier_words_is_read_as_the_phrase(
    start: str, end: str, before: str
) -> None:
    # Armenian pages wrote 'between' as 'Ժամանակահատվածը՝ ...' ('the period: ...') until 6
    # December 2026: such an export's display date was kept as the editor's own words.
    first, last = parse_date(start), parse_date(end)
    assert as_shown(before, first, last) == Shown(phrase="between")
    assert as_shown(before, first, last, ["hy"]) == Shown(phrase="between")
    assert as_shown(before.replace("Ժամանակահատվածը", "Ժամանակը"), first, last) is None


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (None, "2010, April 2010, 7 April 2010"),
        ("en-US", "2010, April 2010, 7 April 2010"),
        ("pt-BR", "2010, April 2010, 7 April 2010; in Portuguese, abril de 2010 or 7 de abril de 2010"),
        ("fr", "2010, April 2010, 7 April 2010; in French, avril 2010 or 7 avril 2010"),
        ("de", "2010, April 2010, 7 April 2010; in German, 7. April 2010"),  # its month is English's
        ("ja", "2010, April 2010, 7 April 2010; in Japanese, 2010年4月 or 2010年4月7日"),
        ("ru", "2010, April 2010, 7 April 2010; in Russian, апрель 2010 г. or 7 апреля 2010 г."),
        ("vi", "2010, April 2010, 7 April 2010"),  # 'tháng 4 năm 2010': check does not read it
        ("th", "2010, April 2010, 7 April 2010; in Thai, เมษายน 2010"),  # its day has 'ค.ศ.', unread
        ("xx", "2010, April 2010, 7 April 2010"),
    ],
)
def test_the_dates_an_editor_may_write_are_shown_in_the_storys_language_where_check_reads_them(
    language: str | None, said: str
) -> None:
    assert date_examples(language) == said


def test_every_date_example_in_any_language_reads_as_its_date() -> None:
    for catalog in available():
        for example in date_examples(catalog.replace("_", "-")).split("; in ", 1)[1:]:
            for written in example.split(", ", 1)[1].split(" or "):
                assert read_date(written) is not None, (catalog, written)
