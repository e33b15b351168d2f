"""Benchmarks, run by hand: ``python -m generator.bench build`` and ``... preview``.

``build`` times whole ``explainer build`` processes, as an editor or CI runs them, on
synthetic sites of N events (N/20 figures, N/30 locations, 100-word Markdown summaries):
a cold full build, a rebuild with nothing changed, a rebuild after editing one event,
the peak memory of any one process, and the preview's in-process rebuild after an edit.

``preview`` measures what an editor feels: a synthetic story of N events is served by
``explainer serve``, opened in headless Chromium (Debian's package, through Playwright),
and one event file is edited again and again. For each save it reports the rebuild time
the server logs and the time from the save until the open page shows the new text.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from generator.synthetic import event_year, write_site

TEMPLATES = str(Path(__file__).resolve().parent.parent / "templates")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _summary(values: list[float]) -> str:
    values = sorted(values)
    p90 = values[min(len(values) - 1, int(len(values) * 0.9))]
    return f"median {statistics.median(values):6.1f}  p90 {p90:6.1f}  max {values[-1]:6.1f}"


def _wait(condition: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("timed out")
        time.sleep(0.005)


def _logged_since(lines: list[str], seen: int) -> bool:
    return any("changed:" in line for line in lines[seen:])


def preview(events: int, edits: int, page_kind: str) -> None:
    from playwright.sync_api import sync_playwright  # a test dependency, needed only here

    root = tempfile.mkdtemp(prefix="explainer-bench-")
    content = write_site(root, events)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--dev-addr", f"127.0.0.1:{port}",
         "--content", content, "--templates", TEMPLATES],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    lines: list[str] = []

    def read() -> None:
        assert server.stdout is not None
        for line in server.stdout:
            lines.append(line)

    threading.Thread(target=read, daemon=True).start()
    target = os.path.join(content, "bench", "events", "event-00500.yaml")
    if page_kind == "event":
        path = "bench/events/event-00500/index.html"
    elif events > 200:  # the story page lists years; the year's page lists the event
        path = f"bench/years/{event_year(500, events)}/index.html"
    else:
        path = "bench/index.html"
    rebuilds: list[float] = []
    visible: list[float] = []
    try:
        _wait(lambda: any("serving" in line for line in lines), 60)
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=shutil.which("chromium") or shutil.which("google-chrome"), args=CHROMIUM_ARGS
            )
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/bench/{path}")  # served under base_url's path
            page.wait_for_function("window.LiveReload && window.LiveReload.connector.protocol")
            time.sleep(0.5)
            original = Path(target).read_text()
            for i in range(edits):
                marker = f"Edited title {i}"
                seen = len(lines)
                started = time.perf_counter()
                Path(target).write_text(original.replace("Event number 500", marker))
                page.wait_for_function(
                    f"document.body && document.body.innerText.includes({marker!r})", polling="raf"
                )
                visible.append((time.perf_counter() - started) * 1000)
                _wait(partial(_logged_since, lines, seen), 5)
                logged = next(line for line in lines[seen:] if "changed:" in line)
                rebuilds.append(float(re.findall(r"in (\d+) ms", logged)[0]))
                time.sleep(0.3)
            browser.close()
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(root, ignore_errors=True)
    print(f"preview, {events} events, {edits} edits of one event, open page: {page_kind}")
    print(f"  rebuild (server log), ms: {_summary(rebuilds)}")
    print(f"  save to visible, ms:      {_summary(visible)}")


WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
    "took = time.perf_counter() - t\n"
    "print(took, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
)


def _timed_build(content: str, out: str) -> tuple[float, float]:
    """Wall seconds of one whole build process and the peak RSS (MB) of any process in it."""
    command = [sys.executable, "-m", "generator", "build", "--content", content, "--out", out,
               "--templates", TEMPLATES]  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", WRAPPER, *command], capture_output=True, text=True, check=True
    )
    took, rss_kb, code = result.stdout.split()
    if code != "0":
        raise RuntimeError(f"build failed: {result.stderr}")
    return float(took), int(rss_kb) / 1024


def _preview_edit_ms(content: str, edits: int = 5) -> float:
    from generator.build import Builder

    builder = Builder(content, TEMPLATES, drafts=True)
    builder.build()
    target = Path(content, "bench", "events", "event-00005.yaml")
    original = target.read_text()
    times = []
    for i in range(edits):
        target.write_text(original.replace("Event number 5", f"Event number 5 edit {i}"))
        started = time.perf_counter()
        builder.build()
        times.append((time.perf_counter() - started) * 1000)
    target.write_text(original)
    return statistics.median(times)


def build_table(sizes: list[int], repeats: int) -> None:
    print(f"{'events':>7} {'pages':>6} {'full build':>11} {'pages/s':>8} {'peak RSS':>9} "
          f"{'no change':>10} {'1 edit':>8} {'preview edit':>13}")  # fmt: skip
    for n in sizes:
        root = tempfile.mkdtemp(prefix="explainer-bench-")
        try:
            content = write_site(root, n)
            out = os.path.join(root, "site")
            runs = [_timed_build(content, out) for _ in range(repeats if n < 10_000 else 1)]
            full = statistics.median(t for t, _ in runs)
            rss = max(m for _, m in runs)
            pages = sum(1 for p in Path(out).rglob("*.html"))
            unchanged = statistics.median(_timed_build(content, out)[0] for _ in range(repeats))
            event = Path(content, "bench", "events", "event-00003.yaml")
            edits = []
            for i in range(repeats):
                event.write_text(event.read_text().replace("Event number 3", f"Event number 3 v{i}", 1))
                edits.append(_timed_build(content, out)[0])
            preview = _preview_edit_ms(content)
            print(f"{n:>7} {pages:>6} {full:>9.2f} s {pages / full:>8.0f} {rss:>6.0f} MB "
                  f"{unchanged:>8.2f} s {statistics.median(edits):>6.2f} s {preview:>10.0f} ms")  # fmt: skip
        finally:
            shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m generator.bench")
    verbs = parser.add_subparsers(dest="verb", required=True)
    p = verbs.add_parser("preview", help="edit-to-browser latency of explainer serve")
    p.add_argument("--events", type=int, default=1000)
    p.add_argument("--edits", type=int, default=20)
    p.add_argument(
        "--page",
        choices=["event", "timeline"],
        default="event",
        help="the open page: the edited event's own, or the timeline that lists it",
    )
    b = verbs.add_parser("build", help="whole-process build times and memory")
    b.add_argument("--sizes", default="100,1000,10000", help="comma-separated event counts")
    b.add_argument("--repeats", type=int, default=3, help="runs per measurement (median)")
    args = parser.parse_args()
    if args.verb == "build":
        build_table([int(n) for n in args.sizes.split(",")], args.repeats)
    else:
        preview(args.events, args.edits, args.page)


if __name__ == "__main__":
    main()
