"""``explainer import timelinejs``: TimelineJS JSON and spreadsheets as stories."""

from __future__ import annotations

import datetime
import json
import shutil
import time
from pathlib import Path

import pytest

from generator.cli import main
from generator.commands.build import build
from generator.commands.check import check_and_lint
from generator.commands.imports import import_timelinejs
from generator.errors import ContentError, Severity, UsageError
from tests.conftest import REPO, TEMPLATES, Project, seed_content, site_files
from tests.https_server import Answer, Server
from tests.images import photo, tiny_png

pytestmark = pytest.mark.usefixtures("local_only")  # pictures at other sites are not reached

FIXTURES = REPO / "tests" / "fixtures" / "timelinejs"
SMALL = REPO / "tests" / "fixtures" / "small" / "content"


@pytest.fixture
def empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    """A project with a content folder and no story yet, as cwd."""
    monkeypatch.chdir(tmp_path)
    project = Project(tmp_path)
    project.write("content/site.yaml", "title: Imports\n")
    return project


def errors_of_check() -> list[str]:
    _, warnings = check_and_lint(content="content")  # raises ContentError on any error
    assert all(w.severity is Severity.WARNING for w in warnings)
    return [str(w) for w in warnings]


UNSOURCED = "note: no source cited by "
"""The start of the note on events that cite no source, which most imports end with."""


def lines_of(err: str) -> list[str]:
    """The import's report, a line each, without its note on events citing no source."""
    return [line for line in err.splitlines() if not line.startswith(UNSOURCED)]


