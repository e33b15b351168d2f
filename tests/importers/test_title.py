"""The title slide as the story's title, summary and lead picture, and a story without one."""

from __future__ import annotations

from generator.importers.convert import convert
from generator.importers.pictures import Picture
from generator.importers.sheet import read_sheet
from generator.importers.slides import Report
from generator.importers.sources import Source
from generator.importers.title import STORY_SUMMARY_TODO
from tests.importers.test_convert import run, slide

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


def test_a_sheets_title_row_is_called_a_row() -> None:
    # A sheet's reports say 'row' (the Notre-Dame import printed 'row left out' beside
    # 'the title slide has no headline'); a JSON file's say 'slide', as above.
    timeline = read_sheet("Year,Headline,Text,Type\n,,Intro,title\n2010,A,T,\n", "t.csv", [])
    reports: list[Report] = []
    convert(timeline, "my-story", reports)
    assert [str(r) for r in reports if "title" in str(r)] == [
        "t.csv:2:2: the title row has no headline; the story is called 'My Story'"
    ]
