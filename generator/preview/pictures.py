"""The preview's pictures: the rendition the browser asks for is answered as soon as it
is made, the picture's other renditions are made after it, and none on the server's
thread.

A camera photo has 15 renditions (six widths in AVIF and WebP, three in JPEG) and takes
seconds to encode, AVIF the most; the browser needs one of them for each place the
picture is shown.
So a forked helper makes, for one picture, the renditions asked for first, in the order
asked (a request that comes meanwhile is told to it through a pipe, and goes before the
rest), and sends each back as soon as it is made; then the others, and keeps them all in
the cache (``CachedPictures.keep``) once all are made, so that the next size or format
the browser asks for (a window resized) comes from there. One helper per picture: two
requests for renditions of one picture at once never encode it twice, and the cache is
only ever written whole (an entry is marked done once all its files are in place).
At most ``AT_ONCE`` helpers are at work: each holds its picture decoded (up to a gigabyte
for the largest picture a story may have), and a page of many pictures started one for
each (``BackgroundPictures.rendition``).

A process, not a thread: Pillow's encoders hold Python's lock for most of a second at a
time, and the server would not answer a page meanwhile. A rebuild stops the helpers where
they are and lets them go on after it (``hold``, ``go_on``), as it stops the search index:
the rebuild has the cores to itself.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import pickle
import select
import struct
import threading
from collections.abc import Callable
from concurrent.futures import Future
from functools import partial

from generator.content.pictures import Card, Clean, Cut, Job, Pictures, about
from generator.pictures import picture_encoding
from generator.pictures.picture_info import PictureError
from generator.speed import parallel

Asked = Callable[[], list[str]]
"""In the helper: the renditions asked for since the last call, in the order asked."""
Send = Callable[[str, bytes], None]
"""In the helper: send a rendition made (its path in the site, its bytes)."""
PictureWork = Callable[[Asked, Send], None]
"""What the helper runs for one picture: make the renditions asked first, then the others."""

AT_ONCE = max(2, min(4, os.cpu_count() or 1))
"""The most helpers at work at once. One a picture, without a limit, a page of 40 photos
of 6 million pixels (a story's, or a pull request's under review) had 40 helpers at once,
4.7 GB between them, and hundreds would exhaust the editor's computer's memory; more
helpers than cores make nothing sooner."""

WAIT_SECONDS = 0.05
"""How often a picture waiting for a helper's place looks again: a helper that has
answered every request for it may then give its place up (``Making.unasked``)."""

FRAME = struct.Struct("!Q")
"""The length of each message the helper sends, before it."""


class Making:
    """One picture's renditions being made by a forked helper; each is answered to the
    requests for it as soon as it is made."""

    def __init__(self, work: PictureWork, first: str, over: Callable[[Making], None]) -> None:
        self._lock = threading.Lock()
        self.first: Future[bytes | None] = Future()
        """The rendition ``first``, answered when made."""
        self._wanted: dict[str, Future[bytes | None]] = {first: self.first}
        self._made: dict[str, bytes] = {}
        self._over = over
        self._done = False
        asks_read, self._asks = os.pipe()
        self._results, sent = os.pipe()
        try:
            self._helper: parallel.Helper[None] = parallel.Helper(
                partial(_helper, work, first, asks_read, sent)
            )
        except BaseException:
            for fd in (asks_read, self._asks, self._results, sent):
                os.close(fd)
            raise
        # The helper's ends: closed here, so that its end is seen as the pipe's.
        os.close(asks_read)
        os.close(sent)
        self._reader = threading.Thread(target=self._read, name="explainer-picture", daemon=True)
        self._reader.start()

    def ask(self, path: str) -> Future[bytes | None] | None:
        """The rendition ``path``, answered when made; None once the helper is over (the
        renditions it made are in the cache then, if the cache can be used)."""
        with self._lock:
            if self._done:
                return None
            found = self._made.get(path)
            if found is not None:
                answered: Future[bytes | None] = Future()
                answered.set_result(found)
                return answered
            wanted = self._wanted.get(path)
            if wanted is None:
                wanted = self._wanted[path] = Future()
                with contextlib.suppress(OSError):  # over meanwhile: answered below, by _read
                    os.write(self._asks, path.encode("utf-8", "surrogateescape") + b"\n")
            return wanted

    @property
    def unasked(self) -> bool:
        """Whether every rendition asked for has been answered: the helper is making the
        others only, for the cache, which a request for another picture may go before."""
        with self._lock:
            return not self._wanted

    @property
    def pid(self) -> int:
        """The helper's process id (0 once it is over)."""
        return self._helper.pid

    def hold(self) -> None:
        with self._lock:
            if not self._done:
                self._helper.pause()

    def go_on(self) -> None:
        with self._lock:
            if not self._done:
                self._helper.go_on()

    def stop(self) -> None:
        """The helper is killed (what it made is not kept): its picture is no longer
        wanted, or the preview is ending."""
        with self._lock:
            if not self._done:
                self._done = True  # (``_read`` then waits for nothing more)
                self._helper.stop()

    def _read(self) -> None:
        """The helper's renditions, answered as they come; then the helper waited for."""
        with os.fdopen(self._results, "rb") as results:
            while len(header := results.read(FRAME.size)) == FRAME.size:
                size = FRAME.unpack(header)[0]
                message = results.read(size)
                if len(message) < size:  # the helper was stopped while it sent
                    break
                path, data = pickle.loads(message)
                with self._lock:
                    self._made[path] = data
                    wanted = self._wanted.pop(path, None)
                if wanted is not None:
                    wanted.set_result(data)
        with self._lock:
            if not self._done:  # (its result is sent before its end of the pipe closes: no wait)
                self._done = True
                try:
                    self._helper.result()
                except PictureError:
                    pass  # the file can no longer be read: answered as not found
                except Exception:  # a bug of ours: said, and the request answered as not found
                    logging.getLogger("explainer").exception("a picture could not be made")
            unanswered, self._wanted = list(self._wanted.values()), {}
            os.close(self._asks)
        for wanted in unanswered:
            wanted.set_result(None)
        self._over(self)


