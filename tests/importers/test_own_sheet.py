"""A newsroom's own sheet's columns, known by their headers (``importers/own_sheet.py``)."""

from __future__ import annotations

import pytest

from generator.errors import ContentError, UsageError
from generator.importers.own_sheet import HEADERS, OwnSheet, in_own_words, parse_columns, squeezed
from generator.importers.slides import Report


@pytest.mark.parametrize(
    ("headers", "fields"),
    [
        (["Date", "Time", "Event", "Description", "Location", "Lat", "Lon", "Who", "Source URL", "Photo", "Key"],
         ["date", "time", "title", "summary", "place", "lat", "lon", "figures", "sources", "image", "key"]),
        (["Fecha", "Hora", "Titular", "Descripción", "Lugar", "Fuente", "Quiénes", "Foto"],
         ["date", "time", "title", "summary", "place", "sources", "figures", "image"]),
        (["Date", "Heure", "Titre", "Détails", "Lieu", "Source", "Clé"],
         ["date", "time", "title", "summary", "place", "sources", "key"]),
        (["Datum", "Uhrzeit", "Überschrift", "Beschreibung", "Ort", "Quelle", "Breite", "Länge"],
         ["date", "time", "title", "summary", "place", "sources", "lat", "lon"]),
        (["Data", "Hora", "Título", "Descrição", "Local", "Fonte"],
         ["date", "time", "title", "summary", "place", "sources"]),
        (["Data", "Ora", "Titolo", "Descrizione", "Luogo", "Fonte"],
         ["date", "time", "title", "summary", "place", "sources"]),
        (["Datum", "Tijd", "Titel", "Beschrijving", "Plaats", "Bron"],
         ["date", "time", "title", "summary", "place", "sources"]),
        ([" DATE ", "event_title"], ["date", None]),
    ],
)  # fmt: skip
def test_headers_are_known_in_each_language_case_and_accents_aside(
    headers: list[str], fields: list[str | None]
) -> None:
    sheet = OwnSheet()
    assert [sheet.field_of(h) for h in headers] == fields


def test_no_word_is_known_for_two_fields() -> None:
    seen: dict[str, str] = {}
    for name, words in HEADERS.items():
        for word in words:
            assert seen.setdefault(squeezed(word), name) == name, word


def test_column_options_name_their_header_and_win_over_the_known_words() -> None:
    sheet = OwnSheet(parse_columns(["date=Cuándo", "summary=Event"]))
    assert sheet.field_of("cuando") == "date"
    assert sheet.field_of("Event") == "summary"
    assert sheet.column_of("Cuándo") == "Year"
    assert sheet.column_of("Fuente") == "Media"  # a source's link, read as the address it is


@pytest.mark.parametrize(
    ("given", "said"),
    [
        (["date"], "--column 'date' is not FIELD=HEADER"),
        (["date="], "--column 'date=' is not FIELD=HEADER"),
        (["when=Fecha"], "'when' is not a field; the fields are date, end, time"),
    ],
)
def test_column_options_that_are_not_field_equals_header_are_refused(given: list[str], said: str) -> None:
    with pytest.raises(UsageError, match=said):
        parse_columns(given)


def test_rows_are_read_as_the_template_reads_them_in_their_own_columns() -> None:
    reports: list[Report] = []
    sheet = OwnSheet()
    rows = [
        ["Who", "Date", "Event", "Notes", ""],
        ["Ana", "2024-03-12 14:30", "Walkout", "internal", ""],
        ["", "2024-03-13", "Talks", "", "stray"],
    ]
    timeline = sheet.read_rows(rows, "t.csv", reports)
    assert [s.get("text", "headline") for s in timeline.events] == ["Walkout", "Talks"]
    assert timeline.events[0].get("start_date") == {"year": "2024", "month": "3", "day": "12", "hour": "14",
                                                    "minute": "30"}  # fmt: skip
    assert timeline.events[0].at("text", "headline") == "t.csv:2:3"  # its own column, not the template's
    assert sheet.rows == {"t.csv:2": {"figures": ("Ana", "t.csv:2:1")}}
    assert [str(r) for r in reports] == [
        "t.csv:1:4: column 'Notes' is not one the import knows; left out (to read it, give --column "
        "FIELD='Notes', FIELD one of date, end, time, title, summary, image, credit, caption, alt, tags, "
        "type, figures, place, lat, lon, sources, key, body)",
        "t.csv:3:5: the cell in column E has no header; left out: 'stray'",
    ]


def test_a_second_column_of_one_field_is_said_and_left_out() -> None:
    reports: list[Report] = []
    OwnSheet().read_rows([["Date", "Title", "Headline"], ["2024", "A", "B"]], "t.csv", reports)
    assert [str(r) for r in reports] == [
        "t.csv:1:3: column 'Headline' is the title again, which column 'Title' gives; left out"
    ]


def test_a_column_the_options_name_wins_over_one_known_for_the_field() -> None:
    reports: list[Report] = []
    sheet = OwnSheet(parse_columns(["title=Suceso"]))
    rows = [["Fecha", "Titular", "Suceso"], ["2024-03-12", "Borrador", "Huelga"]]
    timeline = sheet.read_rows(rows, "t.csv", reports)
    assert [s.get("text", "headline") for s in timeline.events] == ["Huelga"]
    assert [str(r) for r in reports] == [
        "t.csv:1:2: column 'Titular' is the title again, which column 'Suceso' gives; left out"
    ]


def test_a_sheet_without_a_date_or_title_column_lists_its_headers_and_the_option() -> None:
    with pytest.raises(ContentError) as caught:
        OwnSheet().read_rows([["Moment", "Happening", "Lat"], ["2024", "A", "1"]], "t.csv", [])
    assert str(caught.value.problems[0]) == (
        "t.csv:1: no date and no title column found: its headers are 'Moment', 'Happening' and 'Lat', and "
        "the import needs a date column (Date, Fecha, Datum...) and a title column (Title, Event, Titular, "
        "Titre, Titel...); name the column so, or say which it is: --column date='Moment' and --column "
        "title='Happening'"
    )


def test_timelinejs_template_is_sent_to_its_own_import() -> None:
    with pytest.raises(ContentError, match="import it with 'explainer import timelinejs'"):
        OwnSheet().read_rows([["Year", "Month", "Day", "Headline"], ["2024", "3", "1", "A"]], "t.csv", [])


def test_reports_name_the_sheets_own_columns() -> None:
    sheet = OwnSheet()
    sheet.read_rows([["Fecha", "Titular"], ["2024-01-01", "A"]], "t.csv", [])
    said = Report("t.csv:3:1", "Year 'pronto' is not a year; write the year, month and day in the Year, "
                  "Month and Day columns; row left out", skipped=True)  # fmt: skip
    assert in_own_words(sheet, said).message == (
        "Fecha 'pronto' is not a year; write it as one date, year first (2024-03-12); row left out"
    )
    assert in_own_words(sheet, Report("t.csv:4", "no start date (Year); row left out")).message == (
        "no Fecha; row left out"
    )
