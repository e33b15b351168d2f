"""Eras as tags on the events within their dates, and eras left out."""

from __future__ import annotations

from typing import Any

import pytest

from tests.importers.test_convert import run, slide

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
        "t.json:/events/0 (events/2000-headline.yaml): left out: the media's link 'https://example.org/story' "
        "(pages show no link on a picture; cite it as a source); the link to 'https://agency.example/me' in "
        "the media's credit (a credit is plain text; the words stay)",
        "t.json:/eras/0/text/text: an era's text is left out; eras become tags",
    ]


def test_an_era_that_ends_before_it_starts_says_so() -> None:
    # It was "has no event within its dates", which sent the journalist looking elsewhere.
    era = {"start_date": {"year": "2010", "month": "5"}, "end_date": {"year": "2010", "month": "4"},
           "text": {"headline": "Reversed"}}  # fmt: skip
    _, reports = run(slide(), eras=(era,))
    assert reports == [
        "t.json:/eras/0/end_date: the era's end (2010-04) is before its start (2010-05); era left out (skipped)"
    ]
