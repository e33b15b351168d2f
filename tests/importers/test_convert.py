"""TimelineJS slides as a story and its events, from top to bottom: what one slide does to
the whole (a slide left out, two slides alike, a title slide's source no event cites).
``slide``, ``run`` and ``one`` here serve the tests of each step (test_event.py,
test_media.py...), which convert slides the same way."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.importers.convert import Story, convert
from generator.importers.earlier import Earlier
from generator.importers.event import Event
from generator.importers.fetch import Fetcher
from generator.importers.sheet import read_sheet
from generator.importers.slides import Report, Slide, Timeline
from generator.importers.title import STORY_SUMMARY_TODO
from tests.conftest import Project, time_limit
from tests.images import photo


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


def test_html_nested_thousands_deep_leaves_its_slide_out_and_the_others_in() -> None:
    # Once a RecursionError's traceback (and, deeper, minutes of work before it). Fewer
    # tags than a text may hold (test_html_of_more_tags_than_a_text_may_hold...).
    deep = "<b>" * 2000 + "x" + "</b>" * 2000
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


def test_html_of_more_tags_than_a_text_may_hold_is_left_out_before_it_is_read() -> None:
    # The sanitiser, which read it first, took 16 s each time for 30,000 '<ul><li>' left
    # open (43 s for the slide), and time in the square of that for longer cells.
    many = "<ul><li>" * 30_000 + "x"
    with time_limit(5):
        story, reports = run(slide("2010", "Kept", "Text."), slide("2011", "Gone", many))
    assert [e.title for e in story.events] == ["Kept"]
    assert reports == [
        "t.json:/events/1/text/text: its HTML has more than 3,000 tags; slide left out (skipped)"
    ]


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


def test_a_first_slide_without_a_date_in_a_timeline_without_a_title_is_told_how_to_be_one() -> None:
    # A sheet's title row typed without 'title' in its Type cell: left out for want of a
    # date, and the story a draft for want of a title, with no word joining the two.
    undated = {"text": {"headline": "The story", "text": "Intro"}}
    _, reports = run(undated, slide("2010", "A"))
    assert reports[0] == (
        "t.json:/events/0/start_date: no start date (Year) (if it is the timeline's title, move it from "
        "'events' to 'title'); slide left out (skipped)"
    )
    timeline = read_sheet("Year,Headline,Text,Type\n,The story,Intro,\n2010,A,T,\n", "t.csv", [])
    converted: list[Report] = []
    convert(timeline, "my-story", converted)
    assert str(converted[0]) == (
        "t.csv:2:1: no start date (Year) (if it is the timeline's title, write title in its Type column); "
        "row left out"  # a sheet's word, as its other rows' reports say
    )
    # Not said of a later slide, nor where there is a title slide.
    _, reports = run(slide("2010", "A"), undated)
    _, titled = run(undated, title={"text": {"headline": "T"}})
    assert [r for r in reports + titled if "timeline's title" in r] == []


def test_groups_that_differ_only_in_capitals_or_spaces_are_one_tag() -> None:
    # 'Blockage' and 'blockage' typed in two rows were two topics in the timeline's filter.
    story, reports = run(
        slide("2010", "A", group="Blockage"),
        slide("2011", "B", group="blockage"),
        slide("2012", "C", group="Ship blockage"),
        slide("2013", "D", group=" SHIP  BLOCKAGE"),
        slide("2014", "E", group="Rescue"),
    )
    assert [e.tags for e in story.events] == [
        ("Blockage",),
        ("Blockage",),
        ("Ship blockage",),
        ("Ship blockage",),
        ("Rescue",),
    ]
    assert reports == [
        "t.json:/events/1/group (events/2011-b.yaml): Group 'blockage' differs from 'Blockage' "
        "(t.json:/events/0) only in capitals or spaces; tagged 'Blockage', one topic in the timeline's filter",
        "t.json:/events/3/group (events/2013-d.yaml): Group 'SHIP BLOCKAGE' differs from 'Ship blockage' "
        "(t.json:/events/2) only in capitals or spaces; tagged 'Ship blockage', one topic in the timeline's "
        "filter",
    ]


def test_a_place_only_slides_picture_is_copied_in_and_other_media_is_not_carried(empty: Project) -> None:
    # A StoryMapJS slide without a date is a place only: its picture had no way in.
    empty.write("in/pics/gate.jpg", photo(400, 300))
    timeline = Timeline(None, (Slide(slide(), "t.json:/events/0", pointer=True),), (), "in")
    places = (
        Slide(
            {"text": {"headline": "Dock"}, "media": {"url": "pics/gate.jpg"}},
            "t.json:/slides/2",
            pointer=True,
        ),
        Slide({"media": {"url": "https://www.youtube.com/watch?v=x"}}, "t.json:/slides/3", pointer=True),
        Slide({"media": {"url": "pics/missing.jpg"}}, "t.json:/slides/4", pointer=True),
    )
    reports: list[Report] = []
    story = convert(timeline, "my-story", reports, place_slides=places)
    ((where, picture),) = story.place_pictures
    assert (where, picture.src, picture.alt, picture.copy_from) == (
        "t.json:/slides/2",
        "media/gate.jpg",
        "Dock",  # no caption: the headline
        "in/pics/gate.jpg",
    )
    # The link is no source of the story (no event cites it), and what was not carried is
    # said by its place (storymapjs), not here.
    assert story.sources == ()
    assert not [r for r in reports if "/slides/" in r.where]
