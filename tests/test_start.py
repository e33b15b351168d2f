"""The command as it starts: Ctrl-C while its modules load, and the cycle collector paused meanwhile."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

# A finder that raises KeyboardInterrupt when the command line's module is imported, as
# Ctrl-C pressed in the first moments of a command does.
STOPPED_WHILE_LOADING = """
import sys

class Stop:
    def find_spec(self, name, path=None, target=None):
        if name == "generator.cli":
            raise KeyboardInterrupt
        return None

sys.meta_path.insert(0, Stop())
from generator.start import run
run()
"""


def test_ctrl_c_while_the_command_loads_ends_it_in_one_line() -> None:
    # It printed Python's traceback, ending in 'KeyboardInterrupt'.
    done = subprocess.run(
        [sys.executable, "-c", STOPPED_WHILE_LOADING], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stderr, done.stdout) == (130, "explainer: interrupted\n", "")


def test_the_command_runs_once_loaded() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "generator", "--help"], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout.startswith("usage: explainer ")


# The command started as ``explainer`` starts it, saying when the collector resumes how
# many passes it made since ``run`` began, and whether the modules were left out of them.
COUNTING_PASSES = """
import gc, sys

passes = []
gc.callbacks.append(lambda phase, info: phase == "start" and passes.append(info["generation"]))
resume = gc.enable

def enable():
    print("resumed after", len(passes), "passes; frozen:", gc.get_freeze_count() > 10_000, flush=True)
    resume()

gc.enable = enable
sys.argv = ["explainer", "--help"]
from generator.start import run

passes.clear()
run()
"""


@pytest.mark.parametrize(("switch", "frozen"), [("on", True), ("off", False)])
def test_the_modules_load_without_the_collectors_passes(switch: str, frozen: bool) -> None:
    # It passed over the growing heap 60 times while they loaded: 14-17 ms of every
    # command. With the speed-ups, what they made is then left out of its passes.
    env = {**os.environ, "EXPLAINER_SPEED": switch}
    done = subprocess.run(
        [sys.executable, "-c", COUNTING_PASSES],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    first, *rest = done.stdout.splitlines()
    assert first == f"resumed after 0 passes; frozen: {frozen}", done.stderr
    assert done.returncode == 0 and rest[0].startswith("usage: explainer ")
