"""TimelineJS slides as a story and its events: each date form, each slide type, each kind
of media, and what is reported (with the slide's JSON pointer or row) when something
cannot be carried over."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from generator.content.dates import PartialDate
from generator.content.order import Placement, timeline
from generator.importers.convert import (
    STORY_SUMMARY_TODO,
    Earlier,
    Event,
    Picture,
    Source,
    Story,
    _original_name,
    convert,
)
from generator.importers.fetch import Fetcher
from generator.importers.slides import Report, Slide, Timeline
from tests.https_server import Answer, Server
from tests.images import photo, tiny_png, truncated


def slide(
    year: str = "2010", headline: Any = "Headline", text: Any = "<p>Text.</p>", **fields: Any
) -> dict[str, Any]:
    """An event slide as TimelineJS3 JSON has it."""
    return {"start_date": {"year": year}, "text": {"headline": headline, "text": text}} | fields


def run(
    *events: Mapping[str, Any],
    title: Mapping[str, Any] | None = None,
    eras: tuple[Mapping[str, Any], ...] = (),
    folder: str = "",
    earlier: tuple[Earlier, ...] = (),
    fetch: Fetcher | None = None,
) -> tuple[Story, list[str]]:
    """The story the slides make (replacing the event files ``earlier``; its pictures
    downloaded by ``fetch``), and the reports (a left-out slide marked '(skipped)')."""
    timeline = Timeline(
        Slide(title, "t.json:/title", pointer=True) if title is not None else None,
        tuple(Slide(e, f"t.json:/events/{i}", pointer=True) for i, e in enumerate(events)),
        tuple(Slide(e, f"t.json:/eras/{i}", pointer=True) for i, e in enumerate(eras)),
        folder,
    )
    reports: list[Report] = []
    story = convert(timeline, "my-story", reports, earlier=earlier, fetch=fetch)
    return story, [f"{r}{' (skipped)' if r.skipped else ''}" for r in reports]


def one(event: Mapping[str, Any], folder: str = "") -> tuple[Event, list[str]]:
    story, reports = run(event, folder=folder)
    assert len(story.events) == 1, reports
    return story.events[0], reports


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
        "t.json:/events/1/start_date: 1889-02-30 is not a date: February 1889 has no day 30; slide left out (skipped)",
        "t.json:/events/2/start_date: no start date (Year); slide left out (skipped)",
    ]


def test_html_nested_thousands_deep_leaves_its_slide_out_and_the_others_in() -> None:
    # Once a RecursionError's traceback (and, deeper, minutes of work before it).
    deep = "<b>" * 5000 + "x" + "</b>" * 5000
    nested = "<ul><li>" * 40 + "item" + "</li></ul>" * 40  # deep for a text, within the limit
    story, reports = run(
        slide("2010", "Kept", nested),
        slide("2011", "Gone", deep),
        slide("2012", "Caption", media={"url": "https://e.org/a.jpg", "caption": deep}),
        title={"text": {"headline": deep, "text": "Intro"}},
    )
    assert [e.title for e in story.events] == ["Kept"]
    assert story.events[0].summary.count("- ") == 40
    assert story.title == "My Story" and story.summary == STORY_SUMMARY_TODO
    assert reports == [
        "t.json:/title/text/headline: its HTML nests tags more than 100 deep; the title slide left out (skipped)",
        "t.json:/events/1/text/text: its HTML nests tags more than 100 deep; slide left out (skipped)",
        "t.json:/events/2/media/caption: its HTML nests tags more than 100 deep; slide left out (skipped)",
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
                "t.json:/events/0/end_date: 2010-13 is not a date: there is no month 13; imported without its end date"
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


def test_ids_keep_a_valid_unique_id_and_are_made_unique() -> None:
    story, reports = run(
        slide("2010", "Same", unique_id="kept-as-it-is"),
        slide("2010", "Same", unique_id="Not an id!"),
        slide("2010", "Same"),
        slide("2010", "Same", unique_id=7),
        slide("2011", "Piñera’s visit to Бишкек"),
        slide("2012", "Too long", unique_id="a" * 300),  # it would name a file no disk allows
    )
    assert [e.id for e in story.events] == [
        "kept-as-it-is",
        "2010-same",
        "2010-same-2",
        "2010-same-3",
        "2011-pinera-s-visit-to-bishkek",
        "2012-too-long",
    ]
    # A unique_id that cannot be an id is said, with what it became: links may use it.
    rule = "cannot be an id (lower-case letters, digits and hyphens, at most 100 characters)"
    assert [r for r in reports if "is a duplicate" not in r] == [
        f"t.json:/events/1/unique_id: unique_id 'Not an id!' {rule}; imported as '2010-same'",
        f"t.json:/events/5/unique_id: unique_id '{'a' * 300}' {rule}; imported as '2012-too-long'",
    ]


def test_a_unique_id_two_slides_share_is_reported_where_it_is_renamed() -> None:
    # An article linking to the second slide (#twin) would need the new id.
    story, reports = run(
        slide("2010", "One", unique_id="twin"),
        slide("2011", "Two", unique_id="twin"),
        slide("2010", "Same"),
        slide("2010", "Same"),  # a made-up id made unique: nothing anyone linked to
    )
    assert sorted(e.id for e in story.events) == ["2010-same", "2010-same-2", "twin", "twin-2"]
    assert [r for r in reports if "is a duplicate" not in r] == [
        "t.json:/events/1/unique_id: unique_id 'twin' is another slide's too; imported as 'twin-2'"
    ]


def test_a_corrected_headline_keeps_the_id_of_the_file_it_replaces() -> None:
    # Importing again after fixing a typo in a headline: the event's page, and every link
    # to it, stay where they were. The title follows the new headline.
    earlier = (
        Earlier("2010-08-05-mine-collapses", "2010-08-05"),
        Earlier("2010-08-22-note-found", "2010-08-22"),
        Earlier("2010-09-01-rescue", "2010-09-01", "2010-10-13"),
    )
    story, reports = run(
        slide("2010", "Mine collapses", start_date={"year": "2010", "month": "8", "day": "5"}),
        slide(
            "2010",
            "Note is found",
            "<p>Back to <a href='#Start'>the start</a>.</p>",
            start_date={"year": "2010", "month": "8", "day": "22"},
            unique_id="Note_2",
            background={"color": "#000"},
        ),
        slide(
            "2010",
            "Rescue starts",  # its end date is not the file's: another event
            start_date={"year": "2010", "month": "9", "day": "1"},
            end_date={"year": "2010", "month": "10", "day": "14"},
        ),
        slide("2010", "Start", "<p>See <a href='#Note_2'>the note</a>.</p>", unique_id="Start"),
        earlier=earlier,
    )
    ids = [e.id for e in story.events]
    assert ids == [
        "2010-08-05-mine-collapses",
        "2010-08-22-note-found",
        "2010-09-01-rescue-starts",
        "2010-start",
    ]
    assert story.events[1].title == "Note is found"
    assert story.readdressed == (("2010-08-22-note-found", "2010-08-22-note-is-found"),)
    # What names the event names the file it is written to, and links to its slide lead there.
    assert story.events[3].summary == "See [the note](events/2010-08-22-note-found.yaml)."
    assert story.events[1].summary == "Back to [the start](events/2010-start.yaml)."
    assert any(r.endswith("imported as '2010-08-22-note-found'") for r in reports), reports
    assert any(
        r.startswith("t.json:/events/1 (events/2010-08-22-note-found.yaml): left out") for r in reports
    )


def test_which_corrected_headline_is_which_is_not_guessed() -> None:
    # Two headlines corrected on one day: either file could be either event's.
    day = {"year": "2010", "month": "8", "day": "22"}
    earlier = (Earlier("2010-08-22-note-found", "2010-08-22"), Earlier("2010-08-22-drill-hits", "2010-08-22"))
    story, _ = run(
        slide("2010", "Note is found", start_date=day),
        slide("2010", "Drill reaches them", start_date=day),
        earlier=earlier,
    )
    assert [e.id for e in story.events] == ["2010-08-22-note-is-found", "2010-08-22-drill-reaches-them"]
    assert story.readdressed == ()
    # One file left on that day, two new slides: no match either.
    story, _ = run(
        slide("2010", "Note is found", start_date=day),
        slide("2010", "Drill reaches them", start_date=day),
        earlier=earlier[:1],
    )
    assert story.readdressed == ()


def test_a_slide_named_by_its_unique_id_keeps_that_id() -> None:
    # The source chose its address: it is not matched to the file the import replaces,
    # nor is an event whose file the import writes again.
    day = {"year": "2010", "month": "8", "day": "22"}
    story, _ = run(
        slide("2010", "Note is found", start_date=day, unique_id="note"),
        earlier=(Earlier("2010-08-22-note-found", "2010-08-22"),),
    )
    assert [e.id for e in story.events] == ["note"] and story.readdressed == ()
    story, _ = run(
        slide("2010", "Note found", start_date=day),
        slide("2010", "Note is found", start_date=day, unique_id="Note 2"),
        earlier=(Earlier("2010-08-22-note-found", "2010-08-22"), Earlier("2010-08-22-gone", "2010-08-22")),
    )
    assert [e.id for e in story.events] == ["2010-08-22-note-found", "2010-08-22-gone"]
    assert story.readdressed == (("2010-08-22-gone", "2010-08-22-note-is-found"),)


def test_links_to_other_slides_lead_to_their_events_pages() -> None:
    """TimelineJS's hash bookmarks (``#<unique_id>``, ``#event-<unique_id>``) lead to the
    event the slide became, under its new id too: ``events/<id>.yaml``, which leads to its
    page on every page of the site. A link to no slide of the file stays as it is."""
    story, _ = run(
        slide("1889", "Strike", "<p>It ends: see <a href='#strike-ends'>the deal</a>.</p>", unique_id="strike-1889"),
        slide("1889", "Deal", "<p>After <a href='#event-strike-1889' title='The strike'>the strike</a>.</p>",
              unique_id="strike-ends"),
        slide("1890", "Twin", "<p>Back to <a href='#Not an id'>x</a> and <a href='#nowhere'>y</a>.</p>",
              unique_id="Not an id"),
        title={"text": {"headline": "T", "text": "<p>From <a href='#strike-1889'>the start</a>.</p>"}},
    )  # fmt: skip
    summaries = {e.id: e.summary for e in story.events}
    assert summaries["strike-1889"] == "It ends: see [the deal](events/strike-ends.yaml)."
    # Code is shown as it is; a title may hold quotes; a caption's link is one too.
    coded, _ = run(
        slide("1889", "A", "<p><code>[a](#b-1)</code> and <a href='#b-1' title='The \"b\"'>b</a></p>", unique_id="a-1"),
        slide("1889", "B", media={"url": "https://x.example/p.jpg", "caption": "<a href='#a-1'>A</a>"}, unique_id="b-1"),
    )  # fmt: skip
    first, second = coded.events
    assert first.summary == '`[a](#b-1)` and [b](events/b-1.yaml "The \\"b\\"")'
    assert second.image is not None and second.image.caption == "[A](events/a-1.yaml)"
    assert summaries["strike-ends"] == 'After [the strike](events/strike-1889.yaml "The strike").'
    assert "[y](#nowhere)" in summaries["1890-twin"]
    assert story.summary == "From [the start](events/strike-1889.yaml)."


def test_links_to_the_storys_own_pages_lead_to_them_again() -> None:
    """explainer's timeline.json links a story's events, figures and places by their pages'
    full address (with a base_url) or as 'events/<id>/index.html' (without): they came back
    as links to the old site, or to addresses that lead nowhere from most pages."""
    site = "https://example.org/news/port/"
    texts = (
        f"<p>See <a href='{site}events/rally/'>the rally</a>, <a href='{site}figures/ann/#role'>Ann</a>,"
        f" <a href='{site}locations/dock/'>the dock</a> and <a href='{site}figures/bob/'>Bob</a>.</p>",
        "<p>After <a href='events/strike/index.html#why'>the strike</a>, with"
        " <a href='figures/ann/index.html'>Ann</a>; not <a href='events/strike/'>this</a>.</p>",
        "<p>Elsewhere: <a href='https://tickets.example/events/concert/'>tickets</a>,"
        f" <a href='https://example.org/news/other/figures/ann/'>another story's Ann</a>,"
        f" <a href='{site}events/gone/'>an event not in the file</a>.</p>",
    )
    timeline = Timeline(
        None,
        tuple(
            Slide(slide("2001", "A", text, unique_id=uid), f"t.json:/events/{i}", pointer=True)
            for i, (uid, text) in enumerate(zip(("strike", "rally", "talks"), texts, strict=True))
        ),
        (),
        "",
    )
    story = convert(timeline, "port", [], pages=["figures/ann", "locations/dock"])
    strike, rally, talks = (e.summary for e in story.events)
    assert strike == (
        "See [the rally](events/rally.yaml), [Ann](figures/ann.yaml#role), [the dock](locations/dock.yaml)"
        f" and [Bob]({site}figures/bob/)."  # no such figure: its page on the old site, as it was
    )
    assert rally == (
        "After [the strike](events/strike.yaml#why), with [Ann](figures/ann.yaml); not [this](events/strike/)."
    )
    assert talks == (
        "Elsewhere: [tickets](https://tickets.example/events/concert/),"
        " [another story's Ann](https://example.org/news/other/figures/ann/),"
        f" [an event not in the file]({site}events/gone/)."
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


def test_a_picture_inside_the_text_is_reported_as_left_out() -> None:
    event, reports = one(slide(text='<p>See the chart: <img src="https://a.example/c.png"></p>'))
    assert event.summary == "See the chart:"
    assert reports == [
        "t.json:/events/0/text/text: the <img> inside the text is left out; give it as the slide's media"
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
    assert (event.title, event.summary) == ("A media-only slide", "A media-only slide")
    assert event.image is not None and event.image.src == "https://example.org/only-media.jpg"
    assert event.image.caption == ""  # shown once, as the summary, not again under the picture
    assert reports == [
        "t.json:/events/0/text/headline: no headline; titled 'A media-only slide' from its media's caption"
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
    assert bare.summary == "Only a headline"


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
    assert (event.title, event.summary, event.tags, event.display_date) == ("A", "A", (), "")
    assert event.image == Picture("https://example.org/a.jpg", "A")
    assert sorted(reports) == [
        "t.json:/events/0/display_date: true where text was expected; left out",
        "t.json:/events/0/group: an object where text was expected; left out",
        "t.json:/events/0/media/caption: a list where text was expected; left out",
        "t.json:/events/0/media/credit: an object where text was expected; left out",
        "t.json:/events/0/text/text: a list where text was expected; left out",
    ]
    story, title_reports = run(slide(), title={"text": {"headline": {"x": 1}, "text": "<p>About.</p>"}})
    assert story.title == "My Story" and story.summary == "About."
    assert title_reports == [
        "t.json:/title/text/headline: an object where text was expected; left out",
        "t.json:/title/text/headline: the title slide has no headline; the story is called 'My Story'",
    ]


# Media


def test_an_address_in_capitals_is_written_as_the_format_takes_it() -> None:
    event, _ = one(slide(media={"url": "HTTPS://EX.EXAMPLE/A.JPG", "alt": "A"}))
    assert event.image is not None and event.image.src == "https://EX.EXAMPLE/A.JPG"


@pytest.mark.parametrize(
    ("url", "sent"),
    [
        ("https://пример.рф/фото.jpg", "https://xn--e1afmkfd.xn--p1ai/%D1%84%D0%BE%D1%82%D0%BE.jpg"),
        ("https://Bücher.DE/a b.jpg", "https://xn--bcher-kva.de/a%20b.jpg"),
        # As browsers have it: 'ß' kept (not 'strasse.de'), a full stop of Chinese and
        # Japanese text a dot, a snowman taken though IDNA 2008 refuses it.
        ("https://straße.de/a.jpg", "https://xn--strae-oqa.de/a.jpg"),
        ("https://пример。рф/a.jpg", "https://xn--e1afmkfd.xn--p1ai/a.jpg"),
        ("https://☃.net/a.jpg", "https://xn--n3h.net/a.jpg"),
        (
            "https://zoë@bücher.de:8443/a.jpg?ы#ы",
            "https://zo%C3%AB@xn--bcher-kva.de:8443/a.jpg?%D1%8B#%D1%8B",
        ),
        ("https://xn--bcher-kva.de/a.jpg", "https://xn--bcher-kva.de/a.jpg"),
        # A name no browser could look up stays as written; downloading it says why.
        ("https://a\x80b.de/ы.jpg", "https://a\x80b.de/%D1%8B.jpg"),
    ],
)
def test_a_host_named_in_other_letters_is_written_as_browsers_send_it(url: str, sent: str) -> None:
    event, reports = one(slide(media={"url": url, "alt": "A"}))
    assert reports == []
    assert event.image is not None and event.image.src == sent


def test_a_source_at_a_host_named_in_other_letters_is_named_by_those_letters() -> None:
    story, _ = run(slide(media={"url": "https://www.пример.рф/статья"}))
    assert story.sources == (
        Source(
            "primer-rf", "пример.рф", "https://www.xn--e1afmkfd.xn--p1ai/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F"
        ),
    )


def test_a_picture_at_an_https_address_is_the_events_image() -> None:
    event, reports = one(
        slide(
            media={
                "url": " https://upload.example.org/Zoë at the gate.JPG ",
                "caption": "<p>The crowd at the <em>east</em> gate.</p>",
                "credit": '<a href="https://photos.example.org">Photo Agency</a>',
                "alt": "A crowd outside a dock gate",
            }
        )
    )
    assert reports == [
        "t.json:/events/0/media/credit: the link in the credit is left out; its words are kept"
    ]
    assert event.image == Picture(
        "https://upload.example.org/Zo%C3%AB%20at%20the%20gate.JPG",
        "A crowd outside a dock gate",
        "Photo Agency",
        "The crowd at the *east* gate.",
    )
    assert event.sources == ()


@pytest.mark.parametrize(
    ("media", "alt"),
    [
        ({"title": "Its title", "caption": "Its caption"}, "Its title"),
        ({"caption": "<p>Its <b>caption</b></p>"}, "Its caption"),
        ({}, "Headline"),
    ],
)
def test_a_pictures_alt_text_falls_back_to_its_title_caption_then_the_headline(
    media: dict[str, str], alt: str
) -> None:
    event, _ = one(slide(media={"url": "https://example.org/a.png"} | media))
    assert event.image is not None and event.image.alt == alt


def test_other_media_at_an_address_is_a_source_the_event_cites() -> None:
    story, reports = run(
        slide(
            "2001", "A", media={"url": "https://www.video.example/watch?v=1", "caption": "<i>The film</i>"}
        ),
        slide("2002", "B", media={"url": "https://www.video.example/watch?v=1"}),  # the same address
        slide("2003", "C", media={"url": "https://www.video.example/watch?v=2"}),  # the same publisher
        slide("2004", "D", media={"url": "https://news.example/story", "credit": "<b>Daily</b> News"}),
        slide("2005", "E", media={"url": "http://old.example/photo.jpg"}),
        slide("2006", "F", media={"url": '<iframe src="https://maps.example/embed?x=1"></iframe>'}),
    )
    assert [e.sources for e in story.events] == [
        ("video-example",),
        ("video-example",),
        ("video-example-2",),
        ("daily-news",),
        ("old-example",),
        ("maps-example",),
    ]
    assert story.sources == (
        Source("video-example", "video.example", "https://www.video.example/watch?v=1", "The film"),
        Source("video-example-2", "video.example", "https://www.video.example/watch?v=2"),
        Source("daily-news", "Daily News", "https://news.example/story"),
        Source("old-example", "old.example", "http://old.example/photo.jpg"),
        Source("maps-example", "maps.example", "https://maps.example/embed?x=1"),
    )
    assert all(e.image is None for e in story.events)
    assert reports == [
        "t.json:/events/4/media/url: pages show pictures only from https:// addresses; linked as a source instead"
    ]


@pytest.mark.parametrize(
    ("url", "report"),
    [
        ("not an address", "media 'not an address' is not an http(s) address or a picture; left out"),
        (
            "ftp://files.example/a.jpg",
            "media 'ftp://files.example/a.jpg' is not an http(s) address or a picture; left out",
        ),
        (
            "javascript:alert(1)",
            "media 'javascript:alert(1)' is not an http(s) address or a picture; left out",
        ),
        ("<div><img src=x></div>", "the media is HTML with no text to keep; left out"),
    ],
)
def test_media_that_cannot_be_carried_over_is_reported(url: str, report: str) -> None:
    event, reports = one(slide(media={"url": url}))
    assert (event.image, event.sources, event.body) == (None, (), "")
    assert reports == [f"t.json:/events/0/media/url: {report}"]


# Pictures at https:// addresses, downloaded


@pytest.fixture
def fetch(https_server: Server, tmp_path: Path, local_only: None) -> Fetcher:
    """A fetcher that trusts the test server (through its context, not the environment)."""
    return Fetcher(str(tmp_path / "downloads"), context=https_server.context)


def test_a_picture_at_an_https_address_is_downloaded_into_media(https_server: Server, fetch: Fetcher) -> None:
    data = photo(64, 48)
    https_server.answers["/photos/Zo%C3%AB%20at%20the%20gate.JPG"] = Answer(data)
    url = f"{https_server.url}/photos/Zoë at the gate.JPG"
    story, reports = run(
        slide(
            media={
                "url": url,
                "credit": "Photo Agency",
                "caption": "<p>The <em>east</em> gate.</p>",
                "alt": "A gate",
            }
        ),
        fetch=fetch,
    )
    assert reports == []
    image = story.events[0].image
    assert image is not None and image.copy_from is not None
    # The name by the story's rules for ids, the extension in small letters; the rest as before.
    assert image == Picture(
        "media/zoe-at-the-gate.jpg",
        "A gate",
        "Photo Agency",
        "The *east* gate.",
        image.copy_from,
        address=f"{https_server.url}/photos/Zo%C3%AB%20at%20the%20gate.JPG",
    )
    assert Path(image.copy_from).read_bytes() == data


def test_a_picture_at_a_host_named_in_other_letters_is_downloaded_from_its_idna_name(
    https_server: Server, tmp_path: Path, local_only: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test server is 127.0.0.1 with a certificate for that address alone: the name is
    # looked up as this machine, and the certificate's name is not checked.
    looked_up: list[str] = []
    here = socket.getaddrinfo

    def as_this_machine(host: str, *args: Any, **kwargs: Any) -> Any:
        looked_up.append(host)
        return here("127.0.0.1" if host == "xn--e1afmkfd.xn--p1ai" else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", as_this_machine)
    context = ssl.create_default_context(cafile=https_server.cafile)
    context.check_hostname = False
    https_server.answers["/%D1%84%D0%BE%D1%82%D0%BE.jpg"] = Answer(photo(16, 16))
    port = https_server.url.rsplit(":", 1)[1]
    story, reports = run(
        slide(media={"url": f"https://пример.рф:{port}/фото.jpg"}),
        fetch=Fetcher(str(tmp_path / "downloads"), context=context),
    )
    assert reports == []
    image = story.events[0].image
    assert image is not None and image.src == "media/foto.jpg"
    assert image.address == f"https://xn--e1afmkfd.xn--p1ai:{port}/%D1%84%D0%BE%D1%82%D0%BE.jpg"
    assert looked_up == ["xn--e1afmkfd.xn--p1ai"]


def test_a_picture_not_downloaded_names_its_host_in_its_own_letters(fetch: Fetcher) -> None:
    story, reports = run(slide(media={"url": "https://bücher.de/a.jpg"}), fetch=fetch)
    assert story.events[0].image is not None
    assert story.events[0].image.src == "https://xn--bcher-kva.de/a.jpg"
    assert len(reports) == 1
    assert "picture not downloaded: could not reach bücher.de (" in reports[0]


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/photos/Bakiev%20%26%20Otunbayeva_2010.JPEG", "bakiev-otunbayeva-2010.jpeg"),
        ("/%D0%91%D0%B0%D0%BA%D0%B8%D0%B5%D0%B2.png", "bakiev.png"),  # Бакиев
        ("/.png", "picture.png"),  # not a hidden file
        ("/%E2%98%85.png", "picture.png"),  # ★
        ("/a/..%2F..%2F..%2Fetc%2Fcron.png?size=large", "cron.png"),  # never a folder of its own
        ("/Map.SVG", "map.svg"),  # a drawing, checked as the build checks SVG
    ],
)
def test_a_downloaded_pictures_name_is_made_by_the_id_rules(
    https_server: Server, fetch: Fetcher, path: str, name: str
) -> None:
    kinds = {".jpeg": photo(16, 16), ".png": tiny_png(), ".svg": SVG % b"map"}
    https_server.answers[path] = Answer(kinds[Path(name).suffix])
    story, reports = run(slide(media={"url": f"{https_server.url}{path}"}), fetch=fetch)
    assert reports == []
    assert story.events[0].image is not None and story.events[0].image.src == f"media/{name}"


def test_a_picture_sent_as_another_kind_than_its_address_says_is_named_for_what_it_is(
    https_server: Server, fetch: Fetcher
) -> None:
    # A picture site may send WebP for a '.jpg' address: check's words for it named the
    # download's own file ("rename it to '1.webp'"), which the editor never sees.
    import io

    from PIL import Image

    sent = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 30, 30)).save(sent, "WEBP")
    https_server.answers["/photos/gate.jpg"] = Answer(sent.getvalue())
    story, reports = run(slide(media={"url": f"{https_server.url}/photos/gate.jpg"}), fetch=fetch)
    assert reports == []
    image = story.events[0].image
    assert image is not None and image.src == "media/gate.webp"
    assert image.copy_from is not None and Path(image.copy_from).read_bytes() == sent.getvalue()


def test_a_file_of_another_kind_sent_for_a_picture_is_said_to_be_no_picture(
    https_server: Server, fetch: Fetcher
) -> None:
    # check's words for it ('is not a JPG file: it is a PDF...; export or save it again as
    # .jpg') were no help with a download.
    https_server.answers["/files/report.jpg"] = Answer(b"%PDF-1.4\n%%EOF\n")
    story, reports = run(slide(media={"url": f"{https_server.url}/files/report.jpg"}), fetch=fetch)
    assert story.events[0].image is not None
    assert story.events[0].image.src == f"{https_server.url}/files/report.jpg"
    assert reports == [
        "t.json:/events/0/media/url (events/2010-headline.yaml): picture not downloaded: what 127.0.0.1 "
        "sent for this JPG picture is 'application/pdf'; give the address of the picture itself, or save "
        "the picture into media/ and give that as its src; kept its address"
    ]


def test_one_picture_is_one_file_and_two_of_one_name_keep_apart(https_server: Server, fetch: Fetcher) -> None:
    first, second = photo(64, 48), photo(48, 64)
    https_server.answers["/a/photo.jpg"] = Answer(first)
    https_server.answers["/b/photo.jpg"] = Answer(second)
    https_server.answers["/c/copy.jpg"] = Answer(first)
    story, reports = run(
        slide("2001", "A", media={"url": f"{https_server.url}/a/photo.jpg"}),
        slide(
            "2002", "B", media={"url": f"{https_server.url}/b/photo.jpg"}
        ),  # another picture, the same name
        slide("2003", "C", media={"url": f"{https_server.url}/a/photo.jpg"}),  # the same address
        slide("2004", "D", media={"url": f"{https_server.url}/c/copy.jpg"}),  # the same picture elsewhere
        title={"text": {"headline": "T"}, "media": {"url": f"{https_server.url}/a/photo.jpg"}},
        fetch=fetch,
    )
    assert reports == []
    assert story.image is not None and story.image.src == "media/photo.jpg"
    assert [e.image.src for e in story.events if e.image] == [
        "media/photo.jpg",
        "media/photo-2.jpg",
        "media/photo.jpg",
        "media/photo.jpg",
    ]
    assert https_server.asked == ["/a/photo.jpg", "/b/photo.jpg", "/c/copy.jpg"]  # each address once


@pytest.mark.parametrize(
    ("answer", "why"),
    [
        (Answer(b"gone", 404), "127.0.0.1 answered 404 Not Found"),
        (
            Answer(b"<!doctype html><title>Sign in</title>", headers=(("Content-Type", "text/html"),)),
            # It was told to 'export or save it again as .jpg', no help with a download.
            "what 127.0.0.1 sent for this JPG picture is no kind of picture (a web page, perhaps); give "
            "the address of the picture itself",
        ),
        (Answer(b"\xff\xd8\xff\xe0" + b"\0" * 100), "what 127.0.0.1 sent cannot be read as a picture ("),
        (
            Answer(status=302, headers=(("Location", "http://127.0.0.1:9/photo.jpg"),)),
            "its address leads on to 'http://127.0.0.1:9/photo.jpg', which is not https://",
        ),
        (Answer(b"x" * 60_000_000, length=True), "it is 60 MB, over the 50 MB a media file may be"),
    ],
    ids=["404", "html", "damaged", "http-redirect", "too-big"],
)
def test_a_picture_not_downloaded_keeps_its_address_and_says_why(
    https_server: Server, fetch: Fetcher, answer: Answer, why: str
) -> None:
    https_server.answers["/photo.jpg"] = answer
    url = f"{https_server.url}/photo.jpg"
    story, reports = run(slide(media={"url": url, "alt": "A gate"}), slide("2011", "Next"), fetch=fetch)
    image = story.events[0].image
    assert image is not None and (image.src, image.alt, image.copy_from, image.address) == (
        url,
        "A gate",
        None,
        "",
    )
    assert len(reports) == 1, reports
    said = f"t.json:/events/0/media/url (events/2010-headline.yaml): picture not downloaded: {why}"
    assert reports[0].startswith(said) and reports[0].endswith("; kept its address")
    assert not any(Path(fetch.folder).glob("*.part"))


def test_the_lead_pictures_report_names_story_yaml(https_server: Server, fetch: Fetcher) -> None:
    _, reports = run(
        slide(),
        title={"text": {"headline": "T"}, "media": {"url": f"{https_server.url}/lead.png"}},
        fetch=fetch,
    )
    assert reports == [
        "t.json:/title/media/url (story.yaml): picture not downloaded: 127.0.0.1 answered 404 Not Found; "
        "kept its address"
    ]


SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><title>%s</title></svg>'


@pytest.fixture
def beside(tmp_path: Path) -> Path:
    """A timeline's folder with pictures beside it, two of them of the same name."""
    for name, data in [
        ("pictures/dot.svg", SVG % b"a"),
        ("other/dot.svg", SVG % b"b"),
        ("other/Dot.SVG", SVG % b"c"),
        ("media/maps/plan.png", tiny_png()),
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    return tmp_path


def test_a_picture_beside_the_timeline_is_copied_into_media(beside: Path) -> None:
    folder = str(beside)
    event, reports = one(slide(media={"url": "pictures/dot.svg", "credit": "Me", "caption": "A dot"}), folder)
    assert reports == []
    assert event.image == Picture(
        "media/dot.svg", "A dot", "Me", "A dot", str(beside / "pictures" / "dot.svg")
    )
    ours, _ = one(slide(media={"url": "media/maps/plan.png"}), folder)  # our own export's addresses
    assert ours.image is not None and ours.image.src == "media/maps/plan.png"


def test_a_picture_whose_name_holds_a_hash_is_found_by_its_whole_name(beside: Path) -> None:
    (beside / "pictures/map #1.svg").write_bytes(SVG % b"m")
    event, reports = one(slide(media={"url": "pictures/map #1.svg"}), str(beside))
    assert reports == []
    assert event.image is not None and event.image.src == "media/map #1.svg"


def test_pictures_of_the_same_name_in_different_folders_keep_apart(beside: Path) -> None:
    story, reports = run(
        slide("2001", "A", media={"url": "pictures/dot.svg"}),
        slide("2002", "B", media={"url": "other/dot.svg"}),
        slide("2003", "C", media={"url": "pictures/dot.svg"}),  # the same file: the same name
        slide("2004", "D", media={"url": "other/Dot.SVG"}),  # a name that differs only in case
        folder=str(beside),
    )
    assert reports == []
    pictures = [(e.image.src, e.image.copy_from) for e in story.events if e.image is not None]
    assert pictures == [
        ("media/dot.svg", str(beside / "pictures" / "dot.svg")),
        ("media/dot-2.svg", str(beside / "other" / "dot.svg")),
        ("media/dot.svg", str(beside / "pictures" / "dot.svg")),
        ("media/Dot-3.SVG", str(beside / "other" / "Dot.SVG")),
    ]


@pytest.mark.parametrize(
    ("url", "report"),
    [
        (
            "pictures/missing.png",
            "media 'pictures/missing.png' cannot be read beside the timeline (No such file or directory); left out",
        ),
        ("../outside.png", "media '../outside.png' is not a picture beside the timeline; left out"),
        ("/etc/passwd.png", "media '/etc/passwd.png' is not a picture beside the timeline; left out"),
        ("pictures//dot.svg", "media 'pictures//dot.svg' is not a picture beside the timeline; left out"),
        ("pictures/dot.txt", "media 'pictures/dot.txt' is not an http(s) address or a picture; left out"),
    ],
)
def test_a_picture_not_beside_the_timeline_is_reported(beside: Path, url: str, report: str) -> None:
    event, reports = one(slide(media={"url": url}), str(beside))
    assert event.image is None
    assert reports == [f"t.json:/events/0/media/url: {report}"]


@pytest.mark.parametrize(
    ("name", "data", "why"),
    [
        ("png.jpg", tiny_png(), "is not a JPG file: it is a PNG file ('image/png'); rename it to 'png.png'"),
        ("notes.gif", b"just notes", "is not a GIF file: its content is not a kind of file we recognise; export or save it again as .gif"),
        ("cut.jpg", truncated(photo(64, 48)), "cannot be read as a picture ("),
    ],
    ids=["png-named-jpg", "not-a-picture", "damaged"],
)  # fmt: skip
def test_a_picture_that_check_would_refuse_is_left_out(
    tmp_path: Path, name: str, data: bytes, why: str
) -> None:
    (tmp_path / name).write_bytes(data)
    event, reports = one(slide(media={"url": name}), str(tmp_path))
    assert event.image is None
    assert len(reports) == 1 and reports[0].startswith(
        f"t.json:/events/0/media/url: media '{name}' left out: {why}"
    )


def test_a_link_leading_out_of_the_timelines_folder_is_not_followed(beside: Path, tmp_path: Path) -> None:
    (beside / "pictures" / "out.png").symlink_to(tmp_path.parent / "elsewhere.png")
    event, reports = one(slide(media={"url": "pictures/out.png"}), str(beside))
    assert event.image is None
    assert len(reports) == 1 and reports[0].startswith(
        "t.json:/events/0/media/url: media 'pictures/out.png' cannot be read beside the timeline ("
    )


# The title slide


def test_the_title_slide_gives_the_storys_title_summary_and_lead_picture() -> None:
    story, reports = run(
        slide(),
        title={
            "text": {
                "headline": "The <i>Harbour</i> Strike &amp; After",
                "text": "<p>How a <b>strike</b> began.</p>",
            },
            "media": {
                "url": "https://upload.example.org/cover.jpg",
                "caption": "The cover",
                "credit": "Archive",
            },
        },
    )
    assert reports == []
    assert (story.id, story.title, story.summary) == (
        "my-story",
        "The Harbour Strike & After",
        "How a **strike** began.",
    )
    assert story.image == Picture("https://upload.example.org/cover.jpg", "The cover", "Archive", "The cover")


def test_the_title_slides_other_media_is_a_source_or_more_summary() -> None:
    video, _ = run(
        slide(), title={"text": {"headline": "T", "text": "S"}, "media": {"url": "https://video.example/1"}}
    )
    assert video.image is None and video.sources == (
        Source("video-example", "video.example", "https://video.example/1"),
    )
    quote, _ = run(slide(), title={"text": {"headline": "T", "text": "S"}, "media": {"url": "<q>Said</q>"}})
    assert quote.summary == 'S\n\n"Said"'


def test_without_a_title_slide_the_story_is_named_from_its_id() -> None:
    story, reports = run(slide())
    assert (story.title, story.summary, story.image, reports) == ("My Story", STORY_SUMMARY_TODO, None, [])
    untitled, reports = run(slide(), title={"text": {"headline": ""}})
    assert (untitled.title, untitled.summary) == ("My Story", STORY_SUMMARY_TODO)
    assert reports == [
        "t.json:/title/text/headline: the title slide has no headline; the story is called 'My Story'"
    ]


# Eras and order


def era(start: str, end: str | None, headline: str = "Era") -> dict[str, Any]:
    out: dict[str, Any] = {"start_date": {"year": start}, "text": {"headline": headline}}
    return out | ({"end_date": {"year": end}} if end else {})


def test_an_era_tags_the_events_within_its_dates() -> None:
    story, reports = run(
        slide("1999", "Before"),
        slide("2000", "First", group="The war"),
        slide("2003", "Last", end_date={"year": "2010"}),  # its start is within
        slide("2004", "After"),
        eras=(era("2000", "2003", "The war"), era("2003", "2003", "<b>Late</b>|phase")),
    )
    assert [e.tags for e in story.events] == [(), ("The war",), ("The war", "Late/phase"), ()]
    assert reports == []


@pytest.mark.parametrize(
    ("given", "report"),
    [
        (
            era("1900", "1901", "Empty"),
            "t.json:/eras/0: era 'Empty' has no event within its dates; left out (skipped)",
        ),
        (
            era("2000", "2001", ""),
            "t.json:/eras/0/text/headline: an era without a headline has nothing to show; era left out (skipped)",
        ),
        (
            era("2000", None),
            "t.json:/eras/0/end_date: an era needs a start date and an end date; era left out (skipped)",
        ),
        (
            era("0", "2001"),
            "t.json:/eras/0/start_date/year: year 0: explainer dates run from year 1 to 9999; era left out (skipped)",
        ),
    ],
)
def test_an_era_that_tags_nothing_is_reported(given: dict[str, Any], report: str) -> None:
    story, reports = run(slide("2000"), eras=(given,))
    assert story.events[0].tags == ()
    assert reports == [report]


def test_what_has_nowhere_to_go_is_said_not_dropped_silently() -> None:
    # A media's click-through link and an era's text: no page shows them.
    with_text = era("2000", "2001", "The war") | {
        "text": {"headline": "The war", "text": "<p>Years of it.</p>"}
    }
    media = {
        "url": "https://example.org/p.jpg",
        "link": "https://example.org/story",
        "credit": '<a href="https://agency.example/me">Jo Photographer</a>',
    }
    story, reports = run(slide("2000", media=media), eras=(with_text,))
    assert story.events[0].tags == ("The war",)  # the era itself still tags its events
    assert story.events[0].image is not None and story.events[0].image.credit == "Jo Photographer"
    assert reports == [
        "t.json:/events/0/media/link: the media's link is left out; cite it as a source",
        "t.json:/events/0/media/credit: the link in the credit is left out; its words are kept",
        "t.json:/eras/0/text/text: an era's text is left out; eras become tags",
    ]


def test_an_order_the_dates_alone_would_not_give_is_kept_with_after() -> None:
    def at(uid: str, **date: str) -> dict[str, Any]:
        return {
            "unique_id": uid,
            "start_date": {"year": "2010", "month": "10"} | date,
            "text": {"headline": uid},
        }

    story, _ = run(
        at("first-out", day="13", hour="0", minute="11"),
        at("super-mario", day="13"),  # that day, listed after a time on it
        at("last-out", day="13", hour="21", minute="55"),
        at("the-month"),  # the month, listed after a day in it
        at("earlier", day="1"),  # certainly earlier: its date says so
    )
    assert [(e.id, e.after) for e in story.events] == [
        ("first-out", ""),
        ("super-mario", "first-out"),
        ("last-out", ""),
        ("the-month", "last-out"),
        ("earlier", ""),
    ]


def test_the_listed_order_is_kept_after_an_event_placed_itself() -> None:
    # A story's own timeline.csv imported again: the rows are the story's order. An event
    # placed after a time on its day is no longer where its date would put it, so the next
    # one of that day must be placed after it too, however their ids sort.
    def at(uid: str, **date: str) -> dict[str, Any]:
        return {
            "unique_id": uid,
            "start_date": {"year": "2026", "month": "11"} | date,
            "text": {"headline": uid},
        }

    story, _ = run(
        at("under-control", day="29", hour="4", minute="30"),
        at("aerial", day="29"),
        at("cafe", day="29"),  # listed after aerial, its id before it
        at("ship", day="30"),
        at("cause", day="30"),
        at("rebuild", day="30"),  # listed after cause, its id between the two
    )
    placements = {e.id: Placement(e.date, e.after or None) for e in story.events}
    assert timeline(placements)[0] == ["under-control", "aerial", "cafe", "ship", "cause", "rebuild"]


def test_a_chart_embedded_with_a_script_is_reported_not_dropped_silently() -> None:
    # Flourish's (and Datawrapper's, and a post's) embed code: a script, no <iframe>.
    text = (
        '<p>The vote, by region:</p><div class="flourish-embed" data-src="visualisation/123">'
        '<script src="https://public.flourish.studio/resources/embed.js"></script></div>'
    )
    event, reports = one(slide(text=text))
    assert event.summary == "The vote, by region:"
    assert reports == [
        "t.json:/events/0/text/text: the <script> inside the text is left out; give it as the slide's "
        "media (a chart or a post embedded with a script: link to it instead)"
    ]


def test_an_era_that_ends_before_it_starts_says_so() -> None:
    # It was "has no event within its dates", which sent the journalist looking elsewhere.
    era = {"start_date": {"year": "2010", "month": "5"}, "end_date": {"year": "2010", "month": "4"},
           "text": {"headline": "Reversed"}}  # fmt: skip
    _, reports = run(slide(), eras=(era,))
    assert reports == [
        "t.json:/eras/0/end_date: the era's end (2010-04) is before its start (2010-05); era left out (skipped)"
    ]


def test_what_pages_do_not_carry_is_said_per_slide_with_the_file_it_became() -> None:
    # A slide's background, its media's thumbnail and links that are not safe: one line
    # a slide, naming the file it was written to, what was left out and why.
    story, reports = run(
        slide("2001", "Coloured", background={"color": "#8b0000"}),
        slide(
            "2002",
            "Pictured",
            background={"url": "https://pics.example/bg.jpg", "color": "#000"},
            media={"url": "https://pics.example/p.jpg", "thumbnail": "https://pics.example/t.jpg"},
        ),
        slide(
            "2003",
            'A <a href="https://news.example/">linked</a> headline',
            '<a href="javascript:go()">Go</a>',
        ),
        slide("2004", "Plain"),
        title={
            "text": {"headline": "T", "text": "Intro"},
            "background": {"url": "https://pics.example/cover.jpg"},
        },
    )
    assert [e.title for e in story.events][2] == "A linked headline"
    assert reports == [
        "t.json:/title (story.yaml): left out: the background picture 'https://pics.example/cover.jpg' "
        "(pages have no slide backgrounds)",
        "t.json:/events/0 (events/2001-coloured.yaml): left out: the background colour '#8b0000' "
        "(pages have no slide backgrounds)",
        "t.json:/events/1 (events/2002-pictured.yaml): left out: the background colour '#000' and picture "
        "'https://pics.example/bg.jpg' (pages have no slide backgrounds); the media's thumbnail 'https://pics.example/t.jpg' (pages make the small picture from "
        "the picture itself)",
        "t.json:/events/2 (events/2003-a-linked-headline.yaml): left out: the link to 'https://news.example/' "
        "in the headline (a title is plain text; the words stay); the link to 'javascript:go()' in the text "
        "(not a safe http(s) or mailto address; the words stay)",
    ]


def test_a_link_in_a_display_date_or_a_group_is_said_as_one_in_a_headline_is() -> None:
    # Both become plain text: their links went without a word.
    row = {"start_date": {"year": "2001"}, "text": {"headline": "Row", "text": "T"},
           "display_date": '<a href="https://ex.example/d">Early</a> 2001',
           "group": '<a href="https://ex.example/g">Strike</a>'}  # fmt: skip
    timeline = Timeline(None, (Slide(row, "s.csv:2"),), (), "")
    reports: list[Report] = []
    story = convert(timeline, "my-story", reports)
    assert (story.events[0].display_date, story.events[0].tags) == ("Early 2001", ("Strike",))
    assert [str(r) for r in reports] == [
        "s.csv:2 (events/2001-row.yaml): left out: the link to 'https://ex.example/d' in the Display Date "
        "(a display date is plain text; the words stay); the link to 'https://ex.example/g' in the Group "
        "(a tag is a name; the words stay)"
    ]


def test_a_script_or_a_picture_in_a_headline_is_said_as_in_the_text() -> None:
    row = {
        "start_date": {"year": "2001"},
        "text": {"headline": 'Strike<script>go()</script><img src="x.jpg">'},
    }
    timeline = Timeline(Slide({"text": {"headline": "<script>t()</script>Title", "text": "T"}}, "s.csv:2"),
                        (Slide(row, "s.csv:3"),), (), "")  # fmt: skip
    reports: list[Report] = []
    story = convert(timeline, "my-story", reports)
    assert (story.title, story.events[0].title) == ("Title", "Strike")
    assert [str(r) for r in reports] == [
        "s.csv:2: the <script> inside the headline is left out; give it as the slide's media (a chart or a "
        "post embedded with a script: link to it instead)",
        "s.csv:3: the <script> and <img> inside the headline are left out; give a picture or player as the "
        "slide's media (a chart or a post embedded with a script: link to it instead)",
    ]


def test_many_unsafe_links_in_one_field_are_counted() -> None:
    links = " ".join(f'<a href="javascript:step({i})">{i}</a>' for i in range(5))
    media = {"url": "<blockquote>Said <a href='data:text/html,x'>here</a></blockquote>",
             "caption": "<a href='vbscript:a'>a</a> <a href='vbscript:b'>b</a>"}  # fmt: skip
    _, reports = one(slide("2001", "Steps", links, media=media))
    assert reports == [
        "t.json:/events/0 (events/2001-steps.yaml): left out: 5 links in the text, to 'javascript:step(0)', "
        "'javascript:step(1)', 'javascript:step(2)' and 2 more (not a safe http(s) or mailto address; the "
        "words stay); 2 links in the media's caption, to 'vbscript:a' and 'vbscript:b' (not a safe http(s) "
        "or mailto address; the words stay); the link to 'data:text/html,x' in the media (not a safe http(s) "
        "or mailto address; the words stay)"
    ]


def test_a_sheets_row_names_its_columns_and_counts_each_thing_left_out() -> None:
    row = {"start_date": {"year": "2001"}, "text": {"headline": "Row", "text": '<a href="data:x">x</a> <a href="data:y">y</a>'},
           "media": {"url": "", "thumbnail": "t.jpg"}, "background": {"color": "#fff"}}  # fmt: skip
    timeline = Timeline(None, (Slide(row, "s.csv:2"),), (), "")
    reports: list[Report] = []
    convert(timeline, "my-story", reports)
    assert [str(r) for r in reports] == [
        "s.csv:2 (events/2001-row.yaml): left out: the Background colour '#fff' (pages have no slide "
        "backgrounds); the Media Thumbnail 't.jpg' (pages make the small picture from the picture itself); "
        "2 links in the Text, to 'data:x' and 'data:y' (not a safe http(s) or mailto address; the words stay)"
    ]
    assert reports[0].written == "events/2001-row.yaml"
    assert reports[0].left_out == ("Background", "Media Thumbnail", "link", "link")
    assert not reports[0].skipped


def test_a_size_the_build_made_of_a_picture_is_named_as_the_picture_it_was_made_from(
    tmp_path: Path, https_server: Server, fetch: Fetcher
) -> None:
    # A story's own export names the largest JPEG or PNG the build made of each picture
    # ('dock.png.1600.jpg' of 'dock.png'): imported again, it was 'dock-png-1600.jpg'.
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures/dock.png.1600.jpg").write_bytes(photo(32, 24))
    beside, reports = one(slide(media={"url": "pictures/dock.png.1600.jpg"}), str(tmp_path))
    assert reports == [] and beside.image is not None and beside.image.src == "media/dock.jpg"
    https_server.answers["/news/s/pictures/Crowd.JPG.1200.JPG"] = Answer(photo(30, 20))
    story, reports = run(
        slide(media={"url": f"{https_server.url}/news/s/pictures/Crowd.JPG.1200.JPG"}), fetch=fetch
    )
    image = story.events[0].image
    assert reports == [] and image is not None and image.src == "media/crowd.jpg"
    # A name that only looks alike is kept as it is.
    assert [_original_name(n) for n in ("v1.2.jpg", "dock.1600.jpg", "a.jpg.b.jpg")] == [
        "v1.2.jpg",
        "dock.1600.jpg",
        "a.jpg.b.jpg",
    ]


def test_the_credit_and_caption_of_quoted_media_are_kept_after_it() -> None:
    # TimelineJS shows them under the quotation; a newsroom's 'who said it' was lost.
    media = {
        "url": "<blockquote>Brexit means Brexit</blockquote>",
        "credit": "Theresa May",
        "caption": "<i>Speech</i>, 2016",
    }
    event, reports = one(slide(text="<p>Letter sent.</p>", media=media))
    assert event.body == "> Brexit means Brexit\n\nTheresa May\n\n*Speech*, 2016"
    alone, _ = one(slide(text="", media=media))
    assert alone.summary == "> Brexit means Brexit\n\nTheresa May\n\n*Speech*, 2016"
    assert reports == []


def test_two_slides_of_one_date_and_headline_are_both_imported_and_said() -> None:
    # explainer check asks whether such events are one told twice, and --strict refuses them.
    day = {"year": "2021", "month": "1", "day": "6"}
    story, reports = run(
        slide(headline="Capitol", text="Riot.", start_date=day),
        slide(headline="Other", text="Else.", start_date=day),
        slide(headline="CAPITOL", text="Certification resumes.", start_date=day),
    )
    assert [e.id for e in story.events] == ["2021-01-06-capitol", "2021-01-06-other", "2021-01-06-capitol-2"]
    assert reports == [
        "t.json:/events/2/text/headline (events/2021-01-06-capitol-2.yaml): same date and headline as "
        "t.json:/events/0; check asks whether it is a duplicate: delete one, or give each a headline of its own"
    ]


@pytest.mark.parametrize(
    ("media", "cited"),
    [  # older embed codes, and sheets they were pasted from, leave the scheme out
        (
            '<iframe width="560" src="//www.youtube.com/embed/abcdefghijk" allowfullscreen></iframe>',
            "https://www.youtube.com/embed/abcdefghijk",
        ),
        ("//player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871"),
    ],
)
def test_media_at_an_address_without_its_scheme_is_read_as_https(media: str, cited: str) -> None:
    story, reports = run(slide(media={"url": media, "caption": "The film"}))
    assert [s.url for s in story.sources] == [cited]
    assert story.events[0].sources == tuple(s.id for s in story.sources)
    assert reports == []


def test_a_picture_at_an_address_without_its_scheme_is_the_events_picture() -> None:
    event, reports = one(slide(media={"url": "//upload.wikimedia.org/a/b/Bishkek.jpg", "caption": "Square"}))
    assert event.image is not None and event.image.src == "https://upload.wikimedia.org/a/b/Bishkek.jpg"
    assert reports == []


def test_a_video_on_the_title_slide_that_no_event_cites_is_said() -> None:
    # It becomes a source of story.yaml that check warns about, which check --strict refuses.
    video = {"url": "https://www.youtube.com/watch?v=abcdefghijk", "caption": "Trailer", "credit": "BBC"}
    title = {"text": {"headline": "T", "text": "Intro."}, "media": video}
    story, reports = run(slide(), title=title)
    assert [s.id for s in story.sources] == ["bbc"]
    assert reports == [
        "t.json:/title/media/url: the title slide's media is the source 'bbc' of story.yaml, which no "
        "event cites: check warns until one does (add it to an event's 'sources:')"
    ]
    cited, reports = run(slide(media=video), title=title)  # an event showing it too cites it
    assert cited.events[0].sources == ("bbc",) and reports == []
