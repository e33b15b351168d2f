"""Benchmarks, run by hand: ``python -m benchmarks.bench build`` and ``... preview``.

``build`` times whole build processes, as an editor or CI runs them, on synthetic sites
of N events (N/20 figures, N/30 locations, 100-word Markdown summaries): ``explainer
build`` and, side by side in the same run, Hugo, Jekyll and MkDocs where installed,
building the same site (``peers.py``). For each: a cold build (no output, no caches), a
rebuild after editing one event (with the tool's incremental option where it has one)
and the peak memory of any one process; for ours also a full build with warm caches, a
rebuild with nothing changed and the preview's in-process rebuild after an edit (and
after the edit that fixes a mistake saved before it).

``preview`` measures what an editor feels: a synthetic story of N events is served by
``explainer serve``, opened in headless Chromium (Debian's package, through Playwright),
and one event file is edited again and again. For each save it reports the rebuild time
the server logs and the time from the save until the reloaded page has painted the new
text, timed inside the page (``PAINT_PROBE``) on the same wall clock as the save; beside
it, the older figure, the time until Playwright noticed the text, which adds its own
polling and round trips after the paint.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import itertools
import json
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
from typing import TYPE_CHECKING, NamedTuple

import jinja2

import generator
from benchmarks import peers
from benchmarks.synthetic import event_year, write_site
from generator.output.staging import previous_site_path
from generator.speed.diskcache import MarkdownStore

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHECKOUT = Path(__file__).resolve().parent.parent
"""The checkout these benchmarks are in: its generator and theme are the ones measured."""
TEMPLATES = str(CHECKOUT / "templates")


def own_code_env() -> dict[str, str]:
    """The environment of the processes a benchmark times, so that ``python -m generator``
    runs this checkout's code: run from the site's folder, it found the installed package
    instead, which in a second worktree (``git worktree``) is another checkout's: its code
    timed with this one's theme."""
    inherited = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(CHECKOUT), inherited)))}


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


PAINT_PROBE = """
(() => {
  // Runs in every document of the page before its own scripts. The bench names the text it
  // waits for in sessionStorage (kept across reloads of the tab); the first document that
  // shows it records, once a frame with it has been painted, when that was, on the machine's
  // wall clock, with the page's own load times, for the bench to read after the reload.
  const marker = sessionStorage.getItem("bench-marker");
  if (!marker || sessionStorage.getItem("bench-painted")) return;
  const painted = () => {
    const at = performance.timeOrigin + performance.now();
    if (!document.body || !document.body.innerText.includes(marker)) return;
    const nav = performance.getEntriesByType("navigation")[0];
    const origin = performance.timeOrigin;
    sessionStorage.setItem("bench-painted", JSON.stringify({
      painted: at,
      asked: origin,
      requested: origin + (nav ? nav.requestStart : 0),
      answered: origin + (nav ? nav.responseStart : 0),
      received: origin + (nav ? nav.responseEnd : 0),
      parsed: origin + (nav ? nav.domContentLoadedEventEnd : 0),
    }));
  };
  // A requestAnimationFrame callback runs just before the next frame is painted; a task
  // posted from it runs once that frame is done.
  const afterNextPaint = () => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = painted;
    channel.port2.postMessage(null);
  });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", afterNextPaint, { once: true });
  } else {
    afterNextPaint();
  }
})();
"""
"""Taken inside the page, so the time is the page's own: how long a check from outside
(Playwright's polling) takes to notice is not counted."""
EXPECT = "m => { sessionStorage.setItem('bench-marker', m); sessionStorage.removeItem('bench-painted'); }"
"""Names the text the next reload should show, for ``PAINT_PROBE``."""


