"""What of a text shows links: HTML comments dropped as Markdown drops them, escaped brackets no link."""

from __future__ import annotations

import random
import re

import pytest

from generator.content import markdown_links, markdown_shown, story_links
from generator.markdown.markup import MarkdownConverter


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("\\[the report\\](media/report.pdf)", []),  # brackets shown as they are, as the import writes them
        ("[the report\\](media/report.pdf)", []),
        ("\\\\[the report](media/report.pdf)", ["report.pdf"]),  # a backslash shown, then a link
        ("\\\\\\[the report\\](media/report.pdf)", []),
    ],
)
def test_escaped_brackets_make_no_link_as_markdown_makes_none(text: str, linked: list[str]) -> None:
    # Once an error for a missing file or event, and a published file only words named.
    assert markdown_links.references(text) == linked
    assert ('href="media/report.pdf"' in MarkdownConverter().convert(text)[0]) == bool(linked)
    assert story_links.story_links(text.replace("media/report.pdf", "events/e9.yaml")) == (
        [(text.index("media/"), story_links.story_link("events/e9.yaml"))] if linked else []
    )


def test_a_file_named_only_inside_an_html_comment_is_not_referenced() -> None:
    # Readers never get the comment (the sanitiser removes it): the file must stay private.
    text = 'Shown: [a](media/a.pdf). <!-- <a href="media/hidden.gif"> -->\nOpen: <!-- media/b.gif'
    assert markdown_links.references(text) == ["a.pdf"]


COMMENT_RULE = re.compile(
    r"^[ \t]{0,3}<!--.*?-->|<!--(?:(?!\n[ \t]*\n|<!--).)*?-->", re.DOTALL | re.MULTILINE
)
"""The rule ``markdown_shown`` reads a text's HTML comments by, as one regular expression: a closed
comment starting a line (after at most 3 spaces), or one within a paragraph that no other
'<!--' begins in before it closes (the converter's inline rule: the first is text). It says the
rule plainly but took seconds on a long text of unclosed comments (each read to the
text's end): ``markdown_shown.without_comments`` keeps the rule in one pass."""


_COMMENT_PIECES = [
    "<!--",
    "-->",
    "<!-- x -->",
    "\n",
    "\n\n",
    " \n \n",
    "   ",
    "    ",
    "\t",
    "a",
    "[x](media/a.pdf)",
]


@pytest.mark.parametrize("in_place", [False, True])
def test_comments_are_taken_out_by_the_rule_the_regular_expression_says(in_place: bool) -> None:
    rng = random.Random(56)
    for _ in range(20000):
        text = "".join(rng.choice(_COMMENT_PIECES) for _ in range(rng.randint(1, 14)))
        expected = COMMENT_RULE.sub((lambda m: re.sub(r"[^\n]", " ", m[0])) if in_place else "", text)
        assert markdown_shown.without_comments(text, in_place) == expected, repr(text)
