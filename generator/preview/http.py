"""What the preview answers, and to whom: pages from memory, media as published, and
the reload socket, only to the names of the address it listens on."""

from __future__ import annotations

import asyncio
import difflib
import html
import importlib.resources
import ipaddress
import json
import logging
import mimetypes
import re
from collections.abc import Callable, Mapping, Sequence
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote, unquote_to_bytes, urlsplit

from tornado import ioloop, web
from tornado.concurrent import Future
from tornado.websocket import WebSocketClosedError, WebSocketHandler

from generator import site_paths
from generator.content import files
from generator.errors import has_control
from generator.preview.panel import (
    HEAD_END,
    NO_PANEL,
    PANEL_ID,
    PANEL_PATH,
    PANEL_UPDATES,
    PLUGIN_ID,
    Panel,
    add_to_page,
    code_items,
)
from generator.preview.rebuild import Preview
from generator.render.versions import version_of
from generator.report import plural

MAX_PATH_CHARS = 1024
"""The longest request path answered; no page or media file of a site comes near it."""

BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
ALL_INTERFACES = {"", "0.0.0.0", "::"}


class BadRequest(Exception):
    """A request path no browser would send for a page; the message says what is wrong."""


def request_path(raw: str) -> str:
    """The decoded path of a request as it arrived (``/a%20b/``); raises BadRequest."""
    if len(raw) > MAX_PATH_CHARS:
        raise BadRequest("the address is too long")
    if not raw.startswith("/"):
        raise BadRequest("the address must start with '/'")
    if BAD_ESCAPE.search(raw):
        raise BadRequest("the address has a '%' not followed by two hexadecimal digits")
    try:
        path = unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("the address is not valid UTF-8") from None
    if has_control(path):
        raise BadRequest("the address has a control character in it")
    if "\\" in path:
        raise BadRequest("the address has a backslash in it")
    if any(part in (".", "..") for part in path.split("/")):
        raise BadRequest("the address has '.' or '..' in it")
    return path


def allowed_hosts(host: str, port: int) -> frozenset[str] | None:
    """The ``Host`` header values the server answers, listening on ``host``; None for
    every one (listening on every interface, as the editor asked).

    A page of another site can make the browser send requests to this server under its
    own name (DNS rebinding): answering only the server's own names keeps drafts private.
    """
    name = host.lower().strip("[]")
    if name in ALL_INTERFACES:
        return None
    names = {name}
    try:
        loopback = ipaddress.ip_address(name).is_loopback
    except ValueError:
        loopback = name == "localhost"
    if loopback:
        names |= {"127.0.0.1", "localhost", "::1"}
    shown = {f"[{n}]" if ":" in n else n for n in names}
    with_port = {f"{n}:{port}" for n in shown}
    return frozenset(with_port | shown if port == 80 else with_port)


def host_allowed(host: str, allowed: frozenset[str] | None) -> bool:
    return allowed is None or host.lower() in allowed


class Guarded(web.RequestHandler):
    """Answers only allowed ``Host`` names, and errors as one line of plain text."""

    allowed: frozenset[str] | None = None

    def initialize(self, allowed: frozenset[str] | None) -> None:
        self.allowed = allowed

    def prepare(self) -> None:
        if not host_allowed(self.request.headers.get("Host", ""), self.allowed):
            self.refuse(421, "this preview answers only to its own address (see 'explainer serve --help')")

    def refuse(self, status: int, reason: str) -> None:
        self.clear()
        self.set_status(status)
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(reason + "\n")

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        # tornado's own refusals (a method other than GET, invalid UTF-8 in a header):
        # a line of text, never a traceback.
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        try:
            phrase = HTTPStatus(status_code).phrase
        except ValueError:
            phrase = "Error"
        self.finish(f"{status_code} {phrase}\n")


MAX_SOCKET_MESSAGE = 64 * 1024
"""The most a page's reload socket may say in one message, in bytes."""

PROTOCOL = "http://livereload.com/protocols/official-7"
"""The LiveReload protocol spoken with livereload.js: it sends ``hello`` naming the
protocols it speaks, is answered with ``hello`` naming ours, then says which page it is
(``info``), and is sent ``reload`` whenever what it shows may have changed."""


