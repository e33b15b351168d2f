"""A text read by its blocks: definitions where Markdown reads them, code where the blocks put it, and when a text needs its blocks read."""

from __future__ import annotations

import random
import re

from generator.content import markdown_blocks, markdown_links, story_links
from generator.markdown.markup import MarkdownConverter
from tests.conftest import Project
from tests.content.test_markdown_links import _LINE_STARTS, _random_text


def test_the_link_rules_see_the_definitions_markdown_reads_where_it_reads_them() -> None:
    # A list item's definition, used, as the page links it; in indented code, or unused,
    # or taken by a later one of the same label, the page links none.
    text = (
        "See [a][e], [b][f], [c][m] and [d][x].\n\n- item\n\n    [e]: events/vote.yaml\n"
        "    [f]: #update-2\n    [m]: wreck.jpg\n    [unused]: events/unused.yaml\n\n"
        "> [x]: events/first.yaml\n> [x]: events/second.yaml\n\n"
        "    [e]: events/code.yaml\n"
    )
    html = MarkdownConverter().convert(text)[0]
    assert re.findall(r'href="([^"]*)"', html) == [
        "events/vote.yaml",
        "#update-2",
        "wreck.jpg",
        "events/second.yaml",
    ]
    assert [(text[at:].split()[0], link.address) for at, link in story_links.story_links(text)] == [
        ("events/vote.yaml", "events/vote.yaml"),
        ("events/second.yaml", "events/second.yaml"),
    ]
    assert story_links.fragment_links(text) == [(text.index("#update-2"), "update-2")]
    assert markdown_links.unprefixed(text) == ["wreck.jpg"]
    assert markdown_links.addresses(text) == [
        (text.index("events/vote.yaml"), "events/vote.yaml"),
        (text.index("#update-2"), "#update-2"),
        (text.index("wreck.jpg"), "wreck.jpg"),
        (text.index("events/second.yaml"), "events/second.yaml"),
    ]


def test_a_definition_between_lines_of_backticks_is_checked_where_it_is(project: Project) -> None:
    # The page's converter has no fenced code: it reads the definitions there, and links them.
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: |\n  See [the vote][v] and [the map][m].\n\n"
        "  ```\n  [v]: events/gone.yaml\n  [m]: media/map.png\n  ```\n",
    )
    assert project.problems() == [
        "content/story-a/events/e1.yaml:7:8: unknown event 'gone' in 'summary'",
        "content/story-a/events/e1.yaml:8:8: 'summary': no file 'media/map.png' in this story",
    ]


def test_a_link_in_indented_code_is_no_link_to_check(project: Project) -> None:
    # Shown as text on the page: its event need not be there, and a missing file that a
    # real link names too is told at the real link, not in the code.
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: |\n  Written so:\n\n"
        "      [the vote](events/gone.yaml) and [the map](media/map.png)\n\n"
        "  See [the map](media/map.png).\n",
    )
    assert project.problems() == [
        "content/story-a/events/e1.yaml:8:17: 'summary': no file 'media/map.png' in this story"
    ]
    # An item's next paragraph is no code: its links are the page's.
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: |\n  - Written so:\n\n"
        "      [the vote](events/gone.yaml)\n",
    )
    assert project.problems() == ["content/story-a/events/e1.yaml:6:18: unknown event 'gone' in 'summary'"]


def test_indented_code_is_blanked_where_the_blocks_read_it_not_at_a_line_that_reads_the_same() -> None:
    # A list item's paragraph, then code that reads the same: the item's link is the
    # page's, the code's is text (the first line that read the same was blanked).
    text = "- item\n\n    see [x](events/a.yaml)\n\n<!-- -->\n\n    see [x](events/a.yaml)\n"
    assert [(at, link.address) for at, link in story_links.story_links(text)] == [
        (text.index("events/a.yaml"), "events/a.yaml")
    ]


_BLOCK_LINE_RULE = re.compile(r"^(?:[ >]|(?:[*+\-]|\d+[.)])(?=[ \t]))*(?:\t| {4}|<)|\]:", re.MULTILINE)


_ITEM_OR_QUOTE_RULE = re.compile(r"^[ \t]*(?:(?:[*+\-]|\d+[.)])[ \t]|>)", re.MULTILINE)


def _in_blocks_by_the_rule(markdown: str) -> bool:
    """``markdown_blocks.in_blocks`` as its rule is written: '^' tried in every place (slow)."""
    if _BLOCK_LINE_RULE.search(markdown) is not None:
        return True
    if _ITEM_OR_QUOTE_RULE.search(markdown) is None:
        return False
    return "`" in markdown or ("](" in markdown and markdown_blocks._brackets_over_lines(markdown))


def test_whether_a_texts_links_depend_on_its_blocks_is_decided_by_the_rule() -> None:
    # in_blocks looks for the line starts from each line break (quicker): the same answer.
    rng = random.Random(57)
    pieces = [*_LINE_STARTS, "\n", "\r\n", "\n\n", " ", "\t", ">", "<", "-", "*", "+", "1.", "12)", "`",
              "](", "]:", "[", "]", "x", "[a](b)"]  # fmt: skip
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert markdown_blocks.in_blocks(text) == _in_blocks_by_the_rule(text), repr(text)
    for _ in range(2000):
        text = _random_text(rng)
        assert markdown_blocks.in_blocks(text) == _in_blocks_by_the_rule(text), repr(text)
