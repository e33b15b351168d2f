"""Ids: the names editors give stories, events, figures and places, which become addresses.

The one definition of what an id may be; loading checks file and folder names with it,
the schema gives it to editors' tools, and ``new`` makes ids with it.
"""

from __future__ import annotations

import re
import unicodedata

ID_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
"""Lowercase letters and digits, with single hyphens between them."""
ID_REGEX = f"^{ID_PATTERN.pattern}$"
"""The same, anchored, for JSON Schema."""

RESERVED_STORY_IDS = frozenset(
    {"assets", "404", "index", "feed", "sitemap", "robots", "cname", "media", "search", "pagefind", "embed"}
)
"""Names the build writes, or will write, at the site's root: a story of that id would be
mixed into them (``assets/`` is the theme's)."""


def invalid_id(name: str, what: str) -> str | None:
    """Why ``name`` cannot be the id of a ``what`` ('story', 'event'...), with a valid one
    close to it, or None: what loading, ``new`` and ``import`` say."""
    if ID_PATTERN.fullmatch(name):
        return None
    return (
        f"'{name}' is not a valid {what} id: use lowercase letters, digits and single "
        f"hyphens, e.g. '{suggest_id(name)}'"
    )


def reserved_story_id(name: str) -> str | None:
    """Why ``name`` cannot be a new story's id although it is a valid id, or None: what
    ``new`` and ``import`` say (loading says it of a folder, with its position)."""
    if name not in RESERVED_STORY_IDS:
        return None
    return (
        f"'{name}' is a name the build needs for its own files at the site's root; "
        f"choose another story id, e.g. '{name}-story'"
    )


def to_id(text: str, *, limit: int | None = None, fallback: str = "my-id") -> str:
    """``text`` as an id, by transliteration: 'Piñera' -> 'pinera', 'Бакиев' -> 'bakiev'.

    Letters and digits of any script are spelt in ASCII (anyascii's tables: é -> e,
    ß -> ss, ø -> o, ł -> l, Cyrillic, Greek, ...); everything else separates words.
    With ``limit``, whole words are kept while the id fits in that many characters.
    ``fallback`` is the id when nothing is left.
    """
    # Imported here: it costs about 20 ms (importlib.resources), and only ``new`` and
    # error messages need it, not every build.
    from anyascii import anyascii

    # Symbols are not transliterated: anyascii spells emoji and signs out as words
    # (':grinning:', 'EUR'), which have no place in an address.
    kept = "".join(" " if unicodedata.category(c)[0] == "S" else c for c in text)
    kept = _SHIN_DOT_LATE.sub(r"\2\1", kept)
    words = re.findall(r"[a-z0-9]+", anyascii(kept).lower())
    out = ""
    for word in words:
        longer = f"{out}-{word}" if out else word
        if limit is not None and len(longer) > limit:
            break
        out = longer
    return out or fallback


_SHIN_DOT_LATE = re.compile("([\u05b0-\u05bd\u05bf\u05c4\u05c5\u05c7]+)([\u05c1\u05c2])")
"""Hebrew's vowel points (niqqud) before a shin or sin dot ('שָׁ'), which tells 'sh' from
's': Unicode's order of marks (NFC, as most text comes) writes the dot after a vowel,
and transliterating the letters in that order spelt 'שָׁלוֹם' 'sahlvom', 'מֹשֶׁה' 'mosehh';
the dot is put first ('shalvom', 'mosheh')."""

EVENT_TITLE_LIMIT = 60
"""At most this many characters of an event's title go into the id made of it."""

DAY_OF_EVENT_ID = re.compile(r"\d{4}-\d{2}-\d{2}-")
"""The start of an event id made by ``new_event_id`` from a date with its day."""


def new_event_id(date_iso: str, title: str) -> str:
    """The id ``new`` and the importers give an event: its day and its title made an id,
    '2010-04-15-bakiyev-flees-to-kazakhstan' (``date_iso``: the date in ISO form; the
    day at most is kept, as a time's ':' has no place in a file name)."""
    return f"{date_iso[:10]}-{to_id(title, limit=EVENT_TITLE_LIMIT, fallback='event')}"


def suggest_id(name: str) -> str:
    """A valid id close to ``name`` ('Bakiyev_Flees' -> 'bakiyev-flees')."""
    return to_id(name)
