"""A key longer than YAML lets a key be (``yamlsyntax/longkeys.py``), as ``parse_yaml`` reports it."""

from __future__ import annotations

import pytest

from tests.content.yamlsyntax.test_explain import parse

LONG = "k" * 1100
LONG_KEY = (
    "YAML syntax error: YAML reads the text before ': ' as a key, and it is {n} characters long, longer "
    "than YAML lets a key be (1,024); if it is a value, write it after its key, as in 'summary: ...'; "
    "if the ': ' is part of the text, put the whole text in double quotes, or write its key with '|' "
    "('summary: |') and the text on the lines below it, indented by 2 spaces"
)


@pytest.mark.parametrize(
    ("text", "at", "n"),
    [
        (f"title: T\n{LONG}: 1\n", "2:1", "1,100"),  # libyaml: "could not find expected ':'"
        (f'title: T\n"{LONG}": 1\n', "2:1", "1,102"),  # the quotation marks count
        (f"title: T\n'{LONG}': 1\n", "2:1", "1,102"),
        (f"{LONG}: 1\ntitle: T\n", "1:1", "1,100"),  # libyaml: "mapping values are not allowed"
        (f"title: T\nimage:\n  src: a.jpg\n  {LONG}: 1\n", "4:3", "1,100"),
        (f"title: T\nimage:\n  {LONG}: 1\n", "3:3", "1,100"),  # was: "this line is indented"
        (f"title: T\ntags:\n  - {LONG}: 1\n", "3:5", "1,100"),
        (f"title: T\nquotes:\n  - text: a\n    {LONG}: 1\n", "4:5", "1,100"),
        (f"title: T\n{'k' * 1025}: 1\n", "2:1", "1,025"),  # one over
    ],
)
def test_a_key_longer_than_yaml_allows_is_said_to_be_too_long_at_its_start(
    text: str, at: str, n: str
) -> None:
    # It was "this line has no ':' after its key", though the line has one.
    assert parse(text) == [f"f.yaml:{at}: " + LONG_KEY.format(n=n)]


def test_a_key_of_the_longest_length_yaml_allows_is_read() -> None:
    assert parse(f"title: T\n{'k' * 1024}: 1\n") == []


def test_a_key_running_over_several_lines_past_the_limit_says_where_it_ends() -> None:
    words = "word " * 15  # 75 characters a line
    text = "title: T\n" + words + "\n" + f"  {words}\n" * 15 + "  he said: no\n"
    assert parse(text) == [
        "f.yaml:2:1: YAML syntax error: YAML reads the text from here to the ': ' on line 18 as a key, "
        "and it runs over 17 lines, 1,255 characters, while YAML lets a key be one line of at most "
        "1,024; if it is a value, write it after its key, as in 'summary: ...'; if the ': ' is part "
        "of the text, put the whole text in double quotes, or write its key with '|' ('summary: |') "
        "and the text on the lines below it, indented by 2 spaces"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a long value with ': ' in it: the ': ' after the key is the first one
            f"title: T\nsummary: {LONG}: 1\n",
            "2:1110: YAML syntax error: the value contains ': '; put the whole value in double quotes: "
            f'summary: "{LONG}: 1"',
        ),
        (  # a short key over two lines: a line without ':', as before
            "title: T\ndate 2005\n  summary: S\n",
            "2:1: YAML syntax error: this line has no ':' after its key; write 'key: value'",
        ),
    ],
)
def test_a_long_value_or_a_short_key_is_not_called_a_long_key(text: str, expected: str) -> None:
    assert parse(text) == [f"f.yaml:{expected}"]
