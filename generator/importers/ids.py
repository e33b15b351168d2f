"""The ids imported events take, which name their files and pages: a slide's
``unique_id`` when it is already a valid id of at most ``MAX_ID`` characters (so our own
export comes back as it was), else the date and the headline, transliterated
(``new_event_id``); an id another event or source has already gets -2, -3...
(``free_id``); a figure's or place's id that Windows keeps for a device gets its kind
after it (``not_a_device``).
"""

from __future__ import annotations

from generator.content.medianames import is_windows_device

MAX_ID = 100
"""The longest ``unique_id`` taken as an event's id, which names its file (a longer one
gives way to the date and headline, as an id that is not valid does)."""


def free_id(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted`` with -2, -3... after it when ``taken`` has it."""
    found, n = wanted, 2
    while found in taken:
        found, n = f"{wanted}-{n}", n + 1
    return found


def not_a_device(wanted: str, kind: str) -> str:
    """``wanted``, or ``wanted`` with ``kind`` after it ('con-figure') when Windows keeps
    it for a device ('con', 'nul', 'com1'): the file an import names by it
    ('figures/con.yaml') could not be checked out on a Windows computer."""
    return f"{wanted}-{kind}" if is_windows_device(wanted) else wanted
