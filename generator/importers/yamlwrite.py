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

from generator.content.schema import modeline
from generator.content.yamlnodes import Mapping, parse_yaml
from generator.content.yamlvalues import language_value
from generator.errors import one_line
from generator.importers.convert import Story
from generator.importers.event import Event
from generator.importers.pictures import Picture
from generator.importers.sources import Source

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


STORY_KEYS = frozenset({"published", "image"})
"""The keys of story.yaml an import always writes (from the source), besides its title
and summary, which a source without a title slide does not give (``write.write_story``), and
its sources, which are the source's and those of the story's it does not give
(``kept_sources``): quotes and key numbers cite them."""
EVENT_KEYS = frozenset({"title", "date", "end", "circa", "date_phrase", "display_date", "summary", "image"})
"""The keys of an event file an import always writes. ``body``, ``after``, ``tags`` and
``sources`` are the source's when it gives them (the file written has them), else an
editor's (or an earlier import's); the rest (figures, locations, key, quotes, before,
draft...) are an editor's, added since, and kept when importing again."""

KEPT = "# Kept from this file before the import (not in the source):\n"
"""The line above the fields an import keeps (it is not kept itself)."""
DRAFT_LINE = "draft: true  # published once it has a summary: write one, then delete this line\n"
"""How an import marks a story without a summary a draft (dropped once the source has one)."""
NO_EVENTS = (
    "# No events yet: no slide of the source has a date, so each became a place (locations/).\n"
    "draft: true  # published once it has events: give the slides dates and import again with --force\n"
)
"""How an import marks a story with no events yet a draft (its page would say only 'No events
yet.'): a StoryMapJS tour whose slides have no dates. Dropped once the source has events."""


class CannotKeep(ValueError):
    """The fields of a file cannot be told apart line by line (keys side by side, a file
    indented as a whole): none can be kept."""


def kept_lines(before: str, imported: frozenset[str]) -> str:
    """The top-level keys of the YAML text ``before`` that an import does not write
    (``imported``), as they are written there (comments and nested lines included); empty
    when there are none, or the text is not a mapping YAML can read. CannotKeep when its
    keys are not each at the start of a line of their own."""
    before = _without_kept_line(before)
    root = parse_yaml(before, "", [])
    if not isinstance(root, Mapping):
        return ""
    lines = before.splitlines(keepends=True)
    starts = sorted((key.pos.line or 1, name) for name, (key, _) in root.items.items())
    if len({line for line, _ in starts}) < len(starts) or any(
        (key.pos.col or 1) != 1 for key, _ in root.items.values()
    ):
        raise CannotKeep("keys side by side, or indented")
    # A key's block starts at the comments right above it ('# who was there'), but the
    # first key's: those head the file (its schema line, where it was imported from).
    starts = [(_commented_from(lines, line) if i else line, name) for i, (line, name) in enumerate(starts)]
    kept = []
    for (line, name), following in zip(starts, [*starts[1:], (len(lines) + 1, "")], strict=True):
        if name not in imported:
            block = "".join(lines[line - 1 : following[0] - 1])
            kept.append(block if block.endswith("\n") else block + "\n")
    return "".join(kept)


def _commented_from(lines: list[str], line: int, indent: str = "") -> int:
    """The first line of the comments right above line ``line`` (1-based) written
    ``indent`` in, or ``line``."""
    while line > 1 and lines[line - 2].startswith(indent + "#"):
        line -= 1
    return line


def _without_kept_line(text: str) -> str:
    """``text`` without the lines an earlier import wrote above what it kept (``KEPT``,
    at the top level or among the sources), which are not the editor's."""
    return "".join(line for line in text.splitlines(keepends=True) if line.strip() != KEPT.strip())


def kept_sources(before: str, imported: frozenset[str]) -> str:
    """The sources of the story.yaml text ``before`` whose ids are not ``imported``, each
    as written there (comments and nested lines included), indented as ``story_yaml``
    writes sources: empty when there are none, or the text is not a mapping YAML can
    read. Quotes, key numbers and events may cite them: the import keeps them beside the
    ones it writes. CannotKeep when they are not each at the start of lines of their own,
    one below the other (``sources: {a: {publisher: A}}``)."""
    before = _without_kept_line(before)
    root = parse_yaml(before, "", [])
    if not isinstance(root, Mapping) or "sources" not in root.items:
        return ""
    key, sources = root.items["sources"]
    if not isinstance(sources, Mapping) or not sources.items:
        return ""
    lines = before.splitlines(keepends=True)
    starts = sorted((k.pos.line or 1, name) for name, (k, _) in sources.items.items())
    columns = {k.pos.col or 1 for k, _ in sources.items.values()}
    lines_apart = len({line for line, _ in starts}) == len(starts)
    at_line_start = all(
        lines[(k.pos.line or 1) - 1][: (k.pos.col or 1) - 1].strip() == "" for k, _ in sources.items.values()
    )
    if len(columns) != 1 or not lines_apart or not at_line_start or starts[0][0] <= (key.pos.line or 1):
        raise CannotKeep("sources side by side, in braces, or on the line of 'sources:'")
    # The sources end where the next top-level key's block starts (its comments included).
    after = [k.pos.line or 1 for k, _ in root.items.values() if (k.pos.line or 1) > starts[-1][0]]
    end = _commented_from(lines, min(after)) if after else len(lines) + 1
    indent = columns.pop() - 1
    bounds = [_commented_from(lines, line, " " * indent) for line, _ in starts]
    kept = []
    for (first, following), (_, name) in zip(
        zip(bounds, [*bounds[1:], end], strict=True), starts, strict=True
    ):
        if name not in imported:
            kept += [_indented(line, indent) for line in lines[first - 1 : following - 1]]
    return "".join(kept)


