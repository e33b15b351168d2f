"""The live preview: batching, incremental equality, serving, and end to end in Chromium."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.request import urlopen

import pytest
from tornado.ioloop import IOLoop

from generator.content import files
from generator.preview.rebuild import Builder
from generator.preview.watch import DEBOUNCE_MS, STEP_MS, ChangeWatcher
from tests.conftest import REPO, TEMPLATES, Project

EVENT = "content/story-a/events/e1.yaml"


# --- batching -------------------------------------------------------------------------


@dataclass
class Watching:
    """A ``ChangeWatcher`` handing its batches to an event loop running in a thread of its
    own, as ``serve`` hands them to the main one."""

    watcher: ChangeWatcher
    loop: IOLoop
    batches: list[list[str]] = field(default_factory=list)
    arrived: list[float] = field(default_factory=list)
    threads: set[str] = field(default_factory=set)

    def record(self, batch: list[str]) -> None:
        self.threads.add(threading.current_thread().name)
        self.arrived.append(time.monotonic())
        self.batches.append(batch)

    def wait_for(self, count: int, timeout: float = 5) -> None:
        deadline = time.monotonic() + timeout
        while len(self.batches) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(self.batches)} batches, not {count}: {self.batches}")
            time.sleep(0.01)

    def settle(self, seconds: float = 0.3) -> None:
        """Wait until no batch has arrived for ``seconds``."""
        seen = -1
        while seen != len(self.batches):
            seen = len(self.batches)
            time.sleep(seconds)


@contextlib.contextmanager
def watching(
    folders: Mapping[str, Callable[[str], bool]],
    step_ms: int = STEP_MS,
    debounce_ms: int = DEBOUNCE_MS,
    probe: bool = True,
) -> Iterator[Watching]:
    """Watch ``folders`` until the block ends.

    With ``probe``, the block starts once the watcher has reported a change of a probe
    file, so it is known to be watching (a change made while its thread starts could go
    unseen), and the probe's batches are dropped.
    """
    ready = threading.Event()
    loops: list[IOLoop] = []

    def run() -> None:
        loops.append(IOLoop())
        ready.set()
        loops[0].start()
        loops[0].close()

    runner = threading.Thread(target=run, name="loop", daemon=True)
    runner.start()
    assert ready.wait(5)
    loop = loops[0]
    w = Watching(ChangeWatcher(folders, lambda batch: w.record(batch), step_ms, debounce_ms), loop)
    w.watcher.start(loop)
    try:
        if probe:
            probe_file = Path(next(iter(folders)), "probe.txt")
            deadline = time.monotonic() + 10
            while not any(str(probe_file) in batch for batch in w.batches):
                assert time.monotonic() < deadline, "the watcher never started"
                probe_file.write_text(str(time.monotonic()))
                time.sleep(0.1)
            probe_file.unlink()
            w.settle()
            w.batches.clear()
            w.arrived.clear()
        yield w
    finally:
        w.watcher.stop()
        loop.add_callback(loop.stop)
        runner.join(5)


CONTENT = {"content": files.is_ignored}


def test_five_files_changed_at_once_make_one_rebuild(project: Project) -> None:
    with watching(CONTENT) as w:
        for i in range(5):
            project.write(f"content/story-a/events/n{i}.yaml", f"title: N{i}\ndate: 2020\nsummary: s\n")
        w.wait_for(1)
        w.settle()
    assert w.batches == [[f"content/story-a/events/n{i}.yaml" for i in range(5)]]


def test_batches_are_handed_to_the_loops_thread(project: Project) -> None:
    # The rebuild's time limit is a signal, which only the main thread (the loop's) gets.
    with watching(CONTENT) as w:
        project.write(EVENT, "title: Changed\ndate: 2020\nsummary: s\n")
        w.wait_for(1)
    assert w.threads == {"loop"}


def test_deletions_renames_and_atomic_saves_are_changes(project: Project) -> None:
    with watching(CONTENT) as w:
        os.rename("content/story-a/figures/fig-a.yaml", "content/story-a/figures/fig-b.yaml")
        w.wait_for(1)
        w.settle()
        tmp = project.write("content/story-a/events/.e1.yaml.tmp", "title: Atomic\ndate: 2020\nsummary: s\n")
        os.replace(tmp, EVENT)
        w.wait_for(2)
        w.settle()
        project.remove("content/story-a/locations/loc-a.yaml")
        w.wait_for(3)
        w.settle()
        os.rename("content/story-a/locations", "content/story-a/places")
        w.wait_for(4)
        w.settle()
    assert w.batches == [
        ["content/story-a/figures/fig-a.yaml", "content/story-a/figures/fig-b.yaml"],
        [EVENT],
        ["content/story-a/locations/loc-a.yaml"],
        ["content/story-a/locations", "content/story-a/places"],
    ]


def test_a_file_in_a_new_folder_is_a_change(project: Project) -> None:
    # The new folder is watched too (and the folder itself is a change).
    with watching(CONTENT) as w:
        project.write("content/story-b/story.yaml", "title: B\n")
        w.wait_for(1)
        w.settle()
        project.write("content/story-b/events/e1.yaml", "title: E\ndate: 2020\nsummary: s\n")
        w.wait_for(2)
    assert "content/story-b/events/e1.yaml" in w.batches[-1]


def test_editor_temporary_files_are_not_changes(project: Project) -> None:
    with watching(CONTENT) as w:
        for name in (".e1.yaml.swp", "e1.yaml~", "#e1.yaml#", ".#e1.yaml", "_notes.md", "~lock.yaml"):
            project.write(f"content/story-a/events/{name}", "x")
        project.write("content/.git/index", "x")  # anything in a hidden folder
        project.write("content/_drafts/e9.yaml", "x")
        w.settle(0.5)
    assert w.batches == []


def test_the_theme_follows_its_own_rule_partials_count(project: Project) -> None:
    shutil.copytree(TEMPLATES, "templates")
    with watching({"templates": files.is_hidden, "content": files.is_ignored}) as w:
        Path("templates/.story.html.swp").write_text("x")
        Path("templates/assets/.style.css.swp").write_text("x")
        w.settle(0.5)
        assert w.batches == []
        macros = Path("templates/_macros.html")
        macros.write_text(macros.read_text() + "\n")  # a partial: '_' counts in the theme
        w.wait_for(1)
        project.write("content/_notes.md", "x")  # ... and not in content
        w.settle(0.5)
    assert w.batches == [["templates/_macros.html"]]


def test_a_folder_that_cannot_be_watched_is_reported_once_and_watched_when_it_can(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    with watching({"content": files.is_ignored, "later": files.is_ignored}, probe=False) as w:
        w.wait_for(1)  # a rebuild, which shows the content's own errors
        assert w.batches == [["content", "later"]]
        time.sleep(1.5)  # tried again meanwhile: still no folder, nothing new to say or build
        Path("later").mkdir()
        deadline = time.monotonic() + 5
        while not any("later/x.yaml" in batch for batch in w.batches):
            assert time.monotonic() < deadline, w.batches
            Path("later/x.yaml").write_text(str(time.monotonic()))
            time.sleep(0.2)
    said = [line for line in capsys.readouterr().out.splitlines() if "watching" in line]
    assert len(said) == 1, said
    assert said[0].endswith("not watching for changes: folder 'later' not found; trying again every second")
    assert w.batches[0] == ["content", "later"] and len(w.batches) >= 2


def test_stopping_ends_the_watchers_thread(project: Project) -> None:
    with watching(CONTENT) as w:
        pass
    assert not any(t.name == "explainer-watcher" for t in threading.enumerate())
    project.write(EVENT, "title: After\ndate: 2020\nsummary: s\n")
    time.sleep(0.3)
    assert w.batches == []


# --- incremental rebuilds equal full builds -----------------------------------------------


EDITS: dict[str, Any] = {
    "event title": lambda p: p.write(EVENT, _event("Renamed event")),
    "figure name": lambda p: p.write("content/story-a/figures/fig-a.yaml", "name: New name\nrole: r\n"),
    "place name": lambda p: p.write("content/story-a/locations/loc-a.yaml", "name: New place\n"),
    "new event": lambda p: p.write("content/story-a/events/e0.yaml", "title: Zero\ndate: 2019\nsummary: s\n"),
    "deleted event": lambda p: p.remove("content/story-a/events/e2.yaml"),
    "site title": lambda p: p.write("content/site.yaml", "title: Another site\n"),
    "story summary": lambda p: p.write(
        "content/story-a/story.yaml",
        "title: Story A\nsummary: Changed.\npublished: 2020-01-02\nsources:\n  src-a:\n    publisher: P\n",
    ),
    "template": lambda p: p.write(
        "templates/event.html", (Path(TEMPLATES) / "event.html").read_text() + "\n"
    ),
    "draft event": lambda p: p.write(EVENT, _event("Draft now") + "draft: true\n"),
}


def _event(title: str) -> str:
    return f"title: {title}\ndate: 2020-01-01\nsummary: Something.\nfigures: [fig-a]\nlocations: [loc-a]\n"


@pytest.mark.parametrize("parallel_from", [1, 10**9], ids=["two-cores", "one-core"])
@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_incremental_rebuild_equals_a_full_build(
    project: Project, edit: str, parallel_from: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.speed import rendering as fast

    monkeypatch.setattr(fast, "PARALLEL_FROM", parallel_from)
    shutil.copytree(TEMPLATES, project.root / "templates")
    project.write(
        "content/story-a/events/e2.yaml", "title: Two\ndate: 2020-02\nsummary: s\nfigures: [fig-a]\n"
    )
    for drafts in (False, True):
        incremental = Builder("content", "templates", drafts=drafts)
        incremental.build()
        EDITS[edit](project)
        again = incremental.build()
        assert again == Builder("content", "templates", drafts=drafts).build()
        if os.path.exists("content/story-a/events/e2.yaml") is False:
            project.write("content/story-a/events/e2.yaml", "title: Two\ndate: 2020-02\nsummary: s\n")


def test_only_pages_whose_inputs_changed_are_rendered(project: Project) -> None:
    for i in range(2, 6):
        project.write(f"content/story-a/events/e{i}.yaml", f"title: E{i}\ndate: 2020-0{i}\nsummary: s\n")
    builder = Builder("content", TEMPLATES)
    builder.build()
    first = builder.last_rendered
    builder.build()
    assert builder.last_rendered == 0
    project.write("content/story-a/events/e5.yaml", "title: Changed\ndate: 2020-05\nsummary: s\n")
    builder.build()
    # the event, its neighbour (which shows its title), the story page and the JSON export
    assert builder.last_rendered == 4
    assert first == 12  # home, 404, story, 5 events, figure, location, timeline.json, robots.txt


# --- the server ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    process: subprocess.Popen[str]
    base: str
    lines: list[str] = field(default_factory=list)

    def wait_for_line(self, text: str, count: int = 1, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while sum(text in line for line in self.lines) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"no {count}x {text!r} in server output: {self.lines}")
            time.sleep(0.02)

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urlopen(self.base + path, timeout=5) as r:
                return r.status, r.read().decode()
        except HTTPError as exc:
            return exc.code, exc.read().decode()


def start_server(root: Path, *options: str, host: str = "127.0.0.1") -> Iterator[Server]:
    """``explainer serve`` in ``root`` on a free port of ``host`` (the repository's templates
    unless ``options`` name others), until the test is over."""
    port = free_port()
    templates = () if "--templates" in options else ("--templates", TEMPLATES)
    process = subprocess.Popen(
        [
            sys.executable,
            "-X",
            "dev",
            "-m",
            "generator",
            "serve",
            "--dev-addr",
            f"{host}:{port}",
            *templates,
            *options,
        ],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    server = Server(process, f"http://127.0.0.1:{port}")

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            server.lines.append(line.rstrip("\n"))

    threading.Thread(target=read, daemon=True).start()
    try:
        server.wait_for_line("serving http://")
        yield server
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def served(project: Project) -> Iterator[Server]:
    yield from start_server(project.root)


def test_the_server_serves_pages_assets_and_its_404(served: Server) -> None:
    status, body = served.get("/story-a/")
    assert status == 200 and "<h1>Story A</h1>" in body
    assert "livereload.js" in body
    assert served.get("/assets/style.css")[0] == 200
    status, body = served.get("/story-a/events/nope/")
    assert status == 404 and "Page not found" in body
    assert served.get("/story-a/events/e1")[0] == 200  # redirected to the folder URL


def test_five_files_saved_at_once_rebuild_once_quietly(project: Project, served: Server) -> None:
    for i in range(5):
        project.write(f"content/story-a/events/n{i}.yaml", f"title: N{i}\ndate: 2020\nsummary: s\n")
    served.wait_for_line("changed:")
    time.sleep(0.5)
    rebuilds = [line for line in served.lines if "changed:" in line]
    assert len(rebuilds) == 1, served.lines
    assert "and 4 more changed: " in rebuilds[0]
    assert not any("Warning" in line or "Traceback" in line for line in served.lines), served.lines


def test_drafts_are_shown_marked(project: Project, served: Server) -> None:
    project.write(EVENT, _event("Draft event") + "draft: true\n")
    served.wait_for_line("changed:")
    status, body = served.get("/story-a/events/e1/")
    assert status == 200 and "DRAFT" in body


def test_the_site_is_served_under_the_base_url_path(project: Project) -> None:
    project.write("content/site.yaml", "title: T\nbase_url: https://org.github.io/explainers/\n")
    for server in start_server(project.root):
        assert any(f"serving {server.base}/explainers/" in line for line in server.lines)
        status, body = server.get("/explainers/story-a/")
        assert status == 200 and "<h1>Story A</h1>" in body
        assert server.get("/")[0] == 200  # redirected to /explainers/
        assert server.get("/story-a/")[0] == 404


# --- end to end in a real browser ----------------------------------------------------------


def open_page(browser: Any, url: str) -> Any:
    page = browser.new_page()
    page.goto(url)
    page.wait_for_function("window.LiveReload && window.LiveReload.connector.protocol", timeout=10_000)
    time.sleep(0.2)  # the server registers the page once it has sent its 'info'
    return page


def wait_for_text(page: Any, text: str, timeout: float = 5_000) -> None:
    page.wait_for_function(f"document.body && document.body.innerText.includes({text!r})", timeout=timeout)


def test_saves_show_up_in_the_open_page(project: Project, served: Server, browser: Any) -> None:
    page = open_page(browser, served.base + "/story-a/index.html")
    marker = page.evaluate("window.marker = 1")  # gone after any reload
    assert marker == 1

    project.write(EVENT, _event("First edit"))
    wait_for_text(page, "First edit")

    time.sleep(1.5)  # a second save 1.5 s later must not be dropped (livereload drops < 3 s)
    project.write(EVENT, _event("Second edit"))
    wait_for_text(page, "Second edit")

    tmp = project.write("content/story-a/events/.e1.yaml.tmp", _event("Atomic save"))
    os.replace(tmp, EVENT)  # write-temp-then-rename, as many editors save
    wait_for_text(page, "Atomic save")

    project.write(EVENT, "title: [broken\n")
    wait_for_text(
        page, "content/story-a/events/e1.yaml:1:8: YAML syntax error: this '[' list is never closed"
    )
    assert served.process.poll() is None  # the server is still running

    project.write(EVENT, _event("Fixed again"))
    wait_for_text(page, "Fixed again")
    assert page.locator("h1").inner_text() == "Story A"
    page.close()
