"""Spaces YAML needs and does not find (``yamlsyntax/spaces.py``): no space after a key's ':' or an
item's '-', and no-break spaces where ordinary ones indent, as ``parse_yaml`` reports them."""

from __future__ import annotations

import pytest

from tests.content.yamlsyntax.test_explain import parse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # libyaml blames the next key: 'title:Biden visits date' is one text to it
            "title:Biden visits the site\ndate: 2024-04-05\nsummary: S\n",
            "1:7: YAML syntax error: put a space after ':' (title: Biden visits the site)",
        ),
        (  # a no-break space, pasted from a web page: not a space to YAML
            "title:\u00a0Biden visits\ndate: 2024-04-05\nsummary: S\n",
            "1:7: YAML syntax error: the character after ':' is a no-break space (pasted from a web "
            "page or a word processor), which YAML does not count as a space; type an ordinary "
            "space: title: Biden visits",
        ),
        (  # the last line: libyaml said the line has no ':'
            "title: T\ndate: 2024-04-05\nkey:true\n",
            "3:5: YAML syntax error: put a space after ':' (key: true)",
        ),
        (
            "title: T\ndate:2024-04-05\nsummary: S\n",
            "2:6: YAML syntax error: put a space after ':' (date: 2024-04-05)",
        ),
        (
            "title: T\nquotes:\n  - text: We will rebuild.\n    by:joe-biden\n",
            "4:8: YAML syntax error: put a space after ':' (by: joe-biden)",
        ),
    ],
)
def test_a_key_without_a_space_after_its_colon_is_reported_on_its_own_line(text: str, expected: str) -> None:
    problems = parse(text)
    assert problems == [f"f.yaml:{expected}"]


def test_a_missing_space_is_not_looked_for_above_a_well_written_key() -> None:
    # 'note:this' is above 'date: 2005', which is fine: the mistake is 'date 2005' below it
    problems = parse("title: T\nbody: |\n  note:this\nsummary: S\ndate 2005\nx: y\n")
    assert problems == [
        "f.yaml:5:1: YAML syntax error: this line has no ':' after its key; write 'key: value'"
    ]


def test_a_no_break_space_in_the_text_of_a_block_is_not_blamed_for_a_mistake_below() -> None:
    text = (
        "title: T\nsummary: |\n  Bakiyev becomes president\n  \u00a0— the Tulip Revolution\n"
        'figures: [a]\nbody: "He said" then more\n'
    )
    assert parse(text) == [
        "f.yaml:6:7: YAML syntax error: text follows the closing quotation mark; put the whole value "
        "in quotes: '\"He said\" then more'"
    ]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        (  # libyaml stops at the next key, three lines below: it read the paragraph as a key
            "title: T\nsummary: |\n\u00a0\u00a0In the morning 1,500 gather\n  to reject the interim\n"
            "  government.\nfigures: [a]\n",
            "3:1",
        ),
        (
            "title: T\nsummary: |\n  One.\n\n\u00a0\u00a0Two, the next paragraph\n  goes on.\nfigures: [a]\n",
            "5:1",
        ),
    ],
)
def test_a_paragraph_indented_with_no_break_spaces_is_said_to_be_where_it_starts(text: str, at: str) -> None:
    # It looks indented: "indent it by 2 spaces" (the advice for a paragraph not indented) misled.
    assert parse(text) == [
        f"f.yaml:{at}: YAML syntax error: this line is indented with a no-break space (pasted from a "
        "web page or a word processor), which YAML does not count as indentation; indent it with "
        "ordinary spaces"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a later item of a list of quotes: libyaml said "did not find expected '-' indicator"
            "title: T\nquotes:\n  - text: Run.\n    by: ann\n  -text: Stay.\n    by: ann\n",
            "5:3: YAML syntax error: put a space after the '-' that starts a list item: - text: Stay.",
        ),
        (  # the first item: it said the next line was indented where a key starts the line
            "title: T\nquotes:\n  -text: Run.\n    by: ann\n",
            "3:3: YAML syntax error: put a space after the '-' that starts a list item: - text: Run.",
        ),
        (  # the last line of the file
            "title: T\nupdates:\n  - date: 2010-01-01\n    text: A\n  -date: 2010-01-02\n",
            "5:3: YAML syntax error: put a space after the '-' that starts a list item: - date: 2010-01-02",
        ),
    ],
)
def test_a_list_item_without_a_space_after_its_dash_is_told_the_line_to_write(
    text: str, expected: str
) -> None:
    assert parse(text) == [f"f.yaml:{expected}"]
