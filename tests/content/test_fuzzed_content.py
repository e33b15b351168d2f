"""Every field of every kind of content file, given each wrong shape a hand can write:
``check`` and ``build`` report ``path:line:col: message`` lines, exit 1, and leave the
last good site as it was; they never crash.

The field paths come from the schema's records (``schema.FILES``), so a new field is
fuzzed as soon as it is defined; the valid base project must give each of them a value
(``test_the_base_covers_every_field`` says which one it lacks). Each mutation is written
as YAML text, not dumped from Python values: anchors, aliases, tags and merge keys exist
only as text. The whole product of fields and shapes (some 6,600 mutations, and 410 of
keys, whole files and ids) takes several minutes, more than a test may: the test runs a
fixed-seed sample (``sample``: every field given some shape, every shape given to a few
fields) with ``check`` and ``build``, and every whole-file and id mutation.
``all_mutations`` yields all of them, to run by hand when the checks change.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import math
import os
import random
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.content import fieldtypes, schema
from tests.conftest import SEED_STORY, TEMPLATES, seed_content, site_files


@dataclass(frozen=True)
class Raw:
    """A value written into the file exactly as this YAML text."""

    text: str


ANCHORED = Raw("&a {x: 1}")
"""Where a file's alias mutations point: the first value of the file carries ``&a``."""

SHAPES: dict[str, str] = {
    "null": "null",
    "tilde": "~",
    "nothing": "",
    "empty string": '""',
    "blank string": '"   "',
    "list": "[a, b]",
    "empty list": "[]",
    "mapping": "{a: 1}",
    "empty mapping": "{}",
    "list of mappings": "[{a: 1}, {b: 2}]",
    "nested lists": "[[1, 2], [3]]",
    "int": "7",
    "negative int": "-5",
    "zero": "0",
    "30-digit int": "123456789012345678901234567890",
    "hex int": "0x1F",
    "octal int": "0o17",
    "float": "1.5",
    "exponent float": "1e400",
    "nan": ".nan",
    "inf": ".inf",
    "minus inf": "-.inf",
    "bool": "true",
    "yaml 1.1 bool": "no",
    "date": "2020-01-01",
    "impossible date": "2020-02-30",
    "timestamp": "2020-01-01T10:00:00Z",
    "spaced timestamp": "2020-01-01 10:00:00.5 +05",
    "100 KB string": '"' + "x" * 100_000 + '"',
    "100 KB plain": "y" * 100_000,
    "long line of words": " ".join(["word"] * 20_000),
    "control characters": r'"a\x01b\x1b[2Jc\x7f"',
    "c1 control": r'"a\x85b\x9bc"',
    "bidi marks": r'"\u202eevil\u2066x\u200f"',
    "zero width": r'"\u200b"',
    "lone surrogate": r'"\ud800"',
    "noncharacter": r'"\uffff"',
    "nul": r'"\0"',
    "line break escape": r'"a\nb\rc\u2028d"',
    "tab": r'"\t"',
    "literal block": "|\n  line one\n  line two",
    "folded strip block": ">-\n  folded",
    "empty block": "|",
    "undefined alias": "*nowhere",
    "alias": "*a",
    "binary tag": "!!binary aGVsbG8=",
    "python object tag": "!!python/object:os.system",
    "python apply tag": "!!python/object/apply:os.system ['true']",
    "str tag": "!!str 5",
    "bad int tag": "!!int x",
    "set tag": "!!set {a, b}",
    "local tag": "!local x",
    "anchor": "&b value",
    "merge key": "{<<: *a}",
    "merge key list": "{<<: [*a, *a]}",
    "merge key scalar": "{<<: 5}",
    "list key": "{[a, b]: 1}",
    "mapping key": "{{a: 1}: 2}",
    "null key": "{null: 1}",
    "complex key": "{? a: 1}",
    "deep nesting": "[" * 60 + "]" * 60,
    "html": '"<script>alert(1)</script>"',
    "markdown link": '"[x](javascript:alert(1))"',
    "percent": '"%s %d {0} {x}"',
    "relative path": "../../etc/passwd",
    "url": "https://example.org/a b",
    "id-like": "no-such-thing",
}
"""Wrong shapes for a value, as YAML text on the key's line (a block scalar's lines
follow it, indented)."""


# --- the valid base project: every field of every kind given a value -----------------

