"""The text values of a content file, found by the schema (``schema.Text`` fields, in
records, lists and the sources' id map): what the warnings about text look at (a comment
cutting one short, ``comments.py``; markup the pages leave out, ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Iterator

from generator.content import schema
from generator.content.yamlnodes import Mapping, Node, Scalar, Sequence


def texts(node: Node, spec: schema.FieldType, label: str = "") -> Iterator[tuple[Scalar, str, schema.Text]]:
    """Every value under ``node`` that ``spec`` (its place in the schema) says is text,
    with its label ('quotes[1].text') and its type (Markdown or plain, one line or more)."""
    if isinstance(spec, schema.Record) and isinstance(node, Mapping):
        for key, (_, value) in node.items.items():
            if (found := spec.field(key)) is not None:
                yield from texts(value, found.type, f"{label}.{key}" if label else key)
    elif isinstance(spec, schema.IdMap) and isinstance(node, Mapping):
        for key, (_, value) in node.items.items():
            yield from texts(value, spec.value, f"{label}.{key}")
    elif isinstance(spec, schema.ListOf) and isinstance(node, Sequence):
        for i, item in enumerate(node.items, start=1):
            yield from texts(item, spec.item, f"{label}[{i}]")
    elif isinstance(spec, schema.Text) and isinstance(node, Scalar):
        yield node, label, spec
