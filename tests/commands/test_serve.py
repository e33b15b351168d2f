"""``explainer serve`` as a whole: a burst of saves is one line on the terminal, drafts
are shown marked, and saves show up in a page open in a real browser."""

from __future__ import annotations

import base64
import contextlib
import errno
import gc
import json
import os
import re
import shutil
import signal
import socket
import struct
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.commands import serve
from generator.commands.serve import reload_open_pages, reload_target, served_as_files
from generator.preview.rebuild import Builder, Preview
from tests.browser import close_preview_page
from tests.conftest import MINIMAL, NEEDS_PAGEFIND, TEMPLATES, Project
from tests.preview.server import EVENT, Server, event_text, start_server


@pytest.fixture
def served(project: Project) -> Iterator[Server]:
    yield from start_server(project.root)


def test_five_files_saved_at_once_rebuild_once_quietly(project: Project, served: Server) -> None:
    # "Save all", as an editor does it: the files are written aside, then put in place in
    # one go (on a busy machine, five writes one by one could fall into two bursts).
    aside = project.root / "aside"
    for i in range(5):
        project.write(f"aside/n{i}.yaml", f"title: N{i}\ndate: 2020\nsummary: s\n")
    for i in range(5):
        os.replace(aside / f"n{i}.yaml", project.root / f"content/story-a/events/n{i}.yaml")
    served.wait_for_line("changed:")
    time.sleep(0.5)
    rebuilds = [line for line in served.lines if "changed:" in line]
    assert len(rebuilds) == 1, served.lines
    assert "and 4 more changed: " in rebuilds[0]
    assert not any("Warning" in line or "Traceback" in line for line in served.lines), served.lines


def test_a_file_saved_by_way_of_a_temporary_one_is_named_by_its_own_name(
    project: Project, served: Server
) -> None:
    # As 'sed -i' and some editors save, with a temporary file of no name editors are known
    # for, renamed onto the file: the line named the temporary file, which no longer exists
    # ("content/story-a/events/sedOg8U9W and 1 more changed").
    story = project.root / "content/story-a/story.yaml"
    temporary = project.root / "content/story-a/sedOg8U9W"
    temporary.write_text(story.read_text().replace("title: Story A", "title: Story A, saved aside"))
    os.replace(temporary, story)
    served.wait_for_line("changed:")
    time.sleep(0.5)
    rebuilds = [line for line in served.lines if "changed:" in line]
    assert rebuilds and all("sedOg8U9W" not in line for line in rebuilds), served.lines
    assert re.search(r"story\.yaml( and \d+ more)? changed: ", rebuilds[0]), served.lines


def test_drafts_are_shown_marked(project: Project, served: Server) -> None:
    project.write(EVENT, event_text("Draft event") + "draft: true\n")
    served.wait_for_line("changed:")
    status, body = served.get("/story-a/events/e1/")
    assert status == 200 and 'class="draft-badge">Draft<' in body


def open_page(browser: Any, url: str, **options: Any) -> Any:
    """A new page (``options``: Playwright's, a viewport) at ``url``, following the saves."""
    page = browser.new_page(**options)
    following(page, lambda: page.goto(url))
    return page


def following(page: Any, load: Callable[[], object]) -> None:
    """Run ``load``, which loads ``page``, and wait until the page follows the saves: its
    catch-up (``http.CATCH_UP``) asks the server whether it missed a reload a quarter of
    a second after livereload.js connected and said which page it is (its 'info', by
    which the server counts it among the open pages), and has its answer."""
    with page.expect_response(lambda response: response.request.method == "HEAD", timeout=10_000):
        load()


def wait_for_text(page: Any, text: str, timeout: float = 5_000) -> None:
    page.wait_for_function(f"document.body && document.body.innerText.includes({text!r})", timeout=timeout)


