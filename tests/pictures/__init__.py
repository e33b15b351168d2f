"""Tests of generator/pictures/."""
