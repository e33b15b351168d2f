from __future__ import annotations

import pytest

from generator.errors import Problem
from generator.yamlnodes import Mapping, Scalar, Sequence, parse_yaml, resolve_plain


def parse(text: str) -> tuple[object, list[str]]:
    problems: list[Problem] = []
    node = parse_yaml(text, "f.yaml", problems)
    return node, [str(p) for p in problems]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("true", True),
        ("False", False),
        ("yes", "yes"),
        ("no", "no"),
        ("on", "on"),
        ("null", None),
        ("~", None),
        ("", None),
        ("12", 12),
        ("-3", -3),
        ("4.5", 4.5),
        ("1e3", 1000.0),
        ("2010-04-19", "2010-04-19"),
        ("0x1F", "0x1F"),
        (".inf", ".inf"),
        ("NO", "NO"),
    ],
)
def test_plain_scalars_resolve_the_yaml_1_2_way(text: str, value: object) -> None:
    assert resolve_plain(text) == value


def test_nodes_remember_lines_and_columns() -> None:
    node, problems = parse("title: x\nlist:\n  - a\n  - b\nsub:\n  k: 1\n")
    assert problems == []
    assert isinstance(node, Mapping)
    key, value = node.items["list"]
    assert (key.pos.line, key.pos.col) == (2, 1)
    assert isinstance(value, Sequence)
    assert [(i.pos.line, i.pos.col) for i in value.items] == [(3, 5), (4, 5)]
    sub = node.items["sub"][1]
    assert isinstance(sub, Mapping)
    assert sub.items["k"][1].pos.line == 6


def test_quoted_scalars_stay_text() -> None:
    node, _ = parse("a: \"12\"\nb: 'true'\n")
    assert isinstance(node, Mapping)
    values = [v.value for _, v in node.items.values() if isinstance(v, Scalar)]
    assert values == ["12", "true"]


def test_duplicate_keys_are_errors_at_the_second_key() -> None:
    _, problems = parse("title: a\ndate: 2010\ntitle: b\n")
    assert problems == ["f.yaml:3:1: duplicate key 'title' (first given on line 1)"]


def test_tags_are_errors() -> None:
    _, problems = parse("a: !!python/object:os.system x\nb: !custom y\n")
    assert problems == [
        "f.yaml:1:4: YAML tags ('!!python/object:os.system') are not allowed; remove the tag",
        "f.yaml:2:4: YAML tags ('!custom') are not allowed; remove the tag",
    ]


def test_anchors_and_aliases_are_errors() -> None:
    _, problems = parse("a: &x 1\nb: *x\n")
    assert problems == [
        "f.yaml:1:4: YAML anchors ('&x') are not supported; write the value out",
        "f.yaml:2:4: YAML aliases ('*x') are not supported; write the value out",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "title: T\ndate 2005\nsummary: x\n",
            "2:1: YAML syntax error: this line has no ':' after its key; write 'key: value'",
        ),
        (
            "title: T\nsummary: He said: no\n",
            "2:17: YAML syntax error: the value contains ': '; put the whole value in double quotes, e.g. \"He said: no\"",
        ),
        (
            "title: T\nfigures:\n\t- a\n",
            "3:1: YAML syntax error: a tab character; YAML lines are indented with spaces only",
        ),
        (
            'title: "T\ndate: 2005\n',
            "1:8: YAML syntax error: this quotation mark is never closed; end the text with the same mark",
        ),
        (
            "title: T\n  date: 2005\n",
            "2:7: YAML syntax error: this line is indented, but a new key starts at the beginning of the line",
        ),
        (
            "title: *bold*\n",
            "1:8: YAML syntax error: a value cannot start with '*' or '&'; put the value in double quotes, e.g. \"*bold*\"",
        ),
        (
            "figures:\n  - a\n - b\n",
            "3:2: YAML syntax error: the indentation of this line does not match the lines above it",
        ),
        ("figures: [a, b\ndate: 2005\n", "1:10: YAML syntax error: this '[' list is never closed with ']'"),
        ("title: [\n", "1:8: YAML syntax error: this '[' list is never closed with ']'"),
        ("title: {a: 1\n", "1:8: YAML syntax error: this '{' group is never closed with '}'"),
        (
            "title: T\nsummary: x  # [not a list\nfigures: [\n",
            "3:10: YAML syntax error: this '[' list is never closed with ']'",
        ),
        (
            "summary: @x\n",
            "1:10: YAML syntax error: a value cannot start with '@'; put the value in double quotes",
        ),
    ],
)
def test_syntax_errors_point_at_the_cause_and_say_what_to_do(text: str, expected: str) -> None:
    _, problems = parse(text)
    assert problems == [f"f.yaml:{expected}"]


def test_a_second_document_is_an_error() -> None:
    _, problems = parse("a: 1\n---\nb: 2\n")
    assert problems == ["f.yaml:2:1: a second YAML document ('---') in one file; keep one per file"]


def test_deep_nesting_stops_with_an_error() -> None:
    _, problems = parse("a: " + "[" * 30 + "]" * 30 + "\n")
    assert problems[0].startswith("f.yaml:1:")
    assert "nesting deeper than 20 levels" in problems[0]


def test_non_string_keys_are_errors() -> None:
    _, problems = parse("? [a, b]\n: 1\n")
    assert problems == ["f.yaml:1:3: a key must be plain text"]


def test_characters_yaml_forbids_are_reported_where_they_are() -> None:
    _, problems = parse("title: ok\nsummary: a\x00b\n")
    assert problems == ["f.yaml:2:11: character U+0000 is not allowed in YAML; remove it"]
