"""Work for later: done at once (plain builds), in a thread meanwhile or in a helper
process aside (fast ones), with the same result or error each way."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from generator.speed import parallel
from generator.speed.later import Later
from tests.conftest import live_children


def test_now_is_done_before_it_returns_and_meanwhile_in_another_thread() -> None:
    threads: list[threading.Thread] = []

    def here() -> int:
        threads.append(threading.current_thread())
        return 1

    done = Later.now(here)
    assert threads == [threading.main_thread()]
    assert done.result() == 1
    go = threading.Event()

    def work() -> int:
        go.wait(10)  # waits for the caller: so it cannot be running in the caller's thread
        threads.append(threading.current_thread())
        return 2

    later = Later.meanwhile(work)
    go.set()
    assert later.result() == 2
    assert threads[1] is not threading.main_thread()


@pytest.mark.parametrize("how", [Later.now, Later.meanwhile, Later.aside])
def test_the_works_error_is_raised_by_result(how: object) -> None:
    def fail() -> int:
        raise ValueError("no index")

    later = how(fail)  # type: ignore[operator]
    later.wait()
    with pytest.raises(ValueError, match="no index"):
        later.result()


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_aside_is_done_in_another_process_at_the_lowest_priority() -> None:
    later = Later.aside(lambda: (os.getpid(), os.nice(0)))
    pid, niceness = later.result()
    assert pid != os.getpid()
    assert niceness == parallel.LOWEST_PRIORITY


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_work_aside_stopped_is_over_when_stop_returns(tmp_path: Path) -> None:
    mark = tmp_path / "written"

    def slow() -> int:
        time.sleep(0.5)
        mark.write_text("too late")
        return 1

    later = Later.aside(slow)
    started = time.monotonic()
    later.stop()
    assert time.monotonic() - started < 0.5  # killed, not waited for
    time.sleep(1)
    assert not mark.exists()
    with pytest.raises(RuntimeError, match="stopped"):
        later.result()


def test_stopping_work_done_or_in_a_thread_waits_for_it() -> None:
    done: list[int] = []

    def work() -> int:
        time.sleep(0.2)
        done.append(1)
        return 1

    later = Later.meanwhile(work)
    later.stop()
    assert done == [1]  # a thread cannot be killed: it was waited for
    assert later.result() == 1


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_work_aside_is_stopped_when_waiting_for_it_is_interrupted() -> None:
    def endless() -> int:
        while True:
            time.sleep(1)

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError("time limit")

    before = set(live_children())
    later = Later.aside(endless)
    helper = set(live_children()) - before
    assert len(helper) == 1
    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, 0.3)
    try:
        with pytest.raises(TimeoutError):
            later.result()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert not helper & set(live_children())  # stopped, not left running
