"""A long-running story, built once a test session: more events than one page holds
(``pages.YEAR_PAGES_FROM``, so its story page and its embed list years), three marked
key, and a figure and a place in 80 of them, the figure quoted 19 times and the place
with 8 pictures. The embed's tests and the figure's and place's pages read it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.commands.build import build
from tests.conftest import TEMPLATES, Project
from tests.images import photo

EVENTS = 205
KEY = (10, 100, 190)
"""The events marked ``key: true``, by number."""
BUSY = 80
"""How many events the busy figure (``amina``) and place (``valley``) are in."""
QUOTES = 19
PICTURES = 8
EMBED = "dam/embed/index.html"
FIGURE = "dam/figures/amina/index.html"
PLACE = "dam/locations/valley/index.html"


def write_story(root: Path) -> Path:
    """The story's content folder in ``root`` (its site's address known, as published):
    ``EVENTS`` events, five a month from 2020 to 2023."""
    project = Project(root)
    project.write("content/site.yaml", "title: Test site\nbase_url: https://news.example/x/\n")
    project.write(
        "content/dam/story.yaml",
        "title: The dam\nsummary: Four years of a valley under water.\npublished: 2024-01-02\n"
        "sources:\n  wire:\n    publisher: Example News\n",
    )
    project.write("content/dam/figures/amina.yaml", "name: Amina Serikova\nrole: Speaks for the families\n")
    project.write("content/dam/figures/other.yaml", "name: Someone else\nrole: An engineer\n")
    project.write("content/dam/locations/valley.yaml", "name: The valley\ncoordinates: [41.7, 73.0]\n")
    busy = 0
    for i in range(EVENTS):
        day = f"{2020 + i // 60}-{1 + i % 60 // 5:02d}-{1 + i % 5 * 5:02d}"
        lines = [f"title: Event {i:03d}", f"date: {day}", "summary: Something happened.", "sources: [wire]"]
        if i % 5 < 2 and busy < BUSY:
            lines += ["figures: [amina]", "locations: [valley]"]
            if busy % 4 == 0 and busy // 4 < QUOTES:
                lines.append(f"quotes:\n  - text: Words number {busy // 4}.\n    by: amina\n    source: wire")
            if busy % 10 == 0:
                name = f"photo-{busy // 10}.jpg"
                project.write(f"content/dam/media/{name}", photo(400, 300, seed=busy))
                lines.append(f"image:\n  src: media/{name}\n  alt: Picture {busy // 10}\n  credit: Wire")
            busy += 1
        else:
            lines.append("figures: [other]")
        if i in KEY:
            lines.append("key: true")
        project.write(f"content/dam/events/event-{i:03d}.yaml", "\n".join(lines) + "\n")
    return root / "content"


@pytest.fixture(scope="session")
def long_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The long story's site, built."""
    root = tmp_path_factory.mktemp("long")
    build(content=str(write_story(root)), templates=TEMPLATES, out=str(root / "site"))
    yield root / "site"
    shutil.rmtree(root, ignore_errors=True)
