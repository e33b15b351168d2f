"""Share work with one forked child process, so a build uses both of a laptop's cores.

``split(mine, theirs)`` runs ``theirs`` in a child forked from this process (so it sees
all data as it is now, without copying or pickling it) while this process runs
``mine``; the child's result comes back through a pipe. Used by rendering for large
sites only: a fork and a pipe cost a few milliseconds, a 1,000-page render much more.
Where ``fork`` does not exist (Windows), or on one core, both parts run here in turn.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from typing import TypeVar

A = TypeVar("A")
B = TypeVar("B")


def available() -> bool:
    return hasattr(os, "fork") and (os.cpu_count() or 1) > 1


def split(mine: Callable[[], A], theirs: Callable[[], B]) -> tuple[A, B]:
    """(mine(), theirs()), with ``theirs`` computed in a child process at the same time."""
    if not available():
        return mine(), theirs()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: compute, send, and leave without running any exit handlers
        os.close(read_end)
        status = 0
        try:
            try:
                payload = pickle.dumps((True, theirs()), protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException as exc:  # sent to the parent, which raises it
                payload = pickle.dumps((False, _picklable(exc)), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(payload)
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    try:
        result = mine()
    finally:
        with os.fdopen(read_end, "rb") as pipe:
            payload = pipe.read()  # also lets a child blocked on a full pipe finish
        os.waitpid(pid, 0)
    if not payload:
        raise RuntimeError("a worker process died while rendering")
    ok, value = pickle.loads(payload)
    if not ok:
        raise value
    return result, value


def _picklable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc
