"""``explainer import storymapjs``: a StoryMapJS story's JSON as a story, its events and places."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.commands.build import build
from generator.commands.imports import import_timeline
from generator.content.dates import PartialDate
from generator.errors import ContentError
from generator.importers.existing import SAME_PLACE_METRES
from generator.importers.slides import Report
from generator.importers.storymapjs import (
    SAME_NAME_METRES,
    published_json,
    read_date,
    read_storymap,
)
from tests.conftest import TEMPLATES, Project
from tests.https_server import Answer, Server
from tests.images import photo
from tests.importing import errors_of_check, lines_of

pytestmark = pytest.mark.usefixtures("local_only")  # nothing at other sites is reached


def slide(headline: str, date: str = "", **fields: Any) -> dict[str, Any]:
    """A slide as StoryMapJS's authoring tool saves it: every field there, most empty."""
    out: dict[str, Any] = {
        "date": date,
        "text": {"headline": headline, "text": f"<p>{headline}, in a sentence.</p>"},
        "media": {"url": "", "credit": "", "caption": ""},
    }
    return out | fields


def harbour() -> dict[str, Any]:
    """Six slides: the overview, two at one gate (one named, one a metre away), one
    without a date (a place only), one without a map and one whose picture has a credit."""
    return {
        "storymap": {
            "language": "en",
            "map_type": "osm:standard",
            "call_to_action": True,
            "call_to_action_text": "Start",
            "slides": [
                slide(
                    "The <b>harbour</b> strike",
                    type="overview",
                    text={
                        "headline": "The <b>harbour</b> strike",
                        "text": '<p>How a strike <a href="javascript:alert(1)">closed</a> the port.</p>',
                    },
                    media={"url": "pics/gate.jpg", "caption": "The port at dawn", "credit": "Ann Lee"},
                    location={"line": True},
                ),
                slide(
                    "Dockers walk out",
                    "7 April 2010",
                    media={
                        "url": "pics/gate.jpg",
                        "caption": "Pickets at the gate",
                        "credit": "<i>Reuters</i>",
                    },
                    location={"lat": 51.5074, "lon": -0.1278, "name": "Main gate", "zoom": 12, "line": True},
                ),
                slide(
                    "Talks at the gate",
                    "2010-04-09",
                    location={"lat": "51.50741", "lon": -0.12781, "zoom": 14},
                ),
                slide("Night march", "", location={"lat": 51.52, "lon": -0.1, "name": "Town hall"}),
                slide("The council debates", "Spring 2010"),
                slide(
                    "Deal signed", "12 May 2010", location={"lat": 51.53, "lon": -0.09, "name": "Town hall"}
                ),
            ],
        }
    }


def write_story(project: Project, data: Any, name: str = "in/story.json") -> str:
    project.write("in/pics/gate.jpg", photo(400, 300))
    project.write(name, json.dumps(data))
    return name


