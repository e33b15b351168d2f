"""An event slide as an event: each date form, display dates, headlines, text and group, and
what is reported when something cannot be carried over."""

from __future__ import annotations

from typing import Any

import pytest

from generator.content.dates import PartialDate
from generator.importers.convert import convert
from generator.importers.event import EVENT_SUMMARY_TODO, Event
from generator.importers.pictures import Picture
from generator.importers.slides import Slide, Timeline
from tests.importers.test_convert import one, run, slide

# Dates


def test_a_bad_start_date_leaves_the_slide_out_and_the_others_in() -> None:
    story, reports = run(
        slide("2010", "Kept"),
        {"start_date": {"year": "1889", "month": "2", "day": "30"}, "text": {"headline": "Gone"}},
        {"text": {"headline": "No date"}},
        slide("2011", "Also kept"),
    )
    assert [e.title for e in story.events] == ["Kept", "Also kept"]
    assert reports == [
        "t.json:/events/1/start_date/day: 1889-02-30 is not a date: February 1889 has no day 30; slide left out (skipped)",
        "t.json:/events/2/start_date: no start date (Year); slide left out (skipped)",
    ]


def test_a_date_written_as_text_is_told_how_to_be_a_date_object() -> None:
    # '"start_date": "2014-04-20"' was 'no start date (Year)', as if the slide had none.
    story, reports = run(
        {"start_date": "2014-04-20", "text": {"headline": "Gone"}},
        {"start_date": 2014, "text": {"headline": "Gone too"}},
        slide("2010", "Kept", end_date="20 April 2011"),
    )
    assert [e.title for e in story.events] == ["Kept"] and story.events[0].end is None
    assert reports == [
        "t.json:/events/0/start_date: start_date '2014-04-20' is not a date object: write it as {\"year\": "
        '"2014", "month": "4", "day": "20"}; slide left out (skipped)',
        't.json:/events/1/start_date: start_date \'2014\' is not a date object: write it as {"year": "2010", '
        '"month": "4", "day": "7"}; slide left out (skipped)',
        "t.json:/events/2/end_date: end_date '20 April 2011' is not a date object: write it as {\"year\": "
        '"2011", "month": "4", "day": "20"}; imported without its end date',
    ]


@pytest.mark.parametrize(
    ("end", "kept", "reports"),
    [
        ({"year": "2012"}, "2012", []),
        ({"year": "2010", "month": "6"}, "2010-06", []),  # a month inside the start's year
        ({"year": "2010"}, None, []),  # the same as the start: TimelineJS drops it too
        ({"year": "", "month": ""}, None, []),  # nothing given
        (
            {"year": "2009"},
            None,
            [
                "t.json:/events/0/end_date: the end date (2009) is before the start (2010); imported without it"
            ],
        ),
        (
            {"year": "2010", "month": "13"},
            None,
            [
                "t.json:/events/0/end_date/month: 2010-13 is not a date: there is no month 13; imported without its end date"
            ],
        ),
    ],
)
def test_end_dates(end: dict[str, str], kept: str | None, reports: list[str]) -> None:
    event, found = one(slide("2010", end_date=end))
    assert (event.end.iso() if event.end else None, found) == (kept, reports)


DAY = {"year": "2011", "month": "10", "day": "23"}


@pytest.mark.parametrize(
    ("start", "end", "report"),
    [
        (DAY, {"year": "2011"}, "the end date (2011) is the period the start (2011-10-23) falls in"),
        (DAY, {"year": "2011", "month": "10"}, "the end date (2011-10) is the period the start (2011-10-23) falls in"),
        (DAY | {"hour": "9"}, DAY, "the end date (2011-10-23) is the period the start (2011-10-23T09:00) falls in"),
    ],
)  # fmt: skip
def test_an_end_date_that_is_only_the_period_of_the_start_is_left_out(
    start: dict[str, str], end: dict[str, str], report: str
) -> None:
    event, found = one(slide(start_date=start, end_date=end))
    assert event.end is None
    assert found == [f"t.json:/events/0/end_date: {report}, not a later date; imported without it"]


@pytest.mark.parametrize(
    ("end", "kept"), [({"year": "2012"}, "2012"), ({"year": "2011", "month": "11"}, "2011-11")]
)
def test_a_coarser_end_date_after_the_start_is_kept(end: dict[str, str], kept: str) -> None:
    event, found = one(slide(start_date=DAY, end_date=end))
    assert (event.end.iso() if event.end else None, found) == (kept, [])


# Display dates


