"""Synthetic content for benchmarks: N events, N/20 figures, N/30 locations.

Summaries are about 100 words of Markdown with links and emphasis; each event names two
figures and one location. The text is deterministic (seeded), so runs are comparable.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass

SENTENCE = (
    "officials said the council would meet again after talks broke down over the budget while "
    "protesters gathered outside the ministry and police closed the main road as witnesses "
    "described crowds moving towards the square before the announcement came late"
)
WORDS = SENTENCE.split()


def _summary(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(100)]
    words[10] = f"*{words[10]}*"
    words[40] = f"**{words[40]}**"
    words[70] = f"[{words[70]}](https://example.org/{rng.randrange(10_000)})"
    return " ".join(words)


def event_year(i: int, events: int) -> int:
    """The year of synthetic event ``i`` of ``events``: they spread over 2001-2020."""
    return 2001 + i * 20 // max(events, 1)


@dataclass(frozen=True)
class SyntheticEvent:
    id: str
    title: str
    date: str
    summary: str
    figures: tuple[str, str]
    location: str


@dataclass(frozen=True)
class Synthetic:
    """The facts of a synthetic story, to be written in any tool's format."""

    summary: str
    events: list[SyntheticEvent]
    figures: list[tuple[str, str, str, str]]
    """(id, name, role, summary) of each figure."""
    locations: list[tuple[str, str, float, float]]
    """(id, name, latitude, longitude) of each place."""


def generate(events: int, *, seed: int = 1) -> Synthetic:
    """The same story for the same ``events`` and ``seed``, every time."""
    rng = random.Random(seed)
    n_figures, n_locations = max(2, events // 20), max(1, events // 30)
    summary = _summary(rng)
    role = "Someone in the story"
    figures = [(f"figure-{i}", f"Figure {i}", role, _summary(rng)) for i in range(n_figures)]
    locations = [
        (f"place-{i}", f"Place {i}", rng.uniform(-60, 60), rng.uniform(-170, 170)) for i in range(n_locations)
    ]
    made = []
    for i in range(events):
        month, day = rng.randrange(1, 13), rng.randrange(1, 29)
        date = f"{event_year(i, events)}-{month:02d}-{day:02d}"
        text = _summary(rng)
        a, b = rng.sample(range(n_figures), 2)
        place = f"place-{rng.randrange(n_locations)}"
        pair = (f"figure-{a}", f"figure-{b}")
        made.append(SyntheticEvent(f"event-{i:05d}", f"Event number {i}", date, text, pair, place))
    return Synthetic(summary, made, figures, locations)


def write_site(root: str, events: int, *, seed: int = 1, language: str | None = None) -> str:
    """Write a content folder with one story of ``events`` events under ``root``, its
    pages in ``language`` (the site's ``language:``; English when None); return it."""
    data = generate(events, seed=seed)
    content = os.path.join(root, "content")
    story = os.path.join(content, "bench")
    for sub in ("events", "figures", "locations"):
        os.makedirs(os.path.join(story, sub), exist_ok=True)
    with open(os.path.join(content, "site.yaml"), "w") as f:
        f.write("title: Benchmark site\nbase_url: https://example.org/bench/\n")
        if language is not None:
            f.write(f"language: {language}\n")
    with open(os.path.join(story, "story.yaml"), "w") as f:
        f.write(
            "title: A long-running story\nsummary: |\n  " + data.summary + "\n"
            "published: 2001-01-01\nsources:\n  wire:\n    publisher: Wire\n"
        )
    for fid, name, role, summary in data.figures:
        with open(os.path.join(story, "figures", f"{fid}.yaml"), "w") as f:
            f.write(f"name: {name}\nrole: {role}\nsummary: |\n  {summary}\n")
    for lid, name, lat, lon in data.locations:
        with open(os.path.join(story, "locations", f"{lid}.yaml"), "w") as f:
            f.write(f"name: {name}\nkind: city\ncoordinates: [{lat:.3f}, {lon:.3f}]\n")
    for e in data.events:
        with open(os.path.join(story, "events", f"{e.id}.yaml"), "w") as f:
            f.write(
                f"title: {e.title}\ndate: {e.date}\nsummary: |\n  {e.summary}\n"
                f"figures: [{e.figures[0]}, {e.figures[1]}]\nlocations: [{e.location}]\nsources: [wire]\n"
            )
    return content
