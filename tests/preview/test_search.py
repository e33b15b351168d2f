"""The preview's search index: made in the background, after the rebuild, from the
latest pages; a request for one of its files waits for it; a failure keeps the last."""

from __future__ import annotations

import json
import stat
import time
from pathlib import Path

import pytest

from generator.preview import search
from generator.preview.rebuild import Builder, Preview
from tests.conftest import NEEDS_PAGEFIND, TEMPLATES, Project
from tests.preview.server import EVENT, event_text, start_server

pytestmark = NEEDS_PAGEFIND


def page_count(preview: Preview) -> int:
    data = preview.file(["pagefind", "pagefind-entry.json"])
    assert data is not None
    entry = json.loads(data)
    return sum(language["page_count"] for language in entry["languages"].values())


def test_the_rebuild_does_not_wait_for_the_index_and_a_request_does(project: Project) -> None:
    preview = Preview(Builder("content", TEMPLATES, search=True))
    ok, _ = preview.rebuild()
    assert ok
    assert preview.search.made == 0  # not made yet: the editor may save again at once
    assert page_count(preview) == 3  # asked for: made now, and waited for
    assert preview.search.made == 1
    project.write("content/story-a/events/e2.yaml", "title: Second\ndate: 2020-01-05\nsummary: More.\n")
    assert preview.rebuild()[0]
    assert page_count(preview) == 4  # never older than the pages
    assert preview.file(["pagefind", "pagefind.js"]) is not None
    assert preview.file(["pagefind", "no-such-file"]) is None


def test_a_request_for_the_index_waits_for_the_pages_left_to_render(project: Project) -> None:
    # After a save the server leaves the pages it changed to render a moment later; the
    # search page, reloaded at once, asks for the index meanwhile: it gets the index of
    # those pages, not the last one's.
    preview = Preview(Builder("content", TEMPLATES, search=True))
    assert preview.rebuild(when_asked=True)[0]
    assert page_count(preview) == 3
    project.write("content/story-a/events/e2.yaml", "title: Second\ndate: 2020-01-05\nsummary: More.\n")
    assert preview.rebuild(when_asked=True)[0] and preview.waiting > 0
    assert preview.make_ready("pagefind/pagefind-entry.json")  # as the server asks, on its own thread
    assert preview.waiting == 0
    assert page_count(preview) == 4  # then looks the file up, off its thread


def test_the_index_is_made_once_the_editor_pauses(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "IDLE_SECONDS", 1.0)
    preview = Preview(Builder("content", TEMPLATES, search=True))
    preview.rebuild()
    for title in ("One", "Two", "Three"):  # saved in a burst: indexed once, after it
        project.write(EVENT, event_text(title))
        preview.rebuild()
    deadline = time.monotonic() + 20
    while preview.search.made == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    assert preview.search.made == 1


def test_a_failed_index_keeps_the_last_one(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    preview = Preview(Builder("content", TEMPLATES, search=True))
    preview.rebuild()
    assert page_count(preview) == 3
    script = project.root / "pagefind-broken"
    script.write_text("#!/bin/sh\necho 'Error: disk full' >&2\nexit 1\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(script))
    project.write("content/story-a/events/e2.yaml", "title: Second\ndate: 2020-01-05\nsummary: More.\n")
    assert preview.rebuild()[0]  # the pages are fine
    assert page_count(preview) == 3
    assert preview.search.error == "Pagefind failed: Error: disk full"


def test_the_server_serves_the_search_page_and_its_index(project: Project) -> None:
    for server in start_server(Path(project.root)):
        status, page = server.get("/search/index.html")
        assert status == 200 and 'id="search-form"' in page
        status, story = server.get("/story-a/index.html")
        assert status == 200 and 'class="site-search"' in story
        status, entry = server.get("/pagefind/pagefind-entry.json")
        assert status == 200 and json.loads(entry)["languages"]
        from urllib.request import urlopen

        with urlopen(server.base + "/pagefind/pagefind.js", timeout=30) as r:
            assert r.headers["Content-Type"].startswith("text/javascript")


def test_the_server_serves_the_search_page_of_a_storys_language(project: Project) -> None:
    project.write(
        "content/story-f/story.yaml", "title: T\nsummary: S.\npublished: 2020-01-02\nlanguage: fr\n"
    )
    project.write("content/story-f/events/e1.yaml", "title: E\ndate: 2020-01-01\nsummary: S.\n")
    for server in start_server(Path(project.root)):
        status, event = server.get("/story-f/events/e1/index.html")
        assert status == 200 and 'action="../../../search/fr/index.html"' in event
        status, page = server.get("/search/fr/index.html")
        assert status == 200 and '<html lang="fr">' in page and 'id="search-form"' in page
        assert 'data-bundle="../../pagefind/"' in page


def test_a_rebuild_stops_an_index_nobody_waits_for(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "IDLE_SECONDS", 0.05)
    slow = project.root / "pagefind-slow"
    slow.write_text("#!/bin/sh\nexec sleep 30\n")
    slow.chmod(slow.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(slow))
    preview = Preview(Builder("content", TEMPLATES, search=True))
    preview.rebuild()
    deadline = time.monotonic() + 10
    while not preview.search.busy and time.monotonic() < deadline:
        time.sleep(0.01)
    assert preview.search.busy
    started = time.monotonic()
    project.write(EVENT, event_text("Saved again"))
    preview.rebuild()  # its pages make the index under way out of date
    while preview.search.stopped == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert preview.search.stopped == 1
    assert time.monotonic() - started < 5  # stopped, not waited for (it would take 30 s)
    assert preview.search.made == 0
    preview.search.close()  # and the next one, for the pages pending, is stopped too
