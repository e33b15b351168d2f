"""Tests of generator/markdown/."""
