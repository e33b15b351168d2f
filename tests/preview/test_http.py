"""What the preview answers, and to whom: real requests, over HTTP and WebSocket, against
``explainer serve`` in a project in tmp_path, as a browser (or a hostile page in one)
would send them."""

from __future__ import annotations

import asyncio
import base64
import gc
import html
import http.client
import json
import logging
import os
import re
import shutil
import socket
import struct
import time
import urllib.error
import urllib.request
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from tornado.httpclient import AsyncHTTPClient, HTTPClientError, HTTPRequest
from tornado.websocket import WebSocketClientConnection, websocket_connect

from generator.errors import Position, Problem, Severity
from generator.output.stylesheets import published
from generator.pictures import picture_encoding
from generator.preview.http import (
    FROM_THE_TOP,
    KEPT,
    LIVE_SCRIPT,
    LIVERELOAD_JS,
    MAX_SOCKET_MESSAGE,
    OPEN_PAGES,
    PROTOCOL,
    BadRequest,
    allowed_hosts,
    application,
    error_page,
    host_allowed,
    keeping_place,
    reload_pages,
    request_path,
    show_panel,
    with_catch_up,
    with_live_script,
    with_versioned_assets,
)
from generator.preview.panel import PANEL_ID, PANEL_PATH, PLUGIN_ID, panel
from generator.preview.rebuild import Builder, Preview
from generator.render.versions import version_of
from tests.browser import close_preview_page
from tests.commands.test_serve import open_page as open_in_browser
from tests.commands.test_serve import wait_for_text
from tests.conftest import TEMPLATES, Project
from tests.images import photo
from tests.preview.server import (
    EVENT,
    SEEN,
    Server,
    event_text,
    fetch,
    free_port,
    no_traceback,
    port_of,
    start_server,
)


@pytest.fixture
def served(project: Project) -> Iterator[Server]:
    yield from start_server(project.root)


# --- which pages and files are served ---------------------------------------------------


def test_the_server_serves_pages_assets_and_its_404(served: Server) -> None:
    status, body = served.get("/story-a/")
    assert status == 200 and "<h1>Story A</h1>" in body
    assert "livereload.js" in body
    assert served.get("/assets/style.css")[0] == 200
    status, body = served.get("/story-a/events/nope/")
    assert status == 404 and "Page not found" in body
    assert served.get("/story-a/events/e1")[0] == 200  # redirected to the folder URL


def test_the_site_is_served_under_the_base_url_path(project: Project) -> None:
    project.write("content/site.yaml", "title: T\nbase_url: https://org.github.io/explainers/\n")
    for server in start_server(project.root):
        assert any(f"serving {server.base}/explainers/" in line for line in server.lines)
        status, body = server.get("/explainers/story-a/")
        assert status == 200 and "<h1>Story A</h1>" in body
        assert server.get("/")[0] == 200  # redirected to /explainers/
        status, body = server.get("/story-b/")
        assert status == 404
        # The preview's 404 page leads to the preview's pages and stylesheet, not the published ones.
        assert 'href="/explainers/assets/style.css' in body and "org.github.io" not in body


def test_an_address_typed_without_the_base_url_path_is_sent_under_it(project: Project) -> None:
    # An editor new to base_url types the address the story's folder names: the page it
    # means, not "Page not found".
    project.write("content/site.yaml", "title: T\nbase_url: https://org.github.io/explainers/\n")
    project.write("content/story-a/.secret/index.html", "SECRET\n")
    for server in start_server(project.root):
        for path, where in (
            ("/story-a/", "/explainers/story-a/"),
            ("/story-a", "/explainers/story-a/"),  # a folder's, its slash forgotten
            ("/story-a/events/e1/?q=word", "/explainers/story-a/events/e1/?q=word"),
            ("/story-a/timeline.json", "/explainers/story-a/timeline.json"),
            ("/assets/style.css", "/explainers/assets/style.css"),
        ):
            for method in ("GET", "HEAD"):
                status, headers, _ = exchange(server, method, path)
                assert (status, headers.get("Location")) == (302, where), (method, path)
        status, body = server.get("/story-a/events/e1")
        assert status == 200 and "<h1>First event</h1>" in body
        # Only what the site has: a page not there, a hidden file, a file outside the site.
        for path in ("/story-b/", "/story-a/.secret/", "/content/site.yaml", "/story-a/events/e1.yaml"):
            status, headers, _ = exchange(server, "GET", path)
            assert (status, headers.get("Location")) == (404, None), path
        assert exchange(server, "POST", "/story-a/")[0] == 405
        no_traceback(server)


def test_pages_open_when_base_urls_path_changes_are_sent_to_their_new_address(
    project: Project, served: Server
) -> None:
    # An editor sets (or removes) the path of base_url while pages are open: on reloading,
    # each lands on the same page at its new address, not on "Page not found".
    project.write("content/site.yaml", "title: T\nbase_url: https://org.github.io/explainers/\n")
    served.wait_for_line("changed:")
    status, _, _ = fetch(served, "/story-a/events/e1/")
    assert status == 302
    status, body = served.get("/story-a/events/e1/")  # followed: the page under its new address
    assert status == 200 and "<h1>First event</h1>" in body
    assert served.get("/story-a/events/gone/")[0] == 404  # a page no longer there is still not found
    project.write("content/site.yaml", "title: T\n")
    served.wait_for_line("changed:", count=2)
    status, body = served.get("/explainers/story-a/")
    assert status == 200 and "<h1>Story A</h1>" in body
    assert served.get("/explainers/story-a/events/gone/")[0] == 404
    # A search keeps its words; a page of today's site named like the old path stays put.
    project.write("content/site.yaml", "title: T\nbase_url: https://org.github.io/story-a/\n")
    served.wait_for_line("changed:", count=3)
    project.write("content/site.yaml", "title: T\n")
    served.wait_for_line("changed:", count=4)
    status, body = served.get("/story-a/")  # story-a's page, not the site's root
    assert status == 200 and "<h1>Story A</h1>" in body
    connection = http.client.HTTPConnection("127.0.0.1", port_of(served), timeout=5)
    connection.request("GET", "/story-a/story-a/?q=word")  # story-a's page under the old path
    response = connection.getresponse()
    assert (response.status, response.getheader("Location")) == (302, "/story-a/?q=word")
    connection.close()


