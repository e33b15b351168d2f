"""The command as it starts: Ctrl-C while its modules load, and the cycle collector paused meanwhile."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from generator.switch import SPEED_SWITCH
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


# The command started as ``explainer`` starts it, saying (as JSON, when the process ends)
# whether the collector was paused when the command line's module began to load, and,
# when a paused collector is resumed, how many passes it made since ``run`` began and
# whether the modules were left out of them; and whether it runs at the end.
WATCHING_THE_COLLECTOR = """
import atexit, gc, json, sys

seen = {}
passes = []
gc.callbacks.append(lambda phase, info: phase == "start" and passes.append(info["generation"]))

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "generator.cli":
            seen["paused while loading"] = not gc.isenabled()
        return None

resume = gc.enable

def enable():
    if not gc.isenabled():
        seen["passes while paused"] = len(passes)
        seen["modules frozen"] = gc.get_freeze_count() > 10_000
    resume()

gc.enable = enable
atexit.register(lambda: print(json.dumps({**seen, "running at the end": gc.isenabled()})))
sys.meta_path.insert(0, Watch())
sys.argv = ["explainer", "--help"]
from generator.start import run

passes.clear()
run()
"""


@pytest.mark.parametrize(
    ("switch", "expected"),
    [
        (
            "on",
            {
                "paused while loading": True,
                "passes while paused": 0,
                "modules frozen": True,
                "running at the end": True,
            },
        ),
        # The pause is a speed-up: switched off, the modules load as Python loads them.
        ("off", {"paused while loading": False, "running at the end": True}),
    ],
)
def test_the_modules_load_without_the_collectors_passes_unless_the_speed_ups_are_off(
    switch: str, expected: dict[str, object]
) -> None:
    # It passed over the growing heap 60 times while they loaded: 14-17 ms of every
    # command. With the speed-ups, what they made is then left out of its passes.
    env = {**os.environ, SPEED_SWITCH: switch}
    done = subprocess.run(
        [sys.executable, "-c", WATCHING_THE_COLLECTOR],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert done.returncode == 0 and done.stdout.startswith("usage: explainer "), done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == expected