class ReloadSocket(Guarded, WebSocketHandler):
    """The reload socket of an open page of this preview: the LiveReload protocol 7, as
    livereload.js speaks it.

    Browsers let any page open a WebSocket to any address; the ``Origin`` they send says
    whose page it is. tornado lets same-origin pages through and asks ``check_origin``
    about the others: a page of the preview under another of its names is fine.
    """

    greeted = False
    panel_shown: str | None = None
    """The fingerprint of the warnings panel the page shows ('' for none), as it said when
    it connected and as it was given since (``show_panel``); None for a page that cannot
    take one in place (the error page)."""
    preview: Preview

    def initialize(self, allowed: frozenset[str] | None, preview: Preview) -> None:  # type: ignore[override]
        super().initialize(allowed)
        self.preview = preview

    def on_message(self, message: str | bytes) -> None:
        try:
            said = json.loads(message)
        except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested past reading
            return  # no command of livereload.js
        command = said.get("command") if isinstance(said, dict) else None
        if command == "hello":
            self.greeted = True
            self.tell({"command": "hello", "protocols": [PROTOCOL], "serverName": "explainer"})
        elif command == "info" and self.greeted:
            # livereload.js says which page it is once it has read our hello, and only if
            # it speaks protocol 7: from then on it understands a reload.
            self.panel_shown = _panel_said(said)
            OPEN_PAGES.add(self)
            if self.preview.panel_known:  # served before a save's warnings were found: given them
                self.show_panel(self.preview.panel)

    def on_close(self) -> None:
        OPEN_PAGES.discard(self)

    def tell(self, message: dict[str, Any]) -> None:
        """Send ``message``; to a page that has just gone (reloading, or closed), nothing.

        A message sent as a page's socket closes fails at once (the socket is closed) or
        later (asyncio then printed that nobody looked at the error): the page is gone
        either way, and that is no news for the terminal."""
        try:
            sent = self.write_message(json.dumps(message))
        except WebSocketClosedError:
            OPEN_PAGES.discard(self)
            return
        sent.add_done_callback(_looked_at)

    def show_panel(self, shown: Panel) -> None:
        """Give the page the panel ``shown`` in place of its own, if it shows another and
        can take one (``panel.PANEL_UPDATES``)."""
        if self.panel_shown is None or self.panel_shown == shown.fingerprint:
            return
        self.panel_shown = shown.fingerprint
        self.tell(
            {
                "command": "reload",
                "path": PANEL_PATH,
                "liveCSS": False,
                "liveImg": False,
                "panel": shown.body.decode(),
                "style": shown.style.decode(),
                "fingerprint": shown.fingerprint,
            }
        )

    def check_origin(self, origin: str) -> bool:
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https"):
            return False
        if self.allowed is None:  # every name is answered: the page must be this very one
            return parts.netloc.lower() == self.request.headers.get("Host", "").lower()
        return parts.netloc.lower() in self.allowed


OPEN_PAGES: set[ReloadSocket] = set()
"""The sockets of the pages open now (those that have said which page they are)."""


def reload_pages(path: str) -> None:
    """Tell every open page to reload: the whole page for ``*``; for the path of a
    stylesheet, to swap that stylesheet in place (``liveCSS``: livereload.js finds its
    ``<link>`` by file name). ``liveImg`` would have a picture swapped so too; the preview
    names only stylesheets or ``*`` (``serve.reload_target``)."""
    message = {"command": "reload", "path": path, "liveCSS": True, "liveImg": True}
    for page in list(OPEN_PAGES):  # a page that has gone leaves the set as it is told
        page.tell(message)
        if path == "*":
            # On its way out: no panel in place for it (``show_panel``), which would show
            # in the old page for a moment only. The page it becomes is served with the
            # panel, or says the one it shows as it connects and is given the new one then.
            page.panel_shown = None


def show_panel(shown: Panel) -> None:
    """Give every open page that shows another panel of check's warnings ``shown`` in its
    place, without reloading it: the reader keeps their place, and what they typed."""
    for page in list(OPEN_PAGES):
        page.show_panel(shown)


def _panel_said(info: dict[str, Any]) -> str | None:
    """The fingerprint of the panel a page says it shows in its ``info`` (under
    ``PLUGIN_ID`` among livereload.js's plugins); None if it says none."""
    plugins = info.get("plugins")
    said = plugins.get(PLUGIN_ID) if isinstance(plugins, dict) else None
    shown = said.get("panel") if isinstance(said, dict) else None
    return shown if isinstance(shown, str) else None