def test_saves_show_up_in_the_open_page(project: Project, served: Server, browser: Any) -> None:
    page = open_page(browser, served.base + "/story-a/index.html")
    marker = page.evaluate("window.marker = 1")  # gone after any reload
    assert marker == 1

    project.write(EVENT, event_text("First edit"))
    wait_for_text(page, "First edit")

    time.sleep(1.5)  # a second save 1.5 s later must not be dropped (livereload drops < 3 s)
    project.write(EVENT, event_text("Second edit"))
    wait_for_text(page, "Second edit")

    tmp = project.write("content/story-a/events/.e1.yaml.tmp", event_text("Atomic save"))
    os.replace(tmp, EVENT)  # write-temp-then-rename, as many editors save
    wait_for_text(page, "Atomic save")

    project.write(EVENT, "title: [broken\n")
    wait_for_text(
        page, "content/story-a/events/e1.yaml:1:8: YAML syntax error: this '[' list is never closed"
    )
    assert served.process.poll() is None  # the server is still running

    project.write(EVENT, event_text("Fixed again"))
    wait_for_text(page, "Fixed again")
    assert page.locator("h1").inner_text() == "Story A"
    close_preview_page(page)


def test_a_page_still_loading_when_a_save_is_built_catches_up_once_it_connects(
    project: Project, served: Server, browser: Any
) -> None:
    # Two saves in quick succession: the page reloading for the first had no connection
    # yet when the second was built, so livereload's message passed it by, and it showed
    # the first save until reloaded by hand. Here its livereload.js is held back until the
    # save is built.
    page = browser.new_page()
    held: list[Any] = []
    page.route("**/livereload.js*", lambda route: held.append(route))
    page.goto(served.base + "/story-a/index.html", wait_until="domcontentloaded")
    assert "Built while loading" not in page.inner_text("body")
    project.write(EVENT, event_text("Built while loading"))
    served.wait_for_line("changed:")
    page.wait_for_function("true")  # lets the held request reach the handler
    assert held, "livereload.js was not asked for"
    held[0].continue_()
    wait_for_text(page, "Built while loading")
    close_preview_page(page)


def test_the_pages_a_save_changed_are_rendered_unasked_and_their_mistake_shown(
    project: Project, browser: Any
) -> None:
    # The open page is shown before the other pages a save changed are rendered; the
    # server renders those by itself a moment later. A theme failing on the story page
    # for one event's title only: the mistake is met then, never asked for, and is said
    # on the terminal and shown in the open page as a build's.
    shutil.copytree(TEMPLATES, project.root / "templates")
    story_html = project.root / "templates/story.html"
    boom = "{% if story.events | selectattr('title', 'equalto', 'Boom') | list %}{{ 1 // 0 }}{% endif %}"
    story_html.write_text(story_html.read_text().replace("{% block title %}", "{% block title %}" + boom, 1))
    for served in start_server(project.root, "--templates", "templates"):
        page = open_page(browser, served.base + "/story-a/events/e1/")
        project.write(EVENT, event_text("Calm"))
        wait_for_text(page, "Calm")
        time.sleep(0.5)  # the rest rendered meanwhile, with no mistake
        assert "error" not in " ".join(served.lines)
        project.write(EVENT, event_text("Boom"))
        wait_for_text(
            page, "ZeroDivisionError: integer division or modulo by zero (making story-a/index.html)"
        )
        served.wait_for_line("changed: 1 error, 2 warnings")  # check's, as a build's mistake lists them
        served.wait_for_line("templates/story.html:3: ZeroDivisionError")
        project.write(EVENT, event_text("Calm again"))
        wait_for_text(page, "Calm again")
        status, body = served.get("/story-a/")
        assert status == 200 and "Calm again" in body
        close_preview_page(page)


def test_a_file_no_page_is_made_from_reloads_nothing(project: Project, served: Server, browser: Any) -> None:
    # A log a tool keeps writing, Vim's test file: reloading for them lost the reader's
    # place in the page, over and over.
    page = open_page(browser, served.base + "/story-a/index.html")
    page.evaluate("window.marker = 1")  # gone after any reload
    for i in range(5):
        project.write("content/notes.log", f"line {i}\n")
        time.sleep(0.1)
    project.write("content/story-a/4913", "")
    # A save that changes nothing shown prints its line (and reloads nothing): once it is
    # there, the changes before it have been handled too.
    project.write(EVENT, MINIMAL[EVENT] + "# saved again\n")
    served.wait_for_line("changed: 0 pages re-rendered")
    assert page.evaluate("window.marker") == 1
    # One line, the save's (which the files before it may have joined): none for them alone.
    changed = [line for line in served.lines if "changed:" in line]
    assert len(changed) == 1 and "changed: 0 pages re-rendered" in changed[0], served.lines
    project.write(EVENT, event_text("Then an edit"))  # what pages are made from still shows at once
    wait_for_text(page, "Then an edit")
    assert page.evaluate("window.marker") is None
    close_preview_page(page)


