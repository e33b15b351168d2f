"""The preview package itself (``preview/__init__.py``): its one-line log, and the
deprecation warnings of livereload and tornado kept off the editor's terminal, and no
other module's."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from generator import preview
from tests.conftest import REPO


def test_say_prints_one_line_with_the_time_first(capsys: pytest.CaptureFixture[str]) -> None:
    preview.say("built 41 pages in 265 ms")
    out, err = capsys.readouterr()
    assert re.fullmatch(r"\d\d:\d\d:\d\d built 41 pages in 265 ms\n", out)
    assert err == ""


WARN = """
import warnings
import generator.preview
for module in ("livereload.server", "tornado.ioloop", "generator.render.pages", "livereloaded", "tornadoes"):
    warnings.warn_explicit("old call", DeprecationWarning, f"{module}.py", 1, module=module)
"""


def test_only_livereloads_and_tornados_deprecation_warnings_are_silenced() -> None:
    # A process of its own: pytest shows every deprecation warning in its tests, over
    # the filters a module sets. '-W default' is what a user's PYTHONWARNINGS may ask.
    done = subprocess.run(
        [sys.executable, "-W", "default", "-c", WARN], cwd=REPO, capture_output=True, text=True, check=True
    )
    warned = sorted(re.findall(r"^(\S+)\.py:1: DeprecationWarning", done.stderr, re.MULTILINE))
    # A module whose name only begins as theirs is not theirs: its warnings are shown.
    assert warned == ["generator.render.pages", "livereloaded", "tornadoes"]
