"""The budgets of a story with pictures, measured in Chromium as a phone reads it, and
the W3C checker on its pages (Lighthouse reads it in ``test_lighthouse.py``).

A story with a lead picture and 15 event pictures, each a camera's 12-megapixel JPEG
(``tests/pictured.py``), built as published and read on a phone the size Lighthouse's
mobile run emulates (412 x 823 CSS pixels at 1.75 device pixels each): at most 250 KB
transferred before the reader scrolls, at most 1.5 MB once scrolled to the end, and no
layout shift at all while the pictures arrive.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.crawl import serve
from tests.pictured import EVENTS, STORY_PAGE
from tests.w3c import w3c_errors

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


@pytest.fixture(scope="module")
def story_url(pictured_site: Path) -> Iterator[str]:
    with serve(pictured_site) as url:
        yield url + STORY_PAGE


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


def test_the_w3c_checker_finds_no_errors_in_a_story_of_camera_photos(pictured_site: Path) -> None:
    """Every page of the story: the story page with its <picture>s, srcsets and sizes,
    the event pages with theirs, and the shared links' tags."""
    assert '<meta property="og:image:width"' in (pictured_site / STORY_PAGE).read_text()
    assert w3c_errors(pictured_site) == ""
