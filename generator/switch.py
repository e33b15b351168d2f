"""The switch of the speed-ups: ``EXPLAINER_SPEED=off`` (or ``0``, ``no``, ``false``) in
the environment makes every build plain (``speed.Plain``), and tests use it.

A module of its own, with nothing to import, because it is read twice: by the command as
it starts (``start.py``), before the speed package is imported (importing it, and the
modules it brings, is what the cycle collector is paused for), and by that package
(``speed.for_content``), the build's report and the preview: the one name for both."""

from __future__ import annotations

import os

SPEED_SWITCH = "EXPLAINER_SPEED"
"""The environment variable that switches the speed-ups off."""


def speed_enabled() -> bool:
    """Whether the speed-ups are on: anything but ``off``, ``0``, ``no`` or ``false``
    (in any case), and on when ``EXPLAINER_SPEED`` is not set."""
    return os.environ.get(SPEED_SWITCH, "on").lower() not in ("off", "0", "no", "false")
