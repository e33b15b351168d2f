"""Which release of an installed distribution this is, and its install record (each
file's path and digest), read as ``importlib.metadata`` reads them without importing it:
what decides a cache's output besides our code (Pillow's build for the pictures,
MarkupSafe's release for the compiled templates)."""

from __future__ import annotations

import csv
import os
import re
import sys

Record = list[tuple[str, str | None]]
"""An install record: each file's path and, where given, the value of its digest."""


def installed(name: str) -> tuple[str, Record] | None:
    """The release and install record of the distribution ``name``, as
    ``importlib.metadata`` gives them (a test compares), or None where it is not installed.

    Read where importlib.metadata first looks: the ``<name>-<release>.dist-info`` folder
    in the first folder of ``sys.path`` that has one. Importing importlib.metadata took
    13 ms of every build with a picture or a social card; it is asked only where no such
    folder is found (an egg, a zip archive, a finder of its own)."""
    found = _dist_info(name)
    if found is None:
        return _asked_metadata(name)
    folder, version = found
    try:
        with open(os.path.join(folder, "RECORD"), encoding="utf-8", newline="") as f:
            rows = [row for row in csv.reader(f) if row]
    except OSError:
        return _asked_metadata(name)
    return version, [(row[0], (row[1].partition("=")[2] if len(row) > 1 else "") or None) for row in rows]


def _dist_info(name: str) -> tuple[str, str] | None:
    """The ``<name>-<release>.dist-info`` folder importlib.metadata would read, and the
    release: in the first folder of ``sys.path`` that has metadata of ``name`` (a
    ``dist-info`` before an ``egg-info`` in the same folder, as it prefers). None where
    it would read something else first (an ``egg-info`` folder, a zip archive), or nothing."""
    wanted = _normal(name)
    for entry in sys.path:
        where = entry or "."
        if os.path.isfile(where):  # a zip archive, which importlib.metadata looks inside
            return None
        try:
            names = os.listdir(where)
        except OSError:
            continue
        egg = False
        for folder in names:
            stem, _, suffix = folder.rpartition(".")
            suffix = suffix.lower()
            if suffix not in ("dist-info", "egg-info"):
                continue  # a package, a module: most of a site-packages folder
            distribution, _, version = stem.partition("-")
            if _normal(distribution) != wanted:
                continue
            if suffix == "dist-info" and version:
                return os.path.join(where, folder), version
            egg = egg or suffix == "egg-info"
        if egg:
            return None
    return None


def _normal(name: str) -> str:
    """A distribution's name as its dist-info folder and importlib.metadata compare it."""
    return re.sub(r"[-_.]+", "_", name).lower()


def _asked_metadata(name: str) -> tuple[str, Record] | None:
    import importlib.metadata

    try:
        distribution = importlib.metadata.distribution(name)
    except importlib.metadata.PackageNotFoundError:
        return None
    record = [(str(f), f.hash.value if f.hash else None) for f in distribution.files or ()]
    return distribution.version, record