def test_json_every_slide_type_and_date_form(empty: Project, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(FIXTURES, "in")
    # Its pictures at other sites keep their addresses (downloads are tested on a server here).
    assert (
        main(["import", "timelinejs", "in/timeline.json", "--story", "port", "--keep-remote-pictures"]) == 1
    )
    out, err = capsys.readouterr()
    assert out == "imported 10 events into content/port/\n"
    assert lines_of(err) == [
        "in/timeline.json:/title/text/text: the <script> inside the text is left out; give it as the slide's media (a chart or a post embedded with a script: link to it instead)",
        "in/timeline.json:/events/1/media/credit: the link in the credit is left out; its words are kept",
        "in/timeline.json:/events/2/text/text: the <img> and <iframe> inside the text are left out; give a picture or player as the slide's media",
        "in/timeline.json:/events/2 (events/walkout.yaml): left out: 3 links in the text, to 'javascript:alert(2)', 'data:text/html;base64,PHNjcmlwdD4=' and 'vbscript:msgbox' (not a safe http(s) or mailto address; the words stay)",
        "in/timeline.json:/events/3 (events/1889-08-20-mass-meeting.yaml): left out: the background colour '#303030' (pages have no slide backgrounds)",
        "in/timeline.json:/events/4/start_date/millisecond: millisecond '250' left out: explainer dates stop at seconds",
        "in/timeline.json:/events/4/media/url: pages show pictures only from https:// addresses; linked as a source instead",
        "in/timeline.json:/events/6/text/headline: no headline; titled 'Work resumes across the whole port over two weeks.' from its text",
        "in/timeline.json:/events/8/end_date: the end date (1899) is before the start (1900-01-01); imported without it",
        "in/timeline.json:/events/9/start_date/year: year -500: explainer dates run from year 1 to 9999; slide left out",
        "in/timeline.json:/events/10/start_date: 1889-02-30 is not a date: February 1889 has no day 30; slide left out",
        "in/timeline.json:/events/11/start_date/month: the date has a day but no month; slide left out",
        "in/timeline.json:/events/12/start_date: no start date (Year); slide left out",
        "in/timeline.json:/events/13/media/url: media 'not an address' is not an http(s) address or a picture; left out",
        "in/timeline.json:/eras/1: era 'Containers' has no event within its dates; left out",
        "in/timeline.json:/eras/2/end_date: an era needs a start date and an end date; era left out",
        "6 slides left out (above); fix them in the source and import again with --force",
    ]
    story = Path("content/port")
    assert sorted(p.name for p in (story / "events").iterdir()) == [
        "1880-the-docks-open.yaml",
        "1889-08-20-mass-meeting-2.yaml",
        "1889-08-20-mass-meeting.yaml",
        "1889-08-strike-summer.yaml",
        "1889-09-14-agreement-signed.yaml",
        "1889-09-16-work-resumes-across-the-whole-port-over-two-weeks.yaml",
        "1889-10-01-pinera-s-bakiev-visit.yaml",
        "1890-unions-grow.yaml",
        "1900-01-01-century-turns.yaml",
        "walkout.yaml",
    ]
    assert (story / "media" / "dot.svg").read_bytes() == (FIXTURES / "pictures" / "dot.svg").read_bytes()
    assert (
        (story / "events" / "1889-08-strike-summer.yaml").read_text().split("\n", 1)[1]
        == """\
title: "Strike summer"
date: 1889-08
end: 1889-09
summary: "Month to month, as numbers."
tags: ["Strike", "The strike"]
image:
  src: "https://upload.example.org/pictures/crowd%20at%20gate.JPG"
  alt: "A crowd outside a dock gate"
  credit: "Photo Agency"
  caption: "The crowd at the *east* gate."
"""
    )
    assert (
        (story / "events" / "1889-08-20-mass-meeting.yaml").read_text().split("\n", 1)[1]
        == """\
title: "Mass meeting"
date: 1889-08-20T09:30
display_date: "Morning of 20 August"
summary: |
  - A time,
  - with a display date.
body: "> We will not go back. A docker"
tags: ["The strike"]
"""
    )
    seconds = (story / "events" / "1889-08-20-mass-meeting-2.yaml").read_text()
    assert "date: 1889-08-20T17:05:30\n" in seconds and "sources: [photos-example-org]\n" in seconds
    assert (
        "date: 1889-09-14T12:00\nsummary:"
        in (story / "events" / "1889-09-14-agreement-signed.yaml").read_text()
    )
    resumed = (
        story / "events" / "1889-09-16-work-resumes-across-the-whole-port-over-two-weeks.yaml"
    ).read_text()
    assert 'end: 1889-09-30\ndisplay_date: "Mid-September – the month\'s end"\n' in resumed
    assert (
        "date: 1900-01-01\ncirca: true\n" in (story / "events" / "1900-01-01-century-turns.yaml").read_text()
    )
    written = (story / "story.yaml").read_text().split("\n", 2)[2]
    assert written.startswith(
        'title: "The Harbour Strike & After"\n'
        'summary: "How a **dock strike** in 1889 [changed the port](https://history.example.org/strike)."\n'
        "published: "
    )
    assert (
        'image:\n  src: "https://upload.example.org/cover.jpg"\n  alt: "The cover"\n  credit: "Archive"\n'
        '  caption: "The cover"\nsources:\n'
    ) in written  # the title slide's picture is the story's lead picture
    assert errors_of_check()  # warnings only (no sources cited by most events)


def test_hostile_html_never_reaches_a_page(empty: Project, tmp_path: Path) -> None:
    shutil.copytree(FIXTURES, "in")
    import_timelinejs(source="in/timeline.json", story="port", content="content")
    import_timelinejs(source="in/sheet.csv", story="women", content="content")
    build(content="content", templates=TEMPLATES, out="site")
    pages = {k: v for k, v in site_files(tmp_path / "site").items() if k.startswith(("port/", "women/"))}
    assert "port/events/walkout/index.html" in pages
    for path, data in pages.items():
        text = data.decode("utf-8", "replace").lower()
        for bad in ("alert(1)", "alert(2)", "alert(3)", "steal(", "onerror", "onclick", "onmouseover",
                    "<iframe", "evil.example", "document.cookie", "href=\"javascript", "href=\"data:",
                    "vbscript", "\x07"):  # fmt: skip
            assert bad not in text, (path, bad)
    walkout = pages["port/events/walkout/index.html"].decode()
    assert "[trap](javascript:alert(4)) &lt;script&gt;alert(5)&lt;/script&gt; bell" in walkout


@pytest.mark.parametrize("sheet", ["sheet.csv", "excel/sheet.csv"])
def test_spreadsheet_csv(empty: Project, capsys: pytest.CaptureFixture[str], sheet: str) -> None:
    shutil.copytree(FIXTURES, "in")
    assert main(["import", "timelinejs", f"in/{sheet}", "--story", "women", "--keep-remote-pictures"]) == 1
    out, err = capsys.readouterr()
    assert out == "imported 11 events into content/women/\n"
    assert lines_of(err) == [
        f"in/{sheet}:1:19: column 'Notes' is not one of the template's; left out",
        f"in/{sheet}:2 (story.yaml): left out: the Background colour '#1a1a1a' (pages have no slide backgrounds)",
        f"in/{sheet}:3 (events/1815-12-10-ada-lovelace.yaml): left out: the Media Thumbnail 'https://upload.example.org/ada-thumb.jpg' (pages make the small picture from the picture itself)",
        f"in/{sheet}:4:13: the link in the credit is left out; its words are kept",
        f"in/{sheet}:11:1: Year '10/11/2010' is not a year, and not a date that reads one way only (it could be 2010-11-10, day first, or 2010-10-11, month first); write the year, month and day in the Year, Month and Day columns; row left out",
        f"in/{sheet}:14:1: 2011-13 is not a date: there is no month 13; slide left out",
        f"in/{sheet}:15:16: Type 'slide' is not title or era; imported as an event",
        f"in/{sheet}:16: the end date has no End Year; write its year, month and day too; imported without its end date",
        f"in/{sheet}:17:4: Time '25:00' is not a time such as 23:00 or 11:00 PM; row left out",
        f"in/{sheet}:18 (events/2013-10-02-zoe-s-quoted-headline.yaml): left out: the link to 'javascript:alert(1)' in the Text (not a safe http(s) or mailto address; the words stay)",
        f"in/{sheet}:18:11: the <script> and <img> inside the text are left out; give a picture or player as the slide's media (a chart or a post embedded with a script: link to it instead)",
        "3 slides left out (above); fix them in the source and import again with --force",
    ]
    events = Path("content/women/events")
    assert sorted(p.name for p in events.iterdir()) == [
        "1815-12-10-ada-lovelace.yaml",
        "1943-07-and-the-women-who-made-it-work.yaml",
        "1948-03-14-edith-clarke-bucking-the-trend.yaml",
        "1951-rozsa-peter-writes-recursion.yaml",
        "2010-04-19-a-date-typed-whole.yaml",
        "2010-04-19-a-european-date-and-time.yaml",
        "2010-04-20-overnight.yaml",
        "2010-04-22-an-iso-date.yaml",
        "2011-a-slide-type.yaml",
        "2011-end-without-a-year.yaml",
        "2013-10-02-zoe-s-quoted-headline.yaml",
    ]
    assert (
        (events / "2010-04-20-overnight.yaml").read_text().split("\n", 1)[1]
        == """\
title: "Overnight"
date: 2010-04-20T23:00
end: 2010-04-21T06:15
display_date: "Overnight, 20–21 April"
summary: "Times on both ends."
"""
    )
    assert (
        (events / "2013-10-02-zoe-s-quoted-headline.yaml").read_text().split("\n", 1)[1]
        == """\
title: "Zoë's «quoted» headline"
date: 2013-10-02
summary: |
  Line one

  Line "two" with a trap
tags: ["People"]
"""
    )
    assert (
        'date: 1948-03-14T14:30\nsummary: "> There is no demand for women engineers, as such. Edith Clarke"\ntags: ["War years"]\n'
        in (events / "1948-03-14-edith-clarke-bucking-the-trend.yaml").read_text()
    )
    assert errors_of_check()


def test_excel_and_google_csv_make_the_same_files(empty: Project, tmp_path: Path) -> None:
    shutil.copytree(FIXTURES, "in")
    import_timelinejs(source="in/sheet.csv", story="a", content="content")
    import_timelinejs(source="in/excel/sheet.csv", story="b", content="content")
    assert site_files(tmp_path / "content/a") == site_files(tmp_path / "content/b")


def test_an_existing_story_is_left_alone_unless_forced(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    before = site_files(project.root / "content")
    shutil.copytree(FIXTURES, "in")
    assert main(["import", "timelinejs", "in/sheet.csv", "--story", "story-a"]) == 2
    assert capsys.readouterr().err == (
        "explainer: error: content/story-a already exists; nothing was written "
        "(--force replaces its story.yaml and events)\n"
    )
    assert site_files(project.root / "content") == before
    assert main(["import", "timelinejs", "in/sheet.csv", "--story", "story-a", "--force"]) == 1
    after = site_files(project.root / "content/story-a")
    assert "events/2010-04-20-overnight.yaml" in after
    # The sheet has rows left out, one of which may be e1's event: e1 stays, as it was.
    assert after["events/e1.yaml"] == before["story-a/events/e1.yaml"]
    assert (
        "note: kept 1 event file that in/sheet.csv does not name, as each may be the event of a slide "
        "left out (above): e1.yaml; once those slides are mended, import again with --force, which "
        "deletes any the source still does not have\n"
    ) in capsys.readouterr().err
    assert after["figures/fig-a.yaml"] == before["story-a/figures/fig-a.yaml"]  # kept
    assert not list(Path("content").glob(".*"))  # no staging folder left behind
    # With every row read, an event the sheet does not have (added by hand, say) goes with
    # the old events/: said.
    Path("in/whole.csv").write_text("Year,Headline,Text\n2010,Strike,Dockers walk out\n")
    assert main(["import", "timelinejs", "in/whole.csv", "--story", "story-a", "--force"]) == 0
    assert "events/e1.yaml" not in site_files(project.root / "content/story-a")
    assert "note: --force deleted 12 event files that in/whole.csv does not have: " in capsys.readouterr().err


def test_a_row_left_out_does_not_delete_the_event_it_was_written_as(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A typo in a date, made in the sheet after the first import, left the row out, and
    # --force deleted its event's file, with all that was added to it by hand, saying the
    # sheet did not have it.
    sheet = Path("sheet.csv")
    sheet.write_text("Year,Month,Headline,Text\n2021,3,Walkout,Dockers leave\n2021,4,Talks,Talks begin\n")
    assert main(["import", "timelinejs", "sheet.csv", "--story", "port"]) == 0
    talks = Path("content/port/events/2021-04-talks.yaml")
    talks.write_text(talks.read_text() + "key: true\n")
    by_hand = talks.read_text()
    sheet.write_text("Year,Month,Headline,Text\n2021,3,Walkout,Dockers leave\n2021,Aprl,Talks,Talks begin\n")
    capsys.readouterr()
    assert main(["import", "timelinejs", "sheet.csv", "--story", "port", "--force"]) == 1
    assert talks.read_text() == by_hand
    err = capsys.readouterr().err
    assert "sheet.csv:3:2: Month 'Aprl' is not a month (1 to 12, or its name); row left out\n" in err
    assert (
        "kept 1 event file that sheet.csv does not name, as each may be the event of a slide left out" in err
    )
    assert "deleted" not in err
    # Mended, the row is its file again, what was added by hand kept.
    sheet.write_text("Year,Month,Headline,Text\n2021,3,Walkout,Dockers leave\n2021,4,Talks,Talks begin\n")
    assert main(["import", "timelinejs", "sheet.csv", "--story", "port", "--force"]) == 0
    assert talks.read_text().endswith("key: true\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"events": [}', "in.json:1:13: not valid JSON: Expecting value"),
        (
            '{"timeline": {"date": []}}',
            "in.json:1:1: this is TimelineJS 2's format ('timeline'); open it in TimelineJS 3 or its spreadsheet template and save that instead",
        ),
        (
            '{"title": {}}',
            "in.json:1:1: not a TimelineJS3 timeline: expected an object with an 'events' list",
        ),
        (
            '{"events": [{"start_date": {"year": "-3"}}]}',
            "in.json:1: no slide could be imported: in.json:/events/0/start_date/year: year -3: explainer dates run from year 1 to 9999; slide left out",
        ),
    ],
)
def test_a_file_that_gives_nothing_writes_nothing(empty: Project, text: str, message: str) -> None:
    Path("in.json").write_text(text)
    with pytest.raises(ContentError) as caught:
        import_timelinejs(source="in.json", story="x", content="content")
    assert str(caught.value) == message
    assert sorted(p.name for p in Path("content").iterdir()) == ["site.yaml"]


NO_EVENT = (
    ":1: no event slide found; nothing was written "
    "(add a row with a Year, or a slide to 'events', and import again)"
)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("in.csv", "Year,Month,Day,Headline,Text,Notes\n"),
        ("in.json", '{"events": []}'),
        ("in.json", '{"title": {"text": {"headline": "Only a title"}}, "events": []}'),
    ],
)
def test_a_timeline_without_events_is_refused_even_with_force(
    project: Project, capsys: pytest.CaptureFixture[str], name: str, text: str
) -> None:
    before = site_files(project.root / "content")
    Path(name).write_text(text)
    assert main(["import", "timelinejs", name, "--story", "story-a", "--force"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        name + NO_EVENT,
        "1 error; nothing was imported or changed",
    ]
    assert site_files(project.root / "content") == before  # its events are all still there
    assert not list(Path("content").glob(".*"))


@pytest.mark.parametrize(
    ("story", "message"),
    [("Bad Id", "'Bad Id' is not a valid story id"), ("embed", "'embed' is a name the build needs")],
)
def test_story_ids_are_checked_first(empty: Project, story: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        import_timelinejs(source="missing.json", story=story, content="content")


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


@pytest.mark.parametrize("base_url", [None, "https://example.org/explainers/"])
@pytest.mark.parametrize("content", [SMALL, None])
def test_round_trip_of_our_own_export(
    empty: Project, tmp_path: Path, base_url: str | None, content: Path | None
) -> None:
    # Without a base_url anywhere, pictures are relative addresses in timeline.json: the
    # import copies them from beside it. (None: the seed explainer.)
    if content is None:
        seed_content(Path("source"))
    else:
        shutil.copytree(content, "source")
    site_yaml = Path("source/site.yaml")
    site_yaml.write_text(
        "".join(line for line in site_yaml.read_text().splitlines(True) if "base_url" not in line)
    )
    first = build(content="source", templates=TEMPLATES, out="first", base_url=base_url)
    exported = site_files(tmp_path / "first")
    for story in first.site.stories:
        import_timelinejs(source=f"first/{story.id}/timeline.json", story=story.id, content="content",
                          today=datetime.date(2030, 1, 1))  # fmt: skip
    assert errors_of_check() is not None
    build(content="content", templates=TEMPLATES, out="again", base_url=base_url)
    again = site_files(tmp_path / "again")
    for story in first.site.stories:
        name = f"{story.id}/timeline.json"
        assert again[name] == exported[name]
    if base_url is None and content == SMALL:
        assert b'"url":"media/dot.svg"' in again["alpha/timeline.json"]
        assert again["alpha/media/dot.svg"] == exported["alpha/media/dot.svg"]
    if base_url is not None and content == SMALL:
        assert b'"url":"https://example.org/explainers/alpha/media/dot.svg"' in again["alpha/timeline.json"]


def test_importing_our_own_export_again_keeps_the_sources_it_does_not_carry(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # timeline.json carries no sources: --force deleted the story's and the events', and
    # kept the quotes and key numbers citing them, so check failed ("unknown source").
    shutil.copytree(SMALL, "content", dirs_exist_ok=True)
    build(content="content", templates=TEMPLATES, out="site")
    before = Path("content/alpha/story.yaml").read_text()
    assert main(["import", "timelinejs", "site/alpha/timeline.json", "--story", "alpha", "--force"]) == 0
    assert errors_of_check() is not None  # raises on an error
    story = Path("content/alpha/story.yaml").read_text()
    assert before[before.index("sources:") : before.index("unknowns:")] in story  # as written
    assert "sources: [wire]\n" in Path("content/alpha/events/2021-03-01-start.yaml").read_text()
    assert "sources: [paper]\n" in Path("content/alpha/events/2021-03-02-span.yaml").read_text()
    assert (
        "note: kept 2 sources of story.yaml that site/alpha/timeline.json does not have, as quotes, key "
        "numbers and events may cite them: paper, wire"
    ) in capsys.readouterr().err


def test_importing_our_own_export_gives_the_events_their_tags_back_once(empty: Project) -> None:
    # The export gives each slide its event's first tag as its TimelineJS group, which the
    # import reads as a tag: imported again, the event keeps its tags as they were (not
    # the group alone, nor twice); imported afresh, it gets the group.
    shutil.copytree(SMALL, "content", dirs_exist_ok=True)
    build(content="content", templates=TEMPLATES, out="site")
    start = Path("content/alpha/events/2021-03-01-start.yaml")
    assert "tags: [first, politics]\n" in start.read_text()
    assert main(["import", "timelinejs", "site/alpha/timeline.json", "--story", "alpha", "--force"]) == 0
    assert errors_of_check() is not None  # raises on an error
    text = start.read_text()
    assert 'tags: ["first", "politics"]\n' in text and text.count("tags:") == 1
    assert "tags:" not in Path("content/alpha/events/2021-03-02-span.yaml").read_text()
    assert main(["import", "timelinejs", "site/alpha/timeline.json", "--story", "beta"]) == 0
    assert 'tags: ["first"]\n' in Path("content/beta/events/2021-03-01-start.yaml").read_text()
    # A group changed in the sheet to another of the file's tags comes first from then on
    # (the first tag is the one the pages show and the export makes the group); the
    # file's other tags stay.
    exported = Path("site/alpha/timeline.json").read_text()
    Path("site/alpha/timeline.json").write_text(exported.replace('"group":"first"', '"group":"politics"'))
    assert main(["import", "timelinejs", "site/alpha/timeline.json", "--story", "alpha", "--force"]) == 0
    assert 'tags: ["politics", "first"]\n' in start.read_text()
    # A group the file's tags do not have is the timeline's, as a sheet's group is.
    data = exported.replace('"group":"first"', '"group":"second"')
    Path("site/alpha/timeline.json").write_text(data)
    assert main(["import", "timelinejs", "site/alpha/timeline.json", "--story", "alpha", "--force"]) == 0
    assert 'tags: ["second"]\n' in start.read_text()


def test_sources_a_timeline_gives_are_written_with_those_of_the_story_it_does_not_give(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A video becomes a source the import writes; the one an editor added since, which a
    # quote cites, is kept beside it (it was deleted, and check failed).
    Path("t.json").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A", "text": "a"},'
        ' "media": {"url": "https://video.example/1", "credit": "Video"}}]}'
    )
    import_timelinejs(source="t.json", story="s", content="content")
    story = Path("content/s/story.yaml")
    story.write_text(
        story.read_text()
        + '    # as broadcast\n    title: "The first"\n'
        + "  # by hand\n  wire:\n      publisher: Wire\n"
        + 'key_numbers:\n  - value: "2"\n    label: counted\n    source: wire\n'
    )
    event = Path("content/s/events/2001-a.yaml")
    event.write_text(event.read_text() + "quotes:\n  - text: Yes.\n    by: A man\n    source: wire\n")
    capsys.readouterr()
    for _ in range(2):  # and again: one line above the sources kept, not one more each time
        assert main(["import", "timelinejs", "t.json", "--story", "s", "--force"]) == 0
    assert errors_of_check() is not None  # raises on an error
    text = story.read_text()
    # The video's entry stays as its editor wrote it, title and all; the wire's beside it.
    assert (
        "sources:\n"
        "  video:\n"
        '    publisher: "Video"\n'
        '    url: "https://video.example/1"\n'
        "    # as broadcast\n"
        '    title: "The first"\n'
        "  # by hand\n"
        "  wire:\n"
        "      publisher: Wire\n"
    ) in text
    assert (
        "note: kept 1 source of story.yaml that t.json does not have, as quotes, key numbers and events "
        "may cite them: wire"
    ) in capsys.readouterr().err


@pytest.mark.parametrize("base_url", [None, "https://example.org/news/"])
def test_links_to_the_storys_own_pages_come_back_as_content_links(
    empty: Project, base_url: str | None
) -> None:
    # They came back as the exported site's addresses ('https://example.org/news/port/events/
    # rally/'), or without a base_url as 'events/rally/index.html', which check warns of.
    empty.write(
        "content/port/story.yaml",
        """\
        title: Port
        summary: See [the rally](events/2001-rally.yaml#crowd).
        published: 2001-01-01
        """,
    )
    empty.write(
        "content/port/events/2001-rally.yaml",
        """\
        title: Rally
        date: 2001-01-01
        summary: With [Ann](figures/ann.yaml) at [the dock](locations/dock.yaml#map).
        figures: [ann]
        locations: [dock]
        """,
    )
    empty.write("content/port/figures/ann.yaml", "name: Ann\nrole: Docker\n")
    empty.write("content/port/locations/dock.yaml", "name: Dock\ncoordinates: [43.3, 5.4]\n")
    build(content="content", templates=TEMPLATES, out="site", base_url=base_url)
    import_timelinejs(source="site/port/timeline.json", story="port", content="content", force=True)
    assert (
        'summary: "See [the rally](events/2001-rally.yaml#crowd)."\n'
        in Path("content/port/story.yaml").read_text()
    )
    event = Path("content/port/events/2001-rally.yaml").read_text()
    assert 'summary: "With [Ann](figures/ann.yaml) at [the dock](locations/dock.yaml#map)."\n' in event
    # Into a new story, which has no figures or places yet: the event's link is its file's.
    import_timelinejs(source="site/port/timeline.json", story="port-again", content="content")
    story = Path("content/port-again/story.yaml").read_text()
    assert 'summary: "See [the rally](events/2001-rally.yaml#crowd)."\n' in story
    assert not any("port/" in w and "leads nowhere" in w for w in errors_of_check())


def test_an_order_the_dates_alone_would_not_give_is_kept_with_after(empty: Project) -> None:
    def slide(uid: str, **date: str) -> str:
        start = ", ".join(f'"{k}": "{v}"' for k, v in date.items())
        return f'{{"unique_id": "{uid}", "start_date": {{{start}}}, "text": {{"headline": "{uid}"}}}}'

    slides = [
        slide("first-out", year="2010", month="10", day="13", hour="0", minute="11"),
        slide("super-mario", year="2010", month="10", day="13"),  # that day, later: after
        slide("last-out", year="2010", month="10", day="13", hour="21", minute="55"),
        slide("earlier", year="2010", month="10", day="1"),  # certainly earlier: no after
    ]
    Path("in.json").write_text(f'{{"events": [{", ".join(slides)}]}}')
    import_timelinejs(source="in.json", story="mine", content="content", today=datetime.date(2030, 1, 1))
    events = Path("content/mine/events")
    assert "after: first-out\n" in (events / "super-mario.yaml").read_text()
    assert not any(
        "after:" in (events / f"{e}.yaml").read_text() for e in ("first-out", "last-out", "earlier")
    )
    story = check_and_lint(content="content")[0].stories[0]
    assert [e.id for e in story.events] == ["earlier", "first-out", "super-mario", "last-out"]


def test_addresses_with_spaces_and_accents_are_encoded(empty: Project) -> None:
    Path("in.json").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A", "text": "a"},'
        ' "media": {"url": "https://pics.example/Zoë at the gate.jpg", "credit": "C"}},'
        ' {"start_date": {"year": "2002"}, "text": {"headline": "B", "text": "b"},'
        ' "media": {"url": " https://video.example/watch?v=1 2\\"x ", "credit": "Video"}}]}'
    )
    import_timelinejs(source="in.json", story="x", content="content")
    assert (
        '  src: "https://pics.example/Zo%C3%AB%20at%20the%20gate.jpg"\n'
        in Path("content/x/events/2001-a.yaml").read_text()
    )
    assert '    url: "https://video.example/watch?v=1%202%22x"\n' in Path("content/x/story.yaml").read_text()
    errors_of_check()


def test_a_story_that_is_a_link_is_never_written_through(empty: Project, tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    Path("content/linked").symlink_to(tmp_path / "elsewhere")
    shutil.copytree(FIXTURES, "in")
    with pytest.raises(UsageError, match="content/linked is not a folder; nothing was written"):
        import_timelinejs(source="in/sheet.csv", story="linked", content="content", force=True)
    assert list((tmp_path / "elsewhere").iterdir()) == []


def test_pictures_of_the_same_name_beside_the_timeline_are_both_copied(empty: Project) -> None:
    blue = (FIXTURES / "pictures" / "dot.svg").read_bytes()
    red = blue.replace(b'fill="blue"', b'fill="red"')
    for name, data in (("in/a/dot.svg", blue), ("in/b/dot.svg", red)):
        Path(name).parent.mkdir(parents=True)
        Path(name).write_bytes(data)
    Path("in/t.json").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A", "text": "a"},'
        ' "media": {"url": "a/dot.svg", "alt": "Blue"}},'
        ' {"start_date": {"year": "2002"}, "text": {"headline": "B", "text": "b"},'
        ' "media": {"url": "b/dot.svg", "alt": "Red"}}]}'
    )
    import_timelinejs(source="in/t.json", story="x", content="content")
    assert Path("content/x/media/dot.svg").read_bytes() == blue
    assert Path("content/x/media/dot-2.svg").read_bytes() == red
    assert '  src: "media/dot.svg"\n' in Path("content/x/events/2001-a.yaml").read_text()
    assert '  src: "media/dot-2.svg"\n' in Path("content/x/events/2002-b.yaml").read_text()
    errors_of_check()


def test_force_never_overwrites_a_different_picture_the_story_has(empty: Project) -> None:
    blue = (FIXTURES / "pictures" / "dot.svg").read_bytes()
    red, green = (blue.replace(b'fill="blue"', f'fill="{c}"'.encode()) for c in ("red", "green"))
    for name, data in (("in/a/dot.svg", blue), ("in/b/dot.svg", red), ("in/c/red.svg", red)):
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_bytes(data)

    def slide(year: int, headline: str, url: str) -> str:
        return (
            f'{{"start_date": {{"year": "{year}"}}, "text": {{"headline": "{headline}", "text": "t"}},'
            f' "media": {{"url": "{url}", "alt": "{headline}"}}}}'
        )

    Path("in/t.json").write_text(f'{{"events": [{slide(2001, "A", "a/dot.svg")}]}}')
    import_timelinejs(source="in/t.json", story="x", content="content")
    Path("content/x/media/Red.svg").write_bytes(green)  # added by an editor since
    slides = [slide(2001, "A", "a/dot.svg"), slide(2002, "B", "b/dot.svg"), slide(2003, "C", "c/red.svg")]
    Path("in/t.json").write_text(f'{{"events": [{", ".join(slides)}]}}')
    import_timelinejs(source="in/t.json", story="x", content="content", force=True)
    media = Path("content/x/media")
    assert {p.name: p.read_bytes() for p in media.iterdir()} == {
        "dot.svg": blue,  # the same bytes again: named again, not copied
        "Red.svg": green,  # kept, whatever the case of the name that would clash
        "dot-2.svg": red,  # and for c/red.svg, the same picture: one file
    }
    events = Path("content/x/events")
    assert '  src: "media/dot.svg"\n' in (events / "2001-a.yaml").read_text()
    assert '  src: "media/dot-2.svg"\n' in (events / "2002-b.yaml").read_text()
    assert '  src: "media/dot-2.svg"\n' in (events / "2003-c.yaml").read_text()
    errors_of_check()


def test_a_json_export_saved_under_another_name_is_read_as_json(empty: Project) -> None:
    # A newsroom's "timeline.txt" holding TimelineJS's JSON is not a sheet.
    Path("timeline.txt").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}'
    )
    imported = import_timelinejs(source="timeline.txt", story="renamed", content="content")
    assert [e.title for e in imported.story.events] == ["A"]