def test_a_story_folder_just_made_leaves_the_open_page_showing_the_site(
    project: Project, served: Server, browser: Any
) -> None:
    # 'mkdir content/story-b' before any file was an error, and the open page turned into
    # the error page: the editor starting a story lost the preview of the others.
    page = open_page(browser, served.base + "/story-a/index.html")
    title = page.locator("h1").first.inner_text()
    (project.root / "content/story-b").mkdir()
    wait_for_text(page, "this story folder has nothing to read yet", 15_000)  # the panel's warning
    assert page.locator("h1").first.inner_text() == title
    close_preview_page(page)


@NEEDS_PAGEFIND
@pytest.mark.parametrize("how", ["SIGTERM", "SIGHUP"])
def test_stopped_otherwise_than_by_ctrl_c_the_preview_leaves_nothing_behind(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    # An editor's stop button, a closed terminal: the search index's folder, which holds
    # the drafts' pages, must go as it does on Ctrl-C.
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    for served in start_server(project.root):
        status, _ = served.get("/pagefind/pagefind-entry.json")  # the index is made on demand
        assert status == 200
        assert [p.name for p in scratch.iterdir() if p.name.startswith("explainer-preview-search-")]
        served.process.send_signal(getattr(signal, how))
        assert served.process.wait(timeout=10) == 0
    assert not [p.name for p in scratch.iterdir() if p.name.startswith("explainer-preview-search-")]


def _reload_socket(port: int) -> socket.socket:
    """A raw connection to the preview's reload socket, registered as an open page is
    (livereload.js's 'hello' and 'info'): closed at will, in the middle of anything."""
    connection = socket.create_connection(("127.0.0.1", port))
    key = base64.b64encode(os.urandom(16)).decode()
    connection.sendall(
        f"GET /livereload HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
        f"Origin: http://127.0.0.1:{port}\r\n\r\n".encode()
    )
    assert connection.recv(4096).startswith(b"HTTP/1.1 101")
    for command in ({"command": "hello", "protocols": []}, {"command": "info", "url": "http://x/"}):
        data, mask = json.dumps(command).encode(), os.urandom(4)  # a client's frames are masked
        connection.sendall(
            bytes([0x81, 0x80 | len(data)]) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data))
        )
    return connection


def test_a_page_gone_as_its_reload_is_sent_prints_no_traceback(project: Project, served: Server) -> None:
    # Pages closing (or reloading) just as a save's reload goes out: nothing to report.
    port = int(served.base.rsplit(":", 1)[1])
    for n in range(20):  # the race is lost now and then: often enough in twenty
        pages = [_reload_socket(port) for _ in range(5)]
        time.sleep(0.1)
        project.write(EVENT, event_text(f"Edit {n}"))
        time.sleep(0.004)
        for page in pages:  # gone without a goodbye, as a tab killed mid-reload
            page.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            page.close()
        time.sleep(0.15)
    served.wait_for_line("changed:", count=5)
    time.sleep(0.5)
    assert not [line for line in served.lines if "Traceback" in line or "Error" in line], served.lines


@pytest.mark.parametrize(
    ("path", "reloads"),
    [
        ("/p/templates/assets/style.css", True),
        ("/p/templates/event.html", True),
        ("/p/content/story-a/media/photo.jpg", True),  # a picture replaced under its name
        ("/p/content/story-a/media/sub/map.png", True),
        ("/p/content/story-a/events/e1.yaml", False),  # its pages say whether it changed
        ("/p/content/notes.log", False),
        ("/p/content/media/notes.log", False),  # no story's media folder
    ],
)
def test_which_changes_reload_pages_whose_html_is_the_same(path: str, reloads: bool) -> None:
    assert served_as_files([path], "/p/templates", "/p/content") is reloads
    # A content folder on a drive mounted under /media/ is no media folder of a story.
    assert (
        served_as_files(["/media/me/p/content/notes.log"], "/media/me/p/templates", "/media/me/p/content")
        is False
    )


