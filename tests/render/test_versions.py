from __future__ import annotations

import hashlib

from generator.render.versions import version_of, versioned, versions_of


def test_a_version_is_the_start_of_the_files_sha256_and_changes_with_any_byte() -> None:
    assert version_of(b"body{}") == hashlib.sha256(b"body{}").hexdigest()[:10]
    assert version_of(b"body{}") != version_of(b"body{ }")
    assert versions_of({"style.css": b"body{}", "css/print.css": b""}) == {
        "style.css": version_of(b"body{}"),
        "css/print.css": "e3b0c44298",  # SHA-256 of nothing
    }


def test_a_version_goes_in_the_query_before_any_fragment() -> None:
    assert versioned("style.css", "0123456789") == "style.css?v=0123456789"
    assert versioned("icons.svg#arrow", "0123456789") == "icons.svg?v=0123456789#arrow"
    # A theme's own query is kept: the version is added to it.
    assert versioned("style.css?theme=dark", "0123456789") == "style.css?theme=dark&v=0123456789"
    assert versioned("a.svg?x=1#top", "0123456789") == "a.svg?x=1&v=0123456789#top"
