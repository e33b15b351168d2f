"""The budgets of a story with pictures, measured in Chromium as a phone reads it.

A story with a lead picture and 15 event pictures, each a camera's 12-megapixel JPEG
(``benchmarks/photos.py``), built as published and read on a phone the size Lighthouse's
mobile run emulates (412 x 823 CSS pixels at 1.75 device pixels each): at most 250 KB
transferred before the reader scrolls, at most 1.5 MB once scrolled to the end, and no
layout shift at all while the pictures arrive.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.photos import photo
from generator.commands.build import build
from tests.conftest import TEMPLATES
from tests.crawl import serve

EVENTS = 15
FIRST_SCREEN = 250_000
WHOLE_PAGE = 1_500_000
PHONE = {
    "viewport": {"width": 412, "height": 823},
    "device_scale_factor": 1.75,
    "is_mobile": True,
    "has_touch": True,
}

# Layout shifts as the page reports them (buffered, so those before this runs count too).
WATCH_SHIFTS = """
window.shifts = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts += entry.value;
}).observe({type: "layout-shift", buffered: true});
"""

# Bytes over the wire: the page's own and every resource's, headers included.
TRANSFERRED = """
performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource"))
  .reduce((sum, entry) => sum + entry.transferSize, 0)
"""


def _write_story(root: Path) -> Path:
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


@pytest.fixture(scope="module")
def story_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("budgets")
    content = _write_story(root)
    build(content=str(content), templates=TEMPLATES, out=str(root / "site"))
    with serve(root / "site") as url:
        yield url + "pictured/index.html"


def test_a_story_of_camera_photos_stays_within_its_budgets(browser: Any, story_url: str) -> None:
    context = browser.new_context(**PHONE)
    context.add_init_script(WATCH_SHIFTS)
    page = context.new_page()
    page.goto(story_url)
    page.wait_for_load_state("networkidle")
    first_screen = page.evaluate(TRANSFERRED)
    assert first_screen <= FIRST_SCREEN, f"{first_screen:,} bytes before scrolling"
    assert page.evaluate("document.querySelector('.image.lead img').currentSrc").endswith((".avif", ".webp"))
    # Scroll to the end a screen at a time, as a reader would, letting lazy pictures come.
    for _ in range(200):
        at_end = page.evaluate(
            "window.scrollBy(0, window.innerHeight * 0.8);"
            "window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2"
        )
        page.wait_for_timeout(60)
        if at_end:
            break
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    loaded = page.evaluate(
        "[...document.querySelectorAll('.timeline img')].filter(i => i.complete && i.naturalWidth).length"
    )
    assert loaded == EVENTS, "every event's picture came while scrolling"
    whole = page.evaluate(TRANSFERRED)
    assert whole <= WHOLE_PAGE, f"{whole:,} bytes scrolled to the end"
    shifts = page.evaluate("window.shifts")
    print(
        f"transferred: {first_screen:,} bytes before scrolling, {whole:,} at the end; layout shift {shifts}"
    )
    assert shifts == 0
    context.close()