def _helper(work: PictureWork, first: str, asks_read: int, sent: int) -> None:
    """In the forked helper: ``work``, told of each request as it comes, sending each
    rendition back as it is made."""
    asked = [first]
    pending = b""

    def new_asks() -> list[str]:
        nonlocal pending
        found, asked[:] = asked[:], []
        while select.select([asks_read], [], [], 0)[0]:
            chunk = os.read(asks_read, 65536)
            if not chunk:
                break
            pending += chunk
        *lines, pending = pending.split(b"\n")
        return found + [line.decode("utf-8", "surrogateescape") for line in lines]

    def send(path: str, data: bytes) -> None:
        message = pickle.dumps((path, data), protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(FRAME.pack(len(message)) + message)
        while view:
            view = view[os.write(sent, view) :]

    try:
        work(new_asks, send)
    finally:
        os.close(sent)


class BackgroundPictures:
    """The pictures being made for the preview, one helper each."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._free = threading.Condition(self._lock)
        """Told when a helper is over, and its place free, or a picture waits for one."""
        self._making: dict[str, Making] = {}
        self._held = False
        self._waiting: collections.deque[tuple[str, str, Callable[[], PictureWork], Future[bytes | None]]]
        self._waiting = collections.deque()
        """The renditions asked of pictures that wait for a helper's place, in the order asked."""
        self._starter: threading.Thread | None = None
        self._closed = False

    def rendition(self, version: str, path: str, work: Callable[[], PictureWork]) -> Future[bytes | None]:
        """The rendition ``path`` of the picture ``version`` names (``Pictures.version``),
        answered when made; ``work()`` makes that picture (``making``). Never waits: with
        ``AT_ONCE`` helpers at work already, a helper that has answered every request for
        it is stopped (its picture's other renditions are not kept: made again when
        asked), else the picture waits for a place (``_start_waiting``)."""
        with self._free:
            making = self._making.get(version)
            answer = making.ask(path) if making is not None else None
            if answer is not None:
                return answer
            if not self._waiting and (len(self._making) < AT_ONCE or self._give_up_one()):
                return self._start(version, path, work)
            waiting: Future[bytes | None] = Future()
            self._waiting.append((version, path, work, waiting))
            if self._starter is None:
                self._starter = threading.Thread(
                    target=self._start_waiting, name="explainer-pictures", daemon=True
                )
                self._starter.start()
            self._free.notify_all()
            return waiting

    def _start(self, version: str, path: str, work: Callable[[], PictureWork]) -> Future[bytes | None]:
        """A helper for the picture ``version``, asked for ``path`` first (with ``_lock`` held)."""
        making = Making(work(), path, partial(self._over, version))
        if self._held:
            making.hold()
        self._making[version] = making
        return making.first

    def _start_waiting(self) -> None:
        """The helpers of the pictures that wait, each started once there is a place: in a
        thread of its own, which lives as long as the preview, since a helper ends with the
        thread that forked it (``parallel``), and the server's must not wait. A place is
        looked for again every ``WAIT_SECONDS`` too: a helper that has answered every
        request for it tells no one."""
        while True:
            with self._free:
                answer: Future[bytes | None] | None = None
                while answer is None:
                    if self._closed:
                        left, self._waiting = list(self._waiting), collections.deque()
                        break
                    if self._waiting:
                        version, path, work, waiting = self._waiting[0]
                        making = self._making.get(version)
                        answer = making.ask(path) if making is not None else None
                        if answer is None and (len(self._making) < AT_ONCE or self._give_up_one()):
                            try:
                                answer = self._start(version, path, work)
                            except Exception as exc:  # no process to be had (no memory, a limit)
                                # Said to this request, as to one started at once; raised here,
                                # it would end this thread, and every picture waiting would wait forever.
                                self._waiting.popleft()
                                waiting.set_exception(exc)
                                continue
                    if answer is None:
                        self._free.wait(WAIT_SECONDS if self._waiting else None)
                if answer is None:  # the preview is ending
                    for *_, unanswered in left:
                        unanswered.set_result(None)
                    return
                self._waiting.popleft()
            answer.add_done_callback(partial(_pass_on, waiting))

    def versions(self) -> set[str]:
        """The versions of the pictures being made."""
        with self._lock:
            return set(self._making)

    def keep_only(self, versions: set[str]) -> None:
        """Stop making the pictures of other versions than ``versions`` (a rebuild found
        their files saved over or gone): they would take a core from those wanted. Those
        waiting for a place are answered as not found (the page asking is reloaded)."""
        with self._lock:
            unwanted = [m for version, m in self._making.items() if version not in versions]
            dropped = [entry for entry in self._waiting if entry[0] not in versions]
            self._waiting = collections.deque(entry for entry in self._waiting if entry[0] in versions)
        for making in unwanted:
            making.stop()
        for *_, waiting in dropped:
            waiting.set_result(None)

    def _give_up_one(self) -> bool:
        """Stop the helper at work the longest of those that have answered every request
        for them, if any (with ``_lock`` held); whether one was stopped."""
        for version, making in self._making.items():  # in the order they were started
            if making.unasked:
                del self._making[version]
                making.stop()
                return True
        return False

    def _over(self, version: str, making: Making) -> None:
        with self._free:
            if self._making.get(version) is making:
                del self._making[version]
            self._free.notify_all()

    @property
    def helpers(self) -> list[int]:
        """The process ids of the helpers at work (the tests watch them)."""
        with self._lock:
            return [making.pid for making in self._making.values()]

    @property
    def busy(self) -> int:
        """How many pictures are being made (the tests watch it)."""
        with self._lock:
            return len(self._making)

    def hold(self) -> None:
        """A rebuild begins: the helpers stop where they are, and take no core from it."""
        with self._lock:
            self._held = True
            for making in self._making.values():
                making.hold()

    def go_on(self) -> None:
        """The rebuild is over: the helpers go on."""
        with self._lock:
            self._held = False
            for making in self._making.values():
                making.go_on()

    def close(self) -> None:
        """The preview is ending: stop every helper (and answer the pictures that wait)."""
        with self._free:
            self._closed = True
            self._free.notify_all()
            making = list(self._making.values())
        for m in making:
            m.stop()


def _pass_on(waiting: Future[bytes | None], made: Future[bytes | None]) -> None:
    """The answer ``made`` given to the request that waited for a helper (``waiting``)."""
    waiting.set_result(made.result())


def making(pictures: Pictures, job: Job | Card | Cut | Clean, root: str, limit: int) -> PictureWork:
    """The helper's work for ``job``: its renditions, those asked for first, each the
    bytes a build writes (``picture_encoding.Renditions``), kept once all are made."""

    def work(asked: Asked, send: Send) -> None:
        if not isinstance(job, Job) or job.info.animated:  # one file, made at once (and kept)
            for path, data in pictures.encode(job, root, limit).items():
                send(path, data)
            return
        with about(job.path):
            data = pictures.read(job.path, os.path.join(root, job.story_id), limit)
        renditions = picture_encoding.Renditions(data, job.info, job.picture)
        todo = renditions.paths
        urgent: list[str] = []
        made: dict[str, bytes] = {}
        while todo:
            urgent += asked()
            path = next((p for p in urgent if p in todo), todo[0])
            todo.remove(path)
            with about(job.path):
                made[path] = renditions.make(path)
            send(path, made[path])
        pictures.keep(job, data, made)

    return work
