"""Tests of generator/speed/."""
