"""``explainer import timelinejs``: TimelineJS JSON and spreadsheets as stories."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.commands.build import build
from generator.commands.check import check_and_lint
from generator.commands.imports import import_timeline
from generator.errors import ContentError, UsageError
from tests.conftest import TEMPLATES, Project, seed_content, site_files
from tests.https_server import Answer, Server
from tests.images import photo, tiny_png
from tests.importing import FIXTURES, MINE, SMALL, TWO_CREDITED_SLIDES, errors_of_check, lines_of, timeline_of

pytestmark = pytest.mark.usefixtures("local_only")  # pictures at other sites are not reached


def test_json_every_slide_type_and_date_form(empty: Project, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(FIXTURES, "in")
    # Its pictures at other sites keep their addresses (downloads are tested on a server here).
    assert (
        main(["import", "timelinejs", "in/timeline.json", "--story", "port", "--keep-remote-pictures"]) == 1
    )
    out, err = capsys.readouterr()
    assert (
        out
        == "imported 10 events into content/port/\ncopied 1 picture from in/pictures/ into content/port/media/\n"
    )
    assert lines_of(err) == [
        "in/timeline.json:/title/text/text: the <script> inside the text is left out, and the slide has its media already; link to it in the text instead",
        "in/timeline.json:/events/1 (events/1889-08-strike-summer.yaml): left out: the link to 'https://photos.example.org' in the media's credit (a credit is plain text; the words stay)",
        "in/timeline.json:/events/2/text/text: the <img>, <iframe> and <svg> inside the text are left out, and the slide has its media already; link to them in the text instead",
        "in/timeline.json:/events/2 (events/walkout.yaml): left out: 3 links in the text, to 'javascript:alert(2)', 'data:text/html;base64,PHNjcmlwdD4=' and 'vbscript:msgbox' (not a safe http(s) or mailto address; the words stay)",
        "in/timeline.json:/events/3 (events/1889-08-20-mass-meeting.yaml): left out: the background colour '#303030' (pages have no slide backgrounds)",
        "in/timeline.json:/events/4/start_date/millisecond: millisecond '250' left out: explainer dates stop at seconds",
        "in/timeline.json:/events/4/media/url: pages show pictures only from https:// addresses; linked as a source instead",
        "in/timeline.json:/events/6/text/headline: no headline; titled 'Work resumes across the whole port over two weeks.' from its text",
        "in/timeline.json:/events/8/end_date: the end date (1899) is before the start (1900-01-01); imported without it",
        "in/timeline.json:/events/9/start_date/year: year -500: explainer dates run from year 1 to 9999; slide left out",
        "in/timeline.json:/events/10/start_date/day: 1889-02-30 is not a date: February 1889 has no day 30; slide left out",
        "in/timeline.json:/events/11/start_date/month: the date has a day but no month; slide left out",
        "in/timeline.json:/events/12/start_date: no start date (Year); slide left out",
        "in/timeline.json:/events/13/media/url: media 'not an address' is not an http(s) address or a picture; left out",
        "in/timeline.json:/eras/1: era 'Containers' has no event within its dates; left out",
        "in/timeline.json:/eras/2/end_date: an era needs a start date and an end date; era left out",
        "note: 2 pictures had no alt text (the media's 'alt'), so their alt is their caption, which a screen reader reads twice and check warns of: write in 'alt' what each shows, in story.yaml, events/1889-09-14-agreement-signed.yaml",
        "4 slides and 2 eras left out (above); fix them in the source and import again with --force",
    ]
    story = Path("content/port")
    assert sorted(p.name for p in (story / "events").iterdir()) == [
        "1880-the-docks-open.yaml",
        "1889-08-20-mass-meeting-2.yaml",
        "1889-08-20-mass-meeting.yaml",
        "1889-08-strike-summer.yaml",
        "1889-09-14-agreement-signed.yaml",
        "1889-09-16-work-resumes-across-the-whole-port-over-two-weeks.yaml",
        "1889-10-01-pineras-bakiev-visit.yaml",
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
    import_timeline(source="in/timeline.json", story="port", content="content")
    import_timeline(source="in/sheet.csv", story="women", content="content")
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
        f"in/{sheet}:4 (events/1943-07-and-the-women-who-made-it-work.yaml): left out: the link to 'https://www.youtube.example/channel' in the Media Credit (a credit is plain text; the words stay)",
        f"in/{sheet}:11:1: Year '10/11/2010' is not a year, and not a date that reads one way only (it could be 2010-11-10, day first, or 2010-10-11, month first); write the year, month and day in the Year, Month and Day columns; row left out",
        f"in/{sheet}:14:2: 2011-13 is not a date: there is no month 13; row left out",
        f"in/{sheet}:15:16: Type 'slide' is not title or era; imported as an event",
        f"in/{sheet}:16: the end date has no End Year; write its year, month and day too; imported without its end date",
        f"in/{sheet}:17:4: Time '25:00' is not a time such as 23:00 or 11:00 PM; row left out",
        f"in/{sheet}:18 (events/2013-10-02-zoes-quoted-headline.yaml): left out: the link to 'javascript:alert(1)' in the Text (not a safe http(s) or mailto address; the words stay)",
        f"in/{sheet}:18:11: the <script> and <img> inside the text are left out; give a picture or player as the slide's media (a chart or a post embedded with a script: link to it instead)",
        "3 rows left out (above); fix them in the source and import again with --force",  # a sheet has rows
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
        "2013-10-02-zoes-quoted-headline.yaml",
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
        (events / "2013-10-02-zoes-quoted-headline.yaml").read_text().split("\n", 1)[1]
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
    import_timeline(source="in/sheet.csv", story="a", content="content")
    import_timeline(source="in/excel/sheet.csv", story="b", content="content")
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
    # Which file, by its folder and title, and why it is there beside the new ones.
    assert (
        "note: kept 1 event file of the story as it was, beside the new ones, that in/sheet.csv does not "
        "name: events/e1.yaml ('First event'); 3 rows were left out (above), and each file may be the event "
        "of one, written by an earlier import and perhaps changed by hand since, and so kept; once "
        "those rows are mended, import again with --force, which deletes any the source still does not "
        "have (or delete a file yourself)\n"
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
        "kept 1 event file of the story as it was, beside the new ones, that sheet.csv does not name: "
        "events/2021-04-talks.yaml ('Talks'); 1 row was left out (above)"
    ) in err
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
        import_timeline(source="in.json", story="x", content="content")
    assert str(caught.value) == message
    assert sorted(p.name for p in Path("content").iterdir()) == ["site.yaml"]


NO_EVENT = {
    "in.csv": ":1: no event row found; nothing was written (add a row with a Year, and import again)",
    "in.json": ":1: no event slide found; nothing was written (add a slide to 'events', and import again)",
}
"""What a timeline with no event is told, in its format's words: a sheet has rows."""


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
        name + NO_EVENT[name],
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
        import_timeline(source="missing.json", story=story, content="content")


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
    # The site it comes back into writes dates in the same language (the seed's en-GB
    # spaces a span's dash where en does not), as a desk re-importing its own work.
    language = [line for line in site_yaml.read_text().splitlines(True) if line.startswith("language:")]
    empty.write("content/site.yaml", "title: Imports\n" + "".join(language))
    for story in first.site.stories:
        import_timeline(source=f"first/{story.id}/timeline.json", story=story.id, content="content",
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
    import_timeline(source="site/port/timeline.json", story="port", content="content", force=True)
    assert (
        'summary: "See [the rally](events/2001-rally.yaml#crowd)."\n'
        in Path("content/port/story.yaml").read_text()
    )
    event = Path("content/port/events/2001-rally.yaml").read_text()
    assert 'summary: "With [Ann](figures/ann.yaml) at [the dock](locations/dock.yaml#map)."\n' in event
    # Into a new story, which has no figures or places yet: the event's link is its file's.
    import_timeline(source="site/port/timeline.json", story="port-again", content="content")
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
    import_timeline(source="in.json", story="mine", content="content", today=datetime.date(2030, 1, 1))
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
    import_timeline(source="in.json", story="x", content="content")
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
        import_timeline(source="in/sheet.csv", story="linked", content="content", force=True)
    assert list((tmp_path / "elsewhere").iterdir()) == []


def test_a_link_named_as_the_old_staging_folder_is_never_written_through(
    empty: Project, tmp_path: Path
) -> None:
    # The story was made in 'content/.<story>.import', a name anyone can commit as a link:
    # clearing it left the link, the story was written through it and moved in as a link.
    victim = tmp_path / "victim"
    victim.mkdir()
    Path("content/.port.import").symlink_to(victim)
    Path("t.json").write_text('{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}')
    import_timeline(source="t.json", story="port", content="content")
    assert list(victim.iterdir()) == []
    assert Path("content/.port.import").is_symlink()  # not ours: left as it is
    story = Path("content/port")
    assert story.is_dir() and not story.is_symlink() and (story / "events").is_dir()
    assert sorted(p.name for p in Path("content").iterdir()) == [".port.import", "port", "site.yaml"]
    assert (story.stat().st_mode & 0o777) == (Path("content").stat().st_mode & 0o777)  # not mkdtemp's 0700


def test_a_first_import_without_a_title_slide_is_a_draft_until_it_has_a_summary(empty: Project) -> None:
    # Its summary is a placeholder: published, it went out with 'TODO: two or three sentences'.
    Path("t.json").write_text('{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}')
    imported = import_timeline(source="t.json", story="s", content="content")
    assert str(imported.reports[-1]) == (
        "t.json: no title slide, so the story is a draft: write its summary in story.yaml and delete "
        "'draft: true' (or add a 'title' slide to the JSON and import again with --force)"
    )
    story = Path("content/s/story.yaml")
    assert "\ndraft: true  # published once it has a summary" in story.read_text()
    build(content="content", templates=TEMPLATES, out="site")
    assert not Path("site/s").exists()
    # The editor writes the summary and publishes it; importing again keeps it published.
    story.write_text(story.read_text().replace("draft: true", "").replace("TODO: two", "Two"))
    import_timeline(source="t.json", story="s", content="content", force=True)
    assert "draft" not in story.read_text()


def test_a_title_slide_without_text_is_said_to_be_one(empty: Project) -> None:
    # A title row of a picture and a headline alone was said to be 'no title slide', and
    # the editor told to add the row the sheet has.
    Path("t.csv").write_text("Year,Headline,Text,Type\n,The port,,title\n2001,A,a,\n")
    imported = import_timeline(source="t.csv", story="s", content="content")
    assert [str(r) for r in imported.reports if r.where == "t.csv"] == [
        "t.csv: the title row has no text, so the story is a draft: write its summary in story.yaml and "
        "delete 'draft: true' (or give the title row a Text and import again with --force)"
    ]
    assert "\ndraft: true  # published once it has a summary" in Path("content/s/story.yaml").read_text()


def test_an_import_into_a_folder_with_no_content_says_how_to_start_one(tmp_path: Path) -> None:
    source = tmp_path / "timeline.json"
    source.write_text('{"events": [{"start_date": {"year": "2020"}, "text": {"headline": "H"}}]}')
    with pytest.raises(UsageError) as refusal:
        import_timeline(source=str(source), story="s", content=str(tmp_path / "desk"))
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
    import_timeline(source=name, story="x", content="content")
    assert PARAGRAPHS_SUMMARY in Path("content/x/events/2001-a.yaml").read_text()
    build(content="content", templates=TEMPLATES, out="site", drafts=True)  # no title slide: a draft
    page = (tmp_path / "site/x/events/2001-a/index.html").read_text()
    # The line break inside the second is a space on the page, as TimelineJS shows it.
    assert "<p>First paragraph.</p>\n<p>Second, with a line\nbreak inside it.</p>" in page


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


def test_a_source_of_the_same_address_keeps_its_id_and_no_other_takes_an_old_one(empty: Project) -> None:
    # A slide crediting the article the story cites as 'reuters-1' made a second source of
    # it, 'reuters'; and a new address could take the id of an old source quotes cite.
    Path("t.json").write_text(TWO_CREDITED_SLIDES)
    import_timeline(source="t.json", story="s", content="content")
    story = Path("content/s/story.yaml")
    text = story.read_text().split("sources:")[0]
    story.write_text(
        text + "sources:\n  reuters-1:\n    publisher: Reuters\n    url: https://news.example/a\n"
        "    title: The report\n    date: 2001-01-02\n"
        "  wire:\n    publisher: Wire\n    url: https://news.example/old\n"
    )
    import_timeline(source="t.json", story="s", content="content", force=True)
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
    import_timeline(source="site/port/timeline.json", story="port", content="content", force=True)
    story = Path("content/port/story.yaml").read_text()
    assert f"See [the rally](events/2001-rally.yaml) and [en français]({elsewhere})." in story
    # Downloaded and imported under another id: its title slide names the story's id.
    story_yaml = Path("content/port/story.yaml")
    story_yaml.write_text(story_yaml.read_text().replace(f" and [en français]({elsewhere})", ""))
    build(content="content", templates=TEMPLATES, out="site", base_url="https://example.org/news/")
    shutil.copy("site/port/timeline.json", "downloaded.json")
    import_timeline(source="downloaded.json", story="harbour", content="content")
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
    import_timeline(source="site/port/timeline.json", story="port", content="content", force=True)
    assert f"See [it]({elsewhere})." in story_yaml.read_text()


def test_a_language_that_is_no_tag_is_kept_as_written_when_the_story_is_imported_again(
    empty: Project,
) -> None:
    # Imported again without --language, the story's own language is written in its
    # place as a tag is, unquoted: a value of another shape ('en: US') came back as
    # 'language: en: US', and the story.yaml the import wrote was no longer YAML.
    Path("t.json").write_text(
        '{"events": [{"start_date": {"year": "2026", "month": "3", "day": "4"}, '
        '"text": {"headline": "Strike at the port", "text": "Dockers stop."}}]}'
    )
    assert main(["import", "timelinejs", "t.json", "--story", "strike"]) == 0
    story = Path("content/strike/story.yaml")
    story.write_text(story.read_text() + 'language: "en: US"\n')
    assert main(["import", "timelinejs", "t.json", "--story", "strike", "--force"]) == 0
    assert 'language: "en: US"\n' in story.read_text()  # the editor's, as written
    assert "\nlanguage: en: US" not in story.read_text()


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
    capsys.readouterr()
    assert main(["import", "timelinejs", "t.json", "--story", "strike", "--force"]) == 0  # kept as it was
    assert "\nlanguage: en-US\n" in Path("content/strike/story.yaml").read_text()
    # ... in its place, as the import wrote it: it was kept below a 'Kept from this file
    # before the import' comment, and said to be a field added by hand.
    assert "Kept from this file" not in Path("content/strike/story.yaml").read_text()
    assert "added by hand" not in capsys.readouterr().err
    assert "display_date" not in event.read_text()  # its dates read in it still
    for tag, said in (
        ("xx", "--language 'xx': there is no translation"),
        ("fr_CA", "--language 'fr_CA' is not a language code"),  # check would refuse it in story.yaml
        ("fr- #x", "--language 'fr- #x' is not a language code"),
    ):
        assert main(["import", "timelinejs", "t.json", "--story", "other", "--language", tag]) == 2
        assert said in capsys.readouterr().err
    assert not Path("content/other").exists()


@pytest.mark.parametrize(
    ("site", "given"),
    [("", "en"), ("", "EN"), ("language: en-GB\n", "en-gb"), ("language: pt-br\n", "pt-BR")],
)
def test_a_story_in_the_sites_language_gets_no_language_line_of_its_own(
    empty: Project, site: str, given: str
) -> None:
    # '--language en-GB' on an en-GB site wrote 'language: en-GB' into story.yaml: a line
    # that says nothing, and one more to change should the site's language change.
    empty.write("content/site.yaml", "title: Imports\n" + site)
    Path("t.json").write_text(
        '{"events": [{"start_date": {"year": "2026", "month": "3", "day": "4"}, '
        '"text": {"headline": "Strike at the port", "text": "Dockers stop."}}]}'
    )
    assert main(["import", "timelinejs", "t.json", "--story", "strike", "--language", given]) == 0
    assert "language" not in yaml.safe_load(Path("content/strike/story.yaml").read_text())


def test_a_story_given_the_sites_language_loses_the_other_it_had(empty: Project) -> None:
    # A story imported in French, imported again in the site's language: its French line
    # goes (it was kept below the import's fields as if added by hand), none takes its place.
    Path("t.json").write_text(
        '{"events": [{"start_date": {"year": "2026", "month": "3", "day": "4"}, '
        '"text": {"headline": "Strike at the port", "text": "Dockers stop."}}]}'
    )
    story = Path("content/strike/story.yaml")
    assert main(["import", "timelinejs", "t.json", "--story", "strike", "--language", "fr"]) == 0
    assert "\nlanguage: fr\n" in story.read_text()
    assert main(["import", "timelinejs", "t.json", "--story", "strike", "--language", "en", "--force"]) == 0
    assert "\nlanguage:" not in story.read_text()
    # A story's own line in the site's language, written by hand, stays as it is, in its place.
    story.write_text(story.read_text().replace("published:", "language: en\npublished:"))
    assert main(["import", "timelinejs", "t.json", "--story", "strike", "--force"]) == 0
    assert "\nlanguage: en\n" in story.read_text() and "Kept from this file" not in story.read_text()


def test_a_norwegian_story_is_imported_with_its_language_quoted(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # 'language: no' reads as false to a YAML 1.1 tool (PyYAML's own reader among them).
    Path("t.json").write_text(
        '{"events": [{"start_date": {"year": "2020", "month": "12", "day": "30"}, '
        '"text": {"headline": "Skred i Gjerdrum", "text": "Hus tatt av skredet."}}]}'
    )
    assert main(["import", "timelinejs", "t.json", "--story", "skred", "--language", "no"]) == 0
    text = Path("content/skred/story.yaml").read_text()
    assert '\nlanguage: "no"\n' in text and yaml.safe_load(text)["language"] == "no"


def test_pictures_beside_the_timeline_are_copied_and_the_editor_is_told(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # They were copied without a word: the editor then had each picture twice, and no
    # line saying where the story's copies are.
    gate, map_ = photo(600, 400), tiny_png()
    empty.write("desk/photos/gate.jpg", gate)
    empty.write("desk/map.png", map_)
    empty.write(
        "desk/t.json", timeline_of("photos/gate.jpg", "map.png", "photos/gate.jpg", title_media="map.png")
    )
    assert main(["import", "timelinejs", "desk/t.json", "--story", "port"]) == 0
    out, err = capsys.readouterr()
    assert out == (
        "imported 3 events into content/port/\ncopied 2 pictures from desk/ into content/port/media/\n"
    )
    assert lines_of(err) == []
    media = Path("content/port/media")
    assert {p.name: p.read_bytes() for p in media.iterdir()} == {"gate.jpg": gate, "map.png": map_}


def test_pictures_imported_again_with_the_same_bytes_are_said_to_be_kept(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Imported again, it said "copied 2 pictures" when media/ held those very bytes
    # already (a newsroom's re-import): the editor looked for what had changed.
    gate = photo(600, 400)
    empty.write("desk/photos/gate.jpg", gate)
    empty.write("desk/map.png", tiny_png())
    empty.write(
        "desk/t.json", timeline_of("photos/gate.jpg", "map.png", "photos/gate.jpg", title_media="map.png")
    )
    assert main(["import", "timelinejs", "desk/t.json", "--story", "port"]) == 0
    capsys.readouterr()
    assert main(["import", "timelinejs", "desk/t.json", "--story", "port", "--force"]) == 0
    assert capsys.readouterr().out == (
        "imported 3 events into content/port/\n"
        "kept 2 pictures already in content/port/media/ (the same bytes)\n"
    )
    # One changed since: copied (under a name of its own, the old file kept), the other kept.
    empty.write("desk/map.png", tiny_png(2, 2))
    assert main(["import", "timelinejs", "desk/t.json", "--story", "port", "--force"]) == 0
    assert capsys.readouterr().out == (
        "imported 3 events into content/port/\n"
        "copied 1 picture from desk/ into content/port/media/\n"
        "kept 1 picture already in content/port/media/ (the same bytes)\n"
    )
    assert Path("content/port/media/gate.jpg").read_bytes() == gate


def test_pictures_all_in_one_folder_beside_the_timeline_are_said_to_come_from_it(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # It said "copied 2 pictures from ./" of a sheet whose pictures are all in photos/
    # (the French newsroom's held-out check): the editor looks for them in the wrong folder.
    empty.write("photos/gate.jpg", photo(600, 400))
    empty.write("photos/map.png", tiny_png())
    empty.write("t.json", timeline_of("photos/gate.jpg", "photos/map.png", "photos/gate.jpg"))
    assert main(["import", "timelinejs", "t.json", "--story", "port"]) == 0
    out = capsys.readouterr().out
    assert (
        out
        == "imported 3 events into content/port/\ncopied 2 pictures from photos/ into content/port/media/\n"
    )


# Pictures at https:// addresses, downloaded (from a real HTTPS server on this machine)


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
    assert lines[0].startswith("sheet.csv: no title row")
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


def test_each_report_of_an_import_is_one_line(empty: Project, capsys: pytest.CaptureFixture[str]) -> None:
    # A cell quoted with its line break ('Time "4:45\n::error file=README.md::x"') printed
    # as two lines, the second read as another report, or as a command by GitHub's runner.
    header = "Year,Month,Day,Time,Headline,Text"
    Path("t.csv").write_text(f'{header}\n2010,4,1,"4:45\n::error file=README.md::x",A,B\n2010,4,2,,C,D\n')
    assert main(["import", "timelinejs", "t.csv", "--story", "s"]) == 1
    err = capsys.readouterr().err
    assert not any(line.startswith("::") for line in err.splitlines()), err
    # Quoted as every cell is (``slides.shortened``): its line break made one space.
    assert "t.csv:2:4: Time '4:45 ::error file=README.md::x' is not a time" in err


@pytest.mark.parametrize("name", ["a\nsummary: x.csv", "a\u2028summary: x.csv", "a\u0085b.csv"])
def test_a_source_named_with_a_line_break_stays_in_the_comment_that_names_it(
    empty: Project, name: str
) -> None:
    # '# Imported from <name> ...' heads story.yaml: the rest of a name with a line break
    # (or what YAML takes for one) was a line of YAML, and the story did not read.
    Path(name).write_text("Year,Month,Day,Headline,Text\n2010,4,1,A,B\n")
    assert main(["import", "timelinejs", name, "--story", "s"]) == 0
    header = Path("content/s/story.yaml").read_text().splitlines()[1]
    assert header.startswith("# Imported from a\\") and header.endswith(" by explainer import timelinejs.")
    assert errors_of_check() is not None


def test_the_closing_count_tells_eras_from_slides(empty: Project, capsys: pytest.CaptureFixture[str]) -> None:
    # An era left out was counted as a slide: "2 slides left out" of one slide and one era.
    Path("t.json").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}, {"text": {"headline": "B"}}],'
        ' "eras": [{"start_date": {"year": "1990"}, "end_date": {"year": "1991"}, "text": {"headline": "E"}}]}'
    )
    assert main(["import", "timelinejs", "t.json", "--story", "s"]) == 1
    assert lines_of(capsys.readouterr().err)[-1] == (
        "1 slide and 1 era left out (above); fix them in the source and import again with --force"
    )


def test_a_bulgarian_timelines_events_are_named_as_bulgarian_is_spelt_in_latin_letters(
    empty: Project,
) -> None:
    # 'new event' spells a Bulgarian title as Bulgaria's transliteration law does; the
    # import spelt the same title the Russian way ('khitrino', 'shcheti', 'kshchi').
    Path("t.json").write_text(
        '{"events": [{"start_date": {"year": "2016", "month": "12", "day": "10"}, '
        '"text": {"headline": "Взрив в Хитрино; щети в къщи", "text": "Влак дерайлира."}}]}'
    )
    assert main(["import", "timelinejs", "t.json", "--story", "hitrino", "--language", "bg"]) == 0
    name = "2016-12-10-vzriv-v-hitrino-shteti-v-kashti.yaml"
    assert sorted(p.name for p in Path("content/hitrino/events").iterdir()) == [name]
    # Imported again with a corrected headline, the file keeps its name (and address),
    # its old title known as the one the name was made from.
    Path("t.json").write_text(Path("t.json").read_text().replace("Взрив", "Взривове"))
    assert main(["import", "timelinejs", "t.json", "--story", "hitrino", "--force"]) == 0
    assert sorted(p.name for p in Path("content/hitrino/events").iterdir()) == [name]
    assert "Взривове в Хитрино" in Path(f"content/hitrino/events/{name}").read_text()
