"""Where a warning points (``where.py``): the value of a key, a nested block by its key,
a field of a list's item, and the file itself or the list where what is asked for is
not written."""

from __future__ import annotations

from generator.content.contentfile import ContentFile
from generator.content.lint.where import at, item_key, warning
from generator.content.yamlnodes import Mapping, parse_yaml
from generator.errors import Position, Severity

EVENT = """\
# An event.
title: First event
image:
  src: media/a.png
quotes:
  - text: One.
    by: fig-a
  - text: Two.
"""


def event_file() -> ContentFile:
    root = parse_yaml(EVENT, "e1.yaml", [])
    assert isinstance(root, Mapping)
    return ContentFile("e1", "e1.yaml", root)


def test_a_plain_value_is_pointed_at_and_a_nested_block_by_its_key() -> None:
    file = event_file()
    assert at(file, "title") == Position("e1.yaml", 2, 8)
    assert at(file, "image") == Position("e1.yaml", 3, 1)
    assert at(file, "image", "src") == Position("e1.yaml", 4, 8)
    # A key not written: the nearest that is, or the file itself.
    assert at(file, "image", "credit") == Position("e1.yaml", 3, 1)
    assert at(file, "summary") == at(file) == Position("e1.yaml", 1, 1)


def test_a_field_of_a_lists_item_or_else_the_list() -> None:
    file = event_file()
    assert item_key(file, "quotes", 0, "by") == Position("e1.yaml", 7, 9)
    assert item_key(file, "quotes", 1, "by") == Position("e1.yaml", 5, 1)  # not written
    assert item_key(file, "quotes", 5, "by") == Position("e1.yaml", 5, 1)  # no such item
    assert item_key(file, "updates", 0, "date") == Position("e1.yaml", 1, 1)  # no such list


def test_a_warning_is_said_at_its_place() -> None:
    said = warning(Position("e1.yaml", 2, 8), "the title is long")
    assert (said.where, said.severity, str(said)) == (
        Position("e1.yaml", 2, 8),
        Severity.WARNING,
        "e1.yaml:2:8: warning: the title is long",
    )
