"""A story told in camera photos, built once a test session: a lead picture and 15
event pictures, each a camera's 12-megapixel JPEG (``benchmarks/photos.py``). The
budgets, Lighthouse and the W3C checker read it (``tests/render/``); encoding the
photos is what takes time, so it is done once."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.photos import photo
from generator.commands.build import build
from tests.conftest import TEMPLATES

EVENTS = 15
STORY_PAGE = "pictured/index.html"


def write_story(root: Path) -> Path:
    """The content folder of the story (its site's address known, as published)."""
    content = root / "content"
    story = content / "pictured"
    (story / "events").mkdir(parents=True)
    (story / "media").mkdir()
    (content / "site.yaml").write_text("title: Budget site\nbase_url: https://news.example/\n")
    (story / "media" / "lead.jpg").write_bytes(photo(0))
    (story / "story.yaml").write_text(
        "title: Trapped underground\nsummary: Thirty-three miners, 69 days, and the rescue.\n"
        "published: 2010-10-14\nsources:\n  wire:\n    publisher: Wire\n"
        "image:\n  src: media/lead.jpg\n  alt: Rescuers at the mouth of the shaft\n  credit: Wire\n"
    )
    for i in range(1, EVENTS + 1):
        (story / "media" / f"e{i:02d}.jpg").write_bytes(photo(i))
        (story / "events" / f"e{i:02d}.yaml").write_text(
            f"title: Day {i} of the rescue\ndate: 2010-08-{i + 5:02d}\n"
            f"summary: What happened on day {i}, in two sentences. The drills went on.\n"
            f"sources: [wire]\nimage:\n  src: media/e{i:02d}.jpg\n  alt: The site on day {i}\n  credit: Wire\n"
        )
    return content


@pytest.fixture(scope="session")
def pictured_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The story's site, built; the story page is ``STORY_PAGE`` in it."""
    root = tmp_path_factory.mktemp("pictured")
    build(content=str(write_story(root)), templates=TEMPLATES, out=str(root / "site"))
    yield root / "site"
    shutil.rmtree(root, ignore_errors=True)
