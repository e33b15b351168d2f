"""Tests of generator/geometry/."""
