"""``explainer serve``: build in memory, serve, rebuild on every save, reload the browser.

Built on the livereload package: its ``Server`` serves the pages, injects its script and
runs the WebSocket that tells browsers to reload. Three of its defaults would hurt
editors, so we replace them through its own extension points:

- its watcher rebuilds once per changed file and its ``poll_tasks`` drops any reload
  within 3 s of the previous one. We hand ``Server`` our own watcher (``ChangeWatcher``):
  its ``start`` returns True, so livereload never runs ``poll_tasks``; we collect every
  change in a short quiet window, rebuild once, and call ``reload_waiters`` ourselves.
- its static file handler serves a folder. Ours (``PreviewHandler``) serves the last good
  build from memory, so a browser never sees a half-written site; when a rebuild fails it
  serves a page listing the errors instead; it serves the site's own 404 page, and the
  site under the path of ``base_url`` so links match what will be published.
- its logging prints a line per connection and reload; we print one line per rebuild.
"""

from __future__ import annotations

import gc
import html
import logging
import mimetypes
import os
import sys
import threading
import time
import warnings
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from generator.build import Builder
from generator.errors import ContentError, UsageError
from generator.load import Snapshot, snapshot

# livereload 2.7 and tornado 6 call APIs that newer Pythons deprecate; the warnings are
# theirs, not the editor's. Silence exactly those modules, nothing else.
for _module in (r"livereload(\..*)?", r"tornado(\..*)?"):
    warnings.filterwarnings("ignore", category=DeprecationWarning, module=_module)

from livereload import Server  # noqa: E402 (after the filters, which must come first)
from livereload.handlers import LiveReloadHandler  # noqa: E402
from tornado import ioloop, web  # noqa: E402

POLL_SECONDS = 0.05
"""How often the watched folders are scanned for changes."""
SETTLE_SECONDS = 0.02
"""After a change, how soon to scan again; changes are built once a scan finds no more."""


@dataclass
class ChangeWatcher:
    """Polls folders and reports each burst of changes once, after it settles.

    It stands in for livereload's ``Watcher`` (``Server(watcher=...)``), which is why it
    has ``_tasks``, ``_changes``, ``filepath``, ``watch``, ``start`` and ``examine``.
    """

    folders: list[str]
    on_change: Callable[[list[str]], None]
    interval: float = POLL_SECONDS
    _tasks: dict[str, Any] = field(default_factory=dict)
    _changes: list[Any] = field(default_factory=list)
    filepath: str | None = None
    _state: Snapshot = field(default_factory=dict)
    _pending: set[str] = field(default_factory=set)
    _scan_seconds: float = 0.0

    def __post_init__(self) -> None:
        self._tasks = {folder: None for folder in self.folders}  # so livereload adds no cwd watch
        self._state = snapshot(self.folders)

    def watch(self, path: str, func: Any = None, delay: Any = None, ignore: Any = None) -> None:
        self.folders.append(path)
        self._tasks[path] = func

    def start(self, callback: Callable[[], None]) -> bool:
        """Called by livereload; returning True stops it from polling with its own watcher."""
        self._schedule(0.0)
        return True

    def _schedule(self, delay: float) -> None:
        ioloop.IOLoop.current().call_later(delay, self._tick)

    def _tick(self) -> None:
        try:
            self.poll()
        finally:
            # Right after a change, look again soon: a burst of saves (a git checkout)
            # lands within milliseconds. Otherwise wait at least four scans' time, so
            # watching a large folder never takes more than a fifth of one core.
            quiet_check = SETTLE_SECONDS if self._pending else self.interval
            self._schedule(max(quiet_check, 4 * self._scan_seconds))

    def examine(self) -> tuple[None, None]:
        return None, None

    def changes(self) -> set[str]:
        """Files added, removed or modified since the previous scan."""
        started = time.perf_counter()
        new = snapshot(self.folders)
        self._scan_seconds = time.perf_counter() - started
        old, self._state = self._state, new
        return {p for p in old.keys() | new.keys() if old.get(p) != new.get(p)}

    def poll(self) -> None:
        changed = self.changes()
        if changed:  # still changing: wait for a quiet scan so a burst becomes one build
            self._pending |= changed
            return
        if self._pending:
            batch, self._pending = sorted(self._pending), set()
            self.filepath = batch[0]
            self.on_change(batch)


