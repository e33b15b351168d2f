"""``explainer serve``: build in memory, serve, rebuild on every save, reload the browser.

Built on the livereload package: its WebSocket handler tells browsers to reload, and its
script, injected into every page, connects them. We assemble the tornado application
ourselves from those public pieces instead of running livereload's ``Server``, because
three of its defaults would hurt editors and one would expose their drafts:

- its watcher polls, rebuilds once per changed file and drops any reload within 3 s of
  the previous one. Ours (``ChangeWatcher``) is told of changes by the operating system
  (through watchfiles), collects a burst of them, rebuilds once, and calls
  ``reload_waiters`` itself; a burst that never settles is still built twice a second.
- its static file handler serves a folder. Ours (``PreviewHandler``) serves the last good
  build from memory, so a browser never sees a half-written site; when a rebuild fails it
  serves a page listing the errors instead; it serves the site's own 404 page, and the
  site under the path of ``base_url`` so links match what will be published.
- its handlers answer any ``Host`` and any WebSocket ``Origin``, so a page on another site
  could read the drafts (by DNS rebinding) or follow the edits. Ours answer only the
  names of the address the server listens on (``allowed_hosts``).
- its logging prints a line per connection and reload; we print one line per rebuild.

Rebuilds run on the event loop's thread, the main one (the watcher only waits for changes
in a thread of its own), so a template that never ends would stop everything: each build
has a time limit (``time_limit``), a timer signal, after which it is abandoned, reported,
and the next save starts from a fresh ``Builder``.
"""

from __future__ import annotations

import contextlib
import gc
import html
import ipaddress
import logging
import mimetypes
import os
import re
import signal
import stat
import sys
import threading
import time
import types
import warnings
import webbrowser
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote_to_bytes, urlsplit

from generator.commands.build import Builder
from generator.content import files
from generator.content.media import publishable
from generator.errors import ContentError, UsageError

# livereload 2.7 and tornado 6 call APIs that newer Pythons deprecate; the warnings are
# theirs, not the editor's. Silence exactly those modules, nothing else.
for _module in (r"livereload(\..*)?", r"tornado(\..*)?"):
    warnings.filterwarnings("ignore", category=DeprecationWarning, module=_module)

import watchfiles  # noqa: E402 (with the libraries, after the filters)
from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler  # noqa: E402
from livereload.server import LiveScriptInjector  # noqa: E402
from tornado import ioloop, web  # noqa: E402

STEP_MS = 20
"""The settle window: a burst of changes is built once this long passes with no new path
changed. A burst of saves (a git checkout, an editor's "save all") lands within a few
milliseconds; every millisecond here is one more before the editor sees a save."""
DEBOUNCE_MS = 500
"""The longest a burst is held back while new paths keep changing (a tool writing file
after file must not keep the editor's own saves from showing)."""
TIME_LIMIT_SECONDS = 10.0
"""How long one rebuild may take before it is abandoned as endless."""
MAX_PATH_CHARS = 1024
"""The longest request path answered; no page or media file of a site comes near it."""

BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
ALL_INTERFACES = {"", "0.0.0.0", "::"}


# --- watching -----------------------------------------------------------------------------


