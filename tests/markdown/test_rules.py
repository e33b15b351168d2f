"""The rules a Markdown text is read by, on the pages and in check alike: the HTML it may
hold, its links' schemes, where its paragraphs end (``generator/markdown/rules.py``)."""

from __future__ import annotations

import ast

import pytest

from generator.content import markdown_shown
from generator.markdown.markup import MarkdownConverter
from generator.markdown.rules import BLANK_LINE, HTML_TAGS, LINK_SCHEMES
from tests.conftest import REPO


@pytest.mark.parametrize("tag", ["mark", "abbr", "figcaption", "sup"])
def test_a_tag_the_rules_allow_is_kept_on_the_page(tag: str) -> None:
    assert tag in HTML_TAGS
    assert f"<{tag}>word</{tag}>" in MarkdownConverter()(f"A <{tag}>word</{tag}> here.")


@pytest.mark.parametrize("tag", ["iframe", "script", "form", "video", "style"])
def test_a_tag_the_rules_do_not_allow_is_left_out_of_the_page(tag: str) -> None:
    assert tag not in HTML_TAGS
    assert f"<{tag}" not in MarkdownConverter()(f"A <{tag}>word</{tag}> here.")


def test_a_link_keeps_its_address_only_for_the_schemes_the_rules_allow() -> None:
    assert {"http", "https", "mailto"} == LINK_SCHEMES
    html = str(
        MarkdownConverter()("[a](https://example.org) [b](mailto:x@example.org) [c](javascript:alert(1))")
    )
    assert 'href="https://example.org"' in html and 'href="mailto:x@example.org"' in html
    assert "javascript" not in html and ">c</a>" in html  # the words kept, not the address


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [("one\n\ntwo", 2), ("one\n \t\ntwo", 2), ("one\ntwo", 1), ("one\n  two\n\n\nthree", 2)],
)
def test_a_blank_line_ends_a_paragraph_for_check_as_for_the_converter(text: str, paragraphs: int) -> None:
    assert len(BLANK_LINE.split(text)) == paragraphs
    assert str(MarkdownConverter()(text)).count("<p>") == paragraphs
    # check reads a text's comments by the same rule: one within a paragraph that runs
    # past a blank line is no comment to the page, and is shown.
    commented = f"x <!-- {text} -->"
    assert ("-->" in markdown_shown.without_comments(commented, in_place=False)) == (paragraphs > 1)


def test_the_rules_import_nothing_of_the_content() -> None:
    # What the converter and check share is defined here, below both: the content comes
    # first, the Markdown after, and never back.
    tree = ast.parse((REPO / "generator" / "markdown" / "rules.py").read_text(encoding="utf-8"))
    imported = [
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    ] + [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
    assert [name for name in imported if name.startswith("generator")] == []