@pytest.mark.parametrize(
    ("fields", "display", "circa"),
    [
        ({"display_date": "2010"}, "", False),  # what explainer shows anyway
        ({"display_date": "c. 2010"}, "", True),
        ({"display_date": "Spring <b>2010</b>"}, "Spring 2010", False),
        ({"start_date": {"year": "2010", "display_date": "About then"}}, "About then", False),
        (
            {
                "start_date": {"year": "2010", "display_date": "Spring"},
                "end_date": {"year": "2011", "display_date": "autumn"},
            },
            "Spring – autumn",
            False,
        ),
        (
            {"start_date": {"year": "2010"}, "end_date": {"year": "2011"}, "display_date": "2010–2011"},
            "",
            False,
        ),
        ({"display_date": 2010}, "", False),  # a number, as JSON allows
        # What explainer shows in another language it has a catalog for: our own export of
        # a French or German story, or a newsroom's own timeline (each was kept as text).
        (
            {"start_date": {"year": "2010", "month": "4", "day": "1"}, "display_date": "1er avril 2010"},
            "",
            False,
        ),
        (
            {
                "start_date": {"year": "2010", "month": "4", "day": "1"},
                "display_date": "vers le 1er avril 2010",
            },
            "",
            True,
        ),
        (  # as the French export wrote it before it wrote '1er'
            {"start_date": {"year": "2010", "month": "4", "day": "1"}, "display_date": "1 avril 2010"},
            "",
            False,
        ),
        # Italian: our export's '1º', an editor's '1°' (an Italian keyboard's degree
        # sign), and '1' as our export wrote it before 5 December 2026.
        (
            {"start_date": {"year": "2010", "month": "4", "day": "1"}, "display_date": "1º aprile 2010"},
            "",
            False,
        ),
        (
            {"start_date": {"year": "2010", "month": "4", "day": "1"}, "display_date": "1° aprile 2010"},
            "",
            False,
        ),
        (
            {"start_date": {"year": "2010", "month": "4", "day": "1"}, "display_date": "Dal 1 aprile 2010"},
            "",
            False,
        ),
        (
            {
                "start_date": {"year": "2010", "month": "4", "day": "7"},
                "end_date": {"year": "2010", "month": "4", "day": "9"},
                "display_date": "7.–9. April 2010",
            },
            "",
            False,
        ),
        (
            {"start_date": {"year": "2010", "month": "4", "day": "1"}, "display_date": "Début avril 2010"},
            "Début avril 2010",
            False,
        ),
    ],
)
def test_a_display_date_is_kept_when_it_says_more_than_the_dates(
    fields: dict[str, Any], display: str, circa: bool
) -> None:
    event, reports = one(slide("2010") | fields)
    assert (event.display_date, event.circa, reports) == (display, circa, [])


@pytest.mark.parametrize(
    ("display", "offset"),
    [
        ("19 April 2010, 23:00 (UTC)", 0),
        ("19 April 2010, 23:00 (UTC+6)", 360),
        ("19 April 2010, 23:00 (UTC-3:30)", -210),
        ("c. 19 April 2010, 23:00 (UTC+6)", 360),
    ],
)
def test_a_utc_offset_shown_as_explainer_shows_it_goes_into_the_date(display: str, offset: int) -> None:
    start = {"year": "2010", "month": "4", "day": "19", "hour": "23"}
    event, _ = one(slide(start_date=start, display_date=display))
    assert event.date.offset == offset and event.display_date == ""
    assert event.circa == display.startswith("c. ")


def test_a_utc_offset_in_other_words_is_left_as_display_text() -> None:
    start = {"year": "2010", "month": "4", "day": "19", "hour": "23"}
    event, _ = one(slide(start_date=start, display_date="Late that night (UTC+6)"))
    assert event.date.offset is None and event.display_date == "Late that night (UTC+6)"
    day, _ = one(slide(start_date={"year": "2010"}, display_date="2010 (UTC+6)"))  # no time to zone
    assert day.date == PartialDate(2010) and day.display_date == "2010 (UTC+6)"


@pytest.mark.parametrize(
    ("display", "phrase"),
    [
        ("Between 1 and 9 March 2026", "between"),
        ("Entre le 1er et le 9 mars 2026", "between"),  # our own export of a French story
        ("Weekend of 1–9 March 2026", "weekend"),
        ("À partir du 1er mars 2026", "from"),
        ("Bis zum 9. März 2026", "until"),
    ],
)
def test_a_display_date_worded_as_a_date_phrase_becomes_it(display: str, phrase: str) -> None:
    # It was kept as display_date, shown as written in every language the story is put in.
    start, end = {"year": "2026", "month": "3", "day": "1"}, {"year": "2026", "month": "3", "day": "9"}
    event, reports = one(slide(display_date=display, start_date=start, end_date=end))
    assert (event.date_phrase, event.display_date, event.circa, reports) == (phrase, "", False, [])


