"""What the editor is told after an import: one line a slide, and notes summing up the
rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import Project
from tests.importing import MINE, UNSOURCED, errors_of_check, lines_of

pytestmark = pytest.mark.usefixtures("local_only")  # pictures at other sites are not reached


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
        "note: left out of 8 rows, as pages do not carry them (each above): 7 Backgrounds, 1 Media Thumbnail, "
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
        "'draft: true' (or add a 'title' slide to the JSON and import again with --force)",
    ]


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


def test_slides_whose_media_became_a_source_are_named_in_a_note(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # TimelineJS played the video and showed the post in the slide; the pages link them as
    # a source, and the import said nothing of it.
    Path("sheet.csv").write_text(
        "Year,Headline,Text,Media,Type\n"
        ",A story,<p>What happened.</p>,https://www.youtube.com/watch?v=abcdefghijk,title\n"
        "2001,Filmed,Text,https://www.youtube.com/watch?v=abcdefghijk,\n"
        "2002,Posted,Text,https://twitter.com/example/status/1374301234567890123,\n"
        "2003,Plain,Text,,\n"
    )
    assert main(["import", "timelinejs", "sheet.csv", "--story", "port"]) == 0
    assert [line for line in capsys.readouterr().err.splitlines() if "media" in line] == [
        "note: 2 rows' media (a video, a post, a page) are now their events' source, a link, not shown in "
        "the page as TimelineJS showed it (pages play no video and embed no post): events/2001-filmed.yaml, "
        "events/2002-posted.yaml"
    ]
    Path("one.csv").write_text("Year,Headline,Text,Media\n2001,Filmed,Text,https://vimeo.com/123456789\n")
    assert main(["import", "timelinejs", "one.csv", "--story", "one"]) == 0
    assert [line for line in capsys.readouterr().err.splitlines() if "media" in line] == [
        "note: 1 row's media (a video, a post, a page) is now its event's source, a link, not shown in the "
        "page as TimelineJS showed it (pages play no video and embed no post): events/2001-filmed.yaml"
    ]


def test_pictures_whose_alt_text_is_their_caption_are_named_in_a_note(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A slide without Alt Text gets its caption as alt, which check then warns of on each
    # picture: the import said nothing of it, and an editor met the warnings unannounced.
    Path("pics").mkdir()
    Path("pics/dot.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
    Path("in.json").write_text(
        '{"title": {"text": {"headline": "Port", "text": "The port."}}, "events": ['
        '{"start_date": {"year": "2001"}, "text": {"headline": "A", "text": "a"},'
        ' "media": {"url": "pics/dot.svg", "caption": "The <i>gate</i>.", "credit": "Me"}},'
        ' {"start_date": {"year": "2002"}, "text": {"headline": "B", "text": "b"},'
        ' "media": {"url": "pics/dot.svg", "caption": "The dock", "alt": "Cranes on a dock", "credit": "Me"}}]}'
    )
    assert main(["import", "timelinejs", "in.json", "--story", "port"]) == 0
    notes = [line for line in capsys.readouterr().err.splitlines() if "alt" in line]
    assert notes == [
        "note: 1 picture had no alt text (the media's 'alt'), so its alt is its caption, "
        "which a screen reader reads twice and check warns of: write in 'alt' what it shows, in "
        "events/2001-a.yaml"
    ]
    warned = [w for w in errors_of_check() if "'alt' says what 'caption' says" in w]
    assert [w.split(":", 1)[0] for w in warned] == ["content/port/events/2001-a.yaml"]


def test_pictures_whose_alt_text_is_their_headline_are_named_in_a_note(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A sheet's picture with neither Alt Text nor a caption gets the headline as its alt
    # text: a screen reader hears the headline, then the same words for the picture, and
    # learns nothing of what it shows. Check cannot tell it from an alt text written so,
    # and the note on pictures without alt text named only those with a caption.
    Path("pics").mkdir()
    Path("pics/dot.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
    Path("in.csv").write_text(
        "Year,Month,Day,Headline,Text,Media,Media Credit,Media Caption,Type\n"
        ",,,The port,The story.,pics/dot.svg,Me,,title\n"
        "2001,,,Landfall,a,pics/dot.svg,Me,,\n"
        "2002,,,Dock,b,pics/dot.svg,Me,The dock,\n"
    )
    assert main(["import", "timelinejs", "in.csv", "--story", "port"]) == 0
    assert 'alt: "Landfall"' in Path("content/port/events/2001-landfall.yaml").read_text()
    notes = [line for line in capsys.readouterr().err.splitlines() if "alt" in line]
    assert notes == [
        "note: 1 picture had no alt text (in the sheet's Alt Text column), so its alt is its caption, "
        "which a screen reader reads twice and check warns of: write in 'alt' what it shows, in "
        "events/2002-dock.yaml",
        "note: 2 pictures had no alt text nor caption, so their alt is their headline, which a screen reader "
        "reads right after the headline itself: write in 'alt' what each shows, in story.yaml, "
        "events/2001-landfall.yaml",
    ]
    # Once written, as asked, the alt text stays (the sheet has none) and is named no more.
    event = Path("content/port/events/2001-landfall.yaml")
    event.write_text(event.read_text().replace('alt: "Landfall"', 'alt: "A flooded street"'))
    assert main(["import", "timelinejs", "in.csv", "--story", "port", "--force"]) == 0
    assert 'alt: "A flooded street"' in event.read_text()
    assert [line for line in capsys.readouterr().err.splitlines() if "nor caption" in line] == [
        "note: 1 picture had no alt text nor caption, so its alt is its headline, which a screen reader reads "
        "right after the headline itself: write in 'alt' what it shows, in story.yaml"
    ]


def test_a_story_dated_the_day_of_its_import_is_said_to_be(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A newsroom moving a timeline of 2021 found its story 'Published' the day of the
    # import, under the title, and nothing said so. Imported again, the date is the story's.
    Path("sheet.csv").write_text(MINE)
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine"]) == 0
    published = Path("content/mine/story.yaml").read_text().split("published: ")[1].split("\n")[0]
    assert [line for line in capsys.readouterr().err.splitlines() if "published" in line] == [
        f"note: story.yaml says the story was published {published}, the day of this import, as sheet.csv "
        "does not say when the timeline was: if it was published before, write that day in its "
        "'published' (readers see it under the title)"
    ]
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine", "--force"]) == 0
    assert "published" not in capsys.readouterr().err