IMAGE = {
    "src": "media/dot.svg",
    "alt": "A picture",
    "credit": "A photographer",
    "caption": "What it shows.",
    "focus": "top",
}
SITE: dict[str, Any] = {
    "title": "Test site",
    "description": "A site of tests.",
    "base_url": "https://example.org/x/",
    "language": "en",
    "time_zone": "Europe/Paris",
    "cname": "explainers.example.org",
    "media_max_mb": 50,
    "search": False,
}
STORY: dict[str, Any] = {
    "title": "Story A",
    "summary": "What story A is about.",
    "published": date(2020, 1, 2),
    "updated": date(2020, 1, 4),
    "byline": "A reporter",
    "sources": {
        "src-a": {
            "publisher": "Example News",
            "title": "A headline",
            "language": "fr",
            "url": "https://example.org/news",
            "date": date(2020, 1, 1),
            "archive_url": "https://archive.example.org/news",
        }
    },
    "unknowns": ["What we do not know."],
    "key_numbers": [{"value": "85", "label": "people", "source": "src-a", "note": "A caveat."}],
    "updates": [{"date": date(2020, 1, 3), "text": "A correction.", "kind": "correction"}],
    "image": IMAGE,
    "draft": False,
    "language": "en",
    "translation_of": "story-b",
    "related": ["story-d"],  # another story: a version of this one (story-b) is no related story
}
STORY_B: dict[str, Any] = {
    "title": "Histoire B",
    "summary": "De quoi parle l'histoire B.",
    "published": date(2020, 1, 2),
    "language": "fr",
    "sources": {"src-b": {"publisher": "Les Nouvelles"}},
}
EVENT: dict[str, Any] = {
    "title": "First event",
    "date": date(2020, 1, 1),
    "end": date(2020, 1, 5),
    "circa": False,
    "date_phrase": "between",
    "display_date": "Early January",
    "summary": "Something happened.",
    "body": "More of what happened.",
    "figures": ["fig-a"],
    "locations": ["loc-a"],
    "sources": ["src-a"],
    "quotes": [{"text": "We said it.", "by": "fig-a", "source": "src-a", "language": "fr"}],
    "tags": ["a tag"],
    "image": IMAGE,
    "key": True,
    "added": date(2020, 1, 3),
    "draft": False,
}
EVENT_2: dict[str, Any] = {
    "title": "Second event",
    "date": date(2020, 1, 1),
    "summary": "Something else happened.",
    "sources": ["src-a"],
}
FIGURE: dict[str, Any] = {
    "name": "Figure A",
    "role": "Someone involved",
    "summary": "More about them.",
    "aliases": ["A. Figure"],
    "image": IMAGE,
    "sort_as": "figure a",
}
LOCATION: dict[str, Any] = {
    "name": "Place A",
    "kind": "city",
    "country": "Nowhere",
    "coordinates": [10, 20],
    "unmapped": False,
    "summary": "More about the place.",
    "aliases": ["Place Alpha"],
    "sort_as": "place a",
}
OPTIONAL: dict[str, dict[str, Any]] = {
    "event": {
        "after": "e2",
        "before": "e2",
        "removed": {"date": date(2020, 1, 4), "reason": "It was wrong."},
    },
}
"""Fields the base leaves out because they change what the rest means (an event taken
out, the order of two events): each is put in only for its own mutations."""

EVENT_B: dict[str, Any] = {
    "title": "Premier événement",
    "date": date(2020, 1, 1),
    "summary": "Quelque chose est arrivé.",
    "sources": ["src-b"],
}
STORY_D: dict[str, Any] = {
    "title": "Story D",
    "summary": "What story D is about.",
    "published": date(2020, 1, 2),
    "sources": {"src-d": {"publisher": "Example News"}},
}
EVENT_D: dict[str, Any] = {
    "title": "An event of story D",
    "date": date(2020, 1, 1),
    "summary": "Something happened there too.",
    "sources": ["src-d"],
}
BASE: dict[str, tuple[str, dict[str, Any]]] = {
    "content/site.yaml": ("site", SITE),
    "content/story-a/story.yaml": ("story", STORY),
    "content/story-b/story.yaml": ("story", STORY_B),
    "content/story-a/events/e1.yaml": ("event", EVENT),
    "content/story-a/events/e2.yaml": ("event", EVENT_2),
    "content/story-b/events/e1.yaml": ("event", EVENT_B),
    "content/story-d/story.yaml": ("story", STORY_D),
    "content/story-d/events/e1.yaml": ("event", EVENT_D),
    "content/story-a/figures/fig-a.yaml": ("figure", FIGURE),
    "content/story-a/locations/loc-a.yaml": ("location", LOCATION),
}
FUZZED = {kind: rel for rel, (kind, _) in reversed(BASE.items())}
"""The one file of each kind whose fields are fuzzed (the first of its kind)."""


