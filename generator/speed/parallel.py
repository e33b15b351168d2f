"""Share work with one forked child process, so a build uses both of a laptop's cores.

``split(mine, theirs)`` runs ``theirs`` in a child forked from this process (so it sees
all data as it is now, without copying or pickling it) while this process runs
``mine``; the child's result comes back through a pipe. Used for rendering and
converting Markdown on large sites only (a fork and a pipe cost a few milliseconds, a
1,000-page render much more), and by ``Helper`` alone for compiling the theme and
encoding pictures while the build goes on.
Where ``fork`` does not exist (Windows), or on one core, both parts run here in turn.
"""

from __future__ import annotations

import contextlib
import ctypes
import mmap
import os
import pickle
import signal
import struct
import sys
import tempfile
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any, Generic, TypeVar

if sys.platform != "win32":
    import fcntl

A = TypeVar("A")
B = TypeVar("B")
X = TypeVar("X")


def available() -> bool:
    return hasattr(os, "fork") and (os.cpu_count() or 1) > 1


class Helper(Generic[A]):
    """``work()`` computed in a child process forked now; ``result()`` waits for it.

    The child sees this process's data as it is at the fork and shares nothing after:
    its result comes back pickled through a pipe. Where there is no ``fork`` (or one
    core), ``work()`` runs when ``result()`` is called.

    ``idle``: the child runs at the lowest priority (``os.nice``), so it takes only the
    time the cores would otherwise leave idle, and slows no other process of the
    machine (Pagefind, while it indexes the pages).
    """

    def __init__(self, work: Callable[[], A], *, idle: bool = False) -> None:
        self._work: Callable[[], A] | None = work
        self._pid = 0
        if not available():
            return
        self._channel = Channel()
        held = _hold_stops()
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:  # no process to be had (a limit, no memory): nothing left open
            _let_stops_in(held)
            self._channel.close()
            raise
        if pid == 0:  # the child: compute, send, and leave without running any exit handlers
            status = 0
            try:
                try:
                    _end_with(parent)
                    # A stop let in here is this helper's to send: it must not leave the fork.
                    _let_stops_in(held)
                    if idle:
                        _lowest_priority()
                    self._channel.send((True, work()))
                except BaseException as exc:  # sent to the parent, which raises it
                    self._channel.send((False, _picklable(exc)))
            except BaseException:
                status = 1
            finally:
                os._exit(status)
        self._channel.forked()
        self._pid, self._work = pid, None
        try:
            _let_stops_in(held)  # one that came while forking is raised here, and now
        except BaseException:
            self.stop()  # no one else knows of the child yet
            raise

    def result(self) -> A:
        """What ``work()`` returned, or the exception it raised, raised here."""
        if self._work is not None:
            return self._work()
        outcome = self._channel.receive()  # also lets a child blocked on a full pipe finish
        os.waitpid(self._pid, 0)
        self._pid = 0
        if outcome is None:
            raise RuntimeError("a worker process died")
        ok, value = outcome
        if not ok:
            raise value
        result: A = value
        return result

    @property
    def pid(self) -> int:
        """The child's process id; 0 where there is none (no fork, or waited for)."""
        return self._pid

    def pause(self) -> None:
        """Stop the child where it is until ``go_on`` (the preview's rebuild takes the
        cores meanwhile); nothing once ``result()`` has been called."""
        self._signal(signal.SIGSTOP)

    def go_on(self) -> None:
        """Let a child stopped by ``pause`` go on."""
        self._signal(signal.SIGCONT)

    def _signal(self, signum: int) -> None:
        if self._pid and hasattr(signal, "SIGSTOP"):
            with contextlib.suppress(ProcessLookupError):  # over, not yet waited for
                os.kill(self._pid, signum)

    def stop(self) -> None:
        """Kill the child at once (its work is moot) and wait for it; nothing once
        ``result()`` has been called."""
        if self._pid:
            os.kill(self._pid, signal.SIGKILL)
            self._channel.close()
            os.waitpid(self._pid, 0)
            self._pid = 0


