"""Reading the file imported: JSON or CSV told apart, in the encodings sheets are saved in,
and what is said of one that cannot be read."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from generator.commands.imports import import_timeline
from generator.errors import ContentError
from generator.importers.read import read_timeline
from tests.conftest import Project

pytestmark = pytest.mark.usefixtures("local_only")  # pictures at other sites are not reached


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_not_utf8_is_reported_where_it_is(empty: Project, bom: bytes) -> None:
    # Excel's plain CSV is Windows-1252: the row and place of its first accent are named.
    Path("in.csv").write_bytes(bom + "Year,Headline\n2010,Caf\xe9\n".encode("cp1252"))
    with pytest.raises(ContentError) as caught:
        import_timeline(source="in.csv", story="x", content="content")
    assert str(caught.value) == (
        "in.csv:2:9: file is not UTF-8 text (byte 0xe9 after '2010,Caf'); save it as 'CSV UTF-8' or JSON in UTF-8"
    )


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_sheet_saved_as_unicode_text_is_read(empty: Project, encoding: str) -> None:
    # Excel's 'Unicode Text': UTF-16 with its mark, tab-separated. The mark says which
    # UTF-16 it is, so the sheet is read as it is (it was refused).
    mark = "\ufeff" if encoding == "utf-16-be" else ""  # 'utf-16' writes its own mark
    Path("in.txt").write_bytes(f"{mark}Year\tHeadline\r\n2010\tCafé Бишкек\r\n".encode(encoding))
    done = import_timeline(source="in.txt", story="x", content="content")
    assert [e.title for e in done.story.events] == ["Café Бишкек"]


def test_utf16_without_its_mark_is_told_so(empty: Project) -> None:
    # With no mark, which order its bytes are in is a guess: told, not guessed.
    Path("in.csv").write_bytes("Year\tHeadline\r\n2010\tCafé\r\n".encode("utf-16-le"))
    with pytest.raises(ContentError) as caught:
        import_timeline(source="in.csv", story="x", content="content")
    assert str(caught.value) == (
        "in.csv:1:1: file is saved as UTF-16 (what Windows calls 'Unicode'); save it as 'CSV UTF-8' or JSON in UTF-8"
    )


def test_a_json_export_saved_under_another_name_is_read_as_json(empty: Project) -> None:
    # A newsroom's "timeline.txt" holding TimelineJS's JSON is not a sheet.
    Path("timeline.txt").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}'
    )
    imported = import_timeline(source="timeline.txt", story="renamed", content="content")
    assert [e.title for e in imported.story.events] == ["A"]


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        (
            "timeline.xlsx",
            b"PK\x03\x04\x14\x00\x00\x00\x08\x00\xe6\x9c",
            "this workbook is damaged (its zip holds no workbook Excel can open: cut short in a download?); "
            "open it in Excel and save it again, or save its sheet as CSV (in Excel, File > Save As > 'CSV "
            "UTF-8'; in Google Sheets, File > Download > 'Comma-separated values')",
        ),
        (
            "timeline.ods",
            b"PK\x03\x04\x14\x00\x00\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
            "this is an OpenDocument spreadsheet (LibreOffice), which the import does not read; save its "
            "sheet as CSV (in LibreOffice, File > Save As > 'Text CSV') and import it",
        ),
        (
            "timeline.xls",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00\x00",
            "this is a workbook of Excel 97-2003 (.xls), which the import does not read; in Excel, File > "
            "Save As > 'Excel Workbook (.xlsx)' or 'CSV UTF-8', and import that",
        ),
        (
            "export.zip",
            b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
            "this is a zip file, not a timeline; take the timeline's JSON or CSV out of it to import",
        ),
        (
            "timeline.html",
            b"\n<!DOCTYPE html>\n<html><body><div id='timeline-embed'></div></body></html>\n",
            "this is a web page (HTML), not a timeline; import the timeline's JSON file, or its Google sheet "
            "saved as CSV (File > Download > 'Comma-separated values')",
        ),
    ],
)
def test_a_workbook_or_a_web_page_is_told_what_it_is_and_how_to_save_the_sheet(
    empty: Project, name: str, data: bytes, said: str
) -> None:
    # They were told they were not UTF-8 text, or had not the template's columns.
    Path(name).write_bytes(data)
    with pytest.raises(ContentError) as caught:
        import_timeline(source=name, story="x", content="content")
    assert str(caught.value) == f"{name}:1:1: {said}"
    assert not Path("content/x").exists()


def test_a_timeline_in_a_pages_script_is_told_how_to_be_saved_as_json(tmp_path: Path) -> None:
    # A .js file (or one of another name starting 'var x = {') was read as a sheet, and
    # refused for not having the template's columns.
    for name in ("timeline.js", "timeline.txt"):
        source = tmp_path / name
        source.write_text('var timeline_json = {\n  "events": []\n};\n', encoding="utf-8")
        with pytest.raises(ContentError) as caught:
            read_timeline(str(source), [])
        assert str(caught.value).startswith(
            f"{source}:1:1: this is JavaScript ('var timeline_json = {{...}}'), not JSON: keep only"
        )


@pytest.mark.parametrize("name", ["t.csv", "t.json"])
@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\r\n\r\n", b"\xff\xfe"])
def test_an_empty_file_is_said_to_be_empty(tmp_path: Path, name: str, data: bytes) -> None:
    # It was 'not a TimelineJS sheet: its first row should name the template's columns',
    # or 'not valid JSON: Expecting value'.
    source = tmp_path / name
    source.write_bytes(data)
    with pytest.raises(ContentError) as caught:
        read_timeline(str(source), [])
    assert str(caught.value) == f"{source}:1:1: the file is empty; export the timeline again"


@pytest.mark.parametrize(
    ("name", "escaped", "said"),
    [
        ("t.csv", False, "3:5: a text holds 40,000"),
        ("t.json", False, "1:69: a text holds 40,000"),
        ("t.json", True, "1:1: a text holds more than 30"),
    ],
)
def test_a_text_with_thousands_of_marks_on_one_letter_is_refused_at_once(
    tmp_path: Path, name: str, escaped: bool, said: str
) -> None:
    # Reading a date or matching a group puts the marks in Unicode's order, in time the
    # square of the run: a sheet of two 40,000-mark cells took 17 s to import. In JSON
    # they may be written as escapes ('\\u0301').
    marks = "\u0301" * 20_000 + "\u0316" * 20_000  # an acute above, then a grave below
    if name.endswith(".csv"):
        text = f"Year,Headline,Text\n,Title,x\n2020{marks},Event,y\n"
    else:
        event = {"start_date": {"year": "2020"}, "text": {"headline": "E" + marks, "text": "y"}}
        text = json.dumps({"events": [event]}, ensure_ascii=escaped)
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(ContentError) as caught:
        read_timeline(str(source), [])
    assert time.perf_counter() - started < 5
    assert str(caught.value) == (
        f"{source}:{said} accents or other combining marks in a row on one letter, more than any "
        "writing uses (at most 30); remove them, and import again"
    )
