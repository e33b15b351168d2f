"""sitemap.xml, robots.txt and the Atom feed: well-formed, escaped, dated from content."""

from __future__ import annotations

import dataclasses
import html as html_text
import json
import re
import shutil
import textwrap
import urllib.parse
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from PIL import Image

from generator.commands.build import build
from generator.content.dates import PartialDate
from generator.content.model import Event, Story, Update, UpdateKind
from generator.render import feeds
from tests.conftest import SEED_STORY, TEMPLATES, Project, seed_content
from tests.images import photo

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
BASE = "https://example.org/news/"


def markdown(text: str | None, language: str) -> str:
    """A stand-in converter that shows what the feed does with the HTML it is given."""
    return f"<p>{text}</p>"


def story(sid: str, title: str, events: int, published: PartialDate, updated: PartialDate | None) -> Story:
    return Story(
        id=sid,
        title=title,
        summary=f"About {title} & more",
        published=published,
        updated=updated,
        events=tuple(
            Event(id=f"e{i:02d}", title=f"Event <{i}>", date=PartialDate(2020, 1, i + 1), summary=f"S{i}")
            for i in range(events)
        ),
        figures={},
        locations={},
        sources={},
    )


@pytest.mark.parametrize(
    ("date", "text"),
    [
        (PartialDate(2010), "2010-01-01T00:00:00Z"),
        (PartialDate(2010, 4), "2010-04-01T00:00:00Z"),
        (PartialDate(2010, 4, 19, 23, 5), "2010-04-19T23:05:00Z"),
        (PartialDate(2010, 4, 19, 23, 5, 9, 360), "2010-04-19T23:05:09+06:00"),
        (PartialDate(2010, 4, 19, 8, 0, None, -330), "2010-04-19T08:00:00-05:30"),
    ],
)
def test_atom_times_are_full_rfc3339_times(date: PartialDate, text: str) -> None:
    assert feeds.w3c_datetime(date) == text


@pytest.mark.parametrize(
    ("date", "text"),
    [
        (PartialDate(2010), "2010-01-01"),
        (PartialDate(2010, 4, 19), "2010-04-19"),
        (PartialDate(2010, 4, 19, 23, 5), "2010-04-19"),  # a time without a zone is no instant
        (PartialDate(2010, 4, 19, 23, 5, None, 0), "2010-04-19T23:05:00Z"),
    ],
)
def test_sitemap_dates(date: PartialDate, text: str) -> None:
    assert feeds.sitemap_date(date) == text


def test_robots_names_the_sitemap_only_when_there_is_one() -> None:
    assert feeds.robots(None) == b"User-agent: *\nAllow: /\n"
    assert feeds.robots(BASE) == b"User-agent: *\nAllow: /\nSitemap: https://example.org/news/sitemap.xml\n"


def test_the_sitemap_lists_folder_urls_with_their_dates_escaped() -> None:
    data = feeds.sitemap(
        "https://example.org/a&b/",
        (("index.html", PartialDate(2021, 5)), ("s/events/e1/index.html", None), ("s/index.html", None)),
    )
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    assert b"https://example.org/a&amp;b/" in data
    urls = ET.fromstring(data)
    assert urls.tag == f"{SITEMAP}urlset"
    assert [(u.findtext(f"{SITEMAP}loc"), u.findtext(f"{SITEMAP}lastmod")) for u in urls] == [
        ("https://example.org/a&b/", "2021-05-01"),
        ("https://example.org/a&b/s/events/e1/", None),
        ("https://example.org/a&b/s/", None),
    ]


def test_the_feed_carries_each_story_then_its_latest_events() -> None:
    old = story("old", "Old story", 2, PartialDate(2019, 1, 1), None)
    new = story("new", "New <story>", 12, PartialDate(2020, 1, 1), PartialDate(2020, 2, 3, 10, 0, 0, 60))
    data = feeds.atom(base_url=BASE, title="News & views", language="en-GB", stories=(new, old),
                      markdown=markdown)  # fmt: skip
    feed = ET.fromstring(data)
    assert feed.tag == f"{ATOM}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en-GB"
    assert feed.findtext(f"{ATOM}title") == "News & views"
    assert feed.findtext(f"{ATOM}id") == BASE
    assert feed.findtext(f"{ATOM}updated") == "2020-02-03T10:00:00+01:00"  # the latest of the stories
    assert [link.get("href") for link in feed.findall(f"{ATOM}link")] == [BASE + "feed.xml", BASE]
    entries = feed.findall(f"{ATOM}entry")
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    # The newer story, its 10 latest events newest first, then the older story and its two.
    assert titles == [
        "New <story>",
        *[f"{d} January 2020: Event <{d - 1}>" for d in range(12, 2, -1)],
        "Old story",
        "2 January 2020: Event <1>",
        "1 January 2020: Event <0>",
    ]
    first = entries[0]
    assert first.findtext(f"{ATOM}id") == BASE + "new/"
    assert first.find(f"{ATOM}link").get("href") == BASE + "new/"  # type: ignore[union-attr]
    assert first.findtext(f"{ATOM}published") == "2020-01-01T00:00:00Z"
    assert first.findtext(f"{ATOM}updated") == "2020-02-03T10:00:00+01:00"
    assert first.findtext(f"{ATOM}summary") == "<p>About New <story> & more</p>"  # HTML, as text
    event = entries[1]
    assert event.findtext(f"{ATOM}id") == BASE + "new/events/e11/"
    assert event.findtext(f"{ATOM}published") is None
    # When it happened: the story's later update (3 February) leaves its entry as it was.
    assert event.findtext(f"{ATOM}updated") == "2020-01-12T00:00:00Z"


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("es", "Abril de 2010: iOS y el informe de la ONU"),
        ("fr", "Avril 2010\u00a0: iOS y el informe de la ONU"),
        ("zh-Hans", "2010年4月：iOS y el informe de la ONU"),
    ],
)
def test_an_entry_title_starting_with_a_date_starts_with_a_capital(language: str, title: str) -> None:
    # Only the first letter: the event's title stays as written ('iOS', 'ONU').
    event = Event(id="e1", title="iOS y el informe de la ONU", date=PartialDate(2010, 4), summary="S")
    told = dataclasses.replace(
        story("s", "S", 0, PartialDate(2010, 5, 1), None), events=(event,), language=language
    )
    data = feeds.atom(base_url=BASE, title="T", language="en", stories=(told,), markdown=markdown)
    titles = [e.findtext(f"{ATOM}title") for e in ET.fromstring(data).findall(f"{ATOM}entry")]
    assert titles == ["S", title]


def test_an_entry_title_starting_with_an_approximate_date_keeps_its_abbreviation_small() -> None:
    # 'C. August 2024: A rebuild plan' read as a person's initial and name.
    event = Event(id="e1", title="A rebuild plan", date=PartialDate(2024, 8), circa=True, summary="S")
    told = dataclasses.replace(
        story("s", "S", 0, PartialDate(2024, 9, 1), None), events=(event,), language="en-US"
    )
    data = feeds.atom(base_url=BASE, title="T", language="en-US", stories=(told,), markdown=markdown)
    titles = [e.findtext(f"{ATOM}title") for e in ET.fromstring(data).findall(f"{ATOM}entry")]
    assert titles == ["S", "c. August 2024: A rebuild plan"]


