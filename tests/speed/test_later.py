"""Work for later: done at once (plain builds) or in a thread meanwhile (fast ones), with
the same result or error either way."""

from __future__ import annotations

import threading

import pytest

from generator.speed.later import Later


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
