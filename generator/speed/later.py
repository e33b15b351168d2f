"""Work whose result is wanted later: done at once, or in a thread meanwhile.

``Later.now(work)`` does ``work`` at once (``speed.Plain``); ``Later.meanwhile(work)``
does it in a thread while the caller goes on (``speed.Fast``), for work that waits on
another process, such as Pagefind indexing the pages, and so holds no lock this process
needs. Either way ``result()`` gives what ``work`` returned or raises what it raised.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Later(Generic[T]):
    """The result of ``work``, done now or in a thread meanwhile."""

    def __init__(self) -> None:
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

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

    def result(self) -> T:
        self.wait()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]  # set by _run when there was no error