def _looked_at(sent: Future[None]) -> None:
    """Take the outcome of a message sent: a page that went meanwhile is not an error."""
    if not sent.cancelled():
        sent.exception()


LIVERELOAD_JS = importlib.resources.files("livereload") / "vendors" / "livereload.js"
"""livereload.js, the browser's side of the reload socket, as the livereload package
ships it (a data file of the package: a test checks that it is there)."""


class ReloadScript(Guarded):
    """livereload.js, to allowed hosts only."""

    script = b""

    def initialize(self, allowed: frozenset[str] | None, script: bytes) -> None:  # type: ignore[override]
        super().initialize(allowed)
        self.script = script

    def get(self) -> None:
        self.set_header("Content-Type", "text/javascript; charset=utf-8")
        self.finish(self.script)


LIVE_SCRIPT = (
    b"<script>(function(){var s=document.createElement('script');"
    b"var port=window.location.port||(window.location.protocol=='https:'?443:80);"
    b"s.src='//'+window.location.hostname+':'+port+'/livereload.js?port='+port;"
    b"document.head.appendChild(s);})();</script>"
)
"""Loads livereload.js from the address the page came from, which then connects back."""


def before_head_end(page: bytes, addition: bytes) -> bytes:
    """``page`` with ``addition`` before ``</head>``; unchanged if it has no ``</head>``."""
    end = HEAD_END.search(page)
    return page if end is None else page[: end.start()] + addition + page[end.start() :]


def with_live_script(page: bytes) -> bytes:
    """``page`` with ``LIVE_SCRIPT`` before ``</head>``, last of what the preview adds
    there; unchanged if it has no ``</head>``."""
    return before_head_end(page, LIVE_SCRIPT)


SHOWN_HEADER = "X-Preview-Shown"
"""The response header saying which build the open pages were last told to reload into
(``Preview.shown_mark``: the preview's run and how many times it told them)."""
RESTYLED_HEADER = "X-Preview-Restyled"
"""The response header saying how many times a saved stylesheet was swapped into them."""
CATCH_UP = (
    b"<script>document.addEventListener('LiveReloadConnect',function(){setTimeout(function(){"
    b"fetch(location.href,{method:'HEAD',cache:'no-store'}).then(function(r){"
    b"var now=r.headers.get('" + SHOWN_HEADER.encode() + b"');if(now&&now!==__SHOWN__)location.reload();"
    b"else if(r.headers.get('" + RESTYLED_HEADER.encode() + b"')!==__RESTYLED__)"
    b"document.querySelectorAll('link[rel=stylesheet]').forEach(function(l){"
    b"var u=new URL(l.href);u.searchParams.set('livereload',Date.now());l.href=u.href;});"
    b"}).catch(function(){});},250);});</script>"
)
"""A page's catch-up: the open pages are told when a save is built (``reload_pages``),
and a page that was still loading then (after the save before: two saves in quick
succession, "Save all", a formatter's save after the editor's) missed it and stayed as
it was. Once livereload.js connects (its ``LiveReloadConnect`` event), the page waits a
quarter of a second, for livereload.js to say which page it is (only then is it told of
saves: ``ReloadSocket``), then asks whether the pages were told to reload since it was
served (``__SHOWN__``), and reloads if so. If only a stylesheet was saved since
(``__RESTYLED__``), it fetches its stylesheets again in place, as livereload.js swaps a
saved one in, so that the reader keeps their place."""


