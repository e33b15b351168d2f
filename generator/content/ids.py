"""Ids: the names editors give stories, events, figures and places, which become addresses.

The one definition of what an id may be; loading checks file and folder names with it,
the schema gives it to editors' tools, and ``new`` makes ids with it.
"""

from __future__ import annotations

import re

ID_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
"""Lowercase letters and digits, with single hyphens between them."""
ID_REGEX = f"^{ID_PATTERN.pattern}$"
"""The same, anchored, for JSON Schema."""

RESERVED_STORY_IDS = frozenset(
    {"assets", "404", "index", "feed", "sitemap", "robots", "cname", "media", "search", "pagefind", "embed"}
)
"""Names the build writes, or will write, at the site's root: a story of that id would be
mixed into them (``assets/`` is the theme's)."""


def suggest_id(name: str) -> str:
    """A valid id close to ``name`` ('Bakiyev_Flees' -> 'bakiyev-flees')."""
    return "-".join(re.findall(r"[a-z0-9]+", name.lower())) or "my-id"
