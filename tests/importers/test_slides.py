"""Slides as both readers hand them to the converter: where each field is, and its value."""

from __future__ import annotations

import pytest

from generator.importers.slides import SHOWN_CELL, Report, Slide, Timeline, shortened

DATA = {
    "start_date": {"year": "2010", "month": "4"},
    "text": {"headline": "A headline", "text": "<p>Some text</p>"},
    "media": "not an object",
    "group": "",
}


def test_a_json_slide_names_each_field_by_its_pointer() -> None:
    slide = Slide(DATA, "t.json:/events/3", pointer=True)
    assert slide.at() == "t.json:/events/3"
    assert slide.at("start_date") == "t.json:/events/3/start_date"
    assert slide.at("start_date", "year") == "t.json:/events/3/start_date/year"


def test_a_sheet_row_without_its_columns_names_its_row_whatever_the_field() -> None:
    slide = Slide(DATA, "t.csv:7")
    assert slide.at() == "t.csv:7"
    assert slide.at("start_date", "year") == "t.csv:7"


def test_a_sheet_row_names_the_column_of_a_fields_cell() -> None:
    # As every problem is told, path:line:col: the row and the column of the sheet.
    slide = Slide(DATA, "t.csv:7", columns={"start_date": 1, "start_date/year": 1, "text/headline": 10})
    assert slide.at("start_date", "year") == "t.csv:7:1"
    assert slide.at("start_date") == "t.csv:7:1"
    assert slide.at("text", "headline") == "t.csv:7:10"
    assert slide.at("text") == "t.csv:7"  # no one cell holds it
    assert slide.at() == "t.csv:7"


@pytest.mark.parametrize(
    ("keys", "value"),
    [
        (("text", "headline"), "A headline"),
        (("start_date",), {"year": "2010", "month": "4"}),
        (("start_date", "month"), "4"),
        (("start_date", "day"), None),  # missing at the last step
        (("end_date", "year"), None),  # missing on the way
        (("media", "url"), None),  # a step that is not an object
        (("text", "headline", "more"), None),  # text is not an object either
        (("group",), ""),  # empty is kept as it is, not made None
    ],
)
def test_get_walks_nested_objects_and_gives_none_where_a_step_is_missing(
    keys: tuple[str, ...], value: object
) -> None:
    assert Slide(DATA, "t.json:/events/0", pointer=True).get(*keys) == value


def test_a_report_reads_as_where_and_what() -> None:
    report = Report("t.json:/events/3/start_date/year", "the date has no year")
    assert str(report) == "t.json:/events/3/start_date/year: the date has no year"
    assert not report.skipped
    assert Report("t.csv:7", "row left out", skipped=True).skipped


def test_the_models_are_frozen() -> None:
    slide = Slide(DATA, "t.csv:2")
    timeline = Timeline(None, (slide,), (), "in")
    with pytest.raises(AttributeError):
        slide.where = "t.csv:3"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        timeline.folder = "elsewhere"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("x" * SHOWN_CELL, "x" * SHOWN_CELL),  # as long as a report quotes: whole
        ("x" * (SHOWN_CELL + 1), "x" * (SHOWN_CELL - 1) + "…"),
        ("  a\n\tb   c ", "a b c"),  # one line, as a message is
        (2010, "2010"),  # a JSON value that is no string
        (" " * 60_000 + "late", "late"),
    ],
)
def test_a_cell_or_value_is_quoted_short_and_on_one_line(value: object, said: str) -> None:
    assert shortened(value) == said