@dataclass
class ChangeWatcher:
    """Watches folders in a thread of its own and hands each burst of changes, once, to
    ``on_change`` on the event loop's thread.

    The operating system reports changes as they happen (inotify, FSEvents, through the
    watchfiles package), so nothing is scanned. watchfiles collects a burst: it yields
    once a settle window (``step_ms``) passes with no path changed that had not changed
    already, or once ``debounce_ms`` have passed if new paths keep changing (a git
    checkout, a tool writing file after file). Rebuilds must run on the loop's thread,
    the main one, whose time limit is a signal; batches that arrive while one runs are
    merged into the next, so rebuilds never queue up.
    """

    folders: Mapping[str, Callable[[str], bool]]
    """Each folder watched, as the editor named it, with its rule for names to pass over
    (``files.is_ignored`` for content, ``files.is_hidden`` for the theme)."""
    on_change: Callable[[list[str]], None]
    step_ms: int = STEP_MS
    debounce_ms: int = DEBOUNCE_MS
    filepath: str | None = None
    """The first file of the latest batch (livereload's ``reload_waiters`` logs it)."""
    _roots: list[tuple[str, str]] = field(init=False, default_factory=list)
    _pending: set[str] = field(init=False, default_factory=set)
    _lock: threading.Lock = field(init=False, default_factory=threading.Lock)
    _stopping: threading.Event = field(init=False, default_factory=threading.Event)
    _thread: threading.Thread | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        # The system reports absolute paths, as given or with links resolved (macOS reports
        # /private/var for /var); the most specific folder decides, should the theme sit
        # inside the content folder.
        roots = {
            (root, folder)
            for folder in self.folders
            for root in (os.path.abspath(folder), os.path.realpath(folder))
        }
        self._roots = sorted(roots, key=lambda pair: len(pair[0]), reverse=True)

    def shown(self, path: str) -> str | None:
        """``path`` as the editor knows it (``content/story/events/e1.yaml``), or None when
        any part of it below its folder is a name to pass over (an editor's temporary or
        backup file, or anything in a hidden folder)."""
        for root, folder in self._roots:
            if path == root:
                return folder
            if path.startswith(root + os.sep):
                rel = path[len(root) + 1 :]
                skip = self.folders[folder]
                return None if any(skip(part) for part in rel.split(os.sep)) else os.path.join(folder, rel)
        return None

    def start(self, loop: ioloop.IOLoop) -> None:
        """Watch from now on, handing batches to ``loop`` (it may start running later)."""
        self._thread = threading.Thread(
            target=self._watch, args=(loop,), name="explainer-watcher", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop watching: the thread ends within one settle window."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _watch(self, loop: ioloop.IOLoop) -> None:
        last_failure = ""
        while not self._stopping.is_set():
            try:
                for changes in watchfiles.watch(
                    *(os.path.abspath(folder) for folder in self.folders),
                    watch_filter=lambda change, path: self.shown(path) is not None,
                    step=self.step_ms,
                    debounce=self.debounce_ms,
                    stop_event=self._stopping,
                    raise_interrupt=False,  # Ctrl-C is the main thread's to handle
                ):
                    self._hand_over(loop, {p for _, path in changes if (p := self.shown(path)) is not None})
            except (OSError, RuntimeError) as exc:
                # A folder removed, the system's limit of watched folders reached, a name
                # that is not valid UTF-8: say so once, rebuild (a change may have been
                # missed), and watch again shortly.
                missing = [folder for folder in self.folders if not os.path.isdir(folder)]
                reason = f"folder '{missing[0]}' not found" if missing else str(exc)
                failure = f"not watching for changes: {reason}; trying again every second"
                if failure != last_failure:
                    loop.add_callback(_say, failure)
                    self._hand_over(loop, set(self.folders))
                    last_failure = failure
                self._stopping.wait(1.0)

    def _hand_over(self, loop: ioloop.IOLoop, paths: set[str]) -> None:
        if not paths:
            return
        with self._lock:
            idle = not self._pending
            self._pending |= paths
        if idle:  # otherwise a delivery is already on its way and will take these too
            loop.add_callback(self._deliver)

    def _deliver(self) -> None:
        with self._lock:
            batch, self._pending = sorted(self._pending), set()
        if batch:
            self.filepath = batch[0]
            self.on_change(batch)


# --- building within a time limit ---------------------------------------------------------


class BuildTimeout(Exception):
    """Raised in the middle of a rebuild that ran past its time limit."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``BuildTimeout`` wherever the main thread is once ``seconds`` have passed.

    A signal is the one thing that interrupts Python code that never returns (a template's
    endless loop); the handler raises in the interrupted frame. Where there is no
    SIGALRM (Windows), or off the main thread, there is no limit.
    """
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: types.FrameType | None) -> None:
        raise BuildTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def template_frame(tb: types.TracebackType | None, templates: str) -> str | None:
    """'templates/x.html:12', the innermost template line in ``tb``, if any (Jinja gives
    the frames of compiled templates their template's file name and line)."""
    root = os.path.abspath(templates) + os.sep
    found = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if os.path.abspath(filename).startswith(root):
            found = f"{os.path.join(templates, os.path.relpath(filename, root))}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found


