"""What the warnings about text look at in a content file: its text values, found by the
schema (``texts``: ``fieldtypes.Text`` fields, in records, lists and the sources' id map;
a comment cutting one short, ``comments.py``; markup the pages leave out,
``formatting.py``; links to the story page, ``storylinks.py``); every string value,
whatever the schema says of it (``all_texts``: placeholder text and broken links,
``writing.py``; links to drafts); and, of an event taken out, the part its notice still
shows (``shown_of_taken_out``), the only text of it that reaches readers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from generator.content import fieldtypes
from generator.content.yamlnodes import Mapping, Node, Scalar, Sequence


def texts(
    node: Node, spec: fieldtypes.FieldType, label: str = ""
) -> Iterator[tuple[Scalar, str, fieldtypes.Text]]:
    """Every value under ``node`` that ``spec`` (its place in the schema) says is text,
    with its label ('quotes[1].text') and its type (Markdown or plain, one line or more)."""
    if isinstance(spec, fieldtypes.Record) and isinstance(node, Mapping):
        for key, (_, value) in node.items.items():
            if (found := spec.field(key)) is not None:
                yield from texts(value, found.type, f"{label}.{key}" if label else key)
    elif isinstance(spec, fieldtypes.IdMap) and isinstance(node, Mapping):
        for key, (_, value) in node.items.items():
            yield from texts(value, spec.value, f"{label}.{key}")
    elif isinstance(spec, fieldtypes.ListOf) and isinstance(node, Sequence):
        for i, item in enumerate(node.items, start=1):
            yield from texts(item, spec.item, f"{label}[{i}]")
    elif isinstance(spec, fieldtypes.Text) and isinstance(node, Scalar):
        yield node, label, spec


SHOWN_WHEN_TAKEN_OUT = ("title", "removed")
"""The keys of an event file whose text an event taken out still shows (its notice):
the warnings about the text of the others would be about text no reader gets."""


def all_texts(node: Node, label: str = "") -> Iterator[tuple[Scalar, str, str]]:
    """Every text value under ``node``, with its label ('quotes[1].text') and text."""
    if isinstance(node, Mapping):
        for key, (_, value) in node.items.items():
            yield from all_texts(value, f"{label}.{key}" if label else key)
    elif isinstance(node, Sequence):
        for i, item in enumerate(node.items, start=1):
            yield from all_texts(item, f"{label}[{i}]")
    elif isinstance(node.value, str):
        yield node, label, node.value


def shown_of_taken_out(root: Mapping) -> Mapping:
    """The part of the file of an event taken out whose text its notice still shows
    (``SHOWN_WHEN_TAKEN_OUT``)."""
    return replace(root, items={k: v for k, v in root.items.items() if k in SHOWN_WHEN_TAKEN_OUT})
