"""The live preview is private and cannot be frozen: real requests against a real server.

Each test starts ``explainer serve`` in a project in tmp_path (``start_server``) and talks
to it over HTTP and WebSocket as a browser, or a hostile page in one, would.
"""

from __future__ import annotations

import asyncio
import http.client
import os
import shutil
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from tornado.httpclient import HTTPClientError, HTTPRequest
from tornado.websocket import websocket_connect

from generator.content import files
from generator.preview.http import BadRequest, allowed_hosts, request_path
from tests.commands.test_serve import EVENT, Server, _event, start_server, watching
from tests.conftest import TEMPLATES, Project


@pytest.fixture
def served(project: Project) -> Iterator[Server]:
    yield from start_server(project.root)


def port_of(server: Server) -> int:
    return int(server.base.rsplit(":", 1)[1])


def fetch(server: Server, path: str, host: str | None = None, timeout: float = 5) -> tuple[int, str, str]:
    """(status, content type, body) of GET ``path`` sent exactly as given, with ``Host``."""
    connection = http.client.HTTPConnection("127.0.0.1", port_of(server), timeout=timeout)
    try:
        connection.putrequest("GET", path, skip_host=True, skip_accept_encoding=True)
        connection.putheader("Host", host if host is not None else f"127.0.0.1:{port_of(server)}")
        connection.endheaders()
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        return response.status, response.getheader("Content-Type") or "", body
    finally:
        connection.close()


def no_traceback(server: Server) -> None:
    time.sleep(0.1)  # let the output of the last request arrive
    assert not any("Traceback" in line or "Error" in line for line in server.lines), server.lines


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


# --- what is served -----------------------------------------------------------------------


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00" + bytes(32)
PHOTO_EVENT = _event("With a photo") + "image:\n  src: media/photo.jpg\n  alt: A photo\n  credit: Someone\n"


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
    assert fetch(media, "/story-a/media/photo.jpg")[:3:2] == (200, JPEG.decode("utf-8", "replace"))
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


# --- never frozen -------------------------------------------------------------------------


def test_a_file_that_never_stops_changing_does_not_hold_back_the_rebuilds(
    project: Project, served: Server
) -> None:
    stop = threading.Event()

    def touch() -> None:
        deadline = time.monotonic() + 3
        while not stop.is_set() and time.monotonic() < deadline:
            os.utime("content/story-a/figures/fig-a.yaml")
            time.sleep(0.01)

    toucher = threading.Thread(target=touch, daemon=True)
    toucher.start()
    try:
        time.sleep(0.5)
        project.write(EVENT, _event("Edited while busy"))
        saved = time.monotonic()
        while "Edited while busy" not in served.get("/story-a/events/e1/")[1]:
            assert time.monotonic() - saved < 1.5, served.lines
            time.sleep(0.02)
    finally:
        stop.set()
        toucher.join()


def test_a_burst_that_does_not_settle_is_built_within_debounce(project: Project) -> None:
    # A new file every 10 ms (a tool writing file after file): each settle window sees
    # paths it had not seen, so the burst never settles; debounce still lets it through.
    with watching({"content": files.is_ignored}, debounce_ms=200) as w:
        started = time.monotonic()
        i = 0
        while time.monotonic() - started < 1.2:
            project.write(f"content/story-a/events/n{i}.yaml", "title: N\ndate: 2020\nsummary: s\n")
            i += 1
            time.sleep(0.01)
        ended = time.monotonic()
        w.settle()
    during = [t for t in w.arrived if t < ended]
    gaps = [b - a for a, b in zip([started, *during], during, strict=False)]
    assert len(during) >= 3 and max(gaps) < 0.45, gaps
    assert {p for batch in w.batches for p in batch} == {
        f"content/story-a/events/n{n}.yaml" for n in range(i)
    }


ENDLESS = {
    "loop": "{% for i in range(10**12) %}{% endfor %}",
    "recursive macro": (
        "{% macro twice(n) %}{% if n %}{{ twice(n - 1) }}{{ twice(n - 1) }}{% endif %}{% endmacro %}"
        "{{ twice(60) }}"
    ),
}


def test_a_macro_calling_itself_is_reported_with_its_template(project: Project) -> None:
    shutil.copytree(TEMPLATES, "templates")
    story = Path("templates/story.html")
    good = story.read_text()
    for server in start_server(project.root, "--templates", "templates"):
        endless = "{% macro again() %}{{ again() }}{% endmacro %}{{ again() }}"
        story.write_text(good.replace("{% block head %}", "{% block head %}" + endless, 1))
        server.wait_for_line("changed:", timeout=5)
        assert any(
            "templates/story.html:" in line and "calls itself without end" in line for line in server.lines
        )
        assert not any("Traceback" in line for line in server.lines), server.lines


@pytest.mark.parametrize("kind", sorted(ENDLESS))
def test_an_endless_template_is_stopped_and_the_next_save_starts_afresh(project: Project, kind: str) -> None:
    shutil.copytree(TEMPLATES, "templates")
    story = Path("templates/story.html")
    good = story.read_text()
    for server in start_server(project.root, "--templates", "templates", "--time-limit", "1"):
        story.write_text(good.replace("{% block head %}", "{% block head %}" + ENDLESS[kind], 1))
        server.wait_for_line("changed:", timeout=5)
        report = next(line for line in server.lines if "changed:" in line)
        assert "1 error" in report, server.lines
        stopped = [line for line in server.lines if "stopped after 1 s" in line]
        assert len(stopped) == 1 and stopped[0].strip().startswith("templates/story.html:"), server.lines
        status, body = server.get("/story-a/")
        assert status == 500 and "templates/story.html:" in body and "stopped after 1 s" in body
        assert server.get("/assets/style.css")[0] == 200  # the server answers meanwhile

        story.write_text(good)
        server.wait_for_line("changed:", count=2, timeout=5)
        status, body = server.get("/story-a/")
        assert status == 200 and "<h1>Story A</h1>" in body, server.lines
        assert not any("Traceback" in line for line in server.lines), server.lines
