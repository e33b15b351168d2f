"""Work whose result is wanted later: done at once, in a thread meanwhile, or aside in a
helper process that uses only idle time.

``Later.now(work)`` does ``work`` at once (``speed.Plain``). ``speed.Fast`` does work that
waits on another process, such as Pagefind indexing the pages, and so holds no lock
this process needs, ``Later.meanwhile``: in a thread while the caller goes on; and work
that can wait for cores Pagefind leaves idle, such as writing the pages it does not
read, ``Later.aside``: in a forked helper at the lowest priority. Either way
``result()`` gives what ``work`` returned or raises what it raised.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from generator.speed import parallel

T = TypeVar("T")


class Later(Generic[T]):
    """The result of ``work``: done now, in a thread meanwhile, or in a helper aside."""

    def __init__(self) -> None:
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._helper: parallel.Helper[T] | None = None

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

    @classmethod
    def aside(cls, work: Callable[[], T]) -> Later[T]:
        """``work`` in a helper process forked now, which takes only the time the cores
        would otherwise leave idle (``parallel.Helper``'s ``idle``); its result must
        pickle. Forks: called before any thread of this process starts."""
        later: Later[T] = cls()
        later._helper = parallel.Helper(work, idle=True)
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
        if self._helper is not None:
            helper = self._helper
            try:
                self._value = helper.result()
            except BaseException as exc:  # raised by result(), as a thread's error is
                helper.stop()  # interrupted while waiting: nothing of it goes on
                self._error = exc
            finally:
                self._helper = None

    def stop(self) -> None:
        """The result is not wanted: nothing of the work goes on once this returns. A
        helper process is stopped at once; a thread, which cannot be, is waited for."""
        if self._helper is not None:
            self._helper.stop()
            self._helper = None
            self._error = RuntimeError("stopped before it was done")
        self.wait()

    def result(self) -> T:
        self.wait()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]  # set by _run when there was no error
