"""A text written as a one-line YAML value that reads back as exactly that text: the
fixes the messages write out, and the values ``new`` writes.
"""

from __future__ import annotations


def double_quoted(text: str) -> str:
    """``text`` as a one-line YAML value in double quotes that reads back as exactly
    ``text``: the fix messages write out, and the values ``new`` writes."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def colon_advice(text: str, *, list_item: bool) -> str:
    """What to do about text that YAML split at its ': ', with the fix written out."""
    quoted = double_quoted(text)
    fix = f"- {quoted}" if list_item else quoted
    return (
        f"YAML read this text as 'key: value' because of the ': ' in it; put the whole text in quotes: {fix}"
    )