# --- what is served -----------------------------------------------------------------------


@dataclass
class Preview:
    """What the server shows: the last good build, or the errors of the latest one."""

    builder: Builder
    time_limit: float = TIME_LIMIT_SECONDS
    pages: dict[str, bytes] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    prefix: str = "/"
    """The path of the site's base_url ('/explainers/'), so the preview matches publishing."""
    media: dict[str, frozenset[str]] = field(default_factory=dict)
    """Per story id, the media files the last good build publishes."""
    media_max_bytes: int = files.MAX_MEDIA_BYTES

    def rebuild(self) -> tuple[bool, float]:
        """Build; keep the previous pages if it fails. Returns (ok, seconds).

        Python's cyclic garbage collector, triggered by the many objects a build makes,
        can add tens of milliseconds at random; it is paused during the build and runs as
        usual in between. (Forcing a full collection after each build made the next build
        slower: the memory it returned to the system had to be faulted in again.)
        """
        started = time.perf_counter()
        gc.disable()
        try:
            with time_limit(self.time_limit):
                pages = self.builder.build()
            self.pages, self.errors = pages, []
            site = self.builder.site
            if site is not None:
                self.prefix = (urlsplit(site.base_url).path if site.base_url else "") or "/"
                self.media = {story.id: story.media for story in site.stories}
                self.media_max_bytes = site.media_max_bytes
        except BuildTimeout as exc:
            where = template_frame(exc.__traceback__, self.builder.templates)
            self.errors = [
                f"{where or self.builder.templates}: stopped after {self.time_limit:g} s: the "
                "template never finished (an endless loop or recursion?); fix it and save"
            ]
            # Interrupted anywhere: nothing it held may be trusted by the next build.
            b = self.builder
            self.builder = Builder(b.content, b.templates, drafts=b.drafts, base_url=b.base_url)
        except RecursionError as exc:  # a macro calling itself: no freeze, but no page
            where = template_frame(exc.__traceback__, self.builder.templates)
            if where is None:
                raise
            self.errors = [f"{where}: the template calls itself without end; fix it and save"]
        except ContentError as exc:
            self.errors = [str(p) for p in exc.problems]
        except UsageError as exc:
            self.errors = [str(exc)]
        except Exception as exc:  # a bug of ours must not stop the editor's server
            self.errors = [f"internal error: {type(exc).__name__}: {exc}"]
            logging.getLogger("explainer").exception("internal error during rebuild")
        finally:
            gc.enable()
        return not self.errors, time.perf_counter() - started

    def file(self, parts: list[str]) -> bytes | None:
        """A generated page, a theme asset or a published media file, by output path."""
        rel = "/".join(parts)
        if rel in self.pages:
            return self.pages[rel]
        if parts[0] == "assets" and len(parts) > 1:
            root = self.builder.templates
            if not _plain_folders(root, parts[:-1]):  # the build does not follow folder links
                return None
        elif len(parts) > 2 and parts[1] == "media" and "/".join(parts[2:]) in self.media.get(parts[0], ()):
            root = self.builder.content
            try:  # as the build publishes it: SVG made safe
                return publishable(os.path.join(root, *parts), root=root, limit=self.media_max_bytes)
            except (files.UnsafeFile, ValueError, OSError):
                return None
        else:
            return None
        try:
            return files.read_regular(os.path.join(root, *parts), root=root, limit=self.media_max_bytes)
        except (files.UnsafeFile, OSError):
            return None


def _plain_folders(root: str, parts: list[str]) -> bool:
    """Whether each of ``parts`` under ``root`` is a folder, and none a link to one."""
    for i in range(1, len(parts) + 1):
        try:
            if not stat.S_ISDIR(os.lstat(os.path.join(root, *parts[:i])).st_mode):
                return False
        except OSError:
            return False
    return True


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
    if any(ord(c) < 32 or ord(c) == 127 for c in path):
        raise BadRequest("the address has a control character in it")
    if "\\" in path:
        raise BadRequest("the address has a backslash in it")
    if any(part in (".", "..") for part in path.split("/")):
        raise BadRequest("the address has '.' or '..' in it")
    return path


