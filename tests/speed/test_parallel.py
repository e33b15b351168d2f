"""The forked helper and the two-ended work list that both processes take from."""

from __future__ import annotations

import mmap
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.speed import parallel
from tests.conftest import REPO, live_children, time_limit


def test_one_process_takes_from_both_ends_until_they_meet() -> None:
    claims = parallel.Claims(10)
    try:
        assert claims.take(front=True, batch=4) == range(0, 4)
        assert claims.take(front=False, batch=4) == range(6, 10)
        assert claims.take(front=False, batch=4) == range(4, 6)
        assert claims.take(front=True, batch=4) == range(0)
        assert claims.take(front=False, batch=4) == range(0)
    finally:
        claims.close()


def _take_all(claims: parallel.Claims, front: bool) -> list[int]:
    taken: list[int] = []
    while got := claims.take(front=front, batch=3):
        taken.extend(got)
        time.sleep(0.001)  # give the other process a chance to interleave
    return taken


def test_when_waiting_for_the_helper_is_interrupted_the_helper_is_stopped() -> None:
    # Earlier tests may leave children of their own running (a preview server's helpers):
    # only the ones forked by this split count.
    before = set(live_children())
    children: list[int] = []

    def endless() -> None:
        while True:
            time.sleep(1)

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError("time limit")

    already = set(live_children())  # other tests' processes, still ending, are not the helper
    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, 0.5)
    try:
        with pytest.raises(TimeoutError):
            parallel.split(lambda: children.extend(set(live_children()) - before), endless)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    helpers = set(children) - already
    assert helpers, "the helper was forked"
    assert not helpers & set(live_children())


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_two_processes_share_the_work_exactly_once() -> None:
    claims = parallel.Claims(500)
    try:
        mine, theirs = parallel.split(lambda: _take_all(claims, False), lambda: _take_all(claims, True))
    finally:
        claims.close()
    assert sorted(mine + theirs) == list(range(500))
    assert mine and theirs  # both did some of it
    assert max(theirs) < min(mine)  # the helper from the front, this process from the back


