"""Watching the content and the theme: each burst of saves reported once, on the
server's own thread."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import watchfiles
from tornado import ioloop

from generator.content import files
from generator.preview import say

STEP_MS = 5
"""The settle window: a burst of changes is built once this long passes with no new path
changed. A burst of saves (an editor's save or "save all", a git checkout) writes its
files back to back, well within a millisecond of each other; every millisecond here is
one more before the editor sees a save. watchfiles checks once per window, so a save
waits one to two windows: at 10 ms the page was told to reload about 14 ms sooner than at
20 ms, and at 5 ms 4-13 ms sooner than at 10 (``python -m benchmarks.bench preview``),
for no measurable processor time while idle. A burst held up longer than this between two
files (a machine stalled mid-checkout) is built twice, the second time whole. A new
folder and the files made in it may come as two bursts: see ``NEW_FOLDER_HOLD_MS``."""
NEW_FOLDER_HOLD_MS = 60
"""How long a burst that made a folder is held back for the files made in it, so that a
new story or collection is built once, whole, not first as an empty folder."""
CHECK_MS = 1000
"""How often, with nothing changing, the watched folders are looked at: one removed and
made again (a restore from a backup) is watched anew within this long."""
DEBOUNCE_MS = 500
"""The longest a burst is held back while new paths keep changing (a tool writing file
after file must not keep the editor's own saves from showing)."""


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
    (``files.is_ignored`` for content, ``files.is_ignored_in_theme`` for the theme)."""
    on_change: Callable[[list[str]], None]
    step_ms: int = STEP_MS
    debounce_ms: int = DEBOUNCE_MS
    _roots: list[tuple[str, str]] = field(init=False, default_factory=list)
    _root_paths: set[str] = field(init=False, default_factory=set)
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
        self._root_paths = {root for root, _ in roots}

    def shown(self, path: str) -> str | None:
        """``path`` as the editor knows it (``content/story/events/e1.yaml``), or None when
        any part of it below its folder is a name to pass over (an editor's temporary or
        backup file, or anything in a hidden folder), or a file an editor writes only while
        it saves (``files.is_being_saved``: Vim's test file, JetBrains' ``___jb_tmp___``)."""
        for root, folder in self._roots:
            if path == root:
                return folder
            if path.startswith(root + os.sep):
                rel = path[len(root) + 1 :]
                skip = self.folders[folder]
                parts = rel.split(os.sep)
                if any(skip(part) for part in parts) or files.is_being_saved(parts[-1]):
                    return None
                return os.path.join(folder, rel)
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
        said = ""  # the failure last said, said once while it lasts
        missed = False  # changes may have gone unseen: rebuild once watching again
        last_watched: dict[str, tuple[int, int] | None] = {}  # the folders when watching last worked
        while not self._stopping.is_set():
            watched = self._identities()
            try:
                missing = [folder for folder, identity in watched.items() if identity is None]
                if missing:
                    raise FileNotFoundError(f"folder '{missing[0]}' not found")
                for changes in watchfiles.watch(
                    *(os.path.abspath(folder) for folder in self.folders),
                    watch_filter=lambda change, path: self.shown(path) is not None,
                    step=self.step_ms,
                    debounce=self.debounce_ms,
                    stop_event=self._stopping,
                    rust_timeout=CHECK_MS,
                    yield_on_timeout=True,  # an empty batch each CHECK_MS: time to look at the folders
                    raise_interrupt=False,  # Ctrl-C is the main thread's to handle
                ):
                    if missed:  # watching again: what changed meanwhile is built
                        self._hand_over(loop, self._replaced(last_watched, watched))
                        missed, said = False, ""
                    last_watched = watched
                    shown = {p for _, path in changes if (p := self.shown(path)) is not None}
                    made_folder = any(
                        change == watchfiles.Change.added and os.path.isdir(path) for change, path in changes
                    )
                    self._hand_over(loop, shown, hold=made_folder)
                    if any(path in self._root_paths for _, path in changes) or self._identities() != watched:
                        # A watched folder itself changed: removed, or removed and made
                        # again (which may reuse its inode number). The system watches the
                        # old one, which sees nothing more: watch anew.
                        missed = True
                        break
            except (OSError, RuntimeError) as exc:
                # A folder removed, the system's limit of watched folders reached, a name
                # that is not valid UTF-8: say so once, rebuild (a change may have been
                # missed), and watch again shortly.
                missing = [folder for folder in self.folders if not os.path.isdir(folder)]
                reason = f"folder '{missing[0]}' not found" if missing else str(exc)
                failure = f"not watching for changes: {reason}; trying again every second"
                if failure != said:
                    loop.add_callback(say, failure)
                    if not missed:  # else what took the folder away was handed over already
                        self._hand_over(loop, set(self.folders))
                    said = failure
                missed = True
                self._stopping.wait(1.0)

    def _replaced(
        self, before: dict[str, tuple[int, int] | None], now: dict[str, tuple[int, int] | None]
    ) -> set[str]:
        """The folders that are not the ones watched ``before`` (gone and made again, say),
        so the rebuild names them; every folder when none is (the system stopped
        watching), as any change may have gone unseen."""
        replaced = {folder for folder in self.folders if before.get(folder) != now.get(folder)}
        return replaced or set(self.folders)

    def _identities(self) -> dict[str, tuple[int, int] | None]:
        """Each watched folder's device and inode, or None where it is not a folder now."""
        found: dict[str, tuple[int, int] | None] = {}
        for folder in self.folders:
            try:
                st = os.stat(folder)
            except OSError:
                st = None
            found[folder] = (st.st_dev, st.st_ino) if st is not None and stat.S_ISDIR(st.st_mode) else None
        return found

    def _hand_over(self, loop: ioloop.IOLoop, paths: set[str], *, hold: bool = False) -> None:
        """Have ``paths`` delivered on the loop's thread: at once, or ``NEW_FOLDER_HOLD_MS``
        later with ``hold`` (a burst arriving meanwhile goes with it)."""
        if not paths:
            return
        with self._lock:
            idle = not self._pending
            self._pending |= paths
        if not idle:  # a delivery is already on its way and will take these too
            return
        if hold:
            loop.add_callback(loop.call_later, NEW_FOLDER_HOLD_MS / 1000, self._deliver)
        else:
            loop.add_callback(self._deliver)

    def _deliver(self) -> None:
        with self._lock:
            batch, self._pending = sorted(self._pending), set()
        if batch:
            self.on_change(batch)
