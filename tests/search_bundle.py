"""Comparing Pagefind bundles, whose filter files differ from run to run.

Pagefind writes the values of each filter in hash-map order, which changes with every
run of the binary; the filter files' names are hashes of their bytes, and the language's
metadata file and ``pagefind-entry.json`` name those files, so they change with them
(Pagefind's maintainer says so in Pagefind issue #638: the fragments, the bulk of the
bundle, are stable since 1.3, "other files will still change, such as the filter/metadata
indexes"). Everything else in the bundle is byte for byte the same.

``comparable`` turns those few files into a form that is equal whenever their content is
the same in any order: each one's decompressed bytes, hashes masked, sorted. A value
added, removed or renamed still changes it.
"""

from __future__ import annotations

import gzip
import re

UNSTABLE = re.compile(
    r"^((.*/)?pagefind/)?(filter/.*\.pf_filter|pagefind\..*\.pf_meta|pagefind-entry\.json)$"
)
"""The files of a bundle (by path in a site, or in the bundle) that vary between runs."""
HASHED = re.compile(rb"([a-z]{2,}(-[a-z0-9]+)*)_[0-9a-f]{7,}")


def _canonical(path: str, data: bytes) -> bytes:
    if not path.endswith(".json"):
        data = gzip.decompress(data)
    return bytes(sorted(HASHED.sub(rb"\1_HASH", data)))


def comparable(files: dict[str, bytes]) -> dict[str, bytes]:
    """``files`` (a site by path) with the unstable bundle files in a comparable form,
    under names without their hashes (numbered in the order of their content)."""
    out: dict[str, bytes] = {}
    unstable: dict[str, list[bytes]] = {}
    for path, data in files.items():
        match = UNSTABLE.match(path)
        if match is None:
            out[path] = data
            continue
        name = HASHED.sub(rb"\1_HASH", path.encode()).decode()
        unstable.setdefault(name, []).append(_canonical(path, data))
    for name, contents in unstable.items():
        for i, content in enumerate(sorted(contents)):
            out[f"{name}#{i}"] = content
    return out
