"""Synthetic content for benchmarks: N events, N/20 figures, N/30 locations.

Summaries are about 100 words of Markdown with links and emphasis; each event names two
figures and one location. The text is deterministic (seeded), so runs are comparable.
"""

from __future__ import annotations

import os
import random

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


def write_site(root: str, events: int, *, seed: int = 1) -> str:
    """Write a content folder with one story of ``events`` events under ``root``; return it."""
    rng = random.Random(seed)
    content = os.path.join(root, "content")
    story = os.path.join(content, "bench")
    for sub in ("events", "figures", "locations"):
        os.makedirs(os.path.join(story, sub), exist_ok=True)
    n_figures, n_locations = max(2, events // 20), max(1, events // 30)
    with open(os.path.join(content, "site.yaml"), "w") as f:
        f.write("title: Benchmark site\nbase_url: https://example.org/bench/\n")
    with open(os.path.join(story, "story.yaml"), "w") as f:
        f.write(
            "title: A long-running story\nsummary: |\n  " + _summary(rng) + "\n"
            "published: 2001-01-01\nsources:\n  wire:\n    publisher: Wire\n"
        )
    for i in range(n_figures):
        with open(os.path.join(story, "figures", f"figure-{i}.yaml"), "w") as f:
            f.write(f"name: Figure {i}\nrole: Someone in the story\nsummary: |\n  {_summary(rng)}\n")
    for i in range(n_locations):
        lat, lon = rng.uniform(-60, 60), rng.uniform(-170, 170)
        with open(os.path.join(story, "locations", f"place-{i}.yaml"), "w") as f:
            f.write(f"name: Place {i}\nkind: city\ncoordinates: [{lat:.3f}, {lon:.3f}]\n")
    for i in range(events):
        year = event_year(i, events)
        month, day = rng.randrange(1, 13), rng.randrange(1, 29)
        figures = rng.sample(range(n_figures), 2)
        with open(os.path.join(story, "events", f"event-{i:05d}.yaml"), "w") as f:
            f.write(
                f"title: Event number {i}\ndate: {year}-{month:02d}-{day:02d}\n"
                f"summary: |\n  {_summary(rng)}\n"
                f"figures: [figure-{figures[0]}, figure-{figures[1]}]\n"
                f"locations: [place-{rng.randrange(n_locations)}]\nsources: [wire]\n"
            )
    return content