def test_a_page_open_when_its_file_is_renamed_is_sent_to_its_new_address(
    project: Project, served: Server
) -> None:
    # The 404 page listed the pages whose addresses were most like the old one: the
    # renamed event's neighbours ("2024-02-12-event-2" for "2024-02-12-event-1" renamed
    # "2024-02-12-flood"), not the page itself.
    project.write("content/story-a/events/e2.yaml", event_text("Second").replace("2020-01-01", "2020-02-01"))
    served.wait_for_line("changed:")
    (project.root / EVENT).rename(project.root / "content/story-a/events/flood.yaml")
    served.wait_for_line("changed:", count=2)
    connection = http.client.HTTPConnection("127.0.0.1", port_of(served), timeout=5)
    connection.request("GET", "/story-a/events/e1/?x=1")
    response = connection.getresponse()
    assert (response.status, response.getheader("Location")) == (302, "/story-a/events/flood/?x=1")
    connection.close()
    status, body = served.get("/story-a/events/e1/index.html")  # followed
    assert status == 200 and "<h1>First event</h1>" in body
    (project.root / "content/story-a/events/flood.yaml").rename(
        project.root / "content/story-a/events/flood2.yaml"
    )
    served.wait_for_line("changed:", count=3)
    assert served.get("/story-a/events/e1/")[1] == served.get("/story-a/events/flood2/")[1]  # renamed twice
    (project.root / "content/story-a/events/flood2.yaml").unlink()  # deleted: not found
    served.wait_for_line("changed:", count=4)
    assert served.get("/story-a/events/e1/")[0] == 404
    assert served.get("/story-a/events/e2/")[0] == 200  # its neighbour stays where it is


JPEG = photo(64, 48)
JPEG = photo(64, 48)

PHOTO_EVENT = (
    event_text("With a photo").replace("summary: ", "summary: The [full photo](media/photo.jpg). ")
    + "image:\n  src: media/photo.jpg\n  alt: A photo\n  credit: Someone\n"
)


@pytest.fixture
def media(project: Project) -> Iterator[Server]:
    """A story whose event shows a photo, with hidden files beside it in media/."""
    project.write(EVENT, PHOTO_EVENT)
    project.write("content/story-a/media/photo.jpg", JPEG)
    project.write("content/story-a/media/.env", "SECRET=1\n")
    project.write("content/story-a/media/_notes.md", "SECRET notes\n")
    project.write("content/story-a/media/sub/.hidden.jpg", "SECRET\n")
    yield from start_server(project.root)


def test_published_media_are_served_hidden_files_are_not(media: Server) -> None:
    # As the build publishes a picture a text shows: made clean of its camera data.
    cleaned = picture_encoding.clean(JPEG)
    assert cleaned != JPEG
    assert fetch(media, "/story-a/media/photo.jpg")[:3:2] == (200, cleaned.decode("utf-8", "replace"))
    status, kind, _ = fetch(media, "/story-a/pictures/photo.jpg.64.webp")
    assert (status, kind) == (200, "image/webp")
    assert fetch(media, "/story-a/pictures/photo.jpg.65.webp")[0] == 404
    for path in (
        "/story-a/media/.env",
        "/story-a/media/_notes.md",
        "/story-a/media/sub/.hidden.jpg",
        "/story-a/.git/config",
        "/assets/.style.css.swp",
    ):
        status, _, body = fetch(media, path)
        assert status == 404 and "SECRET" not in body, path
    no_traceback(media)


def test_svg_is_served_as_the_build_publishes_it(project: Project) -> None:
    project.write(
        EVENT,
        "title: First event\ndate: 2020-01-01\nsummary: See ![a dot](media/dot.svg).\n",
    )
    project.write(
        "content/story-a/media/dot.svg",
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script>'
        '<circle r="1"/></svg>',
    )
    for server in start_server(project.root):
        status, kind, body = fetch(server, "/story-a/media/dot.svg")
        assert status == 200 and kind.startswith("image/svg+xml")
        assert "<circle" in body and "alert" not in body