@pytest.mark.parametrize(
    ("display", "end", "phrase", "circa"),
    [
        # As our export wrote a month after a word before 2 December 2026, and as it does now.
        ("À partir de avril 2010", None, "from", False),
        ("À partir d’avril 2010", None, "from", False),
        ("С апрель 2010\u202fг.", None, "from", False),
        ("С апреля 2010\u202fг.", None, "from", False),
        ("ок. апрель 2010\u202fг.", None, None, True),
        ("ок. апреля 2010\u202fг.", None, None, True),
        ("Между апрель и август 2010\u202fг.", "8", "between", False),
        ("В период с апреля по август 2010\u202fг.", "8", "between", False),
        ("Між квітень і серпень 2010\u202fр.", "8", "between", False),
        ("У період з квітня по серпень 2010\u202fр.", "8", "between", False),
    ],
)
def test_a_display_date_our_export_wrote_before_or_now_becomes_its_phrase(
    display: str, end: str | None, phrase: str | None, circa: bool
) -> None:
    fields = {"end_date": {"year": "2010", "month": end}} if end else {}
    event, reports = one(slide(display_date=display, start_date={"year": "2010", "month": "4"}) | fields)
    assert (event.date_phrase, event.display_date, event.circa, reports) == (phrase, "", circa, [])


def test_a_display_date_is_read_in_the_languages_of_the_site_too() -> None:
    # 'March 4, 2026, 21:00 (UTC-5)' is how an 'en-US' story shows it: no catalog is 'en-US'.
    start = {"year": "2026", "month": "3", "day": "4", "hour": "21", "minute": "0"}
    timeline = Timeline(None, (Slide(slide(start_date=start, display_date="March 4, 2026, 21:00 (UTC-5)"), "t.json:/events/0", pointer=True),), (), "")  # fmt: skip
    story = convert(timeline, "s", [], languages=["en-US"])
    assert (story.events[0].date.iso(), story.events[0].display_date) == ("2026-03-04T21:00-05:00", "")
    story = convert(timeline, "s", [])
    assert story.events[0].display_date == "March 4, 2026, 21:00 (UTC-5)"  # English pages would not say it so


# Event slides


def test_an_event_slide() -> None:
    event, reports = one(
        slide(
            "1889",
            "Dockers <i>walk</i> out &amp; strike",
            '<p>The <b>docks</b> stop.</p><p>See <a href="https://example.org/x">more</a>.</p>',
            group="Strike|Port",
        )
    )
    assert reports == []
    assert event == Event(
        id="1889-dockers-walk-out-strike",
        title="Dockers walk out & strike",
        date=PartialDate(1889),
        summary="The **docks** stop.\n\nSee [more](https://example.org/x).",
        tags=("Strike/Port",),
    )


def test_milliseconds_are_reported_as_left_out() -> None:
    start = {"year": "2010", "month": "8", "day": "5", "hour": "14", "minute": "5", "second": "30"}
    event, reports = one(
        slide(start_date=start | {"millisecond": "250"}, end_date=start | {"minute": "6", "millisecond": "0"})
    )
    assert (event.date.iso(), event.end and event.end.iso()) == ("2010-08-05T14:05:30", "2010-08-05T14:06:30")
    assert reports == [
        "t.json:/events/0/start_date/millisecond: millisecond '250' left out: explainer dates stop at seconds"
    ]


def test_a_headline_of_blank_space_is_no_headline() -> None:
    event, reports = one(slide(headline="&nbsp;", text="<p>Dockers walk out.</p>"))
    assert event.title == "Dockers walk out."
    assert reports == [
        "t.json:/events/0/text/headline: no headline; titled 'Dockers walk out.' from its text"
    ]


def test_a_slide_without_headline_is_titled_from_its_text() -> None:
    event, reports = one(slide(headline="", text="<p>Work resumes across the whole port.</p>"))
    assert event.title == "Work resumes across the whole port."
    assert reports == [
        "t.json:/events/0/text/headline: no headline; titled 'Work resumes across the whole port.' from its text"
    ]
    long, _ = one(slide(headline=None, text="word " * 30))
    assert long.title == "word " * 15 + "word…" and len(long.title) <= 81


def test_a_slide_without_headline_or_text_is_left_out() -> None:
    story, reports = run(slide(headline="", text="<p> </p>"), {"start_date": {"year": "2010"}})
    assert story.events == ()
    assert reports == [
        "t.json:/events/0/text: no headline, no text and no caption; slide left out (skipped)",
        "t.json:/events/1/text: no headline, no text and no caption; slide left out (skipped)",
    ]


