"""A text written as a one-line YAML value that reads back as exactly that text (``yamlvalues.py``)."""

from __future__ import annotations

import pytest
import yaml

from generator.content.yamlvalues import colon_advice, double_quoted


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