def test_a_reload_takes_the_stylesheet_from_the_cache_until_it_is_edited(
    project: Project, browser: Any
) -> None:
    shutil.copytree(TEMPLATES, project.root / "templates")
    css = project.root / "templates/assets/style.css"
    for served in start_server(project.root, "--templates", "templates"):
        page = open_page(browser, served.base + "/story-a/events/e1/")
        page.evaluate("window.marker = 1")
        project.write(EVENT, event_text("Edited"))
        wait_for_text(page, "Edited")
        assert page.evaluate("window.marker") is None  # reloaded whole
        page.wait_for_load_state("load")
        # Taken from the browser's cache: nothing was transferred for it.
        assert page.evaluate(STYLESHEET_TRANSFER) == 0

        # An edited stylesheet is in the page at once, and after the next reload too.
        project.write(
            css.relative_to(project.root).as_posix(), css.read_text() + "\nbody { outline: 7px solid red; }\n"
        )
        page.wait_for_function("getComputedStyle(document.body).outlineWidth === '7px'", timeout=10_000)
        project.write(EVENT, event_text("Edited again"))
        wait_for_text(page, "Edited again")
        page.wait_for_load_state("load")
        assert page.evaluate("getComputedStyle(document.body).outlineWidth") == "7px"
        close_preview_page(page)


def test_a_page_still_loading_when_a_stylesheet_is_saved_fetches_it_once_it_connects(
    project: Project, browser: Any
) -> None:
    # livereload swaps a saved stylesheet into the pages connected; one still loading
    # then kept the old rules until reloaded by hand. It now fetches its stylesheets
    # again in place, without reloading (the reader keeps their place).
    shutil.copytree(TEMPLATES, project.root / "templates")
    css = project.root / "templates/assets/style.css"
    held: list[Any] = []
    for served in start_server(project.root, "--templates", "templates"):
        page = browser.new_page()
        page.route("**/livereload.js*", lambda route: held.append(route))
        page.goto(served.base + "/story-a/events/e1/", wait_until="domcontentloaded")
        page.wait_for_function(SHEET_APPLIED)  # the old stylesheet, before the save
        page.evaluate("window.marker = 1")  # gone after any reload
        assert page.evaluate("getComputedStyle(document.body).outlineWidth") != "7px"
        project.write(
            css.relative_to(project.root).as_posix(), css.read_text() + "\nbody { outline: 7px solid red; }\n"
        )
        served.wait_for_line("changed:")
        page.wait_for_function("true")  # lets the held request reach the handler
        assert held, "livereload.js was not asked for"
        held[0].continue_()
        page.wait_for_function("getComputedStyle(document.body).outlineWidth === '7px'", timeout=10_000)
        assert page.evaluate("window.marker") == 1  # swapped in, not reloaded
        close_preview_page(page)


SHEET_APPLIED = """() => [...document.styleSheets].some(
  s => s.href && s.href.includes("/assets/style.css") && s.cssRules.length > 0)"""


STYLESHEET_TRANSFER = """() => {
  const sheet = performance.getEntriesByType("resource").find(e => e.name.includes("/assets/style.css"));
  return sheet ? sheet.transferSize : null;
}"""


def test_a_saved_stylesheet_is_swapped_in_place_a_deleted_one_reloads_the_page(project: Project) -> None:
    project.write("templates/assets/style.css", "body{}")
    assert reload_target(["templates/assets/style.css"]) == "templates/assets/style.css"
    assert reload_target(["templates/assets/gone.css"]) == "*"  # deleted
    assert reload_target(["templates/assets/style.css", "content/site.yaml"]) == "*"
    assert reload_target(["content/site.yaml"]) == "*"
    # Named as the build names a stylesheet (whose comments it takes out), in any case,
    # as livereload.js reads one: it reloaded the whole page.
    project.write("templates/assets/css/Print.CSS", "a{}")
    assert reload_target(["templates/assets/css/Print.CSS"]) == "templates/assets/css/Print.CSS"