def test_a_slide_of_a_picture_and_its_caption_is_titled_from_the_caption() -> None:
    media = {
        "url": "https://example.org/only-media.jpg",
        "credit": "AP",
        "caption": "<p>A media-only slide</p>",
    }
    event, reports = one(slide(headline="", text="", media=media))
    # Its caption is the title: not the summary as well (the same words twice), and it stays
    # under the picture; the summary is a placeholder for the editor to write over.
    assert (event.title, event.summary) == ("A media-only slide", EVENT_SUMMARY_TODO)
    assert event.image is not None and event.image.src == "https://example.org/only-media.jpg"
    assert event.image.caption == "A media-only slide"
    assert reports == [
        "t.json:/events/0/text/headline: no headline; titled 'A media-only slide' from its media's caption",
        "t.json:/events/0/text/text (events/2010-a-media-only-slide.yaml): no text (nor a caption other "
        f"than the headline), so its summary is a placeholder ('{EVENT_SUMMARY_TODO}'): write one there "
        "(check warns until you do)",
    ]


def test_the_summary_falls_back_to_the_quoted_media_then_the_caption_then_the_title() -> None:
    quote = {"url": "<blockquote>We will not go back.</blockquote>"}
    quoted, _ = one(slide(text="", media=quote))
    assert (quoted.summary, quoted.body) == ("> We will not go back.", "")
    both, _ = one(slide(text="<p>A day.</p>", media=quote))
    assert (both.summary, both.body) == ("A day.", "> We will not go back.")
    captioned, _ = one(
        slide(text="", media={"url": "https://video.example/1", "caption": "<p>The <em>film</em></p>"})
    )
    assert captioned.summary == "The *film*"
    bare, _ = one(slide(headline="Only a headline", text=""))
    assert bare.summary == EVENT_SUMMARY_TODO


def test_a_group_becomes_a_tag() -> None:
    event, _ = one(slide(group="<b>War</b> years|1940s"))
    assert event.tags == ("War years/1940s",)
    untagged, _ = one(slide(group=""))
    assert untagged.tags == ()


def test_numbers_where_text_is_expected_are_taken_as_text() -> None:
    event, reports = one(slide(headline=1984, text=2.5, group=7))
    assert (event.title, event.summary, event.tags, reports) == ("1984", "2.5", ("7",), [])
    assert event.id == "2010-1984"


def test_other_values_where_text_is_expected_are_reported_and_left_out() -> None:
    event, reports = one(
        slide(
            headline="A",
            text=["not", "text"],
            group={"name": "x"},
            display_date=True,
            media={"url": "https://example.org/a.jpg", "credit": {"by": "me"}, "caption": ["x"]},
        )
    )
    assert (event.title, event.summary, event.tags, event.display_date) == ("A", EVENT_SUMMARY_TODO, (), "")
    assert event.image == Picture("https://example.org/a.jpg", "A")
    assert sorted(reports) == [
        "t.json:/events/0/display_date: true where text was expected; left out",
        "t.json:/events/0/group: an object where text was expected; left out",
        "t.json:/events/0/media/caption: a list where text was expected; left out",
        "t.json:/events/0/media/credit: an object where text was expected; left out",
        "t.json:/events/0/text/text (events/2010-a.yaml): no text (nor a caption other than the headline), "
        f"so its summary is a placeholder ('{EVENT_SUMMARY_TODO}'): write one there (check warns until you do)",
        "t.json:/events/0/text/text: a list where text was expected; left out",
    ]
    story, title_reports = run(slide(), title={"text": {"headline": {"x": 1}, "text": "<p>About.</p>"}})
    assert story.title == "My Story" and story.summary == "About."
    assert title_reports == [
        "t.json:/title/text/headline: an object where text was expected; left out",
        "t.json:/title/text/headline: the title slide has no headline; the story is called 'My Story'",
    ]


def test_a_slide_with_a_headline_and_no_text_gets_a_placeholder_summary_not_its_headline_again() -> None:
    # The headline as the summary read the same words twice; the summary is required, so
    # the editor is given a placeholder to write over, told where (check warns about it).
    story, reports = run(
        slide("2010", "Only a headline", ""),
        slide("2011", "Has a caption", "", media={"url": "https://e.org/v", "caption": "The film"}),
        slide("2012", "Has text"),
    )
    assert [e.summary for e in story.events] == [EVENT_SUMMARY_TODO, "The film", "Text."]
    assert reports == [
        "t.json:/events/0/text/text (events/2010-only-a-headline.yaml): no text (nor a caption other than "
        f"the headline), so its summary is a placeholder ('{EVENT_SUMMARY_TODO}'): write one there "
        "(check warns until you do)"
    ]