def test_an_event_added_late_is_in_the_feed_and_an_update_leaves_the_others_as_they_were() -> None:
    # A breaking story: an event about last week added today never reached the feed (only
    # the timeline's last ten did), and every event's entry moved at every update, as if
    # each had changed.
    told = story("flood", "Flood", 12, PartialDate(2020, 1, 1), None)
    late = Event(
        id="letter",
        title="A letter",
        date=PartialDate(2020, 1, 1),
        summary="S",
        added=PartialDate(2020, 1, 20),
    )
    told = dataclasses.replace(told, events=(late, *told.events))

    def entries(update: PartialDate) -> dict[str | None, str | None]:
        updates = (Update(1, update, "More."),)
        data = feeds.atom(base_url=BASE, title="N", language="en", stories=(dataclasses.replace(told, updates=updates),),
                          markdown=markdown)  # fmt: skip
        found = ET.fromstring(data).findall(f"{ATOM}entry")
        return {
            e.findtext(f"{ATOM}id"): e.findtext(f"{ATOM}updated")
            for e in found
            if "/events/" in (e.findtext(f"{ATOM}id") or "")
        }

    morning, evening = entries(PartialDate(2020, 1, 20, 9, 0)), entries(PartialDate(2020, 1, 20, 18, 0))
    assert morning[BASE + "flood/events/letter/"] == "2020-01-20T00:00:00Z"  # there, as of when it was added
    assert len(morning) == feeds.FEED_EVENTS_PER_STORY
    assert morning == evening


def test_an_update_that_links_to_an_event_dates_its_entry() -> None:
    # A correction of an event's summary left its entry (and its page's lastmod) at the
    # event's date: feed readers kept the wrong summary, crawlers were told nothing changed.
    told = story("vote", "The vote", 3, PartialDate(2020, 1, 1), None)
    updates = (
        Update(2, PartialDate(2020, 2, 5), "The count was [wrong](events/e01.yaml).", UpdateKind.CORRECTION),
        Update(
            1,
            PartialDate(2020, 2, 1),
            "More on [the second](events/e01.yaml) and [the third](events/e02.yaml).",
        ),
    )
    told = dataclasses.replace(told, updates=updates)
    changed = feeds.events_changed(told)
    assert changed == {
        "e00": PartialDate(2020, 1, 1),
        "e01": PartialDate(2020, 2, 5),
        "e02": PartialDate(2020, 2, 1),
    }


def test_an_event_is_not_changed_before_it_was_added() -> None:
    # An update dated 5 March links to an event added at 9:00 that day: the entry said it
    # was published at 9:00 and last updated at midnight, before it existed.
    told = story("vote", "The vote", 2, PartialDate(2020, 1, 1), None)
    added = dataclasses.replace(told.events[1], added=PartialDate(2020, 3, 5, 9, 0))
    told = dataclasses.replace(
        told,
        events=(told.events[0], added),
        updates=(Update(1, PartialDate(2020, 3, 5), "News of [the vote](events/e01.yaml)."),),
    )
    assert feeds.events_changed(told, "Europe/Paris")["e01"] == PartialDate(2020, 3, 5, 9, 0)
    later = (Update(1, PartialDate(2020, 3, 6), "More on [the vote](events/e01.yaml)."),)
    assert feeds.events_changed(dataclasses.replace(told, updates=later))["e01"] == PartialDate(2020, 3, 6)


def test_an_event_of_the_day_a_story_was_published_at_a_time_is_not_dated_before_it() -> None:
    # A breaking story published at 06:30 about events of that day with no time: their
    # entries and pages were dated midnight, hours before the story existed.
    published = PartialDate(2020, 1, 2, 6, 30)
    told = story("flood", "Flood", 3, published, PartialDate(2020, 1, 5))  # events of 1, 2 and 3 January
    month = Event(id="month", title="M", date=PartialDate(2020, 1), summary="S")
    told = dataclasses.replace(told, events=(month, *told.events))
    assert feeds.events_changed(told, "Asia/Bishkek") == {
        "month": published,
        "e00": published,
        "e01": published,
        "e02": PartialDate(2020, 1, 3),
    }
    # A story published on a day alone dates them as before: a file that built builds the same.
    by_day = dataclasses.replace(told, published=PartialDate(2020, 1, 2))
    assert feeds.events_changed(by_day)["e01"] == PartialDate(2020, 1, 2)
    assert feeds.events_changed(by_day)["month"] == PartialDate(2020, 1)


def test_a_day_alone_after_a_story_published_at_a_time_is_not_dated_before_it_in_the_feed() -> None:
    # An update, the story's 'updated' and an event's 'added' giving only the day a story
    # was published at 06:30: the feed dated them at its midnight, before the story existed.
    published = PartialDate(2020, 1, 2, 6, 30)
    told = story("flood", "Flood", 1, published, PartialDate(2020, 1, 2))
    added = dataclasses.replace(told.events[0], added=PartialDate(2020, 1, 2))
    told = dataclasses.replace(told, events=(added,), updates=(Update(1, PartialDate(2020, 1, 2), "More."),))

    def feed_of(one: Story) -> ET.Element:
        return ET.fromstring(
            feeds.atom(
                base_url=BASE,
                title="N",
                language="en",
                stories=(one,),
                markdown=markdown,
                time_zone="Asia/Bishkek",
            )
        )

    feed = feed_of(told)
    dated = [
        (e.findtext(f"{ATOM}title"), e.findtext(f"{ATOM}published"), e.findtext(f"{ATOM}updated"))
        for e in feed.findall(f"{ATOM}entry")
    ]
    at = "2020-01-02T06:30:00+06:00"
    assert dated == [
        ("Flood", at, at),
        ("Update to “Flood”: More.", at, at),
        ("1 January 2020: Event <0>", at, at),
    ]
    assert feed.findtext(f"{ATOM}updated") == at
    # A story published on a day alone: its days are dated as before.
    by_day = dataclasses.replace(told, published=PartialDate(2020, 1, 2))
    assert feed_of(by_day).findtext(f"{ATOM}updated") == "2020-01-02T00:00:00+06:00"