def test_links_fifos_and_devices_in_media_are_never_read(
    media: Server, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Added while the preview runs (the build refuses them, so the last good build stays
    on show), and a published photo replaced by a FIFO: each answered at once with 404."""
    outside = tmp_path_factory.mktemp("outside")
    (outside / "secret.jpg").write_text("SECRET\n")
    os.symlink(outside, "content/story-a/media/linked")
    os.symlink("/dev/zero", "content/story-a/media/zero.jpg")
    os.mkfifo("content/story-a/media/pipe.jpg")
    os.replace("content/story-a/media/pipe.jpg", "content/story-a/media/photo.jpg")
    os.mkfifo("content/story-a/media/pipe.jpg")
    media.wait_for_line("changed:")
    for path in ("linked/secret.jpg", "zero.jpg", "pipe.jpg", "photo.jpg"):
        started = time.monotonic()
        status, _, body = fetch(media, f"/story-a/media/{path}", timeout=3)
        assert status == 404 and "SECRET" not in body, path
        assert time.monotonic() - started < 1, path
    assert fetch(media, "/assets/style.css")[0] == 200  # still answering
    assert media.process.poll() is None


@pytest.mark.parametrize(
    "path",
    [
        "/%00",
        "/story-a/%00/",
        "/story-a/media/photo.jpg%00.html",
        "/%zz",
        "/story-a/%",
        "/%ff%fe/",
        "/story-a/../assets/style.css",
        "/story-a/%2e%2e/%2e%2e/content/site.yaml",
        "/story-a/./",
        "/story-a\\events\\e1\\",
        "/story-a/%5C/",
        "/%0d%0aSet-Cookie:%20x=1",
        "/" + "a" * 5000,
    ],
)
def test_malformed_addresses_get_a_plain_400(served: Server, path: str) -> None:
    status, kind, body = fetch(served, path)
    assert status == 400
    assert kind.startswith("text/plain") and body.count("\n") == 1 and body.startswith("the address")
    assert fetch(served, "/story-a/")[0] == 200
    no_traceback(served)


def test_request_paths_are_decoded_strictly() -> None:
    assert request_path("/story-a/media/caf%C3%A9%201.jpg") == "/story-a/media/café 1.jpg"
    with pytest.raises(BadRequest, match="UTF-8"):
        request_path("/%C3")


# --- who is answered ----------------------------------------------------------------------


def test_only_the_servers_own_names_are_answered(served: Server) -> None:
    port = port_of(served)
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}", f"[::1]:{port}"):
        status, _, body = fetch(served, "/story-a/", host)
        assert status == 200 and "<h1>Story A</h1>" in body, host
    # DNS rebinding: the attacker's name resolves to 127.0.0.1, the browser sends it as Host.
    for host in (f"attacker.example:{port}", "attacker.example", f"localhost.:{port}", "127.0.0.1", ""):
        status, kind, body = fetch(served, "/story-a/", host)
        assert status == 421, host
        assert kind.startswith("text/plain") and "Story A" not in body
        assert body.count("\n") == 1 and "own address" in body
    assert fetch(served, "/livereload.js", f"attacker.example:{port}")[0] == 421
    no_traceback(served)


def test_every_interface_answers_every_name_and_says_so(project: Project) -> None:
    for server in start_server(project.root, host="0.0.0.0"):
        warning = [line for line in server.lines if "warning" in line]
        assert len(warning) == 1 and "anyone on your network can see the drafts" in warning[0]
        status, _, body = fetch(server, "/story-a/", "my-laptop.local:8000")
        assert status == 200 and "<h1>Story A</h1>" in body


def test_the_names_each_address_answers_to() -> None:
    assert allowed_hosts("127.0.0.1", 8000) == frozenset({"127.0.0.1:8000", "localhost:8000", "[::1]:8000"})
    assert allowed_hosts("localhost", 8000) == frozenset({"127.0.0.1:8000", "localhost:8000", "[::1]:8000"})
    assert allowed_hosts("::1", 8000) == frozenset({"127.0.0.1:8000", "localhost:8000", "[::1]:8000"})
    assert allowed_hosts("192.168.1.5", 8000) == frozenset({"192.168.1.5:8000"})
    assert allowed_hosts("fe80::1", 8000) == frozenset({"[fe80::1]:8000"})
    assert allowed_hosts("192.168.1.5", 80) == frozenset({"192.168.1.5:80", "192.168.1.5"})
    assert allowed_hosts("0.0.0.0", 8000) is None
    assert allowed_hosts("::", 8000) is None


def websocket(server: Server, origin: str | None, host: str | None = None) -> str:
    """The livereload handshake with ``Origin``: the server's 'hello' command, or the
    refusal's status."""
    port = port_of(server)
    headers = {"Host": host or f"127.0.0.1:{port}"}
    if origin is not None:
        headers["Origin"] = origin

    async def talk() -> str:
        request = HTTPRequest(f"ws://127.0.0.1:{port}/livereload", headers=headers, request_timeout=5)
        try:
            connection = await websocket_connect(request)
        except HTTPClientError as exc:
            return f"refused {exc.code}"
        await connection.write_message('{"command": "hello", "protocols": []}')
        reply = await asyncio.wait_for(connection.read_message(), timeout=5)
        connection.close()
        return str(reply)

    # In a thread of its own: the browser tests leave an event loop running in this one.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(talk())).result(timeout=15)


def test_the_reload_socket_is_for_the_previews_own_pages(served: Server) -> None:
    port = port_of(served)
    for origin in (None, f"http://127.0.0.1:{port}", f"http://localhost:{port}"):
        assert '"command": "hello"' in websocket(served, origin), origin
    for origin in ("http://attacker.example", f"http://attacker.example:{port}", "null", "file://"):
        assert websocket(served, origin) == "refused 403", origin
    assert websocket(served, None, host=f"attacker.example:{port}") == "refused 421"
    no_traceback(served)


PROTOCOL_6 = "http://livereload.com/protocols/official-6"
RELOAD = {"command": "reload", "path": "*", "liveCSS": True, "liveImg": True}


def in_own_loop(
    tmp_path: Path, talk: Callable[[int], Awaitable[None]], preview: Preview | None = None
) -> None:
    """Run ``talk(port)`` against the preview's application (of ``preview``, or of one never
    built) listening on a free port, in this process (its open pages can be looked at)
    and in a thread of its own (the browser tests leave an event loop running in this one)."""

    async def run() -> None:
        port = free_port()
        shown = preview or Preview(Builder(str(tmp_path), str(tmp_path)))
        server = application(shown, allowed_hosts("127.0.0.1", port)).listen(port, address="127.0.0.1")
        try:
            await talk(port)
        finally:
            server.stop()

    with ThreadPoolExecutor(1) as pool:
        pool.submit(lambda: asyncio.run(run())).result(timeout=30)


async def connect(port: int, origin: str | None = None) -> WebSocketClientConnection:
    headers = {"Host": f"127.0.0.1:{port}", "Origin": origin or f"http://127.0.0.1:{port}"}
    request = HTTPRequest(f"ws://127.0.0.1:{port}/livereload", headers=headers, request_timeout=5)
    return await websocket_connect(request)


async def said(connection: WebSocketClientConnection) -> Any:
    message = await asyncio.wait_for(connection.read_message(), timeout=5)
    assert isinstance(message, str), message
    return json.loads(message)


async def open_page(
    port: int, url: str = "http://127.0.0.1/", info: dict[str, Any] | None = None
) -> WebSocketClientConnection:
    """A socket that says what livereload.js says as it connects: 'hello', then 'info'
    (with ``info``: its plugins)."""
    connection = await connect(port)
    await connection.write_message(json.dumps({"command": "hello", "protocols": [PROTOCOL_6, PROTOCOL]}))
    assert (await said(connection))["command"] == "hello"
    said_info = {"command": "info", "plugins": {}, "url": url, **(info or {})}
    await connection.write_message(json.dumps(said_info))
    return connection


async def killable_page(port: int) -> asyncio.StreamWriter:
    """An open page on a bare connection (livereload.js's 'hello' and 'info', framed by
    hand), to be cut off without a goodbye, as a tab killed mid-reload: its ``transport``
    aborted resets the connection."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    key = base64.b64encode(os.urandom(16)).decode()
    writer.write(
        f"GET /livereload HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
        f"Origin: http://127.0.0.1:{port}\r\n\r\n".encode()
    )
    assert (await reader.readuntil(b"\r\n\r\n")).startswith(b"HTTP/1.1 101")
    before = len(OPEN_PAGES)
    for command in ({"command": "hello", "protocols": [PROTOCOL]}, {"command": "info", "url": "http://x/"}):
        data, mask = json.dumps(command).encode(), os.urandom(4)  # a client's frames are masked
        writer.write(
            bytes([0x81, 0x80 | len(data)]) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data))
        )
    await until(lambda: len(OPEN_PAGES) == before + 1)
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    return writer


async def until(condition: Callable[[], bool]) -> None:
    for _ in range(500):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("waited 5 s in vain")


def test_the_reload_socket_answers_hello_with_protocol_7_and_passes_over_what_it_does_not_know(
    tmp_path: Path,
) -> None:
    async def talk(port: int) -> None:
        connection = await connect(port)
        # Before its hello, nothing a socket says makes it an open page; nothing breaks it.
        # "[" * 50_000: nested past what Python's reader takes (a RecursionError, not a ValueError).
        for message in (
            "not json",
            "[1, 2]",
            '{"command": 7}',
            '{"command": "info", "url": "x"}',
            "[" * 50_000,
        ):
            await connection.write_message(message)
        await connection.write_message(b"\xff\xfe", binary=True)
        await connection.write_message(json.dumps({"command": "hello", "protocols": [PROTOCOL_6, PROTOCOL]}))
        assert await said(connection) == {
            "command": "hello",
            "protocols": [PROTOCOL],
            "serverName": "explainer",
        }
        await asyncio.sleep(0.1)
        assert not OPEN_PAGES  # greeted, but not yet said which page it is: not told to reload
        await connection.write_message(json.dumps({"command": "info", "plugins": {}, "url": "http://x/"}))
        await until(lambda: len(OPEN_PAGES) == 1)
        connection.close()
        await until(lambda: not OPEN_PAGES)

    in_own_loop(tmp_path, talk)


def test_a_socket_saying_more_than_livereload_js_ever_does_is_cut_off(tmp_path: Path) -> None:
    async def talk(port: int) -> None:
        connection = await connect(port)
        await connection.write_message(" " * (MAX_SOCKET_MESSAGE + 1))
        assert await asyncio.wait_for(connection.read_message(), timeout=5) is None  # closed
        other = await open_page(port)  # the others are as before
        await until(lambda: len(OPEN_PAGES) == 1)
        other.close()

    in_own_loop(tmp_path, talk)


def test_a_reload_reaches_every_open_page(tmp_path: Path) -> None:
    async def talk(port: int) -> None:
        pages = [await open_page(port, f"http://127.0.0.1:{port}/{n}/") for n in range(2)]
        await until(lambda: len(OPEN_PAGES) == 2)
        reload_pages("*")
        reload_pages("templates/assets/style.css")
        for page in pages:
            assert await said(page) == RELOAD
            assert (await said(page))["path"] == "templates/assets/style.css"
            page.close()
        await until(lambda: not OPEN_PAGES)

    in_own_loop(tmp_path, talk)


def test_a_page_is_given_in_place_the_panel_it_does_not_show(project: Project) -> None:
    # livereload.js's plugin in the page (``panel.PANEL_UPDATES``) says in its 'info' which
    # panel of check's warnings the page shows; it is given the preview's own when it
    # connects, and each new one (``serve._after_reload``), unless it shows it already.
    found = [Problem(Position(EVENT, 1, 8), "event 'e1' cites no source", Severity.WARNING)]
    shown, other = panel(found), panel([*found, *found])

    def says(fingerprint: str) -> dict[str, Any]:
        return {"plugins": {PLUGIN_ID: {"panel": fingerprint, "version": "1"}}}

    def given(message: Any, now: Any) -> bool:
        return bool(
            message["command"] == "reload"
            and message["path"] == PANEL_PATH
            and (message["panel"], message["style"], message["fingerprint"])
            == (now.body.decode(), now.style.decode(), now.fingerprint)
        )

    async def talk(port: int, preview: Preview) -> None:
        preview.panel = shown
        as_built = await open_page(port, info=says(shown.fingerprint))
        stale = await open_page(port, info=says(""))  # served before the warnings were found
        error_page = await open_page(port)  # no plugin: reloads, never given a panel
        await until(lambda: len(OPEN_PAGES) == 3)
        assert given(await said(stale), shown)
        preview.unfound = list  # a rebuild's warnings still to find: nothing given yet
        later = await open_page(port, info=says(""))
        await until(lambda: len(OPEN_PAGES) == 4)
        preview.unfound = None
        preview.panel = other
        show_panel(other)
        show_panel(other)  # once to each
        reload_pages("*")
        # A page told to reload is on its way out: a panel found meanwhile went to the old
        # page, whose text a test (or a reader) then saw just before the new page replaced
        # it. The page it becomes says its panel as it connects, and is given it then.
        show_panel(shown)
        reload_pages("*")
        for page in (as_built, stale, later):
            assert given(await said(page), other)
            assert await said(page) == RELOAD
            assert await said(page) == RELOAD  # not given the panel
        assert await said(error_page) == RELOAD
        assert await said(error_page) == RELOAD
        for page in (as_built, stale, later, error_page):
            page.close()
        await until(lambda: not OPEN_PAGES)

    built = Preview(Builder("content", TEMPLATES))
    assert built.rebuild()[0] is True
    in_own_loop(project.root, lambda port: talk(port, built), built)


def test_a_page_gone_is_dropped_quietly_and_the_others_are_still_told(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    async def talk(port: int) -> None:
        pages = [await open_page(port) for _ in range(2)]
        await until(lambda: len(OPEN_PAGES) == 2)
        # A page closing as the reload goes out: its socket is closing, not yet closed.
        closing = next(iter(OPEN_PAGES))
        closing.close()
        reload_pages("*")
        assert closing not in OPEN_PAGES  # dropped at once, not told
        heard = [await asyncio.wait_for(page.read_message(), timeout=5) for page in pages]
        assert sorted(map(str, heard)) == ["None", json.dumps(RELOAD)]  # closed; told
        staying = pages[heard.index(None) ^ 1]
        # A tab killed: its connection gone without a goodbye, the server not yet aware.
        (await killable_page(port)).transport.abort()
        reload_pages("*")
        assert await said(staying) == RELOAD
        await until(lambda: len(OPEN_PAGES) == 1)
        staying.close()
        await until(lambda: not OPEN_PAGES)

    with caplog.at_level(logging.WARNING):
        in_own_loop(tmp_path, talk)
        gc.collect()  # asyncio says a failed send nobody looked at once it is collected
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.records


def test_a_socket_from_another_origin_is_refused_and_never_told(tmp_path: Path) -> None:
    async def talk(port: int) -> None:
        for origin in ("http://attacker.example", f"http://attacker.example:{port}", "null"):
            with pytest.raises(HTTPClientError) as refused:
                await connect(port, origin)
            assert refused.value.code == 403, origin
        assert not OPEN_PAGES
        page = await open_page(port)  # the preview's own page still connects
        await until(lambda: len(OPEN_PAGES) == 1)
        page.close()
        await until(lambda: not OPEN_PAGES)

    in_own_loop(tmp_path, talk)


def test_livereload_js_is_served_as_the_livereload_package_ships_it(served: Server) -> None:
    status, kind, body = fetch(served, "/livereload.js")
    assert status == 200 and kind.startswith("text/javascript")
    assert body == LIVERELOAD_JS.read_text(encoding="utf-8")
    assert PROTOCOL in body  # the protocol our socket speaks


def test_every_html_page_loads_livereload_js_once(project: Project, served: Server) -> None:
    for path, status in (("/story-a/", 200), ("/story-a/events/nope/", 404)):
        code, body = served.get(path)
        assert code == status and body.count(LIVE_SCRIPT.decode()) == 1, path
    assert LIVE_SCRIPT.decode() not in served.get("/assets/style.css")[1]
    project.write(EVENT, "title: [unclosed\n")
    served.wait_for_line("1 error")
    code, body = served.get("/story-a/")
    assert code == 500 and body.count(LIVE_SCRIPT.decode()) == 1


def test_the_live_script_comes_last_in_the_head() -> None:
    page = b"<html><head><title>T</title></head><body></body></html>"
    added = with_live_script(keeping_place(with_catch_up(page, "run-1", 0)))
    assert added.index(b"LiveReloadConnect") < added.index(LIVE_SCRIPT) < added.index(b"</head>")
    assert added.endswith(LIVE_SCRIPT + b"</head><body></body></html>")
    assert with_live_script(b"<p>no head</p>") == b"<p>no head</p>"


# --- each part on its own -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("/" + "a" * 1024, "the address is too long"),
        ("story-a/", "the address must start with '/'"),
        ("/100%/", "the address has a '%' not followed by two hexadecimal digits"),
        ("/%e9t%e9/", "the address is not valid UTF-8"),
        ("/a%09b/", "the address has a control character in it"),
        ("/a%7Fb/", "the address has a control character in it"),
        ("/story-a%5cevents/", "the address has a backslash in it"),
        ("/story-a/%2E/", "the address has '.' or '..' in it"),
        ("/..", "the address has '.' or '..' in it"),
    ],
)
def test_each_malformed_address_is_refused_saying_why(raw: str, message: str) -> None:
    with pytest.raises(BadRequest) as refusal:
        request_path(raw)
    assert str(refusal.value) == message


def test_well_formed_addresses_are_decoded_as_they_are() -> None:
    assert request_path("/" + "a" * 1023) == "/" + "a" * 1023
    assert request_path("/story-a/events/e1/") == "/story-a/events/e1/"
    assert request_path("/a..b/.hidden/...") == "/a..b/.hidden/..."  # dots inside names are names
    assert request_path("/100%25/") == "/100%/"


def test_a_host_is_allowed_by_name_in_any_case_and_every_host_when_listening_everywhere() -> None:
    allowed = allowed_hosts("127.0.0.1", 8000)
    assert host_allowed("LocalHost:8000", allowed)
    assert not host_allowed("localhost:8001", allowed)
    assert not host_allowed("", allowed)
    assert host_allowed("anything.example:1", None)


def test_the_error_page_lists_every_problem_escaped() -> None:
    one = error_page(["content/a.yaml:1:1: <script>alert(1)</script> & more"]).decode()
    assert "<title>Build failed: 1 error</title>" in one and "Fix this problem and save" in one
    assert "<li><code>content/a.yaml:1:1: &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</code></li>" in one
    assert one.count("<script>") == 1 and FROM_THE_TOP.decode() in one  # its own only
    two = error_page(["a:1:1: x", "b:2:2: y"]).decode()
    assert "<title>Build failed: 2 errors</title>" in two and "Fix these 2 problems and save" in two
    assert two.index("a:1:1: x") < two.index("b:2:2: y")
    # A text that cannot be UTF-8 (a file name's stray byte) is shown escaped, not a 500.
    assert "<code>bad\\udcff.yaml:1:1: x</code>" in error_page(["bad\udcff.yaml:1:1: x"]).decode()


def test_the_error_page_lists_the_warnings_known_below_the_errors() -> None:
    page = error_page(["b:2:2: y"], ["a:1:1: warning: <x>", "c:3:3: warning: z"]).decode()
    assert "<title>Build failed: 1 error</title>" in page and "Fix this problem and save" in page
    errors, warnings = page.split('<ol id="warnings"')
    assert "<li><code>b:2:2: y</code></li>" in errors
    assert "<h2>2 warnings from <code>explainer check</code></h2>" in errors
    assert warnings.index("<li><code>a:1:1: warning: &lt;x&gt;</code></li>") < warnings.index("c:3:3")
    assert 'id="warnings"' not in error_page(["b:2:2: y"]).decode()


def test_the_error_page_lists_the_notes_known_below_the_warnings_uncounted() -> None:
    # The preview dropped check's notes; they are hints, said after the warnings, not
    # counted among the problems to fix.
    page = error_page(["b:2:2: y"], ["c:3:3: warning: z"], notes=["a:1:1: note: <n>"]).decode()
    assert "<title>Build failed: 1 error</title>" in page and "Fix this problem and save" in page
    warnings, notes = page.split('<section id="notes-said"')
    assert "c:3:3: warning: z" in warnings and "note" not in warnings.split('<ol id="warnings"')[1]
    assert "And 1 note from <code>explainer check</code>, hints of what to write, not problems" in notes
    assert "<li><code>a:1:1: note: &lt;n&gt;</code></li>" in notes
    assert "notes-said" not in error_page(["b:2:2: y"], ["c:3:3: warning: z"]).decode().split("</style>")[1]


def test_the_error_page_says_a_syntax_error_stopped_the_reading_of_its_file_after_the_errors() -> None:
    page = error_page(["a:1:1: YAML syntax error: x"], ["c:3:3: warning: z"], stopped_reading=True).decode()
    errors, note = page.split('<p id="read-no-further">')
    assert "a:1:1: YAML syntax error: x" in errors and "c:3:3: warning: z" in note
    assert note.startswith("YAML reads a file no further than its first syntax error: once you fix it")
    assert "read-no-further" not in error_page(["a:1:1: x"]).decode()


def exchange(server: Server, method: str, path: str) -> tuple[int, dict[str, str], str]:
    """(status, headers, body) of one request from the preview's own address."""
    connection = http.client.HTTPConnection("127.0.0.1", port_of(server), timeout=5)
    try:
        connection.request(method, path)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def test_each_file_is_sent_with_its_type_and_never_cached(served: Server) -> None:
    for path, kind in (
        ("/story-a/", "text/html; charset=utf-8"),
        ("/assets/style.css", "text/css; charset=utf-8"),
        ("/story-a/timeline.json", "application/json; charset=utf-8"),
        ("/story-a/story.json", "application/json; charset=utf-8"),
        ("/story-a/timeline.csv", "text/csv; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/story-a/events/nope/", "text/html; charset=utf-8"),
    ):
        status, headers, _ = exchange(served, "GET", path)
        assert (headers["Content-Type"], headers["Cache-Control"]) == (kind, "no-store"), (path, status)


def test_the_themes_backups_are_not_served_its_underscored_assets_are(project: Project) -> None:
    # As the build copies the theme's assets: hidden files and editors' backups left out.
    shutil.copytree(TEMPLATES, project.root / "templates")
    project.write("templates/assets/style.css~", "SECRET backup")
    project.write("templates/assets/#style.css#", "SECRET autosave")
    project.write("templates/assets/_print.css", "@media print {}")
    for served in start_server(project.root, "--templates", "templates"):
        for path in ("/assets/style.css~", "/assets/%23style.css%23"):
            status, body = served.get(path)
            assert status == 404 and "SECRET" not in body, path
        assert served.get("/assets/_print.css") == (200, "@media print {}")


def test_a_page_names_each_theme_asset_by_its_version_which_the_browser_may_keep(project: Project) -> None:
    # A reload then takes the stylesheet from the browser's cache; an asset changed on
    # disk has a new version, so the page served after the save names it anew.
    shutil.copytree(TEMPLATES, project.root / "templates")
    css = published((project.root / "templates/assets/style.css").read_bytes())  # as the build publishes it
    for served in start_server(project.root, "--templates", "templates"):
        _, body = served.get("/story-a/events/e1/")
        link = f'href="../../../assets/style.css?v={version_of(css)}"'
        assert link in body
        status, headers, served_css = exchange(served, "GET", f"/assets/style.css?v={version_of(css)}")
        assert (status, headers["Cache-Control"]) == (200, KEPT) and served_css == css.decode()
        for stale in (
            "/assets/style.css",
            "/assets/style.css?v=0123456789abcdef",
            "/assets/style.css?livereload=1",
        ):
            assert exchange(served, "GET", stale)[1]["Cache-Control"] == "no-store", stale
        changed = css + b"\nbody { color: red; }\n"
        project.write("templates/assets/style.css", (changed + b"/* edited */\n").decode())
        served.wait_for_line("changed:")
        _, body = served.get("/story-a/events/e1/")
        assert f'href="../../../assets/style.css?v={version_of(changed)}"' in body and link not in body
        status, headers, _ = exchange(served, "GET", f"/assets/style.css?v={version_of(css)}")
        assert (status, headers["Cache-Control"]) == (200, "no-store")  # the old version: not kept


def test_only_relative_links_to_existing_theme_assets_are_versioned() -> None:
    versions = {"style.css": "abc", "icons/a b.svg": "def"}
    page = (
        b'<link rel="stylesheet" href="../assets/style.css">'
        b'<img src="assets/icons/a b.svg" alt="">'
        b'<a href="https://example.org/assets/style.css">x</a>'
        b'<a href="../assets/missing.css">y</a>'
        b'<a href="../assets/style.css#top">z</a>'
        b"<p>assets/style.css</p>"
    )
    assert with_versioned_assets(page, versions.get) == (
        b'<link rel="stylesheet" href="../assets/style.css?v=abc">'
        b'<img src="assets/icons/a b.svg?v=def" alt="">'
        b'<a href="https://example.org/assets/style.css">x</a>'
        b'<a href="../assets/missing.css">y</a>'
        b'<a href="../assets/style.css#top">z</a>'
        b"<p>assets/style.css</p>"
    )


def test_head_is_answered_as_get_without_the_body(served: Server) -> None:
    # Link checkers ask HEAD; a server is to answer it as it answers GET (RFC 9110).
    status, headers, body = exchange(served, "HEAD", "/story-a/")
    assert (status, body) == (200, "") and headers["Content-Type"].startswith("text/html")
    assert exchange(served, "HEAD", "/story-a/events/nope/")[0] == 404
    no_traceback(served)


def test_other_methods_get_one_line_of_text(served: Server) -> None:
    for method in ("POST", "PUT", "DELETE"):
        status, headers, body = exchange(served, method, "/story-a/")
        assert (status, body) == (405, "405 Method Not Allowed\n"), method
        assert headers["Content-Type"] == "text/plain; charset=utf-8"
    no_traceback(served)


def test_while_the_content_is_broken_pages_show_the_problems_and_assets_still_load(
    project: Project, served: Server
) -> None:
    project.write(EVENT, "title: [broken\n")
    served.wait_for_line("changed:")
    status, headers, body = exchange(served, "GET", "/story-a/events/e1/")
    assert status == 500 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert f"<li><code>{EVENT}:1:8: YAML syntax error: this &#x27;[&#x27; list is never closed" in body
    # As check says after it: a mistake further on in the file is not listed yet.
    assert (
        '<p id="read-no-further">YAML reads a file no further than its first syntax error: once you fix '
        "it and save, any mistake after it in the same file is listed here.</p>" in body
    )
    assert exchange(served, "GET", "/assets/style.css")[0] == 200


def test_while_the_content_is_broken_pages_show_the_warnings_known_too(
    project: Project, served: Server
) -> None:
    """The editor fixes the errors knowing of the warnings already (as check prints both)."""
    project.write("content/story-a/locations/loc-a.yaml", "name: Place A\n")
    served.wait_for_line("1 warning (shown in the page)")
    project.write(EVENT, "title: [broken\n")
    served.wait_for_line("1 error, 1 warning in")
    status, _, body = exchange(served, "GET", "/story-a/events/e1/")
    assert status == 500
    errors, warnings = body.split('<ol id="warnings"')
    assert f"<li><code>{EVENT}:1:8: YAML syntax error: this &#x27;[&#x27; list is never closed" in errors
    assert (
        "<li><code>content/story-a/locations/loc-a.yaml:1:7: warning: location &#x27;loc-a&#x27; has no "
        "coordinates, so it cannot be mapped" in warnings
    )
    assert (
        "  content/story-a/locations/loc-a.yaml:1:7: warning: location 'loc-a' has no coordinates"
        in "\n".join(served.lines)
    )


def test_listening_everywhere_the_reload_socket_takes_only_the_page_it_serves(project: Project) -> None:
    for server in start_server(project.root, host="0.0.0.0"):
        host = "my-laptop.local:8000"
        assert '"command": "hello"' in websocket(server, f"http://{host}", host=host)
        assert websocket(server, "http://attacker.example:8000", host=host) == "refused 403"


def test_an_address_like_a_pages_is_found_from_the_404_page(project: Project, served: Server) -> None:
    # A mistyped address (or one of a page gone when others came: see the test above)
    # finds "Page not found", and the preview points at the pages with addresses like it.
    events = project.root / "content/story-a/events"
    (events / "e1.yaml").rename(events / "e1-bridge.yaml")
    served.wait_for_line("changed:")
    status, body = served.get("/story-a/events/e1-brige/")
    assert status == 404 and "Page not found" in body
    assert '<aside class="preview-nearby" aria-label="Pages like this address">' in body
    assert '<li><a href="/story-a/events/e1-bridge/">story-a/events/e1-bridge</a></li>' in body
    status, body = served.get("/nothing/like/it/")
    assert status == 404 and "preview-nearby" not in body  # nothing near: nothing said


def test_each_page_says_which_reload_it_shows_and_the_header_what_the_latest_is(
    project: Project, served: Server
) -> None:
    page = with_catch_up(b"<html><head><title>t</title></HEAD><body>b</body></html>", "a1b2-7", 3)
    assert page.startswith(b"<html><head><title>t</title><script>")
    assert b"now!=='a1b2-7')location.reload()" in page
    assert page.endswith(b"</script></HEAD><body>b</body></html>")
    assert b"X-Preview-Restyled')!=='3')" in page
    assert with_catch_up(b"<p>no head</p>", "a1b2-7", 3) == b"<p>no head</p>"
    with urllib.request.urlopen(served.base + "/story-a/index.html", timeout=5) as response:
        shown, restyled, body = (
            response.headers["X-Preview-Shown"],
            response.headers["X-Preview-Restyled"],
            response.read(),
        )
    run = shown.removesuffix("-0")  # this preview's own name, then no save built yet
    assert re.fullmatch(r"[0-9a-f]{8}", run) and restyled == "0"
    assert f"now!=='{run}-0')location.reload()".encode() in body and b"Restyled')!=='0')" in body
    project.write(EVENT, event_text("Saved once"))
    served.wait_for_line("changed:")
    with urllib.request.urlopen(served.base + "/story-a/index.html", timeout=5) as response:
        assert response.headers["X-Preview-Shown"] == f"{run}-1"
        assert f"now!=='{run}-1')location.reload()".encode() in response.read()
    # A page not there yet (a new event's, opened as it is saved) catches up too.
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(served.base + "/story-a/events/e9/", timeout=5)
    assert missing.value.code == 404 and missing.value.headers["X-Preview-Shown"] == f"{run}-1"
    assert f"now!=='{run}-1')location.reload()".encode() in missing.value.read()


def test_a_page_of_a_preview_stopped_and_started_again_catches_up_with_the_new_one() -> None:
    # Both have told their pages nothing yet: the counts alone are equal, so a page still
    # open from the first would not reload into the second's build (after a 'git pull').
    first, then = Preview(Builder("content", TEMPLATES)), Preview(Builder("content", TEMPLATES))
    assert first.shown == then.shown == 0
    assert first.shown_mark != then.shown_mark


def test_a_story_folder_made_empty_leaves_the_other_stories_on_show(project: Project, served: Server) -> None:
    """'mkdir content/story-b' before any file: the editor starting a story keeps the
    preview of the others, and hears the folder is left out until it has a story.yaml."""
    (project.root / "content/story-b/events").mkdir(parents=True)
    served.wait_for_line("1 warning (shown in the page)")
    status, _, body = exchange(served, "GET", "/story-a/events/e1/")
    assert status == 200
    assert "content/story-b:1:1: warning: this story folder has nothing to read yet" in html.unescape(body)
    # A file in it makes it a story again: one without its story.yaml is an error.
    project.write("content/story-b/events/e.yaml", "title: x\ndate: 2010\nsummary: s\n")
    served.wait_for_line("1 error")
    assert exchange(served, "GET", "/story-a/events/e1/")[0] == 500
    no_traceback(served)


# --- in Chromium ------------------------------------------------------------------------


def test_a_page_keeps_its_place_through_a_mistake_and_its_fix(
    project: Project, served: Server, browser: Any
) -> None:
    """The error page is shorter than the page it stands in for: the browser kept the
    place it could scroll to there, and the page came back near the top after the fix.
    The fix brings a warning, whose panel comes above the page: what the reader looked at
    stays where it was."""
    page = open_in_browser(
        browser, served.base + "/story-a/index.html", viewport={"width": 400, "height": 300}
    )
    assert page.locator(f"#{PANEL_ID}").count() == 0
    tallest = page.evaluate("document.documentElement.scrollHeight - innerHeight")
    assert tallest > 400, tallest  # room for the error page to be shorter
    page.evaluate(f"scrollTo(0, {tallest - 10})")
    seen = page.evaluate(SEEN)

    project.write(EVENT, "title: [unclosed\n")
    wait_for_text(page, "could not be rebuilt")
    # The errors are seen first: the error page scrolls to its top once loaded (its text
    # may be on show a moment before, on a busy machine).
    page.wait_for_function("document.readyState === 'complete' && scrollY === 0", timeout=5_000)

    project.write(EVENT, event_text("Fixed"))  # its source forgotten: a warning
    # The page, then its panel: in the page as served, or given in place once the fix's
    # warnings are found (the page served before that shows none).
    page.wait_for_function(
        f"document.readyState === 'complete' && document.getElementById('{PANEL_ID}') "
        "&& document.body.innerText.includes('Fixed')",
        timeout=10_000,
    )
    assert "cites no source" in page.locator(f"#{PANEL_ID}").inner_text()
    panel_height = page.evaluate(f"document.getElementById('{PANEL_ID}').offsetHeight")
    assert panel_height > 0
    assert page.evaluate("scrollY") == tallest - 10 + panel_height
    assert abs(page.evaluate(SEEN) - seen) < 1  # (the panel's height in pixels, its fraction left out)
    close_preview_page(page)


def test_the_error_page_asks_for_nothing_the_preview_has_not(
    project: Project, served: Server, browser: Any
) -> None:
    """The error page named no icon: the browser asked for /favicon.ico, and each mistake
    put a 404 in the console of an editor looking there for what went wrong."""
    page = browser.new_page()
    said: list[str] = []
    page.on("console", lambda message: said.append(message.text))
    page.goto(served.base + "/story-a/index.html")
    page.wait_for_function("window.LiveReload && window.LiveReload.connector.protocol", timeout=10_000)
    time.sleep(0.2)  # the server registers the page once it has sent its 'info'
    project.write(EVENT, "title: [unclosed\n")
    wait_for_text(page, "could not be rebuilt")
    page.wait_for_load_state("load")
    time.sleep(0.5)  # the browser asks for the icon after the page has loaded
    assert not [text for text in said if "404" in text], said
    close_preview_page(page)


def test_what_waits_for_an_answered_page_runs_once_the_first_is_answered(project: Project) -> None:
    # The server finds a save's warnings once the open page has been answered again
    # (``serve._rebuild_after``): the answer does not wait for them.
    ran: list[int] = []

    async def run() -> None:
        port = free_port()
        preview = Preview(Builder("content", TEMPLATES))
        assert preview.rebuild()[0] is True
        preview.after_shown = lambda: ran.append(len(ran))
        server = application(preview, allowed_hosts("127.0.0.1", port)).listen(port, address="127.0.0.1")
        try:
            client = AsyncHTTPClient()
            for _ in range(2):
                response = await client.fetch(f"http://127.0.0.1:{port}/story-a/")
                assert response.code == 200 and b"<h1>Story A</h1>" in response.body
                await asyncio.sleep(0.05)  # the loop's next turns
        finally:
            server.stop()

    with ThreadPoolExecutor(1) as pool:
        pool.submit(lambda: asyncio.run(run())).result(timeout=30)
    assert ran == [0]  # once, the first page answered
