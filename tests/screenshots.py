"""Take the README's screenshots of the seed explainer: ``make screenshots``.

Builds the seed into a temporary folder, serves it on a loopback port and photographs
the story page in Debian's Chromium (through Playwright, as the browser tests do) at
1280 and 390 px, light and dark, plus the locator map and a filtered view; and, beside
them, the same story as TimelineJS shows it from the build's own ``timeline.json`` (the
release ``make setup`` installs from npm, served from this machine as a newsroom would
host it), at the same two widths. The files go to ``docs/``; review them before
committing.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path
from typing import Literal

from playwright.sync_api import Browser, ViewportSize, sync_playwright

from generator.commands.build import build
from tests.browser import LAUNCH_ARGS
from tests.crawl import serve

TIMELINEJS = (
    Path(__file__).resolve().parent.parent / ".venv" / "node" / "node_modules" / "@knight-lab" / "timelinejs"
)

REPO = Path(__file__).resolve().parent.parent
STORY = "kyrgyzstan-2010/index.html"

Scheme = Literal["light", "dark"]

SHOTS: list[tuple[str, int, int, Scheme, str]] = [
    # file name, viewport width and height, colour scheme, address after the story page
    ("screenshot-1280.png", 1280, 1500, "light", ""),
    ("screenshot-1280-dark.png", 1280, 1500, "dark", ""),
    ("screenshot-390.png", 390, 844, "light", ""),
    ("screenshot-390-dark.png", 390, 844, "dark", ""),
    ("screenshot-filter-dark.png", 1280, 900, "dark", "#figure=roza-otunbayeva"),
]


def take(out: Path) -> list[Path]:
    """Every screenshot, written into ``out``; their paths."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Chromium is not installed (apt-get install chromium)")
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build(content=str(REPO / "content"), templates=str(REPO / "templates"), out=str(site))
        with serve(site) as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=LAUNCH_ARGS)
            for name, width, height, scheme, fragment in SHOTS:
                size = ViewportSize(width=width, height=height)
                context = browser.new_context(viewport=size, color_scheme=scheme)
                page = context.new_page()
                page.goto(url + STORY + fragment)
                if fragment:
                    page.locator("#timeline").scroll_into_view_if_needed()
                page.screenshot(path=str(out / name))
                written.append(out / name)
                context.close()
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.goto(url + STORY)
            page.locator(".map-figure").screenshot(path=str(out / "screenshot-map.png"))
            written.append(out / "screenshot-map.png")
            context.close()
            written += _in_timelinejs(browser, site, url, out)
            browser.close()
    return written


TIMELINEJS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="timelinejs/css/timeline.css">
<script src="timelinejs/js/timeline.js"></script>
<style>html, body, #timeline { margin: 0; width: 100%; height: 100%; }</style></head>
<body><div id="timeline"></div>
<script>new TL.Timeline("timeline", "kyrgyzstan-2010/timeline.json",
  {script_path: "timelinejs/js/", font: null});</script></body></html>
"""
"""TimelineJS filling the window, as a newsroom's full-page embed shows it."""


def _in_timelinejs(browser: Browser, site: Path, url: str, out: Path) -> list[Path]:
    """The seed story (built into ``site``, served at ``url``) in TimelineJS at the widths of the story page's screenshots (its
    title slide, which a reader sees first); none when TimelineJS is not installed."""
    dist = TIMELINEJS / "dist"
    if not (dist / "js" / "timeline.js").exists():
        print("TimelineJS is not installed (make setup installs it with npm): no comparison taken")
        return []
    (site / "timelinejs").symlink_to(dist, target_is_directory=True)
    (site / "timelinejs.html").write_text(TIMELINEJS_PAGE, encoding="utf-8")
    written = []
    for name, width, height in (
        ("compare-timelinejs-1280.png", 1280, 800),
        ("compare-timelinejs-390.png", 390, 844),
    ):
        context = browser.new_context(viewport=ViewportSize(width=width, height=height))
        page = context.new_page()
        page.goto(url + "timelinejs.html")
        page.wait_for_selector(".tl-storyslider .tl-slide")
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(1000)  # its slide's entrance animation
        page.screenshot(path=str(out / name))
        written.append(out / name)
        context.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(REPO / "docs"), help="folder for the PNG files (default docs/)")
    args = parser.parse_args()
    for path in take(Path(args.out)):
        print(path)


if __name__ == "__main__":
    main()