def test_an_error_in_the_helper_is_raised_here() -> None:
    def fails() -> int:
        raise ValueError("broken in the helper")

    with pytest.raises(ValueError, match="broken in the helper"):
        parallel.split(lambda: 1, fails)


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_when_this_side_fails_the_helper_is_stopped() -> None:
    def fails() -> int:
        raise ValueError("broken here")

    def slow() -> int:
        time.sleep(60)
        return 1

    started = time.monotonic()
    with pytest.raises(ValueError, match="broken here"):
        parallel.split(fails, slow)
    assert time.monotonic() - started < 30  # not the helper's 60 s


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_a_helper_works_in_another_process_and_hands_back_its_result() -> None:
    helper = parallel.Helper(os.getpid)
    assert helper.result() not in (os.getpid(), None)


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_an_idle_helper_runs_at_the_lowest_priority_and_this_process_as_it_was() -> None:
    before = os.nice(0)
    assert parallel.Helper(lambda: os.nice(0), idle=True).result() == parallel.LOWEST_PRIORITY
    assert parallel.Helper(lambda: os.nice(0)).result() == before
    assert os.nice(0) == before


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_a_stop_let_in_as_the_helper_starts_ends_it_there(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Ctrl-C (sent to the whole process group) reaching a helper as its held signals are
    # let in, before it had started its work: the interrupt left the fork and the helper
    # went on as a second copy of the command, unwinding the build (its staging folder
    # abandoned or removed, its other helpers killed) and saying it was interrupted.
    parent = os.getpid()
    let_in = parallel._let_stops_in

    def interrupted(held: set[int | signal.Signals] | None) -> None:
        let_in(held)
        if os.getpid() != parent:
            raise KeyboardInterrupt

    monkeypatch.setattr(parallel, "_let_stops_in", interrupted)
    escaped = tmp_path / "escaped"
    try:
        helper = parallel.Helper(lambda: 1)
    finally:
        if os.getpid() != parent:  # the helper is here, in the caller's code
            escaped.write_text("yes")
            os._exit(0)
    with pytest.raises(KeyboardInterrupt):  # its interrupt, told as its error
        helper.result()
    assert not escaped.exists()


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_a_stopped_helper_is_gone_at_once() -> None:
    def slow() -> int:
        time.sleep(60)
        return 1

    helper = parallel.Helper(slow)
    started = time.monotonic()
    helper.stop()
    assert time.monotonic() - started < 30  # killed, not waited for


class _Flag:
    """A yes/no set here and seen at once by a forked helper (a byte of shared memory)."""

    def __init__(self) -> None:
        self._shared = mmap.mmap(-1, 1)  # anonymous and shared across fork

    def set(self) -> None:
        self._shared[0] = 1

    def is_set(self) -> bool:
        return self._shared[0] == 1

    def close(self) -> None:
        self._shared.close()


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_a_channel_carries_a_value_while_the_helper_goes_on() -> None:
    channel = parallel.Channel()
    go_on = _Flag()

    def work() -> str:
        channel.send({"parsed": list(range(100_000))})  # more than a pipe holds
        while not go_on.is_set():  # still working after sending
            time.sleep(0.001)
        return "done"

    helper = parallel.Helper(work)
    try:
        assert channel.receive() == {"parsed": list(range(100_000))}
        assert channel.receive() is None  # once only
        go_on.set()
        assert helper.result() == "done"
    finally:
        channel.close()
        go_on.close()


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_a_value_no_longer_wanted_does_not_block_the_helper() -> None:
    channel = parallel.Channel()

    def work() -> str:
        time.sleep(0.2)  # this process closes the channel meanwhile
        try:
            channel.send(list(range(100_000)))
        except BrokenPipeError:
            return "not wanted"
        return "sent"

    helper = parallel.Helper(work)
    channel.close()
    assert helper.result() == "not wanted"


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_a_fork_that_fails_leaves_nothing_open(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    before = sorted(os.listdir("/proc/self/fd"))
    monkeypatch.setattr(os, "fork", no_fork)
    with pytest.raises(BlockingIOError):
        parallel.Helper(lambda: 1)
    assert sorted(os.listdir("/proc/self/fd")) == before


# A SIGTERM that comes while Python runs the functions registered to run at a fork (here
# one of the script's own, standing in for the logging module's): its handler's exception
# was printed and dropped ('Exception ignored in'), and the build went on to the end.
STOPPED_WHILE_FORKING = """
import os, signal, sys, time
from generator.speed import parallel

class Stopped(BaseException):
    pass

def stop(number, frame):
    raise Stopped()

signal.signal(signal.SIGTERM, stop)
parent = os.getpid()
os.register_at_fork(after_in_parent=lambda: os.kill(parent, signal.SIGTERM))
children = []
original = os.fork
def fork():
    pid = original()
    children.append(pid)
    return pid
os.fork = fork
try:
    parallel.Helper(lambda: time.sleep(30))
except Stopped:
    time.sleep(0.1)
    print("stopped", children != [] and all(not os.path.exists(f"/proc/{pid}") for pid in children))
    sys.exit(0)
print("went on")
"""


@pytest.mark.skipif(not parallel.available() or not hasattr(signal, "pthread_sigmask"), reason="needs fork")
def test_a_stop_that_comes_while_forking_is_raised_and_the_helper_stopped() -> None:
    done = subprocess.run(
        [sys.executable, "-c", STOPPED_WHILE_FORKING],
        env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert (done.stdout, done.stderr) == ("stopped True\n", "")


KILLED_PARENT = """
import time
from generator.speed import parallel

helper = parallel.Helper(lambda: time.sleep(60))
print(helper._pid, flush=True)
time.sleep(60)
"""


def _running(pid: int) -> bool:
    """Whether ``pid`` is a process still running (a zombie, dead but not yet reaped by
    whoever adopted it, is not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(
    not parallel.available() or sys.platform != "linux", reason="needs fork and Linux's prctl"
)
def test_a_helper_ends_when_its_parent_is_killed_outright() -> None:
    # SIGKILL gives the parent no chance to stop its helper: the helper asked the
    # kernel to end it with its parent.
    parent = subprocess.Popen(
        [sys.executable, "-c", KILLED_PARENT],
        env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert parent.stdout is not None
        helper = int(parent.stdout.readline())
        assert _running(helper)
        parent.kill()
        parent.wait(timeout=10)
        deadline = time.monotonic() + 10
        while _running(helper) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not _running(helper)
    finally:
        parent.kill()
        parent.wait(timeout=10)


class _Stuck:
    """Counters that never answer: a process reading them is stuck inside ``take``, and
    says so first with a byte written to ``inside`` (a pipe's writing end)."""

    def __init__(self, inside: int) -> None:
        self._inside = inside

    def unpack_from(self, buffer: object, offset: int) -> tuple[int, int]:
        os.write(self._inside, b"!")
        while True:
            time.sleep(1)


def test_a_helper_that_dies_while_taking_leaves_the_rest_to_take() -> None:
    # A helper killed (the kernel's out-of-memory killer, a stop) between taking the
    # list's token and giving it back held it for ever: the build's process waited on it
    # for good. Now the lock is let go with the process that held it.
    claims = parallel.Claims(10)
    said, inside = os.pipe()
    try:
        pid = os.fork()
        if pid == 0:  # the helper: stuck inside take, as if killed there
            parallel._COUNTERS = _Stuck(inside)  # type: ignore[assignment]
            try:
                claims.take(front=True, batch=1)
            finally:
                os._exit(1)
        os.close(inside)
        # Killed once it is inside take, holding what guards the counters, as it says:
        # after a fixed 0.3 s, a busy machine could kill it before it got there, and the
        # test then passed without a lock ever held.
        try:
            with time_limit(10):
                assert os.read(said, 1) == b"!"
        finally:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        with time_limit(5):
            assert claims.take(front=False, batch=10) == range(0, 10)
    finally:
        os.close(said)
        claims.close()