@dataclass
class Preview:
    """What the server shows: the last good build, or the errors of the latest one."""

    builder: Builder
    pages: dict[str, bytes] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    prefix: str = "/"
    """The path of the site's base_url ('/explainers/'), so the preview matches publishing."""

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
            self.pages = self.builder.build()
            self.errors = []
            if self.builder.site and self.builder.site.base_url:
                self.prefix = urlsplit(self.builder.site.base_url).path or "/"
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

    def file(self, rel: str) -> bytes | None:
        """A generated page, a theme asset or a story's media file, by output path."""
        if rel in self.pages:
            return self.pages[rel]
        parts = rel.split("/")
        if ".." in parts or "" in parts:
            return None
        if parts[0] == "assets":
            path = os.path.join(self.builder.templates, *parts)
        elif len(parts) > 2 and parts[1] == "media" and f"{parts[0]}/index.html" in self.pages:
            path = os.path.join(self.builder.content, *parts)
        else:
            return None
        try:
            with open(path, "rb") as f:
                return f.read()
        except OSError:
            return None


class PreviewHandler(web.RequestHandler):
    """Serves a ``Preview`` under its prefix, with directory URLs and the site's 404 page."""

    preview: Preview

    def initialize(self, preview: Preview) -> None:
        self.preview = preview

    def set_default_headers(self) -> None:
        self.set_header("Cache-Control", "no-store")

    def get(self, path: str) -> None:
        path = "/" + path
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
        if self.preview.errors and rel.endswith(".html"):
            self.send(500, "text/html; charset=utf-8", error_page(self.preview.errors))
            return
        data = self.preview.file(rel)
        if data is None:
            if self.preview.file(rel + "/index.html") is not None:
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


class PreviewServer(Server):  # type: ignore[misc]  # livereload has no type hints
    """livereload's Server with our handler and without its chatty logging."""

    def __init__(self, preview: Preview, watcher: ChangeWatcher) -> None:
        super().__init__(watcher=watcher)
        self.preview = preview

    def get_web_handlers(self, script: bytes) -> list[Any]:
        return [(r"/(.*)", PreviewHandler, {"preview": self.preview})]

    def _setup_logging(self) -> None:
        # Access lines (a 500 while content is broken, a 404) are noise to an editor.
        logging.getLogger("tornado.access").setLevel(logging.CRITICAL)
        for name in ("livereload", "tornado.application", "tornado.general"):
            logging.getLogger(name).setLevel(logging.ERROR)


def _say(message: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {message}", flush=True)


def _describe(paths: list[str]) -> str:
    first = paths[0]
    return first if len(paths) == 1 else f"{first} and {len(paths) - 1} more"


def serve(*, content: str, templates: str, host: str, port: int, open_browser: bool = False) -> None:
    """Serve the site with drafts, rebuilding and reloading on every change, until Ctrl-C."""
    builder = Builder(content, templates, drafts=True)
    if not os.path.isdir(templates):
        raise UsageError(f"templates folder '{templates}' not found")
    if not os.path.isdir(content):
        raise UsageError(f"content folder '{content}' not found")
    preview = Preview(builder)
    ok, took = preview.rebuild()
    url = f"http://{host}:{port}{preview.prefix}"
    if ok:
        ready = f"built {len(preview.pages)} pages in {took * 1000:.0f} ms; serving {url}"
    else:
        _report_errors(preview, took, "initial build")
        ready = f"serving {url} (showing the errors until they are fixed)"

    def on_change(paths: list[str]) -> None:
        ok, took = preview.rebuild()
        if ok:
            n = builder.last_rendered
            pages = f"{n} page{'s' if n != 1 else ''}"
            _say(f"{_describe(paths)} changed: {pages} re-rendered in {took * 1000:.0f} ms")
        else:
            _report_errors(preview, took, f"{_describe(paths)} changed")
        css = [p for p in paths if p.endswith(".css")]
        LiveReloadHandler.reload_waiters(css[0] if css and len(css) == len(paths) else "*")

    watcher = ChangeWatcher([content, templates], on_change)
    server = PreviewServer(preview, watcher)
    # Announced (and the browser opened) from the event loop, which runs only once the
    # port is bound: whoever waits for "serving" can connect at once.
    loop = ioloop.IOLoop.current()
    loop.add_callback(_say, ready)
    if open_browser:
        loop.add_callback(lambda: threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start())
    server.serve(port=port, host=host, restart_delay=0)


def _report_errors(preview: Preview, took: float, what: str) -> None:
    n = len(preview.errors)
    _say(
        f"{what}: {n} error{'s' if n != 1 else ''} in {took * 1000:.0f} ms "
        "(the browser shows them; the last good build is kept)"
    )
    for error in preview.errors:
        print(f"  {error}", file=sys.stderr, flush=True)
