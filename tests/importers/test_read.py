"""Reading the file imported: JSON or CSV told apart, in the encodings sheets are saved in,
and what is said of one that cannot be read."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.commands.imports import import_timelinejs
from generator.errors import ContentError
from tests.conftest import Project

pytestmark = pytest.mark.usefixtures("local_only")  # pictures at other sites are not reached


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_not_utf8_is_reported_where_it_is(empty: Project, bom: bytes) -> None:
    # Excel's plain CSV is Windows-1252: the row and place of its first accent are named.
    Path("in.csv").write_bytes(bom + "Year,Headline\n2010,Caf\xe9\n".encode("cp1252"))
    with pytest.raises(ContentError) as caught:
        import_timelinejs(source="in.csv", story="x", content="content")
    assert str(caught.value) == (
        "in.csv:2:9: file is not UTF-8 text (byte 0xe9 after '2010,Caf'); save it as 'CSV UTF-8' or JSON in UTF-8"
    )


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_sheet_saved_as_unicode_text_is_read(empty: Project, encoding: str) -> None:
    # Excel's 'Unicode Text': UTF-16 with its mark, tab-separated. The mark says which
    # UTF-16 it is, so the sheet is read as it is (it was refused).
    mark = "\ufeff" if encoding == "utf-16-be" else ""  # 'utf-16' writes its own mark
    Path("in.txt").write_bytes(f"{mark}Year\tHeadline\r\n2010\tCafé Бишкек\r\n".encode(encoding))
    done = import_timelinejs(source="in.txt", story="x", content="content")
    assert [e.title for e in done.story.events] == ["Café Бишкек"]


def test_utf16_without_its_mark_is_told_so(empty: Project) -> None:
    # With no mark, which order its bytes are in is a guess: told, not guessed.
    Path("in.csv").write_bytes("Year\tHeadline\r\n2010\tCafé\r\n".encode("utf-16-le"))
    with pytest.raises(ContentError) as caught:
        import_timelinejs(source="in.csv", story="x", content="content")
    assert str(caught.value) == (
        "in.csv:1:1: file is saved as UTF-16 (what Windows calls 'Unicode'); save it as 'CSV UTF-8' or JSON in UTF-8"
    )


def test_a_json_export_saved_under_another_name_is_read_as_json(empty: Project) -> None:
    # A newsroom's "timeline.txt" holding TimelineJS's JSON is not a sheet.
    Path("timeline.txt").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}'
    )
    imported = import_timelinejs(source="timeline.txt", story="renamed", content="content")
    assert [e.title for e in imported.story.events] == ["A"]
