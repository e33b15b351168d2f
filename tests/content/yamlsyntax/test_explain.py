"""YAML syntax errors said in plain words, at the line of the mistake (``yamlsyntax/explain.py``),
as ``parse_yaml`` reports them."""

from __future__ import annotations

import pytest

from generator.content.yamlnodes import parse_yaml
from generator.errors import Problem


def parse(text: str) -> list[str]:
    problems: list[Problem] = []
    parse_yaml(text, "f.yaml", problems)
    return [str(p) for p in problems]


ESCAPE = (
    "YAML syntax error: in double quotes a backslash starts a code such as \\n (a new line), and "
    "'{code}' is not one; put the text in single quotes instead, or write the backslash twice: \\\\"
)


@pytest.mark.parametrize(
    ("text", "at", "code"),
    [
        ('title: "Pay rise of 5\\% agreed"\n', "1:22", "\\%"),
        ('image:\n  src: "C:\\Users\\ann\\pickets.jpg"\n', "2:11", "\\Us"),  # a Windows path pasted
    ],
)
def test_a_backslash_in_double_quotes_is_said_to_start_a_code_not_to_leave_the_quote_open(
    text: str, at: str, code: str
) -> None:
    # The quotation mark is closed: it was called "never closed".
    assert parse(text) == [f"f.yaml:{at}: " + ESCAPE.format(code=code)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "title: T\nquotes:\n  - text: We will rebuild.\n   by: joe-biden\n",
            "4:4: YAML syntax error: 'by:' is not lined up with 'text:' of the list item on line 3; "
            "indent it by 4 spaces, as 'text:' is",
        ),
        (  # a key with its value, as far in as the dash: the item's, one reading
            "title: T\nquotes:\n  - text: a\n  by: x\n",
            "4:3: YAML syntax error: 'by:' is not lined up with 'text:' of the list item on line 3; "
            "indent it by 4 spaces, as 'text:' is",
        ),
        (  # a key with its value that only a whole file has ('tags'): two readings, not one
            "title: T\nquotes:\n  - text: a\n    by: x\n  tags: [politics]\n",
            "5:3: YAML syntax error: 'tags:' is not lined up with 'text:' of the list item on line 3; "
            "indent it by 4 spaces, as 'text:' is, if it belongs to that item; if it is not part of "
            "'quotes:' (line 2), start it at the beginning of its line, as 'quotes:' is",
        ),
        (  # a key of the file's own indented with the list above it: two readings, not one
            "title: T\nkey_numbers:\n  - value: 6 days\n    label: blocked\n  updates:\n  - date: 2021\n",
            "5:3: YAML syntax error: 'updates:' is not lined up with 'value:' of the list item on line 3; "
            "indent it by 4 spaces, as 'value:' is, if it belongs to that item; if it is not part of "
            "'key_numbers:' (line 2), start it at the beginning of its line, as 'key_numbers:' is",
        ),
        (
            "title: | visits\ndate: 2024\n",
            "1:8: YAML syntax error: '|' starts text written on the lines below it, so nothing may "
            'follow it on its line; put the whole value in double quotes: "| visits", or move the '
            "text to the next line, indented by two spaces",
        ),
        (
            "title: ? visits\ndate: 2024\n",
            "1:8: YAML syntax error: a value cannot start with '? ' (a key); put the whole value in "
            'double quotes: "? visits"',
        ),
        (
            "title: - Biden visits\ndate: 2024\n",
            "1:8: YAML syntax error: a value cannot start with '- ' (a list item); put the whole value "
            "in double quotes: \"- Biden visits\", or put each '- item' of a list on a line of its own",
        ),
        (
            "title: [Updated] Biden visits\ndate: 2024\n",
            "1:8: YAML syntax error: a value that starts with '[' is read as a list, and text follows "
            'it; put the whole value in double quotes: "[Updated] Biden visits"',
        ),
        (  # a list typed as a bracket per item
            "title: T\nfigures: [ann-lee] [bo-park]\n",
            "2:10: YAML syntax error: a value that starts with '[' is read as a list, and text follows "
            "it; a list's items go in one pair of brackets: figures: [ann-lee, bo-park] (or, for a text, "
            'put the whole value in double quotes: "[ann-lee] [bo-park]")',
        ),
        (
            "title: {Biden} visits\n",
            "1:8: YAML syntax error: a value that starts with '{' is read as 'key: value' pairs, and "
            'text follows it; put the whole value in double quotes: "{Biden} visits"',
        ),
        (  # a hashtag as a tag: YAML reads its '#' as a comment, the ']' with it
            "title: T\ntags: [#suez, shipping]\ndate: 2024\n",
            "2:7: YAML syntax error: this '[' list is never closed with ']': YAML reads the '#' at "
            "column 8 and all after it on its line as a comment, the ']' too; put what starts with "
            "'#' in double quotes: \"#suez\"",
        ),
        (  # the same on the file's last line
            "title: T\ntags: [#suez, shipping]\n",
            "2:7: YAML syntax error: this '[' list is never closed with ']': YAML reads the '#' at "
            "column 8 and all after it on its line as a comment, the ']' too; put what starts with "
            "'#' in double quotes: \"#suez\"",
        ),
        (  # after an apostrophe in a text above, which quotes nothing
            "title: The canal's week\ntags: [#suez, shipping]\n",
            "2:7: YAML syntax error: this '[' list is never closed with ']': YAML reads the '#' at "
            "column 8 and all after it on its line as a comment, the ']' too; put what starts with "
            "'#' in double quotes: \"#suez\"",
        ),
        (
            "title: T\ntags: [shipping, #suez]\n",
            "2:7: YAML syntax error: this '[' list is never closed with ']': YAML reads the '#' at "
            "column 18 and all after it on its line as a comment, the ']' too; put what starts with "
            "'#' in double quotes: \"#suez\"",
        ),
        (  # items written under 'figures: []', as 'explainer new' writes it
            "title: T\nfigures: []            # ids of files in figures/\n  - ann-lee\n  - bo-park\ndate: 2024\n",
            "3:3: YAML syntax error: 'figures:' has its value on its line already, '[]', so this item "
            "cannot be one of it; write the items in its brackets, figures: [ann-lee, bo-park], or each on "
            "a '- ' line of its own below 'figures:', with nothing after 'figures:'",
        ),
        (
            "title: T\nfigures: [ann-lee]\n- bo-park\n",
            "3:1: YAML syntax error: 'figures:' has its value on its line already, '[ann-lee]', so this "
            "item cannot be one of it; write the items in its brackets, figures: [ann-lee, bo-park], or "
            "each on a '- ' line of its own below 'figures:', with nothing after 'figures:'",
        ),
        (  # a commented block of 'explainer new' uncommented by deleting its '#' alone
            "title: T\nkey: true\n# draft: true\n image:\n   src: media/a.jpg\n   alt: A\n",
            "4:2: YAML syntax error: this line is indented, but a new key starts at the beginning of the "
            "line (taking the '#' off a commented line leaves the space after it: delete that too)",
        ),
        (  # a summary going on on the next line, not indented
            "title: T\nsummary: President Joe Biden tours\nthe wreck and promises money\nkey: true\n",
            "3:1: YAML syntax error: this line has no ':' after its key; write 'key: value', or, if it "
            "goes on with the text of 'summary' above, indent it by 2 spaces (or write 'summary: |' "
            "and the text on the lines below it, indented)",
        ),
        (  # the text of 'summary: |' pasted without its indentation
            "title: T\nsummary: |\nMayor Ana Pereira orders an inquiry.\n",
            "3:1: YAML syntax error: this line has no ':' after its key; write 'key: value', or, if it "
            "is the text of 'summary: |' above, indent it (and the lines of text after it) by 2 spaces",
        ),
        (  # the same in a quote of a list, with '>-'
            "title: T\nquotes:\n  - by: ann\n    text: >-\n    We will find out what went wrong.\n",
            "5:5: YAML syntax error: this line has no ':' after its key; write 'key: value', or, if it "
            "is the text of 'text: >-' above, indent it (and the lines of text after it) by 6 spaces",
        ),
        (  # indented with a no-break space, pasted from a web page
            "title: T\nsummary: |\n\u00a0 Mayor Ana Pereira orders an inquiry.\n",
            "3:1: YAML syntax error: this line is indented with a no-break space (pasted from a web "
            "page or a word processor), which YAML does not count as indentation; indent it with "
            "ordinary spaces",
        ),
        (  # a list's item
            "title: T\nquotes:\n  - text: Hi\n    by: ann\n\u00a0 - text: Ho\n    by: bo\n",
            "5:1: YAML syntax error: this line is indented with a no-break space (pasted from a web "
            "page or a word processor), which YAML does not count as indentation; indent it with "
            "ordinary spaces",
        ),
    ],
)
def test_libyamls_own_words_are_said_plainly_with_what_to_write(text: str, expected: str) -> None:
    assert parse(text) == [f"f.yaml:{expected}"]


