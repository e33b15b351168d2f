"""A real HTTPS server on this machine, for the tests of picture downloads.

A throwaway certificate authority and a certificate for 127.0.0.1 signed by it are made
with the ``openssl`` command (Debian's ``openssl``, which ``.ci/run`` installs where it
is missing), once a test session. The server is ``http.server`` in a thread, its socket
wrapped by ``ssl``; each test says what each path answers (``Answer``) and reads which
paths were asked for and how many bytes went out. Clients trust it through
``SSL_CERT_FILE`` (OpenSSL's default verify paths read it: ``ssl.get_default_verify_paths``)
or through ``context``.

``local_only`` keeps a test off the network: any other host than this machine cannot be
looked up, so a timeline naming pictures at real sites never reaches them.
"""

from __future__ import annotations

import http.server
import os
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from generator.importers import fetch

LOCAL = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True)
class Answer:
    """What the server answers for one path."""

    body: bytes = b""
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    length: bool = True
    """Whether to send Content-Length (without it, the body ends when the connection does)."""
    delay: float = 0.0
    """Seconds to wait after the headers, before the body."""
    repeat: int = 1
    """How many times to send ``body`` (a large answer without holding it in memory)."""
    pause: float = 0.0
    """Seconds to wait before each repeat of ``body`` (a server sending a little at a time)."""


@dataclass
class Server:
    url: str
    """``https://127.0.0.1:<port>``."""
    cafile: str
    context: ssl.SSLContext
    """A client context that trusts the server (and nothing else)."""
    answers: dict[str, Answer] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)
    sent: dict[str, int] = field(default_factory=dict)
    """The bytes of body written for each path, as far as the client took them."""

    @property
    def host(self) -> str:
        return self.url.removeprefix("https://")


def certificates(folder: Path) -> tuple[Path, Path, Path]:
    """(the authority's certificate, the server's certificate, its key), made in ``folder``."""
    if shutil.which("openssl") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("openssl is not installed; .ci/run must install Debian's openssl")
        pytest.skip("openssl is not installed (apt-get install openssl)")
    ca_key, ca, key, request, cert = (
        folder / n for n in ("ca.key", "ca.pem", "server.key", "server.csr", "server.pem")
    )
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run = ["openssl", "req", *ec, "-days", "2"]
    subprocess.run(
        [*run, "-x509", "-keyout", ca_key, "-out", ca, "-subj", "/CN=explainer test authority",
         "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
        check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(
        [*run, "-keyout", key, "-out", request, "-subj", "/CN=127.0.0.1"], check=True, capture_output=True
    )
    extensions = folder / "server.ext"
    extensions.write_text(
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=critical,CA:FALSE\n"
        "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
        "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid,issuer\n"
    )
    subprocess.run(
        ["openssl", "x509", "-req", "-in", request, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial",
         "-days", "2", "-out", cert, "-extfile", extensions],
        check=True, capture_output=True,
    )  # fmt: skip
    return ca, cert, key


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _HTTPSServer

    def do_GET(self) -> None:
        state = self.server.state
        state.asked.append(self.path)
        answer = state.answers.get(self.path, Answer(b"not here", 404))
        try:
            self.send_response(answer.status)
            for name, value in answer.headers:
                self.send_header(name, value)
            if answer.length:
                self.send_header("Content-Length", str(len(answer.body) * answer.repeat))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.flush()
            end = time.monotonic() + answer.delay
            while time.monotonic() < end:
                time.sleep(0.02)
            for _ in range(answer.repeat):
                time.sleep(answer.pause)
                self.wfile.write(answer.body)
                state.sent[self.path] = state.sent.get(self.path, 0) + len(answer.body)
        except OSError:
            pass  # the client stopped reading: what a test may expect

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _HTTPSServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    state: Server

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up (a download stopped at its limit)


@pytest.fixture(scope="session")
def https_certificates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    return certificates(tmp_path_factory.mktemp("certificates"))


@pytest.fixture
def https_server(
    https_certificates: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Server]:
    """A server at https://127.0.0.1:<port>, trusted through ``SSL_CERT_FILE`` (and the
    returned ``context``), with no proxy in the way."""
    ca, cert, key = https_certificates
    served = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    served.load_cert_chain(cert, key)
    httpd = _HTTPSServer(("127.0.0.1", 0), _Handler)
    httpd.socket = served.wrap_socket(httpd.socket, server_side=True)
    client = ssl.create_default_context(cafile=str(ca))
    httpd.state = Server(f"https://127.0.0.1:{httpd.server_address[1]}", str(ca), client)
    for name in ("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.setattr(fetch, "ASK_LOCAL", True)  # the server is on this computer, which imports never ask
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield httpd.state
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def local_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """No host but this machine can be looked up (nor reached) while the test runs."""
    real = socket.getaddrinfo

    def only_here(host: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(host, str):
            host.encode("idna")  # as the real one does first: UnicodeError for 'a..b' or a label of 64
        if host not in LOCAL:
            raise socket.gaierror(socket.EAI_NONAME, f"tests do not reach the network ({host})")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", only_here)