PR_SET_PDEATHSIG = 1
"""Linux's ``prctl`` option: the signal this process gets when the thread that forked it
ends (``man 2 prctl``)."""


def _end_with(parent: int) -> None:
    """On Linux, this helper killed when its parent dies, even by SIGKILL, which gives the
    parent no chance to stop it: else it would go on writing pages or pictures into a
    staging folder the next build removes, holding a core for nothing. Elsewhere the
    helper ends when its work does. The helpers are forked by the thread that waits for
    them, so that thread outlives them."""
    if sys.platform != "linux":
        return
    with contextlib.suppress(OSError, AttributeError):  # no C library to be had: as elsewhere
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before the line above: no signal will come
        os._exit(1)


LOWEST_PRIORITY = 19
"""The niceness of an idle helper: the highest ``nice`` allows (a child may lower its own
priority, never raise it)."""


def _lowest_priority() -> None:
    """This process at ``LOWEST_PRIORITY``, where the system allows it (else as it was)."""
    with contextlib.suppress(OSError):
        os.nice(LOWEST_PRIORITY - os.nice(0))


STOPS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))
"""The signals that stop a command (Ctrl-C, ``kill``, a closed terminal: ``interrupt.py``
makes the last two end it as the first does)."""


def _hold_stops() -> set[int | signal.Signals] | None:
    """Hold ``STOPS`` back while forking: what a handler raises while Python runs the
    functions registered to run at a fork (the ``logging`` module's, which releases its
    lock in this process) is printed and dropped ('Exception ignored in'), so a SIGTERM
    that came then was lost and the build went on to the end. Held, it comes once the
    fork is done (``_let_stops_in``). None where signals cannot be held."""
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, STOPS)


def _let_stops_in(held: set[int | signal.Signals] | None) -> None:
    """The signals held back by ``_hold_stops`` let in again: one that came meanwhile is
    handled now (and what its handler raises, raised here)."""
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def split(mine: Callable[[], A], theirs: Callable[[], B]) -> tuple[A, B]:
    """(mine(), theirs()), with ``theirs`` computed in a child process at the same time.

    When ``mine`` raises, or waiting for the child is interrupted (the preview's time
    limit), the child is stopped at once and the error raised here.
    """
    helper = Helper(theirs)
    try:
        return mine(), helper.result()
    except BaseException:
        helper.stop()  # this side failed or gave up: the helper's work is moot
        raise


def _picklable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


class Channel:
    """One value sent by a forked helper while it goes on working, for this process to
    receive when it needs it. Made before forking; the helper ``send``s once (or dies,
    and ``receive`` gives None)."""

    def __init__(self) -> None:
        self._read, self._write = os.pipe()

    def send(self, value: object) -> None:
        """In the helper: send ``value``. Raises BrokenPipeError if this process has
        closed the channel, no longer wanting it."""
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)  # first: it may fail
        if self._read >= 0:
            os.close(self._read)
            self._read = -1
        with os.fdopen(self._write, "wb") as pipe:
            self._write = -1
            pipe.write(payload)

    def forked(self) -> None:
        """Here, once the helper is forked: let go of the sending end, so the value ends
        when the helper's end closes, and no later fork holds the pipe open."""
        if self._write >= 0:
            os.close(self._write)
            self._write = -1

    def receive(self) -> Any:
        """Here: wait for the value; None if the helper ended without sending one, or if
        it was received or the channel closed before."""
        if self._read < 0:
            return None
        self.forked()
        with os.fdopen(self._read, "rb") as pipe:
            self._read = -1
            payload = pipe.read()
        return pickle.loads(payload) if payload else None

    def close(self) -> None:
        """Here: stop listening (a helper still sending gets BrokenPipeError)."""
        self.forked()
        if self._read >= 0:
            os.close(self._read)
            self._read = -1


_COUNTERS = struct.Struct("qq")
"""The next free position from the front, and one past the last free from the back."""