def test_importing_again_with_force_keeps_the_date_the_story_was_first_published(empty: Project) -> None:
    # Imported again, a story is corrected, not new: readers saw it on its first date.
    Path("t.json").write_text('{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}')
    import_timelinejs(source="t.json", story="s", content="content", today=datetime.date(2019, 5, 1))
    story = Path("content/s/story.yaml")
    assert "published: 2019-05-01\n" in story.read_text()
    import_timelinejs(
        source="t.json", story="s", content="content", force=True, today=datetime.date(2026, 11, 30)
    )
    assert "published: 2019-05-01\n" in story.read_text()
    story.write_text(story.read_text().replace("published: 2019-05-01\n", "published: not a date\n"))
    import_timelinejs(
        source="t.json", story="s", content="content", force=True, today=datetime.date(2026, 11, 30)
    )
    assert "published: 2026-11-30\n" in story.read_text()  # nothing to keep: today, as a new story


def test_importing_again_with_force_keeps_the_time_the_story_was_first_published(empty: Project) -> None:
    Path("t.json").write_text('{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}')
    import_timelinejs(source="t.json", story="s", content="content", today=datetime.date(2019, 5, 1))
    story = Path("content/s/story.yaml")
    story.write_text(
        story.read_text().replace("published: 2019-05-01\n", "published: 2019-05-01T06:30+06:00\n")
    )
    import_timelinejs(
        source="t.json", story="s", content="content", force=True, today=datetime.date(2026, 11, 30)
    )
    assert "published: 2019-05-01T06:30+06:00\n" in story.read_text()