class Edit(NamedTuple):
    """One save of the event file, as the bench and the open page saw it (ms after the save)."""

    rebuild: float
    """How long the rebuild took, as the server logs it."""
    asked: float
    """When the page was told to reload (the reloaded document's time origin)."""
    requested: float
    """When the browser sent its request for the page (``requestStart``)."""
    answered: float
    """When the server's answer began to arrive (``responseStart``): the wait between
    the two is the server's (a rebuild's work still under way, then the page)."""
    received: float
    """When the reloaded page had been received from the server."""
    parsed: float
    """When the reloaded page had been parsed and its deferred scripts run
    (``DOMContentLoaded`` done)."""
    painted: float
    """When the page had painted a frame showing the new text, timed in the page."""
    observed: float
    """When Playwright, polling the page every frame, found the new text."""


def _logged_since(lines: list[str], seen: int) -> bool:
    return any("changed:" in line for line in lines[seen:])


def measure_preview(events: int, edits: int, page_kind: str, browser: Browser | None = None) -> list[Edit]:
    """Serve a synthetic story of ``events`` events, open one page in headless Chromium
    (``browser``, or one launched here) and save one event ``edits`` times, waiting for the
    page to show each save."""
    from playwright.sync_api import sync_playwright  # a test dependency, needed only here

    root = tempfile.mkdtemp(prefix="explainer-bench-")
    content = write_site(root, events)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--dev-addr", f"127.0.0.1:{port}",
         "--content", content, "--templates", TEMPLATES],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=own_code_env(),
    )  # fmt: skip
    lines: list[str] = []

    def read() -> None:
        assert server.stdout is not None
        for line in server.stdout:
            lines.append(line)

    threading.Thread(target=read, daemon=True).start()
    number = min(500, events - 1)
    target = os.path.join(content, "bench", "events", f"event-{number:05d}.yaml")
    if page_kind == "event":
        path = f"bench/events/event-{number:05d}/index.html"
    elif events > 200:  # the story page lists years; the year's page lists the event
        path = f"bench/years/{event_year(number, events)}/index.html"
    else:
        path = "bench/index.html"
    results: list[Edit] = []
    try:
        _wait(lambda: any("serving" in line for line in lines), 60)
        with contextlib.ExitStack() as stack:
            if browser is None:
                browser = stack.enter_context(sync_playwright()).chromium.launch(
                    executable_path=shutil.which("chromium") or shutil.which("google-chrome"),
                    args=CHROMIUM_ARGS,
                )
                stack.callback(browser.close)
            page = browser.new_page()
            stack.callback(page.close)
            # Off the preview first (run before the close): Chromium can drop a close that
            # meets a reload's commit, and page.close() then waits for ever (crbug.com/536385539).
            stack.callback(page.goto, "about:blank")
            page.add_init_script(PAINT_PROBE)
            page.goto(f"http://127.0.0.1:{port}/bench/{path}")  # served under base_url's path
            page.wait_for_function("window.LiveReload && window.LiveReload.connector.protocol")
            time.sleep(0.5)
            original = Path(target).read_text()
            for i in range(edits):
                marker = f"Edited title {i}"
                page.evaluate(EXPECT, marker)
                seen = len(lines)
                # On the wall clock, as the page's times are (performance.timeOrigin is).
                saved = time.time() * 1000
                Path(target).write_text(original.replace(f"Event number {number}", marker))
                page.wait_for_function(
                    f"document.body && document.body.innerText.includes({marker!r})", polling="raf"
                )
                observed = time.time() * 1000 - saved
                page.wait_for_function("sessionStorage.getItem('bench-painted')", polling="raf")
                times = json.loads(page.evaluate("sessionStorage.getItem('bench-painted')"))
                _wait(partial(_logged_since, lines, seen), 5)
                logged = next(line for line in lines[seen:] if "changed:" in line)
                results.append(
                    Edit(
                        rebuild=float(re.findall(r"in (\d+) ms", logged)[0]),
                        asked=times["asked"] - saved,
                        requested=times["requested"] - saved,
                        answered=times["answered"] - saved,
                        received=times["received"] - saved,
                        parsed=times["parsed"] - saved,
                        painted=times["painted"] - saved,
                        observed=observed,
                    )
                )
                time.sleep(0.3)
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(root, ignore_errors=True)
    return results


