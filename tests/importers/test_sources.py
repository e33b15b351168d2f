"""The sources a story cites, made from slides' media: one per address, each with an id
of its own."""

from __future__ import annotations

from generator.importers.sources import Source
from tests.importers.test_convert import run, slide


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
