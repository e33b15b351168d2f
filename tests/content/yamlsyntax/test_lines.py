"""A YAML file's lines as the syntax errors' messages read them (``yamlsyntax/lines.py``)."""

from __future__ import annotations

import re

import pytest
import yaml

from generator.content.yamlsyntax.lines import (
    BLOCK_INDICATOR,
    LINE_BREAK,
    VALUE,
    Mark,
    filled_before,
    indent_of,
    less_comment,
    mark_of,
)

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\r", "\x85", "\u2028", "\u2029"])
def test_a_characters_line_and_column_are_the_ones_the_parser_gives(line_break: str) -> None:
    # A file from Windows, an old Mac, or with YAML 1.1's other line ends: counted as libyaml counts them.
    text = f"title: T{line_break}date: 2010{line_break}summary: @x{line_break}"
    with pytest.raises(yaml.MarkedYAMLError) as raised:
        yaml.load(text, Loader=LOADER)
    at = raised.value.problem_mark
    assert at is not None
    assert mark_of(text, text.index("@")) == Mark(at.line, at.column) == Mark(2, 9)
    assert len(LINE_BREAK.split(text)) == 4


def test_the_line_above_is_the_last_with_something_other_than_a_comment() -> None:
    lines = ["title: T", "  # a note", "", "date: 2010", "", "   # more", "summary: S"]
    assert filled_before(lines, 6) == 3
    assert filled_before(lines, 3) == 0
    assert filled_before(lines, 0) is None


def test_an_indent_counts_spaces_only() -> None:
    assert indent_of("    by: ann") == 4
    assert indent_of("\t  by: ann") == 0  # a tab is no indent YAML reads
    assert indent_of("\u00a0 by: ann") == 0  # nor is a no-break space


def test_a_key_value_line_gives_its_key_and_its_value_to_the_end_of_the_line() -> None:
    found = VALUE().match("  - text: He said: no  ")
    assert found is not None
    assert (found["lead"], found["key"], found["value"]) == ("  - ", "text", "He said: no")
    assert VALUE().match("# title: T") is None
    assert VALUE().match("image:") is None  # its value is on the lines below


@pytest.mark.parametrize(
    ("written", "indicator"),
    [("|", True), (">-", True), ("|2", True), ("|+", True), ("-", False), ("x", False)],
)
def test_a_block_indicator_is_a_bar_or_a_chevron_and_its_modifiers(written: str, indicator: bool) -> None:
    assert (re.fullmatch(BLOCK_INDICATOR, written) is not None) is indicator


@pytest.mark.parametrize(
    "value", ["Osh # check", "Osh  #check", "Osh\t# check", "a#b", "C# and F#", "Osh", "50 % # of them"]
)
def test_a_plain_value_less_its_comment_is_what_yaml_reads(value: str) -> None:
    # The messages quote a value as the editor will see it published: a '#' after a space
    # or a tab starts a comment YAML drops, one inside a word is text.
    assert less_comment(value) == yaml.load(f"key: {value}", Loader=LOADER)["key"]
