"""The benchmark's synthetic site (``benchmarks/synthetic.py``): valid, shaped as the
benchmark asks, and the same for the same input."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from benchmarks.synthetic import TEXTS, event_year, figure_name, generate, write_site
from tests.conftest import checked


def test_the_synthetic_site_is_valid_and_shaped_as_the_issue_asks(tmp_path: Path) -> None:
    content = write_site(str(tmp_path), 60)
    site = checked(content)
    story = site.stories[0]
    assert (len(story.events), len(story.figures), len(story.locations)) == (60, 3, 2)
    assert all(len(e.figures) == 2 and len(e.locations) == 1 for e in story.events)
    words = story.events[0].summary.split()
    assert (
        len(words) == 100
        and any(w.startswith("*") for w in words)
        and "](https://" in story.events[0].summary
    )


def test_the_same_input_gives_the_same_site() -> None:
    assert generate(40) == generate(40)
    assert generate(40) != generate(40, seed=2)


def test_events_spread_over_twenty_years_in_order() -> None:
    assert [event_year(i, 20) for i in range(20)] == list(range(2001, 2021))
    years = [event_year(i, 1000) for i in range(1000)]
    assert years == sorted(years) and (years[0], years[-1]) == (2001, 2020)
    assert event_year(0, 0) == 2001
    data = generate(100)
    assert [int(e.date[:4]) for e in data.events] == [event_year(i, 100) for i in range(100)]


def test_figures_and_places_grow_with_the_events_from_a_floor() -> None:
    for events, figures, places in ((1, 2, 1), (40, 2, 1), (60, 3, 2), (1000, 50, 33)):
        data = generate(events)
        assert (len(data.events), len(data.figures), len(data.locations)) == (events, figures, places)
    data = generate(1000)
    assert [e.id for e in data.events[:2]] == ["event-00000", "event-00001"]
    assert all(e.figures[0] != e.figures[1] for e in data.events)  # two different figures each
    ids = {f[0] for f in data.figures} | {loc[0] for loc in data.locations}
    assert all({*e.figures, e.location} <= ids for e in data.events)


def test_the_content_folder_written(tmp_path: Path) -> None:
    content = write_site(str(tmp_path), 3)
    assert content == os.path.join(str(tmp_path), "content")
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert written == [
        "content/bench/events/event-00000.yaml",
        "content/bench/events/event-00001.yaml",
        "content/bench/events/event-00002.yaml",
        "content/bench/figures/figure-0.yaml",
        "content/bench/figures/figure-1.yaml",
        "content/bench/locations/place-0.yaml",
        "content/bench/story.yaml",
        "content/site.yaml",
    ]
    assert (tmp_path / "content/site.yaml").read_text() == (
        "title: Benchmark site\nbase_url: https://example.org/bench/\n"
    )
    event = generate(3).events[1]
    assert (tmp_path / "content/bench/events/event-00001.yaml").read_text() == (
        f"title: Event number 1\ndate: {event.date}\nsummary: |\n  {event.summary}\n"
        f"figures: [{event.figures[0]}, {event.figures[1]}]\nlocations: [{event.location}]\nsources: [wire]\n"
    )


LETTERS = {
    "ar": "\u0600-\u06ff",
    "he": "\u0590-\u05ff",
    "hi": "\u0900-\u097f",
    "ru": "\u0400-\u04ff",
    "ur": "\u0600-\u06ff",
}
"""Each language's script, as the inside of a character class."""


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_a_site_in_another_language_is_written_in_its_script(tmp_path: Path, language: str) -> None:
    content = write_site(str(tmp_path), 60, language=language)
    site = checked(content)
    story = site.stories[0]
    assert site.language == language
    assert (len(story.events), len(story.figures), len(story.locations)) == (60, 3, 2)
    script = re.compile(f"[{LETTERS[language]}]")
    # Its names, titles and text: no letter of English's, every word in the script (but
    # the link's address, and the numbers of the events' titles).
    written = [
        story.title,
        *(f.name for f in story.figures.values()),
        *(p.name for p in story.locations.values()),
    ]
    written += [e.title for e in story.events] + [
        re.sub(r"\]\(https://[^)]*\)", "]", e.summary) for e in story.events
    ]
    assert all(not re.search("[A-Za-z]", text) for text in written)
    words = {w.strip("*[]") for text in written for w in text.split()}
    assert all(script.search(w) or w.isdigit() for w in words)
    assert (
        len({f.name for f in story.figures.values()}) == 3
        and len({p.name for p in story.locations.values()}) == 2
    )


def test_a_site_in_another_language_has_the_english_ones_dates_links_and_pairs() -> None:
    english, arabic = generate(200), generate(200, language="ar")
    assert [(e.id, e.date, e.figures, e.location) for e in english.events] == [
        (e.id, e.date, e.figures, e.location) for e in arabic.events
    ]
    assert re.findall(r"https://\S+\)", english.summary) == re.findall(r"https://\S+\)", arabic.summary)
    assert generate(40, language="fr") == generate(40)  # a language without a text of its own: English


def test_many_figures_have_names_of_their_own() -> None:
    names = [name for _, name, _, _ in generate(10_000, language="he").figures]
    assert len(names) == len(set(names)) == 500
    assert figure_name(12) == "Figure 12"
    assert figure_name(12, "he") == names[12]
