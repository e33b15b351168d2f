"""Tests of generator/content/lint/: each warning, by the module that finds it."""