# --- field paths, from the schema --------------------------------------------------------

FieldPath = tuple[str | int, ...]


def field_paths(
    record: fieldtypes.Record, data: dict[str, Any], prefix: FieldPath = ()
) -> Iterator[FieldPath]:
    """Every path into a file of ``record``'s kind that names a value: its keys, the keys
    of its nested records, a list's first item and that item's keys, an id map's first
    entry and its keys, a coordinate. ``data`` (the base's file) names the id map's entry."""
    for spec in record.fields:
        path = (*prefix, spec.name)
        yield path
        kind = spec.type
        if isinstance(kind, fieldtypes.Record):
            yield from field_paths(kind, {}, path)
        elif isinstance(kind, fieldtypes.ListOf):
            yield (*path, 0)
            if isinstance(kind.item, fieldtypes.Record):
                yield from field_paths(kind.item, {}, (*path, 0))
        elif isinstance(kind, fieldtypes.IdMap):
            entry = next(iter(data.get(spec.name) or {"src-a": None}))
            yield (*path, entry)
            yield from field_paths(kind.value, {}, (*path, entry))
        elif isinstance(kind, fieldtypes.Coordinates):
            yield (*path, 0)
            yield (*path, 1)


def records(
    record: fieldtypes.Record, prefix: FieldPath = ()
) -> Iterator[tuple[FieldPath, fieldtypes.Record]]:
    """Each mapping a file of ``record``'s kind holds, with its path: the file itself,
    its nested records, the first item of a list of records, the first entry of an id map."""
    yield prefix, record
    for spec in record.fields:
        kind = spec.type
        if isinstance(kind, fieldtypes.Record):
            yield from records(kind, (*prefix, spec.name))
        elif isinstance(kind, fieldtypes.ListOf) and isinstance(kind.item, fieldtypes.Record):
            yield from records(kind.item, (*prefix, spec.name, 0))
        elif isinstance(kind, fieldtypes.IdMap):
            yield from records(kind.value, (*prefix, spec.name, "src-a"))


def lookup(data: Any, path: FieldPath) -> Any:
    for step in path:
        data = data[step]
    return data


def given(kind: str, data: dict[str, Any], path: FieldPath) -> dict[str, Any]:
    """A deep copy of ``data`` in which ``path``'s first key has a value (from ``OPTIONAL``
    when the base leaves it out)."""
    out = copy.deepcopy(data)
    if path and path[0] not in out:
        out[str(path[0])] = copy.deepcopy(OPTIONAL[kind][str(path[0])])
    return out


def with_value(data: dict[str, Any], path: FieldPath, value: Any) -> dict[str, Any]:
    parent = lookup(data, path[:-1])
    parent[path[-1]] = value
    return data


def without(data: dict[str, Any], path: FieldPath) -> dict[str, Any]:
    parent = lookup(data, path[:-1])
    del parent[path[-1]]
    return data


# --- writing YAML text -----------------------------------------------------------------


