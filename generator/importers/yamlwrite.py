"""The imported story as content files: ``story.yaml`` and one file per event.

Written by hand rather than by a YAML library so the files look like those ``explainer
new`` writes: keys in the guide's order, dates unquoted, Markdown as ``|`` blocks. Every
other value is a JSON string (with the few characters JSON leaves as they are and YAML
does not escaped too), which YAML reads back exactly, so no text a timeline holds can
change meaning on the way (``no``, ``#``, ``: ``, ``*``).
"""

from __future__ import annotations

import json
import os
import re

from generator.commands.schema import modeline
from generator.importers.convert import Event, Picture, Story

_ESCAPED = re.compile("[\x7f-\x9f\u2028\u2029\ufffe\uffff]")
"""What JSON leaves as it is but YAML would not read back: characters a YAML file may not
hold (DEL, C1 controls, U+FFFE, U+FFFF) and those YAML takes for line breaks (NEL,
U+2028, U+2029). ``\\uXXXX`` means the same in both."""

_NOT_IN_BLOCK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
"""What a ``|`` block cannot hold as it is (a block has no escapes): the above, and the
controls but tab and line feed (a carriage return is a line break too)."""


def quoted(text: str) -> str:
    """A one-line value that YAML reads back as exactly ``text``."""
    return _ESCAPED.sub(lambda m: f"\\u{ord(m[0]):04x}", json.dumps(text, ensure_ascii=False))


def _block(key: str, text: str, indent: str = "") -> str:
    """``key: |`` and the text indented under it, when YAML reads that back as the text
    (plus the final line break it adds); else the text quoted."""
    lines = text.split("\n")
    literal = (
        len(lines) > 1
        # The first line with text sets the block's indentation; a block keeps one final
        # line break, so text ending in one would lose or gain one.
        and text.lstrip("\n")[:1] not in (" ", "\t")
        and not text.endswith("\n")
        and not any(line.strip() == "" and line for line in lines)
        and not _NOT_IN_BLOCK.search(text)
    )
    if not literal:
        return f"{indent}{key}: {quoted(text)}\n"
    body = "".join(f"{indent}  {line}\n" if line else "\n" for line in lines)
    return f"{indent}{key}: |\n{body}"


def story_yaml(story: Story, path: str, published: str, source: str) -> str:
    out = (
        modeline(path, "story")
        + f"# Imported from {os.path.basename(source)} by explainer import timelinejs.\n"
    )
    out += f"title: {quoted(story.title)}\n"
    out += _block("summary", story.summary)
    out += f"published: {published}\n"
    if story.image is not None:
        out += _image(story.image)
    if story.sources:
        out += "sources:\n"
        for s in story.sources:
            out += f"  {s.id}:\n    publisher: {quoted(s.publisher)}\n"
            if s.title:
                out += f"    title: {quoted(s.title)}\n"
            out += f"    url: {quoted(s.url)}\n"
    return out


def event_yaml(event: Event, path: str) -> str:
    out = modeline(path, "event")
    out += f"title: {quoted(event.title)}\n"
    out += f"date: {event.date.iso()}\n"
    if event.end is not None:
        out += f"end: {event.end.iso()}\n"
    if event.circa:
        out += "circa: true\n"
    if event.display_date:
        out += f"display_date: {quoted(event.display_date)}\n"
    if event.after:
        out += f"after: {event.after}\n"
    out += _block("summary", event.summary)
    if event.body:
        out += _block("body", event.body)
    if event.sources:
        out += f"sources: [{', '.join(event.sources)}]\n"
    if event.tags:
        out += f"tags: [{', '.join(quoted(t) for t in event.tags)}]\n"
    if event.image is not None:
        out += _image(event.image)
    return out


def _image(picture: Picture) -> str:
    out = f"image:\n  src: {quoted(picture.src)}\n  alt: {quoted(picture.alt)}\n"
    if picture.credit:
        out += f"  credit: {quoted(picture.credit)}\n"
    if picture.caption:
        out += _block("caption", picture.caption, "  ")
    return out