def _indented(line: str, indent: int) -> str:
    """A line of a source written ``indent`` spaces in, as two spaces in (a blank line
    stays blank; a comment written further out starts at two)."""
    text = line if line.endswith("\n") else line + "\n"
    if not text.strip():
        return "\n"
    spaces = len(text) - len(text.lstrip(" "))
    return "  " + (text[indent:] if spaces >= indent else text.lstrip(" "))


def _in_a_comment(text: str) -> str:
    """``text`` kept inside the comment it is written in: a file name with a line break
    (or a character YAML takes for one, U+2028, U+2029) wrote the rest of it as a line of
    YAML, which the story's file then did not read as."""
    return one_line(text)


def _origin(source: str) -> str:
    """What a story.yaml says it was imported from: a file's name, or the address given."""
    return source if source.startswith("https://") else os.path.basename(source)


def story_yaml(
    story: Story,
    path: str,
    published: str,
    source: str,
    *,
    draft: bool = False,
    titled: bool = True,
    had_sources: str = "",
    other_sources: str = "",
    language: str | None = None,
    kind: str = "timelinejs",
    no_events: bool = False,
) -> str:
    """story.yaml of ``story`` (imported by ``explainer import <kind>``); with ``draft``,
    marked a draft (its summary is still the placeholder: a first import of a timeline
    without a title slide, as ``new`` does); with ``no_events``, a draft said to have no
    events yet (``NO_EVENTS``);
    without ``titled``, with no title or summary (the story's own are kept);
    ``had_sources`` are the sources of the story it replaces that it gives too (by
    address), as written there, and ``other_sources`` those it does not give
    (``kept_sources``), written after its own; ``language``, the story's when given
    (``--language``)."""
    out = (
        modeline(path, "story")
        + f"# Imported from {_in_a_comment(_origin(source))} by explainer import {kind}.\n"
    )
    if titled:
        out += f"title: {quoted(story.title)}\n"
        out += _block("summary", story.summary)
    out += f"published: {published}\n"
    if language:
        out += f"language: {language_value(language)}\n"
    if no_events:
        out += NO_EVENTS
    elif draft:
        out += DRAFT_LINE
    if story.image is not None:
        out += _image(story.image)
    if story.sources or had_sources:
        out += "sources:\n" + "".join(source_lines(s) for s in story.sources) + had_sources
        if other_sources:
            out += "  " + KEPT + other_sources
    return out


def source_lines(source: Source) -> str:
    """A source as story.yaml's ``sources:`` holds it (two spaces in)."""
    out = f"  {source.id}:\n    publisher: {quoted(source.publisher)}\n"
    if source.title:
        out += f"    title: {quoted(source.title)}\n"
    return out + f"    url: {quoted(source.url)}\n"


def event_yaml(event: Event, path: str) -> str:
    out = modeline(path, "event")
    out += f"title: {quoted(event.title)}\n"
    out += f"date: {event.date.iso()}\n"
    if event.end is not None:
        out += f"end: {event.end.iso()}\n"
    if event.circa:
        out += "circa: true\n"
    if event.date_phrase:
        out += f"date_phrase: {event.date_phrase}\n"
    if event.display_date:
        out += f"display_date: {quoted(event.display_date)}\n"
    if event.after:
        out += f"after: {event.after}\n"
    out += _block("summary", event.summary)
    if event.body:
        out += _block("body", event.body)
    for name, ids in (("figures", event.figures), ("locations", event.locations)):
        if ids:
            out += f"{name}: [{', '.join(ids)}]\n"
    if sources := tuple(dict.fromkeys((*event.sources, *event.cited))):
        out += f"sources: [{', '.join(sources)}]\n"
    if event.tags:
        out += f"tags: [{', '.join(quoted(t) for t in event.tags)}]\n"
    if event.image is not None:
        out += _image(event.image)
    if event.key:
        out += "key: true\n"
    return out


def place_yaml(name: str, coordinates: tuple[float, float] | None, path: str, summary: str = "") -> str:
    """The file ``path`` of a place an import found, as ``explainer new location`` would
    write it: its name, its coordinates where the source gives them, and its ``summary``
    (Markdown) where it gives words of the place (a StoryMapJS slide without a date)."""
    out = modeline(path, "location") + f"name: {quoted(name)}\n"
    if coordinates is not None:
        out += f"coordinates: [{coordinates[0]!r}, {coordinates[1]!r}]\n"
    if summary:
        out += _block("summary", summary)
    return out


def _image(picture: Picture) -> str:
    out = f"image:\n  src: {quoted(picture.src)}\n  alt: {quoted(picture.alt)}\n"
    if picture.credit:
        out += f"  credit: {quoted(picture.credit)}\n"
    if picture.caption:
        out += _block("caption", picture.caption, "  ")
    return out