def test_a_byte_order_mark_at_the_start_of_a_line_is_named() -> None:
    # Left where another file's text was pasted in: invisible, and libyaml stops there,
    # which was said as "the indentation of this line does not match the lines above it".
    assert parse("title: T\n\ufeffdate: 2024-04-05\nsummary: S\n") == [
        "f.yaml:2:1: YAML syntax error: this line starts with a character YAML cannot read there (it "
        "holds an invisible zero width no-break space, U+FEFF, at its start: delete it)"
    ]
    assert parse("\ufefftitle: T\ndate: 2024-04-05\nsummary: S\n") == []  # a file's own, first


def test_a_value_with_a_colon_and_double_quotes_is_told_to_go_in_single_quotes() -> None:
    # 'title: "Biden in Lahaina: \"We will be here\""' was the fix given: right, but a
    # backslash before each quote is what an editor mistypes; single quotes need none.
    assert parse('title: Biden in Lahaina: "We will be here"\n') == [
        "f.yaml:1:24: YAML syntax error: the value contains ': '; put the whole value in single quotes, as "
        "it holds double ones: title: 'Biden in Lahaina: \"We will be here\"'"
    ]
    # With an apostrophe too, single quotes would need it doubled: double quotes, as before.
    assert parse('title: Biden said: "it\'s here"\n') == [
        "f.yaml:1:18: YAML syntax error: the value contains ': '; put the whole value in double quotes: "
        'title: "Biden said: \\"it\'s here\\""'
    ]


@pytest.mark.parametrize(
    ("text", "at", "items"),
    [
        ("title: T\nsources: [ap]\n  reuters\n", "3:3", "ap, reuters"),  # the file's last line
        ("title: T\nsources: [ap]\n  reuters", "3:3", "ap, reuters"),  # no line break after it
        (
            "title: T\nsources: [ap]  # wires\n    reuters, afp  # and\nsummary: S\n",
            "3:5",
            "ap, reuters, afp",
        ),
        ("title: T\nsources: [ap]\n  - [reuters]\n", "3:3", "ap, reuters"),
    ],
)
def test_text_indented_under_a_list_closed_on_its_line_is_said_to_belong_in_it(
    text: str, at: str, items: str
) -> None:
    # Said before as "the indentation of this line does not match the lines above it".
    assert parse(text) == [
        f"f.yaml:{at}: YAML syntax error: this line is indented under 'sources:', as if it held more of its "
        "items, but 'sources:' has its list on its line already, '[ap]', and closed; write the items in "
        f"its brackets, sources: [{items}], or each on a '- ' line of its own below 'sources:', indented "
        "as this line is, with nothing after 'sources:'"
    ]