def preview(events: int, edits: int, page_kind: str, browser: Browser | None = None) -> list[Edit]:
    """Measure, print the summary, and hand back each edit's times."""
    results = measure_preview(events, edits, page_kind, browser)
    median = {field: statistics.median(getattr(e, field) for e in results) for field in Edit._fields}
    print(f"preview, {events} events, {edits} edits of one event, open page: {page_kind}")
    print(f"  rebuild (server log), ms:                {_summary([e.rebuild for e in results])}")
    print(f"  save to painted (timed in the page), ms: {_summary([e.painted for e in results])}")
    print(f"  save to seen by Playwright, ms:          {_summary([e.observed for e in results])}")
    # Medians of each step: they need not add up exactly to the median of the whole.
    print(
        f"  where the median goes, ms: page told to reload {median['asked']:.0f} after the save "
        f"(rebuild {median['rebuild']:.0f}), page received {median['received'] - median['asked']:.0f} later, "
        f"painted {median['painted'] - median['received']:.0f} after that"
    )
    # The same, step by step: the browser's own start (told to reload until its request
    # is sent), the server's wait and answer, the browser's commit and parse, its frame.
    steps = ["asked", "requested", "answered", "received", "parsed", "painted"]
    gaps = ", ".join(
        f"{after} +{median[after] - median[before]:.0f}" for before, after in itertools.pairwise(steps)
    )
    print(f"  step by step (medians), ms: told {median['asked']:.0f}, {gaps}")
    return results


WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "quiet = subprocess.DEVNULL\n"
    "code = subprocess.run(sys.argv[2:], cwd=sys.argv[1], stdout=quiet, stderr=quiet).returncode\n"
    "took = time.perf_counter() - t\n"
    "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(took, use.ru_maxrss, use.ru_utime + use.ru_stime, code)\n"
)


class Run(NamedTuple):
    wall: float
    """Seconds from start to exit of the whole command."""
    peak_mb: float
    """Peak resident memory of any one of its processes."""
    cpu: float
    """Processor seconds (user and system) of all its processes: steadier than wall time
    on a shared machine, and what a busier machine would have to find."""


def _timed(command: list[str], cwd: str) -> Run:
    result = subprocess.run(
        [sys.executable, "-c", WRAPPER, cwd, *command],
        capture_output=True, text=True, check=True, env=own_code_env(),
    )  # fmt: skip
    took, rss_kb, cpu, code = result.stdout.split()
    if code != "0":
        raise RuntimeError(f"{command[0]} failed in {cwd}")
    return Run(float(took), int(rss_kb) / 1024, float(cpu))


def _preview_edit_ms(content: str, edits: int = 5, mistake: bool = False) -> float:
    """The median time of the preview's in-process rebuild after an edit of one event;
    with ``mistake``, after the edit that fixes a mistake saved just before (a date that
    is none: the build in between fails)."""
    from generator.errors import ContentError
    from generator.preview.rebuild import Builder

    builder = Builder(content, TEMPLATES, drafts=True)
    builder.build()
    target = Path(content, "bench", "events", "event-00005.yaml")
    original = target.read_text()
    times = []
    for i in range(edits):
        if mistake:
            target.write_text(re.sub(r"^date: .*$", "date: 2020-13-45", original, count=1, flags=re.M))
            with contextlib.suppress(ContentError):
                builder.build()
                raise AssertionError("the mistake was built")
        target.write_text(original.replace("Event number 5", f"Event number 5 edit {i}"))
        started = time.perf_counter()
        builder.build()
        times.append((time.perf_counter() - started) * 1000)
    target.write_text(original)
    return statistics.median(times)


SET_ASIDE = ".set-aside"