AFTER_ERROR = "explainer-after-error"
"""The session's note, left by the error page, that the next page shown takes its place back."""
PLACE = "explainer-place"
"""The session's note of the last page left and where it was scrolled to."""
KEEP_PLACE = (
    b"<script>(function(){try{var h=function(){var w=document.getElementById('"
    + PANEL_ID.encode()
    + b"');return w?w.offsetHeight:0;};"
    b"addEventListener('pagehide',function(){try{sessionStorage.setItem('"
    + PLACE.encode()
    + b"',JSON.stringify([location.href,scrollX,scrollY,h()]));}catch(e){}});"
    b"if(!sessionStorage.getItem('" + AFTER_ERROR.encode() + b"'))return;"
    b"sessionStorage.removeItem('" + AFTER_ERROR.encode() + b"');"
    b"var p=JSON.parse(sessionStorage.getItem('" + PLACE.encode() + b"')||'null');"
    b"addEventListener('load',function(){if(p&&p[0]===location.href)"
    b"scrollTo(p[1],p[2]>0?Math.max(0,p[2]+h()-(p[3]||0)):0);});"
    b"addEventListener('pagehide',function(){history.scrollRestoration='auto';});}catch(e){}})();</script>"
)
"""A page's place kept through a mistake: the error page is shorter than the page it
stands in for, so the browser's own keeping of the place on reload ends where the error
page could scroll to, and the page came back near its top once the mistake was fixed. A
page notes its place as it goes; the error page (``FROM_THE_TOP``) asks the browser not to
restore places, and the page after it goes back to the noted one once loaded, and hands
the keeping back to the browser as it is left (handed back as it loads, the browser went
on to restore the error page's place, the top, over it). The warnings panel above the page
may have changed meanwhile (it comes with the fix's warnings): the place is moved by its
change of height, so that what the reader looked at is where it was."""
FROM_THE_TOP = (
    b"<script>try{history.scrollRestoration='manual';sessionStorage.setItem('"
    + AFTER_ERROR.encode()
    + b"','1');addEventListener('load',function(){setTimeout(function(){scrollTo(0,0);},0);});"
    b"}catch(e){}</script>"
)
"""The error page's part of ``KEEP_PLACE``: it shows its errors from the top (the browser
restores a reloaded page's place as the reload began, once the page has loaded: asking it
not to is for the next reload, so the error page goes to its top itself, after that)."""


def keeping_place(page: bytes) -> bytes:
    """``page`` with ``KEEP_PLACE`` before ``</head>``; unchanged if it has no ``</head>``."""
    return before_head_end(page, KEEP_PLACE)


def with_catch_up(page: bytes, shown: str, restyled: int) -> bytes:
    """``page`` with ``CATCH_UP`` before ``</head>``, saying it shows the build ``shown``
    (``Preview.shown_mark``) with the ``restyled``-th stylesheet swapped in; unchanged if
    it has no ``</head>``."""
    mark = b"'" + shown.encode("ascii") + b"'"
    return before_head_end(
        page, CATCH_UP.replace(b"__SHOWN__", mark).replace(b"__RESTYLED__", b"'%d'" % restyled)
    )


