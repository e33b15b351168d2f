"""Work whose result is wanted later: done at once, in a thread meanwhile, or aside in a
helper process that uses only idle time.

``Later.now(work)`` does ``work`` at once (``speed.Plain``). ``speed.Fast`` does work that
waits on another process, such as Pagefind indexing the pages, and so holds no lock
this process needs, ``Later.meanwhile``: in a thread while the caller goes on; and work
that can wait for cores Pagefind leaves idle, such as writing the pages it does not
read, ``Later.aside``: in a forked helper at the lowest priority, and here what it has
not done once the result is wanted. Either way ``result()`` gives what ``work``
returned or raises what it raised.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from generator.speed import parallel

T = TypeVar("T")
X = TypeVar("X")


class Later(Generic[T]):
    """The result of ``work``: done now, in a thread meanwhile, or in a helper aside."""

    def __init__(self) -> None:
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._aside: parallel.Aside[Any] | None = None

    @classmethod
    def now(cls, work: Callable[[], T]) -> Later[T]:
        later: Later[T] = cls()
        later._run(work)
        return later

    @classmethod
    def meanwhile(cls, work: Callable[[], T]) -> Later[T]:
        later: Later[T] = cls()
        later._thread = threading.Thread(
            target=later._run, args=(work,), name="explainer-meanwhile", daemon=True
        )
        later._thread.start()
        return later

    @staticmethod
    def aside(work: Callable[[X], object], items: list[X]) -> Later[None]:
        """``work`` done on each of ``items`` by a helper process forked now, which takes
        only the time the cores would otherwise leave idle, from the front of the list;
        when the result is asked, this process does what the helper has not done, from
        the back (``parallel.Aside``). So a machine kept busy by other work, which leaves
        the helper no time at all, makes the caller wait no longer than doing it itself.
        Forks: called before any thread of this process starts."""
        later: Later[None] = Later()
        later._aside = parallel.Aside(work, items)
        return later

    def _run(self, work: Callable[[], T]) -> None:
        try:
            self._value = work()
        except BaseException as exc:  # raised in the caller's thread, by result()
            self._error = exc

    def wait(self) -> None:
        """Until the work is over, whatever its outcome."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._aside is not None:
            aside, self._aside = self._aside, None
            try:
                aside.finish()
            except BaseException as exc:  # raised by result(), as a thread's error is
                self._error = exc

    def stop(self) -> None:
        """The result is not wanted: nothing of the work goes on once this returns. A
        helper process is stopped at once; a thread, which cannot be, is waited for."""
        if self._aside is not None:
            self._aside.stop()
            self._aside = None
            self._error = RuntimeError("stopped before it was done")
        self.wait()

    def result(self) -> T:
        self.wait()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]  # set by _run when there was no error
