"""The version of each of the theme's assets: what a page's link to it ends with
(``style.css?v=3f2a9c01be``), so that its address changes when, and only when, the file's
bytes do.

GitHub Pages serves every file for ten minutes from a browser's cache
(``Cache-Control: max-age=600``): without a version a returning reader could get the new
page with the old stylesheet or script (a script reading markup it does not know), or
the other way round. The version goes in the query, not the file's name, so the file
keeps its address: an older embed code pasted in an article, a link in the README and
the preview's live reload of a stylesheet (which matches a link by its path) still find
it, and a file that names another (a ``url(...)`` in the stylesheet) still does.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

VERSION_DIGITS = 10
"""How many hex digits of the SHA-256 a version keeps: a theme has a handful of files,
and one has a handful of versions a browser may still hold; 40 bits tell them apart."""


def version_of(data: bytes) -> str:
    """The version of an asset whose bytes, as published, are ``data``."""
    return hashlib.sha256(data).hexdigest()[:VERSION_DIGITS]


def versions_of(assets: Mapping[str, bytes]) -> dict[str, str]:
    """Each asset's version, by its name in ``assets/`` (``css/print.css``)."""
    return {name: version_of(data) for name, data in assets.items()}


def versioned(name: str, version: str) -> str:
    """``name`` as a theme's template writes it (``style.css``, ``icons.svg#arrow``,
    ``style.css?theme=dark``) with ``v=version`` added to its query, before any fragment."""
    address, hash_mark, fragment = name.partition("#")
    joint = "&" if "?" in address else "?"
    return f"{address}{joint}v={version}{hash_mark}{fragment}"