def test_updates_and_corrections_are_entries_of_their_own_and_date_the_story() -> None:
    updates = (
        Update(2, PartialDate(2020, 3, 2, 9, 30, None, 0), "We said *Tuesday*.", UpdateKind.CORRECTION),
        Update(1, PartialDate(2020, 2, 1), "Added the vote."),
    )
    told = dataclasses.replace(story("vote", "The vote", 1, PartialDate(2020, 1, 1), None), updates=updates)
    feed = ET.fromstring(
        feeds.atom(base_url=BASE, title="N", language="en", stories=(told,), markdown=markdown)
    )
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        "The vote",
        "Correction to “The vote”: We said *Tuesday*.",
        "Update to “The vote”: Added the vote.",
        "1 January 2020: Event <0>",
    ]
    correction = entries[1]
    assert correction.findtext(f"{ATOM}id") == BASE + "vote/#update-2"
    assert correction.find(f"{ATOM}link").get("href") == BASE + "vote/#update-2"  # type: ignore[union-attr]
    assert correction.findtext(f"{ATOM}updated") == "2020-03-02T09:30:00Z"
    assert correction.findtext(f"{ATOM}summary") == "<p>We said *Tuesday*.</p>"
    assert entries[3].findtext(f"{ATOM}published") is None  # there from the start
    # Without 'updated', the latest update dates the story and the feed.
    assert entries[0].findtext(f"{ATOM}updated") == "2020-03-02T09:30:00Z"
    assert feed.findtext(f"{ATOM}updated") == "2020-03-02T09:30:00Z"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # Each update's entry was titled "Update: <the story's title>": five of them in a
        # feed reader's list, alike. Now each says what it adds, shortened at a word.
        ("The *second* dam held.", "Update to “Flood”: The second dam held."),
        (
            "Rescuers reached the fourth miner at 02:14, three hours later than the plan said, "
            "and the fifth an hour after that.",
            "Update to “Flood”: Rescuers reached the fourth miner at 02:14, three hours later than the plan said, and…",
        ),
        # Cut after a sentence: its full stop gives way to the ellipsis.
        ("x" * 60 + ". " + "y" * 40, "Update to “Flood”: " + "x" * 60 + "…"),
        # Chinese writes no spaces between words: cut after a character, not to nothing.
        ("救援人员" * 30, "Update to “Flood”: " + ("救援人员" * 30)[:89] + "…"),
        # Cut after Japanese (or Chinese) punctuation: the comma or full stop gives way too.
        ("あ" * 88 + "、" + "い" * 20, "Update to “Flood”: " + "あ" * 88 + "…"),
        ("い" * 88 + "。" + "う" * 20, "Update to “Flood”: " + "い" * 88 + "…"),
        ("救援" * 44 + "，" + "人员" * 10, "Update to “Flood”: " + "救援" * 44 + "…"),
    ],
)
def test_an_updates_entry_is_titled_with_what_it_says(text: str, title: str) -> None:
    told = dataclasses.replace(
        story("flood", "Flood", 1, PartialDate(2020, 1, 1), None),
        updates=(Update(1, PartialDate(2020, 1, 2), text),),
    )

    def emphasis(text: str | None, language: str) -> str:
        return f"<p>{(text or '').replace('*second*', '<em>second</em>')}</p>"

    feed = ET.fromstring(
        feeds.atom(base_url=BASE, title="N", language="en", stories=(told,), markdown=emphasis)
    )
    assert [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")][1] == title


@pytest.mark.parametrize(
    ("headline", "shown"),
    [
        ("Flood", "Flood"),
        # A headline of 150 characters filled a feed reader's line before the update's words:
        # every update of the story read 'Update to “Rescuers race to reach the miners…' alike.
        (
            "Rescuers race to reach the miners trapped below the flooded shaft " * 2 + "as the rain goes on",
            "Rescuers race to reach the miners trapped below the…",
        ),
        ("救援人员" * 20, ("救援人员" * 20)[:59] + "…"),
    ],
)
def test_an_updates_entry_title_shortens_a_long_headline_before_what_it_says(
    headline: str, shown: str
) -> None:
    told = dataclasses.replace(
        story("flood", headline, 1, PartialDate(2020, 1, 1), None),
        updates=(
            Update(2, PartialDate(2020, 1, 3), "Fixed.", UpdateKind.CORRECTION),
            Update(1, PartialDate(2020, 1, 2), "The second dam held."),
        ),
    )
    data = feeds.atom(base_url=BASE, title="N", language="en", stories=(told,), markdown=markdown)
    titles = [entry.title for entry in as_read(data, BASE + "feed.xml").entries]
    assert titles[:3] == [
        headline,
        f"Correction to “{shown}”: Fixed.",
        f"Update to “{shown}”: The second dam held.",
    ]
    assert all(len(title) <= 100 for title in titles[1:3])


@pytest.mark.parametrize(
    ("headline", "shown"),
    [
        # An override to right to left, cut before the character that ends it: the rest of
        # the entry's title ('”: We said…') was shown reversed.
        ("Hostile \u202e" + "word " * 30 + "\u202c end", "Hostile \u202e" + "word " * 9 + "word\u202c…"),
        # An isolate within it, both left open by the cut: closed innermost first.
        (
            "A \u202e" + "b \u2067" + "c " * 40 + "\u2069\u202c",
            "A \u202eb \u2067" + "c " * 25 + "c\u2069\u202c…",
        ),
        # One the editor left open, in a short headline: closed too.
        ("Flood \u202bover", "Flood \u202bover\u202c"),
        ("Flood \u202bover\u202c", "Flood \u202bover\u202c"),
    ],
)
def test_an_updates_entry_title_closes_the_bidi_controls_its_headline_leaves_open(
    headline: str, shown: str
) -> None:
    told = dataclasses.replace(
        story("flood", headline, 1, PartialDate(2020, 1, 1), None),
        updates=(Update(1, PartialDate(2020, 1, 2), "We said Tuesday."),),
    )
    data = feeds.atom(base_url=BASE, title="N", language="en", stories=(told,), markdown=markdown)
    titles = [entry.title for entry in as_read(data, BASE + "feed.xml").entries]
    assert titles[1] == f"Update to “{shown}”: We said Tuesday."


def test_the_feed_escapes_quotes_in_attributes() -> None:
    data = feeds.atom(base_url='https://example.org/"x"/', title="T", language='en"', stories=(),
                      markdown=markdown)  # fmt: skip
    feed = ET.fromstring(data)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == 'en"'
    assert feed.find(f"{ATOM}link").get("href") == 'https://example.org/"x"/feed.xml'  # type: ignore[union-attr]
    assert feed.findtext(f"{ATOM}updated") == "1970-01-01T00:00:00Z"  # no story: a fixed time, no clock


def test_escape_and_quoteattr() -> None:
    assert feeds.escape("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert feeds.quoteattr('say "&"') == '"say &quot;&amp;&quot;"'


def test_an_event_added_later_is_published_in_the_feed_when_it_was_added() -> None:
    base = story("vote", "The vote", 2, PartialDate(2020, 1, 1), PartialDate(2020, 2, 1))
    late = dataclasses.replace(base.events[1], added=PartialDate(2020, 2, 1))
    told = dataclasses.replace(base, events=(base.events[0], late))
    feed = ET.fromstring(
        feeds.atom(base_url=BASE, title="N", language="en", stories=(told,), markdown=markdown)
    )
    entries = {e.findtext(f"{ATOM}id"): e for e in feed.findall(f"{ATOM}entry")}
    assert entries[BASE + "vote/events/e01/"].findtext(f"{ATOM}published") == "2020-02-01T00:00:00Z"
    assert entries[BASE + "vote/events/e00/"].findtext(f"{ATOM}published") is None


def test_an_event_added_after_the_story_last_changed_is_not_updated_before_it_was_published() -> None:
    base = story("vote", "The vote", 2, PartialDate(2020, 1, 1), PartialDate(2020, 2, 1))
    late = dataclasses.replace(base.events[1], added=PartialDate(2020, 3, 1))  # check warns of it
    told = dataclasses.replace(base, events=(base.events[0], late))
    feed = ET.fromstring(
        feeds.atom(base_url=BASE, title="N", language="en", stories=(told,), markdown=markdown)
    )
    entry = {e.findtext(f"{ATOM}id"): e for e in feed.findall(f"{ATOM}entry")}[BASE + "vote/events/e01/"]
    assert entry.findtext(f"{ATOM}published") == entry.findtext(f"{ATOM}updated") == "2020-03-01T00:00:00Z"
    assert feed.findtext(f"{ATOM}updated") == "2020-03-01T00:00:00Z"  # the feed changed when it did


def test_each_entry_has_the_quotation_marks_of_its_storys_language(project: Project) -> None:
    project.write("content/site.yaml", "title: T\nbase_url: https://example.org/\nlanguage: de\n")
    story = project.root / "content/story-a/story.yaml"
    story.write_text(story.read_text().replace("What story A is about.", 'une "citation"') + "language: fr\n")
    project.write("content/story-a/events/e1.yaml",
                  'title: E\ndate: 2020-01-01\nsummary: il dit "non"\nsources: [src-a]\n')  # fmt: skip
    project.write("content/story-b/story.yaml",
                  'title: B\nsummary: مع "اقتباس"\npublished: 2020-01-03\nlanguage: ar\n')  # fmt: skip
    project.write("content/story-b/events/e1.yaml", 'title: E\ndate: 2020-01-01\nsummary: قال "لا"\n')
    project.write("content/story-c/story.yaml", 'title: C\nsummary: ein "Zitat"\npublished: 2020-01-04\n')
    build(content="content", templates=TEMPLATES, out="site")
    summaries = [
        e.findtext(f"{ATOM}summary")
        for e in ET.fromstring((project.root / "site/feed.xml").read_bytes()).findall(f"{ATOM}entry")
    ]
    assert "<p>une «\u202fcitation\u202f»</p>" in summaries and "<p>il dit «\u202fnon\u202f»</p>" in summaries
    assert "<p>مع «اقتباس»</p>" in summaries and "<p>قال «لا»</p>" in summaries
    assert "<p>ein „Zitat“</p>" in summaries  # a story in the site's language: the site's marks


def test_links_to_a_storys_media_are_full_addresses_in_the_feed(project: Project) -> None:
    # A feed reader resolves a relative link against the feed's address, the site's root.
    project.write("content/site.yaml", "title: T\nbase_url: https://example.org/news/\n")
    project.write("content/story-a/media/report.pdf", b"%PDF-1.4\n")
    story = project.root / "content/story-a/story.yaml"
    story.write_text(story.read_text().replace("What story A is about.", "See [it](media/report.pdf)."))
    project.write(
        "content/story-a/events/e1.yaml",
        "title: E\ndate: 2020-01-01\nsummary: Read [the report](media/report.pdf).\nsources: [src-a]\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    summaries = [
        e.findtext(f"{ATOM}summary") or ""
        for e in ET.fromstring((project.root / "site/feed.xml").read_bytes()).findall(f"{ATOM}entry")
    ]
    linked = [s for s in summaries if "report.pdf" in s]
    assert len(linked) == 2
    for summary in linked:
        assert 'href="https://example.org/news/story-a/media/report.pdf"' in summary
        assert 'href="media/' not in summary


def test_times_without_an_offset_are_on_the_sites_time_zones_clock() -> None:
    # A newsroom in Paris writes '13:00': without the site's time zone the feed said 13:00
    # UTC, which a feed reader in Paris showed as 14:00. Summer time is the zone's own.
    updates = (
        Update(2, PartialDate(2026, 11, 27, 13, 0), "Winter."),
        Update(1, PartialDate(2026, 7, 1, 13, 0), "Summer."),
    )
    told = dataclasses.replace(story("flood", "Flood", 1, PartialDate(2026, 6, 1), None), updates=updates)

    def times(zone: str | None) -> list[str | None]:
        data = feeds.atom(
            base_url=BASE, title="N", language="en", stories=(told,), markdown=markdown, time_zone=zone
        )
        return [e.findtext(f"{ATOM}updated") for e in ET.fromstring(data).findall(f"{ATOM}entry")][1:3]

    assert times("Europe/Paris") == ["2026-11-27T13:00:00+01:00", "2026-07-01T13:00:00+02:00"]
    assert times(None) == ["2026-11-27T13:00:00Z", "2026-07-01T13:00:00Z"]
    # A time given with its own offset keeps it.
    own = PartialDate(2026, 11, 27, 13, 0, None, -300)
    assert feeds.w3c_datetime(own, "Europe/Paris") == "2026-11-27T13:00:00-05:00"
    # The sitemap gives the full time once the offset is known.
    assert feeds.sitemap_date(PartialDate(2026, 11, 27, 13, 0), "Asia/Bishkek") == "2026-11-27T13:00:00+06:00"
    assert feeds.sitemap_date(PartialDate(2026, 11, 27, 13, 0)) == "2026-11-27"


def test_the_sites_time_zone_reaches_the_feed_and_the_sitemap(project: Project) -> None:
    project.write(
        "content/site.yaml", "title: Test site\nbase_url: https://x.example/\ntime_zone: Asia/Bishkek\n"
    )
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First\ndate: 2020-01-02T09:30\nsummary: S\nsources: [src-a]\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    feed = ET.fromstring((project.root / "site/feed.xml").read_bytes())
    assert [e.findtext(f"{ATOM}updated") for e in feed.findall(f"{ATOM}entry")] == [
        "2020-01-02T09:30:00+06:00",  # its event, the latest
        "2020-01-02T00:00:00+06:00",  # the story, published that day
    ]
    assert "<lastmod>2020-01-02T09:30:00+06:00</lastmod>" in (project.root / "site/sitemap.xml").read_text()
    # And the story page's structured data for search engines, which gave the time with
    # no offset (read as UTC, or as the crawler's own clock).
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "updated: 2020-01-03T10:00\n")
    build(content="content", templates=TEMPLATES, out="site")
    page = (project.root / "site/story-a/index.html").read_text()
    data = json.loads(page.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert (data["datePublished"], data["dateModified"]) == ("2020-01-02", "2020-01-03T10:00:00+06:00")


def test_the_feed_says_the_sites_description_each_storys_byline_and_each_events_tags(
    project: Project,
) -> None:
    # Feed readers show a feed's subtitle, an entry's author and its categories: the site's
    # description, the byline and the tags were on the pages only.
    project.write(
        "content/site.yaml", "title: T\ndescription: Our explainers\nbase_url: https://x.example/\n"
    )
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "byline: Desk & co\n")
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write("content/story-a/events/e1.yaml", event + "tags: [vote, count]\n")
    build(content="content", templates=TEMPLATES, out="site")
    feed = ET.fromstring((project.root / "site/feed.xml").read_bytes())
    assert feed.findtext(f"{ATOM}subtitle") == "Our explainers"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}author/{ATOM}name") for e in entries] == ["Desk & co", "Desk & co"]
    assert [c.get("term") for c in entries[1].findall(f"{ATOM}category")] == ["vote", "count"]
    assert entries[0].findall(f"{ATOM}category") == []


