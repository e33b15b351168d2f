"""The text values of a file, found by the schema."""

from __future__ import annotations

from generator.content import schema
from generator.content.lint.texts import texts
from generator.content.yamlnodes import Mapping, parse_yaml

STORY = """\
title: A story
summary: What it is about.
published: 2020-01-02
sources:
  wire:
    publisher: Wire
    url: https://wire.example/a
key_numbers:
  - value: 85
    label: dead
unknowns: [Who fired first]
"""


def test_every_text_value_is_found_with_its_label_and_kind() -> None:
    root = parse_yaml(STORY, "story.yaml", [])
    assert isinstance(root, Mapping)
    found = [(label, spec.markdown, node.value) for node, label, spec in texts(root, schema.FILES["story"])]
    assert found == [
        ("title", False, "A story"),
        ("summary", True, "What it is about."),
        ("sources.wire.publisher", False, "Wire"),
        ("key_numbers[1].value", False, 85),  # text, though YAML reads a number
        ("key_numbers[1].label", False, "dead"),
        ("unknowns[1]", True, "Who fired first"),
    ]
