"""Benchmarks, run by hand: ``python -m generator.bench preview``.

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

from generator.synthetic import write_site

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
    path = "bench/index.html" if page_kind == "story" else "bench/events/event-00500/index.html"
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


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m generator.bench")
    verbs = parser.add_subparsers(dest="verb", required=True)
    p = verbs.add_parser("preview", help="edit-to-browser latency of explainer serve")
    p.add_argument("--events", type=int, default=1000)
    p.add_argument("--edits", type=int, default=20)
    p.add_argument("--page", choices=["event", "story"], default="event")
    args = parser.parse_args()
    preview(args.events, args.edits, args.page)


if __name__ == "__main__":
    main()
