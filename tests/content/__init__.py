"""Tests of generator/content/."""