class PreviewHandler(Guarded):
    """Serves a ``Preview`` under its prefix, with directory URLs and the site's 404 page."""

    preview: Preview

    def initialize(self, allowed: frozenset[str] | None, preview: Preview) -> None:  # type: ignore[override]
        super().initialize(allowed)
        self.preview = preview

    def set_default_headers(self) -> None:
        self.set_header("Cache-Control", "no-store")

    def on_finish(self) -> None:
        """Answered: what the server left until a page was (check's warnings after a
        rebuild, ``Preview.after_shown``) comes next, at the loop's next turn, once the
        answer is on its way."""
        if self.preview.after_shown is not None:
            ioloop.IOLoop.current().add_callback(self.preview.page_served)

    async def head(self) -> None:
        """As GET, without the body (tornado leaves it out): link checkers ask HEAD."""
        await self.get()

    async def get(self) -> None:
        self.set_header(SHOWN_HEADER, self.preview.shown_mark)  # what CATCH_UP compares
        self.set_header(RESTYLED_HEADER, str(self.preview.restyled))
        try:
            path = request_path(self.request.path)
        except BadRequest as exc:
            self.refuse(400, str(exc))
            return
        if self._sent_elsewhere(path):
            return
        rel = site_paths.file_of(path[len(self.preview.prefix) :])
        parts = rel.split("/")
        if never_served(parts):
            self.not_found()
            return
        self.preview.make_ready(rel)  # a page the last build left to render is rendered now
        if self.preview.errors and rel.endswith(".html"):
            self._send_error_page()
            return
        data = await self._file(rel, parts)
        if data is None:
            if site_paths.file_of(f"{rel}/") in self.preview.pages:
                self.redirect(path + "/")
                return
            self.not_found()
            return
        self._send_file(rel, parts, data)

    def _sent_elsewhere(self, path: str) -> bool:
        """Whether ``path`` is answered with a redirect or the 404 page, not a file of the
        site: a page that moved (``_moved``), or an address outside the prefix."""
        # base_url's path was edited: a page open at its old address goes to its new one
        # (unless that address is a page of today's site: a story named like the old path).
        moved = None if self._page_at(path) else self._moved(path)
        if moved is not None:
            self.redirect(moved + (f"?{self.request.query}" if self.request.query else ""))
            return True
        prefix = self.preview.prefix
        if path.startswith(prefix):
            return False
        if path == "/" or prefix.startswith(path.rstrip("/") + "/"):
            self.redirect(prefix)
            return True
        inside = self._under_prefix(path)
        if inside is None:
            self.not_found()
        else:
            self.redirect(inside + (f"?{self.request.query}" if self.request.query else ""))
        return True

    def _under_prefix(self, path: str) -> str | None:
        """The address under the prefix of the site's file at ``path``, asked without the
        prefix (``/quake/`` for ``/explainers/quake/``: the address as the story's folder and
        the built files name it, typed by an editor new to base_url); None if there is none.
        Only a file the preview would serve there: never one outside the site."""
        rel = path[1:]
        wanted = [rel] if rel == "" or rel.endswith("/") else [rel, rel + "/"]  # a folder's, slash forgotten
        for address in wanted:
            parts = site_paths.file_of(address).split("/")
            if not never_served(parts) and self._is_file(parts):
                return self.preview.prefix + address
        return None

    def _is_file(self, parts: list[str]) -> bool:
        """Whether the site has the file ``parts`` now; a picture or a file of the search
        index by its name, without waiting for it to be made."""
        rel = "/".join(parts)
        if rel in self.preview.pages or self.preview.is_picture(rel):
            return True
        if self.preview.is_search_file(parts):
            return False  # made in the background: an address no one types
        return self.preview.file(parts) is not None

    def _send_error_page(self) -> None:
        """In place of a page, while the content has errors: what they are."""
        page = error_page(
            self.preview.errors,
            [str(w) for w in self.preview.warnings],
            notes=[str(n) for n in self.preview.notes],
            stopped_reading=self.preview.stopped_reading,
        )
        self.send(
            500,
            "text/html; charset=utf-8",
            with_catch_up(page, self.preview.shown_mark, self.preview.restyled),
        )

    async def _file(self, rel: str, parts: list[str]) -> bytes | None:
        """The site's file ``rel`` (``parts``, its path's names), or None; made off the
        server's thread where it may take a while."""
        if self.preview.is_search_file(parts):  # may wait for the index: not on the server's thread
            return await ioloop.IOLoop.current().run_in_executor(None, self.preview.file, parts)
        if self.preview.is_picture(rel):  # made by a helper process: the server answers pages meanwhile
            return await asyncio.wrap_future(self.preview.picture(rel))
        return self.preview.file(parts)

    def _send_file(self, rel: str, parts: list[str], data: bytes) -> None:
        """Answer the site's file ``rel``: a page with the preview's additions, an asset
        asked by its version kept by the browser."""
        kind = mimetypes.guess_type(rel)[0] or "application/octet-stream"
        if kind == "text/html":  # a page: with check's warnings, if there are any
            data = add_to_page(with_versioned_assets(data, self.asset_version), self.preview.panel)
            data = before_head_end(data, PANEL_UPDATES)
            data = keeping_place(with_catch_up(data, self.preview.shown_mark, self.preview.restyled))
        elif parts[0] == files.ASSETS and self.get_query_argument("v", "") == version_of(data):
            self.set_header("Cache-Control", KEPT)  # this very file: the link changes with it
        if kind.startswith("text/") or kind in ("application/json", "image/svg+xml"):
            kind += "; charset=utf-8"
        self.send(200, kind, data)

    def _page_at(self, path: str) -> bool:
        """Whether ``path`` is a page of the site shown now, under today's prefix."""
        prefix = self.preview.prefix
        if not path.startswith(prefix):
            return False
        rel = path[len(prefix) :]
        return site_paths.file_of(rel) in self.preview.pages

    def _moved(self, path: str) -> str | None:
        """Where the page at ``path`` is now, if its file was renamed (``Preview.renamed``), or
        if it was under a prefix this preview had before (base_url edited while pages were
        open) and is found under today's; else None."""
        prefix = self.preview.prefix
        if path.startswith(prefix):  # a page whose file was renamed while it was open
            rel = path[len(prefix) :]
            now = self.preview.renamed.get(site_paths.file_of(rel))
            if now is not None and now in self.preview.pages:
                return prefix + (now if rel.endswith(site_paths.INDEX) else site_paths.address_of(now))
        for former in sorted(self.preview.former_prefixes, key=len, reverse=True):  # the longest first
            if not path.startswith(former) or (path.startswith(prefix) and len(prefix) >= len(former)):
                continue
            rel = path[len(former) :]
            if site_paths.file_of(rel) in self.preview.pages:
                return prefix + rel
        return None

    def asset_version(self, name: str) -> str | None:
        """The version of the theme's asset ``name`` as served now; None if there is none."""
        parts = [files.ASSETS, *name.split("/")]
        if any(files.is_ignored_in_theme(part) for part in parts):
            return None
        data = self.preview.file(parts)
        return None if data is None else version_of(data)

    def not_found(self) -> None:
        page = self.preview.file(["404.html"]) or b"<!DOCTYPE html><title>Not found</title>"
        site = self.preview.builder.site
        if site is not None and site.base_url:
            # The 404 page's tags for shared links name the published site: here, the
            # preview's own pages (its links start at the prefix already).
            page = page.replace(site.base_url.encode(), self.preview.prefix.encode())
        page = add_to_page(page, nearby(unquote(self.request.path), self.preview.prefix, self.preview.pages))
        # With the catch-up: the page asked for may be saved as this is sent (a new event's).
        page = with_catch_up(
            add_to_page(page, self.preview.panel), self.preview.shown_mark, self.preview.restyled
        )
        page = keeping_place(before_head_end(page, PANEL_UPDATES))
        self.send(404, "text/html; charset=utf-8", page)

    def send(self, status: int, kind: str, data: bytes) -> None:
        """Answer ``data``; an HTML page (one of the site's, the error page, the 404
        page) with livereload.js loaded, so that it follows the saves."""
        if kind.startswith("text/html"):
            data = with_live_script(data)
        self.set_status(status)
        self.set_header("Content-Type", kind)
        self.finish(data)