def _set_aside(path: str, project: str) -> None:
    """Move ``path`` out of the way, into a folder beside ``project`` (so that no tool
    takes it for part of its project) deleted when the whole run is over.

    Deleting a site just before timing a build would time the deletion's after-effects:
    ext4 without a journal (as on these VMs) passes over every inode deleted in the last
    minutes, one by one, whenever it allocates a new one, which made file creation 5-10x
    slower right after a delete; less, or more, depending on how much each tool had just
    deleted. Moving a folder away frees nothing, so every build starts the same way.
    """
    if os.path.lexists(path):
        parent = os.path.join(os.path.dirname(os.path.abspath(project)), SET_ASIDE)
        os.makedirs(parent, exist_ok=True)
        os.rename(path, tempfile.mkdtemp(dir=parent))


class Ours:
    """This project's build of the synthetic site, and how to make it start cold."""

    name = "explainer"

    def __init__(self, root: str, events: int | None, language: str | None = None) -> None:
        """The synthetic site of ``events`` events, written in ``root`` (in ``language``,
        see ``synthetic.write_site``); with None, the one an earlier ``Ours(root, n)``
        wrote there, as it is."""
        self.root = root
        self.content = (
            os.path.join(root, "content") if events is None else write_site(root, events, language=language)
        )
        self.out = os.path.join(root, "site")
        self.event = os.path.join(self.content, "bench", "events", "event-00003.yaml")

    def build(self) -> Run:
        command = [sys.executable, "-m", "generator", "build", "--content", self.content,
                   "--out", self.out, "--templates", TEMPLATES]  # fmt: skip
        return _timed(command, self.root)

    def clear(self, caches: bool) -> None:
        """Set aside the output (and the previous site kept beside it); with ``caches``,
        also remove the Markdown and compiled-template caches."""
        _set_aside(self.out, self.root)
        _set_aside(previous_site_path(self.out), self.root)  # the kept previous site
        if caches:
            Path(MarkdownStore(self.content).path).unlink(missing_ok=True)
            shutil.rmtree(jinja2.FileSystemBytecodeCache().directory, ignore_errors=True)

    def pages(self) -> int:
        return _html_pages(self.out)


class Peer:
    """Another generator's build of the same synthetic site (see ``peers.py``)."""

    def __init__(self, tool: str, root: str, events: int) -> None:
        self.name = tool
        self.root = root
        peers.write(tool, root, events)
        self.out = os.path.join(root, "_site" if tool == "jekyll" else "public")
        self.event = peers.event_file(tool, root, 3)

    def build(self, incremental: bool = False) -> Run:
        return _timed(peers.command(self.name, self.root, incremental=incremental), self.root)

    def clear(self, caches: bool) -> None:
        for name in (self.out, ".jekyll-cache", ".jekyll-metadata", "resources"):
            _set_aside(os.path.join(self.root, name), self.root)

    def pages(self) -> int:
        return _html_pages(self.out)


def _html_pages(out: str) -> int:
    return sum(1 for _ in Path(out).rglob("*.html"))


def _edit(path: str, i: int) -> None:
    text = Path(path).read_text()
    Path(path).write_text(re.sub(r"Event number 3\b( v\d+)?", f"Event number 3 v{i}", text, count=1))


