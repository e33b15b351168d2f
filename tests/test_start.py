"""The command as it starts: Ctrl-C while its modules load."""

from __future__ import annotations

import subprocess
import sys

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
