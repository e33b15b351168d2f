"""A text written as a one-line YAML value that reads back as exactly that text: the
fixes the messages write out, and the values ``new`` writes.
"""

from __future__ import annotations

from generator.content.yamlsyntax.closing import curled_around


def double_quoted(text: str) -> str:
    """``text`` as a one-line YAML value in double quotes that reads back as exactly
    ``text``: the fix messages write out, and the values ``new`` writes."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


YAML_11_BOOLEANS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false"})
"""Plain words a YAML 1.1 reader (PyYAML, many editors' YAML tools) takes for true or
false, where we read text: Norwegian's language code 'no' among them."""


def language_value(tag: str) -> str:
    """A language ``tag`` as a value ``new`` and the import write: as it is, but in
    quotes where a YAML 1.1 tool would read it as false ('no', Norwegian): an editor's
    editor underlined ``language: no`` as not a language code, and another tool reading
    the file would get ``false``."""
    return double_quoted(tag) if tag.lower() in YAML_11_BOOLEANS else tag


def colon_advice(text: str, *, list_item: bool) -> str:
    """What to do about text that YAML split at its ': ', with the fix written out; for a
    text in a word processor's quotation marks ('“Update: the rescue”'), which the editor
    took for quotes YAML reads, the fix in straight ones, and how to show the curly ones."""
    lead = "- " if list_item else ""
    said = "YAML read this text as 'key: value' because of the ': ' in it; put the whole text in"
    if (inside := curled_around(text)) is not None:
        return (
            f"{said} straight double quotes: {lead}{double_quoted(inside)} (YAML reads curly quotation "
            f"marks, {text[0]} {text[-1]}, as part of the text, not as quotes around it; to show them to "
            f"readers, write {lead}{double_quoted(text)})"
        )
    return f"{said} quotes: {lead}{double_quoted(text)}"
