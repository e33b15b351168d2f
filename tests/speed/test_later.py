"""Work for later: done at once (plain builds), in a thread meanwhile or in a helper
process aside (fast ones), with the same result or error each way."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.speed import Plain, parallel
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


@pytest.mark.parametrize("how", [Later.now, Later.meanwhile])
def test_the_works_error_is_raised_by_result(how: object) -> None:
    def fail() -> int:
        raise ValueError("no index")

    later = how(fail)  # type: ignore[operator]
    later.wait()
    with pytest.raises(ValueError, match="no index"):
        later.result()


HERE = os.getpid()


def _claimed(tmp_path: Path, item: int) -> None:
    """Wait until the helper has begun ``item`` (its mark written)."""
    waited = time.monotonic()
    while not (tmp_path / f"claimed-{item}").exists():
        assert time.monotonic() - waited < 30, "the helper never began its work"
        time.sleep(0.01)


def _marking(tmp_path: Path, helper_takes: float = 0.0, here_takes: float = 0.0) -> Callable[[int], None]:
    """Work aside that writes which process did each item, at which priority; in the
    helper it marks each item begun, and each takes the time given to its process."""

    def work(item: int) -> None:
        here = os.getpid() == HERE
        if not here:
            (tmp_path / f"claimed-{item}").write_text("")
        time.sleep(here_takes if here else helper_takes)
        (tmp_path / f"did-{item}").write_text(f"{'here' if here else 'helper'} {os.nice(0)}")

    return work


def _who_did(tmp_path: Path, items: range) -> list[str]:
    return [(tmp_path / f"did-{i}").read_text() for i in items]


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_work_aside_is_done_by_a_helper_at_the_lowest_priority(tmp_path: Path) -> None:
    before = set(live_children())  # other tests' processes, still ending, are not the helper
    later = Later.aside(_marking(tmp_path), [0, 1])
    _claimed(tmp_path, 1)  # the helper has taken both (from the front)
    # and finished them, its process over: one it still held when the result is asked would
    # be done here again (what the next test checks), which a busy machine made happen.
    waited = time.monotonic()
    while set(live_children()) - before:
        assert time.monotonic() - waited < 30, "the helper never ended"
        time.sleep(0.01)
    later.result()
    assert _who_did(tmp_path, range(2)) == [f"helper {parallel.LOWEST_PRIORITY}"] * 2
    assert os.nice(0) < parallel.LOWEST_PRIORITY  # this process's priority is its own


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_what_the_helper_has_not_done_when_the_result_is_asked_is_done_here(tmp_path: Path) -> None:
    # A machine kept busy by other work leaves an idle helper no time: the caller must
    # not wait on it, neither for what it has not taken nor for what it holds.
    before = set(live_children())  # other tests' processes, still ending, are not the helper
    later = Later.aside(_marking(tmp_path, helper_takes=30), [0, 1, 2, 3])
    helper = set(live_children()) - before
    assert len(helper) == 1
    _claimed(tmp_path, 0)  # the helper is at work on the first
    started = time.monotonic()
    later.result()
    assert time.monotonic() - started < 20
    assert _who_did(tmp_path, range(4)) == [f"here {os.nice(0)}"] * 4
    assert not helper & set(live_children())  # the helper was stopped


@pytest.mark.parametrize("aside", [True, False], ids=["helper", "plain"])
def test_the_error_of_work_aside_is_raised_by_result(tmp_path: Path, aside: bool) -> None:
    def fail(item: int) -> None:
        if item == 0:
            raise ValueError("no page")

    if aside:
        later = Later.aside(fail, [0, 1])
        with pytest.raises(ValueError, match="no page"):
            later.result()
    else:
        with pytest.raises(ValueError, match="no page"):
            Plain("content").aside(fail, [0, 1])


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_work_aside_stopped_is_over_when_stop_returns(tmp_path: Path) -> None:
    before = set(live_children())
    later = Later.aside(_marking(tmp_path, helper_takes=0.5), [0])
    helper = set(live_children()) - before
    assert len(helper) == 1
    _claimed(tmp_path, 0)
    started = time.monotonic()
    later.stop()
    assert time.monotonic() - started < 0.5  # killed, not waited for
    assert not helper & set(live_children())
    time.sleep(1)
    assert not (tmp_path / "did-0").exists()
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
def test_work_aside_is_stopped_when_finishing_it_here_is_interrupted(tmp_path: Path) -> None:
    def expired(signum: int, frame: object) -> None:
        raise TimeoutError("time limit")

    before = set(live_children())
    later = Later.aside(_marking(tmp_path, helper_takes=60, here_takes=60), [0, 1])
    helper = set(live_children()) - before
    assert len(helper) == 1
    _claimed(tmp_path, 0)
    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, 0.3)
    try:
        with pytest.raises(TimeoutError):
            later.result()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert not helper & set(live_children())  # stopped, not left running
