"""YAML syntax errors said in plain words, at the line of the mistake (``yamlerrors.py``),
as ``parse_yaml`` reports them."""

from __future__ import annotations

import pytest

from generator.content.yamlnodes import parse_yaml
from generator.errors import Problem


def parse(text: str) -> list[str]:
    problems: list[Problem] = []
    parse_yaml(text, "f.yaml", problems)
    return [str(p) for p in problems]


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
        (
            "title: {Biden} visits\n",
            "1:8: YAML syntax error: a value that starts with '{' is read as 'key: value' pairs, and "
            'text follows it; put the whole value in double quotes: "{Biden} visits"',
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


QUOTES = "title: T\nquotes:\n  - text: We will rebuild.\n    by: ann\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # libyaml blamed the second item, said to be indented when a key starts the line
            QUOTES + "source: src-a\n  - text: Ho\n    by: bo\n",
            "5:1: YAML syntax error: 'source:' is less indented than 'by:' on line 4 above it, so it "
            "ends 'quotes:' (line 2) and YAML cannot read line 6; indent it by 4 spaces, as 'by:' is",
        ),
        (  # the second item taken to the start of the line as that advice said: still the key
            QUOTES + "source: src-a\n- text: Ho\n    by: bo\n",
            "5:1: YAML syntax error: 'source:' is less indented than 'by:' on line 4 above it, so it "
            "ends 'quotes:' (line 2) and YAML cannot read line 6; indent it by 4 spaces, as 'by:' is",
        ),
        (  # the item's middle key, the list's items at the start of their lines
            "title: T\nquotes:\n- text: Hi\nby: ann\n  source: src-a\n- text: Ho\n",
            "4:1: YAML syntax error: 'by:' is less indented than 'text:' on line 3 above it, so it "
            "ends 'quotes:' (line 2) and YAML cannot read line 5; indent it by 2 spaces, as 'text:' is",
        ),
        (  # a picture's key
            "title: T\nimage:\n  src: media/a.jpg\nalt: A man\n  credit: AP\n",
            "4:1: YAML syntax error: 'alt:' is less indented than 'src:' on line 3 above it, so it "
            "ends 'image:' (line 2) and YAML cannot read line 5; indent it by 2 spaces, as 'src:' is, "
            "if it belongs with it; else line 5 is indented by mistake: remove its spaces",
        ),
        (  # after a list at the start of its lines, which does not go on: either may be wrong
            "title: T\nquotes:\n- text: Hi\n  by: ann\ndate: 2010-01-01\n  end: 2010-01-02\n",
            "5:1: YAML syntax error: 'date:' is less indented than 'by:' on line 4 above it, so it "
            "ends 'quotes:' (line 2) and YAML cannot read line 6; indent it by 2 spaces, as 'by:' is, "
            "if it belongs with it; else line 6 is indented by mistake: remove its spaces",
        ),
        (  # the event's own key after a picture, and the line after it indented by mistake
            "title: T\nimage:\n  src: media/a.jpg\n  alt: A\ndate: 2010-04-19\n  end: 2010-04-20\n",
            "5:1: YAML syntax error: 'date:' is less indented than 'alt:' on line 4 above it, so it "
            "ends 'image:' (line 2) and YAML cannot read line 6; indent it by 2 spaces, as 'alt:' is, "
            "if it belongs with it; else line 6 is indented by mistake: remove its spaces",
        ),
    ],
)
def test_a_key_less_indented_than_its_item_is_blamed_not_the_line_after_it(text: str, expected: str) -> None:
    assert parse(text) == [f"f.yaml:{expected}"]


@pytest.mark.parametrize(
    "text",
    [
        "title: T\nsummary: S\n  date: 2005\n",  # nothing above the key for it to cut short
        "summary: |\n  Text: more\nsource: s\n  - text: x\n",  # text of a block above it, not keys
    ],
)
def test_an_indented_line_after_a_key_is_blamed_when_the_key_cut_nothing_short(text: str) -> None:
    [problem] = parse(text)
    assert "this line is indented, but a new key starts at the beginning of the line" in problem


def test_a_list_item_less_indented_than_the_items_above_it_is_told_how_far_to_indent() -> None:
    # An item taken to the start of the line, as the advice for an indented key once said.
    problems = parse(QUOTES + "    source: src-a\n- text: Ho\n    by: bo\n")
    assert problems == [
        "f.yaml:6:1: YAML syntax error: this list item is less indented than the item on line 3 above "
        "it; indent it by 2 spaces, as that one is"
    ]