# --- who is answered ----------------------------------------------------------------------


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


class ReloadSocket(Guarded, LiveReloadHandler):  # type: ignore[misc]  # livereload has no type hints
    """livereload's WebSocket, for pages of this preview only.

    Browsers let any page open a WebSocket to any address; the ``Origin`` they send says
    whose page it is. tornado lets same-origin pages through and asks ``check_origin``
    about the others: a page of the preview under another of its names is fine.
    """

    live_css = True

    def check_origin(self, origin: str) -> bool:
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https"):
            return False
        if self.allowed is None:  # every name is answered: the page must be this very one
            return parts.netloc.lower() == self.request.headers.get("Host", "").lower()
        return parts.netloc.lower() in self.allowed


class ReloadScript(Guarded, LiveReloadJSHandler):  # type: ignore[misc]
    """livereload's browser script, to allowed hosts only."""


LIVE_SCRIPT = (
    b"<script>(function(){var s=document.createElement('script');"
    b"var port=window.location.port||(window.location.protocol=='https:'?443:80);"
    b"s.src='//'+window.location.hostname+':'+port+'/livereload.js?port='+port;"
    b"document.head.appendChild(s);})();</script>"
)
"""Loads livereload.js from the address the page came from, which then connects back."""


class InjectLiveScript(LiveScriptInjector):  # type: ignore[misc]
    """livereload's transform, adding ``LIVE_SCRIPT`` before ``</head>`` of each HTML page."""

    script = LIVE_SCRIPT


class PreviewHandler(Guarded):
    """Serves a ``Preview`` under its prefix, with directory URLs and the site's 404 page."""

    preview: Preview

    def initialize(self, allowed: frozenset[str] | None, preview: Preview) -> None:  # type: ignore[override]
        super().initialize(allowed)
        self.preview = preview

    def set_default_headers(self) -> None:
        self.set_header("Cache-Control", "no-store")

    def get(self) -> None:
        try:
            path = request_path(self.request.path)
        except BadRequest as exc:
            self.refuse(400, str(exc))
            return
        prefix = self.preview.prefix
        if not path.startswith(prefix):
            if path == "/" or prefix.startswith(path.rstrip("/") + "/"):
                self.redirect(prefix)
                return
            self.not_found()
            return
        rel = path[len(prefix) :]
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        parts = rel.split("/")
        # Hidden files, backups and private notes: the rule of loading for content, and of
        # the build's copying for the theme's assets (whose names may start with '_').
        skip = files.is_hidden if parts[0] == "assets" else files.is_ignored
        if any(skip(part) for part in parts):
            self.not_found()
            return
        if self.preview.errors and rel.endswith(".html"):
            self.send(500, "text/html; charset=utf-8", error_page(self.preview.errors))
            return
        data = self.preview.file(parts)
        if data is None:
            if f"{rel}/index.html" in self.preview.pages:
                self.redirect(path + "/")
                return
            self.not_found()
            return
        kind = mimetypes.guess_type(rel)[0] or "application/octet-stream"
        if kind.startswith("text/") or kind in ("application/json", "image/svg+xml"):
            kind += "; charset=utf-8"
        self.send(200, kind, data)

    def not_found(self) -> None:
        page = self.preview.pages.get("404.html", b"<!DOCTYPE html><title>Not found</title>")
        self.send(404, "text/html; charset=utf-8", page)

    def send(self, status: int, kind: str, data: bytes) -> None:
        self.set_status(status)
        self.set_header("Content-Type", kind)
        self.finish(data)


def error_page(errors: list[str]) -> bytes:
    """The page shown in place of every page while the content has errors."""
    items = "\n".join(f"<li><code>{html.escape(e)}</code></li>" for e in errors)
    n = len(errors)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Build failed: {n} error{"s" if n != 1 else ""}</title>
