"""Pictures at ``https://`` addresses, downloaded by ``import timelinejs`` into the story.

A timeline's pictures live on the site it was made for; a story that kept their
addresses would have every reader's browser fetch them from there (a request to another
site, a picture lost when that site goes, and none of the resizing and metadata
stripping a picture in ``media/`` gets). The import brings each one home, once, at
import time: the build never reaches the network.

The timeline may come from anywhere, so its addresses are not trusted:

- only ``https://`` addresses of public sites: not one on this computer or a private
  network (``127.0.0.1``, ``192.168.x.x``, ``intranet.local`` that resolves to one), which a
  timeline made to be published has no reason to name and a hostile one could use to make
  the editor's computer ask its own network for something. The connection is made to an
  address checked as it is made (``_CheckedConnection``): a name that answers a public
  address to the check and this computer's to the request (DNS rebinding) gets nowhere;
- the system's certificates (OpenSSL's default places, which
  ``SSL_CERT_FILE`` and ``SSL_CERT_DIR`` change); a redirect is followed only to another
  ``https://`` address, at most ``MAX_REDIRECTS`` times;
- a time limit for each picture and one for all of them, so a slow or silent server
  cannot hold the import for long;
- at most ``limit`` bytes read (the site's media size limit, as ``check`` counts it):
  a larger answer is dropped as soon as it passes it, before the rest arrives;
- the file written whole or not at all, in a folder the caller gives (the import's
  staging folder), under a name of ours, never one taken from the address.

What the file holds (whether it is a picture the build publishes) is for the caller to
decide, by the build's own check.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import os
import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import IO, Any, NoReturn
from urllib.parse import urlsplit

from generator.content import files
from generator.content.addresses import BAD_HOST
from generator.content.addresses import fault as address_fault

PICTURE_SECONDS = 60.0
"""The longest one picture may take to arrive: room for a camera's full-size photo on
an ordinary connection."""
TOTAL_SECONDS = 600.0
"""The longest all of a timeline's pictures may take; those not fetched by then keep
their addresses."""
MAX_REDIRECTS = 5
"""How many times an address may lead on to another (a CDN's one or two, with room)."""
ASK_LOCAL = False
"""Whether addresses on this computer or a private network may be asked (the tests' own
HTTPS server is on 127.0.0.1; an import never asks them)."""
CHUNK = 64 * 1024
USER_AGENT = "explainer-import (TimelineJS import; one request per picture)"
"""How the import introduces itself: some picture sites (Wikimedia's among them) turn
away requests that do not say what they are."""


class NotFetched(Exception):
    """A picture that could not be downloaded; the message says why, for an editor.
    ``not_public``: because its address is on this computer or a private network."""

    def __init__(self, message: str, *, not_public: bool = False) -> None:
        super().__init__(message)
        self.not_public = not_public


@dataclass(frozen=True)
class Downloaded:
    path: str
    """The file written, in the fetcher's folder."""
    data: bytes
    filename: str | None = None
    """The file's name as the server gave it (``Content-Disposition``), if it did."""


@dataclass
class Fetcher:
    """Downloads pictures into ``folder`` (made when the first one arrives), one file
    each, named ``1.jpg``, ``2.png``... by the order they came in."""

    folder: str
    context: ssl.SSLContext | None = None
    """How servers are trusted; None: the system's certificates."""
    picture_seconds: float = PICTURE_SECONDS
    total_seconds: float = TOTAL_SECONDS
    clock: Callable[[], float] = time.monotonic
    started: float | None = field(default=None, init=False)
    """When the first picture was asked for: the time for all of them counts from then."""
    count: int = field(default=0, init=False)
    kind: str = "picture"
    """What is downloaded, as the editor is told of it ('timeline' for ``remote.py``'s download)."""
    not_public: str = "save the picture into media/ yourself if it is yours to publish"
    """What the editor is told to do with a file at an address on this computer or a
    private network, which is not asked."""

    def download(self, url: str, extension: str, limit: int, limited: str = "a media file") -> Downloaded:
        """The picture at the ``https://`` address ``url``, at most ``limit`` bytes (the
        size ``limited`` may be, as the editor is told when it is over), written whole as a
        file ending in ``extension``; NotFetched when it cannot be."""
        now = self.clock()
        if self.started is None:
            self.started = now
        left = self.started + self.total_seconds - now
        if left <= 0:
            raise NotFetched(self._ran_out())
        if urlsplit(url).scheme != "https":
            raise NotFetched("only https:// addresses are downloaded")
        if not urlsplit(url).netloc.isascii():  # what no browser could look up (the caller's IDNA failed)
            raise NotFetched(f"could not reach {host_named(url)} (no site can have that name)")
        if (local := _local(url)) is not None:
            raise NotFetched(f"{local}; {self.not_public}", not_public=True)
        if left < self.picture_seconds:
            deadline, late = self.started + self.total_seconds, self._ran_out()
        else:
            deadline, late = now + self.picture_seconds, f"it took more than {_seconds(self.picture_seconds)}"
        try:
            data, filename = _get(url, limit, limited, self.kind, deadline, late, self.context, self.clock)
        except NotFetched as exc:
            if exc.not_public:  # a redirect to such an address, or a name that answered one
                raise NotFetched(f"{exc}; {self.not_public}", not_public=True) from None
            raise
        self.count += 1
        os.makedirs(self.folder, exist_ok=True)
        path = os.path.join(self.folder, f"{self.count}{extension}")
        partial = f"{path}.part"
        try:
            with open(partial, "xb") as f:
                f.write(data)
            os.replace(partial, path)  # whole or not at all
        finally:
            if os.path.lexists(partial):
                os.remove(partial)
        return Downloaded(path, data, filename)

    def _ran_out(self) -> str:
        return f"the import's {_seconds(self.total_seconds)} for downloading pictures ran out"


def _get(
    url: str,
    limit: int,
    limited: str,
    kind: str,
    deadline: float,
    late: str,
    context: ssl.SSLContext | None,
    clock: Callable[[], float],
) -> tuple[bytes, str | None]:
    """The body of the answer to ``url``, and the file name the server gave it; NotFetched,
    in plain words, when there is none to keep by ``deadline`` (``late`` says so), or it is
    over ``limit`` bytes, the most ``limited`` may be (``kind``: what it is, as said)."""
    host = host_named(url)
    limit_said = f"the {files.describe_size(limit)} {limited} may be"
    cut_short = f"the connection to {host} ended before the whole {kind} arrived"
    # No wait for the network (connecting, one read) is longer than the time left when the
    # request is made, and the deadline is checked between reads: a server sending a byte
    # at a time is stopped too. (Looking the host's name up is the system's, unbounded.)
    try:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        with _opener(context).open(request, timeout=max(0.001, deadline - clock())) as response:
            size = response.headers.get("Content-Length", "")
            # isdecimal, not isdigit: a hostile server's 'Content-Length: ²' is no int.
            if size.strip().isdecimal() and int(size) > limit:
                raise NotFetched(f"it is {files.describe_size(int(size))}, over {limit_said}")
            body = bytearray()
            while chunk := response.read1(CHUNK):
                body += chunk
                if len(body) > limit:
                    raise NotFetched(f"it is larger than {limit_said}")
                if clock() > deadline:
                    raise NotFetched(late)
            if size.strip().isdecimal() and len(body) < int(size):
                raise NotFetched(cut_short)
            return bytes(body), response.headers.get_filename()
    except NotFetched:
        raise
    except _Refused as exc:
        raise NotFetched(str(exc), not_public=exc.not_public) from None
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:  # a redirect without a new address
            raise NotFetched(f"{host} answered {exc.code} {exc.reason}, and no address to go on to") from None
        raise NotFetched(f"{host} answered {exc.code} {exc.reason}".rstrip()) from None
    except TimeoutError:
        raise NotFetched(late) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise NotFetched(late) from None
        if isinstance(reason, ssl.SSLCertVerificationError):
            said = reason.verify_message or "its certificate is not trusted"
            raise NotFetched(f"{host} could not prove it is {host} ({said})") from None
        raise NotFetched(f"could not reach {host} ({_reason(reason)})") from None
    except UnicodeError:  # looking the name up: a part of it empty ('a..b') or over 63 letters
        raise NotFetched(f"could not reach {host} (no site can have that name)") from None
    except http.client.IncompleteRead:  # a chunked answer cut short
        raise NotFetched(cut_short) from None
    except (OSError, http.client.HTTPException) as exc:
        raise NotFetched(f"the connection to {host} failed ({_reason(exc)})") from None


def host_named(url: str) -> str:
    """The host of ``url`` as an editor would write it: a name sent in its IDNA form
    ('xn--bcher-kva.de') in its own letters ('bücher.de'), as the timeline had it."""
    return _named(urlsplit(url).hostname or url)


def _named(host: str) -> str:
    """``host`` as ``host_named`` gives it."""
    labels = host.split(".")
    for i, label in enumerate(labels):
        if label.startswith("xn--"):
            with contextlib.suppress(UnicodeError):  # not Punycode after all: shown as it is
                labels[i] = label[len("xn--") :].encode("ascii").decode("punycode")
    return ".".join(labels)


def _seconds(seconds: float) -> str:
    """A time limit as an editor reads it: '60 seconds', '10 minutes', '0.5 seconds'."""
    if seconds >= 120 and seconds % 60 == 0:
        return f"{seconds / 60:g} minutes"
    return f"{seconds:g} seconds" if seconds != 1 else "1 second"


def _reason(exc: object) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


class _Refused(Exception):
    """An address the fetch will not follow (a redirect away from https://); ``not_public``:
    one on this computer or a private network."""

    def __init__(self, message: str, *, not_public: bool = False) -> None:
        super().__init__(message)
        self.not_public = not_public


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Redirects followed to ``https://`` addresses only, at most ``MAX_REDIRECTS``."""

    max_repeats = max_redirections = MAX_REDIRECTS + 1  # ours say it first, in plain words

    def __init__(self) -> None:
        self.followed = 0

    def http_error_302(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
    ) -> IO[bytes] | None:
        # The server's own address, which urllib reads before redirect_request is asked:
        # a '[' not around an IPv6 address raised ValueError there (a traceback), and a
        # port that is no number, in _local.
        location = headers.get("location", headers.get("uri"))  # urllib's order
        if location is not None and address_fault(location) == BAD_HOST:
            fp.close()
            _refuse(
                f"its address leads on to '{_shortened(location)}', which is no address a browser can read"
            )
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme != "https":
            fp.close()
            _refuse(f"its address leads on to '{_shortened(newurl)}', which is not https://")
        if (local := _local(newurl)) is not None:
            fp.close()
            _refuse(local, not_public=True)
        self.followed += 1
        if self.followed > MAX_REDIRECTS:
            fp.close()
            _refuse(f"its address leads on more than {MAX_REDIRECTS} times")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _local(url: str) -> str | None:
    """Why ``url`` is not asked, when its host is on this computer or a private network
    (``ASK_LOCAL`` aside); None otherwise. A name that cannot be looked up is left for the
    request to say so. (Said before anything is asked; the connection checks again.)"""
    if ASK_LOCAL:
        return None
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        addresses = [str(ipaddress.ip_address(host))]  # an address written as such: no lookup
    except ValueError:
        try:
            found = socket.getaddrinfo(host, parts.port or 443, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError, ValueError):
            return None
        addresses = [_address(info[4]) for info in found]
    return _not_public(host_named(url), addresses)


def _address(sockaddr: tuple[Any, ...]) -> str:
    """The address of a ``getaddrinfo`` answer, an IPv6 address's zone dropped."""
    return str(sockaddr[0]).split("%")[0]


def _not_public(named: str, addresses: list[str]) -> str | None:
    """Why the host ``named`` (as ``host_named`` gives it) is not asked, when any of its
    ``addresses`` is on this computer or a private network (``ASK_LOCAL`` aside); None
    otherwise."""
    if ASK_LOCAL:
        return None
    local = next((a for a in addresses if not ipaddress.ip_address(a).is_global), None)
    if local is None:
        return None
    # What the editor can do instead is the caller's to say (``Fetcher.not_public``).
    return f"{named} is on this computer or a private network ({local}), not a public site"


class _CheckedConnection(http.client.HTTPSConnection):
    """An HTTPS connection made to an address it has checked: the host's name is looked
    up once, as the connection is made, and connected to only when none of its addresses
    is on this computer or a private network. ``_local``'s check, made before the request,
    looked the name up on its own: a name answering a public address to it and this
    computer's to the request a moment later (DNS rebinding) was asked all the same.
    Through a proxy, the proxy looks the name up and connects; this connects to the proxy."""

    def __init__(self, host: str, /, *, context: ssl.SSLContext | None = None, **kwargs: Any) -> None:
        self.tls = context or ssl.create_default_context()
        super().__init__(host, context=self.tls, **kwargs)
        self.tunnelled = False

    def set_tunnel(
        self, host: str, port: int | None = None, headers: Mapping[str, str] | None = None
    ) -> None:
        self.tunnelled = True  # urllib connects through the environment's proxy
        super().set_tunnel(host, port, headers)

    def connect(self) -> None:
        if self.tunnelled:
            super().connect()
            return
        found = socket.getaddrinfo(self.host, self.port, type=socket.SOCK_STREAM)
        if (refusal := _not_public(_named(self.host), [_address(info[4]) for info in found])) is not None:
            _refuse(refusal, not_public=True)
        failed: OSError | None = None
        for family, kind, protocol, _name, sockaddr in found:  # as socket.create_connection tries them
            sock = socket.socket(family, kind, protocol)
            try:
                sock.settimeout(self.timeout)
                sock.connect(sockaddr)
            except OSError as exc:
                sock.close()
                failed = exc
                continue
            self.sock = self.tls.wrap_socket(sock, server_hostname=self.host)
            return
        raise failed or OSError(f"no address found for {self.host}")


class _CheckedHTTPS(urllib.request.HTTPSHandler):
    """urllib's HTTPS, through ``_CheckedConnection``."""

    def __init__(self, context: ssl.SSLContext) -> None:
        super().__init__(context=context)
        self.tls = context

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_CheckedConnection, req, context=self.tls)


def _shortened(url: str, limit: int = 80) -> str:
    return url if len(url) <= limit else url[: limit - 1] + "…"


def _refuse(message: str, *, not_public: bool = False) -> NoReturn:
    raise _Refused(message, not_public=not_public)


def _opener(context: ssl.SSLContext | None) -> urllib.request.OpenerDirector:
    """An opener that speaks HTTPS only (through the proxy the environment names, if any),
    follows redirects as ``_Redirects`` says, and raises on an error status: none of
    urllib's handlers for ``file:``, ``ftp:``, ``data:`` or plain ``http:``."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        _CheckedHTTPS(context or ssl.create_default_context()),
        _Redirects(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        urllib.request.UnknownHandler(),
    ):
        opener.add_handler(handler)
    return opener