def never_served(parts: list[str]) -> bool:
    """Whether the site's file ``parts`` (its path's names) is never served, whatever the
    folders hold: hidden files, backups and private notes, by the rule of loading for
    content; hidden files and backups, by the build's copying of the theme's assets (whose
    names may start with '_')."""
    skip = files.is_ignored_in_theme if parts[0] == files.ASSETS else files.is_ignored
    return any(skip(part) for part in parts)


def nearby(path: str, prefix: str, pages: Mapping[str, bytes]) -> Panel:
    """A note for the preview's 404 page: the pages whose addresses are most like ``path``
    (a file or story folder renamed while its page was open, a mistyped address), linked.
    NO_PANEL when none is near."""
    rel = path[len(prefix) :] if path.startswith(prefix) else path.lstrip("/")
    wanted = site_paths.address_of(rel).strip("/")
    shown = {site_paths.address_of(p).strip("/"): p for p in pages if p.endswith(site_paths.INDEX)}
    close = difflib.get_close_matches(wanted, list(shown), n=3, cutoff=0.6)
    if not wanted or not close:
        return NO_PANEL
    links = "".join(
        f'<li><a href="{html.escape(prefix + (c + "/" if c else ""))}">{html.escape(c or "/")}</a></li>'
        for c in close
    )
    body = (
        f'<aside class="preview-nearby" aria-label="Pages like this address">'
        f"<p>No page at this address in the preview (shown in the preview only). Pages like it:</p>"
        f"<ul>{links}</ul></aside>\n"
    )
    style = b"<style>.preview-nearby{margin:1rem;padding:0.5rem 1rem;border:2px solid #b25000}</style>\n"
    return Panel(style, body.encode())


KEPT = "max-age=31536000, immutable"
"""How a theme asset asked for by its current version is served: kept by the browser,
which then paints a reloaded page without asking for its stylesheet again (9 ms sooner
at 1,000 events, measured with ``benchmarks.bench preview``)."""

ASSET_LINK = re.compile(rb'\b((?:href|src)=")((?:\.\./)*assets/([^"?#]+))"')
"""A link of a page to a theme asset, as ``Links.asset`` writes it (relative)."""