def test_a_story_published_at_a_time_is_dated_then_in_the_feed_the_sitemap_and_its_data(
    project: Project,
) -> None:
    # Given a day only, a breaking story published at 06:30 went out dated midnight.
    project.write(
        "content/site.yaml", "title: Test site\nbase_url: https://x.example/\ntime_zone: Asia/Bishkek\n"
    )
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story.replace("2020-01-02", "2020-01-02T06:30"))
    project.write(  # before the story that day: its entry is dated when the story was published
        "content/story-a/events/e1.yaml",
        "title: First\ndate: 2020-01-02T05:00\nsummary: S\nsources: [src-a]\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    feed = ET.fromstring((project.root / "site/feed.xml").read_bytes())
    dated = [
        [e.findtext(f"{ATOM}{k}") for k in ("id", "published", "updated")]
        for e in feed.findall(f"{ATOM}entry")
    ]
    assert dated == [
        ["https://x.example/story-a/", "2020-01-02T06:30:00+06:00", "2020-01-02T06:30:00+06:00"],
        ["https://x.example/story-a/events/e1/", None, "2020-01-02T06:30:00+06:00"],
    ]
    assert feed.findtext(f"{ATOM}updated") == "2020-01-02T06:30:00+06:00"
    sitemap = (project.root / "site/sitemap.xml").read_text()
    assert "<loc>https://x.example/story-a/</loc><lastmod>2020-01-02T06:30:00+06:00</lastmod>" in sitemap
    page = (project.root / "site/story-a/index.html").read_text()
    data = json.loads(page.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert data["datePublished"] == data["dateModified"] == "2020-01-02T06:30:00+06:00"


def test_each_published_story_has_a_feed_of_its_own_that_its_pages_lead_to_first(project: Project) -> None:
    # A reader following one story subscribes to it alone: its entries as in the site's
    # feed (the same ids, so a reader of both sees each once), named by it, in its language.
    project.write("content/site.yaml", "title: The Desk\nbase_url: https://example.org/news/\n")
    story = project.root / "content/story-a/story.yaml"
    story.write_text(story.read_text() + "language: fr\n")
    project.write(
        "content/story-b/story.yaml", "title: B\nsummary: Not yet.\npublished: 2020-01-01\ndraft: true\n"
    )
    project.write("content/story-b/events/e1.yaml", "title: E\ndate: 2020-01-01\nsummary: S.\n")
    build(content="content", templates=TEMPLATES, out="site")
    site_feed = ET.fromstring((project.root / "site/feed.xml").read_bytes())
    own = ET.fromstring((project.root / "site/story-a/feed.xml").read_bytes())
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert own.get(xml_lang) == "fr"
    assert own.findtext(f"{ATOM}title") == "Story A"
    assert own.findtext(f"{ATOM}id") == "https://example.org/news/story-a/feed.xml"
    assert own.findtext(f"{ATOM}id") != site_feed.findtext(f"{ATOM}id") == "https://example.org/news/"
    assert own.findtext(f"{ATOM}author/{ATOM}name") == "The Desk"
    links = {link.get("rel"): link.get("href") for link in own.findall(f"{ATOM}link")}
    assert links == {
        "self": "https://example.org/news/story-a/feed.xml",
        None: "https://example.org/news/story-a/",
    }

    def ids(feed: ET.Element) -> list[str | None]:
        return [entry.findtext(f"{ATOM}id") for entry in feed.findall(f"{ATOM}entry")]

    assert ids(own) == ids(site_feed) and len(ids(own)) > 1  # story B is a draft: in neither
    assert not (project.root / "site/story-b/feed.xml").exists()
    page = (project.root / "site/story-a/events/e1/index.html").read_text()
    feeds_linked = [line for line in page.splitlines() if line.startswith("<link") and "atom+xml" in line]
    assert len(feeds_linked) == 2
    assert 'href="https://example.org/news/story-a/feed.xml"' in feeds_linked[0]
    assert 'title="Story A"' in feeds_linked[0]
    assert 'href="https://example.org/news/feed.xml"' in feeds_linked[1]
    home = (project.root / "site/index.html").read_text()
    assert "story-a/feed.xml" not in home  # the home page is of every story: the site's feed


def test_a_reader_sees_a_link_to_the_storys_feed_and_every_page_one_to_the_sites(project: Project) -> None:
    # The head's links are for browsers and feed readers; a reader who wants the next
    # update was shown no way to follow it. Each visible link leads to a feed the build made.
    project.write("content/site.yaml", "title: The Desk\nbase_url: https://example.org/news/\n")
    project.write(
        "content/story-b/story.yaml", "title: B\nsummary: Not yet.\npublished: 2020-01-01\ndraft: true\n"
    )
    project.write("content/story-b/events/e1.yaml", "title: E\ndate: 2020-01-01\nsummary: S.\n")
    build(content="content", templates=TEMPLATES, out="site", drafts=True)
    site = project.root / "site"

    def shown(path: str) -> dict[str, str]:
        found = re.findall(
            r'<a href="([^"]*)" type="application/atom\+xml">([^<]*)</a>', (site / path).read_text()
        )
        return {text: href for href, text in found}

    every = "Follow every story in a feed reader"
    assert shown("story-a/index.html") == {
        "Follow this story in a feed reader": "feed.xml",
        every: "../feed.xml",
    }
    assert (site / "story-a/feed.xml").is_file() and (site / "feed.xml").is_file()
    assert shown("story-a/events/e1/index.html") == {every: "../../../feed.xml"}
    assert shown("index.html") == {every: "feed.xml"}
    assert shown("story-b/index.html") == {every: "../feed.xml"}  # a draft has no feed of its own
    assert not (site / "story-b/feed.xml").exists()


def test_no_feed_of_a_story_is_made_or_linked_without_the_sites_address(project: Project) -> None:
    build(content="content", templates=TEMPLATES, out="site")
    assert not (project.root / "site/story-a/feed.xml").exists()
    assert "application/atom+xml" not in (project.root / "site/story-a/index.html").read_text()


@pytest.mark.parametrize("zone", [None, "Europe/Paris", "America/Santiago", "Asia/Kathmandu"])
def test_the_moment_entries_are_sorted_by_is_the_one_the_feed_writes(zone: str | None) -> None:
    # The feed sorts every event by a moment made from the date's parts; it must be the
    # moment its entries' times say, as reading that text back gives it.
    for date in (
        PartialDate(2010),
        PartialDate(2010, 4),
        PartialDate(2010, 7, 19),
        PartialDate(2010, 7, 19, 23, 5),
        PartialDate(2010, 1, 19, 0, 5, 9),
        PartialDate(2010, 4, 19, 23, 5, 9, 360),
        PartialDate(2010, 4, 19, 1, 0, 0, -270),
        PartialDate(1, 1, 1, 12),
    ):
        made, read = feeds._instant(date, zone), datetime.fromisoformat(feeds.w3c_datetime(date, zone))
        assert made == read and made.utcoffset() == read.utcoffset(), (date, zone)


READER_BASE = "https://example.org/a&b/"
"""A site's address with a character that must be escaped in XML, as the tests' feeds have."""
LONG = "A title that goes on " * 15
READER_PROJECT = {
    "content/site.yaml": "title: 'News & <views> ]]>'\ndescription: 'Ours ]]> & co'\nlanguage: en-GB\n"
    "time_zone: Europe/London\n",
    "content/hostile/story.yaml": f"""\
        title: 'Hostile ]]> & <b>bold</b> \u202eevil\u202c 😀 {LONG}'
        summary: 'Text with ]]> and &amp; and <script>alert(1)</script> and [the event](events/e1.yaml) 😀'
        published: 2020-01-02T09:00
        byline: 'Ann & <Bob>'
        sources:
          s:
            publisher: X
        updates:
          - date: 2020-01-03
            text: 'First update about [the event](events/e1.yaml) with ]]> & stuff.'
          - date: 2020-01-06T10:00
            text: 'We said <i>Tuesday</i>; it was Wednesday. ]]>'
            kind: correction
        """,
    "content/hostile/events/e1.yaml": """\
        title: 'Event ]]> & </script><script>alert(1)</script> \u200f'
        date: 2020-01-01
        summary: 'Summary with `<code>` and **bold** & ]]>, from [the sources](#sources).'
        tags: ['a&b', '<tag>']
        sources: [s]
        """,
    "content/hostile/events/e2.yaml": "title: Not yet\ndate: 2020-01-01\nsummary: Draft.\ndraft: true\n",
    "content/hostile/events/e3.yaml": "title: Added\ndate: 2019-12-01\nadded: 2020-01-05\nsummary: Later.\n",
    "content/rtl/story.yaml": """\
        title: 'احتجاجات في المدينة'
        summary: 'ملخص القصة.'
        published: 2021-03-01
        language: ar
        updates:
          - date: 2021-03-02
            text: 'تصحيح الرقم.'
            kind: correction
        """,
    "content/rtl/events/e1.yaml": "title: 'بدأت الاحتجاجات'\ndate: 2021-02-28\nsummary: 'حدث شيء.'\n",
    "content/zh/story.yaml": """\
        title: '城市抗议'
        summary: '故事摘要。'
        published: 2021-04-01
        language: zh
        updates:
          - date: 2021-04-02
            text: '我们更新了数字。'
          - date: 2021-04-03
            text: '我们更正了日期。'
            kind: correction
        """,
    "content/zh/events/e1.yaml": "title: '抗议开始'\ndate: 2021-03-30\nsummary: '发生了一些事。'\n",
    "content/secret/story.yaml": "title: Secret\nsummary: Hidden.\npublished: 2021-05-01\ndraft: true\n",
    "content/secret/events/e1.yaml": "title: Hidden\ndate: 2021-05-01\nsummary: Hidden.\n",
}
"""Stories in three languages, one of them right to left, with updates and corrections,
drafts and text a feed could break on ('&', ']]>', markup, bidi controls, emoji)."""


def read_feed(site: Path, path: str, base: str) -> Any:
    """The feed at ``path`` in ``site`` as a feed reader reads it, fetched from its
    address on the site at ``base``."""
    return as_read((site / path).read_bytes(), base + path)


def as_read(data: bytes, url: str) -> Any:
    """A feed as a feed reader (feedparser) reads it, fetched from ``url``: relative
    addresses are resolved against that; it must read it as well-formed Atom."""
    import feedparser

    parsed = feedparser.parse(
        data, response_headers={"content-type": "application/atom+xml", "content-location": url}
    )
    assert not parsed.bozo, (url, parsed.get("bozo_exception"))
    assert parsed.version == "atom10"
    return parsed


def site_page(site: Path, base: str, url: str) -> Path:
    """The file of ``site`` that the address ``url`` of a site at ``base`` serves."""
    assert url.startswith(base), url
    path = urllib.parse.unquote(url[len(base) :].partition("#")[0])
    return site / path / "index.html" if path in ("", ".") or path.endswith("/") else site / path


def leads_to_page(site: Path, base: str, url: str) -> bool:
    """Whether ``url`` leads to a file the site has; with a '#', to a place on a page."""
    path, _, place = url.partition("#")
    page = site_page(site, base, path)
    if place:
        return page.suffix == ".html" and f'id="{place}"' in page.read_text(encoding="utf-8")
    return page.is_file()


def addresses(html: str) -> list[str]:
    """Every address an entry's HTML links to or shows."""
    return [html_text.unescape(found) for found in re.findall(r'(?:href|src)="([^"]*)"', html)]


def test_a_feed_reader_reads_every_feed_whole_with_links_to_the_sites_pages(project: Project) -> None:
    shutil.rmtree(project.root / "content/story-a")
    for rel, text in READER_PROJECT.items():
        project.write(rel, text)
    build(content="content", templates=TEMPLATES, out="site", base_url=READER_BASE)
    site = project.root / "site"
    paths = sorted(p.relative_to(site).as_posix() for p in site.rglob("feed.xml"))
    assert paths == ["feed.xml", "hostile/feed.xml", "rtl/feed.xml", "zh/feed.xml"]  # no draft's
    languages = {"feed.xml": "en-GB", "hostile/feed.xml": "en-GB", "rtl/feed.xml": "ar", "zh/feed.xml": "zh"}
    read = {path: read_feed(site, path, READER_BASE) for path in paths}
    for path, parsed in read.items():
        assert parsed.feed.language == languages[path]
        assert [(link.rel, link.href) for link in parsed.feed.links if link.rel == "self"] == [
            ("self", READER_BASE + path)
        ]
        entries = parsed.entries
        ids = [entry.id for entry in entries]
        assert len(ids) == len(set(ids)) > 1, path
        times = [datetime.fromisoformat(entry.updated) for entry in entries]
        assert times == sorted(times, reverse=True), path  # latest first
        assert datetime.fromisoformat(parsed.feed.updated) == times[0]  # the feed's: its latest entry's
        for entry in entries:
            assert entry.title and entry.updated_parsed and entry.title_detail.type == "text/plain"
            assert leads_to_page(site, READER_BASE, entry.link)
            assert entry.summary_detail.type == "text/html"
            shown = re.sub(r"<code>.*?</code>", "", entry.summary)  # code is shown as written
            assert not re.search(r"&lt;/?[a-z]+", shown), entry.summary  # no markup shown as text
            assert "secret" not in entry.link and "/e2/" not in entry.link  # no draft
            for address in addresses(entry.summary):
                assert leads_to_page(site, READER_BASE, address)
    titles = {entry.id: entry.title for entry in read["feed.xml"].entries}
    story = READER_PROJECT["content/hostile/story.yaml"].split("'")[1].strip()  # as the loader keeps it
    assert titles[READER_BASE + "hostile/"] == story
    # In an update's, the headline shortened (at most 60 characters), what it says whole.
    cut = "Hostile ]]> & <b>bold</b> \u202eevil\u202c 😀 A title that goes on A…"
    assert (
        titles[READER_BASE + "hostile/#update-2"]
        == f"Correction to “{cut}”: We said Tuesday; it was Wednesday. ]]>"
    )
    assert (
        titles[READER_BASE + "hostile/#update-1"]
        == f"Update to “{cut}”: First update about the event with ]]> & stuff."
    )
    assert titles[READER_BASE + "rtl/#update-1"] == "تصحيح على «احتجاجات في المدينة»: تصحيح الرقم."
    assert titles[READER_BASE + "zh/#update-2"] == "《城市抗议》更正：我们更正了日期。"
    assert titles[READER_BASE + "zh/#update-1"] == "《城市抗议》更新：我们更新了数字。"
    event = next(e for e in read["feed.xml"].entries if e.id == READER_BASE + "hostile/events/e1/")
    assert event.title == "1 January 2020: Event ]]> & </script><script>alert(1)</script> \u200f"
    assert [tag.term for tag in event.tags] == ["a&b", "<tag>"]
    assert event.author == "Ann & <Bob>"
    assert (
        "<code>&lt;code&gt;</code>" in event.summary
        and "<strong>bold</strong> &amp; ]]&gt;," in event.summary
    )
    by_lang = {entry.id: entry.title_detail.language for entry in read["feed.xml"].entries}
    assert by_lang[READER_BASE + "rtl/#update-1"] == "ar" and by_lang[READER_BASE + "zh/"] == "zh"
    assert by_lang[READER_BASE + "hostile/"] == "en-GB"
    # A story's own feed has its entries, as the site's has them.
    for path in paths[1:]:
        story_ids = [e.id for e in read[path].entries]
        page = READER_BASE + path.removesuffix("feed.xml")
        assert story_ids == [e.id for e in read["feed.xml"].entries if e.id.startswith(page)]


def test_a_feed_reader_reads_the_seeds_feed_with_links_to_its_pages(tmp_path: Path) -> None:
    content = seed_content(tmp_path / "content")
    base = "https://example.org/news/"
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"), base_url=base)
    for path in ("feed.xml", f"{SEED_STORY}/feed.xml"):
        parsed = read_feed(tmp_path / "site", path, base)
        assert len(parsed.entries) == 1 + feeds.FEED_EVENTS_PER_STORY
        for entry in parsed.entries:
            assert leads_to_page(tmp_path / "site", base, entry.link)
            assert entry.id == entry.link
            for address in addresses(entry.summary):
                assert not address.startswith(base) or leads_to_page(tmp_path / "site", base, address)


def test_a_feeds_entries_are_the_latest_first() -> None:
    # Written story by story (each story, its updates, then its events), a feed listed an
    # update of last week above an event added yesterday, and one story's old events
    # above another story, newer; a reader that shows a feed as written showed it so.
    told = dataclasses.replace(
        story("told", "Told", 2, PartialDate(2020, 1, 1), None),
        updates=(
            Update(2, PartialDate(2020, 1, 10), "Second."),
            Update(1, PartialDate(2020, 1, 3), "First."),
        ),
    )
    told = dataclasses.replace(
        told, events=(told.events[0], dataclasses.replace(told.events[1], added=PartialDate(2020, 1, 5)))
    )
    older = story("older", "Older", 1, PartialDate(2020, 1, 4), None)
    data = feeds.atom(base_url=BASE, title="N", language="en", stories=(told, older), markdown=markdown)
    entries = as_read(data, BASE + "feed.xml").entries
    assert [entry.id.removeprefix(BASE) for entry in entries] == [
        "told/",  # 10 January, its latest update's
        "told/#update-2",  # 10 January
        "told/events/e01/",  # added on 5 January
        "older/",  # 4 January
        "older/events/e00/",  # of 1 January, before its story: taken in with it, on 4 January
        "told/#update-1",  # 3 January
        "told/events/e00/",  # 1 January, the day its story was published
    ]


def test_a_texts_link_to_a_place_on_the_story_page_leads_there_from_the_feed(project: Project) -> None:
    # '[the sources](#sources)' leads to the story page's list of sources on the page; in
    # the feed a reader resolved it against the feed's own address, 'feed.xml#sources'.
    project.write("content/site.yaml", "title: T\nbase_url: https://example.org/news/\n")
    event = "title: E\ndate: 2020-01-01\nsummary: From [the sources](#sources) and [the start](#top).\n"
    project.write("content/story-a/events/e1.yaml", event + "sources: [src-a]\n")
    build(content="content", templates=TEMPLATES, out="site")
    for path in ("feed.xml", "story-a/feed.xml"):
        entries = read_feed(project.root / "site", path, "https://example.org/news/").entries
        entry = next(e for e in entries if e.id == "https://example.org/news/story-a/events/e1/")
        assert addresses(entry.summary) == [
            "https://example.org/news/story-a/#sources",
            "https://example.org/news/story-a/#top",
        ]
    # The page keeps them as written, links within the page that shows the text.
    page = (project.root / "site/story-a/index.html").read_text(encoding="utf-8")
    assert '<a href="#sources" rel="noopener noreferrer">the sources</a>' in page


def test_an_entrys_id_stays_as_the_feed_is_built_again_and_the_story_changes(project: Project) -> None:
    # A feed reader knows an entry by its id: one that changed would be shown again as new,
    # and one that another entry took would hide it.
    project.write("content/site.yaml", "title: T\nbase_url: https://example.org/news/\n")
    story = project.root / "content/story-a/story.yaml"
    story.write_text(
        story.read_text() + "updates:\n  - date: 2020-01-03\n    text: First.\n"
        "  - date: 2020-01-04\n    text: Fixed.\n    kind: correction\n"
    )
    project.write(
        "content/story-a/events/e2.yaml", "title: F\ndate: 2020-01-01\nsummary: S.\nsources: [src-a]\n"
    )

    def ids() -> dict[str, str]:
        build(content="content", templates=TEMPLATES, out="site")
        entries = read_feed(project.root / "site", "feed.xml", "https://example.org/news/").entries
        return {re.sub(r"<[^>]*>", "", entry.summary): entry.id for entry in entries}

    first = ids()
    assert first == ids()  # built again
    project.write(
        "content/story-a/events/e2.yaml", "title: F\ndate: 2020-01-01\nsummary: T.\nsources: [src-a]\n"
    )
    story.write_text(story.read_text() + "  - date: 2020-01-05\n    text: Later.\n")
    later = ids()
    assert later["First."] == first["First."] == "https://example.org/news/story-a/#update-1"
    assert later["Fixed."] == first["Fixed."] == "https://example.org/news/story-a/#update-2"
    assert later["Later."] == "https://example.org/news/story-a/#update-3"
    assert later["T."] == first["S."] == "https://example.org/news/story-a/events/e2/"
    assert later["Something happened."] == first["Something happened."]
    assert len(set(later.values())) == len(later) == len(first) + 1


def test_an_update_of_the_day_a_story_was_published_at_a_time_dates_it_then_for_search_engines(
    project: Project,
) -> None:
    # A story published at 09:00 and updated that day (a day alone): the feed and the
    # event pages' lastmod took the update at 09:00, but the story's structured data said
    # it was modified on "2020-01-02", midnight, before it was published at 09:00, and its
    # sitemap lastmod and the home page's said the same day alone.
    project.write(
        "content/site.yaml", "title: Test site\nbase_url: https://x.example/\ntime_zone: Asia/Bishkek\n"
    )
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml",
        story.replace("2020-01-02", "2020-01-02T09:00") + "updates:\n  - date: 2020-01-02\n    text: More.\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    page = (project.root / "site/story-a/index.html").read_text()
    data = json.loads(page.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert data["datePublished"] == data["dateModified"] == "2020-01-02T09:00:00+06:00"
    sitemap = ET.fromstring((project.root / "site/sitemap.xml").read_bytes())
    assert {u.findtext(f"{SITEMAP}lastmod") for u in sitemap} == {"2020-01-02T09:00:00+06:00"}
    feed = as_read((project.root / "site/feed.xml").read_bytes(), "https://x.example/feed.xml")
    assert {entry.updated for entry in feed.entries} == {"2020-01-02T09:00:00+06:00"}


W3C_DATETIME = re.compile(r"\d{4}(-\d\d(-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d))?)?)?")
"""A time as the sitemap protocol takes it (W3C Datetime)."""


def test_search_engines_read_the_sitemap_robots_and_structured_data_of_hostile_stories(
    project: Project,
) -> None:
    shutil.rmtree(project.root / "content/story-a")
    for rel, text in READER_PROJECT.items():
        project.write(rel, text)
    build(content="content", templates=TEMPLATES, out="site", base_url=READER_BASE)
    site = project.root / "site"
    assert (site / "robots.txt").read_text().splitlines()[-1] == f"Sitemap: {READER_BASE}sitemap.xml"
    urlset = ET.fromstring((site / "sitemap.xml").read_bytes())
    assert urlset.tag == f"{SITEMAP}urlset"
    locs = [url.findtext(f"{SITEMAP}loc") or "" for url in urlset]
    assert len(locs) == len(set(locs)) == 8  # the home page, 3 stories, 4 published events
    for url in urlset:
        assert W3C_DATETIME.fullmatch(url.findtext(f"{SITEMAP}lastmod") or ""), ET.tostring(url)
    for loc in locs:
        page = site_page(site, READER_BASE, loc)
        assert page.suffix == ".html" and page.is_file(), loc
        assert 'name="robots" content="noindex"' not in page.read_text(encoding="utf-8"), loc
        assert "secret" not in loc and "/e2/" not in loc and "404" not in loc
    pages = {p for p in site.rglob("*.html") if 'content="noindex"' not in p.read_text(encoding="utf-8")}
    assert pages == {site_page(site, READER_BASE, loc) for loc in locs}  # every page to be found
    for sid in ("hostile", "rtl", "zh"):
        raw = (site / sid / "index.html").read_text(encoding="utf-8")
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, re.DOTALL)
        assert len(blocks) == 1 and "<" not in blocks[0]  # nothing that could end the script
        data = json.loads(blocks[0])
        story = yaml.safe_load(textwrap.dedent(READER_PROJECT[f"content/{sid}/story.yaml"]))
        assert (data["@context"], data["@type"], data["headline"]) == (
            "https://schema.org",
            "NewsArticle",
            story["title"].strip(),
        )
        assert data["url"] == data["mainEntityOfPage"] == f"{READER_BASE}{sid}/"
        published, modified = (datetime.fromisoformat(data[k]) for k in ("datePublished", "dateModified"))
        assert modified > published  # each was updated
        (image,) = data["image"]
        assert site_page(site, READER_BASE, image).is_file()
    # Without the site's address: no sitemap, nor a Sitemap line; no address in the data.
    build(content="content", templates=TEMPLATES, out="bare")
    assert not (project.root / "bare/sitemap.xml").exists()
    assert "Sitemap" not in (project.root / "bare/robots.txt").read_text()
    raw = (project.root / "bare/hostile/index.html").read_text(encoding="utf-8")
    data = json.loads(raw.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert not {"url", "mainEntityOfPage", "image"} & data.keys()


def test_a_texts_picture_is_shown_in_the_feed_by_a_rendition_not_the_cameras_file(project: Project) -> None:
    # A photo in a story's text: its pages show a rendition the screen's size; its feed
    # entry showed the camera's own file, megabytes for each reader of the feed.
    project.write("content/site.yaml", "title: T\nbase_url: https://example.org/news/\n")
    project.write("content/story-a/media/scene photo.jpg", photo(3000, 2000))
    story = (project.root / "content/story-a/story.yaml").read_text()
    text = "What story A is about. ![The square at night](media/scene%20photo.jpg)"
    project.write("content/story-a/story.yaml", story.replace("What story A is about.", text))
    build(content="content", templates=TEMPLATES, out="site")
    for path in ("feed.xml", "story-a/feed.xml"):
        entries = read_feed(project.root / "site", path, "https://example.org/news/").entries
        summary = next(e.summary for e in entries if e.id == "https://example.org/news/story-a/")
        (img,) = re.findall(r"<img[^>]*>", summary)
        (src,) = addresses(img)
        assert src.startswith("https://example.org/news/story-a/pictures/scene%20photo.jpg.")
        file = site_page(project.root / "site", "https://example.org/news/", src)
        with Image.open(file) as shown:
            assert shown.size[0] <= 1000
            assert f'width="{shown.size[0]}"' in img and f'height="{shown.size[1]}"' in img
        assert 'alt="The square at night"' in img and "media/" not in summary


def test_the_feeds_own_time_is_its_latest_entrys_even_an_updates() -> None:
    # A story's `updated` may be earlier than its latest update (it says when it changed
    # in substance): the feed's <updated> was the latest of its stories and events only,
    # older than the update's own entry, and a reader that goes by it missed that entry.
    told = dataclasses.replace(
        story("flood", "Flood", 1, PartialDate(2020, 1, 1), PartialDate(2020, 1, 3)),
        updates=(Update(1, PartialDate(2020, 1, 5), "A note."),),
    )
    data = feeds.atom(base_url=BASE, title="N", language="en", stories=(told,), markdown=markdown)
    parsed = as_read(data, BASE + "feed.xml")
    first = parsed.entries[0]
    assert (first.id, first.updated) == (BASE + "flood/#update-1", "2020-01-05T00:00:00Z")
    assert parsed.feed.updated == "2020-01-05T00:00:00Z"


def test_the_story_pages_structured_data_writes_its_letters_as_they_are(project: Project) -> None:
    # Jinja's tojson wrote every letter outside ASCII as a six-byte escape: a Hindi or
    # Russian headline cost twice its bytes in the page's structured data. A closing tag
    # in the text must still not close the script.
    story = (project.root / "content/story-a/story.yaml").read_text()
    title = "Бишкек: </script><b>восстание</b> & «реформы»"
    story = "\n".join(
        f"title: {json.dumps(title)}" if line.startswith("title:") else line for line in story.splitlines()
    )
    project.write("content/story-a/story.yaml", story + "\n")
    build(content="content", templates=TEMPLATES, out="site")
    page = (project.root / "site/story-a/index.html").read_text(encoding="utf-8")
    raw = page.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert "Бишкек" in raw and "«реформы»" in raw
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert json.loads(raw)["headline"] == title


def test_an_event_added_on_the_day_it_happened_is_not_published_before_it_happened() -> None:
    # A live desk adds an event of 04:30 with 'added:' that day: its entry was dated at
    # the day's midnight, hours before what it reports happened, and a feed reader listed
    # it among the evening before's.
    base = story("ship", "The ship", 2, PartialDate(2020, 1, 1), PartialDate(2020, 2, 1))
    late = dataclasses.replace(
        base.events[1], date=PartialDate(2020, 2, 1, 4, 30), added=PartialDate(2020, 2, 1)
    )
    told = dataclasses.replace(base, events=(base.events[0], late))
    feed = ET.fromstring(
        feeds.atom(base_url=BASE, title="N", language="en", stories=(told,), markdown=markdown)
    )
    entry = {e.findtext(f"{ATOM}id"): e for e in feed.findall(f"{ATOM}entry")}[BASE + "ship/events/e01/"]
    assert entry.findtext(f"{ATOM}published") == entry.findtext(f"{ATOM}updated") == "2020-02-01T04:30:00Z"
    # Added on a later day than it happened, it is as before: that day's midnight.
    later = dataclasses.replace(
        told, events=(base.events[0], dataclasses.replace(late, added=PartialDate(2020, 2, 2)))
    )
    feed = ET.fromstring(
        feeds.atom(base_url=BASE, title="N", language="en", stories=(later,), markdown=markdown)
    )
    entry = {e.findtext(f"{ATOM}id"): e for e in feed.findall(f"{ATOM}entry")}[BASE + "ship/events/e01/"]
    assert entry.findtext(f"{ATOM}published") == "2020-02-02T00:00:00Z"
