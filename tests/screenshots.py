"""Take the README's screenshots of the seed explainer: ``make screenshots``.

Builds the seed into a temporary folder, serves it on a loopback port and photographs
the story page in Debian's Chromium (through Playwright, as the browser tests do) at
1280 and 390 px, light and dark, plus the locator map and a filtered view. The files go
to ``docs/``; review them before committing.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path
from typing import Literal

from playwright.sync_api import ViewportSize, sync_playwright

from generator.commands.build import build
from tests.browser import LAUNCH_ARGS
from tests.crawl import serve

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
            browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(REPO / "docs"), help="folder for the PNG files (default docs/)")
    args = parser.parse_args()
    for path in take(Path(args.out)):
        print(path)


if __name__ == "__main__":
    main()
