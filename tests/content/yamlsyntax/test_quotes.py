"""A quotation mark left open that YAML reads on through the keys below it, in a file that
is still valid YAML (``yamlsyntax/quotes.py``), as ``explainer check`` reports it."""

from __future__ import annotations

import pytest

from tests.conftest import Project
from tests.content.lint.said import warnings

EVENT = "content/story-a/events/e1.yaml"


def test_an_open_quote_that_swallows_the_keys_below_it_is_reported_at_the_quote(project: Project) -> None:
    # The next mark ends a line, so the file parses: YAML took the keys below for text
    # and the editor heard only "missing required key 'date'", at line 1, column 1.
    project.write(EVENT, 'title: "Bakiyev flees\ndate: 2010-04-07\nsummary: Bakiyev flees to Jalalabad."\n')
    assert project.problems() == [
        f"{EVENT}:1:8: this quotation mark is not closed on its line, so the 2 lines after it, up to "
        "the next double quotation mark (\"), became part of the text, 'date:', 'summary:' with them; "
        'close it with " on its line: title: "Bakiyev flees"'
    ]


def test_an_open_quote_that_swallows_one_line_says_the_line(project: Project) -> None:
    # It said 'the 1 lines after it'.
    project.write(EVENT, 'date: 2010\ntitle: "Bakiyev flees\nsummary: Bakiyev flees to Jalalabad."\n')
    assert project.problems() == [
        f"{EVENT}:2:8: this quotation mark is not closed on its line, so the line after it, up to "
        "the next double quotation mark (\"), became part of the text, 'summary:' with it; "
        'close it with " on its line: title: "Bakiyev flees"'
    ]


def test_an_open_apostrophe_in_a_quote_swallows_the_keys_of_its_item(project: Project) -> None:
    project.write(
        EVENT,
        "title: T\ndate: 2010\nsummary: S\nquotes:\n  - text: 'We stay\n    by: ann\n"
        "    source: the protesters'\n  - text: Fine\n    by: bob\n",
    )
    assert project.problems() == [
        f"{EVENT}:5:11: this quotation mark is not closed on its line, so the 2 lines after it, up to "
        "the next apostrophe ('), became part of the text, 'by:', 'source:' with them; close it with ' "
        "on its line: text: 'We stay'"
    ]


def test_an_open_quote_that_swallows_the_keys_of_the_record_around_it_is_a_warning_if_the_file_builds(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The keys swallowed are less indented than 'publisher:': the next source's, whatever
    # its id (source 'src-b' vanished, and links to it were said to name nothing). No
    # required key is lost, so the file built before: a warning (check --strict refuses it).
    story = "content/story-a/story.yaml"
    project.write(
        story,
        'title: Story A\nsummary: S\npublished: 2020-01-02\nsources:\n  src-a:\n    publisher: "AP\n'
        '  src-b:\n    publisher: Reuters"\n',
    )
    assert project.problems() == []
    assert warnings(project, capsys) == [
        f"{story}:6:16: warning: this quotation mark is not closed on its line, so the 2 lines after it, "
        "up to the next double quotation mark (\"), became part of the text, 'src-b:', 'publisher:' with "
        'them; close it with " on its line: publisher: "AP"'
    ]


def test_quoted_text_written_over_several_lines_is_no_open_quote(project: Project) -> None:
    # Its lines are indented under its key, or start with words that are not keys of the
    # record at the key's column ('leave:' in a quote, 'date:' further in).
    project.write(
        EVENT,
        'title: T\ndate: 2010\nsummary: "The president\n  date: unknown, fled: nobody knows where"\n'
        'quotes:\n  - text: "We will not\n    leave: ever"\n    by: ann\n',
    )
    assert project.problems() == []


STORY = "content/story-a/story.yaml"
SOURCES = "sources:\n  src-a:\n    publisher: Example News\n"
STORY_HEAD = "title: Story A\nsummary: S\npublished: 2020-01-02\n" + SOURCES


def test_an_open_quote_in_a_list_item_that_swallows_the_next_items_is_a_warning(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The file is valid YAML: one unknown, 'Whether the army - Who gave the order', where
    # two were meant, and the third is read. No key is lost, so it built before: a warning.
    project.write(
        STORY,
        STORY_HEAD + 'unknowns:\n  - "Whether the army\n  - Who gave the order, and when it was given"\n'
        "  - Where the money went\n",
    )
    assert project.problems() == []
    assert warnings(project, capsys) == [
        f"{STORY}:8:5: warning: this quotation mark is not closed on its line, so the line after it, up "
        "to the next double quotation mark (\"), became part of the text, '- Who gave the order, and when "
        'it was…\' with it; close it with " on its line: - "Whether the army"'
    ]


def test_an_open_quote_in_a_list_item_that_swallows_a_required_key_is_the_one_error(project: Project) -> None:
    # The list's '-' in line with its key or further in: either way 'published:' was read
    # as text, and the file fails for it; said once, at the mark, not as a missing key.
    for dash in ("", "  "):
        project.write(
            STORY,
            f"title: Story A\nsummary: S\n{SOURCES}unknowns:\n{dash}- 'Whether the army\n{dash}- Who gave the order\n"
            "published: 2020-01-02'\n",
        )
        assert project.problems() == [
            f"{STORY}:7:{len(dash) + 3}: this quotation mark is not closed on its line, so the 2 lines after "
            "it, up to the next apostrophe ('), became part of the text, '- Who gave the order', "
            "'published:' with them; close it with ' on its line: - 'Whether the army'"
        ]


def test_a_quoted_list_item_written_over_several_lines_is_no_open_quote(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A '- ' inside a line, or starting a line indented further than the item's '-', is
    # the item's own text; so is an item of a list inside a quote's text.
    project.write(
        STORY,
        STORY_HEAD + 'unknowns:\n  - "Whether the army - or the police -\n    - gave the order"\n'
        "  - 'Who paid:\n     - the party, or - the state'\n",
    )
    project.write(EVENT, 'title: T\ndate: 2010\nsummary: S\ntags:\n- "Kyrgyzstan\n  - 2010"\n')
    assert project.problems() == []
    assert not [w for w in warnings(project, capsys) if "quotation mark" in w]
