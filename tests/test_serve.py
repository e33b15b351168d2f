"""The live preview: batching, incremental equality, serving, and end to end in Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.request import urlopen

import pytest

from generator.build import Builder
from generator.serve import ChangeWatcher
from tests.conftest import REPO, TEMPLATES, Project

EVENT = "content/story-a/events/e1.yaml"


# --- batching -------------------------------------------------------------------------


def test_five_files_changed_at_once_make_one_rebuild(project: Project) -> None:
    batches: list[list[str]] = []
    watcher = ChangeWatcher(["content"], batches.append)
    for i in range(5):
        project.write(f"content/story-a/events/n{i}.yaml", f"title: N{i}\ndate: 2020\nsummary: s\n")
    watcher.poll()  # sees the burst, waits for a quiet scan
    assert batches == []
    watcher.poll()
    assert len(batches) == 1
    assert len(batches[0]) == 5
    watcher.poll()
    assert len(batches) == 1


def test_deletions_renames_and_atomic_saves_are_changes(project: Project) -> None:
    batches: list[list[str]] = []
    watcher = ChangeWatcher(["content"], batches.append)
    os.rename("content/story-a/figures/fig-a.yaml", "content/story-a/figures/fig-b.yaml")
    watcher.poll()
    watcher.poll()
    tmp = project.write("content/story-a/events/.e1.yaml.tmp", "title: Atomic\ndate: 2020\nsummary: s\n")
    os.replace(tmp, EVENT)
    watcher.poll()
    watcher.poll()
    project.remove("content/story-a/locations/loc-a.yaml")
    watcher.poll()
    watcher.poll()
    assert batches == [
        ["content/story-a/figures/fig-a.yaml", "content/story-a/figures/fig-b.yaml"],
        [EVENT],
        ["content/story-a/locations/loc-a.yaml"],
    ]


def test_editor_temporary_files_are_not_changes(project: Project) -> None:
    batches: list[list[str]] = []
    watcher = ChangeWatcher(["content"], batches.append)
    project.write("content/story-a/events/.e1.yaml.swp", "x")
    project.write("content/story-a/events/e1.yaml~", "x")
    watcher.poll()
    watcher.poll()
    assert batches == []


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
    from generator import render

    monkeypatch.setattr(render, "PARALLEL_FROM", parallel_from)
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