<style>
body {{ font: 1rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }}
h1 {{ color: #b3261e; }}
code {{ white-space: pre-wrap; word-break: break-word; }}
li {{ margin: 0.5rem 0; }}
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
</main>
</body>
</html>
""".encode()


def application(preview: Preview, watcher: ChangeWatcher, allowed: frozenset[str] | None) -> web.Application:
    """The preview's tornado application: livereload's socket and script, and the pages."""
    ReloadSocket.watcher = watcher  # what livereload's reload_waiters reads
    guard = {"allowed": allowed}
    return web.Application(
        [
            (r"/livereload", ReloadSocket, guard),
            (r"/livereload\.js", ReloadScript, guard),
            (r"/.*", PreviewHandler, {**guard, "preview": preview}),
        ],
        transforms=[InjectLiveScript],
    )


def quiet_logs() -> None:
    """Access lines (a 500 while content is broken, a 404), connections and reloads are
    noise to an editor; errors of the libraries still show."""
    logging.getLogger("tornado.access").setLevel(logging.CRITICAL)
    for name in ("livereload", "tornado.application", "tornado.general"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _say(message: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {message}", flush=True)


def _describe(paths: list[str]) -> str:
    first = paths[0]
    return first if len(paths) == 1 else f"{first} and {len(paths) - 1} more"


def serve(
    *,
    content: str,
    templates: str,
    host: str,
    port: int,
    open_browser: bool = False,
    time_limit: float = TIME_LIMIT_SECONDS,
) -> None:
    """Serve the site with drafts, rebuilding and reloading on every change, until Ctrl-C."""
    if not os.path.isdir(templates):
        raise UsageError(f"templates folder '{templates}' not found")
    if not os.path.isdir(content):
        raise UsageError(f"content folder '{content}' not found")
    preview = Preview(Builder(content, templates, drafts=True), time_limit=time_limit)
    allowed = allowed_hosts(host, port)
    if allowed is None:
        _say(f"warning: listening on every network interface ({host or '0.0.0.0'}): "
             "anyone on your network can see the drafts")  # fmt: skip

    def on_change(paths: list[str]) -> None:
        ok, took = preview.rebuild()
        if ok:
            n = preview.builder.last_rendered
            pages = f"{n} page{'s' if n != 1 else ''}"
            _say(f"{_describe(paths)} changed: {pages} re-rendered in {took * 1000:.0f} ms")
        else:
            _report_errors(preview, took, f"{_describe(paths)} changed")
        css = [p for p in paths if p.endswith(".css")]
        ReloadSocket.reload_waiters(css[0] if css and len(css) == len(paths) else "*")

    loop = ioloop.IOLoop.current()
    watcher = ChangeWatcher({content: files.is_ignored, templates: files.is_hidden}, on_change)
    # Watching starts before the first build: a save made while it runs is built next.
    watcher.start(loop)
    try:
        ok, took = preview.rebuild()
        url = f"http://{f'[{host}]' if ':' in host else host}:{port}{preview.prefix}"
        if ok:
            ready = f"built {len(preview.pages)} pages in {took * 1000:.0f} ms; serving {url}"
        else:
            _report_errors(preview, took, "initial build")
            ready = f"serving {url} (showing the errors until they are fixed)"
        quiet_logs()
        application(preview, watcher, allowed).listen(port, address=host)
        # Announced (and the browser opened) from the event loop, which runs only once the
        # port is bound: whoever waits for "serving" can connect at once.
        loop.add_callback(_say, ready)
        if open_browser:
            loop.add_callback(
                lambda: threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
            )
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how the preview ends
            loop.start()
    finally:
        watcher.stop()


def _report_errors(preview: Preview, took: float, what: str) -> None:
    n = len(preview.errors)
    _say(
        f"{what}: {n} error{'s' if n != 1 else ''} in {took * 1000:.0f} ms "
        "(the browser shows them; the last good build is kept)"
    )
    for error in preview.errors:
        print(f"  {error}", file=sys.stderr, flush=True)
