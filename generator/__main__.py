"""``python -m generator`` is the same as the ``explainer`` command."""

from generator.start import run

run()