def test_a_story_imports_as_events_at_places_and_builds(
    empty: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_story(empty, harbour())
    assert main(["import", "storymapjs", source, "--story", "strike"]) == 0  # no slide left out
    out, err = capsys.readouterr()
    assert out.splitlines()[:2] == [
        "imported 4 events into content/strike/",
        "wrote 2 places into content/strike/",
    ]
    # The slide without a date is a place only, named by its number as StoryMapJS lists
    # it (the overview first): it was left out, and its words with it.
    said = err.splitlines()
    assert (
        "note: 1 slide has no date, so it is a place only, not an event (its text the place's summary; check "
        "warns of a place in no event): slide 4 (locations/town-hall.yaml); to make one an event, give it a "
        "date in StoryMapJS (its 'date': 2010, April 2010, 7 April 2010) and import again with --force"
    ) in said
    assert not any("left out (above)" in line for line in said)
    assert "javascript:alert(1)" in err  # the unsafe link is said to be left out
    assert "note: no source cited by 4 events (StoryMapJS has no place for sources)" in err
    story = Path("content/strike")
    assert sorted(p.name for p in (story / "events").iterdir()) == [
        "2010-04-07-dockers-walk-out.yaml",
        "2010-04-09-talks-at-the-gate.yaml",
        "2010-05-12-deal-signed.yaml",
        "2010-the-council-debates.yaml",
    ]
    story_yaml = (story / "story.yaml").read_text()
    assert "# Imported from story.json by explainer import storymapjs.\n" in story_yaml
    head = yaml.safe_load(story_yaml)
    assert (head["title"], head["summary"]) == ("The harbour strike", "How a strike closed the port.")
    assert head["image"]["src"] == "media/gate.jpg" and head["image"]["credit"] == "Ann Lee"
    assert (story / "media" / "gate.jpg").read_bytes() == Path("in/pics/gate.jpg").read_bytes()
    walkout = yaml.safe_load((story / "events" / "2010-04-07-dockers-walk-out.yaml").read_text())
    assert walkout["locations"] == ["main-gate"]
    assert walkout["image"] == {
        "src": "media/gate.jpg",
        "alt": "Pickets at the gate",
        "credit": "Reuters",
        "caption": "Pickets at the gate",
    }
    # A metre from the named gate, with no name of its own: the same place.
    talks = yaml.safe_load((story / "events" / "2010-04-09-talks-at-the-gate.yaml").read_text())
    assert talks["locations"] == ["main-gate"]
    # No map for the council's debate: no place; its words for the date are kept, and it
    # stays after the slide it follows.
    debate = yaml.safe_load((story / "events" / "2010-the-council-debates.yaml").read_text())
    assert "locations" not in debate
    assert (debate["date"], debate["display_date"], debate["after"]) == (
        2010,
        "Spring 2010",
        "2010-04-09-talks-at-the-gate",
    )
    places = {p.name: yaml.safe_load(p.read_text()) for p in (story / "locations").iterdir()}
    assert places == {
        "main-gate.yaml": {"name": "Main gate", "coordinates": [51.5074, -0.1278]},
        # The undated slide's, the first at the town hall, with its words.
        "town-hall.yaml": {
            "name": "Town hall",
            "coordinates": [51.52, -0.1],
            "summary": "Night march, in a sentence.",
        },
    }
    # What check still says is what an import of TimelineJS leaves too: no sources cited
    # (StoryMapJS has no place for them) and alt text that repeats a caption.
    warnings = errors_of_check()
    assert len(warnings) == 6
    assert sum("cites no source" in w for w in warnings) == 4
    assert sum("'alt' says what 'caption' says" in w for w in warnings) == 2
    build(content="content", templates=TEMPLATES, out="site")
    page = (tmp_path / "site" / "strike" / "index.html").read_text()
    assert "Main gate" in page and "Town hall" in page
    assert "alert(1)" not in page


def test_the_story_is_named_by_its_format_and_its_language_kept(empty: Project) -> None:
    data = harbour()
    data["storymap"]["language"] = "fr"
    data["storymap"]["slides"][3]["date"] = "2010-04-10"
    source = write_story(empty, data)
    assert main(["import", "storymapjs", source, "--story", "greve"]) == 0
    assert yaml.safe_load(Path("content/greve/story.yaml").read_text())["language"] == "fr"


def test_the_storys_language_is_written_as_bcp_47_writes_it(empty: Project) -> None:
    # StoryMapJS writes Brazilian Portuguese 'pt-br': story.yaml said so beside its
    # site's 'pt-BR', and the embed code carried lang="pt-br".
    data = harbour()
    data["storymap"]["language"] = "pt-br"
    data["storymap"]["slides"][3]["date"] = "2010-04-10"
    source = write_story(empty, data)
    assert main(["import", "storymapjs", source, "--story", "greve"]) == 0
    assert "\nlanguage: pt-BR\n" in Path("content/greve/story.yaml").read_text()


def test_the_dates_to_write_are_shown_in_the_storys_language_too(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A pt-BR newsroom was shown English dates alone to type into its Portuguese story,
    # which check reads written in Portuguese too.
    empty.write("content/site.yaml", "title: Redação\nlanguage: pt-BR\n")
    data = harbour()
    data["storymap"]["language"] = "pt-br"
    data["storymap"]["slides"][3]["date"] = "algum dia"  # not one date: left out
    data["storymap"]["slides"].append(slide("Bento Rodrigues", location={"lat": 51.6, "lon": 0.1}))  # a place
    source = write_story(empty, data)
    assert main(["import", "storymapjs", source, "--story", "mariana"]) == 1  # a slide left out
    err = capsys.readouterr().err
    assert (
        "write one in StoryMapJS (2010, April 2010, 7 April 2010 or 2010-04-07; in Portuguese, abril de 2010 "
        "or 7 de abril de 2010) and import again with --force; slide left out"
    ) in err
    assert (
        "give it a date in StoryMapJS (its 'date': 2010, April 2010, 7 April 2010; in Portuguese, abril de "
        "2010 or 7 de abril de 2010) and import again with --force"
    ) in err
    assert read_date("7 de abril de 2010") == PartialDate(2010, 4, 7)  # as the import reads it


def test_a_language_pages_are_not_made_in_is_said_as_the_storys_own(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # It was said as a TimelineJS embed link's, which a StoryMapJS story has none of.
    data = harbour()
    data["storymap"]["language"] = "tlh"
    data["storymap"]["slides"][3]["date"] = "2010-04-10"
    source = write_story(empty, data)
    assert main(["import", "storymapjs", source, "--story", "greve"]) == 0
    err = capsys.readouterr().err
    assert f"{source}: the StoryMapJS story's language 'tlh': there is no translation" in err
    assert "embed link" not in err
    assert "language" not in yaml.safe_load(Path("content/greve/story.yaml").read_text())


@pytest.mark.parametrize(
    ("overview", "said"),
    [
        (None, "no overview slide, so the story is a draft: write its summary in story.yaml and delete "
               "'draft: true' (or add an overview slide to the story in StoryMapJS and import again with --force)"),
        ({"headline": "The strike", "text": ""},
         "the overview slide has no text, so the story is a draft: write its summary in story.yaml and delete "
         "'draft: true' (or give the overview slide a text in StoryMapJS and import again with --force)"),
    ],
)  # fmt: skip
def test_a_story_without_an_overviews_text_is_a_draft_said_in_storymapjs_words(
    empty: Project, overview: dict[str, str] | None, said: str
) -> None:
    # The editor was told to add 'a row of Type title', which StoryMapJS has no rows for.
    slides = [slide("Dockers walk out", "7 April 2010")]
    if overview is not None:
        slides.insert(0, slide("", type="overview", text=overview))
    source = write_story(empty, {"storymap": {"slides": slides}})
    done = import_timeline(source=source, story="strike", content="content", kind="storymapjs")
    assert [str(r) for r in done.reports if r.where == source] == [f"{source}: {said}"]
    assert "title" not in said and "TimelineJS" not in said


def test_a_story_of_no_dated_slide_is_refused_in_storymapjs_words(empty: Project) -> None:
    source = write_story(empty, {"storymap": {"slides": [slide("The strike", type="overview")]}})
    with pytest.raises(ContentError) as refused:
        import_timeline(source=source, story="strike", content="content", kind="storymapjs")
    assert str(refused.value) == (
        f"{source}:1: no event slide found; nothing was written (add a slide with a date in StoryMapJS, "
        "and import again)"
    )


def tour() -> dict[str, Any]:
    """A map tour, as StoryMapJS's are often made: an overview and stops with no dates."""
    return {
        "storymap": {
            "slides": [
                slide("Old harbour walk", type="overview"),
                slide("Customs house", location={"lat": 51.9225, "lon": 4.4792, "name": "Customs house"}),
                slide(
                    "Dry dock 3",
                    location={"lat": 51.9011, "lon": 4.45},
                    media={"url": "pics/gate.jpg", "caption": "The dock", "credit": ""},
                ),
                slide("Intro without a map"),
            ]
        }
    }


def test_an_undated_tour_imports_its_places_and_a_draft_story_that_checks_and_builds(
    empty: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # It was refused ('no slide could be imported'), and the slides' words were lost.
    source = write_story(empty, tour())
    assert main(["import", "storymapjs", source, "--story", "walk"]) == 1  # the slide with no map
    out, err = capsys.readouterr()
    assert out.splitlines() == ["imported 0 events into content/walk/", "wrote 2 places into content/walk/"]
    said = lines_of(err)
    assert said[:2] == [
        "in/story.json:/storymap/slides/3/date: slide 4 ('Intro without a map') has no date, nor a position on "
        "the map that would make it a place, and each event is placed by its date: write one in StoryMapJS "
        "(2010, April 2010, 7 April 2010 or 2010-04-07) and import again with --force; slide left out",
        "in/story.json:/storymap/slides/2/media: slide 3 is a place only (it has no date): its picture, "
        "media/gate.jpg, is shown in the summary of locations/dry-dock-3.yaml; its alt text is its caption: "
        "write what it shows",
    ]
    assert any(
        "slide 2 (locations/customs-house.yaml), slide 3 (locations/dry-dock-3.yaml)" in s for s in said
    )
    assert any(s.startswith("note: the story has no events yet: it is a draft") for s in said)
    places = {p.name: yaml.safe_load(p.read_text()) for p in Path("content/walk/locations").iterdir()}
    assert places["customs-house.yaml"]["summary"] == "Customs house, in a sentence."
    assert places["dry-dock-3.yaml"] == {
        "name": "Dry dock 3",
        "coordinates": [51.9011, 4.45],
        "summary": "![The dock](media/gate.jpg)\n\nDry dock 3, in a sentence.\n",
    }
    story_text = Path("content/walk/story.yaml").read_text()
    assert "# No events yet: no slide of the source has a date" in story_text
    assert yaml.safe_load(story_text)["draft"] is True
    # Check gives warnings only (places in no event); the draft builds with --drafts.
    assert not any("error" in line for line in errors_of_check())
    build(content="content", templates=TEMPLATES, out="site", drafts=True)
    page = (tmp_path / "site" / "walk" / "index.html").read_text()
    assert "No events yet." in page and "Customs house" in page
    # Dated since in StoryMapJS: its events are imported, and the import's draft lines go.
    dated = tour()
    dated["storymap"]["slides"][1]["date"] = "1870"
    write_story(empty, dated)
    assert main(["import", "storymapjs", source, "--story", "walk", "--force"]) == 1
    story_text = Path("content/walk/story.yaml").read_text()
    assert "draft" not in story_text and "No events yet" not in story_text
    assert "kept 2 places already in content/walk/ as they are" in capsys.readouterr().out


def test_an_undated_slides_picture_is_shown_in_its_places_summary_and_published_only_so(
    empty: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # It was left out (a place has no picture field): a tour lost its photos.
    data = tour()
    data["storymap"]["slides"][2]["media"] = {
        "url": "pics/gate.jpg",
        "caption": "The dock [1890] at *dawn*",
        "credit": "# 1 Port archive & co.",
    }
    main(["import", "storymapjs", write_story(empty, data), "--story", "walk"])
    summary = yaml.safe_load(Path("content/walk/locations/dry-dock-3.yaml").read_text())["summary"]
    # Its caption the alt text (StoryMapJS has no field for one), then its credit, as written.
    assert summary == (
        "![The dock \\[1890\\] at \\*dawn\\*](media/gate.jpg)\n\n\\# 1 Port archive & co.\n\n"
        "Dry dock 3, in a sentence.\n"
    )
    assert Path("content/walk/media/gate.jpg").read_bytes() == Path("in/pics/gate.jpg").read_bytes()
    assert not any("error" in line for line in errors_of_check())
    build(content="content", templates=TEMPLATES, out="site", drafts=True)
    page = (tmp_path / "site" / "walk" / "locations" / "dry-dock-3" / "index.html").read_text()
    assert 'alt="The dock [1890] at *dawn*"' in page and "<p># 1 Port archive &amp; co.</p>" in page
    assert any("gate" in p.name for p in (tmp_path / "site" / "walk").rglob("*.jpg"))
    # Taken out of the summary, the picture is no page's: it stays in media/, unpublished.
    Path("content/walk/locations/dry-dock-3.yaml").write_text(
        "name: Dry dock 3\ncoordinates: [51.9011, 4.45]\n"
    )
    build(content="content", templates=TEMPLATES, out="site", drafts=True)
    assert not any("gate" in p.name for p in (tmp_path / "site").rglob("*"))
    # Imported again, the editor's place is kept: the note says how to show the picture.
    capsys.readouterr()
    main(["import", "storymapjs", "in/story.json", "--story", "walk", "--force"])
    assert (
        "in/story.json:/storymap/slides/2/media: slide 3 is a place only (it has no date); its picture is "
        "copied in as media/gate.jpg, but locations/dry-dock-3.yaml is kept as it is: to show the picture "
        "there, add ![The dock \\[1890\\] at \\*dawn\\*](media/gate.jpg) to its "
        "summary (a media file no page shows is not published)"
    ) in capsys.readouterr().err


def test_an_undated_slides_media_that_is_no_picture_copied_in_is_left_out_and_said(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tour()
    data["storymap"]["slides"][2]["media"] = {"url": "https://www.youtube.com/watch?v=x", "caption": "A film"}
    main(["import", "storymapjs", write_story(empty, data), "--story", "walk", "--keep-remote-pictures"])
    said = capsys.readouterr().err
    assert "its media 'https://www.youtube.com/watch?v=x' is left out" in said
    # Said once, and not cited as a source of the story, which no event would cite.
    assert said.count("youtube.com") == 1
    assert "youtube" not in Path("content/walk/story.yaml").read_text()
    place = yaml.safe_load(Path("content/walk/locations/dry-dock-3.yaml").read_text())
    assert place["summary"] == "Dry dock 3, in a sentence."
    assert not Path("content/walk/media").exists()


def test_an_undated_import_over_a_story_with_events_is_refused(empty: Project) -> None:
    # --force would delete its events and put none in their place.
    dated = tour()
    dated["storymap"]["slides"][1]["date"] = "1870"
    source = write_story(empty, dated)
    import_timeline(source=source, story="walk", content="content", kind="storymapjs")
    write_story(empty, tour())
    with pytest.raises(ContentError) as refused:
        import_timeline(source=source, story="walk", content="content", kind="storymapjs", force=True)
    assert str(refused.value) == (
        f"{source}:1: no slide has a date, so there is no event to import, and --force would delete the "
        "story's 1 event file (1870-customs-house.yaml); nothing was written (give the slides dates in "
        "StoryMapJS, and import again)"
    )
    assert sorted(p.name for p in Path("content/walk/events").iterdir()) == ["1870-customs-house.yaml"]


@pytest.mark.parametrize(
    ("given", "tag"), [("fr", "fr"), ("jp", "ja"), ("zh-cn", "zh-Hans"), ("en", None), ("", None), (3, None)]
)
def test_the_storys_language_is_read_as_a_tag(given: object, tag: str | None) -> None:
    assert read({"storymap": {"language": given, "slides": []}}, []).language == tag


def test_an_address_downloads_the_published_json(
    empty: Project, https_server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    data = harbour()
    for each in data["storymap"]["slides"]:
        each["media"]["url"] = ""  # a picture beside the file would be looked for in an empty folder
    https_server.answers["/s/published.json"] = Answer(json.dumps(data).encode())
    assert main(["import", "storymapjs", f"{https_server.url}/s/published.json", "--story", "strike"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == "downloaded the timeline from 127.0.0.1"
    assert (
        "published.json:/storymap/slides/0 (story.yaml): left out: the link to 'javascript:alert(1)'" in err
    )
    assert len(list(Path("content/strike/events").iterdir())) == 4


def test_a_published_story_page_is_read_from_its_json() -> None:
    page = "https://uploads.knightlab.com/storymapjs/0a1b2c/harbour-strike/index.html"
    assert (
        published_json(page)
        == "https://uploads.knightlab.com/storymapjs/0a1b2c/harbour-strike/published.json"
    )
    folder = "https://uploads.knightlab.com/storymapjs/0a1b2c/harbour-strike"
    assert published_json(folder) == f"{folder}/published.json"
    assert published_json("https://example.org/story/index.html") == "https://example.org/story/index.html"
    assert published_json("in/story.json") == "in/story.json"


@pytest.mark.parametrize(
    ("written", "date"),
    [
        ("2010-04-07", PartialDate(2010, 4, 7)),
        ("7 April 2010", PartialDate(2010, 4, 7)),
        ("April 2010", PartialDate(2010, 4)),
        ("1942", PartialDate(1942)),
        ("Spring 1942", PartialDate(1942)),
        ("1863 to 1865", None),  # two years: which is the event's cannot be told
        ("Spring", None),
        ("", None),
    ],
)
def test_a_slides_free_text_date(written: str, date: PartialDate | None) -> None:
    assert read_date(written) == date


def read(data: Any, reports: list[Report]) -> Any:
    return read_storymap(json.dumps(data), "s.json", reports)


def test_places_are_merged_by_name_or_by_a_few_metres_and_bad_positions_said() -> None:
    metre = 1 / 111_195  # of latitude, in degrees
    near, far = 51.5074 + SAME_PLACE_METRES * 0.8 * metre, 51.5074 + SAME_PLACE_METRES * 2 * metre
    slides = [
        slide("A", "2010", location={"lat": 51.5074, "lon": -0.1278}),
        slide("B", "2011", location={"lat": near, "lon": -0.1278}),
        slide("C", "2012", location={"lat": far, "lon": -0.1278}),
        # C's name a town's length away (the hall, then the square): the same place.
        slide(
            "D", "2013", location={"lat": far + SAME_NAME_METRES * 0.9 * metre, "lon": -0.1278, "name": "c"}
        ),
        # C's name in another country: a name copied with the pin moved, two places.
        slide("E", "2014", location={"lat": 10, "lon": 10, "name": "C"}),
        slide("F", "2015", location={"lat": 91, "lon": 0}),
        slide("G", "2016", location={"lat": "north", "lon": 0}),
    ]
    reports: list[Report] = []
    story = read({"storymap": {"slides": slides}}, reports)
    ids = {where.rsplit("/", 1)[1]: place.id for where, place in story.places.items()}
    assert ids == {"0": "a", "1": "a", "2": "c", "3": "c", "4": "c-2"}
    assert [str(r) for r in reports] == [
        "s.json:/storymap/slides/4/location: slide 5: its place is named 'C' as 'c' is, but is 4,707 km "
        "from it, so it is a place of its own; if they are one, name the place of both slides' events alike "
        "by hand",
        "s.json:/storymap/slides/5/location: slide 6: its position (91, 0) is no latitude and longitude; no place",
        "s.json:/storymap/slides/6/location: slide 7: its position (north, 0) is no latitude and longitude; no place",
    ]


def test_a_position_of_a_number_too_large_for_a_float_is_said_not_a_traceback() -> None:
    # JSON's integers have no bound: float() of one of 400 digits raised OverflowError.
    huge = 10**400
    slides = [
        slide("A", "2010", location={"lat": huge, "lon": 0}),
        slide("B", "2011", location={"lat": 0, "lon": -huge}),
    ]
    reports: list[Report] = []
    story = read({"storymap": {"slides": slides}}, reports)
    assert story.places == {}
    assert [str(r).split(": ", 1)[0] for r in reports] == [
        "s.json:/storymap/slides/0/location",
        "s.json:/storymap/slides/1/location",
    ]
    assert all("is no latitude and longitude; no place" in str(r) for r in reports)


def test_a_place_named_as_a_windows_device_is_not_a_file_of_that_name() -> None:
    # 'locations/con.yaml' could not be checked out on a Windows computer.
    slides = [
        slide("A", "2010", location={"lat": 1, "lon": 1, "name": "Con"}),
        slide("Nul", "2011", location={"lat": 2, "lon": 2}),
    ]
    story = read({"storymap": {"slides": slides}}, [])
    assert [place.id for place in story.places.values()] == ["con-place", "nul-place"]


def test_dates_without_a_year_are_in_the_overviews_year() -> None:
    slides = [
        slide("Tour", "2013", type="overview"),
        slide("Raleigh", "Sept 3"),
        slide("Nashville", "Sept 5"),
        slide("Encore", "Sept"),  # a month of that year
        slide("Farewell", "The last night"),
    ]
    reports: list[Report] = []
    story = read({"storymap": {"slides": slides}}, reports)
    # Read as the dates they are: the pages show them whole ('3 September 2013').
    assert [e.data["start_date"] for e in story.events] == [
        {"year": "2013", "month": "9", "day": "3"},
        {"year": "2013", "month": "9", "day": "5"},
        {"year": "2013", "month": "9"},
    ]
    assert all("display_date" not in e.data for e in story.events)
    assert [str(r) for r in reports] == [
        "s.json:/storymap/slides/4/date: slide 5 ('Farewell') has the date 'The last night', which is not one "
        "date, and "
        "each event is placed by its date: write one in StoryMapJS (2010, April 2010, 7 April 2010 or "
        "2010-04-07) and import again with --force; slide left out",
        "s.json:/storymap/slides/0/date: 3 slides' dates without a year ('Sept 3', 'Sept 5', 'Sept') read in 2013, "
        "the overview's year",
    ]
    # Without a year on the overview, there is none to read them in.
    slides[0]["date"] = ""
    reports.clear()
    assert read({"storymap": {"slides": slides}}, reports).events == ()
    assert [r.skipped for r in reports] == [True, True, True, True]


def test_dates_with_slashes_are_read_the_way_round_the_story_writes_them() -> None:
    # '05/11/2015' is 5 November in Brazil and 11 May in the US: it was read as the year
    # 2015 alone, silently, the day shown only as the display date.
    slides = [slide("Mariana", "2015", type="overview"), slide("Bento Rodrigues", "05/11/2015")]
    reports: list[Report] = []
    story = read({"storymap": {"language": "pt-br", "slides": slides}}, reports)
    assert [e.data["start_date"] for e in story.events] == [{"year": "2015", "month": "11", "day": "5"}]
    assert "display_date" not in story.events[0].data  # the pages write it whole, in their language
    assert [str(r) for r in reports] == [
        "s.json:/storymap/slides/1/date: '05/11/2015' read day first (5 November 2015), as are all the "
        "story's dates with slashes: its language, pt-br, writes them so"
    ]
    # A date that reads one way only says which way the others go, whatever the language.
    slides.append(slide("Acordo", "25/10/2024"))
    reports.clear()
    story = read({"storymap": {"language": "en", "slides": slides}}, reports)
    assert [e.data["start_date"] for e in story.events] == [
        {"year": "2015", "month": "11", "day": "5"},
        {"year": "2024", "month": "10", "day": "25"},
    ]
    assert [str(r) for r in reports] == [
        "s.json:/storymap/slides/1/date: '05/11/2015' read day first (5 November 2015), as are all the "
        "story's dates with slashes: slide 3 writes '25/10/2024', which can only be day first"
    ]
    # The language the import reads the story in (--language, else the site's) says it too.
    slides.pop()
    reports.clear()
    story = read_storymap(json.dumps({"storymap": {"slides": slides}}), "s.json", reports, language="en-US")
    assert [e.data["start_date"] for e in story.events] == [{"year": "2015", "month": "5", "day": "11"}]
    assert "month first (11 May 2015)" in str(reports[0])
    # Nothing says which: the slide is left out with both readings, not dated by its year.
    reports.clear()
    assert read({"storymap": {"language": "en", "slides": slides}}, reports).events == ()
    assert [str(r) for r in reports] == [
        "s.json:/storymap/slides/1/date: slide 2 ('Bento Rodrigues') has the date '05/11/2015', which may be "
        "5 November 2015 (day first) or 11 May 2015 (month first): write it as 2015-11-05 or 2015-05-11 "
        "in StoryMapJS and import again with --force, or give the story's --language; slide left out"
    ]
    assert reports[0].skipped


def test_a_story_told_on_a_picture_has_no_places() -> None:
    data = {
        "storymap": {
            "map_type": "zoomify",
            "map_as_image": True,
            "slides": [slide("A", "2010", location={"lat": 40, "lon": 20})],
        }
    }
    reports: list[Report] = []
    assert read(data, reports).places == {}
    assert [r.where for r in reports] == ["s.json:/storymap/map_as_image"]


def test_fields_of_the_wrong_kind_are_said_and_left_out() -> None:
    reports: list[Report] = []
    story = read(
        {
            "storymap": {
                "slides": [
                    "a text",
                    slide("A", "2010", text="words", location="Paris"),
                    slide("B") | {"date": ["2010"]},
                    # A headline of another kind is said when the slide is converted,
                    # not read as HTML here (it was a traceback).
                    slide("C", "2011", text={"headline": 5, "text": {"a": 1}}),
                    slide("D") | {"date": True},
                ]
            }
        },
        reports,
    )
    assert [str(r) for r in reports] == [
        "s.json:/storymap/slides/0: slide 1 is not a slide object; left out",
        "s.json:/storymap/slides/1/text: 'text' is 'words', not an object; left out",
        "s.json:/storymap/slides/1/location: 'location' is 'Paris', not an object; left out",
        "s.json:/storymap/slides/2/date: slide 3 ('B'): its date is not a text; slide left out",
        # true is no date, not an empty one
        "s.json:/storymap/slides/4/date: slide 5 ('D'): its date is not a text; slide left out",
    ]
    assert [s.where for s in story.events] == ["s.json:/storymap/slides/1", "s.json:/storymap/slides/3"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('{"storymap": {"slides": [}}', "story.json:1:26: not valid JSON: Expecting value"),
        ('{"storymap": {"slides": [1,]}}', "story.json:1:27: not valid JSON: a comma after the last item"),
        ('{"events": []}', "story.json:1:1: this is a TimelineJS timeline, not a StoryMapJS story"),
        ("[1, 2]", "story.json:1:1: not a StoryMapJS story: expected an object with a 'storymap' object"),
        ('{"storymap": {"slides": {}}}', "story.json:1:1: 'storymap/slides' is not a list of slides"),
    ],
)
def test_what_is_no_story_is_refused_at_its_place_without_a_traceback(
    empty: Project, capsys: pytest.CaptureFixture[str], text: str, said: str
) -> None:
    empty.write("story.json", text)
    assert main(["import", "storymapjs", "story.json", "--story", "s"]) != 0
    err = capsys.readouterr().err
    assert said in err
    assert "Traceback" not in err
    assert not Path("content/s").exists()


def test_no_picture_is_taken_from_outside_the_storys_folder(
    empty: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty.write("secret.jpg", photo(200, 100))
    data = harbour()
    data["storymap"]["slides"][1]["media"]["url"] = "../secret.jpg"
    data["storymap"]["slides"][2]["media"]["url"] = str(tmp_path / "secret.jpg")
    source = write_story(empty, data)
    main(["import", "storymapjs", source, "--story", "strike"])
    err = capsys.readouterr().err
    assert "in/story.json:/storymap/slides/1/media/url" in err
    assert "in/story.json:/storymap/slides/2/media/url" in err
    assert sorted(p.name for p in Path("content/strike/media").iterdir()) == ["gate.jpg"]  # the lead picture


def test_importing_again_keeps_an_editors_place(empty: Project, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_story(empty, harbour())
    main(["import", "storymapjs", source, "--story", "strike"])
    edited = (
        'name: "Main gate"\nkind: gate\ncoordinates: [51.5074, -0.1278]\nsummary: Where the pickets stood.\n'
    )
    empty.write("content/strike/locations/main-gate.yaml", edited)
    Path("content/strike/locations/town-hall.yaml").unlink()
    assert main(["import", "storymapjs", source, "--story", "strike", "--force"]) == 0
    out, _ = capsys.readouterr()
    # Only the place the story no longer had is written again, and said so; the one kept too.
    assert "wrote 1 place into content/strike/" in out.splitlines()
    assert "kept 1 place already in content/strike/ as it is" in out.splitlines()
    assert Path("content/strike/locations/main-gate.yaml").read_text() == edited
    assert "Town hall" in Path("content/strike/locations/town-hall.yaml").read_text()


def test_importing_again_with_every_place_there_says_they_were_kept(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # It said nothing of its places at all, where the sheet's import counts them.
    source = write_story(empty, harbour())
    main(["import", "storymapjs", source, "--story", "strike"])
    capsys.readouterr()
    main(["import", "storymapjs", source, "--story", "strike", "--force"])
    out = capsys.readouterr().out.splitlines()
    assert "kept 2 places already in content/strike/ as they are" in out
    assert not any(line.startswith("wrote") for line in out)


def test_importing_again_says_a_place_of_the_story_elsewhere_that_has_a_places_id(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The story's 'main-gate' is another gate, 2 km off: the events were linked to it unsaid.
    source = write_story(empty, harbour())
    empty.write("content/strike/story.yaml", "title: Strike\nsummary: S.\n")
    other = 'name: "Main gate"\ncoordinates: [51.5254, -0.1278]\n'
    moved = (
        'name: "Town hall"\ncoordinates: [51.52001, -0.1]\n'  # a metre off the first slide's: the same hall
    )
    empty.write("content/strike/locations/main-gate.yaml", other)
    empty.write("content/strike/locations/town-hall.yaml", moved)
    assert main(["import", "storymapjs", source, "--story", "strike", "--force"]) == 0
    said = [
        line for line in capsys.readouterr().err.splitlines() if "locations/" in line and "note" not in line
    ]
    assert said == [
        f"{source}:/storymap/slides/1/location: the story's place locations/main-gate.yaml is at 51.5254, "
        "-0.1278, 2 km from the source's 'Main gate', which has its id: its file is kept as it is, and the "
        "events of this place link it; if they are two places, give the source's another name and import "
        "again with --force"
    ]
    assert Path("content/strike/locations/main-gate.yaml").read_text() == other
    event = yaml.safe_load(Path("content/strike/events/2010-04-07-dockers-walk-out.yaml").read_text())
    assert event["locations"] == ["main-gate"]


@pytest.mark.parametrize("sub", ["locations", "figures"])
def test_importing_again_refuses_a_places_or_figures_folder_that_is_a_link(
    empty: Project, tmp_path: Path, sub: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # As a newsroom's own sheet's import does: the files written there would land where
    # the link points.
    source = write_story(empty, harbour())
    main(["import", "storymapjs", source, "--story", "strike"])
    shutil.rmtree(f"content/strike/{sub}", ignore_errors=True)
    (tmp_path / "elsewhere").mkdir()
    Path(f"content/strike/{sub}").symlink_to(tmp_path / "elsewhere")
    capsys.readouterr()
    assert main(["import", "storymapjs", source, "--story", "strike", "--force"]) == 2
    assert (
        f"content/strike/{sub} is not a folder (a link or a file); nothing was written"
        in capsys.readouterr().err
    )
    assert list((tmp_path / "elsewhere").iterdir()) == []


def test_the_story_page_maps_the_slides_places(empty: Project, tmp_path: Path, browser: Any) -> None:
    source = write_story(empty, harbour())
    main(["import", "storymapjs", source, "--story", "strike"])
    build(content="content", templates=TEMPLATES, out="site")
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto((tmp_path / "site" / "strike" / "index.html").as_uri())
    pins = page.locator("svg.map > g.map-pins a.pin")
    assert pins.evaluate_all("els => els.map(e => e.getAttribute('aria-label'))") == [
        "Main gate",
        "Town hall",
    ]
    frame = page.locator("svg.map").bounding_box()
    assert frame is not None
    boxes = [pins.nth(i).bounding_box() for i in range(2)]
    for box in boxes:  # drawn, and inside the map
        assert box is not None and box["width"] > 0 and box["height"] > 0
        assert frame["x"] <= box["x"] and box["x"] + box["width"] <= frame["x"] + frame["width"]
        assert frame["y"] <= box["y"] and box["y"] + box["height"] <= frame["y"] + frame["height"]
    page.close()


def test_a_places_file_name_is_made_of_its_name_within_bounds() -> None:
    long_name = "The old customs house on the quay where the dockers met every morning"
    slides = [
        slide("A", "2010", location={"lat": 1, "lon": 1, "name": long_name}),
        slide("B", "2011", location={"lat": 2, "lon": 2, "name": "../../../etc/passwd"}),
        slide("C", "2012", location={"lat": 3, "lon": 3, "name": "¿?"}),
    ]
    story = read({"storymap": {"slides": slides}}, [])
    ids = [place.id for place in story.places.values()]
    assert ids == ["the-old-customs-house-on-the-quay-where-the-dockers-met", "etc-passwd", "place"]
    assert all(len(i) <= 60 for i in ids)


def test_a_slide_whose_date_does_not_read_keeps_its_place_and_says_how_to_make_it_an_event(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # It was left out whole, its place and words too, where an undated slide keeps them.
    data = harbour()
    data["storymap"]["slides"][3]["date"] = "Spring"  # 'Night march', at the town hall
    data["storymap"]["slides"].pop()  # the other slide at the town hall
    source = write_story(empty, data)
    assert main(["import", "storymapjs", source, "--story", "strike"]) == 1  # a slide left out
    said = [line for line in capsys.readouterr().err.splitlines() if "/slides/3/date" in line]
    assert len(said) == 1
    assert said[0].startswith(
        f"{source}:/storymap/slides/3/date: slide 4 ('Night march') has the date 'Spring', which is not one "
        "date, and each event is placed by its date: write one in StoryMapJS"
    )
    assert said[0].endswith("slide left out; its place is kept, with its words, in locations/town-hall.yaml")
    place = yaml.safe_load(Path("content/strike/locations/town-hall.yaml").read_text())
    assert place["summary"] == "Night march, in a sentence."


def test_forced_again_while_a_slide_is_left_out_names_the_earlier_file_kept_for_it(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Its date read once, then not ('Spring'): its earlier event file stays beside the new
    # ones, which the note said only as 'e.yaml' among others, without saying whose it is.
    data = harbour()
    data["storymap"]["slides"][3]["date"] = "2010-04-10"
    source = write_story(empty, data)
    assert main(["import", "storymapjs", source, "--story", "strike"]) == 0
    assert Path("content/strike/events/2010-04-10-night-march.yaml").is_file()
    data["storymap"]["slides"][3]["date"] = "Spring"
    write_story(empty, data)
    capsys.readouterr()
    assert main(["import", "storymapjs", source, "--story", "strike", "--force"]) == 1
    assert Path("content/strike/events/2010-04-10-night-march.yaml").is_file()  # never deleted
    said = [line for line in capsys.readouterr().err.splitlines() if line.startswith("note: kept 1 event")]
    assert said == [
        f"note: kept 1 event file of the story as it was, beside the new ones, that {source} does not name: "
        "events/2010-04-10-night-march.yaml ('Night march'); 1 slide was left out (above), and each file may "
        "be the event of one, written by an earlier import and perhaps changed by hand since, and so "
        "kept; once those slides are mended, import again with --force, which deletes any the source "
        "still does not have (or delete a file yourself)"
    ]
