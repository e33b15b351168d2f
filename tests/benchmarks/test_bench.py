"""The benchmark itself (``benchmarks/bench.py``): an edit, the build table, what it sets
aside, and the preview's timing of the paint. The synthetic site and the peers' versions
of it: test_synthetic.py and test_peers.py."""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks import bench


def test_an_edit_changes_only_the_title(tmp_path: Path) -> None:
    path = tmp_path / "e.md"
    path.write_text("summary: Event number 30 happened\ntitle: Event number 3\n")
    bench._edit(str(path), 1)
    bench._edit(str(path), 2)
    assert path.read_text() == "summary: Event number 30 happened\ntitle: Event number 3 v2\n"


def test_the_build_table_runs_from_a_relative_folder_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    bench.build_table([20], 1, ".", ["explainer"])
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].split()[:4] == ["events", "tool", "pages", "cold"]
    numbers = rows[1].split()
    assert numbers[:2] == ["20", "explainer"] and int(numbers[2]) > 20  # event pages and more
    said = [re.sub(r"\d+ ms$", "N ms", row.strip()) for row in rows[2:]]
    assert said == [
        "preview (in-process) one-event edit: N ms",
        "preview (in-process) the edit fixing a mistake: N ms",
    ]
    assert list(tmp_path.iterdir()) == []  # sites, and what was set aside, all deleted at the end


def test_what_is_set_aside_is_moved_not_deleted(tmp_path: Path) -> None:
    project = tmp_path / "hugo"
    (project / "public" / "a").mkdir(parents=True)
    (project / "public" / "a" / "index.html").write_text("page")
    bench._set_aside(str(project / "public"), str(project))
    assert list(project.iterdir()) == []  # nothing left in the project for the tool to see
    [kept] = (tmp_path / bench.SET_ASIDE).iterdir()
    assert (kept / "a" / "index.html").read_text() == "page"


class QuietFiles(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def pages(tmp_path: Path) -> Iterator[str]:
    """A real HTTP server on this machine for two pages: the text before a save and after."""
    (tmp_path / "before.html").write_text("<!DOCTYPE html><title>e</title><h1>Event number 3</h1>")
    (tmp_path / "after.html").write_text("<!DOCTYPE html><title>e</title><h1>Edited title 1</h1>")
    handler = functools.partial(QuietFiles, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


AFTER_A_FRAME = "new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)))"
RECORD = "sessionStorage.getItem('bench-painted')"


def test_the_page_times_its_own_paint_of_the_awaited_text_on_the_wall_clock(browser: Any, pages: str) -> None:
    page = browser.new_page()
    page.add_init_script(bench.PAINT_PROBE)
    page.goto(pages + "before.html")
    page.evaluate(bench.EXPECT, "Edited title 1")
    page.reload()  # a page without the awaited text records nothing
    page.evaluate(AFTER_A_FRAME)
    assert page.evaluate(RECORD) is None
    asked = time.time() * 1000
    page.goto(pages + "after.html")
    page.wait_for_function(RECORD, timeout=10_000)
    seen = time.time() * 1000
    times = json.loads(page.evaluate(RECORD))
    # The page's clock is the bench's (time.time): the navigation began after the bench
    # asked for it, and the paint came before the bench saw the record.
    assert asked - 1 <= times["asked"] <= times["received"] <= times["painted"] <= seen
    # Each step of the navigation in its order, on the same clock.
    steps = [times[k] for k in ("asked", "requested", "answered", "received", "parsed", "painted")]
    assert steps == sorted(steps)
    page.evaluate(bench.EXPECT, "Edited title 2")  # the next save starts afresh
    assert page.evaluate(RECORD) is None
    page.close()


def test_the_preview_bench_reports_the_paint_in_the_page_and_what_playwright_saw(
    browser: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    edits = bench.preview(30, 2, "event", browser)
    assert len(edits) == 2
    for edit in edits:
        # The page is told to reload once the rebuild knows which pages changed, before
        # check's warnings are found (which the server's log counts in its rebuild, and
        # which the page's request waits for): it paints after receiving the message and
        # after the whole rebuild.
        assert 0 < edit.asked < edit.received <= edit.painted
        assert edit.asked <= edit.requested <= edit.answered <= edit.received <= edit.parsed <= edit.painted
        assert 0 < edit.rebuild < edit.painted
        assert edit.observed > edit.asked
    out = capsys.readouterr().out
    assert "save to painted (timed in the page), ms:" in out
    assert "save to seen by Playwright, ms:" in out
    assert "step by step (medians), ms: told " in out


def test_timed_builds_run_this_checkouts_generator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Run from the site's folder, 'python -m generator' found whatever package came first
    # on the path (in a second git worktree, the installed one: another checkout's code,
    # timed with this checkout's theme). A decoy first on PYTHONPATH stands in for it.
    decoy = tmp_path / "decoy" / "generator"
    decoy.mkdir(parents=True)
    (decoy / "__init__.py").write_text("")
    (decoy / "__main__.py").write_text("raise SystemExit(3)\n")
    monkeypatch.setenv("PYTHONPATH", str(decoy.parent))
    run = bench._timed([sys.executable, "-m", "generator", "--help"], str(tmp_path))
    assert run.wall > 0
    assert bench.own_code_env()["PYTHONPATH"].split(os.pathsep) == [str(bench.CHECKOUT), str(decoy.parent)]
