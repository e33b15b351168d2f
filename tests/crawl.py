"""Helpers that follow every internal link of a built site, from disk or over HTTP."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.request import urlopen


class LinkParser(HTMLParser):
    """Collects href/src values (and forms' actions) and element ids of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in ("href", "src") or (tag == "form" and name == "action"):
                self.links.append(value)
            if name == "id":
                self.ids.add(value)


def parse(html: str) -> LinkParser:
    parser = LinkParser()
    parser.feed(html)
    return parser


def is_internal(link: str) -> bool:
    return not urlsplit(link).scheme and not link.startswith("//")


def broken_links_on_disk(root: Path, served_at: str = "/") -> list[str]:
    """Every internal link of every page that does not lead to a file (and fragment).
    ``served_at``: the path of the site's address (its base_url's), where a link from the
    host's root (the 404 page's) finds the site's root."""
    broken: list[str] = []
    pages = {p: parse(p.read_text(encoding="utf-8")) for p in root.rglob("*.html")}
    for page, parsed in pages.items():
        for link in parsed.links:
            if not is_internal(link):
                continue
            path, fragment = urldefrag(link)
            path = path.partition("?")[0]  # a theme asset's version: a host serves the file whatever it is
            if path.startswith("/"):  # from the host's root: the site's root is at served_at
                if not path.startswith(served_at):
                    broken.append(f"{page.relative_to(root)} -> {link} (outside {served_at})")
                    continue
                target = (root / path.removeprefix(served_at)).resolve()
                target = target / "index.html" if target.is_dir() else target
            else:
                target = (page.parent / path).resolve() if path else page
            if not target.is_file() or not target.is_relative_to(root.resolve()):
                broken.append(f"{page.relative_to(root)} -> {link}")
            elif fragment and fragment not in pages.get(target, parse("")).ids:
                broken.append(f"{page.relative_to(root)} -> {link} (no such id)")
    return broken


class _QuietHandler(SimpleHTTPRequestHandler):
    """A static file server; with ``not_found``, that page answers any missing path,
    as GitHub Pages answers with a site's 404.html."""

    not_found: Path | None = None
    cache_for: int | None = None

    def end_headers(self) -> None:
        if self.cache_for is not None:
            self.send_header("Cache-Control", f"max-age={self.cache_for}")
        super().end_headers()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != 404 or self.not_found is None:
            super().send_error(code, message, explain)
            return
        body = self.not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(directory: Path, not_found: Path | None = None, cache_for: int | None = None) -> Iterator[str]:
    """Serve ``directory`` on a free loopback port; yields the base URL. ``cache_for``:
    how many seconds a browser may keep each file without asking again (GitHub Pages
    says 600)."""
    handler_class = type("Handler", (_QuietHandler,), {"not_found": not_found, "cache_for": cache_for})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler_class, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def crawl(start: str) -> tuple[set[str], list[str]]:
    """Follow every internal link from ``start``; the pages seen and the broken links."""
    origin = urlsplit(start).netloc
    seen: set[str] = set()
    broken: list[str] = []
    ids: dict[str, set[str]] = {}
    fragments: list[tuple[str, str, str]] = []
    queue = [start]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        try:
            with urlopen(url, timeout=10) as response:
                body = response.read()
                kind = response.headers.get("Content-Type", "")
        except HTTPError as exc:
            broken.append(f"{url}: HTTP {exc.code}")
            continue
        if "html" not in kind:
            continue
        parsed = parse(body.decode("utf-8"))
        ids[url] = parsed.ids
        for link in parsed.links:
            absolute, fragment = urldefrag(urljoin(url, link))
            if urlsplit(absolute).netloc != origin:
                continue
            if fragment:
                fragments.append((url, absolute, fragment))
            queue.append(absolute)
    for page, target, fragment in fragments:
        if target in ids and fragment not in ids[target]:
            broken.append(f"{page} -> {target}#{fragment} (no such id)")
    return seen, broken