def with_versioned_assets(page: bytes, version: Callable[[str], str | None]) -> bytes:
    """``page`` with each link to a theme asset ending in ``?v=`` and the asset's
    ``version``: the page is served afresh after every save, so it always names the asset
    as it is now, and a changed asset has a new address. (A built site's pages are
    written with their versions, ``Links.asset``; the preview renders its pages without
    them and adds them here, so that a saved stylesheet renders no page again.)"""

    def versioned(found: re.Match[bytes]) -> bytes:
        try:
            name = found[3].decode("utf-8")
        except UnicodeDecodeError:
            return found[0]
        v = version(name)
        return found[0] if v is None else found[1] + found[2] + b"?v=" + v.encode() + b'"'

    return ASSET_LINK.sub(versioned, page)


def error_page(
    errors: list[str],
    warnings: Sequence[str] = (),
    *,
    notes: Sequence[str] = (),
    stopped_reading: bool = False,
) -> bytes:
    """The page shown in place of every page while the content has errors, with the
    warnings and notes known in spite of them below (as ``explainer check`` prints them), and,
    when a syntax error stopped the reading of a file (``stopped_reading``), the note
    check prints after them: a mistake after it cannot be listed yet."""
    items = code_items(errors)
    note = (
        '<p id="read-no-further">YAML reads a file no further than its first syntax error: '
        "once you fix it and save, any mistake after it in the same file is listed here.</p>\n"
        if stopped_reading
        else ""
    )
    n = len(errors)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Build failed: {plural(n, "error")}</title>
<link rel="icon" href="data:,">
{FROM_THE_TOP.decode()}
<style>
body {{ font: 1rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }}
h1 {{ color: #b3261e; }}
code {{ white-space: pre-wrap; word-break: break-word; }}
li {{ margin: 0.5rem 0; }}
#notes-said {{ font-size: 0.875rem; color: #4d4d4d; }}
</style>
</head>
<body>
<main>
<h1>The explainer could not be rebuilt</h1>
<p>Fix {"this problem" if n == 1 else f"these {n} problems"} and save: this page reloads
by itself and the explainer comes back. Nothing has been written to the site folder.</p>
<ol id="errors">
{items}
</ol>
{note}{_warnings_section(warnings)}{_notes_section(notes)}</main>
</body>
</html>
""".encode("utf-8", "backslashreplace")  # a text that cannot be UTF-8 is shown escaped, not a 500


def _warnings_section(warnings: Sequence[str]) -> str:
    """The error page's list of the warnings known in spite of the errors ('' if none),
    as the panel lists a valid site's."""
    if not warnings:
        return ""
    n = len(warnings)
    count = plural(n, "warning")
    items = code_items(list(warnings))
    what = "It does not stop the build, but is" if n == 1 else "They do not stop the build, but are"
    return f"""<h2>{count} from <code>explainer check</code></h2>
<p>{what} probably not what you meant.</p>
<ol id="warnings" aria-label="{count}">
{items}
</ol>
"""


def _notes_section(notes: Sequence[str]) -> str:
    """The error page's list of check's notes ('' if none): hints, not problems, below the
    warnings and quieter."""
    if not notes:
        return ""
    count = plural(len(notes), "note")
    return f"""<section id="notes-said" aria-label="{count}">
<p>And {count} from <code>explainer check</code>, hints of what to write, not problems:</p>
<ol id="notes">
{code_items(list(notes))}
</ol>
</section>
"""


def application(preview: Preview, allowed: frozenset[str] | None) -> web.Application:
    """The preview's tornado application: the reload socket, livereload.js, and the pages."""
    guard = {"allowed": allowed}
    return web.Application(
        [
            (r"/livereload", ReloadSocket, {**guard, "preview": preview}),
            (r"/livereload\.js", ReloadScript, {**guard, "script": LIVERELOAD_JS.read_bytes()}),
            (r"/.*", PreviewHandler, {**guard, "preview": preview}),
        ],
        # livereload.js says a few hundred bytes at a time: a socket saying more is cut off.
        websocket_max_message_size=MAX_SOCKET_MESSAGE,
    )


def quiet_logs() -> None:
    """Access lines (a 500 while content is broken, a 404) and tornado's notes on
    connections are noise to an editor; errors of the library still show."""
    logging.getLogger("tornado.access").setLevel(logging.CRITICAL)
    for name in ("tornado.application", "tornado.general"):
        logging.getLogger(name).setLevel(logging.ERROR)
