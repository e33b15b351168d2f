"""What the preview keeps from one rebuild to the next, so a save costs one file's work.

The preview rebuilds after every save. ``FileCache`` hands back the parsed file (the very
same node objects) for every file whose ``stat`` is unchanged; ``Memo`` hands back the
check results of those nodes and the model objects made from them. Unchanged content so
keeps its model objects, which lets the renderer (``speed/rendering.py``) reuse what it
made from them by identity. A one-off build and a build with the speed-ups off use neither.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from generator.content import files
from generator.content.contentfile import ContentFile, read_file
from generator.content.file_check import FileResult, Values
from generator.content.yamlnodes import Mapping
from generator.errors import Problem

T = TypeVar("T")


class FileCache:
    """Parsed files kept between builds, re-read only when their size or times change.

    The preview server rebuilds on every save; parsing every file again each time would
    cost more than the rest of a rebuild. The key is what ``stat`` says, which is also
    what the preview's watcher sees, so a change the watcher reports is never missed here.
    """

    def __init__(self) -> None:
        self._entries: dict[str, CacheEntry] = {}
        self._seen: set[str] = set()
        """The paths read since the last ``forget_gone``."""

    def __len__(self) -> int:
        return len(self._entries)

    def read(self, path: str, file_id: str, problems: list[Problem]) -> ContentFile:
        self._seen.add(path)
        hit = self._entries.get(path)
        entry = read_entry(path, file_id, hit)
        if entry is None:  # cannot stat it: read_file says why
            return read_file(path, file_id, problems)
        self._entries[path] = entry
        problems.extend(entry[2])
        return entry[1]

    def forget_gone(self) -> None:
        """A build ended: drop the files it did not read that are gone (deleted, or
        renamed away), whose parsed nodes the preview would otherwise keep for the rest
        of the day, one more for every event added and removed. Files it did not read
        but still there (a build stopped early by an error) are kept for the next."""
        for path in [p for p in self._entries if p not in self._seen and not os.path.lexists(p)]:
            del self._entries[path]
        self._seen.clear()


CacheEntry = tuple[tuple[int, int, int, int], ContentFile, list[Problem]]
"""A parsed file, the problems found in it, and the ``stat`` identity it was read at."""


def read_entry(path: str, file_id: str, known: CacheEntry | None = None) -> CacheEntry | None:
    """``known`` if the file is still as it was then, else the file parsed now; None if
    it cannot be stat'ed."""
    try:
        key = identity(os.stat(path))
    except OSError:
        return None
    if known is not None and known[0] == key and known[1].id == file_id:
        return known
    problems: list[Problem] = []
    return key, read_file(path, file_id, problems), problems


class Memo:
    """What a build's checks and model found, kept for the next build (the preview server
    rebuilds often): the ``content.remember.Memory`` that remembers. Each file's check
    results (``get``, ``keep``), the model objects made from checked values (``model``),
    and what is worked out from a parsed file or from given inputs (``derived``, ``same``).

    Checking a file depends only on its parsed nodes, and ``FileCache`` (above) hands
    back the very same node objects for unchanged files, so identity is the key. Results not
    used by a build are dropped after it.
    """

    def __init__(self) -> None:
        self._previous: dict[int, tuple[Mapping, FileResult]] = {}
        self._current: dict[int, tuple[Mapping, FileResult]] = {}
        self._objects: dict[int, tuple[Values, Any, Any]] = {}
        self._next_objects: dict[int, tuple[Values, Any, Any]] = {}
        self._derived: dict[tuple[int, str], tuple[object, tuple[object, ...], Any]] = {}
        self._next_derived: dict[tuple[int, str], tuple[object, tuple[object, ...], Any]] = {}
        self._same: dict[Hashable, tuple[object, Any]] = {}
        self._next_same: dict[Hashable, tuple[object, Any]] = {}

    def get(self, root: Mapping) -> FileResult | None:
        hit = self._current.get(id(root)) or self._previous.get(id(root))
        return hit[1] if hit is not None and hit[0] is root else None

    def keep(self, root: Mapping, result: FileResult) -> None:
        self._current[id(root)] = (root, result)

    def model(self, values: Values, extra: Any, make: Callable[..., T], *args: Any) -> T:
        """The model object made from ``values`` by the last build that made the model
        (``modelled``), if they and ``extra`` are unchanged.

        Handing back the same objects lets later stages compare and cache by identity.
        """
        hit = self._objects.get(id(values))
        if hit is not None and hit[0] is values and hit[1] == extra:
            obj: T = hit[2]
        else:
            obj = make(*args)
        self._next_objects[id(values)] = (values, extra, obj)
        return obj

    def derived(
        self, owner: object, make: Callable[[], T], inputs: tuple[object, ...] = (), what: str = ""
    ) -> T:
        """What ``make`` finds from ``owner`` and ``inputs`` (a parsed file, and the model
        object made of it: the file's own warnings), the same as last build's while
        ``owner`` is the very same object and ``inputs`` are equal to that build's. The
        model of an unchanged file may change all the same (its story's language sets
        its text), so a file alone does not decide what is found from its model. Each
        ``what`` found from one owner is kept apart."""
        key = (id(owner), what)
        hit = self._derived.get(key)
        if hit is not None and hit[0] is owner and hit[1] == inputs:
            value: T = hit[2]
        else:
            value = make()
        self._next_derived[key] = (owner, inputs, value)
        return value

    def same(self, key: Hashable, inputs: object, make: Callable[[], T]) -> T:
        """What ``make`` found for ``key`` last build, while ``inputs`` are equal to that
        build's: for work on a whole story that its files' values alone decide (its
        timeline's order: 2.6 ms of every one-event rebuild at 1,000 events, against
        comparing the placements, whose dates are the very same objects while unchanged)."""
        hit = self._same.get(key)
        value: T = hit[1] if hit is not None and hit[0] == inputs else make()
        self._next_same[key] = (inputs, value)
        return value

    def finish(self) -> None:
        """The end of a build's checks: what it did not use is forgotten. (Values
        ``derived`` after the checks, by lint, are kept until the next build's end.)"""
        self._previous, self._current = self._current, {}
        self._derived, self._next_derived = self._next_derived, {}
        self._same, self._next_same = self._next_same, {}

    def modelled(self) -> None:
        """The end of a build's model: the objects it did not make are forgotten. A build
        that stops at its checks makes no model, and forgets none: once the editor fixes
        the mistake, the next build hands back the objects of the build before it."""
        self._objects, self._next_objects = self._next_objects, {}


def identity(st: os.stat_result) -> tuple[int, int, int, int]:
    """What tells a changed file from an unchanged one: its times, size and inode."""
    return (st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino)


Snapshot = dict[str, tuple[int, int, int, int]]


def snapshot(folders: list[str], leave_out: str | None = None) -> Snapshot:
    """Every file's identity and times under ``folders`` (theme folders: hidden
    files and editors' backups skipped, the ``_`` partials counted), but for the folder ``leave_out``: how the
    preview tells that the templates changed, so that nothing compiled from the old ones
    is reused."""
    state: Snapshot = {}
    stack = [f for f in folders if f != leave_out]
    while stack:
        try:
            entries = os.scandir(stack.pop())
        except OSError:  # a folder removed while we looked: the next scan sees it
            continue
        with entries:
            for entry in entries:
                if files.is_ignored_in_theme(entry.name):
                    continue
                try:
                    if entry.is_dir(follow_symlinks=False):
                        if entry.path != leave_out:
                            stack.append(entry.path)
                        continue
                    st = entry.stat()
                except OSError:
                    continue
                state[entry.path] = identity(st)
    return state
