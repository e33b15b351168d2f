"""The ``explainer`` command as it starts: Ctrl-C before its modules are loaded (which
takes a moment) ends it as Ctrl-C does later, in one line, not with Python's traceback;
and the cycle collector paused while they load (``speed.loaded`` says why), unless the
speed-ups are off (``EXPLAINER_SPEED=off``): the pause is one of them."""

from __future__ import annotations

import gc
import sys

from generator.switch import speed_enabled

INTERRUPTED = 130
"""128 + SIGINT, as a command stopped by Ctrl-C ends (``interrupt.exit_code``)."""


def run() -> None:
    """Load the command line (``cli.py``), then run it."""
    if speed_enabled():
        gc.disable()  # resumed by speed.loaded, once the modules are in
    try:
        from generator import speed
        from generator.cli import run as command
    except KeyboardInterrupt:
        print("explainer: interrupted", file=sys.stderr)
        sys.exit(INTERRUPTED)
    speed.loaded()
    command()
