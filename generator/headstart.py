"""What a one-off build's second core does before rendering starts.

``build()`` forks a helper before loading the content. The helper compiles the theme
into Jinja's bytecode cache, then shares the loading: the content files that the
folder listing promises (``load.likely_files``) form one work list, which this process
takes from the front as its loading reaches the files, and the helper from the back,
in small batches (``parallel.Claims``), so both stay busy whatever each file costs. The
helper parses its files and checks each on its own (``validate.check_file``), then
sends the results: what checking found, not the parsed nodes, which would cost this
process half as much to receive as to parse. This process takes them when its loading
reaches the first file it did not claim (``load.FileCache.expect``) and hands the
check results to validation through its ``validate.Memo``. The helper then creates
the output folders that the file names promise, until this process is ready to render
(creating folders is the slowest part of writing a new site on many disks).

A file whose result did not arrive (it changed since the helper read it, or the helper
died) is read and checked here as usual: the head start makes a build faster, never
different.
"""

from __future__ import annotations

import contextlib
import pickle
from dataclasses import dataclass

from generator import output, parallel
from generator.environment import compile_theme
from generator.errors import Position, Problem
from generator.load import CacheEntry, ContentFile, FileCache, Kind, likely_files, likely_ids, read_entry
from generator.render import likely_folders
from generator.validate import FileResult, Memo, check_file
from generator.yamlnodes import Mapping

SHARE_FROM = 200
"""Content files from which sharing the loading pays for sending the results over."""

BATCH = 8
"""Files taken at a time: a few milliseconds of work, so neither side waits long."""

Listed = tuple[str, str, Kind]
"""A content file the listing promises: path, id, kind."""

Sent = tuple[str, str, tuple[int, int, int, int], bool, list[Problem], FileResult | None]
"""One file's result as the helper sends it: path, id, stat identity, whether it is a
mapping, the problems parsing it found, and what checking it found."""


@dataclass
class HeadStart:
    """The helper's work, seen from this process."""

    helper: parallel.Helper[set[str]]
    loaded: parallel.Flag
    results: parallel.Channel
    claims: parallel.Claims

    def folders(self) -> set[str]:
        """Tell the helper that rendering is about to start; wait for it to finish the
        folder it is making, and return the folders it made."""
        self.loaded.set()
        self.results.close()  # received by now, or not needed: the helper stops sending
        try:
            return self.helper.result()
        finally:
            self.close()

    def stop(self) -> None:
        """The build failed: end the helper at once."""
        self.helper.stop()
        self.close()

    def close(self) -> None:
        self.results.close()
        self.loaded.close()
        self.claims.close()


def start(
    content: str, templates: str, staging: output.Staging, files: FileCache, memo: Memo
) -> HeadStart | None:
    """Fork the helper (None on one core), and set up ``files`` and ``memo`` to take
    what it sends."""
    if not parallel.available():
        return None
    listed = likely_files(content)
    if len(listed) < SHARE_FROM:
        listed = []
    claims = parallel.Claims(len(listed))
    loaded, results = parallel.Flag(), parallel.Channel()

    def work() -> set[str]:
        compile_theme(templates)
        if listed:
            batches: list[bytes] = []  # pickled as they are made: the last one is soon sent
            while got := claims.take(front=False, batch=BATCH):
                batches.append(pickle.dumps([_parse_and_check(listed[i]) for i in got], protocol=5))
            with contextlib.suppress(BrokenPipeError):  # no longer wanted
                results.send(batches)
        return staging.make_folders(likely_folders(likely_ids(content)), enough=loaded.is_set)

    head_start = HeadStart(parallel.Helper(work), loaded, results, claims)
    results.forked()
    if listed:
        front = _Front(claims, {path: i for i, (path, _, _) in enumerate(listed)})
        files.expect(front.here, lambda: _received(results, memo))
    return head_start


def _parse_and_check(listed: Listed) -> Sent | None:
    """In the helper: one file parsed and checked."""
    path, file_id, kind = listed
    entry = read_entry(path, file_id)
    if entry is None:
        return None
    key, parsed, problems = entry
    result = check_file(parsed.root, kind) if parsed.root is not None else None
    return path, file_id, key, parsed.root is not None, problems, result


def _received(results: parallel.Channel, memo: Memo) -> dict[str, CacheEntry]:
    """Here: the helper's files as cache entries, their check results kept in ``memo``.

    The nodes stayed in the helper: each file's root stands in for them, empty, as the
    key its check result is kept under (nothing reads a checked file's nodes again).
    """
    entries: dict[str, CacheEntry] = {}
    for batch in results.receive() or ():
        for sent in pickle.loads(batch):
            if sent is None:
                continue
            path, file_id, key, is_mapping, problems, result = sent
            root = Mapping({}, Position(path)) if is_mapping else None
            entries[path] = (key, ContentFile(file_id, path, root), problems)
            if root is not None and result is not None:
                memo.keep(root, result)
    return entries


class _Front:
    """This process's end of the shared list: files are claimed as loading reaches them."""

    def __init__(self, claims: parallel.Claims, index: dict[str, int]) -> None:
        self._claims = claims
        self._index = index
        self._end = 0
        """Files before this position are claimed here (this end takes them in order)."""

    def here(self, path: str) -> bool:
        i = self._index.get(path)
        if i is None:
            return True  # not listed: nobody else reads it
        while i >= self._end:
            got = self._claims.take(front=True, batch=BATCH)
            if not got:
                return False
            self._end = got.stop
        return True
