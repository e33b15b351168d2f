"""How a command ends when interrupted: signals, exit codes, a step held against them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from generator import interrupt
from tests.conftest import REPO


def test_a_signal_the_caller_ignores_stays_ignored() -> None:
    # 'nohup explainer build &' ignores SIGHUP so that the build outlives its terminal;
    # SIGTERM, not ignored, ends the command as Ctrl-C does.
    script = (
        "import signal; from generator import interrupt\n"
        "signal.signal(signal.SIGHUP, signal.SIG_IGN)\n"
        "interrupt.end_on_termination()\n"
        "print(signal.getsignal(signal.SIGHUP) is signal.SIG_IGN, callable(signal.getsignal(signal.SIGTERM)))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(REPO)},
                          capture_output=True, text=True, check=True)  # fmt: skip
    assert done.stdout == "True True\n"


def test_a_signal_ignored_before_publishing_stays_ignored_for_what_it_runs() -> None:
    # Under nohup, SIGHUP is ignored; holding it with a handler of ours ended the ignoring
    # for git push and its hooks (a handler is not inherited across exec, an ignored
    # signal is), and a hang-up then killed the push.
    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with interrupt.signals_held():
            assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
            # A hook's shell (dash) clears the signal mask: only the ignoring protects it.
            done = subprocess.run(
                ["sh", "-c", "kill -HUP $$; echo alive"], capture_output=True, text=True, check=False
            )
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, before)
    assert (done.returncode, done.stdout) == (0, "alive\n")