def test_importing_again_with_force_keeps_what_an_editor_added_since(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The sheet cannot hold figures, places or key moments: added by hand after the first
    # import, they were lost at the next, with nothing said. The sheet's own fields still
    # come from the sheet.
    Path("t.json").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A", "text": "First."}},'
        '{"start_date": {"year": "2002"}, "text": {"headline": "B", "text": "Second."}}]}'
    )
    assert main(["import", "timelinejs", "t.json", "--story", "s"]) == 0
    empty.write("content/s/figures/ann.yaml", "name: Ann\nrole: Witness\n")
    event = Path("content/s/events/2001-a.yaml")
    event.write_text(
        event.read_text().replace("First.", "First, edited by hand.")
        + "# who was there\nfigures:\n  - ann\nkey: true\n"
    )
    story = Path("content/s/story.yaml")
    story.write_text(story.read_text() + "byline: The data desk\n")
    capsys.readouterr()
    Path("t.json").write_text(Path("t.json").read_text().replace("Second.", "Second, fixed in the sheet."))
    assert main(["import", "timelinejs", "t.json", "--story", "s", "--force"]) == 0
    text = event.read_text()
    assert "First, edited by hand." not in text and "First." in text  # the sheet's field, from the sheet
    assert text.endswith(
        "# Kept from this file before the import (not in the source):\n"
        "# who was there\nfigures:\n  - ann\nkey: true\n"
    )
    assert story.read_text().endswith("byline: The data desk\n")
    assert "Second, fixed in the sheet." in Path("content/s/events/2002-b.yaml").read_text()
    assert "Kept" not in Path("content/s/events/2002-b.yaml").read_text()
    assert not any("ann" in w for w in errors_of_check())  # no error, and Ann is in an event
    err = capsys.readouterr().err
    assert (
        "note: kept the fields added by hand (figures, places...) in 2 files: story.yaml, events/2001-a.yaml"
        in err
    )


def test_a_first_import_without_a_title_slide_is_a_draft_until_it_has_a_summary(empty: Project) -> None:
    # Its summary is a placeholder: published, it went out with 'TODO: two or three sentences'.
    Path("t.json").write_text('{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}')
    imported = import_timelinejs(source="t.json", story="s", content="content")
    assert str(imported.reports[-1]) == (
        "t.json: no title slide, so the story is a draft: write its summary in story.yaml and delete "
        "'draft: true' (or add a row of Type title to the source and import again with --force)"
    )
    story = Path("content/s/story.yaml")
    assert "\ndraft: true  # published once it has a summary" in story.read_text()
    build(content="content", templates=TEMPLATES, out="site")
    assert not Path("site/s").exists()
    # The editor writes the summary and publishes it; importing again keeps it published.
    story.write_text(story.read_text().replace("draft: true", "").replace("TODO: two", "Two"))
    import_timelinejs(source="t.json", story="s", content="content", force=True)
    assert "draft" not in story.read_text()


def test_without_a_title_slide_the_summary_written_by_hand_stays_and_the_draft_line_goes_once_it_has_one(
    empty: Project,
) -> None:
    # The source gives no summary: an editor's stays through --force (it went back to the
    # TODO, published). Once the source has a title slide, the import's draft line goes.
    untitled = '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}'
    Path("t.json").write_text(untitled)
    import_timelinejs(source="t.json", story="s", content="content")
    story = Path("content/s/story.yaml")
    story.write_text(
        story.read_text().replace(
            '"TODO: two or three sentences on what this explainer is about."', "Written by hand."
        )
    )
    import_timelinejs(source="t.json", story="s", content="content", force=True)
    text = story.read_text()
    assert "summary: Written by hand.\n" in text and "TODO" not in text
    assert text.count("draft: true") == 1  # still a draft: the editor has not deleted the line
    titled = untitled[:-1] + ', "title": {"text": {"headline": "The port", "text": "<p>A summary.</p>"}}}'
    Path("t.json").write_text(titled)
    import_timelinejs(source="t.json", story="s", content="content", force=True)
    text = story.read_text()
    assert 'summary: "A summary."' in text and "Written by hand" not in text and "draft" not in text


