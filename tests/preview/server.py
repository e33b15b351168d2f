"""Helpers shared by the preview's tests and the ``serve`` command's: a project's event
file, and ``explainer serve`` run for real on a free port and talked to over HTTP."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import urlopen

from tests.conftest import REPO, TEMPLATES

EVENT = "content/story-a/events/e1.yaml"


def event_text(title: str) -> str:
    """An event file for ``EVENT`` (the fixture project's one event) titled ``title``."""
    return f"title: {title}\ndate: 2020-01-01\nsummary: Something.\nfigures: [fig-a]\nlocations: [loc-a]\n"


SEEN = "document.getElementById('main').getBoundingClientRect().top"
"""Where the reader of a page in the browser sees its content: the top of its ``main``,
from the top of the window."""


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
        server.wait_for_line("serving http://", timeout=30)  # a first build, on a loaded machine too
        yield server
    finally:
        process.terminate()
        process.wait(timeout=10)


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