def test_a_port_in_use_says_so_and_how_to_choose_another(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator.cli import main

    with socket.socket() as taken, socket.socket() as next_one:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with contextlib.suppress(OSError):  # the next port taken too, where it can be
            next_one.bind(("127.0.0.1", port + 1))
            next_one.listen()
        assert main(["serve", "--templates", TEMPLATES, "--dev-addr", f"127.0.0.1:{port}"]) == 2
        err = capsys.readouterr().err.splitlines()
        said = re.fullmatch(
            rf"explainer: error: 127\.0\.0\.1:{port} is in use \(another preview, or another server\); "
            r"choose another with --dev-addr 127\.0\.0\.1:(\d+) \(with make: make serve PORT=\1\)",
            err[-1],
        )  # it was Python's bare "[Errno 98] Address already in use"
        assert said is not None, err[-1]
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", int(said[1])))  # a port no one listens on


def test_the_port_advice_passes_over_ports_in_use() -> None:
    from generator.commands.serve import _cannot_listen

    said = _cannot_listen(OSError(errno.EADDRINUSE, "x"), "::1", 8000, free=lambda _host, port: port > 8002)
    assert said.endswith(
        "choose another with --dev-addr [::1]:8003 (with make: make serve HOST=::1 PORT=8003)"
    )


def test_an_address_not_of_this_computer_is_told_one_that_is() -> None:
    from generator.commands.serve import _cannot_listen

    said = _cannot_listen(
        OSError(errno.EADDRNOTAVAIL, "x"), "10.9.9.9", 8000, free=lambda _host, _port: False
    )
    assert said == (
        "10.9.9.9:8000 is not an address of this computer; choose another with --dev-addr "
        "127.0.0.1:8000 (with make: make serve PORT=8000)"
    )


@pytest.mark.parametrize(
    ("errno_", "port", "advice"),
    [
        (errno.EADDRINUSE, 8000, "is in use (another preview, or another server); choose another with "
                                 "--dev-addr 127.0.0.1:8001"),
        (errno.EADDRINUSE, 65535, "is in use (another preview, or another server); choose another with "
                                  "--dev-addr 127.0.0.1:8000"),
        (errno.EACCES, 80, "may not be used by this user (ports below 1024 need an administrator); choose "
                           "another with --dev-addr 127.0.0.1:8000"),
    ],
)  # fmt: skip
def test_the_port_advice_names_a_port_that_can_be_used(errno_: int, port: int, advice: str) -> None:
    from generator.commands.serve import _cannot_listen

    said = _cannot_listen(OSError(errno_, "x"), "127.0.0.1", port, free=lambda _host, _port: True)
    other = advice.rsplit(":", 1)[1]
    assert said == f"127.0.0.1:{port} {advice} (with make: make serve PORT={other})"


def test_only_a_page_reload_counts_for_the_catch_up_not_a_stylesheet_swapped_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A page that had the stylesheet swapped in would otherwise reload when it next
    # reconnects (after the computer sleeps), losing its place.
    sent: list[str] = []
    monkeypatch.setattr("generator.commands.serve.reload_pages", sent.append)
    css = tmp_path / "style.css"
    css.write_text("p {}")
    preview = Preview(Builder(str(tmp_path), str(tmp_path)))
    reload_open_pages(preview, [str(css)])
    assert (sent, preview.shown, preview.restyled) == ([str(css)], 0, 1)  # counted apart
    reload_open_pages(preview, [str(tmp_path / "e1.yaml")])
    assert (sent[-1], preview.shown, preview.restyled) == ("*", 1, 1)


def test_the_terminal_says_a_syntax_error_stopped_the_reading_of_its_file(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The error page and check said it; the terminal of the preview listed the error alone.
    from generator.commands.serve import _report_errors
    from generator.preview.rebuild import Builder, Preview

    preview = Preview(Builder("content", TEMPLATES))
    project.write("content/story-a/events/e1.yaml", "title: [broken\n")
    assert preview.rebuild()[0] is False
    capsys.readouterr()
    _report_errors(preview, 0.01, "rebuilt")
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == (
        "  note: YAML reads a file no further than its first syntax error; once you fix it and save, "
        "any mistake after it in the same file is listed"
    )
    project.write("content/story-a/events/e1.yaml", "title: Fixed\ndate: 2020-02-31\n")
    assert preview.rebuild()[0] is False
    _report_errors(preview, 0.01, "rebuilt")
    assert "note:" not in capsys.readouterr().err  # read whole: all its errors are listed


@pytest.fixture
def collector_resumed() -> Iterator[None]:
    """The cycle collector running again after the test, which may leave a rebuild's
    pages unrendered (the server's loop would render them, and resume it)."""
    try:
        yield
    finally:
        gc.enable()


NO_COORDINATES = (
    "location 'loc-a' has no coordinates, so it cannot be mapped; add them, or 'unmapped: true' "
    "if it has no position to give"
)


@pytest.mark.usefixtures("collector_resumed")
def test_a_saves_warnings_are_found_once_the_open_page_is_answered_and_given_to_it_in_place(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Finding them (lint: 13-20 ms at 1,000 events) came between the browser asking for
    # the page again and its answer; the page now shows those found before, and is given
    # the new panel in place when they changed (reloading it again lost the reader's place).
    preview = Preview(Builder("content", TEMPLATES))
    assert preview.rebuild()[0] is True and preview.warnings == []
    told: list[bool] = []
    monkeypatch.setattr(serve, "reload_open_pages", lambda p, paths: told.append(p.unfound is not None))
    given: list[str] = []
    monkeypatch.setattr(serve, "show_panel", lambda shown: given.append(shown.fingerprint))
    place = "content/story-a/locations/loc-a.yaml"
    project.write(place, "name: Place A\n")
    serve._rebuild_after(preview, TEMPLATES, "content", [place])
    assert told == [True] and preview.after_shown is not None  # told while the warnings were still to find
    page = preview.file(["story-a", "locations", "loc-a", "index.html"])
    assert page is not None and b"Place A" in page
    assert preview.unfound is not None and preview.warnings == [] and not given  # answered first
    preview.page_served()
    assert preview.unfound is None and [w.message for w in preview.warnings] == [NO_COORDINATES]
    fingerprint = preview.panel.fingerprint
    assert told == [True] and given == [fingerprint] != [""]  # given in place, not reloaded again
    project.write(place, "name: Place B\n")  # the same warning
    serve._rebuild_after(preview, TEMPLATES, "content", [place])
    preview.page_served()
    assert told == [True, True] and given == [fingerprint] * 2  # (a page showing it is told nothing)
    project.write(place, "name: Place C\n")  # saved again before any page asked: said in turn
    serve._rebuild_after(preview, TEMPLATES, "content", [place])
    project.write(place, "name: Place D\n")
    serve._rebuild_after(preview, TEMPLATES, "content", [place])
    assert told == [True, True, True, True] and preview.after_shown is not None
    preview.page_served()
    assert preview.after_shown is None and given == [fingerprint] * 4


@pytest.mark.usefixtures("collector_resumed")
def test_the_error_pages_open_reload_when_a_save_undoes_the_mistake_and_changes_no_page(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The pages of the last good build are kept through a mistake: its undoing renders
    # none of them again, but the open pages, showing the errors, must show the pages.
    preview = Preview(Builder("content", TEMPLATES))
    assert preview.rebuild()[0] is True
    told: list[int] = []
    monkeypatch.setattr(serve, "reload_open_pages", lambda p, paths: told.append(len(p.errors)))
    monkeypatch.setattr(serve, "show_panel", lambda shown: told.append(-1))
    good = (project.root / EVENT).read_text()
    project.write(EVENT, "title: [\n")
    serve._rebuild_after(preview, TEMPLATES, "content", [EVENT])
    assert told == [1]  # the error page
    project.write(EVENT, good)
    serve._rebuild_after(preview, TEMPLATES, "content", [EVENT])
    preview.page_served()
    assert not preview.errors and told == [1, 0]


@pytest.mark.usefixtures("collector_resumed")
def test_the_cycle_collector_waits_until_the_open_page_is_shown_and_the_rest_rendered(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(serve, "reload_open_pages", lambda p, paths: None)
    preview = Preview(Builder("content", TEMPLATES))
    assert preview.rebuild()[0] is True and gc.isenabled()
    event = "content/story-a/events/e1.yaml"
    project.write(event, "title: Renamed\ndate: 2020-01-01\nsummary: s\n")
    serve._rebuild_after(preview, TEMPLATES, "content", [event])
    assert preview.waiting > 1 and not gc.isenabled()  # the warnings and the open page come next
    assert b"Renamed" in (preview.file(["story-a", "events", "e1", "index.html"]) or b"")
    preview.page_served()
    assert preview.unfound is None and not gc.isenabled()  # the rest of the pages too
    while preview.waiting:  # as the server's loop renders them, one at each turn
        serve._render_rest(preview, preview.builds, [event], 0.0)
    assert gc.isenabled()
    project.write(event, "title: [\n")  # a failed rebuild resumes it at once
    serve._rebuild_after(preview, TEMPLATES, "content", [event])
    assert preview.errors and gc.isenabled()
