"""A text written as a one-line YAML value that reads back as exactly that text (``yamlvalues.py``)."""

from __future__ import annotations

import pytest
import yaml

from generator.content.yamlvalues import colon_advice, double_quoted, language_value


@pytest.mark.parametrize(
    "text",
    [
        "He said: no",
        'The "interim" government',
        "C:\\Users\\ann\\pickets.jpg",
        "#1 in the polls",
        "- not a list",
        "@handle and `code`",
        "'single' and \"double\"",
        "*bold* & more",
    ],
)
def test_a_double_quoted_value_reads_back_as_exactly_the_text(text: str) -> None:
    assert yaml.safe_load(f"title: {double_quoted(text)}\n") == {"title": text}


def test_the_advice_for_a_text_split_at_its_colon_writes_the_fix_out() -> None:
    said = colon_advice("Update: the rescue", list_item=False)
    assert said.endswith('put the whole text in quotes: "Update: the rescue"')
    fix = colon_advice("Update: the rescue", list_item=True).rsplit("quotes: ", 1)[1]
    assert fix == '- "Update: the rescue"'
    assert yaml.safe_load(f"tags:\n  {fix}\n") == {"tags": ["Update: the rescue"]}


def test_the_advice_for_a_text_in_curly_quotes_split_at_its_colon_writes_straight_ones() -> None:
    # '- “Who is to blame: pilots or wind?”' in a list was told to write the curly marks
    # inside straight ones, which shows them to readers, where a key's value is told
    # that YAML reads curly marks as text, and how to write either.
    said = colon_advice("\u201cWho is to blame: pilots or wind?\u201d", list_item=True)
    assert said == (
        "YAML read this text as 'key: value' because of the ': ' in it; put the whole text in "
        'straight double quotes: - "Who is to blame: pilots or wind?" (YAML reads curly quotation '
        "marks, \u201c \u201d, as part of the text, not as quotes around it; to show them to readers, "
        'write - "\u201cWho is to blame: pilots or wind?\u201d")'
    )


@pytest.mark.parametrize(
    ("tag", "written"), [("no", '"no"'), ("NO", '"no"'), ("nb", "nb"), ("en-US", "en-US")]
)
def test_a_language_code_a_yaml_1_1_tool_reads_as_false_is_quoted(tag: str, written: str) -> None:
    assert language_value(tag) == written
    assert yaml.safe_load(f"language: {written}")["language"] == written.strip('"')


@pytest.mark.parametrize(("tag", "written"), [("pt-br", "pt-BR"), ("zh-hant", "zh-Hant"), ("EN", "en")])
def test_a_language_code_is_written_in_the_case_bcp_47_writes_it(tag: str, written: str) -> None:
    # A StoryMapJS story's 'pt-br' was written so in story.yaml, beside its site's 'pt-BR'.
    assert language_value(tag) == written
