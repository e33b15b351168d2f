"""The ids imported events take, which name their files and pages: a slide's
``unique_id`` when it is already a valid id of at most ``MAX_ID`` characters (so our own
export comes back as it was), else the date and the headline, transliterated
(``new_event_id``); an id another event or source has already gets -2, -3...
(``free_id``).
"""

from __future__ import annotations

MAX_ID = 100
"""The longest ``unique_id`` taken as an event's id, which names its file (a longer one
gives way to the date and headline, as an id that is not valid does)."""


def free_id(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted`` with -2, -3... after it when ``taken`` has it."""
    found, n = wanted, 2
    while found in taken:
        found, n = f"{wanted}-{n}", n + 1
    return found