IMAGE = "title: T\ndate: 2010\nimage:\n  src: media/a.jpg\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # one space short, with the keys it belongs with going on below it
            IMAGE + " alt: A square\n  credit: AP\n",
            "5:2: YAML syntax error: 'alt:' starts one space short of 'src:' on line 4 above it; start "
            "it at column 3, in line with 'src:'",
        ),
        (  # the last key: it may be meant for 'image:' or for the level of 'image:'
            IMAGE + " alt: A square\n",
            "5:2: YAML syntax error: 'alt:' starts one space short of 'src:' on line 4 above it; start "
            "it at column 3, in line with 'src:', or at column 1, in line with 'image:' (line 3), if it does not "
            "belong to 'image:'",
        ),
        (  # one space over: YAML reads it as more of the text of 'src:'
            IMAGE + "   alt: A square\n  credit: AP\n",
            "5:4: YAML syntax error: 'alt:' starts one space further in than 'src:' on line 4 above "
            "it, so YAML reads it as more of the text of 'src:'; start it at column 3, in line with 'src:'",
        ),
        (  # a list item's second key, one space over
            "title: T\nquotes:\n  - text: Hello\n     by: someone\n",
            "4:6: YAML syntax error: 'by:' starts one space further in than 'text:' on line 3 above "
            "it, so YAML reads it as more of the text of 'text:'; start it at column 5, in line with 'text:'",
        ),
        (  # ... and its third, over by two, below a second key that is lined up
            "title: T\nquotes:\n  - text: Hello\n    by: someone\n      source: s\n",
            "5:7: YAML syntax error: 'source:' starts two spaces further in than 'by:' on line 4 "
            "above it, so YAML reads it as more of the text of 'by:'; start it at column 5, in line with 'by:'",
        ),
    ],
)
def test_a_key_a_space_off_its_neighbours_is_told_the_column_to_start_at(text: str, expected: str) -> None:
    assert parse(text) == [f"f.yaml:{expected}"]


TAB = "YAML syntax error: a tab character; YAML lines are indented with spaces only; "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # beside the key of its item, four spaces in
            "title: T\nquotes:\n  - text: We did it.\n\tby: ann\n",
            "f.yaml:4:1: " + TAB + "indent it with 4 spaces, in line with 'text:' on line 3",
        ),
        (  # an item after the last key of the item above: in line with that item's dash
            "quotes:\n  - text: a\n    by: ann\n\t- text: b\n",
            "f.yaml:4:1: " + TAB + "indent it with two spaces, in line with the item on line 2",
        ),
        (  # the first item of a list, its next key below it: the dash two spaces before that key
            "title: T\nquotes:\n\t- text: We did it.\n    by: ann\n",
            "f.yaml:3:1: " + TAB + "indent it with two spaces, so that its key lines up with line 4 below it",
        ),
        (  # the file indents by four
            "title: T\nimage:\n    src: media/a.jpg\n\talt: A dot\n",
            "f.yaml:4:1: " + TAB + "indent it with 4 spaces, in line with 'src:' on line 3",
        ),
        (  # spaces, then a tab
            "title: T\nimage:\n  src: media/a.jpg\n  \talt: A dot\n",
            "f.yaml:4:3: " + TAB + "indent it with two spaces, in line with 'src:' on line 3",
        ),
        (  # the first line of a block of text: as the line below it
            "title: T\nbody: |\n\tone\n  two\n",
            "f.yaml:3:1: " + TAB + "indent it with two spaces, as line 4 below it is",
        ),
        (  # held by a key that is itself indented: one step further in than it
            "title: T\nimage:\n  caption: |\n\t\tA dot\n",
            "f.yaml:4:1: " + TAB + "indent it with 4 spaces, one step further in than 'caption:' on line 3",
        ),
    ],
)
def test_a_line_indented_with_a_tab_is_told_how_many_spaces_its_neighbours_use(
    text: str, expected: str
) -> None:
    assert parse(text) == [expected]


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a line of the text set short of it: it was told its indentation did not match
            "title: T\nsummary: |\n   Water rose.\n Then it fell.\ndate: 2010\n",
            "4:2: YAML syntax error: this line is indented less than the text of 'summary:' above it, so "
            "YAML cannot read it as more of that text; indent it by 3 spaces, as the text of 'summary:' "
            "is (line 3)",
        ),
        (  # in an image, under a folded text
            "title: T\nimage:\n  src: a.jpg\n  caption: >-\n      Water\n    rose.\n  alt: A\n",
            "6:5: YAML syntax error: this line is indented less than the text of 'caption:' above it, so "
            "YAML cannot read it as more of that text; indent it by 6 spaces, as the text of 'caption:' "
            "is (line 5)",
        ),
        (  # a key, or a line of the text: both are said
            "title: T\nsummary: |\n   Water rose.\n\n figures: [a]\n",
            "5:2: YAML syntax error: 'figures:' is indented further than 'summary:' on line 2 and less "
            "than its text; if it is a key, start it at the beginning of its line, in line with "
            "'summary:'; if it goes on with the text, indent it by 3 spaces, as the text of 'summary:' "
            "is (line 3)",
        ),
        (  # as far in as the text, after a comment at the start of a line, which ends the text
            "title: T\nsummary: |\n  Water rose.\n# body: |\n  figures: [a]\nlocations: [b]\n",
            "5:3: YAML syntax error: the comment on line 4, at the start of its line, ends the text of "
            "'summary:' (line 2), so YAML cannot read this line; if 'figures:' is a key, start it at the "
            "beginning of its line, in line with 'summary:'; if it goes on with the text, indent the "
            "comment as the text is",
        ),
    ],
)
def test_a_line_short_of_a_text_written_below_its_key_is_told_how_far_to_indent(
    text: str, expected: str
) -> None:
    assert parse(text) == [f"f.yaml:{expected}"]


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