def test_force_keeps_a_body_and_tags_written_by_hand_when_the_source_has_none(empty: Project) -> None:
    Path("t.json").write_text('{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}')
    import_timelinejs(source="t.json", story="s", content="content")
    event = Path("content/s/events/2001-a.yaml")
    event.write_text(event.read_text() + "body: |\n  A long account.\ntags: [economy]\nkey: true\n")
    for _ in range(3):  # and again: one header, not one more each time
        imported = import_timelinejs(source="t.json", story="s", content="content", force=True)
    assert event.read_text().endswith(
        "# Kept from this file before the import (not in the source):\n"
        "body: |\n  A long account.\ntags: [economy]\nkey: true\n"
    )
    assert event.read_text().count("# Kept") == 1 and "events/2001-a.yaml" in imported.kept


def test_fields_the_import_cannot_take_apart_are_named_not_lost_silently(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("t.json").write_text('{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}')
    assert main(["import", "timelinejs", "t.json", "--story", "s"]) == 0
    Path("content/s/events/2001-a.yaml").write_text(
        '{title: "A",\n date: 2001,\n summary: "S.",\n key: true}\n'
    )
    capsys.readouterr()
    assert main(["import", "timelinejs", "t.json", "--story", "s", "--force"]) == 0
    err = capsys.readouterr().err
    assert (
        "note: could not keep the fields added by hand in 1 file, written in a way the import cannot take "
        "apart: events/2001-a.yaml (git restores them)"
    ) in err
    assert errors_of_check() is not None  # and the file written reads: check raises on an error


def test_a_picture_larger_than_the_site_allows_is_left_out_at_import(empty: Project) -> None:
    # As check would refuse it (media_max_mb), the import leaves it out and says so.
    empty.write("content/site.yaml", "title: Imports\nmedia_max_mb: 1\n")
    Path("pics").mkdir()
    Path("pics/big.png").write_bytes(tiny_png() + b"\0" * 1_200_000)
    Path("pics/small.png").write_bytes(tiny_png())
    Path("t.json").write_text(
        '{"events": ['
        '{"start_date": {"year": "2001"}, "text": {"headline": "A"}, "media": {"url": "pics/big.png"}},'
        '{"start_date": {"year": "2002"}, "text": {"headline": "B"}, "media": {"url": "pics/small.png"}}]}'
    )
    imported = import_timelinejs(source="t.json", story="s", content="content")
    assert [e.image.src if e.image else None for e in imported.story.events] == [None, "media/small.png"]
    assert [r.where for r in imported.reports] == ["t.json:/events/0/media/url", "t.json"]  # and no title
    assert "is 1.2 MB, over the 1 MB limit" in str(imported.reports[0])
    errors_of_check()  # and check finds no error in the story as imported (it raises on one)


def test_an_import_into_a_folder_with_no_content_says_how_to_start_one(tmp_path: Path) -> None:
    source = tmp_path / "timeline.json"
    source.write_text('{"events": [{"start_date": {"year": "2020"}, "text": {"headline": "H"}}]}')
    with pytest.raises(UsageError) as refusal:
        import_timelinejs(source=str(source), story="s", content=str(tmp_path / "desk"))
    assert str(refusal.value) == (
        f"content folder '{tmp_path / 'desk'}' not found; start one with: explainer new site --title \"...\" "
        f"--content {tmp_path / 'desk'}"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline.json"]  # nothing made


PARAGRAPHS_SUMMARY = """\
summary: |
  First paragraph.

  Second, with a line
  break inside it.
"""


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # A Text cell of two paragraphs, as Google Sheets exports it (quoted, CRLF in Excel's)
        ("in.csv", 'Year,Headline,Text\n2001,A,"First paragraph.\n\nSecond, with a line\nbreak inside it."\n'),
        ("excel.csv", 'Year;Headline;Text\r\n2001;A;"First paragraph.\r\n\r\nSecond, with a line\r\nbreak inside it."\r\n'),
        # TimelineJS JSON: "\n\n" in the text, or paragraphs in HTML
        ("in.json", '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A", '
                    '"text": "First paragraph.\\n\\nSecond, with a line\\nbreak inside it."}}]}'),
        ("html.json", '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A", '
                      '"text": "<p>First paragraph.</p><p>Second, with a line\\nbreak inside it.</p>"}}]}'),
    ],
)  # fmt: skip
def test_an_empty_line_in_a_slides_text_makes_two_paragraphs(
    empty: Project, tmp_path: Path, name: str, text: str
) -> None:
    Path(name).write_bytes(text.encode())
    import_timelinejs(source=name, story="x", content="content")
    assert PARAGRAPHS_SUMMARY in Path("content/x/events/2001-a.yaml").read_text()
    build(content="content", templates=TEMPLATES, out="site", drafts=True)  # no title slide: a draft
    page = (tmp_path / "site/x/events/2001-a/index.html").read_text()
    # The line break inside the second is a space on the page, as TimelineJS shows it.
    assert "<p>First paragraph.</p>\n<p>Second, with a line\nbreak inside it.</p>" in page


