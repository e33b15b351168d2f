"""How a command ends when it is interrupted: Ctrl-C, and SIGTERM or SIGHUP made to end
it the same way (``end_on_termination``); the exit code each gives (``exit_code``); what
the command then says it left (``outcome``); and a step no signal may cut in two
(``signals_held``: deploy's push and the move of its local branch).

One module for every signal the command handles, beside ``start.py`` (which handles
Ctrl-C while the command loads, before this module is imported) rather than in
``commands/``, which holds one module per command: the command line sets the handlers
for every command, and deploy holds them.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from generator.start import INTERRUPTED


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the program was, as Ctrl-C's KeyboardInterrupt is."""

    def __init__(self, signal_number: int) -> None:
        super().__init__(signal_number)
        self.signal = signal_number


def end_on_termination() -> None:
    """SIGTERM (``kill``, a cancelled CI job) and SIGHUP (a closed terminal) end a command
    as Ctrl-C does: what it was doing unwinds, so its helper processes are stopped and its
    unfinished folder is put away. By Python's default they ended the process at once,
    and a picture-encoding helper went on alone. (The preview sets its own, which stop
    its event loop between two callbacks: ``commands/serve.py``.)"""

    def terminated(signal_number: int, _frame: object) -> None:
        raise Terminated(signal_number)

    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)  # no SIGHUP on Windows
        # A signal the caller chose to ignore stays ignored: 'nohup explainer build &'
        # is meant to outlive its terminal.
        if number is not None and signal.getsignal(number) is not signal.SIG_IGN:
            signal.signal(number, terminated)


def exit_code(stop: BaseException) -> int:
    """128 + the number of the signal: 143 for SIGTERM, 129 for SIGHUP, 130 for Ctrl-C. An
    interrupt raised from another (deploy's, once it has published) has that one's."""
    if isinstance(stop, Terminated):
        return 128 + stop.signal
    if isinstance(stop.__cause__, KeyboardInterrupt):
        return exit_code(stop.__cause__)
    return INTERRUPTED


class InterruptedAfterwards(KeyboardInterrupt):
    """An interrupt that came once a command had done what cannot be undone (deploy's
    push), raised from that interrupt (its ``__cause__``, which tells the exit code):
    ``left`` says what it did, after 'explainer: interrupted'."""

    left: str = ""


def outcome(verb: str, stop: KeyboardInterrupt) -> str:
    """What an interrupted command says it left. Only a build and a deploy replace a
    site, and only once it is whole (output/staging.py); a deploy may have published by
    then, and its interrupt says so (``InterruptedAfterwards``)."""
    if isinstance(stop, InterruptedAfterwards):
        return stop.left
    return "; the previous site is unchanged" if verb in ("build", "deploy") else ""


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT (Ctrl-C), SIGTERM and SIGHUP while the block runs, and let them in after.

    For a step a signal must not cut in two: deploy's push and the move of the local
    branch that follows it. Cut between them, the remote had the new site, the local
    branch did not, and every later deploy was refused as behind the remote. A signal
    held meanwhile arrives as the block ends, so the command still ends as interrupted,
    only not half-way.

    Held twice over. Blocked in this thread's signal mask, which the processes the block
    starts (git push and its helpers) inherit, so they finish too: a push waiting at a
    password prompt is left by answering it, not by Ctrl-C. And noted by a handler of
    our own meanwhile: a signal sent to the process reaches whichever of its threads
    does not block it (a library's helper thread, say), and Python then runs the handler
    in the main thread all the same, which raised KeyboardInterrupt in the middle of the
    push. The handlers are the main thread's to change; from any other, and on Windows
    (no signal masks), the block runs as it is.
    """
    if sys.platform == "win32" or threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: list[int] = []

    def note(number: int, frame: object) -> None:
        arrived.append(number)

    # One ignored already stays ignored (under nohup, SIGHUP): a handler of ours would
    # end the ignoring for git push and its hooks, which a hang-up then killed.
    held = tuple(
        number
        for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
        if signal.getsignal(number) is not signal.SIG_IGN
    )
    handlers = {number: signal.signal(number, note) for number in held}
    before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)  # what the mask held is noted now
        for number, handler in handlers.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)  # None: set outside Python
        if arrived:
            signal.raise_signal(arrived[0])  # handled as it would have been, now the step is over
