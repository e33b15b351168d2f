"""Quotation marks that close otherwise than meant (``yamlsyntax/closing.py``): text after a closing
mark, a mark never closed, curly marks around a value, as ``parse_yaml`` reports them."""

from __future__ import annotations

import pytest

from tests.content.yamlsyntax.test_explain import parse


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("title: 'Biden's visit\n", '1:8: YAML syntax error: text follows the closing quotation mark; put the whole value in quotes: "Biden\'s visit"'),
        ("quotes:\n  - text: 'We'll rebuild\n    by: x\n", '2:11: YAML syntax error: text follows the closing quotation mark; put the whole value in quotes: "We\'ll rebuild"'),
    ],
)  # fmt: skip
def test_an_apostrophe_that_closed_an_unfinished_quote_is_not_kept_as_a_stray_mark(
    text: str, fix: str
) -> None:
    problems = parse(text)
    assert problems == [f"f.yaml:{fix}"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # YAML reads on to the quotation marks of a later line, and blamed what follows them
            'title: "About 1,500 rally\ndate: 2010-04-19\nsummary: |\n  Banners accuse the opposition of\n'
            '  taking power "through bloodshed".\n',
            "1:8: YAML syntax error: this quotation mark is never closed, so YAML reads the lines below "
            'it as its text, up to the next double quotation mark ("), on line 5; end the text with the '
            'same mark: title: "About 1,500 rally"',
        ),
        (  # an apostrophe of a later line closes it
            "title: 'About 1,500 rally\ndate: 2010-04-19\nsummary: Bakiyev's supporters gather.\n",
            "1:8: YAML syntax error: this quotation mark is never closed, so YAML reads the lines below "
            "it as its text, up to the next apostrophe ('), on line 3; end the text with the same mark: "
            "title: 'About 1,500 rally'",
        ),
        (  # in a list's item
            'quotes:\n  - text: "We will\n    by: x\n  - text: He said "no" to them\n    by: y\n',
            "2:11: YAML syntax error: this quotation mark is never closed, so YAML reads the lines below "
            'it as its text, up to the next double quotation mark ("), on line 4; end the text with the '
            'same mark: - text: "We will"',
        ),
    ],
)
def test_a_quotation_mark_never_closed_is_reported_where_it_opens_though_a_later_line_has_one(
    text: str, expected: str
) -> None:
    assert parse(text) == [f"f.yaml:{expected}"]


def test_text_after_a_value_quoted_over_two_lines_is_not_called_a_mark_never_closed() -> None:
    # The second line is indented under 'title:': the value was meant to go on there.
    [problem] = parse('title: "Bakiyev flees\n  south" says Reuters\n')
    assert problem.startswith("f.yaml:2:") and "never closed" not in problem


@pytest.mark.parametrize(
    ("value", "inside"),
    [
        ("\u201cUpdate: the rescue\u201d", "Update: the rescue"),
        ("\u201eDie Rettung: Tag 1\u201c", "Die Rettung: Tag 1"),
    ],
)
def test_a_value_with_a_colon_in_curly_quotes_is_told_to_use_straight_ones(value: str, inside: str) -> None:
    # It was told to put the value in double quotes, which the editor thought it had done,
    # and the fix written out kept the curly marks inside the straight ones.
    assert parse(f"title: {value}\n") == [
        f"f.yaml:1:{value.index(':') + 8}: YAML syntax error: the value contains ': '; put the whole value in "
        f'straight double quotes: title: "{inside}" (YAML reads curly quotation marks, {value[0]} {value[-1]}, '
        f'as part of the text, not as quotes around it; to show them to readers, write title: "{value}")'
    ]