def test_what_pages_do_not_carry_is_named_per_slide_and_summed_up_when_many(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Seven rows with a background (one with a thumbnail, one with an unsafe link): each
    # is one line naming its row and the file it became, then a note counts them.
    header = "Year,Headline,Text,Media,Media Thumbnail,Type,Background"
    rows = [",Title,Intro.,,,title,https://pics.example/cover.jpg"]
    rows += [f"200{i},Event {i},Text.,,,,#10{i}0{i}0" for i in range(1, 6)]
    rows.append(
        '2006,Event 6,"<a href=""javascript:go()"">Go</a>",https://pics.example/p.jpg,https://pics.example/t.jpg,,'
    )
    rows.append("2007,Event 7,Text.,,,,navy")
    Path("in.csv").write_text(header + "\n" + "\n".join(rows) + "\n")
    args = ["import", "timelinejs", "in.csv", "--story", "x", "--keep-remote-pictures"]
    assert main(args) == 0  # written whole: not an error
    out, err = capsys.readouterr()
    assert out == "imported 7 events into content/x/\n"
    assert lines_of(err) == [
        "in.csv:2 (story.yaml): left out: the Background picture 'https://pics.example/cover.jpg' (pages have no slide backgrounds)",
        *(f"in.csv:{i + 2} (events/200{i}-event-{i}.yaml): left out: the Background colour '#10{i}0{i}0' (pages have no slide backgrounds)" for i in range(1, 6)),
        "in.csv:8 (events/2006-event-6.yaml): left out: the Media Thumbnail 'https://pics.example/t.jpg' (pages make the small picture from the picture itself); the link to 'javascript:go()' in the Text (not a safe http(s) or mailto address; the words stay)",
        "in.csv:9 (events/2007-event-7.yaml): left out: the Background colour 'navy' (pages have no slide backgrounds)",
        "note: left out of 8 slides, as pages do not carry them (each above): 7 Backgrounds, 1 Media Thumbnail, "
        "1 link; in story.yaml, events/2001-event-1.yaml, events/2002-event-2.yaml, events/2003-event-3.yaml, "
        "events/2004-event-4.yaml and 3 more",
    ]  # fmt: skip
    assert "javascript" not in Path("content/x/events/2006-event-6.yaml").read_text()


def test_a_few_things_pages_do_not_carry_are_named_without_a_note(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("in.json").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A", "text": '
        '"<a href=\\"data:text/html,x\\">See</a>"}, "unique_id": "a", "background": {"color": "#000"}},'
        ' {"start_date": {"year": "2002"}, "text": {"headline": "B", "text": "b"}}]}'
    )
    assert main(["import", "timelinejs", "in.json", "--story", "x"]) == 0
    _, err = capsys.readouterr()
    assert lines_of(err) == [
        "in.json:/events/0 (events/a.yaml): left out: the background colour '#000' (pages have no slide "
        "backgrounds); the link to 'data:text/html,x' in the text (not a safe http(s) or mailto address; the "
        "words stay)",
        "in.json: no title slide, so the story is a draft: write its summary in story.yaml and delete "
        "'draft: true' (or add a row of Type title to the source and import again with --force)",
    ]


MINE = (
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
    "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
    ",,,,,,,,,The mine,The story of the mine.,,,,,title,,\n"
    "2010,8,5,,,,,,,Mine collapses,The mine collapses.,,,,,,,\n"
    "2010,8,22,,,,,,,Note found,A note is found.,,,,,,,\n"
)
"""A sheet of a title row and two events."""


def test_a_corrected_headline_keeps_the_events_address(
    empty: Project, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Fixing a headline in the sheet renamed the event's file: its page moved (shared
    # links to it broke), links to it from other files broke, and the fields added by hand
    # went with the old file.
    Path("sheet.csv").write_text(MINE)
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine"]) == 0
    note = Path("content/mine/events/2010-08-22-note-found.yaml")
    empty.write(
        "content/mine/figures/miner.yaml",
        "name: A miner\nrole: Trapped\nsummary: Wrote [the note](events/2010-08-22-note-found.yaml).\n",
    )
    note.write_text(note.read_text() + "figures: [miner]\nkey: true\n")
    capsys.readouterr()
    Path("sheet.csv").write_text(MINE.replace("Note found", "Note is found"))
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine", "--force"]) == 0
    assert sorted(p.name for p in Path("content/mine/events").iterdir()) == [
        "2010-08-05-mine-collapses.yaml",
        "2010-08-22-note-found.yaml",
    ]
    text = note.read_text()
    assert '\ntitle: "Note is found"\n' in text  # the title follows the sheet
    assert text.endswith(
        "# Kept from this file before the import (not in the source):\nfigures: [miner]\nkey: true\n"
    )
    err = capsys.readouterr().err
    assert "deleted" not in err
    assert (
        "note: kept the address of events/2010-08-22-note-found.yaml: its headline changed to 'Note is found'\n"
        in err
    )
    errors_of_check()  # no error: the figure's link still leads to the note
    build(content="content", templates=TEMPLATES, out="site")
    page = Path("site/mine/events/2010-08-22-note-found/index.html").read_text()
    assert "Note is found" in page
    assert not Path("site/mine/events/2010-08-22-note-is-found").exists()


def test_headlines_corrected_on_one_day_are_not_guessed_and_a_deleted_slide_goes(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two headlines changed on one day: which file was which cannot be told, so both are
    # written under their new names and the old files deleted, as before. A slide deleted
    # from the source is still deleted, even when another changed on its day.
    Path("t.json").write_text(
        '{"events": ['
        '{"start_date": {"year": "2010", "month": "8", "day": "22"}, "text": {"headline": "Note found"}},'
        '{"start_date": {"year": "2010", "month": "8", "day": "22"}, "text": {"headline": "Drill hits"}},'
        '{"start_date": {"year": "2010", "month": "9", "day": "1"}, "text": {"headline": "Plan B"}},'
        '{"start_date": {"year": "2010", "month": "10", "day": "13"}, "text": {"headline": "Rescue"}}]}'
    )
    assert main(["import", "timelinejs", "t.json", "--story", "mine"]) == 0
    capsys.readouterr()
    Path("t.json").write_text(
        '{"events": ['
        '{"start_date": {"year": "2010", "month": "8", "day": "22"}, "text": {"headline": "Note is found"}},'
        '{"start_date": {"year": "2010", "month": "8", "day": "22"}, "text": {"headline": "Drill reaches them"}},'
        '{"start_date": {"year": "2010", "month": "10", "day": "13"}, "text": {"headline": "Rescue"}}]}'
    )
    assert main(["import", "timelinejs", "t.json", "--story", "mine", "--force"]) == 0
    assert sorted(p.name for p in Path("content/mine/events").iterdir()) == [
        "2010-08-22-drill-reaches-them.yaml",
        "2010-08-22-note-is-found.yaml",
        "2010-10-13-rescue.yaml",
    ]
    err = capsys.readouterr().err
    assert "kept the address" not in err
    assert (
        "note: --force deleted 3 event files that t.json does not have: "
        "2010-08-22-drill-hits.yaml, 2010-08-22-note-found.yaml, 2010-09-01-plan-b.yaml"
    ) in err
    errors_of_check()  # no error


def test_a_file_renamed_by_hand_keeps_its_name_and_many_are_summed_up(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # An editor who gave an event a shorter address by renaming its file keeps it; past
    # five, the notes name the rest on one line.
    rows = "".join(f"2010,8,{day},,,,,,,Day {day},Text.,,,,,,,\n" for day in range(1, 9))
    Path("sheet.csv").write_text(MINE.split("\n", 1)[0] + "\n" + rows)
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine"]) == 0
    events = Path("content/mine/events")
    (events / "2010-08-01-day-1.yaml").rename(events / "first-day.yaml")
    capsys.readouterr()
    Path("sheet.csv").write_text(MINE.split("\n", 1)[0] + "\n" + rows.replace(",Day ", ",The day "))
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine", "--force"]) == 0
    assert sorted(p.name for p in events.iterdir()) == [
        *(f"2010-08-0{day}-day-{day}.yaml" for day in range(2, 9)),
        "first-day.yaml",
    ]
    assert '\ntitle: "The day 1"\n' in (events / "first-day.yaml").read_text()
    notes = [line for line in capsys.readouterr().err.splitlines() if "address" in line]
    assert notes == [
        "note: kept the address of events/first-day.yaml: its headline changed to 'The day 1'",
        *(
            f"note: kept the address of events/2010-08-0{day}-day-{day}.yaml: its headline changed to 'The day {day}'"
            for day in range(2, 6)
        ),
        "note: 3 more event files kept their address though their headline changed: "
        "events/2010-08-06-day-6.yaml, events/2010-08-07-day-7.yaml, events/2010-08-08-day-8.yaml",
    ]
    # Named by hand and imported again unchanged: kept, and nothing to say.
    capsys.readouterr()
    (events / "2010-08-02-day-2.yaml").rename(events / "second-day.yaml")
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine", "--force"]) == 0
    assert (events / "second-day.yaml").is_file() and not (events / "2010-08-02-the-day-2.yaml").exists()
    assert "address" not in capsys.readouterr().err


TWO_CREDITED_SLIDES = (
    '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A", "text": "a"},'
    ' "media": {"url": "https://news.example/a", "credit": "Reuters"}},'
    ' {"start_date": {"year": "2002"}, "text": {"headline": "B", "text": "b"},'
    ' "media": {"url": "https://news.example/new", "credit": "Wire"}}]}'
)
"""Two slides whose media credit a source each, by its address."""


def test_a_source_of_the_same_address_keeps_its_id_and_no_other_takes_an_old_one(empty: Project) -> None:
    # A slide crediting the article the story cites as 'reuters-1' made a second source of
    # it, 'reuters'; and a new address could take the id of an old source quotes cite.
    Path("t.json").write_text(TWO_CREDITED_SLIDES)
    import_timelinejs(source="t.json", story="s", content="content")
    story = Path("content/s/story.yaml")
    text = story.read_text().split("sources:")[0]
    story.write_text(
        text + "sources:\n  reuters-1:\n    publisher: Reuters\n    url: https://news.example/a\n"
        "    title: The report\n    date: 2001-01-02\n"
        "  wire:\n    publisher: Wire\n    url: https://news.example/old\n"
    )
    import_timelinejs(source="t.json", story="s", content="content", force=True)
    written = story.read_text()
    assert "  reuters-1:\n" in written and "  reuters:\n" not in written
    assert "    title: The report\n    date: 2001-01-02\n" in written  # as its editor wrote it
    assert written.count("https://news.example/a") == 1
    assert "  wire:\n" in written and "https://news.example/old" in written  # kept, as it was
    assert "  wire-2:\n" in written  # the new address's own
    assert "sources: [reuters-1]" in Path("content/s/events/2001-a.yaml").read_text()
    errors_of_check()  # raises on an error


def test_a_link_to_the_same_event_of_another_story_is_left_as_it_is(empty: Project) -> None:
    # A translation keeps its events' ids: its page's address was taken for this story's
    # address, and the link brought back as a link to this story's own event.
    elsewhere = "https://example.org/news/port-fr/events/2001-rally/"
    empty.write(
        "content/port/story.yaml",
        f"title: Port\nsummary: See [the rally](events/2001-rally.yaml) and [en français]({elsewhere}).\n"
        "published: 2001-01-01\n",
    )
    empty.write("content/port/events/2001-rally.yaml", "title: Rally\ndate: 2001-01-01\nsummary: S.\n")
    build(content="content", templates=TEMPLATES, out="site", base_url="https://example.org/news/")
    import_timelinejs(source="site/port/timeline.json", story="port", content="content", force=True)
    story = Path("content/port/story.yaml").read_text()
    assert f"See [the rally](events/2001-rally.yaml) and [en français]({elsewhere})." in story
    # Downloaded and imported under another id: its title slide names the story's id.
    story_yaml = Path("content/port/story.yaml")
    story_yaml.write_text(story_yaml.read_text().replace(f" and [en français]({elsewhere})", ""))
    build(content="content", templates=TEMPLATES, out="site", base_url="https://example.org/news/")
    shutil.copy("site/port/timeline.json", "downloaded.json")
    import_timelinejs(source="downloaded.json", story="harbour", content="content")
    assert (
        'summary: "See [the rally](events/2001-rally.yaml)."'
        in Path("content/harbour/story.yaml").read_text()
    )
    # A story whose texts link to its translation's event only: that address is not its own.
    only = story_yaml.read_text().replace(
        "See [the rally](events/2001-rally.yaml).", f"See [it]({elsewhere})."
    )
    story_yaml.write_text(only)
    build(content="content", templates=TEMPLATES, out="site", base_url="https://example.org/news/")
    import_timelinejs(source="site/port/timeline.json", story="port", content="content", force=True)
    assert f"See [it]({elsewhere})." in story_yaml.read_text()


def test_a_draft_event_is_kept_when_the_story_is_imported_again(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # No export has drafts (explainer's own timeline.json leaves them out): importing one
    # again with --force deleted the drafts an editor was still writing.
    empty.write("content/port/story.yaml", "title: Port\nsummary: S.\npublished: 2001-01-01\n")
    empty.write("content/port/events/2001-rally.yaml", "title: Rally\ndate: 2001-01-01\nsummary: S.\n")
    secret = "title: Secret\ndate: 2001-02-01\nsummary: Not yet.\ndraft: true\n"
    empty.write("content/port/events/2001-secret.yaml", secret)
    empty.write("content/port/events/2001-gone.yaml", "title: Gone\ndate: 2001-03-01\nsummary: S.\n")
    build(content="content", templates=TEMPLATES, out="site", base_url="https://example.org/news/")
    Path("content/port/events/2001-gone.yaml").write_text("title: Gone\ndate: 2001-03-01\nsummary: Sx.\n")
    data = json.loads(Path("site/port/timeline.json").read_text())
    data["events"] = [e for e in data["events"] if "Gone" not in e["text"]["headline"]]
    Path("t.json").write_text(json.dumps(data))
    assert main(["import", "timelinejs", "t.json", "--story", "port", "--force"]) == 0
    assert Path("content/port/events/2001-secret.yaml").read_text() == secret
    assert not Path("content/port/events/2001-gone.yaml").exists()  # not a draft: the import's to delete
    said = capsys.readouterr().err
    assert (
        "kept 1 draft event file that t.json does not have, as no export has drafts: 2001-secret.yaml" in said
    )
    assert "--force deleted 1 event file that t.json does not have: 2001-gone.yaml" in said


def test_a_kept_draft_is_never_taken_for_a_slides_file_nor_lost_for_being_half_written(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A new slide of the draft's day took the draft's file ("kept the address...: its
    # headline changed"), staying hidden as a draft; a draft not yet valid YAML was deleted;
    # a draft naming an event the import deleted was kept without a word.
    empty.write("content/port/story.yaml", "title: Port\nsummary: S.\npublished: 2001-01-01\n")
    secret = "title: Secret\ndate: 2001-02-01\nsummary: Not yet.\ndraft: true\n"
    half = "title: Half\ndate: 2001-04-01\nsummary: The talks, half written: not done\ndraft: true\n"
    linked = "title: Later\ndate: 2001-05-01\nsummary: S.\nafter: 2001-03-01-gone\ndraft: true\n"
    empty.write("content/port/events/2001-02-01-secret.yaml", secret)
    empty.write("content/port/events/2001-04-01-half.yaml", half)
    empty.write("content/port/events/2001-05-01-later.yaml", linked)
    empty.write("content/port/events/2001-03-01-gone.yaml", "title: Gone\ndate: 2001-03-01\nsummary: S.\n")
    empty.write("content/port/events/talks.yaml", "title: Talks\ndate: 2001-03-02\nsummary: S.\n")
    Path("t.json").write_text(
        '{"events": [{"start_date": {"year": "2001", "month": "2", "day": "1"},'
        ' "text": {"headline": "Strike at the docks", "text": "s"}}]}'
    )
    assert main(["import", "timelinejs", "t.json", "--story", "port", "--force"]) == 0
    events = Path("content/port/events")
    assert (events / "2001-02-01-secret.yaml").read_text() == secret
    assert (events / "2001-04-01-half.yaml").read_text() == half
    assert (events / "2001-05-01-later.yaml").read_text() == linked
    strike = (events / "2001-02-01-strike-at-the-docks.yaml").read_text()
    # The draft's day: it may be the draft's event with its headline changed, so it stays
    # hidden as the draft is (it was published), and the import says so.
    assert "Strike at the docks" in strike and strike.endswith("draft: true\n")
    said = capsys.readouterr().err
    assert (
        "events/2001-02-01-strike-at-the-docks.yaml is new on the day of the draft "
        "events/2001-02-01-secret.yaml: written as a draft too"
    ) in said
    assert "kept 3 draft event files" in said
    assert "the draft 2001-05-01-later.yaml names 2001-03-01-gone.yaml, deleted by this import" in said
    assert "names talks.yaml" not in said  # 'talks' is a word of the half-written draft, no reference


def test_a_story_in_another_language_is_imported_in_it(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A newsroom's timeline in another language than the site's became a story in the
    # site's; its dates written as its pages write them ('March 4, 2026' in en-US, which
    # no catalog of ours writes) were kept as display text. Imported again, the language
    # it was given stays one line, and stays without the option.
    Path("t.json").write_text(
        '{"events": [{"start_date": {"year": "2026", "month": "3", "day": "4"}, "display_date": '
        '"March 4, 2026", "text": {"headline": "Strike at the port", "text": "Dockers stop."}}]}'
    )
    event = Path("content/strike/events/2026-03-04-strike-at-the-port.yaml")
    assert main(["import", "timelinejs", "t.json", "--story", "strike"]) == 0
    assert 'display_date: "March 4, 2026"' in event.read_text()  # the site's English writes '4 March 2026'
    assert (
        main(["import", "timelinejs", "t.json", "--story", "strike", "--language", "en-US", "--force"]) == 0
    )
    assert "\nlanguage: en-US\n" in Path("content/strike/story.yaml").read_text()
    assert "display_date" not in event.read_text()
    assert (
        main(["import", "timelinejs", "t.json", "--story", "strike", "--language", "en-US", "--force"]) == 0
    )
    assert Path("content/strike/story.yaml").read_text().count("language:") == 1
    assert main(["import", "timelinejs", "t.json", "--story", "strike", "--force"]) == 0  # kept as it was
    assert "\nlanguage: en-US\n" in Path("content/strike/story.yaml").read_text()
    capsys.readouterr()
    for tag, said in (
        ("xx", "--language 'xx': there is no translation"),
        ("fr_CA", "--language 'fr_CA' is not a language code"),  # check would refuse it in story.yaml
        ("fr- #x", "--language 'fr- #x' is not a language code"),
    ):
        assert main(["import", "timelinejs", "t.json", "--story", "other", "--language", tag]) == 2
        assert said in capsys.readouterr().err
    assert not Path("content/other").exists()


def test_a_source_the_timeline_gives_is_written_though_the_storys_cannot_be_kept(empty: Project) -> None:
    # Sources written in braces cannot be kept as written: the one of the same address,
    # which the events cite, was written nowhere ("unknown source 'reuters-1'").
    Path("t.json").write_text(TWO_CREDITED_SLIDES)
    import_timelinejs(source="t.json", story="s", content="content")
    story = Path("content/s/story.yaml")
    text = story.read_text().split("sources:")[0]
    story.write_text(text + 'sources: {reuters-1: {publisher: Reuters, url: "https://news.example/a"}}\n')
    import_timelinejs(source="t.json", story="s", content="content", force=True)
    assert "  reuters-1:\n" in story.read_text()
    assert "sources: [reuters-1]" in Path("content/s/events/2001-a.yaml").read_text()
    errors_of_check()  # raises on an error


# Pictures at https:// addresses, downloaded (from a real HTTPS server on this machine)


def timeline_of(*media: str, title_media: str = "") -> str:
    """A TimelineJS JSON file of a title slide and one event a year from 2001, each
    showing a picture at one of the addresses ``media``, credited."""
    title = {"text": {"headline": "Port", "text": "<p>The port.</p>"}}
    if title_media:
        title["media"] = {"url": title_media}
    events = [
        {
            "start_date": {"year": str(2001 + i)},
            "text": {"headline": f"Event {i + 1}", "text": "<p>Text.</p>"},
            "media": {
                "url": url,
                "credit": "Photo Agency",
                "caption": f"<p>Caption {i + 1}</p>",
                "alt": f"Alt {i + 1}",
            },
        }
        for i, url in enumerate(media)
    ]
    return json.dumps({"title": title, "events": events})


def test_pictures_are_downloaded_and_published_as_the_storys_own(
    empty: Project, https_server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    gate, map_ = photo(1800, 1200), tiny_png()
    https_server.answers["/photos/The%20Gate.JPG"] = Answer(gate)
    https_server.answers["/map.png"] = Answer(map_)
    url = https_server.url
    Path("t.json").write_text(
        timeline_of(
            f"{url}/photos/The Gate.JPG",
            f"{url}/map.png",
            f"{url}/photos/The%20Gate.JPG",
            title_media=f"{url}/map.png",
        )
    )
    assert main(["import", "timelinejs", "t.json", "--story", "port"]) == 0
    out, err = capsys.readouterr()
    assert out == "imported 3 events into content/port/\ndownloaded 2 pictures into content/port/media/\n"
    assert lines_of(err) == []
    media = Path("content/port/media")
    assert {p.name: p.read_bytes() for p in media.iterdir()} == {"the-gate.jpg": gate, "map.png": map_}
    first = Path("content/port/events/2001-event-1.yaml").read_text()
    assert (
        'image:\n  src: "media/the-gate.jpg"\n  alt: "Alt 1"\n  credit: "Photo Agency"\n  caption: "Caption 1"\n'
        in first
    )
    assert '  src: "media/the-gate.jpg"\n' in Path("content/port/events/2003-event-3.yaml").read_text()
    assert '  src: "media/map.png"\n' in Path("content/port/story.yaml").read_text()
    assert not any(p.name.startswith(".") for p in Path("content").iterdir())  # no staging or download left
    assert https_server.asked == ["/map.png", "/photos/The%20Gate.JPG"]
    # The story's own pictures now: no warning of another site, published resized, and
    # the built pages never name the server (the build makes no request of it).
    assert not [w for w in errors_of_check() if "another site" in w]
    build(content="content", templates=TEMPLATES, out="site")
    assert https_server.asked == ["/map.png", "/photos/The%20Gate.JPG"]
    renditions = sorted(p.name for p in Path("site/port/pictures").iterdir())
    assert "the-gate.jpg.960.webp" in renditions and "the-gate.jpg.1600.jpg" in renditions, renditions
    for page in Path("site").rglob("*"):
        if page.suffix in (".html", ".xml", ".json", ".js"):
            assert https_server.host not in page.read_text(), page


def test_a_picture_not_downloaded_keeps_its_address_and_is_said_per_slide(
    empty: Project, https_server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    https_server.answers["/ok.png"] = Answer(tiny_png())
    https_server.answers["/login.jpg"] = Answer(b"<!doctype html><title>Sign in</title><p>Who are you?")
    https_server.answers["/moved.jpg"] = Answer(
        status=301, headers=(("Location", "http://127.0.0.1:9/a.jpg"),)
    )
    url = https_server.url
    Path("sheet.csv").write_text(
        "Year,Headline,Text,Media\n"
        f"2001,Found,Text,{url}/ok.png\n"
        f"2002,Missing,Text,{url}/missing.jpg\n"
        f"2003,Sign in,Text,{url}/login.jpg\n"
        f"2004,Moved,Text,{url}/moved.jpg\n"
    )
    # Every slide is written whole, its picture shown as before: a note, not an error.
    assert main(["import", "timelinejs", "sheet.csv", "--story", "port"]) == 0
    out, err = capsys.readouterr()
    assert out == "imported 4 events into content/port/\ndownloaded 1 picture into content/port/media/\n"
    lines = lines_of(err)
    assert lines[0].startswith("sheet.csv: no title slide")
    assert lines[1:4] == [
        "sheet.csv:3:4 (events/2002-missing.yaml): picture not downloaded: 127.0.0.1 answered 404 Not Found; kept its address",
        "sheet.csv:4:4 (events/2003-sign-in.yaml): picture not downloaded: what 127.0.0.1 sent for this JPG picture "
        "is no kind of picture (a web page, perhaps); give the address of the picture itself, or save the picture "
        "into media/ and give that as its src; kept its address",
        "sheet.csv:5:4 (events/2004-moved.yaml): picture not downloaded: its address leads on to "
        "'http://127.0.0.1:9/a.jpg', which is not https://; kept its address",
    ]
    assert lines[4:] == [
        "note: kept 3 picture addresses that could not be downloaded (above): readers' browsers fetch those "
        "pictures from their sites; import again with --force to try again, or save them into media/ and "
        "give that as their src"
    ]
    assert f'  src: "{url}/missing.jpg"\n' in Path("content/port/events/2002-missing.yaml").read_text()
    assert [p.name for p in Path("content/port/media").iterdir()] == ["ok.png"]


def test_a_picture_over_the_sites_limit_is_not_read_past_it(
    empty: Project, https_server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    empty.write("content/site.yaml", "title: Imports\nmedia_max_mb: 1\n")
    https_server.answers["/huge.jpg"] = Answer(b"\xff" * 100_000, repeat=300, length=False)  # 30 MB
    Path("t.json").write_text(timeline_of(f"{https_server.url}/huge.jpg"))
    assert main(["import", "timelinejs", "t.json", "--story", "port"]) == 0
    _, err = capsys.readouterr()
    assert err.splitlines()[0] == (
        "t.json:/events/0/media/url (events/2001-event-1.yaml): picture not downloaded: "
        "it is larger than the 1 MB a media file may be; kept its address"
    )
    time.sleep(0.2)  # the server's last write ends with the connection
    assert https_server.sent["/huge.jpg"] < 10_000_000
    assert not Path("content/port/media").exists()


def test_keep_remote_pictures_asks_nothing_of_their_sites(
    empty: Project, https_server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    https_server.answers["/gate.jpg"] = Answer(photo(64, 48))
    Path("t.json").write_text(timeline_of(f"{https_server.url}/gate.jpg"))
    assert main(["import", "timelinejs", "t.json", "--story", "port", "--keep-remote-pictures"]) == 0
    out, err = capsys.readouterr()
    assert (out, lines_of(err)) == ("imported 1 event into content/port/\n", [])
    assert https_server.asked == []
    assert (
        f'  src: "{https_server.url}/gate.jpg"\n' in Path("content/port/events/2001-event-1.yaml").read_text()
    )
    assert not Path("content/port/media").exists()


def test_importing_again_does_not_copy_a_picture_the_story_has(empty: Project, https_server: Server) -> None:
    gate = photo(64, 48)
    https_server.answers["/gate.jpg"] = Answer(gate)
    https_server.answers["/same/gate.jpg"] = Answer(gate)  # moved on its site since
    Path("t.json").write_text(timeline_of(f"{https_server.url}/gate.jpg"))
    import_timelinejs(source="t.json", story="port", content="content")
    media = Path("content/port/media")
    (media / "gate.jpg").rename(media / "main-gate.jpg")  # an editor's better name (and src)
    event = Path("content/port/events/2001-event-1.yaml")
    event.write_text(event.read_text().replace("media/gate.jpg", "media/main-gate.jpg"))
    Path("t.json").write_text(timeline_of(f"{https_server.url}/same/gate.jpg"))
    imported = import_timelinejs(source="t.json", story="port", content="content", force=True)
    assert [p.name for p in media.iterdir()] == ["main-gate.jpg"]
    assert imported.downloaded == 1
    assert '  src: "media/main-gate.jpg"\n' in event.read_text()
    errors_of_check()


def test_an_import_refused_after_downloading_leaves_nothing_behind(
    empty: Project, https_server: Server
) -> None:
    https_server.answers["/lead.png"] = Answer(tiny_png())
    # The title slide's picture is downloaded; then no event can be imported.
    Path("t.json").write_text(
        json.dumps(
            {
                "title": {"text": {"headline": "T"}, "media": {"url": f"{https_server.url}/lead.png"}},
                "events": [{"start_date": {"year": "-500"}, "text": {"headline": "Too early"}}],
            }
        )
    )
    with pytest.raises(ContentError):
        import_timelinejs(source="t.json", story="port", content="content")
    assert https_server.asked == ["/lead.png"]
    assert sorted(p.name for p in Path("content").iterdir()) == ["site.yaml"]


def test_an_event_taken_out_is_kept_when_the_story_is_imported_again(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # No export has an event taken out ('removed:'): importing explainer's own
    # timeline.json again with --force deleted its file, and with it the page that the
    # correction links to (check then failed). A new slide of its day took its file,
    # where 'removed:' hid it; a slide of it still in the sheet keeps it taken out.
    empty.write(
        "content/port/story.yaml",
        "title: Port\nsummary: S.\npublished: 2001-01-01\nupdates:\n  - date: 2001-02-03\n"
        "    kind: correction\n    text: We took out [the blast](events/2001-02-01-blast.yaml).\n",
    )
    empty.write("content/port/events/2001-01-01-rally.yaml", "title: Rally\ndate: 2001-01-01\nsummary: S.\n")
    blast = (
        "title: Blast\ndate: 2001-02-01\nsummary: Unconfirmed.\n"
        "removed:\n  date: 2001-02-03\n  reason: We could not confirm it.\n"
    )
    empty.write("content/port/events/2001-02-01-blast.yaml", blast)
    build(content="content", templates=TEMPLATES, out="site", base_url="https://example.org/news/")
    assert main(["import", "timelinejs", "site/port/timeline.json", "--story", "port", "--force"]) == 0
    events = Path("content/port/events")
    assert (events / "2001-02-01-blast.yaml").read_text() == blast
    said = capsys.readouterr().err
    assert (
        "kept 1 event file of events taken out ('removed:') that site/port/timeline.json does not have, "
        "as no export has them: 2001-02-01-blast.yaml"
    ) in said
    assert "deleted" not in said
    assert main(["check"]) == 0
    # A sheet with a new slide on its day (what put it right), and one with its own.

    def sheet(headline: str) -> str:
        day = {"year": "2001", "month": "2", "day": "1"}
        return json.dumps({"events": [{"start_date": day, "text": {"headline": headline, "text": "s"}}]})

    Path("t.json").write_text(sheet("Fire at the depot"))
    assert main(["import", "timelinejs", "t.json", "--story", "port", "--force"]) == 0
    assert (events / "2001-02-01-blast.yaml").read_text() == blast
    assert "removed" not in (events / "2001-02-01-fire-at-the-depot.yaml").read_text()
    Path("t.json").write_text(sheet("Blast"))
    assert main(["import", "timelinejs", "t.json", "--story", "port", "--force"]) == 0
    assert "removed:\n  date: 2001-02-03\n" in (events / "2001-02-01-blast.yaml").read_text()


def test_the_events_that_cite_no_source_are_named_in_a_note(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # TimelineJS has no place for sources: each such event is a warning of check, which
    # check --strict refuses, and the import said nothing of it. A video as media is a source.
    Path("sheet.csv").write_text(
        "Year,Headline,Text,Media,Type\n"
        ",A story,<p>What happened.</p>,,title\n"
        "2001,Plain,Text,,\n"
        "2002,Filmed,Text,https://www.youtube.com/watch?v=abcdefghijk,\n"
        "2003,Also plain,Text,,\n"
    )
    assert main(["import", "timelinejs", "sheet.csv", "--story", "port"]) == 0
    notes = [line for line in capsys.readouterr().err.splitlines() if line.startswith(UNSOURCED)]
    assert notes == [
        "note: no source cited by 2 events (TimelineJS has no place for sources): check warns about each, "
        "and check --strict refuses them, until its 'sources:' names one of story.yaml's: "
        "events/2001-plain.yaml, events/2003-also-plain.yaml"
    ]
    assert [w for w in errors_of_check() if "cites no source" in w] == [
        "content/port/events/2001-plain.yaml:2:8: warning: event '2001-plain' cites no source; add 'sources:'",
        "content/port/events/2003-also-plain.yaml:2:8: warning: event '2003-also-plain' cites no source; add 'sources:'",
    ]
