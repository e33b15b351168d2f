"""Tests of generator/preview/: the watcher, the rebuilds, and what the server answers."""
