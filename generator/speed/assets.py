"""The theme's assets as the preview's server publishes them (``copying.publishable_asset``,
as a build copies them), each stylesheet's kept while its file is unchanged
(``KeptAssets``): taking out its comments took 0.3 ms of every page load. With the
speed-ups off, the server strips each one when it is asked for (``PlainAssets``), as a
build does: the same bytes, nothing kept."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from generator.output import copying

Identity = tuple[int, int]
"""A file's size and modification time in nanoseconds (``file_identity``)."""


def file_identity(path: str) -> Identity:
    """The size and modification time of the file at ``path`` (a link followed)."""
    found = os.stat(path)
    return (found.st_size, found.st_mtime_ns)


class ThemeAssets(Protocol):
    """How the preview's server publishes a file of the theme's ``assets/``."""

    def published(self, rel: str, path: str, read: Callable[[str], bytes]) -> bytes:
        """The theme's asset ``rel`` (``css/print.css``), whose file is at ``path``, as
        published; ``read`` reads that file (UnsafeFile or OSError, passed on)."""
        ...


class PlainAssets:
    """Each asset read and made publishable whenever it is asked for."""

    def published(self, rel: str, path: str, read: Callable[[str], bytes]) -> bytes:
        return copying.publishable_asset(rel, read(path))


@dataclass
class KeptAssets:
    """Each stylesheet's published bytes kept by its path while its file is the same
    (size and modification time).

    The identity is read before the file: a save in between is kept under the older
    identity, which the next request no longer finds, so the bytes kept are never
    newer than their identity says, nor served once the file changed."""

    kept: dict[str, tuple[Identity, bytes]] = field(default_factory=dict)
    """A stylesheet's identity when read, and its bytes as published, by its path."""

    def published(self, rel: str, path: str, read: Callable[[str], bytes]) -> bytes:
        if not copying.is_stylesheet(rel):
            return read(path)
        identity = file_identity(path)
        data = read(path)
        kept = self.kept.get(path)
        if kept is not None and kept[0] == identity:
            return kept[1]
        stripped = copying.publishable_asset(rel, data)
        if identity[0] == len(data):  # else changed as it was read: asked again, read again
            self.kept[path] = (identity, stripped)
        return stripped
