"""The story page's timeline filter on a long page, run by hand: ``python -m benchmarks.filter``.

A synthetic story of N events (200 by default, the most one story page lists: past that
it lists years) is built with ``explainer build`` and served from this computer; its
page is opened in headless Chromium (Debian's package, through Playwright), 1280 px wide
unless ``--width`` says otherwise (on a phone the filters' fold is opened first), and the
reader's two steps are timed again and again: a figure chosen in the Who menu, then "Show
all". Each is timed twice:

- *to the next paint*, in the page: from just before the input is handed to the page
  until a task posted from the next ``requestAnimationFrame`` callback runs, that is once
  the frame showing the change has been rendered (the script, the style recalculation,
  the layout and the paint), as ``benchmarks.bench``'s ``PAINT_PROBE`` does;
- *as Chrome reports it for INP*: the input given as a reader gives it (the keyboard on
  the menu, the mouse on the button, which are the trusted events the Event Timing API
  sees), and the longest ``event`` entry of that interaction read from a
  ``PerformanceObserver`` (``durationThreshold: 16``, its least; shorter ones are not
  reported, and count as under 16 ms). Its durations are rounded to 8 ms.

Both at the machine's own speed and with the processor slowed 4 times
(``Emulation.setCPUThrottlingRate``, Lighthouse's mobile default).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from benchmarks.bench import CHROMIUM_ARGS
from benchmarks.search import QuietHandler
from benchmarks.synthetic import write_site

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

TEMPLATES = str(Path(__file__).resolve().parent.parent / "templates")

PROBE = """
(() => {
  // Every "event" entry of a trusted input the page has handled, kept for the bench.
  window.benchEvents = [];
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId) window.benchEvents.push({id: entry.interactionId, duration: entry.duration});
    }
  }).observe({type: "event", durationThreshold: 16, buffered: true});
})();
"""
"""Runs in the page before its own scripts."""

TO_PAINT = """
async ([selector, value]) => {
  // The Who menu's choice as a change event (the script listens for "change"), "Show all"
  // as a click; timed until the frame that shows it has been rendered.
  const control = document.querySelector(selector);
  const start = performance.now();
  if (value === null) {
    control.click();
  } else {
    control.value = value;
    control.dispatchEvent(new Event("change", {bubbles: true}));
  }
  const handled = performance.now();
  await new Promise(done => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = done;
    channel.port2.postMessage(null);
  }));
  return [handled - start, performance.now() - start];
}
"""

SETTLE = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
FORGET = "() => { window.benchEvents.length = 0; }"
INTERACTION = """
() => new Promise(done => {
  // The longest event of the interaction since FORGET. The observer is told some time
  // after the paint; 0 when it has heard of none in half a second (under 16 ms).
  const start = performance.now();
  const wait = () => {
    const events = window.benchEvents;
    if (events.length) {
      setTimeout(() => done(Math.max(...events.map(e => e.duration))), 50);
    } else if (performance.now() - start > 500) {
      done(0);
    } else {
      setTimeout(wait, 10);
    }
  };
  wait();
})
"""


class Timing(NamedTuple):
    """One filter step, in ms."""

    handler: float
    """The page's script alone: the synchronous part of the event's handling."""
    painted: float
    """From the input to the next frame rendered."""


class Case(NamedTuple):
    """The measurements at one processor speed."""

    choose: list[Timing]
    show_all: list[Timing]
    choose_inp: list[float]
    show_all_inp: list[float]


@contextlib.contextmanager
def serve(root: str) -> Iterator[str]:
    """``root``'s files over http on this computer, quietly; yields the address."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=root)
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def build_story(workdir: str, events: int, templates: str = TEMPLATES) -> str:
    """Build the synthetic story of ``events`` events in ``workdir`` with the theme in
    ``templates``; return the site's folder."""
    content = write_site(workdir, events)
    out = os.path.join(workdir, "site")
    environment = dict(os.environ, PAGEFIND_BINARY_PATH="/nonexistent")  # no search: not measured
    subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "build",
            "--content",
            content,
            "--templates",
            templates,
            "--out",
            out,
        ],
        check=True,
        capture_output=True,
        env=environment,
    )
    return out


def figures(page: Page) -> list[str]:
    """The Who menu's figures, in its order."""
    values: list[str] = page.eval_on_selector_all("#filter-figure option", "els => els.map(e => e.value)")
    return [value for value in values if value]


def measure(browser: Browser, url: str, rate: float, rounds: int, width: int = 1280) -> Case:
    """``rounds`` of each step on a freshly opened page ``width`` pixels wide, the
    processor slowed ``rate`` times."""
    case = Case([], [], [], [])
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.add_init_script(PROBE)
        page.goto(url)
        if page.is_hidden("#filter-figure"):
            page.click("#filters > summary")  # folded on a phone
        cdp = page.context.new_cdp_session(page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": rate})
        names = figures(page)
        page.evaluate(SETTLE)
        for i in range(rounds):
            handler, painted = page.evaluate(TO_PAINT, ["#filter-figure", names[i % len(names)]])
            case.choose.append(Timing(handler, painted))
            page.evaluate(SETTLE)
            handler, painted = page.evaluate(TO_PAINT, ["#filter-reset", None])
            case.show_all.append(Timing(handler, painted))
            page.evaluate(SETTLE)
        for _ in range(rounds):
            # The menu by the keyboard, as a reader on a desktop may: on Linux the arrow
            # changes the choice without opening the list, and "change" follows.
            page.focus("#filter-figure")
            page.evaluate(FORGET)
            page.keyboard.press("ArrowDown")
            case.choose_inp.append(page.evaluate(INTERACTION))
            assert page.input_value("#filter-figure") == names[0], "the arrow changed no choice"
            page.evaluate(SETTLE)
            page.evaluate(FORGET)
            page.click("#filter-reset")
            case.show_all_inp.append(page.evaluate(INTERACTION))
            page.evaluate(SETTLE)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
    finally:
        page.close()
    return case


def _median(values: list[float]) -> str:
    return f"median {statistics.median(values):6.1f}  max {max(values):6.1f}"


def report(rate: float, case: Case) -> None:
    print(f"CPU slowed {rate:g}x")
    for name, timings, inp in (
        ("Who menu", case.choose, case.choose_inp),
        ("Show all", case.show_all, case.show_all_inp),
    ):
        print(f"  {name:9} script     {_median([t.handler for t in timings])} ms")
        print(f"  {name:9} to paint   {_median([t.painted for t in timings])} ms")
        print(f"  {name:9} INP event  {_median(inp)} ms (0: under 16 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--rates", type=float, nargs="+", default=[1, 4], help="processor slow-downs")
    parser.add_argument("--width", type=int, default=1280, help="412: Lighthouse's phone")
    parser.add_argument("--keep", help="build the site in this folder and leave it there")
    parser.add_argument("--templates", default=TEMPLATES, help="the theme (another version's, to compare)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with contextlib.ExitStack() as stack:
        workdir = args.keep or stack.enter_context(tempfile.TemporaryDirectory(prefix="filterbench"))
        os.makedirs(workdir, exist_ok=True)
        site = build_story(workdir, args.events, args.templates)
        address = stack.enter_context(serve(site))
        playwright = stack.enter_context(sync_playwright())
        chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        stack.callback(browser.close)
        print(f"{args.events} events, {args.rounds} rounds, {args.width} px wide")
        for rate in args.rates:
            report(rate, measure(browser, address + "bench/index.html", rate, args.rounds, args.width))


if __name__ == "__main__":
    main()