def scalar(value: Any) -> str:
    if isinstance(value, Raw):
        return value.text
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        assert math.isfinite(value)
        return repr(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted one
    raise TypeError(value)


def block(value: Raw, indent: int) -> str:
    """A raw value after 'key:', its further lines indented under the key."""
    first, *rest = value.text.split("\n")
    return "".join([f" {first}" if first else "", *(f"\n{' ' * (indent + 2)}{line}" for line in rest)])


def to_yaml(data: Any, indent: int = 0, extra: list[tuple[str, str]] | None = None) -> str:
    """``data`` as block YAML; ``extra`` are (key, raw text) lines added to the mapping
    as written, so a key can be given twice."""
    pad = " " * indent
    lines = []
    assert isinstance(data, dict)
    items: list[tuple[Any, Any]] = list(data.items()) + [(k, Raw(v)) for k, v in extra or []]
    for key, value in items:
        name = key.text if isinstance(key, Raw) else key
        if isinstance(value, Raw):
            lines.append(f"{pad}{name}:{block(value, indent)}")
        elif isinstance(value, dict):
            lines.append(f"{pad}{name}:" + (" {}" if not value else ""))
            if value:
                lines.append(to_yaml(value, indent + 2).rstrip("\n"))
        elif isinstance(value, list):
            if any(isinstance(v, dict) for v in value):
                lines.append(f"{pad}{name}:")
                for item in value:
                    if isinstance(item, dict):
                        body = to_yaml(item, indent + 4).rstrip("\n")
                        lines.append(f"{pad}  - {body.lstrip()}")
                    else:
                        lines.append(
                            f"{pad}  -{block(item if isinstance(item, Raw) else Raw(scalar(item)), indent + 2)}"
                        )
            else:
                flow = ", ".join(scalar(v) if not isinstance(v, Raw) else v.text for v in value)
                lines.append(f"{pad}{name}: [{flow}]")
        else:
            lines.append(f"{pad}{name}: {scalar(value)}")
    return "\n".join(lines) + "\n"


def anchored(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with an anchor '&a' on a value of its own, for aliases to point at."""
    return {"x-anchor": ANCHORED, **data}


# --- the mutations --------------------------------------------------------------------


@dataclass(frozen=True)
class Special:
    """A file that is no regular file: a link to ``link``, or a FIFO (``link`` None)."""

    link: str | None = None


@dataclass(frozen=True)
class Mutation:
    name: str
    files: dict[str, str | bytes | Special]
    """The files that differ from the base project, by path (relative to the project)."""
    field: str = ""
    """For a value mutation: the file and the field path changed ('content/site.yaml title')."""
    shape: str = ""
    """For a value mutation: the name of the shape in ``SHAPES`` it was given."""


PICTURE = (Path(__file__).parent.parent / "fixtures/small/content/alpha/media/dot.svg").read_bytes()


def base_texts() -> dict[str, str]:
    return {rel: to_yaml(data) for rel, (_, data) in BASE.items()}


def base_files() -> dict[str, str | bytes | Special]:
    files: dict[str, str | bytes | Special] = {**base_texts()}
    files["content/story-a/media/dot.svg"] = PICTURE
    return files


def value_mutations() -> Iterator[Mutation]:
    """Each field path of each fuzzed file, given each of ``SHAPES``."""
    for rel, (kind, data) in BASE.items():
        if FUZZED[kind] != rel:
            continue
        for path in field_paths(schema.FILES[kind], data):
            for shape, text in SHAPES.items():
                changed = with_value(given(kind, data, path), path, Raw(text))
                if shape.startswith(("alias", "merge")):
                    changed = anchored(changed)
                field = f"{rel} {_dotted(path)}"
                yield Mutation(f"{field} = {shape}", {rel: to_yaml(changed)}, field, shape)


def key_mutations() -> Iterator[Mutation]:
    """In each mapping of each fuzzed file: each required key left out, each key given
    twice, an unknown key, a misspelt one, one in capitals, a merge key."""
    for rel, (kind, data) in BASE.items():
        if FUZZED[kind] != rel:
            continue
        for where, record in records(schema.FILES[kind]):
            full = given(kind, data, where)
            mapping = lookup(full, where)
            at = _dotted(where) or "the file"
            for spec in record.fields:
                if spec.required:
                    changed = given(kind, data, where)
                    yield Mutation(
                        f"{rel} {at}: no {spec.name}", {rel: to_yaml(without(changed, (*where, spec.name)))}
                    )
            for key, value in list(mapping.items())[:3]:
                twice = {k: v for k, v in mapping.items()}
                twice[Raw(f"{key} ")] = value  # the same key, once more ("key :" reads "key")
                yield Mutation(f"{rel} {at}: {key} twice", {rel: to_yaml(with_mapping(full, where, twice))})
            for name, key in KEYS_WRONG.items():
                more = dict(mapping)
                more[Raw(key)] = "x"
                yield Mutation(f"{rel} {at}: {name} key", {rel: to_yaml(with_mapping(full, where, more))})
            merged = dict(mapping)
            merged[Raw("<<")] = Raw("*a")
            yield Mutation(
                f"{rel} {at}: merge key", {rel: to_yaml(anchored(with_mapping(full, where, merged)))}
            )


KEYS_WRONG = {
    "unknown": "colour",
    "misspelt": "titel",
    "capitals": "TITLE",
    "empty": '""',
    "number": "5",
    "boolean": "true",
    "null": "null",
    "date": "2020-01-01",
    "bidi": r'"\u202etitle"',
    "control": r'"ti\x1btle"',
    "nul": r'"\0"',
    "surrogate": r'"\udc80"',
    "list": "[a]",
    "100 KB": "k" * 100_000,
}
"""Keys no record has, added to each mapping (a YAML key longer than 1,024 characters
cannot be written plain; the 100 KB one is a syntax error, said as one)."""


def with_mapping(data: dict[str, Any], where: FieldPath, mapping: dict[Any, Any]) -> dict[str, Any]:
    if not where:
        return mapping
    return with_value(copy.deepcopy(data), where, mapping)


WHOLE_FILES: dict[str, bytes | None] = {
    "empty": b"",
    "only a comment": b"# nothing yet\n",
    "only spaces": b"   \n\n",
    "bare scalar": b"just some words\n",
    "bare number": b"42\n",
    "a list": b"- title: x\n- title: y\n",
    "flow mapping": b"{title: x}\n",
    "null document": b"null\n",
    "two documents": None,  # the base file, then '---' and it again
    "document end": None,  # the base file, then '...' and text
    "invalid utf-8": None,  # the base file with a byte that is no UTF-8
    "latin-1": "title: Café\n".encode("latin-1"),
    "utf-16": "title: x\n".encode("utf-16"),
    "bom": None,  # the base file after a byte order mark
    "two boms": None,
    "crlf": None,  # the base file with Windows line ends
    "cr only": None,
    "nul byte": None,  # a NUL byte inside the base file
    "tab indent": None,
    "truncated": None,  # the base file cut in the middle of a line
    "binary": bytes(range(256)),
    "deep nesting": ("a:\n" + "".join(" " * (2 * i) + f"k{i}:\n" for i in range(1, 200))).encode(),
    "huge": b"title: " + b"z" * 2_000_000 + b"\n",
}


def whole_file(name: str, text: str) -> bytes:
    fixed = WHOLE_FILES[name]
    if fixed is not None:
        return fixed
    raw = text.encode("utf-8")
    return {
        "two documents": lambda: raw + b"---\n" + raw,
        "document end": lambda: raw + b"...\nmore: text\n",
        "invalid utf-8": lambda: raw.replace(b": ", b": \xff\xfe", 1),
        "bom": lambda: b"\xef\xbb\xbf" + raw,
        "two boms": lambda: b"\xef\xbb\xbf\xef\xbb\xbf" + raw,
        "crlf": lambda: raw.replace(b"\n", b"\r\n"),
        "cr only": lambda: raw.replace(b"\n", b"\r"),
        "nul byte": lambda: raw.replace(b"\n", b"\n\x00", 1),
        "tab indent": lambda: raw.replace(b"\n  ", b"\n\t", 1) if b"\n  " in raw else raw + b"\tx: 1\n",
        "truncated": lambda: raw[: len(raw) // 2],
    }[name]()


def file_mutations() -> Iterator[Mutation]:
    """Each kind of file made something other than one YAML mapping of its own."""
    texts = base_texts()
    for rel, (kind, _) in BASE.items():
        if FUZZED[kind] != rel:
            continue
        for name in WHOLE_FILES:
            yield Mutation(f"{rel}: {name}", {rel: whole_file(name, texts[rel])})


def id_mutations() -> Iterator[Mutation]:
    """Ids that collide, are reserved, or are no ids: as file and folder names."""
    texts = base_texts()
    story = texts["content/story-a/story.yaml"]
    event = texts["content/story-a/events/e1.yaml"]
    figure = texts["content/story-a/figures/fig-a.yaml"]
    location = texts["content/story-a/locations/loc-a.yaml"]
    yield Mutation("event id as a figure's", {"content/story-a/events/fig-a.yaml": event})
    yield Mutation("figure id as a place's", {"content/story-a/locations/fig-a.yaml": location})
    yield Mutation("place id as a figure's", {"content/story-a/figures/loc-a.yaml": figure})
    yield Mutation("event as .yml beside .yaml", {"content/story-a/events/e1.yml": event})
    yield Mutation("event id in capitals", {"content/story-a/events/E1.yaml": event})
    yield Mutation("event id with a space", {"content/story-a/events/e 3.yaml": event})
    yield Mutation("event id with bidi", {"content/story-a/events/e\u202e3.yaml": event})
    yield Mutation("event id with a control", {"content/story-a/events/e\x1b3.yaml": event})
    yield Mutation("event file of no utf-8 name", {"content/story-a/events/e\udcff3.yaml": event})
    yield Mutation("event id of one char", {"content/story-a/events/x.yaml": event})
    yield Mutation("empty event name", {"content/story-a/events/.yaml": event})
    for reserved in ("assets", "search", "404", "index", "feed", "media", "pagefind", "embed"):
        yield Mutation(f"story id '{reserved}'", {f"content/{reserved}/story.yaml": story})
    yield Mutation("story id in capitals", {"content/Story-C/story.yaml": story})
    yield Mutation("story id as an event's", {"content/e1/story.yaml": story})
    yield Mutation("story in a story", {"content/story-a/events/story.yaml": story})
    yield Mutation("figure where events go", {"content/story-a/events/fig-b.yaml": figure})
    yield Mutation("event in the content root", {"content/e9.yaml": event})
    yield Mutation("site.yaml in a story", {"content/story-a/site.yaml": texts["content/site.yaml"]})
    yield Mutation("a folder named like a file", {"content/story-a/events/e5.yaml/x": event})
    yield Mutation(
        "a loop of links",
        {
            "content/story-a/events/a.yaml": Special("b.yaml"),
            "content/story-a/events/b.yaml": Special("a.yaml"),
        },
    )
    yield Mutation("site.yaml a link to itself", {"content/site.yaml": Special("site.yaml")})
    yield Mutation("story.yaml a link to itself", {"content/story-a/story.yaml": Special("story.yaml")})
    yield Mutation("a story folder a link to itself", {"content/story-c": Special("story-c")})
    yield Mutation("a story's folder a link to itself", {"content/story-a/events/loop": Special("loop")})
    yield Mutation(
        "a link out of the project", {"content/story-a/figures/fig-b.yaml": Special("/etc/passwd")}
    )
    yield Mutation("a link to nothing", {"content/story-a/locations/loc-b.yaml": Special("missing.yaml")})
    yield Mutation("a link to a folder", {"content/story-a/events/e9.yaml": Special("../figures")})
    yield Mutation("a link to /dev/zero", {"content/story-a/events/e9.yaml": Special("/dev/zero")})
    yield Mutation("a link to a private file", {"content/story-a/events/e9.yaml": Special("../.e9.yaml")})
    yield Mutation("a FIFO", {"content/story-a/events/e9.yaml": Special()})
    yield Mutation("site.yaml a FIFO", {"content/site.yaml": Special()})


def all_mutations() -> Iterator[Mutation]:
    yield from value_mutations()
    yield from key_mutations()
    yield from file_mutations()
    yield from id_mutations()


def _dotted(path: FieldPath) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


# --- running one ----------------------------------------------------------------------

ERROR_LINE = re.compile(
    r"^(content/\S.*?:\d+:(\d+:)? (warning: )?\S.*"
    r"|(failed: )?\d+ errors?(, \d+ warnings?)?(; nothing was built or changed)?"
    r"|note: YAML reads a file no further than its first syntax error; .+)$"
)
"""What ``check`` and ``build`` may print when they fail: one problem a line, at its
place in a file of the project, then the tally (and the note after a syntax error)."""


def run(argv: list[str]) -> tuple[int, str, str]:
    """``main(argv)`` in this process; its exit code and what it printed on stderr and
    stdout, each through a strict UTF-8 stream as a terminal's (a character no UTF-8 can
    hold fails there, as it would when printed). Any exception but a clean exit escapes,
    failing the test with its traceback."""
    buffers = [io.BytesIO(), io.BytesIO()]
    streams = [io.TextIOWrapper(buffer, encoding="utf-8", errors="strict") for buffer in buffers]
    with contextlib.redirect_stderr(streams[0]), contextlib.redirect_stdout(streams[1]):
        try:
            code = main(argv)
        except SystemExit as stop:  # argparse's; a verb never exits on its own
            code = stop.code if isinstance(stop.code, int) else 2
    said = []
    for stream, buffer in zip(streams, buffers, strict=True):
        stream.flush()
        said.append(buffer.getvalue().decode("utf-8"))
    return code, said[0], said[1]


GITHUB_LINE = re.compile(r"^::(error|warning) file=content/[^,:\n]+,line=\d+(,col=\d+)?::\S[^\n\r]*$")
"""A problem in the form of GitHub's workflow commands (``check --format github``)."""


def write(root: Path, files: dict[str, str | bytes | Special]) -> None:
    """Write ``files`` under ``root``, each in place of what is there (never through a
    link that was there: it may lead out of the project)."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if os.path.lexists(path):
            path.unlink()
        if isinstance(text, Special):
            if text.link is None:
                os.mkfifo(path)
            else:
                path.symlink_to(text.link)
        else:
            path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))


class Bench:
    """A project with a good site built, to try mutations on one at a time."""

    def __init__(self, root: Path, files: dict[str, str | bytes | Special]) -> None:
        self.root = root
        self.files = files
        write(root, files)
        code, err, _ = run(["build", "--templates", TEMPLATES])
        assert code == 0, err
        self.good = site_files(root / "site")
        self.saved = root.parent / f"{root.name}-good-site"
        shutil.copytree(root / "site", self.saved)

    def reset(self, mutation: Mutation) -> None:
        """The base content again, without the files ``mutation`` added."""
        for rel in mutation.files:
            path = self.root / rel
            if rel in self.files:
                write(self.root, {rel: self.files[rel]})
            elif os.path.lexists(path):
                path.unlink()
                for parent in path.relative_to(self.root).parents:
                    folder = self.root / parent
                    if parent.parts and folder.is_dir() and not any(folder.iterdir()):
                        folder.rmdir()

    def attempt(self, mutation: Mutation, *, build: bool) -> int:
        """Run ``check`` (and ``build``) on the base content changed by ``mutation``;
        assert that each reports cleanly. The exit code of ``check``."""
        write(self.root, {rel: text for rel, text in mutation.files.items()})
        try:
            code = self.expect_clean(["check"], mutation)
            self.expect_tools(code, mutation)
            if build:
                built = self.expect_clean(["build", "--templates", TEMPLATES], mutation)
                if built == 0:  # accepted (an empty optional field): the good site comes back
                    shutil.rmtree(self.root / "site")
                    shutil.copytree(self.saved, self.root / "site")
                else:
                    assert site_files(self.root / "site") == self.good, f"{mutation.name}: the site changed"
        finally:
            self.reset(mutation)
        return code

    def expect_tools(self, code: int, mutation: Mutation) -> None:
        """``check --format json`` and ``--format github`` say what the text said, in
        their own forms, each problem at a place in the project."""
        as_json, err, out = run(["check", "--format", "json"])
        assert as_json == code and "Traceback" not in err, f"check --format json of {mutation.name}:\n{err}"
        problems = json.loads(out) if out else []
        assert isinstance(problems, list) and (problems or code == 0), f"{mutation.name}: {out}"
        for problem in problems:
            assert problem["path"].startswith("content/") and problem["line"] >= 1, (
                f"{mutation.name}: {problem}"
            )
        as_github, err, out = run(["check", "--format", "github"])
        assert as_github == code and "Traceback" not in err, (
            f"check --format github of {mutation.name}:\n{err}"
        )
        # GitHub's runner reads a command a line, at '\n' alone (a U+2028 is text to it).
        assert out == "" or out.endswith("\n"), f"check --format github of {mutation.name}: {out!r}"
        wrong = [line for line in out.split("\n")[:-1] if not GITHUB_LINE.match(line)]
        assert not wrong, f"check --format github of {mutation.name}:\n{out[:3000]}"

    def expect_clean(self, argv: list[str], mutation: Mutation) -> int:
        code, err, _ = run(argv)
        what = f"{argv[0]} of {mutation.name}"
        assert "Traceback" not in err, f"{what}:\n{err}"
        assert code in (0, 1), f"{what}: exit {code}\n{err}"
        if code == 1:
            lines = err.splitlines()
            assert lines, f"{what}: exit 1 and nothing said"
            wrong = [line for line in lines if not ERROR_LINE.match(line)]
            assert not wrong, f"{what}: not 'path:line:col: message':\n{err[:3000]}"
            assert any(re.match(r"^content/\S.*?:\d+:", line) for line in lines), f"{what}:\n{err}"
        return code


PER_SHAPE = 4
"""How many fields the sample gives each shape (with one shape for each field, about 360
of the some 6,600 value mutations: all of them take several minutes)."""
KEYS = 40
"""How many of the key mutations (a key left out, given twice, unknown...) the sample has."""


@pytest.fixture
def bench(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Bench:
    root = tmp_path / "project"
    root.mkdir()
    monkeypatch.chdir(root)
    return Bench(root, dict(base_files()))


def test_the_base_is_valid_without_a_warning(bench: Bench) -> None:
    code, err, _ = run(["check", "--strict"])
    assert code == 0 and "warning" not in err, err


def test_the_base_covers_every_field() -> None:
    """Each field of the schema has a value in the base (or ``OPTIONAL``): a field added
    to the schema is fuzzed once the base gives it one."""
    for rel, (kind, data) in BASE.items():
        if FUZZED[kind] != rel:
            continue
        for path in field_paths(schema.FILES[kind], data):
            full = given(kind, data, path)
            try:
                lookup(full, path)
            except (KeyError, IndexError):
                pytest.fail(f"the base {kind} has no value at {_dotted(path)}: add one to {rel}'s base")


def test_the_mutations_are_many_and_distinct() -> None:
    names = [m.name for m in all_mutations()]
    assert len(names) == len(set(names))
    assert len(names) > 2500


def sample(seed: int) -> list[Mutation]:
    """Value mutations that give every field some wrong shape and every shape to several
    fields (``PER_SHAPE``), and ``KEYS`` of the key mutations: chosen with ``seed``."""
    rng = random.Random(seed)
    values = list(value_mutations())
    by_field: dict[str, list[Mutation]] = {}
    by_shape: dict[str, list[Mutation]] = {}
    for mutation in values:
        by_field.setdefault(mutation.field, []).append(mutation)
        by_shape.setdefault(mutation.shape, []).append(mutation)
    chosen = {rng.choice(group).name: None for group in by_field.values()}
    for group in by_shape.values():
        chosen.update(dict.fromkeys(m.name for m in rng.sample(group, PER_SHAPE)))
    keys = rng.sample(list(key_mutations()), KEYS)
    return [m for m in values if m.name in chosen] + keys


def test_the_sample_has_every_field_and_shape() -> None:
    chosen = sample(55)
    assert {m.field for m in chosen if m.field} == {m.field for m in value_mutations()}
    assert {m.shape for m in chosen if m.shape} == set(SHAPES)


def test_no_mutation_of_the_schema_fields_crashes(bench: Bench) -> None:
    chosen = sample(55)
    refused = sum(bench.attempt(mutation, build=True) for mutation in chosen)
    assert refused > len(chosen) // 2  # most wrong shapes are refused, not quietly taken


def test_no_broken_file_crashes(bench: Bench) -> None:
    for mutation in [*file_mutations(), *id_mutations()]:
        bench.attempt(mutation, build=True)


def test_the_seed_story_fuzzed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The seed explainer, each of its kinds of file given a sample of wrong shapes in
    a sample of its fields: real content, longer texts, many files."""
    root = tmp_path / "project"
    content = seed_content(root / "content")
    monkeypatch.chdir(root)
    files = {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(content.rglob("*.yaml"))}
    bench = Bench(root, dict(files))
    rng = random.Random(2010)
    story = f"content/{SEED_STORY}"
    chosen = {
        "story": f"{story}/story.yaml",
        "event": rng.choice(sorted(r for r in files if "/events/" in r)),
        "figure": rng.choice(sorted(r for r in files if "/figures/" in r)),
        "location": rng.choice(sorted(r for r in files if "/locations/" in r)),
        "site": "content/site.yaml",
    }
    mutations = []
    for kind, rel in chosen.items():
        data = yaml.safe_load(files[rel])  # PyYAML's dates are dates: written back unquoted
        for path in field_paths(schema.FILES[kind], data):
            try:
                lookup(data, path[:-1])
            except (KeyError, IndexError, TypeError):
                continue  # a nested field the seed does not use
            for shape in rng.sample(sorted(SHAPES), 1):
                changed = with_value(copy.deepcopy(data), path, Raw(SHAPES[shape]))
                if shape.startswith(("alias", "merge")):
                    changed = anchored(changed)
                mutations.append(Mutation(f"{rel} {_dotted(path)} = {shape}", {rel: to_yaml(changed)}))
    for mutation in mutations:
        bench.attempt(mutation, build=True)
