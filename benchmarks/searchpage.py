"""How long the search page takes to show a search: ``python -m benchmarks.searchpage SITE
'?q=ministry&year=2005&place=Place+3' --against OLD/search.js``.

Opens the search page of a built site (``SITE``, a folder) at an address in headless
Chromium (Debian's, through Playwright) and times, from the start of the navigation, its
results shown and its filters' counts filled in (no list marked aria-busy). With
``--against``, that search.js is served in place of the site's own in every other run, so
that two versions of the script share the machine's slow spells alike.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import threading
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.bench import CHROMIUM_ARGS
from benchmarks.search import QuietHandler

if TYPE_CHECKING:
    from playwright.sync_api import Browser

SHOWN = "['Results', 'Nothing'].some(w => document.getElementById('search-status').textContent.startsWith(w))"
COUNTED = "!document.querySelector('select[aria-busy]')"


def once(browser: Browser, url: str, script: bytes | None) -> tuple[float, float]:
    """Seconds from navigating to ``url`` to its results shown, and to its counts filled
    in; with ``script`` served as the page's search.js."""
    page = browser.new_page()
    try:
        if script is not None:
            body = script

            def replace(route: Any) -> None:
                route.fulfill(body=body, content_type="text/javascript")

            # With its version or without (a site built before assets were versioned).
            page.route(re.compile(r"/assets/search\.js(\?v=\w+)?$"), replace)
        page.goto(url)
        page.wait_for_function(SHOWN, timeout=120_000)
        shown = float(page.evaluate("performance.now()"))
        page.wait_for_function(COUNTED, timeout=120_000)
        counted = float(page.evaluate("performance.now()"))
        return shown / 1000, counted / 1000
    finally:
        page.close()


def compare(
    site: str, address: str, scripts: dict[str, bytes | None], rounds: int, browser: Browser
) -> dict[str, list[tuple[float, float]]]:
    """Each script's times (see once) in ``rounds`` rounds, the scripts taking turns in
    each, on ``site`` served here (None: the site's own search.js)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/search/index.html{address}"
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in scripts}
    try:
        for _ in range(rounds):
            for name, script in scripts.items():
                times[name].append(once(browser, url, script))
    finally:
        server.shutdown()
        server.server_close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.searchpage")
    parser.add_argument("site", help="a built site's folder")
    parser.add_argument("address", help="the search page's query string, e.g. '?q=ministry&year=2005'")
    parser.add_argument("--against", help="another search.js, served in every other run")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    scripts: dict[str, bytes | None] = {"the site's search.js": None}
    if args.against:
        scripts[args.against] = Path(args.against).read_bytes()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        try:
            times = compare(args.site, args.address, scripts, args.rounds, browser)
        finally:
            browser.close()
    for name, runs in times.items():
        shown = statistics.median(t[0] for t in runs)
        counted = statistics.median(t[1] for t in runs)
        each = ", ".join(f"{a:.2f}/{b:.2f}" for a, b in runs)
        print(f"{name}: results {shown:.2f} s, counts {counted:.2f} s (medians of {len(runs)}: {each})")


if __name__ == "__main__":
    main()
