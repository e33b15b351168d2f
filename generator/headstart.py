"""What a one-off build's second core does before rendering starts.

``build()`` forks a helper before loading the content of a site of some size. The
content files that the folder listing promises (``load.likely_files``) form one work
list, which the helper takes from the back at once, and this process from the front
once it has compiled the templates, in small batches (``parallel.Claims``) as its
loading reaches the files, so both stay busy whatever each file costs.

Each side parses its files, checks each on its own (``validate.check_file``) and
converts its Markdown texts: the per-file part of the build, done while the other side
does the same. The helper sends its results: what checking found and the converted
HTML, not the parsed nodes, which would cost this process half as much to receive as
to parse. This process takes them when its loading reaches the first file it did not
claim, and hands the check results to validation through its ``validate.Memo``. The
helper then creates the output folders that the file names promise, until this
process is ready to render (creating folders is the slowest part of writing a new site
on many disks).

A file whose result did not arrive (it changed since the helper read it, or the helper
died) is read and checked here as usual: the head start makes a build faster, never
different.
"""

from __future__ import annotations

import contextlib
import pickle
from dataclasses import dataclass, field

from generator import output, parallel
from generator.errors import Position, Problem
from generator.load import CacheEntry, ContentFile, Kind, likely_files, likely_ids, read_entry, read_file
from generator.markup import Renderer
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
    """The helper's work, and this process's end of the shared loading."""

    helper: parallel.Helper[set[str]]
    listed: list[Listed]
    claims: parallel.Claims
    results: parallel.Channel
    loaded: parallel.Flag
    memo: Memo
    markdown: Renderer
    _index: dict[str, int] = field(default_factory=dict)
    _end: int = 0
    """Files before this position in ``listed`` are claimed here (this end takes them in order)."""
    _arrived: dict[str, CacheEntry] | None = None

    def __post_init__(self) -> None:
        self._index = {path: i for i, (path, _, _) in enumerate(self.listed)}

    def read(self, path: str, file_id: str, problems: list[Problem]) -> ContentFile:
        """Read one content file (a ``load.Reader``): parsed and checked here, or taken
        from what the helper sent if the file is still as the helper read it."""
        i = self._index.get(path)
        if i is None:
            return read_file(path, file_id, problems)  # not listed: nobody else reads it
        sent = None
        if not self._claim(i):
            if self._arrived is None:
                self._arrived = self._receive()
            sent = self._arrived.get(path)
        entry = read_entry(path, file_id, sent)
        if entry is None:
            return read_file(path, file_id, problems)
        _, parsed, own = entry
        problems.extend(own)
        if entry is not sent and parsed.root is not None:  # parsed here: checked here
            result = check_file(parsed.root, self.listed[i][2])
            self.memo.keep(parsed.root, result)
            for text in result.markdown:
                self.markdown(text)
        return parsed

    def _claim(self, i: int) -> bool:
        """Whether the file at ``i`` is this process's, claiming more if need be."""
        while i >= self._end and self._arrived is None:
            got = self.claims.take(front=True, batch=BATCH)
            if not got:
                return False  # the rest is the helper's
            self._end = got.stop  # this end's claims run on from the front, in order
        return i < self._end

    def _receive(self) -> dict[str, CacheEntry]:
        """The helper's files as cache entries, their check results kept in the memo.

        The nodes stayed in the helper: each file's root stands in for them, empty, as
        the key its check result is kept under (nothing reads a checked file's nodes
        again)."""
        arrived: dict[str, CacheEntry] = {}
        for batch in self.results.receive() or ():
            sent_files, converted = pickle.loads(batch)
            self.markdown.adopt(converted)
            for path, file_id, key, is_mapping, problems, result in sent_files:
                root = Mapping({}, Position(path)) if is_mapping else None
                if root is not None and result is not None:
                    self.memo.keep(root, result)
                arrived[path] = (key, ContentFile(file_id, path, root), problems)
        return arrived

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


def start(content: str, staging: output.Staging, memo: Memo, markdown: Renderer) -> HeadStart | None:
    """Fork the helper (None on one core, or for a small site). Loading then reads
    through ``read`` of the head start returned, which keeps check results in ``memo``
    and conversions in ``markdown``."""
    if not parallel.available():
        return None
    listed = likely_files(content)
    if len(listed) < SHARE_FROM:
        return None
    claims = parallel.Claims(len(listed))
    loaded, results = parallel.Flag(), parallel.Channel()

    def work() -> set[str]:
        batches: list[bytes] = []  # pickled as they are made: the last one is soon sent
        while got := claims.take(front=False, batch=BATCH):
            done = [sent for i in got if (sent := _parse_and_check(listed[i])) is not None]
            texts = [text for sent in done if sent[5] is not None for text in sent[5].markdown]
            batches.append(pickle.dumps((done, markdown.convert_all(texts)), protocol=5))
        with contextlib.suppress(BrokenPipeError):  # no longer wanted
            results.send(batches)
        return staging.make_folders(likely_folders(likely_ids(content)), enough=loaded.is_set)

    helper = parallel.Helper(work)
    results.forked()
    return HeadStart(helper, listed, claims, results, loaded, memo, markdown)


def _parse_and_check(listed: Listed) -> Sent | None:
    """In the helper: one file parsed and checked."""
    path, file_id, kind = listed
    entry = read_entry(path, file_id)
    if entry is None:
        return None
    key, parsed, problems = entry
    result = check_file(parsed.root, kind) if parsed.root is not None else None
    return path, file_id, key, parsed.root is not None, problems, result