def build_table(sizes: list[int], repeats: int, workdir: str, tools: list[str]) -> None:
    """Ours, then each peer, on the same synthetic site in one run, rounds interleaved so a
    slow spell of a shared machine falls on every tool alike."""
    print(f"{'events':>7} {'tool':>9} {'pages':>6} {'cold build':>11} {'cold CPU':>9} {'full build':>11} "
          f"{'pages/s':>8} {'peak RSS':>9} {'no change':>10} {'1 edit':>8}")  # fmt: skip
    # Time the build as installed, with compiled modules: edited ones would otherwise be
    # compiled again on every run where PYTHONDONTWRITEBYTECODE is set (as on this machine).
    compileall.compile_dir(os.path.dirname(os.path.abspath(generator.__file__)), quiet=1)
    top = tempfile.mkdtemp(prefix="explainer-bench-", dir=os.path.abspath(workdir))
    try:
        for n in sizes:
            root = os.path.join(top, str(n))
            ours = Ours(os.path.join(root, "explainer"), n)
            others = [Peer(t, os.path.join(root, t), n) for t in tools if t != "explainer"]
            tools_run: list[Ours | Peer] = [ours, *others]
            cold: dict[str, list[float]] = {}
            cpu: dict[str, list[float]] = {}
            full: dict[str, list[float]] = {}
            rss: dict[str, float] = {}
            again: dict[str, list[float]] = {}
            edit: dict[str, list[float]] = {}
            rounds = repeats if n < 10_000 else 1
            for _ in range(rounds):
                for tool in tools_run:
                    tool.clear(caches=True)
                    run = tool.build()
                    cold.setdefault(tool.name, []).append(run.wall)
                    cpu.setdefault(tool.name, []).append(run.cpu)
                    rss[tool.name] = max(rss.get(tool.name, 0.0), run.peak_mb)
                    if tool is ours:
                        ours.clear(caches=False)
                        full.setdefault(tool.name, []).append(ours.build().wall)
            for i in range(rounds):
                again.setdefault(ours.name, []).append(ours.build().wall)
                _edit(ours.event, i)
                edit.setdefault(ours.name, []).append(ours.build().wall)
                for peer in others:
                    if i == 0:
                        peer.build(incremental=True)  # Jekyll's --incremental needs a first run
                    _edit(peer.event, i)
                    edit.setdefault(peer.name, []).append(peer.build(incremental=True).wall)
            for tool in tools_run:
                name = tool.name
                c = statistics.median(cold[name])
                f = f"{statistics.median(full[name]):>9.2f} s" if name in full else f"{'-':>11}"
                a = f"{statistics.median(again[name]):>8.2f} s" if name in again else f"{'-':>10}"
                pages = tool.pages()
                u, e = statistics.median(cpu[name]), statistics.median(edit[name])
                print(f"{n:>7} {name:>9} {pages:>6} {c:>9.2f} s {u:>7.2f} s {f} {pages / c:>8.0f} "
                      f"{rss[name]:>6.0f} MB {a} {e:>6.2f} s", flush=True)  # fmt: skip
            preview = _preview_edit_ms(ours.content)
            print(f"{'':>17} preview (in-process) one-event edit: {preview:.0f} ms", flush=True)
            fixed = _preview_edit_ms(ours.content, mistake=True)
            print(f"{'':>17} preview (in-process) the edit fixing a mistake: {fixed:.0f} ms", flush=True)
            ours.clear(caches=True)  # leave no Markdown cache of a folder about to go
    finally:
        shutil.rmtree(top, ignore_errors=True)  # deleted only now: see _set_aside


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench")
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
    b.add_argument(
        "--tools",
        default=",".join(["explainer", *(t for t in peers.TOOLS if peers.available(t))]),
        help="comma-separated: explainer and any of hugo, jekyll, mkdocs (default: those installed)",
    )
    b.add_argument(
        "--workdir",
        default=".",
        help="where the synthetic sites are written (default: here, on the disk a project would be on)",
    )
    args = parser.parse_args()
    if args.verb == "build":
        tools = args.tools.split(",")
        unknown = [t for t in tools if t != "explainer" and t not in peers.TOOLS]
        missing = [t for t in tools if t in peers.TOOLS and not peers.available(t)]
        if unknown or missing:
            parser.error(f"unknown tools {unknown}, not installed {missing}")
        build_table([int(n) for n in args.sizes.split(",")], args.repeats, args.workdir, tools)
    else:
        preview(args.events, args.edits, args.page)


if __name__ == "__main__":
    main()
