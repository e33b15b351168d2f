"""Lines out of line with their neighbours (``yamlsyntax/indents.py``), told how far to indent, as
``parse_yaml`` reports them."""

from __future__ import annotations

import pytest

from tests.content.yamlsyntax.test_explain import parse

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


STORY_WITH_UPDATES = (
    "title: T\nupdates:\n  - date: 2024-03-26\n    text: Six workers are missing.\n"
    "image:\n  src: media/bridge.jpg\n  alt: The bridge\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an update added at the end of the block below 'updates:', not at the end of its list
            STORY_WITH_UPDATES + "  - date: 2024-03-27\n    kind: correction\n    text: Seven.\n",
            "8:3: YAML syntax error: this list item is among the keys of 'image:' (line 5), such as "
            "'alt:' on line 7, which are 'key: value' lines, not a list; if it is one of 'updates:' "
            "(line 2), move it there, with the lines under it, after that list's last item",
        ),
        (  # two of them: the second is not taken for a list of 'image:'
            STORY_WITH_UPDATES
            + "  - date: 2024-03-27\n    text: Seven.\n  - date: 2024-03-28\n    text: Eight.\n",
            "8:3: YAML syntax error: this list item is among the keys of 'image:' (line 5), such as "
            "'alt:' on line 7, which are 'key: value' lines, not a list; if it is one of 'updates:' "
            "(line 2), move it there, with the lines under it, after that list's last item",
        ),
        (  # the same at the end of the file, below a source
            STORY_WITH_UPDATES
            + "sources:\n  s1:\n    publisher: P\n  - date: 2024-03-27\n    text: Seven.\n",
            "11:3: YAML syntax error: this list item is among the keys of 'sources:' (line 8), such as "
            "'s1:' on line 9, which are 'key: value' lines, not a list; if it is one of 'updates:' "
            "(line 2), move it there, with the lines under it, after that list's last item",
        ),
        (  # at the start of the line, among the file's own keys
            STORY_WITH_UPDATES + "- date: 2024-03-27\n  text: Seven.\n",
            "8:1: YAML syntax error: this list item is among the keys of the file itself, such as "
            "'image:' on line 5, which are 'key: value' lines, not a list; if it is one of 'updates:' "
            "(line 2), move it there, with the lines under it, after that list's last item",
        ),
        (  # a key of a picture written as an item: no list of such items to name
            "title: T\nimage:\n  src: media/bridge.jpg\n  - alt: The bridge\n",
            "4:3: YAML syntax error: this list item is among the keys of 'image:' (line 2), such as "
            "'src:' on line 3, which are 'key: value' lines, not a list; move it, with the lines under "
            "it, to the list it belongs to, or, if it is one of these keys, delete its '- '",
        ),
        (  # among the keys of a list's item
            "title: T\nquotes:\n  - text: We will rebuild.\n    by: ann\n    - source: s1\n",
            "5:5: YAML syntax error: this list item is among the keys of the list item on line 3, such "
            "as 'by:' on line 4, which are 'key: value' lines, not a list; move it, with the lines "
            "under it, to the list it belongs to, or, if it is one of these keys, delete its '- '",
        ),
    ],
)
def test_a_list_item_among_keys_is_told_which_list_it_may_belong_to(text: str, expected: str) -> None:
    # Said before as "the indentation of this line does not match the lines above it".
    assert parse(text) == [f"f.yaml:{expected}"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an item one space further in than the item above it, which has keys: libyaml's own words
            QUOTES + "   - text: Go.\n     by: bo\n",
            "5:4: YAML syntax error: this list item starts one space further in than the item on line 3 "
            "above it, and less far than that item's keys, so YAML reads it neither as an item of its own "
            "nor as part of that one; indent it by two spaces, as that one is",
        ),
        (  # the file's own key after a list of ids, one space in: 'the indentation of this line does not match'
            "title: T\nfigures:\n  - ann-lee\n date: 2010\n",
            "4:2: YAML syntax error: 'date:' is indented under 'figures:' (line 2), whose items are the "
            "'- ' lines above it, so YAML cannot place it; start it at the beginning of its line, in line "
            "with 'figures:'",
        ),
        (  # in line with the items' dashes: libyaml's own words
            "title: T\nfigures:\n  - ann-lee\n  date: 2010\n",
            "4:3: YAML syntax error: 'date:' is indented under 'figures:' (line 2), whose items are the "
            "'- ' lines above it, so YAML cannot place it; start it at the beginning of its line, in line "
            "with 'figures:'",
        ),
        (  # the rest of a caption, short of its key: 'the indentation of this line does not match'
            "title: T\nimage:\n  src: media/a.jpg\n  caption: A long caption that\n goes on.\n",
            "5:2: YAML syntax error: this line is indented less than 'caption:' on line 4 above it, so "
            "YAML cannot read it as more of its text; if it goes on with that text, indent it by 4 spaces "
            "(or write 'caption: |' and the text on the lines below it, indented)",
        ),
        (  # the rest of a quote's text, in line with its key: was told to put the item in quotes
            "title: T\nquotes:\n  - text: We did what we could, and\n    then more of it was done.\n",
            "4:5: YAML syntax error: this line has no ':' after its key; write 'key: value', or, if it goes "
            "on with the text of 'text' above, indent it by 6 spaces (or write 'text: |' and the text on "
            "the lines below it, indented)",
        ),
    ],
)
def test_a_line_set_between_the_columns_yaml_reads_says_what_it_belongs_to(text: str, expected: str) -> None:
    assert parse(text) == [f"f.yaml:{expected}"]
