"""A story of centuries that an article about its latest news embeds: 25 events from
1163 to 2024 (a cathedral built, burnt and reopened), none marked key, each with a
summary of a few sentences, a figure in most, a place in all and a picture in four. Its
timeline fits one page, so its embed held every entry, from the first, 9,000 px tall on a
phone. The embed's tests read it, built once a test session."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.commands.build import build
from tests.conftest import TEMPLATES, Project
from tests.images import photo

YEARS = (
    1163, 1182, 1225, 1250, 1345, 1548, 1572, 1699, 1793, 1804, 1831, 1844, 1864,
    1871, 1944, 1963, 1991, 2013, 2019, 2019, 2019, 2020, 2021, 2023, 2024,
)  # fmt: skip
EVENTS = len(YEARS)
STORY = "cathedral"
EMBED = f"{STORY}/embed/index.html"
FIGURE = f"{STORY}/figures/architect/index.html"
PLACE = f"{STORY}/locations/island/index.html"
SUMMARY = (
    "Work on the cathedral moves on as the chapter had hoped, and the city watches it rise. "
    "Masons, carpenters and glaziers come from across the kingdom for the work. "
    "The chronicles of the time describe it at length."
)


def write_story(root: Path) -> Path:
    """The story's content folder in ``root``, its site's address known."""
    project = Project(root)
    project.write("content/site.yaml", "title: Test site\nbase_url: https://news.example/x/\n")
    project.write(
        f"content/{STORY}/story.yaml",
        "title: The cathedral\nsummary: Eight and a half centuries of a cathedral.\npublished: 2024-12-08\n"
        "sources:\n  wire:\n    publisher: Example News\n",
    )
    project.write(f"content/{STORY}/figures/architect.yaml", "name: Jeanne Martel\nrole: Architect\n")
    project.write(f"content/{STORY}/locations/island.yaml", "name: The island\ncoordinates: [48.85, 2.35]\n")
    for i, year in enumerate(YEARS):
        date = f"{year}-{1 + i % 12:02d}-{1 + i:02d}"
        lines = [f"title: Event {i:02d} of the cathedral", f"date: {date}", f"summary: {SUMMARY}"]
        lines += ["sources: [wire]", "locations: [island]"]
        if i % 3:
            lines.append("figures: [architect]")
        if i % 6 == 0:
            project.write(f"content/{STORY}/media/photo-{i}.jpg", photo(400, 300, seed=i))
            lines.append(f"image:\n  src: media/photo-{i}.jpg\n  alt: Picture {i}\n  credit: Wire")
        project.write(f"content/{STORY}/events/event-{i:02d}.yaml", "\n".join(lines) + "\n")
    return root / "content"


@pytest.fixture(scope="session")
def news_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The story's site, built."""
    root = tmp_path_factory.mktemp("news")
    build(content=str(write_story(root)), templates=TEMPLATES, out=str(root / "site"))
    yield root / "site"
    shutil.rmtree(root, ignore_errors=True)
