"""``python -m generator`` is the same as the ``explainer`` command."""

from generator.cli import run

run()