class Claims:
    """Hands out the positions 0..n-1 of a work list to two processes, in small batches:
    one takes from the front, the other from the back, until they meet.

    So neither process sits idle while the other still has work, however the costs of
    the items (and a shared machine's speed) vary, and each end keeps its own kind of
    work for as long as there is some. Made before forking: the two counters live in
    shared memory, guarded by a lock on an unnamed file (``fcntl.lockf``), which is the
    process's that holds it and is let go when that process ends, however it ends. (A
    one-byte token in a pipe was lost with a helper killed while it held it, the kernel's
    out-of-memory killer or a stop between taking and giving it back: the other process
    waited for it for good.) Where there is no fork (Windows), one process takes alone.
    """

    def __init__(self, n: int) -> None:
        self._shared = mmap.mmap(-1, _COUNTERS.size)  # anonymous and shared across fork
        _COUNTERS.pack_into(self._shared, 0, 0, n)
        self._guard = _unnamed_file()

    def take(self, *, front: bool, batch: int) -> range:
        """The next positions for this end; empty once everything is taken."""
        with self._held():  # the other process may be taking
            first, end = _COUNTERS.unpack_from(self._shared, 0)
            if front:
                got = range(first, min(first + batch, end))
                first = got.stop
            else:
                got = range(max(end - batch, first), end)
                end = got.start
            _COUNTERS.pack_into(self._shared, 0, first, end)
        return got

    @contextlib.contextmanager
    def _held(self) -> Iterator[None]:
        """The counters this process's alone until the block ends."""
        if sys.platform == "win32":
            yield
            return
        fcntl.lockf(self._guard, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.lockf(self._guard, fcntl.LOCK_UN)

    def taken_from_front(self) -> int:
        """How many positions the front end has taken: once every one is taken, the
        positions before this are the front end's, the rest the back end's."""
        first, _ = _COUNTERS.unpack_from(self._shared, 0)
        return int(first)

    def close(self) -> None:
        os.close(self._guard)
        self._shared.close()


def _unnamed_file() -> int:
    """A file of no name, open for writing (a lock's), as a descriptor: in memory where
    the system makes one (Linux), so no folder is needed (a build's TMPDIR may be
    gone); else a temporary file whose name is removed at once."""
    if hasattr(os, "memfd_create"):
        return os.memfd_create("explainer-claims", os.MFD_CLOEXEC)
    with tempfile.TemporaryFile() as f:
        return os.dup(f.fileno())


class Aside(Generic[X]):
    """``work`` done on each of ``items`` by a helper process forked now, at the lowest
    priority (``Helper``'s ``idle``), from the front of the list, while this process goes
    on with other things; ``finish`` then does here what is left, from the back.

    What the helper took and has not finished by then is done here too, once the helper
    is stopped (an item is finished once its work has returned, a byte of shared memory
    set): so this process never waits on a helper that a machine busy with other work
    leaves no time, and an item's work is done again at most once (it must give the same
    result twice, as writing a page does). Where there is no ``fork``, ``finish`` does
    everything.
    """

    def __init__(self, work: Callable[[X], object], items: list[X]) -> None:
        self._work, self._items = work, items
        self._claims = Claims(len(items))
        self._finished = mmap.mmap(-1, max(1, len(items)))  # anonymous and shared across fork
        try:
            self._helper: Helper[None] = Helper(partial(self._take, True), idle=True)
        except BaseException:
            self._close()
            raise

    def _take(self, front: bool) -> None:
        while got := self._claims.take(front=front, batch=1):
            for i in got:
                self._work(self._items[i])
                self._finished[i] = 1

    def finish(self) -> None:
        """Do here what the helper has not done, stopping it if it is not done (and
        raise what an item's work raised)."""
        try:
            self._take(front=False)
            unfinished = [i for i in range(self._claims.taken_from_front()) if not self._finished[i]]
            if unfinished:
                self._helper.stop()  # it has had its chance: what it holds is done here
                for i in unfinished:
                    self._work(self._items[i])
            else:
                self._helper.result()
        except BaseException:
            self._helper.stop()
            raise
        finally:
            self._close()

    def stop(self) -> None:
        """Stop the helper at once, its work moot."""
        self._helper.stop()
        self._close()

    def _close(self) -> None:
        if not self._finished.closed:
            self._claims.close()
            self._finished.close()
