"""The preview's search index: made in a thread of its own, once the editor pauses or
the search page asks for it, so that a rebuild never waits for it.

Pagefind takes about a second for 1,000 events, twenty times a one-event rebuild. So
each rebuild only hands its pages over; the index is made from the latest of them once
no rebuild has come for ``IDLE_SECONDS``, and at once when the search page asks for a
file of the index, which then waits for it: a search never sees an index older than
the pages. Pagefind runs at a lower priority, and a rebuild stops an index under way
that nobody is waiting for (its pages are out of date): a save made while it works is
rebuilt as soon as ever, not beside it.
"""

from __future__ import annotations

import logging
import tempfile
import threading
import time

from generator.render import searchindex

IDLE_SECONDS = 1.0
"""How long after the last rebuild the index is made, unless asked for sooner."""

WAIT_SECONDS = 60.0
"""How long a request for a file of the index waits for the index under way."""


class BackgroundIndex:
    """The search bundle of the preview's latest pages, made in a background thread."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._pending: dict[str, bytes] | None = None
        """The latest pages, not indexed yet."""
        self._due = 0.0
        """When (``time.monotonic``) the pending pages are indexed unless asked for sooner."""
        self._busy = False
        self._waiting = 0
        """How many requests wait for the index under way (it is then not stopped)."""
        self._stop = threading.Event()
        self._closed = False
        self._bundle: dict[str, bytes] = {}
        self._older: dict[str, bytes] = {}
        """The bundle before: a search page that read its entry file just before a new
        bundle was made may still ask for the files that entry names."""
        self._thread: threading.Thread | None = None
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._written: dict[str, bytes] = {}
        self.made = 0
        """How many bundles were made (the tests watch it)."""
        self.stopped = 0
        """How many were stopped by a rebuild before they were made."""
        self.error: str | None = None
        """Why the latest indexing failed, if it did."""

    def close(self) -> None:
        """Stop any indexing and the thread, and remove the pages it kept (the preview is
        ending)."""
        with self._changed:
            self._closed = True
            self._stop.set()
            self._changed.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(5)
        if self._folder is not None:
            self._folder.cleanup()

    @property
    def busy(self) -> bool:
        """Whether Pagefind is at work."""
        return self._busy

    def hold(self) -> None:
        """A rebuild begins: stop the index under way, unless a request waits for it (its
        pages will be out of date, and it would slow the rebuild beside it)."""
        with self._changed:
            if self._busy and not self._waiting:
                self._stop.set()

    def update(self, pages: dict[str, bytes]) -> None:
        """The preview was rebuilt into ``pages``: index them once the editor pauses."""
        with self._changed:
            self._pending = pages
            self._due = time.monotonic() + IDLE_SECONDS
            if self._busy and not self._waiting:
                self._stop.set()  # what it indexes is out of date
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="explainer-search-index", daemon=True)
                self._thread.start()
            self._changed.notify_all()

    def file(self, rel: str, timeout: float = WAIT_SECONDS) -> bytes | None:
        """The file ``rel`` of the index of the latest pages (made now if it is due),
        or None. Blocks until the index is made: call it off the server's thread."""
        with self._changed:
            if self._pending is not None:
                self._due = 0.0  # wanted now
                self._changed.notify_all()
            end = time.monotonic() + timeout
            self._waiting += 1
            try:
                while self._pending is not None or self._busy:
                    left = end - time.monotonic()
                    if left <= 0:
                        break
                    self._changed.wait(left)
            finally:
                self._waiting -= 1
            data = self._bundle.get(rel)
            return data if data is not None else self._older.get(rel)

    def _work(self) -> None:
        while True:
            with self._changed:
                while not self._closed and (self._pending is None or time.monotonic() < self._due):
                    self._changed.wait(None if self._pending is None else self._due - time.monotonic())
                pages, self._pending = self._pending, None
                if self._closed or pages is None:
                    return
                self._busy = True
                self._stop.clear()
            bundle: dict[str, bytes] | None = None
            try:
                bundle = self._index(pages)
                self.error = None
            except searchindex.IndexStopped:
                self.stopped += 1  # newer pages are pending: they are indexed next
            except (searchindex.SearchIndexError, OSError) as exc:
                self.error = str(exc)
                logging.getLogger("explainer").warning("the search index could not be made: %s", exc)
            finally:
                with self._changed:
                    if bundle is not None:
                        self._older, self._bundle = self._bundle, bundle
                        self.made += 1
                    self._busy = False
                    self._changed.notify_all()

    def _index(self, pages: dict[str, bytes]) -> dict[str, bytes]:
        if self._folder is None:  # removed when the preview ends
            self._folder = tempfile.TemporaryDirectory(
                prefix="explainer-preview-search-", ignore_cleanup_errors=True
            )
        searchindex.write_pages(self._folder.name, pages, self._written)
        return searchindex.index_folder(self._folder.name, stop=self._stop)
